//! Synthesize stage: text and a voice become a WAV clip on disk.
//!
//! In: synthesis jobs (the text as spoken, a voice reference `ENGINE:VOICE`, the
//! voice's rate, pitch and volume). Out: one WAV file per distinct job in the clip
//! cache, made in parallel within each engine's own concurrency ([`synthesize_all`]),
//! each written atomically so an interrupted render keeps every finished clip.
//! Engines sit behind the [`Engine`] trait, one file each; [`fake::FakeEngine`]
//! makes tests fast and deterministic.

pub mod cache;
pub mod command;
pub mod espeak;
pub mod fake;
pub mod festival;
pub mod flite;
pub mod http;
pub mod piper;
mod process;
mod registry;
pub mod say;
mod schedule;
mod settings;
mod split;
pub mod wav;

use std::path::Path;

use thiserror::Error;

pub use cache::ClipCache;
pub use registry::{EngineSpec, Engines};
pub use schedule::{synthesize_all, Job, JobFailure, Made};
pub use settings::{Controls, VoiceSettings};

/// Why an engine could not make a clip.
#[derive(Debug, Error)]
pub enum SynthError {
    #[error("engine `{engine}` is not installed ({program} not found)\nhint: {hint}")]
    NotInstalled {
        engine: String,
        program: String,
        hint: String,
    },
    #[error("unknown voice `{voice}` for engine `{engine}`\nhint: voices that exist include {suggestions}")]
    UnknownVoice {
        engine: String,
        voice: String,
        suggestions: String,
    },
    #[error(
        "unknown engine `{engine}` in voice `{reference}`\nhint: engines available: {available}"
    )]
    UnknownEngine {
        engine: String,
        reference: String,
        available: String,
    },
    #[error("`{command}` failed ({status}){stderr}")]
    Failed {
        command: String,
        status: String,
        stderr: String,
    },
    #[error("`{command}` did not finish within {seconds} s\nhint: raise the engine's `timeout` in the cast file")]
    Timeout { command: String, seconds: f64 },
    #[error("`{command}` wrote no usable WAV: {reason}\nhint: try the voice alone with `ficaudio say VOICE \"text\"`, or run the engine by hand to see what it prints")]
    BadOutput { command: String, reason: String },
    #[error("`{engine}` at {url} answered {status}{detail}\nhint: {hint}")]
    Server {
        engine: String,
        url: String,
        status: String,
        detail: String,
        hint: String,
    },
    #[error("rendering stopped before every clip was made")]
    Stopped,
    /// A voice setting the engine has no control for.
    #[error("{0}")]
    Unsupported(String),
    #[error("engine configuration: {0}")]
    Config(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A text-to-speech engine.
pub trait Engine: Send + Sync {
    /// Everything about the engine that shapes its audio (program, settings), for
    /// the cache key; the voice and text are added separately. Never holds secrets.
    fn fingerprint(&self) -> String;

    /// Fails with a helpful error when the engine cannot run on this machine.
    fn check(&self) -> Result<(), SynthError>;

    /// Fails when `voice` is not a voice of this engine.
    fn check_voice(&self, voice: &str) -> Result<(), SynthError>;

    /// Speaks `text` with `voice` into a WAV file at `out`, honouring the rate and
    /// pitch of `settings` its [`Engine::controls`] claim (volume is applied after).
    fn speak(
        &self,
        text: &str,
        voice: &str,
        settings: &VoiceSettings,
        out: &Path,
    ) -> Result<(), SynthError>;

    /// Speaks with the voice's default delivery.
    fn synthesize(&self, text: &str, voice: &str, out: &Path) -> Result<(), SynthError> {
        self.speak(text, voice, &VoiceSettings::default(), out)
    }

    /// The settings this engine maps onto its own controls.
    fn controls(&self) -> Controls {
        Controls::default()
    }

    /// How many clips it may make at once when the user allows `jobs` at once.
    fn workers(&self, jobs: usize) -> usize {
        jobs
    }

    /// Cores one clip keeps busy: 1 for a process per clip, 2 for Piper (its model
    /// runs on two threads), 0 for a remote server.
    fn cpu_cost(&self) -> usize {
        1
    }

    /// The longest text, in characters, the engine takes in one clip; a longer
    /// segment is spoken in pieces cut at sentence ends and joined into one clip
    /// (see [`Tuned`]). `None`: no limit.
    fn max_chars(&self) -> Option<usize> {
        None
    }

    /// The voices installed right now, probed from the engine; `None` when the engine
    /// cannot list them (any voice name may work).
    fn installed_voices(&self) -> Result<Option<Vec<String>>, SynthError> {
        Ok(None)
    }
}

/// Splits a voice reference `ENGINE:VOICE` into its parts.
pub fn split_reference(reference: &str) -> (&str, &str) {
    reference.split_once(':').unwrap_or(("", reference))
}

/// An engine with one voice's settings applied: its fingerprint carries the
/// settings (so they are part of the clip cache key) and its clips get the volume
/// change after synthesis, whatever the engine.
pub struct Tuned<'a> {
    pub engine: &'a dyn Engine,
    /// The engine's name in the voice reference, for messages.
    pub name: &'a str,
    pub settings: VoiceSettings,
}

impl Engine for Tuned<'_> {
    fn fingerprint(&self) -> String {
        format!(
            "{}{}",
            self.engine.fingerprint(),
            self.settings.fingerprint()
        )
    }

    fn check(&self) -> Result<(), SynthError> {
        self.engine.check()?;
        match self
            .engine
            .controls()
            .unsupported(&self.settings, self.name)
        {
            Some(message) => Err(SynthError::Unsupported(message)),
            None => Ok(()),
        }
    }

    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        self.engine.check_voice(voice)
    }

    fn speak(
        &self,
        text: &str,
        voice: &str,
        settings: &VoiceSettings,
        out: &Path,
    ) -> Result<(), SynthError> {
        let settings = settings.or(&self.settings);
        match self.engine.max_chars() {
            Some(max_chars) if text.chars().count() > max_chars => split::speak_in_pieces(
                self.engine,
                self.name,
                text,
                voice,
                &settings,
                out,
                max_chars,
            )?,
            _ => self.engine.speak(text, voice, &settings, out)?,
        }
        if let Some(reason) = wav::problem(out) {
            return Err(SynthError::BadOutput {
                command: format!("{}:{voice}", self.name),
                reason,
            });
        }
        if let Some(volume) = settings.volume_change() {
            wav::apply_volume(out, volume).map_err(|reason| SynthError::BadOutput {
                command: format!("{}:{voice}", self.name),
                reason,
            })?;
        }
        Ok(())
    }

    fn controls(&self) -> Controls {
        self.engine.controls()
    }

    fn workers(&self, jobs: usize) -> usize {
        self.engine.workers(jobs)
    }

    fn cpu_cost(&self) -> usize {
        self.engine.cpu_cost()
    }

    fn max_chars(&self) -> Option<usize> {
        self.engine.max_chars()
    }

    fn installed_voices(&self) -> Result<Option<Vec<String>>, SynthError> {
        self.engine.installed_voices()
    }
}

/// Whether `program` can be run: a path that exists, or a name found on `PATH`.
pub fn program_exists(program: &str) -> bool {
    if program.contains('/') {
        return Path::new(program).is_file();
    }
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|directory| directory.join(program).is_file())
    })
}
