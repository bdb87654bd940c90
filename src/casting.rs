//! `ficaudio cast`: a story in, a drafted cast file out.
//!
//! In: the story and, optionally, the cast the user already has. Out: cast TOML (to
//! stdout or written atomically to `-o FILE`): the characters [`crate::cast::draft`]
//! finds, with line counts from the attributor run on that draft (so they match what
//! `render` will do), speakers the attributor found that the draft missed, and voices
//! from the bank; an existing cast is kept as written and only extended.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::attribute::attribute;
use crate::cast::draft::{find_characters, slug, Draft, DraftCharacter};
use crate::cast::write::{write_cast, Existing, Written};
use crate::cast::{Cast, Character, VoiceBank};
use crate::config::StoryConfig;
use crate::input::read_story;
use crate::model::{Document, Segment, NARRATOR};
use crate::output::write_atomically;

/// Settings of `ficaudio cast`.
#[derive(Debug, Clone)]
pub struct CastConfig {
    pub story: StoryConfig,
    /// Write here (atomically) instead of stdout.
    pub output: Option<PathBuf>,
    /// Engine whose voice bank casts the characters.
    pub engine: String,
}

/// Drafts the cast of `config`'s story; returns the text and what it added.
pub fn draft_cast(config: &CastConfig) -> Result<Written> {
    let story = &config.story;
    let read = read_story(&story.story, &story.input)?;
    if !story.quiet {
        for warning in &read.warnings {
            eprintln!("warning: {warning}");
        }
    }
    let segments = crate::segment::segment(&read.document);
    let mut draft = find_characters(&read.document, &segments);
    count_lines(&read.document, &segments, &mut draft);
    // A name without a line, a pronoun or a title is more often a place or an
    // exclamation (`Gracechurch-street`, `La!`) than a person worth a voice.
    draft.characters.retain(|character| {
        character.lines > 0
            || character.gender.is_some()
            || character.pov
            || character.mentions >= 5
    });
    let bank = VoiceBank::builtin(&config.engine)
        .or_else(|| VoiceBank::builtin("espeak"))
        .context(
            "no voice bank is built in\nhint: this build of ficaudio is broken; reinstall it",
        )?;
    let existing_text = match &story.cast.path {
        Some(path) => Some(std::fs::read_to_string(path).with_context(|| {
            format!(
                "cannot read the cast `{}`\nhint: check the path given to --cast",
                path.display()
            )
        })?),
        None => None,
    };
    // An empty cast (the shell truncated it: `ficaudio cast story.txt >
    // story.cast.toml`) is drafted anew, header and narrator included.
    let existing_text = existing_text.filter(|text| !text.trim().is_empty());
    let existing = existing_text.as_deref().map(|text| Existing {
        text,
        cast: &story.cast,
    });
    let name = story.story.file_name().map_or_else(
        || story.story.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let written = write_cast(&draft, &name, &bank, existing);
    if let Some(output) = &config.output {
        write_atomically(output, written.text.as_bytes()).with_context(|| {
            format!(
                "cannot write `{}`\nhint: check that its directory exists and is writable",
                output.display()
            )
        })?;
    }
    Ok(written)
}

/// Replaces the draft's tag-based line counts with the attributor's, which also
/// decides the untagged lines; speakers it found that the draft missed are added.
fn count_lines(document: &Document, segments: &[Segment], draft: &mut Draft) {
    let mut cast = Cast::default();
    for character in &draft.characters {
        cast.characters.push(Character {
            id: character.id.clone(),
            name: character.name.clone(),
            aliases: character.aliases.clone(),
            gender: character.gender,
            pov: character.pov,
            voice: None,
        });
    }
    let mut attributed = segments.to_vec();
    let attribution = attribute(document, &mut attributed, &cast);
    // One line per quote: both halves of a quote broken by a tag count once.
    let mut seen_quotes = HashSet::new();
    let mut lines: HashMap<&str, usize> = HashMap::new();
    for segment in attributed
        .iter()
        .filter(|segment| segment.kind.is_spoken_by_character())
    {
        if seen_quotes.insert(segment.quote.quote_id) {
            *lines.entry(segment.speaker.as_str()).or_default() += 1;
        }
    }
    let known: usize = draft
        .characters
        .iter()
        .map(|character| lines.get(character.id.as_str()).copied().unwrap_or(0))
        .sum();
    if known == 0 {
        return;
    }
    for character in &mut draft.characters {
        character.lines = lines.get(character.id.as_str()).copied().unwrap_or(0);
    }
    let mut ids: HashSet<String> = draft
        .characters
        .iter()
        .map(|character| character.id.clone())
        .collect();
    for found in &attribution.found_speakers {
        let count = lines.get(found.id.as_str()).copied().unwrap_or(0);
        let already = draft.characters.iter().any(|character| {
            std::iter::once(&character.name)
                .chain(&character.aliases)
                .any(|name| name.eq_ignore_ascii_case(&found.name))
        });
        if count == 0 || already || found.id == NARRATOR || found.id == crate::attribute::UNKNOWN {
            continue;
        }
        let mut id = slug(&found.name);
        while ids.contains(&id) {
            id.push('_');
        }
        ids.insert(id.clone());
        draft.characters.push(DraftCharacter {
            id,
            name: found.name.clone(),
            aliases: Vec::new(),
            gender: found.gender,
            gender_reason: "guessed by the attributor".to_string(),
            pov: false,
            lines: count,
            mentions: 0,
        });
    }
    draft.characters.sort_by(|a, b| {
        b.lines
            .cmp(&a.lines)
            .then(b.pov.cmp(&a.pov))
            .then(b.mentions.cmp(&a.mentions))
    });
}

impl CastConfig {
    pub fn resolve(args: &crate::cli::CastArgs) -> Result<Self> {
        Ok(CastConfig {
            story: StoryConfig::resolve(&args.story)?,
            output: args.output.clone(),
            engine: args.engine.clone().unwrap_or_else(|| "espeak".to_string()),
        })
    }
}
