//! A story posted on Vocal (vocal.media) and copied from its page: `Skip to main
//! content`, the site's name and menu a line each (`Vocal`, `Home`, `Communities`,
//! `Challenges`, `Vocal+`, `Search`, `Sign in`, `Join for free`); the community the story
//! is posted in (`Geeks`), the story's title and subtitle, `By NAME`, `Published 2 days
//! ago`, `9 min read`, `Like` and its count; the story (an `Author's note:` over it, as
//! anywhere); under it the story's tags a line each (`Fan Fiction`, `TV`), the buttons a
//! line each (`Like`, `Pin`, `Share`), `About the Creator` (the writer's name and bio),
//! `Reader insights` (its prompts and `Add your insights`), `Comments (4)`, `Sign in to
//! comment.`, each comment (name, `Author`, `about 19 hours ago`, text), `Keep reading`
//! with other stories' titles, the footer's links a line each and `© 2026 Creatd, Inc.
//! All Rights Reserved.`.
//!
//! In: a paste's paragraphs. Out: their roles, the story's title and the writer's name.
//! The menu, the community, the byline and the details under it are the page's; the
//! title is a heading and the subtitle the writer's note; the story is read as a tagged
//! post (see [`read_tagged_post`]: an intro over its first separator a note; the tags
//! over the buttons and from the buttons, or whichever of the boxes under the story
//! comes first, to the end all the page's, so a comment quoting the story is no one's
//! dialogue).

use super::chrome::{
    mark_menu, mark_title, normalized, read_tagged_post, take_author, Chrome, Role,
};
use super::page::{has_two_marks, is_reading_time, is_tail_header, opens_with_site_name};

/// How far down the byline may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title, subtitle or name line (bytes).
const MAX_LINE: usize = 200;

/// How many words the writer's name in the byline may have.
const NAME_WORDS: usize = 5;

/// `Skip to main content`, the site's name and menu, a line each (lower case).
const MENU: &[&str] = &[
    "skip to main content",
    "vocal",
    "home",
    "communities",
    "challenges",
    "vocal+",
    "search",
    "sign in",
    "sign up",
    "join for free",
    "log in",
];

/// The buttons over and under the story, a line each (lower case).
const BUTTONS: &[&str] = &["like", "pin", "share", "save", "tip"];

/// The boxes under the story that start the page's tail, a line each (lower case).
const BOXES: &[&str] = &["about the creator", "reader insights", "keep reading"];

/// `By Zainab R.`: the byline; the writer's name.
fn byline(text: &str) -> Option<&str> {
    let name = text.trim().strip_prefix("By ")?.trim();
    (!name.is_empty() && name.split_whitespace().count() <= NAME_WORDS).then_some(name)
}

/// `Published 2 days ago`, `Published about a year ago`, `Updated 3 months ago`: when the
/// story was posted.
fn is_published(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60 && (lower.starts_with("published ") || lower.starts_with("updated "))
}

/// A detail under the byline: when, the reading time, a button or a count.
fn is_detail(text: &str) -> bool {
    let text = text.trim();
    is_published(text)
        || is_reading_time(text)
        || BUTTONS.contains(&normalized(text).as_str())
        || !text.is_empty() && text.len() <= 12 && text.chars().all(|c| c.is_ascii_digit())
}

/// `© 2026 Creatd, Inc. All Rights Reserved.`: the footer's last line.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && lower.starts_with('\u{00A9}') && lower.contains("creatd")
}

/// Whether the page's tail under the story starts at `index`: the buttons (one over
/// another), the writer's box, the readers' insights, the comments, the footer.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let button = |at: usize| {
        texts
            .get(at)
            .is_some_and(|text| BUTTONS.contains(&normalized(text).as_str()))
    };
    let text = texts[index];
    button(index) && button(index + 1)
        || BOXES.contains(&normalized(text).as_str())
        || is_tail_header(text)
        || is_footer(text)
}

/// Whether a paste is a story copied from Vocal: two of its marks (the site's name at
/// the top, `Reader insights` under the story, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "vocal"),
        texts
            .iter()
            .any(|text| normalized(text) == "reader insights"),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a story copied from Vocal: sets the roles of its menu, its header, the tags and
/// the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    let Some(by) = take_author(texts, menu_end..reach, byline, chrome) else {
        return;
    };
    // Over the byline: the community (when there are two lines or more), the title and
    // the subtitle.
    let title = if by >= menu_end + 2 {
        menu_end + 1
    } else {
        menu_end
    };
    chrome.roles[menu_end..=by].fill(Role::Chrome);
    if title < by && mark_title(texts, title, MAX_LINE, chrome) {
        chrome.roles[title + 1..by].fill(Role::Note);
    }
    let mut start = by + 1;
    while start < reach && is_detail(texts[start]) {
        chrome.roles[start] = Role::Chrome;
        start += 1;
    }
    read_tagged_post(texts, start, starts_tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(byline("By Ros Penn"), Some("Ros Penn"));
        assert_eq!(byline("By the time she came back, it was dark."), None);
        assert!(is_published("Published 2 days ago"));
        assert!(is_detail("9 min read"));
        assert!(is_detail("14"));
        assert!(!is_detail("14 boats went out."));
        assert!(is_footer("\u{00A9} 2026 Creatd, Inc. All Rights Reserved."));
    }

    /// The bug: a Vocal story was read with its page: the menu, the community, the title,
    /// the subtitle, the byline and its details as narration, and under the story the
    /// tags, buttons, the writer's box and the readers' insights.
    #[test]
    fn a_story_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Skip to main content",
            "Vocal",
            "Home",
            "Join for free",
            "Geeks",
            "Night Market",
            "A Harbour Lights fanfic: one bag, two idiots",
            "By Ros Penn",
            "Published 3 days ago",
            "4 min read",
            "Like",
            "12",
            "\u{201C}Carry the bag,\u{201D} said Ma.",
            "Wing carried it.",
            "Fan Fiction",
            "TV",
            "Like",
            "Pin",
            "Share",
            "About the Creator",
            "Ros Penn",
            "Writes on the ferry.",
            "Reader insights",
            "Comments (1)",
            "gull_reader",
            "\u{201C}Carry the bag\u{201D} lol",
            "\u{00A9} 2026 Creatd, Inc. All Rights Reserved.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, H, N, C, C, C, C, C, S, S, C, C, C, C, C, C, C, C, C, C, C, C, C,
            ])
            .assert_title("Night Market")
            .assert_author("Ros Penn");
        assert!(!is_page(&["Vocal", "She read it on Vocal."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(&["Vocal", "By Ros Penn", "Reader insights"], read_page);
    }
}
