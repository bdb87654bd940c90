//! Fixes from the cast file: a person pins the speaker of a line.
//!
//! In: the cast's `[[fix]]` entries (the first words of a quote, an optional
//! 1-based occurrence, a speaker) and the story's dialogue units. Out: the units
//! pinned to a speaker, and a message for every fix that matched no quote.

use std::collections::HashMap;

use super::{Candidates, Unit};
use crate::cast::Cast;
use crate::model::{Segment, SegmentKind};

/// Fixes resolved against the story.
#[derive(Debug, Default)]
pub struct Resolved {
    /// Unit index to candidate index.
    pub pinned: HashMap<usize, usize>,
    pub unmatched: Vec<String>,
}

/// Lower-case words only, so quote marks, punctuation and line breaks never stop a match.
fn simplified(text: &str) -> String {
    let mut simple = String::with_capacity(text.len());
    for word in text.split(|character: char| {
        !character.is_alphanumeric() && character != '\'' && character != '\u{2019}'
    }) {
        let word =
            word.trim_matches(|character: char| character == '\'' || character == '\u{2019}');
        if word.is_empty() {
            continue;
        }
        if !simple.is_empty() {
            simple.push(' ');
        }
        simple.extend(word.chars().flat_map(char::to_lowercase));
    }
    simple
}

/// Finds each fix's quote and pins its unit.
pub(super) fn resolve(
    cast: &Cast,
    segments: &[Segment],
    units: &[Unit],
    candidates: &mut Candidates,
) -> Resolved {
    let mut resolved = Resolved::default();
    if cast.fixes.is_empty() {
        return resolved;
    }
    let mut unit_of_segment = HashMap::new();
    for (unit_index, unit) in units.iter().enumerate() {
        for &segment in &unit.segments {
            unit_of_segment.insert(segment, unit_index);
        }
    }
    let starts: Vec<(usize, String)> = segments
        .iter()
        .enumerate()
        .filter(|(_, segment)| segment.kind == SegmentKind::Dialogue && !segment.quote.continued)
        .map(|(position, segment)| (position, simplified(&segment.text)))
        .collect();
    for fix in &cast.fixes {
        let wanted = simplified(&fix.quote);
        let occurrence = fix.occurrence.unwrap_or(1).max(1);
        let matching: Vec<usize> = starts
            .iter()
            .filter(|(_, text)| {
                !wanted.is_empty() && (text == &wanted || text.starts_with(&format!("{wanted} ")))
            })
            .map(|(position, _)| *position)
            .collect();
        let Some(&segment) = matching.get(occurrence - 1) else {
            let shown = match fix.occurrence {
                Some(number) => format!("`{}` (occurrence {number})", fix.quote),
                None => format!("`{}`", fix.quote),
            };
            let found = match matching.len() {
                0 => "no quote starts with those words".to_string(),
                1 => "only 1 quote starts with those words".to_string(),
                count => format!("only {count} quotes start with those words"),
            };
            resolved
                .unmatched
                .push(format!("fix for {shown} matches no line: {found}"));
            continue;
        };
        let Some(&unit) = unit_of_segment.get(&segment) else {
            continue;
        };
        let speaker = speaker_index(cast, &fix.speaker, candidates);
        resolved.pinned.entry(unit).or_insert(speaker);
    }
    resolved
}

/// The candidate a fix names: a cast id, a cast name or alias, or a new speaker.
fn speaker_index(cast: &Cast, speaker: &str, candidates: &mut Candidates) -> usize {
    if let Some(position) = candidates.ids.iter().position(|id| id == speaker) {
        return position;
    }
    let by_name = cast.characters.iter().position(|character| {
        character
            .names()
            .any(|name| name.eq_ignore_ascii_case(speaker))
    });
    match by_name {
        Some(position) => position,
        None => candidates.ensure(&super::slug(speaker), speaker, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_table() {
        for (text, expected) in [
            ("Hello, world!", "hello world"),
            ("\u{201C}Don\u{2019}t go\u{201D}", "don\u{2019}t go"),
            ("  Line\nbreak ", "line break"),
        ] {
            assert_eq!(simplified(text), expected);
        }
    }
}
