//! A fan-fiction thread on India Forums copied from one of its pages: the site's name
//! and menu a word a line (`India Forums`, `Home`, `TV`, `Movies`, …), the breadcrumb
//! (`Home › Forum › Hindi Serials › …`), the thread's title, the pager (`Page 9 of
//! 12`, `First « Prev 7 8 9 10 11 Next » Last`), `Post Reply`, `Follow Topic`; then
//! each post: the poster's box (the name, a rank such as `Goldie`, `Joined: 14 March
//! 2017`, `Posts:`, `Thanks:`), `Posted: 3 years ago`, the post's number (`#81`), its
//! text, `Edited by NAME - 3 years ago`, the likes (`47 Likes`) and the buttons (`Like`,
//! `Quote`, `Reply`, `Report`); then the pager again, `Quick Reply`, the login line and
//! the footer.
//!
//! In: a paste's paragraphs (a block with a post's number, its `Posted:` line or its
//! likes in it is cut line by line). Out: their roles and the writer's name. The story
//! is the first poster's posts; in them, the writer's intro over the first separator
//! (a greeting, a reader's request it quotes, the disclaimer) and outro under the last
//! (`So how was it??`, `Precap:`, the plea, `Tagging: @…`) are notes; the page's header,
//! the posters' boxes, the posts' feet, the others' replies (their quotes of the story)
//! and the footer are the page's.

use super::chrome::{
    intro_over_separator, is_count, is_user_name, is_writers_aside, normalized,
    outro_under_separator, Chrome, Role,
};
use super::page::{has_two_marks, is_date, is_lone_button, time_ago_start};
use super::plain::is_chapter_heading;

/// How many paragraphs the writer's intro or outro may have.
const ASIDE_REACH: usize = 6;

/// The longest line of a poster's rank (bytes).
const MAX_RANK: usize = 30;

/// `India Forums`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text) == "india forums"
}

/// `Copyright © 2024 India Forums. All Rights Reserved.`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200 && lower.contains("india forums") && lower.contains('©')
}

/// `#81`: a post's number, under its `Posted:` line.
fn is_post_number(text: &str) -> bool {
    text.trim()
        .strip_prefix('#')
        .is_some_and(|number| !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()))
}

/// `Posted: 3 years ago`, `Posted: 14 March 2017`: when a post was made.
fn is_posted_line(text: &str) -> bool {
    text.trim().strip_prefix("Posted:").is_some_and(|when| {
        let words: Vec<&str> = when.split_whitespace().collect();
        time_ago_start(&words) == Some(0) || is_date(when)
    })
}

/// `Joined: 14 March 2017`, `Posts: 3412`, `Thanks: 12870`: a field of the poster's box.
fn is_profile_field(text: &str) -> bool {
    let Some((key, value)) = text.trim().split_once(':') else {
        return false;
    };
    let value = value.trim();
    match key {
        "Joined" => is_date(value),
        "Posts" | "Thanks" | "Likes" => is_count(value),
        _ => false,
    }
}

/// `47 Likes`: how many liked a post.
fn is_likes_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    matches!(words.as_slice(), [count, "Likes" | "Like" | "likes"] if is_count(count))
}

/// `Edited by rusa_ki_diwani - 3 years ago`: a post's edit line.
fn is_edited_line(text: &str) -> bool {
    text.trim()
        .strip_prefix("Edited by ")
        .and_then(|rest| rest.split_once(" - "))
        .is_some_and(|(name, when)| {
            let words: Vec<&str> = when.split_whitespace().collect();
            is_user_name(name.trim()) && (time_ago_start(&words) == Some(0) || is_date(when))
        })
}

/// A line that shows a block is an India Forums page's, laid out a line at a time: a
/// post's number, its `Posted:` line, a field of the poster's box, its likes or edit
/// line.
pub(crate) fn is_layout_line(text: &str) -> bool {
    text.len() <= 80
        && (is_post_number(text)
            || is_posted_line(text)
            || is_profile_field(text)
            || is_likes_line(text)
            || is_edited_line(text))
}

/// Whether a paste is a thread copied from India Forums: two of its marks (the site's
/// name at the top, a post's `Posted:` line over its number, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts
            .windows(2)
            .any(|pair| is_posted_line(pair[0]) && is_post_number(pair[1])),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// A post: where its header starts, where its text starts, and the poster's name.
struct Post<'a> {
    header: usize,
    text: usize,
    name: &'a str,
}

/// The post whose number stands at `number`: its header runs up from the `Posted:`
/// line over the poster's box to the name (a rank may stand under it).
fn post_at<'a>(texts: &[&'a str], number: usize) -> Option<Post<'a>> {
    let posted = number
        .checked_sub(1)
        .filter(|&at| is_posted_line(texts[at]))?;
    let mut top = posted;
    while top > 0 && is_profile_field(texts[top - 1]) {
        top -= 1;
    }
    let name = |at: usize| {
        let text = texts[at].trim();
        (is_user_name(text) && !is_lone_button(text)).then_some(text)
    };
    let ranked = top >= 2 && texts[top - 1].trim().len() <= MAX_RANK;
    let (header, poster) = match (ranked.then(|| name(top - 2)).flatten(), top.checked_sub(1)) {
        (Some(poster), _) => (top - 2, poster),
        (None, Some(above)) => (above, name(above)?),
        (None, None) => return None,
    };
    Some(Post {
        header,
        text: number + 1,
        name: poster,
    })
}

/// Where a post's text that starts at `start` ends, before `end`: at its edit line, its
/// likes, or a run of its buttons.
fn text_end(texts: &[&str], start: usize, end: usize) -> usize {
    (start..end)
        .find(|&index| {
            let text = texts[index];
            is_edited_line(text)
                || is_likes_line(text)
                || is_lone_button(text)
                    && texts
                        .get(index + 1)
                        .is_some_and(|next| is_lone_button(next))
        })
        .unwrap_or(end)
}

/// Reads a thread copied from India Forums: sets every paragraph's role; the first
/// poster is the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let posts: Vec<Post> = (0..count)
        .filter(|&index| is_post_number(texts[index]))
        .filter_map(|index| post_at(texts, index))
        .collect();
    let Some(writer) = posts.first().map(|post| post.name) else {
        return;
    };
    chrome.author.get_or_insert_with(|| writer.to_string());
    // Every line is the page's but the writer's posts' texts (with the notes found in
    // them).
    let found = std::mem::replace(&mut chrome.roles, vec![Role::Chrome; count]);
    for (position, post) in posts.iter().enumerate() {
        if post.name != writer {
            continue;
        }
        let next = posts.get(position + 1).map_or(count, |next| next.header);
        let end = text_end(texts, post.text, next);
        chrome.roles[post.text..end].copy_from_slice(&found[post.text..end]);
        // The intro under the chapter's heading, over the first separator.
        let start = (post.text..end)
            .find(|&index| !is_chapter_heading(texts[index]))
            .unwrap_or(end);
        if let Some(intro) = intro_over_separator(texts, start, end, ASIDE_REACH, is_writers_aside)
        {
            chrome.roles[intro].fill(Role::Note);
        }
        if let Some(outro) = outro_under_separator(texts, start, end, ASIDE_REACH, is_writers_aside)
        {
            chrome.roles[outro].fill(Role::Note);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("#81", true),
            ("Posted: 3 years ago", true),
            ("Joined: 14 March 2017", true),
            ("Posts: 3412", true),
            ("47 Likes", true),
            ("Edited by moth_wing - 3 years ago", true),
            // A story's lines.
            ("#1 fan", false),
            ("Posted: the letter, at last.", false),
            ("She likes 47 things.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: an India Forums thread was read with the site's header, the posters'
    /// boxes, the writer's intro (the reader's request it quotes as dialogue), outro,
    /// edit line, likes and buttons, the others' replies (quoting the story, as
    /// dialogue) and the footer.
    #[test]
    fn a_thread_is_read_without_the_page() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "India Forums",
            "Home",
            "Post Reply",
            "moth_wing",
            "Goldie",
            "Joined: 14 March 2017",
            "Posts: 12",
            "Posted: 3 years ago",
            "#1",
            "Chapter 1 - The Lamp",
            "Hi lovelies!! bee asked \"more lamp\" so here \u{1F602}",
            "*****",
            "\"Mine,\" said the moth.",
            "*****",
            "How was it?? \u{1F648}",
            "Tagging: @bee",
            "Edited by moth_wing - 3 years ago",
            "4 Likes",
            "Like",
            "Reply",
            "bee",
            "Newbie",
            "Posted: 3 years ago",
            "#2",
            "\"Mine\" SCREAMING",
            "1 Likes",
            "Like",
            "Reply",
            "Quick Reply",
            "Copyright \u{00A9} 2024 India Forums. All Rights Reserved.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, C, S, N, S, S, S, N, N, C, C, C, C, C, C, C, C, C, C, C, C,
                C, C,
            ])
            .assert_author("moth_wing");
        assert!(!is_page(&["India Forums", "She posted there once."]));
    }
}
