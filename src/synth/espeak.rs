//! espeak-ng, the default engine: installed everywhere, many English accents and
//! variants. The text goes on stdin, so nothing in it can become an option.

use std::path::Path;
use std::time::Duration;

use super::process::run;
use super::{Engine, SynthError};

/// espeak-ng run once per clip with `-w FILE` (its `--stdout` header has a bogus length).
#[derive(Debug, Clone)]
pub struct EspeakEngine {
    pub program: String,
    pub timeout: Duration,
}

impl Default for EspeakEngine {
    fn default() -> Self {
        EspeakEngine {
            program: "espeak-ng".to_string(),
            timeout: Duration::from_secs(60),
        }
    }
}

impl EspeakEngine {
    /// The variant names espeak-ng knows (`m3`, `f2`, `Annie`, …), from the file
    /// column of `espeak-ng --voices=variant` (`!v/m3`).
    pub fn variants(&self) -> Vec<String> {
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
            .filter_map(|line| line.split_whitespace().find_map(|column| column.strip_prefix("!v/")))
            .map(str::to_string)
            .collect()
    }

    fn argv(&self, voice: &str, out: &Path) -> Vec<String> {
        vec![
            self.program.clone(),
            "-v".to_string(),
            voice.to_string(),
            "-w".to_string(),
            out.to_string_lossy().into_owned(),
            "--stdin".to_string(),
        ]
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
        let unknown = || SynthError::UnknownVoice {
            engine: "espeak".to_string(),
            voice: voice.to_string(),
            suggestions: "en-us+m3, en+f2, en-gb-x-rp+m1, en-us+Annie (see `espeak-ng --voices=en` and `--voices=variant`)".to_string(),
        };
        let (language, variant) = match voice.split_once('+') {
            Some((language, variant)) => (language, Some(variant)),
            None => (voice, None),
        };
        // espeak-ng rejects an unknown language itself but silently ignores an unknown
        // variant, so variants are checked against its own list.
        if let Some(variant) = variant {
            let variants = self.variants();
            if !variants.is_empty() && !variants.iter().any(|known| known.eq_ignore_ascii_case(variant)) {
                return Err(unknown());
            }
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

    fn synthesize(&self, text: &str, voice: &str, out: &Path) -> Result<(), SynthError> {
        run(&self.argv(voice, out), Some(text), self.timeout)
    }
}
