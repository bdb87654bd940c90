//! A Wattpad chapter copied with its paragraph comments showing: under a story
//! paragraph, how many comments it has (`38`), then each comment: the user name on a
//! line of its own, the comment (which may quote the story: `"hopefully not theo"
//! rude 😤`), and its age with the reply button (`3w Reply`); the writer's answers
//! (`@willowmoth …`) stand among them like any other.
//!
//! In: a page's paragraphs, one line each where the comments stand (a block that
//! holds a reply line is cut line by line). Out: which paragraphs are such comments:
//! the site's, never read, since a quote in one was voiced as dialogue.

use super::chrome::{is_count, is_user_name, Role};
use super::page::time_ago_start;

/// How many lines a comment's text may have.
const COMMENT_LINES: usize = 6;

/// The line under a paragraph comment: its age and the reply button (`3w Reply`, `2d
/// Reply`, `1h Reply`, `just now Reply`, `5 days ago · Reply`).
pub(crate) fn is_reply_line(text: &str) -> bool {
    let text = text.trim();
    let Some(age) = text.strip_suffix("Reply") else {
        return false;
    };
    let words: Vec<&str> = age
        .split_whitespace()
        .filter(|word| !matches!(*word, "·" | "•"))
        .collect();
    text.len() <= 40
        && match words.as_slice() {
            [age] => is_short_age(age),
            _ => time_ago_start(&words) == Some(0),
        }
}

/// `3w`, `2d`, `1h`, `5m`, `2mo`, `1y`: a comment's age as Wattpad shortens it.
fn is_short_age(word: &str) -> bool {
    let unit_start = word
        .find(|character: char| !character.is_ascii_digit())
        .unwrap_or(word.len());
    unit_start > 0
        && matches!(
            &word[unit_start..],
            "s" | "m" | "h" | "d" | "w" | "mo" | "y"
        )
}

/// Where the comment that starts at `index` ends (exclusive): a user name, a few lines
/// of text, the reply line.
fn comment_end(texts: &[&str], index: usize) -> Option<usize> {
    if !texts.get(index).is_some_and(|text| is_user_name(text)) {
        return None;
    }
    let reach = texts.len().min(index + 2 + COMMENT_LINES);
    (index + 2..reach)
        .find(|&at| is_reply_line(texts[at]))
        .map(|reply| reply + 1)
}

/// Marks a paragraph's comments as the site's: from the count over them (`38`)
/// through every comment under it. The count is what opens them, so that a story's
/// line shaped like a user name is never taken for a comment's.
pub(crate) fn paragraph_comments(texts: &[&str], roles: &mut [Role]) {
    let mut index = 0;
    while index < texts.len() {
        if !is_count(texts[index].trim()) {
            index += 1;
            continue;
        }
        let mut end = index + 1;
        while let Some(next) = comment_end(texts, end) {
            end = next;
        }
        if end > index + 1 {
            roles[index..end].fill(Role::Chrome);
            index = end;
        } else {
            index += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_lines() {
        for (text, expected) in [
            ("3w Reply", true),
            ("2d Reply", true),
            ("1h Reply", true),
            ("2mo Reply", true),
            ("just now Reply", true),
            ("5 days ago · Reply", true),
            // A story's lines.
            ("Reply", false),
            ("No Reply", false),
            ("3 Reply", false),
            ("She waited for a Reply", false),
        ] {
            assert_eq!(is_reply_line(text), expected, "{text}");
        }
    }

    /// The bug: a chapter copied with its paragraph comments showing had the comments
    /// read as narration, and the story's words they quote voiced as dialogue.
    #[test]
    fn paragraph_comments_are_the_sites() {
        use Role::{Chrome as C, Story as S};
        let cases: &[(&[&str], &[Role])] = &[
            (
                &[
                    "\"We could walk,\" you offered.",
                    "38",
                    "willowmoth",
                    "\"we could walk\" in THIS weather",
                    "3w Reply",
                    "ember_writes",
                    "@willowmoth she will learn",
                    "lol",
                    "2d Reply",
                    "He laughed.",
                ],
                &[S, C, C, C, C, C, C, C, C, S],
            ),
            // A count with no comment under it, or a name with no count over it, is
            // the story's.
            (
                &["The timer read", "38", "Theo", "\"Run.\"", "He ran."],
                &[S, S, S, S, S],
            ),
            (
                &["Theo", "\"Run,\" he said.", "1h Reply", "He ran."],
                &[S, S, S, S],
            ),
        ];
        for (texts, expected) in cases {
            let mut roles = vec![Role::Story; texts.len()];
            paragraph_comments(texts, &mut roles);
            assert_eq!(roles, *expected, "{texts:#?}");
        }
    }
}
