//! How long to pause between two segments, from what they are and who says them.
//!
//! In: the cast's `[pauses]` table and characters' `pause_before`/`pause_after`.
//! Out: the milliseconds of silence before each segment.

use std::collections::BTreeMap;

use crate::cast::{Cast, CharacterPauses, PauseSettings};
use crate::model::{Segment, SegmentKind};

/// Pause lengths in milliseconds, defaults filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pauses {
    pub narration: u32,
    pub speaker_change: u32,
    pub same_speaker: u32,
    pub paragraph: u32,
    pub scene_break: u32,
    pub heading: u32,
    pub chapter: u32,
    /// Extra silence around the lines of some characters, by speaker id.
    pub characters: BTreeMap<String, CharacterPauses>,
}

impl Default for Pauses {
    fn default() -> Self {
        Pauses {
            narration: 250,
            speaker_change: 700,
            same_speaker: 150,
            paragraph: 550,
            scene_break: 1600,
            heading: 1000,
            chapter: 2000,
            characters: BTreeMap::new(),
        }
    }
}

impl Pauses {
    /// Defaults overridden by the cast's `[pauses]`.
    pub fn from_settings(settings: &PauseSettings) -> Self {
        let default = Pauses::default();
        Pauses {
            narration: settings.narration.unwrap_or(default.narration),
            speaker_change: settings.speaker_change.unwrap_or(default.speaker_change),
            same_speaker: settings.same_speaker.unwrap_or(default.same_speaker),
            paragraph: settings.paragraph.unwrap_or(default.paragraph),
            scene_break: settings.scene_break.unwrap_or(default.scene_break),
            heading: settings.heading.unwrap_or(default.heading),
            chapter: settings.chapter.unwrap_or(default.chapter),
            characters: BTreeMap::new(),
        }
    }

    /// The cast's `[pauses]` and every character's own pauses.
    pub fn from_cast(cast: &Cast) -> Self {
        Pauses {
            characters: cast.character_pauses.clone(),
            ..Pauses::from_settings(&cast.pauses)
        }
    }

    /// The whole silence between `previous` and `next`: the context pause plus the
    /// previous speaker's `pause_after` and the next one's `pause_before`.
    pub fn gap(&self, previous: &Segment, next: &Segment) -> u32 {
        let after = self
            .characters
            .get(&previous.speaker)
            .map_or(0, |pauses| pauses.after);
        let before = self
            .characters
            .get(&next.speaker)
            .map_or(0, |pauses| pauses.before);
        self.between(previous, next)
            .saturating_add(after)
            .saturating_add(before)
    }

    /// The silence between `previous` and `next` (a scene break is its own silence).
    pub fn between(&self, previous: &Segment, next: &Segment) -> u32 {
        use SegmentKind::{Break, Heading};
        match (previous.kind, next.kind) {
            (Break, _) | (_, Break) => 0,
            (_, Heading) if next.chapter > previous.chapter => self.chapter,
            (Heading, _) | (_, Heading) => self.heading,
            _ if previous.paragraph == next.paragraph => {
                if previous.speaker == next.speaker {
                    self.same_speaker
                } else {
                    self.narration
                }
            }
            _ if previous.kind.is_spoken_by_character()
                && next.kind.is_spoken_by_character()
                && previous.speaker != next.speaker =>
            {
                self.speaker_change
            }
            _ => self.paragraph,
        }
    }

    /// The silence a segment itself stands for (scene breaks).
    pub fn inside(&self, segment: &Segment) -> u32 {
        if segment.kind == SegmentKind::Break {
            self.scene_break
        } else {
            0
        }
    }
}
