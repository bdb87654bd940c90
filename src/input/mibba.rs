//! A chapter copied from its page on Mibba: the site's name and menu a word a line
//! (`mibba`, `Home`, `Creative Writing`, `Articles`, …, `Log in`, `Sign up`), the
//! breadcrumb (`Creative Writing › Stories › Fan Fiction › …`), the story's title, `by
//! USER`, its kind and genres (`Fan Fiction · Red Dirt · Romance · Ongoing`), its
//! characters, its counts (`37 subscribers · 12 recommendations · 58 comments`), the
//! buttons a line each (`Subscribe`, `Recommend`, `Comment`), `Chapters` over the
//! chapter's choice (`Chapter 7 of 11: Servo`); under the chapter the chapter links,
//! the comments and the footer (`© 2004–2024 mibba`).
//!
//! In: a paste's paragraphs (a block with the counts in it is cut line by line). Out:
//! their roles, the story's title and writer. Over the chapter all is the page's but
//! the title (a heading); under it the links and comments are the general tail's.

use super::chrome::{is_count, is_line_not_sentence, is_user_name, normalized, Chrome, Role};
use super::page::{has_two_marks, is_breadcrumb};

/// How far down the chapter's choice may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title line (bytes).
const MAX_TITLE: usize = 160;

/// `mibba`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text) == "mibba"
}

/// `37 subscribers · 12 recommendations · 58 comments`: the story's counts.
fn is_counts_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 100
        && lower.contains("subscriber")
        && lower.split(['·', '•', '|']).all(|piece| {
            let words: Vec<&str> = piece.split_whitespace().collect();
            matches!(words.as_slice(), [count, what]
                if is_count(count)
                    && ["subscriber", "recommendation", "comment", "read", "view", "chapter"]
                        .iter()
                        .any(|kind| what.starts_with(kind)))
        })
}

/// `Subscribe`, `Recommend`, `Comment`, `Chapters`: the story's buttons over the
/// chapter, a line each.
fn is_header_button(text: &str) -> bool {
    matches!(
        normalized(text).as_str(),
        "subscribe" | "subscribed" | "recommend" | "recommended" | "comment" | "chapters"
    )
}

/// `Chapter 7 of 11: Servo`: the chapter's choice under `Chapters`.
fn is_chapter_choice(text: &str) -> bool {
    let lower = normalized(text);
    let Some(rest) = lower.strip_prefix("chapter ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let number = |word: Option<&str>| {
        word.map(|word| word.trim_end_matches(':'))
            .is_some_and(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
    };
    text.len() <= 120 && number(words.next()) && words.next() == Some("of") && number(words.next())
}

/// `© 2004–2024 mibba. All rights reserved.`, `About mibba · Help · …`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200 && lower.contains("mibba") && (lower.contains('©') || lower.contains('·'))
}

/// A line that shows a block is a Mibba page's, laid out a line at a time: the counts.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_counts_line(text)
}

/// Whether a paste is a chapter copied from Mibba: two of its marks (the site's name
/// at the top, the counts, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_counts_line(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a chapter copied from Mibba: sets the roles over the chapter, the story's
/// title and writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    // The header is short lines: it ends before the first paragraph of prose.
    let reach = (0..texts.len().min(HEADER_REACH))
        .find(|&index| texts[index].len() > MAX_TITLE)
        .unwrap_or(texts.len().min(HEADER_REACH));
    // The header ends with the chapter's choice, the buttons or the counts.
    let Some(last) = (0..reach).rev().find(|&index| {
        let text = texts[index];
        is_chapter_choice(text) && index > 0 && is_header_button(texts[index - 1])
            || is_header_button(text)
            || is_counts_line(text)
    }) else {
        return;
    };
    chrome.roles[..=last].fill(Role::Chrome);
    // The title over `by USER`, under the breadcrumb.
    let Some(byline) = (0..last).find(|&index| {
        texts[index]
            .trim()
            .strip_prefix("by ")
            .is_some_and(|name| is_user_name(name.trim()))
    }) else {
        return;
    };
    if let Some(name) = texts[byline].trim().strip_prefix("by ") {
        chrome.author.get_or_insert_with(|| name.trim().to_string());
    }
    if let Some(title) = byline.checked_sub(1) {
        let text = texts[title];
        if !is_breadcrumb(text) && !is_site_name(text) && is_line_not_sentence(text, MAX_TITLE) {
            chrome.roles[title] = Role::Heading;
            chrome.title.get_or_insert_with(|| text.trim().to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_layout_line(
            "37 subscribers \u{00B7} 12 recommendations \u{00B7} 58 comments"
        ));
        assert!(!is_layout_line("She had 37 subscribers and no friends."));
        assert!(is_chapter_choice("Chapter 7 of 11: Servo"));
        assert!(!is_chapter_choice("Chapter 7: Servo"));
    }

    /// The bug: a Mibba chapter was read with the site's menu as a heading and the
    /// story's genres, characters, counts, buttons and chapter choice as narration.
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Story as S};
        let texts = [
            "mibba",
            "Home",
            "Log in",
            "Creative Writing \u{203A} Stories \u{203A} Fan Fiction",
            "The Lamp",
            "by moth_wing",
            "Fan Fiction \u{00B7} Moths \u{00B7} Ongoing",
            "Ann/Bo \u{00B7} Cy",
            "3 subscribers \u{00B7} 1 recommendation \u{00B7} 2 comments",
            "Subscribe",
            "Chapters",
            "Chapter 1 of 2: Light",
            "Chapter One: Light",
            "'Mine,' says the moth.",
            "\u{00A9} 2004\u{2013}2024 mibba. All rights reserved.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, H, C, C, C, C, C, C, C, S, S, S])
            .assert_title("The Lamp")
            .assert_author("moth_wing");
        assert!(!is_page(&["mibba", "She wrote on mibba once."]));
    }
}
