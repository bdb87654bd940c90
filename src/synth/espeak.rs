//! espeak-ng, the default engine: installed everywhere, many English accents and
//! variants. The text goes on stdin, so nothing in it can become an option.

use std::path::Path;
use std::time::Duration;

use super::process::{output, run};
use super::{Controls, Engine, SynthError, VoiceSettings};

/// espeak-ng's defaults, which `rate` and `pitch` multiply.
const WORDS_PER_MINUTE: f64 = 175.0;
const PITCH: f64 = 50.0;

/// espeak-ng run once per clip with `-w FILE` (its `--stdout` header has a bogus length).
#[derive(Debug, Clone)]
pub struct EspeakEngine {
    pub program: String,
    pub timeout: Duration,
    /// `variants()`, asked of espeak-ng once per render rather than once per voice.
    known_variants: std::sync::OnceLock<Vec<String>>,
    /// Every name `-v` accepts for a language (language codes, voice names, voice
    /// files), from one `espeak-ng --voices` per render.
    known_languages: std::sync::OnceLock<Vec<String>>,
}

impl Default for EspeakEngine {
    fn default() -> Self {
        EspeakEngine::new("espeak-ng", Duration::from_secs(60))
    }
}

impl EspeakEngine {
    pub fn new(program: &str, timeout: Duration) -> Self {
        EspeakEngine {
            program: program.to_string(),
            timeout,
            known_variants: std::sync::OnceLock::new(),
            known_languages: std::sync::OnceLock::new(),
        }
    }

    /// The variant names espeak-ng knows (`m3`, `f2`, `Annie`, …), from the file
    /// column of `espeak-ng --voices=variant` (`!v/m3`).
    pub fn variants(&self) -> Vec<String> {
        self.known_variants
            .get_or_init(|| self.list_variants())
            .clone()
    }

    /// Language names from `espeak-ng --voices`: the Language, VoiceName and File
    /// columns (`en-us`, `English_(America)`, `gmw/en-US`, `en-US`).
    fn languages(&self) -> &[String] {
        self.known_languages.get_or_init(|| {
            let output = std::process::Command::new(&self.program)
                .arg("--voices")
                .stderr(std::process::Stdio::null())
                .output();
            let Ok(output) = output else {
                return Vec::new();
            };
            let mut names = Vec::new();
            for line in String::from_utf8_lossy(&output.stdout).lines().skip(1) {
                let columns: Vec<&str> = line.split_whitespace().collect();
                if let [_, language, _, voice_name, file, ..] = columns.as_slice() {
                    names.push(language.to_string());
                    names.push(voice_name.to_string());
                    names.push(file.to_string());
                    names.extend(file.rsplit('/').next().map(str::to_string));
                }
            }
            names
        })
    }

    fn list_variants(&self) -> Vec<String> {
        let output = std::process::Command::new(&self.program)
            .arg("--voices=variant")
            .stderr(std::process::Stdio::null())
            .output();
        let Ok(output) = output else {
            return Vec::new();
        };
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .skip(1)
            .filter_map(|line| {
                line.split_whitespace()
                    .find_map(|column| column.strip_prefix("!v/"))
            })
            .map(str::to_string)
            .collect()
    }

    fn argv(&self, voice: &str, settings: &VoiceSettings, out: &Path) -> Vec<String> {
        let mut argv = vec![self.program.clone(), "-v".to_string(), voice.to_string()];
        if let Some(rate) = settings.rate {
            argv.extend([
                "-s".to_string(),
                format!("{:.0}", (WORDS_PER_MINUTE * rate).clamp(80.0, 500.0)),
            ]);
        }
        if let Some(pitch) = settings.pitch {
            argv.extend([
                "-p".to_string(),
                format!("{:.0}", (PITCH * pitch).clamp(0.0, 99.0)),
            ]);
        }
        argv.extend([
            "-w".to_string(),
            out.to_string_lossy().into_owned(),
            "--stdin".to_string(),
        ]);
        argv
    }
}

impl Engine for EspeakEngine {
    fn fingerprint(&self) -> String {
        format!("espeak-ng;program={}", self.program)
    }

    fn check(&self) -> Result<(), SynthError> {
        match std::process::Command::new(&self.program)
            .arg("--version")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
        {
            Ok(_) => Ok(()),
            Err(_) => Err(SynthError::NotInstalled {
                engine: "espeak".to_string(),
                program: self.program.clone(),
                hint: "install it with `sudo apt-get install espeak-ng` (Debian/Ubuntu) or `brew install espeak-ng` (macOS)".to_string(),
            }),
        }
    }

    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        let unknown = || {
            SynthError::UnknownVoice {
            engine: "espeak".to_string(),
            voice: voice.to_string(),
            suggestions: "en-us+m3, en+f2, en-gb-x-rp+m1, en-us+Annie (see `espeak-ng --voices=en` and `--voices=variant`)".to_string(),
        }
        };
        let (language, variant) = match voice.split_once('+') {
            Some((language, variant)) => (language, Some(variant)),
            None => (voice, None),
        };
        // espeak-ng rejects an unknown language itself but silently ignores an unknown
        // variant, so variants are checked against its own list.
        if let Some(variant) = variant {
            let variants = self.variants();
            if !variants.is_empty()
                && !variants
                    .iter()
                    .any(|known| known.eq_ignore_ascii_case(variant))
            {
                return Err(unknown());
            }
        }
        // A language espeak-ng lists needs no trial run; anything else is tried, so a
        // name the listing does not show is never wrongly refused.
        if self
            .languages()
            .iter()
            .any(|known| known.eq_ignore_ascii_case(language))
        {
            return Ok(());
        }
        let argv = vec![
            self.program.clone(),
            "-q".to_string(),
            "-v".to_string(),
            language.to_string(),
            "--stdin".to_string(),
        ];
        match run(&argv, Some(""), self.timeout) {
            Ok(()) => Ok(()),
            Err(SynthError::Failed { .. }) => Err(unknown()),
            Err(other) => Err(other),
        }
    }

    fn speak(
        &self,
        text: &str,
        voice: &str,
        settings: &VoiceSettings,
        out: &Path,
    ) -> Result<(), SynthError> {
        run(&self.argv(voice, settings, out), Some(text), self.timeout)
    }

    fn controls(&self) -> Controls {
        Controls {
            rate: true,
            pitch: true,
        }
    }

    /// Every language (`en-us`) and every variant (`+m3`); a voice is a language,
    /// optionally followed by a variant.
    fn installed_voices(&self) -> Result<Option<Vec<String>>, SynthError> {
        let mut voices = Vec::new();
        for (argument, prefix) in [("--voices", ""), ("--voices=variant", "+")] {
            let listing = output(&[self.program.clone(), argument.to_string()], self.timeout)?;
            // Columns: Pty Language Age/Gender VoiceName File …; the file of a variant
            // (`!v/m3`) is what `+NAME` takes.
            for line in listing.lines().skip(1) {
                let columns: Vec<&str> = line.split_whitespace().collect();
                let name = if prefix.is_empty() {
                    columns.get(1).copied()
                } else {
                    columns.get(4).and_then(|file| file.strip_prefix("!v/"))
                };
                if let Some(name) = name {
                    voices.push(format!("{prefix}{name}"));
                }
            }
        }
        Ok(Some(voices))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_map_onto_espeak_options() {
        let engine = EspeakEngine::default();
        let out = Path::new("/tmp/o.wav");
        let cases = [
            (
                VoiceSettings::default(),
                vec!["espeak-ng", "-v", "en", "-w", "/tmp/o.wav", "--stdin"],
            ),
            (
                VoiceSettings {
                    rate: Some(1.2),
                    pitch: Some(0.8),
                    volume: Some(2.0),
                },
                vec![
                    "espeak-ng",
                    "-v",
                    "en",
                    "-s",
                    "210",
                    "-p",
                    "40",
                    "-w",
                    "/tmp/o.wav",
                    "--stdin",
                ],
            ),
            (
                VoiceSettings {
                    rate: Some(4.0),
                    pitch: Some(4.0),
                    volume: None,
                },
                vec![
                    "espeak-ng",
                    "-v",
                    "en",
                    "-s",
                    "500",
                    "-p",
                    "99",
                    "-w",
                    "/tmp/o.wav",
                    "--stdin",
                ],
            ),
        ];
        for (settings, expected) in cases {
            assert_eq!(engine.argv("en", &settings, out), expected, "{settings:?}");
        }
    }
}
