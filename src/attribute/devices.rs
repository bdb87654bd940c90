//! Devices that carry a voice from elsewhere: phones, radios, intercoms.
//!
//! In: a paragraph's tokens. Out: the kinds of device its narration mentions (`The
//! walkie on your hip crackles.` → a radio), so the attributor can give the next
//! line to whoever last spoke over that kind of device: the night manager on the
//! walkie, the caller on the line, the guard on the intercom.

use super::names::{strip_possessive, Mention};
use super::text::{Token, TokenKind};
use super::ParagraphFacts;

/// How many kinds of device there are.
pub const KINDS: usize = 3;

/// The words of each kind: a phone, a radio, an intercom.
const WORDS: [&[&str]; KINDS] = [
    &[
        "phone",
        "telephone",
        "cellphone",
        "speakerphone",
        "receiver",
        "voicemail",
    ],
    &[
        "radio",
        "walkie",
        "walkie-talkie",
        "cb",
        "handset",
        "comm",
        "comms",
        "earpiece",
        "headset",
        "transmitter",
    ],
    &[
        "intercom",
        "tannoy",
        "grille",
        "loudspeaker",
        "speaker",
        "speaking-tube",
    ],
];

/// The length of the longest device word (`walkie-talkie`).
const LONGEST: usize = 13;

/// A set of device kinds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Kinds(u8);

impl Kinds {
    pub fn has(self, kind: usize) -> bool {
        self.0 & (1 << kind) != 0
    }

    pub fn union(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The kinds of device the narration (not the quotes) of `tokens` mentions.
pub fn in_narration(text: &str, tokens: &[Token]) -> Kinds {
    let mut kinds = Kinds::default();
    for token in tokens
        .iter()
        .filter(|token| token.kind == TokenKind::Word && token.quote.is_none())
    {
        for kind in kinds_of(&text[token.start..token.end]) {
            kinds.0 |= 1 << kind;
        }
    }
    kinds
}

/// Whether a word names a device that carries a voice (`intercom`, `radio`).
pub fn is_device_word(word: &str) -> bool {
    kinds_of(word).next().is_some()
}

/// The kinds of device a word names (`walkie's` → a radio).
fn kinds_of(word: &str) -> impl Iterator<Item = usize> + '_ {
    let word = strip_possessive(word);
    // Most words are longer than any device word: skip them without comparing.
    let short = word.len() <= LONGEST;
    WORDS.iter().enumerate().filter_map(move |(kind, words)| {
        (short && words.iter().any(|known| known.eq_ignore_ascii_case(word))).then_some(kind)
    })
}

/// The devices in the narration just before `paragraph`: the up to two paragraphs
/// without quotes that lead up to it (`Your phone buzzes.` ¶ `"Hey, it's me."`).
pub(super) fn just_before(facts: &[ParagraphFacts], paragraph: usize) -> Kinds {
    (paragraph.saturating_sub(2)..paragraph)
        .rev()
        .take_while(|&earlier| facts[earlier].quotes.is_empty())
        .fold(Kinds::default(), |kinds, earlier| {
            kinds.union(facts[earlier].devices)
        })
}

/// Sounds a device makes as it starts to carry a voice (`crackles`, `buzzes`).
const SOUNDS: &[&str] = &[
    "crackle", "crackles", "crackled", "buzz", "buzzes", "buzzed", "hiss", "hisses", "hissed",
    "squawk", "squawks", "squawked", "beep", "beeps", "beeped", "click", "clicks", "clicked",
];

/// `The radio on his shoulder crackles into life.`: where the cast names a device as
/// a speaker (`aliases = ["the radio"]`) and a paragraph without quotes has it make a
/// sound, the device is who speaks next. Returns its characters.
pub(super) fn sounding_speaker(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
) -> Option<Vec<usize>> {
    let sounds = tokens.iter().any(|token| {
        token.kind == TokenKind::Word
            && SOUNDS
                .iter()
                .any(|sound| sound.eq_ignore_ascii_case(&text[token.start..token.end]))
    });
    if !sounds {
        return None;
    }
    let is_device = |token: &Token| {
        let word = &text[token.start..token.end];
        kinds_of(word).next().is_some()
            || MORE_DEVICE_WORDS
                .iter()
                .any(|known| known.eq_ignore_ascii_case(strip_possessive(word)))
    };
    let mut devices = mentions
        .iter()
        .filter(|mention| tokens[mention.first..mention.end].iter().any(is_device));
    let first = devices.next()?;
    // Two devices that are speakers: which one sounds is not said.
    devices.next().is_none().then(|| first.characters.clone())
}

/// Devices a cast may name as a speaker that carry no call (`the megaphone`).
const MORE_DEVICE_WORDS: &[&str] = &["megaphone", "bullhorn", "loudhailer"];

/// On a phone or a radio, `This is Plow Six.`, `It's Dana.` and the radio call
/// `Ladybug, Plow Six.` give the caller's own name (in a room they introduce someone
/// else): where the paragraph's narration, or the narration [`just_before`] it,
/// mentions a device, such a name in a quote counts as the speaker's own.
pub(super) fn identify_callers(facts: &mut [ParagraphFacts]) {
    for paragraph in 0..facts.len() {
        if !facts[paragraph]
            .mentions
            .iter()
            .any(|mention| mention.identifies)
        {
            continue;
        }
        // `"Skip to Tower," over the radio. ¶ "Tower copies."`: the answer to a
        // line over a device comes over it too.
        let answered = paragraph
            .checked_sub(1)
            .filter(|&previous| !facts[previous].quotes.is_empty())
            .map_or(Kinds::default(), |previous| facts[previous].devices);
        let around = just_before(facts, paragraph)
            .union(facts[paragraph].devices)
            .union(answered);
        if !around.is_empty() {
            let fact = &mut facts[paragraph];
            for mention in &mut fact.mentions {
                mention.introduced |= mention.identifies;
            }
            // The caller's own name is no name said to someone (`Ladybug, Plow Six.`).
            for mention in fact.mentions.iter().filter(|mention| mention.identifies) {
                for (_, addressed) in &mut fact.vocatives {
                    addressed.retain(|character| !mention.characters.contains(character));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::text::tokenize;

    /// A paragraph, its quotes' byte ranges, and whether it has a phone, a radio, an
    /// intercom.
    type Case<'a> = (&'a str, &'a [(usize, usize)], [bool; KINDS]);

    #[test]
    fn longest_is_the_longest_word() {
        let longest = WORDS
            .iter()
            .flat_map(|words| words.iter())
            .map(|word| word.len())
            .max();
        assert_eq!(longest, Some(LONGEST));
    }

    #[test]
    fn device_words_in_the_narration() {
        let cases: &[Case] = &[
            (
                "The walkie on your hip crackles.",
                &[],
                [false, true, false],
            ),
            ("Her phone buzzed.", &[], [true, false, false]),
            (
                "Then the speaker grille above the buttons crackled.",
                &[],
                [false, false, true],
            ),
            ("The comm's light blinked.", &[], [false, true, false]),
            ("She sat down.", &[], [false, false, false]),
            // A device named inside a quote is not the narration's.
            (
                "\"Get the phone,\" she said.",
                &[(1, 14)],
                [false, false, false],
            ),
        ];
        for (text, quotes, expected) in cases {
            let tokens = tokenize(text, quotes);
            let kinds = in_narration(text, &tokens);
            let found: Vec<bool> = (0..KINDS).map(|kind| kinds.has(kind)).collect();
            assert_eq!(found, expected.to_vec(), "{text}");
        }
    }
}
