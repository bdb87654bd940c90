//! A Substack newsletter's email, pasted from a mail client (Gmail): over the post, the
//! subject, `Inbox`, the sender's line (`Penny Dreadful Mondays
//! <pennydreadful@substack.com> Unsubscribe`), its date and `to me`, then Substack's
//! `Forwarded this email? Subscribe here for more`, the post's title and subtitle, the
//! writer's name, the date and `READ IN APP`; in the post, the subscribe box (`… is a
//! reader-supported publication. …`, `Upgrade to paid`) and footnote numbers glued to
//! a word or a closing quote (`News1`, `Colonel.”2`); under it, the footnotes (`1`, its
//! text, …), `Leave a comment`, the subscriber line, the buttons (`Like`, `Comment`,
//! `Restack`), the copyright and address, `Unsubscribe`, `Get the app`, `Start writing`.
//! The writer's intro (opening with a greeting to the readers) and end note (closing
//! with a signature, `— J.`) stand apart from the story by scene breaks.
//!
//! In: a paste's paragraphs. Out: which paragraphs are the page's (never read), which
//! are the writer's notes (the intro, the end note, the footnotes: read only with
//! `--notes`), the footnote numbers to take out of the story's text, the subject (read
//! as a heading, the work's title) and the writer. A paste is taken for a Substack
//! email only on two of its marks (the sender's `@substack.com` address, `READ IN
//! APP`, `Forwarded this email?`, the subscribe box, the subscriber line, `Start
//! writing`), so that a story that names the site keeps every line.

use super::chrome::{normalized, starts_with_quote, talks_to_readers, Chrome, Role};
use super::page;
use super::plain::is_scene_break;

/// How far from the top the email's and the post's header lines may stand.
const TOP_REACH: usize = 20;

/// How many paragraphs the intro and the end note may take, up to their scene break.
const NOTE_REACH: usize = 8;

/// The longest line of the page's furniture (bytes).
const LINE_LENGTH: usize = 300;

/// The sender's line: an `@substack.com` address in angle brackets.
fn is_sender_line(text: &str) -> bool {
    text.len() <= LINE_LENGTH && text.contains("@substack.com>")
}

/// `Forwarded this email? Subscribe here for more`.
fn is_forwarded_line(text: &str) -> bool {
    normalized(text).starts_with("forwarded this email?")
}

/// `Penny Dreadful Mondays is a reader-supported publication. To receive new posts …`.
fn is_subscribe_box(text: &str) -> bool {
    text.len() <= LINE_LENGTH && normalized(text).contains(" is a reader-supported publication")
}

/// `You're currently a free subscriber to Penny Dreadful Mondays. …`.
fn is_subscriber_line(text: &str) -> bool {
    let key = normalized(text).replace('\u{2019}', "'");
    text.len() <= LINE_LENGTH
        && (key.starts_with("you're currently a ") || key.starts_with("you are currently a "))
        && key.contains("subscriber")
}

/// Lines of the email's and the post's furniture, alone on their line.
const LINES: &[&str] = &[
    "inbox",
    "to me",
    "read in app",
    "upgrade to paid",
    "subscribe",
    "subscribed",
    "leave a comment",
    "like",
    "comment",
    "restack",
    "share",
    "unsubscribe",
    "get the app",
    "start writing",
    "type your email…",
    "type your email...",
];

fn is_page_line(text: &str) -> bool {
    text.len() <= 40 && LINES.contains(&normalized(text).as_str())
}

/// `© 2024 Juno Fairweather`: the copyright line, and the writer it names.
fn copyright(text: &str) -> Option<&str> {
    let rest = text.trim().strip_prefix('©')?.trim_start();
    let name = rest.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
    (text.len() <= 80 && name.len() < rest.len() && !name.is_empty()).then_some(name)
}

/// `1`, `12`: a footnote's number alone on its line.
fn footnote_number(text: &str) -> Option<usize> {
    let text = text.trim();
    (text.len() <= 2 && !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// The longest greeting opening a post (characters, to its `!` or `,`).
const GREETING_LENGTH: usize = 40;

/// `Hello, dreadfuls!`, `Hi all,`, `Hello my lovely Pints!! Here's …`, `Hiya Beth,`: a
/// post's or a mail's first paragraph opening with a greeting to the readers (never a
/// quote).
pub(crate) fn is_greeting(text: &str) -> bool {
    let text = text.trim();
    if starts_with_quote(text) {
        return false;
    }
    let end = match text.find('!') {
        Some(end) => end,
        None if text.ends_with(',') => text.len() - 1,
        None => return false,
    };
    let greeting = normalized(&text[..end]).replace(',', " ");
    let words: Vec<&str> = greeting.split_whitespace().collect();
    greeting.chars().count() <= GREETING_LENGTH
        && (2..=4).contains(&words.len())
        && matches!(
            words.first().copied(),
            Some("hello" | "hi" | "hiya" | "hey" | "dear" | "greetings")
        )
}

/// `— J.`, `-Juno`, `~ J x`: the writer's signature under the end note.
fn is_signature(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 30
        && text.starts_with(['—', '–', '-', '~'])
        && text.split_whitespace().count() <= 3
        && text.chars().any(char::is_alphabetic)
}

/// Whether a paste is a Substack email: two of its marks.
pub(crate) fn is_email(texts: &[&str]) -> bool {
    let top = |test: fn(&str) -> bool| texts.iter().take(TOP_REACH).any(|text| test(text));
    let sender = top(is_sender_line);
    let read_in_app = top(|text| normalized(text) == "read in app");
    let forwarded = top(is_forwarded_line);
    let box_line = texts.iter().any(|text| is_subscribe_box(text));
    let subscriber = texts.iter().any(|text| is_subscriber_line(text));
    let start_writing = texts
        .iter()
        .rev()
        .take(TOP_REACH)
        .any(|text| normalized(text) == "start writing");
    page::has_two_marks(&[
        sender,
        read_in_app,
        forwarded,
        box_line,
        subscriber,
        start_writing,
    ])
}

/// Reads a Substack email (see the module doc).
pub(crate) fn read_email(texts: &[&str], chrome: &mut Chrome) {
    if !is_email(texts) {
        return;
    }
    let count = texts.len();
    // The top: the subject, then the email's and the post's header lines, down to the
    // last of its marks over the first sentence.
    let header = (0..count.min(TOP_REACH))
        .take_while(|&index| {
            let text = texts[index];
            text.len() <= LINE_LENGTH && !text.trim_end().ends_with(['.', '"', '\u{201D}'])
        })
        .filter(|&index| {
            let text = texts[index];
            is_sender_line(text) || is_forwarded_line(text) || is_page_line(text)
        })
        .max();
    let mut post_start = 0;
    if let Some(top_end) = header {
        chrome.roles[..=top_end].fill(Role::Chrome);
        let subject = texts[0].trim();
        if !is_page_line(subject) && !is_sender_line(subject) {
            chrome.roles[0] = Role::Heading;
            chrome.title = Some(subject.to_string());
        }
        post_start = top_end + 1;
    }
    // The foot: from `Leave a comment` or the subscriber line to the end.
    let mut foot = count;
    if let Some(start) = (post_start..count).find(|&index| {
        is_subscriber_line(texts[index]) || normalized(texts[index]) == "leave a comment"
    }) {
        chrome.roles[start..].fill(Role::Chrome);
        foot = start;
    }
    for (index, text) in texts.iter().enumerate() {
        // In the post, a button is one only under the subscribe box.
        let under_box = index > 0 && is_subscribe_box(texts[index - 1]);
        if is_subscribe_box(text) || is_page_line(text) && under_box {
            chrome.roles[index] = Role::Chrome;
        }
        if let Some(name) = copyright(text).filter(|_| index >= foot) {
            chrome.author.get_or_insert_with(|| name.to_string());
        }
    }
    let post_end = footnotes(texts, post_start, foot, chrome);
    intro(texts, post_start, post_end, &mut chrome.roles);
    end_note(texts, post_start, post_end, &mut chrome.roles);
}

/// The footnotes over the foot (`1`, its text, `2`, its text, …), notes with their
/// numbers not read; their numbers are taken out of the post where they are glued to a
/// word or a closing quote. Returns where the post ends: the first footnote, or `foot`.
fn footnotes(texts: &[&str], post_start: usize, foot: usize, chrome: &mut Chrome) -> usize {
    // Pairs from the foot up: the number, then its text.
    let mut start = foot;
    let mut last = 0;
    while start >= post_start + 2 {
        let number = footnote_number(texts[start - 2]);
        let text = texts[start - 1];
        match number {
            Some(number) if footnote_number(text).is_none() => {
                last = last.max(number);
                start -= 2;
            }
            _ => break,
        }
    }
    if start == foot || footnote_number(texts[start]) != Some(1) {
        return foot;
    }
    for (role, text) in chrome.roles[start..foot]
        .iter_mut()
        .zip(&texts[start..foot])
    {
        *role = if footnote_number(text).is_some() {
            Role::Chrome
        } else {
            Role::Note
        };
    }
    // The references, in order: `1` first, then `2` after it, ….
    let mut wanted = 1;
    for (text, removals) in texts[post_start..start]
        .iter()
        .zip(&mut chrome.removals[post_start..start])
    {
        while wanted <= last {
            let Some(at) = reference_at(text, wanted, removals) else {
                break;
            };
            removals.push(at);
            wanted += 1;
        }
    }
    start
}

/// Where footnote `number` is glued into a text (after a lower-case letter or a closing
/// mark, before a space, a mark or the end), after any reference already found in it.
pub(crate) fn reference_at(
    text: &str,
    number: usize,
    found: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let digits = number.to_string();
    let from = found.last().map_or(0, |&(_, end)| end);
    let mut search = from;
    while let Some(offset) = text[search..].find(&digits) {
        let start = search + offset;
        let end = start + digits.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let glued = before.is_some_and(|c| {
            c.is_lowercase() || matches!(c, '.' | ',' | '!' | '?' | '"' | '\u{201D}' | '\u{2019}')
        });
        let ends = after.is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':'));
        if glued && ends {
            return Some((start, end));
        }
        search = end;
    }
    None
}

/// The writer's intro (also a Patreon post's): from a greeting opening the post to the first scene break, if
/// it comes soon; or the greeting alone and what follows it talking to readers.
pub(crate) fn intro(texts: &[&str], post_start: usize, post_end: usize, roles: &mut [Role]) {
    let Some(first) = (post_start..post_end).find(|&index| roles[index] == Role::Story) else {
        return;
    };
    if !is_greeting(texts[first]) {
        return;
    }
    let reach = post_end.min(first + NOTE_REACH + 1);
    let end = (first + 1..reach)
        .find(|&index| is_scene_break(texts[index]))
        .unwrap_or_else(|| {
            (first + 1..reach)
                .find(|&index| !talks_to_readers(texts[index]))
                .unwrap_or(reach)
        });
    mark_notes(&mut roles[first..end]);
}

/// The writer's end note (also a Patreon post's): from the last scene break to the signature that ends the
/// post, if it comes soon; or the signature alone.
pub(crate) fn end_note(texts: &[&str], post_start: usize, post_end: usize, roles: &mut [Role]) {
    let Some(signature) = (post_start..post_end)
        .rev()
        .find(|&index| roles[index] == Role::Story)
        .filter(|&index| is_signature(texts[index]))
    else {
        return;
    };
    let start = (signature.saturating_sub(NOTE_REACH).max(post_start)..signature)
        .rev()
        .find(|&index| is_scene_break(texts[index]))
        .map_or(signature, |index| index + 1);
    mark_notes(&mut roles[start..=signature]);
}

fn mark_notes(roles: &mut [Role]) {
    for role in roles {
        if *role == Role::Story {
            *role = Role::Note;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_greeting("Hello, dreadfuls!"));
        assert!(is_greeting("Hi all,"));
        assert!(is_greeting("Hiya Em,"));
        assert!(is_greeting(
            "Hello my lovely Pints!! Here's the fic I promised."
        ));
        assert!(!is_greeting("\"Hello, Dougie!\" she said."));
        assert!(!is_greeting("Hello, she said to nobody, and sat down."));
        assert!(!is_greeting("Hello, said the cat, and sat down."));
        assert!(is_signature("— J."));
        assert!(is_signature("-Juno"));
        assert!(!is_signature("— and then the door opened."));
        assert_eq!(
            copyright("© 2024 Juno Fairweather"),
            Some("Juno Fairweather")
        );
        assert!(is_subscriber_line(
            "You’re currently a free subscriber to Penny Dreadful Mondays. For the full experience, upgrade your subscription."
        ));
        assert_eq!(
            reference_at("in the Illustrated News1 and Percival", 1, &[]),
            Some((23, 24))
        );
        assert_eq!(
            reference_at("with the Colonel.\u{201D}2 says", 2, &[]),
            Some((20, 21))
        );
        assert_eq!(reference_at("Ward 1 and B12 and 1984", 1, &[]), None);
    }

    /// A story that names the site keeps every line.
    #[test]
    fn a_story_about_a_newsletter_is_read() {
        let texts = [
            "READ IN APP",
            "The button said READ IN APP, and Moll did not want to.",
            "Leave a comment",
            "She left one anyway.",
        ];
        assert!(Chrome::read_by(&texts, read_email).is_all_story());
    }
}
