//! A chapter's page on Scribble Hub, copied whole: the site's name and menu (`Series
//! Finder`, `Rankings`, `Latest Series`, `Forum`, `Login`, `Sign Up`, a line each or
//! run into one), the breadcrumb, the series' title and its author's name, the
//! chapter links (`« Previous Chapter`, `Index`, `Next Chapter »`), the reader's
//! settings bar (`Font: A A A | Width: S M L | Theme: Light Dark`); then the chapter's
//! heading and text (an author's note may open it); then the author's name over the
//! end note box (`Author's Note:`), `Support … on Ko-fi`, the chapter links again,
//! `Views: 1,233`, `Report Chapter`, and the comments (`Comments (9)`, `Sort by:
//! Newest`).
//!
//! In: a paste's paragraphs, or a line. Out: which paragraphs are the page's (never
//! read), and the series' title (read as a heading) and author. A page is taken for
//! Scribble Hub's only on two of its marks (the site's name at the top, its menu, the
//! settings bar, the views line), so that a story that names the site keeps every
//! line; what stands over the chapter heading is taken only when none of it is a
//! sentence.

use super::chrome::{is_user_name, normalized, Chrome, Role};
use super::page;
use super::plain::is_chapter_heading;

/// The site's menu items, a line each or run into one line.
const MENU: &[&str] = &[
    "series finder",
    "rankings",
    "latest series",
    "forum",
    "forums",
    "login",
    "log in",
    "sign up",
    "register",
    "glossary",
    "user lists",
    "tags",
];

/// A line of the site's menu: its items, and nothing else (`Series Finder`, `Series
/// Finder Rankings Latest Series Forum Login Sign Up`).
fn is_menu_line(text: &str) -> bool {
    let mut rest = normalized(text);
    if rest.is_empty() || rest.len() > 120 {
        return false;
    }
    while !rest.is_empty() {
        let Some(item) = MENU
            .iter()
            .filter(|item| {
                rest.strip_prefix(**item)
                    .is_some_and(|after| after.is_empty() || after.starts_with(' '))
            })
            .max_by_key(|item| item.len())
        else {
            return false;
        };
        rest = rest[item.len()..].trim_start().to_string();
    }
    true
}

/// `Font: A A A | Width: S M L | Theme: Light Dark`: the reader's settings bar.
pub(crate) fn is_settings_bar(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 120
        && text.starts_with("Font:")
        && (text.contains("Width:") || text.contains("Theme:"))
}

/// `Views: 1,233`: how often the chapter was read.
fn is_views_line(text: &str) -> bool {
    text.trim().strip_prefix("Views:").is_some_and(|count| {
        let count = count.trim();
        !count.is_empty()
            && count
                .chars()
                .all(|character| character.is_ascii_digit() || character == ',')
    })
}

/// How far from the top the chapter heading may stand.
const TOP_REACH: usize = 30;

/// Whether a paste is a Scribble Hub chapter's page: two of its marks.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let name = texts.iter().take(3).any(|text| {
        matches!(
            normalized(text).as_str(),
            "scribble hub" | "scribblehub" | "scribblehub.com"
        )
    });
    let menu = texts
        .iter()
        .take(TOP_REACH)
        .any(|text| normalized(text).starts_with("series finder") && is_menu_line(text));
    let settings = texts.iter().any(|text| is_settings_bar(text));
    let views = texts.iter().any(|text| is_views_line(text));
    page::has_two_marks(&[name, menu, settings, views])
}

/// Whether a paragraph over the chapter heading is the page's, not its title: the
/// site's name, menu, breadcrumb, chapter links or settings bar.
fn is_top_line(text: &str) -> bool {
    page::is_site_name(text)
        || is_menu_line(text)
        || page::is_breadcrumb(text)
        || page::is_nav_line(text)
        || is_settings_bar(text)
        || normalized(text) == "index"
}

/// Reads a Scribble Hub chapter's page: over the chapter heading, all is the page's
/// but the series' title (read as a heading) and under it the author's name (the
/// page's, and the work's author); the author's name said again over the end note,
/// the settings bar, the views line and `Index` between the chapter links are the
/// page's too. Buttons and comments are left to the rest of the chrome module.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let mut author: Option<&str> = None;
    let chapter = (0..texts.len().min(TOP_REACH)).find(|&index| is_chapter_heading(texts[index]));
    if let Some(chapter) = chapter {
        let top = &texts[..chapter];
        let page = top.iter().all(|text| {
            text.len() <= 160 && !text.trim_end().ends_with(['.', '!', '?', '"', '\u{201D}'])
        });
        if page {
            chrome.roles[..chapter].fill(Role::Chrome);
            if let Some(title) = (0..chapter).find(|&index| !is_top_line(texts[index])) {
                chrome.roles[title] = Role::Heading;
                chrome.title = Some(texts[title].trim().to_string());
                author = texts
                    .get(title + 1)
                    .filter(|_| title + 1 < chapter)
                    .map(|text| text.trim())
                    .filter(|name| is_user_name(name));
            }
        }
    }
    if let Some(name) = author {
        chrome.author.get_or_insert_with(|| name.to_string());
    }
    let beside_nav = |index: usize| {
        let nav = |at: Option<usize>| {
            at.and_then(|at| texts.get(at))
                .is_some_and(|text| page::is_nav_line(text))
        };
        nav(index.checked_sub(1)) || nav(Some(index + 1))
    };
    for (index, text) in texts.iter().enumerate() {
        let again = author.is_some_and(|name| text.trim() == name);
        let index_link = normalized(text) == "index" && beside_nav(index);
        if again || index_link || is_settings_bar(text) || is_views_line(text) {
            chrome.roles[index] = Role::Chrome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, menu, settings, views) in [
            ("Series Finder", true, false, false),
            ("Rankings", true, false, false),
            (
                "Series Finder Rankings Latest Series Forum Login Sign Up",
                true,
                false,
                false,
            ),
            (
                "Font: A A A | Width: S M L | Theme: Light Dark",
                false,
                true,
                false,
            ),
            ("Views: 1,233", false, false, true),
            // A story's lines.
            ("Rankings mattered to him.", false, false, false),
            ("Font: a serif, twelve point.", false, false, false),
            ("Views: the sea, mostly.", false, false, false),
        ] {
            assert_eq!(is_menu_line(text), menu, "{text}");
            assert_eq!(is_settings_bar(text), settings, "{text}");
            assert_eq!(is_views_line(text), views, "{text}");
        }
    }

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_page)
    }

    /// The bug: a Scribble Hub chapter's page was read with its menu run into a
    /// heading, the series' title, the author's name, the chapter links, the settings
    /// bar and the views line.
    #[test]
    fn a_chapters_page_is_read_as_its_chapter() {
        use Role::{Chrome as C, Heading as H, Story as S};
        let texts = [
            "Scribble Hub",
            "Series Finder Rankings Latest Series Forum Login Sign Up",
            "Home » Fanfiction » Emberwake: The Glass Coast [Fanfic]",
            "Emberwake: The Glass Coast [Fanfic]",
            "tallowquill",
            "« Previous Chapter",
            "Index",
            "Next Chapter »",
            "Font: A A A | Width: S M L | Theme: Light Dark",
            "Chapter 4 – The Toll at Brackwater",
            "The toll-keeper at Brackwater was a woman with one eye and a ledger.",
            "tallowquill",
            "Author's Note:",
            "« Previous Chapter",
            "Index",
            "Next Chapter »",
            "Views: 1,233",
        ];
        read(&texts)
            .assert_roles(&[C, C, C, H, C, C, C, C, C, S, S, C, S, S, C, S, C])
            .assert_title("Emberwake: The Glass Coast [Fanfic]")
            .assert_author("tallowquill");
    }

    /// A story that names the site keeps every line.
    #[test]
    fn a_story_that_names_the_site_is_read() {
        let texts = [
            "Scribble Hub",
            "Chapter 1",
            "She had posted it on Scribble Hub. Views: none, for a week.",
            "Index",
        ];
        assert!(read(&texts).is_all_story());
    }
}
