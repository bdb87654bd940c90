//! The raw command line, as the user typed it (clap derive). [`crate::config`] turns
//! it into the settings the stages read.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "ficaudio",
    version,
    about = "Turn fan fiction and prose stories into multi-voice audio dramas"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

// The render flags make one variant large; the enum is parsed once per run.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render a story to a WAV file, each line in its speaker's voice.
    Render(Box<RenderArgs>),
    /// Show the attributed story as a screenplay (or JSON records with --json).
    Script(ScriptArgs),
    /// Draft a cast file: the story's characters, their genders and voices.
    Cast(CastArgs),
    /// Show how much the clip cache holds, or prune it.
    Cache(CacheArgs),
    /// List the voices installed and usable now, per engine (or for one engine).
    Voices(VoicesArgs),
    /// Speak a line with one voice, to hear it before casting it.
    Say(SayArgs),
}

/// Flags every command that reads a story shares.
#[derive(Debug, Args)]
pub struct StoryArgs {
    /// The story file (plain text).
    pub story: PathBuf,
    /// The cast file (TOML): characters, aliases, genders and voices.
    #[arg(short, long, env = "FICAUDIO_CAST")]
    pub cast: Option<PathBuf>,
    /// Read the story as this format instead of detecting it.
    #[arg(long)]
    pub format: Option<String>,
    /// Read authors' notes and disclaimers aloud.
    #[arg(long)]
    pub notes: bool,
    /// Print nothing but errors.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub story: StoryArgs,
    /// Output audio file; .mp3, .ogg, .opus, .m4b and .flac go through ffmpeg
    /// [default: the story's name with .wav]
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Also write the timeline (JSON lines: each segment's voice and position).
    #[arg(long)]
    pub timeline: Option<PathBuf>,
    /// Audio format when -o's extension does not say: wav, mp3, ogg, opus, m4b, flac.
    #[arg(long, value_name = "FORMAT", env = "FICAUDIO_AUDIO_FORMAT")]
    pub audio_format: Option<String>,
    /// Output sample rate in Hz [default: 24000, or the cast's `[output] rate`]
    #[arg(long, value_name = "HZ", env = "FICAUDIO_RATE")]
    pub rate: Option<u32>,
    /// Output channels, 1 (mono) or more [default: 1]
    #[arg(long, value_name = "N", env = "FICAUDIO_CHANNELS")]
    pub channels: Option<u16>,
    /// Bits per sample of WAV output: 8, 16, 24 or 32 [default: 16]
    #[arg(long, value_name = "N", env = "FICAUDIO_BITS")]
    pub bits: Option<u16>,
    /// Loudness every voice is brought to, in LUFS [default: -18, or `[mix] loudness`]
    #[arg(
        long,
        value_name = "LUFS",
        env = "FICAUDIO_LOUDNESS",
        allow_negative_numbers = true
    )]
    pub loudness: Option<f64>,
    /// Also write subtitles with speaker names: FILE.srt or FILE.vtt.
    #[arg(long, value_name = "FILE")]
    pub subtitles: Option<PathBuf>,
    /// Also write a read-along page: the audio with its transcript, the line being
    /// heard highlighted.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Clips synthesized at once [default: number of cores]
    #[arg(short, long, env = "FICAUDIO_JOBS")]
    pub jobs: Option<usize>,
    /// Clip cache directory [default: $XDG_CACHE_HOME/ficaudio]
    #[arg(long, env = "FICAUDIO_CACHE")]
    pub cache: Option<PathBuf>,
    /// Default engine for voices without an `ENGINE:` prefix.
    #[arg(long, env = "FICAUDIO_ENGINE", hide = true)]
    pub engine: Option<String>,
    /// Say per speaker how much would be synthesized and how much comes from the
    /// cache; synthesize nothing.
    #[arg(long)]
    pub plan: bool,
    /// Render only this speaker's lines (an id, name or alias; `narrator` for narration).
    #[arg(long, value_name = "SPEAKER")]
    pub only: Option<String>,
    /// Render from paragraph N on (the story's first line is 1) [output: STORY.preview.wav]
    #[arg(long, value_name = "N")]
    pub from: Option<usize>,
    /// Render up to paragraph M, inclusive.
    #[arg(long, value_name = "M")]
    pub to: Option<usize>,
    /// Render only these chapters: `3`, `2-4` or `5-` [output: STORY.preview.wav]
    #[arg(long, value_name = "N-M", value_parser = parse_chapters)]
    pub chapters: Option<(usize, usize)>,
    /// Render again whenever the story or the cast file is saved (Ctrl-C stops).
    #[arg(long, conflicts_with = "plan")]
    pub watch: bool,
    /// When a clip fails, make every other clip (cached for the next render), then
    /// report every failure; no audio file is written.
    #[arg(long)]
    pub keep_going: bool,
}

/// `3` → (3, 3), `2-4` → (2, 4), `5-` → (5, end).
fn parse_chapters(text: &str) -> Result<(usize, usize), String> {
    let number = |part: &str| {
        part.trim()
            .parse::<usize>()
            .ok()
            .filter(|number| *number > 0)
            .ok_or_else(|| format!("`{text}` is not a chapter range: use N, N-M or N- with chapters numbered from 1"))
    };
    match text.split_once('-') {
        None => number(text).map(|chapter| (chapter, chapter)),
        Some((first, "")) => number(first).map(|first| (first, usize::MAX)),
        Some((first, last)) => {
            let (first, last) = (number(first)?, number(last)?);
            if first > last {
                Err(format!("`{text}`: the first chapter comes after the last"))
            } else {
                Ok((first, last))
            }
        }
    }
}

#[derive(Debug, Args)]
pub struct VoicesArgs {
    /// Only this engine: espeak, flite, festival, piper, say, or one the cast declares.
    pub engine: Option<String>,
    /// A cast file whose `[engines.NAME]` tables are listed too.
    #[arg(short, long, env = "FICAUDIO_CAST")]
    pub cast: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SayArgs {
    /// The voice: `ENGINE:VOICE` (espeak:en-us+m3, flite:slt, piper:en_US-joe-medium),
    /// or a voice of the default engine.
    pub voice: String,
    /// The line to speak.
    pub text: String,
    /// A cast file, for the engines it declares and its `[voices."REF"]` settings.
    #[arg(short, long, env = "FICAUDIO_CAST")]
    pub cast: Option<PathBuf>,
    /// Write the WAV here instead of playing it.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Speaking speed (1.2 is 20 % faster).
    #[arg(long)]
    pub rate: Option<f64>,
    /// Pitch (1.1 is 10 % higher).
    #[arg(long)]
    pub pitch: Option<f64>,
    /// Loudness (0.5 is half the amplitude).
    #[arg(long)]
    pub volume: Option<f64>,
    /// Default engine for a voice without an `ENGINE:` prefix.
    #[arg(long, env = "FICAUDIO_ENGINE", hide = true)]
    pub engine: Option<String>,
}

#[derive(Debug, Args)]
pub struct CacheArgs {
    /// Clip cache directory [default: $XDG_CACHE_HOME/ficaudio]
    #[arg(long, env = "FICAUDIO_CACHE")]
    pub cache: Option<PathBuf>,
    /// Remove clips: those matching --older-than or beyond --max-size, or every clip
    /// when neither is given.
    #[arg(long)]
    pub prune: bool,
    /// With --prune: clips not used for this long (30d, 12h, 2w).
    #[arg(long, value_name = "AGE", requires = "prune")]
    pub older_than: Option<String>,
    /// With --prune: least recently used clips until the cache fits (500M, 2G).
    #[arg(long, value_name = "SIZE", requires = "prune")]
    pub max_size: Option<String>,
}

#[derive(Debug, Args)]
pub struct CastArgs {
    #[command(flatten)]
    pub story: StoryArgs,
    /// Write the cast to this file (atomically) instead of stdout; may be the `--cast` file.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Engine whose voice bank casts the characters.
    #[arg(long, env = "FICAUDIO_ENGINE", hide = true)]
    pub engine: Option<String>,
}

#[derive(Debug, Args)]
pub struct ScriptArgs {
    #[command(flatten)]
    pub story: StoryArgs,
    /// One JSON record per line instead of the screenplay.
    #[arg(long)]
    pub json: bool,
}
