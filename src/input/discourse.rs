//! A fic posted as a topic on a Discourse forum (NaNoWriMo's forums and many others) and
//! copied from its page: the site's name and nav a line each (`Categories`, `Latest`,
//! `Top`, `Log In`), the category, the topic's title, its breadcrumb and tags (`Lounges ›
//! Fan Fiction   #fanfic`); each post under its header (the poster's name, a user title
//! when the poster has one, `Participant · 3-time winner`, and the date, `Nov 19, 2023`);
//! under the first post the replies' count (`5 Replies`), `Reply`, the likes (`❤ 14`),
//! the topic's stats (`created Nov 19   last reply Nov 22   5 replies   412 views …`);
//! under each reply its likes; then `Suggested Topics` with its header row and topics, and
//! `Powered by Discourse`.
//!
//! In: a paste's paragraphs (a block with the likes, the replies' count or the stats in
//! it is cut line by line). Out: their roles and the writer's name. The writer is the
//! topic's poster: the writer's posts are the story, each read as a writer's post (see
//! [`read_writers_posts`]: the intro over the story's title and the thanks under its
//! end notes, so a line they quote is no one's; the title a heading); the writer's answer
//! to a reader (`@NAME …`) and everything else — the nav, the topic's title, the
//! headers, the counts, the others' replies (their quotes of the story) and the
//! suggested topics — are the page's.

use super::chrome::{
    is_dotted_list, is_line_not_sentence, is_user_name, normalized, post_bodies,
    read_writers_posts, thread_headers, writers_posts, Chrome,
};
use super::page::{has_two_marks, is_date, MONTH_NAMES};

/// How many lines over a post's date its header may have (the name, a user title).
const HEADER_LINES: usize = 2;

/// The longest user title (bytes).
const MAX_USER_TITLE: usize = 60;

/// `Nov 19, 2023`, `Nov 19`, `Nov '23`: when a post was posted, as Discourse prints it.
fn is_post_date(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 30 {
        return false;
    }
    if is_date(text) {
        return true;
    }
    let lower = normalized(text);
    let Some((month, day)) = lower.split_once(' ') else {
        return false;
    };
    let day = day.trim_start_matches('\'');
    MONTH_NAMES.contains(&month)
        && (1..=2).contains(&day.len())
        && day.chars().all(|c| c.is_ascii_digit())
}

/// `❤ 14`: a post's likes.
fn is_likes(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 20
        && text
            .strip_prefix(['\u{2764}', '\u{2665}'])
            .map(|rest| rest.trim_start_matches('\u{FE0F}').trim())
            .is_some_and(|count| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
}

/// `5 Replies`, `1 Reply`: the replies' count under the first post.
fn is_replies_count(text: &str) -> bool {
    let lower = normalized(text);
    lower
        .strip_suffix(" replies")
        .or_else(|| lower.strip_suffix(" reply"))
        .is_some_and(|count| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
}

/// `created Nov 19   last reply Nov 22   5 replies   412 views …`: the topic's stats.
fn is_topic_stats(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200 && lower.starts_with("created ") && lower.contains(" views")
}

/// `Powered by Discourse`: the page's last line.
fn is_powered_by(text: &str) -> bool {
    normalized(text) == "powered by discourse"
}

/// The lines that end a post: its likes, `Reply`, the counts and stats under the first
/// post, the suggested topics, the footer.
fn ends_post(text: &str) -> bool {
    is_likes(text)
        || normalized(text) == "reply"
        || is_replies_count(text)
        || is_topic_stats(text)
        || matches!(
            normalized(text).as_str(),
            "suggested topics" | "related topics" | "new & unread topics"
        )
        || is_powered_by(text)
}

/// A line that shows a block is a Discourse page's, laid out a line at a time: the likes,
/// the replies' count, the topic's stats, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short.
    text.len() <= 200
        && (is_likes(text) || is_replies_count(text) || is_topic_stats(text) || is_powered_by(text))
}

/// Whether a paste is a topic copied from a Discourse forum: two of its marks (the
/// replies' count, a post's likes, the topic's stats, `Powered by Discourse`).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().any(|text| is_replies_count(text)),
        texts.iter().any(|text| is_likes(text)),
        texts.iter().any(|text| is_topic_stats(text)),
        texts.iter().rev().take(3).any(|text| is_powered_by(text)),
    ])
}

/// The post whose date stands at `index`: where its header starts (the poster's name,
/// over a user title when there is one) and ends (after the date), and the poster.
fn header_at<'a>(texts: &[&'a str], index: usize) -> Option<(usize, usize, &'a str)> {
    if !is_post_date(texts[index]) {
        return None;
    }
    (1..=HEADER_LINES.min(index)).find_map(|lines| {
        let name = texts[index - lines].trim();
        let titled = texts[index - lines + 1..index]
            .iter()
            .all(|title| is_dotted_list(title) || is_line_not_sentence(title, MAX_USER_TITLE));
        (is_user_name(name) && titled).then_some((index - lines, index + 1, name))
    })
}

/// Reads a topic copied from a Discourse forum: sets every paragraph's role; the topic's
/// poster is the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let Some((headers, writer)) = thread_headers(texts, header_at, chrome) else {
        return;
    };
    let posts = writers_posts(texts, &post_bodies(texts, &headers, ends_post), writer);
    read_writers_posts(texts, &posts, |_| false, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::chrome::Role;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("\u{2764} 14", true),
            ("5 Replies", true),
            (
                "created Mar 2   last reply Mar 4   3 replies   90 views   2 users",
                true,
            ),
            ("Powered by Discourse", true),
            // A story's lines.
            ("\u{2764} to you, she wrote.", false),
            ("Five replies, and none of them kind.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_post_date("Mar 2, 2025"));
        assert!(is_post_date("Mar 2"));
        assert!(!is_post_date("March on, then."));
    }

    /// The bug: a Discourse topic was read whole: the nav, the topic's title, the
    /// headers, the writer's intro (its quote as dialogue), the counts, the stats and
    /// every reply (their quotes of the story as dialogue).
    #[test]
    fn a_topic_is_read_without_the_forum() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Harbour Writers",
            "Latest",
            "Log In",
            "[FIC] Low Water (one-shot)",
            "Lounges \u{203A} Fan Fiction   #fanfic",
            "saltfish_writes",
            "Member \u{00B7} 2-time winner",
            "Mar 2, 2025",
            "My first fic here, the title is from \u{201C}the tide\u{201D} episode. Feedback welcome!",
            "Low Water",
            "\u{201C}Pull,\u{201D} said Femi.",
            "They pulled.",
            "3 Replies",
            "\u{2764} 9",
            "gull_reader",
            "Mar 3, 2025",
            "\u{201C}Pull\u{201D} lol",
            "\u{2764} 1",
            "saltfish_writes",
            "Mar 3, 2025",
            "@gull_reader \u{201C}pull\u{201D} indeed",
            "\u{2764} 2",
            "Suggested Topics",
            "Powered by Discourse",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, N, H, S, S, C, C, C, C, C, C, C, C, C, C, C, C,
            ])
            .assert_author("saltfish_writes");
        assert!(!is_page(&[
            "Powered by Discourse",
            "She ran it on Discourse."
        ]));
        // A broken paste, headers with nothing between them, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "gull_reader",
                "Mar 3",
                "saltfish",
                "Mar 4",
                "\u{2764} 1",
                "5 Replies",
            ],
            read_page,
        );
    }
}
