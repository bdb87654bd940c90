//! The input issue's acceptance, through the library: one story as an AO3 HTML
//! download, as AO3's EPUB, as pasted FanFiction.net text, as Markdown and in three
//! legacy encodings gives the same dialogue; the title, byline, summary and chapter
//! titles are read; tags, stats, notes and archive messages are not (unless notes
//! are asked for); and no input, however broken, makes the reader panic.
//!
//! The fixtures in tests/fixtures/input/ are written by scripts/make-input-fixtures.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use ficaudio::input::{parse_story, read_story, Format, InputOptions, Story};
use ficaudio::model::{ParagraphKind, SegmentKind};
use ficaudio::segment::segment;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/input")
        .join(name)
}

fn read_with(path: &Path, format: Option<&str>, notes: bool) -> Story {
    let options = InputOptions {
        format: format.map(str::to_string),
        notes,
    };
    read_story(path, &options).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn read(name: &str) -> Story {
    read_with(&fixture(name), None, false)
}

/// Dialogue segments as (chapter, text).
fn dialogue(story: &Story) -> Vec<(usize, String)> {
    segment(&story.document)
        .into_iter()
        .filter(|segment| segment.kind == SegmentKind::Dialogue)
        .map(|segment| (segment.chapter, segment.text))
        .collect()
}

fn texts(story: &Story) -> Vec<&str> {
    story
        .document
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.text.as_str())
        .collect()
}

fn all_text(story: &Story) -> String {
    texts(story).join("\n")
}

const SAME_STORY: &[&str] = &[
    "ao3-work.html",
    "ao3-work.epub",
    "pasted.txt",
    "draft.md",
    "windows-1252.txt",
    "utf-16le.txt",
    "utf-16be.txt",
];

#[test]
fn one_story_in_every_format_gives_the_same_dialogue() {
    let expected = dialogue(&read("pasted.txt"));
    assert_eq!(expected.len(), 16, "{expected:#?}");
    assert_eq!(expected[0], (0, "Keep the light,".to_string()));
    assert_eq!(expected[2], (1, "You\u{2019}re late,".to_string()));
    assert_eq!(expected.last().map(|(chapter, _)| *chapter), Some(3));
    for name in SAME_STORY {
        assert_eq!(dialogue(&read(name)), expected, "{name}");
    }
}

/// Dialogue records (text, speaker) of `ficaudio script FILE --json`, the contract.
fn script_dialogue(path: &Path, extra: &[&str]) -> Vec<(String, String)> {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ficaudio"))
        .arg("script")
        .arg(path)
        .arg("--json")
        .args(extra)
        .output()
        .expect("run ficaudio");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{}: {stderr}", path.display());
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|record| record["kind"] == "dialogue")
        .map(|record| {
            let field = |name: &str| record[name].as_str().unwrap_or_default().to_string();
            (field("text"), field("speaker"))
        })
        .collect()
}

#[test]
fn script_json_gives_the_same_dialogue_records_for_every_format() {
    let expected = script_dialogue(&fixture("pasted.txt"), &[]);
    assert_eq!(expected.len(), 16, "{expected:#?}");
    for name in SAME_STORY {
        assert_eq!(script_dialogue(&fixture(name), &[]), expected, "{name}");
    }
    // With notes read, the notes are narration: their quotes are no character's
    // lines, and the story's dialogue is what it was.
    let with_notes = script_dialogue(&fixture("ao3-work.html"), &["--notes"]);
    assert_eq!(with_notes, expected);
}

#[test]
fn ao3_download_reads_title_byline_summary_and_chapter_titles() {
    for name in ["ao3-work.html", "ao3-work.epub"] {
        let story = read(name);
        let document = &story.document;
        assert_eq!(
            document.title.as_deref(),
            Some("The Lamp at Gull Point"),
            "{name}"
        );
        assert_eq!(document.author.as_deref(), Some("saltwrit"), "{name}");
        let headings: Vec<(&str, usize)> = document
            .paragraphs
            .iter()
            .filter(|paragraph| paragraph.kind == ParagraphKind::Heading)
            .map(|paragraph| (paragraph.text.as_str(), paragraph.chapter))
            .collect();
        assert_eq!(
            headings,
            vec![
                ("The Lamp at Gull Point", 0),
                ("Chapter 1: Salt and Stone", 1),
                ("Chapter 2: The Letter", 2),
                ("Chapter 3: Lamp Oil", 3),
            ],
            "{name}"
        );
        let texts = texts(&story);
        assert_eq!(texts[1], "by saltwrit", "{name}");
        assert_eq!(texts[2], "Summary", "{name}");
        assert!(texts[3].starts_with("Maren has three weeks"), "{name}");
        for summary in [
            "Maren climbs the tower for the first time.",
            "A letter arrives from the mainland.",
        ] {
            assert!(texts.contains(&summary), "{name}: {summary}");
        }
        let breaks = document
            .paragraphs
            .iter()
            .filter(|paragraph| paragraph.kind == ParagraphKind::SceneBreak)
            .count();
        assert_eq!(breaks, 2, "{name}");
        assert!(
            document
                .paragraphs
                .iter()
                .all(|paragraph| paragraph.offset.is_none()),
            "{name}"
        );
        assert!(story.warnings.is_empty(), "{name}: {:?}", story.warnings);
    }
}

/// Text that must never be read (tags, stats, archive chrome), and text read only
/// with notes (the work's notes, chapter notes, end notes, disclaimers).
const NEVER: &[&str] = &[
    "General Audiences",
    "No Archive Warnings",
    "salt spray",
    "Published:",
    "Words:",
    "Posted originally",
    "drop by the archive",
    "See the end of",
];
const NOTES_ONLY: &[&str] = &[
    "Midwinter exchange",
    "hardest to write",
    "grandmother",
    "lamp oil for writers",
];

#[test]
fn tags_stats_notes_and_archive_messages_are_not_read() {
    for name in ["ao3-work.html", "ao3-work.epub", "pasted.txt"] {
        let text = all_text(&read(name));
        for skipped in NEVER.iter().chain(NOTES_ONLY).chain(&["Disclaimer"]) {
            assert!(!text.contains(skipped), "{name} reads {skipped:?}:\n{text}");
        }
    }
}

#[test]
fn notes_are_read_as_narration_when_asked() {
    for name in ["ao3-work.html", "ao3-work.epub", "pasted.txt"] {
        let story = read_with(&fixture(name), None, true);
        let text = all_text(&story);
        for read in NOTES_ONLY {
            assert!(
                text.contains(read),
                "{name} skips {read:?} with notes:\n{text}"
            );
        }
        for skipped in NEVER {
            assert!(
                !text.contains(skipped),
                "{name} reads {skipped:?} with notes:\n{text}"
            );
        }
    }
    let pasted = all_text(&read_with(&fixture("pasted.txt"), None, true));
    assert!(pasted.contains("Disclaimer: Gull Point"));
}

#[test]
fn ao3_epub_reads_like_the_ao3_download() {
    let paragraphs = |name: &str| {
        read(name)
            .document
            .paragraphs
            .into_iter()
            .map(|paragraph| (paragraph.kind, paragraph.text, paragraph.chapter))
            .collect::<Vec<_>>()
    };
    assert_eq!(paragraphs("ao3-work.epub"), paragraphs("ao3-work.html"));
}

#[test]
fn pasted_text_keeps_exact_offsets_and_numbers_chapters() {
    let path = fixture("pasted.txt");
    let source = std::fs::read_to_string(&path).expect("fixture");
    let story = read("pasted.txt");
    assert_eq!(
        story.document.title.as_deref(),
        Some("The Lamp at Gull Point")
    );
    assert_eq!(story.document.author.as_deref(), Some("saltwrit"));
    let segments = segment(&story.document);
    for segment in &segments {
        if segment.kind != SegmentKind::Break {
            let (start, end) = (segment.start.expect("start"), segment.end.expect("end"));
            assert_eq!(source[start..end].replace('\n', " "), segment.text);
        }
    }
    let chapters: Vec<(&str, usize)> = story
        .document
        .paragraphs
        .iter()
        .filter(|paragraph| paragraph.kind == ParagraphKind::Heading)
        .map(|paragraph| (paragraph.text.as_str(), paragraph.chapter))
        .collect();
    assert_eq!(
        chapters,
        vec![
            ("The Lamp at Gull Point", 0),
            ("Chapter 1: Salt and Stone", 1),
            ("Chapter 2: The Letter", 2),
            ("Chapter 3: Lamp Oil", 3)
        ]
    );
}

#[test]
fn legacy_encodings_are_decoded_and_guesses_are_warned_about() {
    let pasted = texts(&read("pasted.txt")).join("\n");
    for (name, warns) in [
        ("windows-1252.txt", true),
        ("utf-16le.txt", false),
        ("utf-16be.txt", false),
    ] {
        let story = read(name);
        assert_eq!(texts(&story).join("\n"), pasted, "{name}");
        assert_eq!(
            story.warnings.len(),
            usize::from(warns),
            "{name}: {:?}",
            story.warnings
        );
        // Offsets into a re-encoded copy would point at the wrong bytes: there are none.
        assert!(
            story
                .document
                .paragraphs
                .iter()
                .all(|paragraph| paragraph.offset.is_none()),
            "{name}"
        );
    }
    let warning = &read("windows-1252.txt").warnings[0];
    assert!(warning.contains("Windows-1252"), "{warning}");
}

#[test]
fn markdown_headings_emphasis_and_breaks() {
    let path = fixture("draft.md");
    let source = std::fs::read_to_string(&path).expect("fixture");
    let story = read("draft.md");
    let document = &story.document;
    assert_eq!(document.title.as_deref(), Some("The Lamp at Gull Point"));
    assert_eq!(document.author.as_deref(), Some("saltwrit"));
    let thought = document
        .paragraphs
        .iter()
        .find(|paragraph| paragraph.text.starts_with("Brilliant"))
        .expect("the thought");
    assert_eq!(
        thought.text,
        "Brilliant, she thought. Three weeks of grunting."
    );
    let italic: Vec<&str> = thought
        .emphasis
        .iter()
        .map(|&(start, end)| &thought.text[start..end])
        .collect();
    assert_eq!(italic, vec!["Brilliant", "Three weeks of grunting."]);
    assert_eq!(thought.offset, None);
    let breaks = document
        .paragraphs
        .iter()
        .filter(|paragraph| paragraph.kind == ParagraphKind::SceneBreak)
        .count();
    assert_eq!(breaks, 2);
    for paragraph in &document.paragraphs {
        if let Some(offset) = paragraph.offset {
            assert_eq!(
                source[offset..offset + paragraph.text.len()].replace('\n', " "),
                paragraph.text
            );
        }
    }
    assert!(
        document
            .paragraphs
            .iter()
            .filter(|paragraph| paragraph.offset.is_some())
            .count()
            > 20
    );
}

#[test]
fn html_italics_become_emphasis_ranges() {
    let story = read("ao3-work.html");
    let thought = story
        .document
        .paragraphs
        .iter()
        .find(|paragraph| paragraph.text.starts_with("Brilliant"))
        .expect("the thought");
    let italic: Vec<&str> = thought
        .emphasis
        .iter()
        .map(|&(start, end)| &thought.text[start..end])
        .collect();
    assert_eq!(italic, vec!["Brilliant", "Three weeks of grunting."]);
}

#[test]
fn format_is_detected_from_content_or_forced() {
    let directory = tempfile::tempdir().expect("temp dir");
    for (name, copy) in [
        ("ao3-work.html", "download"),
        ("ao3-work.epub", "book.txt"),
        ("draft.md", "draft"),
    ] {
        let path = directory.path().join(copy);
        std::fs::copy(fixture(name), &path).expect("copy");
        assert_eq!(
            dialogue(&read_with(&path, None, false)),
            dialogue(&read(name)),
            "{name} as {copy}"
        );
    }
    // Forced: the HTML file read as text shows its markup.
    let forced = read_with(&fixture("ao3-work.html"), Some("txt"), false);
    assert!(all_text(&forced).contains("<div id=\"preface\">"));
    let forced = read_with(&fixture("draft.md"), Some("TXT"), false);
    assert!(all_text(&forced).contains("*Brilliant*"));
    let options = InputOptions {
        format: Some("docx".to_string()),
        notes: false,
    };
    let error = read_story(&fixture("pasted.txt"), &options)
        .expect_err("docx")
        .to_string();
    assert_eq!(
        error,
        "unknown format `docx`\nhint: use one of: txt, md, html, epub"
    );
}

/// Builds an EPUB in memory: `mimetype` first and stored, the rest deflated.
fn build_epub(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        let options = if *name == "mimetype" {
            stored
        } else {
            deflated
        };
        writer.start_file(*name, options).expect("zip entry");
        writer.write_all(bytes).expect("zip write");
    }
    writer.finish().expect("zip finish").into_inner()
}

const CONTAINER: &[u8] = br#"<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"#;

/// An EPUB 2 book as converters make it: NCX only, chapter files without headings,
/// a cover and a title page in the spine, percent-encoded hrefs.
fn ordinary_epub(chapters: &[(&str, String)]) -> Vec<u8> {
    let mut manifest = String::from(
        r#"<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>"#,
    );
    let mut spine = String::from(r#"<itemref idref="cover"/>"#);
    let mut points = String::new();
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("mimetype".into(), b"application/epub+zip".to_vec()),
        ("META-INF/container.xml".into(), CONTAINER.to_vec()),
        (
            "OPS/cover.xhtml".into(),
            br#"<html xmlns="http://www.w3.org/1999/xhtml"><body><div><img src="cover.jpg" alt="Cover"/></div></body></html>"#.to_vec(),
        ),
    ];
    for (index, (title, body)) in chapters.iter().enumerate() {
        let file = format!("part {index}.xhtml");
        manifest.push_str(&format!(
            r#"<item id="c{index}" href="part%20{index}.xhtml" media-type="application/xhtml+xml"/>"#
        ));
        spine.push_str(&format!(r#"<itemref idref="c{index}"/>"#));
        points.push_str(&format!(
            r#"<navPoint id="p{index}"><navLabel><text>{title}</text></navLabel><content src="part%20{index}.xhtml"/></navPoint>"#
        ));
        let page = format!(
            r#"<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>{body}</body></html>"#
        );
        files.push((format!("OPS/{file}"), page.into_bytes()));
    }
    let opf = format!(
        r#"<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Tide &amp; Time</dc:title><dc:creator>Wren Hollis</dc:creator></metadata>
        <manifest>{manifest}</manifest><spine toc="ncx">{spine}</spine></package>"#
    );
    let ncx = format!(
        r#"<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>{points}</navMap></ncx>"#
    );
    files.push(("OPS/book.opf".into(), opf.into_bytes()));
    files.push(("OPS/toc.ncx".into(), ncx.into_bytes()));
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    build_epub(&borrowed)
}

#[test]
fn ordinary_epub_takes_title_author_and_chapter_titles_from_opf_and_ncx() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("tide.epub");
    let chapters = [
        (
            "Table of Contents",
            "<p><a href=\"part%201.xhtml\">The Shore</a></p><p><a href=\"part%202.xhtml\">The Boat</a></p>"
                .to_string(),
        ),
        (
            "The Shore",
            "<p>\u{201C}Low tide,\u{201D} said Wren.</p><p>She walked.</p>".to_string(),
        ),
        (
            "The Boat",
            "<p>It rocked.</p><p>\u{201C}Hold on!\u{201D}</p>".to_string(),
        ),
    ];
    std::fs::write(&path, ordinary_epub(&chapters)).expect("write");
    let story = read_with(&path, None, false);
    let paragraphs: Vec<(ParagraphKind, &str, usize)> = story
        .document
        .paragraphs
        .iter()
        .map(|paragraph| (paragraph.kind, paragraph.text.as_str(), paragraph.chapter))
        .collect();
    use ParagraphKind::*;
    assert_eq!(
        paragraphs,
        vec![
            (Heading, "Tide & Time", 0),
            (Body, "by Wren Hollis", 0),
            (Heading, "The Shore", 1),
            (Body, "\u{201C}Low tide,\u{201D} said Wren.", 1),
            (Body, "She walked.", 1),
            (Heading, "The Boat", 2),
            (Body, "It rocked.", 2),
            (Body, "\u{201C}Hold on!\u{201D}", 2),
        ]
    );
    assert_eq!(story.document.title.as_deref(), Some("Tide & Time"));
    assert_eq!(story.document.author.as_deref(), Some("Wren Hollis"));
}

/// Inputs that must give an error with a hint, or a story, but never a panic.
/// Built once: the zip bomb takes a while to compress in a debug build.
fn hostile_inputs() -> &'static [(String, Vec<u8>)] {
    static INPUTS: std::sync::OnceLock<Vec<(String, Vec<u8>)>> = std::sync::OnceLock::new();
    INPUTS.get_or_init(build_hostile_inputs)
}

fn build_hostile_inputs() -> Vec<(String, Vec<u8>)> {
    let epub = std::fs::read(fixture("ao3-work.epub")).expect("fixture");
    let mut flipped = epub.clone();
    for index in (200..flipped.len()).step_by(97) {
        flipped[index] ^= 0x5A;
    }
    let zip_bomb = build_epub(&[
        ("mimetype", b"application/epub+zip"),
        ("META-INF/container.xml", CONTAINER),
        (
            "OPS/book.opf",
            br#"<package><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>"#,
        ),
        ("OPS/a.xhtml", &vec![b' '; 40 * 1024 * 1024]),
    ]);
    let no_container = build_epub(&[
        ("mimetype", b"application/epub+zip"),
        (
            "book.opf",
            br#"<package><metadata><title>T</title></metadata><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>"#,
        ),
        ("a.xhtml", b"<p>\"Still here,\" she said.</p>"),
    ]);
    let missing_chapter = build_epub(&[
        ("META-INF/container.xml", CONTAINER),
        (
            "OPS/book.opf",
            br#"<package><manifest><item id="a" href="gone.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/><itemref idref="nowhere"/></spine></package>"#,
        ),
    ]);
    let noise: Vec<u8> = (0u32..8192)
        .map(|index| (index.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    vec![
        ("empty.txt".into(), Vec::new()),
        ("noise.bin".into(), noise),
        ("truncated.epub".into(), epub[..epub.len() / 2].to_vec()),
        ("flipped.epub".into(), flipped),
        ("bomb.epub".into(), zip_bomb),
        ("no-container.epub".into(), no_container),
        ("missing-chapter.epub".into(), missing_chapter),
        (
            "tags.html".into(),
            b"<<<>>><p<p></div></p><em><em><em>\xFF\xFE<".to_vec(),
        ),
        (
            "unterminated.html".into(),
            b"<html><body><p>\"Hi,\" she said<!-- never closed".to_vec(),
        ),
        (
            "only-chrome.html".into(),
            b"<div id=\"preface\"><dl class=\"tags\"><dd>Fluff</dd></dl></div>".to_vec(),
        ),
        ("odd.txt".into(), b"\xFF\xFEH\0i\0\x00\xD8!".to_vec()),
        ("nul.md".into(), b"# \0\0\0\0\0\0\0\0\0\0".to_vec()),
        ("markers.md".into(), b"*_*_**__***___ \\".to_vec()),
        (
            "bad.opf.epub".into(),
            build_epub(&[
                ("META-INF/container.xml", CONTAINER),
                ("OPS/book.opf", b"<package><spine><<<"),
            ]),
        ),
    ]
}

#[test]
fn broken_input_is_an_error_with_a_hint_never_a_panic() {
    let directory = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in hostile_inputs() {
        let name = name.as_str();
        let path = directory.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        for format in [None, Some("txt"), Some("md"), Some("html"), Some("epub")] {
            let options = InputOptions {
                format: format.map(str::to_string),
                notes: true,
            };
            if let Err(error) = read_story(&path, &options) {
                let message = error.to_string();
                let lines: Vec<&str> = message.lines().collect();
                assert_eq!(lines.len(), 2, "{name} as {format:?}: {message}");
                assert!(lines[0].contains(name), "{name} as {format:?}: {message}");
                assert!(
                    lines[1].starts_with("hint: "),
                    "{name} as {format:?}: {message}"
                );
            }
        }
    }
}

/// Damaged copies of every fixture (bytes flipped, cut, repeated, deleted) through
/// every reader: a story or an error, never a panic. Deterministic, so a failure
/// names a case that can be replayed.
#[test]
fn damaged_fixtures_never_panic() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound.max(1) as u64) as usize
    };
    let formats = [
        None,
        Some(Format::Text),
        Some(Format::Markdown),
        Some(Format::Html),
        Some(Format::Epub),
    ];
    for name in SAME_STORY {
        let original = std::fs::read(fixture(name)).expect("fixture");
        for case in 0..60 {
            let mut bytes = original.clone();
            for _ in 0..1 + next(4) {
                let at = next(bytes.len());
                match next(4) {
                    0 => bytes[at] ^= 1 << next(8),
                    1 => bytes.truncate(at),
                    2 => {
                        let end = (at + next(64)).min(bytes.len());
                        let piece = bytes[at..end].to_vec();
                        bytes.splice(at..at, piece);
                    }
                    _ => {
                        let end = (at + next(64)).min(bytes.len());
                        bytes.drain(at..end);
                    }
                }
                if bytes.is_empty() {
                    break;
                }
            }
            let format = formats[case % formats.len()];
            let path = Path::new(name);
            if let Ok(story) = parse_story(path, &bytes, format, case % 2 == 0) {
                segment(&story.document);
            }
        }
    }
}

#[test]
fn specific_damage_gets_specific_messages() {
    let directory = tempfile::tempdir().expect("temp dir");
    let inputs = hostile_inputs();
    let error = |name: &str| {
        let (_, bytes) = inputs.iter().find(|(file, _)| file == name).expect("input");
        let path = directory.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        read_story(&path, &InputOptions::default()).map(|story| story.warnings)
    };
    let bomb = error("bomb.epub").expect_err("bomb").to_string();
    assert!(bomb.contains("zip bomb"), "{bomb}");
    let truncated = error("truncated.epub").expect_err("truncated").to_string();
    assert!(truncated.starts_with("cannot read EPUB"), "{truncated}");
    let warnings = error("no-container.epub").expect("readable without container");
    assert!(warnings[0].contains("container.xml"), "{warnings:?}");
    let missing = error("missing-chapter.epub")
        .expect_err("nothing to read")
        .to_string();
    assert!(missing.contains("has no text to read"), "{missing}");
    let noise = error("noise.bin").expect_err("noise").to_string();
    assert!(noise.contains("is not text"), "{noise}");
}

/// A book whose .epub file is over 1 MB: 40 chapters of varied, dialogue-heavy
/// paragraphs (words drawn by a fixed pseudo-random sequence, so it compresses like
/// prose rather than like one repeated line).
fn megabyte_epub() -> Vec<u8> {
    const WORDS: &[&str] = &[
        "the",
        "tide",
        "lamp",
        "was",
        "turning",
        "and",
        "she",
        "he",
        "said",
        "quietly",
        "over",
        "stone",
        "gull",
        "brass",
        "oil",
        "wick",
        "harbour",
        "ferry",
        "storm",
        "west",
        "north",
        "window",
        "glass",
        "rope",
        "salt",
        "never",
        "always",
        "before",
        "after",
        "because",
        "though",
        "cold",
        "bright",
        "dark",
        "tired",
        "keeper",
        "sister",
        "letter",
        "mainland",
        "winter",
        "steps",
        "ninety",
        "nine",
        "counted",
        "waited",
        "listened",
        "Maren",
        "Tobias",
        "Ilse",
        "laughed",
        "frowned",
        "whispered",
        "shouted",
        "across",
        "beneath",
        "within",
    ];
    fn word(state: &mut u64) -> &'static str {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        WORDS[(*state % WORDS.len() as u64) as usize]
    }
    fn sentence(state: &mut u64, length: usize) -> String {
        let mut text = String::new();
        for index in 0..length {
            let next = word(state);
            if index == 0 {
                let mut characters = next.chars();
                if let Some(first) = characters.next() {
                    text.extend(first.to_uppercase());
                    text.push_str(characters.as_str());
                }
            } else {
                text.push(' ');
                text.push_str(next);
            }
        }
        text
    }
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let chapters: Vec<(String, String)> = (1..=40)
        .map(|number| {
            let mut body = String::new();
            while body.len() < 115_000 {
                body.push_str(&format!(
                    "<p>\u{201C}{},\u{201D} {} said. \u{201C}{}?\u{201D} <em>{}</em>, {}.</p>\n",
                    sentence(&mut state, 7),
                    word(&mut state),
                    sentence(&mut state, 5),
                    sentence(&mut state, 3),
                    sentence(&mut state, 9)
                ));
            }
            (format!("Chapter {number}"), body)
        })
        .collect();
    let borrowed: Vec<(&str, String)> = chapters
        .iter()
        .map(|(title, body)| (title.as_str(), body.clone()))
        .collect();
    ordinary_epub(&borrowed)
}

/// The benchmark (`scripts/bench-epub` runs it in release mode): a 1 MB EPUB is
/// read and segmented in well under a second.
#[test]
#[ignore = "benchmark: run with scripts/bench-epub"]
fn bench_one_megabyte_epub() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("big.epub");
    let book = megabyte_epub();
    std::fs::write(&path, &book).expect("write");
    let runs = 5;
    let (mut best, mut best_read) = (f64::MAX, f64::MAX);
    let mut segments = 0;
    let mut text_bytes = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let story = read_with(&path, None, false);
        let read = start.elapsed().as_secs_f64();
        segments = segment(&story.document).len();
        let total = start.elapsed().as_secs_f64();
        if total < best {
            (best, best_read) = (total, read);
        }
        text_bytes = story
            .document
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.text.len())
            .sum();
    }
    println!(
        "bench-epub: {:.0} KB EPUB ({:.0} KB of text, {segments} segments) read and segmented in {:.0} ms \
         (read {:.0} ms, segment {:.0} ms; best of {runs})",
        book.len() as f64 / 1024.0,
        text_bytes as f64 / 1024.0,
        best * 1000.0,
        best_read * 1000.0,
        (best - best_read) * 1000.0
    );
    assert!(book.len() > 1_000_000, "the book is {} bytes", book.len());
    assert!(best < 1.0, "took {best:.3} s");
}
