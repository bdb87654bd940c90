//! The cast file (TOML): who the characters are and which voice each one gets.
//!
//! ```toml
//! [narrator]
//! voice = "en-us+m1"
//! [characters.kylo]          # the key is the speaker id used everywhere
//! name = "Kylo Ren"
//! aliases = ["Kylo", "Ben Solo"]
//! gender = "male"            # male | female | other
//! pov = true                 # the story's "I" or reader-insert "you"
//! voice = "en-us+m3"
//! pause_before = 300         # extra milliseconds before and after their lines
//! [pauses]                   # milliseconds
//! paragraph = 500
//! [output]                   # audio written (flags and FICAUDIO_* win)
//! rate = 44100
//! channels = 2
//! bits = 24
//! [mix]
//! loudness = -18             # LUFS every voice is brought to
//! true_peak = -1             # dBTP ceiling
//! [[fix]]                    # pin the speaker of a line
//! quote = "Are you sure"     # the quote's first words
//! speaker = "kylo"
//! occurrence = 2             # optional: the 2nd quote starting with those words
//! ```
//!
//! Unknown keys are kept aside and reported as warnings, never silently dropped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;
use thiserror::Error;

/// Why a cast file could not be used.
#[derive(Debug, Error)]
pub enum CastError {
    #[error("cannot read cast `{path}`: {source}\nhint: check the path given to --cast")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}\nhint: fix the TOML syntax at that position")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// A character's gender, used to match voices and resolve pronouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
    Other,
}

/// One character of the cast.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Character {
    /// The table key: the speaker id in every record.
    pub id: String,
    /// The character's main name; defaults to the id.
    pub name: String,
    /// Other names and titles the story uses.
    pub aliases: Vec<String>,
    pub gender: Option<Gender>,
    /// The story's first-person narrator or second-person reader-insert.
    pub pov: bool,
    /// A voice reference; `None` lets the voice bank choose.
    pub voice: Option<String>,
}

impl Character {
    /// Every name the story may use for this character: the name, the aliases and the id.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(std::iter::once(self.id.as_str()))
    }
}

/// Pause lengths in milliseconds; `None` keeps the built-in default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PauseSettings {
    /// Between narration and dialogue inside one paragraph.
    pub narration: Option<u32>,
    /// Between two different speakers.
    pub speaker_change: Option<u32>,
    /// The same speaker going on (both halves of a quote broken by a tag).
    pub same_speaker: Option<u32>,
    /// Between paragraphs.
    pub paragraph: Option<u32>,
    pub scene_break: Option<u32>,
    /// Around a title or heading.
    pub heading: Option<u32>,
    /// Before a chapter heading.
    pub chapter: Option<u32>,
}

/// A line whose speaker the cast file pins, found by the quote's first words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineFix {
    /// The first words of the quote (case, punctuation and line breaks do not matter).
    pub quote: String,
    /// The speaker id (or a name) to give the line.
    pub speaker: String,
    /// Which of the quotes starting with those words, 1-based; the first when absent.
    pub occurrence: Option<usize>,
}

/// Extra silence around one character's lines, in milliseconds: `pause_before` and
/// `pause_after` in the character's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CharacterPauses {
    pub before: u32,
    pub after: u32,
}

/// The `[output]` table: the audio format written; `None` keeps the default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputSettings {
    /// Sample rate in Hz.
    pub rate: Option<u32>,
    pub channels: Option<u16>,
    /// Bits per sample of WAV output (8, 16, 24 or 32).
    pub bits: Option<u16>,
    /// wav, mp3, ogg, opus, m4b or flac, when `-o` has no telling extension.
    pub format: Option<String>,
}

/// The `[mix]` table: levels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MixSettings {
    /// Integrated loudness every voice is brought to, in LUFS.
    pub loudness: Option<f64>,
    /// True-peak ceiling in dBTP.
    pub true_peak: Option<f64>,
}

/// The parsed cast file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cast {
    pub narrator_voice: Option<String>,
    /// Characters in file order.
    pub characters: Vec<Character>,
    pub pauses: PauseSettings,
    /// Per-character pauses by character id (kept beside `characters` so code that
    /// builds a `Character` literally needs no change).
    pub character_pauses: BTreeMap<String, CharacterPauses>,
    pub output: OutputSettings,
    pub mix: MixSettings,
    /// Engines declared under `[engines.NAME]`, in file order.
    pub engines: Vec<(String, crate::synth::EngineSpec)>,
    /// `rate`, `pitch` and `volume` given in a character's table (or `[narrator]`), by
    /// speaker id; kept beside `characters` so code that builds a `Character` needs
    /// no change.
    pub voice_settings: BTreeMap<String, crate::synth::VoiceSettings>,
    /// `[voices."REF"]` tables: settings of a voice whoever speaks with it, in file
    /// order; the reference is as written (a bare voice means the default engine).
    pub voices: Vec<(String, crate::synth::VoiceSettings)>,
    /// Where the cast came from, for messages.
    pub path: Option<PathBuf>,
    /// Keys that were not understood, as dotted paths (`characters.kylo.colour`).
    pub unknown_keys: Vec<String>,
    /// Speakers pinned by hand, in file order.
    pub fixes: Vec<LineFix>,
    /// `[pronounce]`: written form → spoken form, whole words, in file order.
    pub pronounce: Vec<(String, String)>,
}

impl Cast {
    /// Finds a character by id.
    pub fn character(&self, id: &str) -> Option<&Character> {
        self.characters.iter().find(|character| character.id == id)
    }

    /// The point-of-view character, if the cast names one.
    pub fn pov(&self) -> Option<&Character> {
        self.characters.iter().find(|character| character.pov)
    }

    /// Names (a name or an alias, compared without case) that more than one
    /// character has, with those characters' ids: a tag with such a name cannot say
    /// which of them speaks, so each is worth a warning. (A surname shared with
    /// another's full name, `Small` beside `Jonathan Small`, is no clash: the name
    /// given on its own wins.)
    pub fn shared_names(&self) -> Vec<(String, Vec<String>)> {
        let mut owners: Vec<(String, String, Vec<String>)> = Vec::new();
        for character in &self.characters {
            let names = std::iter::once(&character.name).chain(&character.aliases);
            for name in names {
                let key = name.trim().to_lowercase();
                if key.is_empty() {
                    continue;
                }
                match owners.iter_mut().find(|(known, _, _)| *known == key) {
                    Some((_, _, ids)) if !ids.contains(&character.id) => {
                        ids.push(character.id.clone())
                    }
                    Some(_) => {}
                    None => owners.push((key, name.trim().to_string(), vec![character.id.clone()])),
                }
            }
        }
        owners
            .into_iter()
            .filter(|(_, _, ids)| ids.len() > 1)
            .map(|(_, name, ids)| (name, ids))
            .collect()
    }
}

#[derive(Debug, Deserialize)]
struct RawCast {
    #[serde(default)]
    narrator: Option<RawNarrator>,
    #[serde(default)]
    characters: IndexMap<String, RawCharacter>,
    #[serde(default)]
    pauses: Option<PauseSettings>,
    #[serde(default)]
    output: Option<OutputSettings>,
    #[serde(default)]
    mix: Option<MixSettings>,
    #[serde(default)]
    engines: IndexMap<String, crate::synth::EngineSpec>,
    #[serde(default)]
    voices: IndexMap<String, crate::synth::VoiceSettings>,
    #[serde(default)]
    fix: Vec<LineFix>,
    #[serde(default)]
    pronounce: IndexMap<String, String>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Deserialize)]
struct RawNarrator {
    voice: Option<String>,
    rate: Option<f64>,
    pitch: Option<f64>,
    volume: Option<f64>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Deserialize)]
struct RawCharacter {
    name: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    gender: Option<Gender>,
    #[serde(default)]
    pov: bool,
    voice: Option<String>,
    pause_before: Option<u32>,
    pause_after: Option<u32>,
    rate: Option<f64>,
    pitch: Option<f64>,
    volume: Option<f64>,
    #[serde(flatten)]
    extra: BTreeMap<String, toml::Value>,
}

/// Reads a cast file.
pub fn read_cast(path: &Path) -> Result<Cast, CastError> {
    let text = std::fs::read_to_string(path).map_err(|source| CastError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse_cast(&text, path)
}

/// Parses cast TOML; `path` names the file in messages.
pub fn parse_cast(text: &str, path: &Path) -> Result<Cast, CastError> {
    let raw: RawCast = toml::from_str(text).map_err(|error| {
        let (line, column) = error
            .span()
            .map(|span| line_column(text, span.start))
            .unwrap_or((1, 1));
        CastError::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: error.message().trim().to_string(),
        }
    })?;
    let mut unknown_keys: Vec<String> = raw.extra.keys().cloned().collect();
    let mut voice_settings = BTreeMap::new();
    let narrator_voice = raw.narrator.map(|narrator| {
        unknown_keys.extend(narrator.extra.keys().map(|key| format!("narrator.{key}")));
        let settings = crate::synth::VoiceSettings {
            rate: narrator.rate,
            pitch: narrator.pitch,
            volume: narrator.volume,
        };
        voice_settings.insert(crate::model::NARRATOR.to_string(), settings);
        narrator.voice
    });
    let mut characters = Vec::new();
    let mut character_pauses = BTreeMap::new();
    for (id, character) in raw.characters {
        if id.trim().is_empty() || id == crate::model::NARRATOR {
            return Err(CastError::Invalid {
                path: path.to_path_buf(),
                message: format!("`characters.{id}` is not a usable speaker id\nhint: pick another table name, such as `characters.hero`"),
            });
        }
        unknown_keys.extend(
            character
                .extra
                .keys()
                .map(|key| format!("characters.{id}.{key}")),
        );
        if character.pause_before.is_some() || character.pause_after.is_some() {
            let pauses = CharacterPauses {
                before: character.pause_before.unwrap_or(0),
                after: character.pause_after.unwrap_or(0),
            };
            character_pauses.insert(id.clone(), pauses);
        }
        voice_settings.insert(
            id.clone(),
            crate::synth::VoiceSettings {
                rate: character.rate,
                pitch: character.pitch,
                volume: character.volume,
            },
        );
        characters.push(Character {
            name: character.name.unwrap_or_else(|| id.clone()),
            id,
            aliases: character.aliases,
            gender: character.gender,
            pov: character.pov,
            voice: character.voice,
        });
    }
    let mut engines = Vec::new();
    for (name, engine) in raw.engines {
        unknown_keys.extend(
            engine
                .extra
                .keys()
                .map(|key| format!("engines.{name}.{key}")),
        );
        engines.push((name, engine));
    }
    if let Some(fix) = raw
        .fix
        .iter()
        .find(|fix| fix.occurrence == Some(0) || fix.quote.trim().is_empty())
    {
        return Err(CastError::Invalid {
            path: path.to_path_buf(),
            message: format!("`[[fix]]` for `{}` needs a non-empty `quote` and an `occurrence` from 1\nhint: write the first words of the line, and leave out `occurrence` for the first one", fix.quote),
        });
    }
    let povs = characters.iter().filter(|character| character.pov).count();
    if povs > 1 {
        return Err(CastError::Invalid {
            path: path.to_path_buf(),
            message: "more than one character has `pov = true`\nhint: mark only the story's narrator or reader-insert".to_string(),
        });
    }
    voice_settings.retain(|_, settings| !settings.is_default());
    let voices: Vec<(String, crate::synth::VoiceSettings)> = raw.voices.into_iter().collect();
    let labelled = voice_settings
        .iter()
        .map(|(id, settings)| {
            (
                if id == crate::model::NARRATOR {
                    "narrator".to_string()
                } else {
                    format!("characters.{id}")
                },
                settings,
            )
        })
        .chain(
            voices
                .iter()
                .map(|(reference, settings)| (format!("voices.\"{reference}\""), settings)),
        );
    for (table, settings) in labelled {
        if let Err(message) = settings.validate() {
            return Err(CastError::Invalid {
                path: path.to_path_buf(),
                message: format!("[{table}]: {message}"),
            });
        }
    }
    Ok(Cast {
        voice_settings,
        voices,
        narrator_voice: narrator_voice.flatten(),
        characters,
        pauses: raw.pauses.unwrap_or_default(),
        character_pauses,
        output: raw.output.unwrap_or_default(),
        mix: raw.mix.unwrap_or_default(),
        engines,
        path: Some(path.to_path_buf()),
        unknown_keys,
        fixes: raw.fix,
        pronounce: raw.pronounce.into_iter().collect(),
    })
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Cast, CastError> {
        parse_cast(text, Path::new("cast.toml"))
    }

    #[test]
    fn full_cast_in_file_order() {
        let cast = parse(
            "[narrator]\nvoice = \"en-us+m1\"\n[characters.zed]\nname = \"Zed\"\n[characters.kylo]\nname = \"Kylo Ren\"\naliases = [\"Ben\"]\ngender = \"male\"\npov = true\nvoice = \"en-us+m3\"\n",
        )
        .unwrap();
        assert_eq!(cast.narrator_voice.as_deref(), Some("en-us+m1"));
        let ids: Vec<&str> = cast
            .characters
            .iter()
            .map(|character| character.id.as_str())
            .collect();
        assert_eq!(ids, ["zed", "kylo"]);
        assert_eq!(cast.pov().unwrap().name, "Kylo Ren");
        assert_eq!(cast.characters[1].gender, Some(Gender::Male));
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let error = parse("[narrator]\nvoice = \n").unwrap_err().to_string();
        assert!(error.starts_with("cast.toml:2:"), "{error}");
    }

    #[test]
    fn names_shared_by_two_characters_are_found() {
        let cast = parse_cast(
            "[characters.jonathan]\nname = \"Jonathan Small\"\naliases = [\"Small\", \"the convict\"]\n\n[characters.small]\nname = \"small\"\n\n[characters.holmes]\nname = \"Holmes\"\naliases = [\"Holmes\"]\n\n[characters.mycroft]\nname = \"Mycroft Holmes\"\n\n[characters.convict]\nname = \"the convict\"\n",
            Path::new("cast.toml"),
        )
        .unwrap();
        let shared = |name: &str, ids: &[&str]| {
            (
                name.to_string(),
                ids.iter().map(|id| id.to_string()).collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            cast.shared_names(),
            [
                shared("Small", &["jonathan", "small"]),
                shared("the convict", &["jonathan", "convict"]),
            ]
        );
    }

    #[test]
    fn unknown_keys_are_collected() {
        let cast = parse("colour = 1\n[characters.a]\nvoise = \"x\"\n").unwrap();
        assert_eq!(cast.unknown_keys, ["colour", "characters.a.voise"]);
    }

    #[test]
    fn fixes_are_read_in_order() {
        let cast = parse("[[fix]]\nquote = \"Are you sure\"\nspeaker = \"kylo\"\noccurrence = 2\n[[fix]]\nquote = \"Go\"\nspeaker = \"reader\"\n").unwrap();
        assert_eq!(
            cast.fixes,
            [
                LineFix {
                    quote: "Are you sure".to_string(),
                    speaker: "kylo".to_string(),
                    occurrence: Some(2)
                },
                LineFix {
                    quote: "Go".to_string(),
                    speaker: "reader".to_string(),
                    occurrence: None
                },
            ]
        );
    }

    #[test]
    fn bad_fixes_are_errors() {
        for text in [
            "[[fix]]\nquote = \"Go\"\n",
            "[[fix]]\nquote = \"Go\"\nspeaker = \"a\"\noccurrence = 0\n",
            "[[fix]]\nquote = \"  \"\nspeaker = \"a\"\n",
            "[[fix]]\nquote = \"Go\"\nspeaker = \"a\"\nline = 3\n",
        ] {
            assert!(parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn voice_settings_from_characters_narrator_and_voices() {
        let cast = parse("[narrator]\nrate = 0.9\n[characters.a]\nvolume = 0.5\n[characters.b]\n[voices.\"flite:slt\"]\npitch = 1.2\n").unwrap();
        assert_eq!(
            cast.voice_settings
                .get("narrator")
                .and_then(|settings| settings.rate),
            Some(0.9)
        );
        assert_eq!(
            cast.voice_settings
                .get("a")
                .and_then(|settings| settings.volume),
            Some(0.5)
        );
        assert!(!cast.voice_settings.contains_key("b"));
        assert_eq!(cast.voices[0].0, "flite:slt");
        assert_eq!(cast.voices[0].1.pitch, Some(1.2));
        assert!(cast.unknown_keys.is_empty(), "{:?}", cast.unknown_keys);
        let error = parse("[characters.a]\nrate = 9\n").unwrap_err().to_string();
        assert!(
            error.contains("[characters.a]: `rate = 9` is out of range"),
            "{error}"
        );
        assert!(
            parse("[voices.x]\nspeed = 1\n").is_err(),
            "a misspelt setting is an error"
        );
    }

    #[test]
    fn bad_gender_is_an_error() {
        assert!(parse("[characters.a]\ngender = \"robot\"\n").is_err());
    }

    #[test]
    fn output_mix_and_character_pauses() {
        let cast = parse("[output]\nrate = 44100\nchannels = 2\nbits = 24\nformat = \"m4b\"\n[mix]\nloudness = -16.5\n[characters.a]\npause_before = 300\n[characters.b]\n").unwrap();
        assert_eq!(cast.output.rate, Some(44_100));
        assert_eq!(cast.output.channels, Some(2));
        assert_eq!(cast.output.bits, Some(24));
        assert_eq!(cast.output.format.as_deref(), Some("m4b"));
        assert_eq!(cast.mix.loudness, Some(-16.5));
        assert_eq!(cast.mix.true_peak, None);
        assert_eq!(
            cast.character_pauses.get("a"),
            Some(&CharacterPauses {
                before: 300,
                after: 0
            })
        );
        assert_eq!(cast.character_pauses.get("b"), None);
        assert!(cast.unknown_keys.is_empty(), "{:?}", cast.unknown_keys);
        assert!(
            parse("[output]\nsample_rate = 1\n").is_err(),
            "a misspelt output key is an error"
        );
    }
}
