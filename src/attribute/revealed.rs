//! Narration that says, after a line, whose voice it was.
//!
//! In: the tokens of the paragraph after a unit. Out: where that narration turns to
//! the voice or to someone startled by it (`The voice comes from the back of the
//! house.`, `You jump so hard you nearly drop the apple.`), so that the character it
//! then names (`Cole is jogging down the aisle`, `Ezra is leaning on the ladder`) is
//! read as the one who spoke. Written for a line that comes out of nowhere, before
//! the story says who is there.

use super::text::{Token, TokenKind};

/// Words that turn the narration to a voice just heard, lower case.
const CUES: &[&str] = &[
    "voice", "voices", "jump", "jumps", "jumped", "startle", "startles", "startled", "spin",
    "spins", "spun", "whirl", "whirls", "whirled",
];

/// The token index of the first cue word in the narration (not the quotes).
pub fn cue(text: &str, tokens: &[Token]) -> Option<usize> {
    tokens.iter().position(|token| {
        token.kind == TokenKind::Word
            && token.quote.is_none()
            && CUES
                .iter()
                .any(|cue| cue.eq_ignore_ascii_case(&text[token.start..token.end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::text::tokenize;

    #[test]
    fn cue_words_in_the_narration() {
        for (text, quotes, expected) in [
            (
                "The voice comes from the back of the house.",
                &[][..],
                Some(1),
            ),
            ("You jump so hard you nearly drop the apple.", &[], Some(1)),
            ("Rose spun round.", &[], Some(1)),
            ("She sat down.", &[], None),
            // A voice named inside a quote is not the narration's.
            ("\"Lower your voice,\" he said.", &[(1, 17)][..], None),
        ] {
            let tokens = tokenize(text, quotes);
            assert_eq!(cue(text, &tokens), expected, "{text}");
        }
    }
}
