//! A fic posted as an Instagram caption series and copied from the posts' pages one
//! after another: Instagram's bar a word a line (`Instagram`, `Search`, `Explore`, …,
//! `Profile`); then each post: the writer's user name over `Follow`, the post's place
//! (`Nabua, Suva`), the caption, its first line glued to the user name as Instagram shows
//! it (`fic.by.losana Grog & Glory 🌺 pt 2/6`), its lines a paragraph each with `.` lines
//! for spacers (Instagram drops blank lines), the hashtags, `Edited · 3w`, each comment
//! (name, text, `3w 14 likes Reply`, `View replies (1)`), `♡`, `212 likes`, the date,
//! `Add a comment…` and `Post`; under the last post `More posts from NAME` and Meta's
//! footer a line each (`Meta`, `About`, …, `© 2026 Instagram from Meta`).
//!
//! In: a paste's paragraphs, a line each (an Instagram page is never read as
//! hard-wrapped text: see [`super::chrome::is_unwrapped_page`], so the place and the
//! caption's first line are not glued to the story's first paragraph). Out: their roles,
//! with the user name cut from each caption's first line, the fic's title and the
//! writer's name. The captions are the writer's posts, read as a thread's parts (see
//! [`read_writers_parts`]: the part's title line a heading, without the fic's fields
//! after a bar or the writer's aside in brackets); the writer's intro between the first
//! caption's title line and a spacer is a note, so a reader's request it quotes is no
//! one's line; everything else (the bar, the posts' heads, the spacers, hashtags,
//! comments, counts and the footer) is the page's, so a comment quoting the story is no
//! one's dialogue.

use super::chrome::{
    heading_aside_cut, intro_over_separator, is_count, is_hashtags, is_writers_aside, normalized,
    read_writers_parts, title_line, Chrome, Role,
};
use super::facebook::is_when;
use super::page::{has_two_marks, opens_with_site_name, MONTH_NAMES};
use super::telegram::{glued_header, is_tag_line};

/// How far down the first post's head may stand (paragraphs).
const HEADER_REACH: usize = 20;

/// How many paragraphs may stand between `Follow` and the caption (the post's place).
const PLACE_LINES: usize = 1;

/// How many paragraphs the writer's intro under the first caption's title line may have.
const INTRO_REACH: usize = 4;

/// The longest title line over a caption (bytes).
const MAX_TITLE: usize = 160;

/// The longest user name (characters), as Instagram allows.
const MAX_HANDLE: usize = 30;

/// `fic.by.losana`, `kava_queen_`: an Instagram user name, letters, digits, `.` and `_`.
fn is_handle(text: &str) -> bool {
    let text = text.trim();
    (1..=MAX_HANDLE).contains(&text.chars().count())
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_'))
        && text.chars().any(char::is_alphabetic)
}

/// `Follow` (or `Following`): the button beside the user name over a post.
fn is_follow(text: &str) -> bool {
    matches!(normalized(text).as_str(), "follow" | "following")
}

/// `Add a comment…`: the comment box under a post.
fn is_comment_box(text: &str) -> bool {
    normalized(text).trim_end_matches(['\u{2026}', '.']) == "add a comment"
}

/// `212 likes`, `1 like`: a post's likes.
fn is_likes(text: &str) -> bool {
    let lower = normalized(text);
    lower.split_once(' ').is_some_and(|(count, word)| {
        is_count(count) && matches!(word, "likes" | "like" | "others like this")
    })
}

/// `3w`, `2d`, `Edited · 3w`, `March 2`, `2 days ago`: when a post was made or edited,
/// as Facebook says it or with the month and the day alone.
fn is_post_time(text: &str) -> bool {
    let lower = normalized(text);
    let when = lower.strip_prefix("edited").map_or(lower.as_str(), |rest| {
        rest.trim_start_matches([' ', '\u{00B7}'])
    });
    let month_day = matches!(when.split_whitespace().collect::<Vec<_>>().as_slice(),
        [month, day] if MONTH_NAMES.contains(month) && day.chars().all(|c| c.is_ascii_digit()));
    text.len() <= 40 && (month_day || is_when(when))
}

/// `3w 14 likes Reply`, `2d Reply`, `View replies (1)`: a comment's foot.
fn is_comment_foot(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    text.len() <= 60 && (lower.starts_with("view replies") || lower.starts_with("hide replies"))
        || words.last() == Some(&"reply") && words.first().is_some_and(|first| is_post_time(first))
}

/// `More posts from fic.by.losana`: the box under the last post.
fn is_more_posts(text: &str) -> bool {
    normalized(text).starts_with("more posts from ")
}

/// `© 2026 Instagram from Meta`: the footer's last line.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60 && lower.starts_with('\u{00A9}') && lower.ends_with("instagram from meta")
}

/// A line of a post's foot, under its caption: the hashtags, when, a comment's foot,
/// the likes, the comment box, the posts under the last.
fn is_foot_line(text: &str) -> bool {
    is_tag_line(text)
        || is_hashtags(text)
        || is_post_time(text)
        || is_comment_foot(text)
        || is_likes(text)
        || is_comment_box(text)
        || is_more_posts(text)
        || is_footer(text)
}

/// `.`: a spacer line in a caption, where Instagram would drop a blank one.
fn is_spacer(text: &str) -> bool {
    matches!(text.trim(), "." | "\u{00B7}" | "-")
}

/// Marks a caption's title line at `index` as a heading (`Low Water 🌊 pt 2/6`): the
/// title read, the fic's fields after a bar (`| Wing x Reader | Harbour Lights fic`) and
/// the writer's aside in brackets after it (`(the end!! thank u for reading)`) cut; the
/// first caption's (`first`) names the work.
fn headline(text: &str, index: usize, first: bool, chrome: &mut Chrome) {
    let aside = text.len() - heading_aside_cut(text);
    let end = text.find(" | ").map_or(aside, |bar| bar.min(aside));
    chrome.roles[index] = Role::Heading;
    chrome.end_cuts[index] = text.len() - end;
    if first {
        chrome.title = Some(text[..end].trim().to_string());
    }
}

/// Whether a paste is a caption series copied from Instagram: two of its marks (the
/// site's name at the top, a comment box, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "instagram"),
        texts.iter().any(|text| is_comment_box(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a caption series copied from Instagram: the writer's captions are the story,
/// every other line the page's.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    // The writer: the user name over the first `Follow`.
    let Some(follow) = (1..count.min(HEADER_REACH))
        .find(|&index| is_follow(texts[index]) && is_handle(texts[index - 1]))
    else {
        return;
    };
    let writer = texts[follow - 1].trim();
    chrome.author.get_or_insert_with(|| writer.to_string());
    let heads: Vec<usize> = (1..count)
        .filter(|&index| is_follow(texts[index]) && texts[index - 1].trim() == writer)
        .collect();
    // The captions' texts, with the user name cut from their first lines.
    let mut bodies: Vec<&str> = texts.to_vec();
    let mut posts = Vec::new();
    for (position, &head) in heads.iter().enumerate() {
        let next = heads.get(position + 1).map_or(count, |&next| next - 1);
        let reach = next.min(head + PLACE_LINES + 2);
        let glued = (head + 1..reach)
            .find_map(|index| glued_header(texts[index], writer).map(|cut| (index, cut)));
        let start = match glued {
            Some((index, Some(cut))) => {
                chrome.cuts[index] += cut;
                bodies[index] = &texts[index][cut..];
                index
            }
            Some((index, None)) => index + 1,
            None => head + 1,
        };
        let mut end = (start + 1..next)
            .find(|&index| is_foot_line(texts[index]))
            .unwrap_or(next);
        while end > start && is_spacer(texts[end - 1]) {
            end -= 1;
        }
        if start >= end {
            continue;
        }
        // The writer's intro under the first caption's title line, over a spacer.
        if posts.is_empty() {
            let intro = intro_over_separator(&bodies, start + 1, end, INTRO_REACH, |text| {
                !is_spacer(text) && is_writers_aside(text)
            });
            if let Some(intro) = intro {
                chrome.roles[intro].fill(Role::Note);
            }
        }
        for (role, text) in chrome.roles[start..end].iter_mut().zip(&texts[start..end]) {
            if is_spacer(text) {
                *role = Role::Chrome;
            }
        }
        posts.push(start..end);
    }
    // Every caption is a part of the story, however short.
    read_writers_parts(&bodies, &posts, |_| false, |_| true, chrome);
    // A caption's first line, when it is a line over more, is the part's title, whatever
    // the thread's reading made of it (`pt 2` is no talk of the writing here).
    for (position, post) in posts.iter().enumerate() {
        if post.len() >= 2 && title_line(&bodies, post.start, MAX_TITLE).is_some() {
            headline(bodies[post.start], post.start, position == 0, chrome);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_handle("fic.by.losana"));
        assert!(!is_handle("She left."));
        assert!(is_post_time("Edited \u{00B7} 3w"));
        assert!(is_post_time("2d"));
        assert!(is_post_time("March 2"));
        assert!(!is_post_time("March on"));
        assert!(is_comment_foot("3w 14 likes Reply"));
        assert!(is_comment_foot("View replies (2)"));
        assert!(!is_comment_foot("She never did reply"));
        assert!(is_likes("212 likes"));
        assert!(!is_likes("212 boats"));
        assert!(is_comment_box("Add a comment\u{2026}"));
        assert!(is_footer("\u{00A9} 2026 Instagram from Meta"));
    }

    /// The bug: an Instagram caption series was read with its page: each post's place and
    /// the caption's first line glued to the story's first paragraph, the user names,
    /// `Follow`, hashtags, counts and comments as narration (a comment quoting the story,
    /// as dialogue), the intro of the first post dropped with its head.
    #[test]
    fn a_caption_series_is_read_as_the_writers_parts() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Instagram",
            "Search",
            "Profile",
            "saltfish.writes",
            "Follow",
            "Harbour Road",
            "saltfish.writes Low Water \u{1F30A} pt 1/2 | Wing x Reader",
            "for the anon who said \u{201C}more Ma\u{201D} lol, here u go",
            ".",
            "\u{201C}Pull,\u{201D} says Ah Man.",
            "You pull.",
            ".",
            "#harbourlights #fic",
            "Edited \u{00B7} 3w",
            "gull_reader",
            "\u{201C}Pull,\u{201D} lol",
            "3w 14 likes Reply",
            "212 likes",
            "Add a comment\u{2026}",
            "Post",
            "saltfish.writes",
            "Follow",
            "Harbour Road",
            "saltfish.writes Low Water \u{1F30A} pt 2/2 (the end!! thank u for reading)",
            "The tide turns.",
            "#harbourlights",
            "2w",
            "Add a comment\u{2026}",
            "More posts from saltfish.writes",
            "\u{00A9} 2026 Instagram from Meta",
        ];
        let chrome = Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, H, N, C, S, S, C, C, C, C, C, C, C, C, C, C, C, C, H, S, C, C, C,
                C, C,
            ])
            .assert_author("saltfish.writes")
            .assert_title("Low Water \u{1F30A} pt 1/2");
        assert_eq!(chrome.cuts[6], "saltfish.writes ".len());
        assert_eq!(chrome.cuts[23], "saltfish.writes ".len());
        assert_eq!(chrome.end_cuts[6], " | Wing x Reader".len());
        assert_eq!(
            chrome.end_cuts[23],
            " (the end!! thank u for reading)".len()
        );
        assert!(!is_page(&["Instagram", "She posted it on Instagram."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Instagram",
                "saltfish.writes",
                "Follow",
                "Add a comment\u{2026}",
            ],
            read_page,
        );
    }
}
