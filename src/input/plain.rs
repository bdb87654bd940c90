//! Plain text as readers paste it: paragraphs one per line, blank-line separated, or
//! hard-wrapped inside blank-line paragraphs (a header's lines, headings and labels
//! stay lines of their own even then); a title line; `Chapter N` headings (which
//! number the chapters); scene breaks; Wattpad's glued footer; a PDF's pages as
//! `pdftotext` gives them (see [`pdf`]: its furniture goes before the text is cut into
//! paragraphs, and its pieces are named after); a Kindle copy's citation lines (see
//! [`kindle`]: blanked before the text is cut), and the Wayback Machine's banner over an
//! archived page (see [`wayback`]: blanked likewise). Which paragraphs are
//! site chrome or authors' notes is the [`chrome`] module's call; notes are skipped
//! unless they are read, chrome always.
//!
//! In: decoded text and the shift from offsets in it to offsets in the file (`None`
//! when the file was not UTF-8). Out: a [`Document`] whose paragraphs are exact
//! slices of the file (line breaks read as spaces), with `*italic*` ranges recorded
//! but the markers kept, so offsets stay exact; a paragraph that chrome was taken out
//! of mid-text (a Google Doc's comment anchor, `turned.[e] Outside`) has no offset.

use crate::model::{Document, Paragraph, ParagraphKind};

pub(crate) use super::chrome::is_note;
use super::chrome::{
    self, is_chat_plea, is_header_field, is_layout_line, is_stats_line, is_title_like,
    line_break_kind, Role,
};
use super::emphasis::italic_ranges;
use super::forum::ends_post_header;
use super::kindle;
use super::number_chapters;
use super::page;
use super::pdf;
use super::wayback;

/// A physical line of the input: its byte range (without the line break).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// The end of Wattpad's footer, which copy-paste glues to the last line.
const WATTPAD_FOOTER: &str = "Where stories live.";

/// Parses plain text with the default policy (notes skipped); `shift` is added to
/// every offset (bytes dropped before `text`).
pub fn parse_plain(text: &str, shift: usize) -> Document {
    parse_text(text, Some(shift), false)
}

/// Parses plain text; `notes` keeps authors' notes and disclaimers as narration. A
/// PDF's text has its pages' furniture taken out first (see the `pdf` module).
pub fn parse_text(text: &str, shift: Option<usize>, notes: bool) -> Document {
    // Kindle's citations go first, so no reader sees them between passages.
    let blanked = kindle::blank_citations(text);
    let text = blanked.as_deref().unwrap_or(text);
    // So is an archived page's banner: the page under it is read as its site served it.
    let unbannered = wayback::blank_banner(text);
    let text = unbannered.as_deref().unwrap_or(text);
    match pdf::unpage(text) {
        Some(pages) => parse_lines(&pages.text, None, notes, Some(&pages)),
        None => parse_lines(text, shift, notes, None),
    }
}

/// Parses plain text, with the pieces a PDF's pages name when it was one.
fn parse_lines(
    text: &str,
    shift: Option<usize>,
    notes: bool,
    pages: Option<&pdf::Pages>,
) -> Document {
    let mut document = split_paragraphs(text, shift);
    remove_wattpad_footer(&mut document);
    let texts: Vec<&str> = document
        .paragraphs
        .iter()
        .map(|paragraph| paragraph.text.as_str())
        .collect();
    let mut chrome = chrome::read(&texts);
    if let Some(pages) = pages {
        pdf::read_pieces(&texts, pages, &mut chrome);
    }
    let cuts = chrome
        .cuts
        .iter()
        .zip(&chrome.end_cuts)
        .zip(&chrome.removals);
    for (paragraph, ((&cut, &end_cut), removals)) in document.paragraphs.iter_mut().zip(cuts) {
        // The end first: the start's offset is the same either way.
        let end = paragraph.text.len().saturating_sub(end_cut);
        if end_cut > 0 && paragraph.text.is_char_boundary(end) {
            paragraph.text.truncate(end);
            let kept = paragraph.text.trim_end().len();
            paragraph.text.truncate(kept);
        }
        let mut dropped = 0;
        if cut > 0 && cut <= paragraph.text.len() {
            // The rest is still a slice of the file: move its offset with it.
            let kept = paragraph.text[cut..].trim_start().to_string();
            dropped = paragraph.text.len() - kept.len();
            paragraph.offset = paragraph.offset.map(|offset| offset + dropped);
            paragraph.text = kept;
        }
        remove_ranges(paragraph, removals, dropped);
    }
    let mut roles = chrome.roles.iter();
    document.paragraphs.retain_mut(|paragraph| {
        let role = roles.next().copied().unwrap_or(Role::Story);
        match role {
            Role::Heading => paragraph.kind = ParagraphKind::Heading,
            Role::Note => paragraph.kind = ParagraphKind::Note,
            Role::Story | Role::Chrome => {}
        }
        match role {
            Role::Story | Role::Heading => true,
            Role::Note => notes,
            Role::Chrome => false,
        }
    });
    classify(&mut document, chrome.untitled);
    // A page title names the work better than a chapter heading standing first.
    if let Some(title) = chrome.title {
        if document.title.as_deref().is_none_or(is_chapter_heading) {
            document.title = Some(title);
        }
    }
    if document.author.is_none() {
        document.author = chrome.author;
    }
    number_chapters(&mut document.paragraphs, |paragraph| {
        paragraph.kind == ParagraphKind::Heading && is_chapter_heading(&paragraph.text)
    });
    for paragraph in &mut document.paragraphs {
        if paragraph.kind == ParagraphKind::Body {
            paragraph.emphasis = italic_ranges(&paragraph.text);
        }
    }
    document
}

/// Takes chrome glued inside a paragraph out of its text (`removals`, byte ranges in
/// the text before `dropped` bytes were cut from its start). What is left is a slice of
/// the file only when all that went was at its end; otherwise the paragraph has no
/// offset, like a page's text.
fn remove_ranges(paragraph: &mut Paragraph, removals: &[(usize, usize)], dropped: usize) {
    let before = paragraph.text.clone();
    for &(start, end) in removals.iter().rev() {
        let (Some(start), Some(end)) = (start.checked_sub(dropped), end.checked_sub(dropped))
        else {
            continue;
        };
        let text = &paragraph.text;
        if start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
        {
            paragraph.text.replace_range(start..end, "");
        }
    }
    if paragraph.text.len() == before.len() {
        return;
    }
    let kept = paragraph.text.trim().len();
    let leading = paragraph.text.len() - paragraph.text.trim_start().len();
    if leading == 0 && before.starts_with(&paragraph.text[..kept]) {
        paragraph.text.truncate(kept);
    } else {
        paragraph.text = paragraph.text.trim().to_string();
        paragraph.offset = None;
    }
}

/// Cuts text into paragraphs (no classification): shared with Markdown.
pub(crate) fn split_paragraphs(text: &str, shift: Option<usize>) -> Document {
    let lines = split_lines(text);
    let blocks = blocks(text, &lines);
    let count = blocks.len();
    // Each line's kind, worked out once: the width and the pieces both need it.
    let kinds: Vec<Vec<Option<bool>>> = blocks
        .iter()
        .map(|block| {
            block
                .iter()
                .map(|line| line_break_kind(&text[line.start..line.end]))
                .collect()
        })
        .collect();
    let width = wrap_width(text, &blocks, &kinds);
    let pieces: Vec<Vec<Line>> = blocks
        .iter()
        .zip(&kinds)
        .enumerate()
        .flat_map(|(index, (block, kinds))| pieces(text, block, kinds, index == 0, width))
        .collect();
    let wrapped = is_hard_wrapped(text, pieces.iter().map(Vec::as_slice)) && {
        let lines: Vec<&str> = lines
            .iter()
            .map(|line| text[line.start..line.end].trim())
            .filter(|line| !line.is_empty())
            .collect();
        !chrome::is_unwrapped_page(&lines)
    };
    let mut paragraphs = Vec::new();
    for piece in &pieces {
        // An author's note of a few lines set apart by blank lines is one note, so it
        // is skipped (or read) whole, not just its `A/N:` line.
        let note = count >= 3 && piece.len() <= 8 && is_note(&text[piece[0].start..piece[0].end]);
        if wrapped || note {
            paragraphs.push(join(text, piece, shift));
        } else {
            paragraphs.extend(piece.iter().map(|line| join(text, &[*line], shift)));
        }
    }
    Document {
        paragraphs,
        ..Document::default()
    }
}

/// A block cut where its lines cannot be one wrapped paragraph: each line of a header
/// block (`Title` / `Chapter 3: The Kitchen` / `author`) on its own, a heading, a
/// separator, a label or a stats line on its own, and a new paragraph from each
/// header field or note (`wc: 2.5k`, `a/n: …`), so a header is never joined into
/// one paragraph with the quotes of its note. A header field goes on to the next line
/// only when that line's first word would not have fitted on it (`width`, see
/// [`wrap_width`]): a short field line is a line of its own, not the start of a
/// wrapped one. A forum post's header and an image's description end their paragraph,
/// and a plea in a chat voice under a finished sentence starts one.
fn pieces(
    text: &str,
    block: &[Line],
    kinds: &[Option<bool>],
    first: bool,
    width: usize,
) -> Vec<Vec<Line>> {
    let line_text = |line: &Line| &text[line.start..line.end];
    if first && is_title_and_byline(text, block)
        || is_header_block(text, block)
        || block.iter().any(|line| is_layout_line(line_text(line)))
    {
        return block.iter().map(|line| vec![*line]).collect();
    }
    let mut pieces: Vec<Vec<Line>> = Vec::new();
    let mut current: Vec<Line> = Vec::new();
    // Whether `current` started with a header field (`warnings: …`).
    let mut in_field = false;
    for (line, kind) in block.iter().zip(kinds) {
        let this = line_text(line);
        match *kind {
            Some(alone) => {
                if !current.is_empty() {
                    pieces.push(std::mem::take(&mut current));
                }
                if alone {
                    pieces.push(vec![*line]);
                } else {
                    current.push(*line);
                }
                in_field = !alone && is_header_field(this);
            }
            None => {
                let previous = current.last().map(line_text);
                let unwrapped_field =
                    in_field && previous.is_some_and(|previous| !wraps(previous, this, width));
                let plea = previous.is_some_and(ends_sentence) && is_chat_plea(this);
                if unwrapped_field || plea {
                    pieces.push(std::mem::take(&mut current));
                    in_field = false;
                }
                current.push(*line);
            }
        }
        // An image's description ends at its closing bracket: the story goes on in a
        // paragraph of its own.
        let image_closed = current.first().is_some_and(|first| {
            page::opens_image_description(line_text(first)) && page::closes_image_description(this)
        });
        if (ends_post_header(this) || image_closed) && !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
            in_field = false;
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

/// How many lines of prose tell the width a paste was wrapped at.
const WIDTH_SAMPLES: usize = 5;

/// The width a hard-wrapped paste was wrapped at (characters): the 90th percentile of
/// the lengths of ordinary lines that another ordinary line follows in their block
/// (header lines are no evidence: a header of short lines is no wrapped text); 0 when
/// there are too few to tell.
fn wrap_width(text: &str, blocks: &[Vec<Line>], kinds: &[Vec<Option<bool>>]) -> usize {
    let mut lengths: Vec<usize> = blocks
        .iter()
        .zip(kinds)
        .flat_map(|(block, kinds)| block.windows(2).zip(kinds.windows(2)))
        .filter(|(_, kinds)| kinds[0].is_none() && kinds[1].is_none())
        .map(|(pair, _)| text[pair[0].start..pair[0].end].trim_end().chars().count())
        .collect();
    if lengths.len() < WIDTH_SAMPLES {
        return 0;
    }
    lengths.sort_unstable();
    lengths[lengths.len() * 9 / 10]
}

/// Whether `next` continues `line` in text wrapped at `width`: its first word would
/// not have fitted on `line`. With no width known there is no wrapped prose to go on,
/// and no line continues.
fn wraps(line: &str, next: &str, width: usize) -> bool {
    let first_word = next.split_whitespace().next().unwrap_or_default();
    width > 0 && line.trim_end().chars().count() + 1 + first_word.chars().count() > width
}

/// The longest line of a header block (bytes).
const HEADER_LINE: usize = 60;

/// A block of two to six short lines none of which ends a sentence: a title with its
/// chapter and author, not prose wrapped at a width (whose last line ends a sentence).
fn is_header_block(text: &str, block: &[Line]) -> bool {
    (2..=6).contains(&block.len())
        && block.iter().all(|line| {
            let line = text[line.start..line.end].trim();
            line.len() <= HEADER_LINE && !ends_sentence(line) && !line.ends_with(['-', ','])
        })
}

pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'\n' => {
                lines.push(Line { start, end: index });
                start = index + 1;
            }
            b'\r' => {
                lines.push(Line { start, end: index });
                if bytes.get(index + 1) == Some(&b'\n') {
                    index += 1;
                }
                start = index + 1;
            }
            _ => {}
        }
        index += 1;
    }
    if start < bytes.len() {
        lines.push(Line {
            start,
            end: bytes.len(),
        });
    }
    lines
}

/// Runs of non-blank lines, separated by blank lines.
fn blocks(text: &str, lines: &[Line]) -> Vec<Vec<Line>> {
    let mut blocks: Vec<Vec<Line>> = Vec::new();
    let mut current = Vec::new();
    for line in lines {
        if text[line.start..line.end].trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(*line);
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

/// A first block of `Title` then `by Author`: two paragraphs even in wrapped text.
fn is_title_and_byline(text: &str, block: &[Line]) -> bool {
    block.len() == 2
        && text[block[1].start..block[1].end]
            .trim_start()
            .starts_with("by ")
}

/// Whether line breaks inside blocks are wrapping (not paragraph ends): in wrapped
/// prose most breaks fall mid-sentence, in one-paragraph-per-line text almost none do.
/// Header lines, headings and labels are pieces of their own and do not count.
fn is_hard_wrapped<'a>(text: &str, pieces: impl Iterator<Item = &'a [Line]>) -> bool {
    let mut inner = 0usize;
    let mut mid_sentence = 0usize;
    for piece in pieces {
        for line in &piece[..piece.len().saturating_sub(1)] {
            inner += 1;
            if !ends_sentence(&text[line.start..line.end]) {
                mid_sentence += 1;
            }
        }
    }
    inner > 0 && mid_sentence * 2 > inner
}

/// Whether a line ends where a sentence (or a quote, or a list lead-in) may end.
pub(crate) fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with([
        '.', '!', '?', '"', '\u{201D}', '\'', '\u{2019}', '…', ':', ')',
    ])
}

/// Builds a paragraph from consecutive lines: the exact bytes of the file from the
/// first line's first non-space to the last line's last non-space, with line breaks
/// (and carriage returns) turned into spaces, so offsets stay valid.
fn join(text: &str, lines: &[Line], shift: Option<usize>) -> Paragraph {
    let first = lines[0];
    let last = lines[lines.len() - 1];
    let raw = &text[first.start..last.end];
    let leading = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    let joined: String = trimmed
        .chars()
        .map(|character| {
            if character == '\n' || character == '\r' {
                ' '
            } else {
                character
            }
        })
        .collect();
    let offset = shift.map(|shift| first.start + leading + shift);
    Paragraph::new(ParagraphKind::Body, joined, offset)
}

/// Drops Wattpad's footer, and the book title glued before it, from the last paragraph.
fn remove_wattpad_footer(document: &mut Document) {
    let Some(last) = document.paragraphs.last_mut() else {
        return;
    };
    let Some(footer_at) = last.text.find(WATTPAD_FOOTER) else {
        return;
    };
    let before = &last.text[..footer_at];
    // The story's last sentence ends with punctuation glued straight to the book title.
    let story_end = before
        .char_indices()
        .filter(|&(index, character)| {
            matches!(
                character,
                '.' | '!' | '?' | '"' | '\u{201D}' | '\u{2019}' | '…'
            ) && before[index + character.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|next| next.is_alphanumeric())
        })
        .map(|(index, character)| index + character.len_utf8())
        .next_back();
    match story_end {
        Some(end) => {
            last.text.truncate(end);
            let trimmed = last.text.trim_end().len();
            last.text.truncate(trimmed);
        }
        None => {
            document.paragraphs.pop();
        }
    }
}

/// Marks headings and scene breaks, and drops the stats line under the title; the
/// first line is taken for the title unless the page said it has none (`untitled`).
fn classify(document: &mut Document, untitled: bool) {
    for paragraph in &mut document.paragraphs {
        if is_scene_break(&paragraph.text) {
            paragraph.kind = ParagraphKind::SceneBreak;
        } else if is_chapter_heading(&paragraph.text) {
            paragraph.kind = ParagraphKind::Heading;
        }
    }
    if let Some(first) = document.paragraphs.first_mut().filter(|_| !untitled) {
        if first.kind == ParagraphKind::Body && is_title_like(&first.text) {
            first.kind = ParagraphKind::Heading;
            document.title = Some(first.text.clone());
        }
    }
    // Wattpad's "reads votes comments" line sits right under the title.
    let stats = document
        .paragraphs
        .iter()
        .take(4)
        .position(|paragraph| is_stats_line(&paragraph.text));
    if let Some(index) = stats {
        document.paragraphs.remove(index);
    }
}

/// A line with no letters or digits (`* * *`, `~~~`, `---`, `§`), or an `oOo` /
/// `xXx` / `~o~o~o~` ornament.
pub(crate) fn is_scene_break(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() {
        return false;
    }
    if !text.chars().any(char::is_alphanumeric) {
        return true;
    }
    let compact: String = text
        .chars()
        .filter(|character| !character.is_whitespace())
        .collect();
    let ornament = compact.len() >= 3
        && compact.len() <= 15
        && (compact
            .chars()
            .all(|character| matches!(character, 'o' | 'O' | '0'))
            || compact
                .chars()
                .all(|character| matches!(character, 'x' | 'X')));
    let mixed_case =
        compact.chars().any(char::is_uppercase) && compact.chars().any(char::is_lowercase);
    // `~o~o~o~`, `-x-x-x-`: the letters are beads on a string of symbols.
    let letters: Vec<char> = compact
        .chars()
        .filter(|character| character.is_alphanumeric())
        .collect();
    let beads = letters.len() >= 3
        && compact.len() <= 24
        && letters.len() * 2 <= compact.chars().count() + 1
        && letters
            .iter()
            .all(|character| matches!(character, 'o' | 'O' | '0' | 'x' | 'X'));
    ornament && (mixed_case || compact.contains('0')) || beads || spaced_beads(text)
}

/// `~ o ~`, `* x *`, `o ~ o ~ o`: letters standing alone between symbols, each a word of
/// its own, where `~o~` alone may be a face.
fn spaced_beads(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let bead = |word: &&str| matches!(*word, "o" | "O" | "0" | "x" | "X");
    let symbols = |word: &&str| !word.chars().any(char::is_alphanumeric);
    words.len() >= 3
        && words.iter().all(|word| bead(word) || symbols(word))
        && words.iter().any(bead)
        && words.iter().any(symbols)
}

/// `Chapter 3`, `CHAPTER IV.`, `Chapter 2: The Ship`, `Chapter 6 ~ The Boathouse`
/// (Quotev), `Chapter 6 | The Party`, `Prologue`, `Epilogue`.
pub(crate) fn is_chapter_heading(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 80 {
        return false;
    }
    let lower = text.to_lowercase();
    if matches!(lower.trim_end_matches(['.', ':']), "prologue" | "epilogue") {
        return true;
    }
    let Some(rest) = lower.strip_prefix("chapter") else {
        return false;
    };
    let rest = rest.trim_start();
    if rest.len() == lower.len() - "chapter".len() {
        return false; // "chapters", "chapterhouse": no separator
    }
    let number: String = rest
        .chars()
        .take_while(|character| character.is_alphanumeric())
        .collect();
    let is_number = !number.is_empty()
        && (number.chars().all(|character| character.is_ascii_digit())
            || number
                .chars()
                .all(|character| "ivxlcdm".contains(character))
            || NUMBER_WORDS.contains(&number.as_str()));
    let after = rest[number.len()..].trim_start();
    is_number && (after.is_empty() || after.starts_with(['.', ':', '-', '–', '—', '~', '|']))
}

const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(document: &Document) -> Vec<(ParagraphKind, &str)> {
        document
            .paragraphs
            .iter()
            .map(|paragraph| (paragraph.kind, paragraph.text.as_str()))
            .collect()
    }

    #[test]
    fn one_paragraph_per_line() {
        let document = parse_plain("\"Hi,\" she said.\nHe nodded.\n\"Bye.\"\n", 0);
        assert_eq!(document.paragraphs.len(), 3);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined_with_offsets_kept() {
        let source = "It was a dark and stormy\nnight, and the rain fell\nin torrents.\n\nShe said nothing.\n";
        let document = parse_plain(source, 0);
        assert_eq!(document.paragraphs.len(), 2);
        let first = &document.paragraphs[0];
        assert_eq!(
            first.text,
            "It was a dark and stormy night, and the rain fell in torrents."
        );
        let offset = first.offset.unwrap();
        assert_eq!(&source[offset..offset + 6], "It was");
        let second = &document.paragraphs[1];
        let start = second.offset.unwrap();
        assert_eq!(&source[start..start + second.text.len()], second.text);
    }

    #[test]
    fn crlf_line_endings() {
        let document = parse_plain("Title Here\r\n\r\n\"Hello.\"\r\nShe left.\r\n", 0);
        assert_eq!(
            texts(&document),
            vec![
                (ParagraphKind::Heading, "Title Here"),
                (ParagraphKind::Body, "\"Hello.\""),
                (ParagraphKind::Body, "She left.")
            ]
        );
    }

    #[test]
    fn scene_breaks() {
        for text in [
            "* * *",
            "***",
            "~~~",
            "---",
            "oOo",
            "OoO",
            "§",
            "   ~*~   ",
            "xXx",
            "~o~o~o~",
            "~0~0~0~",
            "-x-x-x-",
            "⛄",
        ] {
            assert!(is_scene_break(text), "{text}");
        }
        for text in [
            "ooo", "Oh.", "x", "No", "o.o", "XOXO", "~o~", "o x o", "O - Oh",
        ] {
            assert!(!is_scene_break(text), "{text}");
        }
    }

    #[test]
    fn chapter_headings() {
        for text in [
            "Chapter 1",
            "CHAPTER IV.",
            "Chapter 2: The Ship",
            "Chapter Twelve",
            "Prologue",
        ] {
            assert!(is_chapter_heading(text), "{text}");
        }
        for text in ["Chapters of life", "Chapter and verse were quoted at him."] {
            assert!(!is_chapter_heading(text), "{text}");
        }
    }

    #[test]
    fn wattpad_stats_and_footer_are_dropped() {
        let source = "My Story\n\n3.9K 59 4\n\nSynopsis: things happen.\n\n\"Hi.\"\nThe end.Some Book oneshotsWhere stories live. Discover now";
        let document = parse_plain(source, 0);
        assert_eq!(
            texts(&document),
            vec![
                (ParagraphKind::Heading, "My Story"),
                (ParagraphKind::Body, "Synopsis: things happen."),
                (ParagraphKind::Body, "\"Hi.\""),
                (ParagraphKind::Body, "The end."),
            ]
        );
    }

    #[test]
    fn notes_and_disclaimers() {
        let cases: &[(&str, &[&str])] = &[
            ("A/N: hi!\n\"Hello.\"\n", &["\"Hello.\""]),
            ("Disclaimer: not mine.\n\nStory.\n", &["Story."]),
            ("(A/N: short one)\nStory.\n", &["Story."]),
            ("**Author's Note:** thanks!\nStory.\n", &["Story."]),
            (
                "Story.\n\nA/N: Sorry for the wait!\nThanks for reading.\nReview please!\n\nMore story.\n",
                &["Story.", "More story."],
            ),
            ("An old man spoke.\nANother line.\n", &["An old man spoke.", "ANother line."]),
            (
                "Author's notes covered the desk.\nDisclaimers were useless.\n",
                &["Author's notes covered the desk.", "Disclaimers were useless."],
            ),
            ("A/N thanks all\n\nDisclaimer\n\nStory.\n", &["Story."]),
        ];
        for (source, expected) in cases {
            let document = parse_text(source, Some(0), false);
            let texts: Vec<&str> = document
                .paragraphs
                .iter()
                .map(|paragraph| paragraph.text.as_str())
                .collect();
            assert_eq!(texts, *expected, "{source}");
            let all = parse_text(source, Some(0), true);
            let has_note = source.contains("A/N") || source.contains(":");
            assert_eq!(
                all.paragraphs.len() > document.paragraphs.len(),
                has_note,
                "{source}"
            );
        }
    }

    /// The bug: FanFiction.net's scene separator `~ o ~` (with spaces) was read aloud;
    /// it is a pause. `~o~` alone may be a face, and stays text.
    #[test]
    fn spaced_separator_is_a_scene_break() {
        for text in ["~ o ~", "* x *", "o ~ o ~ o", "- O -"] {
            assert!(is_scene_break(text), "{text}");
        }
        let document = parse_plain("The fog came in.\n\n~ o ~\n\nBy morning it was gone.\n", 0);
        let kinds: Vec<ParagraphKind> = document.paragraphs.iter().map(|p| p.kind).collect();
        use ParagraphKind::{Body, SceneBreak};
        assert_eq!(kinds, [Body, SceneBreak, Body]);
    }

    #[test]
    fn requests_warnings_and_pleas_around_the_story_are_dropped() {
        let cases: &[(&str, &[&str])] = &[
            (
                "requested by anon: \"can u write kai?\" yes!!\n\nwarnings: swearing\nwc: 1k\n\n\"Hi,\" you said.\n",
                &["\"Hi,\" you said."],
            ),
            (
                "\"Hi.\"\nThe end.\n\nplease vote and comment \"more\" if you want a part 2!\n",
                &["\"Hi.\"", "The end."],
            ),
            (
                "\"Hi.\"\n\nthank u for reading!! reblogs are appreciated\n",
                &["\"Hi.\""],
            ),
            // In the story, such words are story.
            (
                "\"Please,\" she said. \"No comment.\"\nWarning: the road ends.\n",
                &[
                    "\"Please,\" she said. \"No comment.\"",
                    "Warning: the road ends.",
                ],
            ),
        ];
        for (source, expected) in cases {
            assert_eq!(texts_of(source, false), *expected, "{source}");
        }
        // Read with the notes, they stay.
        let all = parse_text(cases[1].0, Some(0), true);
        assert_eq!(all.paragraphs.len(), 3);
        // A whole page pasted as one paragraph is no sign-off, whatever words it has.
        let page = format!(
            "{}please leave kudos and comments",
            "Story text. ".repeat(60)
        );
        assert_eq!(parse_text(&page, Some(0), false).paragraphs.len(), 1);
    }

    fn texts_of(source: &str, notes: bool) -> Vec<String> {
        parse_text(source, Some(0), notes)
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.text.clone())
            .collect()
    }

    #[test]
    fn notes_labelled_on_their_own_line_are_dropped() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Notes\n\nFor the prompt \"stuck in a lift\".\n\nChapter Text\n\n\"Hi.\"\n",
                &["\"Hi.\""],
            ),
            (
                "Notes:\n\nthanks all!\n\n\"Hi.\"\n\nMore story.\n",
                &["\"Hi.\"", "More story."],
            ),
            (
                "\"Hi.\"\n\nEnd Notes\n\nI said \"more\" in the tags.\n\nBye.\n",
                &["\"Hi.\""],
            ),
            (
                "\"Hi.\"\n\nReview responses:\n\nGuest: \"why is he like this\" - same.\n",
                &["\"Hi.\""],
            ),
            // End notes end at the next chapter.
            (
                "Chapter 1\n\n\"Hi,\" said Ann.\n\nChapter End Notes\n\nThanks!\n\nChapter 2\n\n\"Hello,\" said Bob.\n",
                &["Chapter 1", "\"Hi,\" said Ann.", "Chapter 2", "\"Hello,\" said Bob."],
            ),
            // In a sentence, or in the middle of the story, the word is story.
            (
                "Her notes were on the desk.\n\"Hi.\"\n",
                &["Her notes were on the desk.", "\"Hi.\""],
            ),
            (
                "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nNine.\n\nTen.\n\nEleven.\n\nTwelve.\n\nBob opened the book. The first page said:\n\nNotes\n\n\"What notes?\" Bob asked.\n",
                &[
                    "One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight.",
                    "Nine.", "Ten.", "Eleven.", "Twelve.",
                    "Bob opened the book. The first page said:", "Notes",
                    "\"What notes?\" Bob asked.",
                ],
            ),
        ];
        for (source, expected) in cases {
            assert_eq!(texts_of(source, false), *expected, "{source}");
            // Read with the notes, every paragraph stays.
            let all = texts_of(source, true);
            assert_eq!(
                all.len(),
                source.split("\n\n").count().max(expected.len()),
                "{source}"
            );
        }
    }

    /// The bug: AO3's `Summary` label alone on its line was read before the summary;
    /// with `--notes` it is still not read (it is the page's, not the author's).
    #[test]
    fn summary_label_alone_is_not_read_but_its_summary_is() {
        let source = "Summary\n\nA story.\n\nNotes\n\nFor Sam.\n\nWork Text:\n\n\"Hi.\"\n";
        assert_eq!(texts_of(source, false), ["A story.", "\"Hi.\""]);
        assert_eq!(
            texts_of(source, true),
            ["A story.", "Notes", "For Sam.", "Work Text:", "\"Hi.\""]
        );
    }

    /// The bug: in a hard-wrapped paste a short header line (`warnings: …`) was joined
    /// with the header line under it, and a user name's byline with the title above
    /// it; a plea in a chat voice under the last sentence was joined into the story.
    #[test]
    fn header_lines_and_a_glued_plea_are_not_joined_in_wrapped_text() {
        let prose =
            "The gym smells of floor polish and somebody's forgotten orange, and the nets\n\
                     are already up when you get there, which means Hana got there first, and she\n\
                     is taping her fingers with the focus of a surgeon, and she does not look\n\
                     round when the door bangs.";
        let source = format!(
            "long serve!!\nby net_cord_nina\nwc: 1.2k\n\
             warnings: swearing, a sprained ankle, one stolen water bottle\n\
             enjoy!! \u{1F3D0}\n\n{prose}\n\n{prose}\n\
             pls vote if u liked it, it helps me sooo much \u{2B50}\n"
        );
        let paragraphs = split_paragraphs(&source, Some(0)).paragraphs;
        let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts[..5],
            [
                "long serve!!",
                "by net_cord_nina",
                "wc: 1.2k",
                "warnings: swearing, a sprained ankle, one stolen water bottle",
                "enjoy!! \u{1F3D0}"
            ]
        );
        assert_eq!(texts.len(), 8, "{texts:#?}");
        assert!(texts[6].starts_with("The gym smells") && texts[6].ends_with("bangs."));
        // Read, only the story is left.
        let document = parse_text(&source, Some(0), false);
        let kept: Vec<&str> = document
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(kept.len(), 3, "{kept:#?}");
        assert_eq!(kept[0], "long serve!!");
        assert_eq!(document.author.as_deref(), Some("net_cord_nina"));
        // A field that really wraps goes on to its next line.
        let wrapped = format!(
            "summary: the nets are up before you get there, and Hana is already taping\n\
             her fingers\n\n{prose}\n\n{prose}\n"
        );
        let first = &split_paragraphs(&wrapped, Some(0)).paragraphs[0];
        assert!(first.text.ends_with("her fingers"), "{}", first.text);
    }

    /// The bug: a page copied with its comments' headers or its tag block one a line,
    /// no blank line between, was taken for hard-wrapped prose: the lines were joined
    /// into one paragraph with the story's first line.
    #[test]
    fn a_block_of_page_lines_is_cut_line_by_line() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Reply Share Report Save\nlevel 2\ntinfoil_sonnets\n160 points · 9 hours ago\n(2/2)\n\n\"Not the attic,\" I said.\n",
                &[
                    "Reply Share Report Save",
                    "level 2",
                    "tinfoil_sonnets",
                    "160 points · 9 hours ago",
                    "(2/2)",
                    "\"Not the attic,\" I said.",
                ],
            ),
            (
                "Characters:\n    Agnes Thorpe\n    Wilf Pargeter\nLanguage:\n    English\n",
                &["Characters:", "Agnes Thorpe", "Wilf Pargeter", "Language:", "English"],
            ),
        ];
        for (source, expected) in cases {
            let paragraphs = split_paragraphs(source, Some(0)).paragraphs;
            let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(texts, *expected, "{source}");
        }
    }

    /// The bug: in a paste taken for hard-wrapped text, page lines that no rule cut
    /// were joined: a Dreamwidth byline with `Entry tags:`, `Title:` with `For:`, the
    /// site's name and breadcrumb with the title, a forum post's footer lines, and an
    /// image's description with the story under it.
    #[test]
    fn page_lines_are_not_joined_in_wrapped_text() {
        let prose = "The bridge had not swung since the spring, and Dora\n\
                     had been told so by three separate people before\n\
                     breakfast, which she felt was two too many.";
        let cases: &[(&str, &[&str])] = &[
            (
                "pipwort_hen ([personal profile] pipwort_hen) wrote in [community profile] bramble_swap2024-02-11 09:40 pm\nEntry tags:\nfandom: the orchard keepers",
                &[
                    "pipwort_hen ([personal profile] pipwort_hen) wrote in [community profile] bramble_swap2024-02-11 09:40 pm",
                    "Entry tags:",
                    "fandom: the orchard keepers",
                ],
            ),
            (
                "Title: The Grafting Knife\nFor: ferncopse\nFandom: The Orchard Keepers",
                &["Title: The Grafting Knife", "For: ferncopse", "Fandom: The Orchard Keepers"],
            ),
            (
                "Title: The Grafting Knife\nA gift for ferncopse",
                &["Title: The Grafting Knife", "A gift for ferncopse"],
            ),
            (
                "FanFiction\nBooks » Harbour Lights\nThe Ferry Strike\nBy: tern_and_tide",
                &["FanFiction", "Books » Harbour Lights", "The Ferry Strike", "By: tern_and_tide"],
            ),
            (
                "Last edited: Jan 14, 2024\nReactions: Lockmaster, Gull Oarsman, tideglass, Brass Tack and 12 others\nLike x 10 Funny x 7\nReply\nReport",
                &[
                    "Last edited: Jan 14, 2024",
                    "Reactions: Lockmaster, Gull Oarsman, tideglass, Brass Tack and 12 others",
                    "Like x 10 Funny x 7",
                    "Reply Report",
                ],
            ),
            (
                "[Image: an ink drawing of a green narrowboat moored\nunder willows, a cat asleep on its roof.]\nThe bridge had not swung since the spring.",
                &[
                    "[Image: an ink drawing of a green narrowboat moored under willows, a cat asleep on its roof.]",
                    "The bridge had not swung since the spring.",
                ],
            ),
        ];
        for (block, expected) in cases {
            let source = format!("{prose}\n\n{block}\n\n{prose}\n");
            let paragraphs = split_paragraphs(&source, Some(0)).paragraphs;
            let texts: Vec<&str> = paragraphs.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(texts.len(), expected.len() + 2, "{texts:#?}");
            assert_eq!(texts[1..=expected.len()], **expected, "{block}");
        }
    }

    /// Notes read with `--notes` are notes to the later stages: narration, not dialogue.
    #[test]
    fn notes_read_aloud_are_notes() {
        let source = "A/N: for the anon who asked for \"a storm\"!!\n\n\"Hi,\" she said.\n";
        let kinds: Vec<ParagraphKind> = parse_text(source, Some(0), true)
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.kind)
            .collect();
        assert_eq!(kinds, [ParagraphKind::Note, ParagraphKind::Body]);
    }

    /// A button cut from the start of a title leaves a slice of the file.
    #[test]
    fn follow_fav_title_keeps_its_offset() {
        let source =
            "Follow/Fav What the Reeds Keep\n\nBy: reed-warbler\n\nThe lights came back.\n";
        let document = parse_plain(source, 0);
        let first = &document.paragraphs[0];
        assert_eq!(first.kind, ParagraphKind::Heading);
        assert_eq!(first.text, "What the Reeds Keep");
        let offset = first.offset.unwrap();
        assert_eq!(&source[offset..offset + first.text.len()], first.text);
        assert_eq!(document.title.as_deref(), Some("What the Reeds Keep"));
        assert_eq!(document.author.as_deref(), Some("reed-warbler"));
    }

    #[test]
    fn wattpad_footer_on_its_own_line_is_dropped() {
        let document = parse_plain(
            "Title\n\nThe end.\n\nBook Title oneshotsWhere stories live. Discover now",
            0,
        );
        assert_eq!(document.paragraphs.last().unwrap().text, "The end.");
    }
}
