//! The clip cache: every clip stored under a hash of everything that shapes its
//! audio, written atomically (temp file, check, rename) so a killed render never
//! leaves a half-written clip under a real name and finished clips survive.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Engine, SynthError};

/// Bumped when the way clips are made changes, so old clips are not reused.
const CACHE_VERSION: &str = "ficaudio-clip-v1";

/// A directory of clips keyed by content hash.
#[derive(Debug, Clone)]
pub struct ClipCache {
    directory: PathBuf,
}

impl ClipCache {
    pub fn new(directory: PathBuf) -> Self {
        ClipCache { directory }
    }

    /// The default location: `$XDG_CACHE_HOME/ficaudio` or `~/.cache/ficaudio`.
    pub fn default_directory() -> PathBuf {
        if let Some(directory) = std::env::var_os("XDG_CACHE_HOME").filter(|value| !value.is_empty()) {
            return PathBuf::from(directory).join("ficaudio");
        }
        if let Some(home) = std::env::var_os("HOME").filter(|value| !value.is_empty()) {
            return PathBuf::from(home).join(".cache").join("ficaudio");
        }
        std::env::temp_dir().join("ficaudio-cache")
    }

    pub fn directory(&self) -> &Path {
        &self.directory
    }

    /// The key of a clip: engine settings, voice and text as spoken.
    pub fn key(fingerprint: &str, voice: &str, text: &str) -> String {
        let mut hasher = Sha256::new();
        for part in [CACHE_VERSION, fingerprint, voice, text] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        hasher
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }

    /// Where the clip with `key` lives.
    pub fn path(&self, key: &str) -> PathBuf {
        self.directory.join("clips").join(&key[..2]).join(format!("{key}.wav"))
    }

    /// The clip's path when it is in the cache and readable.
    pub fn lookup(&self, key: &str) -> Option<PathBuf> {
        let path = self.path(key);
        is_valid_wav(&path).then_some(path)
    }

    /// Makes the clip with `engine` unless it is cached; returns its path and whether
    /// the engine ran.
    pub fn get_or_make(&self, engine: &dyn Engine, voice: &str, text: &str) -> Result<(PathBuf, bool), SynthError> {
        let key = Self::key(&engine.fingerprint(), voice, text);
        if let Some(path) = self.lookup(&key) {
            return Ok((path, false));
        }
        let path = self.path(&key);
        let temporary_directory = self.directory.join("tmp");
        std::fs::create_dir_all(&temporary_directory)?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let temporary = tempfile::Builder::new().prefix("clip-").suffix(".wav").tempfile_in(&temporary_directory)?;
        engine.synthesize(text, voice, temporary.path())?;
        if let Err(reason) = check_wav(temporary.path()) {
            return Err(SynthError::BadOutput {
                command: engine.fingerprint(),
                reason,
            });
        }
        temporary.persist(&path).map_err(|error| SynthError::Io(error.error))?;
        Ok((path, true))
    }
}

fn is_valid_wav(path: &Path) -> bool {
    check_wav(path).is_ok()
}

/// A clip must be a WAV whose header parses and whose data is all there.
fn check_wav(path: &Path) -> Result<(), String> {
    let metadata = std::fs::metadata(path).map_err(|error| error.to_string())?;
    if metadata.len() == 0 {
        return Err("the file is empty".to_string());
    }
    let reader = hound::WavReader::open(path).map_err(|error| format!("not a WAV file ({error})"))?;
    let spec = reader.spec();
    let expected = u64::from(reader.len()) * u64::from(spec.bits_per_sample / 8);
    if expected + 44 > metadata.len() + 1024 {
        return Err("the WAV data is truncated".to_string());
    }
    Ok(())
}
