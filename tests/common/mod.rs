//! A small builder for integration tests: write a story and a cast into a temporary
//! directory, run the real binary there, and read what it produced.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub dir: tempfile::TempDir,
    args: Vec<String>,
    envs: Vec<(String, String)>,
}

pub struct Outcome {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    /// Parses stdout as JSON lines.
    pub fn records(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|line| {
                serde_json::from_str(line)
                    .unwrap_or_else(|error| panic!("bad JSON line {line:?}: {error}"))
            })
            .collect()
    }
}

impl Run {
    pub fn new() -> Self {
        Run {
            dir: tempfile::tempdir().expect("temp dir"),
            args: Vec::new(),
            envs: Vec::new(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file into the run's directory.
    pub fn file(self, name: &str, contents: impl AsRef<[u8]>) -> Self {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create dir");
        }
        std::fs::write(path, contents).expect("write fixture");
        self
    }

    pub fn args(mut self, args: &[&str]) -> Self {
        self.args
            .extend(args.iter().map(|argument| argument.to_string()));
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.envs.push((key.to_string(), value.to_string()));
        self
    }

    /// Runs `ficaudio` with the arguments, in the run's directory.
    pub fn run(&self) -> Outcome {
        let output = Command::new(env!("CARGO_BIN_EXE_ficaudio"))
            .args(&self.args)
            .current_dir(self.dir.path())
            .env("XDG_CACHE_HOME", self.dir.path().join("xdg-cache"))
            .env_remove("FICAUDIO_CAST")
            .env_remove("FICAUDIO_JOBS")
            .env_remove("FICAUDIO_ENGINE")
            .env_remove("FICAUDIO_CACHE")
            .envs(
                self.envs
                    .iter()
                    .map(|(key, value)| (key.as_str(), value.as_str())),
            )
            .output()
            .expect("run ficaudio");
        Outcome {
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// Samples (as f32 in -1..1) and spec of a WAV file.
pub fn read_wav(path: &Path) -> (hound::WavSpec, Vec<f32>) {
    let mut reader =
        hound::WavReader::open(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let spec = reader.spec();
    let scale = 1.0 / (1i64 << (spec.bits_per_sample - 1)) as f32;
    let samples = match spec.sample_format {
        hound::SampleFormat::Float => reader.samples::<f32>().map(Result::unwrap).collect(),
        hound::SampleFormat::Int => reader
            .samples::<i32>()
            .map(|sample| sample.unwrap() as f32 * scale)
            .collect(),
    };
    (spec, samples)
}

/// Whether the directory holds no file but those listed (no partial outputs).
pub fn leftover_files(dir: &Path, allowed: &[&str]) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !allowed.contains(&name.as_str()))
        .collect()
}

/// The shared data folder beside the project, when present.
pub fn shared() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!("skipped: ../shared is not beside the project");
        None
    }
}

pub fn has_program(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|directory| directory.join(program).is_file())
    })
}

/// Writes a 16-bit mono tone of `frames` samples at `rate`: the clip that test
/// engines copy to `{out}`.
pub fn write_tone(path: &Path, rate: u32, frames: usize) {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::create(path, spec).expect("create tone");
    for index in 0..frames {
        writer
            .write_sample(((index as f32 * 0.2).sin() * 9_000.0) as i16)
            .expect("write tone");
    }
    writer.finalize().expect("finish tone");
}

/// Writes an executable shell script (a test engine of our own; story text only ever
/// reaches it as data).
pub fn write_script(path: &Path, body: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, body).expect("write script");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod script");
}
