//! Segment stage: paragraphs become narration, dialogue, heading and break segments.
//!
//! In: a [`Document`]. Out: [`Segment`]s in reading order, every one with its text
//! as written (dialogue without its quote marks), its paragraph, and byte offsets into
//! the input file when the input was plain text. Speakers are left to the attribute
//! stage: dialogue comes out with an empty speaker, everything else with the narrator.

mod passing;
mod quotes;
pub mod thoughts;

use crate::input::find_marked;
use crate::model::{Document, Paragraph, ParagraphKind, QuoteInfo, Segment, SegmentKind, NARRATOR};

pub use quotes::{
    detect_style, find_quotes, find_quotes_continuing, find_quotes_followed_by, trim_range,
    QuoteSpan, QuoteStyle,
};

/// Cuts a document into segments.
pub fn segment(document: &Document) -> Vec<Segment> {
    let style = detect_style(
        document
            .paragraphs
            .iter()
            .filter(|paragraph| paragraph.kind == ParagraphKind::Body)
            .map(|paragraph| paragraph.text.as_str()),
    );
    let mut segments = Vec::new();
    let mut next_quote_id = 0usize;
    // The id of a quote left open at the end of the previous body paragraph.
    let mut open_quote: Option<usize> = None;
    // Whether a quote nested in that one was left open too (`“‘…` with no `’`).
    let mut nested_open = false;
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        let text = paragraph.text.as_str();
        let mut pieces = Vec::new();
        match paragraph.kind {
            ParagraphKind::Heading => {
                let range = trim_range(text, 0, text.len());
                pieces.push(Segment::narration(
                    SegmentKind::Heading,
                    text[range.0..range.1].to_string(),
                    index,
                    range,
                ));
                open_quote = None;
            }
            ParagraphKind::SceneBreak => {
                pieces.push(Segment::narration(
                    SegmentKind::Break,
                    String::new(),
                    index,
                    (0, 0),
                ));
                open_quote = None;
            }
            ParagraphKind::Note => {
                // Read with `--notes`: the author's words, its quotes no one's lines.
                push_narration(&mut pieces, text, index, 0, text.len());
                open_quote = None;
            }
            ParagraphKind::Body => {
                // A speech may run on into the next paragraph when that one opens with
                // a mark.
                let next = document
                    .paragraphs
                    .get(index + 1)
                    .filter(|next| next.kind == ParagraphKind::Body)
                    .map(|next| next.text.as_str());
                let mut spans =
                    find_quotes_continuing(text, style, next, open_quote.is_some() && nested_open);
                spans.retain(|span| {
                    !passing::in_system_box(text, span)
                        && !passing::quoted_in_passing(text, span)
                        && !passing::quoted_title(text, span)
                });
                let mut cursor = 0;
                let continues = open_quote.filter(|_| {
                    spans
                        .first()
                        .is_some_and(|span| text[..span.open].trim().is_empty())
                });
                open_quote = None;
                for (position, span) in spans.iter().enumerate() {
                    push_narration_and_thoughts(&mut pieces, paragraph, index, cursor, span.open);
                    let quote_id = match continues {
                        Some(id) if position == 0 => id,
                        _ => {
                            next_quote_id += 1;
                            next_quote_id
                        }
                    };
                    let content = text[span.content.0..span.content.1].to_string();
                    pieces.push(Segment {
                        kind: SegmentKind::Dialogue,
                        speaker: String::new(),
                        text: content,
                        say: None,
                        start: None,
                        end: None,
                        paragraph: index,
                        chapter: paragraph.chapter,
                        confidence: 0.0,
                        quote: QuoteInfo {
                            quote_id,
                            unclosed: !span.closed,
                            continued: position == 0 && continues.is_some(),
                        },
                        local: span.content,
                    });
                    if !span.closed {
                        open_quote = Some(quote_id);
                        nested_open = span.nested_open;
                    }
                    cursor = span.close;
                }
                push_narration_and_thoughts(&mut pieces, paragraph, index, cursor, text.len());
            }
        }
        for mut piece in pieces {
            piece.chapter = paragraph.chapter;
            if let Some(offset) = paragraph.offset {
                if piece.kind != SegmentKind::Break {
                    piece.start = Some(offset + piece.local.0);
                    piece.end = Some(offset + piece.local.1);
                }
            }
            segments.push(piece);
        }
    }
    segments
}

/// Adds the narration between two quotes, with any italic thought in it as a
/// segment of its own.
fn push_narration_and_thoughts(
    pieces: &mut Vec<Segment>,
    paragraph: &Paragraph,
    index: usize,
    start: usize,
    end: usize,
) {
    let text = paragraph.text.as_str();
    let mut cursor = start;
    for &(from, to) in &paragraph.emphasis {
        if from < cursor || to > end || from >= to || !thoughts::is_thought(text, (from, to)) {
            continue;
        }
        push_narration(pieces, text, index, cursor, from);
        let range = trim_range(text, from, to);
        let mut thought = Segment::narration(
            SegmentKind::Thought,
            text[range.0..range.1].to_string(),
            index,
            range,
        );
        thought.speaker = String::new();
        pieces.push(thought);
        cursor = to;
    }
    push_narration(pieces, text, index, cursor, end);
}

/// Adds the narration between two quotes, without the punctuation that only joined it
/// to them (`, she said, ` → `she said`); nothing when no word is left.
fn push_narration(
    pieces: &mut Vec<Segment>,
    text: &str,
    paragraph: usize,
    start: usize,
    end: usize,
) {
    if start >= end {
        return;
    }
    let slice = &text[start..end];
    // Punctuation that only joins the narration to a quote (or a thought) beside it;
    // at the paragraph's own edges it is text (`-rf`, `--help`, `...and then`). A
    // thought's own markers go with it, but one that opens or closes emphasis in this
    // narration is its text (`"It's hard not to." *faints* and`).
    let marked = find_marked(slice);
    let is_joiner = |character: char| {
        character.is_whitespace()
            || matches!(character, ',' | ';' | ':' | '—' | '–' | '-' | '*' | '_')
    };
    let kept = if start > 0 {
        let text_from = slice
            .char_indices()
            .find(|&(at, character)| {
                !is_joiner(character) || marked.iter().any(|span| span.open.0 == at)
            })
            .map_or(slice.len(), |(at, _)| at);
        &slice[text_from..]
    } else {
        slice.trim_start()
    };
    let leading = slice.len() - kept.len();
    let kept = if end < text.len() {
        let text_to = kept
            .char_indices()
            .rev()
            .find(|&(at, character)| {
                !(is_joiner(character) || character == '(')
                    || marked
                        .iter()
                        .any(|span| span.close.1 == leading + at + character.len_utf8())
            })
            .map_or(0, |(at, character)| at + character.len_utf8());
        &kept[..text_to]
    } else {
        kept.trim_end()
    };
    if !kept.chars().any(char::is_alphanumeric) {
        return;
    }
    let range = (start + leading, start + leading + kept.len());
    let mut segment =
        Segment::narration(SegmentKind::Narration, kept.to_string(), paragraph, range);
    segment.speaker = NARRATOR.to_string();
    pieces.push(segment);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::parse_plain;

    /// The dialogue of a one-paragraph story.
    pub(super) fn dialogue_of(text: &str) -> Vec<String> {
        summary(&format!("{text}\n"))
            .into_iter()
            .filter(|(kind, _)| *kind == SegmentKind::Dialogue)
            .map(|(_, text)| text)
            .collect()
    }

    fn summary(source: &str) -> Vec<(SegmentKind, String)> {
        let document = parse_plain(source, 0);
        segment(&document)
            .into_iter()
            .map(|segment| (segment.kind, segment.text))
            .collect()
    }

    #[test]
    fn narration_and_dialogue_alternate() {
        use SegmentKind::*;
        assert_eq!(
            summary("\"Hello,\" she said, \"and goodbye.\"\n"),
            vec![
                (Dialogue, "Hello,".to_string()),
                (Narration, "she said".to_string()),
                (Dialogue, "and goodbye.".to_string())
            ]
        );
    }

    /// With `--notes`, a note is narration: its quotes are no character's lines.
    #[test]
    fn a_note_read_aloud_has_no_dialogue() {
        let mut document = parse_plain("for the anon who asked for \"a storm\" - hi!\n", 0);
        document.paragraphs[0].kind = ParagraphKind::Note;
        let kinds: Vec<SegmentKind> = segment(&document).iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SegmentKind::Narration]);
    }

    #[test]
    fn asterisk_thoughts_are_their_own_segments() {
        use SegmentKind::*;
        let source = "*Brilliant*, he thought, and closed the door.\n";
        let mut document = parse_plain(source, 0);
        document.paragraphs[0].emphasis = vec![(1, 10)];
        let pieces: Vec<(SegmentKind, String)> = segment(&document)
            .into_iter()
            .map(|piece| (piece.kind, piece.text))
            .collect();
        assert_eq!(
            pieces,
            vec![
                (Thought, "Brilliant".to_string()),
                (Narration, "he thought, and closed the door.".to_string())
            ]
        );
    }

    /// The bug: the narration after a quote lost the first asterisk of `*faints*`
    /// (`faints* and …`), taken for a thought's marker; a closing one was lost the same
    /// way before a quote.
    #[test]
    fn emphasis_beside_a_quote_keeps_its_markers() {
        use SegmentKind::*;
        let cases: &[(&str, &[(SegmentKind, &str)])] = &[
            (
                "\"It's hard not to.\" *faints* and she left.\n",
                &[
                    (Dialogue, "It's hard not to."),
                    (Narration, "*faints* and she left."),
                ],
            ),
            (
                "She said *this*, \"Go.\"\n",
                &[(Narration, "She said *this*"), (Dialogue, "Go.")],
            ),
        ];
        for (source, expected) in cases {
            let pieces: Vec<(SegmentKind, String)> = segment(&parse_plain(source, 0))
                .into_iter()
                .map(|piece| (piece.kind, piece.text))
                .collect();
            let expected: Vec<(SegmentKind, String)> = expected
                .iter()
                .map(|(kind, text)| (*kind, text.to_string()))
                .collect();
            assert_eq!(pieces, expected, "{source}");
        }
    }

    #[test]
    fn offsets_point_into_the_source() {
        let source = "Title\n\n\u{201C}Caf\u{e9}?\u{201D} she asked.\nHe laughed.\n";
        let document = parse_plain(source, 0);
        for segment in segment(&document) {
            if let (Some(start), Some(end)) = (segment.start, segment.end) {
                assert_eq!(&source[start..end], segment.text);
            }
        }
    }

    #[test]
    fn multi_paragraph_quote_keeps_one_quote_id() {
        let source = "\"It began long ago,\n\n\"and it never ended.\"\n\nShe wept.\n";
        let segments = segment(&parse_plain(source, 0));
        let dialogue: Vec<&Segment> = segments
            .iter()
            .filter(|segment| segment.kind == SegmentKind::Dialogue)
            .collect();
        assert_eq!(dialogue.len(), 2);
        assert_eq!(dialogue[0].quote.quote_id, dialogue[1].quote.quote_id);
        assert!(dialogue[0].quote.unclosed);
        assert!(dialogue[1].quote.continued);
    }

    /// The bug: in a story quoted with straight single marks, a word ending in an
    /// apostrophe (`haulin'`, `bluffin'`) was read as the quote's closing mark, and the
    /// rest of the line went to the narrator.
    #[test]
    fn dropped_g_apostrophe_does_not_close_a_single_quote() {
        use SegmentKind::*;
        let source = "'Been haulin' gravel since six this mornin'.' The radio hissed. \
                      'How's the road holdin' up your way?'\n\n\
                      'Well. He wasn't bluffin'.'\n\n\
                      'She said, \"quit your grumblin'.\"'\n\n\
                      Mabel says 'yuck' with great satisfaction.\n";
        assert_eq!(
            summary(source),
            vec![
                (
                    Dialogue,
                    "Been haulin' gravel since six this mornin'.".to_string()
                ),
                (Narration, "The radio hissed.".to_string()),
                (Dialogue, "How's the road holdin' up your way?".to_string()),
                (Dialogue, "Well. He wasn't bluffin'.".to_string()),
                (Dialogue, "She said, \"quit your grumblin'.\"".to_string()),
                (Narration, "Mabel says".to_string()),
                (Dialogue, "yuck".to_string()),
                (Narration, "with great satisfaction.".to_string()),
            ]
        );
    }

    /// The bug: a dropped g followed by a space and a lower-case word (`sayin' is`)
    /// closed a straight single quote when a mark opening a word in mid-clause
    /// (`since 'fore`) came before the real closer; the middle of the speech went to
    /// the narrator and the end became a second quote.
    #[test]
    fn dropped_g_apostrophe_before_a_space_does_not_close_a_single_quote() {
        use SegmentKind::*;
        let source = "'All I'm sayin' is the well's dry an' the hens ain't laid since 'fore \
                      the frost\u{2014}'\n\n\
                      'I'm done' he said, 'an' I'm goin' home.'\n";
        assert_eq!(
            summary(source),
            vec![
                (
                    Dialogue,
                    "All I'm sayin' is the well's dry an' the hens ain't laid since 'fore \
                     the frost\u{2014}"
                        .to_string()
                ),
                (Dialogue, "I'm done".to_string()),
                (Narration, "he said".to_string()),
                (Dialogue, "an' I'm goin' home.".to_string()),
            ]
        );
    }

    /// The bug: a dropped g before a full stop (`nothin'.`) closed a speech that runs
    /// on into the next paragraph; the segmenter now tells the quote finder that the
    /// next paragraph opens with a mark, and the speech keeps one quote id.
    #[test]
    fn dropped_g_before_punctuation_does_not_close_a_speech_continued_in_the_next_paragraph() {
        use SegmentKind::*;
        let source = "Old Wat leaned on the gate.\n\n\
                      'I never took nothin'. You hear a bell, ringin' soft. And you go.\n\n\
                      'Then you look.'\n";
        let segments = segment(&parse_plain(source, 0));
        let summary: Vec<(SegmentKind, &str)> = segments
            .iter()
            .map(|segment| (segment.kind, segment.text.as_str()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (Narration, "Old Wat leaned on the gate."),
                (
                    Dialogue,
                    "I never took nothin'. You hear a bell, ringin' soft. And you go."
                ),
                (Dialogue, "Then you look."),
            ]
        );
        assert!(segments[1].quote.unclosed);
        assert!(segments[2].quote.continued);
        assert_eq!(segments[1].quote.quote_id, segments[2].quote.quote_id);
    }

    /// Dialogue of a story, with each quote's id and whether it is closed.
    fn letter_dialogue(source: &str) -> Vec<(String, usize, bool)> {
        segment(&parse_plain(source, 0))
            .into_iter()
            .filter(|segment| segment.kind == SegmentKind::Dialogue)
            .map(|segment| (segment.text, segment.quote.quote_id, segment.quote.unclosed))
            .collect()
    }

    /// A letter read aloud over three paragraphs, each reopened with both marks
    /// (`“‘`), the first with a quote in it (`that “a lighthouse …”`), the last closed
    /// with both (`’”`): one speech, every paragraph a line of it.
    #[test]
    fn letter_over_three_paragraphs_with_nested_quotes_is_one_speech() {
        let source = "The Inspector unfolded the letter.\n\n\
            \u{201C}\u{2018}Dear Mrs Abernethy,\u{2019}\u{201D} he read.\n\n\
            \u{201C}\u{2018}Last spring you told the Harbour Gazette that \u{201C}a lighthouse \
            is only as good as its keeper\u{2019}s patience.\u{201D} I admired the remark. I \
            have since put it to the test.\n\n\
            \u{201C}\u{2018}Your lamp was lit late on eleven nights this winter, and on each \
            of them you told the harbourmaster \u{201C}the weather, only the weather.\u{201D}\n\n\
            \u{201C}\u{2018}I shall write again about what that patience is worth.\u{2019}\u{201D} \
            He let the page fall.\n";
        let dialogue = letter_dialogue(source);
        let texts: Vec<&str> = dialogue.iter().map(|line| line.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "\u{2018}Dear Mrs Abernethy,\u{2019}",
                "\u{2018}Last spring you told the Harbour Gazette that \u{201C}a lighthouse is \
                 only as good as its keeper\u{2019}s patience.\u{201D} I admired the remark. I \
                 have since put it to the test.",
                "\u{2018}Your lamp was lit late on eleven nights this winter, and on each of \
                 them you told the harbourmaster \u{201C}the weather, only the weather.\u{201D}",
                "\u{2018}I shall write again about what that patience is worth.\u{2019}",
            ]
        );
        let letter = dialogue[1].1;
        assert_ne!(dialogue[0].1, letter);
        assert!(dialogue[1..].iter().all(|line| line.1 == letter));
        let unclosed: Vec<bool> = dialogue.iter().map(|line| line.2).collect();
        assert_eq!(unclosed, [false, true, true, false]);
        // Reopened with the outer mark alone, the nested quote goes on all the same.
        let reopened = source.replace("\n\n\u{201C}\u{2018}Your", "\n\n\u{201C}Your");
        let reopened = reopened.replace("\n\n\u{201C}\u{2018}I shall", "\n\n\u{201C}I shall");
        let again = letter_dialogue(&reopened);
        assert_eq!(again.len(), 4);
        assert_eq!(
            again[2].0,
            "Your lamp was lit late on eleven nights this winter, and on each of them you \
             told the harbourmaster \u{201C}the weather, only the weather.\u{201D}"
        );
        assert_eq!(
            again[3].0,
            "I shall write again about what that patience is worth.\u{2019}"
        );
        assert!(again[1..].iter().all(|line| line.1 == again[1].1));
        let narration: Vec<String> = segment(&parse_plain(source, 0))
            .into_iter()
            .filter(|segment| segment.kind == SegmentKind::Narration)
            .map(|segment| segment.text)
            .collect();
        assert_eq!(
            narration,
            [
                "The Inspector unfolded the letter.",
                "he read.",
                "He let the page fall."
            ]
        );
    }

    /// The same letter in a British story: single, then double, then single marks, the
    /// paragraphs reopened with both (`'"`) or the outer mark alone, the last closed
    /// with `"'`.
    #[test]
    fn british_letter_over_three_paragraphs_with_nested_quotes_is_one_speech() {
        let source = "'Read it out,' said Tam.\n\n\
            '\"Dear Mrs Abernethy,\"' the Inspector read.\n\n\
            '\"Last spring you told the Harbour Gazette that 'a lighthouse is only as good \
            as its keeper's patience.' I admired the remark. I have since put it to the test.\n\n\
            'Your lamp was lit late on eleven nights this winter, and each time you said \
            'the weather' to the harbourmaster.\n\n\
            '\"I shall write again about what that patience is worth.\"' He let the page fall.\n";
        let dialogue = letter_dialogue(source);
        let texts: Vec<&str> = dialogue.iter().map(|line| line.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Read it out,",
                "\"Dear Mrs Abernethy,\"",
                "\"Last spring you told the Harbour Gazette that 'a lighthouse is only as \
                 good as its keeper's patience.' I admired the remark. I have since put it to \
                 the test.",
                "Your lamp was lit late on eleven nights this winter, and each time you \
                 said 'the weather' to the harbourmaster.",
                "\"I shall write again about what that patience is worth.\"",
            ]
        );
        let letter = dialogue[2].1;
        assert!(dialogue[2..].iter().all(|line| line.1 == letter));
        let unclosed: Vec<bool> = dialogue.iter().map(|line| line.2).collect();
        assert_eq!(unclosed, [false, false, true, true, false]);
    }

    /// The bug: the second half of a quote split by a tag, opening with `‘is`, was
    /// narration.
    #[test]
    fn split_quote_resuming_with_an_elision_word() {
        use SegmentKind::*;
        let source = "\u{2018}Nobody,\u{2019} said the warden into the dark, \u{2018}is to \
                      open that hatch. Mr Crane, please take the eels back to the tank.\u{2019}\n\n\
                      \u{2018}Nine, if you count \u{2019}04,\u{2019} said Orr, \u{2018}which I \
                      don\u{2019}t.\u{2019}\n";
        assert_eq!(
            summary(source),
            vec![
                (Dialogue, "Nobody,".to_string()),
                (Narration, "said the warden into the dark".to_string()),
                (
                    Dialogue,
                    "is to open that hatch. Mr Crane, please take the eels back to the tank."
                        .to_string()
                ),
                (Dialogue, "Nine, if you count \u{2019}04,".to_string()),
                (Narration, "said Orr".to_string()),
                (Dialogue, "which I don\u{2019}t.".to_string()),
            ]
        );
    }

    /// The bug: a quote with no opening mark before a tag was narration.
    #[test]
    fn quote_missing_its_opening_mark_before_a_tag() {
        use SegmentKind::*;
        let source = "No phones at dinner, no elbows on the table,\" Gran says. \"This \
                      kitchen is a kingdom.\"\n\n\
                      The sign said NO DOGS.\" Then it fell over.\n";
        assert_eq!(
            summary(source),
            vec![
                (
                    Dialogue,
                    "No phones at dinner, no elbows on the table,".to_string()
                ),
                (Narration, "Gran says.".to_string()),
                (Dialogue, "This kitchen is a kingdom.".to_string()),
                (
                    Narration,
                    "The sign said NO DOGS.\" Then it fell over.".to_string()
                ),
            ]
        );
    }

    /// The bug: a quote closed with the other kind of mark (`"…coming?'`) kept it in
    /// its text. The record's text and offsets now stop before it; the quote still
    /// ends at the paragraph's end, as one with no closing mark does.
    #[test]
    fn stray_closing_mark_of_the_other_kind_is_not_in_the_text() {
        let source = "\"Hang on, so he knew I was coming?'\n\nThe kettle clicked off.\n";
        let segments = segment(&parse_plain(source, 0));
        assert_eq!(segments[0].text, "Hang on, so he knew I was coming?");
        assert_eq!(
            &source[segments[0].start.unwrap_or(0)..segments[0].end.unwrap_or(0)],
            segments[0].text
        );
        assert!(segments[0].quote.unclosed);
        assert_eq!(segments[1].kind, SegmentKind::Narration);
        assert!(!segments[1].quote.continued);
    }

    #[test]
    fn unclosed_quote_ends_at_paragraph_end() {
        let source = "\"Wait\n\nShe was gone.\n";
        let segments = segment(&parse_plain(source, 0));
        assert_eq!(segments[0].text, "Wait");
        assert_eq!(segments[1].kind, SegmentKind::Narration);
        assert!(!segments[1].quote.continued);
    }
}
