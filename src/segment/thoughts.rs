//! Thoughts: italic or asterisk text that a character thinks (`*Brilliant*, he
//! thought`; `She wondered, _what now?_`) becomes its own segment kind, voiced by the
//! thinker.
//!
//! In: a paragraph's text and its italic ranges. Out: the ranges that are thoughts;
//! after attribution, [`resolve_thinkers`] gives each thought its thinker from the
//! tag beside it (a cast name, `I` → the pov character, a pronoun → the last
//! speaker of that gender), or the narrator when the tag does not say.

use crate::cast::{Cast, Gender};
use crate::model::{Segment, SegmentKind, NARRATOR};

/// Verbs that make a tag a thought tag.
const THOUGHT_VERBS: &[&str] = &[
    "thought",
    "thinks",
    "wondered",
    "wonders",
    "mused",
    "muses",
    "reflected",
    "prayed",
    "prays",
    "realized",
    "realised",
    "reasoned",
    "decided",
];

/// The characters around an italic range that are only markers and joining punctuation.
fn is_filler(character: char) -> bool {
    character.is_whitespace() || matches!(character, '*' | '_' | ',' | ':' | ';' | '—' | '–' | '-')
}

/// The first words after `end`, or the last words before `start`, skipping markers.
fn words_after(text: &str, end: usize) -> Vec<String> {
    let rest = text[end..].trim_start_matches(is_filler);
    let sentence_end = rest
        .find(['.', '!', '?', '"', '\u{201C}'])
        .unwrap_or(rest.len());
    rest[..sentence_end]
        .split_whitespace()
        .take(4)
        .map(clean_word)
        .collect()
}

fn words_before(text: &str, start: usize) -> Vec<String> {
    let before = text[..start].trim_end_matches(is_filler);
    // Just past the sentence's end mark, which may be a multi-byte curly quote.
    let sentence_start = before
        .rfind(['.', '!', '?', '"', '\u{201D}'])
        .map_or(0, |index| {
            index + before[index..].chars().next().map_or(1, char::len_utf8)
        });
    let mut words: Vec<String> = before[sentence_start..]
        .split_whitespace()
        .rev()
        .take(4)
        .map(clean_word)
        .collect();
    words.reverse();
    words
}

fn clean_word(word: &str) -> String {
    word.trim_matches(|character: char| !character.is_alphanumeric() && character != '/')
        .to_string()
}

fn is_thought_verb(word: &str) -> bool {
    THOUGHT_VERBS.contains(&word.to_lowercase().as_str())
}

/// Whether the italic range `range` of `text` is a thought: a thought verb in the
/// clause right after it (`…, he thought`) or right before it (`He thought, …`).
pub fn is_thought(text: &str, range: (usize, usize)) -> bool {
    let after = words_after(text, range.1);
    let before = words_before(text, range.0);
    let tag_after = after.iter().take(3).any(|word| is_thought_verb(word));
    let tag_before = !before.is_empty()
        && before
            .iter()
            .rev()
            .take(2)
            .any(|word| is_thought_verb(word));
    tag_after || tag_before
}

/// The subject of the thought tag beside a thought: the word before or after the verb.
fn tag_subject(text: &str, range: (usize, usize)) -> Option<String> {
    let after = words_after(text, range.1);
    if let Some(verb) = after.iter().position(|word| is_thought_verb(word)) {
        // "he thought" → "he"; "thought Harry" → "Harry"
        let subject = if verb > 0 {
            after[..verb].join(" ")
        } else {
            after.get(1).cloned().unwrap_or_default()
        };
        return Some(subject);
    }
    let before = words_before(text, range.0);
    let verb = before.iter().rposition(|word| is_thought_verb(word))?;
    (verb > 0).then(|| before[..verb].join(" "))
}

/// Gives every thought a speaker: the thinker named or implied by its tag, or the
/// narrator. Needs the paragraphs' texts (`texts[segment.paragraph]`).
pub fn resolve_thinkers(segments: &mut [Segment], texts: &[&str], cast: &Cast) {
    for index in 0..segments.len() {
        if segments[index].kind != SegmentKind::Thought {
            continue;
        }
        let thinker = texts
            .get(segments[index].paragraph)
            .and_then(|text| tag_subject(text, segments[index].local))
            .and_then(|subject| resolve_subject(&subject, &segments[..index], cast));
        let segment = &mut segments[index];
        match thinker {
            Some(speaker) => {
                segment.speaker = speaker;
                segment.confidence = 0.8;
            }
            None => {
                segment.speaker = NARRATOR.to_string();
                segment.confidence = 0.5;
            }
        }
    }
}

fn resolve_subject(subject: &str, earlier: &[Segment], cast: &Cast) -> Option<String> {
    let subject = subject.trim();
    let lower = subject.to_lowercase();
    let pov = cast.pov().map(|character| character.id.clone());
    match lower.as_str() {
        "i" | "you" => return pov,
        "he" | "she" => {
            let gender = if lower == "he" {
                Gender::Male
            } else {
                Gender::Female
            };
            // The latest character of that gender who spoke, as the reader would take it.
            return earlier
                .iter()
                .rev()
                .filter(|segment| {
                    segment.kind.is_spoken_by_character() && segment.speaker != NARRATOR
                })
                .map(|segment| segment.speaker.as_str())
                .find(|speaker| {
                    cast.character(speaker)
                        .and_then(|character| character.gender)
                        == Some(gender)
                })
                .map(str::to_string);
        }
        _ => {}
    }
    cast.characters
        .iter()
        .find(|character| {
            character
                .names()
                .any(|name| !name.is_empty() && (name == subject || subject.ends_with(name)))
        })
        .map(|character| character.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn italic(text: &str, inner: &str) -> (usize, usize) {
        let start = text.find(inner).unwrap();
        (start, start + inner.len())
    }

    #[test]
    fn thought_tags_table() {
        let cases: &[(&str, &str, bool, Option<&str>)] = &[
            ("*Brilliant*, he thought.", "Brilliant", true, Some("he")),
            (
                "*Not again*, thought Harry, and sighed.",
                "Not again",
                true,
                Some("Harry"),
            ),
            ("She wondered, _what now?_", "what now?", true, Some("She")),
            ("I thought: *this is it*.", "this is it", true, Some("I")),
            ("He read *The Times* every day.", "The Times", false, None),
            ("It was *so* cold.", "so", false, None),
            // regression: a thought after a closing curly quote sliced inside the mark
            (
                "\u{201C}Well?\u{201D} *Run*, she thought.",
                "Run",
                true,
                Some("she"),
            ),
            (
                "\u{201C}Well?\u{201D} She thought, *run*.",
                "run",
                true,
                Some("She"),
            ),
        ];
        for (text, inner, thought, subject) in cases {
            let range = italic(text, inner);
            assert_eq!(is_thought(text, range), *thought, "{text}");
            if *thought {
                assert_eq!(tag_subject(text, range).as_deref(), *subject, "{text}");
            }
        }
    }
}
