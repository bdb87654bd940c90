//! The `command` engine: any program, from an argv template with placeholders.
//!
//! `{text}`, `{text_file}`, `{voice}` and `{out}` are replaced in one pass over the
//! template, so a story that contains `{out}` stays text. The program runs without a
//! shell; a bare `{text}` argument must follow `--` so text starting with `-` is never
//! read as an option.

use std::path::Path;
use std::time::Duration;

use super::process::run;
use super::{Engine, SynthError, VoiceSettings};

const PLACEHOLDERS: [&str; 4] = ["{text}", "{text_file}", "{voice}", "{out}"];

/// An engine that runs a user-declared program per clip.
#[derive(Debug, Clone)]
pub struct CommandEngine {
    pub name: String,
    pub argv: Vec<String>,
    /// Send the text on standard input.
    pub stdin: bool,
    pub timeout: Duration,
    /// The voices it accepts, when the cast lists them; empty accepts any.
    pub voices: Vec<String>,
}

impl CommandEngine {
    /// Checks the template: a program, a way to get the text and the output path in,
    /// and `--` before a bare `{text}`.
    pub fn new(
        name: &str,
        argv: Vec<String>,
        stdin: bool,
        timeout: Duration,
        voices: Vec<String>,
    ) -> Result<Self, SynthError> {
        let error =
            |message: String| Err(SynthError::Config(format!("engine `{name}`: {message}")));
        let Some(program) = argv.first() else {
            return error("`argv` is empty\nhint: argv = [\"my-tts\", \"--voice\", \"{voice}\", \"--out\", \"{out}\", \"--\", \"{text}\"]".to_string());
        };
        if PLACEHOLDERS
            .iter()
            .any(|placeholder| program.contains(placeholder))
        {
            return error(
                "the program (first element of `argv`) cannot be a placeholder".to_string(),
            );
        }
        if !argv.iter().any(|argument| argument.contains("{out}")) {
            return error("`argv` has no `{out}`\nhint: the engine must write its WAV to the path given as {out}".to_string());
        }
        let takes_text = stdin
            || argv
                .iter()
                .any(|argument| argument.contains("{text}") || argument.contains("{text_file}"));
        if !takes_text {
            return error("the text never reaches the engine\nhint: add `{text}` after `--`, `{text_file}`, or set `stdin = true`".to_string());
        }
        if let Some(position) = argv.iter().position(|argument| argument == "{text}") {
            if !argv[..position].iter().any(|argument| argument == "--") {
                return error("a bare `{text}` must come after `--`, so a line starting with `-` is not read as an option\nhint: write [..., \"--\", \"{text}\"], or use `{text_file}` or `stdin = true`".to_string());
            }
        }
        Ok(CommandEngine {
            name: name.to_string(),
            argv,
            stdin,
            timeout,
            voices,
        })
    }

    /// The argv for one clip.
    pub fn expand(&self, text: &str, text_file: &str, voice: &str, out: &str) -> Vec<String> {
        self.argv
            .iter()
            .map(|argument| {
                substitute(
                    argument,
                    &[
                        ("{text}", text),
                        ("{text_file}", text_file),
                        ("{voice}", voice),
                        ("{out}", out),
                    ],
                )
            })
            .collect()
    }
}

/// Replaces placeholders found in `template` only (never inside inserted values).
fn substitute(template: &str, values: &[(&str, &str)]) -> String {
    let mut result = String::with_capacity(template.len());
    let mut rest = template;
    'scan: while !rest.is_empty() {
        for (placeholder, value) in values {
            if let Some(after) = rest.strip_prefix(placeholder) {
                result.push_str(value);
                rest = after;
                continue 'scan;
            }
        }
        let mut characters = rest.chars();
        if let Some(character) = characters.next() {
            result.push(character);
        }
        rest = characters.as_str();
    }
    result
}

impl Engine for CommandEngine {
    fn fingerprint(&self) -> String {
        format!("command;argv={:?};stdin={}", self.argv, self.stdin)
    }

    fn check(&self) -> Result<(), SynthError> {
        let program = &self.argv[0];
        let found = if program.contains('/') {
            Path::new(program).exists()
        } else {
            std::env::var_os("PATH").is_some_and(|paths| {
                std::env::split_paths(&paths).any(|directory| directory.join(program).is_file())
            })
        };
        if found {
            Ok(())
        } else {
            Err(SynthError::NotInstalled {
                engine: self.name.clone(),
                program: program.clone(),
                hint: format!(
                    "install `{program}` or fix `argv` of [engines.{}] in the cast file",
                    self.name
                ),
            })
        }
    }

    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        if self.voices.is_empty() || self.voices.iter().any(|known| known == voice) {
            Ok(())
        } else {
            Err(SynthError::UnknownVoice {
                engine: self.name.clone(),
                voice: voice.to_string(),
                suggestions: self
                    .voices
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
            })
        }
    }

    fn speak(
        &self,
        text: &str,
        voice: &str,
        _settings: &VoiceSettings,
        out: &Path,
    ) -> Result<(), SynthError> {
        let uses_file = self
            .argv
            .iter()
            .any(|argument| argument.contains("{text_file}"));
        let text_file = if uses_file {
            let file = super::process::text_file(text)?;
            Some(file)
        } else {
            None
        };
        let text_file_path = text_file
            .as_ref()
            .map(|file| file.path().to_string_lossy().into_owned())
            .unwrap_or_default();
        let argv = self.expand(text, &text_file_path, voice, &out.to_string_lossy());
        run(&argv, self.stdin.then_some(text), self.timeout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine(argv: &[&str], stdin: bool) -> Result<CommandEngine, SynthError> {
        CommandEngine::new(
            "test",
            argv.iter().map(|argument| argument.to_string()).collect(),
            stdin,
            Duration::from_secs(5),
            Vec::new(),
        )
    }

    #[test]
    fn template_checks() {
        assert!(engine(&["tts", "{out}", "--", "{text}"], false).is_ok());
        assert!(engine(&["tts", "-o", "{out}"], true).is_ok());
        assert!(engine(&["tts", "-f", "{text_file}", "-o", "{out}"], false).is_ok());
        assert!(
            engine(&["tts", "{out}", "{text}"], false).is_err(),
            "bare text without --"
        );
        assert!(
            engine(&["tts", "--", "{text}"], false).is_err(),
            "no output"
        );
        assert!(engine(&["tts", "{out}"], false).is_err(), "no text");
        assert!(engine(&[], false).is_err());
    }

    #[test]
    fn placeholders_inside_the_text_stay_text() {
        let engine = engine(&["tts", "--voice={voice}", "{out}", "--", "{text}"], false).unwrap();
        let argv = engine.expand("say {out} and {voice}; rm -rf ~", "", "v1", "/tmp/o.wav");
        assert_eq!(
            argv,
            [
                "tts",
                "--voice=v1",
                "/tmp/o.wav",
                "--",
                "say {out} and {voice}; rm -rf ~"
            ]
        );
    }
}
