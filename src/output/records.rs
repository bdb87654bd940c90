//! The JSON records of `script --json` and of the render timeline: one object per
//! line, in reading order.

use serde::Serialize;

use crate::model::{Segment, SegmentKind};

/// One record; `voice`, `start_ms` and `end_ms` are set in the timeline only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record<'a> {
    pub kind: SegmentKind,
    pub speaker: &'a str,
    pub text: &'a str,
    /// The text as the engine gets it, where it differs from `text`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub say: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    pub paragraph: usize,
    #[serde(skip_serializing_if = "is_zero")]
    pub chapter: usize,
    pub confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_ms: Option<u64>,
}

fn is_zero(value: &usize) -> bool {
    *value == 0
}

impl<'a> Record<'a> {
    pub fn from_segment(segment: &'a Segment) -> Self {
        Record {
            kind: segment.kind,
            speaker: &segment.speaker,
            text: &segment.text,
            say: segment.say.as_deref(),
            start: segment.start,
            end: segment.end,
            paragraph: segment.paragraph,
            chapter: segment.chapter,
            confidence: (segment.confidence * 1000.0).round() / 1000.0,
            voice: None,
            start_ms: None,
            end_ms: None,
        }
    }
}

/// Whether a segment becomes a record (scene breaks are pauses, not records).
pub fn is_recorded(segment: &Segment) -> bool {
    segment.kind != SegmentKind::Break
}

/// One JSON line.
pub fn to_line(record: &Record) -> String {
    // Serializing plain strings and numbers cannot fail.
    serde_json::to_string(record).unwrap_or_default()
}
