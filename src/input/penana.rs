//! A chapter copied from its page on Penana: the site's name and menu a line each
//! (`Penana`, `Discover`, `Write`, `Contests`, `Penana Stars`, `Log in`, `Sign up`), the
//! story's title over `by AUTHOR`, its categories (`Fan Fiction · TV Series · Slice of
//! Life`), `Chapter 4 of 6 · Updated 2 days ago`, its counts (`👁 3.2K   ♥ 418   🪙 96
//! Pennies   💬 37`), `Chapters` with the chapters' titles numbered a line each
//! (`1. Pineapple Bun Weather`); then the chapter (an author's note over it, as
//! anywhere); under it `End of Chapter 4`, a second author's note (`Author’s note 2:
//! …`), the chapter arrows (`← Previous Chapter   Next Chapter →`), the buttons (`♥ Like
//! 🪙 Give Pennies   ↗ Share   ⚑ Report`), `Comments (37)`, the sort line, each comment
//! (the reader's name and when, its text, `♥ 24 · Reply`), `View more comments (34)`
//! and the footer (`About Penana · Help · …`, `© 2026 Penana. All rights reserved.`).
//!
//! In: a paste's paragraphs (a block with the counts, the chapter line or the buttons in
//! it is cut line by line). Out: their roles, the story's title and the writer's name.
//! The menu, the details and the chapter list are the page's (the title is read as a
//! heading); under the chapter the end line is the page's and the writer's words up to
//! the arrows or buttons are notes (so a comment they quote is no one's line); from
//! there to the end all is the page's, so a comment quoting the story is no one's
//! dialogue.

use super::chrome::{
    is_chapter_arrows, is_count, is_icon_counts, is_user_name, mark_menu, normalized,
    read_chapter_details_and_foot, title_over_byline, ChapterPage, Chrome, Role,
};
use super::page::{has_two_marks, is_genre_line, opens_with_site_name};

/// How far down the story's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title or chapter-list line (bytes).
const MAX_LINE: usize = 120;

/// How many paragraphs the writer's words under the chapter may have.
const OUTRO_REACH: usize = 6;

/// The menu's items, a line each (lower case).
const MENU: &[&str] = &[
    "penana",
    "discover",
    "write",
    "contests",
    "penana stars",
    "log in",
    "sign up",
    "sign in",
    "search",
    "home",
];

/// The words a counts or buttons line labels its counts and buttons with.
const COUNT_WORDS: &[&str] = &[
    "pennies", "penny", "reads", "views", "likes", "like", "give", "share", "report", "comments",
    "comment",
];

/// What a Penana chapter page is made of under the title.
const PAGE: ChapterPage = ChapterPage {
    max_line: MAX_LINE,
    outro_reach: OUTRO_REACH,
    is_detail: |text| {
        is_genre_line(text)
            || is_chapter_line(text)
            || is_counts_or_buttons(text)
            || is_chapter_list(text)
    },
    starts_tail: |text| {
        is_chapter_arrows(text)
            || is_counts_or_buttons(text)
            || is_comments_header(text)
            || is_footer(text)
    },
    is_end: is_chapter_end,
};

/// The story's counts, or the buttons under a chapter (see [`is_icon_counts`]).
fn is_counts_or_buttons(text: &str) -> bool {
    is_icon_counts(text, COUNT_WORDS)
}

/// `Chapter 4 of 6 · Updated 2 days ago`: which chapter this is, and when the story was
/// updated.
fn is_chapter_line(text: &str) -> bool {
    let lower = normalized(text);
    let Some((chapter, updated)) = lower.split_once(" \u{00B7} ") else {
        return false;
    };
    let words: Vec<&str> = chapter.split_whitespace().collect();
    let number = |word: &str| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
    text.len() <= 80
        && matches!(words.as_slice(), ["chapter", at, "of", all] if number(at) && number(all))
        && (updated.starts_with("updated") || updated.starts_with("published"))
}

/// `Chapters 1. Pineapple Bun Weather 2. …`: the chapter list run into one paragraph.
fn is_chapter_list(text: &str) -> bool {
    text.trim()
        .strip_prefix("Chapters 1. ")
        .is_some_and(|rest| rest.contains(" 2. ") || !rest.contains(". "))
}

/// `Comments (37)`: the comments' header.
fn is_comments_header(text: &str) -> bool {
    normalized(text)
        .strip_prefix("comments (")
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(is_count)
}

/// `© 2026 Penana. All rights reserved.`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && lower.starts_with('\u{00A9}') && lower.contains("penana")
}

/// `End of Chapter 4`: the line under a chapter.
fn is_chapter_end(text: &str) -> bool {
    normalized(text)
        .strip_prefix("end of chapter ")
        .is_some_and(|number| !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()))
}

/// A line that shows a block is a Penana page's, laid out a line at a time: the counts,
/// the buttons, the chapter line.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: the chapter line has its dot, the others their icons.
    text.len() <= 160
        && (text.contains('\u{00B7}') && is_chapter_line(text)
            || !text.starts_with(char::is_alphanumeric) && is_counts_or_buttons(text))
}

/// Whether a paste is a chapter copied from Penana: two of its marks (the site's name at
/// the top, the chapter line, the counts with their pennies, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "penana"),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_chapter_line(text)),
        texts
            .iter()
            .any(|text| is_counts_or_buttons(text) && normalized(text).contains("pennies")),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a chapter copied from Penana: sets the roles of its menu, its header and what
/// is under the chapter.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    // The menu run into one line.
    let menu_end = if menu_end == 0
        && texts.first().is_some_and(|text| {
            normalized(text).starts_with("penana ")
                && normalized(text)
                    .split_whitespace()
                    .any(|word| matches!(word, "discover" | "write" | "contests"))
        }) {
        chrome.roles[0] = Role::Chrome;
        1
    } else {
        menu_end
    };
    let index = title_over_byline(texts, menu_end, MAX_LINE, is_user_name, chrome);
    read_chapter_details_and_foot(texts, index, reach, &PAGE, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            (
                "\u{1F441} 1.1K   \u{2665} 88   \u{1FA99} 12 Pennies   \u{1F4AC} 9",
                true,
            ),
            (
                "\u{2665} Like   \u{1FA99} Give Pennies   \u{2197} Share   \u{2691} Report",
                true,
            ),
            ("Chapter 2 of 5 \u{00B7} Updated 3 days ago", true),
            // A story's lines.
            ("\u{2665} for you, she wrote, and three hearts more.", false),
            ("Chapter 2 of her life began at the docks.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(super::super::chrome::is_listed_chapter(
            "1. Low Water",
            MAX_LINE
        ));
        assert!(is_chapter_list("Chapters 1. Low Water 2. The Reef"));
        assert!(is_chapter_end("End of Chapter 2"));
        assert!(is_comments_header("Comments (9)"));
    }

    /// The bug: a Penana chapter was read whole: the menu as one heading, the title,
    /// byline, categories, chapter line and counts, the chapter list as one paragraph,
    /// `End of Chapter`, the second author's note (its quote of a comment as dialogue)
    /// and the buttons.
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Penana",
            "Discover",
            "Log in",
            "Harbour Lights: Low Water",
            "by saltfish_writes",
            "Fan Fiction \u{00B7} Romance",
            "Chapter 2 of 5 \u{00B7} Updated 3 days ago",
            "\u{1F441} 1.1K   \u{2665} 88   \u{1FA99} 12 Pennies   \u{1F4AC} 9",
            "Chapters",
            "1. The Reef",
            "2. Low Water",
            "Chapter 2: Low Water",
            "\u{201C}Pull,\u{201D} says Ah Man.",
            "End of Chapter 2",
            "Author\u{2019}s note 2: you all said \u{201C}MORE\u{201D} so here it is.",
            "\u{2190} Previous Chapter   Next Chapter \u{2192}",
            "\u{2665} Like   \u{1FA99} Give Pennies   \u{2197} Share   \u{2691} Report",
            "Comments (9)",
            "gull_reader \u{00B7} 1 day ago",
            "\u{201C}Pull\u{201D} lol",
            "\u{00A9} 2025 Penana. All rights reserved.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, H, C, C, C, C, C, C, C, S, S, C, N, C, C, C, C, C, C,
            ])
            .assert_title("Harbour Lights: Low Water")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["Penana", "She posted it on Penana."]));
        // A broken paste, the header alone, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Penana",
                "End of Chapter 2",
                "Chapters",
                "\u{00A9} 2025 Penana.",
            ],
            read_page,
        );
    }
}
