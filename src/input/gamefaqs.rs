//! A fan-fiction topic on a GameFAQs message board copied from its page: the site's name
//! and links a line each (`GameFAQs`, `Sign Up`, `Log In`, `Boards`), the board's name,
//! its links (`Board List`, `Topic List`, `Search Topics`) and the topic's title
//! (`Topic: [FanFic] …`); then each post: the poster's name, when it was posted
//! (`Posted 11/29/2026 8:47:03 PM`) and its number (`#1`), a line each, its text (a
//! reply may open with a quote of another post, `From: NAME | #004` over the quoted
//! paragraph), and the poster's signature under a `---` line, repeated on every post of
//! theirs (`PSN: name | "a line they like" is a lifestyle`); a deleted post shows as
//! `[This message was deleted at the request of the original poster]`; then the links
//! again, `Page 1 of 1`, `Post New Message` and the footer (`© 2026 GAMESPOT, …`).
//!
//! In: a paste's paragraphs (a block with a post's `Posted` line, the board's links or
//! the footer in it is cut line by line). Out: their roles and the writer's name. The
//! story is the first poster's posts without their signatures, each read as a writer's
//! post (see [`read_writers_posts`]: the intro over the story's title and the thanks
//! over a later part notes, the story's title a heading); everything else — the
//! header, the posts' headers and signatures, the others' replies (their quotes of the
//! story), deleted posts and the footer — is the page's.

use super::chrome::{is_user_name, normalized, read_writers_posts, thread_headers, Chrome};
use super::page::{has_two_marks, is_clock, is_numeric_date};
use super::plain::is_scene_break;

/// The longest line of a signature (bytes): the board allows two lines of 80.
const MAX_SIGNATURE_LINE: usize = 160;

/// How many lines a signature may have.
const SIGNATURE_LINES: usize = 2;

/// The board's links, a line each, over the posts and under them.
const BOARD_LINKS: &[&str] = &[
    "board list",
    "topic list",
    "search topics",
    "post new message",
    "message list",
    "active messages",
    "my boards",
];

/// The labels a signature names a player's accounts with (`PSN: name`).
const ACCOUNT_LABELS: &[&str] = &[
    "psn:",
    "xbl:",
    "gt:",
    "steam:",
    "nnid:",
    "fc:",
    "switch fc:",
    "friend code:",
    "discord:",
];

/// `GameFAQs`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text) == "gamefaqs"
}

/// `Board List`, `Topic List`, `Post New Message`: a link of the board's.
fn is_board_link(text: &str) -> bool {
    text.len() <= 20 && BOARD_LINKS.contains(&normalized(text).as_str())
}

/// `Page 1 of 3`: the topic's pager.
fn is_pager(text: &str) -> bool {
    if !text.trim_start().starts_with("Page ") {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let number = |word: &str| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
    matches!(words.as_slice(), ["Page", at, "of", all] if number(at) && number(all))
}

/// `© 2026 GAMESPOT, A FANDOM COMPANY. ALL RIGHTS RESERVED.`: the footer.
fn is_footer(text: &str) -> bool {
    if text.len() > 120 || !text.trim_start().starts_with('\u{00A9}') {
        return false;
    }
    let lower = normalized(text);
    lower.contains("gamespot") || lower.contains("gamefaqs")
}

/// `#1`, `#004`: a post's number.
fn is_post_number(text: &str) -> bool {
    text.trim().strip_prefix('#').is_some_and(|number| {
        (1..=4).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit())
    })
}

/// `Posted 11/29/2026 8:47:03 PM`, with its number after a bar in some copies (`… PM |
/// #001`): when a post was posted.
fn is_posted_line(text: &str) -> bool {
    let text = text.trim();
    let text = match text.rsplit_once(" | ") {
        Some((posted, number)) if is_post_number(number) => posted,
        _ => text,
    };
    let Some(when) = text.strip_prefix("Posted ") else {
        return false;
    };
    let words: Vec<&str> = when.split_whitespace().collect();
    // `8:47:03`: the clock with its seconds.
    let time = |word: &str| {
        is_clock(word)
            || word.rsplit_once(':').is_some_and(|(clock, seconds)| {
                is_clock(clock) && seconds.len() == 2 && seconds.chars().all(|c| c.is_ascii_digit())
            })
    };
    match words.as_slice() {
        [date, at, "AM" | "PM"] | [date, at] => is_numeric_date(date) && time(at),
        _ => false,
    }
}

/// `From: kalahari_kid | #004`: a quote of another post, over the quoted paragraph.
fn is_quote_header(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 80
        && text
            .strip_prefix("From: ")
            .and_then(|rest| rest.split_once(" | "))
            .is_some_and(|(name, number)| is_user_name(name) && is_post_number(number))
}

/// `[This message was deleted at the request of the original poster]`, `… of a
/// moderator or administrator]`: where a deleted post stood.
fn is_deleted(text: &str) -> bool {
    normalized(text).starts_with("[this message was deleted at the request of")
        && text.trim_end().ends_with(']')
}

/// A line that shows a block is a GameFAQs page's, laid out a line at a time: a post's
/// `Posted` line, a link of the board's, the pager, a quote's header, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: the page's lines are short.
    text.len() <= 120
        && (is_posted_line(text)
            || is_board_link(text)
            || is_pager(text)
            || is_quote_header(text)
            || is_footer(text))
}

/// The post whose `Posted` line stands at `index`: where its header starts (the
/// poster's name over that line) and ends (after its number), and the poster.
fn header_at<'a>(texts: &[&'a str], index: usize) -> Option<(usize, usize, &'a str)> {
    if !is_posted_line(texts[index]) {
        return None;
    }
    let name = texts.get(index.checked_sub(1)?)?.trim();
    let numbered = texts
        .get(index + 1)
        .is_some_and(|text| is_post_number(text));
    is_user_name(name).then_some((index - 1, index + 1 + usize::from(numbered), name))
}

/// Whether a paste is a topic copied from GameFAQs: two of its marks (the site's name at
/// the top, a post's header, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        (1..texts.len()).any(|index| header_at(texts, index).is_some()),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Where the signature of the post whose text is `post` starts, if it has one: its last
/// `---` line with a line or two under it, short, that end another post as well (a
/// signature is the same on every post of its poster) or name the player's accounts
/// (`PSN: …`) or set their pieces apart with a bar.
fn signature_start(
    texts: &[&str],
    post: std::ops::Range<usize>,
    ends: &[Vec<&str>],
) -> Option<usize> {
    let rule = (post.start..post.end)
        .rev()
        .take(SIGNATURE_LINES + 1)
        .find(|&index| texts[index].trim() == "---")?;
    let lines: Vec<&str> = texts[rule + 1..post.end]
        .iter()
        .map(|line| line.trim())
        .collect();
    let repeated = ends
        .iter()
        .filter(|end| end.len() >= lines.len() && end[end.len() - lines.len()..] == lines[..])
        .count()
        >= 2;
    let signed = lines.iter().any(|line| {
        let lower = normalized(line);
        line.contains(" | ") || ACCOUNT_LABELS.iter().any(|label| lower.starts_with(label))
    });
    (!lines.is_empty()
        && lines.iter().all(|line| line.len() <= MAX_SIGNATURE_LINE)
        && (repeated || signed))
        .then_some(rule)
}

/// Reads a topic copied from GameFAQs: sets every paragraph's role; the first poster is
/// the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let Some((headers, writer)) = thread_headers(texts, header_at, chrome) else {
        return;
    };
    // Each post's text: from its header to the next one, or to the board's links under
    // the last.
    let texts_of = super::chrome::post_bodies(texts, &headers, |text| {
        is_board_link(text) || is_pager(text) || is_footer(text) || is_deleted(text)
    });
    let ends: Vec<Vec<&str>> = texts_of
        .iter()
        .map(|(post, _)| {
            let from = post.end.saturating_sub(SIGNATURE_LINES).max(post.start);
            texts[from..post.end]
                .iter()
                .map(|text| text.trim())
                .collect()
        })
        .collect();
    // The writer's posts without their signatures; the rest is the page's.
    let posts: Vec<std::ops::Range<usize>> = texts_of
        .iter()
        .filter(|(_, name)| *name == writer)
        .map(|(post, _)| {
            let end = signature_start(texts, post.clone(), &ends).unwrap_or(post.end);
            // A rule left over the signature is the story's separator no more.
            let end = (post.start..end)
                .rev()
                .find(|&index| !is_scene_break(texts[index]))
                .map_or(post.start, |last| last + 1);
            post.start..end
        })
        .collect();
    read_writers_posts(texts, &posts, is_quote_header, chrome);
}

#[cfg(test)]
mod tests {
    use super::super::chrome::Role;
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Posted 3/4/2025 9:12:40 PM", true),
            ("Posted 3/4/2025 9:12:40 PM | #003", true),
            ("Topic List", true),
            ("Post New Message", true),
            ("Page 2 of 3", true),
            ("From: gravel_rash | #012", true),
            (
                "\u{00A9} 2025 GAMESPOT, A FANDOM COMPANY. ALL RIGHTS RESERVED.",
                true,
            ),
            // A story's lines.
            ("Posted 3/4/2025 was written on the parcel.", false),
            ("From: the desk of the stage manager", false),
            ("Page after page of pace notes.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_deleted(
            "[This message was deleted at the request of the original poster]"
        ));
        assert!(!is_deleted("[This message was never sent]"));
    }

    /// The bug: a GameFAQs topic was read whole: the site's links and the topic's title
    /// as one paragraph, every post's name, time and number, the writer's intro, thanks
    /// and signature (its quoted words as dialogue), and the others' replies quoting the
    /// story (also under a `From:` quote header) as dialogue.
    #[test]
    fn a_topic_is_read_as_the_writers_posts() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let signature = "XBL: gravel_rash | \"flat out, trust me\" since 2009";
        let texts = [
            "GameFAQs",
            "Board List",
            "Topic: [FanFic] Gravel (finished)",
            "gravel_rash",
            "Posted 3/4/2025 9:12:40 PM",
            "#1",
            "Promised this in the other topic, so here it is. Feedback welcome.",
            "GRAVEL",
            "\u{201C}Flat out,\u{201D} said Mo.",
            "---",
            signature,
            "pit_lane",
            "Posted 3/4/2025 9:40:02 PM",
            "#2",
            "From: gravel_rash | #001",
            "\u{201C}Flat out,\u{201D} said Mo.",
            "love this",
            "gravel_rash",
            "Posted 3/5/2025 8:00:00 PM",
            "#3",
            "Thanks all!! Last bit.",
            "---",
            "\u{201C}Trust me,\u{201D} said Mo.",
            "THE END",
            "---",
            signature,
            "[This message was deleted at the request of the original poster]",
            "Topic List",
            "Page 1 of 1",
            "\u{00A9} 2025 GAMESPOT, A FANDOM COMPANY. ALL RIGHTS RESERVED.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, N, H, S, C, C, C, C, C, C, C, C, C, C, C, N, S, S, N, C, C, C, C,
                C, C,
            ])
            .assert_title("GRAVEL")
            .assert_author("gravel_rash");
        assert!(!is_page(&["GameFAQs", "She read GameFAQs at work."]));
        // Headers run together in a broken paste are read without a panic.
        Chrome::assert_reads_broken(
            &[
                "GameFAQs",
                "gravel_rash",
                "Posted 3/4/2025 9:12:40 PM",
                "pit_lane",
                "Posted 3/4/2025 9:40:02 PM",
                "#2",
            ],
            read_page,
        );
    }
}
