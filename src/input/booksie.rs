//! A chapter copied from its page on Booksie: the site's name and menu a word a line
//! (`Booksie`, `Browse`, `Write`, `Contests`, `Groups`, `Forums`, `Sign Up`, `Log In`),
//! the work's title over `by AUTHOR`, its category (`Fan Fiction · Drama`), `Submitted:
//! February 09, 2024`, its counts (`Reads: 1,288 · Comments: 6 · Likes: 31`), the text
//! size buttons (`A A A | A A A`), `Table of Contents` with the chapters' titles a line
//! each, then the chapter's own heading and text; under it `Submitted:` again, the
//! copyright (`© Copyright 2024 NAME. All rights reserved.`), the chapter arrows, the
//! share links a line each, `Chapter 7 Reviews (6)`, `Add Your Review`, each review (the
//! reader's name, the date, the review, `Reply`), `Other Content by NAME` with the
//! writer's works, `Popular Tags` and the footer (`© 2024 Booksie.com. All rights
//! reserved.`).
//!
//! In: a paste's paragraphs (a block with a `Submitted:` line, the counts, the size
//! buttons, the reviews' header or a copyright line in it is cut line by line). Out:
//! their roles, the work's title and the writer's name. The menu, the work's details
//! and the table of contents are the page's (the work's title is read as a heading, and
//! the chapter's heading once, where the chapter starts); from the `Submitted:` line or
//! the copyright under the chapter to the end all is the page's, so a review quoting the
//! story is no one's dialogue.

use super::chrome::{
    is_count, is_line_not_sentence, is_user_name, mark_menu, mark_page_tail, normalized,
    tail_at_line, title_over_byline, Chrome, Role,
};
use super::page::{has_two_marks, is_date, is_genre_line, opens_with_site_name};
use super::plain::is_chapter_heading;

/// How far down the work's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title line (bytes).
const MAX_TITLE: usize = 120;

/// The menu's items, a line each.
const MENU: &[&str] = &[
    "booksie", "browse", "write", "contests", "groups", "forums", "sign up", "log in", "sign in",
    "join", "home", "search", "blog",
];

/// The counts a work's details give.
const COUNT_KEYS: &[&str] = &[
    "reads",
    "views",
    "comments",
    "reviews",
    "likes",
    "favorites",
    "favourites",
    "words",
    "chapters",
];

/// `Submitted: February 09, 2024`, `Updated: …`: when the work was posted.
fn is_submitted(text: &str) -> bool {
    text.split_once(':').is_some_and(|(key, date)| {
        matches!(normalized(key).as_str(), "submitted" | "updated") && is_date(date)
    })
}

/// `Reads: 1,288 · Comments: 6 · Likes: 31`: the work's counts.
fn is_counts_line(text: &str) -> bool {
    let pieces: Vec<&str> = text.split(['\u{00B7}', '|', '\u{2022}']).collect();
    text.len() <= 120
        && pieces.len() >= 2
        && pieces.iter().all(|piece| {
            piece.split_once(':').is_some_and(|(key, count)| {
                COUNT_KEYS.contains(&normalized(key).as_str()) && is_count(count.trim())
            })
        })
}

/// `A A A | A A A`: the buttons that set the text's size and font.
fn is_size_buttons(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 3 && words.iter().all(|word| matches!(*word, "A" | "|"))
}

/// `Chapter 7 Reviews (6)`, `Reviews (6)`: the reviews' header under a chapter.
fn is_reviews_header(text: &str) -> bool {
    let lower = normalized(text);
    let Some(rest) = lower.strip_suffix(')') else {
        return false;
    };
    let Some((label, number)) = rest.rsplit_once(" (") else {
        return false;
    };
    let label = label
        .strip_prefix("chapter ")
        .and_then(|rest| rest.split_once(' '))
        .filter(|(chapter, _)| chapter.chars().all(|c| c.is_ascii_digit()))
        .map_or(label, |(_, label)| label);
    text.len() <= 40 && label == "reviews" && is_count(number)
}

/// `© Copyright 2024 NAME. All rights reserved.`, `© 2024 Booksie.com. …`: the work's
/// copyright under the chapter, or the site's footer.
fn is_copyright(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && lower.starts_with('©') && lower.contains("all rights reserved")
}

/// The lines under a chapter that start the page's tail.
fn starts_tail(text: &str) -> bool {
    let lower = normalized(text);
    is_submitted(text)
        || is_copyright(text)
        || is_reviews_header(text)
        || lower == "add your review"
        || lower
            .strip_prefix("other content by ")
            .is_some_and(is_user_name)
}

/// A line that shows a block is a Booksie page's, laid out a line at a time: a
/// `Submitted:` line, the counts, the size buttons, a line starting the tail.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each of these has a colon, a bracket, a bar or the copyright
    // sign, or is a button's words (`Add Your Review`, `Other Content by …`).
    text.len() <= 120
        && (text.contains([':', '(', '|', '\u{00A9}'])
            || text.starts_with("Add ")
            || text.starts_with("Other "))
        && (is_counts_line(text) || is_size_buttons(text) || starts_tail(text))
}

/// Whether a paste is a chapter copied from Booksie: two of its marks (the site's name
/// at the top, the size buttons, the reviews' header, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "booksie"),
        texts.iter().any(|text| is_size_buttons(text)),
        texts.iter().any(|text| is_reviews_header(text)),
        texts
            .iter()
            .rev()
            .take(3)
            .any(|text| is_copyright(text) && normalized(text).contains("booksie")),
    ])
}

/// Where the table of contents under its label at `label` ends: the chapters' titles a
/// line each, up to the one said again, which is the chapter's own heading; or, when
/// none is said again, up to the last chapter heading.
fn contents_end(texts: &[&str], label: usize) -> usize {
    let start = label + 1;
    let run_end = (start..texts.len())
        .find(|&index| !is_line_not_sentence(texts[index], MAX_TITLE))
        .unwrap_or(texts.len());
    let repeat = (start..run_end).find(|&index| {
        texts[start..index]
            .iter()
            .any(|earlier| earlier.trim() == texts[index].trim())
    });
    repeat.unwrap_or_else(|| {
        (start..run_end)
            .find(|&index| !is_chapter_heading(texts[index]))
            .unwrap_or(run_end)
    })
}

/// Reads a chapter copied from Booksie: sets the roles of its menu, its header and its
/// tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    // The site's name and menu.
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    // The work's title over its byline, then its details and contents.
    let mut index = title_over_byline(texts, menu_end, MAX_TITLE, is_user_name, chrome);
    while index < reach {
        let text = texts[index];
        if normalized(text) == "table of contents" {
            let end = contents_end(texts, index);
            chrome.roles[index..end].fill(Role::Chrome);
            index = end;
            break;
        }
        if !(is_genre_line(text)
            || is_submitted(text)
            || is_counts_line(text)
            || is_size_buttons(text))
        {
            break;
        }
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    // The tail: from the `Submitted:` line or the copyright under the chapter on.
    mark_page_tail(texts, index, tail_at_line(starts_tail), chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Submitted: March 03, 2023", true),
            ("Reads: 412 \u{00B7} Comments: 3 \u{00B7} Likes: 9", true),
            ("A A A | A A A", true),
            ("Chapter 2 Reviews (3)", true),
            ("Add Your Review", true),
            ("Other Content by reef_writes", true),
            (
                "\u{00A9} Copyright 2023 reef_writes. All rights reserved.",
                true,
            ),
            // A story's lines.
            ("Submitted: to nobody, she wrote in the margin.", false),
            ("Reads: none. Likes: none.", false),
            ("A A A, went the choir.", false),
            ("Chapter 2 Reviews the Evidence", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: a Booksie chapter was read whole: the site's name as a heading, the menu,
    /// the work's details and size buttons, the table of contents as headings (the
    /// chapter's heading twice), and under the chapter the copyright, share links and
    /// reviews (their quotes of the story as dialogue).
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Story as S};
        let texts = [
            "Booksie",
            "Browse",
            "Log In",
            "Reef Night (a Tide Line fanfic)",
            "by reef_writes",
            "Fan Fiction \u{00B7} Romance",
            "Submitted: March 03, 2023",
            "Reads: 412 \u{00B7} Comments: 3 \u{00B7} Likes: 9",
            "A A A | A A A",
            "Table of Contents",
            "Chapter 1: Low Water",
            "Chapter 2: The Reef",
            "Chapter 2: The Reef",
            "Author\u{2019}s Note: thank you all for reading!",
            "\u{201C}Mind the coral,\u{201D} said Ana.",
            "Submitted: March 03, 2023",
            "\u{00A9} Copyright 2023 reef_writes. All rights reserved.",
            "Facebook",
            "Chapter 2 Reviews (1)",
            "Add Your Review",
            "sea_glass",
            "Mar 04, 2023",
            "\u{201C}Mind the coral\u{201D} I yelled",
            "Reply",
            "\u{00A9} 2023 Booksie.com. All rights reserved.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, H, C, C, C, C, C, C, C, C, S, S, S, C, C, C, C, C, C, C, C, C, C,
            ])
            .assert_title("Reef Night (a Tide Line fanfic)")
            .assert_author("reef_writes");
        assert!(!is_page(&["Booksie", "She posted it on Booksie."]));
    }
}
