//! A chapter copied from its page on Movellas: the site's name and menu a line each
//! (`Movellas`, `Explore`, `Competitions`, `Write`, `Sign in`, `Join`), the story's title
//! over `by AUTHOR`, its details (`Fan-fiction · Romance · Complete`), its counts (`👁
//! 2,411 reads   ♥ 188 likes   ★ 41 favourites`), `Chapters` with the chapters' titles
//! numbered a line each; then the chapter (an author's note over it, as anywhere); under
//! it an end mark (`THE END`), the writer's thanks, the chapter arrows (`← Previous
//! chapter   Next chapter →`), the buttons (`♥ Like   ★ Favourite   ↗ Share   ⚑ Report
//! this movella`), `Comments (12)`, `Write a comment…`, each comment (`NAME · 3 days
//! ago`, its text, `Reply`), `Show more comments` and the footer (`About   Help   …`, `©
//! 2026 Movellas`).
//!
//! In: a paste's paragraphs (a block with the counts or the buttons in it is cut line by
//! line). Out: their roles, the story's title and the writer's name. The menu, the
//! details and the chapter list are the page's (the title is read as a heading); under
//! the chapter the end mark is the page's and the writer's words up to the arrows or
//! buttons are notes (so a reader they quote is no one's line); from there to the end
//! all is the page's, so a comment quoting the story is no one's dialogue.

use super::chrome::{
    is_chapter_arrows, is_dotted_list, is_icon_counts, is_post_end_mark, normalized,
    read_chapter_page, ChapterPage, Chrome,
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
    "movellas",
    "explore",
    "competitions",
    "write",
    "sign in",
    "join",
    "log in",
    "sign up",
    "search",
    "home",
];

/// The words the counts and the buttons label their counts and buttons with.
const COUNT_WORDS: &[&str] = &[
    "reads",
    "views",
    "likes",
    "like",
    "favourites",
    "favourite",
    "favorites",
    "favorite",
    "share",
    "report",
    "this",
    "movella",
    "comments",
];

/// What a Movellas chapter page is made of under the title.
const PAGE: ChapterPage = ChapterPage {
    max_line: MAX_LINE,
    outro_reach: OUTRO_REACH,
    is_detail: |text| is_genre_line(text) || is_dotted_list(text) || is_counts_or_buttons(text),
    starts_tail: |text| {
        is_chapter_arrows(text)
            || is_counts_or_buttons(text)
            || is_comments_header(text)
            || is_footer(text)
    },
    is_end: is_post_end_mark,
};

/// The story's counts, or the buttons under a chapter (see [`is_icon_counts`]).
fn is_counts_or_buttons(text: &str) -> bool {
    is_icon_counts(text, COUNT_WORDS)
}

/// `Comments (12)`: the comments' header.
fn is_comments_header(text: &str) -> bool {
    normalized(text)
        .strip_prefix("comments (")
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|count| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
}

/// `© 2026 Movellas`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && lower.starts_with('\u{00A9}') && lower.contains("movellas")
}

/// A line that shows a block is a Movellas page's, laid out a line at a time: the counts
/// or the buttons, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: the counts and buttons open with an icon.
    text.len() <= 160
        && (!text.starts_with(char::is_alphanumeric) && is_counts_or_buttons(text)
            || is_footer(text))
}

/// Whether a paste is a chapter copied from Movellas: two of its marks (the site's name
/// at the top, the buttons' `Report this movella`, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "movellas"),
        texts
            .iter()
            .any(|text| is_counts_or_buttons(text) && normalized(text).contains("movella")),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a chapter copied from Movellas: sets the roles of its menu, its header and what
/// is under the chapter.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    read_chapter_page(texts, HEADER_REACH, MENU, "by ", &PAGE, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::chrome::Role;

    #[test]
    fn lines() {
        for (text, layout) in [
            (
                "\u{1F441} 902 reads   \u{2665} 61 likes   \u{2605} 7 favourites",
                true,
            ),
            (
                "\u{2665} Like   \u{2605} Favourite   \u{2197} Share   \u{2691} Report this movella",
                true,
            ),
            ("\u{00A9} 2025 Movellas", true),
            // A story's lines.
            ("\u{2665} for you, she wrote, and three hearts more.", false),
            ("Like the movellas she read at night.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_comments_header("Comments (4)"));
    }

    /// The bug: a Movellas chapter was read whole: the menu, the title, byline, details
    /// and counts, the chapter list, `THE END`, the thanks and the buttons.
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Movellas",
            "Explore",
            "Join",
            "Market Day | a Harbour Lights fanfic",
            "by saltfish_writes",
            "Fan-fiction \u{00B7} Family \u{00B7} Ongoing",
            "\u{1F441} 902 reads   \u{2665} 61 likes   \u{2605} 7 favourites",
            "Chapters",
            "1. Early Tide",
            "2. Market Day",
            "Chapter 2: Market Day",
            "\u{201C}Pull,\u{201D} says Ah Man.",
            "THE END",
            "Thank you for reading!! You said \u{201C}MORE\u{201D} so here it is.",
            "\u{2190} Previous chapter   Next chapter \u{2192}",
            "\u{2665} Like   \u{2605} Favourite   \u{2197} Share   \u{2691} Report this movella",
            "Comments (4)",
            "gull_reader \u{00B7} 1 day ago",
            "\u{201C}Pull\u{201D} lol",
            "\u{00A9} 2025 Movellas",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, H, C, C, C, C, C, C, S, S, C, N, C, C, C, C, C, C])
            .assert_title("Market Day | a Harbour Lights fanfic")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["Movellas", "She posted it on Movellas."]));
        // A broken paste, the header alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["Movellas", "Chapters", "THE END", "\u{00A9} 2025 Movellas"],
            read_page,
        );
    }
}
