//! Choosing a voice for every speaker: the cast's choice first, then distinct voices
//! from the bank matched to gender, so no two speakers share a voice while the bank
//! has voices left.

use std::collections::{HashMap, HashSet};

use super::{Cast, Gender, VoiceBank};
use crate::model::NARRATOR;

/// The voice reference (`ENGINE:VOICE`) of every speaker.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VoiceAssignment {
    voices: HashMap<String, String>,
}

impl VoiceAssignment {
    /// The voice of a speaker; unknown speakers fall back to the narrator's voice.
    pub fn voice(&self, speaker: &str) -> &str {
        self.voices
            .get(speaker)
            .or_else(|| self.voices.get(NARRATOR))
            .map_or("", String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.voices
            .iter()
            .map(|(speaker, voice)| (speaker.as_str(), voice.as_str()))
    }
}

/// Makes a full voice reference: a bare voice means the default engine.
pub fn qualify(voice: &str, default_engine: &str) -> String {
    match voice.split_once(':') {
        Some((engine, _))
            if !engine.is_empty()
                && engine.chars().all(|character| {
                    character.is_ascii_alphanumeric() || character == '-' || character == '_'
                }) =>
        {
            voice.to_string()
        }
        _ => format!("{default_engine}:{voice}"),
    }
}

/// Assigns voices. `speakers` are every speaker id that speaks, in order of
/// importance (most lines first); `genders` gives a guess for speakers the cast
/// does not list.
pub fn assign_voices(
    cast: &Cast,
    speakers: &[String],
    genders: &HashMap<String, Gender>,
    bank: &VoiceBank,
) -> VoiceAssignment {
    let engine = bank.engine.as_str();
    let mut voices = HashMap::new();
    let mut used: HashSet<String> = HashSet::new();
    let take = |voices: &mut HashMap<String, String>,
                speaker: &str,
                voice: String,
                used: &mut HashSet<String>| {
        used.insert(voice.clone());
        voices.insert(speaker.to_string(), voice);
    };
    // Explicit choices first, so auto-casting never hands out a voice the user picked.
    if let Some(voice) = &cast.narrator_voice {
        take(&mut voices, NARRATOR, qualify(voice, engine), &mut used);
    }
    for character in &cast.characters {
        if let Some(voice) = &character.voice {
            take(
                &mut voices,
                &character.id,
                qualify(voice, engine),
                &mut used,
            );
        }
    }
    if !voices.contains_key(NARRATOR) {
        let narrator = bank
            .voices
            .iter()
            .find(|voice| voice.narrator)
            .or_else(|| bank.voices.first())
            .map(|voice| qualify(&voice.id, engine))
            .unwrap_or_else(|| format!("{engine}:en"));
        take(&mut voices, NARRATOR, narrator, &mut used);
    }
    // Cast characters (in file order) before speakers found only in the story.
    let mut order: Vec<&str> = cast
        .characters
        .iter()
        .map(|character| character.id.as_str())
        .collect();
    for speaker in speakers {
        if !order.contains(&speaker.as_str()) && speaker != NARRATOR {
            order.push(speaker);
        }
    }
    let mut uses: HashMap<String, usize> = HashMap::new();
    for speaker in order {
        if voices.contains_key(speaker) {
            continue;
        }
        let gender = cast
            .character(speaker)
            .and_then(|character| character.gender)
            .or_else(|| genders.get(speaker).copied());
        let fits = |entry_gender: Gender| match gender {
            Some(Gender::Other) | None => entry_gender != Gender::Other,
            Some(wanted) => entry_gender == wanted,
        };
        let fresh = bank
            .voices
            .iter()
            .filter(|entry| !entry.narrator && fits(entry.gender))
            .map(|entry| qualify(&entry.id, engine))
            .find(|voice| !used.contains(voice));
        // The bank ran out: reuse the least-used voice of the right gender.
        let voice = fresh.or_else(|| {
            bank.voices
                .iter()
                .filter(|entry| !entry.narrator && fits(entry.gender))
                .map(|entry| qualify(&entry.id, engine))
                .min_by_key(|voice| uses.get(voice).copied().unwrap_or(0))
        });
        let voice = voice.unwrap_or_else(|| voices[NARRATOR].clone());
        *uses.entry(voice.clone()).or_default() += 1;
        take(&mut voices, speaker, voice, &mut used);
    }
    VoiceAssignment { voices }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cast::parse_cast;
    use std::path::Path;

    #[test]
    fn qualify_table() {
        assert_eq!(qualify("en-us+m3", "espeak"), "espeak:en-us+m3");
        assert_eq!(qualify("espeak:en+f2", "espeak"), "espeak:en+f2");
        assert_eq!(
            qualify("piper:/voices/joe.onnx", "espeak"),
            "piper:/voices/joe.onnx"
        );
    }

    #[test]
    fn distinct_voices_matched_to_gender() {
        let cast = parse_cast(
            "[characters.kylo]\ngender = \"male\"\n[characters.rey]\ngender = \"female\"\nvoice = \"en-us+f2\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        let bank = VoiceBank::builtin("espeak").unwrap();
        let speakers = vec!["kylo".to_string(), "rey".to_string(), "snoke".to_string()];
        let mut genders = HashMap::new();
        genders.insert("snoke".to_string(), Gender::Male);
        let assignment = assign_voices(&cast, &speakers, &genders, &bank);
        assert_eq!(assignment.voice("rey"), "espeak:en-us+f2");
        let kylo = assignment.voice("kylo");
        let snoke = assignment.voice("snoke");
        let narrator = assignment.voice(NARRATOR);
        assert_ne!(kylo, snoke);
        assert_ne!(kylo, narrator);
        assert_eq!(
            bank.find(kylo.trim_start_matches("espeak:"))
                .unwrap()
                .gender,
            Gender::Male
        );
        assert_eq!(assignment.voice("nobody"), narrator);
    }
}
