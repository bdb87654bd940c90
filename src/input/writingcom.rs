//! An item (a short story) copied from its page on Writing.Com: the site's name and menu
//! a line each (`Writing.Com`, `Writing.Com Home`, `Interactive Stories`, `Contests &
//! Activities`, …, `Login`, `Join For Free!`, `Search For`); the item's title over `by
//! NAME`, its line (`Rated: E · Short Story · Fan Fiction · #2391455`), its brief
//! description, the icons and buttons a line each (`Item Icon`, `Review`, `Rated`,
//! `Rated: E | (4.6)`, `Add to Favorites`, `Gift`, `Member Favorites`); the item (the
//! writer's intro over the story, with no separator between, the story, the writer's
//! thanks); under it the site's copyright lines (`© Copyright 2026 NAME (UN: user at
//! Writing.Com). All rights reserved.`, `NAME has granted Writing.Com, its affiliates
//! and its syndicates non-exclusive rights to display this work.`), `Reviews`, each
//! review (`Review by NAME`, its rating, its text) and `Printed from
//! https://www.Writing.Com/…`.
//!
//! In: a paste's paragraphs, a line each (a Writing.Com page is never read as
//! hard-wrapped text: see [`super::chrome::is_unwrapped_page`], so the menu, the title
//! and the byline are not run together). Out: their roles, the item's title and the
//! writer's name. The menu, the byline, the item's line, icons and buttons are the
//! page's; the title is a heading and the description a note; the intro over the story
//! is a note when it is the writer's (see [`is_intro`]), so a request it quotes is no
//! one's line; the thanks under the story are notes (see [`mark_writers_foot`]); from the
//! copyright lines (or the reviews, or the printed-from line) to the end all is the
//! page's, so a review quoting the story is no one's dialogue.

use super::chrome::{
    is_writers_aside, mark_menu, mark_page_tail, mark_writers_foot, normalized, starts_with_quote,
    title_over_byline, Chrome, Role, MAX_NOTE_LENGTH,
};
use super::page::{has_two_marks, opens_with_site_name};

/// How far down the item's buttons may stand (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title line (bytes).
const MAX_LINE: usize = 200;

/// How many words the writer's name in the byline may have.
const NAME_WORDS: usize = 5;

/// The site's name and menu, a line each (lower case).
const MENU: &[&str] = &[
    "writing.com",
    "writing.com home",
    "interactive stories",
    "contests & activities",
    "reading & writing",
    "community",
    "shop",
    "login",
    "log in",
    "join for free!",
    "join for free",
    "search for",
    "help",
];

/// The item's icons and buttons under its description, a line each (lower case).
const ITEM_BUTTONS: &[&str] = &[
    "item icon",
    "review",
    "rated",
    "add to favorites",
    "gift",
    "member favorites",
    "print",
    "share",
];

/// Words that name a fan work: an intro that names its own work (`A North Shore fic, set
/// after …`) is the writer's.
const WORK_WORDS: &[&str] = &[
    "fic",
    "fics",
    "fanfic",
    "fanfiction",
    "one-shot",
    "oneshot",
    "drabble",
];

/// `Kari on the Ice`: the writer's name in the byline, a few words, no sentence.
fn is_name(name: &str) -> bool {
    (1..=NAME_WORDS).contains(&name.split_whitespace().count())
        && !name.ends_with(['.', '!', '?', ','])
}

/// `Rated: E · Short Story · Fan Fiction · #2391455`, `Rated: E | (4.6)`: the item's
/// line under the byline, or its rating among the buttons.
fn is_rated_line(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 120
        && text.strip_prefix("Rated: ").is_some_and(|rest| {
            rest.contains(" \u{00B7} #") || rest.contains(" | (") && rest.ends_with(')')
        })
}

/// A line of the item's header under the byline: its line, an icon, a button.
fn is_item_line(text: &str) -> bool {
    is_rated_line(text) || ITEM_BUTTONS.contains(&normalized(text).as_str())
}

/// `© Copyright 2026 NAME (UN: user at Writing.Com). All rights reserved.`, `NAME has
/// granted Writing.Com, its affiliates and its syndicates non-exclusive rights to
/// display this work.`: the site's lines under every item.
fn is_copyright(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 300
        && (lower.starts_with("\u{00A9} copyright") && lower.contains("writing.com")
            || lower.contains(" has granted writing.com"))
}

/// `Printed from https://www.Writing.Com/main/view_item/…`: the page's last line.
fn is_printed_from(text: &str) -> bool {
    text.len() <= 300 && normalized(text).starts_with("printed from https://www.writing.com/")
}

/// Whether the page's tail under the item starts at `index`: the copyright lines, the
/// reviews, the printed-from line.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    let review = |text: &str| text.trim_start().starts_with("Review by ");
    is_copyright(text)
        || normalized(text) == "reviews" && texts.get(index + 1).is_some_and(|next| review(next))
        || review(text) && texts.get(index + 1).is_some_and(|next| is_rated_line(next))
        || is_printed_from(text)
}

/// The writer's intro over the story, with no separator under it: a paragraph in a
/// writer's voice to readers (see [`is_writers_aside`]) or one that names its own work
/// (`A North Shore fic, set between season one and season two …`), never a quote. A
/// story's first paragraph seldom calls itself a fic.
fn is_intro(text: &str) -> bool {
    let names_the_work = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .any(|word| WORK_WORDS.contains(&word.to_lowercase().as_str()));
    text.len() <= 2 * MAX_NOTE_LENGTH
        && !starts_with_quote(text)
        && (names_the_work || is_writers_aside(text))
}

/// Whether a paste is an item copied from Writing.Com: two of its marks (the site's name
/// at the top, the copyright lines, the printed-from line).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "writing.com"),
        texts.iter().any(|text| is_copyright(text)),
        texts.iter().rev().take(3).any(|text| is_printed_from(text)),
    ])
}

/// Reads an item copied from Writing.Com: sets the roles of its menu, its header, the
/// writer's words around the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    let mut index = title_over_byline(texts, menu_end, MAX_LINE, is_name, chrome);
    if index == menu_end {
        return;
    }
    // The item's line, icons and buttons, with the description among them.
    let mut description = false;
    while index < reach {
        if is_item_line(texts[index]) {
            chrome.roles[index] = Role::Chrome;
        } else if !description && texts.get(index + 1).is_some_and(|next| is_item_line(next)) {
            description = true;
            chrome.roles[index] = Role::Note;
        } else {
            break;
        }
        index += 1;
    }
    let tail = mark_page_tail(texts, index, starts_tail, chrome);
    let foot = mark_writers_foot(texts, index, tail, chrome);
    // The intro over the story, a paragraph or two, when a story stands under it.
    let mut story = index;
    while story + 1 < foot && story < index + 2 && is_intro(texts[story]) {
        chrome.roles[story] = Role::Note;
        story += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_rated_line(
            "Rated: E \u{00B7} Short Story \u{00B7} Fan Fiction \u{00B7} #2391455"
        ));
        assert!(is_rated_line("Rated: E | (4.6)"));
        assert!(!is_rated_line("Rated: she gave it a four."));
        assert!(is_copyright(
            "\u{00A9} Copyright 2026 Ros (UN: ros at Writing.Com). All rights reserved."
        ));
        assert!(is_printed_from(
            "Printed from https://www.Writing.Com/main/view_item/item_id/1-Low-Water"
        ));
        assert!(is_intro("A Harbour Lights fic, for the swap. Enjoy!"));
        assert!(!is_intro("The fiction of it was that nobody minded."));
        assert!(!is_intro("\u{201C}Pull,\u{201D} said Ah Man."));
    }

    /// The bug: a Writing.Com item was read with its page: the menu glued to the title
    /// and byline, the item's line, the description glued to the icons, the buttons, the
    /// intro (the request it quotes as dialogue), the thanks, the copyright lines and the
    /// reviews (a quoted story line and a quoted word as dialogue).
    #[test]
    fn an_item_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Writing.Com",
            "Writing.Com Home",
            "Interactive Stories",
            "Login",
            "Search For",
            "Low Water",
            "by Ros Penn",
            "Rated: E \u{00B7} Short Story \u{00B7} Fan Fiction \u{00B7} #1234567",
            "Two idiots and a boat.",
            "Item Icon",
            "Review",
            "Rated: E | (4.9)",
            "Add to Favorites",
            "A Harbour Lights fic for the swap, for gull_reader, who asked for 'a boat'.",
            "The tide went out at six.",
            "'Pull,' said Ah Man.",
            "Thank you for reading!",
            "\u{00A9} Copyright 2026 Ros Penn (UN: ros at Writing.Com). All rights reserved.",
            "Ros Penn has granted Writing.Com, its affiliates and its syndicates non-exclusive rights to display this work.",
            "Reviews",
            "Review by gull_reader",
            "Rated: E | (5.0)",
            "'Pull!' I screamed.",
            "Printed from https://www.Writing.Com/main/view_item/item_id/1234567-Low-Water",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, H, C, C, N, C, C, C, C, N, S, S, N, C, C, C, C, C, C, C,
            ])
            .assert_title("Low Water")
            .assert_author("Ros Penn");
        assert!(!is_page(&["Writing.Com", "She posted it on Writing.Com."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Writing.Com",
                "\u{00A9} Copyright 2026 Ros Penn (UN: ros at Writing.Com). All rights reserved.",
            ],
            read_page,
        );
    }
}
