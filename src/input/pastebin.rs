//! A fic pasted on Pastebin and copied from the paste's page: the site's name and menu a
//! line each (`Pastebin`, `API`, `tools`, `faq`, `paste`, `Login`, `Sign up`); the
//! paste's title, the user who pasted it, the date (`Mar 8th, 2026`), its views, its
//! counts, when it expires (`Never`), `Add comment`, `Not a member of Pastebin yet? Sign
//! Up, …`, its syntax and size (`text 11.87 KB | Fan Fiction | 0 0`) and its toolbar
//! (`raw download clone embed print report`); the paste (the fic's header fields, the
//! story, the writer's glossary and thanks); under it `RAW Paste Data`, `Public Pastes`
//! (other pastes' names and ages), `Comments` (each comment's user, date, size line and
//! text), `Add Comment` and the footer (`create new paste / syntax languages / …`, the
//! cookies line, `Site design & logo © 2026 Pastebin`).
//!
//! In: a paste's paragraphs. The paste is the writer's own text file, and may be
//! hard-wrapped: a Pastebin page is read a line a paragraph only when its paste is not
//! (see [`is_unwrapped_page`]); when it is, a block with the size line, the toolbar, `RAW
//! Paste Data` or the footer in it is still cut line by line. Out: their roles, the paste's title and the user's name. Down to the
//! toolbar all is the page's; the paste is the writer's, its header fields read as any
//! header is (the `title:` field a heading, a `notes:` field a note, so the prompt it
//! quotes is no one's line); the glossary and the thanks under the story are notes; from
//! `RAW Paste Data` (or whichever of the boxes under the paste comes first) to the end
//! all is the page's, so a comment quoting the story is no one's dialogue.

use super::chrome::{
    is_line_not_sentence, is_user_name, mark_menu, mark_page_tail, mark_writers_foot, normalized,
    Chrome, Role,
};
use super::page::{has_two_marks, opens_with_site_name};
use super::plain::ends_sentence;

/// How far down the paste's toolbar may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title line (bytes).
const MAX_LINE: usize = 200;

/// How many lines under `Comments` the first comment's size line may stand.
const COMMENT_REACH: usize = 3;

/// The site's name and menu, a line each (lower case).
const MENU: &[&str] = &[
    "pastebin", "api", "tools", "faq", "paste", "login", "sign up", "sign in", "go",
];

/// The toolbar's buttons over the paste (lower case).
const TOOLBAR: &[&str] = &["raw", "download", "clone", "embed", "print", "report"];

/// The fewest buttons of the toolbar.
const TOOLBAR_LENGTH: usize = 4;

/// `raw download clone embed print report`: the toolbar over the paste.
fn is_toolbar(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    text.len() <= 60
        && words.len() >= TOOLBAR_LENGTH
        && words.iter().all(|word| TOOLBAR.contains(word))
}

/// `text 11.87 KB | Fan Fiction | 0 0`, `text 0.18 KB | 0 0`: a paste's or a comment's
/// syntax and size, then its category and its likes and dislikes between bars.
fn is_size_line(text: &str) -> bool {
    let lower = normalized(text);
    let Some((syntax, rest)) = lower.split_once(" | ") else {
        return false;
    };
    let number = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    let counts = rest
        .rsplit(" | ")
        .next()
        .is_some_and(|counts| counts.split_whitespace().all(number));
    text.len() <= 100
        && counts
        && matches!(syntax.split_whitespace().collect::<Vec<_>>().as_slice(),
            [_, size, "kb" | "mb" | "bytes" | "b"] if number(size))
}

/// `RAW Paste Data`, `Public Pastes`: the boxes under the paste.
fn is_box(text: &str) -> bool {
    matches!(
        normalized(text).as_str(),
        "raw paste data" | "public pastes"
    )
}

/// `Not a member of Pastebin yet? Sign Up, it unlocks many cool features!`: the
/// sign-up line over the paste.
fn is_sign_up_line(text: &str) -> bool {
    text.len() <= 120 && normalized(text).starts_with("not a member of pastebin yet?")
}

/// `create new paste / syntax languages / archive / …`, `By using Pastebin.com you agree
/// to our cookies policy …`, `Site design & logo © 2026 Pastebin`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200
        && (lower.starts_with("create new paste /")
            || lower.starts_with("by using pastebin.com")
            || lower.starts_with("site design & logo") && lower.contains("pastebin"))
}

/// Whether the page's tail under the paste starts at `index`: the boxes, the comments
/// (`Comments` over a comment's size line), `Add Comment`, the footer.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    let comments = normalized(text) == "comments"
        && texts
            .iter()
            .skip(index + 1)
            .take(COMMENT_REACH)
            .any(|text| is_size_line(text));
    is_box(text) || comments || normalized(text) == "add comment" || is_footer(text)
}

/// A line that shows a block is a Pastebin page's, laid out a line at a time: the sign-up
/// line, a size line, the toolbar, the boxes, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short.
    text.len() <= 200
        && (is_sign_up_line(text)
            || is_size_line(text)
            || is_toolbar(text)
            || is_box(text)
            || is_footer(text))
}

/// Whether a paste is a page copied from Pastebin: two of its marks (the site's name at
/// the top, the toolbar, `RAW Paste Data`, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "pastebin"),
        texts.iter().take(HEADER_REACH).any(|text| is_toolbar(text)),
        texts
            .iter()
            .any(|text| normalized(text) == "raw paste data"),
        texts.iter().rev().take(4).any(|text| is_footer(text)),
    ])
}

/// Whether a paste's lines (trimmed, without the blank ones) are a Pastebin page whose
/// paste is not hard-wrapped: most of the paste's lines, from under the toolbar to the
/// boxes under it, end a sentence, as a paragraph on a line of its own does. Such a page
/// is read a line a paragraph (see [`super::chrome::is_unwrapped_page`]), so its
/// glossary's lines, or the lines of a text message in the story, are not run together;
/// a wrapped paste is joined as any is.
pub(crate) fn is_unwrapped_page(lines: &[&str]) -> bool {
    if !is_page(lines) {
        return false;
    }
    let reach = lines.len().min(HEADER_REACH);
    let Some(toolbar) = (0..reach).find(|&index| is_toolbar(lines[index])) else {
        return false;
    };
    let start = toolbar + 1;
    let tail = (start..lines.len())
        .find(|&index| starts_tail(lines, index))
        .unwrap_or(lines.len());
    let paste = &lines[start..tail];
    let mid_sentence = paste.iter().filter(|line| !ends_sentence(line)).count();
    !paste.is_empty() && mid_sentence * 2 <= paste.len()
}

/// Reads a page copied from Pastebin: sets the roles of its header, the writer's words
/// under the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    // The header ends at the toolbar, or at the size line when no toolbar is shown.
    let Some(header_end) = (menu_end..reach)
        .find(|&index| is_toolbar(texts[index]))
        .or_else(|| (menu_end..reach).find(|&index| is_size_line(texts[index])))
    else {
        return;
    };
    chrome.roles[..=header_end].fill(Role::Chrome);
    // The paste's title, and the user under it.
    if menu_end < header_end && is_line_not_sentence(texts[menu_end], MAX_LINE) {
        chrome
            .title
            .get_or_insert_with(|| texts[menu_end].trim().to_string());
        if menu_end + 1 < header_end && is_user_name(texts[menu_end + 1]) {
            chrome
                .author
                .get_or_insert_with(|| texts[menu_end + 1].trim().to_string());
        }
    }
    let start = header_end + 1;
    let tail = mark_page_tail(texts, start, starts_tail, chrome);
    mark_writers_foot(texts, start, tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An invented paste's page, around the paste's `lines`.
    fn page<'a>(lines: &[&'a str]) -> Vec<&'a str> {
        let mut texts = vec![
            "Pastebin",
            "API",
            "tools",
            "Login",
            "Sign up",
            "low water - harbour lights fic",
            "saltfish_writes",
            "Apr 2nd, 2026",
            "58",
            "Never",
            "Add comment",
            "Not a member of Pastebin yet? Sign Up, it unlocks many cool features!",
            "text 3.10 KB | Fan Fiction | 0 0",
            "raw download clone embed print report",
        ];
        texts.extend_from_slice(lines);
        texts.extend_from_slice(&[
            "RAW Paste Data",
            "Public Pastes",
            "Untitled",
            "2 min ago | 0.41 KB",
            "Comments",
            "gull_reader",
            "Apr 3rd, 2026",
            "text 0.05 KB | 0 0",
            "'Pull' lol",
            "Add Comment",
            "Site design & logo \u{00A9} 2026 Pastebin",
        ]);
        texts
    }

    #[test]
    fn lines() {
        for (text, layout) in [
            ("text 11.87 KB | Fan Fiction | 0 0", true),
            ("text 0.18 KB | 0 0", true),
            ("raw download clone embed print report", true),
            ("RAW Paste Data", true),
            ("Site design & logo \u{00A9} 2026 Pastebin", true),
            (
                "Not a member of Pastebin yet? Sign Up, it unlocks many cool features!",
                true,
            ),
            // A story's lines.
            ("text me | when you land", false),
            ("Raw, she said, and pasted it anyway.", false),
            ("Print the report, then download it.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: a Pastebin page was read with its page: the menu, title, user and date
    /// run together, the counts, the sign-up line, the size line and the toolbar, the
    /// glossary run together, the boxes under the paste, the comments run together (one
    /// opening on a quoted story line, as dialogue) and the footer.
    #[test]
    fn a_paste_is_read_without_the_page() {
        use super::super::chrome::Role::{Chrome as C, Note as N, Story as S};
        let texts = page(&[
            "title: low water",
            "'Pull,' said Ah Man.",
            "They pulled.",
            "harbour words:",
            "sampan = a small boat",
            "kaifong = the neighbours",
            "thank you for reading!!",
        ]);
        let mut roles = vec![C; 14];
        // The paste's header fields are read by the header's rules, as any paste's.
        roles.extend([S, S, S, N, N, N, N]);
        roles.extend([C; 11]);
        Chrome::read_by(&texts, read_page)
            .assert_roles(&roles)
            .assert_title("low water - harbour lights fic")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["Pastebin", "She put it on Pastebin."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(&["Pastebin", "RAW Paste Data"], read_page);
    }

    /// A paste of a paragraph a line is read a line a paragraph; a hard-wrapped one is
    /// joined as any paste is.
    #[test]
    fn a_wrapped_paste_is_not_read_a_line_a_paragraph() {
        let lines = page(&[
            "'Pull,' said Ah Man.",
            "They pulled, and the boat came off the mud.",
            "sampan = a small boat",
        ]);
        assert!(is_unwrapped_page(&lines));
        let wrapped = page(&[
            "The tide went out at six and the boats lay on",
            "the mud like dropped shoes, and nobody in the",
            "village said a word about it until the morning.",
        ]);
        assert!(is_page(&wrapped));
        assert!(!is_unwrapped_page(&wrapped));
    }
}
