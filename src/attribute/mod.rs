//! Attribute stage: who says each quoted span.
//!
//! In: the document, its segments (dialogue with an empty speaker) and the cast.
//! Out: every dialogue segment gets a speaker id (a cast id, or a stable id made for
//! a speaker the cast does not list) and a confidence from 0 to 1; the speakers found
//! outside the cast are returned so they can be listed and given voices.

use crate::cast::{Cast, Gender};
use crate::model::{Document, Segment, SegmentKind};

/// A speaker the story names but the cast does not list.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundSpeaker {
    /// Stable id derived from the name (`mr-darcy`).
    pub id: String,
    /// The name as the story writes it.
    pub name: String,
    pub gender: Option<Gender>,
}

/// What the attributor found besides the speakers on segments.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attribution {
    pub found_speakers: Vec<FoundSpeaker>,
}

/// Placeholder id for a line whose speaker could not be told at all.
pub const UNKNOWN: &str = "unknown";

/// Gives every dialogue segment a speaker and a confidence.
pub fn attribute(_document: &Document, segments: &mut [Segment], _cast: &Cast) -> Attribution {
    for segment in segments.iter_mut().filter(|segment| segment.kind == SegmentKind::Dialogue) {
        segment.speaker = UNKNOWN.to_string();
        segment.confidence = 0.0;
    }
    Attribution::default()
}
