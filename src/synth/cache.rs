//! The clip cache: every clip stored under a hash of everything that shapes its
//! audio, so a render after an edit synthesizes only what changed.
//!
//! In: an engine (its fingerprint: program and settings, voice settings included
//! when the engine is tuned), a voice and the text as spoken (after `[pronounce]`).
//! Out: the path of a WAV clip, made by the engine only when no valid clip has that
//! key. Clips are kept as the engine wrote them (conversion happens when mixing),
//! so the output format is not part of the key. Writes are atomic (temp file in the
//! cache, check, rename), so a killed render never leaves a half-written clip under
//! a real name and every finished clip survives. Each clip has a SHA-256 of its bytes
//! beside it (`KEY.sum`), checked on every read: a truncated or altered clip is
//! reported, removed and made again, never mixed.
//! A hit refreshes the clip's modification time, which pruning by age or by size uses
//! as "last used".

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use sha2::{Digest, Sha256};

use super::{Engine, SynthError};

/// Bumped when the way clips are made changes, so old clips are not reused.
const CACHE_VERSION: &str = "ficaudio-clip-v2";

/// Where the mixer keeps its loudness analyses of clips, inside the cache.
pub const ANALYSIS_DIRECTORY: &str = "analysis";

/// Temporary files older than this are leftovers of a killed render.
const STALE_TEMPORARY: Duration = Duration::from_secs(3600);

/// What happened to one clip, for progress reports.
#[derive(Debug, Clone, Copy)]
pub struct ClipEvent<'a> {
    /// The voice without its engine (`en-us+m3`).
    pub voice: &'a str,
    pub text: &'a str,
    /// False when the clip came from the cache.
    pub synthesized: bool,
}

/// Called after each clip is ready, from the worker thread that made it.
pub type Observer = Arc<dyn Fn(ClipEvent) + Send + Sync>;

/// A directory of clips keyed by content hash.
#[derive(Clone)]
pub struct ClipCache {
    directory: PathBuf,
    observer: Option<Observer>,
}

impl std::fmt::Debug for ClipCache {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("ClipCache")
            .field("directory", &self.directory)
            .finish()
    }
}

/// How much the cache holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheUsage {
    pub clips: usize,
    /// Clips and their loudness analyses.
    pub bytes: u64,
    /// Leftover temporary files (from killed renders) and their size.
    pub temporary: usize,
    pub temporary_bytes: u64,
    /// When the least recently used clip was last used.
    pub oldest: Option<SystemTime>,
}

/// Which clips [`ClipCache::prune`] removes; neither limit removes every clip.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prune {
    /// Clips not used for longer than this.
    pub older_than: Option<Duration>,
    /// Least recently used clips until the cache holds at most this many bytes.
    pub max_bytes: Option<u64>,
}

/// What a prune removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    pub clips: usize,
    pub bytes: u64,
}

impl ClipCache {
    pub fn new(directory: PathBuf) -> Self {
        ClipCache {
            directory,
            observer: None,
        }
    }

    /// Reports every clip to `observer` once it is ready (cached or made).
    pub fn with_observer(mut self, observer: Observer) -> Self {
        self.observer = Some(observer);
        self
    }

    /// The default location: `$XDG_CACHE_HOME/ficaudio` or `~/.cache/ficaudio`.
    pub fn default_directory() -> PathBuf {
        if let Some(directory) =
            std::env::var_os("XDG_CACHE_HOME").filter(|value| !value.is_empty())
        {
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

    /// The key of a clip: engine settings, voice and text as spoken. Each part is
    /// length-prefixed so no two different triples hash the same bytes.
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
        self.clips_directory()
            .join(&key[..2])
            .join(format!("{key}.wav"))
    }

    fn clips_directory(&self) -> PathBuf {
        self.directory.join("clips")
    }

    fn temporary_directory(&self) -> PathBuf {
        self.directory.join("tmp")
    }

    /// The clip's path when it is in the cache and readable.
    pub fn lookup(&self, key: &str) -> Option<PathBuf> {
        let path = self.path(key);
        if !path.exists() {
            return None;
        }
        let stored = std::fs::read_to_string(checksum_path(&path)).unwrap_or_default();
        match checksum(&path) {
            Ok(actual) if actual == stored.trim() => Some(path),
            _ => {
                eprintln!(
                    "warning: the cached clip `{}` is damaged (its checksum does not match); making it again",
                    path.display()
                );
                let _ = remove_if_present(&path);
                let _ = remove_if_present(&checksum_path(&path));
                None
            }
        }
    }

    /// The cached clip of `text` in `voice`, without making it (for `render --plan`).
    pub fn cached(&self, engine: &dyn Engine, voice: &str, text: &str) -> Option<PathBuf> {
        self.lookup(&Self::key(&engine.fingerprint(), voice, text))
    }

    /// The cached clip of a render job (its voice settings included), for
    /// `render --plan`; `None` when it would have to be synthesized.
    pub fn cached_job(&self, job: &super::Job, engines: &super::Engines) -> Option<PathBuf> {
        let (engine, voice) = engines.resolve(&job.voice).ok()?;
        let tuned = super::Tuned {
            engine: engine.as_ref(),
            name: super::split_reference(&job.voice).0,
            settings: job.settings,
        };
        self.cached(&tuned, voice, &job.text)
    }

    /// Makes the clip with `engine` unless it is cached; returns its path and whether
    /// the engine ran.
    pub fn get_or_make(
        &self,
        engine: &dyn Engine,
        voice: &str,
        text: &str,
    ) -> Result<(PathBuf, bool), SynthError> {
        let key = Self::key(&engine.fingerprint(), voice, text);
        let (path, synthesized) = match self.lookup(&key) {
            Some(path) => {
                mark_used(&path);
                (path, false)
            }
            None => (self.make(engine, voice, text, &key)?, true),
        };
        if let Some(observer) = &self.observer {
            observer(ClipEvent {
                voice,
                text,
                synthesized,
            });
        }
        Ok((path, synthesized))
    }

    fn make(
        &self,
        engine: &dyn Engine,
        voice: &str,
        text: &str,
        key: &str,
    ) -> Result<PathBuf, SynthError> {
        let path = self.path(key);
        let temporary_directory = self.temporary_directory();
        std::fs::create_dir_all(&temporary_directory)?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let temporary = tempfile::Builder::new()
            .prefix("clip-")
            .suffix(".wav")
            .tempfile_in(&temporary_directory)?;
        engine.synthesize(text, voice, temporary.path())?;
        if let Err(reason) = check_wav(temporary.path()) {
            return Err(SynthError::BadOutput {
                command: engine.fingerprint(),
                reason,
            });
        }
        // The checksum goes in first: a kill between the two renames leaves a checksum
        // without a clip, which is simply a miss.
        let mut sum = tempfile::Builder::new()
            .prefix("sum-")
            .tempfile_in(&temporary_directory)?;
        std::io::Write::write_all(&mut sum, checksum(temporary.path())?.as_bytes())?;
        sum.persist(checksum_path(&path))
            .map_err(|error| SynthError::Io(error.error))?;
        temporary
            .persist(&path)
            .map_err(|error| SynthError::Io(error.error))?;
        Ok(path)
    }

    /// Counts the clips and leftover temporary files.
    pub fn usage(&self) -> std::io::Result<CacheUsage> {
        let mut usage = CacheUsage::default();
        for (_, size, used) in self.clips()? {
            usage.clips += 1;
            usage.bytes += size;
            usage.oldest = Some(
                usage
                    .oldest
                    .map_or(used, |oldest: SystemTime| oldest.min(used)),
            );
        }
        usage.bytes += self
            .analyses()?
            .iter()
            .map(|(_, size, _)| size)
            .sum::<u64>();
        for (_, size, _) in list_files(&self.temporary_directory())? {
            usage.temporary += 1;
            usage.temporary_bytes += size;
        }
        Ok(usage)
    }

    /// Removes clips by `rule` (every clip when it sets no limit), and temporary files
    /// a killed render left behind more than an hour ago.
    pub fn prune(&self, rule: Prune) -> std::io::Result<Pruned> {
        let now = SystemTime::now();
        for (path, _, modified) in list_files(&self.temporary_directory())? {
            if now.duration_since(modified).unwrap_or_default() > STALE_TEMPORARY {
                remove_if_present(&path)?;
            }
        }
        let mut entries: Vec<(PathBuf, u64, SystemTime, bool)> = Vec::new();
        entries.extend(
            self.clips()?
                .into_iter()
                .map(|(path, size, used)| (path, size, used, true)),
        );
        entries.extend(
            self.analyses()?
                .into_iter()
                .map(|(path, size, used)| (path, size, used, false)),
        );
        // Least recently used first.
        entries.sort_by_key(|(_, _, used, _)| *used);
        let everything = rule.older_than.is_none() && rule.max_bytes.is_none();
        let mut remaining: u64 = entries.iter().map(|(_, size, _, _)| size).sum();
        let mut pruned = Pruned::default();
        for (path, size, used, is_clip) in entries {
            let too_old = rule
                .older_than
                .is_some_and(|limit| now.duration_since(used).unwrap_or_default() > limit);
            let too_big = rule.max_bytes.is_some_and(|limit| remaining > limit);
            if everything || too_old || too_big {
                remove_if_present(&path)?;
                if is_clip {
                    remove_if_present(&checksum_path(&path))?;
                }
                remaining -= size;
                pruned.clips += usize::from(is_clip);
                pruned.bytes += size;
            }
        }
        Ok(pruned)
    }

    /// Every clip file: path, size and last use.
    fn clips(&self) -> std::io::Result<Vec<(PathBuf, u64, SystemTime)>> {
        sharded_files(&self.clips_directory(), "wav")
    }

    /// The mixer's loudness analyses of clips (`analysis/`, see `crate::mix`): small
    /// files derived from clips, pruned with them.
    fn analyses(&self) -> std::io::Result<Vec<(PathBuf, u64, SystemTime)>> {
        sharded_files(&self.directory.join(ANALYSIS_DIRECTORY), "json")
    }
}

/// Files with `extension` in the two-character shard folders under `root`.
fn sharded_files(root: &Path, extension: &str) -> std::io::Result<Vec<(PathBuf, u64, SystemTime)>> {
    let mut files = Vec::new();
    let shards = match std::fs::read_dir(root) {
        Ok(shards) => shards,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(files),
        Err(error) => return Err(error),
    };
    for shard in shards {
        let shard = shard?;
        if shard.file_type()?.is_dir() {
            files.extend(
                list_files(&shard.path())?
                    .into_iter()
                    .filter(|(path, _, _)| {
                        path.extension().is_some_and(|found| found == extension)
                    }),
            );
        }
    }
    Ok(files)
}

/// Files directly in `directory` (none when it does not exist): path, size, modified.
fn list_files(directory: &Path) -> std::io::Result<Vec<(PathBuf, u64, SystemTime)>> {
    let entries = match std::fs::read_dir(directory) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry?;
        let metadata = entry.metadata()?;
        if metadata.is_file() {
            files.push((
                entry.path(),
                metadata.len(),
                metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            ));
        }
    }
    Ok(files)
}

/// Another render may have removed the file first; that is not an error.
fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// Sets the clip's modification time to now: the cache's "last used". Failing to
/// (a read-only cache) costs nothing but pruning precision.
fn mark_used(path: &Path) {
    if let Ok(file) = std::fs::File::options().append(true).open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// The checksum file beside a clip.
fn checksum_path(clip: &Path) -> PathBuf {
    clip.with_extension("sum")
}

/// SHA-256 of a file's bytes, in hex.
fn checksum(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect())
}

/// A clip must be a WAV whose header parses and whose data is all there.
fn check_wav(path: &Path) -> Result<(), String> {
    let metadata = std::fs::metadata(path).map_err(|error| error.to_string())?;
    if metadata.len() == 0 {
        return Err("the file is empty".to_string());
    }
    let reader =
        hound::WavReader::open(path).map_err(|error| format!("not a WAV file ({error})"))?;
    let spec = reader.spec();
    let expected = u64::from(reader.len()) * u64::from(spec.bits_per_sample / 8);
    if expected + 44 > metadata.len() + 1024 {
        return Err("the WAV data is truncated".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::fake::FakeEngine;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn keys_differ_by_every_part() {
        let base = ClipCache::key("espeak;program=espeak-ng", "en-us+m3", "Hello.");
        let variants = [
            ClipCache::key("espeak;program=/opt/espeak-ng", "en-us+m3", "Hello."),
            ClipCache::key("espeak;program=espeak-ng", "en-us+m4", "Hello."),
            ClipCache::key("espeak;program=espeak-ng", "en-us+m3", "Hello!"),
            // Moving a byte from one part to the next changes the key too.
            ClipCache::key("espeak;program=espeak-ng", "en-us+m", "3Hello."),
        ];
        for variant in variants {
            assert_ne!(base, variant);
        }
        assert_eq!(
            base,
            ClipCache::key("espeak;program=espeak-ng", "en-us+m3", "Hello.")
        );
        assert_eq!(base.len(), 64);
    }

    #[test]
    fn second_request_is_a_hit_and_the_observer_sees_both() {
        let directory = tempfile::tempdir().unwrap();
        let events = Arc::new(AtomicUsize::new(0));
        let made = Arc::new(AtomicUsize::new(0));
        let (events_seen, made_seen) = (Arc::clone(&events), Arc::clone(&made));
        let cache = ClipCache::new(directory.path().to_path_buf()).with_observer(Arc::new(
            move |event: ClipEvent| {
                events_seen.fetch_add(1, Ordering::SeqCst);
                if event.synthesized {
                    made_seen.fetch_add(1, Ordering::SeqCst);
                }
            },
        ));
        let (first, synthesized) = cache
            .get_or_make(&FakeEngine, "v1", "Hello there.")
            .unwrap();
        assert!(synthesized);
        let (second, synthesized) = cache
            .get_or_make(&FakeEngine, "v1", "Hello there.")
            .unwrap();
        assert!(!synthesized);
        assert_eq!(first, second);
        assert_eq!(cache.cached(&FakeEngine, "v1", "Hello there."), Some(first));
        assert_eq!(cache.cached(&FakeEngine, "v2", "Hello there."), None);
        assert_eq!(
            (events.load(Ordering::SeqCst), made.load(Ordering::SeqCst)),
            (2, 1)
        );
    }

    #[test]
    fn a_damaged_clip_is_made_again() {
        let directory = tempfile::tempdir().unwrap();
        let cache = ClipCache::new(directory.path().to_path_buf());
        let (path, _) = cache.get_or_make(&FakeEngine, "v1", "Hello.").unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        let (again, synthesized) = cache.get_or_make(&FakeEngine, "v1", "Hello.").unwrap();
        assert!(synthesized, "a truncated clip is not trusted");
        assert_eq!(std::fs::read(&again).unwrap(), bytes);
        // An altered clip of the same length and a valid header is caught by its checksum.
        let mut altered = bytes.clone();
        let middle = altered.len() / 2;
        altered[middle] ^= 0x55;
        std::fs::write(&again, &altered).unwrap();
        let (made, synthesized) = cache.get_or_make(&FakeEngine, "v1", "Hello.").unwrap();
        assert!(synthesized, "an altered clip is not trusted");
        assert_eq!(std::fs::read(made).unwrap(), bytes);
        // A clip without its checksum is not trusted either.
        std::fs::remove_file(again.with_extension("sum")).unwrap();
        assert!(cache.get_or_make(&FakeEngine, "v1", "Hello.").unwrap().1);
    }

    #[test]
    fn usage_and_prune() {
        let directory = tempfile::tempdir().unwrap();
        let cache = ClipCache::new(directory.path().to_path_buf());
        assert_eq!(cache.usage().unwrap(), CacheUsage::default());
        let mut paths = Vec::new();
        for text in ["One.", "Two, longer.", "Three, the longest of all."] {
            paths.push(cache.get_or_make(&FakeEngine, "v1", text).unwrap().0);
        }
        // The first clip was used long ago.
        let old = SystemTime::now() - Duration::from_secs(40 * 86_400);
        std::fs::File::options()
            .append(true)
            .open(&paths[0])
            .unwrap()
            .set_modified(old)
            .unwrap();
        let usage = cache.usage().unwrap();
        assert_eq!(usage.clips, 3);
        assert_eq!(usage.oldest, Some(old));
        let sizes: Vec<u64> = paths
            .iter()
            .map(|path| std::fs::metadata(path).unwrap().len())
            .collect();

        let pruned = cache
            .prune(Prune {
                older_than: Some(Duration::from_secs(30 * 86_400)),
                max_bytes: None,
            })
            .unwrap();
        assert_eq!(
            pruned,
            Pruned {
                clips: 1,
                bytes: sizes[0]
            }
        );
        assert!(!paths[0].exists() && paths[1].exists());

        let pruned = cache
            .prune(Prune {
                older_than: None,
                max_bytes: Some(sizes[2]),
            })
            .unwrap();
        assert_eq!(
            pruned.clips, 1,
            "the least recently used clip goes until the rest fits"
        );
        assert!(paths[2].exists());

        let analysis = directory
            .path()
            .join(ANALYSIS_DIRECTORY)
            .join("ab")
            .join("ab12.json");
        std::fs::create_dir_all(analysis.parent().unwrap()).unwrap();
        std::fs::write(&analysis, "{}").unwrap();
        assert_eq!(
            cache.usage().unwrap().bytes,
            sizes[2] + 2,
            "analyses count in the size"
        );
        assert_eq!(cache.prune(Prune::default()).unwrap().clips, 1);
        assert_eq!(cache.usage().unwrap(), CacheUsage::default());
        assert!(!analysis.exists());
    }
}
