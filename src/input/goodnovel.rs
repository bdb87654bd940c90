//! A chapter copied from its page on GoodNovel: the site's name and menu a line each
//! (`GoodNovel`, `Home`, `Browse`, `Rankings`, `Create`, `Search`, `Sign in`, `Download
//! App`), the breadcrumb (`Home > Fan-fiction > TV > TITLE`), the story's title, its
//! details (`Fan-fiction · Ongoing`), the writer's name, its counts (`12.4K views`, its
//! rating `4.8`), `Add to library`, `Read`; the chapter's heading without a colon
//! (`Chapter 3 Red and Blue`) and its details (`Author: NAME`, `Updated: 2026-03-08
//! 21:40:11`, `Words: 2,104`); the chapter (an `A/N:` over it, as anywhere; under it the
//! writer's glossary and a word about the next chapter); then `Previous Chapter` / `Next
//! Chapter`, `Comments (5)`, `Write a comment`, each comment (name, `3d`, text, `Like
//! 41`, `Reply`), `View more comments`, `Latest Chapter`, `Related Books` with other
//! stories' titles and the footer (`About Us`, …, `© 2026 GoodNovel. All rights
//! reserved.`).
//!
//! In: a paste's paragraphs, a line each (a GoodNovel page is never read as
//! hard-wrapped text: see [`super::chrome::is_unwrapped_page`], so the details and the
//! chapter's heading are not run together). Out: their roles, the story's title and the
//! writer's name. The menu, the breadcrumb, the details and the buttons are the page's
//! (the title and the chapter's heading are read as headings); the glossary and the
//! word about the next chapter under the chapter are notes (see [`mark_writers_foot`]);
//! from the chapter links under the chapter (or whichever of the boxes under it comes
//! first) to the end all is the page's, so a comment quoting the story is no one's
//! dialogue.

use super::chrome::{
    is_count, is_dotted_list, is_line_not_sentence, is_user_name, mark_menu, mark_page_tail,
    mark_writers_foot, normalized, tail_at_line, Chrome, Role,
};
use super::page::{
    has_two_marks, is_bare_chapter_line, is_genre_line, is_tail_header, opens_with_site_name,
};

/// How far down the chapter's details may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title or breadcrumb line (bytes).
const MAX_LINE: usize = 200;

/// The site's name and menu, a line each (lower case).
const MENU: &[&str] = &[
    "goodnovel",
    "home",
    "browse",
    "rankings",
    "create",
    "library",
    "search",
    "sign in",
    "sign up",
    "download app",
];

/// The story's buttons under its details, a line each (lower case).
const STORY_BUTTONS: &[&str] = &["read", "read now", "add to library", "in library", "share"];

/// The words a count labels its number with (lower case).
const COUNT_WORDS: &[&str] = &["views", "reads", "likes", "comments", "chapters"];

/// The keys of the chapter's details under its heading (lower case).
const CHAPTER_KEYS: &[&str] = &["author", "updated", "words"];

/// The boxes under the chapter that start the page's tail, a line each (lower case).
const TAIL_LINES: &[&str] = &[
    "previous chapter",
    "next chapter",
    "latest chapter",
    "related books",
    "view more comments",
];

/// `Home > Fan-fiction > TV > Cup Match (Tavon x Reader) | a Front Street fanfic`: the
/// breadcrumb over the title, which ends with the title itself.
fn is_crumbs(text: &str) -> bool {
    text.len() <= MAX_LINE
        && text.trim_start().starts_with("Home > ")
        && text.matches(" > ").count() >= 2
}

/// `12.4K views`, `4.8`: a count, or the rating, alone on its line.
fn is_counted(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        [count] => is_count(count),
        [count, word] => is_count(count) && COUNT_WORDS.contains(word),
        _ => false,
    }
}

/// A line of the story's details under its title: the kind and status, a count, a
/// button.
fn is_detail(text: &str) -> bool {
    is_dotted_list(text)
        || is_genre_line(text)
        || is_counted(text)
        || STORY_BUTTONS.contains(&normalized(text).as_str())
}

/// `Author: onionbaby_441`, `Updated: 2026-03-08 21:40:11`, `Words: 2,104`: the chapter's
/// details under its heading; the value.
fn chapter_detail(text: &str) -> Option<(&str, &str)> {
    let (key, value) = text.trim().split_once(": ")?;
    let key = key.trim();
    (text.len() <= 120
        && !value.trim().is_empty()
        && CHAPTER_KEYS.contains(&key.to_lowercase().as_str()))
    .then(|| (key, value.trim()))
}

/// `© 2026 GoodNovel. All rights reserved.`, `Download the GoodNovel app`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120
        && lower.contains("goodnovel")
        && (lower.starts_with('\u{00A9}') || lower.starts_with("download the goodnovel"))
}

/// Whether the page's tail under the chapter starts at `index`: the chapter links, the
/// comments, the boxes under them, the footer.
fn starts_tail(text: &str) -> bool {
    TAIL_LINES.contains(&normalized(text).as_str()) || is_tail_header(text) || is_footer(text)
}

/// Whether a paste is a chapter copied from GoodNovel: two of its marks (the site's name
/// at the top, the breadcrumb, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "goodnovel"),
        texts.iter().take(HEADER_REACH).any(|text| is_crumbs(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a chapter copied from GoodNovel: sets the roles of its menu, its header, the
/// writer's words under the chapter and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let mut index = mark_menu(texts, reach, MENU, chrome);
    if index < reach && is_crumbs(texts[index]) {
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    // The title, over the story's details.
    let detailed = |at: usize| at < reach && is_detail(texts[at]);
    if detailed(index + 1) && is_line_not_sentence(texts[index], MAX_LINE) {
        chrome.roles[index] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[index].trim().to_string());
        index += 1;
    }
    while detailed(index) {
        chrome.roles[index] = Role::Chrome;
        index += 1;
        // The writer's name under the story's kind and status.
        if index < reach && is_user_name(texts[index]) && is_dotted_list(texts[index - 1]) {
            chrome
                .author
                .get_or_insert_with(|| texts[index].trim().to_string());
            chrome.roles[index] = Role::Chrome;
            index += 1;
        }
    }
    if index < reach && is_bare_chapter_line(texts[index]) {
        chrome.roles[index] = Role::Heading;
        index += 1;
    }
    while let Some((key, value)) = texts[..reach]
        .get(index)
        .and_then(|text| chapter_detail(text))
    {
        if key.eq_ignore_ascii_case("author") && is_user_name(value) {
            chrome.author.get_or_insert_with(|| value.to_string());
        }
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    let tail = mark_page_tail(texts, index, tail_at_line(starts_tail), chrome);
    mark_writers_foot(texts, index, tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_crumbs("Home > Fan-fiction > TV > Low Water"));
        assert!(!is_crumbs("Home > the harbour, for now."));
        assert!(is_counted("12.4K views"));
        assert!(is_counted("4.8"));
        assert!(!is_counted("12 boats"));
        assert!(is_detail("Fan-fiction \u{00B7} Ongoing"));
        assert_eq!(
            chapter_detail("Updated: 2026-03-08 21:40:11"),
            Some(("Updated", "2026-03-08 21:40:11"))
        );
        assert_eq!(
            chapter_detail("Words: she had none."),
            Some(("Words", "she had none."))
        );
        assert!(is_footer("\u{00A9} 2026 GoodNovel. All rights reserved."));
        assert!(!is_footer("She read it on GoodNovel."));
    }

    /// The bug: a GoodNovel chapter was read with its page: the site's name as a heading,
    /// the menu, the breadcrumb, the title, details, counts and buttons a line each, the
    /// chapter's heading and details as narration and the glossary under the chapter;
    /// and from the next chapter's teaser on (comments quoting the story among it)
    /// nothing was read, nor the writer's note over the chapter.
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "GoodNovel",
            "Home",
            "Browse",
            "Sign in",
            "Home > Fan-fiction > TV > Night Ferry (Wing x Reader)",
            "Night Ferry (Wing x Reader)",
            "Fan-fiction \u{00B7} Ongoing",
            "saltfish_writes",
            "2.1K views",
            "4.9",
            "Add to library",
            "Read",
            "Chapter 2 The Pier",
            "Author: saltfish_writes",
            "Updated: 2026-04-02 20:11:09",
            "Words: 1,204",
            "\u{201C}Pull,\u{201D} Ah Man says.",
            "You pull.",
            "Harbour words:",
            "sampan = a small boat",
            "kaifong = the neighbours",
            "Next chapter: the typhoon. Comment if you want Ma in it!!",
            "Previous Chapter",
            "Next Chapter",
            "Comments (2)",
            "gull_reader",
            "\u{201C}Pull\u{201D} lol",
            "\u{00A9} 2026 GoodNovel. All rights reserved.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, H, C, C, C, C, C, C, H, C, C, C, S, S, N, N, N, N, C, C, C, C, C, C,
            ])
            .assert_title("Night Ferry (Wing x Reader)")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["GoodNovel", "She read it on GoodNovel."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "GoodNovel",
                "Home > Fan-fiction > TV > Night Ferry",
                "Night Ferry",
            ],
            read_page,
        );
    }
}
