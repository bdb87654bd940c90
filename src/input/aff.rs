//! A chapter's page on AsianFanfics, copied whole: the site's name and menu
//! (`Browse`, `Forum`, `Log In`, `Register`, a line each), the breadcrumb (`Home »
//! Browse » K-pop » LUMEN`), the story's title, its author's user name, the chapter's
//! heading and the post details (`Published Feb 11, 2024 · Updated Feb 11, 2024 · 3,640
//! words`); then the chapter (notes, story); then `Like this story? Give it an Upvote!`,
//! the comments and the chapter links.
//!
//! In: a paste's paragraphs. Out: which paragraphs are the page's (never read), and the
//! story's title (read as a heading) and author. A page is taken for AsianFanfics' only
//! on two of its marks (the site's name at the top, the breadcrumb, the details line,
//! the upvote plea), so that a story that names the site keeps every line; what stands
//! over the details line is taken only when none of it is a sentence.

use super::chrome::{is_handle, normalized, Chrome, Role};
use super::page;
use super::plain::is_chapter_heading;

/// How far from the top the details line may stand.
const TOP_REACH: usize = 20;

/// The longest line over the details line (bytes).
const TOP_LINE: usize = 160;

/// The site's menu, a line each.
const MENU: &[&str] = &[
    "browse", "forum", "forums", "log in", "login", "register", "sign up", "home", "search",
    "stories", "latest", "popular",
];

fn is_site_name(text: &str) -> bool {
    matches!(
        normalized(text).as_str(),
        "asianfanfics" | "asianfanfics.com" | "asian fanfics"
    )
}

/// `Published Feb 11, 2024 · Updated Feb 11, 2024 · 3,640 words`.
fn is_details_line(text: &str) -> bool {
    let key = normalized(text);
    text.len() <= TOP_LINE
        && key.starts_with("published ")
        && (key.contains(" words") || key.contains("updated "))
}

/// `Like this story? Give it an Upvote! Thank you!`.
fn is_upvote_plea(text: &str) -> bool {
    text.len() <= TOP_LINE && normalized(text).starts_with("like this story? give it an upvote")
}

/// Whether a paste is an AsianFanfics chapter's page: two of its marks.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let name = texts.iter().take(3).any(|text| is_site_name(text));
    let crumb = texts
        .iter()
        .take(TOP_REACH)
        .any(|text| page::is_breadcrumb(text) && normalized(text).starts_with("home"));
    let details = texts
        .iter()
        .take(TOP_REACH)
        .any(|text| is_details_line(text));
    let plea = texts.iter().any(|text| is_upvote_plea(text));
    page::has_two_marks(&[name, crumb, details, plea])
}

/// Reads an AsianFanfics chapter's page: over the details line, the site's name, menu
/// and breadcrumb and the author's user name (the work's author) are the page's, the
/// first other line is the story's title (a heading) and a chapter heading stays one;
/// the details line and the upvote plea are the page's. Notes, comments and chapter
/// links are left to the rest of the chrome module.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    for (index, text) in texts.iter().enumerate() {
        if is_upvote_plea(text) || is_details_line(text) && index < TOP_REACH {
            chrome.roles[index] = Role::Chrome;
        }
        // The plea's `Thank you!`, on a line of its own.
        let thanks = matches!(
            normalized(text).trim_end_matches(['!', '.']),
            "thank you" | "thanks"
        );
        if thanks && index > 0 && is_upvote_plea(texts[index - 1]) {
            chrome.roles[index] = Role::Chrome;
        }
    }
    let Some(details) =
        (0..texts.len().min(TOP_REACH)).find(|&index| is_details_line(texts[index]))
    else {
        return;
    };
    let top = &texts[..details];
    let lines = top
        .iter()
        .all(|text| text.len() <= TOP_LINE && !text.trim_end().ends_with(['.', '"', '\u{201D}']));
    if !lines {
        return;
    }
    let mut title = None;
    for (index, text) in top.iter().enumerate() {
        let key = normalized(text);
        if is_chapter_heading(text) {
            continue;
        }
        if is_site_name(text) || MENU.contains(&key.as_str()) || page::is_breadcrumb(text) {
            chrome.roles[index] = Role::Chrome;
        } else if is_handle(text.trim()) {
            chrome.roles[index] = Role::Chrome;
            chrome.author.get_or_insert_with(|| text.trim().to_string());
        } else if title.is_none() {
            chrome.roles[index] = Role::Heading;
            title = Some(text.trim().to_string());
        } else {
            chrome.roles[index] = Role::Chrome;
        }
    }
    if title.is_some() {
        chrome.title = title;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_page)
    }

    #[test]
    fn a_chapters_page_is_read_as_its_chapter() {
        use Role::{Chrome as C, Heading as H, Story as S};
        let texts = [
            "Asianfanfics",
            "Browse",
            "Log In",
            "Home » Browse » K-pop » NOVA9",
            "Glass Slippers [NOVA9 x Reader]",
            "tteok_and_tea",
            "Chapter 2: the photoshoot",
            "Published Mar 3, 2024 · Updated Mar 3, 2024 · 2,100 words",
            "The studio was colder than the van.",
            "Like this story? Give it an Upvote! Thank you!",
        ];
        read(&texts)
            .assert_roles(&[C, C, C, C, H, C, S, C, S, C])
            .assert_title("Glass Slippers [NOVA9 x Reader]")
            .assert_author("tteok_and_tea");
    }

    #[test]
    fn a_story_that_names_the_site_is_read() {
        let texts = [
            "Asianfanfics",
            "She had posted on Asianfanfics for six years.",
            "Browse",
            "Published March 3, the book said.",
        ];
        assert!(read(&texts).is_all_story());
    }
}
