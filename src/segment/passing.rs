//! Quotes that are no one's line: words quoted in passing inside a narration sentence
//! (`looked at the words "strange lights over the farm" and sent`), titles
//! (`throws himself at “Burning Heart Highway” like`) and names in a LitRPG system box.
//!
//! In: a paragraph's text and one quote span the quote finder found in it. Out:
//! whether the segmenter should leave that span in the narration.

use super::QuoteSpan;
use crate::speech_verbs::is_speech_verb;

/// Whether a quote stands inside a LitRPG system box after its label, `[Quest updated:
/// “The Goblin Toll” (1 of 3)]`: the name of a quest, a skill or a title, which the
/// narrator reads with the box, not a line of dialogue.
pub(super) fn in_system_box(text: &str, span: &QuoteSpan) -> bool {
    let before = &text[..span.open];
    let Some(open) = before.rfind('[') else {
        return false;
    };
    let label = &before[open + 1..];
    let after = &text[span.close..];
    let closed = after
        .find(']')
        .is_some_and(|close| !after[..close].contains('['));
    closed
        && !label.contains(']')
        && label.trim_end().ends_with(':')
        && label.split_whitespace().count() <= 4
        && label.chars().next().is_some_and(char::is_alphabetic)
}

/// Whether a quote is words quoted in the middle of a sentence, not a line anyone
/// speaks: `looked at the words "strange lights over the farm" and sent`. It opens
/// on a lower-case word, ends without punctuation, and the sentence runs on through
/// it from a word before it to a lower-case word or a stop after it. After a speech
/// verb the words are said (`Tilly says 'ew' with enormous satisfaction`, `Tikk
/// says it "has feelings".`), and so is a phrase of a few words that ends its sentence
/// (`who wanted to try the rails 'with a little more brass'. By the fifth take`) or
/// that is what someone called a thing (`called his boat "a bathtub with ideas" on the
/// radio`): someone's words reported, not a term (`She called it "the thing".`).
pub(super) fn quoted_in_passing(text: &str, span: &QuoteSpan) -> bool {
    let content = &text[span.content.0..span.content.1];
    let phrase = content.split_whitespace().count() >= REPORTED_WORDS;
    // A phrase someone called a thing (`had once called his boat "a bathtub with ideas"
    // on the radio`) is their words, as a phrase that ends its sentence is; a name is
    // shorter (`called it "the thing"`).
    let called = phrase
        && words_before(text, span.open)
            .take(CALLED_REACH)
            .any(|word| word.to_lowercase().starts_with("call"));
    // A speech verb right before the words, or before `it` or `that` (`says it "has
    // feelings".`); not `called her "carrots"` nor `repeated the "oath"`.
    let mut words_before = words_before(text, span.open);
    // `called it "the thing"` names it.
    let says = |word: &str| is_speech_verb(word) && !word.to_lowercase().starts_with("call");
    let last = words_before.next().unwrap_or_default();
    let said = says(last)
        || (matches!(last, "it" | "that") && words_before.next().is_some_and(says))
        || reports_speech(text, span)
        || called;
    let after = &text[span.close..];
    let runs_on = after.starts_with(['.', ',', ';'])
        || after
            .strip_prefix(' ')
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_lowercase);
    let ends_sentence = after
        .strip_prefix(['.', '!', '?'])
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace));
    span.closed
        && !(ends_sentence && phrase)
        && content.chars().next().is_some_and(char::is_lowercase)
        && content.chars().last().is_some_and(char::is_alphanumeric)
        && !last.is_empty()
        && !said
        && runs_on
}

/// Whether a quote of two words or more stands in a clause that reports speech: a
/// speech verb, then `that`, then the quote in the same clause (`Kaoru had said, on
/// the phone, in a voice that was way too innocent, that "a few people from class"
/// might be there`, `He had told us at lunch that this was “our festival”`), with no
/// other quote in the sentence before it. The words quoted are the speaker's, however
/// few; a single word is a term (`his opinion that he was a "sneak"`), and past a
/// new clause (`, and Moody was "licked"`) it is the narrator's.
fn reports_speech(text: &str, span: &QuoteSpan) -> bool {
    if text[span.content.0..span.content.1]
        .split_whitespace()
        .count()
        < 2
    {
        return false;
    }
    let before = &text[..span.open];
    let sentence_start = before
        .match_indices(['.', '!', '?'])
        .filter(|&(at, _)| before[at + 1..].starts_with(char::is_whitespace))
        .map(|(at, _)| at + 1)
        .next_back()
        .unwrap_or(0);
    let sentence = &before[sentence_start..];
    if sentence.contains(['"', '\u{201C}', '\u{201D}', '\u{2018}']) {
        return false;
    }
    let mut spoken = false;
    let mut clause = None;
    let words = sentence
        .split(|character: char| !character.is_alphabetic())
        .filter(|word| !word.is_empty())
        // Each word's offset in the sentence: it is a slice of it.
        .map(|word| (word.as_ptr() as usize - sentence.as_ptr() as usize, word));
    for (at, word) in words {
        if spoken && word == "that" {
            clause = Some(at + word.len());
        }
        spoken = spoken || is_speech_verb(word) && !word.to_lowercase().starts_with("call");
    }
    clause.is_some_and(|from| {
        let clause = &sentence[from..];
        !clause.contains([';', ':']) && !clause.contains(", and ") && !clause.contains(", but ")
    })
}

/// The fewest words of a quoted phrase that ends its sentence, or that someone called
/// a thing, for it to be someone's words reported (see [`quoted_in_passing`]); a term
/// or a name in quotes is shorter.
const REPORTED_WORDS: usize = 4;

/// How many words before a quote a `call` may stand for the quote to be what someone
/// called a thing: the verb and its object (`called his boat`, `called her co-driver`).
const CALLED_REACH: usize = 4;

/// The words right before a quote's opening mark, the nearest first, when only
/// spaces stand between them and the mark (`the words "strange…`); none after a
/// dash, a colon or a mark glued to a word.
fn words_before(text: &str, open: usize) -> impl Iterator<Item = &str> {
    let before = text[..open].trim_end_matches(' ');
    let spaced = before.len() < open;
    before
        .rsplit(|character: char| !character.is_alphabetic())
        .take_while(move |word| spaced && !word.is_empty())
}

/// Words a title in quotes follows inside a narration sentence: articles,
/// prepositions, `as` and `than`, and the verbs that name a work (`knows “Static
/// Bloom.”`, `a song titled “Low Tide”`). No speech verb: said words are a line.
const TITLE_LEADS: &[&str] = &[
    "at", "to", "of", "in", "on", "into", "onto", "from", "with", "by", "for", "than", "about",
    "like", "as", "over", "through", "knows", "know", "knew", "titled", "entitled", "named",
];

/// Works a title names, which it may follow or stand beside between commas (`the song
/// “Low Tide”`, `the final song, ‘Little Donkey’, sung by`).
const WORKS: &[&str] = &[
    "song", "hymn", "carol", "tune", "album", "single", "track", "book", "novel", "poem", "play",
    "film", "movie", "show", "episode", "musical", "opera", "painting",
];

/// Small words a title leaves lower-case between its capitalised ones.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
];

/// Whether a quote is a title named inside a narration sentence, not a line anyone
/// speaks: two to six capitalised words (small words between them lower-case, a
/// bracketed word too: `Cook (Provisional)`), no stop inside but one at the end
/// (`knows “Static Bloom.”`), after an article, a preposition or a verb that names a
/// work (`throws himself at “Burning Heart Highway” like`, `better than “Static
/// Bloom.” It’s`, `lists my job as "Cook (Provisional)"`); or, all in capitals, after
/// a name in capitals and a dash, as a title card shows it (`SIGNAL//NOISE — “STATIC
/// BLOOM.”`). The lower-case words of [`quoted_in_passing`], in title case.
pub(super) fn quoted_title(text: &str, span: &QuoteSpan) -> bool {
    let content = text[span.content.0..span.content.1].trim();
    let content = content.strip_suffix('.').unwrap_or(content);
    let words: Vec<&str> = content.split_whitespace().collect();
    let capital = |word: &str| {
        word.trim_start_matches('(')
            .chars()
            .next()
            .is_some_and(|character| character.is_uppercase() || character.is_ascii_digit())
    };
    let title_case = words.first().is_some_and(|word| capital(word))
        && words.last().is_some_and(|word| capital(word))
        && words
            .iter()
            .all(|word| capital(word) || TITLE_SMALL_WORDS.contains(word));
    if !span.closed
        || !(2..=6).contains(&words.len())
        || !title_case
        || content.contains(['.', ',', '!', '?', ';', ':', '\u{2014}', '\u{2026}'])
    {
        return false;
    }
    let before = &text[..span.open];
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() || trimmed.is_empty() {
        return false;
    }
    if let Some(last) = words_before(text, span.open).next() {
        return TITLE_LEADS.contains(&last) || WORKS.contains(&last.to_lowercase().as_str());
    }
    // Set off by commas after the work it names: `the final song, ‘Little Donkey’, sung
    // by`.
    if let Some(noun) = trimmed.strip_suffix(',') {
        let noun = noun
            .rsplit(|character: char| !character.is_alphabetic())
            .next()
            .unwrap_or_default()
            .to_lowercase();
        return WORKS.contains(&noun.as_str()) && text[span.close..].starts_with(',');
    }
    // A title card: `SIGNAL//NOISE — “STATIC BLOOM.”`.
    let Some(name) = trimmed
        .strip_suffix(['\u{2014}', '\u{2013}'])
        .map(|rest| rest.trim_end_matches(' '))
    else {
        return false;
    };
    let name = name.rsplit(' ').next().unwrap_or_default();
    let shouted =
        |text: &str| text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    name.chars()
        .filter(|character| character.is_alphabetic())
        .count()
        >= 2
        && shouted(name)
        && shouted(content)
}

#[cfg(test)]
mod tests {
    use crate::model::{Document, Paragraph, ParagraphKind, SegmentKind};
    use crate::segment::segment;
    use crate::segment::tests::dialogue_of;

    /// The bug: words quoted inside a narration sentence (`looked at the words
    /// "strange lights over the farm" and sent`) were a line of dialogue, voiced by
    /// whoever spoke last. Said words stay dialogue.
    #[test]
    fn words_quoted_in_passing_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "He looked at the words \"strange lights over the farm\" and sent us.",
                &[],
            ),
            ("She called it \"the thing\".", &[]),
            ("The door was marked 'closed', so we left.", &[]),
            ("Tilly says 'ew' with enormous satisfaction.", &["ew"]),
            (
                "Tikk says it \"has feelings\". I tried it.",
                &["has feelings"],
            ),
            ("\"go away\" and then she left.", &["go away"]),
            ("He said, \"fine\" and left.", &["fine"]),
            ("We heard \"Fire!\" and ran.", &["Fire!"]),
            ("\"Go,\" she said, \"now\".", &["Go,", "now"]),
            // Someone's words reported at a sentence's end, in British singles.
            (
                "Ada, who wanted the bells 'a little louder this time'. By noon they were.",
                &["a little louder this time"],
            ),
            ("He wanted 'more salt'. Nobody listened.", &[]),
            // A phrase someone called a thing is their words; a name is a term.
            (
                "She had once called his boat \"a bathtub with ideas\" on the radio.",
                &["a bathtub with ideas"],
            ),
            ("He called her \"carrots\" in front of everyone.", &[]),
            ("They called the shed \"the annexe\" for years.", &[]),
            // Words quoted in a clause that reports speech are the speaker's, however
            // short (the bug: `that "a few people from class" might be there`).
            (
                "Mira had said, on the phone, that \"two friends from work\" might come.",
                &["two friends from work"],
            ),
            (
                "He told us that this was \u{201C}our stall\u{201D} and left.",
                &["our stall"],
            ),
            // Not after a speech verb, past another quote or a new clause, or one word:
            // a term.
            ("She knew that \"the box\" was his.", &[]),
            ("He said that I was a \"sneak\" and left.", &[]),
            (
                "He said that I lied, and I was \"in trouble\" all week.",
                &[],
            ),
            (
                "\"Fine,\" he said, and she knew that \"the box\" was his.",
                &["Fine,"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&dialogue_of(text), expected, "{text}");
        }
    }

    /// The bug: titles quoted inside a narration sentence (`throws himself at “Burning
    /// Heart Highway” like`, `everyone here knows “Static Bloom.”`, a title card
    /// `SIGNAL//NOISE — “STATIC BLOOM.”`, `lists my job as "Cook (Provisional)"`) were
    /// lines of dialogue. A line in title case after a speech verb, or opening its
    /// sentence, stays one.
    #[test]
    fn titles_quoted_in_a_narration_sentence_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "He throws himself at \"Burning Heart Highway\" like a drum.",
                &[],
            ),
            ("Everyone here knows \"Static Bloom.\"", &[]),
            ("It was better than \"Static Bloom.\" It was better.", &[]),
            ("The card says: SIGNAL — \"STATIC BLOOM.\"", &[]),
            ("The manifest lists my job as \"Cook (Provisional)\"", &[]),
            ("A song titled \"Low Tide\" came on.", &[]),
            (
                "Then the last song, \u{2018}Away in the Barn\u{2019}, sung by all of them.",
                &[],
            ),
            ("They played the song \"Low Tide\" twice.", &[]),
            ("She said, \"Good Morning\", and left.", &["Good Morning"]),
            ("He shouted \"Good Morning\" at the sea.", &["Good Morning"]),
            (
                "\"Special Commendation. For Good Work,\" she read.",
                &["Special Commendation. For Good Work,"],
            ),
            ("\"Happy Birthday,\" she said.", &["Happy Birthday,"]),
            ("She turned to him. \"Thank You.\"", &["Thank You."]),
            (
                "They stood at \"Attention, Sir!\" all day.",
                &["Attention, Sir!"],
            ),
            ("He ran \u{2014} \"STOP THAT!\"", &["STOP THAT!"]),
            ("Look at \"Fire\" there.", &["Fire"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&dialogue_of(text), expected, "{text}");
        }
    }

    /// The bug: a quest's name in a LitRPG system box (`[Quest updated: “The Drowned
    /// Bell” (attempt 5)]`) was voiced as dialogue, and the box read in three pieces.
    #[test]
    fn a_quoted_name_in_a_system_box_is_narration() {
        use SegmentKind::*;
        let cases: &[(&str, &[(SegmentKind, &str)])] = &[
            (
                "[Quest updated: \u{201C}The Goblin Toll\u{201D} (1 of 3)]\n",
                &[(
                    Narration,
                    "[Quest updated: \u{201C}The Goblin Toll\u{201D} (1 of 3)]",
                )],
            ),
            (
                "The box said [Title earned: \"Bridge Troll\"] and Pell groaned.\n",
                &[(
                    Narration,
                    "The box said [Title earned: \"Bridge Troll\"] and Pell groaned.",
                )],
            ),
            // Speech in brackets without a label, or beside a box, is dialogue.
            (
                "[\"Help,\" the radio said.]\n",
                &[(Dialogue, "Help,"), (Narration, "the radio said.]")],
            ),
            (
                "[Quest updated] \"Great,\" said Pell.\n",
                &[
                    (Narration, "[Quest updated]"),
                    (Dialogue, "Great,"),
                    (Narration, "said Pell."),
                ],
            ),
        ];
        for (source, expected) in cases {
            let document = Document {
                paragraphs: vec![Paragraph::new(ParagraphKind::Body, source.trim(), None)],
                ..Document::default()
            };
            let got: Vec<(SegmentKind, String)> = segment(&document)
                .into_iter()
                .map(|segment| (segment.kind, segment.text))
                .collect();
            let got: Vec<(SegmentKind, &str)> = got
                .iter()
                .map(|(kind, text)| (*kind, text.as_str()))
                .collect();
            assert_eq!(got, *expected, "{source}");
        }
    }
}
