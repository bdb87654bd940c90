//! A fan translation's translator's notes, on whatever page it is posted: the
//! translator's asides inside a story paragraph (`… into the dark (TL: second time!),
//! «are you …»`, also `(T/N: …)`, `(TN: …)`, `(Translator's note: …)`), and footnotes:
//! a list under the story of lines `[1] text`, `[2] text`, whose markers are glued into
//! the story (`the podstakanniki[1], the real ones`, `«… cold.»[2]`). A whole paragraph
//! that is the translator's (`TL note: …`, `(TL: …)`, `TL notes:` over the list) is a
//! labelled note ([`is_note`]).
//!
//! In: a paste's paragraphs and the roles found so far. Out: the footnote list as
//! notes (read only with `--notes`), and the asides and the footnote markers to take
//! out of the story's text ([`Chrome::removals`]). The markers are taken out only where
//! a list under the story has their numbers, so a story's own `[1]` stays.
//!
//! [`is_note`]: super::chrome::is_note

use super::chrome::{Chrome, Role};

/// The labels that open a translator's aside inside parentheses (lower case).
const ASIDE_LABELS: &[&str] = &[
    "tl:",
    "tl note:",
    "t/n:",
    "tn:",
    "translator's note:",
    "translator note:",
];

/// The longest translator's aside inside a paragraph (bytes).
const MAX_ASIDE: usize = 400;

/// The byte ranges of the translator's asides in a paragraph (with the space before
/// each): `(TL: …)`.
fn asides(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut search = 0;
    while let Some(offset) = text[search..].find('(') {
        let open = search + offset;
        let inside = text[open + 1..].to_lowercase().replace('\u{2019}', "'");
        let labelled = ASIDE_LABELS.iter().any(|label| inside.starts_with(label));
        let close = text[open..].find(')').map(|close| open + close + 1);
        match close {
            Some(close) if labelled && close - open <= MAX_ASIDE => {
                let start = text[..open].trim_end().len();
                found.push((start, close));
                search = close;
            }
            _ => search = open + 1,
        }
    }
    found
}

/// `[2] In the original …`: a footnote's number at the start of a text, and the text
/// after it.
fn footnote_start(text: &str) -> Option<(usize, &str)> {
    let rest = text.trim_start().strip_prefix('[')?;
    let (number, text) = rest.split_once(']')?;
    if number.is_empty() || number.len() > 2 || !text.starts_with(' ') || text.trim().is_empty() {
        return None;
    }
    Some((number.parse().ok()?, text))
}

/// The longest label over a footnote list (`TL notes:`, `Translator's notes:`), in words.
const LABEL_WORDS: usize = 4;

/// The footnote numbers a paragraph lists: `[1] …`, or a label and then `[1] … [2] …`
/// (the lines of a block are joined into one paragraph), numbered on from the first.
fn footnote_list(text: &str) -> Vec<usize> {
    let text = text.trim();
    let list = match text.find('[') {
        Some(0) => text,
        Some(at) => {
            let label = text[..at].trim();
            if !label.ends_with(':') || label.split_whitespace().count() > LABEL_WORDS {
                return Vec::new();
            }
            &text[at..]
        }
        None => return Vec::new(),
    };
    let Some((first, mut rest)) = footnote_start(list) else {
        return Vec::new();
    };
    let mut numbers = vec![first];
    loop {
        let next = format!("[{}] ", numbers.len() + first);
        let Some(at) = rest.find(&next) else {
            break;
        };
        numbers.push(numbers.len() + first);
        rest = &rest[at + next.len()..];
    }
    numbers
}

/// The footnote markers glued into a text (`word[1]`, `»[2]`), with their numbers.
fn markers(text: &str) -> Vec<(usize, (usize, usize))> {
    let mut found = Vec::new();
    for (open, _) in text.match_indices('[') {
        let glued = text[..open]
            .chars()
            .next_back()
            .is_some_and(|before| !before.is_whitespace());
        let rest = &text[open + 1..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if glued && (1..=2).contains(&digits) && rest[digits..].starts_with(']') {
            if let Ok(number) = rest[..digits].parse() {
                found.push((number, (open, open + digits + 2)));
            }
        }
    }
    found
}

/// Reads a translation's notes: the footnote list under the story (notes), and the
/// asides and footnote markers in the story's paragraphs (taken out). A list counts
/// only when the story above it, since the list before it, has a marker of its
/// numbers; it takes those markers.
pub(crate) fn read_notes(texts: &[&str], chrome: &mut Chrome) {
    let readable = |role: Role| matches!(role, Role::Story | Role::Heading);
    // Markers not yet taken by a list: paragraph, number, range.
    let mut pending: Vec<(usize, usize, (usize, usize))> = Vec::new();
    for (index, text) in texts.iter().enumerate() {
        let numbers = footnote_list(text);
        if !numbers.is_empty() {
            let (taken, left): (Vec<_>, Vec<_>) = pending
                .into_iter()
                .partition(|(_, number, _)| numbers.contains(number));
            pending = left;
            if !taken.is_empty() && chrome.roles[index] == Role::Story {
                chrome.roles[index] = Role::Note;
            }
            for (paragraph, _, range) in taken {
                chrome.removals[paragraph].push(range);
            }
            continue;
        }
        if readable(chrome.roles[index]) {
            chrome.removals[index].extend(asides(text));
            if text.contains('[') {
                pending.extend(
                    markers(text)
                        .into_iter()
                        .map(|(number, range)| (index, number, range)),
                );
            }
        }
    }
    for removals in &mut chrome.removals {
        removals.sort_unstable();
        removals.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asides_in_a_paragraph() {
        let cases: &[(&str, &[&str])] = &[
            (
                "«Wait,» she said (TL: she means it), «stay.»",
                &[" (TL: she means it)"],
            ),
            (
                "He ran (T/N: fast!) and (tn: very) hid.",
                &[" (T/N: fast!)", " (tn: very)"],
            ),
            ("He ran (fast) and hid (TL none).", &[]),
        ];
        for (text, expected) in cases {
            let found: Vec<&str> = asides(text)
                .into_iter()
                .map(|(start, end)| &text[start..end])
                .collect();
            assert_eq!(found, *expected, "{text}");
        }
    }

    #[test]
    fn footnote_lists() {
        let cases: &[(&str, &[usize])] = &[
            ("TL notes: [1] a kettle. [2] a pun.", &[1, 2]),
            ("[3] a kettle.", &[3]),
            ("Notes: the kettle is real.", &[]),
            ("She read the list out: [1] a kettle.", &[]),
            ("[1]", &[]),
            ("[1] a kettle, [3] a pun.", &[1]),
        ];
        for (text, expected) in cases {
            assert_eq!(footnote_list(text), *expected, "{text}");
        }
    }

    #[test]
    fn markers_listed_under_the_story_are_taken_out() {
        let texts = [
            "The kettle[1] sang. «Drink,» she said.[2]",
            "Item [1] on the list stays: it is not glued.",
            "TL notes: [1] a samovar. [2] a pun.",
        ];
        let chrome = Chrome::read_by(&texts, read_notes).assert_roles(&[
            Role::Story,
            Role::Story,
            Role::Note,
        ]);
        assert_eq!(chrome.removals[0], [(10, 13), (40, 43)]);
        assert!(chrome.removals[1].is_empty());
    }

    #[test]
    fn a_story_without_a_list_keeps_its_brackets() {
        let texts = ["Rule[1] of the house: no singing.", "Rule[2]: none at all."];
        let chrome = Chrome::read_by(&texts, read_notes);
        assert!(chrome.is_all_story());
        assert!(chrome.removals.iter().all(Vec::is_empty));
    }
}
