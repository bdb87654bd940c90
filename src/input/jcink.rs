//! A fan-fiction topic on a Jcink-hosted forum copied from its page: the board's name and
//! tagline, `Welcome Guest ( Log In | Register )`, its menu (`Home | Help | Search |
//! …`), the breadcrumb (`BOARD > Fan Works > Fan Fiction`), the pager (`Pages: (2) [1] 2
//! ( Go to first unread post )`), the topic's buttons (`Add Reply | New Topic | New
//! Poll`), the topic's title over `Topic Options`; then each post: the poster's name,
//! `Posted: Mar 7 2026, 08:14 PM`, `Quote Post`, the poster's box a line each (the member
//! title, `Group: Members`, `Posts: 412`, `Member No.: 88`, `Joined: 12-June 19`), its
//! text (a reply may open with a quote box, `QUOTE (NAME @ Mar 7 2026, 08:14 PM)` over
//! the quoted line), the signature under its rule (`______`) and `Top`; then the pager
//! and the buttons again, `Track this topic`, `Email this topic`, `Print this topic` and
//! the footer (`Jcink Hosted Forums`, `Skin by …`, `Powered by Jcink Forums (c) 2026`,
//! `Archive`).
//!
//! In: a paste's paragraphs, a line each (a Jcink page is never read as hard-wrapped
//! text: see [`super::chrome::is_unwrapped_page`], so the posts' headers and boxes are
//! not run together). Out: their roles, the topic's title and the writer's name. The
//! story is the first poster's posts without their signatures, each read as a writer's
//! post (see [`read_writers_posts`]: the intro over the first separator and the outro
//! under the last notes, a quote box opening a post the page's, a later post of a few
//! words to the thread a note); everything else — the board's header, the posts'
//! headers, boxes and signatures, the others' replies (their quotes of the story) and the
//! footer — is the page's.

use super::chrome::{
    is_line_not_sentence, is_user_name, normalized, post_bodies, read_writers_posts,
    thread_headers, writers_posts, Chrome, PostHeader,
};
use super::page::{has_two_marks, is_date};

/// How many lines the member title (and the avatar's name) over the poster's box may
/// have.
const TITLE_LINES: usize = 2;

/// The longest line of a post's header or box, or the topic's title (bytes).
const MAX_LINE: usize = 200;

/// The topic's links under the last post, a line each (lower case).
const TOPIC_LINKS: &[&str] = &["track this topic", "email this topic", "print this topic"];

/// `Posted: Mar 7 2026, 08:14 PM`: when a post was posted (see [`is_date`]).
fn is_posted_line(text: &str) -> bool {
    text.trim().strip_prefix("Posted: ").is_some_and(is_date)
}

/// `Group: Members`, `Posts: 412`, `Member No.: 88`, `Joined: 12-June 19`: a line of the
/// poster's box.
fn is_box_field(text: &str) -> bool {
    let Some((key, value)) = text.trim().split_once(": ") else {
        return false;
    };
    let value = value.trim();
    let number = !value.is_empty() && value.chars().all(|c| c.is_ascii_digit() || c == ',');
    text.len() <= 80
        && match key.trim().to_lowercase().as_str() {
            "posts" | "member no." => number,
            "joined" => value.contains(|c: char| c.is_ascii_digit()),
            "group" => (1..=3).contains(&value.split_whitespace().count()),
            "warn" | "reputation" => value.contains(|c: char| c.is_ascii_digit()),
            _ => false,
        }
}

/// `Quote Post`, `Edit Post`, `Quote Post | Edit Post`: the post's buttons by its header.
fn is_post_buttons(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60
        && lower
            .split('|')
            .all(|button| matches!(button.trim(), "quote post" | "edit post" | "report post"))
}

/// `QUOTE (lusaka_lioness @ Mar 7 2026, 08:14 PM)`: a quote box opening a reply, over the
/// quoted lines.
fn is_quote_header(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_LINE
        && text
            .strip_prefix("QUOTE (")
            .and_then(|rest| rest.strip_suffix(')'))
            .is_some_and(|rest| rest.contains(" @ "))
}

/// `Pages: (2) [1] 2`, `Pages: (2) [1] 2 ( Go to first unread post )`: the topic's pager.
fn is_pager(text: &str) -> bool {
    text.len() <= 120 && text.trim_start().starts_with("Pages: (")
}

/// `______________________`: the rule over a signature.
fn is_rule(text: &str) -> bool {
    let text = text.trim();
    text.len() >= 5 && text.chars().all(|c| c == '_')
}

/// `Powered by Jcink Forums (c) 2026`, `Jcink Hosted Forums`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && (lower.starts_with("powered by jcink") || lower == "jcink hosted forums")
}

/// `Welcome Guest ( Log In | Register )`: the board's greeting to a reader not logged in.
fn is_welcome(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && lower.starts_with("welcome guest") && lower.contains("register")
}

/// The post whose `Posted:` line stands at `index`: where its header starts (the
/// poster's name over that line) and its text starts (under the buttons and the
/// poster's box), and the poster.
fn header_at<'a>(texts: &[&'a str], index: usize) -> Option<PostHeader<'a>> {
    if !is_posted_line(texts[index]) {
        return None;
    }
    let name = texts.get(index.checked_sub(1)?)?.trim();
    let mut text_start = index + 1;
    while text_start < texts.len() && is_post_buttons(texts[text_start]) {
        text_start += 1;
    }
    // The member title over the box's fields, then the fields.
    let reach = texts.len().min(text_start + TITLE_LINES + 1);
    if let Some(first) = (text_start..reach).find(|&at| is_box_field(texts[at])) {
        text_start = first;
        while text_start < texts.len() && is_box_field(texts[text_start]) {
            text_start += 1;
        }
    }
    is_user_name(name).then_some((index - 1, text_start, name))
}

/// Where a post's text ends, from its end: over `Top` and the signature under its rule.
fn text_end(texts: &[&str], post: std::ops::Range<usize>) -> usize {
    if let Some(rule) = post.clone().find(|&index| is_rule(texts[index])) {
        return rule;
    }
    let mut end = post.end;
    while end > post.start && texts[end - 1].trim() == "Top" {
        end -= 1;
    }
    end
}

/// Whether a paste is a topic copied from a Jcink forum: two of its marks (the greeting
/// to a guest, a post's header, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(6).any(|text| is_welcome(text)),
        (1..texts.len()).any(|index| header_at(texts, index).is_some()),
        texts.iter().rev().take(4).any(|text| is_footer(text)),
    ])
}

/// Reads a topic copied from a Jcink forum: sets every paragraph's role; the first
/// poster is the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let Some((headers, writer)) = thread_headers(texts, header_at, chrome) else {
        return;
    };
    // The topic's title, over `Topic Options` above the first post; its fields in
    // brackets (`Kitchen Party [Tash/Chileshe, one-shot, G]`) are no part of it.
    let topic = (1..headers[0].0)
        .rev()
        .find(|&index| normalized(texts[index]) == "topic options")
        .map(|index| texts[index - 1].trim())
        .filter(|title| is_line_not_sentence(title, MAX_LINE));
    if let Some(title) = topic {
        let name = title.split_once(" [").map_or(title, |(name, _)| name);
        chrome.title.get_or_insert_with(|| name.trim().to_string());
    }
    let bodies = post_bodies(texts, &headers, |text| {
        is_pager(text) || is_footer(text) || TOPIC_LINKS.contains(&normalized(text).as_str())
    });
    let posts: Vec<std::ops::Range<usize>> = writers_posts(texts, &bodies, writer)
        .into_iter()
        .map(|post| post.start..text_end(texts, post))
        .collect();
    read_writers_posts(texts, &posts, is_quote_header, chrome);
}

#[cfg(test)]
mod tests {
    use super::super::chrome::Role;
    use super::*;

    #[test]
    fn lines() {
        assert!(is_posted_line("Posted: Mar 7 2026, 08:14 PM"));
        assert!(!is_posted_line("Posted: the letter, at last."));
        assert!(is_box_field("Member No.: 88"));
        assert!(is_box_field("Joined: 12-June 19"));
        assert!(!is_box_field("Posts: she never read them."));
        assert!(is_quote_header("QUOTE (wren @ Mar 7 2026, 08:14 PM)"));
        assert!(!is_quote_header("QUOTE (the sign said)"));
        assert!(is_welcome("Welcome Guest ( Log In | Register )"));
        assert!(is_footer("Powered by Jcink Forums (c) 2026"));
    }

    /// The bug: a Jcink topic was read with its page: the board's header, the topic's
    /// title, each post's header and the poster's box a line each, the intro (a note it
    /// quotes as dialogue), the outro, the signature and `Top`, the others' replies (a
    /// quote box of the story and a reply opening on a quoted line, as dialogue) and the
    /// footer.
    #[test]
    fn a_topic_is_read_as_the_writers_posts() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "HARBOUR LIGHTS ~ the board",
            "Welcome Guest ( Log In | Register )",
            "Home | Help | Search | Members",
            "Low Water [Wing/Ah Man, G]",
            "Topic Options",
            "saltfish_writes",
            "Posted: Apr 2 2026, 08:14 PM",
            "Quote Post",
            "Fic Writer",
            "Group: Members",
            "Posts: 41",
            "Joined: 3-May 19",
            "Hi all! My mum says \"the boats are wrong\" but here it is.",
            "~ ~ ~",
            "\u{201C}Pull,\u{201D} said Ah Man.",
            "They pulled.",
            "~ ~ ~",
            "ok that's it!! thank you for reading",
            "______",
            "~ boats forever ~",
            "Top",
            "gull_reader",
            "Posted: Apr 2 2026, 09:02 PM",
            "Quote Post",
            "Member",
            "Group: Members",
            "QUOTE (saltfish_writes @ Apr 2 2026, 08:14 PM)",
            "\u{201C}Pull,\u{201D}",
            "I SCREAMED",
            "Top",
            "Pages: (1) [1]",
            "Track this topic",
            "Powered by Jcink Forums (c) 2026",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, C, C, C, C, N, S, S, S, S, N, C, C, C, C, C, C, C, C, C, C,
                C, C, C, C, C,
            ])
            .assert_title("Low Water")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["Jcink", "She posted it on a Jcink board."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Welcome Guest ( Log In | Register )",
                "wren",
                "Posted: Apr 2 2026, 08:14 PM",
            ],
            read_page,
        );
    }
}
