//! A tale on a Wikidot wiki (an SCP-style site) copied from its page: the site's name,
//! tagline and side menu (`Search this site`, `Main`, …), the breadcrumb (`Tales Hub »
//! … » Quiet Hours`), the page's title, the rating module (`rating: +87+–x`), then the
//! tale's own header modules: a collapsible block (`+ Content warnings` / `- Content
//! warnings` over its text), a series line (`Part of the … series. Previous: "…" |
//! Next: "…"`), bracketed banners (`[ACCESS GRANTED]`); under the tale the series'
//! links (`« Previous | Hub | Next »`), `Footnotes` with the notes (`1. …`), the
//! author's line, the page's tags, `page revision: 14, last edited: …`, the page's
//! tools (`Edit Rate (+87) Tags Discuss (23) History …`) and the footer (`Powered by
//! Wikidot.com`, the licence line). Footnote markers are glued to the tale's words
//! (`the good tin.1`, `tin."2`).
//!
//! In: a paste's paragraphs (a block with the rating, the revision line or the footer
//! in it is cut line by line). Out: their roles, the title and the markers to take out
//! of the tale's text. The title is read as a heading; the collapsible block's text,
//! the footnotes and the author's line are the writer's notes; the rest of the page,
//! over the tale and under it, is the page's, so a title quoted in the series line is
//! no one's dialogue.

use super::chrome::{is_line_not_sentence, normalized, Chrome, Role};
use super::substack::reference_at;

/// How far down the rating module may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// How many of the tale's header modules may follow the rating (paragraphs).
const MODULES_REACH: usize = 10;

/// How far over the revision line the series' links or `Footnotes` may stand.
const TAIL_REACH: usize = 16;

/// `rating: +87+–x`, `rating: 12`: the rating module.
fn is_rating(text: &str) -> bool {
    let lower = normalized(text);
    lower.trim().strip_prefix("rating:").is_some_and(|rest| {
        rest.chars().any(|c| c.is_ascii_digit())
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '\u{2013}' | 'x' | ' '))
    })
}

/// `page revision: 14, last edited: 3 Mar 2024 22:41`.
fn is_revision(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && lower.starts_with("page revision:") && lower.contains("last edited")
}

/// `Edit Rate (+87) Tags Discuss (23) History Files Print Site tools + Options`.
fn is_tools_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200
        && lower.starts_with("edit ")
        && lower.contains(" history")
        && (lower.contains("site tools") || lower.contains("discuss"))
}

/// The footer: `Powered by Wikidot.com`, its links and the licence line.
fn is_footer_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 300
        && (lower.trim() == "powered by wikidot.com"
            || lower.starts_with("unless otherwise stated, the content of this page is licensed")
            || lower.starts_with("help | terms of service"))
}

/// `Search this site`: the side menu's search box.
fn is_search_box(text: &str) -> bool {
    normalized(text).trim() == "search this site"
}

/// `+ Content warnings`, `- Hide notes`: a collapsible block's labels.
fn is_toggle(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 60
        && (text.starts_with("+ ") || text.starts_with("- "))
        && is_line_not_sentence(text, 60)
}

/// `« Overdue Notice | Reading Room | The Long Shelf »`, `Part of the Reading Room series.
/// Previous: "Overdue Notice" | Next: "The Long Shelf"`: a series' links.
fn is_series_line(text: &str) -> bool {
    let text = text.trim();
    let lower = normalized(text);
    let arrows = (text.starts_with('\u{00AB}') || text.ends_with('\u{00BB}')) && text.contains('|');
    let labelled = text.contains('|') && (lower.contains("previous:") || lower.contains("next:"));
    text.len() <= 300 && (arrows || labelled)
}

/// `[CLEARANCE LEVEL 2 — CONFIRMED]`: a banner in brackets, in capitals.
fn is_banner(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 100
        && text.starts_with('[')
        && text.ends_with(']')
        && text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
}

/// `1. Fortnum's Royal Blend, …`: a footnote and its number.
fn footnote_number(text: &str) -> Option<usize> {
    let (number, rest) = text.trim().split_once(". ")?;
    (!rest.trim().is_empty() && number.len() <= 2)
        .then(|| number.parse().ok())
        .flatten()
}

/// `tale reading-room site-12 contest2024`: the page's tags, lower-case words.
fn is_tags_line(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 300
        && text.split_whitespace().count() >= 2
        && text
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, ' ' | '-' | '_' | ':'))
}

/// A line that shows a block is a Wikidot page's, laid out a line at a time: the
/// rating, the revision line, the tools, the footer, the search box, `Footnotes`.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_rating(text)
        || is_revision(text)
        || is_tools_line(text)
        || is_footer_line(text)
        || is_search_box(text)
        || normalized(text).trim() == "footnotes"
}

/// Whether a paste is a page copied from a Wikidot wiki: two of its marks (the rating
/// module, the revision line, the tools, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let has = |test: fn(&str) -> bool| texts.iter().any(|text| test(text));
    super::page::has_two_marks(&[
        has(is_rating),
        has(is_revision),
        has(is_tools_line),
        texts
            .iter()
            .any(|text| normalized(text).trim() == "powered by wikidot.com"),
    ])
}

/// Reads a page copied from a Wikidot wiki: sets the roles over and under the tale, its
/// title, and the footnote markers to take out of its text.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    // Over the tale: the site's header, the title over the rating, the tale's modules.
    let mut start = 0;
    if let Some(rating) = (0..count.min(HEADER_REACH)).find(|&index| is_rating(texts[index])) {
        chrome.roles[..=rating].fill(Role::Chrome);
        if let Some(title) = rating.checked_sub(1) {
            let text = texts[title].trim();
            if is_line_not_sentence(text, 100) && !is_search_box(text) {
                chrome.roles[title] = Role::Heading;
                chrome.title.get_or_insert_with(|| text.to_string());
            }
        }
        start = rating + 1;
        let mut open = false;
        while start < count.min(rating + 1 + MODULES_REACH) {
            let text = texts[start];
            if is_toggle(text) {
                open = text.trim_start().starts_with('-');
                chrome.roles[start] = Role::Chrome;
            } else if is_series_line(text) || is_banner(text) {
                open = false;
                chrome.roles[start] = Role::Chrome;
            } else if open && is_line_not_sentence(text, 400) {
                chrome.roles[start] = Role::Note;
            } else {
                break;
            }
            start += 1;
        }
    }
    // Under the tale: from the tags or the revision line on, the page's.
    let Some(mut foot) = (start..count).find(|&index| {
        is_revision(texts[index]) || is_tools_line(texts[index]) || is_footer_line(texts[index])
    }) else {
        return;
    };
    if foot > start && is_tags_line(texts[foot - 1]) {
        foot -= 1;
    }
    chrome.roles[foot..].fill(Role::Chrome);
    // Over it: the series' links, the footnotes, the author's line.
    let Some(tail) = (foot.saturating_sub(TAIL_REACH).max(start)..foot).find(|&index| {
        is_series_line(texts[index]) || normalized(texts[index]).trim() == "footnotes"
    }) else {
        return;
    };
    let mut last = 0;
    for (role, text) in chrome.roles[tail..foot].iter_mut().zip(&texts[tail..foot]) {
        if is_series_line(text) || normalized(text).trim() == "footnotes" {
            *role = Role::Chrome;
        } else {
            if let Some(number) = footnote_number(text) {
                last = last.max(number);
            }
            *role = Role::Note;
        }
    }
    // The markers, in order: `1` first, then `2` after it, ….
    let mut wanted = 1;
    let story = chrome.roles[start..tail]
        .iter()
        .zip(&mut chrome.removals[start..tail])
        .zip(&texts[start..tail]);
    for ((role, removals), text) in story {
        if *role != Role::Story {
            continue;
        }
        while wanted <= last {
            let Some(at) = reference_at(text, wanted, removals) else {
                break;
            };
            removals.push(at);
            wanted += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout, series) in [
            ("rating: +87+\u{2013}x", true, false),
            ("rating: 12", true, false),
            (
                "page revision: 3, last edited: 1 Jan 2020 10:00",
                true,
                false,
            ),
            (
                "Edit Rate (+5) Tags Discuss (2) History Files Print Site tools",
                true,
                false,
            ),
            ("Powered by Wikidot.com", true, false),
            ("Search this site", true, false),
            ("\u{00AB} Part One | Hub | Part Three \u{00BB}", false, true),
            ("Previous: \"The Door\" | Next: \"The Key\"", false, true),
            // A story's lines.
            ("rating: she gave it a nine.", false, false),
            ("Page revision was his job, and he hated it.", false, false),
            ("Previous owners had left a piano.", false, false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
            assert_eq!(is_series_line(text), series, "{text}");
        }
        assert!(is_banner("[ACCESS GRANTED]"));
        assert!(!is_banner("[she didn't answer]"));
        assert_eq!(footnote_number("2. See the log."), Some(2));
        assert_eq!(footnote_number("He counted. Two."), None);
        assert!(is_tags_line("tale site-19 contest2023"));
        assert!(!is_tags_line("She left."));
    }

    /// The bug: a Wikidot tale was read with the site's menu as one paragraph, the
    /// series line's titles as dialogue, the footnote markers in its words and the
    /// footnotes, author's line, tags, tools and footer under it.
    #[test]
    fn a_tale_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Inkwell Wiki",
            "Search this site",
            "Main",
            "Hub \u{00BB} Tales \u{00BB} The Bell",
            "The Bell",
            "rating: +12+\u{2013}x",
            "+ Warnings",
            "- Warnings",
            "bells, mild peril",
            "Part of the Bell series. Previous: \"Rope\" | Next: \"Tower\"",
            "[ACCESS GRANTED]",
            "The bell rang once.1 Nobody moved.",
            "\u{201C}Again,\u{201D} said Ana.2",
            "\u{00AB} Rope | Bells | Tower \u{00BB}",
            "Footnotes",
            "1. It was \"a small bell\".",
            "2. She said it twice.",
            "Author: wren. Thanks to \"everyone\".",
            "tale bells",
            "page revision: 3, last edited: 1 Jan 2020 10:00",
            "Powered by Wikidot.com",
        ];
        let chrome = Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, H, C, C, C, N, C, C, S, S, C, C, N, N, N, C, C, C,
            ])
            .assert_title("The Bell");
        assert_eq!(chrome.removals[11], [(19, 20)]);
        assert_eq!(chrome.removals[12].len(), 1);
        // A story that names the wiki once is no page.
        assert!(!is_page(&[
            "Powered by Wikidot.com",
            "She closed the laptop."
        ]));
    }
}
