//! The story on the audio's clock: the lines subtitles and the read-along page
//! show, and the chapters of cue lists and audiobook marks.
//!
//! In: segments, where the mix placed each one, and speaker names. Out: one
//! [`TimedLine`] per segment that has audio, and one [`Chapter`] per chapter
//! heading (a `Heading` segment with `chapter` > 0; the title is chapter 0).

use crate::mix::Placement;
use crate::model::{Segment, SegmentKind, NARRATOR};

/// A line of the story with its place in the audio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimedLine {
    pub speaker: String,
    /// The speaker's display name ("Narrator" for the narrator).
    pub name: String,
    pub kind: SegmentKind,
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
    /// Index of the paragraph the line came from.
    pub paragraph: usize,
}

impl TimedLine {
    pub fn is_narration(&self) -> bool {
        self.speaker == NARRATOR
    }
}

/// A chapter: its heading's text and where it runs in the audio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    pub title: String,
    pub start_ms: u64,
    pub end_ms: u64,
    /// Where its heading starts, in output frames (for cue markers).
    pub start_frame: u64,
}

/// Every segment that was placed in the audio, with its speaker's name.
pub fn timed_lines(
    segments: &[Segment],
    placements: &[Option<Placement>],
    name_of: impl Fn(&str) -> String,
) -> Vec<TimedLine> {
    segments
        .iter()
        .zip(placements)
        .filter_map(|(segment, placement)| {
            let placement = placement.as_ref()?;
            Some(TimedLine {
                speaker: segment.speaker.clone(),
                name: name_of(&segment.speaker),
                kind: segment.kind,
                text: segment.text.clone(),
                start_ms: placement.start_ms,
                end_ms: placement.end_ms,
                paragraph: segment.paragraph,
            })
        })
        .collect()
}

/// The chapters: each chapter heading starts one, which runs until the next one
/// or the end of the audio (`total_ms`). The first also covers what comes before
/// it (the title), so an audiobook's chapters start at 0 and leave no gap. A
/// heading split into several segments counts once.
pub fn chapters(
    segments: &[Segment],
    placements: &[Option<Placement>],
    total_ms: u64,
) -> Vec<Chapter> {
    let mut chapters: Vec<(usize, Chapter)> = Vec::new();
    for (segment, placement) in segments.iter().zip(placements) {
        let (Some(placement), SegmentKind::Heading) = (placement, segment.kind) else {
            continue;
        };
        if segment.chapter == 0 {
            continue;
        }
        match chapters.last_mut() {
            Some((number, chapter)) if *number == segment.chapter => {
                chapter.title.push(' ');
                chapter.title.push_str(segment.text.trim());
            }
            _ => chapters.push((
                segment.chapter,
                Chapter {
                    title: segment.text.trim().to_string(),
                    start_ms: placement.start_ms,
                    end_ms: total_ms,
                    start_frame: placement.start_frame,
                },
            )),
        }
    }
    let mut chapters: Vec<Chapter> = chapters.into_iter().map(|(_, chapter)| chapter).collect();
    for index in 1..chapters.len() {
        chapters[index - 1].end_ms = chapters[index].start_ms;
    }
    if let Some(first) = chapters.first_mut() {
        first.start_ms = 0;
    }
    chapters
}

/// The title of the work: the document's, else its chapter-0 heading.
pub fn title(document_title: Option<&str>, segments: &[Segment]) -> Option<String> {
    document_title.map(str::to_string).or_else(|| {
        segments
            .iter()
            .find(|segment| segment.kind == SegmentKind::Heading && segment.chapter == 0)
            .map(|segment| segment.text.trim().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(text: &str, chapter: usize) -> Segment {
        let mut segment =
            Segment::narration(SegmentKind::Heading, text.to_string(), 0, (0, text.len()));
        segment.chapter = chapter;
        segment
    }

    fn at(start_ms: u64, end_ms: u64) -> Option<Placement> {
        Some(Placement {
            start_ms,
            end_ms,
            start_frame: start_ms * 24,
            end_frame: end_ms * 24,
        })
    }

    #[test]
    fn chapters_run_from_heading_to_heading() {
        let mut body = Segment::narration(SegmentKind::Narration, "Text.".to_string(), 1, (0, 5));
        body.chapter = 1;
        let segments = vec![
            heading("EMMA", 0),
            heading("Chapter 1", 1),
            body,
            heading("Chapter 2", 2),
        ];
        let placements = vec![at(0, 500), at(1500, 2000), at(2500, 5000), None];
        let found = chapters(&segments, &placements, 5000);
        assert_eq!(found.len(), 1, "a heading without audio is no chapter");
        assert_eq!(
            found[0],
            Chapter {
                title: "Chapter 1".to_string(),
                start_ms: 0,
                end_ms: 5000,
                start_frame: 36_000
            }
        );

        let placements = vec![at(0, 500), at(1500, 2000), at(2500, 5000), at(6000, 6500)];
        let found = chapters(&segments, &placements, 6500);
        let spans: Vec<(&str, u64, u64)> = found
            .iter()
            .map(|chapter| (chapter.title.as_str(), chapter.start_ms, chapter.end_ms))
            .collect();
        assert_eq!(spans, [("Chapter 1", 0, 6000), ("Chapter 2", 6000, 6500)]);
    }

    #[test]
    fn the_title_comes_from_the_document_or_the_first_heading() {
        let segments = vec![heading("EMMA", 0)];
        assert_eq!(title(Some("Emma"), &segments).as_deref(), Some("Emma"));
        assert_eq!(title(None, &segments).as_deref(), Some("EMMA"));
        assert_eq!(title(None, &[]), None);
    }
}
