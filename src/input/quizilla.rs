//! A story copied from its page on Quizilla (often as the Wayback Machine archived it:
//! its banner is the [`super::wayback`] reader's): the site's name and menu a word a
//! line (`Quizilla`, `Home`, `Quizzes`, `Stories`, …), `Log In | Join Quizilla!`,
//! `Search Quizilla: Go`, the breadcrumb (`Stories > Anime/Manga > Romance`), the
//! story's title, `by USER`, its fields (`Created on: 08/18/07 11:52 PM`, `Category:`,
//! `Rating: 4.6 / 5 (213 votes)`, `Views:`, `Tags:`) and `Story Description:` with the
//! description; under the story `Rate this story:` with its stars and buttons, `Comments
//! (47)`, each comment (`user on 08/19/07 09:14 AM`, the comment, `reply`), `View all 47
//! comments`, `More stories by USER:` with their titles and the footer (`About Quizilla
//! | …`, `Copyright © 2007 Quizilla`).
//!
//! In: a paste's paragraphs (a block with the search box, a `Created on:` field or a
//! comment's header in it is cut line by line). Out: their roles, the story's title and
//! its writer. The menu and the story's fields are the page's; the title is a heading;
//! the description is the writer's blurb (a note); from `Rate this story:` to the end
//! all is the page's, so a comment quoting the story is no one's dialogue.

use super::chrome::{
    is_user_name, mark_page_tail, normalized, tail_at_line, title_over_byline, Chrome, Role,
};
use super::page::{dated_by, is_breadcrumb, is_tail_header};

/// How far down the search box may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// How many fields the story's header may have.
const FIELD_REACH: usize = 10;

/// The longest title line (bytes).
const MAX_TITLE: usize = 160;

/// `Quizilla`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text) == "quizilla"
}

/// `Search Quizilla: Go`, `Log In | Join Quizilla!`: the bar's search box and links.
fn is_bar_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60
        && (lower.starts_with("search quizilla")
            || lower.contains("join quizilla") && text.contains('|'))
}

/// `Rate this story:` (its stars and buttons may be glued on): the page's tail starts.
fn is_rate_line(text: &str) -> bool {
    normalized(text).starts_with("rate this story")
}

/// `About Quizilla | Advertise | …`, `Copyright © 2007 Quizilla. …`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200
        && lower.contains("quizilla")
        && (lower.starts_with("about quizilla") || lower.starts_with("copyright"))
}

/// The story's fields under its byline.
const FIELDS: &[&str] = &[
    "created on",
    "category",
    "rating",
    "views",
    "tags",
    "story description",
];

/// `Created on: 08/18/07 11:52 PM`: a field of the story's header; its key.
fn field_key(text: &str) -> Option<&'static str> {
    let (key, _) = text.split_once(':')?;
    let key = normalized(key);
    FIELDS.iter().copied().find(|field| *field == key)
}

/// A line that shows a block is a Quizilla page's, laid out a line at a time: the
/// bar's search box or links, the `Created on:` field, a comment's header.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_bar_line(text) || field_key(text) == Some("created on") || dated_by(text).is_some()
}

/// Whether a paste is a story copied from Quizilla: two of its marks (the site's name
/// at the top, the bar's search box, `Rate this story:`, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    super::page::has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_bar_line(text)),
        texts.iter().any(|text| is_rate_line(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a story copied from Quizilla: sets the roles over and under the story, its
/// title and writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let Some(bar_end) = (0..count.min(HEADER_REACH))
        .rev()
        .find(|&index| is_bar_line(texts[index]) || is_site_name(texts[index]))
        .map(|index| index + 1)
    else {
        return;
    };
    chrome.roles[..bar_end].fill(Role::Chrome);
    let mut index = bar_end;
    if texts.get(index).is_some_and(|text| is_breadcrumb(text)) {
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    // The title over `by USER`.
    index = title_over_byline(texts, index, MAX_TITLE, is_user_name, chrome);
    // The fields; the description under its label (or after it) is the writer's blurb.
    let fields_end = count.min(index + FIELD_REACH);
    while index < fields_end {
        let Some(key) = field_key(texts[index]) else {
            break;
        };
        let value = texts[index].split_once(':').map_or("", |(_, value)| value);
        if key == "story description" {
            if value.trim().is_empty() {
                chrome.roles[index] = Role::Chrome;
                if index + 1 < count {
                    chrome.roles[index + 1] = Role::Note;
                }
            } else {
                chrome.roles[index] = Role::Note;
            }
            break;
        }
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    // From `Rate this story:` (or the comments, or the footer) down, the page's.
    mark_page_tail(
        texts,
        index,
        tail_at_line(|text| is_rate_line(text) || is_tail_header(text) || is_footer(text)),
        chrome,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Search Quizilla: Go", true),
            ("Log In | Join Quizilla!", true),
            ("Created on: 08/18/07 11:52 PM", true),
            ("moth_girl on 08/19/07 09:14 AM", true),
            // A story's lines.
            ("She wanted to join Quizilla.", false),
            ("Created on a Tuesday, it rained.", false),
            ("She left on Tuesday.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: a Quizilla story was read with the site's menu, its breadcrumb, byline,
    /// fields and description, and under it the rating box, every comment (two quoting
    /// the story, as dialogue), `reply`, the other stories and the footer.
    #[test]
    fn a_story_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Quizilla",
            "Home",
            "Log In | Join Quizilla!",
            "Search Quizilla: Go",
            "Stories > Anime/Manga > Drama",
            "Moth Lamp (Kai x Reader)",
            "by moth_girl",
            "Created on: 08/18/07 11:52 PM",
            "Views: 12",
            "Story Description:",
            "kai finds a lamp!! ^_^",
            "\"Mine,\" says Kai.",
            "Rate this story: 1 2 3 4 5",
            "Comments (2)",
            "lamp_fan on 08/19/07 09:14 AM",
            "\"Mine\" OMG",
            "reply",
            "About Quizilla | Privacy Policy",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, C, H, C, C, C, C, N, S, C, C, C, C, C, C])
            .assert_title("Moth Lamp (Kai x Reader)")
            .assert_author("moth_girl");
        // A story that names the site once is no page.
        assert!(!is_page(&["Quizilla", "She took the quiz anyway."]));
    }
}
