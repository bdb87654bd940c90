//! A chapter copied from its page on Dreame: the site's name and menu a line each
//! (`Dreame`, `Home`, `Library`, `Rankings`, `Writer Benefits`, …, `Sign in`), the
//! story's title over `Author: NAME`, its details (`Fanfiction · Romance · Ongoing`), its
//! counts (`18.4K views   ♥ 1.2K   💬 37`), its hashtags, `READ`, `Add to Library`; the
//! chapter's heading without a colon (`Chapter 4 Load-Shedding`), the writer's `Author's
//! words:` over the chapter and under it; then `Previous chapter` / `Next chapter`,
//! `Comments (37)`, `Write a comment...`, each comment (name, `3d`, text, `♥ 84
//! Reply`), `View all 37 comments` and the footer (`About Dreame   Terms of Service …`,
//! `Copyright © 2026 STARY PTE. LTD. …`).
//!
//! In: a paste's paragraphs (a block with the counts or the footer in it is cut line by
//! line). Out: their roles, the story's title and the writer's name. The menu, the
//! details and the buttons are the page's (the title and the chapter's heading are read
//! as headings); the writer's words are notes, so a reader's request they quote is no
//! one's line; from the chapter links under the chapter to the end all is the page's, so
//! a comment quoting the story is no one's dialogue.

use super::chrome::{
    is_count, is_dotted_list, is_hashtags, is_post_end_mark, normalized, read_chapter_page,
    ChapterPage, Chrome, Role,
};
use super::page::{
    has_two_marks, is_bare_chapter_line, is_genre_line, is_tail_header, opens_with_site_name,
};

/// How far down the story's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title line (bytes).
const MAX_LINE: usize = 120;

/// How many paragraphs the writer's words under the chapter may have.
const OUTRO_REACH: usize = 6;

/// The menu's items, a line each (lower case).
const MENU: &[&str] = &[
    "dreame",
    "home",
    "library",
    "rankings",
    "writer benefits",
    "contests",
    "download app",
    "sign in",
    "sign up",
    "search",
];

/// The story's buttons under its details, a line each (lower case).
const STORY_BUTTONS: &[&str] = &["read", "add to library", "share"];

/// The words the counts label their numbers with (lower case).
const COUNT_WORDS: &[&str] = &["views", "reads", "likes", "comments"];

/// What a Dreame chapter page is made of under the title.
const PAGE: ChapterPage = ChapterPage {
    max_line: MAX_LINE,
    outro_reach: OUTRO_REACH,
    is_detail: |text| {
        is_genre_line(text)
            || is_dotted_list(text)
            || is_counts(text)
            || is_hashtags(text)
            || STORY_BUTTONS.contains(&normalized(text).as_str())
    },
    starts_tail: |text| {
        matches!(
            normalized(text).as_str(),
            "previous chapter" | "next chapter"
        ) || is_tail_header(text)
            || is_footer(text)
    },
    is_end: is_post_end_mark,
};

/// `18.4K views   ♥ 1.2K   💬 37`: the story's counts, each after its icon or before its
/// word, two or more of them and nothing else.
fn is_counts(text: &str) -> bool {
    if text.len() > 120 {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let counts = tokens.iter().filter(|token| is_count(token)).count();
    counts >= 2
        && tokens.iter().all(|token| {
            is_count(token)
                || !token.chars().any(char::is_alphanumeric)
                || COUNT_WORDS.contains(&token.to_lowercase().as_str())
        })
}

/// `Copyright © 2026 STARY PTE. LTD. All Rights Reserved`, `About Dreame   Terms of
/// Service …`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 160
        && (lower.starts_with("copyright \u{00A9}") && lower.contains("stary")
            || lower.starts_with("about dreame") && lower.contains("privacy"))
}

/// `Author's words: …`: the writer's note over or under a chapter.
fn is_authors_words(text: &str) -> bool {
    normalized(text).starts_with("author's words:")
}

/// A line that shows a block is a Dreame page's, laid out a line at a time: the counts,
/// the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short.
    text.len() <= 160 && (is_counts(text) && text.contains(char::is_alphabetic) || is_footer(text))
}

/// Whether a paste is a chapter copied from Dreame: two of its marks (the site's name at
/// the top, `Writer Benefits` in the menu, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "dreame"),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| normalized(text) == "writer benefits"),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a chapter copied from Dreame: sets the roles of its menu, its header, the
/// writer's words and what is under the chapter.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let index = read_chapter_page(texts, HEADER_REACH, MENU, "Author: ", &PAGE, chrome);
    let reach = texts.len().min(HEADER_REACH);
    let start = (index..reach)
        .find(|&at| chrome.roles[at] == Role::Story)
        .unwrap_or(reach);
    if start < texts.len() && is_bare_chapter_line(texts[start]) {
        chrome.roles[start] = Role::Heading;
    }
    for (role, text) in chrome.roles[start..].iter_mut().zip(&texts[start..]) {
        if *role == Role::Story && is_authors_words(text) {
            *role = Role::Note;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("18.4K views   \u{2665} 1.2K   \u{1F4AC} 37", true),
            (
                "Copyright \u{00A9} 2026 STARY PTE. LTD. All Rights Reserved",
                true,
            ),
            ("About Dreame   Terms of Service   Privacy Policy", true),
            // A story's lines.
            ("12 views of the sea, 3 of the town.", false),
            ("About Dreame, she never said a word.", false),
            ("1995 2004", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_bare_chapter_line("Chapter 4 Load-Shedding"));
        assert!(!is_bare_chapter_line("Chapter 4 was the worst one."));
    }

    /// The bug: a Dreame chapter was read with its page: the site's name as a heading,
    /// the menu, title, byline, details, hashtags and `READ`, the chapter's heading as
    /// narration and the writer's words (a reader's request they quote as dialogue).
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Dreame",
            "Home",
            "Writer Benefits",
            "Sign in",
            "Night Ferry (Wing x Reader) | Harbour Lights fanfic",
            "Author: saltfish_writes",
            "Fanfiction \u{00B7} Romance \u{00B7} Ongoing",
            "2.1K views   \u{2665} 310   \u{1F4AC} 12",
            "#harbour lights #wing #x reader",
            "READ",
            "Add to Library",
            "Chapter 2 Night Ferry",
            "Author's words: Someone said 'put them on the ferry' so here we are!!",
            "***",
            "'Pull,' says Ah Man.",
            "Wing pulled.",
            "***",
            "Author's words: Thank you for reading!!",
            "Previous chapter",
            "Next chapter",
            "Comments (12)",
            "gull_reader",
            "'Pull' lol",
            "Copyright \u{00A9} 2026 STARY PTE. LTD. All Rights Reserved",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, H, C, C, C, C, C, C, H, N, S, S, S, S, N, C, C, C, C, C, C,
            ])
            .assert_title("Night Ferry (Wing x Reader) | Harbour Lights fanfic")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["Dreame", "She read it on Dreame."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(&["Dreame", "Writer Benefits"], read_page);
    }
}
