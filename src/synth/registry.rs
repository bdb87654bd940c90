//! The engines of a render: built-in presets (espeak, flite, festival, piper, say,
//! and the hidden fake) and those the cast declares under `[engines.NAME]`, looked
//! up by the engine part of a voice reference.
//!
//! In: the cast's `[engines.NAME]` tables. Out: an engine per name, ready to check and
//! to run. A declared name that is also a preset's (`[engines.piper]`) adjusts that
//! preset; a new name needs `kind`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use super::command::CommandEngine;
use super::espeak::EspeakEngine;
use super::fake::FakeEngine;
use super::festival::FestivalEngine;
use super::flite::FliteEngine;
use super::http::{HttpEngine, HttpSettings};
use super::piper::PiperEngine;
use super::say::SayEngine;
use super::{split_reference, Controls, Engine, SynthError, VoiceSettings};

/// The kinds of engine a cast may declare.
pub const KINDS: [&str; 7] = [
    "espeak", "flite", "festival", "piper", "say", "command", "http",
];

/// Engines that work without a declaration, in the order `ficaudio voices` lists them.
pub const PRESETS: [&str; 5] = ["espeak", "flite", "festival", "piper", "say"];

/// One string or a list of them (`url = "…"` or `url = ["…", "…"]`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(one) => vec![one.clone()],
            OneOrMany::Many(many) => many.clone(),
        }
    }
}

/// An engine as the cast file declares it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EngineSpec {
    /// espeak | flite | festival | piper | say | command | http; defaults to the
    /// table's name when that is a preset.
    pub kind: Option<String>,
    /// The program to run (local kinds).
    pub program: Option<String>,
    /// The argv template (command).
    #[serde(default)]
    pub argv: Vec<String>,
    /// Send the text on standard input (command).
    #[serde(default)]
    pub stdin: bool,
    /// Seconds one clip may take.
    pub timeout: Option<f64>,
    /// Voices the engine accepts (command, http); empty accepts any.
    #[serde(default)]
    pub voices: Vec<String>,
    /// Directories of Piper models (piper).
    pub data_dir: Option<OneOrMany>,
    /// Base URL or URLs of the server pool (http).
    pub url: Option<OneOrMany>,
    /// The model the server should use (http).
    pub model: Option<String>,
    /// The name of the environment variable that holds the API key (http).
    pub api_key_env: Option<String>,
    /// Clips at once: per URL for http, in all for other kinds.
    pub concurrency: Option<usize>,
    /// Retries after a 429 or 5xx answer (http).
    pub retries: Option<u32>,
    /// The longest text one clip may hold, in characters; longer segments are
    /// spoken in pieces (http: 4096 unless set).
    pub max_chars: Option<usize>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, toml::Value>,
}

/// The engines available to a render, by name.
#[derive(Clone)]
pub struct Engines {
    engines: BTreeMap<String, Arc<dyn Engine>>,
    kinds: BTreeMap<String, String>,
}

const DEFAULT_TIMEOUT: f64 = 120.0;
/// Requests in flight per URL when the cast does not say.
const DEFAULT_HTTP_CONCURRENCY: usize = 2;
const DEFAULT_HTTP_RETRIES: u32 = 4;

/// An engine with the cast's `concurrency` (a cap on clips at once) and `max_chars`
/// (longer texts are spoken in pieces) applied. `max_chars` is part of the
/// fingerprint, since where a text is cut changes its clip.
struct Tuned {
    engine: Arc<dyn Engine>,
    worker_limit: Option<usize>,
    max_chars: Option<usize>,
}

impl Tuned {
    /// `engine` itself when neither setting is given.
    fn wrap(
        engine: Arc<dyn Engine>,
        worker_limit: Option<usize>,
        max_chars: Option<usize>,
    ) -> Arc<dyn Engine> {
        if worker_limit.is_none() && max_chars.is_none() {
            return engine;
        }
        Arc::new(Tuned {
            engine,
            worker_limit: worker_limit.map(|limit| limit.max(1)),
            max_chars: max_chars.map(|limit| limit.max(1)),
        })
    }
}

impl Engine for Tuned {
    fn fingerprint(&self) -> String {
        match self.max_chars {
            Some(max_chars) => format!("{};max_chars={max_chars}", self.engine.fingerprint()),
            None => self.engine.fingerprint(),
        }
    }
    fn check(&self) -> Result<(), SynthError> {
        self.engine.check()
    }
    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        self.engine.check_voice(voice)
    }
    fn speak(
        &self,
        text: &str,
        voice: &str,
        settings: &VoiceSettings,
        out: &std::path::Path,
    ) -> Result<(), SynthError> {
        self.engine.speak(text, voice, settings, out)
    }
    fn controls(&self) -> Controls {
        self.engine.controls()
    }
    fn workers(&self, jobs: usize) -> usize {
        let workers = self.engine.workers(jobs);
        match self.worker_limit {
            Some(limit) => workers.min(limit).max(1),
            None => workers,
        }
    }
    fn cpu_cost(&self) -> usize {
        self.engine.cpu_cost()
    }
    fn max_chars(&self) -> Option<usize> {
        self.max_chars.or_else(|| self.engine.max_chars())
    }
    fn installed_voices(&self) -> Result<Option<Vec<String>>, SynthError> {
        self.engine.installed_voices()
    }
}

/// Builds one engine of `kind` from its declaration.
fn build_engine(name: &str, kind: &str, spec: &EngineSpec) -> Result<Arc<dyn Engine>, SynthError> {
    let timeout =
        Duration::from_secs_f64(spec.timeout.unwrap_or(DEFAULT_TIMEOUT).clamp(0.1, 86_400.0));
    let program = |default: &str| spec.program.clone().unwrap_or_else(|| default.to_string());
    let engine: Arc<dyn Engine> = match kind {
        "espeak" => Arc::new(EspeakEngine::new(&program("espeak-ng"), timeout)),
        "flite" => Arc::new(FliteEngine {
            program: program("flite"),
            timeout,
        }),
        "festival" => Arc::new(FestivalEngine {
            program: program("text2wave"),
            timeout,
            ..FestivalEngine::default()
        }),
        "say" => Arc::new(SayEngine {
            program: program("say"),
            timeout,
        }),
        "piper" => {
            let directories = spec
                .data_dir
                .as_ref()
                .map(OneOrMany::to_vec)
                .unwrap_or_default();
            Arc::new(PiperEngine::new(
                spec.program.clone(),
                directories.into_iter().map(PathBuf::from).collect(),
                timeout,
            ))
        }
        "command" => Arc::new(CommandEngine::new(
            name,
            spec.argv.clone(),
            spec.stdin,
            timeout,
            spec.voices.clone(),
        )?),
        "http" => {
            let settings = HttpSettings {
                name: name.to_string(),
                urls: spec.url.as_ref().map(OneOrMany::to_vec).unwrap_or_default(),
                model: spec.model.clone().unwrap_or_else(|| "tts-1".to_string()),
                api_key_env: spec.api_key_env.clone(),
                concurrency: spec.concurrency.unwrap_or(DEFAULT_HTTP_CONCURRENCY).max(1),
                timeout,
                retries: spec.retries.unwrap_or(DEFAULT_HTTP_RETRIES),
                voices: spec.voices.clone(),
            };
            // http's concurrency is per URL and already shapes its workers.
            let http: Arc<dyn Engine> = Arc::new(HttpEngine::new(settings)?);
            return Ok(Tuned::wrap(http, None, spec.max_chars));
        }
        other => {
            return Err(SynthError::Config(format!(
                "engine `{name}` has unknown kind `{other}`\nhint: use kind = one of {}",
                KINDS
                    .iter()
                    .map(|kind| format!("\"{kind}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )))
        }
    };
    Ok(Tuned::wrap(engine, spec.concurrency, spec.max_chars))
}

impl Engines {
    /// Built-in engines plus the cast's declarations (which may adjust a built-in).
    pub fn build(specs: &[(String, EngineSpec)]) -> Result<Engines, SynthError> {
        let mut engines: BTreeMap<String, Arc<dyn Engine>> = BTreeMap::new();
        let mut kinds = BTreeMap::new();
        engines.insert("espeak".to_string(), Arc::new(EspeakEngine::default()));
        engines.insert("flite".to_string(), Arc::new(FliteEngine::default()));
        engines.insert("festival".to_string(), Arc::new(FestivalEngine::default()));
        engines.insert("piper".to_string(), Arc::new(PiperEngine::default()));
        engines.insert("say".to_string(), Arc::new(SayEngine::default()));
        engines.insert("fake".to_string(), Arc::new(FakeEngine));
        for preset in PRESETS.iter().chain(&["fake"]) {
            kinds.insert(preset.to_string(), preset.to_string());
        }
        for (name, spec) in specs {
            let kind = match (&spec.kind, PRESETS.contains(&name.as_str())) {
                (Some(kind), _) => kind.clone(),
                (None, true) => name.clone(),
                (None, false) => {
                    return Err(SynthError::Config(format!(
                        "engine `{name}` has no `kind`\nhint: add kind = \"http\" (or {}) under [engines.{name}]",
                        KINDS.iter().filter(|kind| **kind != "http").map(|kind| format!("\"{kind}\"")).collect::<Vec<_>>().join(", ")
                    )))
                }
            };
            engines.insert(name.clone(), build_engine(name, &kind, spec)?);
            kinds.insert(name.clone(), kind);
        }
        Ok(Engines { engines, kinds })
    }

    /// The engine and voice of a full reference (`espeak:en-us+m3`).
    pub fn resolve<'a>(
        &self,
        reference: &'a str,
    ) -> Result<(&Arc<dyn Engine>, &'a str), SynthError> {
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

    /// Adds (or replaces) an engine under `name`; for tests of the scheduling.
    #[cfg(test)]
    pub fn insert(&mut self, name: &str, engine: Arc<dyn Engine>) {
        self.engines.insert(name.to_string(), engine);
        self.kinds.insert(name.to_string(), "test".to_string());
    }

    /// The engine called `name`.
    pub fn engine(&self, name: &str) -> Option<&Arc<dyn Engine>> {
        self.engines.get(name)
    }

    /// The kind of the engine called `name` (`piper`, `http`, …).
    pub fn kind(&self, name: &str) -> Option<&str> {
        self.kinds.get(name).map(String::as_str)
    }

    /// Every engine a user may name (the test-only fake left out), presets first.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = PRESETS.iter().map(|name| name.to_string()).collect();
        names.extend(
            self.engines
                .keys()
                .filter(|name| *name != "fake" && !PRESETS.contains(&name.as_str()))
                .cloned(),
        );
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs(toml_text: &str) -> Vec<(String, EngineSpec)> {
        let table: indexmap::IndexMap<String, EngineSpec> = toml::from_str(toml_text).unwrap();
        table.into_iter().collect()
    }

    #[test]
    fn presets_work_undeclared() {
        let engines = Engines::build(&[]).unwrap();
        for reference in [
            "espeak:en",
            "flite:slt",
            "festival:kal_diphone",
            "piper:x",
            "say:Daniel",
            "fake:a",
        ] {
            assert!(engines.resolve(reference).is_ok(), "{reference}");
        }
        assert_eq!(
            engines.names(),
            ["espeak", "flite", "festival", "piper", "say"]
        );
    }

    #[test]
    fn declarations_table() {
        let engines = Engines::build(&specs(
            "[kokoro]\nkind = \"http\"\nurl = [\"http://a:1/v1\", \"http://b:1/v1\"]\nconcurrency = 3\n[piper]\ndata_dir = \"/models\"\n[mine]\nkind = \"command\"\nargv = [\"tts\", \"{out}\"]\nstdin = true\nconcurrency = 1\n",
        ))
        .unwrap();
        assert_eq!(engines.kind("kokoro"), Some("http"));
        assert_eq!(engines.kind("piper"), Some("piper"));
        assert_eq!(
            engines.engine("kokoro").unwrap().workers(8),
            6,
            "3 per URL, 2 URLs"
        );
        assert_eq!(engines.engine("kokoro").unwrap().cpu_cost(), 0);
        assert_eq!(
            engines.engine("mine").unwrap().workers(8),
            1,
            "concurrency caps a local engine"
        );
        assert_eq!(
            engines.engine("piper").unwrap().workers(8),
            4,
            "two cores per Piper process"
        );
        assert_eq!(
            engines.names(),
            ["espeak", "flite", "festival", "piper", "say", "kokoro", "mine"]
        );
    }

    #[test]
    fn max_chars_limits_an_engine_and_is_part_of_its_fingerprint() {
        let engines = Engines::build(&specs(
            "[plain]\nkind = \"command\"\nargv = [\"tts\", \"{out}\"]\nstdin = true\n[short]\nkind = \"command\"\nargv = [\"tts\", \"{out}\"]\nstdin = true\nmax_chars = 40\n[server]\nkind = \"http\"\nurl = \"http://a:1/v1\"\n[small]\nkind = \"http\"\nurl = \"http://a:1/v1\"\nmax_chars = 500\n",
        ))
        .unwrap();
        let limit = |name: &str| engines.engine(name).unwrap().max_chars();
        assert_eq!(
            [
                limit("plain"),
                limit("short"),
                limit("server"),
                limit("small")
            ],
            [None, Some(40), Some(4096), Some(500)]
        );
        let fingerprint = |name: &str| engines.engine(name).unwrap().fingerprint();
        assert_ne!(fingerprint("plain"), fingerprint("short"));
    }

    #[test]
    fn declaration_errors_name_the_engine() {
        for (text, expected) in [
            (
                "[server]\nurl = \"http://a\"\n",
                "engine `server` has no `kind`",
            ),
            (
                "[x]\nkind = \"robot\"\n",
                "engine `x` has unknown kind `robot`",
            ),
            ("[x]\nkind = \"http\"\n", "engine `x`: `url` is missing"),
            (
                "[x]\nkind = \"http\"\nurl = \"ftp://a\"\n",
                "engine `x`: `ftp://a` is not an http",
            ),
        ] {
            let message = Engines::build(&specs(text))
                .err()
                .map(|error| error.to_string())
                .unwrap_or_default();
            assert!(message.contains(expected), "{text}: {message}");
        }
    }
}
