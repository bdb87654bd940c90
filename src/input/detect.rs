//! Which reader a story file needs: by `--format`, by magic bytes, by extension,
//! then by a look at the content.
//!
//! In: the path, the first bytes of the file and an optional forced format name.
//! Out: a [`Format`], or the list of valid names when the forced one is unknown.

use std::path::Path;

/// The formats ficaudio reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text as pasted from FanFiction.net, Wattpad or anywhere.
    Text,
    Markdown,
    /// An HTML page: AO3 downloads, FanFiction.net saved pages, articles.
    Html,
    /// An EPUB book (a zip of XHTML chapters).
    Epub,
}

/// The names `--format` accepts, as listed in error messages.
pub const FORMAT_NAMES: &str = "txt, md, html, epub";

impl Format {
    /// Parses a `--format` value (case-insensitive; a few common aliases too).
    pub fn from_name(name: &str) -> Option<Format> {
        match name
            .trim()
            .trim_start_matches('.')
            .to_ascii_lowercase()
            .as_str()
        {
            "txt" | "text" | "plain" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "epub" => Some(Format::Epub),
            _ => None,
        }
    }

    /// The canonical name, as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Epub => "epub",
        }
    }
}

/// Detects the format. A zip signature means EPUB whatever the name (a `.txt`
/// that is really an archive would otherwise be read as noise); then a known
/// extension decides; then the content: HTML markup, Markdown headings, or text.
pub fn detect(path: &Path, head: &[u8]) -> Format {
    if head.starts_with(b"PK\x03\x04") {
        return Format::Epub;
    }
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("txt" | "text") => return Format::Text,
        Some("md" | "markdown" | "mdown" | "mkd") => return Format::Markdown,
        Some("html" | "htm" | "xhtml" | "xht") => return Format::Html,
        Some("epub") => return Format::Epub,
        _ => {}
    }
    sniff(head)
}

/// Guesses from content alone.
fn sniff(head: &[u8]) -> Format {
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    let text = text.trim_start_matches('\u{FEFF}').trim_start();
    let lower = text.to_ascii_lowercase();
    let markup = [
        "<!doctype html",
        "<html",
        "<?xml",
        "<head",
        "<body",
        "<meta",
        "<!--",
    ];
    if markup.iter().any(|start| lower.starts_with(start)) && lower.contains("<") {
        if lower.starts_with("<?xml") && !lower.contains("<html") {
            return Format::Text;
        }
        return Format::Html;
    }
    let headings = text
        .lines()
        .filter(|line| {
            let hashes = line
                .chars()
                .take_while(|&character| character == '#')
                .count();
            (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
        })
        .count();
    let first_is_heading = text
        .lines()
        .next()
        .is_some_and(|line| line.starts_with("# "));
    if first_is_heading || headings >= 2 {
        return Format::Markdown;
    }
    Format::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection() {
        let cases: &[(&str, &[u8], Format)] = &[
            ("story.txt", b"Hello", Format::Text),
            (
                "story.TXT",
                b"# Not markdown, the extension says",
                Format::Text,
            ),
            ("story.md", b"Hello", Format::Markdown),
            ("story.html", b"Hello", Format::Html),
            ("story.epub", b"", Format::Epub),
            ("story.txt", b"PK\x03\x04rest", Format::Epub),
            ("story", b"<!DOCTYPE html><html>", Format::Html),
            ("story", b"\xEF\xBB\xBF  <html lang=en>", Format::Html),
            (
                "story.download",
                b"<?xml version='1.0'?><html>",
                Format::Html,
            ),
            ("story", b"# Title\n\nText", Format::Markdown),
            (
                "story",
                b"Title\n\n## One\n\nText\n\n## Two",
                Format::Markdown,
            ),
            ("story", b"\"Hi,\" she said.", Format::Text),
            ("story", b"#hashtag life", Format::Text),
        ];
        for (path, head, format) in cases {
            assert_eq!(detect(Path::new(path), head), *format, "{path}: {head:?}");
        }
    }

    #[test]
    fn format_names() {
        for (name, format) in [
            ("txt", Some(Format::Text)),
            ("TEXT", Some(Format::Text)),
            ("md", Some(Format::Markdown)),
            ("markdown", Some(Format::Markdown)),
            ("html", Some(Format::Html)),
            (".epub", Some(Format::Epub)),
            ("pdf", None),
            ("", None),
        ] {
            assert_eq!(Format::from_name(name), format, "{name}");
        }
        for name in FORMAT_NAMES.split(", ") {
            assert!(Format::from_name(name).is_some(), "{name}");
        }
    }
}
