//! A forum topic on a phpBB board copied whole: the board's header (its name and
//! tagline, `Skip to content`, `Advanced search`, the breadcrumb `Board index ‹ …`,
//! `FAQ` / `Register` / `Login`, the topic's title, `Moderator: …`, `Post a reply`,
//! `Search this topic…`, `4 posts • Page 1 of 1`), then each post: its subject (`Re:
//! …`), `Postby NAME » Sat Nov 15, 2008 8:47 pm`, its text (a reply may open with a
//! quote box, `NAME wrote:…`), the signature under its rule (`_________________`), the
//! poster's box (the name, `Posts: 1311`, `Joined: …`, `Location: …`) and `Top`; then
//! the board's footer (`Display posts from previous: …`, `Return to …`, `Jump to:`,
//! `WHO IS ONLINE`, `Powered by phpBB® Forum Software © phpBB Group`).
//!
//! In: a paste's paragraphs (a block with a `Postby` line, the poster's box, a
//! signature's rule or the footer in it is cut line by line). Out: their roles and the
//! writer's name. The story is the first poster's posts; in them, a later post's
//! opening words to readers (`Part two! Thank you for all the lovely comments`) and a
//! closing aside (`(continued below! sorry, …)`) are notes; the header, the posts'
//! subjects and `Postby` lines, the signatures, the poster's boxes, the others' replies
//! (their quote boxes of the story) and the footer are the page's, so neither a
//! signature's quote nor a reply's is anyone's dialogue.

use super::chrome::{greets_readers, normalized, talks_to_readers, voice, Chrome, Role, Voice};
use super::chrome::{is_line_not_sentence, MAX_NOTE_LENGTH};

/// The longest subject line of a post (bytes).
const MAX_SUBJECT: usize = 200;

/// `Postby quillpig » Sat Nov 15, 2008 8:47 pm`, `by quillpig » …`: a post's header;
/// the poster's name.
fn postby(text: &str) -> Option<&str> {
    let text = text.trim();
    if text.len() > 120 {
        return None;
    }
    let rest = text
        .strip_prefix("Postby ")
        .or_else(|| text.strip_prefix("by "))?;
    let (name, date) = rest.split_once(" \u{00BB} ")?;
    let dated = date.split_whitespace().any(|word| {
        word.trim_end_matches(',')
            .parse::<u16>()
            .is_ok_and(|year| year > 1990)
    });
    (!name.trim().is_empty() && name.len() <= 40 && dated).then(|| name.trim())
}

/// `_________________`: the rule over a signature.
fn is_rule(text: &str) -> bool {
    let text = text.trim();
    text.len() >= 5 && text.chars().all(|c| c == '_')
}

/// `Posts: 1311`, `Joined: Tue Mar 06, 2007 4:12 pm`, `Location: …`: a field of the
/// poster's box.
fn is_profile_field(text: &str) -> bool {
    let text = text.trim();
    let Some((key, value)) = text.split_once(':') else {
        return false;
    };
    let value = value.trim();
    text.len() <= 120
        && match key {
            "Posts" => !value.is_empty() && value.chars().all(|c| c.is_ascii_digit() || c == ','),
            "Joined" => value.split_whitespace().any(|word| {
                word.trim_end_matches(',')
                    .parse::<u16>()
                    .is_ok_and(|year| year > 1990)
            }),
            "Location" | "Contact" | "Website" | "Rank" | "Gender" => !value.is_empty(),
            _ => false,
        }
}

/// `4 posts • Page 1 of 1`: the topic's count.
fn is_topic_count(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60 && lower.contains(" post") && lower.contains("page ") && lower.contains(" of ")
}

/// The board's footer lines.
fn is_footer_line(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim();
    text.len() <= 200
        && (lower.contains("powered by phpbb")
            || lower.starts_with("display posts from previous:")
            || lower.starts_with("jump to:")
            || lower == "who is online"
            || lower.starts_with("return to "))
}

/// A line that shows a block is a phpBB page's, laid out a line at a time: a `Postby`
/// line, a field of the poster's box, a signature's rule, the topic's count, the
/// footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    postby(text).is_some()
        || is_profile_field(text) && text.trim_start().starts_with(['P', 'J'])
        || is_rule(text)
        || is_topic_count(text)
        || is_footer_line(text)
}

/// Whether a paste is a topic copied from a phpBB board: `Postby` lines and the footer
/// or the posters' boxes.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let posts = texts.iter().any(|text| postby(text).is_some());
    let footer = texts
        .iter()
        .any(|text| normalized(text).contains("powered by phpbb"));
    let boxes = texts
        .iter()
        .any(|text| text.trim_start().starts_with("Joined:") && is_profile_field(text));
    super::page::has_two_marks(&[posts, footer, boxes])
}

/// A later post's opening words to readers: `Part two! Thank you for …`, `Part 2:`.
fn opens_part(text: &str) -> bool {
    let lower = normalized(text);
    let part = lower.strip_prefix("part ").is_some_and(|rest| {
        let word = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let after = rest[word.len()..].chars().next();
        !word.is_empty() && after.is_some_and(|c| matches!(c, '!' | ':' | '.' | ' '))
    });
    text.len() <= MAX_NOTE_LENGTH
        && (talks_to_readers(text)
            || greets_readers(text)
            || part
                && (lower.contains("thank")
                    || lower.contains("comments")
                    || voice(text) != Voice::Prose))
}

/// A post's closing aside in brackets, in a note's voice: `(continued below! sorry, …)`.
fn is_aside(text: &str) -> bool {
    let text = text.trim();
    text.starts_with('(')
        && text.ends_with(')')
        && text.len() <= MAX_NOTE_LENGTH
        && (voice(text) != Voice::Prose || talks_to_readers(text))
}

/// Where a post's text ends, from its end: over `Top`, the poster's box (its name
/// first) and the signature under its rule.
fn text_end(texts: &[&str], start: usize, end: usize, name: &str) -> usize {
    if let Some(rule) = (start..end).find(|&index| is_rule(texts[index])) {
        return rule;
    }
    let mut at = end;
    while at > start {
        let text = texts[at - 1].trim();
        if text == "Top" || is_profile_field(text) || text == name {
            at -= 1;
        } else {
            break;
        }
    }
    at
}

/// Reads a topic copied from a phpBB board: sets every paragraph's role; the first
/// poster is the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let posts: Vec<(usize, &str)> = texts
        .iter()
        .enumerate()
        .filter_map(|(index, text)| postby(text).map(|name| (index, name)))
        .collect();
    let Some(&(first, writer)) = posts.first() else {
        return;
    };
    chrome.author.get_or_insert_with(|| writer.to_string());
    // Over the first post: the board's header and the post's subject.
    chrome.roles[..first].fill(Role::Chrome);
    let count = texts.len();
    let footer = (posts[posts.len() - 1].0..count)
        .find(|&index| is_footer_line(texts[index]))
        .unwrap_or(count);
    chrome.roles[footer..].fill(Role::Chrome);
    for (position, &(at, name)) in posts.iter().enumerate() {
        chrome.roles[at] = Role::Chrome;
        // The next post's subject (`Re: …`) stands over its `Postby` line.
        let end = posts.get(position + 1).map_or(footer, |&(next, _)| {
            let subject = next - 1;
            if subject > at && is_line_not_sentence(texts[subject], MAX_SUBJECT) {
                chrome.roles[subject] = Role::Chrome;
                subject
            } else {
                next
            }
        });
        let text_end = text_end(texts, at + 1, end, name);
        chrome.roles[text_end..end].fill(Role::Chrome);
        let body = at + 1..text_end;
        if name != writer {
            chrome.roles[body].fill(Role::Chrome);
            continue;
        }
        if body.is_empty() {
            continue;
        }
        if position > 0 && opens_part(texts[body.start]) {
            chrome.roles[body.start] = Role::Note;
        }
        if body.len() > 1 && is_aside(texts[body.end - 1]) {
            chrome.roles[body.end - 1] = Role::Note;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(
            postby("Postby wren » Sat Nov 15, 2008 8:47 pm"),
            Some("wren")
        );
        assert_eq!(postby("by wren » Mon Jan 1, 2024 9:00 am"), Some("wren"));
        assert_eq!(postby("by the river » and beyond"), None);
        for (text, layout) in [
            ("Posts: 1,204", true),
            ("Joined: Tue Mar 06, 2007 4:12 pm", true),
            ("_________________", true),
            ("4 posts \u{2022} Page 1 of 1", true),
            (
                "Powered by phpBB\u{00AE} Forum Software \u{00A9} phpBB Group",
                true,
            ),
            // A story's lines.
            ("Posts: she never read them.", false),
            ("Joined: the two of them, at last.", false),
            ("Top of the morning.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(opens_part("Part two! Thank you for the comments."));
        assert!(!opens_part("Part of him wanted to stay."));
        assert!(is_aside("(more tomorrow, sorry!!)"));
        assert!(!is_aside("(He did not say it.)"));
    }

    /// The bug: a phpBB topic was read with its header, the `Postby` lines, signatures
    /// (a quote in one as dialogue), posters' boxes, the others' replies with their
    /// quote boxes and the footer.
    #[test]
    fn a_topic_is_read_without_the_page() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "The Kettle Board",
            "Board index \u{2039} Fics",
            "[FIC] Steam 1/2",
            "Postby wren \u{00BB} Sat Nov 15, 2008 8:47 pm",
            "'Mine,' said Tam.",
            "(more tomorrow, sorry!!)",
            "_________________",
            "'Boil it.' \u{2014} Tam, 1x01",
            "wren",
            "Posts: 12",
            "Joined: Tue Mar 06, 2007 4:12 pm",
            "Top",
            "Re: [FIC] Steam 1/2",
            "Postby bee \u{00BB} Sat Nov 15, 2008 9:00 pm",
            "wren wrote:'Mine,' said Tam.",
            "LOVE",
            "bee",
            "Posts: 3",
            "Top",
            "Re: [FIC] Steam 2/2",
            "Postby wren \u{00BB} Sun Nov 16, 2008 8:47 pm",
            "Part two! Thank you for the comments.",
            "'Yours,' said Ada.",
            "Top",
            "Jump to: ",
            "Powered by phpBB\u{00AE} Forum Software",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, S, N, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, N, S, C, C, C,
            ])
            .assert_author("wren");
        // A story with a forum's word in it is no page.
        assert!(!is_page(&["Posts: 12", "She counted the posts again."]));
    }
}
