//! Finding quoted spans in a paragraph: straight and curly double quotes, British
//! single quotes told apart from apostrophes, nested quotes, unclosed quotes.

/// Which marks open and close dialogue in a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteStyle {
    /// `"…"` or `“…”`; single quotes inside are nested quotes or apostrophes.
    Double,
    /// `'…'` or `‘…’`; double quotes inside are nested.
    Single,
}

/// A quoted span in a paragraph, as byte offsets into the paragraph's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset just past the closing mark, or the paragraph's end when unclosed.
    pub close: usize,
    /// The content between the marks.
    pub content: (usize, usize),
    pub closed: bool,
}

/// Words that begin with an apostrophe in informal or dialect writing.
const LEADING_ELISIONS: &[&str] = &[
    "em", "tis", "twas", "twere", "twill", "cause", "cos", "coz", "til", "till", "bout", "round",
    "n", "ere", "ave", "im", "ow", "appen", "nuff", "kay", "sup", "fraid", "spose", "s", "t", "d",
    "ll", "re", "ve", "m", "neath", "cept", "gainst", "twixt", "tween", "ello", "ome", "ead",
    "ouse", "alf", "uman", "oo", "ee", "er", "is", "un", "ud",
];

/// Decides the story's dialogue marks from how often each kind opens a quote.
pub fn detect_style<'a>(paragraphs: impl Iterator<Item = &'a str>) -> QuoteStyle {
    let mut double = 0usize;
    let mut single = 0usize;
    for text in paragraphs {
        let characters: Vec<(usize, char)> = text.char_indices().collect();
        for (position, &(_, character)) in characters.iter().enumerate() {
            let previous = position.checked_sub(1).map(|index| characters[index].1);
            let next = characters.get(position + 1).map(|&(_, next)| next);
            match character {
                '"' | '\u{201C}' | '\u{201D}' => double += 1,
                '\'' | '\u{2018}' if opens(previous, next) => {
                    let word = word_after(text, characters[position].0 + character.len_utf8());
                    if !LEADING_ELISIONS.contains(&word.to_lowercase().as_str()) {
                        single += 2;
                    }
                }
                _ => {}
            }
        }
    }
    if single > double {
        QuoteStyle::Single
    } else {
        QuoteStyle::Double
    }
}

fn word_after(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    let end = rest
        .find(|character: char| !character.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

fn is_opening_context(character: Option<char>) -> bool {
    match character {
        None => true,
        Some(character) => {
            character.is_whitespace()
                || matches!(
                    character,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '"'
                        | '\u{201C}'
                        | '\u{2018}'
                        | '\''
                        | '/'
                        | '*'
                        | '_'
                )
        }
    }
}

fn is_closing_context(character: Option<char>) -> bool {
    match character {
        None => true,
        Some(character) => {
            character.is_whitespace() || (!character.is_alphanumeric() && character != '\'')
        }
    }
}

/// A mark that looks like an opening quote: after a space or start, before a non-space.
fn opens(previous: Option<char>, next: Option<char>) -> bool {
    is_opening_context(previous) && next.is_some_and(|next| !next.is_whitespace())
}

/// A mark that looks like a closing quote: after a non-space, before a space, punctuation or end.
fn closes(previous: Option<char>, next: Option<char>) -> bool {
    previous.is_some_and(|previous| !previous.is_whitespace()) && is_closing_context(next)
}

/// Finds the quoted spans of one paragraph.
pub fn find_quotes(text: &str, style: QuoteStyle) -> Vec<QuoteSpan> {
    let characters: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut open_at: Option<(usize, usize)> = None; // (mark offset, content start)
    let mut position = 0;
    while position < characters.len() {
        let (offset, character) = characters[position];
        let previous = position.checked_sub(1).map(|index| characters[index].1);
        let next = characters.get(position + 1).map(|&(_, next)| next);
        let after = offset + character.len_utf8();
        let role = match style {
            QuoteStyle::Double => double_role(character, previous, next, open_at.is_some()),
            QuoteStyle::Single => single_role(text, &characters, position, open_at.is_some()),
        };
        match role {
            Role::Open => {
                if let Some((mark, start)) = open_at.take() {
                    // A new opening mark while a quote is open: the earlier one was never
                    // closed; end it before this mark.
                    spans.push(unclosed(text, mark, start, offset));
                }
                open_at = Some((offset, after));
            }
            Role::Close => {
                if let Some((mark, start)) = open_at.take() {
                    spans.push(QuoteSpan {
                        open: mark,
                        close: after,
                        content: trim_range(text, start, offset),
                        closed: true,
                    });
                }
            }
            Role::Skip(count) => position += count,
            Role::None => {}
        }
        position += 1;
    }
    if let Some((mark, start)) = open_at {
        spans.push(unclosed(text, mark, start, text.len()));
    }
    spans.retain(|span| {
        text[span.content.0..span.content.1]
            .chars()
            .any(char::is_alphanumeric)
    });
    spans
}

fn unclosed(text: &str, mark: usize, start: usize, end: usize) -> QuoteSpan {
    QuoteSpan {
        open: mark,
        close: end,
        content: trim_range(text, start, end),
        closed: false,
    }
}

/// Narrows a byte range to exclude surrounding whitespace.
pub fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (start + leading, start + leading + trimmed.len())
}

enum Role {
    Open,
    Close,
    /// Not a quote mark here; also skip this many following characters.
    Skip(usize),
    None,
}

fn double_role(character: char, previous: Option<char>, next: Option<char>, inside: bool) -> Role {
    match character {
        '\u{201C}' if !inside || is_opening_context(previous) => Role::Open,
        '\u{201C}' => Role::Close, // a reversed curly mark used as closing
        '\u{201D}' if inside => Role::Close,
        '\u{201D}' if opens(previous, next) && !closes(previous, next) => Role::Open,
        '"' => {
            if inside {
                if opens(previous, next)
                    && !closes(previous, next)
                    && previous.is_some_and(char::is_whitespace)
                {
                    Role::Open
                } else {
                    Role::Close
                }
            } else if closes(previous, next) && !opens(previous, next) {
                Role::None
            } else {
                Role::Open
            }
        }
        _ => Role::None,
    }
}

fn single_role(text: &str, characters: &[(usize, char)], position: usize, inside: bool) -> Role {
    let (offset, character) = characters[position];
    if !matches!(character, '\'' | '\u{2018}' | '\u{2019}') {
        return Role::None;
    }
    let previous = position.checked_sub(1).map(|index| characters[index].1);
    let next = characters.get(position + 1).map(|&(_, next)| next);
    let letter_before = previous.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    if letter_before && letter_after {
        return Role::None; // don't, it's, O'Brien
    }
    if character != '\u{2019}' && opens(previous, next) {
        let word = word_after(text, offset + character.len_utf8());
        let lower = word.to_lowercase();
        // The mark may be a three-byte `‘`; `n` is one byte.
        let after_n = offset + character.len_utf8() + 1;
        if lower == "n" && text[after_n..].starts_with(['\'', '\u{2019}']) {
            return Role::Skip(2); // rock 'n' roll
        }
        let elision = LEADING_ELISIONS.contains(&lower.as_str())
            && !opens_capitalized_quote(characters, position, word);
        if elision
            || word
                .chars()
                .next()
                .is_some_and(|first| first.is_ascii_digit())
                && word.len() <= 3
        {
            return Role::None; // 'em, 'tis, '90s
        }
        if !inside {
            return Role::Open;
        }
    }
    if inside && closes(previous, next) {
        // `the boys' toys`: a plural possessive inside a quote, when the sentence goes on
        // in lower case and the quote closes later.
        let possessive = previous == Some('s')
            && next == Some(' ')
            && characters
                .get(position + 2)
                .is_some_and(|&(_, after)| after.is_lowercase())
            && has_later_close(characters, position + 1);
        if !possessive {
            return Role::Close;
        }
    }
    Role::None
}

/// `‘Is it.’ He …`: an elision word (`'is`, `'ere`) written with a capital, and a
/// mark later in the paragraph that closes a sentence (`.’`, `,’`, `?’`), make the
/// mark a quote's opening after all.
fn opens_capitalized_quote(characters: &[(usize, char)], position: usize, word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && (position + 2..characters.len()).any(|later| {
            let (_, character) = characters[later];
            let next = characters.get(later + 1).map(|&(_, next)| next);
            matches!(character, '\'' | '\u{2019}')
                && matches!(
                    characters[later - 1].1,
                    '.' | ',' | '!' | '?' | '\u{2014}' | '\u{2013}' | '-' | '\u{2026}'
                )
                && is_closing_context(next)
        })
}

fn has_later_close(characters: &[(usize, char)], from: usize) -> bool {
    (from..characters.len()).any(|position| {
        let (_, character) = characters[position];
        let next = characters.get(position + 1).map(|&(_, next)| next);
        matches!(character, '\'' | '\u{2019}') && closes(Some(characters[position - 1].1), next)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str, style: QuoteStyle) -> Vec<&str> {
        find_quotes(text, style)
            .iter()
            .map(|span| &text[span.content.0..span.content.1])
            .collect()
    }

    #[test]
    fn double_quote_table() {
        let cases: &[(&str, &[&str])] = &[
            ("\"Hello,\" she said.", &["Hello,"]),
            (
                "\u{201C}Hello,\u{201D} she said, \u{201C}and goodbye.\u{201D}",
                &["Hello,", "and goodbye."],
            ),
            ("\"Stop,\" he said, \"now.\"", &["Stop,", "now."]),
            (
                "\"He said 'no' to me,\" she said.",
                &["He said 'no' to me,"],
            ),
            ("\"I never finished", &["I never finished"]),
            ("No dialogue here.", &[]),
            ("\"\"", &[]),
            ("\"Are you sure?\", I replied.", &["Are you sure?"]),
            ("He nodded. \"Yes.\" Then: \"No.\"", &["Yes.", "No."]),
            (
                "\u{201C}First \u{201C}Second.\u{201D}",
                &["First", "Second."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Double), expected, "{text}");
        }
    }

    #[test]
    fn single_quote_table() {
        let cases: &[(&str, &[&str])] = &[
            ("'Hello,' she said.", &["Hello,"]),
            ("'I don't know,' he said.", &["I don't know,"]),
            (
                "'Give 'em the boys' toys,' she said.",
                &["Give 'em the boys' toys,"],
            ),
            ("'We like rock 'n' roll.'", &["We like rock 'n' roll."]),
            (
                "\u{2018}We like rock \u{2018}n\u{2019} roll.\u{2019}",
                &["We like rock \u{2018}n\u{2019} roll."],
            ),
            (
                "\u{2018}It\u{2019}s mine,\u{2019} said Ann, \u{2018}all of it.\u{2019}",
                &["It\u{2019}s mine,", "all of it."],
            ),
            ("'He said \"run\" and ran.'", &["He said \"run\" and ran."]),
            ("'Twas a night of the boys' games.", &[]),
            ("'Not closed", &["Not closed"]),
            ("The '90s were wild.", &[]),
            // A quote opening with a word that can also be an elision (`'is` for `his`).
            ("\u{2018}Is it.\u{2019} He did not ask.", &["Is it."]),
            ("'Ere, what's this?' he said.", &["Ere, what's this?"]),
            ("I saw 'is hat blow off, and 'im after it.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Single), expected, "{text}");
        }
    }

    #[test]
    fn style_detection() {
        let british = ["'Hello,' she said.", "'Don't,' he said. 'Stop.'"];
        assert_eq!(detect_style(british.iter().copied()), QuoteStyle::Single);
        let american = ["\"Hello,\" she said. \"Don't.\"", "It's 'em."];
        assert_eq!(detect_style(american.iter().copied()), QuoteStyle::Double);
    }
}
