//! Voice banks: the voices each engine offers for auto-casting, from `voices/*.toml`
//! (compiled into the binary so it works from any directory).

use serde::Deserialize;

use super::Gender;

/// One voice of a bank.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct VoiceEntry {
    pub id: String,
    pub gender: Gender,
    #[serde(default)]
    pub accent: String,
    #[serde(default)]
    pub description: String,
    /// Suggested for the narrator.
    #[serde(default)]
    pub narrator: bool,
}

/// The voices of one engine, in order of preference.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct VoiceBank {
    pub engine: String,
    #[serde(rename = "voice")]
    pub voices: Vec<VoiceEntry>,
}

const ESPEAK_BANK: &str = include_str!("../../voices/espeak.toml");
const FLITE_BANK: &str = include_str!("../../voices/flite.toml");
const FESTIVAL_BANK: &str = include_str!("../../voices/festival.toml");
const PIPER_BANK: &str = include_str!("../../voices/piper.toml");
const SAY_BANK: &str = include_str!("../../voices/say.toml");

impl VoiceBank {
    /// The bank of a built-in engine, if it has one.
    pub fn builtin(engine: &str) -> Option<VoiceBank> {
        let text = match engine {
            "espeak" => ESPEAK_BANK,
            "flite" => FLITE_BANK,
            "festival" => FESTIVAL_BANK,
            "piper" => PIPER_BANK,
            "say" => SAY_BANK,
            _ => return None,
        };
        // The bank is part of the binary and checked by a test, so parsing cannot fail
        // at run time; an empty bank is still handled by the caller.
        toml::from_str(text).ok()
    }

    pub fn find(&self, id: &str) -> Option<&VoiceEntry> {
        self.voices.iter().find(|voice| voice.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn espeak_bank_parses_and_has_both_genders() {
        let bank = VoiceBank::builtin("espeak").expect("bank parses");
        assert!(
            bank.voices
                .iter()
                .filter(|voice| voice.gender == Gender::Male)
                .count()
                >= 8
        );
        assert!(
            bank.voices
                .iter()
                .filter(|voice| voice.gender == Gender::Female)
                .count()
                >= 8
        );
        assert!(bank.voices.iter().any(|voice| voice.narrator));
        let mut ids: Vec<&str> = bank.voices.iter().map(|voice| voice.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), bank.voices.len(), "voice ids are unique");
    }

    #[test]
    fn every_engine_bank_parses_with_unique_ids_and_a_narrator() {
        for engine in ["espeak", "flite", "festival", "piper", "say"] {
            let bank =
                VoiceBank::builtin(engine).unwrap_or_else(|| panic!("bank of {engine} parses"));
            assert_eq!(bank.engine, engine);
            assert!(
                bank.voices.iter().any(|voice| voice.narrator),
                "{engine} has a narrator"
            );
            assert!(
                bank.voices
                    .iter()
                    .any(|voice| voice.gender == Gender::Female),
                "{engine} has a female voice"
            );
            let mut ids: Vec<&str> = bank.voices.iter().map(|voice| voice.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(
                ids.len(),
                bank.voices.len(),
                "{engine}: voice ids are unique"
            );
        }
    }
}
