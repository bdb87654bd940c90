//! Writing a drafted cast as commented TOML a person can edit.
//!
//! In: a [`Draft`], the voice bank, and optionally the cast file the user already has
//! (its text and its parsed form). Out: the cast file's text. A new cast lists the
//! narrator and every character with a voice, each with a comment saying how many
//! lines it speaks and why its gender was guessed. Given an existing cast, its text is
//! kept byte for byte (every choice and comment the user made) and only characters it
//! does not know yet are appended, with voices no character of the file uses.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::draft::{Draft, DraftCharacter, PointOfView};
use super::{assign_voices, Cast, Character, Gender, VoiceAssignment, VoiceBank};
use crate::model::NARRATOR;

/// The existing cast file a draft is merged into.
#[derive(Debug, Clone, Copy)]
pub struct Existing<'a> {
    pub text: &'a str,
    pub cast: &'a Cast,
}

/// What [`write_cast`] produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub text: String,
    /// Ids of the characters the text adds.
    pub added: Vec<String>,
}

/// The cast file for `draft`: a new one, or `existing` with the new characters added.
pub fn write_cast(
    draft: &Draft,
    story_name: &str,
    bank: &VoiceBank,
    existing: Option<Existing>,
) -> Written {
    let empty = Cast::default();
    let known = existing.map_or(&empty, |existing| existing.cast);
    let new = new_characters(draft, known);
    let voices = choose_voices(known, &new, bank);
    let mut text = String::new();
    match existing {
        Some(existing) => {
            text.push_str(existing.text);
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            if !new.is_empty() {
                let _ = writeln!(text, "\n# Added by `ficaudio cast` from `{story_name}`: characters this file did not list yet.");
            }
        }
        None => {
            write_header(&mut text, draft, story_name);
            let narrator = voices.voice(NARRATOR);
            let _ = writeln!(text, "[narrator]");
            let _ = writeln!(
                text,
                "voice = {}{}",
                quoted(narrator),
                voice_comment(bank, narrator)
            );
        }
    }
    let mut minor_heading = false;
    for character in &new {
        if existing.is_none() && character.lines == 0 && !character.pov && !minor_heading {
            let _ = writeln!(
                text,
                "\n# Named near dialogue, but no line of theirs was found by its tag."
            );
            minor_heading = true;
        }
        write_character(&mut text, character, voices.voice(&character.id), bank);
    }
    if existing.is_none() {
        write_footer(&mut text, draft);
    }
    Written {
        text,
        added: new.iter().map(|character| character.id.clone()).collect(),
    }
}

/// The drafted characters the existing cast does not know, with ids it does not use.
/// A character is known when one of its names is a name of a cast character; the
/// pov character is known when the cast already has one.
fn new_characters(draft: &Draft, known: &Cast) -> Vec<DraftCharacter> {
    let known_names: HashSet<String> = known
        .characters
        .iter()
        .flat_map(|character| character.names().map(normalize))
        .collect();
    let mut used_ids: HashSet<String> = known
        .characters
        .iter()
        .map(|character| character.id.to_lowercase())
        .collect();
    let has_pov = known.pov().is_some();
    let mut new = Vec::new();
    for character in &draft.characters {
        let names = std::iter::once(&character.name).chain(&character.aliases);
        if names
            .map(|name| normalize(name))
            .any(|name| known_names.contains(&name))
            || (character.pov && has_pov)
        {
            continue;
        }
        let mut character = character.clone();
        let base = character.id.clone();
        let mut number = 2;
        while used_ids.contains(&character.id.to_lowercase()) {
            character.id = format!("{base}-{number}");
            number += 1;
        }
        used_ids.insert(character.id.to_lowercase());
        new.push(character);
    }
    new
}

fn normalize(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Voices for everyone: the cast's choices kept, new characters in order of lines
/// given distinct voices from the bank.
fn choose_voices(known: &Cast, new: &[DraftCharacter], bank: &VoiceBank) -> VoiceAssignment {
    let mut combined = known.clone();
    for character in new {
        combined.characters.push(Character {
            id: character.id.clone(),
            name: character.name.clone(),
            aliases: character.aliases.clone(),
            gender: character.gender,
            pov: character.pov,
            voice: None,
        });
    }
    let speakers: Vec<String> = combined
        .characters
        .iter()
        .map(|character| character.id.clone())
        .collect();
    assign_voices(&combined, &speakers, &HashMap::new(), bank)
}

fn write_header(text: &mut String, draft: &Draft, story_name: &str) {
    let speaking = draft
        .characters
        .iter()
        .filter(|character| character.lines > 0)
        .count();
    let _ = writeln!(
        text,
        "# Cast of `{story_name}`, drafted by `ficaudio cast`."
    );
    let _ = writeln!(
        text,
        "# Found {} characters ({speaking} with lines found by their speech tags) in {} quotes.",
        draft.characters.len(),
        draft.quotes
    );
    let point_of_view = match draft.point_of_view {
        PointOfView::First => {
            "first person: the narrator's own lines go to the character marked `pov`"
        }
        PointOfView::Second => "second person: the reader-insert is the character marked `pov`",
        PointOfView::Third => "third person",
    };
    let _ = writeln!(text, "# Point of view: {point_of_view}.");
    let _ = writeln!(text, "#");
    let _ = writeln!(
        text,
        "# Edit freely: `name` and `aliases` are the names the story uses for a character;"
    );
    let _ = writeln!(
        text,
        "# `gender` is male, female or other; `voice` is ENGINE:VOICE (espeak-ng voices:"
    );
    let _ = writeln!(
        text,
        "# `espeak-ng --voices=en`). Delete a character to let the story's lines go to the"
    );
    let _ = writeln!(
        text,
        "# narrator's voice. Run `ficaudio cast STORY --cast THIS_FILE -o THIS_FILE` later"
    );
    let _ = writeln!(
        text,
        "# to add characters that are new, keeping everything written here.\n"
    );
}

fn write_character(text: &mut String, character: &DraftCharacter, voice: &str, bank: &VoiceBank) {
    let lines = match character.lines {
        1 => "1 line".to_string(),
        count => format!("{count} lines"),
    };
    let pov = if character.pov {
        "; the story's point of view"
    } else {
        ""
    };
    let gender = match character.gender {
        Some(_) => format!("gender {}", character.gender_reason),
        None => "gender unknown".to_string(),
    };
    let _ = writeln!(
        text,
        "\n# {}: {lines}, named {} times; {gender}{pov}",
        character.name, character.mentions
    );
    let _ = writeln!(text, "[characters.{}]", key(&character.id));
    let _ = writeln!(text, "name = {}", quoted(&character.name));
    if !character.aliases.is_empty() {
        let aliases: Vec<String> = character
            .aliases
            .iter()
            .map(|alias| quoted(alias))
            .collect();
        let _ = writeln!(text, "aliases = [{}]", aliases.join(", "));
    }
    match character.gender {
        Some(gender) => {
            let _ = writeln!(text, "gender = {}", quoted(gender_name(gender)));
        }
        None => {
            let _ = writeln!(text, "# gender = \"female\"  # or \"male\", \"other\"");
        }
    }
    if character.pov {
        let _ = writeln!(text, "pov = true");
    }
    let _ = writeln!(
        text,
        "voice = {}{}",
        quoted(voice),
        voice_comment(bank, voice)
    );
}

fn write_footer(text: &mut String, draft: &Draft) {
    let _ = writeln!(
        text,
        "\n# Words every engine should say differently: written form = spoken form,"
    );
    let _ = writeln!(text, "# whole words, case as written.");
    let _ = writeln!(text, "[pronounce]");
    let reader_insert = draft
        .characters
        .iter()
        .any(|character| character.name.eq_ignore_ascii_case("y/n"));
    if reader_insert {
        let _ = writeln!(text, "\"Y/N\" = \"you\"");
    } else {
        let _ = writeln!(text, "# \"Hermione\" = \"her my oh nee\"");
    }
}

fn gender_name(gender: Gender) -> &'static str {
    match gender {
        Gender::Male => "male",
        Gender::Female => "female",
        Gender::Other => "other",
    }
}

/// The bank's description of a voice, as a trailing comment.
fn voice_comment(bank: &VoiceBank, voice: &str) -> String {
    let bare = voice
        .strip_prefix(&format!("{}:", bank.engine))
        .unwrap_or(voice);
    match bank.find(bare) {
        Some(entry) if !entry.description.is_empty() => {
            format!("  # {}, {}", entry.accent, entry.description)
        }
        _ => String::new(),
    }
}

/// A TOML string literal.
fn quoted(value: &str) -> String {
    toml::Value::String(value.to_string()).to_string()
}

/// A TOML key: bare when it can be, quoted otherwise.
fn key(id: &str) -> String {
    if !id.is_empty()
        && id.chars().all(|character| {
            character.is_ascii_alphanumeric() || character == '-' || character == '_'
        })
    {
        id.to_string()
    } else {
        quoted(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cast::parse_cast;
    use std::path::Path;

    fn character(
        id: &str,
        name: &str,
        aliases: &[&str],
        gender: Option<Gender>,
        lines: usize,
        pov: bool,
    ) -> DraftCharacter {
        DraftCharacter {
            id: id.to_string(),
            name: name.to_string(),
            aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
            gender,
            gender_reason: "from the title".to_string(),
            pov,
            lines,
            mentions: lines,
        }
    }

    fn draft() -> Draft {
        Draft {
            characters: vec![
                character("reader", "Y/N", &[], Some(Gender::Female), 6, true),
                character(
                    "kylo-ren",
                    "Kylo Ren",
                    &["Kylo", "Ren"],
                    Some(Gender::Male),
                    8,
                    false,
                ),
                character("hux", "General \"Hux\"", &[], Some(Gender::Male), 2, false),
                character("snoke", "Snoke", &[], None, 0, false),
            ],
            point_of_view: PointOfView::First,
            quotes: 16,
        }
    }

    #[test]
    fn new_cast_parses_with_distinct_voices() {
        let bank = VoiceBank::builtin("espeak").unwrap();
        let written = write_cast(&draft(), "story.txt", &bank, None);
        let cast = parse_cast(&written.text, Path::new("drafted.toml"))
            .unwrap_or_else(|error| panic!("{error}\n{}", written.text));
        assert!(cast.unknown_keys.is_empty(), "{:?}", cast.unknown_keys);
        assert_eq!(
            cast.pov().map(|character| character.id.as_str()),
            Some("reader")
        );
        let kylo = cast.character("kylo-ren").unwrap();
        assert_eq!(kylo.aliases, ["Kylo", "Ren"]);
        assert_eq!(cast.character("hux").unwrap().name, "General \"Hux\"");
        let mut voices: Vec<&str> = cast
            .characters
            .iter()
            .filter_map(|character| character.voice.as_deref())
            .collect();
        voices.push(cast.narrator_voice.as_deref().unwrap());
        let count = voices.len();
        voices.sort_unstable();
        voices.dedup();
        assert_eq!(
            voices.len(),
            count,
            "every voice distinct:\n{}",
            written.text
        );
        assert!(
            written.text.contains("# Kylo Ren: 8 lines"),
            "{}",
            written.text
        );
    }

    #[test]
    fn existing_cast_is_kept_and_only_new_characters_added() {
        let bank = VoiceBank::builtin("espeak").unwrap();
        let existing_text = "# my cast\n[narrator]\nvoice = \"en-us+m1\" # I like this one\n\n[characters.Kylo]\nname = \"Kylo\"\nvoice = \"en-us+m3\"\n\n[characters.me]\nname = \"Me\"\npov = true\n";
        let existing = parse_cast(existing_text, Path::new("mine.toml")).unwrap();
        let written = write_cast(
            &draft(),
            "story.txt",
            &bank,
            Some(Existing {
                text: existing_text,
                cast: &existing,
            }),
        );
        assert!(written.text.starts_with(existing_text), "{}", written.text);
        assert_eq!(written.added, ["hux", "snoke"]);
        let cast = parse_cast(&written.text, Path::new("merged.toml")).unwrap();
        assert_eq!(
            cast.character("Kylo").unwrap().voice.as_deref(),
            Some("en-us+m3")
        );
        let hux = cast.character("hux").unwrap().voice.clone().unwrap();
        assert_ne!(
            hux, "espeak:en-us+m3",
            "a new character never takes a voice the user chose"
        );
        assert_ne!(hux, "espeak:en-us+m1");
        // Nothing new: the text comes back unchanged.
        let again = write_cast(
            &draft(),
            "story.txt",
            &bank,
            Some(Existing {
                text: &written.text,
                cast: &cast,
            }),
        );
        assert_eq!(again.text, written.text);
        assert!(again.added.is_empty());
    }
}
