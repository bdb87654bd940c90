//! A fic posted in a WhatsApp group and exported as text (`Export chat`, without
//! media): one message a line, each opening with its prefix, Android's `14/06/2023,
//! 20:04 - Rhona: …` (or `6/14/23, 8:04 PM - …`) or iOS's `[14/06/2023, 20:04:31]
//! Rhona: …`; a message with line breaks goes on over the lines under it, blank lines
//! too, up to the next prefix. System lines have no name (`14/06/2023, 20:01 -
//! Messages and calls are end-to-end encrypted. …`, `Rhona changed the group name
//! from "…" to "…"`; on iOS the group's name and a mark before the text); what was
//! not exported or is gone shows as a mark (`<Media omitted>`, `image omitted`, `This
//! message was deleted`), and an edited message ends with `<This message was edited>`.
//! The writer posts the story in a few long messages (`Part 1`, `Part 2`, …) among the
//! group's chat, whose members quote it (`'Mind it harder.' is exactly my gran`).
//!
//! In: a paste's paragraphs (a block with a message prefix in it is cut line by line,
//! so every message starts a paragraph whatever the blank lines). Out: the roles of its
//! paragraphs, the cuts that take the prefix off a story message's first line and the
//! edit mark off its last, the writer's name and the story's title. The story is the
//! long messages of the member who posts the most text, read as any writer's post is
//! (see [`read_writers_post`]: the title block a heading, the intro and outro notes);
//! everything else — system lines, marks, the other members' messages and the writer's
//! chat — is the chat's, so no quote in it is anyone's line.

use super::chrome::{read_writers_post, Chrome, Role};
use super::page::{is_clock, is_numeric_date};

/// The longest name a message prefix may carry (bytes): a contact's name or a phone
/// number.
const MAX_NAME: usize = 60;

/// How many paragraphs may stand over the first message (a copy may open with the
/// chat's name).
const EXPORT_TOP: usize = 3;

/// The fewest bytes of text in a message of the story: a chat message is a line or
/// two, a part of a story is pages.
const STORY_MESSAGE: usize = 600;

/// A shorter part of a story is still several paragraphs of some length: the fewest
/// paragraphs, and the fewest bytes they hold.
const STORY_PARAGRAPHS: usize = 4;
const SHORT_PART: usize = 300;

/// The mark a newer export glues to the end of an edited message.
const EDITED_MARK: &str = "<This message was edited>";

/// A message prefix: where the message's text starts in its first line, and the
/// member's name (`None` on a system line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Prefix<'a> {
    pub text: usize,
    pub name: Option<&'a str>,
}

/// `20:04`, `20:04:31`, `8:04 PM`, `8:04\u{202F}pm`: an export's time.
fn is_time(text: &str) -> bool {
    let text = text.trim();
    let (clock, meridiem) = match text.split_once([' ', '\u{202F}', '\u{00A0}']) {
        Some((clock, meridiem)) => (clock, Some(meridiem.trim())),
        None => (text, None),
    };
    // `20:04:31`: iOS's seconds after the clock.
    let seconds = clock
        .rsplit_once(':')
        .filter(|(_, seconds)| seconds.len() == 2 && seconds.chars().all(|c| c.is_ascii_digit()));
    (is_clock(clock) || seconds.is_some_and(|(clock, _)| is_clock(clock)))
        && meridiem.is_none_or(|meridiem| {
            matches!(
                meridiem.to_ascii_lowercase().as_str(),
                "am" | "pm" | "a.m." | "p.m."
            )
        })
}

/// The message prefix that opens `line`, if one does: Android's `DATE, TIME - ` or
/// iOS's `[DATE, TIME] `, then `NAME: ` on a member's message.
pub(crate) fn message_start(line: &str) -> Option<Prefix<'_>> {
    // Asked of every line: a prefix opens with a digit or a bracket.
    let lead = line.len() - line.trim_start_matches(['\u{200E}', ' ']).len();
    let head = &line[lead..];
    if !head.starts_with(|c: char| c.is_ascii_digit() || c == '[') {
        return None;
    }
    let (stamp, rest) = match head.strip_prefix('[') {
        Some(inner) => {
            let close = inner.get(..32).unwrap_or(inner).find(']')?;
            (&inner[..close], inner[close + 1..].strip_prefix(' ')?)
        }
        None => {
            let at = head
                .get(..40)
                .unwrap_or(head)
                .find(" - ")
                .or_else(|| head.get(..40).unwrap_or(head).find(" \u{2013} "))?;
            let dash = head[at + 1..].chars().next().map_or(1, char::len_utf8);
            (&head[..at], &head[at + 2 + dash..])
        }
    };
    let (date, time) = stamp.split_once(", ").or_else(|| stamp.split_once(' '))?;
    if !is_numeric_date(date) || !is_time(time) {
        return None;
    }
    let text_start = line.len() - rest.len();
    let member = rest.split_once(": ").filter(|(name, _)| {
        let name = name.trim_start_matches('\u{200E}');
        !name.is_empty()
            && name.len() <= MAX_NAME
            && name.split_whitespace().count() <= 6
            && !name.contains([':', '"', '\u{201C}', '\u{201D}'])
    });
    Some(match member {
        Some((name, text)) => Prefix {
            text: line.len() - text.len(),
            name: Some(name.trim_start_matches('\u{200E}')),
        },
        None => Prefix {
            text: text_start,
            name: None,
        },
    })
}

/// A message that stands for what the export left out or what is gone: `<Media
/// omitted>`, `image omitted`, `<attached: …>`, `This message was deleted`, `null`;
/// iOS marks such text with a left-to-right mark before it.
fn is_mark(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    text.trim_start().starts_with('\u{200E}')
        || lower.starts_with("<attached:")
        || lower.ends_with(" omitted")
        || lower == "<media omitted>"
        || lower == "null"
        || lower.starts_with("this message was deleted")
        || lower.starts_with("you deleted this message")
        || lower == EDITED_MARK.to_lowercase()
}

/// How many bytes of the edit mark end a message's last line (`… Thursday.
/// <This message was edited>`), with the space and any mark before it.
fn edited_cut(text: &str) -> usize {
    let trimmed = text.trim_end();
    trimmed.strip_suffix(EDITED_MARK).map_or(0, |rest| {
        text.len() - rest.trim_end_matches(['\u{200E}', ' ']).len()
    })
}

/// A line that shows a block is an export's, laid out a message a line: a message
/// prefix.
pub(crate) fn is_layout_line(line: &str) -> bool {
    message_start(line).is_some()
}

/// A message: where it starts and ends (exclusive) among the paragraphs, its prefix
/// (on the first paragraph) and its text's size.
struct Message<'a> {
    start: usize,
    end: usize,
    prefix: Prefix<'a>,
    size: usize,
}

impl Message<'_> {
    /// Whether a member's message is long enough to be a part of a story: pages, or a
    /// few paragraphs of some length.
    fn is_long(&self) -> bool {
        self.prefix.name.is_some()
            && (self.size >= STORY_MESSAGE
                || self.end - self.start >= STORY_PARAGRAPHS && self.size >= SHORT_PART)
    }
}

/// The messages of an export, from its first prefix.
fn messages<'a>(texts: &[&'a str]) -> Vec<Message<'a>> {
    let mut found: Vec<Message> = Vec::new();
    for (index, text) in texts.iter().enumerate() {
        match message_start(text) {
            Some(prefix) => found.push(Message {
                start: index,
                end: index + 1,
                prefix,
                size: text.len() - prefix.text,
            }),
            None => {
                if let Some(last) = found.last_mut() {
                    last.end = index + 1;
                    last.size += text.len();
                }
            }
        }
    }
    found
}

/// Whether a paste is a chat exported from WhatsApp with a story posted in it: a
/// message prefix at the top, and a member's message long enough to be a story's part.
/// A chat fic written as an export (every message a character's, none long) is left to
/// be read as a story.
pub(crate) fn is_export(texts: &[&str]) -> bool {
    texts
        .iter()
        .take(EXPORT_TOP)
        .any(|text| message_start(text).is_some())
        && messages(texts).iter().any(Message::is_long)
}

/// The member who posts the most text: the writer.
fn writer<'a>(messages: &[Message<'a>]) -> Option<&'a str> {
    let mut tallies: Vec<(&str, usize)> = Vec::new();
    for message in messages {
        let Some(name) = message.prefix.name else {
            continue;
        };
        match tallies.iter_mut().find(|(member, _)| *member == name) {
            Some((_, total)) => *total += message.size,
            None => tallies.push((name, message.size)),
        }
    }
    tallies
        .into_iter()
        .max_by_key(|&(_, size)| size)
        .map(|(name, _)| name)
}

/// Reads an exported chat: sets every paragraph's role, the cuts of the prefixes and
/// edit marks on the story's lines, the writer and the title.
pub(crate) fn read_export(texts: &[&str], chrome: &mut Chrome) {
    let messages = messages(texts);
    let Some(writer) = writer(&messages) else {
        return;
    };
    chrome.author.get_or_insert_with(|| writer.to_string());
    // Every line is the chat's but the story's messages (with the notes found in them).
    let found = std::mem::replace(&mut chrome.roles, vec![Role::Chrome; texts.len()]);
    for message in &messages {
        let story = message.prefix.name == Some(writer)
            && message.is_long()
            && !is_mark(&texts[message.start][message.prefix.text..]);
        if !story {
            continue;
        }
        let range = message.start..message.end;
        chrome.roles[range.clone()].copy_from_slice(&found[range.clone()]);
        chrome.cuts[message.start] += message.prefix.text;
        let last = message.end - 1;
        chrome.end_cuts[last] = edited_cut(texts[last]);
        // The message's words, without its prefix and edit mark.
        let mut words: Vec<&str> = texts.to_vec();
        words[message.start] = &texts[message.start][message.prefix.text..];
        let kept = words[last].len() - chrome.end_cuts[last];
        words[last] = &words[last][..kept];
        if words[message.start].trim().is_empty() {
            chrome.roles[message.start] = Role::Chrome;
        }
        read_writers_post(&words, range, chrome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        let name = |line| message_start(line).map(|prefix| prefix.name);
        let text = |line: &'static str| message_start(line).map(|prefix| &line[prefix.text..]);
        for (line, member, words) in [
            (
                "14/06/2023, 20:02 - Dougie: at last",
                Some(Some("Dougie")),
                Some("at last"),
            ),
            (
                "6/14/23, 8:06 PM - Dougie: 'Mine.' deceased",
                Some(Some("Dougie")),
                Some("'Mine.' deceased"),
            ),
            (
                "6/14/23, 8:06\u{202F}pm - +44 7700 900123: hi",
                Some(Some("+44 7700 900123")),
                Some("hi"),
            ),
            (
                "[14/06/2023, 20:02:10] Dougie: at last",
                Some(Some("Dougie")),
                Some("at last"),
            ),
            (
                "\u{200E}[6/14/23, 8:06:40 PM] Dougie: \u{200E}image omitted",
                Some(Some("Dougie")),
                Some("\u{200E}image omitted"),
            ),
            (
                "14/06/2023, 20:01 - Rhona changed the group name from \"a: b\" to \"c\"",
                Some(None),
                Some("Rhona changed the group name from \"a: b\" to \"c\""),
            ),
            // A story's lines.
            (
                "14/06/2023 was a Wednesday - she remembered it.",
                None,
                None,
            ),
            ("20:02 - Dougie: hi", None, None),
            ("[sic] she said: no", None, None),
        ] {
            assert_eq!(name(line), member, "{line}");
            assert_eq!(text(line), words, "{line}");
        }
        assert!(is_mark("<Media omitted>"));
        assert!(is_mark("This message was deleted"));
        assert!(is_mark("\u{200E}sticker omitted"));
        assert!(!is_mark("I omitted nothing"));
        assert_eq!(
            edited_cut("THE END <This message was edited>"),
            " <This message was edited>".len()
        );
        assert_eq!(edited_cut("THE END"), 0);
    }

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_export)
    }

    /// The bug: an exported chat was read as prose: the system lines, the chat over
    /// and between the story's messages (a member's quote of the story as dialogue),
    /// the prefixes and `<This message was edited>` on the story's lines, and a part's
    /// last paragraph with the chat under it.
    #[test]
    fn an_export_is_read_as_the_writers_long_messages() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let prose = "The moth had waited at the lamp since the shop shut, and it would wait there until the lamp came on again, whatever the night said about it. ";
        let long = prose.repeat(5);
        let first = "21/09/2022, 18:06 - Ann: THE LAMP";
        let second = "21/09/2022, 18:12 - Ann: Part 2 (final bit!!)";
        let texts = [
            "21/09/2022, 18:02 - Messages and calls are end-to-end encrypted.",
            "21/09/2022, 18:03 - Ann: ok posting it now",
            first,
            "(a moth fic)",
            "Part 1",
            long.as_str(),
            "'Mine,' said the moth.",
            "21/09/2022, 18:08 - Bo: 'Mine,' deceased",
            "21/09/2022, 18:09 - Bo: <Media omitted>",
            second,
            long.as_str(),
            "THE END (unless the trailer ruins it) <This message was edited>",
            "21/09/2022, 18:31 - Ann: done!! be honest",
        ];
        let chrome = read(&texts)
            .assert_roles(&[C, C, H, N, H, S, S, C, C, H, S, N, C])
            .assert_author("Ann")
            .assert_title("THE LAMP");
        assert_eq!(chrome.cuts[2], "21/09/2022, 18:06 - Ann: ".len());
        assert_eq!(chrome.end_cuts[9], " (final bit!!)".len());
        assert_eq!(chrome.end_cuts[11], " <This message was edited>".len());
        // A chat fic as an export, every message short, is a story's.
        assert!(!is_export(&[
            "21/09/2022, 18:03 - Ann: where are you",
            "21/09/2022, 18:04 - Bo: behind you",
        ]));
        assert!(is_export(&texts));
    }
}
