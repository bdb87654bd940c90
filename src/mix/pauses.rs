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

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(kind: SegmentKind, speaker: &str, paragraph: usize, chapter: usize) -> Segment {
        let mut segment = Segment::narration(kind, "words".to_string(), paragraph, (0, 5));
        segment.speaker = speaker.to_string();
        segment.chapter = chapter;
        segment
    }

    #[test]
    fn gaps_by_context_and_character() {
        use SegmentKind::{Break, Dialogue, Heading, Narration};
        let mut pauses = Pauses::default();
        pauses.characters.insert(
            "kylo".to_string(),
            CharacterPauses {
                before: 300,
                after: 50,
            },
        );
        let narrator = |paragraph| segment(Narration, "narrator", paragraph, 1);
        let kylo = |paragraph| segment(Dialogue, "kylo", paragraph, 1);
        let rey = |paragraph| segment(Dialogue, "rey", paragraph, 1);
        let cases = [
            (narrator(0), narrator(1), 550, "paragraph"),
            (rey(0), narrator(0), 250, "narration in one paragraph"),
            (rey(0), rey(0), 150, "same speaker"),
            (rey(0), rey(1), 550, "same speaker, next paragraph"),
            (
                rey(0),
                kylo(1),
                700 + 300,
                "speaker change, then Kylo's pause_before",
            ),
            (
                kylo(0),
                rey(1),
                700 + 50,
                "Kylo's pause_after, then a speaker change",
            ),
            (kylo(0), kylo(0), 150 + 50 + 300, "both of Kylo's pauses"),
            (
                narrator(0),
                segment(Heading, "narrator", 1, 2),
                2000,
                "chapter",
            ),
            (
                segment(Heading, "narrator", 0, 0),
                narrator(1),
                1000,
                "after a heading",
            ),
            (
                narrator(0),
                segment(Break, "narrator", 1, 1),
                0,
                "a break is its own silence",
            ),
        ];
        for (previous, next, expected, what) in cases {
            assert_eq!(pauses.gap(&previous, &next), expected, "{what}");
        }
        assert_eq!(pauses.inside(&segment(Break, "narrator", 1, 1)), 1600);
    }

    #[test]
    fn the_cast_overrides_defaults() {
        let cast = crate::cast::parse_cast(
            "[pauses]\nparagraph = 400\n[characters.a]\npause_after = 90\n",
            std::path::Path::new("cast.toml"),
        )
        .unwrap();
        let pauses = Pauses::from_cast(&cast);
        assert_eq!(pauses.paragraph, 400);
        assert_eq!(pauses.speaker_change, Pauses::default().speaker_change);
        assert_eq!(
            pauses.characters["a"],
            CharacterPauses {
                before: 0,
                after: 90
            }
        );
    }
}
