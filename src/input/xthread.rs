//! A fic posted as a thread on X (Twitter) and copied from its web page: the page's
//! furniture over it (`Post`, `See new posts`, `Conversation`), then posts, each under
//! its header — the poster's display name on one line (`bram 🦉`), the handle on the
//! next (`@owlsonthemoor`), then `·` and when (`Apr 2`) — and over its counts, one a
//! line (`3`, `17`, `1.2K`). The first post shows its time under its text instead
//! (`9:14 PM · Apr 2, 2024`) and its views (`31.7K` / `Views`). The writer numbers the
//! posts (`2/ The fog comes down…`) and talks to readers among them (the opening post
//! with its 🧵, `(yes i know that's not how it works)`, `ok that's it!!! thank you for
//! reading`); under the thread stand `Who can reply?`, `Discover more` and the
//! others' replies (`Replying to @owlsonthemoor`), which quote the story.
//!
//! In: a paste's paragraphs (a block with a handle in it is cut line by line). Out:
//! the roles of its paragraphs, and the cuts that take the post numbers off the
//! story's lines. The story is the writer's posts; the opening post, asides and
//! sign-offs are notes; headers, counts, times, the page's furniture, everything
//! under the thread and the others' posts are the page's, and others' quotes of the
//! story are no one's dialogue. A speech that runs on from one post into the next
//! (no closing mark at the end of the first) is then two paragraphs with nothing
//! between them, as in any story.

use super::chrome::{is_count, normalized, starts_with_quote, talks_to_readers, voice, Chrome};
use super::chrome::{Role, Voice};
use super::page::is_end_mark;

/// The longest handle X allows, without its `@` (characters).
const MAX_HANDLE: usize = 15;

/// The longest display name X allows (characters), with room for its emoji.
const MAX_NAME: usize = 60;

/// `@owlsonthemoor`: a handle, alone on its line.
pub(crate) fn is_handle_line(text: &str) -> bool {
    text.trim().strip_prefix('@').is_some_and(is_handle)
}

/// A handle without its `@`: one to fifteen letters, digits or `_`.
fn is_handle(name: &str) -> bool {
    (1..=MAX_HANDLE).contains(&name.len())
        && name
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || character == '_')
}

/// Months as X abbreviates them in a post's time.
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `Apr 2`, `Apr 2, 2024`: a post's date.
fn is_date(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(month), Some(day)) = (words.next(), words.next()) else {
        return false;
    };
    let day = day.trim_end_matches(',');
    let year = words.next();
    MONTHS.contains(&month)
        && (1..=2).contains(&day.len())
        && day.chars().all(|character| character.is_ascii_digit())
        && year.is_none_or(|year| year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()))
        && words.next().is_none()
}

/// `2h`, `45m`, `12s`: how long ago a recent post was posted.
fn is_age(text: &str) -> bool {
    let digits = text.trim_end_matches(['s', 'm', 'h', 'd']);
    !digits.is_empty()
        && digits.len() + 1 == text.len()
        && digits.len() <= 2
        && digits.chars().all(|character| character.is_ascii_digit())
}

/// `9:14 PM`: a clock time.
fn is_clock(text: &str) -> bool {
    let Some((clock, meridiem)) = text.trim().split_once(' ') else {
        return false;
    };
    let digits = |part: &str| {
        (1..=2).contains(&part.len()) && part.chars().all(|character| character.is_ascii_digit())
    };
    matches!(meridiem, "AM" | "PM")
        && clock
            .split_once(':')
            .is_some_and(|(hours, minutes)| digits(hours) && minutes.len() == 2 && digits(minutes))
}

/// When a post was posted, alone on its line: `Apr 2`, `Apr 2, 2024`, `2h`.
pub(crate) fn is_post_time(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 14 && (is_date(text) || is_age(text))
}

/// The opening post's time under its text: `9:14 PM · Apr 2, 2024`, also with its
/// views run on (`9:14 PM · Apr 2, 2024 · 31.7K Views`).
pub(crate) fn is_full_time(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 60 || !text.contains('·') {
        return false;
    }
    let pieces: Vec<&str> = text.split('·').map(str::trim).collect();
    pieces.len() >= 2
        && is_clock(pieces[0])
        && is_date(pieces[1])
        && pieces[2..].iter().all(|piece| is_views(piece))
}

/// `31.7K Views`, `Views`: how many saw a post.
fn is_views(text: &str) -> bool {
    let text = text.trim();
    match text.split_once(' ') {
        Some((count, word)) => is_count(count) && word == "Views",
        None => text == "Views",
    }
}

/// `3`, `1.2K`, `48.2K`: one of a post's counts (replies, reposts, likes, views),
/// alone on its line.
pub(crate) fn is_count_line(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 8 && is_count(text)
}

/// The page's furniture that is a line of its own, word for word (lower case).
const FURNITURE: &[&str] = &[
    "post",
    "see new posts",
    "conversation",
    "views",
    "who can reply?",
    "discover more",
    "sourced from across x",
    "show more replies",
    "show replies",
    "show more",
    "show probable spam",
    "more replies",
    "post your reply",
    "relevant people",
    "translate post",
    "trending now",
    "what's happening",
];

/// What stands under the thread: its replies, and posts the page recommends.
const THREAD_END: &[&str] = &[
    "who can reply?",
    "discover more",
    "sourced from across x",
    "show more replies",
    "more replies",
];

/// A line of the page's own: its furniture (`See new posts`, `Who can reply?`),
/// who may reply (`Accounts @owlsonthemoor mentioned can reply`), whom a reply
/// answers (`Replying to @owlsonthemoor`), views.
pub(crate) fn is_page_line(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 100 {
        return false;
    }
    let lower = normalized(text);
    FURNITURE.contains(&lower.as_str())
        || is_views(text)
        || replying_to(text)
        || lower.ends_with(" can reply") && lower.contains('@')
}

/// `Replying to @owlsonthemoor`, `Replying to @a and @b`.
fn replying_to(text: &str) -> bool {
    text.trim()
        .strip_prefix("Replying to ")
        .is_some_and(|rest| rest.starts_with('@') && rest.len() <= 80)
}

/// A line that shows a block is a thread's, laid out a line at a time: a handle,
/// `Replying to @…`, the opening post's time, a views count. A block that holds one is
/// cut a line at a time.
pub(crate) fn is_layout_line(text: &str) -> bool {
    let text = text.trim();
    // Asked of every line: most start with neither `@`, a digit nor `R`.
    if !text.starts_with(['@', 'R', 'V']) && !text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    is_handle_line(text) || replying_to(text) || is_full_time(text) || is_views(text)
}

/// A line that stands alone even in wrapped text: a post's time or one of its counts.
pub(crate) fn is_alone(text: &str) -> bool {
    is_post_time(text) || is_count_line(text)
}

/// `2/ The fog comes down…`, `2/`, `(2/9)`, `2/9`: a post's number opening its first
/// line; where what follows it starts.
fn post_number(text: &str) -> Option<usize> {
    let inner = text.trim_start_matches(['(', '[']);
    let digits = inner
        .find(|character: char| !character.is_ascii_digit())
        .unwrap_or(inner.len());
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = inner[digits..].strip_prefix('/')?;
    let total = rest
        .find(|character: char| !character.is_ascii_digit())
        .unwrap_or(rest.len());
    let rest = rest[total..].trim_start_matches([')', ']']);
    (rest.is_empty() || rest.starts_with(' ')).then(|| text.len() - rest.trim_start().len())
}

/// A post's header: where it starts and ends, and whose handle it names (X and
/// Bluesky alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Header<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) handle: &'a str,
}

/// A display name over a handle: short, not a sentence, not the page's.
fn is_name_line(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().count() <= MAX_NAME
        && !text.ends_with(['.', '!', '?', '"', '\u{201D}', ':'])
        && !starts_with_quote(text)
        && !is_count_line(text)
        && !is_page_line(text)
        && !text.starts_with('@')
}

/// The header whose handle stands at `index`: the name over it, the handle, and the
/// `·` and the time under it.
fn header_at<'a>(texts: &[&'a str], index: usize) -> Option<Header<'a>> {
    let handle = texts[index].trim().strip_prefix('@')?;
    if !is_handle(handle) {
        return None;
    }
    let start = match index.checked_sub(1) {
        Some(name) if is_name_line(texts[name]) => name,
        _ => index,
    };
    let mut end = index + 1;
    if texts.get(end).is_some_and(|text| text.trim() == "·") {
        end += 1;
    }
    if texts.get(end).is_some_and(|text| is_post_time(text)) {
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

/// How many paragraphs may stand over the first post: the page's furniture.
const THREAD_TOP: usize = 6;

/// Whether a paste is a thread copied from X: posts under headers (the first near the
/// top), the page's own lines (`Conversation`, `Views`, `Who can reply?`), and the first
/// poster's thread (posts numbered `2/`, or most of them the first poster's). A story
/// told in made-up posts (a social-media AU) has headers and counts too, but neither
/// the page's lines nor one poster's numbered thread.
pub(crate) fn is_thread(texts: &[&str]) -> bool {
    let Some(headers) = posts_from_the_top(texts, is_handle_line, headers, THREAD_TOP) else {
        return false;
    };
    let first = headers[0];
    let page = texts
        .iter()
        .any(|text| is_page_line(text) || is_full_time(text));
    let writer = first.handle;
    let own = headers
        .iter()
        .filter(|header| header.handle == writer)
        .count();
    let numbered = headers.iter().enumerate().any(|(position, header)| {
        let end = headers
            .get(position + 1)
            .map_or(texts.len(), |next| next.start);
        header.handle == writer
            && (header.end..end).any(|index| post_number(texts[index].trim()).is_some())
    });
    page && (numbered || own * 2 > headers.len())
}

/// A post's lines that are its words, not its counts, time or the page's.
fn is_post_chrome(text: &str) -> bool {
    let text = text.trim();
    text == "·"
        || is_count_line(text)
        || is_post_time(text)
        || is_full_time(text)
        || is_page_line(text)
}

/// An aside of the writer's in brackets, in a chat or lower-case voice: `(yes i know
/// postal rounds don't work like this)`.
fn is_aside(text: &str) -> bool {
    let text = text.trim();
    text.starts_with('(') && text.ends_with(')') && voice(text) != Voice::Prose
}

/// Posts under headers, the first near the top (within `top` paragraphs) and at
/// least two of them, as a thread page has; asked of every paste, so the cheap test
/// for a handle line comes before anything is allocated.
pub(super) fn posts_from_the_top<'a>(
    texts: &[&'a str],
    is_handle_line: fn(&str) -> bool,
    headers: fn(&[&'a str]) -> Vec<Header<'a>>,
    top: usize,
) -> Option<Vec<Header<'a>>> {
    if !texts.iter().any(|text| is_handle_line(text)) {
        return None;
    }
    let headers = headers(texts);
    (headers.len() >= 2 && headers[0].start <= top).then_some(headers)
}

/// A line of the writer's talking to the thread, not telling the story: an aside, a
/// word to the readers, an end mark.
pub(super) fn talks_to_thread(text: &str) -> bool {
    is_aside(text) || talks_to_readers(text) || is_end_mark(text)
}

/// A line that opens a thread rather than the story: its 🧵, or a chat voice.
pub(super) fn opens_thread(text: &str) -> bool {
    text.contains('\u{1F9F5}') || voice(text) != Voice::Prose
}

/// Reads a thread copied from X: sets every paragraph's role, and the cuts of post
/// numbers on the lines that are read; the writer (the first poster) is the author.
/// Notes already found in the writer's posts (`a/n: …`) stay notes.
pub(crate) fn read_thread(texts: &[&str], chrome: &mut Chrome) {
    let headers = headers(texts);
    let Some(first) = headers.first().copied() else {
        return;
    };
    let writer = first.handle;
    chrome.author.get_or_insert_with(|| writer.to_string());
    let roles = &mut chrome.roles;
    // Over the first post stands only the page: `Post`, `See new posts`, `Conversation`.
    roles[..first.start].fill(Role::Chrome);
    // Under the thread: who can reply, the replies, the posts the page recommends.
    let end = texts
        .iter()
        .position(|text| THREAD_END.contains(&normalized(text).as_str()))
        .unwrap_or(texts.len());
    roles[end..].fill(Role::Chrome);
    let mut ended = false;
    for (position, header) in headers.iter().enumerate() {
        roles[header.start..header.end.min(texts.len())].fill(Role::Chrome);
        let post_end = headers
            .get(position + 1)
            .map_or(texts.len(), |next| next.start)
            .min(end);
        let lines: Vec<usize> = (header.end..post_end)
            .filter(|&index| {
                let chrome = is_post_chrome(texts[index]);
                if chrome {
                    roles[index] = Role::Chrome;
                }
                !chrome
            })
            .collect();
        if header.handle != writer {
            for &index in &lines {
                roles[index] = Role::Chrome;
            }
            continue;
        }
        let Some(&opening) = lines.first() else {
            continue;
        };
        let numbered = post_number(texts[opening].trim_start()).map(|cut| {
            let lead = texts[opening].len() - texts[opening].trim_start().len();
            chrome.cuts[opening] += lead + cut;
            lead + cut
        });
        if numbered.is_some_and(|cut| cut >= texts[opening].trim_end().len()) {
            roles[opening] = Role::Chrome;
        }
        let words = |index: &usize| {
            let cut = if *index == opening {
                numbered.unwrap_or(0).min(texts[*index].len())
            } else {
                0
            };
            &texts[*index][cut..]
        };
        let text_lines: Vec<usize> = lines
            .iter()
            .copied()
            .filter(|&index| !words(&index).trim().is_empty())
            .collect();
        let mark = text_lines.iter().any(|index| is_end_mark(words(index)));
        // The opening post, unnumbered, in a chat voice or with its 🧵, opens the thread.
        let opener = position == 0
            && numbered.is_none()
            && text_lines.iter().any(|index| opens_thread(words(index)));
        let talk =
            !text_lines.is_empty() && text_lines.iter().all(|index| talks_to_thread(words(index)));
        for &index in &text_lines {
            let role = if is_end_mark(words(&index)) {
                Role::Chrome
            } else if ended || opener || talk {
                Role::Note
            } else {
                Role::Story
            };
            if roles[index] == Role::Story {
                roles[index] = role;
            }
        }
        ended |= mark;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, handle, time, full, count, page) in [
            ("@owlsonthemoor", true, false, false, false, false),
            (
                "@a_very_long_handle_indeed",
                false,
                false,
                false,
                false,
                false,
            ),
            ("@owls and more", false, false, false, false, false),
            ("Apr 2", false, true, false, false, false),
            ("Apr 2, 2024", false, true, false, false, false),
            ("2h", false, true, false, false, false),
            ("April 2", false, false, false, false, false),
            ("9:14 PM · Apr 2, 2024", false, false, true, false, false),
            (
                "9:14 PM · Apr 2, 2024 · 31.7K Views",
                false,
                false,
                true,
                false,
                false,
            ),
            ("1.2K", false, false, false, true, false),
            ("251", false, false, false, true, false),
            ("31.7K Views", false, false, false, false, true),
            ("Views", false, false, false, false, true),
            ("See new posts", false, false, false, false, true),
            ("Who can reply?", false, false, false, false, true),
            (
                "Accounts @owlsonthemoor mentioned can reply",
                false,
                false,
                false,
                false,
                true,
            ),
            (
                "Replying to @owlsonthemoor",
                false,
                false,
                false,
                false,
                true,
            ),
            // A story's lines.
            ("Apr 2 was a Tuesday.", false, false, false, false, false),
            (
                "Replying to his letter, she wrote back.",
                false,
                false,
                false,
                false,
                false,
            ),
            (
                "She posted it at 9:14 PM.",
                false,
                false,
                false,
                false,
                false,
            ),
        ] {
            assert_eq!(is_handle_line(text), handle, "{text}");
            assert_eq!(is_post_time(text), time, "{text}");
            assert_eq!(is_full_time(text), full, "{text}");
            assert_eq!(is_count_line(text), count, "{text}");
            assert_eq!(is_page_line(text), page, "{text}");
        }
    }

    #[test]
    fn post_numbers() {
        for (text, expected) in [
            ("2/ The fog comes down.", Some("2/ ".len())),
            ("12/ \"You're late,\" Tegan says.", Some("12/ ".len())),
            ("2/", Some(2)),
            ("(3/9) The bog.", Some("(3/9) ".len())),
            ("3/9 The bog.", Some("3/9 ".len())),
            ("24/7 she worked.", Some("24/7 ".len())),
            ("1/2 a mile on, the bog.", Some("1/2 ".len())),
            ("The fog comes down.", None),
            ("2024/ was a year", None),
            ("2/3rds of them", None),
        ] {
            assert_eq!(post_number(text), expected, "{text}");
        }
    }

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_thread)
    }

    const NAME: &str = "bram 🦉";
    const HANDLE: &str = "@owlsonthemoor";

    /// The bug: a thread copied from X was read whole — the page's furniture, every
    /// post's header, time and counts (glued to the story's lines in a hard-wrapped
    /// reading, and swallowed into a speech that ran on into the next post), the
    /// writer's asides, and the others' replies, whose quotes of the story were voiced
    /// as dialogue.
    #[test]
    fn a_thread_is_read_as_the_writers_posts() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "Post",
            "See new posts",
            "Conversation",
            NAME,
            HANDLE,
            "moorland! AU where the fell-runners are rival postal carriers 🧵",
            "9:14 PM · Apr 2, 2024",
            "·",
            "31.7K",
            "Views",
            "96",
            "1.2K",
            NAME,
            HANDLE,
            "·",
            "Apr 2",
            "2/ \"Race you,\" Tegan says. \"Loser carries the parcels.",
            "2",
            "81",
            NAME,
            HANDLE,
            "·",
            "Apr 2",
            "3/ \"Even the ones that tick.\"",
            "Ash stares at her.",
            NAME,
            HANDLE,
            "·",
            "Apr 2",
            "4/ (yes i know postal rounds don't work like this)",
            "5",
            NAME,
            HANDLE,
            "·",
            "Apr 2",
            "end 🦉",
            NAME,
            HANDLE,
            "·",
            "Apr 2",
            "5/ ok that's it!!! go outside, touch a fell 💙",
            "7",
            "Who can reply?",
            "Discover more",
            "pip 🍓",
            "@pipsqueakpip",
            "·",
            "Apr 2",
            "Replying to @owlsonthemoor",
            "\"loser carries the parcels\" i am screaming",
            "3",
            "Show more replies",
        ];
        let chrome = read(&texts)
            .assert_roles(&[
                C, C, C, C, C, N, C, C, C, C, C, C, C, C, C, C, S, C, C, C, C, C, C, S, S, C, C, C,
                C, N, C, C, C, C, C, C, C, C, C, C, N, C, C, C, C, C, C, C, C, C, C, C,
            ])
            .assert_author("owlsonthemoor");
        assert_eq!(chrome.cuts[16], "2/ ".len());
        assert_eq!(chrome.cuts[23], "3/ ".len());
    }

    #[test]
    fn threads() {
        let post = |handle: &'static str, text: &'static str| [NAME, handle, "·", "Apr 2", text];
        let thread = [
            &["Conversation"][..],
            &post(HANDLE, "1/ The fog comes down at four.")[..],
            &post(HANDLE, "2/ Tegan is at the cairn.")[..],
        ]
        .concat();
        assert!(is_thread(&thread));
        // A social-media AU: made-up posts by many characters, without the page.
        let story = [
            &post("@tegan_runs", "race u to the gap")[..],
            &post("@ash_fell", "no")[..],
            &post("@tegan_runs", "coward")[..],
        ]
        .concat();
        assert!(!is_thread(&story));
        // A story that mentions a handle.
        let mention = [
            "She typed it in:",
            HANDLE,
            "Nothing came back. Who can reply?",
        ];
        assert!(!is_thread(&mention));
    }
}
