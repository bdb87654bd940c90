//! A chapter copied from its page on Inkitt: the site's name and menu a word a line
//! (`Inkitt`, `Stories`, `Writers`, `Galatea`, `Sign in`, `Get the App`), the
//! breadcrumb (`Fanfiction › TV Shows › …`), the story's title, `by AUTHOR`, the stars
//! (`★★★★★ 4.7 (38 reviews)`), `Age Rating:`, the summary under `Summary`, `Genre:`,
//! `Status:`, the chapter's heading; under the chapter `Continue Reading`, the chapter
//! list, `Reviews` with `Write a review` and each review (the reader's name, the stars,
//! the review), `Further Recommendations` (titles, bylines, blurbs), `About Us` and the
//! footer (`© 2024 Inkitt GmbH`).
//!
//! In: a paste's paragraphs (a block with the menu's `Get the App`, `Continue Reading`
//! or the stars in it is cut line by line). Out: their roles. The menu over the
//! breadcrumb is the page's (the header under it is read as on any page: its title, its
//! summary); from `Continue Reading` or the reviews under the chapter to the end all is
//! the page's, so a review quoting the story is no one's dialogue.

use super::chrome::{normalized, title_over_byline, Chrome, Role};
use super::page::is_breadcrumb;

/// How far down the menu's last item may stand (paragraphs).
const HEADER_REACH: usize = 12;

/// The menu's items, a line each.
const MENU: &[&str] = &[
    "inkitt",
    "stories",
    "writers",
    "galatea",
    "sign in",
    "sign up",
    "log in",
    "get the app",
    "write",
    "search",
];

/// The lines under the chapter that start the page's tail.
const TAIL_STARTS: &[&str] = &[
    "continue reading",
    "write a review",
    "further recommendations",
];

/// `★★★★★ 4.7 (38 reviews)`, `★★★★☆`: stars, with a rating and a count.
fn is_stars(text: &str) -> bool {
    let text = text.trim();
    let rest = text.trim_start_matches(['\u{2605}', '\u{2606}']);
    text.len() <= 60
        && rest.len() < text.len()
        && rest.split_whitespace().all(|word| {
            let word = word.trim_matches(['(', ')']);
            word.chars().all(|c| c.is_ascii_digit() || c == '.')
                || matches!(word, "review" | "reviews" | "rating" | "ratings")
        })
}

/// `© 2024 Inkitt GmbH`: the footer.
fn is_footer(text: &str) -> bool {
    text.len() <= 80 && normalized(text).contains("inkitt gmbh")
}

/// A line that shows a block is an Inkitt page's, laid out a line at a time: `Get the
/// App`, a line starting the tail, the stars, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim();
    lower == "get the app" || TAIL_STARTS.contains(&lower) || is_stars(text) || is_footer(text)
}

/// Whether a paste is a chapter copied from Inkitt: the site's name over it or in the
/// footer, and its menu's `Get the App` or a line of its tail.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let named = texts
        .iter()
        .take(3)
        .any(|text| normalized(text).trim() == "inkitt")
        || texts.iter().rev().take(3).any(|text| is_footer(text));
    named
        && texts.iter().any(|text| {
            let lower = normalized(text);
            lower.trim() == "get the app" || TAIL_STARTS.contains(&lower.trim())
        })
}

/// The story's fields under its title: `Age Rating: 12+`, `Genre: Humor / Romance`.
const FIELDS: &[&str] = &[
    "age rating",
    "genre",
    "status",
    "language",
    "words",
    "chapters",
];

/// `Age Rating: 12+`: a field of the story's header.
fn is_field(text: &str) -> bool {
    text.len() <= 100
        && text
            .split_once(':')
            .is_some_and(|(key, _)| FIELDS.contains(&normalized(key).trim()))
}

/// The longest title line (bytes).
const MAX_TITLE: usize = 120;

/// A byline's name on Inkitt: a pen name of three words at most.
fn is_byline_name(name: &str) -> bool {
    !name.is_empty() && name.split_whitespace().count() <= 3
}

/// The story's header under the breadcrumb, from `start`: its title (a heading, over
/// `by AUTHOR`), the byline, the stars, its fields and the `Summary` label (the summary
/// under it is read, as on any page).
fn story_header(texts: &[&str], start: usize, chrome: &mut Chrome) {
    let mut index = title_over_byline(texts, start, MAX_TITLE, is_byline_name, chrome);
    while index < texts.len().min(start + HEADER_REACH) {
        let text = texts[index];
        if is_stars(text) || is_field(text) || normalized(text).trim() == "summary" {
            chrome.roles[index] = Role::Chrome;
        } else if index == 0 || normalized(texts[index - 1]).trim() != "summary" {
            break;
        }
        index += 1;
    }
}

/// Reads a chapter copied from Inkitt: sets the roles of its menu and its tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    // The menu, down to the breadcrumb or its last item.
    let menu_end = (0..count.min(HEADER_REACH))
        .take_while(|&index| MENU.contains(&normalized(texts[index]).trim()))
        .last()
        .map_or(0, |last| last + 1);
    chrome.roles[..menu_end].fill(Role::Chrome);
    if texts.get(menu_end).is_some_and(|text| is_breadcrumb(text)) {
        chrome.roles[menu_end] = Role::Chrome;
        story_header(texts, menu_end + 1, chrome);
    }
    // The tail: from `Continue Reading`, the reviews or the recommendations on.
    let Some(mut tail) =
        (menu_end..count).find(|&index| TAIL_STARTS.contains(&normalized(texts[index]).trim()))
    else {
        return;
    };
    // `Reviews` over `Write a review`.
    if tail > menu_end && normalized(texts[tail - 1]).trim() == "reviews" {
        tail -= 1;
    }
    chrome.roles[tail..].fill(Role::Chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Get the App", true),
            ("Continue Reading", true),
            ("\u{2605}\u{2605}\u{2605}\u{2605}\u{2606}", true),
            (
                "\u{2605}\u{2605}\u{2605}\u{2605}\u{2605} 4.7 (38 reviews)",
                true,
            ),
            ("\u{00A9} 2024 Inkitt GmbH", true),
            // A story's lines.
            ("Continue reading, she said, and he did.", false),
            ("\u{2605} Stars were all she drew on the map.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: an Inkitt chapter was read with its menu as a heading, and the chapter
    /// list, the reviews (their quotes of the story), the recommendations and the footer
    /// as narration.
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Story as S};
        let texts = [
            "Inkitt",
            "Stories",
            "Sign in",
            "Get the App",
            "Fanfiction \u{203A} Books \u{203A} The Mill",
            "The Mill",
            "by tam_writes",
            "\u{2605}\u{2605}\u{2605}\u{2605}\u{2605} 4.1 (9 reviews)",
            "Summary",
            "Tam grinds the corn.",
            "Genre: Drama",
            "Chapter 1",
            "\u{201C}Grind it,\u{201D} said Tam.",
            "Continue Reading",
            "Chapters",
            "Reviews",
            "reader_one",
            "\u{2605}\u{2605}\u{2605}\u{2605}\u{2605}",
            "\u{201C}Grind it\u{201D} made me laugh",
            "\u{00A9} 2024 Inkitt GmbH",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, C, H, C, C, C, S, C, S, S, C, C, C, C, C, C, C])
            .assert_title("The Mill")
            .assert_author("tam_writes");
        // A story that names the site once is no page.
        assert!(!is_page(&["Inkitt", "She posted it anyway."]));
    }
}
