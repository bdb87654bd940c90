//! Text copied from Apple Books (the macOS / iOS Books app): each copied selection is
//! pasted wrapped in curly double quotes (one opening its first paragraph, one closing
//! its last) and followed by a footer, either on lines of its own (`Excerpt From`, the
//! book's title, its author, `This material may be protected by copyright.`) or on one
//! line (`Excerpt From: Author. "Title." Apple Books.`). A paste of several selections
//! repeats the wrapper and the footer.
//!
//! In: a paste's paragraphs. Out: the footers' lines as chrome (never read), the
//! wrapper's two quote marks cut from each selection's first and last paragraphs (so
//! they are never read as a quote; the story's own quotes inside are kept), and the
//! title and author a footer names. A paste is taken for Apple Books' only on two of
//! its marks (an `Excerpt From` line, the copyright line, `Apple Books.` in the footer,
//! a selection's closing wrapper just over its footer), so that a story that quotes
//! such a line keeps it.

use super::chrome::{normalized, Chrome, Role};
use super::page;

/// The longest footer line (bytes).
const FOOTER_LINE: usize = 300;

/// How many lines may follow `Excerpt From` in a footer (title, author, copyright).
const FOOTER_REACH: usize = 3;

const OPENERS: &[char] = &['\u{201C}', '"'];
const CLOSERS: &[char] = &['\u{201D}', '"'];

/// `Excerpt From`, `Excerpt From: Author. "Title." Apple Books.`, or a whole footer
/// joined into one paragraph.
fn is_excerpt_line(text: &str) -> bool {
    let key = normalized(text);
    text.len() <= FOOTER_LINE
        && (key == "excerpt from"
            || key.starts_with("excerpt from:")
            || key.starts_with("excerpt from ") && is_one_line_footer(text))
}

/// `This material may be protected by copyright.`
fn is_copyright_line(text: &str) -> bool {
    normalized(text).starts_with("this material may be protected by copyright")
}

/// A footer on one line: `Excerpt From: Author. "Title." Apple Books.`, or its lines
/// joined into one paragraph (`Excerpt From Title Author This material may be …`).
fn is_one_line_footer(text: &str) -> bool {
    let key = normalized(text);
    text.len() <= FOOTER_LINE
        && key.starts_with("excerpt from")
        && (key.contains("apple books") || key.contains("protected by copyright"))
}

/// Whether a paste is one from Apple Books: two of its marks.
pub(crate) fn is_paste(texts: &[&str]) -> bool {
    let excerpt = texts.iter().any(|text| is_excerpt_line(text));
    let copyright = texts.iter().any(|text| is_copyright_line(text));
    let apple = texts.iter().any(|text| {
        normalized(text).starts_with("excerpt from") && normalized(text).contains("apple books")
    });
    let wrapper = (1..texts.len()).any(|index| {
        is_excerpt_line(texts[index]) && texts[index - 1].trim_end().ends_with(CLOSERS)
    });
    page::has_two_marks(&[excerpt, copyright, apple, wrapper])
}

/// Reads an Apple Books paste (see the module doc).
pub(crate) fn read_paste(texts: &[&str], chrome: &mut Chrome) {
    if !is_paste(texts) {
        return;
    }
    let count = texts.len();
    // Each footer: the range of its lines.
    let mut footers = Vec::new();
    let mut index = 0;
    while index < count {
        if !is_excerpt_line(texts[index]) {
            index += 1;
            continue;
        }
        let start = index;
        let mut end = index + 1;
        if !is_one_line_footer(texts[index]) {
            let reach = (index + 1 + FOOTER_REACH).min(count);
            if let Some(copyright) = (index + 1..reach).find(|&at| is_copyright_line(texts[at])) {
                if copyright == index + 3 {
                    chrome
                        .title
                        .get_or_insert_with(|| texts[index + 1].trim().to_string());
                    chrome
                        .author
                        .get_or_insert_with(|| texts[index + 2].trim().to_string());
                }
                end = copyright + 1;
            }
        } else if texts.get(end).is_some_and(|text| is_copyright_line(text)) {
            end += 1;
        }
        footers.push((start, end));
        index = end;
    }
    for &(start, end) in &footers {
        chrome.roles[start..end].fill(Role::Chrome);
    }
    // A lone copyright line (after a one-line footer's paragraph) is the footer's too.
    for (role, text) in chrome.roles.iter_mut().zip(texts) {
        if is_copyright_line(text) {
            *role = Role::Chrome;
        }
    }
    // Each selection runs from the previous footer's end to its own footer.
    let mut from = 0;
    for &(start, end) in &footers {
        let read: Vec<usize> = (from..start)
            .filter(|&at| chrome.roles[at] == Role::Story && !texts[at].trim().is_empty())
            .collect();
        from = end;
        let (Some(&first), Some(&last)) = (read.first(), read.last()) else {
            continue;
        };
        let opening = texts[first].trim_start();
        let closing = texts[last].trim_end();
        let opener = opening.chars().next().filter(|c| OPENERS.contains(c));
        let closer = closing.chars().next_back().filter(|c| CLOSERS.contains(c));
        let (Some(opener), Some(closer)) = (opener, closer) else {
            continue;
        };
        // One paragraph that is nothing but a quote mark has no wrapper to cut.
        if first == last && closing.len() < opener.len_utf8() + closer.len_utf8() {
            continue;
        }
        let lead = texts[first].len() - opening.len();
        chrome.cuts[first] += lead + opener.len_utf8();
        let trail = texts[last].len() - closing.len();
        chrome.end_cuts[last] += trail + closer.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_paste)
    }

    /// A paste, then the roles, cuts and end cuts of its paragraphs.
    type Case = (
        &'static [&'static str],
        &'static [Role],
        &'static [usize],
        &'static [usize],
    );

    #[test]
    fn footers_are_chrome_and_wrappers_are_cut() {
        use Role::{Chrome as C, Story as S};
        let cases: &[Case] = &[
            // Two selections, each with a footer on lines of its own.
            (
                &[
                    "\u{201C}The tide came in at noon.",
                    "\u{201C}Late,\u{201D} said Oona.\u{201D}",
                    "Excerpt From",
                    "Salt Hours",
                    "Maud Keel",
                    "This material may be protected by copyright.",
                    "\u{201C}She waited.\u{201D}",
                    "Excerpt From",
                    "Salt Hours",
                    "Maud Keel",
                    "This material may be protected by copyright.",
                ],
                &[S, S, C, C, C, C, S, C, C, C, C],
                &[3, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0],
                &[0, 3, 0, 0, 0, 0, 3, 0, 0, 0, 0],
            ),
            // A footer on one line.
            (
                &[
                    "\u{201C}The gate was shut.",
                    "Nobody had a key.\u{201D}",
                    "Excerpt From: Maud Keel. \u{201C}Salt Hours.\u{201D} Apple Books.",
                    "This material may be protected by copyright.",
                ],
                &[S, S, C, C],
                &[3, 0, 0, 0],
                &[0, 3, 0, 0],
            ),
            // A footer's lines joined into one paragraph.
            (
                &[
                    "\u{201C}The gate was shut.\u{201D}",
                    "Excerpt From Salt Hours Maud Keel This material may be protected by copyright.",
                ],
                &[S, C],
                &[3, 0],
                &[3, 0],
            ),
        ];
        for (texts, roles, cuts, end_cuts) in cases {
            let chrome = read(texts);
            assert_eq!(chrome.roles, *roles, "{texts:?}");
            assert_eq!(chrome.cuts, *cuts, "{texts:?}");
            assert_eq!(chrome.end_cuts, *end_cuts, "{texts:?}");
        }
    }

    #[test]
    fn the_footer_names_the_book() {
        read(&[
            "\u{201C}She waited.\u{201D}",
            "Excerpt From",
            "Salt Hours",
            "Maud Keel",
            "This material may be protected by copyright.",
        ])
        .assert_title("Salt Hours")
        .assert_author("Maud Keel");
    }

    #[test]
    fn a_story_that_quotes_a_footer_line_is_read() {
        let texts = [
            "\u{201C}Excerpt from what?\u{201D} asked Tam.",
            "Excerpt From",
            "The book had no title, only a stamp.",
        ];
        let chrome = read(&texts);
        assert!(chrome.is_all_story());
        assert!(chrome
            .cuts
            .iter()
            .chain(&chrome.end_cuts)
            .all(|&cut| cut == 0));
    }
}
