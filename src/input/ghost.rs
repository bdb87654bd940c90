//! A story posted on a Ghost blog and copied from its page: the blog's name and its nav a
//! line each (`Home`, `Stories`, …, `Sign in`, `Subscribe`); the post's tags in capitals
//! (`SEA ROAD · FANFIC · ONE-SHOT`), its title, its dek (the excerpt under the title,
//! which may quote an episode's name), the writer's name and the post line (`Nov 22,
//! 2026 — 11 min read`); the post (its `A/N:` first, as anywhere); under it an end mark
//! (`END`), the writer's thanks under the last separator, `Share this post` with the
//! share links a line each, the subscribe box (`Subscribe to NAME`, its blurb, `Email
//! address`, `Subscribe`), the comments' count (`4 comments`), `Sign in or become a member
//! to join the conversation.`, each comment (the reader's name, the date, the text,
//! `Reply`), `You might also like` with other posts and their post lines, and the footer
//! (`NAME © 2026`, `Sign up`, `Powered by Ghost`).
//!
//! In: a paste's paragraphs (a block with the post line or `Powered by Ghost` in it is
//! cut line by line). Out: their roles, the post's title and the writer's name. Over the
//! post line all is the page's but the title (a heading) and the dek (the writer's
//! words about the post: a note, so the episode it names in quotes is no one's line);
//! from `Share this post` (or whichever of the boxes under the post comes first) to the
//! end all is the page's, so a comment quoting the story is no one's dialogue; an end
//! mark over it is the page's, and the thanks under the last separator a note.

use super::chrome::{
    is_line_not_sentence, mark_page_tail, normalized, outro_under_separator, starts_with_quote,
    tail_at_line, Chrome, Role,
};
use super::page::{has_two_marks, is_date, is_end_mark};

/// How far down the post line may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title, author or tag line (bytes).
const MAX_LINE: usize = 160;

/// How many paragraphs the writer's thanks under the last separator may have.
const OUTRO_REACH: usize = 3;

/// `Nov 22, 2026 — 11 min read`, `Nov 22, 2026 · 4 min read`: a post's date and reading
/// time (also a related post's, `NAME · 6 min read`).
fn is_post_line(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text
        .strip_suffix(" min read")
        .or_else(|| text.strip_suffix(" mins read"))
    else {
        return false;
    };
    let Some((before, minutes)) = rest.rsplit_once(' ') else {
        return false;
    };
    let before = before.trim_end_matches(['\u{2014}', '\u{2013}', '\u{00B7}', '-', '|', ' ']);
    text.len() <= 80
        && !minutes.is_empty()
        && minutes.chars().all(|c| c.is_ascii_digit())
        && !before.is_empty()
        && (is_date(before) || is_line_not_sentence(before, 60))
}

/// `Powered by Ghost`: the footer's last line.
fn is_powered_by(text: &str) -> bool {
    normalized(text) == "powered by ghost"
}

/// `Sign in or become a member to join the conversation.`, `Become a member of NAME to
/// start commenting.`: the line over a post's comments.
fn is_member_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120
        && (lower.starts_with("sign in or become a member")
            || lower.starts_with("become a member") && lower.contains("comment"))
}

/// The lines that start the page's tail under the post.
fn starts_tail(text: &str) -> bool {
    let lower = normalized(text);
    let comments = lower
        .strip_suffix(" comments")
        .or_else(|| lower.strip_suffix(" comment"))
        .is_some_and(|count| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()));
    matches!(
        lower.as_str(),
        "share this post" | "you might also like" | "read more" | "email address"
    ) || lower.starts_with("subscribe to ") && text.len() <= 80
        || comments
        || is_member_line(text)
        || is_powered_by(text)
}

/// A line that shows a block is a Ghost page's, laid out a line at a time: the post
/// line, the line over the comments, the footer's `Powered by Ghost`.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: the post line ends in `read`, the others are short.
    text.len() <= 120 && (is_post_line(text) || is_member_line(text) || is_powered_by(text))
}

/// Whether a paste is a post copied from a Ghost blog: two of its marks (the post line
/// near the top, `Share this post`, the line over the comments, `Powered by Ghost`).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_post_line(text)),
        texts
            .iter()
            .any(|text| normalized(text) == "share this post"),
        texts.iter().any(|text| is_member_line(text)),
        texts.iter().rev().take(3).any(|text| is_powered_by(text)),
    ])
}

/// Reads a post copied from a Ghost blog: sets the roles of its header, the lines under
/// the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let Some(post_line) = (0..count.min(HEADER_REACH)).find(|&index| is_post_line(texts[index]))
    else {
        return;
    };
    chrome.roles[..=post_line].fill(Role::Chrome);
    // Over the post line: the writer's name, the dek (a sentence, when there is one)
    // and the title.
    let mut at = post_line;
    if let Some(author) = at.checked_sub(1).filter(|&author| {
        is_line_not_sentence(texts[author], MAX_LINE)
            && texts[author].split_whitespace().count() <= 5
    }) {
        chrome
            .author
            .get_or_insert_with(|| texts[author].trim().to_string());
        at = author;
    }
    if let Some(dek) = at
        .checked_sub(1)
        .filter(|&dek| !is_line_not_sentence(texts[dek], MAX_LINE))
    {
        chrome.roles[dek] = Role::Note;
        at = dek;
    }
    if let Some(title) = at
        .checked_sub(1)
        .filter(|&title| is_line_not_sentence(texts[title], MAX_LINE))
    {
        chrome.roles[title] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[title].trim().to_string());
    }
    let start = post_line + 1;
    let tail = mark_page_tail(texts, start, tail_at_line(starts_tail), chrome);
    // Under the story: the writer's thanks under the last separator, an end mark over it.
    let mut end = tail;
    if let Some(outro) = outro_under_separator(texts, start, tail, OUTRO_REACH, |text| {
        !starts_with_quote(text) && text.len() <= MAX_LINE * 2
    }) {
        chrome.roles[outro.clone()].fill(Role::Note);
        end = outro.start;
    }
    for index in (start..end).rev().take(OUTRO_REACH + 1) {
        if is_end_mark(texts[index]) {
            chrome.roles[index] = Role::Chrome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Mar 3, 2025 \u{2014} 8 min read", true),
            ("Dele Ade \u{00B7} 4 min read", true),
            ("Powered by Ghost", true),
            ("Sign in or become a member to join the conversation.", true),
            // A story's lines.
            ("It was a ten min read, she said.", false),
            ("Powered by ghosts, the old mill ran all night.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(starts_tail("12 comments"));
        assert!(starts_tail("Subscribe to Harbour Notes"));
        assert!(!starts_tail("Twelve comments, and none of them kind."));
    }

    /// The bug: a Ghost post was read whole: the blog's name as a heading, the nav, the
    /// tags, the title, the dek (the episode it quotes as dialogue), the writer and post
    /// line, and under the story `END`, the thanks, the share links, the subscribe box
    /// and the comments (their quotes of the story as dialogue).
    #[test]
    fn a_post_is_read_without_the_blog() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Harbour Notes",
            "Home",
            "Subscribe",
            "SEA ROAD \u{00B7} FANFIC",
            "Low Water",
            "Set after \u{201C}The Tide Table\u{201D}. No spoilers.",
            "Dele Ade",
            "Mar 3, 2025 \u{2014} 8 min read",
            "\u{201C}Pull,\u{201D} said Femi.",
            "They pulled.",
            "END",
            "\u{2014}",
            "Thanks for reading Harbour Notes!",
            "Share this post",
            "Facebook",
            "2 comments",
            "Sign in or become a member to join the conversation.",
            "gull_reader",
            "\u{201C}Pull\u{201D} lol",
            "Reply",
            "Harbour Notes \u{00A9} 2025",
            "Powered by Ghost",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, H, N, C, C, S, S, C, S, N, C, C, C, C, C, C, C, C, C,
            ])
            .assert_title("Low Water")
            .assert_author("Dele Ade");
        assert!(!is_page(&["Powered by Ghost", "She wrote it on Ghost."]));
        // A broken paste, the post line first and nothing under it, is read without a panic.
        Chrome::assert_reads_broken(
            &["Mar 3, 2025 \u{2014} 8 min read", "Powered by Ghost"],
            read_page,
        );
    }
}
