//! Running an engine program: argv only (never a shell), text on stdin when asked,
//! stderr captured for messages, a timeout that kills a stalled engine.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use wait_timeout::ChildExt;

use super::SynthError;

/// How much of an engine's stderr goes into an error message.
const STDERR_LIMIT: usize = 600;

/// Runs `argv`, feeding `stdin` when given, and waits at most `timeout`.
pub fn run(argv: &[String], stdin: Option<&str>, timeout: Duration) -> Result<(), SynthError> {
    let (program, arguments) = argv
        .split_first()
        .ok_or_else(|| SynthError::Config("empty command".to_string()))?;
    let command_line = display_command(argv);
    let mut child = Command::new(program)
        .args(arguments)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    // Feed stdin and drain stderr on their own threads so a chatty engine can never
    // block on a full pipe while we wait for it.
    let writer = match (stdin, child.stdin.take()) {
        (Some(text), Some(mut pipe)) => {
            let text = text.to_string();
            Some(std::thread::spawn(move || {
                let _ = pipe.write_all(text.as_bytes());
            }))
        }
        _ => None,
    };
    let reader = child.stderr.take().map(|mut pipe| {
        std::thread::spawn(move || {
            let mut buffer = Vec::new();
            let _ = pipe.read_to_end(&mut buffer);
            buffer
        })
    });
    let status = match child.wait_timeout(timeout)? {
        Some(status) => status,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(SynthError::Timeout {
                command: command_line,
                seconds: timeout.as_secs_f64(),
            });
        }
    };
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    let stderr = reader
        .and_then(|reader| reader.join().ok())
        .unwrap_or_default();
    if status.success() {
        Ok(())
    } else {
        Err(SynthError::Failed {
            command: command_line,
            status: status.to_string(),
            stderr: format_stderr(&stderr),
        })
    }
}

/// Runs `argv` (a listing such as `flite -lv`) and returns what it printed on
/// standard output, or an error when it fails or outlasts `timeout`.
pub fn output(argv: &[String], timeout: Duration) -> Result<String, SynthError> {
    let (program, arguments) = argv
        .split_first()
        .ok_or_else(|| SynthError::Config("empty command".to_string()))?;
    let mut child = Command::new(program)
        .args(arguments)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        pipe.map(|mut pipe| {
            std::thread::spawn(move || {
                let mut buffer = Vec::new();
                let _ = pipe.read_to_end(&mut buffer);
                buffer
            })
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|pipe| Box::new(pipe) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|pipe| Box::new(pipe) as Box<dyn Read + Send>),
    );
    let Some(status) = child.wait_timeout(timeout)? else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(SynthError::Timeout {
            command: display_command(argv),
            seconds: timeout.as_secs_f64(),
        });
    };
    let stdout = stdout
        .and_then(|reader| reader.join().ok())
        .unwrap_or_default();
    let stderr = stderr
        .and_then(|reader| reader.join().ok())
        .unwrap_or_default();
    if !status.success() {
        return Err(SynthError::Failed {
            command: display_command(argv),
            status: status.to_string(),
            stderr: format_stderr(&stderr),
        });
    }
    // Some programs (festival) print their listing on stderr.
    let mut text = String::from_utf8_lossy(&stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&stderr));
    Ok(text)
}

/// The text in a temporary file, for engines that read it from a file: the file is
/// removed when the returned handle is dropped.
pub fn text_file(text: &str) -> std::io::Result<tempfile::NamedTempFile> {
    let mut file = tempfile::Builder::new()
        .prefix("ficaudio-text-")
        .suffix(".txt")
        .tempfile()?;
    file.write_all(text.as_bytes())?;
    file.flush()?;
    Ok(file)
}

/// The engine's stderr, trimmed and on one line, ready to append to a message.
pub fn format_stderr(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.is_empty() {
        String::new()
    } else if joined.chars().count() > STDERR_LIMIT {
        let cut: String = joined.chars().take(STDERR_LIMIT).collect();
        format!(": {cut}…")
    } else {
        format!(": {joined}")
    }
}

/// The command as a person would type it, for messages (long arguments shortened).
pub fn display_command(argv: &[String]) -> String {
    argv.iter()
        .map(|argument| {
            let short: String = argument.chars().take(40).collect();
            let short = if short.len() < argument.len() {
                format!("{short}…")
            } else {
                short
            };
            if short.contains(' ') || short.is_empty() {
                format!("'{short}'")
            } else {
                short
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
