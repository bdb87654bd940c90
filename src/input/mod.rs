//! Input stage: a story file in any supported format becomes a [`Document`] of plain
//! paragraphs.
//!
//! In: a story file — plain text (FanFiction.net, Wattpad, tumblr, AO3, forum posts,
//! a PDF's text, anything pasted), Markdown (also a note saved as `.txt` that opens with
//! front matter), HTML (AO3 downloads, saved pages) or EPUB — in UTF-8,
//! UTF-16 or Windows-1252. Out: paragraphs in reading order, each a heading, body text
//! or a scene break, with its chapter number, its italic ranges, and byte offsets into
//! the file for UTF-8 plain text and Markdown; the work's title and author; and
//! warnings for the user (a guessed encoding, a missing EPUB chapter). What a
//! listener does not want — site chrome, tags, stats, archive messages and, unless
//! [`InputOptions::notes`], authors' notes — is removed here, so later stages never
//! see it. Quote marks are kept as written: the segment stage needs them.

mod aff;
mod amino;
mod ao3;
mod applebooks;
mod bearblog;
mod blogger;
mod bluesky;
mod boardsie;
mod booksie;
mod buymeacoffee;
mod chrome;
mod cohost;
mod detect;
mod deviantart;
mod digest;
mod discord;
mod discourse;
mod dreame;
mod efiction;
mod emphasis;
mod encoding;
mod epub;
mod evernote;
mod facebook;
mod fandomwiki;
mod fanfictionde;
mod forum;
mod gamefaqs;
mod gdocs;
mod ghost;
mod gist;
mod goodnovel;
mod googlegroups;
mod homepage;
mod html;
mod imageboard;
mod indiaforums;
mod inkitt;
mod inkspired;
mod instagram;
mod jcink;
mod journal;
mod kindle;
mod kofi;
mod lemmy;
mod lofter;
mod mail;
mod markdown;
mod mastodon;
mod mediaminer;
mod medium;
mod mibba;
mod movellas;
mod nairaland;
mod notion;
mod otwarchive;
mod outlook;
mod page;
mod pastebin;
mod patreon;
mod pdf;
mod penana;
mod phpbb;
mod pillowfort;
mod pixiv;
mod plain;
mod proboards;
mod protonmail;
mod quizilla;
mod reddit;
mod scribblehub;
mod slack;
mod spacehey;
mod squarespace;
mod steam;
mod substack;
mod sweek;
mod tapas;
mod telegram;
mod telegraph;
#[cfg(test)]
mod test_support;
mod translation;
mod tumblr;
mod usenet;
mod vocal;
mod wattpad;
mod wayback;
mod whatsapp;
mod wikidot;
mod wix;
mod wordpress;
mod writingcom;
mod xthread;

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::model::{Document, Paragraph, ParagraphKind};

pub use detect::{detect, Format, FORMAT_NAMES};
pub(crate) use emphasis::find_marked;
pub use encoding::{decode, Decoded};
pub use plain::{parse_plain, parse_text};

/// The largest story file read, so a wrong path (a disk image, a video) fails fast
/// instead of filling memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Why a story could not be read. Each message is one line, then a `hint:` line.
#[derive(Debug, Error)]
pub enum InputError {
    #[error(
        "cannot read story `{path}`: {source}\nhint: check that the file exists and is readable"
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("story `{path}` is empty\nhint: paste the story's text into the file")]
    Empty { path: PathBuf },
    #[error("story `{path}` has no text to read ({format})\nhint: check that it is the story itself, not an index page or a cover; `--notes` reads authors' notes too")]
    NoText { path: PathBuf, format: &'static str },
    #[error("story `{path}` is not text ({reason})\nhint: give a story as text, Markdown, HTML or EPUB; `--format` forces one")]
    NotText { path: PathBuf, reason: String },
    #[error("unknown format `{name}`\nhint: use one of: {FORMAT_NAMES}")]
    UnknownFormat { name: String },
    #[error("story `{path}` is too large ({size} bytes; the limit is {limit})\nhint: split it into smaller files")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("cannot read EPUB `{path}`: {reason}\nhint: download the book again, or save it as HTML or text and read that")]
    Epub { path: PathBuf, reason: String },
}

/// How to read a story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputOptions {
    /// Force a format (`--format`: txt, md, html, epub); `None` detects it from the
    /// file's content and extension.
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
pub fn read_story(path: &Path, options: &InputOptions) -> Result<Story, InputError> {
    let forced = match options.format.as_deref() {
        Some(name) => Some(
            Format::from_name(name).ok_or_else(|| InputError::UnknownFormat {
                name: name.to_string(),
            })?,
        ),
        None => None,
    };
    let read_error = |source| InputError::Read {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    parse_story(path, &bytes, forced, options.notes)
}

/// Parses a story already in memory; `path` names it in messages and its extension
/// helps detection; `format` forces a reader.
pub fn parse_story(
    path: &Path,
    bytes: &[u8],
    format: Option<Format>,
    notes: bool,
) -> Result<Story, InputError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
        });
    }
    let forced = format;
    let format = format.unwrap_or_else(|| detect(path, bytes));
    let mut warnings = Vec::new();
    let document = match format {
        Format::Epub => {
            let book = epub::read_epub(bytes, notes).map_err(|reason| InputError::Epub {
                path: path.to_path_buf(),
                reason: one_line(&reason),
            })?;
            warnings.extend(book.warnings);
            book.document
        }
        Format::Text | Format::Markdown | Format::Html => {
            let declared = (format == Format::Html)
                .then(|| declared_charset(bytes))
                .flatten();
            let decoded = encoding::decode_with(bytes, declared.as_deref()).map_err(|reason| {
                InputError::NotText {
                    path: path.to_path_buf(),
                    reason,
                }
            })?;
            warnings.extend(decoded.warning.clone());
            // A Markdown note saved as `.txt` (an Obsidian vault's) is read as Markdown.
            let note = forced.is_none()
                && format == Format::Text
                && markdown::is_markdown_note(&decoded.text);
            match format {
                Format::Text if !note => {
                    let mut document = parse_text(&decoded.text, decoded.offset_shift, notes);
                    find_byline(&mut document);
                    drop_repeated_title(&mut document);
                    document
                }
                Format::Text | Format::Markdown => {
                    let mut document = if note {
                        markdown::parse_note(&decoded.text, decoded.offset_shift, notes)
                    } else {
                        markdown::parse_markdown(&decoded.text, decoded.offset_shift, notes)
                    };
                    find_byline(&mut document);
                    document
                }
                _ => from_html(html::read_html(&decoded.text, notes)),
            }
        }
    };
    if !document
        .paragraphs
        .iter()
        .any(|paragraph| paragraph.kind != ParagraphKind::SceneBreak)
    {
        return Err(InputError::NoText {
            path: path.to_path_buf(),
            format: format.name(),
        });
    }
    Ok(Story { document, warnings })
}

/// A page read by the HTML reader, as a document with numbered chapters.
fn from_html(text: html::HtmlText) -> Document {
    Document {
        title: text.title,
        author: text.author,
        paragraphs: numbered(text.blocks),
    }
}

/// The paragraphs of blocks, with chapters numbered from the blocks' chapter starts.
pub(crate) fn numbered(blocks: Vec<html::Block>) -> Vec<Paragraph> {
    let mut chapter = 0;
    blocks
        .into_iter()
        .map(|block| {
            chapter += usize::from(block.chapter_start);
            let mut paragraph = block.paragraph;
            paragraph.chapter = chapter;
            paragraph
        })
        .collect()
}

/// Sets `chapter` on every paragraph: 0 before the first chapter start, then 1, 2, …
/// from each paragraph for which `starts` is true (called once per paragraph, in order).
pub(crate) fn number_chapters(
    paragraphs: &mut [Paragraph],
    mut starts: impl FnMut(&Paragraph) -> bool,
) {
    let mut chapter = 0;
    for paragraph in paragraphs {
        if starts(paragraph) {
            chapter += 1;
        }
        paragraph.chapter = chapter;
    }
}

/// A `by AUTHOR` line right under the title of pasted text names the author.
fn find_byline(document: &mut Document) {
    if document.author.is_some() || document.title.is_none() {
        return;
    }
    let byline = document
        .paragraphs
        .get(1)
        .filter(|paragraph| paragraph.kind == ParagraphKind::Body);
    let author = byline
        .and_then(|paragraph| paragraph.text.trim().strip_prefix("by ").map(str::trim))
        .filter(|author| !author.is_empty() && author.split_whitespace().count() <= 5);
    document.author = author.map(str::to_string);
}

/// A title heading said again before any story text (`The Ceiling Rose` ¶ `The
/// Ceiling Rose by tallowbrook`, as a paste of a download's cover and its first page
/// gives it) is said once: the second goes, and its byline names the author.
fn drop_repeated_title(document: &mut Document) {
    let mut last_heading: Option<String> = None;
    let mut repeated = None;
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        match paragraph.kind {
            ParagraphKind::Body => return,
            ParagraphKind::Heading => {
                let text = one_line(&paragraph.text);
                // `Title by author`: the byline is no part of the title.
                let byline = text
                    .rfind(" by ")
                    .filter(|&at| text[at + 4..].split_whitespace().count() <= 5);
                let words = text.to_lowercase();
                let title = byline.map_or(words.clone(), |at| text[..at].to_lowercase());
                if last_heading
                    .as_deref()
                    .is_some_and(|last| last == words || last == title)
                {
                    let author = byline.map(|at| text[at + 4..].to_string());
                    repeated = Some((index, author));
                    break;
                }
                last_heading = Some(words);
            }
            ParagraphKind::SceneBreak | ParagraphKind::Note => {}
        }
    }
    if let Some((index, author)) = repeated {
        document.paragraphs.remove(index);
        if document.author.is_none() {
            document.author = author;
        }
    }
}

/// The charset an HTML page declares in its first kilobytes (`<meta charset=…>`).
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|character| {
            character.is_ascii_alphanumeric() || matches!(character, '-' | '_' | ':' | '.')
        })
        .collect();
    (!value.is_empty()).then_some(value)
}

/// The words of `text` on one line, one space apart: library messages can span
/// lines (ours are one line then a hint), and a heading's spacing says nothing.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, bytes: &[u8]) -> Result<Story, InputError> {
        parse_story(Path::new(name), bytes, None, false)
    }

    /// The bug: a download's cover title and its first page's `Title by author` were
    /// both read as headings, so the listener heard the title twice.
    #[test]
    fn a_title_said_again_before_the_story_is_said_once() {
        use ParagraphKind::{Body, Heading, Note};
        /// The paragraphs read, the texts kept, the author found.
        type Case<'a> = (
            &'a [(ParagraphKind, &'a str)],
            &'a [&'a str],
            Option<&'a str>,
        );
        let cases: &[Case] = &[
            (
                &[
                    (Heading, "The Ceiling Rose"),
                    (Note, "For my sister."),
                    (Heading, "The  Ceiling Rose by tallowbrook"),
                    (Body, "The first drop landed in the trifle."),
                    (Heading, "The Ceiling Rose"),
                ],
                &[
                    "The Ceiling Rose",
                    "For my sister.",
                    "The first drop landed in the trifle.",
                    "The Ceiling Rose",
                ],
                Some("tallowbrook"),
            ),
            // A title with `by` in it is not a byline's (`Stand by Me`, `Stand by You`).
            (
                &[
                    (Heading, "Stand by Me"),
                    (Heading, "Stand by You"),
                    (Body, "It rained."),
                ],
                &["Stand by Me", "Stand by You", "It rained."],
                None,
            ),
            // Two different headings before the story stay.
            (
                &[
                    (Heading, "Part One"),
                    (Heading, "Chapter 1"),
                    (Body, "It rained."),
                ],
                &["Part One", "Chapter 1", "It rained."],
                None,
            ),
        ];
        for (paragraphs, kept, author) in cases {
            let mut document = Document {
                title: None,
                author: None,
                paragraphs: paragraphs
                    .iter()
                    .map(|&(kind, text)| Paragraph {
                        kind,
                        text: text.to_string(),
                        offset: None,
                        chapter: 0,
                        emphasis: Vec::new(),
                    })
                    .collect(),
            };
            drop_repeated_title(&mut document);
            let texts: Vec<&str> = document
                .paragraphs
                .iter()
                .map(|p| p.text.as_str())
                .collect();
            assert_eq!(texts, *kept, "{paragraphs:?}");
            assert_eq!(document.author.as_deref(), *author, "{paragraphs:?}");
        }
    }

    #[test]
    fn bad_input_is_an_error_with_a_hint_never_a_panic() {
        let cases: &[(&str, &[u8], &str)] = &[
            ("empty.txt", b"", "is empty"),
            ("blank.txt", b" \n\r\n\t", "is empty"),
            (
                "image.txt",
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0",
                "is not text",
            ),
            (
                "broken.epub",
                b"PK\x03\x04 not really a zip",
                "cannot read EPUB",
            ),
            (
                "nothing.html",
                b"<html><head><title>x</title><script>1</script></head></html>",
                "has no text",
            ),
            ("breaks.txt", b"* * *\n\n~~~\n", "has no text"),
        ];
        for (name, bytes, message) in cases {
            let error = parse(name, bytes).expect_err(name).to_string();
            assert!(error.contains(message), "{name}: {error}");
            let lines: Vec<&str> = error.lines().collect();
            assert_eq!(lines.len(), 2, "{name}: {error}");
            assert!(lines[1].starts_with("hint: "), "{name}: {error}");
        }
    }

    #[test]
    fn unknown_format_lists_the_valid_ones() {
        let options = InputOptions {
            format: Some("pdf".to_string()),
            notes: false,
        };
        let error = read_story(Path::new("story.pdf"), &options).expect_err("pdf");
        assert_eq!(
            error.to_string(),
            "unknown format `pdf`\nhint: use one of: txt, md, html, epub"
        );
    }

    #[test]
    fn plain_text_gets_chapters_notes_and_byline() {
        let source = "Salt\nby quill\n\nDisclaimer: not mine.\n\nChapter 1: Sea\n\nA/N: hi!\n\n\"Hi,\" she said.\n\nChapter 2\n\nHe left.\n";
        let story = parse("story.txt", source.as_bytes()).expect("story");
        let paragraphs: Vec<(&str, usize)> = story
            .document
            .paragraphs
            .iter()
            .map(|paragraph| (paragraph.text.as_str(), paragraph.chapter))
            .collect();
        assert_eq!(
            paragraphs,
            vec![
                ("Salt", 0),
                ("by quill", 0),
                ("Chapter 1: Sea", 1),
                ("\"Hi,\" she said.", 1),
                ("Chapter 2", 2),
                ("He left.", 2)
            ]
        );
        assert_eq!(story.document.author.as_deref(), Some("quill"));
        for paragraph in &story.document.paragraphs {
            let offset = paragraph.offset.expect("offset");
            assert_eq!(
                &source[offset..offset + paragraph.text.len()],
                paragraph.text
            );
        }
        let with_notes =
            parse_story(Path::new("story.txt"), source.as_bytes(), None, true).expect("story");
        assert_eq!(with_notes.document.paragraphs.len(), 8);
    }

    /// A Markdown note saved as `.txt` (front matter first) is read as Markdown; forced
    /// to text, it is text.
    #[test]
    fn a_markdown_note_saved_as_text_is_read_as_markdown() {
        let source = b"---\ntitle: Fog\n---\n\n# Fog\n\n> [!note] \"boats\"\n\n\"Hi,\" she said.\n";
        let story = parse("note.txt", source).expect("story");
        let texts: Vec<&str> = story
            .document
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.text.as_str())
            .collect();
        assert_eq!(texts, ["Fog", "\"Hi,\" she said."]);
        let forced =
            parse_story(Path::new("note.txt"), source, Some(Format::Text), false).expect("story");
        assert!(forced.document.paragraphs.len() > 2);
    }

    #[test]
    fn windows_1252_is_guessed_with_a_warning_and_no_offsets() {
        let story = parse("old.txt", b"\x93Hi,\x94 she said.\n").expect("story");
        assert_eq!(
            story.document.paragraphs[0].text,
            "\u{201C}Hi,\u{201D} she said."
        );
        assert_eq!(story.document.paragraphs[0].offset, None);
        assert_eq!(story.warnings.len(), 1);
    }

    #[test]
    fn declared_charsets() {
        assert_eq!(
            declared_charset(b"<meta charset=\"windows-1252\">").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            declared_charset(
                b"<meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>"
            )
            .as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(declared_charset(b"<p>no</p>"), None);
    }
}
