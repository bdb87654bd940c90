//! A work's page copied whole from an archive that runs AO3's software (the Archive of
//! Our Own itself, SquidgeWorld Archive, any `otwarchive` site): over the work, the
//! site's header a line each (`Skip header`, the archive's name, `beta`, `Log In`, the
//! menu, `Search Works`, `Work Search:` and its `tip: "buffy/angel" angst`) and the
//! work's buttons (`Entire Work`, `Chapter 2 ↓`, `Chapter Index`, `Share`,
//! `Download`); under it the buttons again (`Top`, `Kudos ♥`, `Comment`), the kudos
//! line, the comments and the footer (`otwarchive v0.9.340.2`, `GPL by the OTW`).
//!
//! In: a paste's paragraphs. Out: their roles, the work's title and author. The
//! header over the tag block is chrome (its search tip quotes no one); the tag block
//! is [`super::ao3`]'s; the title under it is a heading and the author's name under
//! that chrome; from the buttons under the last notes to the end all is the page's, so
//! a comment quoting the story is no one's dialogue.

use super::ao3::{is_archive_message, tag_block_end};
use super::chrome::{is_line_not_sentence, normalized, Chrome, Role};
use super::page::is_nav_line;
use super::plain::is_chapter_heading;

/// How far down the tag block may start (paragraphs).
const HEADER_REACH: usize = 40;

/// How many lines at the top or bottom the site's marks may stand in.
const EDGE_REACH: usize = 3;

/// How many button lines may stand over the kudos button.
const BUTTON_REACH: usize = 8;

/// The longest title or author line (bytes).
const MAX_NAME: usize = 120;

/// `Skip header`: the page's first link.
fn is_skip_header(text: &str) -> bool {
    normalized(text) == "skip header"
}

/// `Work Search:`, `tip: "buffy/angel" angst`: the search box in the header.
fn is_search_box(text: &str) -> bool {
    let lower = normalized(text);
    lower == "work search:"
        || lower == "search works"
        || lower.starts_with("tip: ") && text.len() <= 80
}

/// `otwarchive v0.9.340.2`, `GPL by the OTW`: the footer's last lines.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    lower.starts_with("otwarchive v") || lower == "gpl by the otw"
}

/// `Kudos ♥`, `Hide Comments (41)`, `Post Comment`: the buttons under a work.
fn is_bottom_button(text: &str) -> bool {
    let lower = normalized(text);
    lower == "kudos \u{2665}"
        || lower == "post comment"
        || lower.starts_with("hide comments (")
        || lower.ends_with("left kudos on this work!")
}

/// The buttons over and under a work, each on its line: `Top`, `Actions`, `Comment`,
/// `Share`, `Download`, `Entire Work`, `Chapter Index`, `Chapter 2 ↓`, and the site's
/// chapter links.
fn is_work_button(text: &str) -> bool {
    let lower = normalized(text);
    matches!(
        lower.as_str(),
        "top"
            | "actions"
            | "comment"
            | "comments"
            | "share"
            | "download"
            | "bookmark"
            | "entire work"
            | "chapter index"
            | "mark for later"
    ) || lower.starts_with("chapter ") && lower.ends_with('\u{2193}')
        || is_nav_line(text)
}

/// Whether a paste is a work's page copied from an AO3-software archive: two of its
/// marks (`Skip header` at the top, the search box, a button under the work, the
/// footer at the bottom).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    super::page::has_two_marks(&[
        texts
            .iter()
            .take(EDGE_REACH)
            .any(|text| is_skip_header(text)),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_search_box(text)),
        texts.iter().any(|text| is_bottom_button(text)),
        texts
            .iter()
            .rev()
            .take(EDGE_REACH)
            .any(|text| is_footer(text)),
    ])
}

/// Reads a work's page copied from an AO3-software archive: sets the roles over and
/// under the work, its title and author.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    // Over the tag block, the site's header and the work's buttons.
    let reach = count.min(HEADER_REACH);
    let Some(tags) = (0..reach).find(|&index| tag_block_end(texts, index).is_some()) else {
        return;
    };
    chrome.roles[..tags].fill(Role::Chrome);
    let after_tags = tag_block_end(texts, tags).unwrap_or(tags);
    chrome.roles[tags..after_tags].fill(Role::Chrome);
    // The title and the author's name under the tag block, over the chapter heading or
    // the first label.
    let name = |index: usize| {
        texts.get(index).is_some_and(|text| {
            is_line_not_sentence(text, MAX_NAME)
                && !is_chapter_heading(text)
                && super::chrome::label(text).is_none()
        })
    };
    let opens_work = |index: usize| {
        texts
            .get(index)
            .is_some_and(|text| is_chapter_heading(text) || super::chrome::label(text).is_some())
    };
    if name(after_tags) && name(after_tags + 1) && opens_work(after_tags + 2) {
        chrome.roles[after_tags] = Role::Heading;
        chrome.roles[after_tags + 1] = Role::Chrome;
        let title = texts[after_tags].trim().to_string();
        chrome.title.get_or_insert(title);
        let author = texts[after_tags + 1].trim().to_string();
        chrome.author.get_or_insert(author);
    }
    // Under the work: the buttons over the kudos button, and all below.
    if let Some(kudos) = (after_tags..count).find(|&index| is_bottom_button(texts[index])) {
        let mut tail = kudos;
        while tail > after_tags && kudos - tail < BUTTON_REACH && is_work_button(texts[tail - 1]) {
            tail -= 1;
        }
        chrome.roles[tail..].fill(Role::Chrome);
    }
    for (role, text) in chrome.roles.iter_mut().zip(texts) {
        if is_archive_message(text) {
            *role = Role::Chrome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bug: the header of a SquidgeWorld chapter page was read, `Skip header` as a
    /// heading and its search tip as dialogue, and the buttons under the chapter.
    #[test]
    fn a_chapter_page_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Story as S};
        let texts = [
            "Skip header",
            "Moth Archive",
            "Log In",
            "Work Search:",
            "tip: \"moth/lamp\" fluff",
            "Chapter Index",
            "Rating:",
            "General Audiences",
            "Archive Warning:",
            "No Archive Warnings Apply",
            "Fandom:",
            "Moths",
            "Stats:",
            "Published: 2024-01-01 Words: 100",
            "The Lamp",
            "mothwing",
            "Chapter 1: Light",
            "\u{201C}Mine,\u{201D} said the moth.",
            "Top",
            "Kudos \u{2665}",
            "Comment",
            "bee on Chapter 1",
            "\u{201C}Mine\u{201D} SCREAMING",
            "otwarchive v0.9.340.2",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, C, C, C, C, C, C, H, C, S, S, C, C, C, C, C, C,
            ])
            .assert_title("The Lamp")
            .assert_author("mothwing");
        assert!(!is_page(&["Skip header", "She skipped the header."]));
    }
}
