//! A story posted as a public Notion page and copied from the browser: the page's bar
//! (the breadcrumb, its pages a line each between `/` lines, then `Search`, `Duplicate`,
//! `Get Notion free`), the page's icon alone on a line (`🌊`), its title, its properties
//! a line each, each name over its value or values (`Status` / `Posted`, `Tags` /
//! `fluff` / `found family`, `Last edited` / `December 4, 2026 10:12 PM`), then the
//! blocks the writer put over the story: a callout (its icon alone on a line, `💡`, over
//! its text), a link to another page (`‣ Title pt. 1`), a toggle (`▾ a/n (click me)`
//! over what it hides), a divider (`---`); the story; and under it the writer's end
//! line, a link to the next page (`→ Title pt. 3`), `Comments` with their count and
//! each comment (the reader's name, the date, the text, `→ Reply`), `Add a comment…`
//! and `Get Notion free` again.
//!
//! In: a paste's paragraphs (a block with the bar's `Get Notion free` or a breadcrumb's
//! `/` in it is cut line by line). Out: their roles and the page's title. The bar, the
//! icon, the properties, links to other pages and everything from the comments down
//! (comments quoting the story) are the page's; the title is read as a heading; the
//! callouts and toggles over the story and the writer's lines between its last divider
//! and the comments are notes (a toggle's label is the page's).

use super::chrome::{
    is_count, is_emoji, is_line_not_sentence, is_user_name, normalized, outro_under_separator,
    Chrome, Role,
};
use super::page::{has_two_marks, is_date};
use super::plain::is_scene_break;

/// How far down the page's bar may reach (paragraphs).
const BAR_REACH: usize = 16;

/// The longest title or property line (bytes).
const MAX_LINE: usize = 120;

/// How many paragraphs the writer's lines under the story's last divider may have.
const OUTRO_REACH: usize = 4;

/// The fewest lines of a run of properties without a date in it.
const PROPERTY_LINES: usize = 4;

/// The bar's buttons, a line each (lower case).
const BAR_BUTTONS: &[&str] = &[
    "search",
    "duplicate",
    "get notion free",
    "try notion",
    "share",
    "edit",
    "sign up",
    "log in",
];

/// `Get Notion free`, `Try Notion`: the button Notion puts on a public page, at its top
/// and its foot.
fn is_notion_button(text: &str) -> bool {
    matches!(normalized(text).as_str(), "get notion free" | "try notion")
}

/// `/`: the mark between a breadcrumb's pages, alone on its line.
fn is_crumb_mark(text: &str) -> bool {
    text.trim() == "/"
}

/// `🌊`, `💡`: an icon alone on its line (the page's, or a callout's over its text).
fn is_icon(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().count() <= 3
        && text.chars().all(|c| is_emoji(c) || c == '\u{FE0F}')
}

/// `‣ Title pt. 1`, `→ Title pt. 3 (coming soon!!)`: a link to another page.
fn is_page_link(text: &str) -> bool {
    text.trim_start()
        .strip_prefix(['\u{2023}', '\u{2192}'])
        .is_some_and(|title| title.starts_with(' ') && title.trim().len() <= MAX_LINE)
}

/// `▾ a/n (click me)`, `▸ notes`: a toggle, over what it hides.
fn is_toggle(text: &str) -> bool {
    text.trim_start()
        .strip_prefix(['\u{25BE}', '\u{25B8}', '\u{25BC}', '\u{25B6}'])
        .is_some_and(|title| title.starts_with(' ') && title.trim().len() <= MAX_LINE)
}

/// `Add a comment…`: the box under a page's comments.
fn is_comment_box(text: &str) -> bool {
    normalized(text)
        .trim_end_matches(['\u{2026}', '.'])
        .eq("add a comment")
}

/// A line that shows a block is a Notion page's, laid out a line at a time: the bar's
/// `Get Notion free`, a breadcrumb's `/`.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: both are short.
    text.len() <= 20 && (is_notion_button(text) || is_crumb_mark(text))
}

/// Whether a paste is a page copied from Notion: two of its marks (`Get Notion free`, a
/// breadcrumb's `/` near the top, `Duplicate` in the bar, the comment box).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().any(|text| is_notion_button(text)),
        texts.iter().take(BAR_REACH).any(|text| is_crumb_mark(text)),
        texts
            .iter()
            .take(BAR_REACH)
            .any(|text| normalized(text) == "duplicate"),
        texts.iter().any(|text| is_comment_box(text)),
    ])
}

/// Where the run of properties from `start` ends: short lines, none a sentence, over
/// the page's first block; a run with a date in it (`Last edited` over its value), or a
/// long one. `start` when there is none.
fn properties_end(texts: &[&str], start: usize) -> usize {
    let end = (start..texts.len())
        .find(|&index| {
            let text = texts[index];
            !is_line_not_sentence(text, MAX_LINE)
                || is_icon(text)
                || is_page_link(text)
                || is_toggle(text)
                || is_scene_break(text)
        })
        .unwrap_or(texts.len());
    let dated = texts[start..end].iter().any(|text| is_date(text));
    if end - start >= 2 && (dated || end - start >= PROPERTY_LINES) {
        end
    } else {
        start
    }
}

/// Where the comments under the story start: the last `Comments` line with a count or
/// a reader's name under it, or the comment box, or the button at the page's foot.
fn comments_start(texts: &[&str], from: usize) -> usize {
    let count = texts.len();
    let header = (from..count).rev().find(|&index| {
        normalized(texts[index]) == "comments"
            && texts
                .get(index + 1)
                .is_some_and(|next| is_count(next.trim()) || is_user_name(next))
    });
    header
        .or_else(|| (from..count).find(|&index| is_comment_box(texts[index])))
        .or_else(|| {
            (from..count)
                .rev()
                .find(|&index| is_notion_button(texts[index]))
        })
        .unwrap_or(count)
}

/// Reads a page copied from Notion: sets the roles of its bar, title, properties, the
/// blocks over the story, the writer's lines under it and the comments.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    // The bar: the breadcrumb and the buttons after it.
    let Some(bar_end) = (0..count.min(BAR_REACH))
        .rev()
        .find(|&index| BAR_BUTTONS.contains(&normalized(texts[index]).as_str()))
        .map(|last| last + 1)
    else {
        return;
    };
    chrome.roles[..bar_end].fill(Role::Chrome);
    let mut index = bar_end;
    if texts.get(index).is_some_and(|text| is_icon(text)) {
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    if let Some(title) = texts
        .get(index)
        .filter(|text| is_line_not_sentence(text, MAX_LINE))
    {
        chrome.roles[index] = Role::Heading;
        chrome.title.get_or_insert_with(|| title.trim().to_string());
        index += 1;
    }
    let properties = properties_end(texts, index);
    chrome.roles[index..properties].fill(Role::Chrome);
    index = properties;
    let tail = comments_start(texts, index);
    // The blocks over the story: callouts and toggles (the writer's notes), links.
    while index < tail {
        let text = texts[index];
        if is_icon(text) || is_toggle(text) {
            // The icon and the toggle's label are the page's; what they hold, the writer's.
            chrome.roles[index] = Role::Chrome;
            if index + 1 < tail {
                chrome.roles[index + 1] = Role::Note;
            }
            index += 2;
        } else if is_page_link(text) {
            chrome.roles[index] = Role::Chrome;
            index += 1;
        } else {
            break;
        }
    }
    // The writer's lines between the story's last divider and the comments.
    if let Some(outro) = outro_under_separator(texts, index, tail, OUTRO_REACH, |text| {
        text.len() <= MAX_LINE * 2 && !text.trim_start().starts_with(['"', '\u{201C}'])
    }) {
        for at in outro {
            chrome.roles[at] = if is_page_link(texts[at]) {
                Role::Chrome
            } else {
                Role::Note
            };
        }
    }
    chrome.roles[tail..].fill(Role::Chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Get Notion free", true),
            ("/", true),
            // A story's lines.
            ("Get Notion free, she said, and laughed.", false),
            ("/ and then the line broke", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_icon("\u{1F4A1}"));
        assert!(!is_icon("Hi"));
        assert!(is_page_link("\u{2023} Tidewater pt. 1"));
        assert!(is_toggle("\u{25BE} a/n (open me)"));
        assert!(!is_toggle("\u{25BE}no space"));
        assert!(is_comment_box("Add a comment\u{2026}"));
    }

    /// The bug: a Notion page was read whole: its breadcrumb as a heading, the bar, the
    /// title twice, every property name and value a line each, the callout, the link and
    /// the toggle (its quote voiced as dialogue), and under the story the end line and
    /// the comments (their quotes of the story as dialogue) with the next name glued on.
    #[test]
    fn a_page_is_read_without_its_bar_properties_and_comments() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "tide fics",
            "/",
            "Tidewater pt. 2",
            "Search",
            "Duplicate",
            "Get Notion free",
            "\u{1F30A}",
            "Tidewater pt. 2",
            "Status",
            "Done",
            "Words",
            "2,100",
            "Last edited",
            "March 2, 2025 9:00 AM",
            "\u{1F4A1}",
            "y/n = your name",
            "\u{2023} Tidewater pt. 1",
            "\u{25BE} a/n (open me)",
            "my sister said \u{201C}more boats\u{201D} so",
            "---",
            "The tide came in at six.",
            "\u{201C}Boats,\u{201D} you say.",
            "---",
            "end of pt. 2",
            "\u{2192} Tidewater pt. 3 (soon!!)",
            "Comments",
            "1",
            "gull_reader",
            "Mar 3",
            "\u{201C}Boats\u{201D} lol",
            "Add a comment\u{2026}",
            "Get Notion free",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, H, C, C, C, C, C, C, C, N, C, C, N, S, S, S, S, N, C, C, C, C,
                C, C, C, C,
            ])
            .assert_title("Tidewater pt. 2");
        assert!(!is_page(&[
            "Get Notion free",
            "She wrote it all in Notion."
        ]));
    }
}
