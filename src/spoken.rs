//! The text an engine is given, where it differs from the text as written:
//! reader-insert placeholders (`Y/N`, `(Y/N)`, `[L/N]`, `E/C`, …) become the pov
//! character's name when the cast gives one, and otherwise leave the sentence
//! gracefully — never read out as "Y slash N".
//!
//! In: a segment's text and the pov character's name. Out: `Some(spoken)` when the
//! text had a placeholder, `None` when it is spoken as written.

/// Placeholders for the reader's own name.
const NAME_PLACEHOLDERS: &[&str] = &["Y/N", "F/N", "Y/F/N"];
/// Other reader-insert placeholders: last name, middle name, nickname, colours, length.
const OTHER_PLACEHOLDERS: &[&str] = &[
    "L/N", "Y/L/N", "M/N", "N/N", "E/C", "Y/E/C", "H/C", "Y/H/C", "H/L", "S/C", "F/C", "Y/S/N",
];

/// Whether a name is itself a placeholder (`Y/N`, `(y/n)`), so not sayable.
pub fn is_placeholder(name: &str) -> bool {
    let bare = name
        .trim()
        .trim_start_matches(['(', '[', '{'])
        .trim_end_matches([')', ']', '}']);
    NAME_PLACEHOLDERS
        .iter()
        .chain(OTHER_PLACEHOLDERS)
        .any(|placeholder| placeholder.eq_ignore_ascii_case(bare))
}

/// A placeholder found in a text: its byte range (brackets included) and whether it
/// stands for the reader's name.
struct Found {
    start: usize,
    end: usize,
    is_name: bool,
}

fn find_placeholders(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let word_start = index == 0
            || !(bytes[index - 1] as char).is_ascii_alphanumeric() && bytes[index - 1] != b'/';
        if !word_start || !bytes[index].is_ascii_alphabetic() {
            index += 1;
            continue;
        }
        let candidate = NAME_PLACEHOLDERS
            .iter()
            .map(|placeholder| (placeholder, true))
            .chain(
                OTHER_PLACEHOLDERS
                    .iter()
                    .map(|placeholder| (placeholder, false)),
            )
            .filter(|(placeholder, _)| {
                text.get(index..index + placeholder.len())
                    .is_some_and(|slice| slice.eq_ignore_ascii_case(placeholder))
                    && text[index + placeholder.len()..]
                        .chars()
                        .next()
                        .is_none_or(|next| !next.is_alphanumeric() && next != '/')
            })
            .max_by_key(|(placeholder, _)| placeholder.len());
        match candidate {
            Some((placeholder, is_name)) => {
                let mut start = index;
                let mut end = index + placeholder.len();
                // Brackets around the placeholder go with it: (Y/N), [Y/N], {Y/N}.
                if start > 0 && end < bytes.len() {
                    let pair = (bytes[start - 1], bytes[end]);
                    if matches!(pair, (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        start -= 1;
                        end += 1;
                    }
                }
                found.push(Found {
                    start,
                    end,
                    is_name,
                });
                index = end;
            }
            None => index += 1,
        }
    }
    found
}

/// The text as the engine should get it, when that differs from `text`: control
/// characters (NUL, escapes, bells: never speech, and NUL cannot even be an argument)
/// and emphasis markers (`*so*`, `_so_`) removed, placeholders resolved.
pub fn spoken_form(text: &str, pov_name: Option<&str>) -> Option<String> {
    let clean = strip_control_characters(text);
    let current = clean.as_deref().unwrap_or(text);
    let unmarked = strip_emphasis_markers(current).or(clean);
    match resolve_placeholders(unmarked.as_deref().unwrap_or(text), pov_name) {
        Some(spoken) => Some(spoken),
        None => unmarked,
    }
}

/// Turns control characters into spaces (then drops the extra spaces); an escape
/// sequence's printable tail (`[31m`) is dropped with its ESC.
fn strip_control_characters(text: &str) -> Option<String> {
    if !text.chars().any(char::is_control) {
        return None;
    }
    let mut kept = String::with_capacity(text.len());
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        if character == '\u{1b}' {
            // ESC [ params letter: a terminal escape sequence.
            if characters.peek() == Some(&'[') {
                characters.next();
                for next in characters.by_ref() {
                    if next.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            kept.push(' ');
        } else if character.is_control() {
            kept.push(' ');
        } else {
            kept.push(character);
        }
    }
    Some(kept.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Removes `*` runs and word-edge `_` runs, which engines would read aloud or trip on.
fn strip_emphasis_markers(text: &str) -> Option<String> {
    if !text.contains(['*', '_']) {
        return None;
    }
    let characters: Vec<char> = text.chars().collect();
    let mut kept = String::with_capacity(text.len());
    for (index, &character) in characters.iter().enumerate() {
        let previous = index.checked_sub(1).map(|index| characters[index]);
        let next = characters.get(index + 1).copied();
        let inside_word =
            previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        let marker = character == '*' || (character == '_' && !inside_word);
        if !marker {
            kept.push(character);
        }
    }
    let kept = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    (kept != text).then_some(kept)
}

/// The spoken form of `text`, when it contains a placeholder.
pub fn resolve_placeholders(text: &str, pov_name: Option<&str>) -> Option<String> {
    let found = find_placeholders(text);
    if found.is_empty() {
        return None;
    }
    let name = pov_name.filter(|name| !name.trim().is_empty() && !is_placeholder(name));
    let mut spoken = String::with_capacity(text.len());
    let mut cursor = 0;
    for placeholder in &found {
        let before = &text[cursor..placeholder.start];
        let after = &text[placeholder.end..];
        let replacement = match (placeholder.is_name, name) {
            (true, Some(name)) => name.to_string(),
            (true, None) if is_vocative(before, after) => String::new(),
            (true, None) => "you".to_string(),
            (false, _) => String::new(),
        };
        if replacement.is_empty() {
            // Drop the placeholder and the comma that set it off: "look like, Y/N?"
            // → "look like?", "Y/N, come here" → "come here".
            let trimmed = before.trim_end();
            let trimmed = trimmed.strip_suffix(',').unwrap_or(trimmed);
            spoken.push_str(trimmed);
            spoken.push(' ');
            cursor = placeholder.end;
            if spoken.trim().is_empty() {
                let rest = &text[cursor..];
                cursor += rest.len() - rest.trim_start_matches([',', ' ']).len();
            }
        } else {
            spoken.push_str(before);
            spoken.push_str(&replacement);
            cursor = placeholder.end;
        }
    }
    spoken.push_str(&text[cursor..]);
    let tidy = spoken.split_whitespace().collect::<Vec<_>>().join(" ");
    let tidy = tidy
        .replace(" ,", ",")
        .replace(" .", ".")
        .replace(" ?", "?")
        .replace(" !", "!");
    let mut characters = tidy.chars();
    let capitalised = match characters.next() {
        Some(first)
            if text.starts_with(|character: char| character.is_uppercase())
                || found[0].start == 0 =>
        {
            first.to_uppercase().chain(characters).collect()
        }
        Some(first) => std::iter::once(first).chain(characters).collect(),
        None => String::new(),
    };
    Some(capitalised)
}

/// A placeholder used as a vocative: set off by a comma or the edge of the sentence.
fn is_vocative(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let after = after.trim_start();
    let opens = before.is_empty() || before.ends_with([',', '.', '!', '?', '"', '\u{201C}']);
    let closes = after.is_empty() || after.starts_with([',', '.', '!', '?', '"', '\u{201D}', ';']);
    opens && closes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_table() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            (
                "What does it look like, Y/N?",
                None,
                Some("What does it look like?"),
            ),
            (
                "What does it look like, Y/N?",
                Some("Rey"),
                Some("What does it look like, Rey?"),
            ),
            ("Y/N, come here.", None, Some("Come here.")),
            (
                "(Y/N) smiled at him.",
                Some("Rey"),
                Some("Rey smiled at him."),
            ),
            (
                "Kylo and Y/N, both leading members",
                Some("Y/N"),
                Some("Kylo and you, both leading members"),
            ),
            ("Her [E/C] eyes widened.", None, Some("Her eyes widened.")),
            (
                "Mrs. y/n l/n walked in.",
                Some("Ann"),
                Some("Mrs. Ann walked in."),
            ),
            (
                "No placeholders and/or slashes w/o them.",
                Some("Ann"),
                None,
            ),
            ("Hello there.", None, None),
        ];
        for (text, name, expected) in cases {
            assert_eq!(
                resolve_placeholders(text, *name).as_deref(),
                *expected,
                "{text}"
            );
        }
    }

    #[test]
    fn emphasis_markers_are_not_spoken() {
        assert_eq!(
            spoken_form("It was *so* cold.", None).as_deref(),
            Some("It was so cold.")
        );
        assert_eq!(spoken_form("snake_case stays", None), None);
        assert_eq!(spoken_form("_Run_, Y/N!", None).as_deref(), Some("Run!"));
    }

    #[test]
    fn control_characters_are_not_spoken() {
        assert_eq!(
            spoken_form("Bell\u{7} and \u{1b}[31mred\u{0}.", None).as_deref(),
            Some("Bell and red .")
        );
        assert_eq!(spoken_form("Tab\there", None).as_deref(), Some("Tab here"));
    }

    #[test]
    fn placeholder_names() {
        assert!(is_placeholder("Y/N"));
        assert!(is_placeholder("(y/n)"));
        assert!(!is_placeholder("Rey"));
    }
}
