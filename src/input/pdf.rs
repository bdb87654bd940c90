//! A PDF pasted as `pdftotext` gives it: hard-wrapped lines cut into pages by form
//! feeds, each page with its page number on a line of its own and a running head
//! (`THE COUNT · MARGUERITE HOLT`, the zine's name on the facing page); words
//! hyphenated at line ends; a fanzine's cover and contents page before the piece; a
//! pull quote (a line of the story, quoted again in large type) set on a page.
//!
//! In: decoded text. Out, when the text shows itself a PDF's (form feeds, and page
//! numbers or a running head repeated at their page breaks): the text with the pages'
//! furniture gone, a paragraph (or a quote) that a page break cut joined again, line-end
//! hyphenation undone, pull quotes (at a page's top, cutting a sentence) and the pages
//! up to a contents page dropped; and the
//! pieces that the contents list and running heads name (their titles are headings,
//! their authors' lines are not read). Nothing is a slice of the file any more, so the
//! paragraphs have no offsets.
//!
//! Hyphenation: a hyphen at a line end before a lower-case word is a line break only,
//! unless both halves are number words (`ninety-` / `seven`), the half before it holds
//! a hyphen already (`mother-in-` / `law`), or the text has the hyphenated word on one
//! line elsewhere. Anything else is joined (`ele-` / `ction`, `some-` / `body`), so a
//! rare compound wrapped at its hyphen and written nowhere else loses the hyphen.

use std::collections::HashSet;

use super::chrome::{normalized, starts_with_quote, Chrome, Role};
use super::plain::ends_sentence;

/// A piece of the PDF: a title, and the author the contents or running head give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    pub title: String,
    pub author: Option<String>,
}

/// A PDF paste with its page furniture taken out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pages {
    /// The text, pages joined again.
    pub text: String,
    /// The pieces the contents page and the running heads name.
    pub pieces: Vec<Piece>,
    /// The piece whose running head is on the pages: the work.
    pub work: Option<Piece>,
}

/// The longest running head (characters).
const HEAD_LENGTH: usize = 80;

/// How many pages may stand before (and include) a contents page to be the front.
const FRONT_PAGES: usize = 3;

/// How many lines a pull quote may take.
const PULL_QUOTE_LINES: usize = 3;

/// The longest pull quote (characters).
const PULL_QUOTE_LENGTH: usize = 200;

/// The fewest words a pull quote set apart (not cutting a sentence) must have.
const PULL_QUOTE_WORDS: usize = 4;

/// A page of the paste: its lines, and whether a blank line stood between its text and
/// the furniture taken from its top and bottom.
#[derive(Debug, Default)]
struct Page {
    lines: Vec<String>,
    gap_top: bool,
    gap_bottom: bool,
    /// Whether a page number or a running head was taken from it.
    furnished: bool,
}

/// `27`, `- 27 -`, `Page 27`, `xii`: a page number alone on its line.
fn is_page_number(line: &str) -> bool {
    let line = line.trim().trim_matches(['-', '–', '—', ' ']);
    let line = line
        .strip_prefix("Page ")
        .or_else(|| line.strip_prefix("page "))
        .unwrap_or(line);
    let digits = !line.is_empty() && line.len() <= 4 && line.chars().all(|c| c.is_ascii_digit());
    let roman = !line.is_empty() && line.len() <= 6 && line.chars().all(|c| "ivxlc".contains(c));
    digits || roman
}

/// The key a running head is compared by.
fn head_key(line: &str) -> String {
    normalized(line)
}

/// A contents entry: `Polling Card · rookwing ……… 5`, `Foreword . . . . 3`; its title and
/// author.
fn contents_entry(line: &str) -> Option<Piece> {
    let line = line.trim();
    let number_at = line.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if number_at == line.len() {
        return None;
    }
    let before = &line[..number_at];
    let name = before.trim_end_matches(['.', '…', ' ', '·', '_']);
    let leaders = &before[name.len()..];
    let leader_marks = leaders
        .chars()
        .filter(|c| matches!(c, '.' | '…' | '_'))
        .count();
    if name.is_empty() || leader_marks < 3 {
        return None;
    }
    Some(split_head(name))
}

/// `THE COUNT · MARGUERITE HOLT`: a title and its author, or a title alone.
fn split_head(text: &str) -> Piece {
    for separator in [" · ", " | ", " — ", " – ", " / "] {
        if let Some((title, author)) = text.split_once(separator) {
            return Piece {
                title: title.trim().to_string(),
                author: Some(author.trim().to_string()).filter(|author| !author.is_empty()),
            };
        }
    }
    Piece {
        title: text.trim().to_string(),
        author: None,
    }
}

/// Index of the first non-blank line of `lines`.
fn first_text(lines: &[String]) -> Option<usize> {
    lines.iter().position(|line| !line.trim().is_empty())
}

/// Index of the last non-blank line of `lines`.
fn last_text(lines: &[String]) -> Option<usize> {
    lines.iter().rposition(|line| !line.trim().is_empty())
}

/// Reads a paste as a PDF's pages; `None` when it shows no pages (no form feeds, or no
/// page number nor running head at its page breaks).
pub(crate) fn unpage(text: &str) -> Option<Pages> {
    if text.matches('\u{000C}').count() < 2 {
        return None;
    }
    let raw_pages: Vec<Vec<String>> = text
        .split('\u{000C}')
        .map(|page| {
            page.lines()
                .map(|line| line.trim_end().to_string())
                .collect()
        })
        .collect();
    // A running head is a page's first line, the same on several pages.
    let mut tops: Vec<String> = raw_pages
        .iter()
        .filter_map(|lines| {
            let lines: Vec<&String> = lines
                .iter()
                .filter(|line| !line.trim().is_empty() && !is_page_number(line))
                .collect();
            lines.first().map(|line| line.trim().to_string())
        })
        .filter(|line| line.chars().count() <= HEAD_LENGTH)
        .collect();
    tops.sort();
    // On a quarter of the pages at least (two at least), and never a story's line (a
    // quote, a sentence), which two pages may open with too.
    let least = (raw_pages.len() / 4).max(2);
    let mut heads: Vec<String> = Vec::new();
    for run in tops.chunk_by(|first, second| first == second) {
        let line = &run[0];
        let story_like = starts_with_quote(line) || ends_sentence(line);
        if run.len() >= least && !story_like {
            heads.push(line.clone());
        }
    }
    let head_keys: Vec<String> = heads.iter().map(|head| head_key(head)).collect();
    let is_head = |line: &str| head_keys.contains(&head_key(line));
    let mut pages: Vec<Page> = raw_pages
        .into_iter()
        .map(|lines| strip_furniture(lines, &is_head))
        .collect();
    let furnished = pages.iter().filter(|page| page.furnished).count();
    if furnished < 2 {
        return None;
    }
    // The front: a contents page near the top, and the cover before it.
    let mut pieces = Vec::new();
    let contents = pages.iter().take(FRONT_PAGES).position(|page| {
        page.lines
            .iter()
            .filter(|line| contents_entry(line).is_some())
            .count()
            >= 3
    });
    if let Some(contents) = contents {
        pieces.extend(
            pages[contents]
                .lines
                .iter()
                .filter_map(|line| contents_entry(line)),
        );
        pages.drain(..=contents);
    }
    let work = heads
        .iter()
        .map(|head| split_head(head))
        .find(|piece| piece.author.is_some());
    // The contents list writes the work's title and author as the piece does, where a
    // running head may shout them.
    let listed = work.as_ref().and_then(|work| {
        pieces
            .iter()
            .find(|piece| normalized(&piece.title) == normalized(&work.title))
            .cloned()
    });
    let work = match (listed, work) {
        (Some(listed), _) => Some(listed),
        (None, Some(work)) => {
            pieces.push(work.clone());
            Some(work)
        }
        (None, None) => None,
    };
    drop_pull_quotes(&mut pages);
    let lines = join_pages(&pages);
    let lines = dehyphenate(lines);
    let mut text = lines.join("\n");
    text.push('\n');
    Some(Pages { text, pieces, work })
}

/// Takes a page's number and running head from its top and bottom.
fn strip_furniture(mut lines: Vec<String>, is_head: &dyn Fn(&str) -> bool) -> Page {
    let mut page = Page::default();
    // Top: a page number and a running head, in either order.
    for _ in 0..2 {
        let Some(first) = first_text(&lines) else {
            break;
        };
        if is_page_number(&lines[first]) || is_head(&lines[first]) {
            lines.drain(..=first);
            page.furnished = true;
            page.gap_top = lines.first().is_some_and(|line| line.trim().is_empty());
        }
    }
    for _ in 0..2 {
        let Some(last) = last_text(&lines) else {
            break;
        };
        if is_page_number(&lines[last]) || is_head(&lines[last]) {
            lines.truncate(last);
            page.furnished = true;
            page.gap_bottom = lines.last().is_some_and(|line| line.trim().is_empty());
        }
    }
    let end = last_text(&lines).map_or(0, |last| last + 1);
    lines.truncate(end);
    let start = first_text(&lines).unwrap_or(lines.len());
    lines.drain(..start);
    page.lines = lines;
    page
}

/// The letters and digits of a text, lower-case, a space between words: hyphens at
/// line ends gone, so a line of the story is found however it was wrapped.
fn words_of(text: &str) -> String {
    let joined = text.replace("-\n", "");
    let mut words = String::new();
    for word in joined
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(&word.to_lowercase());
    }
    words
}

/// Drops pull quotes: a quoted line (up to three) of four words at least, that the
/// story says elsewhere too, set at a page's top where it cuts a sentence in two (the
/// text before it ends on a word, the text after it goes on in lower case). One set
/// between two paragraphs, or in the middle of a page, is left: a story's line there
/// looks the same, and dropping one would lose the story's words.
fn drop_pull_quotes(pages: &mut [Page]) {
    // Every line's words once: the quote is said there, and must be said again.
    let all_words = words_of(
        &pages
            .iter()
            .flat_map(|page| page.lines.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    for page_index in 0..pages.len() {
        let lines = &pages[page_index].lines;
        let Some(end) = lines.first().and_then(|_| pull_quote_end(lines, 0)) else {
            continue;
        };
        let quote_words = words_of(&lines[..end].join("\n"));
        let before = previous_text(pages, page_index, 0);
        let after = lines[end..].iter().find(|line| !line.trim().is_empty());
        let cuts_sentence = before
            .is_some_and(|before| before.trim_end().ends_with(char::is_alphanumeric))
            && after.is_some_and(|after| after.trim_start().starts_with(char::is_lowercase));
        let long = quote_words.split(' ').count() >= PULL_QUOTE_WORDS;
        if cuts_sentence && long && all_words.matches(quote_words.as_str()).count() >= 2 {
            let page = &mut pages[page_index];
            page.lines.drain(..end);
            // A blank line left where it stood would end the paragraph it cut.
            let blanks = page
                .lines
                .iter()
                .take_while(|line| line.trim().is_empty())
                .count();
            page.lines.drain(..blanks);
            page.gap_top = false;
        }
    }
}

/// Where a pull quote starting at `start` ends (exclusive): lines from one opening with
/// a quote mark to one closing with one, all short.
fn pull_quote_end(lines: &[String], start: usize) -> Option<usize> {
    let first = lines[start].trim();
    if !starts_with_quote(first) {
        return None;
    }
    let mut length = 0;
    for (offset, line) in lines[start..].iter().take(PULL_QUOTE_LINES).enumerate() {
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        length += line.chars().count();
        if length > PULL_QUOTE_LENGTH {
            return None;
        }
        let closes = line.ends_with(['"', '\u{201D}', '\u{2019}', '\'']);
        if closes && (offset > 0 || line.chars().count() > 1) {
            return Some(start + offset + 1);
        }
    }
    None
}

/// The last text line before line `index` of page `page`, earlier pages included.
fn previous_text(pages: &[Page], page: usize, index: usize) -> Option<&str> {
    let here = pages[page].lines[..index]
        .iter()
        .rev()
        .find(|line| !line.trim().is_empty());
    if index > 0 {
        return here.map(String::as_str);
    }
    pages[..page]
        .iter()
        .rev()
        .find_map(|page| page.lines.iter().rev().find(|line| !line.trim().is_empty()))
        .map(String::as_str)
}

/// The pages' lines in one run: a page break is a paragraph break where a blank line
/// stood at it (when blank lines do not stand at every break, so they say something),
/// or else where a sentence ends at the break and the next page does not go on in
/// lower case.
fn join_pages(pages: &[Page]) -> Vec<String> {
    let breaks: Vec<bool> = pages
        .windows(2)
        .map(|pair| pair[0].gap_bottom || pair[1].gap_top)
        .collect();
    let gaps_say = breaks.iter().any(|gap| !gap);
    let mut lines: Vec<String> = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        if page.lines.is_empty() {
            continue;
        }
        if let Some(previous) = lines.last() {
            let next = page.lines[0].trim_start();
            let paragraph = if gaps_say && index > 0 {
                breaks[index - 1]
            } else {
                ends_sentence(previous) && !next.starts_with(char::is_lowercase)
            };
            if paragraph && !previous.trim().is_empty() {
                lines.push(String::new());
            }
        }
        lines.extend(page.lines.iter().cloned());
    }
    lines
}

/// Number words that make compounds written with a hyphen (`ninety-seven`).
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "first",
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];

/// Undoes hyphenation at line ends: the next line's first word moves up to the line
/// the hyphen ends, with the hyphen when it is part of the word (see the module doc).
fn dehyphenate(mut lines: Vec<String>) -> Vec<String> {
    // The words the text writes with a hyphen inside a line.
    let written: HashSet<String> = lines
        .iter()
        .flat_map(|line| line.split_whitespace())
        .filter(|word| word.contains('-'))
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let mut index = 0;
    while index + 1 < lines.len() {
        let line = lines[index].trim_end();
        let next = lines[index + 1].trim_start();
        let Some(head) = line.strip_suffix('-') else {
            index += 1;
            continue;
        };
        let left: String = head
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default()
            .to_string();
        let letter_before = left.chars().last().is_some_and(char::is_alphabetic);
        if !letter_before || !next.starts_with(char::is_lowercase) {
            index += 1;
            continue;
        }
        let word_end = next.find(char::is_whitespace).unwrap_or(next.len());
        let right = &next[..word_end];
        let right_letters: String = right.chars().take_while(|c| c.is_alphabetic()).collect();
        let left_letters: String = left
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let numbers = NUMBER_WORDS.contains(&left_letters.to_lowercase().as_str())
            && NUMBER_WORDS.contains(&right_letters.to_lowercase().as_str());
        let compound = left
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .contains('-');
        let hyphenated = format!("{}-{}", left_letters, right_letters).to_lowercase();
        let keep = numbers || compound || written.contains(&hyphenated);
        let mut joined = if keep {
            line.to_string()
        } else {
            head.to_string()
        };
        joined.push_str(right);
        let rest = next[word_end..].trim_start().to_string();
        lines[index] = joined;
        if rest.is_empty() {
            lines.remove(index + 1);
        } else {
            lines[index + 1] = rest;
            index += 1;
        }
    }
    lines
}

/// The line a piece's author is named by: `Marguerite Holt`, `by Marguerite Holt`.
fn names_author(text: &str, author: &str) -> bool {
    let key = normalized(text);
    let author = normalized(author);
    key == author || key.strip_prefix("by ") == Some(author.as_str())
}

/// `illustration by tallyho`, `art by …`: an art credit under a piece's title.
fn is_art_credit(text: &str) -> bool {
    let key = normalized(text);
    text.len() <= 120
        && [
            "illustration by ",
            "illustrated by ",
            "art by ",
            "cover art by ",
        ]
        .iter()
        .any(|start| key.starts_with(start))
}

/// `Gideon/Wenna · General · 3,700 words`: a fic header's line, with a word count.
fn has_word_count(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    text.contains('·')
        && words.windows(2).any(|pair| {
            pair[1].trim_end_matches(['.', ',']) == "words"
                && pair[0].starts_with(|c: char| c.is_ascii_digit())
                && pair[0]
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k'))
        })
}

/// `for my brother, who …`: a dedication.
fn is_dedication(text: &str) -> bool {
    let key = normalized(text);
    text.len() <= 160
        && ["for ", "to ", "dedicated to "]
            .iter()
            .any(|start| key.starts_with(start))
}

/// How many paragraphs under a piece's title may be its header and dedication.
const HEADER_REACH: usize = 2;

/// How many paragraphs at a piece's end may be its author's bio.
const BIO_REACH: usize = 2;

/// Marks a PDF's pieces in its paragraphs: a piece's title is a heading and the line
/// naming its author under it is not read, nor an art credit; at the work's end (before
/// the next piece's title, or the end), a paragraph that opens with its author's name
/// is the author's bio, a note.
pub(crate) fn read_pieces(texts: &[&str], pages: &Pages, chrome: &mut Chrome) {
    let title_of = |text: &str| {
        let key = normalized(text);
        pages
            .pieces
            .iter()
            .find(|piece| normalized(&piece.title) == key)
    };
    let mut work_end = texts.len();
    let mut in_work = false;
    for (index, text) in texts.iter().enumerate() {
        if let Some(piece) = title_of(text) {
            chrome.roles[index] = Role::Heading;
            let is_work = pages
                .work
                .as_ref()
                .is_some_and(|work| normalized(&work.title) == normalized(&piece.title));
            if in_work && !is_work {
                work_end = work_end.min(index);
            }
            if is_work {
                // The title as the piece's page sets it, not as its running head does.
                chrome.title.get_or_insert_with(|| text.trim().to_string());
            }
            in_work |= is_work;
            let author = texts.get(index + 1).zip(piece.author.as_deref());
            if author.is_some_and(|(next, author)| names_author(next, author)) {
                chrome.roles[index + 1] = Role::Chrome;
            }
            for next in index + 1..texts.len() {
                if is_art_credit(texts[next]) {
                    chrome.roles[next] = Role::Chrome;
                }
                if chrome.roles[next] != Role::Chrome {
                    header_notes(texts, next, &mut chrome.roles);
                    break;
                }
            }
        } else if is_art_credit(text) {
            chrome.roles[index] = Role::Chrome;
        }
    }
    // A piece whose title ends the paste, with no text of its own under it (the next
    // piece's first page, cut), is nothing to read.
    let last_title = (0..texts.len())
        .rev()
        .find(|&index| chrome.roles[index] == Role::Heading && title_of(texts[index]).is_some());
    if let Some(last_title) = last_title.filter(|&index| index >= work_end) {
        let empty = chrome.roles[last_title + 1..]
            .iter()
            .all(|role| *role == Role::Chrome);
        if empty {
            chrome.roles[last_title] = Role::Chrome;
        }
    }
    if let Some(work) = &pages.work {
        chrome.title.get_or_insert_with(|| work.title.clone());
        if let Some(author) = &work.author {
            chrome.author.get_or_insert_with(|| author.clone());
            let author_key = normalized(author);
            let start = work_end.saturating_sub(BIO_REACH);
            for (index, text) in texts.iter().enumerate().take(work_end).skip(start) {
                let key = normalized(text);
                let bio = key.len() > author_key.len()
                    && key.starts_with(&author_key)
                    && key[author_key.len()..].starts_with(' ');
                if bio && chrome.roles[index] == Role::Story {
                    chrome.roles[index..work_end]
                        .iter_mut()
                        .filter(|role| **role == Role::Story)
                        .for_each(|role| *role = Role::Note);
                    break;
                }
            }
        }
    }
}

/// Under a piece's title (from `from`), its header line with the word count and its
/// dedication are the author's: notes.
fn header_notes(texts: &[&str], from: usize, roles: &mut [Role]) {
    for index in from..texts.len().min(from + HEADER_REACH) {
        let text = texts[index];
        if roles[index] != Role::Story || !(has_word_count(text) || is_dedication(text)) {
            break;
        }
        roles[index] = Role::Note;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_and_contents_entries() {
        for line in ["27", " 3 ", "- 27 -", "Page 12", "xii"] {
            assert!(is_page_number(line), "{line}");
        }
        for line in ["1984 was a year.", "I", "Twelve", "12345"] {
            assert!(!is_page_number(line), "{line}");
        }
        assert_eq!(
            contents_entry("Polling Card · rookwing ……… 5"),
            Some(Piece {
                title: "Polling Card".to_string(),
                author: Some("rookwing".to_string())
            })
        );
        assert_eq!(
            contents_entry("Foreword . . . . . 3").map(|piece| piece.title),
            Some("Foreword".to_string())
        );
        assert_eq!(contents_entry("She counted to 3"), None);
    }

    #[test]
    fn hyphens_at_line_ends() {
        let lines = |text: &str| text.lines().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            dehyphenate(lines("my ele-\nction agent")),
            ["my election", "agent"]
        );
        assert_eq!(
            dehyphenate(lines("in nineteen ninety-\nseven, she")),
            ["in nineteen ninety-seven,", "she"]
        );
        // Written with its hyphen elsewhere, a compound keeps it.
        assert_eq!(
            dehyphenate(lines("a tide-\nmark\nthe tide-mark was")),
            ["a tide-mark", "the tide-mark was"]
        );
        // A dash, a capital or a digit after it is no hyphenation.
        assert_eq!(dehyphenate(lines("wait--\nno")), ["wait--", "no"]);
        assert_eq!(dehyphenate(lines("anti-\nFrench")), ["anti-", "French"]);
    }

    #[test]
    fn text_without_pages_is_not_a_pdf() {
        assert_eq!(unpage("One.\n\nTwo.\n"), None);
        // Form feeds alone, nothing at the breaks: not pages.
        assert_eq!(
            unpage("One line\n\u{000C}Another line\n\u{000C}A third\n"),
            None
        );
    }

    /// A page of a story PDF: its text, then its number.
    fn page(text: &str, number: usize) -> String {
        format!("HEAD\n{text}\n{number}\n")
    }

    /// A story's own lines are never taken for a pull quote or a running head: a short
    /// quote said twice at a page's top, a line said twice set apart mid-page, a line two
    /// pages open with.
    #[test]
    fn story_lines_like_pull_quotes_or_heads_stay() {
        let pages = [
            page("\u{201C}No.\u{201D}\n\nShe said no again, later.", 1),
            page(
                "The rain came.\n\n\u{201C}We go at dawn, all of us.\u{201D}\n\nThey slept.",
                2,
            ),
            page(
                "\u{201C}No.\u{201D}\n\nHe went. \u{201C}We go at dawn, all of us.\u{201D}",
                3,
            ),
            page("The road was long.", 4),
            page("The road was long.\n\nIt ended.", 5),
            page("Morning.", 6),
            page("Noon.", 7),
            page("Night.", 8),
            page("Dawn.", 9),
        ];
        let text = pages.join("\u{000C}");
        let unpaged = unpage(&text).expect("pages");
        assert_eq!(unpaged.text.matches("\u{201C}No.\u{201D}").count(), 2);
        assert_eq!(unpaged.text.matches("We go at dawn").count(), 2);
        assert_eq!(unpaged.text.matches("The road was long.").count(), 2);
        assert!(!unpaged.text.contains("HEAD"));
    }

    #[test]
    fn a_quote_cut_by_a_page_break_is_joined() {
        let text = "The hall was cold.\n\n\u{201C}We are not done, and Mr Pol-\n12\n\u{000C}THE HALL · A. WRITER\nlock knows it,\u{201D} she said.\n\nShe left.\n13\n\u{000C}ZINE\nThe end came.\n14\n\u{000C}THE HALL · A. WRITER\nIt did.\n15\n\u{000C}ZINE\nIt had.\n16\n";
        let pages = unpage(text).expect("pages");
        assert!(
            pages
                .text
                .contains("\u{201C}We are not done, and Mr Pollock\nknows it,\u{201D}"),
            "{}",
            pages.text
        );
        assert!(!pages.text.contains("12") && !pages.text.contains("ZINE"));
    }
}
