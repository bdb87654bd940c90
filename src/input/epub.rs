//! EPUB books (AO3's own and ordinary ones): a zip of XHTML chapters.
//!
//! In: the bytes of an `.epub`. Out: one [`Document`] — the spine's chapters in
//! order, each read by the HTML reader under the same policy as a web page (so an
//! AO3 EPUB reads like an AO3 download) — with the title and author from the OPF
//! metadata, and chapter titles from the EPUB 3 nav document or the EPUB 2 NCX when
//! a chapter file has no heading of its own. Front matter pages (cover, contents,
//! copyright) do not start chapters, and neither the nav document nor a contents
//! page is read aloud.
//!
//! Memory is bounded whatever the archive claims: entries are read through a cap
//! (a zip bomb's declared sizes are not trusted), and the whole book may unpack to
//! at most [`MAX_UNPACKED_BYTES`].

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::XmlVersion;
use scraper::{Html, Selector};
use zip::ZipArchive;

use super::encoding::decode;
use super::html::{read_html, Block};
use super::numbered;
use super::plain::is_chapter_heading;
use crate::model::{Document, Paragraph, ParagraphKind};

/// The largest single file read from the archive.
pub const MAX_ENTRY_BYTES: u64 = 32 * 1024 * 1024;
/// The most the whole book may unpack to.
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;
/// The most files an archive may hold.
pub const MAX_ENTRIES: usize = 20_000;

/// A book read from an EPUB, with warnings (missing chapter files, …).
#[derive(Debug, Default)]
pub struct Book {
    pub document: Document,
    pub warnings: Vec<String>,
}

/// Reads an EPUB; `notes` reads authors' notes as narration.
pub fn read_epub(bytes: &[u8], notes: bool) -> Result<Book, String> {
    let mut archive = Archive::open(bytes)?;
    let mut warnings = Vec::new();
    let opf_path = match archive.read_text("META-INF/container.xml") {
        Ok(container) => {
            rootfile(&container).ok_or("META-INF/container.xml names no package file")?
        }
        Err(_) => {
            let found = archive
                .find_by_extension(".opf")
                .ok_or("it has no META-INF/container.xml and no .opf package file")?;
            warnings.push(format!(
                "the EPUB has no META-INF/container.xml; read its package `{found}`"
            ));
            found
        }
    };
    if let Ok(encryption) = archive.read_text("META-INF/encryption.xml") {
        if encrypts_text(&encryption) {
            return Err(
                "its chapters are encrypted (the book is locked by DRM), so they cannot be read"
                    .to_string(),
            );
        }
    }
    let package_text = archive.read_text(&opf_path)?;
    let package = Package::parse(&package_text, &directory(&opf_path))?;
    let toc = archive.table_of_contents(&package, &mut warnings);
    if let Some(fatal) = archive.fatal.take() {
        return Err(fatal);
    }

    let mut blocks: Vec<Block> = Vec::new();
    let mut ao3 = false;
    for id in &package.spine {
        let Some(item) = package.manifest.get(id) else {
            warnings.push(format!(
                "the EPUB's spine names `{id}`, which its manifest lacks"
            ));
            continue;
        };
        if !item.is_html() || item.is_nav() {
            continue;
        }
        let source = match archive.read_text(&item.path) {
            Ok(source) => source,
            Err(error) => {
                if let Some(fatal) = archive.fatal.take() {
                    return Err(fatal);
                }
                warnings.push(format!("skipped chapter file `{}`: {error}", item.path));
                continue;
            }
        };
        let title = toc.get(&item.path).map(String::as_str);
        if title.is_some_and(is_contents) {
            continue; // a list of the chapter titles that are read anyway
        }
        let page = read_html(&source, notes);
        ao3 |= page.ao3;
        blocks.extend(chapter_blocks(
            page.blocks,
            page.ao3,
            title,
            package.title.as_deref(),
        ));
    }

    let announced = blocks
        .iter()
        .take(3)
        .any(|block| Some(block.paragraph.text.as_str()) == package.title.as_deref());
    if !announced && !ao3 {
        if let Some(title) = &package.title {
            let mut preface = vec![Block {
                paragraph: Paragraph::new(ParagraphKind::Heading, title.clone(), None),
                chapter_start: false,
            }];
            if let Some(author) = &package.author {
                preface.push(Block {
                    paragraph: Paragraph::new(ParagraphKind::Body, format!("by {author}"), None),
                    chapter_start: false,
                });
            }
            blocks.splice(0..0, preface);
        }
    }
    let paragraphs = numbered(blocks);
    Ok(Book {
        document: Document {
            title: package.title,
            author: package.author,
            paragraphs,
        },
        warnings,
    })
}

/// Marks where a spine file's chapter starts. AO3's files mark their own chapter
/// headings. Elsewhere the file's first heading starts a chapter, or, when the file
/// has none, its title from the table of contents is read as one; front matter
/// (a title page, contents, copyright) starts no chapter.
fn chapter_blocks(
    mut blocks: Vec<Block>,
    ao3: bool,
    toc_title: Option<&str>,
    book_title: Option<&str>,
) -> Vec<Block> {
    if ao3 || blocks.is_empty() {
        return blocks;
    }
    let has_body = blocks
        .iter()
        .any(|block| block.paragraph.kind == ParagraphKind::Body);
    let front_matter = toc_title.is_some_and(is_front_matter);
    let first = blocks
        .iter()
        .position(|block| block.paragraph.kind != ParagraphKind::SceneBreak);
    let Some(first) = first else {
        return blocks;
    };
    let starts_with_heading = blocks[first].paragraph.kind == ParagraphKind::Heading;
    if starts_with_heading {
        let text = blocks[first].paragraph.text.as_str();
        let is_book_title = book_title.is_some_and(|title| title.eq_ignore_ascii_case(text));
        let is_chapter = is_chapter_heading(text) || (toc_title.is_some() && has_body);
        blocks[first].chapter_start =
            is_chapter && !is_book_title && !front_matter && !is_front_matter(text);
    } else if let Some(title) = toc_title.filter(|_| has_body && !front_matter) {
        let heading = Paragraph::new(ParagraphKind::Heading, title.to_string(), None);
        blocks.insert(
            0,
            Block {
                paragraph: heading,
                chapter_start: true,
            },
        );
    }
    blocks
}

fn is_contents(title: &str) -> bool {
    matches!(
        title.trim().to_lowercase().as_str(),
        "contents" | "table of contents" | "toc"
    )
}

fn is_front_matter(title: &str) -> bool {
    let lower = title.trim().to_lowercase();
    [
        "cover",
        "title page",
        "title",
        "contents",
        "table of contents",
        "copyright",
        "dedication",
        "colophon",
        "imprint",
        "about the author",
        "about the publisher",
        "also by",
    ]
    .contains(&lower.as_str())
}

/// The zip archive with bounded reads.
struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    /// Bytes still allowed to be unpacked.
    budget: u64,
    /// Set when a read broke a limit: the book is refused, not read in part.
    fatal: Option<String>,
}

impl<'a> Archive<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, String> {
        let zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|error| format!("it is not a readable zip archive ({error})"))?;
        if zip.len() > MAX_ENTRIES {
            return Err(format!(
                "it holds {} files, more than the {MAX_ENTRIES} a book needs",
                zip.len()
            ));
        }
        Ok(Archive {
            zip,
            budget: MAX_UNPACKED_BYTES,
            fatal: None,
        })
    }

    /// Reads a file of the archive, never more than the caps however large it claims
    /// or turns out to be.
    fn read(&mut self, name: &str) -> Result<Vec<u8>, String> {
        let name = self
            .resolve_name(name)
            .ok_or_else(|| format!("`{name}` is missing from the archive"))?;
        let entry = self
            .zip
            .by_name(&name)
            .map_err(|error| format!("cannot open `{name}` ({error})"))?;
        let limit = MAX_ENTRY_BYTES.min(self.budget);
        let mut bytes = Vec::new();
        entry
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| format!("cannot unpack `{name}` ({error})"))?;
        let size = bytes.len() as u64;
        if size > limit {
            let message = format!(
                "`{name}` unpacks to more than {} MiB (a damaged file or a zip bomb)",
                limit / (1024 * 1024)
            );
            self.fatal = Some(message.clone());
            return Err(message);
        }
        self.budget -= size;
        Ok(bytes)
    }

    fn read_text(&mut self, name: &str) -> Result<String, String> {
        let bytes = self.read(name)?;
        decode(&bytes)
            .map(|decoded| decoded.text)
            .map_err(|reason| format!("`{name}` is not text ({reason})"))
    }

    /// The archive's own name for a path: exact, else matched ignoring case (books
    /// made on Windows disagree with their manifests about case).
    fn resolve_name(&self, name: &str) -> Option<String> {
        if self.zip.index_for_name(name).is_some() {
            return Some(name.to_string());
        }
        self.zip
            .file_names()
            .flatten()
            .find(|candidate| candidate.eq_ignore_ascii_case(name))
            .map(|candidate| candidate.into_owned())
    }

    fn find_by_extension(&self, extension: &str) -> Option<String> {
        self.zip
            .file_names()
            .flatten()
            .find(|name| name.to_ascii_lowercase().ends_with(extension))
            .map(|name| name.into_owned())
    }

    /// Chapter titles by file path: from the EPUB 3 nav document, else the NCX.
    fn table_of_contents(
        &mut self,
        package: &Package,
        warnings: &mut Vec<String>,
    ) -> HashMap<String, String> {
        let nav = package
            .manifest
            .values()
            .find(|item| item.is_nav())
            .map(|item| item.path.clone());
        if let Some(path) = nav {
            match self.read_text(&path) {
                Ok(text) => {
                    let titles = nav_titles(&text, &directory(&path));
                    if !titles.is_empty() {
                        return titles;
                    }
                }
                Err(error) => {
                    warnings.push(format!("cannot read the EPUB's table of contents: {error}"))
                }
            }
        }
        let ncx = package
            .toc
            .as_ref()
            .and_then(|id| package.manifest.get(id))
            .or_else(|| {
                package
                    .manifest
                    .values()
                    .find(|item| item.media_type == "application/x-dtbncx+xml")
            })
            .map(|item| item.path.clone());
        if let Some(path) = ncx {
            match self.read_text(&path) {
                Ok(text) => return ncx_titles(&text, &directory(&path)),
                Err(error) => {
                    warnings.push(format!("cannot read the EPUB's table of contents: {error}"))
                }
            }
        }
        HashMap::new()
    }
}

/// A manifest entry.
#[derive(Debug, Clone)]
struct Item {
    /// Path inside the archive.
    path: String,
    media_type: String,
    properties: String,
}

impl Item {
    fn is_html(&self) -> bool {
        matches!(
            self.media_type.as_str(),
            "application/xhtml+xml" | "text/html" | "application/x-dtbook+xml"
        ) || self.path.to_ascii_lowercase().ends_with(".xhtml")
            || self.path.to_ascii_lowercase().ends_with(".html")
            || self.path.to_ascii_lowercase().ends_with(".htm")
    }

    fn is_nav(&self) -> bool {
        self.properties
            .split_whitespace()
            .any(|property| property == "nav")
    }
}

/// The OPF package document: metadata, manifest, spine.
#[derive(Debug, Default)]
struct Package {
    title: Option<String>,
    author: Option<String>,
    manifest: HashMap<String, Item>,
    /// Manifest ids in reading order (linear items only).
    spine: Vec<String>,
    /// The NCX's manifest id (EPUB 2).
    toc: Option<String>,
}

impl Package {
    fn parse(text: &str, base: &str) -> Result<Package, String> {
        let mut package = Package::default();
        let mut in_metadata = false;
        let mut capture: Option<&'static str> = None;
        let mut captured = String::new();
        for event in xml_events(text)
            .map_err(|error| format!("its package file is not valid XML ({error})"))?
        {
            match event {
                XmlEvent::Open {
                    name,
                    attributes,
                    empty,
                } => match name.as_str() {
                    "metadata" => in_metadata = !empty,
                    "title" if in_metadata && package.title.is_none() && !empty => {
                        capture = Some("title");
                        captured.clear();
                    }
                    "creator" if in_metadata && package.author.is_none() && !empty => {
                        capture = Some("creator");
                        captured.clear();
                    }
                    "item" => {
                        let get = |key: &str| attribute(&attributes, key).unwrap_or_default();
                        let id = get("id");
                        let href = get("href");
                        if !id.is_empty() && !href.is_empty() {
                            let item = Item {
                                path: resolve(base, &href),
                                media_type: get("media-type").to_ascii_lowercase(),
                                properties: get("properties"),
                            };
                            package.manifest.insert(id, item);
                        }
                    }
                    "spine" => package.toc = attribute(&attributes, "toc"),
                    "itemref" => {
                        let linear = attribute(&attributes, "linear").unwrap_or_default();
                        if let Some(id) = attribute(&attributes, "idref").filter(|_| linear != "no")
                        {
                            package.spine.push(id);
                        }
                    }
                    _ => {}
                },
                XmlEvent::Text(text) if capture.is_some() => captured.push_str(&text),
                XmlEvent::Close { name } => {
                    if name == "metadata" {
                        in_metadata = false;
                    }
                    if capture.is_some_and(|field| {
                        (field == "title" && name == "title")
                            || (field == "creator" && name == "creator")
                    }) {
                        let value = captured.split_whitespace().collect::<Vec<_>>().join(" ");
                        if !value.is_empty() {
                            if name == "title" {
                                package.title = Some(value);
                            } else {
                                package.author = Some(value);
                            }
                        }
                        capture = None;
                    }
                }
                XmlEvent::Text(_) => {}
            }
        }
        if package.spine.is_empty() {
            return Err("its package file lists no chapters (an empty spine)".to_string());
        }
        Ok(package)
    }
}

/// Whether `META-INF/encryption.xml` encrypts chapters (DRM), not just fonts (the
/// font obfuscation many ordinary books use).
fn encrypts_text(encryption: &str) -> bool {
    let Ok(events) = xml_events(encryption) else {
        return false;
    };
    events.iter().any(|event| match event {
        XmlEvent::Open {
            name, attributes, ..
        } if name == "CipherReference" => attribute(attributes, "URI").is_some_and(|uri| {
            let uri = uri.to_ascii_lowercase();
            uri.ends_with(".xhtml") || uri.ends_with(".html") || uri.ends_with(".htm")
        }),
        _ => false,
    })
}

/// `META-INF/container.xml` → the package file's path.
fn rootfile(container: &str) -> Option<String> {
    xml_events(container)
        .ok()?
        .into_iter()
        .find_map(|event| match event {
            XmlEvent::Open {
                name, attributes, ..
            } if name == "rootfile" => {
                attribute(&attributes, "full-path").map(|path| resolve("", &path))
            }
            _ => None,
        })
}

/// EPUB 3 nav: the links of the `toc` nav (or the first nav), by target file.
fn nav_titles(text: &str, base: &str) -> HashMap<String, String> {
    let page = Html::parse_document(text);
    let mut titles = HashMap::new();
    let (Ok(navs), Ok(links)) = (Selector::parse("nav"), Selector::parse("a[href]")) else {
        return titles;
    };
    let mut all: Vec<_> = page.select(&navs).collect();
    let toc = all.iter().position(|nav| {
        nav.value()
            .attrs()
            .any(|(key, value)| key.ends_with("type") && value.contains("toc"))
    });
    let Some(nav) = toc
        .map(|index| all.swap_remove(index))
        .or_else(|| all.into_iter().next())
    else {
        return titles;
    };
    for link in nav.select(&links) {
        let title = link
            .text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(href) = link.value().attr("href") {
            if !title.is_empty() {
                titles.entry(resolve(base, href)).or_insert(title);
            }
        }
    }
    titles
}

/// EPUB 2 NCX: each navPoint's label by its content's file.
fn ncx_titles(text: &str, base: &str) -> HashMap<String, String> {
    let mut titles = HashMap::new();
    let Ok(events) = xml_events(text) else {
        return titles;
    };
    let mut label = String::new();
    let mut in_text = false;
    for event in events {
        match event {
            XmlEvent::Open {
                name,
                attributes,
                empty,
            } => match name.as_str() {
                "navPoint" => label.clear(),
                "text" => in_text = !empty,
                "content" => {
                    let title = label.split_whitespace().collect::<Vec<_>>().join(" ");
                    if let Some(src) = attribute(&attributes, "src").filter(|_| !title.is_empty()) {
                        titles.entry(resolve(base, &src)).or_insert(title);
                    }
                }
                _ => {}
            },
            XmlEvent::Text(text) if in_text => label.push_str(&text),
            XmlEvent::Close { name } if name == "text" => in_text = false,
            _ => {}
        }
    }
    titles
}

/// A flattened XML event with local names (namespace prefixes dropped).
#[derive(Debug)]
enum XmlEvent {
    Open {
        name: String,
        attributes: Vec<(String, String)>,
        empty: bool,
    },
    Close {
        name: String,
    },
    Text(String),
}

/// Parses a small XML file (container, OPF, NCX) into flat events.
fn xml_events(text: &str) -> Result<Vec<XmlEvent>, String> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut events = Vec::new();
    let local = |name: &str| name.to_string();
    loop {
        let event = reader.read_event().map_err(|error| error.to_string())?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(start) | Event::Empty(start) => {
                let attributes = start
                    .attributes()
                    .flatten()
                    .map(|attribute| {
                        let value = attribute
                            .normalized_value(XmlVersion::Implicit1_0)
                            .map(|value| value.into_owned())
                            .unwrap_or_else(|_| attribute.value.to_string());
                        (local(attribute.key.local_name().as_ref()), value)
                    })
                    .collect();
                events.push(XmlEvent::Open {
                    name: local(start.local_name().as_ref()),
                    attributes,
                    empty,
                });
            }
            Event::End(end) => events.push(XmlEvent::Close {
                name: local(end.local_name().as_ref()),
            }),
            Event::Text(text) => events.push(XmlEvent::Text(
                text.xml_content(XmlVersion::Implicit1_0).into_owned(),
            )),
            Event::CData(data) => events.push(XmlEvent::Text(data.to_string())),
            Event::GeneralRef(reference) => {
                let character = match reference.resolve_char_ref() {
                    Ok(Some(character)) => Some(character),
                    _ => match &*reference {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(character) = character {
                    events.push(XmlEvent::Text(character.to_string()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(events)
}

fn attribute(attributes: &[(String, String)], key: &str) -> Option<String> {
    attributes
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value.clone())
}

/// The directory part of an archive path, with a trailing `/` (or empty).
fn directory(path: &str) -> String {
    match path.rfind('/') {
        Some(at) => path[..=at].to_string(),
        None => String::new(),
    }
}

/// Resolves an href (percent-encoded, maybe with a fragment, maybe with `..`)
/// against a directory inside the archive.
fn resolve(base: &str, href: &str) -> String {
    let href = href.split('#').next().unwrap_or_default();
    let href = percent_decode(href);
    let joined = if href.starts_with('/') {
        href
    } else {
        format!("{base}{href}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut output = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |byte: u8| (byte as char).to_digit(16);
        if bytes[index] == b'%' && index + 2 < bytes.len() {
            if let (Some(high), Some(low)) = (hex(bytes[index + 1]), hex(bytes[index + 2])) {
                output.push((high * 16 + low) as u8);
                index += 3;
                continue;
            }
        }
        output.push(bytes[index]);
        index += 1;
    }
    String::from_utf8_lossy(&output).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        let cases = [
            ("OEBPS/", "chapter%201.xhtml#part", "OEBPS/chapter 1.xhtml"),
            ("OEBPS/text/", "../styles/a.css", "OEBPS/styles/a.css"),
            ("", "content.opf", "content.opf"),
            ("a/", "./b.xhtml", "a/b.xhtml"),
            ("a/", "../../../b.xhtml", "b.xhtml"),
            ("a/", "100%", "a/100%"),
            ("a/", "%E2%80%99.xhtml", "a/\u{2019}.xhtml"),
        ];
        for (base, href, path) in cases {
            assert_eq!(resolve(base, href), path, "{base} {href}");
        }
    }

    #[test]
    fn package_document() {
        let opf = r#"<?xml version="1.0"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:title>Salt &amp; Stone</dc:title>
                <dc:creator opf:role="aut">quill&#8217;s</dc:creator>
              </metadata>
              <manifest>
                <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
              </manifest>
              <spine toc="ncx"><itemref idref="c1"/><itemref idref="notes" linear="no"/></spine>
            </package>"#;
        let package = Package::parse(opf, "OEBPS/").expect("package");
        assert_eq!(package.title.as_deref(), Some("Salt & Stone"));
        assert_eq!(package.author.as_deref(), Some("quill\u{2019}s"));
        assert_eq!(package.spine, vec!["c1"]);
        assert_eq!(package.toc.as_deref(), Some("ncx"));
        assert_eq!(package.manifest["c1"].path, "OEBPS/text/one.xhtml");
        assert!(package.manifest["nav"].is_nav());
    }

    #[test]
    fn tables_of_contents() {
        let ncx = r#"<ncx><navMap><navPoint id="a"><navLabel><text>Chapter 1: Sea</text></navLabel>
            <content src="text/one.xhtml#top"/></navPoint></navMap></ncx>"#;
        assert_eq!(
            ncx_titles(ncx, "OEBPS/")["OEBPS/text/one.xhtml"],
            "Chapter 1: Sea"
        );
        let nav = r#"<html xmlns:epub="http://www.idpf.org/2007/ops"><body>
            <nav epub:type="landmarks"><ol><li><a href="cover.xhtml">Cover</a></li></ol></nav>
            <nav epub:type="toc"><ol><li><a href="text/one.xhtml">Chapter  1</a></li></ol></nav></body></html>"#;
        let titles = nav_titles(nav, "OEBPS/");
        assert_eq!(
            titles.get("OEBPS/text/one.xhtml").map(String::as_str),
            Some("Chapter 1")
        );
        assert!(!titles.contains_key("OEBPS/cover.xhtml"));
    }

    #[test]
    fn drm_is_told_apart_from_font_obfuscation() {
        let encrypted = |uri: &str| {
            format!(
                r#"<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                <enc:EncryptedData><enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData></encryption>"#
            )
        };
        assert!(encrypts_text(&encrypted("OEBPS/chapter1.xhtml")));
        assert!(!encrypts_text(&encrypted("OEBPS/fonts/serif.otf")));
        assert!(!encrypts_text("not xml <<<"));
    }

    #[test]
    fn malformed_archives_are_errors() {
        for bytes in [
            &b""[..],
            b"PK\x03\x04",
            b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
            b"not a zip at all",
        ] {
            assert!(read_epub(bytes, false).is_err(), "{bytes:?}");
        }
    }
}
