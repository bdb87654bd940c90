//! A story posted on a Wix blog and copied from its page: `Skip to Main Content`, the
//! site's name and tagline, its nav and the blog's categories a line each (`Home`, …,
//! `Log In`, `All Posts`, …, `Search`), the writer's name over `Writer`, the post's date
//! (`Mar 8`), its reading time (`14 min read`) and `Updated: Mar 9`; the post's title;
//! the post (the writer's intro, the story's title, the story); under it an end mark,
//! the writer's thanks, the post's tags a line each, the share links a line each
//! (`Facebook`, `X`, `LinkedIn`, `Link copied`), the counts (`312 views`, `4 comments`,
//! `27 likes. Post not marked as liked`), `Recent Posts` / `See All` with their titles,
//! `Comments`, `Write a comment...`, each comment (name, date, `Author`, text, `Like`,
//! `Reply`) and the footer (`©2026 by NAME. Proudly created with Wix.com`).
//!
//! In: a paste's paragraphs (a block with `Skip to Main Content`, the reading time or the
//! footer in it is cut line by line). Out: their roles, the post's title and the writer's
//! name. Down to the reading time all is the page's; the post's title under it is a
//! heading; the post is read as a tagged post (see [`read_tagged_post`]: the intro over
//! the first separator a note, so an episode it names in quotes is no one's line; the
//! story's title a heading; the end mark and the thanks under it notes; the tags under
//! it and from the share links, or whichever of the boxes under the post comes first,
//! to the end all the page's, so a comment quoting the story is no one's dialogue).

use super::chrome::{is_line_not_sentence, normalized, read_tagged_post, Chrome, Role};
use super::page::{has_two_marks, is_reading_time, is_tail_header};

/// How far down the reading time may stand (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title or name line (bytes).
const MAX_LINE: usize = 160;

/// The longest writer's name (bytes).
const MAX_NAME: usize = 40;

/// The share links under the post, a line each (lower case).
const SHARE_LINKS: &[&str] = &[
    "facebook",
    "x",
    "twitter",
    "linkedin",
    "pinterest",
    "link copied",
    "copy link",
];

/// `Skip to Main Content`: the page's first line.
fn is_skip_link(text: &str) -> bool {
    normalized(text) == "skip to main content"
}

/// `27 likes. Post not marked as liked`: the likes and their button.
fn is_likes_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60 && lower.ends_with("marked as liked")
}

/// `312 views`: the post's views.
fn is_views(text: &str) -> bool {
    normalized(text)
        .strip_suffix(" views")
        .is_some_and(|count| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
}

/// `©2026 by Bayou Pages. Proudly created with Wix.com`: the footer.
fn is_footer(text: &str) -> bool {
    text.len() <= 160 && normalized(text).contains("created with wix.com")
}

/// Whether the tail under the post starts at `index`: the share links (one over
/// another), the counts, the likes, `Recent Posts`, the comments, the footer.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let share = |at: usize| {
        texts
            .get(at)
            .is_some_and(|text| SHARE_LINKS.contains(&normalized(text).as_str()))
    };
    let text = texts[index];
    share(index) && share(index + 1)
        || is_views(text)
        || is_likes_line(text)
        || normalized(text) == "recent posts"
        || is_tail_header(text)
        || is_footer(text)
}

/// A line that shows a block is a Wix page's, laid out a line at a time: `Skip to Main
/// Content`, the reading time, the likes, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short.
    text.len() <= 160
        && (is_skip_link(text) || is_reading_time(text) || is_likes_line(text) || is_footer(text))
}

/// Whether a paste is a post copied from a Wix blog: two of its marks (`Skip to Main
/// Content` at the top, the likes, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(3).any(|text| is_skip_link(text)),
        texts.iter().any(|text| is_likes_line(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a post copied from a Wix blog: sets the roles of its header, the post's foot
/// and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let Some(time) = (0..reach).find(|&index| is_reading_time(texts[index])) else {
        return;
    };
    // The writer's name stands over Wix's `Writer`.
    if let Some(role) = (1..time).find(|&index| normalized(texts[index]) == "writer") {
        let name = texts[role - 1].trim();
        if is_line_not_sentence(name, MAX_NAME) {
            chrome.author.get_or_insert_with(|| name.to_string());
        }
    }
    let mut start = time + 1;
    if texts
        .get(start)
        .is_some_and(|text| normalized(text).starts_with("updated:"))
    {
        start += 1;
    }
    chrome.roles[..start].fill(Role::Chrome);
    if start < count && is_line_not_sentence(texts[start], MAX_LINE) {
        chrome.roles[start] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[start].trim().to_string());
        start += 1;
    }
    read_tagged_post(texts, start, starts_tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Skip to Main Content", true),
            ("6 min read", true),
            ("12 likes. Post not marked as liked", true),
            (
                "\u{00A9}2025 by Salt Road. Proudly created with Wix.com",
                true,
            ),
            // A story's lines.
            ("Skip to the end, she said.", false),
            ("A min read of the meter.", false),
            (
                "She built it with Wix.com and regretted it for a year, every day of it.",
                false,
            ),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: a Wix post was read whole: the page's top as one paragraph, the date
    /// and reading time, the title glued to the intro (the episode it names in quotes as
    /// dialogue), the story's title as narration, and under the story the tags, share
    /// links, counts, recent posts and comments (their quotes of the story as dialogue).
    #[test]
    fn a_post_is_read_without_the_blog() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Skip to Main Content",
            "Salt Road",
            "Home",
            "All Posts",
            "Ros Penn",
            "Writer",
            "Mar 2",
            "6 min read",
            "Updated: Mar 3",
            "Low Water (Sea Road, one-shot)",
            "Set after 2x04 \"The Tide Table\" so spoilers!! Not beta read.",
            "* * *",
            "LOW WATER",
            "\"Pull,\" said Femi.",
            "They pulled.",
            "THE END",
            "Thank y'all for reading!!",
            "Fic",
            "Sea Road",
            "Facebook",
            "X",
            "312 views",
            "12 likes. Post not marked as liked",
            "Comments",
            "gull_reader",
            "\"Pull\" lol",
            "\u{00A9}2025 by Salt Road. Proudly created with Wix.com",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, C, H, N, S, H, S, S, N, N, C, C, C, C, C, C, C, C, C, C,
            ])
            .assert_title("Low Water (Sea Road, one-shot)")
            .assert_author("Ros Penn");
        assert!(!is_page(&[
            "Skip to Main Content",
            "She built it with Wix.com."
        ]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Skip to Main Content",
                "6 min read",
                "\u{00A9}2025 by Salt Road. Proudly created with Wix.com",
            ],
            read_page,
        );
    }
}
