//! A story posted as a page of a Fandom wiki (a fanon wiki) and copied whole: the
//! wiki's name, its menu a line each (`Explore`, `Main Page`, `Discuss`, …), Fandom's
//! bar (`FANDOM`, `GAMES`, `START A WIKI`, `Sign In`), the page's categories (`in:
//! Fanon Stories, …`), its title with `Sign in to edit`, `History` and `Talk (3)`; the
//! title again over the infobox's labels and values a line each (`Author` /
//! `XxSeaglassxX`), the page's notice and lead, the `Contents` box; under the story the
//! page's sections (`Trivia`, `Comments`), its `Categories`, the licence line, the
//! comments and Fandom's footer.
//!
//! In: a paste's paragraphs. Out: their roles and the page's title. The header is
//! chrome, the title under it a heading, the infobox and the contents box chrome, the
//! notice and lead over the contents (or the first chapter heading) notes; under the
//! story, a `Trivia` or notes section is the writer's note, every other section and all
//! below it the page's.

use super::chrome::{is_line_not_sentence, normalized, starts_with_quote, Chrome, Role};
use super::plain::is_chapter_heading;

/// How far down the page's `Talk` button may stand (paragraphs).
const HEADER_REACH: usize = 40;

/// How many lines the infobox may have.
const INFOBOX_REACH: usize = 40;

/// How many paragraphs of notice and lead may stand over the contents box.
const LEAD_REACH: usize = 6;

/// The longest infobox line (bytes).
const MAX_INFOBOX_LINE: usize = 80;

/// How many lines at the top or bottom Fandom's marks may stand in.
const EDGE_REACH: usize = 30;

/// `START A WIKI`, `Sign in to edit`, `View Mobile Site`, the licence line, `… is a
/// FANDOM TV Community.`: lines only a Fandom page has.
fn is_fandom_line(text: &str) -> bool {
    let lower = normalized(text);
    matches!(
        lower.as_str(),
        "start a wiki" | "sign in to edit" | "view mobile site"
    ) || lower.starts_with("community content is available under")
        || lower.contains(" is a fandom ") && lower.ends_with("community.")
}

/// The page's buttons by its title: `Sign in to edit`, `Edit`, `History`, `Talk (3)`.
fn is_page_button(text: &str) -> bool {
    let lower = normalized(text);
    matches!(
        lower.as_str(),
        "sign in to edit" | "edit" | "history" | "talk"
    ) || lower
        .strip_prefix("talk (")
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|number| number.chars().all(|c| c.is_ascii_digit()))
}

/// `Contents`: the contents box's label.
fn is_contents_label(text: &str) -> bool {
    normalized(text) == "contents"
}

/// `4 Trivia`, `1.2 Room Six`: an entry of the contents box; its name.
fn contents_entry(text: &str) -> Option<&str> {
    let (number, name) = text.trim().split_once(' ')?;
    (!number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
        && is_line_not_sentence(name, MAX_INFOBOX_LINE))
    .then_some(name.trim())
}

/// The sections under a story that are the writer's notes, not the story.
const NOTE_SECTIONS: &[&str] = &["trivia", "notes", "author's notes", "author's note"];

/// The sections under a story that are the page's.
const PAGE_SECTIONS: &[&str] = &[
    "comments",
    "categories",
    "gallery",
    "references",
    "see also",
    "navigation",
];

/// Whether a paste is a page copied from a Fandom wiki: two of its lines only Fandom
/// has, near the top or the bottom.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let count = texts.len();
    let near_edge = |index: &usize| *index < EDGE_REACH || *index + EDGE_REACH >= count;
    (0..count)
        .filter(near_edge)
        .filter(|&index| is_fandom_line(texts[index]))
        .count()
        >= 2
}

/// An infobox line: a short label or value, not a sentence (a quoted title is one).
fn is_infobox_line(text: &str) -> bool {
    let text = text.trim();
    let unquoted = text.trim_matches(['"', '\u{201C}', '\u{201D}']);
    !text.is_empty()
        && text.len() <= MAX_INFOBOX_LINE
        && (is_line_not_sentence(text, MAX_INFOBOX_LINE)
            || starts_with_quote(text) && is_line_not_sentence(unquoted, MAX_INFOBOX_LINE))
        && !is_contents_label(text)
        && !is_chapter_heading(text)
}

/// Reads a story page copied from a Fandom wiki: sets the roles over and under the
/// story, and the page's title.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let Some(header_end) = (0..reach)
        .rev()
        .find(|&index| is_page_button(texts[index]))
        .map(|index| index + 1)
    else {
        return;
    };
    chrome.roles[..header_end].fill(Role::Chrome);
    let mut start = header_end;
    // The title again, over the infobox.
    let title = texts.get(start).map(|text| text.trim());
    if let Some(title) =
        title.filter(|title| texts[..header_end].iter().any(|text| text.trim() == *title))
    {
        chrome.roles[start] = Role::Heading;
        chrome.title.get_or_insert_with(|| title.to_string());
        start += 1;
    }
    // The infobox: its labels and values a line each.
    let infobox_end = (start..count.min(start + INFOBOX_REACH))
        .find(|&index| !is_infobox_line(texts[index]))
        .unwrap_or(start);
    chrome.roles[start..infobox_end].fill(Role::Chrome);
    // The notice and the lead, over the contents box or the first chapter heading.
    let lead_reach = count.min(infobox_end + LEAD_REACH + 1);
    let mut sections: Vec<String> = Vec::new();
    if let Some(contents) = (infobox_end..lead_reach).find(|&index| is_contents_label(texts[index]))
    {
        chrome.roles[infobox_end..contents].fill(Role::Note);
        chrome.roles[contents] = Role::Chrome;
        let mut index = contents + 1;
        while let Some(name) = texts.get(index).and_then(|text| contents_entry(text)) {
            chrome.roles[index] = Role::Chrome;
            if !is_chapter_heading(name) {
                sections.push(normalized(name));
            }
            index += 1;
        }
    } else if let Some(chapter) =
        (infobox_end..lead_reach).find(|&index| is_chapter_heading(texts[index]))
    {
        chrome.roles[infobox_end..chapter].fill(Role::Note);
    }
    // Under the story: the page's sections, from the first after the last chapter.
    let last_chapter = (infobox_end..count)
        .rev()
        .find(|&index| is_chapter_heading(texts[index]))
        .unwrap_or(infobox_end);
    let is_section = |text: &str| {
        let key = normalized(text.trim_end_matches(':'));
        sections.contains(&key)
            || NOTE_SECTIONS.contains(&key.as_str())
            || PAGE_SECTIONS.contains(&key.as_str())
    };
    let Some(tail) = (last_chapter + 1..count).find(|&index| is_section(texts[index])) else {
        return;
    };
    let mut in_notes = false;
    for (role, text) in chrome.roles[tail..].iter_mut().zip(&texts[tail..]) {
        if is_section(text) {
            in_notes = NOTE_SECTIONS.contains(&normalized(text.trim_end_matches(':')).as_str());
            *role = Role::Chrome;
        } else {
            *role = if in_notes { Role::Note } else { Role::Chrome };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bug: a fanon wiki's page was read with its header, infobox a line at a time,
    /// contents box, trivia, categories and footer.
    #[test]
    fn a_story_page_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Moth Fanon Wiki",
            "FANDOM",
            "START A WIKI",
            "The Lamp",
            "Sign in to edit",
            "Talk (2)",
            "The Lamp",
            "Author",
            "mothwing",
            "Preceded by",
            "\"The Candle\"",
            "This page is a fanon story. Please do not edit it!",
            "Contents",
            "1 Chapter 1: Light",
            "2 Trivia",
            "Chapter 1: Light",
            "\u{201C}Mine,\u{201D} said the moth.",
            "Trivia",
            "The moth is my OC.",
            "Categories",
            "Fanon Stories",
            "Community content is available under CC-BY-SA unless otherwise noted.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, H, C, C, C, C, N, C, C, C, S, S, C, N, C, C, C,
            ])
            .assert_title("The Lamp");
        assert!(!is_page(&["START A WIKI", "She never started one."]));
        assert_eq!(contents_entry("4 Trivia"), Some("Trivia"));
        assert_eq!(contents_entry("4 men came in."), None);
    }
}
