//! Input stage: a story file in any supported format becomes a [`Document`] of plain
//! paragraphs.
//!
//! In: the bytes of a story file. Out: paragraphs in reading order, each marked as
//! body text, heading or scene break, with byte offsets into the file for plain text.
//! Site chrome (Wattpad stats lines and footers) is removed here, so later stages
//! never see it.

mod plain;
mod text;

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::model::Document;

pub use plain::parse_plain;
pub use text::decode;

/// Why a story could not be read.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("cannot read story `{path}`: {source}\nhint: check that the file exists and is readable")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("story `{path}` is empty\nhint: paste the story's text into the file")]
    Empty { path: PathBuf },
    #[error("story `{path}` is not text ({reason})\nhint: give a plain-text story file saved as UTF-8")]
    NotText { path: PathBuf, reason: String },
}

/// How to read a story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputOptions {
    /// Force a format (`--format`); `None` detects it from extension and content.
    pub format: Option<String>,
    /// Read authors' notes, disclaimers and end notes as narration (`--notes`).
    pub notes: bool,
}

/// A story read from a file, with warnings for the user (a guessed encoding, …).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Story {
    pub document: Document,
    pub warnings: Vec<String>,
}

/// Reads and parses a story file.
pub fn read_story(path: &Path, _options: &InputOptions) -> Result<Story, InputError> {
    let bytes = std::fs::read(path).map_err(|source| InputError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let document = parse_bytes(path, &bytes)?;
    Ok(Story {
        document,
        warnings: Vec::new(),
    })
}

/// Parses a story already in memory; `path` is only used in messages.
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> Result<Document, InputError> {
    let decoded = decode(bytes).map_err(|reason| InputError::NotText {
        path: path.to_path_buf(),
        reason,
    })?;
    let document = parse_plain(&decoded.text, decoded.offset_shift);
    if document.paragraphs.is_empty() {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(document)
}
