//! A mailing list's digest saved as text (Yahoo! Groups, eGroups): the mail's own
//! headers (`From: list@…`, `Subject: [list] Digest Number 412`), the sponsor box, the
//! list of topics (`1. NEW: Title (1/2)` over `From: "Name" <address>`), then each
//! message under its header (`Message: 2`, `Date:`, `From:`, `Subject:`), the messages
//! apart by rules of underscores. A fic comes in the messages of its writer; the
//! others are readers' replies, which quote the story's lines back after `>` marks and
//! end in the reader's signature, and the list owner's notices.
//!
//! In: a paste's paragraphs. Out: which are the digest's (never read): all that stands
//! before the first message, every message's header, and every message that is not
//! the writer's, the writer being whoever sent the most text. A paste is taken for a
//! digest only on two of its marks (the topics line, `Digest Number`, the sponsor box,
//! two `Message: N` headers), so that a story that shows an e-mail keeps every line.

use super::chrome::{Chrome, Role};
use super::page;

/// `Message: 2`: a message's first header line (with the others joined after it in a
/// pasted block).
fn is_message_header(text: &str) -> bool {
    text.trim()
        .strip_prefix("Message: ")
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|number| number.chars().all(|character| character.is_ascii_digit()))
}

/// A message's header field, on its own paragraph.
fn is_header_field(text: &str) -> bool {
    ["Date: ", "From: ", "Subject: ", "To: ", "Reply-To: "]
        .iter()
        .any(|key| text.trim_start().starts_with(key))
}

/// The sender a message's header names: the address inside `<…>`, or what follows
/// `From: `.
fn sender(text: &str) -> Option<&str> {
    let from = &text[text.find("From: ")? + "From: ".len()..];
    let line = from.split(['\n']).next().unwrap_or(from);
    match (line.find('<'), line.find('>')) {
        (Some(open), Some(close)) if open < close => Some(&line[open + 1..close]),
        _ => line.split_whitespace().next(),
    }
}

/// Whether a paste is a mailing list's digest: two of its marks.
pub(crate) fn is_digest(texts: &[&str]) -> bool {
    let topics = texts
        .iter()
        .any(|text| text.len() <= 2000 && text.contains("Topics in this digest:"));
    let number = texts
        .iter()
        .take(12)
        .any(|text| text.contains("] Digest Number "));
    let sponsor = texts
        .iter()
        .any(|text| text.len() <= 2000 && text.contains("Groups Sponsor"));
    let messages = texts.iter().filter(|text| is_message_header(text)).count() >= 2;
    page::has_two_marks(&[topics, number, sponsor, messages])
}

/// Reads a digest: what stands before the first message, each message's header and
/// every message that is not the writer's are the digest's.
pub(crate) fn read_digest(texts: &[&str], chrome: &mut Chrome) {
    if !is_digest(texts) {
        return;
    }
    let starts: Vec<usize> = (0..texts.len())
        .filter(|&index| is_message_header(texts[index]))
        .collect();
    let Some(&first) = starts.first() else {
        return;
    };
    let roles = &mut chrome.roles;
    roles[..first].fill(Role::Chrome);
    // Each message: its header's end, its end and its sender.
    let mut messages = Vec::new();
    for (position, &start) in starts.iter().enumerate() {
        let end = starts.get(position + 1).copied().unwrap_or(texts.len());
        let mut body = start + 1;
        while body < end && is_header_field(texts[body]) {
            body += 1;
        }
        let from = texts[start..body].iter().find_map(|text| sender(text));
        roles[start..body].fill(Role::Chrome);
        messages.push((body, end, from));
    }
    let length = |sender: Option<&str>| -> usize {
        messages
            .iter()
            .filter(|(_, _, from)| *from == sender)
            .map(|&(body, end, _)| {
                texts[body..end]
                    .iter()
                    .map(|text| text.len())
                    .sum::<usize>()
            })
            .sum()
    };
    let Some(writer) = messages
        .iter()
        .map(|&(_, _, from)| from)
        .max_by_key(|&from| length(from))
    else {
        return;
    };
    for &(body, end, from) in &messages {
        if from != writer {
            roles[body..end].fill(Role::Chrome);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_digest)
    }

    #[test]
    fn a_digest_is_read_as_its_writers_messages() {
        use Role::{Chrome as C, Story as S};
        let texts = [
            "From: tidepool-fic@yahoogroups.com Subject: [tidepool-fic] Digest Number 77",
            "Topics in this digest: 1. NEW: Low Water From: Wren <wren@example.net>",
            "Message: 1",
            "Date: Mon, 4 Jun 2001 10:00:00 -0700",
            "From: Wren <wren@example.net>",
            "Subject: NEW: Low Water",
            "The tide went out further than anyone on the pier remembered.",
            "\"Look,\" said Ada. \"The old road.\"",
            "Message: 2 Date: Mon, 4 Jun 2001 12:00:00 -0500 From: \"Pip K.\" <pip@example.org>",
            "> \"Look,\" said Ada. \"The old road.\"",
            "oh I loved this!!",
            "Pip \"Read the footnotes.\"",
        ];
        read(&texts).assert_roles(&[C, C, C, C, C, C, S, S, C, C, C, C]);
    }

    #[test]
    fn a_story_that_shows_an_email_is_read() {
        let texts = [
            "Message: 1",
            "From: Dana <dana@example.com>",
            "Dana read the message twice before she deleted it.",
        ];
        assert!(read(&texts).is_all_story());
    }
}
