//! A fic posted on cohost and copied from the post's page: the site's bar a word a line
//! (`cohost!`, `search`, `notifications`, `bookmarked tags`), the poster's name with
//! their handle (`Marigold (in the basket) @windsock-marigold`), when (`1 day ago`),
//! the content warnings (`CW: fic, x reader, …`) and `hide post`, the post's headline
//! (`updraft | cass harrow x f!reader | 4.2k`), the writer's intro over the first
//! separator; under the post its tags (`#Tailwind #my fics`), the counts (`5 comments`,
//! `3 shares`), the comments (name and handle, when, the comment, `reply`) and the
//! footer (`cohost! · by anti software software club · …`).
//!
//! In: a paste's paragraphs (a block with `hide post`, the counts or the footer in it is
//! cut line by line). Out: their roles, the post's title and the poster's handle. The
//! headline's first field is the title, read as a heading, the rest of it (pairing,
//! word count) cut; the intro, in a chat or lower-case voice, is the writer's note, so
//! a request it quotes is no one's line; from the tags under the post to the end all is
//! the page's, so a comment quoting the story is no one's dialogue.

use super::chrome::{
    intro_over_separator, mark_page_tail, normalized, tail_at_line, talks_to_readers, title_line,
    voice, Chrome,
};
use super::chrome::{Role, Voice};
use super::page::time_ago_start;

/// How far down `hide post` may stand (paragraphs).
const HEADER_REACH: usize = 16;

/// How many paragraphs the writer's intro over the first separator may have.
const INTRO_REACH: usize = 3;

/// The longest headline (bytes).
const MAX_HEADLINE: usize = 100;

/// `cohost!`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text).trim() == "cohost!"
}

/// `cohost! · by anti software software club · terms of use · …`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 300
        && lower.starts_with("cohost!")
        && lower.contains("anti software software club")
}

/// `hide post`: the button under a post's content warnings.
fn is_hide_post(text: &str) -> bool {
    normalized(text).trim() == "hide post"
}

/// `5 comments`, `1 share`: a post's counts.
fn is_count_line(text: &str) -> bool {
    let lower = normalized(text);
    let mut words = lower.split_whitespace();
    let (Some(number), Some(word), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    number.chars().all(|c| c.is_ascii_digit())
        && matches!(word, "comment" | "comments" | "share" | "shares")
}

/// `#Tailwind #Cass Harrow #my fics`: a post's tags, each after a `#`.
fn is_tags_line(text: &str) -> bool {
    let text = text.trim();
    text.starts_with('#') && text.matches('#').count() >= 2 && text.len() <= 600
}

/// `Marigold (in the basket) @windsock-marigold`, `ferncastle @ferncastle`: a poster's
/// name and handle; the handle.
fn poster(text: &str) -> Option<&str> {
    let text = text.trim();
    let (name, handle) = text.rsplit_once(" @")?;
    let handle_ok = !handle.is_empty()
        && handle.len() <= 40
        && handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'));
    (handle_ok && !name.trim().is_empty() && text.len() <= 120).then_some(handle)
}

/// `1 day ago`, `23 hours ago`.
fn is_time_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() <= 4 && time_ago_start(&words) == Some(0)
}

/// A line that shows a block is a cohost page's, laid out a line at a time: the site's
/// name, `hide post`, a count, the footer, a poster's name with the handle.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_site_name(text)
        || is_hide_post(text)
        || is_count_line(text)
        || is_footer(text)
        || text.contains(" @") && poster(text).is_some()
}

/// Whether a paste is a post copied from cohost: two of its marks (the site's name at
/// the top, `hide post`, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    super::page::has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts.iter().any(|text| is_hide_post(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a post copied from cohost: sets the roles over and under the post, its title
/// and the poster's handle.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let header_end = match (0..reach).find(|&index| is_hide_post(texts[index])) {
        Some(hide) => hide + 1,
        // No `hide post` (a post without warnings): down to when it was posted.
        None => match (0..reach).find(|&index| is_time_line(texts[index])) {
            Some(time) => time + 1,
            None => return,
        },
    };
    chrome.roles[..header_end].fill(Role::Chrome);
    if let Some(handle) = texts[..header_end].iter().find_map(|text| poster(text)) {
        chrome.author.get_or_insert_with(|| handle.to_string());
    }
    let mut start = header_end;
    // The headline: its first field is the title.
    if let Some(headline) = title_line(texts, start, MAX_HEADLINE) {
        let text = headline.trim();
        chrome.roles[start] = Role::Heading;
        let title = text.split(" | ").next().unwrap_or(text).trim();
        chrome.title.get_or_insert_with(|| title.to_string());
        if let Some(bar) = headline.find(" | ") {
            chrome.end_cuts[start] = headline.len() - bar;
        }
        start += 1;
    }
    // Under the post: the tags, the counts, the comments, the footer.
    let tail = mark_page_tail(
        texts,
        start,
        tail_at_line(|text| is_tags_line(text) || is_count_line(text)),
        chrome,
    );
    // The writer's intro, over the first separator, in a note's voice.
    if let Some(intro) = intro_over_separator(texts, start, tail, INTRO_REACH, |text| {
        voice(text) != Voice::Prose || talks_to_readers(text)
    }) {
        chrome.roles[intro].fill(Role::Note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("cohost!", true),
            ("hide post", true),
            ("12 comments", true),
            ("1 share", true),
            ("Moth (they/them) @moth-lamp", true),
            (
                "cohost! \u{00B7} by anti software software club \u{00B7} terms",
                true,
            ),
            // A story's lines.
            ("She left two comments and a share.", false),
            ("Email me @ home.", false),
            ("Hide the post office key.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert_eq!(poster("Moth (they/them) @moth-lamp"), Some("moth-lamp"));
        assert!(is_time_line("3 hours ago"));
        assert!(is_tags_line("#fic #moths"));
        assert!(!is_tags_line("#1 fan"));
    }

    /// The bug: a cohost post was read with its bar, the poster's line, the time, the
    /// warnings, `hide post`, the whole headline and the intro (its quote as dialogue).
    #[test]
    fn a_post_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "cohost!",
            "search",
            "Moth @moth-lamp",
            "2 days ago",
            "CW: fic, moths",
            "hide post",
            "lantern | moth x reader | 1k",
            "for @bee who said \"write the lamp\" thank u",
            "\u{273F} \u{273F} \u{273F}",
            "\u{201C}Mine,\u{201D} said the moth.",
            "#fic #moths",
            "3 comments",
            "bee @bee",
            "\u{201C}Mine\u{201D} SCREAMING",
            "cohost! \u{00B7} by anti software software club \u{00B7} terms",
        ];
        let chrome = Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, C, C, H, N, S, S, C, C, C, C, C])
            .assert_title("lantern")
            .assert_author("moth-lamp");
        assert_eq!(chrome.end_cuts[6], " | moth x reader | 1k".len());
        // A story that names the site once is no page.
        assert!(!is_page(&["cohost!", "She never used the site again."]));
    }
}
