//! Synthesize stage: text and a voice become a WAV clip on disk.
//!
//! In: synthesis jobs (the text as spoken, a voice reference `ENGINE:VOICE`). Out: one
//! WAV file per distinct job in the clip cache, made in parallel, each written
//! atomically so an interrupted render keeps every finished clip. Engines sit behind
//! the [`Engine`] trait; [`fake::FakeEngine`] makes tests fast and deterministic.

pub mod cache;
pub mod command;
pub mod espeak;
pub mod fake;
mod process;
mod registry;

use std::path::Path;

use thiserror::Error;

pub use cache::ClipCache;
pub use registry::{EngineSpec, Engines};

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
    #[error("unknown engine `{engine}` in voice `{reference}`\nhint: engines available: {available}")]
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
    Timeout { command: String, seconds: u64 },
    #[error("`{command}` wrote no usable WAV: {reason}")]
    BadOutput { command: String, reason: String },
    #[error("engine configuration: {0}")]
    Config(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A text-to-speech engine.
pub trait Engine: Send + Sync {
    /// Everything about the engine that shapes its audio (program, settings), for
    /// the cache key; the voice and text are added separately.
    fn fingerprint(&self) -> String;

    /// Fails with a helpful error when the engine cannot run on this machine.
    fn check(&self) -> Result<(), SynthError>;

    /// Fails when `voice` is not a voice of this engine.
    fn check_voice(&self, voice: &str) -> Result<(), SynthError>;

    /// Speaks `text` with `voice` into a WAV file at `out`.
    fn synthesize(&self, text: &str, voice: &str, out: &Path) -> Result<(), SynthError>;
}

/// Splits a voice reference `ENGINE:VOICE` into its parts.
pub fn split_reference(reference: &str) -> (&str, &str) {
    reference.split_once(':').unwrap_or(("", reference))
}
