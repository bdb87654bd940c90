//! Narration that moves the story on in time.
//!
//! In: a paragraph without quotes, tokenized. Out: whether it opens with a jump in
//! time (`At six the wind drops.`, `The next morning, …`, `Two hours later …`), after
//! which the talk before it is over: who spoke then is not taking turns now, as after
//! a scene break.

use super::text::{Token, TokenKind};

/// Hours and parts of the day that `At …` or `By …` jump to.
const TIMES: &[&str] = &[
    "dawn",
    "daybreak",
    "sunrise",
    "noon",
    "midday",
    "dusk",
    "sunset",
    "nightfall",
    "midnight",
    "morning",
    "evening",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "last",
];

/// Parts of the day after `The next`, `Next`, `The following`, `That`, `Later that`.
const DAY_PARTS: &[&str] = &[
    "morning",
    "day",
    "afternoon",
    "evening",
    "night",
    "week",
    "spring",
    "summer",
    "autumn",
    "winter",
];

/// The words of a span of time before `later`.
const SPANS: &[&str] = &[
    "a", "an", "some", "few", "several", "two", "three", "four", "five", "six", "ten", "half",
    "moments", "seconds", "minutes", "minute", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "time", "while", "little",
];

/// Whether the paragraph's first words jump forward in time.
pub(super) fn opens_with_time_skip(text: &str, tokens: &[Token]) -> bool {
    let words: Vec<String> = tokens
        .iter()
        .take_while(|token| token.quote.is_none())
        .filter(|token| token.kind == TokenKind::Word)
        .take(4)
        .map(|token| text[token.start..token.end].to_lowercase())
        .collect();
    let word = |index: usize| words.get(index).map(String::as_str);
    let is_time = |index: usize| word(index).is_some_and(|word| TIMES.contains(&word));
    let is_day_part = |index: usize| word(index).is_some_and(|word| DAY_PARTS.contains(&word));
    match (word(0), word(1)) {
        // `At six`, `By morning` (not `At the door`, `By the time he spoke`).
        (Some("at" | "by"), _) => is_time(1),
        (Some("the"), Some("next" | "following")) => is_day_part(2),
        (Some("next" | "that"), _) => is_day_part(1),
        (Some("later"), Some("that")) => is_day_part(2),
        // `Later, …`, `Hours later`, `Two days later`, `A week later`.
        (Some("later"), _) => tokens.get(1).is_some_and(|token| {
            token.kind == TokenKind::Punct && matches!(&text[token.start..token.end], "," | ".")
        }),
        // `Hours later`, `Two days later`, `A few minutes later`: only a span of
        // time before `later` (not `He came back later`).
        _ => words
            .iter()
            .position(|word| word == "later")
            .is_some_and(|later| {
                later > 0
                    && words[..later]
                        .iter()
                        .all(|word| SPANS.contains(&word.as_str()))
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::text::tokenize;

    #[test]
    fn time_skip_openings() {
        let cases = [
            ("At six the wind drops, all at once.", true),
            ("At dawn they set out.", true),
            ("By morning the snow had stopped.", true),
            ("The next morning, Rose was gone.", true),
            ("Next day he wrote to her.", true),
            ("That night nobody slept.", true),
            ("Later that evening the phone rang.", true),
            ("Later, she found the letter.", true),
            ("Two hours later the door opened.", true),
            ("A week later, a card came.", true),
            ("At the door she turned.", false),
            ("By the time he spoke, she had gone.", false),
            ("That was the end of it.", false),
            ("He came back later.", false),
            ("Moments later she was back.", true),
            ("Rose laughed.", false),
        ];
        for (text, expected) in cases {
            let tokens = tokenize(text, &[]);
            assert_eq!(opens_with_time_skip(text, &tokens), expected, "{text}");
        }
    }
}
