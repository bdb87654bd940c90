//! macOS `say`: the system voices (`Samantha`, `Daniel`, `Karen`, …). The text goes
//! in through a temporary file (`-f`), output is 16-bit WAV (`--data-format`), and
//! `rate` maps onto `-r` words per minute.

use std::path::Path;
use std::time::Duration;

use super::process::{output, run};
use super::{Controls, Engine, SynthError, VoiceSettings};

/// `say`'s usual speaking rate, which `rate` multiplies.
const WORDS_PER_MINUTE: f64 = 180.0;

/// `say` run once per clip.
#[derive(Debug, Clone)]
pub struct SayEngine {
    pub program: String,
    pub timeout: Duration,
}

impl Default for SayEngine {
    fn default() -> Self {
        SayEngine {
            program: "say".to_string(),
            timeout: Duration::from_secs(60),
        }
    }
}

/// Parses `say -v '?'`: `Samantha            en_US    # Hello, my name is Samantha.`
/// (names may contain spaces and a parenthesised variant).
pub fn parse_voice_list(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter_map(|line| {
            let before_comment = line.split('#').next()?;
            let mut words: Vec<&str> = before_comment.split_whitespace().collect();
            // The last word is the locale.
            words.pop()?;
            (!words.is_empty()).then(|| words.join(" "))
        })
        .collect()
}

impl SayEngine {
    fn argv(
        &self,
        voice: &str,
        settings: &VoiceSettings,
        text_file: &Path,
        out: &Path,
    ) -> Vec<String> {
        let mut argv = vec![self.program.clone(), "-v".to_string(), voice.to_string()];
        if let Some(rate) = settings.rate {
            argv.extend(["-r".to_string(), format!("{:.0}", WORDS_PER_MINUTE * rate)]);
        }
        argv.extend([
            "--file-format=WAVE".to_string(),
            "--data-format=LEI16@22050".to_string(),
            "-o".to_string(),
            out.to_string_lossy().into_owned(),
            "-f".to_string(),
            text_file.to_string_lossy().into_owned(),
        ]);
        argv
    }

    fn not_installed(&self) -> SynthError {
        SynthError::NotInstalled {
            engine: "say".to_string(),
            program: self.program.clone(),
            hint: "`say` comes with macOS; on other systems use espeak, flite or piper voices"
                .to_string(),
        }
    }
}

impl Engine for SayEngine {
    fn fingerprint(&self) -> String {
        format!("say;program={}", self.program)
    }

    fn check(&self) -> Result<(), SynthError> {
        if super::program_exists(&self.program) {
            Ok(())
        } else {
            Err(self.not_installed())
        }
    }

    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        let installed = self.installed_voices()?.unwrap_or_default();
        if installed.iter().any(|name| name == voice) {
            Ok(())
        } else {
            Err(SynthError::UnknownVoice {
                engine: "say".to_string(),
                voice: voice.to_string(),
                suggestions: format!(
                    "{} (see `say -v '?'`)",
                    installed
                        .iter()
                        .take(8)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
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
        let listing = output(
            &[self.program.clone(), "-v".to_string(), "?".to_string()],
            self.timeout,
        )
        .map_err(|error| match error {
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
    fn voice_list_parses() {
        let listing = "Samantha            en_US    # Hello, my name is Samantha.\nEddy (English (UK)) en_GB    # Hello! My name is Eddy.\n";
        assert_eq!(
            parse_voice_list(listing),
            ["Samantha", "Eddy (English (UK))"]
        );
    }

    #[test]
    fn argv_writes_sixteen_bit_wav() {
        let engine = SayEngine::default();
        let settings = VoiceSettings {
            rate: Some(1.5),
            ..Default::default()
        };
        let argv = engine.argv(
            "Daniel",
            &settings,
            Path::new("/t.txt"),
            Path::new("/o.wav"),
        );
        assert_eq!(
            argv,
            [
                "say",
                "-v",
                "Daniel",
                "-r",
                "270",
                "--file-format=WAVE",
                "--data-format=LEI16@22050",
                "-o",
                "/o.wav",
                "-f",
                "/t.txt"
            ]
        );
    }
}
