//! flite (CMU Flite): small, fast, a handful of US English voices (`kal`, `slt`,
//! `rms`, `awb`) or any `.flitevox` file. The text goes in through a temporary file
//! (`-f`), so nothing in it can become an option; `rate` maps onto
//! `--setf duration_stretch`.

use std::path::Path;
use std::time::Duration;

use super::process::{output, run};
use super::{Controls, Engine, SynthError, VoiceSettings};

/// flite run once per clip.
#[derive(Debug, Clone)]
pub struct FliteEngine {
    pub program: String,
    pub timeout: Duration,
}

impl Default for FliteEngine {
    fn default() -> Self {
        FliteEngine {
            program: "flite".to_string(),
            timeout: Duration::from_secs(60),
        }
    }
}

impl FliteEngine {
    fn argv(
        &self,
        voice: &str,
        settings: &VoiceSettings,
        text_file: &Path,
        out: &Path,
    ) -> Vec<String> {
        let mut argv = vec![
            self.program.clone(),
            "-voice".to_string(),
            voice.to_string(),
        ];
        if let Some(rate) = settings.rate {
            // A longer stretch is slower speech.
            argv.extend([
                "--setf".to_string(),
                format!("duration_stretch={:.3}", 1.0 / rate),
            ]);
        }
        argv.extend([
            "-f".to_string(),
            text_file.to_string_lossy().into_owned(),
            "-o".to_string(),
            out.to_string_lossy().into_owned(),
        ]);
        argv
    }

    fn not_installed(&self) -> SynthError {
        SynthError::NotInstalled {
            engine: "flite".to_string(),
            program: self.program.clone(),
            hint: "install it with `sudo apt-get install flite` (Debian/Ubuntu) or `brew install flite` (macOS)".to_string(),
        }
    }
}

/// Parses `flite -lv`: `Voices available: kal awb_time kal16 awb rms slt`.
pub fn parse_voice_list(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter_map(|line| line.split_once("Voices available:"))
        .flat_map(|(_, names)| names.split_whitespace().map(str::to_string))
        .collect()
}

impl Engine for FliteEngine {
    fn fingerprint(&self) -> String {
        format!("flite;program={}", self.program)
    }

    fn check(&self) -> Result<(), SynthError> {
        if super::program_exists(&self.program) {
            Ok(())
        } else {
            Err(self.not_installed())
        }
    }

    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        let unknown = |suggestions: String| SynthError::UnknownVoice {
            engine: "flite".to_string(),
            voice: voice.to_string(),
            suggestions,
        };
        if voice.starts_with('-') || voice.is_empty() {
            return Err(unknown("kal, slt, rms, awb (see `flite -lv`)".to_string()));
        }
        if voice.contains('/') {
            // A voice file or URL; flite reports a bad one when it runs.
            return if voice.contains("://") || Path::new(voice).is_file() {
                Ok(())
            } else {
                Err(unknown(
                    "a `.flitevox` file that exists, or one of `flite -lv`".to_string(),
                ))
            };
        }
        let installed = self.installed_voices()?.unwrap_or_default();
        if installed.iter().any(|name| name == voice) {
            Ok(())
        } else {
            Err(unknown(format!(
                "{} (see `flite -lv`)",
                installed.join(", ")
            )))
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
        let listing =
            output(&[self.program.clone(), "-lv".to_string()], self.timeout).map_err(|error| {
                match error {
                    SynthError::Io(_) => self.not_installed(),
                    other => other,
                }
            })?;
        Ok(Some(parse_voice_list(&listing)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voice_list_parses() {
        assert_eq!(
            parse_voice_list("Voices available: kal awb_time slt \n"),
            ["kal", "awb_time", "slt"]
        );
        assert!(parse_voice_list("nothing here").is_empty());
    }

    #[test]
    fn rate_stretches_durations() {
        let engine = FliteEngine::default();
        let settings = VoiceSettings {
            rate: Some(2.0),
            ..Default::default()
        };
        let argv = engine.argv("slt", &settings, Path::new("/t.txt"), Path::new("/o.wav"));
        assert_eq!(
            argv,
            [
                "flite",
                "-voice",
                "slt",
                "--setf",
                "duration_stretch=0.500",
                "-f",
                "/t.txt",
                "-o",
                "/o.wav"
            ]
        );
    }
}
