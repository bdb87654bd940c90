//! A chapter copied from its page on MediaMiner.org: the site's name and menu a word a
//! line (`MediaMiner.org`, `Home`, `Fan Fiction`, `Fan Art`, …), the search box
//! (`Search MediaMiner:`, `Go`), the breadcrumb (`Fan Fiction » Anime/Manga » H »
//! …`), the story's title, `[ Chapter 4 of 6 ]`, the story's details (`Author:`,
//! `Rating:`, `Genre:`, `Status:`, `Words:`, `Reviews:`, `Posted:`, `Updated:`,
//! `Description:`), the tools (`[ Print ] [ Add to Favorites ] [ Report ]`) and the
//! chapter links (`« Previous Chapter | Chapter 4: Proposals | Next Chapter »`); under
//! the chapter the links again, `Reviews for Chapter 4 (9)`, each review (`Reviewed by
//! USER on Oct 03, 2009`, the review), `[ Show all reviews ]`, `[ Post a Review ]`, the
//! login line and the footer (`© 2000-2009 MediaMiner.org`).
//!
//! In: a paste's paragraphs (a block with the search box, the chapter count, the tools
//! or a review's header in it is cut line by line). Out: their roles, the story's title
//! and writer. The header is the page's but for the title (a heading) and the
//! description (the writer's blurb, a note); the authors' notes are labelled and read as
//! on any page; from the reviews to the end all is the page's, so a review quoting the
//! story is no one's dialogue.

use super::chrome::{is_line_not_sentence, mark_page_tail, normalized, tail_at_line, Chrome, Role};
use super::page::{bracketed, dated_by, has_two_marks, is_breadcrumb, is_nav_line};

/// How far down the header's last line may stand (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title line (bytes).
const MAX_TITLE: usize = 160;

/// `MediaMiner.org`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    matches!(normalized(text).as_str(), "mediaminer.org" | "mediaminer")
}

/// `Search MediaMiner:`: the search box in the menu.
fn is_search_box(text: &str) -> bool {
    normalized(text).starts_with("search mediaminer") && text.len() <= 40
}

/// `[ Chapter 4 of 6 ]`: where the chapter stands, in brackets.
fn is_chapter_count(text: &str) -> bool {
    let Some(inner) = bracketed(text) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let number = |word: &str| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
    matches!(words.as_slice(), [chapter, at, "of", total]
        if chapter.eq_ignore_ascii_case("chapter") && number(at) && number(total))
}

/// `[ Print ] [ Add to Favorites ] [ Report ]`, `[ Show all reviews ]`: the page's
/// buttons, each in brackets with spaces inside them (a story's `[end]` has none), two
/// or more, or one that names what the site does.
fn is_tool_line(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 100 || !text.starts_with("[ ") || !text.ends_with(" ]") {
        return false;
    }
    let buttons: Vec<&str> = text
        .split(" ]")
        .filter(|piece| !piece.trim().is_empty())
        .collect();
    let bracketed = buttons.iter().all(|piece| {
        piece.trim_start().starts_with("[ ")
            && piece.split_whitespace().count() <= 5
            && !piece.contains(['.', '!', '?', '"', '\u{201C}'])
    });
    let lower = normalized(text);
    let named = ["review", "favorite", "print", "report", "alert"]
        .iter()
        .any(|word| lower.contains(word));
    bracketed && (buttons.len() >= 2 || named)
}

/// `Reviews for Chapter 4 (9)`: the reviews under the chapter start.
fn is_reviews_header(text: &str) -> bool {
    normalized(text).starts_with("reviews for ")
}

/// `© 2000-2009 MediaMiner.org. All rights reserved.`, `MediaMiner.org | About | …`:
/// the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200
        && lower.contains("mediaminer")
        && (lower.contains('©') || lower.contains('|'))
}

/// The story's details under its title.
const DETAILS: &[&str] = &[
    "author",
    "rating",
    "genre",
    "genres",
    "status",
    "words",
    "reviews",
    "posted",
    "updated",
    "chapters",
    "series",
    "characters",
];

/// `Author: quietcicada`: a line of the story's details; its key and value.
fn detail(text: &str) -> Option<(String, &str)> {
    let (key, value) = text.split_once(':')?;
    let key = normalized(key);
    (text.len() <= 200 && DETAILS.contains(&key.as_str())).then(|| (key, value.trim()))
}

/// A line that shows a block is a MediaMiner page's, laid out a line at a time: the
/// search box, the chapter count, the tools, a review's header.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_search_box(text) || is_chapter_count(text) || is_tool_line(text) || dated_by(text).is_some()
}

/// Whether a paste is a chapter copied from MediaMiner: two of its marks (the site's
/// name at the top, the search box, the chapter count, the reviews, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_search_box(text)),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_chapter_count(text)),
        texts.iter().any(|text| is_reviews_header(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a chapter copied from MediaMiner: sets the roles over and under the chapter,
/// the story's title and writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    // The header ends with the tools or the chapter links over the chapter.
    let Some(header_end) = (0..reach)
        .find(|&index| is_tool_line(texts[index]) || is_nav_line(texts[index]))
        .map(|first| {
            (first..reach)
                .take_while(|&index| is_tool_line(texts[index]) || is_nav_line(texts[index]))
                .last()
                .map_or(first + 1, |last| last + 1)
        })
    else {
        return;
    };
    chrome.roles[..header_end].fill(Role::Chrome);
    // The title over the chapter count, the description among the details.
    for index in 0..header_end {
        let text = texts[index];
        if is_chapter_count(text) && index > 0 {
            let title = texts[index - 1];
            if !is_breadcrumb(title) && is_line_not_sentence(title, MAX_TITLE) {
                chrome.roles[index - 1] = Role::Heading;
                chrome.title.get_or_insert_with(|| title.trim().to_string());
            }
        } else if let Some((key, name)) = detail(text) {
            if key == "author" && !name.is_empty() {
                chrome.author.get_or_insert_with(|| name.to_string());
            }
        } else if normalized(text).starts_with("description:") {
            chrome.roles[index] = Role::Note;
        }
    }
    // From the reviews (or the footer) down, the page's.
    mark_page_tail(
        texts,
        header_end,
        tail_at_line(|text| is_reviews_header(text) || is_footer(text)),
        chrome,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Search MediaMiner:", true),
            ("[ Chapter 4 of 6 ]", true),
            ("[ Print ] [ Add to Favorites ] [ Report ]", true),
            ("[ Show all reviews ]", true),
            ("Reviewed by moth_reader on Oct 03, 2009", true),
            // A story's lines.
            ("[She did not say it.]", false),
            ("[end]", false),
            ("[ Chapter four was lost ]", false),
            ("Reviewed by the board on Monday, the plan failed.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: a MediaMiner chapter was read with the site's menu, the breadcrumb, the
    /// title as narration, the details, tools and chapter links one record each, and
    /// under it the reviews run together (two quoting the story, as dialogue).
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "MediaMiner.org",
            "Home",
            "Search MediaMiner:",
            "Go",
            "Fan Fiction \u{00BB} Anime/Manga \u{00BB} M \u{00BB} Moths",
            "The Lamp",
            "[ Chapter 1 of 2 ]",
            "Author: mothwing",
            "Rating: G",
            "Description: A moth, a lamp.",
            "[ Print ] [ Report ]",
            "\u{00AB} Previous Chapter | Chapter 1: Light | Next Chapter \u{00BB}",
            "Chapter 1: Light",
            "\u{201C}Mine,\u{201D} said the moth.",
            "\u{00AB} Previous Chapter | Chapter 1: Light | Next Chapter \u{00BB}",
            "Reviews for Chapter 1 (1)",
            "Reviewed by bee on Oct 03, 2009",
            "\u{201C}Mine\u{201D} made me cry",
            "\u{00A9} 2000-2009 MediaMiner.org. All rights reserved.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, C, H, C, C, C, N, C, C, S, S, S, C, C, C, C])
            .assert_title("The Lamp")
            .assert_author("mothwing");
        assert!(!is_page(&["MediaMiner.org", "She searched it for hours."]));
    }
}
