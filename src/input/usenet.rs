//! A fic posted to a Usenet newsgroup and saved as text: the post's headers at the
//! top (`From: tidewrack@aol.com (BettyQ)`, `Newsgroups: alt.tv.…`, `Subject:`,
//! `Message-ID:`, `X-Newsreader:`), then the fic's own header (`TITLE:`, `AUTHOR:`,
//! `SPOILERS: Up through "The Long Night"`, `ARCHIVE:`, `FEEDBACK:` — fields the
//! [`chrome`] module knows), the story, hard-wrapped, an `END`, a plea for feedback
//! with the writer's address (`Feedback to tidewrack@aol.com -- I answer all of it`)
//! and, under a `-- ` line, the writer's signature (`"Leave the light on." -- my
//! dad`).
//!
//! In: a paste's paragraphs, or a line. Out: which paragraphs are the post's headers
//! and signature (the site's, never read), and whether a line is a header or a plea
//! for feedback. The headers are taken only as a run at the very top with a header no
//! e-mail has (`Newsgroups:`, `Message-ID:`, `X-Newsreader:`), so that a story that
//! shows an e-mail keeps it; the signature only at the very end, under its `--` line,
//! in a post or beside an address.
//!
//! [`chrome`]: super::chrome

use super::chrome::{normalized, Role};

/// Headers only a news post has: a block that holds one is a post's.
const NEWS_KEYS: &[&str] = &[
    "newsgroups",
    "message-id",
    "path",
    "xref",
    "nntp-posting-host",
    "nntp-posting-date",
    "x-newsreader",
    "x-trace",
    "x-complaints-to",
    "followup-to",
];

/// Headers a news post shares with an e-mail.
const MAIL_KEYS: &[&str] = &[
    "from",
    "subject",
    "date",
    "organization",
    "organisation",
    "lines",
    "references",
    "reply-to",
    "sender",
    "distribution",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "user-agent",
    "approved",
];

/// A header line's key, lower case, when the line is `Key: value` with a key of one
/// word (`Message-ID`), not a sentence.
fn header_key(text: &str) -> Option<String> {
    let text = text.trim();
    // Asked of every line: a header's key starts with a capital and is a word.
    if text.len() > 200 || !text.starts_with(|character: char| character.is_ascii_uppercase()) {
        return None;
    }
    let (key, value) = text.split_once(": ")?;
    let word = !key.is_empty()
        && key.len() <= 30
        && key
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || character == '-');
    (word && !value.trim().is_empty()).then(|| key.to_ascii_lowercase())
}

/// A header only a news post has (`Newsgroups: alt.tv.…`, `X-Newsreader: …`).
fn is_news_header(text: &str) -> bool {
    header_key(text).is_some_and(|key| NEWS_KEYS.contains(&key.as_str()))
}

/// Any header of a news post: its own, an e-mail's, or an `X-` one. A line of its own
/// even in wrapped text, as an e-mail's header is in a story.
pub(crate) fn is_header_line(text: &str) -> bool {
    header_key(text).is_some_and(|key| {
        NEWS_KEYS.contains(&key.as_str())
            || MAIL_KEYS.contains(&key.as_str())
            || key.starts_with("x-")
    })
}

/// How far from the top a post's headers may start (a saved post may open with a
/// blank line or the group's name).
const HEADER_TOP: usize = 2;

/// Where the post's headers, a run of header lines at the top with one only a news
/// post has, end.
fn header_end(texts: &[&str]) -> Option<usize> {
    let start = (0..texts.len().min(HEADER_TOP + 1)).find(|&index| is_header_line(texts[index]))?;
    let end = (start..texts.len())
        .find(|&index| !is_header_line(texts[index]))
        .unwrap_or(texts.len());
    let news = texts[start..end]
        .iter()
        .any(|text| is_news_header(text) || joined_headers(text));
    (news && end - start >= 2 || joined_headers(texts[start])).then_some(end)
}

/// Headers run into one paragraph: `From: … Newsgroups: … Subject: …`.
fn joined_headers(text: &str) -> bool {
    text.trim_start().starts_with("From: ")
        && NEWS_KEYS.iter().any(|key| {
            let key = format!(" {key}: ");
            text.to_ascii_lowercase().contains(&key)
        })
}

/// `hollowpine@aol.com`: whether a text holds an e-mail address.
pub(crate) fn has_address(text: &str) -> bool {
    text.split(|character: char| character.is_whitespace() || "<>()[],;\"".contains(character))
        .any(|word| {
            let word = word.trim_end_matches(['.', ':']);
            word.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty()
                    && host.contains('.')
                    && !host.starts_with('.')
                    && host
                        .chars()
                        .all(|character| character.is_alphanumeric() || "-._".contains(character))
            })
        })
}

/// A plea for feedback with the writer's address: `Feedback to tidewrack@aol.com --
/// I answer all of it`, `Comments? Write me at …`.
pub(crate) fn is_feedback_plea(lower: &str) -> bool {
    ["feedback", "comments", "write me", "mail me", "let me know"]
        .iter()
        .any(|word| lower.contains(word))
        && has_address(lower)
}

/// The name in a header's byline, without the address beside it: `BettyQ
/// <tidewrack@aol.com>` → `BettyQ`, `tidewrack@aol.com (BettyQ)` → `BettyQ`.
pub(crate) fn name_without_address(name: &str) -> &str {
    let name = name.trim();
    if let Some((before, _)) = name.split_once('<') {
        if has_address(name) && !before.trim().is_empty() {
            return before.trim();
        }
    }
    if let Some((address, pseud)) = name.split_once(" (") {
        if has_address(address) {
            return pseud.trim_end_matches(')').trim();
        }
    }
    name
}

/// How far from the end a signature's `--` line may stand.
const SIGNATURE_REACH: usize = 6;

/// The longest line of a signature (bytes).
const SIGNATURE_LINE: usize = 160;

/// Where a post's signature starts: the last `--` line, a few short lines from the end.
/// Taken in a news post, or when the lines under it give an address.
fn signature_start(texts: &[&str], post: bool) -> Option<usize> {
    let count = texts.len();
    let dashes = (count.saturating_sub(SIGNATURE_REACH)..count)
        .rev()
        .find(|&index| texts[index].trim() == "--")?;
    let lines = &texts[dashes + 1..];
    let short = !lines.is_empty()
        && lines
            .iter()
            .all(|text| text.trim().len() <= SIGNATURE_LINE * 2);
    (short && (post || lines.iter().any(|text| has_address(text)))).then_some(dashes)
}

/// Reads a news post's headers and signature: the site's. The author is the name the
/// `From:` header gives.
pub(crate) fn read_post(texts: &[&str], roles: &mut [Role], author: &mut Option<String>) {
    let header = header_end(texts);
    if let Some(end) = header {
        roles[..end].fill(Role::Chrome);
        let from = texts[..end].iter().find_map(|text| {
            let (key, value) = text.trim().split_once(": ")?;
            (normalized(key) == "from").then(|| name_without_address(value))
        });
        if let Some(name) = from.filter(|name| !name.contains('@') && !name.contains(':')) {
            author.get_or_insert_with(|| name.to_string());
        }
    }
    if let Some(start) = signature_start(texts, header.is_some()) {
        roles[start..].fill(Role::Chrome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines() {
        for (text, news, header) in [
            ("Newsgroups: alt.tv.lighthouse-keepers.creative", true, true),
            ("Message-ID: <19980303@news.aol.com>", true, true),
            ("X-Newsreader: AOL Offline Reader", true, true),
            ("From: tidewrack@aol.com (BettyQ)", false, true),
            ("Subject: NEW: The Fog Bell (1/1) [PG]", false, true),
            ("X-Mailer: Eudora", false, true),
            // A story's lines.
            ("From: the desk of Ruth Quayle", false, true),
            ("TITLE: The Fog Bell", false, false),
            ("Newsgroups were where we met.", false, false),
            ("She said: newsgroups.", false, false),
        ] {
            assert_eq!(is_news_header(text), news, "{text}");
            assert_eq!(is_header_line(text), header, "{text}");
        }
    }

    #[test]
    fn addresses_and_names() {
        assert!(has_address("Feedback to tidewrack@aol.com -- I answer"));
        assert!(has_address("<tidewrack@aol.com>"));
        assert!(!has_address("meet me @ the pier."));
        assert!(!has_address("@owlsonthemoor"));
        assert!(is_feedback_plea(
            "feedback to tidewrack@aol.com -- i answer all of it"
        ));
        assert!(!is_feedback_plea("feedback was what the amp gave."));
        assert_eq!(name_without_address("BettyQ <tidewrack@aol.com>"), "BettyQ");
        assert_eq!(name_without_address("tidewrack@aol.com (BettyQ)"), "BettyQ");
        assert_eq!(name_without_address("Betty Quayle"), "Betty Quayle");
    }

    fn roles(texts: &[&str]) -> (Vec<Role>, Option<String>) {
        let mut roles = vec![Role::Story; texts.len()];
        let mut author = None;
        read_post(texts, &mut roles, &mut author);
        (roles, author)
    }

    /// The bug: a news post's headers were read as one paragraph of narration, and its
    /// signature, whose quote was voiced as dialogue.
    #[test]
    fn a_posts_headers_and_signature_are_the_sites() {
        use Role::{Chrome as C, Story as S};
        let texts = [
            "From: tidewrack@aol.com (BettyQ)",
            "Newsgroups: alt.tv.lighthouse-keepers.creative",
            "Subject: NEW: The Fog Bell (1/1) [PG]",
            "X-Newsreader: AOL Offline Reader",
            "TITLE: The Fog Bell",
            "The fog had come in at supper.",
            "\"Somebody has to ring it.\"",
            "--",
            "BettyQ   tidewrack@aol.com",
            "\"Leave the light on for the boats.\" -- my dad",
        ];
        let (found, author) = roles(&texts);
        assert_eq!(found, [C, C, C, C, S, S, S, C, C, C]);
        assert_eq!(author.as_deref(), Some("BettyQ"));
    }

    /// A story that shows an e-mail, or ends on a dash, keeps it.
    #[test]
    fn a_storys_email_and_dashes_are_read() {
        use Role::Story as S;
        let email = [
            "From: ruth.quayle@skerry.org",
            "Subject: the bell",
            "Abel, it rang back. Come up when you read this.",
            "She sent it before she could think better of it.",
        ];
        assert_eq!(roles(&email).0, [S, S, S, S]);
        let dashes = [
            "The fog had come in at supper.",
            "\"Somebody has to ring it.\"",
            "--",
            "Ruth",
        ];
        assert_eq!(roles(&dashes).0, [S, S, S, S]);
    }
}
