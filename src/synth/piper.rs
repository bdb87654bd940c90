//! Piper neural voices, each model loaded once: a long-lived `piper -m MODEL -d DIR`
//! process per worker reads one utterance per line on stdin and reports each WAV it
//! writes on stderr (`INFO:__main__:Wrote DIR/123.wav`).
//!
//! In: text, a voice (`/path/en_US-joe-medium.onnx`, or a model name found in the
//! voice directories, optionally `#SPEAKER` for multi-speaker models) and the rate.
//! Out: the WAV moved to the clip's path. Newlines in the text are flattened so one
//! clip is one line; a process that dies is replaced by a fresh one (the clip is
//! tried once more), one that stalls past the timeout is killed.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{Controls, Engine, SynthError, VoiceSettings};

/// Lines of a process's stderr kept for error messages.
const STDERR_KEPT: usize = 12;

/// Cores one Piper process keeps busy (onnxruntime runs the model on several threads).
pub const PIPER_THREADS: usize = 2;

/// The Piper engine: settings plus the idle processes, reused across clips.
pub struct PiperEngine {
    /// The `piper` program.
    pub program: String,
    /// Where model names (`en_US-joe-medium`) are looked up.
    pub voice_directories: Vec<PathBuf>,
    pub timeout: Duration,
    idle: Mutex<Vec<PiperProcess>>,
}

/// What a process was started with: one model, one speaker, one speed.
#[derive(Debug, Clone, PartialEq)]
struct ProcessKey {
    model: PathBuf,
    speaker: Option<u32>,
    length_scale: Option<f64>,
}

/// One running `piper -d` process.
struct PiperProcess {
    key: ProcessKey,
    child: Child,
    stdin: ChildStdin,
    /// Lines of stderr, read on their own thread so a wait can time out.
    lines: Receiver<String>,
    recent: Vec<String>,
    /// Piper's output directory; removed with the process.
    _directory: tempfile::TempDir,
}

impl Drop for PiperProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The user's data directory: `$XDG_DATA_HOME` or `~/.local/share`.
pub fn data_home() -> Option<PathBuf> {
    if let Some(directory) = std::env::var_os("XDG_DATA_HOME").filter(|value| !value.is_empty()) {
        return Some(PathBuf::from(directory));
    }
    std::env::var_os("HOME")
        .filter(|value| !value.is_empty())
        .map(|home| PathBuf::from(home).join(".local").join("share"))
}

/// Where `scripts/setup-piper` installs Piper and its voices.
pub fn setup_directory() -> Option<PathBuf> {
    data_home().map(|home| home.join("ficaudio").join("piper"))
}

impl Default for PiperEngine {
    fn default() -> Self {
        PiperEngine::new(None, Vec::new(), Duration::from_secs(120))
    }
}

impl PiperEngine {
    /// `program` defaults to `piper` on `PATH`, else the one `scripts/setup-piper`
    /// installed; `voice_directories` get the setup's voice directory added.
    pub fn new(
        program: Option<String>,
        mut voice_directories: Vec<PathBuf>,
        timeout: Duration,
    ) -> Self {
        let setup = setup_directory();
        let program = program.unwrap_or_else(|| {
            let installed = setup
                .as_ref()
                .map(|directory| directory.join("venv").join("bin").join("piper"));
            match installed {
                Some(path) if !super::program_exists("piper") && path.is_file() => {
                    path.to_string_lossy().into_owned()
                }
                _ => "piper".to_string(),
            }
        });
        if let Some(setup) = setup {
            voice_directories.push(setup.join("voices"));
        }
        PiperEngine {
            program,
            voice_directories,
            timeout,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// The model file and speaker of a voice.
    fn model(&self, voice: &str) -> Result<(PathBuf, Option<u32>), SynthError> {
        let (name, speaker) = match voice.rsplit_once('#') {
            Some((name, speaker)) => match speaker.parse::<u32>() {
                Ok(number) => (name, Some(number)),
                Err(_) => return Err(self.unknown_voice(voice)),
            },
            None => (voice, None),
        };
        let direct = Path::new(name);
        if name.contains('/') || name.ends_with(".onnx") {
            return if direct.is_file() {
                Ok((direct.to_path_buf(), speaker))
            } else {
                Err(self.unknown_voice(voice))
            };
        }
        self.voice_directories
            .iter()
            .map(|directory| directory.join(format!("{name}.onnx")))
            .find(|path| path.is_file())
            .map(|path| (path, speaker))
            .ok_or_else(|| self.unknown_voice(voice))
    }

    fn unknown_voice(&self, voice: &str) -> SynthError {
        let installed = self.installed_voices().ok().flatten().unwrap_or_default();
        let directories = self
            .voice_directories
            .iter()
            .map(|directory| format!("`{}`", directory.display()))
            .collect::<Vec<_>>()
            .join(", ");
        SynthError::UnknownVoice {
            engine: "piper".to_string(),
            voice: voice.to_string(),
            suggestions: if installed.is_empty() {
                format!("none yet: give a path to an `.onnx` model, or put models in {directories} (`scripts/setup-piper` installs en_US-joe-medium)")
            } else {
                format!(
                    "{} (models in {directories}; or give a path to an `.onnx` file)",
                    installed.join(", ")
                )
            },
        }
    }

    /// The model's own length scale (from its `.onnx.json`), which `rate` divides.
    fn length_scale(model: &Path, rate: f64) -> f64 {
        let config = PathBuf::from(format!("{}.json", model.display()));
        let base = std::fs::read_to_string(config)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|json| {
                json.pointer("/inference/length_scale")
                    .and_then(serde_json::Value::as_f64)
            })
            .unwrap_or(1.0);
        base / rate
    }

    fn start(&self, key: &ProcessKey) -> Result<PiperProcess, SynthError> {
        let directory = tempfile::Builder::new()
            .prefix("ficaudio-piper-")
            .tempdir()?;
        let mut command = Command::new(&self.program);
        command
            .arg("-m")
            .arg(&key.model)
            .arg("-d")
            .arg(directory.path());
        if let Some(speaker) = key.speaker {
            command.arg("-s").arg(speaker.to_string());
        }
        if let Some(length_scale) = key.length_scale {
            command
                .arg("--length-scale")
                .arg(format!("{length_scale:.4}"));
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|error| match error.kind() {
                std::io::ErrorKind::NotFound => self.not_installed(),
                _ => SynthError::Io(error),
            })?;
        let (Some(stdin), Some(stderr)) = (child.stdin.take(), child.stderr.take()) else {
            let _ = child.kill();
            return Err(SynthError::Config(
                "cannot connect to piper's stdin and stderr".to_string(),
            ));
        };
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(PiperProcess {
            key: key.clone(),
            child,
            stdin,
            lines,
            recent: Vec::new(),
            _directory: directory,
        })
    }

    fn not_installed(&self) -> SynthError {
        SynthError::NotInstalled {
            engine: "piper".to_string(),
            program: self.program.clone(),
            hint: "run `scripts/setup-piper` (a virtual environment with piper-tts and the en_US-joe-medium voice), or set `program` under [engines.piper] in the cast".to_string(),
        }
    }

    /// An idle process started with `key`, or a new one.
    fn take(&self, key: &ProcessKey) -> Result<(PiperProcess, bool), SynthError> {
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(position) = idle.iter().position(|process| &process.key == key) {
            return Ok((idle.swap_remove(position), false));
        }
        drop(idle);
        Ok((self.start(key)?, true))
    }

    fn give_back(&self, process: PiperProcess) {
        self.idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(process);
    }

    /// Sends one line and waits for the file piper reports.
    fn utter(&self, process: &mut PiperProcess, line: &str) -> Result<PathBuf, Utterance> {
        let mut message = line.as_bytes().to_vec();
        message.push(b'\n');
        if process
            .stdin
            .write_all(&message)
            .and_then(|()| process.stdin.flush())
            .is_err()
        {
            return Err(Utterance::Died);
        }
        let deadline = Instant::now() + self.timeout;
        loop {
            let remaining = deadline.saturating_duration_since(Instant::now());
            match process.lines.recv_timeout(remaining) {
                Ok(text) => {
                    if let Some((_, path)) = text.split_once("Wrote ") {
                        return Ok(PathBuf::from(path.trim()));
                    }
                    if process.recent.len() == STDERR_KEPT {
                        process.recent.remove(0);
                    }
                    process.recent.push(text);
                }
                Err(RecvTimeoutError::Timeout) => return Err(Utterance::Stalled),
                Err(RecvTimeoutError::Disconnected) => return Err(Utterance::Died),
            }
        }
    }

    fn command_line(&self, key: &ProcessKey) -> String {
        format!("{} -m {} -d DIR", self.program, key.model.display())
    }
}

/// Why an utterance got no file.
enum Utterance {
    Died,
    Stalled,
}

/// Flattens line breaks (and every other run of white space) so the text is one line.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Moves piper's file to the clip's path (copying across file systems).
fn move_file(from: &Path, to: &Path) -> std::io::Result<()> {
    if std::fs::rename(from, to).is_ok() {
        return Ok(());
    }
    std::fs::copy(from, to)?;
    std::fs::remove_file(from)
}

impl Engine for PiperEngine {
    fn fingerprint(&self) -> String {
        format!("piper;program={}", self.program)
    }

    fn check(&self) -> Result<(), SynthError> {
        if super::program_exists(&self.program) {
            Ok(())
        } else {
            Err(self.not_installed())
        }
    }

    fn check_voice(&self, voice: &str) -> Result<(), SynthError> {
        self.model(voice).map(|_| ())
    }

    fn speak(
        &self,
        text: &str,
        voice: &str,
        settings: &VoiceSettings,
        out: &Path,
    ) -> Result<(), SynthError> {
        let line = one_line(text);
        if line.is_empty() {
            return Err(SynthError::BadOutput {
                command: "piper".to_string(),
                reason: "the text is empty".to_string(),
            });
        }
        let (model, speaker) = self.model(voice)?;
        let key = ProcessKey {
            length_scale: settings.rate.map(|rate| Self::length_scale(&model, rate)),
            model,
            speaker,
        };
        // A process that was already running may have died since its last clip: try
        // once more on a fresh one before giving up.
        for _ in 0..2 {
            let (mut process, fresh) = self.take(&key)?;
            match self.utter(&mut process, &line) {
                Ok(written) => {
                    let moved = move_file(&written, out);
                    self.give_back(process);
                    return moved.map_err(SynthError::Io);
                }
                Err(Utterance::Stalled) => {
                    return Err(SynthError::Timeout {
                        command: self.command_line(&key),
                        seconds: self.timeout.as_secs_f64(),
                    });
                }
                Err(Utterance::Died) if fresh => {
                    // Collect what it said before it died.
                    while let Ok(text) = process.lines.recv_timeout(Duration::from_millis(200)) {
                        process.recent.push(text);
                    }
                    let status = process
                        .child
                        .wait()
                        .map(|status| status.to_string())
                        .unwrap_or_else(|_| "died".to_string());
                    let recent = process
                        .recent
                        .iter()
                        .rev()
                        .take(STDERR_KEPT)
                        .rev()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join("\n");
                    return Err(SynthError::Failed {
                        command: self.command_line(&key),
                        status,
                        stderr: super::process::format_stderr(recent.as_bytes()),
                    });
                }
                Err(Utterance::Died) => continue,
            }
        }
        Err(SynthError::Failed {
            command: self.command_line(&key),
            status: "died twice".to_string(),
            stderr: String::new(),
        })
    }

    fn controls(&self) -> Controls {
        Controls {
            rate: true,
            pitch: false,
        }
    }

    fn workers(&self, jobs: usize) -> usize {
        (jobs / PIPER_THREADS).max(1)
    }

    fn cpu_cost(&self) -> usize {
        PIPER_THREADS
    }

    /// The `.onnx` models in the voice directories, by name.
    fn installed_voices(&self) -> Result<Option<Vec<String>>, SynthError> {
        let mut names = Vec::new();
        for directory in &self.voice_directories {
            let Ok(entries) = std::fs::read_dir(directory) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path
                    .extension()
                    .is_some_and(|extension| extension == "onnx")
                {
                    if let Some(stem) = path.file_stem() {
                        names.push(stem.to_string_lossy().into_owned());
                    }
                }
            }
        }
        names.sort();
        names.dedup();
        Ok(Some(names))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_becomes_one_line() {
        for (text, expected) in [
            ("a\nb", "a b"),
            ("  a \r\n\n b\u{2028}c ", "a b c"),
            ("\n", ""),
        ] {
            assert_eq!(one_line(text), expected, "{text:?}");
        }
    }

    #[test]
    fn models_are_found_by_name_or_path() {
        let directory = tempfile::tempdir().unwrap();
        let model = directory.path().join("en_US-test-low.onnx");
        std::fs::write(&model, b"model").unwrap();
        std::fs::write(
            directory.path().join("en_US-test-low.onnx.json"),
            br#"{"inference": {"length_scale": 1.2}}"#,
        )
        .unwrap();
        let engine = PiperEngine::new(
            Some("piper".to_string()),
            vec![directory.path().to_path_buf()],
            Duration::from_secs(1),
        );
        assert_eq!(
            engine.model("en_US-test-low").unwrap(),
            (model.clone(), None)
        );
        assert_eq!(
            engine.model("en_US-test-low#3").unwrap(),
            (model.clone(), Some(3))
        );
        assert_eq!(engine.model(&model.to_string_lossy()).unwrap().0, model);
        assert!(engine.model("en_US-missing").is_err());
        assert!(engine.model("en_US-test-low#x").is_err());
        assert!((PiperEngine::length_scale(&model, 1.2) - 1.0).abs() < 1e-9);
        assert!(engine
            .installed_voices()
            .unwrap()
            .unwrap()
            .contains(&"en_US-test-low".to_string()));
    }

    #[test]
    fn a_program_that_is_not_piper_gives_a_clear_error() {
        let directory = tempfile::tempdir().unwrap();
        let model = directory.path().join("m.onnx");
        std::fs::write(&model, b"model").unwrap();
        // `false` exits at once without writing anything: the process "dies".
        let engine = PiperEngine::new(
            Some("false".to_string()),
            Vec::new(),
            Duration::from_secs(5),
        );
        let error = engine
            .speak(
                "hello",
                &model.to_string_lossy(),
                &VoiceSettings::default(),
                &directory.path().join("o.wav"),
            )
            .unwrap_err();
        assert!(matches!(error, SynthError::Failed { .. }), "{error}");
    }

    /// A stand-in for `piper -m MODEL -d DIR`: logs each start, then per line copies
    /// a WAV into DIR and reports it like Piper; `behaviour` is shell run per line
    /// before answering (`exit 0` after the first line makes it die, `sleep 30` stall).
    fn fake_piper(directory: &Path, behaviour: &str) -> (String, PathBuf) {
        let wav = directory.join("fixture.wav");
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 16_000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut writer = hound::WavWriter::create(&wav, spec).unwrap();
        for index in 0..1600 {
            writer.write_sample((index % 100) as i16 * 100).unwrap();
        }
        writer.finalize().unwrap();
        let starts = directory.join("starts.log");
        let script = directory.join("fake-piper");
        let text = format!(
            "#!/bin/sh\necho start >> '{starts}'\nout=\"$4\"\nn=0\nwhile read line; do\n  n=$((n+1))\n  echo \"$line\" >> '{lines}'\n  {behaviour}\n  cp '{wav}' \"$out/$n.wav\"\n  echo \"INFO:__main__:Wrote $out/$n.wav\" >&2\ndone\n",
            starts = starts.display(),
            lines = directory.join("lines.log").display(),
            wav = wav.display(),
        );
        std::fs::write(&script, text).unwrap();
        std::process::Command::new("chmod")
            .arg("+x")
            .arg(&script)
            .status()
            .unwrap();
        let model = directory.join("voice.onnx");
        std::fs::write(&model, b"model").unwrap();
        (script.to_string_lossy().into_owned(), model)
    }

    fn speak_three(
        engine: &PiperEngine,
        model: &Path,
        directory: &Path,
    ) -> Vec<Result<(), SynthError>> {
        ["First line.", "Second\nline, two rows.", "Third line."]
            .iter()
            .enumerate()
            .map(|(index, text)| {
                engine.speak(
                    text,
                    &model.to_string_lossy(),
                    &VoiceSettings::default(),
                    &directory.join(format!("out{index}.wav")),
                )
            })
            .collect()
    }

    #[test]
    fn one_process_speaks_every_line() {
        let directory = tempfile::tempdir().unwrap();
        let (program, model) = fake_piper(directory.path(), ":");
        let engine = PiperEngine::new(Some(program), Vec::new(), Duration::from_secs(10));
        for result in speak_three(&engine, &model, directory.path()) {
            result.unwrap();
        }
        let starts = std::fs::read_to_string(directory.path().join("starts.log")).unwrap();
        assert_eq!(starts.lines().count(), 1, "the model is loaded once");
        let lines = std::fs::read_to_string(directory.path().join("lines.log")).unwrap();
        assert_eq!(
            lines.lines().collect::<Vec<_>>(),
            ["First line.", "Second line, two rows.", "Third line."]
        );
        assert!(hound::WavReader::open(directory.path().join("out2.wav")).is_ok());
    }

    #[test]
    fn a_process_that_dies_is_replaced() {
        let directory = tempfile::tempdir().unwrap();
        // Answers its first line, then exits on the next one without a word.
        let (program, model) = fake_piper(directory.path(), "[ $n -gt 1 ] && exit 0");
        let engine = PiperEngine::new(Some(program), Vec::new(), Duration::from_secs(10));
        for result in speak_three(&engine, &model, directory.path()) {
            result.unwrap();
        }
        let starts = std::fs::read_to_string(directory.path().join("starts.log")).unwrap();
        assert_eq!(
            starts.lines().count(),
            3,
            "each death is followed by a fresh process"
        );
    }

    #[test]
    fn a_stalled_process_times_out() {
        let directory = tempfile::tempdir().unwrap();
        let (program, model) = fake_piper(directory.path(), "sleep 30");
        let engine = PiperEngine::new(Some(program), Vec::new(), Duration::from_millis(500));
        let error = engine
            .speak(
                "Hello.",
                &model.to_string_lossy(),
                &VoiceSettings::default(),
                &directory.path().join("o.wav"),
            )
            .unwrap_err();
        assert!(matches!(error, SynthError::Timeout { .. }), "{error}");
        assert!(
            error.to_string().contains("did not finish within 0.5 s"),
            "{error}"
        );
    }
}
