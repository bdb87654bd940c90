//! A post on a Patreon creator page, copied whole: the site's logo (`patreon`),
//! `Log in`, `Sign up`, the creator's name over `is creating …`, `Join` and the page's
//! tabs (`Home`, `Posts`, `Collections`, `About`); the post's title, its access line
//! (`Early access · For Pint (£3) and above`) and date; then the post (the writer's
//! intro, the story, the end note, signed); then its tags (`#last orders …`), likes
//! (`♡ 84`), `Share`, the comments and `Recommended for you`.
//!
//! In: a paste's paragraphs. Out: which paragraphs are the page's (never read), which
//! are the writer's intro and end note (notes: read only with `--notes`), the post's
//! title (read as a heading) and the creator (the author). A page is taken for
//! Patreon's only on two of its marks (the logo at the top, the `is creating` line, the
//! access line, the likes line, `Load more comments`, `Recommended for you`), so that a
//! story that names the site keeps every line.

use super::chrome::{is_hashtags, normalized, Chrome, Role};
use super::page;
use super::substack;

/// How far from the top the access line may stand.
const TOP_REACH: usize = 20;

/// The longest line of the page's top (bytes).
const TOP_LINE: usize = 160;

/// How many story paragraphs must stand above the likes that end the post.
const POST_STORY: usize = 3;

/// The site's menu and the page's tabs and buttons, a line each.
const MENU: &[&str] = &[
    "log in",
    "sign up",
    "join",
    "join now",
    "home",
    "posts",
    "collections",
    "about",
    "shop",
    "membership",
    "memberships",
    "community",
    "chats",
    "share",
];

fn is_logo(text: &str) -> bool {
    matches!(normalized(text).as_str(), "patreon" | "patreon.com")
}

/// `is creating fan fiction, zines and far too many pub AUs`.
fn is_creating_line(text: &str) -> bool {
    text.len() <= TOP_LINE && normalized(text).starts_with("is creating ")
}

/// `Early access · For Pint (£3) and above`, `Public post`, `Locked`.
fn is_access_line(text: &str) -> bool {
    let key = normalized(text);
    text.len() <= TOP_LINE
        && (key.starts_with("early access")
            || key == "public post"
            || key.starts_with("for patrons only")
            || key.starts_with("locked")
            || key.starts_with("for ") && key.ends_with(" and above"))
}

/// `♡ 84`, `❤ 12`: the post's likes.
fn is_likes_line(text: &str) -> bool {
    let text = text.trim();
    let count = text.trim_start_matches(['♡', '❤', '\u{FE0F}', '♥']).trim();
    text.len() <= 20
        && count.len() < text.len()
        && !count.is_empty()
        && count
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k' | 'K'))
}

/// `Apr 12`, `April 12, 2024`: a post's date.
fn is_date(text: &str) -> bool {
    let key = normalized(text);
    let words: Vec<&str> = key.split_whitespace().collect();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    key.len() <= 20
        && (2..=3).contains(&words.len())
        && months.iter().any(|month| words[0].starts_with(month))
        && words[1]
            .trim_end_matches(',')
            .chars()
            .all(|c| c.is_ascii_digit())
}

/// Whether a paste is a Patreon post's page: two of its marks.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let logo = texts.iter().take(3).any(|text| is_logo(text));
    let creating = texts
        .iter()
        .take(TOP_REACH)
        .any(|text| is_creating_line(text));
    let access = texts
        .iter()
        .take(TOP_REACH)
        .any(|text| is_access_line(text));
    let likes = texts.iter().any(|text| is_likes_line(text));
    let foot = texts.iter().any(|text| {
        matches!(
            normalized(text).as_str(),
            "load more comments" | "recommended for you"
        )
    });
    page::has_two_marks(&[logo, creating, access, likes, foot])
}

/// Reads a Patreon post's page (see the module doc). The comments under the likes are
/// the page's too.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let mut post_start = 0;
    let access = (1..count.min(TOP_REACH)).find(|&index| is_access_line(texts[index]));
    if let Some(access) = access {
        let title = access - 1;
        let top = texts[..=title].iter().all(|text| {
            text.len() <= TOP_LINE && !text.trim_end().ends_with(['.', '"', '\u{201D}'])
        });
        if top && !MENU.contains(&normalized(texts[title]).as_str()) {
            chrome.roles[..title].fill(Role::Chrome);
            chrome.roles[title] = Role::Heading;
            chrome.title = Some(texts[title].trim().to_string());
            chrome.roles[access] = Role::Chrome;
            post_start = access + 1;
            if texts.get(post_start).is_some_and(|text| is_date(text)) {
                chrome.roles[post_start] = Role::Chrome;
                post_start += 1;
            }
            if let Some(creator) = (1..title)
                .find(|&index| is_creating_line(texts[index]))
                .map(|index| texts[index - 1].trim())
            {
                chrome.author.get_or_insert_with(|| creator.to_string());
            }
        }
    }
    // The post ends at its likes (its tags just over them): the rest is the page's.
    let mut stories = 0;
    let mut post_end = count;
    for index in post_start..count {
        if chrome.roles[index] == Role::Story && texts[index].len() >= 40 {
            stories += 1;
        }
        if stories >= POST_STORY
            && (is_likes_line(texts[index]) || page::is_tail_header(texts[index]))
        {
            let tags = (post_start..index)
                .rev()
                .take_while(|&at| is_hashtags(texts[at]))
                .last()
                .unwrap_or(index);
            chrome.roles[tags..].fill(Role::Chrome);
            post_end = tags;
            break;
        }
    }
    substack::intro(texts, post_start, post_end, &mut chrome.roles);
    substack::end_note(texts, post_start, post_end, &mut chrome.roles);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_page)
    }

    const STORY: &str =
        "The darts league met on Thursdays, which nobody at the Anchor ever forgot.";

    #[test]
    fn a_posts_page_is_read_as_its_post() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "patreon",
            "Log in",
            "Ivo Marchetti",
            "is creating pub AUs and not enough sleep",
            "Join",
            "Posts",
            "The Anchor fic: Double Top (Bea/Sol, 2k)",
            "Early access · For Half (£2) and above",
            "Mar 3",
            "Hi darts fans! Here's the one I promised. Someone said \"more Sol\" and I listened.",
            "* * *",
            STORY,
            "\"Double top,\" said Sol.",
            STORY,
            "* * *",
            "thank you for reading, see you next week!!",
            "— Ivo x",
            "#the anchor #bea/sol",
            "♡ 31",
            "Share",
            "5 comments",
        ];
        read(&texts)
            .assert_roles(&[
                C, C, C, C, C, C, H, C, C, N, S, S, S, S, S, N, N, C, C, C, C,
            ])
            .assert_author("Ivo Marchetti");
    }

    #[test]
    fn a_story_that_names_the_site_is_read() {
        let texts = [
            "Patreon",
            "She had a Patreon with four patrons, all of them her aunts.",
            "Early access, she called it.",
            "♡ 3",
        ];
        assert!(read(&texts).is_all_story());
    }
}
