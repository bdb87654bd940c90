//! Resolved settings: the command line over `FICAUDIO_*` variables (both through
//! clap) over the cast file over built-in defaults, decided once here and read by
//! every stage.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::cast::{read_cast, Cast};
use crate::cli::{RenderArgs, ScriptArgs, StoryArgs};
use crate::input::InputOptions;
use crate::mix::{LoudnessTarget, OutputFormat, Pauses};
use crate::output::encode::{AudioFormat, FORMAT_NAMES};
use crate::output::subtitles::SubtitleFormat;
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
    /// The kind of audio file written (`-o`'s extension, `--audio-format`, `[output] format`).
    pub audio_format: AudioFormat,
    /// The level voices are brought to and the peak ceiling.
    pub loudness: LoudnessTarget,
    /// Subtitles to write (`.srt` or `.vtt`).
    pub subtitles: Option<PathBuf>,
    /// Read-along page to write.
    pub html: Option<PathBuf>,
    /// Set by Ctrl-C; workers stop starting clips once it is.
    pub interrupt: crate::interrupt::Interrupt,
    /// The part of the story to render (`--only`, `--from`, `--to`).
    pub selection: crate::preview::Selection,
    /// Report what would be synthesized instead of rendering (`--plan`).
    pub plan: bool,
    /// Make every clip that can be made and report all failures (`--keep-going`).
    pub keep_going: bool,
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
            let file = cast_path
                .as_deref()
                .map(|path| path.display().to_string())
                .unwrap_or_default();
            for (name, ids) in cast.shared_names() {
                eprintln!(
                    "warning: {file}: `{name}` names more than one character ({}), so lines tagged with it may go to either (keep it on one, or pin those lines with [[fix]])",
                    ids.join(", ")
                );
            }
            for key in &cast.unknown_keys {
                let hint = crate::cast::nearest_key(key)
                    .map(|valid| format!(" (did you mean `{valid}`?)"))
                    .unwrap_or_default();
                eprintln!("warning: {file}: unknown key `{key}` is ignored{hint}");
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
            chapters: args.chapters,
        };
        // A preview never overwrites the full render.
        let extension = if selection.is_everything() {
            "wav"
        } else {
            "preview.wav"
        };
        let output = args
            .output
            .clone()
            .unwrap_or_else(|| story.story.with_extension(extension));
        let jobs = match args.jobs {
            Some(0) => anyhow::bail!(
                "`--jobs 0` cannot render anything\nhint: use a number of jobs of 1 or more"
            ),
            Some(jobs) => jobs,
            None => std::thread::available_parallelism().map_or(1, |cores| cores.get()),
        };
        let cache = args
            .cache
            .clone()
            .unwrap_or_else(ClipCache::default_directory);
        std::fs::create_dir_all(&cache)
            .with_context(|| format!("cannot create the cache directory `{}`\nhint: pass a writable directory with --cache", cache.display()))?;
        let pauses = Pauses::from_cast(&story.cast);
        let (output, audio_format) = resolve_audio_format(args, &story, output)?;
        if !args.plan {
            crate::output::encode::check_encoder(audio_format)?;
        }
        let (format, loudness) = resolve_levels(args, &story)?;
        if let Some(path) = &args.subtitles {
            if SubtitleFormat::from_path(path).is_none() {
                anyhow::bail!("`--subtitles {}`: unknown subtitle format\nhint: name the file .srt (SubRip) or .vtt (WebVTT)", path.display());
            }
        }
        Ok(RenderConfig {
            output,
            timeline: args.timeline.clone(),
            jobs,
            cache,
            default_engine: args.engine.clone().unwrap_or_else(|| "espeak".to_string()),
            format,
            pauses,
            audio_format,
            loudness,
            subtitles: args.subtitles.clone(),
            html: args.html.clone(),
            interrupt: crate::interrupt::Interrupt::default(),
            selection,
            plan: args.plan,
            keep_going: args.keep_going,
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

/// The audio format and the output path: a known extension of `-o` decides (and
/// must agree with `--audio-format`); otherwise `--audio-format` (or
/// `FICAUDIO_AUDIO_FORMAT`), then the cast's `[output] format`, then WAV. Without
/// `-o`, the default name takes the format's extension.
fn resolve_audio_format(
    args: &RenderArgs,
    story: &StoryConfig,
    output: PathBuf,
) -> Result<(PathBuf, AudioFormat)> {
    let named = |name: &str, source: String| {
        AudioFormat::from_name(name).ok_or_else(|| {
            anyhow::anyhow!(
                "{source}: unknown audio format `{name}`\nhint: use one of {FORMAT_NAMES}"
            )
        })
    };
    let flag = match &args.audio_format {
        Some(name) => Some(named(name, "`--audio-format`".to_string())?),
        None => None,
    };
    let from_cast = match &story.cast.output.format {
        Some(name) => Some(named(
            name,
            format!("{}: `[output] format`", cast_label(story)),
        )?),
        None => None,
    };
    if args.output.is_some() {
        if let Some(by_extension) = AudioFormat::from_path(&output) {
            if let Some(flag) = flag.filter(|flag| *flag != by_extension) {
                anyhow::bail!(
                    "`-o {}` is {} but `--audio-format` asks for {}\nhint: name the output .{} or drop --audio-format",
                    output.display(),
                    by_extension.extension(),
                    flag.extension(),
                    flag.extension()
                );
            }
            return Ok((output, by_extension));
        }
        return Ok((output, flag.or(from_cast).unwrap_or(AudioFormat::Wav)));
    }
    let format = flag.or(from_cast).unwrap_or(AudioFormat::Wav);
    Ok((output.with_extension(format.extension()), format))
}

/// Output format and loudness: flags (or `FICAUDIO_*`) over the cast's `[output]`
/// and `[mix]` over the defaults, each checked for a usable value.
fn resolve_levels(
    args: &RenderArgs,
    story: &StoryConfig,
) -> Result<(OutputFormat, LoudnessTarget)> {
    let default = OutputFormat::default();
    let cast = &story.cast;
    let source = |flag: bool, flag_name: &str, key: &str| {
        if flag {
            format!("`--{flag_name}`")
        } else {
            format!("{}: `{key}`", cast_label(story))
        }
    };
    let rate = args.rate.or(cast.output.rate).unwrap_or(default.rate);
    if !(8_000..=384_000).contains(&rate) {
        anyhow::bail!("{} = {rate}: sample rate out of range\nhint: use a rate from 8000 to 384000 Hz, such as 24000 or 44100", source(args.rate.is_some(), "rate", "[output] rate"));
    }
    let channels = args
        .channels
        .or(cast.output.channels)
        .unwrap_or(default.channels);
    if !(1..=8).contains(&channels) {
        anyhow::bail!("{} = {channels}: unsupported channel count\nhint: use 1 (mono) or 2 (stereo), at most 8", source(args.channels.is_some(), "channels", "[output] channels"));
    }
    let bits = args.bits.or(cast.output.bits).unwrap_or(default.bits);
    if ![8, 16, 24, 32].contains(&bits) {
        anyhow::bail!(
            "{} = {bits}: unsupported bits per sample\nhint: use 16 or 24 (8 and 32 work too)",
            source(args.bits.is_some(), "bits", "[output] bits")
        );
    }
    let target = LoudnessTarget::default();
    let lufs = args.loudness.or(cast.mix.loudness).unwrap_or(target.lufs);
    if !(-70.0..=0.0).contains(&lufs) {
        anyhow::bail!("{} = {lufs}: loudness out of range\nhint: use a level in LUFS from -70 to 0; -18 suits speech, -16 to -14 podcasts", source(args.loudness.is_some(), "loudness", "[mix] loudness"));
    }
    let ceiling_dbtp = cast.mix.true_peak.unwrap_or(target.ceiling_dbtp);
    if !(-20.0..=0.0).contains(&ceiling_dbtp) {
        anyhow::bail!("{}: `[mix] true_peak = {ceiling_dbtp}` out of range\nhint: use a ceiling in dBTP from -20 to 0, such as -1", cast_label(story));
    }
    Ok((
        OutputFormat {
            rate,
            channels,
            bits,
        },
        LoudnessTarget { lufs, ceiling_dbtp },
    ))
}

fn cast_label(story: &StoryConfig) -> String {
    story
        .cast
        .path
        .as_deref()
        .map_or_else(|| "cast".to_string(), |path| path.display().to_string())
}
