//! The program: parse the command line, resolve the config, run the command, and
//! turn the outcome into an exit code and a message a person can act on.

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::config::{RenderConfig, ScriptConfig};
use crate::exit_codes::ExitCode;
use crate::interrupt::Interrupted;

/// Runs ficaudio with the process's arguments.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::Usage
            } else {
                ExitCode::Success
            };
        }
    };
    match dispatch(cli.command) {
        Ok(()) => ExitCode::Success,
        Err(error) if is_broken_pipe(&error) => ExitCode::Success,
        Err(error) if error.chain().any(|cause| cause.is::<Interrupted>()) => {
            eprintln!("{}", Interrupted);
            ExitCode::Interrupted
        }
        Err(error) => {
            eprintln!("error: {}", one_message(&error));
            ExitCode::Failure
        }
    }
}

fn dispatch(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Render(args) => {
            if args.watch {
                return crate::watch::watch(&args, |config| {
                    let summary = crate::render::render(config)?;
                    if !config.story.quiet {
                        eprintln!(
                            "wrote `{}`: {} clips ({} synthesized)",
                            config.output.display(),
                            summary.clips,
                            summary.synthesized
                        );
                    }
                    Ok(())
                });
            }
            let config = RenderConfig::resolve(&args)?;
            config.interrupt.install_handler();
            let summary = crate::render::render(&config)?;
            // A plan prints its table instead of rendering: no summary.
            if !config.story.quiet && !config.plan {
                let seconds = summary.duration_ms as f64 / 1000.0;
                eprintln!(
                    "wrote `{}`: {:.1} s of audio, {} segments, {} clips ({} synthesized, {} from cache)",
                    config.output.display(),
                    seconds,
                    summary.segments,
                    summary.clips,
                    summary.synthesized,
                    summary.clips - summary.synthesized
                );
            }
            Ok(())
        }
        Command::Voices(args) => {
            let config = crate::voices::VoicesConfig::resolve(&args)?;
            print!("{}", crate::voices::list_voices(&config)?);
            Ok(())
        }
        Command::Say(args) => {
            let config = crate::voices::SayConfig::resolve(&args)?;
            match crate::voices::say(&config)? {
                crate::voices::Spoken::Played { player } => {
                    eprintln!("played `{}` with {player}", config.voice)
                }
                crate::voices::Spoken::Written { path, reason: None } => {
                    eprintln!("wrote `{}`", path.display())
                }
                crate::voices::Spoken::Written {
                    path,
                    reason: Some(reason),
                } => {
                    eprintln!("{reason}; wrote `{}`", path.display())
                }
            }
            Ok(())
        }
        Command::Cache(args) => {
            let config = crate::cache_command::CacheConfig::resolve(&args)?;
            print!("{}", crate::cache_command::run(&config)?);
            Ok(())
        }
        Command::Cast(args) => {
            let config = crate::casting::CastConfig::resolve(&args)?;
            let written = crate::casting::draft_cast(&config)?;
            if config.output.is_none() {
                use std::io::Write;
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(written.text.as_bytes())?;
                stdout.flush()?;
            }
            if !config.story.quiet {
                let added = if written.added.is_empty() {
                    "no new characters".to_string()
                } else {
                    format!(
                        "{} characters: {}",
                        written.added.len(),
                        written.added.join(", ")
                    )
                };
                eprintln!("cast: {added}");
            }
            Ok(())
        }
        Command::Script(args) => {
            let config = ScriptConfig::resolve(&args)?;
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            crate::script::script(&config, &mut lock)
        }
    }
}

/// The error and its causes on one line, hints kept on their own line at the end.
fn one_message(error: &anyhow::Error) -> String {
    let mut parts = Vec::new();
    let mut hints = Vec::new();
    for cause in error.chain() {
        let text = cause.to_string();
        let (hint_lines, message_lines): (Vec<&str>, Vec<&str>) = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .partition(|line| line.starts_with("hint:"));
        let message = message_lines.join("; ");
        // anyhow's chain repeats a cause that a context already quoted.
        if !message.is_empty() && !parts.iter().any(|part: &String| part.contains(&message)) {
            parts.push(message);
        }
        hints.extend(hint_lines.into_iter().map(str::to_string));
    }
    let mut message = parts.join(": ");
    // One hint: the deepest cause knows best what to fix.
    if let Some(hint) = hints.last() {
        message.push('\n');
        message.push_str(hint);
    }
    message
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|error| error.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
