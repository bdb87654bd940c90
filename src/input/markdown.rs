//! Markdown drafts: `#` headings (and `===` underlined ones), `*emphasis*` and
//! `_emphasis_`, `---` / `***` breaks, `>` quotes, backslash escapes, and a YAML
//! front matter block with `title:` and `author:`. An Obsidian note's marks too:
//! `> [!note]` callouts and `[^1]: …` footnotes are the writer's notes (read, as
//! notes, only with `--notes`), `%% … %%` comments are never read, and `[^1]`
//! references and `==highlight==` marks go, their text staying.
//!
//! In: decoded text and the shift from offsets in it to offsets in the file.
//! Out: a [`Document`] like plain text's. Markers are removed and italic ranges kept
//! on the paragraph; a paragraph keeps its byte offset only while its text is still
//! the file's bytes (line breaks read as spaces), so headings and unmarked
//! paragraphs have offsets, and paragraphs that lost markers have none.
//!
//! A `---` line is always a break, never a setext heading underline: fan fiction
//! uses it between scenes far more often than under headings.

use crate::model::{Document, Paragraph, ParagraphKind};

use super::emphasis::{italic_ranges, strip_markers};
use super::number_chapters;
use super::plain::{ends_sentence, is_chapter_heading, is_note, is_scene_break, split_lines};

/// A block of the source: a heading, a break, or paragraph lines (content ranges).
enum Block {
    Heading {
        level: usize,
        range: (usize, usize),
    },
    Break,
    Lines(Vec<(usize, usize)>),
    /// A callout or a footnote's definition: the writer's note.
    Note(Vec<(usize, usize)>),
}

/// Whether a text is a Markdown note, whatever its file is called: it opens with a
/// front matter block of `key: value` lines, and shows a Markdown heading or an
/// Obsidian mark (a callout, a comment, a footnote, a highlight) under it.
pub(crate) fn is_markdown_note(text: &str) -> bool {
    let lines = split_lines(text);
    let mut document = Document::default();
    let skip = front_matter(text, &lines, &mut document);
    skip > 0
        && lines[skip..].iter().any(|line| {
            let raw = &text[line.start..line.end];
            let trimmed = raw.trim();
            atx_heading(raw, line.start).is_some()
                || callout_start(trimmed)
                || trimmed.starts_with("%%")
                || footnote_definition(trimmed)
                || trimmed.contains("[^")
        })
}

/// `> [!note] notes to self`: the first line of an Obsidian callout.
fn callout_start(trimmed: &str) -> bool {
    trimmed
        .strip_prefix('>')
        .is_some_and(|rest| rest.trim_start().starts_with("[!"))
}

/// `[^1]: Kestrel Hut is canon!`: a footnote's definition.
fn footnote_definition(trimmed: &str) -> bool {
    trimmed
        .strip_prefix("[^")
        .and_then(|rest| rest.split_once("]:"))
        .is_some_and(|(label, _)| !label.is_empty() && !label.contains(char::is_whitespace))
}

/// A paragraph's text without Obsidian's inline marks: `%% comments %%` and `[^1]`
/// references go, `==highlight==` marks leave their text.
fn without_inline_marks(text: &str) -> String {
    let mut output = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("%%") {
            // An unclosed comment runs to the paragraph's end.
            rest = after.find("%%").map_or("", |end| &after[end + 2..]);
            continue;
        }
        if let Some(after) = rest.strip_prefix("[^") {
            if let Some(end) = after
                .find(']')
                .filter(|&end| end > 0 && !after[..end].contains(char::is_whitespace))
            {
                rest = &after[end + 1..];
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix("==") {
            rest = after;
            continue;
        }
        let mut characters = rest.chars();
        if let Some(character) = characters.next() {
            output.push(character);
        }
        rest = characters.as_str();
    }
    // A comment taken from between two words leaves one space, not two.
    let mut collapsed = String::with_capacity(output.len());
    for character in output.chars() {
        if character == ' ' && collapsed.ends_with(' ') {
            continue;
        }
        collapsed.push(character);
    }
    let collapsed = collapsed.replace(" ,", ",").replace(" .", ".");
    collapsed.trim().to_string()
}

/// What becomes of `*emphasis*` markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Markers {
    /// Taken out, the italic ranges kept (a Markdown file).
    Strip,
    /// Kept in the text, as plain text keeps them, the italic ranges recorded (a
    /// Markdown note pasted or saved as text, whose asterisks are as written).
    Keep,
}

/// Parses Markdown; `notes` keeps authors' notes and disclaimers as narration.
pub fn parse_markdown(text: &str, shift: Option<usize>, notes: bool) -> Document {
    parse_with(text, shift, notes, Markers::Strip)
}

/// Parses a Markdown note saved as text (see [`is_markdown_note`]): read as Markdown,
/// but its emphasis markers stay in the text, as plain text's do.
pub(crate) fn parse_note(text: &str, shift: Option<usize>, notes: bool) -> Document {
    parse_with(text, shift, notes, Markers::Keep)
}

fn parse_with(text: &str, shift: Option<usize>, notes: bool, markers: Markers) -> Document {
    let mut document = Document::default();
    let lines = split_lines(text);
    let skip = front_matter(text, &lines, &mut document);
    let blocks = blocks(text, &lines[skip..]);
    let wrapped = soft_wrapped(text, &blocks);
    let mut title_candidate = None;
    for block in blocks {
        match block {
            Block::Heading { level, range } => {
                if document.paragraphs.is_empty() && level == 1 {
                    title_candidate = Some(document.paragraphs.len());
                }
                document.paragraphs.push(paragraph(
                    text,
                    &[range],
                    shift,
                    ParagraphKind::Heading,
                    markers,
                ));
            }
            Block::Break => {
                document
                    .paragraphs
                    .push(Paragraph::new(ParagraphKind::SceneBreak, "", None))
            }
            Block::Lines(ranges) if wrapped => document.paragraphs.push(paragraph(
                text,
                &ranges,
                shift,
                ParagraphKind::Body,
                markers,
            )),
            Block::Lines(ranges) => document.paragraphs.extend(
                ranges
                    .iter()
                    .map(|range| paragraph(text, &[*range], shift, ParagraphKind::Body, markers)),
            ),
            Block::Note(ranges) if notes => document.paragraphs.push(paragraph(
                text,
                &ranges,
                shift,
                ParagraphKind::Note,
                markers,
            )),
            Block::Note(_) => {}
        }
    }
    document.paragraphs.retain(|paragraph| {
        paragraph.kind == ParagraphKind::SceneBreak
            || !paragraph.text.trim().is_empty()
                && (paragraph.kind != ParagraphKind::Body || notes || !is_note(&paragraph.text))
    });
    for paragraph in &mut document.paragraphs {
        if paragraph.kind == ParagraphKind::Body && is_scene_break(&paragraph.text) {
            paragraph.kind = ParagraphKind::SceneBreak;
            paragraph.text.clear();
        } else if paragraph.kind == ParagraphKind::Body && is_note(&paragraph.text) {
            // Kept with `--notes`: read as the author's words, not dialogue.
            paragraph.kind = ParagraphKind::Note;
        }
    }
    let title = title_candidate
        .filter(|&index| index == 0)
        .and_then(|index| document.paragraphs.get(index))
        .filter(|heading| !is_chapter_heading(&heading.text))
        .map(|heading| heading.text.clone());
    if document.title.is_none() {
        document.title.clone_from(&title);
    }
    let has_title = title.is_some();
    let mut first = true;
    number_chapters(&mut document.paragraphs, |paragraph| {
        let is_title = first && has_title;
        first = false;
        paragraph.kind == ParagraphKind::Heading && !is_title
    });
    document
}

/// Reads a leading `---` … `---` block of `key: value` lines; returns the lines used.
fn front_matter(text: &str, lines: &[super::plain::Line], document: &mut Document) -> usize {
    let content = |index: usize| {
        lines
            .get(index)
            .map(|line| text[line.start..line.end].trim())
    };
    if content(0).map(|line| line.trim_start_matches('\u{FEFF}')) != Some("---") {
        return 0;
    }
    let Some(end) = (1..lines.len().min(60)).find(|&index| content(index) == Some("---")) else {
        return 0;
    };
    let body: Vec<&str> = (1..end)
        .filter_map(content)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    if body.is_empty()
        || !body
            .iter()
            .all(|line| line.contains(':') || line.starts_with('-'))
    {
        return 0; // not `key: value` lines: a break after a first paragraph
    }
    let fields = body.iter().filter_map(|line| line.split_once(':'));
    for (key, value) in fields {
        let value = value.trim().trim_matches(['"', '\'']).to_string();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if !value.is_empty() => document.title = Some(value),
            "author" if !value.is_empty() => document.author = Some(value),
            _ => {}
        }
    }
    end + 1
}

fn blocks(text: &str, lines: &[super::plain::Line]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Vec<(usize, usize)> = Vec::new();
    let flush = |current: &mut Vec<(usize, usize)>, blocks: &mut Vec<Block>| {
        if !current.is_empty() {
            blocks.push(Block::Lines(std::mem::take(current)));
        }
    };
    // The open comment, callout or footnote the lines are in.
    let mut comment = false;
    let mut note: Option<Vec<(usize, usize)>> = None;
    for line in lines {
        let raw = &text[line.start..line.end];
        let trimmed = raw.trim();
        if comment {
            comment = !trimmed.contains("%%");
            continue;
        }
        if let Some(ranges) = note.as_mut() {
            let goes_on = trimmed.starts_with('>') && !callout_start(trimmed)
                || !trimmed.is_empty() && raw.starts_with([' ', '\t']);
            if goes_on {
                ranges.push(content_range(raw, line.start));
                continue;
            }
            if let Some(ranges) = note.take() {
                blocks.push(Block::Note(ranges));
            }
        }
        if trimmed.starts_with("%%") && !trimmed[2..].contains("%%") {
            // A comment over several lines: nothing of it is read.
            flush(&mut current, &mut blocks);
            comment = true;
        } else if trimmed.starts_with("%%") && trimmed.ends_with("%%") && trimmed.len() >= 4 {
            flush(&mut current, &mut blocks);
        } else if callout_start(trimmed) || footnote_definition(trimmed) {
            flush(&mut current, &mut blocks);
            note = Some(vec![content_range(raw, line.start)]);
        } else if trimmed.is_empty() {
            flush(&mut current, &mut blocks);
        } else if let Some((level, range)) = atx_heading(raw, line.start) {
            flush(&mut current, &mut blocks);
            blocks.push(Block::Heading { level, range });
        } else if is_thematic_break(trimmed) {
            flush(&mut current, &mut blocks);
            blocks.push(Block::Break);
        } else if trimmed.chars().all(|character| character == '=') && current.len() == 1 {
            blocks.push(Block::Heading {
                level: 1,
                range: current[0],
            });
            current.clear();
        } else {
            current.push(content_range(raw, line.start));
        }
    }
    if let Some(ranges) = note {
        blocks.push(Block::Note(ranges));
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// `# Title`, `## Chapter 2 ##`: level and the byte range of the heading's text.
fn atx_heading(raw: &str, start: usize) -> Option<(usize, (usize, usize))> {
    let indent = raw.len() - raw.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &raw[indent..];
    let level = rest.bytes().take_while(|&byte| byte == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let after = &rest[level..];
    if !after.is_empty() && !after.starts_with([' ', '\t']) {
        return None;
    }
    let content = after.trim().trim_end_matches('#').trim_end();
    if content.is_empty() {
        return None;
    }
    let begin = start + indent + level + (after.len() - after.trim_start().len());
    Some((level, (begin, begin + content.len())))
}

/// `---`, `***`, `___`, `- - -`: three or more of one marker and spaces only.
fn is_thematic_break(trimmed: &str) -> bool {
    let marks: Vec<char> = trimmed
        .chars()
        .filter(|character| !character.is_whitespace())
        .collect();
    marks.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|mark| marks.iter().all(|character| character == mark))
}

/// A line's text without indentation, `>` quote markers and trailing spaces.
fn content_range(raw: &str, start: usize) -> (usize, usize) {
    let mut begin = raw.len() - raw.trim_start().len();
    while raw[begin..].starts_with('>') {
        begin += 1;
        begin += raw[begin..].len() - raw[begin..].trim_start().len();
    }
    let end = raw.trim_end().len().max(begin);
    (start + begin, start + end)
}

/// Markdown joins a block's lines; fan fiction often puts one paragraph per line
/// with no blank lines, so do what plain text does: join only when most line ends
/// fall mid-sentence.
fn soft_wrapped(text: &str, blocks: &[Block]) -> bool {
    let mut inner = 0usize;
    let mut mid_sentence = 0usize;
    for block in blocks {
        if let Block::Lines(ranges) = block {
            for &(start, end) in &ranges[..ranges.len().saturating_sub(1)] {
                inner += 1;
                if !ends_sentence(&text[start..end]) {
                    mid_sentence += 1;
                }
            }
        }
    }
    inner > 0 && mid_sentence * 2 > inner
}

/// Joins content ranges into one paragraph, removes markers and escapes, and keeps
/// the offset only when the result is still the file's bytes.
fn paragraph(
    text: &str,
    ranges: &[(usize, usize)],
    shift: Option<usize>,
    kind: ParagraphKind,
    markers: Markers,
) -> Paragraph {
    let mut joined = String::new();
    let mut exact = true;
    for (index, &(start, end)) in ranges.iter().enumerate() {
        if index > 0 {
            let gap = &text[ranges[index - 1].1..start];
            if gap.chars().all(char::is_whitespace) {
                joined.extend(gap.chars().map(|character| {
                    if character == '\n' || character == '\r' {
                        ' '
                    } else {
                        character
                    }
                }));
            } else {
                joined.push(' ');
                exact = false;
            }
        }
        joined.push_str(&text[start..end]);
    }
    let mut unmarked = without_inline_marks(&joined);
    if kind == ParagraphKind::Note {
        // A callout's `[!note]` and a definition's `:` are marks, not the note's words.
        let label_end = unmarked
            .strip_prefix("[!")
            .and_then(|rest| rest.find(']'))
            .map_or(0, |end| end + 3);
        unmarked = unmarked[label_end..]
            .trim_start_matches([':', ' '])
            .to_string();
    }
    if unmarked != joined {
        joined = unmarked;
        exact = false;
    }
    if markers == Markers::Keep {
        let offset = shift.filter(|_| exact).map(|shift| ranges[0].0 + shift);
        let mut paragraph = Paragraph::new(kind, joined, offset);
        paragraph.emphasis = italic_ranges(&paragraph.text);
        return paragraph;
    }
    let (stripped, emphasis) = strip_markers(&joined);
    let unescaped = unescape(&stripped);
    exact &= unescaped.len() == joined.len();
    let offset = shift.filter(|_| exact).map(|shift| ranges[0].0 + shift);
    let emphasis = if unescaped.len() == stripped.len() {
        emphasis
    } else {
        Vec::new()
    };
    let mut paragraph = Paragraph::new(kind, unescaped, offset);
    paragraph.emphasis = emphasis;
    paragraph
}

/// `\*` → `*`, `\_` → `_` and the other ASCII punctuation escapes.
fn unescape(text: &str) -> String {
    let mut output = String::with_capacity(text.len());
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        if character == '\\' && characters.peek().is_some_and(char::is_ascii_punctuation) {
            continue;
        }
        output.push(character);
    }
    output
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(document: &Document) -> Vec<(ParagraphKind, &str, usize)> {
        document
            .paragraphs
            .iter()
            .map(|paragraph| (paragraph.kind, paragraph.text.as_str(), paragraph.chapter))
            .collect()
    }

    #[test]
    fn structure() {
        use ParagraphKind::*;
        type Case = (
            &'static str,
            &'static [(ParagraphKind, &'static str, usize)],
        );
        let cases: &[Case] = &[
            (
                "# Title\n\n## Chapter 1\n\n\"Hi,\" she said.\n\n---\n\nHe left.\n",
                &[
                    (Heading, "Title", 0),
                    (Heading, "Chapter 1", 1),
                    (Body, "\"Hi,\" she said.", 1),
                    (SceneBreak, "", 1),
                    (Body, "He left.", 1),
                ],
            ),
            (
                "# Chapter 1\n\nText.\n\n# Chapter 2\n\nMore.",
                &[
                    (Heading, "Chapter 1", 1),
                    (Body, "Text.", 1),
                    (Heading, "Chapter 2", 2),
                    (Body, "More.", 2),
                ],
            ),
            (
                "Title\n=====\n\nText.",
                &[(Heading, "Title", 0), (Body, "Text.", 0)],
            ),
            (
                "A line that wraps\nhere and ends.\n\n* * *\n\n***",
                &[
                    (Body, "A line that wraps here and ends.", 0),
                    (SceneBreak, "", 0),
                    (SceneBreak, "", 0),
                ],
            ),
            (
                "One line.\nAnother line.\n",
                &[(Body, "One line.", 0), (Body, "Another line.", 0)],
            ),
            (
                "> \"A letter,\" it read.\n",
                &[(Body, "\"A letter,\" it read.", 0)],
            ),
            (
                "A/N: thanks!\n\nStory.\n\nDisclaimer: not mine.",
                &[(Body, "Story.", 0)],
            ),
            (
                "*Brilliant*, he thought. 2 \\* 3",
                &[(Body, "Brilliant, he thought. 2 * 3", 0)],
            ),
            (
                "#hashtag is not a heading",
                &[(Body, "#hashtag is not a heading", 0)],
            ),
            (">\n>\n\nText.\n", &[(Body, "Text.", 0)]),
        ];
        for (source, expected) in cases {
            let document = parse_markdown(source, Some(0), false);
            assert_eq!(kinds(&document), *expected, "{source}");
        }
    }

    #[test]
    fn offsets_are_kept_where_the_text_is_the_files() {
        let source = "# The Title\n\nShe said \"hi\" and\nleft.\n\nIt was *so* cold.\n";
        let document = parse_markdown(source, Some(0), false);
        let [title, body, marked] = &document.paragraphs[..] else {
            panic!("{:?}", document.paragraphs);
        };
        for paragraph in [title, body] {
            let offset = paragraph.offset.expect("offset");
            let slice = source[offset..offset + paragraph.text.len()].replace('\n', " ");
            assert_eq!(slice, paragraph.text);
        }
        assert_eq!(marked.offset, None);
        assert_eq!(marked.text, "It was so cold.");
        assert_eq!(marked.emphasis, vec![(7, 9)]);
        assert_eq!(document.title.as_deref(), Some("The Title"));
    }

    #[test]
    fn front_matter_sets_title_and_author() {
        let source = "---\ntitle: \"Salt\"\nauthor: quill\n---\n\nText.\n";
        let document = parse_markdown(source, Some(0), false);
        assert_eq!(document.title.as_deref(), Some("Salt"));
        assert_eq!(document.author.as_deref(), Some("quill"));
        assert_eq!(kinds(&document), vec![(ParagraphKind::Body, "Text.", 0)]);
    }

    /// The bug: an Obsidian note's callouts were read as story (their quotes voiced),
    /// its comments read, and its footnote and highlight marks kept in the text.
    #[test]
    fn obsidian_marks() {
        use ParagraphKind::*;
        let source = "---\ntitle: \"Fog\"\n---\n\n# Fog\n\n> [!note] to self\n> - they want \"boats\"\n\n%% fix this %%\n\n%%\nlonger\ncomment\n%%\n\nThe ferry[^1] went %%too neat?%% slowly, ==very== slowly.\n\n[^1]: The ferry is canon.\n";
        assert!(is_markdown_note(source));
        assert!(!is_markdown_note("---\n\nA story after a rule.\n"));
        assert!(!is_markdown_note("# Fog\n\nNo front matter.\n"));
        let read = parse_markdown(source, Some(0), false);
        assert_eq!(
            kinds(&read),
            [
                (Heading, "Fog", 0),
                (Body, "The ferry went slowly, very slowly.", 0)
            ]
        );
        let with_notes = parse_note(source, Some(0), true);
        assert_eq!(
            kinds(&with_notes),
            [
                (Heading, "Fog", 0),
                (Note, "to self - they want \"boats\"", 0),
                (Body, "The ferry went slowly, very slowly.", 0),
                (Note, "The ferry is canon.", 0),
            ]
        );
    }

    #[test]
    fn notes_are_read_when_asked() {
        let document = parse_markdown("A/N: thanks!\n\nStory.", Some(0), true);
        assert_eq!(document.paragraphs.len(), 2);
    }
}
