//! Quick previews: rendering part of a story (`render --only SPEAKER`, `--from N
//! --to M`).
//!
//! In: the attributed segments, the selection from the command line, and the names
//! each speaker id goes by. Out: the segments to render, in story order. Voices are
//! chosen on the whole story before selecting, so a preview sounds exactly like the
//! same lines in a full render, and its clips are the full render's cache entries.

use thiserror::Error;

use crate::model::{Segment, NARRATOR};

/// Which part of the story to render.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// A speaker id, name or alias: only that speaker's lines.
    pub only: Option<String>,
    /// First paragraph, 1-based (the story's first line or heading is 1).
    pub from: Option<usize>,
    /// Last paragraph, 1-based, inclusive.
    pub to: Option<usize>,
    /// First and last chapter, inclusive (`--chapters 2-4`).
    pub chapters: Option<(usize, usize)>,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum SelectError {
    #[error("`--from {from}` is after `--to {to}`\nhint: give the first paragraph, then the last")]
    Reversed { from: usize, to: usize },
    #[error(
        "`--from 0`: paragraphs are numbered from 1\nhint: use --from 1 for the start of the story"
    )]
    Zero,
    #[error("no paragraph {from} in a story of {paragraphs} paragraphs\nhint: use a number from 1 to {paragraphs}")]
    PastEnd { from: usize, paragraphs: usize },
    #[error("no chapter {first} to {last} in this story\nhint: {available}")]
    NoSuchChapter {
        first: usize,
        last: String,
        available: String,
    },
    #[error("`{speaker}` speaks no line{range}\nhint: speakers: {speakers}")]
    NoSuchSpeaker {
        speaker: String,
        range: String,
        speakers: String,
    },
}

impl Selection {
    /// True when the whole story is rendered.
    pub fn is_everything(&self) -> bool {
        self.only.is_none() && self.from.is_none() && self.to.is_none() && self.chapters.is_none()
    }
}

/// Keeps the selected segments of a prepared story, speakers known by their cast
/// names and aliases or the names the attributor found.
pub fn select_prepared(
    prepared: &mut crate::pipeline::Prepared,
    cast: &crate::cast::Cast,
    selection: &Selection,
) -> Result<(), SelectError> {
    if selection.is_everything() {
        return Ok(());
    }
    let mut segments = std::mem::take(&mut prepared.segments);
    let paragraphs = prepared.document.paragraphs.len();
    let outcome = select(&mut segments, selection, paragraphs, |id| {
        let mut names: Vec<String> = cast
            .character(id)
            .map(|character| character.names().map(str::to_string).collect())
            .unwrap_or_default();
        names.extend(
            prepared
                .attribution
                .found_speakers
                .iter()
                .filter(|found| found.id == id)
                .map(|found| found.name.clone()),
        );
        names
    });
    prepared.segments = segments;
    outcome
}

/// Keeps the selected segments. `names_of(id)` lists every name a speaker id goes by;
/// `paragraphs` is the number of paragraphs in the story.
pub fn select(
    segments: &mut Vec<Segment>,
    selection: &Selection,
    paragraphs: usize,
    names_of: impl Fn(&str) -> Vec<String>,
) -> Result<(), SelectError> {
    let from = selection.from.unwrap_or(1);
    let to = selection.to.unwrap_or(usize::MAX);
    if selection.from == Some(0) || selection.to == Some(0) {
        return Err(SelectError::Zero);
    }
    if from > to {
        return Err(SelectError::Reversed { from, to });
    }
    if from > paragraphs {
        return Err(SelectError::PastEnd { from, paragraphs });
    }
    if let Some((first, last)) = selection.chapters {
        let highest = segments
            .iter()
            .map(|segment| segment.chapter)
            .max()
            .unwrap_or(0);
        if !segments
            .iter()
            .any(|segment| (first..=last).contains(&segment.chapter))
        {
            return Err(SelectError::NoSuchChapter {
                first,
                last: if last == usize::MAX {
                    "the end".to_string()
                } else {
                    last.to_string()
                },
                available: if highest == 0 {
                    "the story has no chapter headings (`Chapter 1`, …); use --from and --to"
                        .to_string()
                } else {
                    format!("its chapters are 1 to {highest}")
                },
            });
        }
    }
    let chapters = selection.chapters.unwrap_or((0, usize::MAX));
    let in_range = |segment: &Segment| {
        (from..=to).contains(&(segment.paragraph + 1))
            && (chapters.0..=chapters.1).contains(&segment.chapter)
    };
    let Some(wanted) = &selection.only else {
        segments.retain(in_range);
        return Ok(());
    };
    let wanted_lower = wanted.trim().to_lowercase();
    let matches = |speaker: &str| {
        speaker.to_lowercase() == wanted_lower
            || names_of(speaker)
                .iter()
                .any(|name| name.to_lowercase() == wanted_lower)
            || (speaker == NARRATOR && wanted_lower == "narrator")
    };
    let before: Vec<Segment> = std::mem::take(segments);
    let mut speakers: Vec<String> = Vec::new();
    for segment in &before {
        if !speakers.contains(&segment.speaker) && !segment.text.trim().is_empty() {
            speakers.push(segment.speaker.clone());
        }
    }
    *segments = before
        .iter()
        .filter(|segment| in_range(segment) && matches(&segment.speaker))
        .cloned()
        .collect();
    if segments.is_empty() {
        let range = match (selection.from, selection.to) {
            (None, None) => String::new(),
            _ => format!(
                " in paragraphs {from} to {}",
                if to == usize::MAX { paragraphs } else { to }
            ),
        };
        return Err(SelectError::NoSuchSpeaker {
            speaker: wanted.clone(),
            range,
            speakers: speakers.join(", "),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentKind;

    fn segment(speaker: &str, paragraph: usize) -> Segment {
        let mut segment = Segment::narration(
            SegmentKind::Narration,
            format!("{speaker} {paragraph}"),
            paragraph,
            (0, 1),
        );
        segment.speaker = speaker.to_string();
        segment
    }

    fn story() -> Vec<Segment> {
        vec![
            segment(NARRATOR, 0),
            segment("kylo", 1),
            segment(NARRATOR, 1),
            segment("reader", 2),
            segment("kylo", 3),
        ]
    }

    fn names(id: &str) -> Vec<String> {
        match id {
            "kylo" => vec!["Kylo Ren".to_string(), "Ben".to_string()],
            _ => Vec::new(),
        }
    }

    fn run(selection: Selection) -> Result<Vec<(String, usize)>, SelectError> {
        let mut segments = story();
        select(&mut segments, &selection, 4, names)?;
        Ok(segments
            .into_iter()
            .map(|segment| (segment.speaker, segment.paragraph))
            .collect())
    }

    #[test]
    fn selections() {
        let kylo = |paragraph| ("kylo".to_string(), paragraph);
        assert_eq!(run(Selection::default()).unwrap().len(), 5);
        assert_eq!(
            run(Selection {
                only: Some("ben".into()),
                ..Selection::default()
            })
            .unwrap(),
            [kylo(1), kylo(3)]
        );
        assert_eq!(
            run(Selection {
                only: Some("KYLO".into()),
                from: Some(3),
                to: None,
                chapters: None,
            })
            .unwrap(),
            [kylo(3)]
        );
        assert_eq!(
            run(Selection {
                only: None,
                from: Some(2),
                to: Some(3),
                chapters: None,
            })
            .unwrap(),
            [
                kylo(1),
                (NARRATOR.to_string(), 1),
                ("reader".to_string(), 2)
            ]
        );
        assert_eq!(
            run(Selection {
                only: Some("narrator".into()),
                ..Selection::default()
            })
            .unwrap()
            .len(),
            2
        );
    }

    #[test]
    fn errors_name_the_problem() {
        let error = run(Selection {
            only: Some("Rey".into()),
            ..Selection::default()
        })
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "`Rey` speaks no line\nhint: speakers: narrator, kylo, reader"
        );
        assert_eq!(
            run(Selection {
                only: None,
                from: Some(3),
                to: Some(2),
                chapters: None,
            })
            .unwrap_err(),
            SelectError::Reversed { from: 3, to: 2 }
        );
        assert_eq!(
            run(Selection {
                only: None,
                from: Some(9),
                to: None,
                chapters: None,
            })
            .unwrap_err(),
            SelectError::PastEnd {
                from: 9,
                paragraphs: 4
            }
        );
        assert_eq!(
            run(Selection {
                only: None,
                from: Some(0),
                to: None,
                chapters: None,
            })
            .unwrap_err(),
            SelectError::Zero
        );
    }
}
