//! The engines of a render: built-in ones (espeak, fake) and those the cast declares
//! under `[engines.NAME]`, looked up by the engine part of a voice reference.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use super::command::CommandEngine;
use super::espeak::EspeakEngine;
use super::fake::FakeEngine;
use super::{split_reference, Engine, SynthError};

/// An engine as the cast file declares it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EngineSpec {
    /// `espeak` or `command`.
    pub kind: String,
    /// The program (espeak) or the argv template (command).
    pub program: Option<String>,
    #[serde(default)]
    pub argv: Vec<String>,
    #[serde(default)]
    pub stdin: bool,
    /// Seconds one clip may take.
    pub timeout: Option<f64>,
    /// Voices the engine accepts (command engines); empty accepts any.
    #[serde(default)]
    pub voices: Vec<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

/// The engines available to a render, by name.
#[derive(Clone)]
pub struct Engines {
    engines: BTreeMap<String, Arc<dyn Engine>>,
}

const DEFAULT_TIMEOUT: f64 = 120.0;

impl Engines {
    /// Built-in engines plus the cast's declarations (which may override a built-in).
    pub fn build(specs: &[(String, EngineSpec)]) -> Result<Engines, SynthError> {
        let mut engines: BTreeMap<String, Arc<dyn Engine>> = BTreeMap::new();
        engines.insert("espeak".to_string(), Arc::new(EspeakEngine::default()));
        engines.insert("fake".to_string(), Arc::new(FakeEngine));
        for (name, spec) in specs {
            let timeout = Duration::from_secs_f64(spec.timeout.unwrap_or(DEFAULT_TIMEOUT).clamp(0.1, 86_400.0));
            let engine: Arc<dyn Engine> = match spec.kind.as_str() {
                "espeak" => Arc::new(EspeakEngine {
                    program: spec.program.clone().unwrap_or_else(|| "espeak-ng".to_string()),
                    timeout,
                }),
                "command" => Arc::new(CommandEngine::new(name, spec.argv.clone(), spec.stdin, timeout, spec.voices.clone())?),
                other => {
                    return Err(SynthError::Config(format!(
                        "engine `{name}` has unknown kind `{other}`\nhint: use kind = \"espeak\" or \"command\""
                    )))
                }
            };
            engines.insert(name.clone(), engine);
        }
        Ok(Engines { engines })
    }

    /// The engine and voice of a full reference (`espeak:en-us+m3`).
    pub fn resolve<'a>(&self, reference: &'a str) -> Result<(&Arc<dyn Engine>, &'a str), SynthError> {
        let (name, voice) = split_reference(reference);
        self.engines
            .get(name)
            .map(|engine| (engine, voice))
            .ok_or_else(|| SynthError::UnknownEngine {
                engine: name.to_string(),
                reference: reference.to_string(),
                available: self.names().join(", "),
            })
    }

    pub fn names(&self) -> Vec<String> {
        self.engines.keys().cloned().collect()
    }
}
