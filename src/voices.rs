//! `ficaudio voices [ENGINE]` and `ficaudio say VOICE "text"`: what a reader can
//! cast with, and how a voice sounds.
//!
//! In: the engine (or all of them), the cast for declared engines and voice
//! settings, and for `say` a voice reference and a line. Out: for `voices`, a listing
//! on stdout of each engine's installed voices (probed from the engine) with what
//! its voice bank says of them; for `say`, a clip played through the first player
//! found (aplay, paplay, afplay, ffplay) or written to a WAV whose path is printed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{anyhow, bail, Context, Result};

use crate::cast::{qualify, read_cast, Cast, VoiceBank};
use crate::cli::{SayArgs, VoicesArgs};
use crate::synth::{split_reference, Engine, Engines, SynthError, Tuned, VoiceSettings};

/// Settings of `ficaudio voices`.
pub struct VoicesConfig {
    /// Only this engine; `None` lists every engine.
    pub engine: Option<String>,
    pub cast: Cast,
}

impl VoicesConfig {
    pub fn resolve(args: &VoicesArgs) -> Result<Self> {
        Ok(VoicesConfig {
            engine: args.engine.clone(),
            cast: read_optional_cast(args.cast.as_deref())?,
        })
    }
}

/// Settings of `ficaudio say`.
pub struct SayConfig {
    /// The full reference, `ENGINE:VOICE`.
    pub voice: String,
    pub text: String,
    pub settings: VoiceSettings,
    pub cast: Cast,
    /// Write here instead of playing.
    pub output: Option<PathBuf>,
}

impl SayConfig {
    pub fn resolve(args: &SayArgs) -> Result<Self> {
        let cast = read_optional_cast(args.cast.as_deref())?;
        let default_engine = args.engine.clone().unwrap_or_else(|| "espeak".to_string());
        let voice = qualify(&args.voice, &default_engine);
        if args.text.trim().is_empty() {
            bail!(
                "there is nothing to say\nhint: ficaudio say {} \"Hello there.\"",
                args.voice
            );
        }
        let flags = VoiceSettings {
            rate: args.rate,
            pitch: args.pitch,
            volume: args.volume,
        };
        flags.validate().map_err(|message| anyhow!("{message}"))?;
        let of_voice = cast
            .voices
            .iter()
            .find(|(written, _)| qualify(written, &default_engine) == voice)
            .map(|(_, settings)| *settings)
            .unwrap_or_default();
        Ok(SayConfig {
            voice,
            text: args.text.clone(),
            settings: flags.or(&of_voice),
            cast,
            output: args.output.clone(),
        })
    }
}

fn read_optional_cast(path: Option<&Path>) -> Result<Cast> {
    Ok(match path {
        Some(path) => read_cast(path)?,
        None => Cast::default(),
    })
}

fn engines_of(cast: &Cast) -> Result<Engines> {
    let name = cast.path.as_deref().map_or_else(
        || "cast".to_string(),
        |path| format!("`{}`", path.display()),
    );
    Engines::build(&cast.engines).map_err(|error| anyhow!("{name}: {error}"))
}

/// The listing of `ficaudio voices`. With one engine named, an engine that cannot
/// run is an error; listing them all, it is a line saying why.
pub fn list_voices(config: &VoicesConfig) -> Result<String> {
    let engines = engines_of(&config.cast)?;
    let names = match &config.engine {
        Some(name) => {
            if engines.engine(name).is_none() {
                bail!(
                    "unknown engine `{name}`\nhint: engines available: {}",
                    engines.names().join(", ")
                );
            }
            vec![name.clone()]
        }
        None => engines.names(),
    };
    let mut listing = String::new();
    for name in names {
        let Some(engine) = engines.engine(&name) else {
            continue;
        };
        let kind = engines.kind(&name).unwrap_or(&name).to_string();
        match list_engine(&name, &kind, engine.as_ref()) {
            Ok(section) => listing.push_str(&section),
            Err(error) if config.engine.is_some() => return Err(error.into()),
            Err(error) => {
                let text = error.to_string();
                let mut lines = text.lines();
                let _ = writeln!(
                    listing,
                    "{name}: not available: {}",
                    lines.next().unwrap_or_default()
                );
                for line in lines {
                    let _ = writeln!(listing, "  {line}");
                }
                listing.push('\n');
            }
        }
    }
    Ok(listing)
}

/// One engine's section: bank voices that are installed, then other installed ones.
fn list_engine(name: &str, kind: &str, engine: &dyn Engine) -> Result<String, SynthError> {
    engine.check()?;
    let bank = VoiceBank::builtin(kind)
        .map(|bank| bank.voices)
        .unwrap_or_default();
    let installed = engine.installed_voices()?;
    let mut section = format!("{name}\n");
    let mut rows: Vec<[String; 4]> = Vec::new();
    let mut listed = Vec::new();
    for entry in &bank {
        // espeak's voices are LANGUAGE+VARIANT combinations: ask the engine itself.
        let usable = match (&installed, kind) {
            (Some(_), "espeak") | (None, _) => engine.check_voice(&entry.id).is_ok(),
            (Some(installed), _) => installed.iter().any(|voice| voice == &entry.id),
        };
        if usable {
            let mut description = entry.description.clone();
            if entry.narrator {
                description.push_str(" (narrator)");
            }
            rows.push([
                format!("{name}:{}", entry.id),
                format!("{:?}", entry.gender).to_lowercase(),
                entry.accent.clone(),
                description,
            ]);
            listed.push(entry.id.clone());
        }
    }
    match (&installed, kind) {
        (Some(installed), "espeak") => {
            let languages = installed
                .iter()
                .filter(|voice| !voice.starts_with('+'))
                .count();
            let variants = installed.len() - languages;
            rows.push([
                "…".to_string(),
                String::new(),
                String::new(),
                format!("any of {languages} languages with any of {variants} variants, e.g. espeak:en-us+m3 (`espeak-ng --voices`, `--voices=variant`)"),
            ]);
        }
        (Some(installed), _) => {
            let note = if bank.is_empty() {
                "listed by the engine"
            } else {
                "not in the voice bank"
            };
            for voice in installed.iter().filter(|voice| !listed.contains(voice)) {
                rows.push([
                    format!("{name}:{voice}"),
                    "-".to_string(),
                    "-".to_string(),
                    note.to_string(),
                ]);
            }
        }
        (None, _) => {}
    }
    if rows.is_empty() {
        let hint = match kind {
            "piper" => "no models found: `scripts/setup-piper` installs en_US-joe-medium, or name an `.onnx` file by path",
            "http" | "command" => "any voice the engine accepts (list them under `voices` in the cast to have them checked)",
            _ => "no voices found",
        };
        let _ = writeln!(section, "  {hint}");
    }
    let widths: Vec<usize> = (0..3)
        .map(|column| {
            rows.iter()
                .map(|row| row[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in &rows {
        let _ = writeln!(
            section,
            "  {:<w0$}  {:<w1$}  {:<w2$}  {}",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2]
        );
    }
    section.push('\n');
    Ok(section)
}

/// What `say` did, for the message on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spoken {
    Played {
        player: String,
    },
    Written {
        path: PathBuf,
        reason: Option<String>,
    },
}

/// Players tried in order, with the arguments that make them play a file and exit.
const PLAYERS: [(&str, &[&str]); 4] = [
    ("aplay", &["-q"]),
    ("paplay", &[]),
    ("afplay", &[]),
    ("ffplay", &["-nodisp", "-autoexit", "-loglevel", "error"]),
];

/// Speaks the line: to `output` when given, else through a player, else to a WAV in
/// the temporary directory.
pub fn say(config: &SayConfig) -> Result<Spoken> {
    let engines = engines_of(&config.cast)?;
    let (engine, voice) = engines.resolve(&config.voice)?;
    let name = split_reference(&config.voice).0;
    let tuned = Tuned {
        engine: engine.as_ref(),
        name,
        settings: config.settings,
    };
    tuned.check()?;
    tuned.check_voice(voice)?;
    let directory = tempfile::Builder::new().prefix("ficaudio-say-").tempdir()?;
    let clip = directory.path().join("say.wav");
    tuned
        .synthesize(&config.text, voice, &clip)
        .with_context(|| format!("speaking with `{}`", config.voice))?;
    if let Some(output) = &config.output {
        copy_out(&clip, output)?;
        return Ok(Spoken::Written {
            path: output.clone(),
            reason: None,
        });
    }
    let mut reason = "no audio player found (aplay, paplay, afplay, ffplay)".to_string();
    for (player, arguments) in PLAYERS {
        if !crate::synth::program_exists(player) {
            continue;
        }
        let status = Command::new(player)
            .args(arguments)
            .arg(&clip)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        match status {
            Ok(status) if status.success() => {
                return Ok(Spoken::Played {
                    player: player.to_string(),
                })
            }
            _ => reason = format!("`{player}` could not play it"),
        }
    }
    let path = std::env::temp_dir().join(format!("ficaudio-say-{}.wav", file_safe(&config.voice)));
    copy_out(&clip, &path)?;
    Ok(Spoken::Written {
        path,
        reason: Some(reason),
    })
}

fn copy_out(clip: &Path, output: &Path) -> Result<()> {
    std::fs::copy(clip, output).map(|_| ()).with_context(|| {
        format!(
            "cannot write `{}`\nhint: check that its directory exists and is writable",
            output.display()
        )
    })
}

/// A voice reference as part of a file name.
fn file_safe(reference: &str) -> String {
    let last = reference.rsplit('/').next().unwrap_or(reference);
    let name: String = last
        .trim_end_matches(".onnx")
        .chars()
        .map(|character| {
            if character.is_ascii_alphanumeric() || character == '-' || character == '_' {
                character
            } else {
                '-'
            }
        })
        .collect();
    name.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_safe_names() {
        for (reference, expected) in [
            ("espeak:en-us+m3", "espeak-en-us-m3"),
            ("piper:/x/y/en_US-joe-medium.onnx", "en_US-joe-medium"),
            ("flite:slt", "flite-slt"),
        ] {
            assert_eq!(file_safe(reference), expected);
        }
    }

    #[test]
    fn the_fake_engine_lists_and_an_unknown_engine_is_named() {
        let config = VoicesConfig {
            engine: Some("nope".to_string()),
            cast: Cast::default(),
        };
        let message = list_voices(&config).unwrap_err().to_string();
        assert!(message.starts_with("unknown engine `nope`"), "{message}");
    }
}
