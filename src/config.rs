//! Resolved settings: the command line over `FICAUDIO_*` variables (both through
//! clap) over the cast file over built-in defaults, decided once here and read by
//! every stage.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::cast::{read_cast, Cast};
use crate::cli::{RenderArgs, ScriptArgs, StoryArgs};
use crate::input::InputOptions;
use crate::mix::{OutputFormat, Pauses};
use crate::synth::ClipCache;

/// What every command that reads a story needs.
#[derive(Debug, Clone)]
pub struct StoryConfig {
    pub story: PathBuf,
    pub input: InputOptions,
    pub cast: Cast,
    pub quiet: bool,
}

/// Settings of `ficaudio render`.
#[derive(Debug, Clone)]
pub struct RenderConfig {
    pub story: StoryConfig,
    pub output: PathBuf,
    pub timeline: Option<PathBuf>,
    /// Clips synthesized at once.
    pub jobs: usize,
    pub cache: PathBuf,
    /// Engine of voices written without `ENGINE:`.
    pub default_engine: String,
    pub format: OutputFormat,
    pub pauses: Pauses,
    /// Set by Ctrl-C; workers stop starting clips once it is.
    pub interrupt: crate::interrupt::Interrupt,
    /// The part of the story to render (`--only`, `--from`, `--to`).
    pub selection: crate::preview::Selection,
    /// Report what would be synthesized instead of rendering (`--plan`).
    pub plan: bool,
    /// Show progress on stderr (a terminal, no `-q`).
    pub progress: bool,
}

/// Settings of `ficaudio script`.
#[derive(Debug, Clone)]
pub struct ScriptConfig {
    pub story: StoryConfig,
    pub json: bool,
}

/// The cast beside a story, `STORY.cast.toml`, used when no `--cast` is given.
pub fn sibling_cast(story: &Path) -> Option<PathBuf> {
    let stem = story.file_stem()?.to_string_lossy().into_owned();
    let candidate = story.with_file_name(format!("{stem}.cast.toml"));
    candidate.is_file().then_some(candidate)
}

impl StoryConfig {
    pub fn resolve(args: &StoryArgs) -> Result<Self> {
        let cast_path = args.cast.clone().or_else(|| sibling_cast(&args.story));
        let cast = match &cast_path {
            Some(path) => read_cast(path)?,
            None => Cast::default(),
        };
        if !args.quiet {
            if let (None, Some(path)) = (&args.cast, &cast_path) {
                eprintln!("note: using the cast `{}`", path.display());
            }
            for key in &cast.unknown_keys {
                let file = cast_path.as_deref().map(Path::display);
                let hint = crate::cast::nearest_key(key)
                    .map(|valid| format!(" (did you mean `{valid}`?)"))
                    .unwrap_or_default();
                eprintln!(
                    "warning: {}: unknown key `{key}` is ignored{hint}",
                    file.map(|file| file.to_string()).unwrap_or_default()
                );
            }
        }
        Ok(StoryConfig {
            story: args.story.clone(),
            input: InputOptions {
                format: args.format.clone(),
                notes: args.notes,
            },
            cast,
            quiet: args.quiet,
        })
    }
}

impl RenderConfig {
    pub fn resolve(args: &RenderArgs) -> Result<Self> {
        let story = StoryConfig::resolve(&args.story)?;
        let selection = crate::preview::Selection {
            only: args.only.clone(),
            from: args.from,
            to: args.to,
        };
        // A preview never overwrites the full render.
        let extension = if selection.is_everything() { "wav" } else { "preview.wav" };
        let output = args
            .output
            .clone()
            .unwrap_or_else(|| story.story.with_extension(extension));
        let jobs = match args.jobs {
            Some(0) => anyhow::bail!("`--jobs 0` cannot render anything\nhint: use a number of jobs of 1 or more"),
            Some(jobs) => jobs,
            None => std::thread::available_parallelism().map_or(1, |cores| cores.get()),
        };
        let cache = args.cache.clone().unwrap_or_else(ClipCache::default_directory);
        std::fs::create_dir_all(&cache)
            .with_context(|| format!("cannot create the cache directory `{}`\nhint: pass a writable directory with --cache", cache.display()))?;
        let pauses = Pauses::from_settings(&story.cast.pauses);
        Ok(RenderConfig {
            output,
            timeline: args.timeline.clone(),
            jobs,
            cache,
            default_engine: args.engine.clone().unwrap_or_else(|| "espeak".to_string()),
            format: OutputFormat::default(),
            pauses,
            interrupt: crate::interrupt::Interrupt::default(),
            selection,
            plan: args.plan,
            progress: crate::progress::Progress::wanted(story.quiet),
            story,
        })
    }
}

impl ScriptConfig {
    pub fn resolve(args: &ScriptArgs) -> Result<Self> {
        Ok(ScriptConfig {
            story: StoryConfig::resolve(&args.story)?,
            json: args.json,
        })
    }
}
