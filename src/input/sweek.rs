//! A chapter copied from its page on Sweek: the site's name and menu a line each
//! (`sweek`, `Discover`, `Write`, `Contests`, `Sign in`, `Sign up`), the story's title
//! over `by AUTHOR`, its details (`Fanfiction · Crime · Romance`), its counts (`👁 2.3K
//! reads   ♥ 146   💬 21`), `Add to library`, `Share`, `Table of contents` with the
//! chapters' titles numbered a line each; then the chapter (its heading, an author's
//! note over it, as anywhere); under it the writer's words (`THE END of ch 1!! … Please
//! like and comment`), the buttons a line each (`♥ Like`, `💬 Comment`, `↗ Share`),
//! `Next chapter: TITLE →`, `Comments (21)`, `Write a comment...`, each comment (name,
//! `2 weeks ago`, text, `Reply · ♥ 12`), `Load more comments` and the footer (`About
//! Sweek · Help · …`, `© 2026 Sweek`).
//!
//! In: a paste's paragraphs (a block with a button or the footer in it is cut line by
//! line). Out: their roles, the story's title and the writer's name. The menu, the
//! details and the chapter list are the page's (the title is read as a heading); from
//! the buttons or the chapter link under the chapter to the end all is the page's, so a
//! comment quoting the story is no one's dialogue; the writer's words over them that
//! talk to readers are notes.

use super::chrome::{
    is_dotted_list, is_icon_counts, is_listed_chapter, is_post_end_mark, mark_closing_words,
    normalized, read_chapter_page, ChapterPage, Chrome,
};
use super::page::{has_two_marks, is_genre_line, is_tail_header, opens_with_site_name};

/// How far down the story's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title or chapter-list line (bytes).
const MAX_LINE: usize = 120;

/// How many paragraphs the writer's words under the chapter may have.
const OUTRO_REACH: usize = 6;

/// The menu's items, a line each (lower case).
const MENU: &[&str] = &[
    "sweek", "discover", "write", "contests", "sign in", "sign up", "log in", "search", "home",
];

/// The words the counts and the buttons label their counts and buttons with.
const COUNT_WORDS: &[&str] = &[
    "reads", "views", "likes", "like", "comment", "comments", "share",
];

/// The story's buttons under its details, a line each (lower case).
const STORY_BUTTONS: &[&str] = &["add to library", "share", "read", "start reading"];

/// What a Sweek chapter page is made of under the title.
const PAGE: ChapterPage = ChapterPage {
    max_line: MAX_LINE,
    outro_reach: OUTRO_REACH,
    is_detail: |text| {
        is_genre_line(text)
            || is_dotted_list(text)
            || is_icon_counts(text, COUNT_WORDS)
            || STORY_BUTTONS.contains(&normalized(text).as_str())
            || is_listed_chapter(text, MAX_LINE)
    },
    starts_tail: |text| {
        is_icon_button(text) || is_next_chapter(text) || is_tail_header(text) || is_footer(text)
    },
    is_end: is_post_end_mark,
};

/// `♥ Like`, `💬 Comment`, `↗ Share`: a button under the chapter, its icon and its word.
fn is_icon_button(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(icon), Some(word), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    !icon.chars().any(char::is_alphanumeric) && COUNT_WORDS.contains(&word.to_lowercase().as_str())
}

/// `Next chapter: Hoppers in the Morning →`: the link to the next chapter.
fn is_next_chapter(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120
        && (lower.starts_with("next chapter") || lower.starts_with("previous chapter"))
        && lower.ends_with(['\u{2192}', '\u{2190}'])
}

/// `© 2026 Sweek`, `About Sweek · Help · Terms of use`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120
        && (lower.starts_with('\u{00A9}') && lower.ends_with("sweek")
            || lower.starts_with("about sweek") && lower.contains("privacy"))
}

/// A line that shows a block is a Sweek page's, laid out a line at a time: a button
/// under the chapter, the link to the next chapter, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short.
    text.len() <= 120 && (is_icon_button(text) || is_next_chapter(text) || is_footer(text))
}

/// Whether a paste is a chapter copied from Sweek: two of its marks (the site's name at
/// the top, the link to the next chapter, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "sweek"),
        texts.iter().any(|text| is_next_chapter(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a chapter copied from Sweek: sets the roles of its menu, its header and what is
/// under the chapter.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let index = read_chapter_page(texts, HEADER_REACH, MENU, "by ", &PAGE, chrome);
    mark_closing_words(texts, index, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::chrome::Role;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("\u{2665} Like", true),
            ("\u{1F4AC} Comment", true),
            ("Next chapter: The Long Drive \u{2192}", true),
            ("\u{00A9} 2025 Sweek", true),
            ("About Sweek \u{00B7} Help \u{00B7} Privacy", true),
            ("About Sweek, she knew nothing.", false),
            // A story's lines.
            ("\u{2665} Love, Mum", false),
            ("Next chapter of my life, she thought.", false),
            ("I wrote it on Sweek.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: a Sweek chapter was read with its page: the site's name as a heading,
    /// the menu, title, byline, details and one of the listed chapters, and under the
    /// chapter the writer's plea and the buttons.
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "sweek",
            "Discover",
            "Sign up",
            "Night Market (a Harbour Lights fanfic)",
            "by saltfish_writes",
            "Fanfiction \u{00B7} Family \u{00B7} Romance",
            "\u{1F441} 902 reads   \u{2665} 61   \u{1F4AC} 4",
            "Add to library",
            "Table of contents",
            "1. Night Market",
            "2. Morning Tide",
            "Chapter 1 \u{2014} Night Market",
            "\u{201C}Pull,\u{201D} says Ah Man.",
            "Wing pulled.",
            "Thank you for reading!! Please like and comment \u{1F64F}",
            "\u{2665} Like",
            "\u{2197} Share",
            "Next chapter: Morning Tide \u{2192}",
            "Comments (4)",
            "gull_reader",
            "\u{201C}Pull\u{201D} lol",
            "\u{00A9} 2025 Sweek",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, H, C, C, C, C, C, C, C, S, S, S, N, C, C, C, C, C, C, C,
            ])
            .assert_title("Night Market (a Harbour Lights fanfic)")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["Sweek", "She posted it on Sweek."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["sweek", "Next chapter: Two \u{2192}", "\u{00A9} 2025 Sweek"],
            read_page,
        );
    }
}
