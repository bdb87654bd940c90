//! A draft pasted or downloaded as text from Google Docs with its comments: the
//! document's working title (`the lighthouse ledger — DRAFT 2 (do not share this
//! link!!)`), the writer's notes to self (`NOTES TO SELF (delete before posting): …`,
//! `[TK: check the date]`), the story with each comment's anchor glued where the
//! comment was made (`… older than the town.[a]`, `The wind turned.[e] Outside, …`),
//! an end note (`END — ok I think that's done??`), and under it the comments, one a
//! line after their anchors (`[a]Tamsin Roe: love this first line`), which quote the
//! story.
//!
//! In: a paste's paragraphs, or one. Out: which paragraphs are the document's (its
//! title line, the comments: never read) or the writer's notes (read only with
//! `--notes`), and where the anchors stand in the story's paragraphs (taken out of
//! what is read). A paste is taken for a document with comments only when it ends with
//! them (`[a]`, `[b]`, … in order) and each of their anchors stands in the text above,
//! so that a story with a bracketed letter keeps it.

use super::chrome::{normalized, voice, Chrome, Role, Voice};
use super::page::bracketed;
use super::plain::is_scene_break;

/// The length of a comment's anchor at the start of `text` (`[a]`, `[ab]`): a bracket,
/// one or two lower-case letters, a bracket.
fn anchor_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('[')?;
    let letters = inner
        .find(|character: char| !character.is_ascii_lowercase())
        .unwrap_or(inner.len());
    ((1..=2).contains(&letters) && inner[letters..].starts_with(']')).then_some(letters + 2)
}

/// `[a]Tamsin Roe: love this first line`: a comment under the document, its anchor
/// glued to its text; the anchor.
pub(crate) fn comment_anchor(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let length = anchor_len(text)?;
    text[length..]
        .starts_with(|character: char| !character.is_whitespace())
        .then(|| &text[..length])
}

/// The anchor's order: `[a]` 0, `[z]` 25, `[aa]` 26.
fn anchor_rank(anchor: &str) -> usize {
    let letters: Vec<usize> = anchor
        .trim_matches(['[', ']'])
        .bytes()
        .map(|byte| usize::from(byte - b'a'))
        .collect();
    match letters.as_slice() {
        [one] => *one,
        [first, second] => 26 * (first + 1) + second,
        _ => usize::MAX,
    }
}

/// Where the anchors glued to the text of a paragraph stand (byte ranges), for the
/// anchors in `anchors`: glued to what they follow, not opening a word of their own.
fn anchors_in(text: &str, anchors: &[&str]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('[').map(|at| from + at) {
        let glued = text[..at]
            .chars()
            .next_back()
            .is_some_and(|before| !before.is_whitespace());
        match anchor_len(&text[at..]) {
            Some(length) if glued && anchors.contains(&&text[at..at + length]) => {
                found.push((at, at + length));
                from = at + length;
            }
            _ => from = at + 1,
        }
    }
    found
}

/// Where the comments under a document start: the last comment anchored `[a]`, with
/// the comments after it in order (`[b]`, `[c]`, …, replies a line of their own between
/// them) to the end, and their anchors glued into the text above (most of them: an
/// anchor may be lost in a copy).
fn comments_start(texts: &[&str]) -> Option<usize> {
    let start = texts
        .iter()
        .rposition(|text| comment_anchor(text) == Some("[a]"))
        .filter(|&start| start > 0)?;
    let thread = &texts[start..];
    let anchors: Vec<&str> = thread
        .iter()
        .filter_map(|text| comment_anchor(text))
        .collect();
    let ordered = anchors
        .windows(2)
        .all(|pair| anchor_rank(pair[0]) < anchor_rank(pair[1]));
    // Replies under a comment are lines of their own, fewer than the comments.
    let replies = thread.len() - anchors.len();
    let glued = anchors
        .iter()
        .filter(|anchor| {
            texts[..start]
                .iter()
                .any(|text| !anchors_in(text, &[anchor]).is_empty())
        })
        .count();
    (ordered && replies < anchors.len() && glued * 2 > anchors.len()).then_some(start)
}

/// `the lighthouse ledger — DRAFT 2 (do not share this link!!)`: a document's working
/// title, which names it a draft or asks that it not be shared.
fn is_working_title(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 160
        && (lower.contains("do not share")
            || lower.contains("don't share")
            || lower
                .split(|character: char| !character.is_alphanumeric())
                .any(|word| matches!(word, "draft" | "wip")))
}

/// `NOTES TO SELF (delete before posting): …`: the writer's notes to self over the
/// story, a label in capitals or a plural one with its colon, or a line to delete.
fn is_note_to_self(text: &str) -> bool {
    let text = text.trim();
    let lower = normalized(text);
    // `Note to self: never trust a gull.` is a character's thought.
    let capitals = text.starts_with("NOTES TO SELF") || text.starts_with("NOTE TO SELF");
    let plural = lower
        .strip_prefix("notes to self")
        .is_some_and(|rest| rest.trim_start().starts_with([':', '(']));
    capitals || plural || lower.contains("delete before posting")
}

/// `[TK: check what a keeper's log recorded]`, `[TODO: …]`: a placeholder the writer
/// left in a draft, a paragraph in brackets of its own.
pub(crate) fn is_placeholder(text: &str) -> bool {
    let Some(inner) = bracketed(text) else {
        return false;
    };
    ["TK", "TODO", "FIXME", "TBD"].iter().any(|mark| {
        inner
            .strip_prefix(mark)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', ' ', '-']))
    })
}

/// `END — ok I think that's done?? bit long`: an end mark with the writer's remark run
/// on, in a chat voice.
pub(crate) fn is_end_remark(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 400 {
        return false;
    }
    let rest = ["END", "End", "THE END", "The End", "FIN", "Fin"]
        .iter()
        .find_map(|mark| text.strip_prefix(mark))
        .map(|rest| rest.trim_start());
    let Some(remark) = rest.and_then(|rest| {
        ["\u{2014}", "\u{2013}", "-", ":"]
            .iter()
            .find_map(|dash| rest.strip_prefix(dash))
    }) else {
        return false;
    };
    let remark = remark.trim();
    !remark.is_empty() && voice(remark) == Voice::Chat
}

/// Reads a document with comments: the comments under it and its working title on the
/// first line are the document's; the notes to self over the story and the
/// placeholders in it are the writer's notes; the anchors of the comments are taken out
/// of the story's paragraphs ([`Chrome::removals`]).
pub(crate) fn read_document(texts: &[&str], chrome: &mut Chrome) {
    let Some(start) = comments_start(texts) else {
        return;
    };
    // The rule a download draws over the comments is theirs.
    let rule = start - usize::from(is_scene_break(texts[start - 1]));
    chrome.roles[rule..].fill(Role::Chrome);
    let anchors: Vec<&str> = texts[start..]
        .iter()
        .filter_map(|text| comment_anchor(text))
        .collect();
    if texts.first().is_some_and(|text| is_working_title(text)) {
        chrome.roles[0] = Role::Chrome;
    }
    for (index, text) in texts[..start].iter().enumerate() {
        if is_note_to_self(text) && chrome.roles[index] == Role::Story {
            chrome.roles[index] = Role::Note;
        }
        chrome.removals[index] = anchors_in(text, &anchors);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors() {
        assert_eq!(comment_anchor("[a]Tamsin Roe: love this"), Some("[a]"));
        assert_eq!(comment_anchor("[ab]ooh"), Some("[ab]"));
        assert_eq!(comment_anchor("[a] list item"), None);
        assert_eq!(comment_anchor("[A]Tamsin"), None);
        assert_eq!(comment_anchor("[abc]x"), None);
        let text = "older than the town.[a] The wind turned.[b] A [c] list. \"Six.\"[d]";
        assert_eq!(
            anchors_in(text, &["[a]", "[b]", "[c]", "[d]"]),
            [(20, 23), (40, 43), (62, 65)]
        );
        assert_eq!(anchors_in(text, &["[b]"]), [(40, 43)]);
        assert!(anchor_rank("[z]") < anchor_rank("[aa]"));
    }

    #[test]
    fn lines() {
        for (text, title, note, placeholder, end) in [
            (
                "the lighthouse ledger — DRAFT 2 (do not share this link!!)",
                true,
                false,
                false,
                false,
            ),
            (
                "NOTES TO SELF (delete before posting): prompt was \"a ledger\"",
                false,
                true,
                false,
                false,
            ),
            (
                "[TK: check what a keeper's log recorded??]",
                false,
                false,
                true,
                false,
            ),
            (
                "END — ok I think that's done?? bit long",
                false,
                false,
                false,
                true,
            ),
            // A story's lines.
            ("The Draftsman's Daughter", false, false, false, false),
            (
                "Note to self: never trust a gull.",
                false,
                false,
                false,
                false,
            ),
            (
                "Note to self was the name of the boat.",
                false,
                false,
                false,
                false,
            ),
            (
                "Notes to self were all she kept.",
                false,
                false,
                false,
                false,
            ),
            ("[Quest updated: The Ledger]", false, false, false, false),
            ("End of the line, he said.", false, false, false, false),
            (
                "End — and then the lamp went out.",
                false,
                false,
                false,
                false,
            ),
        ] {
            assert_eq!(is_working_title(text), title, "{text}");
            assert_eq!(is_note_to_self(text), note, "{text}");
            assert_eq!(is_placeholder(text), placeholder, "{text}");
            assert_eq!(is_end_remark(text), end, "{text}");
        }
    }

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_document)
    }

    /// The bug: a Google Doc's comments were read as one paragraph (their quotes of
    /// the story voiced as dialogue), its working title as a heading, the notes to self
    /// as narration, and the comments' anchors in the story's text.
    #[test]
    fn a_documents_comments_and_anchors_are_not_read() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "the lighthouse ledger — DRAFT 2 (do not share this link!!)",
            "NOTES TO SELF (delete before posting): keep it under 3k",
            "The Lighthouse Ledger",
            "The ledger was older than the town.[a]",
            "\"Nobody can spell barometer.\"[b] The wind turned.[c]",
            "________________",
            "[a]Tamsin Roe: love this first line",
            "[b]Priya Dass: \"Nobody can spell barometer.\" is SO nell",
            "Tamsin Roe: I KNOW",
            "[c]Tamsin Roe: ooh",
        ];
        let chrome = read(&texts).assert_roles(&[C, N, S, S, S, C, C, C, C, C]);
        assert_eq!(chrome.removals[3], [(35, 38)]);
        assert_eq!(chrome.removals[4], [(29, 32), (49, 52)]);
    }

    /// A story with bracketed letters, and no comments under it, keeps them.
    #[test]
    fn a_storys_brackets_are_read() {
        let texts = [
            "Draft 2",
            "The form had boxes marked [a] and [b], and she ticked [a].",
            "[a]nd that was that.",
        ];
        let chrome = read(&texts);
        assert!(chrome.is_all_story());
        assert!(chrome.removals.iter().all(Vec::is_empty));
    }
}
