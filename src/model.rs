//! Shared types that flow through the pipeline.
//!
//! In: nothing (plain data). Out: the vocabulary every stage speaks — a story's
//! [`Document`] of [`Paragraph`]s, the [`Segment`]s cut from it, and the speaker
//! ids they carry. Keeping them here keeps stage modules independent of each other.

use serde::Serialize;

/// The speaker id used for narration and every non-dialogue segment.
pub const NARRATOR: &str = "narrator";

/// What a paragraph is, as far as the input stage can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// Story text: narration and dialogue.
    Body,
    /// A title or chapter heading, read by the narrator with pauses around it.
    Heading,
    /// A scene break (`* * *`, `~~~`, …): a pause, not speech.
    SceneBreak,
    /// An author's note read with `--notes`: narration, whose quotes (`for the anon who
    /// asked for "something cozy"`) are no character's lines.
    Note,
}

/// One paragraph of the story as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    /// The paragraph's text. For plain-text input it has exactly the bytes of the
    /// source between `offset` and `offset + text.len()`, with line breaks turned into
    /// spaces, so every byte offset inside it maps back to the file by addition.
    pub text: String,
    /// Byte offset of `text` in the input file; `None` for formats (HTML, EPUB)
    /// whose text is not a slice of the file.
    pub offset: Option<usize>,
    /// Chapter number (1-based) for multi-chapter inputs; 0 before the first chapter.
    pub chapter: usize,
    /// Byte ranges of `text` that the source set in italics (`<em>`, `<i>`, `*x*`,
    /// `_x_`), sorted and disjoint; the markers themselves are not in the ranges.
    /// Empty when the source had none or the format cannot say.
    pub emphasis: Vec<(usize, usize)>,
}

impl Paragraph {
    pub fn new(kind: ParagraphKind, text: impl Into<String>, offset: Option<usize>) -> Self {
        Paragraph {
            kind,
            text: text.into(),
            offset,
            chapter: 0,
            emphasis: Vec::new(),
        }
    }
}

/// A story read from any format: its paragraphs in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub title: Option<String>,
    pub author: Option<String>,
    pub paragraphs: Vec<Paragraph>,
}

/// What a segment is; drives the speaker, the voice and the pauses around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    Narration,
    Dialogue,
    Thought,
    Heading,
    /// A scene break; carries no text and is rendered as silence.
    Break,
}

impl SegmentKind {
    pub fn is_spoken_by_character(self) -> bool {
        matches!(self, SegmentKind::Dialogue | SegmentKind::Thought)
    }
}

/// A piece of the story with one speaker: the unit that is synthesized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub kind: SegmentKind,
    /// Speaker id: a cast id, a generated id for an uncast speaker, or [`NARRATOR`].
    pub speaker: String,
    /// The words as written, without quote marks.
    pub text: String,
    /// The words as the engine gets them, where they differ from `text`
    /// (reader-insert placeholders resolved).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub say: Option<String>,
    /// UTF-8 byte offsets of `text` in the input file (plain text only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// Index of the paragraph the segment came from.
    pub paragraph: usize,
    /// Chapter number, as on the paragraph.
    #[serde(skip_serializing_if = "is_zero")]
    pub chapter: usize,
    /// How sure the attributor is of `speaker`, 0 to 1.
    pub confidence: f32,
    /// Internal details the attributor needs; not part of the JSON contract.
    #[serde(skip)]
    pub quote: QuoteInfo,
    /// Byte offsets of `text` inside its paragraph's text.
    #[serde(skip)]
    pub local: (usize, usize),
}

fn is_zero(value: &usize) -> bool {
    *value == 0
}

/// How a dialogue segment relates to its neighbours.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuoteInfo {
    /// Identifies one quotation: both halves of a quote broken by a tag, and every
    /// paragraph of a quote running over several paragraphs, share it.
    pub quote_id: usize,
    /// True when the quote's closing mark was missing at the end of its paragraph.
    pub unclosed: bool,
    /// True when this segment continues a quote opened in an earlier paragraph.
    pub continued: bool,
}

impl Segment {
    /// The text the engine speaks.
    pub fn spoken(&self) -> &str {
        self.say.as_deref().unwrap_or(&self.text)
    }

    /// A narration-like segment (narration, heading or break) for the narrator.
    pub fn narration(
        kind: SegmentKind,
        text: String,
        paragraph: usize,
        local: (usize, usize),
    ) -> Self {
        Segment {
            kind,
            speaker: NARRATOR.to_string(),
            text,
            say: None,
            start: None,
            end: None,
            paragraph,
            chapter: 0,
            confidence: 1.0,
            quote: QuoteInfo::default(),
            local,
        }
    }
}
