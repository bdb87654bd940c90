//! The front of the pipeline, shared by `script`, `render` and the evaluation:
//! input → segment → attribute, with every speaker counted.

use std::collections::HashMap;
use std::path::Path;

use crate::attribute::{attribute, Attribution};
use crate::cast::{Cast, Gender};
use crate::input::{read_story, InputError, InputOptions};
use crate::model::{Document, Segment, NARRATOR};

/// A story read, segmented and attributed.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub document: Document,
    pub segments: Vec<Segment>,
    pub attribution: Attribution,
    /// Warnings for the user from reading the story.
    pub warnings: Vec<String>,
}

impl Prepared {
    /// Every speaker but the narrator, most lines first (ties in order of appearance).
    pub fn speakers_by_lines(&self) -> Vec<String> {
        let mut counts: Vec<(String, usize, usize)> = Vec::new();
        for (position, segment) in self.segments.iter().enumerate() {
            if !segment.kind.is_spoken_by_character() || segment.speaker == NARRATOR {
                continue;
            }
            match counts
                .iter_mut()
                .find(|(speaker, _, _)| *speaker == segment.speaker)
            {
                Some(entry) => entry.1 += 1,
                None => counts.push((segment.speaker.clone(), 1, position)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        counts.into_iter().map(|(speaker, _, _)| speaker).collect()
    }

    /// Gender guesses for speakers the cast does not list.
    pub fn found_genders(&self) -> HashMap<String, Gender> {
        self.attribution
            .found_speakers
            .iter()
            .filter_map(|speaker| speaker.gender.map(|gender| (speaker.id.clone(), gender)))
            .collect()
    }

    /// A display name for a speaker id.
    pub fn name_of(&self, cast: &Cast, speaker: &str) -> String {
        if speaker == NARRATOR {
            return "Narrator".to_string();
        }
        cast.character(speaker)
            .map(|character| character.name.clone())
            .or_else(|| {
                self.attribution
                    .found_speakers
                    .iter()
                    .find(|found| found.id == speaker)
                    .map(|found| found.name.clone())
            })
            .unwrap_or_else(|| speaker.to_string())
    }
}

/// Reads a story and attributes its lines with `cast`.
pub fn prepare(path: &Path, options: &InputOptions, cast: &Cast) -> Result<Prepared, InputError> {
    let story = read_story(path, options)?;
    Ok(prepare_document(story.document, story.warnings, cast))
}

/// Segments and attributes a document already read.
pub fn prepare_document(document: Document, mut warnings: Vec<String>, cast: &Cast) -> Prepared {
    let mut segments = crate::segment::segment(&document);
    let attribution = attribute(&document, &mut segments, cast);
    // A fix that pins nothing is almost always a typo the user wants to hear about.
    let cast_file = cast
        .path
        .as_deref()
        .map_or_else(|| "cast".to_string(), |path| path.display().to_string());
    warnings.extend(
        attribution
            .unmatched_fixes
            .iter()
            .map(|message| format!("{cast_file}: {message}")),
    );
    let texts: Vec<&str> = document
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.text.as_str())
        .collect();
    crate::segment::thoughts::resolve_thinkers(&mut segments, &texts, cast);
    let pov_name = cast.pov().map(|character| character.name.as_str());
    for segment in &mut segments {
        segment.say = crate::spoken::spoken_form(&segment.text, pov_name);
    }
    Prepared {
        document,
        segments,
        attribution,
        warnings,
    }
}
