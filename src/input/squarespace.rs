//! A story posted on a Squarespace blog and copied from its page: the site's name and
//! its nav a line each (`Home`, `Fic`, …, `Cart (0)`), the link back to the blog (`← Back
//! to Fic`), the post's title, its date and writer (`November 14, 2026 · NAME`), its
//! categories and tags a comma list; the post (the writer's intro, the story's title
//! said again, its sections); under it an end mark, the writer's thanks, `Tags: …`,
//! `Share` with the share links a line each, `Newer Post` / `Older Post` with their
//! titles, the comments' count (`3 Comments`), the comment box (`Newest First`, `Preview
//! POST COMMENT…`), each comment (`NAME · 2 days ago`, its text, `Reply`) and the footer
//! (`NAME © 2026 · …`, `Powered by Squarespace`).
//!
//! In: a paste's paragraphs (a block with the back link or `Powered by Squarespace` in
//! it is cut line by line). Out: their roles, the post's title and the writer's name.
//! Over the post's date all is the page's but the title (a heading); the categories
//! under it are the page's; the post is read as a writer's post (see
//! [`read_writers_post`]: the intro over the story's title a note, so an episode it
//! names in quotes is no one's line; the title and a section's numeral, `II.`,
//! headings; an end mark and the thanks under it the page's and notes); from `Share`
//! (or whichever of the boxes under the post comes first) to the end all is the page's,
//! so a comment quoting the story is no one's dialogue.

use super::chrome::{
    is_line_not_sentence, mark_page_tail, mark_section_numerals, normalized, read_writers_post,
    Chrome, Role,
};
use super::page::{has_two_marks, is_date, is_tags_line};

/// How far down the post's date may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title or name line (bytes).
const MAX_LINE: usize = 160;

/// How many comma lists (categories, tags) may stand under the post's date.
const CATEGORY_LINES: usize = 2;

/// The share links under `Share`, a line each (lower case).
const SHARE_LINKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "pinterest",
    "reddit",
    "tumblr",
    "email",
    "copy link",
];

/// `← Back to Fic`, `Back to Blog`: the link back to the blog over a post.
fn is_back_link(text: &str) -> bool {
    let text = text.trim().trim_start_matches(['\u{2190}', '<', ' ']);
    text.len() <= 60 && text.starts_with("Back to ") && is_line_not_sentence(text, 60)
}

/// `Powered by Squarespace`: the footer's last line.
fn is_powered_by(text: &str) -> bool {
    normalized(text) == "powered by squarespace"
}

/// `Newer Post`, `Older Post`: the links to the posts next to this one.
fn is_post_link(text: &str) -> bool {
    matches!(normalized(text).as_str(), "newer post" | "older post")
}

/// `Preview POST COMMENT…`: the comment box's buttons.
fn is_comment_box(text: &str) -> bool {
    text.len() <= 60 && text.contains("POST COMMENT")
}

/// `3 Comments`, `1 Comment`: the comments' count.
fn is_comments_count(text: &str) -> bool {
    let lower = normalized(text);
    lower
        .strip_suffix(" comments")
        .or_else(|| lower.strip_suffix(" comment"))
        .is_some_and(|count| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
}

/// `November 14, 2026 · NAME`, `NAME · November 14, 2026`, a date alone: the post's
/// date and writer; the writer's name, when the line gives one.
fn post_meta(text: &str) -> Option<Option<&str>> {
    if text.len() > 100 {
        return None;
    }
    if is_date(text) {
        return Some(None);
    }
    let (first, second) = text.split_once(" \u{00B7} ")?;
    fn name(name: &str) -> Option<&str> {
        let name = name.trim();
        (is_line_not_sentence(name, 60) && name.split_whitespace().count() <= 5).then_some(name)
    }
    if is_date(first) {
        name(second).map(Some)
    } else if is_date(second) {
        name(first).map(Some)
    } else {
        None
    }
}

/// `Fan Fiction, Blue Sky, one-shot`: the post's categories or tags, a comma list.
fn is_category_list(text: &str) -> bool {
    is_line_not_sentence(text, MAX_LINE)
        && text.contains(", ")
        && text
            .split(", ")
            .all(|item| item.split_whitespace().count() <= 4)
}

/// Whether the tail under the post starts at `index`: `Share` over its links, the links
/// to the posts next to it, the comments' count or box, the footer.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    let share = normalized(text) == "share"
        && texts
            .get(index + 1)
            .is_some_and(|next| SHARE_LINKS.contains(&normalized(next).as_str()));
    share
        || is_post_link(text)
        || is_comments_count(text)
        || is_comment_box(text)
        || is_powered_by(text)
}

/// A line that shows a block is a Squarespace page's, laid out a line at a time: the
/// back link, the links to the next posts, the comment box, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short.
    text.len() <= 60
        && (is_back_link(text) || is_post_link(text) || is_comment_box(text) || is_powered_by(text))
}

/// Whether a paste is a post copied from a Squarespace blog: two of its marks (the back
/// link near the top, the links to the next posts, the comment box, `Powered by
/// Squarespace`).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_back_link(text)),
        texts.iter().any(|text| is_post_link(text)),
        texts.iter().any(|text| is_comment_box(text)),
        texts.iter().rev().take(3).any(|text| is_powered_by(text)),
    ])
}

/// Reads a post copied from a Squarespace blog: sets the roles of its header, the post's
/// foot and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let back = (0..reach).find(|&index| is_back_link(texts[index]));
    let Some(meta) =
        (back.map_or(1, |back| back + 2)..reach).find(|&index| post_meta(texts[index]).is_some())
    else {
        return;
    };
    chrome.roles[..=meta].fill(Role::Chrome);
    if let Some(Some(name)) = post_meta(texts[meta]) {
        chrome.author.get_or_insert_with(|| name.to_string());
    }
    // The title over the date, under the back link when there is one.
    let title = meta - 1;
    if back != Some(title) && is_line_not_sentence(texts[title], MAX_LINE) {
        chrome.roles[title] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[title].trim().to_string());
    }
    let mut start = meta + 1;
    while start < count.min(meta + 1 + CATEGORY_LINES) && is_category_list(texts[start]) {
        chrome.roles[start] = Role::Chrome;
        start += 1;
    }
    let tail = mark_page_tail(texts, start, starts_tail, chrome);
    for (role, text) in chrome.roles[start..tail]
        .iter_mut()
        .zip(&texts[start..tail])
    {
        if is_tags_line(text) {
            *role = Role::Chrome;
        }
    }
    read_writers_post(texts, start..tail, chrome);
    mark_section_numerals(texts, start..tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("\u{2190} Back to Stories", true),
            ("Older Post", true),
            ("Preview POST COMMENT\u{2026}", true),
            ("Powered by Squarespace", true),
            // A story's lines.
            ("Back to the car, she said.", false),
            ("The older post office was shut.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert_eq!(
            post_meta("March 2, 2025 \u{00B7} Ros Penn"),
            Some(Some("Ros Penn"))
        );
        assert_eq!(post_meta("We left at nine \u{00B7} or so."), None);
        assert!(is_category_list("Fic, Harbour Road, one-shot"));
        assert!(!is_category_list("She came, she saw, she left."));
    }

    /// The bug: a Squarespace post was read whole: the site's name as a heading, the
    /// nav, the back link, title, date and categories, the intro (the episode it quotes
    /// as dialogue), `END`, the thanks and tags, the share links, the next posts, and the
    /// comments (their quotes of the story as dialogue).
    #[test]
    fn a_post_is_read_without_the_blog() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Harbour Notes",
            "Home",
            "Cart (0)",
            "\u{2190} Back to Stories",
            "Low Water (Sea Road, one-shot)",
            "March 2, 2025 \u{00B7} Ros Penn",
            "Fic, Sea Road, one-shot",
            "Set after episode 4 (\u{201C}The Tide Table\u{201D}). No spoilers.",
            "Low Water",
            "I.",
            "\u{2018}Pull,\u{2019} said Femi.",
            "II.",
            "They pulled.",
            "END",
            "Thank you for reading!",
            "Tags: Sea Road fic",
            "Share",
            "Facebook",
            "Newer Post",
            "2 Comments",
            "gull_reader \u{00B7} 1 day ago",
            "\u{201C}Pull\u{201D} lol",
            "Reply",
            "Powered by Squarespace",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, H, C, C, N, H, H, S, H, S, C, N, C, C, C, C, C, C, C, C, C,
            ])
            .assert_title("Low Water (Sea Road, one-shot)")
            .assert_author("Ros Penn");
        assert!(!is_page(&[
            "Powered by Squarespace",
            "She built it on Squarespace."
        ]));
        // A broken paste, the marks and nothing else, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "\u{2190} Back to Stories",
                "Older Post",
                "Powered by Squarespace",
            ],
            read_page,
        );
    }
}
