//! Output stage: what the user gets.
//!
//! In: mixed audio and the segments with their placements. Out: the WAV with its
//! chapter cue list ([`wav`]), mp3/ogg/opus/m4b/flac through ffmpeg ([`encode`]),
//! subtitles ([`subtitles`]), the read-along page ([`readalong`]), the JSON records
//! of the timeline and of `script --json`, and the screenplay view. Every file is
//! written under a temporary name and renamed only when complete, so no partial
//! file ever sits under an output name.

pub mod encode;
pub mod readalong;
pub mod records;
pub mod script_view;
pub mod subtitles;
pub mod timed;
pub mod wav;

use std::io::Write;
use std::path::Path;

use tempfile::NamedTempFile;

/// A file that appears under its final name only once it is complete.
pub struct AtomicFile {
    temporary: NamedTempFile,
}

/// The directory a file is in (`.` for a bare file name), where its temporary
/// files go so that renaming them is atomic.
pub fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

impl AtomicFile {
    /// Creates a temporary file beside `path` (same directory, so the rename is atomic).
    pub fn create(path: &Path) -> std::io::Result<Self> {
        let directory = directory_of(path);
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut builder = tempfile::Builder::new();
        let prefix = format!(".{name}.");
        builder.prefix(&prefix).suffix(".partial");
        // A temporary file is private (0600); the finished output should have the
        // permissions of any file the user creates (0666 less the umask).
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let temporary = builder.tempfile_in(directory)?;
        Ok(AtomicFile { temporary })
    }

    pub fn file(&mut self) -> &mut std::fs::File {
        self.temporary.as_file_mut()
    }

    /// The temporary file's path (for a program that writes it, like ffmpeg).
    pub fn path(&self) -> &Path {
        self.temporary.path()
    }

    /// Flushes to disk and moves the file to `path`.
    pub fn commit(self, path: &Path) -> std::io::Result<()> {
        self.temporary.as_file().sync_all()?;
        self.temporary.persist(path).map_err(|error| error.error)?;
        Ok(())
    }
}

/// Writes `contents` to `path` atomically.
pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    file.file().write_all(contents)?;
    file.commit(path)
}
