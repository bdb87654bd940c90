//! The cast's `[pronounce]` table: written forms replaced by spoken forms in the text
//! every engine receives.
//!
//! In: the table (written → spoken, in file order) and a segment's text as written.
//! Out: the text as spoken. Matches are whole words (`Ren` never changes `Rent`),
//! case as written, longest written form first, in one pass so a spoken form is never
//! replaced again. A written form in lower case also matches its capitalised form at
//! the start of a sentence (`sith` → `Sith`), keeping the capital. The spoken text is
//! part of the clip cache key, so changing an entry re-synthesizes only the lines that
//! contain it.

/// Sets each segment's spoken text (`say`) to its text with `table` applied; the
/// written text (for the script and the timeline) stays as it was.
pub fn apply_to_segments(table: &[(String, String)], segments: &mut [crate::model::Segment]) {
    if table.is_empty() {
        return;
    }
    for segment in segments {
        let spoken = apply(table, segment.spoken());
        if spoken != segment.spoken() {
            segment.say = Some(spoken);
        }
    }
}

/// Applies `table` to `text`.
pub fn apply(table: &[(String, String)], text: &str) -> String {
    if table.is_empty() {
        return text.to_string();
    }
    // Longest first, so `Kylo Ren` wins over `Kylo`.
    let mut entries: Vec<(&str, &str)> = table
        .iter()
        .filter(|(written, _)| !written.is_empty())
        .map(|(written, spoken)| (written.as_str(), spoken.as_str()))
        .collect();
    entries.sort_by_key(|(written, _)| std::cmp::Reverse(written.len()));
    let mut spoken = String::with_capacity(text.len());
    let mut position = 0;
    'scan: while position < text.len() {
        let rest = &text[position..];
        let boundary_before = text[..position]
            .chars()
            .next_back()
            .is_none_or(|previous| !previous.is_alphanumeric());
        for (written, replacement) in &entries {
            if let Some((length, capitalised)) = match_at(rest, written) {
                let starts_word = written.chars().next().is_some_and(char::is_alphanumeric);
                let ends_word = written
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let boundary_after = rest[length..]
                    .chars()
                    .next()
                    .is_none_or(|next| !next.is_alphanumeric());
                if (!starts_word || boundary_before) && (!ends_word || boundary_after) {
                    if capitalised {
                        spoken.push_str(&capitalise(replacement));
                    } else {
                        spoken.push_str(replacement);
                    }
                    position += length;
                    continue 'scan;
                }
            }
        }
        let character = rest.chars().next().map_or(1, char::len_utf8);
        spoken.push_str(&rest[..character]);
        position += character;
    }
    spoken
}

/// Whether `rest` starts with `written` (or, for a lower-case form, its capitalised
/// form); returns the length matched and whether it was capitalised.
fn match_at(rest: &str, written: &str) -> Option<(usize, bool)> {
    if rest.starts_with(written) {
        return Some((written.len(), false));
    }
    let first = written.chars().next()?;
    if !first.is_lowercase() {
        return None;
    }
    let capitalised = capitalise(written);
    rest.starts_with(&capitalised)
        .then_some((capitalised.len(), true))
}

fn capitalise(word: &str) -> String {
    let mut characters = word.chars();
    match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(entries: &[(&str, &str)]) -> Vec<(String, String)> {
        entries
            .iter()
            .map(|(written, spoken)| (written.to_string(), spoken.to_string()))
            .collect()
    }

    #[test]
    fn whole_words_longest_first_one_pass() {
        let table = table(&[
            ("Ren", "Wren"),
            ("Kylo Ren", "Kai-lo Ren"),
            ("Y/N", "you"),
            ("sith", "sith lord"),
            ("Dr.", "Doctor"),
        ]);
        let cases = [
            ("Ren said", "Wren said"),
            ("Rent is due, Ren.", "Rent is due, Wren."),
            ("Kylo Ren left", "Kai-lo Ren left"),
            ("Y/N smiled at Y/N's friend", "you smiled at you's friend"),
            ("Sith and sith", "Sith lord and sith lord"),
            ("Dr. Who and Dr.No", "Doctor Who and DoctorNo"),
            ("Sithly", "Sithly"),
            ("", ""),
            ("naïve Ren—Ren", "naïve Wren—Wren"),
        ];
        for (text, expected) in cases {
            assert_eq!(apply(&table, text), expected, "{text}");
        }
    }

    #[test]
    fn empty_table_keeps_text() {
        assert_eq!(apply(&[], "Anything {out} at all"), "Anything {out} at all");
    }
}
