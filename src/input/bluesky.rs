//! A fic posted as a thread on Bluesky and copied from its page: the site's menu a word
//! a line (`Bluesky`, `Home`, `Search`, …, `New Post`), `Post` / `Thread`, then posts,
//! each under its header — the display name on one line (`Ife 🦔 fic acct`), the handle
//! on the next (`@ifeoluwa-writes.bsky.social`, a domain), then `· 2h` (or, on the
//! opening post, `Follow`) — and over its counts, one a line (`7`, `91`). The opening
//! post shows its date under its text (`March 14, 2024 at 11:02 PM`), `Everybody can
//! reply`, its counts (`142 reposts`, `611 likes`) and `Write your reply`; an image's
//! `ALT` badge is a line of its own. The writer numbers the posts at their end
//! (`… He ate a sock. 3/`); under the thread stand the writer's asides and the others'
//! replies (which quote the story) and `Show more replies`.
//!
//! In: a paste's paragraphs (a block with a handle or a post's time in it is cut line by
//! line). Out: the roles of its paragraphs, and the cuts that take the post numbers off
//! the story's lines. The story is the writer's numbered posts; the opening post (its
//! 🧵, the fic's title quoted), posts that talk to readers and the writer's posts after
//! the thread are notes; headers, counts, dates, badges, the page's lines and the
//! others' replies are the page's, so a reply quoting the story is no one's dialogue.

use super::chrome::{normalized, Chrome, Role};
use super::page::is_end_mark;
use super::xthread::{
    is_count_line, is_post_time, opens_thread, posts_from_the_top, talks_to_thread, Header,
};

/// The longest handle (a domain name, characters).
const MAX_HANDLE: usize = 253;

/// How many paragraphs may stand over the first post: the site's menu.
const THREAD_TOP: usize = 16;

/// The longest display name (characters), with room for its emoji.
const MAX_NAME: usize = 64;

/// `@ifeoluwa-writes.bsky.social`, `@moth.example.com`: a handle, alone on its line: a
/// domain name (an X handle has no dot).
pub(crate) fn is_handle_line(text: &str) -> bool {
    text.trim().strip_prefix('@').is_some_and(|handle| {
        handle.len() <= MAX_HANDLE
            && handle.contains('.')
            && handle.split('.').all(|part| {
                !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
    })
}

/// `· 2h`, `· Mar 14`: when a post was posted, after its dot.
fn is_time_line(text: &str) -> bool {
    text.trim()
        .strip_prefix('\u{00B7}')
        .is_some_and(|time| is_post_time(time.trim()))
}

/// Months as the opening post's date spells them.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `March 14, 2024 at 11:02 PM`: the opening post's date.
fn is_full_date(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 40
        && MONTHS.iter().any(|month| text.starts_with(month))
        && text.contains(" at ")
        && (text.ends_with(" AM") || text.ends_with(" PM"))
}

/// The page's lines, word for word (lower case).
const FURNITURE: &[&str] = &[
    "follow",
    "following",
    "alt",
    "everybody can reply",
    "write your reply",
    "show more replies",
    "show more",
    "translate",
    "who can reply",
];

/// What stands under the thread: its replies.
const THREAD_END: &[&str] = &["show more replies"];

/// `142 reposts`, `18 quotes`, `611 likes`: the opening post's counts.
fn is_counted(text: &str) -> bool {
    let lower = normalized(text);
    let mut words = lower.split_whitespace();
    let (Some(number), Some(word), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    is_count_line(number)
        && matches!(
            word,
            "repost" | "reposts" | "quote" | "quotes" | "like" | "likes" | "reply" | "replies"
        )
}

/// A post's line that is not its words: a count, the date, a badge, the page's.
fn is_post_chrome(text: &str) -> bool {
    let text = text.trim();
    is_count_line(text)
        || is_counted(text)
        || is_full_date(text)
        || is_time_line(text)
        || FURNITURE.contains(&normalized(text).as_str())
}

/// A line that shows a block is a Bluesky thread's, laid out a line at a time: a
/// handle, a post's time, a count with its word, the opening post's date.
pub(crate) fn is_layout_line(text: &str) -> bool {
    let text = text.trim();
    // Asked of every line: most start with neither `@`, `·`, a digit nor a month.
    if !text.starts_with(['@', '\u{00B7}'])
        && !text.starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return false;
    }
    is_handle_line(text) || is_time_line(text) || is_counted(text) || is_full_date(text)
}

/// The header whose handle stands at `index`: the name over it, the handle, and
/// `Follow` or the time under it.
fn header_at<'a>(texts: &[&'a str], index: usize) -> Option<Header<'a>> {
    if !is_handle_line(texts[index]) {
        return None;
    }
    let handle = texts[index].trim().trim_start_matches('@');
    let start = match index.checked_sub(1) {
        Some(name)
            if texts[name].trim().chars().count() <= MAX_NAME
                && !texts[name].trim().is_empty()
                && !is_post_chrome(texts[name])
                && !texts[name]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '\u{201D}', '/']) =>
        {
            name
        }
        _ => index,
    };
    let mut end = index + 1;
    while texts
        .get(end)
        .is_some_and(|text| is_time_line(text) || normalized(text).trim() == "follow")
    {
        end += 1;
    }
    Some(Header { start, end, handle })
}

/// Every post header in a paste, in order.
fn headers<'a>(texts: &[&'a str]) -> Vec<Header<'a>> {
    (0..texts.len())
        .filter_map(|index| header_at(texts, index))
        .collect()
}

/// `… He ate a sock. 3/`, `8/`, `12/60`: a post's number at the end of its last line;
/// where it starts.
fn post_number(text: &str) -> Option<usize> {
    let trimmed = text.trim_end();
    let start = trimmed
        .rfind(char::is_whitespace)
        .map_or(0, |space| space + 1);
    let token = &trimmed[start..];
    let (number, total) = token.split_once('/')?;
    let digits =
        |part: &str| (1..=3).contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit());
    (digits(number) && (total.is_empty() || digits(total))).then_some(start)
}

/// Whether a paste is a thread copied from Bluesky: posts under headers with a domain
/// handle (the first near the top), the page's own lines (a post's time, `Everybody
/// can reply`, a count with its word), and one poster's numbered posts.
pub(crate) fn is_thread(texts: &[&str]) -> bool {
    if posts_from_the_top(texts, is_handle_line, headers, THREAD_TOP).is_none() {
        return false;
    }
    let page = texts
        .iter()
        .any(|text| is_time_line(text) || is_counted(text) || is_full_date(text));
    let numbered = texts
        .iter()
        .filter(|text| post_number(text).is_some())
        .count();
    page && numbered >= 2
}

/// Reads a thread copied from Bluesky: sets every paragraph's role and the cuts of the
/// post numbers; the writer (the first poster) is the author.
pub(crate) fn read_thread(texts: &[&str], chrome: &mut Chrome) {
    let headers = headers(texts);
    let Some(first) = headers.first().copied() else {
        return;
    };
    let writer = first.handle;
    chrome.author.get_or_insert_with(|| writer.to_string());
    chrome.roles[..first.start].fill(Role::Chrome);
    let end = texts
        .iter()
        .position(|text| THREAD_END.contains(&normalized(text).as_str()))
        .unwrap_or(texts.len());
    chrome.roles[end..].fill(Role::Chrome);
    // Whether the thread is over: another poster replied, or the writer's end mark.
    let mut replied = false;
    let mut ended = false;
    let mut numbered_seen = false;
    for (position, header) in headers.iter().enumerate() {
        chrome.roles[header.start..header.end.min(texts.len())].fill(Role::Chrome);
        let post_end = headers
            .get(position + 1)
            .map_or(texts.len(), |next| next.start)
            .min(end);
        let lines: Vec<usize> = (header.end..post_end)
            .filter(|&index| {
                let line_chrome = is_post_chrome(texts[index]);
                if line_chrome {
                    chrome.roles[index] = Role::Chrome;
                }
                !line_chrome
            })
            .collect();
        if header.handle != writer || replied {
            replied = true;
            for &index in &lines {
                chrome.roles[index] = Role::Chrome;
            }
            continue;
        }
        // The post's number, at the end of its last line.
        let number = lines.last().and_then(|&last| {
            post_number(texts[last]).map(|at| {
                chrome.end_cuts[last] = texts[last].len() - at;
                if texts[last][..at].trim().is_empty() {
                    chrome.roles[last] = Role::Chrome;
                }
                (last, at)
            })
        });
        let words = |index: usize| match number {
            Some((last, at)) if last == index => &texts[index][..at],
            _ => texts[index],
        };
        let text_lines: Vec<usize> = lines
            .iter()
            .copied()
            .filter(|&index| !words(index).trim().is_empty())
            .collect();
        let opener = position == 0 && text_lines.iter().any(|&index| opens_thread(words(index)));
        let talk = !text_lines.is_empty()
            && text_lines
                .iter()
                .all(|&index| talks_to_thread(words(index)));
        // An unnumbered post after the numbered ones: the writer's aside.
        let aside = number.is_none() && numbered_seen;
        numbered_seen |= number.is_some();
        for &index in &text_lines {
            let role = if is_end_mark(words(index)) {
                ended = true;
                Role::Chrome
            } else if ended || opener || talk || aside {
                Role::Note
            } else {
                Role::Story
            };
            if chrome.roles[index] == Role::Story {
                chrome.roles[index] = role;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("@wren-writes.bsky.social", true),
            ("@moth.example.com", true),
            ("\u{00B7} 2h", true),
            ("\u{00B7} 45m", true),
            ("142 reposts", true),
            ("March 14, 2024 at 11:02 PM", true),
            // A story's lines, and an X handle.
            ("@owlsonthemoor", false),
            ("@ the shop.", false),
            ("March was cold at the lake.", false),
            ("Two likes were all it got.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert_eq!(post_number("He ate a sock. 3/"), Some(15));
        assert_eq!(post_number("8/"), Some(0));
        assert_eq!(post_number("end 12/40"), Some(4));
        assert_eq!(post_number("It was 24/7 at the shop."), None);
        assert_eq!(post_number("and/or"), None);
    }

    /// The bug: a Bluesky thread was read with its menu, headers, counts, badges and
    /// post numbers, the opening post's quoted title as dialogue, and the others'
    /// replies quoting the story.
    #[test]
    fn a_thread_is_read_without_the_page() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "Bluesky",
            "Home",
            "Wren",
            "@wren.bsky.social",
            "Follow",
            "\u{1F9F5} FIC: \"Lamps\" \u{2014} a lighthouse, a cat 1/",
            "March 2, 2024 at 9:14 PM",
            "Everybody can reply",
            "12 likes",
            "Wren",
            "@wren.bsky.social",
            "\u{00B7} 2h",
            "\u{201C}Light it,\u{201D} said Ada. 2/",
            "3",
            "ALT",
            "Wren",
            "@wren.bsky.social",
            "\u{00B7} 2h",
            "The cat sat down. 3/",
            "Wren",
            "@wren.bsky.social",
            "\u{00B7} 1h",
            "the lamp is real by the way",
            "Pebble",
            "@pebble.bsky.social",
            "\u{00B7} 1h",
            "\u{201C}Light it\u{201D} I'm crying",
            "Show more replies",
        ];
        assert!(is_thread(&texts));
        let chrome = Chrome::read_by(&texts, read_thread)
            .assert_roles(&[
                C, C, C, C, C, N, C, C, C, C, C, C, S, C, C, C, C, C, S, C, C, C, N, C, C, C, C, C,
            ])
            .assert_author("wren.bsky.social");
        assert_eq!(chrome.end_cuts[12], "2/".len());
        // Made-up posts in a story, with no numbered thread, are no page.
        assert!(!is_thread(&[
            "Ada",
            "@ada.bsky.social",
            "\u{00B7} 2h",
            "lights on.",
            "Ben",
            "@ben.bsky.social",
            "\u{00B7} 1h",
            "lights off.",
        ]));
    }
}
