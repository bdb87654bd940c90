//! Festival, through its `text2wave` script: voices such as `kal_diphone` or
//! `cmu_us_slt_arctic_hts` (Debian packages `festvox-*`). The text goes in through a
//! temporary file; the voice is checked to be a plain name before it becomes part
//! of a Scheme expression, and `rate` maps onto `Duration_Stretch`.

use std::path::Path;
use std::time::Duration;

use super::process::{output, run};
use super::{Controls, Engine, SynthError, VoiceSettings};

/// text2wave run once per clip; festival lists the voices.
#[derive(Debug, Clone)]
pub struct FestivalEngine {
    /// The `text2wave` script.
    pub program: String,
    /// The `festival` interpreter, for listing voices.
    pub festival: String,
    pub timeout: Duration,
}

impl Default for FestivalEngine {
    fn default() -> Self {
        FestivalEngine {
            program: "text2wave".to_string(),
            festival: "festival".to_string(),
            timeout: Duration::from_secs(60),
        }
    }
}

/// A festival voice name is a Scheme symbol; nothing else may reach `-eval`.
fn is_voice_name(voice: &str) -> bool {
    !voice.is_empty()
        && voice
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || character == '_')
}

/// Parses `(print (voice.list))`: `(kal_diphone cmu_us_slt_arctic_hts)`.
pub fn parse_voice_list(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter(|line| line.trim_start().starts_with('('))
        .flat_map(|line| {
            line.split(|character: char| {
                character == '(' || character == ')' || character.is_whitespace()
            })
        })
        .filter(|name| is_voice_name(name))
        .map(str::to_string)
        .collect()
}

impl FestivalEngine {
    fn argv(
        &self,
        voice: &str,
        settings: &VoiceSettings,
        text_file: &Path,
        out: &Path,
    ) -> Vec<String> {
        let mut argv = vec![
            self.program.clone(),
            "-o".to_string(),
            out.to_string_lossy().into_owned(),
            "-eval".to_string(),
            format!("(voice_{voice})"),
        ];
        if let Some(rate) = settings.rate {
            argv.extend([
                "-eval".to_string(),
                format!("(Parameter.set 'Duration_Stretch {:.3})", 1.0 / rate),
            ]);
        }
        argv.push(text_file.to_string_lossy().into_owned());
        argv
    }

    fn not_installed(&self) -> SynthError {
        SynthError::NotInstalled {
            engine: "festival".to_string(),
            program: self.program.clone(),
            hint:
                "install it with `sudo apt-get install festival festvox-kallpc16k` (Debian/Ubuntu)"
                    .to_string(),
        }
    }
}

impl Engine for FestivalEngine {
    fn fingerprint(&self) -> String {
        format!("festival;program={}", self.program)
    }

    fn check(&self) -> Result<(), SynthError> {
        if super::program_exists(&self.program) {
            Ok(())
        } else {
            Err(self.not_installed())
        }
    }

    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        let installed = if is_voice_name(voice) {
            self.installed_voices()?.unwrap_or_default()
        } else {
            Vec::new()
        };
        if installed.iter().any(|name| name == voice) {
            Ok(())
        } else {
            Err(SynthError::UnknownVoice {
                engine: "festival".to_string(),
                voice: voice.to_string(),
                suggestions: if installed.is_empty() {
                    "kal_diphone (package festvox-kallpc16k)".to_string()
                } else {
                    installed.join(", ")
                },
            })
        }
    }

    fn speak(
        &self,
        text: &str,
        voice: &str,
        settings: &VoiceSettings,
        out: &Path,
    ) -> Result<(), SynthError> {
        if !is_voice_name(voice) {
            return Err(SynthError::Config(format!(
                "`{voice}` is not a festival voice name"
            )));
        }
        let text_file = super::process::text_file(text)?;
        run(
            &self.argv(voice, settings, text_file.path(), out),
            None,
            self.timeout,
        )
    }

    fn controls(&self) -> Controls {
        Controls {
            rate: true,
            pitch: false,
        }
    }

    fn installed_voices(&self) -> Result<Option<Vec<String>>, SynthError> {
        let argv = [
            self.festival.clone(),
            "-b".to_string(),
            "(print (voice.list))".to_string(),
        ];
        let listing = output(&argv, self.timeout).map_err(|error| match error {
            SynthError::Io(_) => self.not_installed(),
            other => other,
        })?;
        Ok(Some(parse_voice_list(&listing)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voice_names_table() {
        for (voice, valid) in [
            ("kal_diphone", true),
            ("cmu_us_slt_arctic_hts", true),
            ("x) (system \"rm\"", false),
            ("", false),
        ] {
            assert_eq!(is_voice_name(voice), valid, "{voice}");
        }
        assert_eq!(
            parse_voice_list("(kal_diphone cmu_us_slt_arctic_hts)\n"),
            ["kal_diphone", "cmu_us_slt_arctic_hts"]
        );
    }

    #[test]
    fn argv_with_rate() {
        let engine = FestivalEngine::default();
        let settings = VoiceSettings {
            rate: Some(0.5),
            ..Default::default()
        };
        let argv = engine.argv(
            "kal_diphone",
            &settings,
            Path::new("/t.txt"),
            Path::new("/o.wav"),
        );
        assert_eq!(
            argv,
            [
                "text2wave",
                "-o",
                "/o.wav",
                "-eval",
                "(voice_kal_diphone)",
                "-eval",
                "(Parameter.set 'Duration_Stretch 2.000)",
                "/t.txt"
            ]
        );
    }
}
