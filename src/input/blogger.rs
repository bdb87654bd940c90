//! A fic posted on a Blogger (Blogspot) blog and copied from the post's page, in any
//! of Blogger's themes: over the post the blog's title and description, its pages'
//! links (`Home`, `About Me`, …) and the date header (`Tuesday, March 12, 2019`);
//! the post's title; the post (the writer's intro, the story, an end mark, an end note);
//! under it the post's footer (`Posted by kuya jun at 9:05 PM`, `Email ThisBlogThis!Share to
//! Twitter…`, `Labels: …`), the comments (`4 comments:`, `Anonymous said...`, the
//! comment, `March 13, 2019 at 1:12 AM`, `Reply`, `Replies`, `Add comment`, `Load
//! more...`), the post links (`Newer Post Older Post Home`, `Subscribe to: Post Comments
//! (Atom)`), the sidebar (`About Me`, `Blog Archive` with its `▼ 2013 (14)` lines,
//! `Followers`, `Total Pageviews`) and the theme's line (`Simple theme. Powered by
//! Blogger.`).
//!
//! In: a paste's paragraphs (a block with the post's footer lines or a comment's header
//! or date in it is cut line by line). Out: their roles and the post's title. Over the
//! post all is the blog's but the post's title (a heading); the post is read as a
//! writer's post (see [`read_writers_post`]: the intro over the first separator notes,
//! a `POV` line a heading, the end mark and end note the writer's); from the post's
//! footer to the end all is the blog's, so a comment quoting the story is no one's
//! dialogue.

use super::chrome::{is_count, is_line_not_sentence, normalized, read_writers_post, Chrome, Role};
use super::page::{has_two_marks, is_date, is_nav_line, WEEKDAYS};
use super::plain::is_scene_break;

/// How far down the post's title may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title line (bytes).
const MAX_TITLE: usize = 200;

/// `Tuesday, March 12, 2019`, `Tuesday, 12 March 2019`, `3/12/2019`: the date
/// over a post.
fn is_date_header(text: &str) -> bool {
    let text = text.trim();
    let dated = text.split_once(", ").map_or(text, |(day, rest)| {
        if WEEKDAYS.contains(&day.to_lowercase().as_str()) {
            rest
        } else {
            text
        }
    });
    is_date(dated)
}

/// `Posted by kuya jun at 9:05 PM`, `Posted by kuya jun`: the post's footer line.
fn is_posted_by(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 120
        && text.strip_prefix("Posted by ").is_some_and(|rest| {
            !rest.ends_with('.')
                && rest
                    .rsplit_once(" at ")
                    .is_none_or(|(_, time)| time.contains(':') && time.len() <= 12)
        })
}

/// `Email ThisBlogThis!Share to TwitterShare to Facebook…`: the share buttons, run
/// together.
fn is_share_line(text: &str) -> bool {
    text.trim_start().starts_with("Email ThisBlogThis!")
}

/// `4 comments:`, `No comments:`, `1 comment:`: the comments' header.
fn is_comments_header(text: &str) -> bool {
    let lower = normalized(text);
    let Some(count) = lower
        .strip_suffix(" comments:")
        .or_else(|| lower.strip_suffix(" comment:"))
    else {
        return false;
    };
    count == "no" || is_count(count)
}

/// `Newer Post Older Post Home`, `Subscribe to: Post Comments (Atom)`, `Post a
/// Comment`: the links under a post.
fn is_post_links(text: &str) -> bool {
    let lower = normalized(text);
    matches!(
        lower.as_str(),
        "newer post older post home"
            | "newer post home"
            | "older post home"
            | "post a comment"
            | "subscribe to: post comments (atom)"
            | "subscribe to: posts (atom)"
    )
}

/// `Simple theme. Powered by Blogger.`, `Powered by Blogger.`: the theme's line.
fn is_theme_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && lower.ends_with("powered by blogger.")
}

/// `Anonymous said...`, `March 13, 2019 at 1:12 AM`: a comment's header or date.
fn is_comment_line(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 80
        && (text
            .strip_suffix(" said...")
            .or_else(|| text.strip_suffix(" said\u{2026}"))
            .is_some_and(|name| !name.is_empty() && name.split_whitespace().count() <= 4)
            || text.contains(" at ") && is_date(text))
}

/// Where the post's footer starts: its `Posted by` line, the share buttons, the
/// comments' header or the post links.
fn is_footer_start(text: &str) -> bool {
    is_posted_by(text) || is_share_line(text) || is_comments_header(text) || is_post_links(text)
}

/// A line that shows a block is a Blogger page's, laid out a line at a time: the post's
/// footer lines, a comment's header or date, the theme's line.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_footer_start(text)
        || is_comment_line(text)
        || is_theme_line(text)
        || normalized(text).starts_with("labels: ")
}

/// Whether a paste is a post copied from a Blogger blog: two of its marks (the `Posted
/// by` line, the share buttons, the comments' header, the post links, the theme's
/// line).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().any(|text| is_posted_by(text)),
        texts.iter().any(|text| is_share_line(text)),
        texts.iter().any(|text| is_comments_header(text)),
        texts.iter().any(|text| is_post_links(text)),
        texts.iter().rev().take(3).any(|text| is_theme_line(text)),
    ])
}

/// A line that may be the post's title: short, not a sentence, no date, menu or
/// separator.
fn is_title(text: &str) -> bool {
    is_line_not_sentence(text, MAX_TITLE)
        && !is_date_header(text)
        && !is_nav_line(text)
        && !is_scene_break(text)
}

/// Reads a post copied from a Blogger blog: sets the roles over, in and under the post,
/// and the post's title.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    // The post's title: under the date header, or the last title line over the post's
    // first paragraph of prose.
    let reach = count.min(HEADER_REACH);
    let title = match (0..reach).find(|&index| is_date_header(texts[index])) {
        Some(date) => (date + 1 < count && is_title(texts[date + 1])).then_some(date + 1),
        None => {
            let prose = (0..reach)
                .find(|&index| !is_line_not_sentence(texts[index], MAX_TITLE))
                .unwrap_or(reach);
            (0..prose).rev().find(|&index| is_title(texts[index]))
        }
    };
    let Some(title) = title else {
        return;
    };
    chrome.roles[..title].fill(Role::Chrome);
    chrome.roles[title] = Role::Heading;
    chrome
        .title
        .get_or_insert_with(|| texts[title].trim().to_string());
    // From the post's footer down, the blog's.
    let footer = (title + 1..count)
        .find(|&index| is_footer_start(texts[index]))
        .unwrap_or(count);
    chrome.roles[footer..].fill(Role::Chrome);
    read_writers_post(texts, title + 1..footer, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Posted by mothgirl at 8:20 PM", true),
            ("Email ThisBlogThis!Share to TwitterShare to Facebook", true),
            ("4 comments:", true),
            ("Anonymous said...", true),
            ("May 5, 2016 at 10:02 AM", true),
            ("Newer Post Older Post Home", true),
            ("Simple theme. Powered by Blogger.", true),
            ("Labels: fanfic, moth", true),
            // A story's lines.
            ("Posted by the river at dawn, the letter waited.", false),
            ("The comments were cruel.", false),
            ("Mum said... nothing.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_date_header("Wednesday, May 4, 2016"));
        assert!(is_date_header("Wednesday, 4 May 2016"));
        assert!(!is_date_header("Wednesday, she said"));
    }

    /// The bug: a Blogger post was read whole: the blog's title and pages, the date, the
    /// post's title as narration, the intro (an anon's question it quotes as dialogue),
    /// the POV line, the end mark, the footer, the comments (their quotes of the story as
    /// dialogue), the post links, the sidebar and the theme's line.
    #[test]
    fn a_post_is_read_without_the_blog() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Moth Tales",
            "Home",
            "About Me",
            "Wednesday, May 4, 2016",
            "[Moth FF] The Lamp Chapter 5",
            "Update po!! A reader asked \u{201C}where is Bo??\u{201D} here na!",
            "Ann\u{2019}s POV",
            "~*~*~*~",
            "\u{201C}Mine,\u{201D} said the moth.",
            "~ to be continued ~",
            "A/N: thank you for reading!",
            "Posted by mothgirl at 8:20 PM",
            "Labels: moth",
            "1 comment:",
            "Anonymous said...",
            "\u{201C}Mine\u{201D} I\u{2019}m screaming",
            "May 5, 2016 at 10:02 AM",
            "Reply",
            "Newer Post Older Post Home",
            "Simple theme. Powered by Blogger.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, H, N, H, S, S, C, N, C, C, C, C, C, C, C, C, C])
            .assert_title("[Moth FF] The Lamp Chapter 5");
        assert!(!is_page(&[
            "Posted by mothgirl at 8:20 PM",
            "She posted it."
        ]));
    }
}
