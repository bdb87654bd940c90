//! Words and punctuation of one paragraph, each marked with the quote it sits in.
//!
//! In: a paragraph's text and the local byte ranges of its dialogue segments.
//! Out: [`Token`]s in order, so the signal finders can look at words around a quote
//! without re-scanning strings.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// A single punctuation character (quote marks included).
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Index (in the paragraph's dialogue list) of the quote the token is inside.
    pub quote: Option<usize>,
}

/// Splits a paragraph into tokens. `quotes` are the local content ranges of its
/// dialogue segments, in order.
pub fn tokenize(text: &str, quotes: &[(usize, usize)]) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 4);
    let mut position = 0;
    let mut quote_cursor = 0;
    while let Some(character) = char_at(text, position) {
        let width = character.len_utf8();
        if character.is_whitespace() {
            position += width;
            continue;
        }
        let start = position;
        let kind = if character.is_alphanumeric() {
            position = word_end(text, position);
            // `Mr.`: keep the period with the abbreviation.
            if bytes.get(position) == Some(&b'.')
                && crate::abbreviations::is_abbreviation(&text[start..position])
            {
                position += 1;
            }
            TokenKind::Word
        } else {
            position += width;
            TokenKind::Punct
        };
        while quote_cursor < quotes.len() && quotes[quote_cursor].1 <= start {
            quote_cursor += 1;
        }
        let quote = quotes
            .get(quote_cursor)
            .filter(|range| range.0 <= start && start < range.1)
            .map(|_| quote_cursor);
        tokens.push(Token {
            start,
            end: position,
            kind,
            quote,
        });
    }
    tokens
}

/// The character at byte `position` (a character boundary), if any; ASCII without
/// decoding, since every character of a story passes through here.
fn char_at(text: &str, position: usize) -> Option<char> {
    match text.as_bytes().get(position) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text[position..].chars().next(),
        None => None,
    }
}

/// End of a word starting at `start`: letters and digits, with inner apostrophes,
/// hyphens and slashes (`don't`, `red-faced`, `Y/N`).
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut position = start;
    while let Some(character) = char_at(text, position) {
        position += character.len_utf8();
        if character.is_alphanumeric() {
            end = position;
            continue;
        }
        let joins = matches!(character, '\'' | '\u{2019}' | '-' | '/');
        if joins && char_at(text, position).is_some_and(char::is_alphanumeric) {
            continue;
        }
        break;
    }
    end
}

/// A word compared without case and without an abbreviation's period.
pub fn normalized(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

/// [`normalized`], written into a reused `buffer`: no allocation for an ASCII word.
pub fn normalized_into<'b>(word: &str, buffer: &'b mut String) -> &'b str {
    lowercase_into(word.trim_end_matches('.'), buffer)
}

/// `word.to_lowercase()`, written into a reused `buffer`: no allocation for an ASCII
/// word, whose lower case is its ASCII lower case.
pub fn lowercase_into<'b>(word: &str, buffer: &'b mut String) -> &'b str {
    buffer.clear();
    if word.is_ascii() {
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else {
        buffer.push_str(&word.to_lowercase());
    }
    buffer
}

/// True for `.`, `!`, `?` and `;` tokens, which end a clause a tag can live in.
pub fn ends_sentence(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(&text[token.start..token.end], "." | "!" | "?" | ";")
}

/// A pronoun with its contraction cut off (`you're` → `you`, `I'm` → `i`), lower case,
/// so a contracted subject still names who acts.
pub fn without_contraction(word: &str) -> String {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    contraction_stem(&lower).to_string()
}

/// [`without_contraction`] of a word already in lower case with straight apostrophes.
fn contraction_stem(lower: &str) -> &str {
    for suffix in ["'m", "'re", "'ve", "'d", "'ll", "'s"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if matches!(stem, "i" | "you" | "we" | "he" | "she" | "they" | "it") {
                return stem;
            }
        }
    }
    lower
}

/// `word` in ASCII lower case with curly apostrophes made straight, written into
/// `buffer`: what `to_lowercase` and the apostrophe replacement of
/// [`without_contraction`] make of it, without allocating. `None` for a word too long
/// for the buffer or with any other non-ASCII character; no such character lowers to
/// an ASCII letter but the Kelvin sign (`k`), so such a word is no pronoun.
fn short_ascii_lower<'b, const N: usize>(word: &str, buffer: &'b mut [u8; N]) -> Option<&'b str> {
    let mut length = 0;
    for character in word.chars() {
        let byte = match character {
            '\u{2019}' => b'\'',
            _ if character.is_ascii() => character.to_ascii_lowercase() as u8,
            _ => return None,
        };
        *buffer.get_mut(length)? = byte;
        length += 1;
    }
    std::str::from_utf8(&buffer[..length]).ok()
}

/// True for the words by which narration speaks of its pov character: the first
/// person (`I`, `me`, `I'm`) and the second person of reader-inserts (`you`, `your`).
pub fn is_pov_word(word: &str) -> bool {
    // Called for every word of the narration: no allocation. Every pov word starts
    // with `i`, `m` or `y` in either case (a non-ASCII first letter lowers to none of
    // them), and the longest, `yourself`, fits the buffer.
    if !matches!(
        word.as_bytes().first(),
        Some(b'i' | b'I' | b'm' | b'M' | b'y' | b'Y')
    ) {
        return false;
    }
    let mut buffer = [0u8; 8];
    let Some(lower) = short_ascii_lower(word, &mut buffer) else {
        return false;
    };
    let pronoun = contraction_stem(lower);
    // `I` only as a capital: a lone lower-case `i` is more often a list marker.
    word.starts_with('I') && pronoun == "i"
        || matches!(
            pronoun,
            "me" | "my" | "myself" | "you" | "your" | "yours" | "yourself"
        )
}

/// True when the word starts with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Option<usize>)> {
        let quotes: Vec<(usize, usize)> = find_contents(text);
        tokenize(text, &quotes)
            .iter()
            .map(|token| (&text[token.start..token.end], token.quote))
            .collect()
    }

    /// Content ranges of straight double quotes, for the tests.
    fn find_contents(text: &str) -> Vec<(usize, usize)> {
        let marks: Vec<usize> = text.match_indices('"').map(|(index, _)| index).collect();
        marks
            .chunks(2)
            .filter(|pair| pair.len() == 2)
            .map(|pair| (pair[0] + 1, pair[1]))
            .collect()
    }

    /// A token's text and the quote it is in.
    type Word<'a> = (&'a str, Option<usize>);

    #[test]
    fn token_table() {
        let cases: &[(&str, &[Word])] = &[
            (
                "Mr. Darcy said.",
                &[("Mr.", None), ("Darcy", None), ("said", None), (".", None)],
            ),
            ("Y/N don't", &[("Y/N", None), ("don't", None)]),
            (
                "\"Go,\" she said.",
                &[
                    ("\"", None),
                    ("Go", Some(0)),
                    (",", Some(0)),
                    ("\"", None),
                    ("she", None),
                    ("said", None),
                    (".", None),
                ],
            ),
            ("red-faced man", &[("red-faced", None), ("man", None)]),
            ("end.", &[("end", None), (".", None)]),
        ];
        for (text, expected) in cases {
            assert_eq!(&words(text), expected, "{text}");
        }
    }

    #[test]
    fn contractions_keep_their_pronoun() {
        for (word, expected) in [
            ("You're", "you"),
            ("I'm", "i"),
            ("she\u{2019}d", "she"),
            ("He's", "he"),
            ("Kylo's", "kylo's"),
            ("you", "you"),
        ] {
            assert_eq!(without_contraction(word), expected, "{word}");
        }
    }

    #[test]
    fn pov_words_agree_with_lower_casing() {
        // What `is_pov_word` computed before it stopped allocating.
        let reference = |word: &str| {
            let pronoun = without_contraction(word);
            word.starts_with('I') && pronoun == "i"
                || matches!(
                    pronoun.as_str(),
                    "me" | "my" | "myself" | "you" | "your" | "yours" | "yourself"
                )
        };
        for word in [
            "I",
            "i",
            "I\u{2019}ll",
            "YOU\u{2019}RE",
            "Yourself",
            "YOURSELF",
            "yourselves",
            "yourself's",
            "me's",
            "You'll",
            "Myself",
            "\u{130}",
            "\u{130}'m",
            "\u{212A}",
            "m\u{212A}",
            "Y\u{2019}",
            "caf\u{e9}",
            "\u{2019}",
            "",
            "it's",
            "we're",
        ] {
            assert_eq!(is_pov_word(word), reference(word), "{word}");
        }
    }

    #[test]
    fn pov_words() {
        for (word, expected) in [
            ("I", true),
            ("I'm", true),
            ("I\u{2019}d", true),
            ("me", true),
            ("My", true),
            ("you", true),
            ("You're", true),
            ("your", true),
            ("i", false),
            ("he", false),
            ("Ilsa", false),
            ("young", false),
        ] {
            assert_eq!(is_pov_word(word), expected, "{word}");
        }
    }
}
