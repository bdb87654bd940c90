//! A tumblr post copied from the site with its bar and its reblog chain: tumblr's bar a
//! word a line (`tumblr`, `Search Tumblr`, `Log in`, `Sign up`), the reblogging blog's
//! name over its `Follow` button, `tidepool-tess reblogged this from kelpie-kit`, the
//! original poster's name over its `Follow`; then the post (its title line, header
//! fields, story, end note, taglist and tags, which the general rules read as on any
//! tumblr post); then the chain: each reblogging blog's name on a line of its own, what
//! it added (a comment quoting the story, `"that's gerald." i'm crying at work`) and its
//! tags; `Source: saltwater-scribbles` and the notes count (`482 notes`).
//!
//! In: a paste's paragraphs. Out: their roles and the post's writer. The bar and the
//! names over the post are the page's (the original poster named the writer); from the
//! first reblogging blog's name under the post to the end all is the chain's, so a
//! reblog's quote of the story is no one's dialogue, and the post's end note is a note.

use super::chrome::{is_button, is_hashtags, is_notes_count, is_user_name, normalized};
use super::chrome::{Chrome, Role};
use super::page::has_two_marks;

/// How far down the bar and the names over the post may reach (paragraphs).
const HEADER_REACH: usize = 12;

/// How many paragraphs at the bottom the source line or the notes count may be.
const FOOT_REACH: usize = 4;

/// `tumblr`, `Search Tumblr`, `Log in`, `Sign up`, `Explore`: tumblr's bar, a word a
/// line.
fn is_bar_line(text: &str) -> bool {
    matches!(
        normalized(text).as_str(),
        "tumblr" | "search tumblr" | "log in" | "sign up" | "explore" | "home" | "dashboard"
    )
}

/// `tidepool-tess reblogged this from kelpie-kit`: who reblogged the post from
/// whom.
fn reblogged(text: &str) -> Option<(&str, &str)> {
    let (by, from) = text.trim().split_once(" reblogged this from ")?;
    (is_user_name(by) && is_user_name(from)).then_some((by, from))
}

/// `Source: saltwater-scribbles`: the post's original poster, under the chain.
fn source(text: &str) -> Option<&str> {
    let name = text.trim().strip_prefix("Source: ")?.trim();
    is_user_name(name).then_some(name)
}

/// `end note: …`, `end notes: …`: the writer's note under the story.
fn is_end_note(text: &str) -> bool {
    let lower = normalized(text);
    lower.starts_with("end note:") || lower.starts_with("end notes:")
}

/// Whether a paste is a tumblr post copied with the site's bar or its reblog chain: two
/// of its marks (the bar at the top, a reblog line, the source line, the notes count).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts
            .iter()
            .take(2)
            .any(|text| matches!(normalized(text).as_str(), "tumblr" | "search tumblr")),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| reblogged(text).is_some()),
        texts
            .iter()
            .rev()
            .take(FOOT_REACH)
            .any(|text| source(text).is_some()),
        texts
            .iter()
            .rev()
            .take(FOOT_REACH)
            .any(|text| is_notes_count(text)),
    ])
}

/// Reads a tumblr post copied with its bar and reblog chain: sets the roles over the
/// post and under it, and the post's writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    // The bar and the names over the post: a name stands over its `Follow` button or a
    // reblog line.
    let mut names: Vec<&str> = Vec::new();
    let mut header = 0;
    while header < count.min(HEADER_REACH) {
        let text = texts[header].trim();
        let over_button = texts
            .get(header + 1)
            .is_some_and(|next| is_button(next) || reblogged(next).is_some());
        if let Some((by, from)) = reblogged(text) {
            names.extend([by, from]);
        } else if is_user_name(text) && over_button {
            names.push(text);
        } else if !is_bar_line(text) && !is_button(text) {
            break;
        }
        header += 1;
    }
    chrome.roles[..header].fill(Role::Chrome);
    let original = texts
        .iter()
        .rev()
        .take(FOOT_REACH)
        .find_map(|text| source(text));
    if let Some(writer) = original.or(names.last().copied()) {
        chrome.author.get_or_insert_with(|| writer.to_string());
    }
    names.extend(original);
    // The chain under the post: from the first reblogging blog's name, a line of its own
    // under the post's tags, or a name the header gave (a wrapped paste may join its
    // comment to it), to the end.
    let chain = (header + 1..count).find(|&index| {
        let text = texts[index].trim();
        let first = text.split_whitespace().next().unwrap_or_default();
        names.contains(&first)
            || is_user_name(text) && index + 1 < count && is_hashtags(texts[index - 1])
    });
    let end = chain
        .or_else(|| (header..count).find(|&index| source(texts[index]).is_some()))
        .unwrap_or(count);
    chrome.roles[end..].fill(Role::Chrome);
    // The writer's end note under the story.
    for index in (header..end).rev().take(FOOT_REACH) {
        if is_end_note(texts[index]) && chrome.roles[index] == Role::Story {
            chrome.roles[index] = Role::Note;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(
            reblogged("pip-pip reblogged this from moth-wing"),
            Some(("pip-pip", "moth-wing"))
        );
        assert_eq!(reblogged("She reblogged this from her phone at dawn"), None);
        assert_eq!(source("Source: moth-wing"), Some("moth-wing"));
        assert_eq!(source("Source: the old mill, by the river"), None);
        assert!(is_end_note("end note: i have never met a moth"));
        assert!(!is_end_note("The end, note it."));
    }

    /// The bug: a tumblr post copied with the site's bar and its reblog chain was read
    /// with `tumblr` as its title, the bar, the blogs' names and `Follow` buttons, the
    /// reblog line, and under the post every reblog's name, comment (its quote of the
    /// story as dialogue) and tags, and the source line.
    #[test]
    fn a_reblog_chain_is_read_as_the_original_post() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "tumblr",
            "Search Tumblr",
            "pip-pip",
            "Follow",
            "pip-pip reblogged this from bee-bee",
            "moth-wing",
            "Follow",
            "the lamp | moth x reader",
            "\"Mine,\" said the moth.",
            "end note: i have never met a moth",
            "#the lamp#moth x reader",
            "bee-bee",
            "\"Mine\" i'm on the floor",
            "#moths",
            "pip-pip",
            "the way the moth said that",
            "Source: moth-wing",
            "212 notes",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, C, C, C, S, S, N, S, C, C, C, C, C, C, C])
            .assert_author("moth-wing");
        assert!(!is_page(&["tumblr", "She scrolled tumblr all night."]));
    }
}
