//! A note shared from Evernote and copied from its web page: the app's name and menu a
//! line each (`Evernote`, `Log in`, `Sign up for free`), the note's title, `Shared by
//! NAME`, `Last updated 2 April 2026`; the note (the fic's header fields, `TITLE:`,
//! `FANDOM:`, `RATING:`, `NOTES:`, …, the story, the writer's glossary and checklist,
//! `TO DO` over `[x] …` and `[ ] …` lines); the note's tags under `Tags`, a line each; the
//! sign-up box (`Get Evernote free`, `Remember everything. …`, `Sign up for free`,
//! `Already have an account? Log in`) and the footer (`Evernote`, `Product`, …, `©
//! 2026 Bending Spoons S.p.A. All rights reserved.`, `Terms of Service`, …).
//!
//! In: a paste's paragraphs, a line each (an Evernote page is never read as hard-wrapped
//! text: see [`super::chrome::is_unwrapped_page`], so the header's fields are not run
//! together). Out: their roles, the note's title and the sharer's name. Down to the
//! update line all is the page's; the note's header fields are read as any header is
//! (the `TITLE:` field a heading, a `NOTES:` field a note, so a friend it quotes is no
//! one's line); the checklist and the glossary under the story are notes (see
//! [`mark_writers_foot`]); from the tags (or the sign-up box, or the footer) to the end
//! all is the page's.

use super::chrome::{
    is_line_not_sentence, mark_menu, mark_writers_foot, normalized, post_tags_start, take_author,
    Chrome, Role,
};
use super::page::{has_two_marks, opens_with_site_name};

/// How far down the note's update line may stand (paragraphs).
const HEADER_REACH: usize = 20;

/// The longest line of the note's header or of the page under it (bytes).
const MAX_LINE: usize = 200;

/// How many lines a checklist may have.
const CHECKLIST_REACH: usize = 20;

/// The app's name and menu, a line each (lower case).
const MENU: &[&str] = &[
    "evernote",
    "log in",
    "sign in",
    "sign up",
    "sign up for free",
];

/// The labels over a writer's checklist (lower case, without a colon).
const CHECKLIST_LABELS: &[&str] = &["to do", "todo", "to-do", "checklist", "tasks"];

/// `Shared by ros.penn`: the sharer's line under the note's title; the name.
fn shared_by(text: &str) -> Option<&str> {
    let name = text.trim().strip_prefix("Shared by ")?.trim();
    (text.len() <= MAX_LINE && !name.is_empty() && name.split_whitespace().count() <= 3)
        .then_some(name)
}

/// `Last updated 2 April 2026`, `Updated Apr 2, 2026`: when the note last changed.
fn is_updated_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_LINE
        && (lower.starts_with("last updated ") || lower.starts_with("updated "))
        && lower.contains(|c: char| c.is_ascii_digit())
}

/// `Get Evernote free`, `Already have an account? Log in`: the sign-up box under the note.
fn is_sign_up_box(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_LINE
        && (lower == "get evernote free" || lower.starts_with("already have an account?"))
}

/// `© 2026 Bending Spoons S.p.A. All rights reserved.`: the footer's copyright.
fn is_copyright(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_LINE
        && lower.starts_with('\u{00A9}')
        && (lower.contains("bending spoons") || lower.contains("evernote"))
}

/// `[x] spellcheck`, `[ ] send it`: a line of a writer's checklist.
fn is_checklist_item(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_LINE
        && ["[x] ", "[X] ", "[ ] "]
            .iter()
            .any(|mark| text.strip_prefix(mark).is_some_and(|rest| !rest.is_empty()))
}

/// `TO DO`, `Checklist:`: the label over a writer's checklist.
fn is_checklist_label(text: &str) -> bool {
    CHECKLIST_LABELS.contains(&normalized(text).trim_end_matches(':'))
}

/// Where the writer's checklist over `end` starts, not above `start`: its items, `[x] …`
/// and `[ ] …` lines, under their label. `end` when there is none.
fn checklist_start(texts: &[&str], start: usize, end: usize) -> usize {
    let mut items = end;
    while items > start && end - items < CHECKLIST_REACH && is_checklist_item(texts[items - 1]) {
        items -= 1;
    }
    match items.checked_sub(1) {
        Some(label) if items < end && label >= start && is_checklist_label(texts[label]) => label,
        _ => end,
    }
}

/// Whether a paste is a note copied from Evernote: two of its marks (the app's name at
/// the top, the sharer's line, the sign-up box, the footer's copyright).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "evernote"),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| shared_by(text).is_some()),
        texts.iter().any(|text| is_sign_up_box(text)),
        texts.iter().rev().take(6).any(|text| is_copyright(text)),
    ])
}

/// Reads a note copied from Evernote: sets the roles of its header, the writer's words
/// under the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    let Some(shared) = take_author(texts, menu_end..reach, shared_by, chrome) else {
        return;
    };
    // The note's title over the sharer's line names the work when its header does not.
    if shared > menu_end && is_line_not_sentence(texts[shared - 1], MAX_LINE) {
        chrome
            .title
            .get_or_insert_with(|| texts[shared - 1].trim().to_string());
    }
    let mut start = shared + 1;
    while start < reach && is_updated_line(texts[start]) {
        start += 1;
    }
    chrome.roles[..start].fill(Role::Chrome);
    let mut tail = (start..count)
        .find(|&index| is_sign_up_box(texts[index]) || is_copyright(texts[index]))
        .unwrap_or(count);
    // The note's tags, a line each under their label, over the box.
    let tags = post_tags_start(texts, start, tail);
    if let Some(label) = (tags..tail).find(|&index| normalized(texts[index]) == "tags") {
        tail = label;
    }
    chrome.roles[tail..].fill(Role::Chrome);
    let checklist = checklist_start(texts, start, tail);
    chrome.roles[checklist..tail].fill(Role::Note);
    mark_writers_foot(texts, start, checklist, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(shared_by("Shared by ros.penn"), Some("ros.penn"));
        assert_eq!(
            shared_by("Shared by the whole street, the news went round."),
            None
        );
        assert!(is_updated_line("Last updated 2 April 2026"));
        assert!(!is_updated_line("Last updated, she thought, never."));
        assert!(is_copyright(
            "\u{00A9} 2026 Bending Spoons S.p.A. All rights reserved."
        ));
        assert!(is_checklist_item("[x] check the tide times"));
        assert!(is_checklist_item("[ ] send to Jo"));
        assert!(!is_checklist_item("[x]"));
        assert!(!is_checklist_item("[Image: a boat]"));
    }

    /// The bug: an Evernote note was read with its page: the app's name as a heading, the
    /// menu, the note's title, the sharer and update lines, some of the header's fields
    /// (the friend the `NOTES:` field quotes as dialogue), the glossary, the checklist,
    /// the tags, the sign-up box and the footer as narration.
    #[test]
    fn a_note_is_read_without_the_page() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "Evernote",
            "Log in",
            "Sign up for free",
            "fic - low water FINAL",
            "Shared by ros.penn",
            "Last updated 2 April 2026",
            "TITLE: Low Water",
            "\u{2018}Pull,\u{2019} said Ah Man.",
            "They pulled.",
            "words:",
            "sampan = a small boat",
            "kaifong = the neighbours",
            "TO DO",
            "[x] check the tide times",
            "[ ] send to Jo",
            "Tags",
            "fic",
            "harbour lights",
            "Get Evernote free",
            "Already have an account? Log in",
            "\u{00A9} 2026 Bending Spoons S.p.A. All rights reserved.",
        ];
        let mut roles = vec![C; 6];
        // The note's header fields are read by the header's rules, as any note's.
        roles.extend([S, S, S, N, N, N, N, N, N]);
        roles.extend([C; 6]);
        Chrome::read_by(&texts, read_page)
            .assert_roles(&roles)
            .assert_title("fic - low water FINAL")
            .assert_author("ros.penn");
        assert!(!is_page(&["Evernote", "She kept it all in Evernote."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(&["Evernote", "Shared by ros.penn"], read_page);
    }
}
