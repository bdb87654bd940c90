//! A fic posted as a GitHub Gist (a Markdown file, rendered) and copied from the gist's
//! page: GitHub's bar a line each (`Skip to content`, `Search Gists`, `All gists`, `Back
//! to GitHub`, `Sign in`, `Sign up`), the tagline (`Instantly share code, notes, and
//! snippets.`), the owner (`@NAME`), the gist's path (`NAME/FILE.md`), `Last active 3
//! days ago`, its buttons and counts a line each (`Star 4`, `Fork 0`, `Code`, `Revisions
//! 3`, `Stars 4`, `Embed`, `Download ZIP`), its description and the file's name; the
//! rendered file (the fic's title, its header lines — `a Harbour Lights fic | Wing/Ah Man
//! | G | 1.1k words`, `Fandom: …`, `Note: …` — the story, the writer's end note and
//! thanks); the comments (`@NAME`, `Author` on the owner's, `NAME commented Mar 5, 2026`,
//! the text), `Sign up for free to join this conversation on GitHub. …` and the footer
//! (`Footer`, `© 2026 GitHub, Inc.`, `Footer navigation`, `Terms`, …).
//!
//! In: a paste's paragraphs, a line each (a gist's page is never read as hard-wrapped
//! text: see [`super::chrome::is_unwrapped_page`], so the bar, the buttons and the
//! file's header lines are not run together). Out: their roles, the fic's title and the
//! owner's name. Down to the file's name all is the page's; the file's first line is the
//! title, a heading, and the header lines under it the writer's (the fields line and a
//! `Note:` notes, so what the note quotes is no one's line; the site's fields the
//! page's); the rest of the file is read as a writer's post (see [`read_writers_post`]),
//! and the end note over the thanks that close it, about the fic, is a note too; from
//! the first comment (or the sign-up line, or the footer) to the end all is the page's,
//! so a comment opening on a quoted line of the story is no one's dialogue.

use super::chrome::{
    field, is_fic_fields, is_post_aside, is_user_name, mark_page_tail, mark_title, normalized,
    read_writers_post, Chrome, Field, Role,
};
use super::page::{has_two_marks, is_date};

/// How far down the gist's `Download ZIP` may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// How many lines the description and the file's name under the buttons may have.
const FILE_REACH: usize = 3;

/// How many header lines may stand under the file's title.
const FIELD_REACH: usize = 8;

/// How many paragraphs of the writer's end note may stand over the thanks that close it.
const END_NOTE_REACH: usize = 2;

/// The longest title, header or comment header line (bytes).
const MAX_LINE: usize = 200;

/// How many lines at the bottom the footer's copyright may stand in.
const FOOTER_REACH: usize = 12;

/// `Instantly share code, notes, and snippets.`: GitHub Gist's tagline over the gist.
fn is_tagline(text: &str) -> bool {
    normalized(text).starts_with("instantly share code, notes, and snippets")
}

/// `Download ZIP`: the last of the gist's buttons over its file.
fn is_download(text: &str) -> bool {
    normalized(text) == "download zip"
}

/// `low-water.md`: a file's name, one word with an extension.
fn is_file_name(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_LINE
        && !text.contains(char::is_whitespace)
        && text.rsplit_once('.').is_some_and(|(name, extension)| {
            !name.is_empty()
                && (1..=8).contains(&extension.len())
                && extension.chars().all(|c| c.is_ascii_alphanumeric())
                && extension.chars().any(|c| c.is_ascii_alphabetic())
        })
}

/// `@saltfish`, `saltfish/low-water.md`: the owner's name over the gist, or
/// the gist's path; the owner.
fn owner(text: &str) -> Option<&str> {
    let text = text.trim();
    let name = match text.strip_prefix('@') {
        Some(name) => name,
        None => {
            text.split_once('/')
                .filter(|(_, file)| is_file_name(file))?
                .0
        }
    };
    is_user_name(name).then_some(name)
}

/// `gull-reader commented Apr 3, 2026`, `… commented on Apr 3, 2026`: a comment's
/// header.
fn is_commented(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_LINE
        && text.split_once(" commented ").is_some_and(|(name, date)| {
            is_user_name(name) && is_date(date.trim().strip_prefix("on ").unwrap_or(date))
        })
}

/// `Sign up for free to join this conversation on GitHub. …`: the line under the
/// comments.
fn is_join_line(text: &str) -> bool {
    text.len() <= MAX_LINE && normalized(text).contains("to join this conversation on github")
}

/// `© 2026 GitHub, Inc.`: the footer's copyright.
fn is_copyright(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_LINE && lower.starts_with('\u{00A9}') && lower.contains("github")
}

/// Whether the page's tail under the file starts at `index`: the first comment (`@NAME`
/// over its header, `Author` between), the sign-up line, the footer.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    let mention = text.trim_start().starts_with('@')
        && texts
            .iter()
            .skip(index + 1)
            .take(2)
            .any(|next| is_commented(next));
    let footer =
        normalized(text) == "footer" && texts.get(index + 1).is_some_and(|next| is_copyright(next));
    mention || is_commented(text) || is_join_line(text) || footer || is_copyright(text)
}

/// Whether a paste is a gist copied from GitHub: two of its marks (the tagline and
/// `Download ZIP` over the file, the sign-up line, the footer's copyright).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(HEADER_REACH).any(|text| is_tagline(text)),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_download(text)),
        texts.iter().any(|text| is_join_line(text)),
        texts
            .iter()
            .rev()
            .take(FOOTER_REACH)
            .any(|text| is_copyright(text)),
    ])
}

/// Marks the file's header lines from `index`, under its title: the fields line (`a
/// Harbour Lights fic | Wing/Ah Man | G | 1.1k words`) and the writer's fields (`Note:`)
/// notes, the site's fields (`Fandom:`, `Rating:`) and a byline the page's. Where the
/// header ends.
fn mark_header_lines(texts: &[&str], index: usize, end: usize, chrome: &mut Chrome) -> usize {
    let limit = end.min(index + FIELD_REACH);
    let mut index = index;
    while index < limit {
        let text = texts[index];
        chrome.roles[index] = if is_fic_fields(text) {
            Role::Note
        } else {
            match field(text) {
                Some(Field::Author) => Role::Note,
                Some(Field::Site) => Role::Chrome,
                Some(Field::Byline(name)) => {
                    chrome.author.get_or_insert(name);
                    Role::Chrome
                }
                Some(Field::Summary) | None => break,
            }
        };
        index += 1;
    }
    index
}

/// Marks the writer's end note under the story as a note: the paragraphs, up to
/// [`END_NOTE_REACH`], over the notes that close the file before `end` (`Thank you for
/// reading!`), when each is about the fic (see [`is_post_aside`]): `… The typhoon
/// shelter is real, and this fic is for the boat people in it.`
fn mark_end_note(texts: &[&str], start: usize, end: usize, chrome: &mut Chrome) {
    let mut foot = end;
    while foot > start && chrome.roles[foot - 1] == Role::Note {
        foot -= 1;
    }
    if foot == end {
        return;
    }
    let top = foot.saturating_sub(END_NOTE_REACH).max(start);
    while foot > top && chrome.roles[foot - 1] == Role::Story && is_post_aside(texts[foot - 1]) {
        foot -= 1;
        chrome.roles[foot] = Role::Note;
    }
}

/// Reads a gist copied from GitHub: sets the roles of its header, the file's header, the
/// writer's words around the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let Some(buttons) = (0..reach).find(|&index| is_download(texts[index])) else {
        return;
    };
    if let Some(name) = texts[..buttons].iter().find_map(|text| owner(text)) {
        chrome.author.get_or_insert_with(|| name.to_string());
    }
    // The description and the file's name under the buttons.
    let mut start = buttons + 1;
    if let Some(file) = (start..count.min(start + FILE_REACH)).find(|&at| is_file_name(texts[at])) {
        start = file + 1;
    }
    chrome.roles[..start].fill(Role::Chrome);
    let tail = mark_page_tail(texts, start, starts_tail, chrome);
    // The file's title, over its header lines.
    if start < tail && mark_title(texts, start, MAX_LINE, chrome) {
        start = mark_header_lines(texts, start + 1, tail, chrome);
    }
    read_writers_post(texts, start..tail, chrome);
    mark_end_note(texts, start, tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_file_name("low-water.md"));
        assert!(!is_file_name("Low water."));
        assert!(!is_file_name("3.14"));
        assert_eq!(owner("@saltfish"), Some("saltfish"));
        assert_eq!(owner("saltfish/low-water.md"), Some("saltfish"));
        assert_eq!(owner("and/or"), None);
        assert!(is_commented("gull-reader commented Apr 3, 2026"));
        assert!(is_commented("gull-reader commented on Apr 3, 2026"));
        assert!(!is_commented("Ma commented on the weather, as always."));
        assert!(is_copyright("\u{00A9} 2026 GitHub, Inc."));
    }

    /// The bug: a gist was read with its page: GitHub's bar (`Skip to content` as a
    /// heading), the tagline, owner, path, buttons and counts, the description and the
    /// file's name, the file's header lines (the friend its `Note:` quotes as dialogue),
    /// the end note and thanks, the comments (one opening on a quoted story line, as
    /// dialogue), the sign-up line and the footer as narration.
    #[test]
    fn a_gist_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Skip to content",
            "Search Gists",
            "Sign in",
            "Instantly share code, notes, and snippets.",
            "@saltfish",
            "saltfish/low-water.md",
            "Star 2",
            "Revisions 1",
            "Download ZIP",
            "low water (harbour lights fic)",
            "low-water.md",
            "Low Water",
            "a Harbour Lights fic | Wing/Ah Man | G | 1.1k words",
            "Fandom: Harbour Lights (TVB, 2019)",
            "Note: my brother said 'nobody will get the boats'. He is wrong.",
            "'Pull,' said Ah Man, and the rope went tight in his hands.",
            "They pulled.",
            "The typhoon shelter is real, and this fic is for the boat people in it.",
            "Thank you for reading!",
            "@gull-reader",
            "gull-reader commented Apr 3, 2026",
            "'Pull' lol",
            "Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment",
            "Footer",
            "\u{00A9} 2026 GitHub, Inc.",
        ];
        let mut roles = vec![C; 11];
        roles.extend([H, N, C, N, S, S, N, N]);
        roles.extend([C; 6]);
        Chrome::read_by(&texts, read_page)
            .assert_roles(&roles)
            .assert_title("Low Water")
            .assert_author("saltfish");
        assert!(!is_page(&["Download ZIP", "She pressed Download ZIP."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["Instantly share code, notes, and snippets.", "Download ZIP"],
            read_page,
        );
    }
}
