//! A story posted on Telegraph (telegra.ph) and copied from its page: the page's title,
//! the writer's name and the date (`April 6, 2026`) a line each; the writer's links
//! (`← part one: “Lampuki” | masterlist | ask box on tumblr`); the post (an `A/N:` and
//! header lines over its first separator, the story, a glossary and thanks under its
//! last separator); and the page's `Report content on this page` at the end.
//!
//! In: a paste's paragraphs. Out: their roles, the title and the writer's name. The
//! title is a heading; the name, the date, the links (whose titles in quotes are no
//! one's lines) and the report link are the page's; the post is read as a writer's post
//! (see [`read_writers_post`]: the intro over the first separator a note), and the
//! glossary and thanks under the last separator are notes, so a title they quote is no
//! one's line.

use super::chrome::{
    is_line_not_sentence, is_plea, is_writers_aside, outro_under_separator, read_writers_post,
    Chrome, Role,
};
use super::page::{has_two_marks, is_date, is_glossary};

/// The longest title or name line (bytes).
const MAX_LINE: usize = 160;

/// The longest link line (bytes).
const MAX_LINKS: usize = 200;

/// How many words a link may have (`ask box on tumblr (same name)`).
const LINK_WORDS: usize = 6;

/// How many paragraphs the writer's words under the last separator may have.
const OUTRO_REACH: usize = 4;

/// `Report content on this page`: the page's last line.
fn is_report_link(text: &str) -> bool {
    text.trim()
        .eq_ignore_ascii_case("report content on this page")
}

/// `← part one: “Lampuki” | masterlist | ask box on tumblr (same name)`: the writer's
/// links, two or more between bars, each a few words and no sentence.
fn is_link_line(text: &str) -> bool {
    let links: Vec<&str> = text.split(" | ").map(str::trim).collect();
    text.len() <= MAX_LINKS
        && links.len() >= 2
        && links.iter().all(|link| {
            !link.is_empty()
                && link.split_whitespace().count() <= LINK_WORDS
                && !link.ends_with(['.', '!', '?'])
        })
}

/// Where the date under the title stands (the name may stand between them), when it
/// does.
fn date_line(texts: &[&str]) -> Option<usize> {
    (1..texts.len().min(3)).find(|&index| is_date(texts[index]))
}

/// Whether a paste is a page copied from Telegraph: two of its marks (the date under
/// the title, the report link at the end).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        date_line(texts).is_some(),
        texts.iter().rev().take(2).any(|text| is_report_link(text)),
    ])
}

/// Reads a page copied from Telegraph: sets the roles of its header, the writer's words
/// around the story and the report link.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let Some(date) = date_line(texts) else {
        return;
    };
    if is_line_not_sentence(texts[0], MAX_LINE) {
        chrome.roles[0] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[0].trim().to_string());
    }
    if date == 2 && is_line_not_sentence(texts[1], MAX_LINE) {
        chrome
            .author
            .get_or_insert_with(|| texts[1].trim().to_string());
    }
    chrome.roles[1..=date].fill(Role::Chrome);
    let mut start = date + 1;
    while start < texts.len() && is_link_line(texts[start]) {
        chrome.roles[start] = Role::Chrome;
        start += 1;
    }
    let end = (start..texts.len())
        .rfind(|&index| is_report_link(texts[index]))
        .unwrap_or(texts.len());
    chrome.roles[end..].fill(Role::Chrome);
    let is_outro = |text: &str| is_writers_aside(text) || is_plea(text) || is_glossary(text);
    if let Some(outro) = outro_under_separator(texts, start, end, OUTRO_REACH, is_outro) {
        for role in &mut chrome.roles[outro] {
            if *role == Role::Story {
                *role = Role::Note;
            }
        }
    }
    read_writers_post(texts, start..end, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_link_line(
            "\u{2190} part one: \u{201C}Low Water\u{201D} | masterlist | ask box"
        ));
        assert!(!is_link_line("She said yes | no. Then she left the room."));
        assert!(is_report_link("Report content on this page"));
    }

    /// The bug: a Telegraph page was read with the writer's name, the date, the link
    /// line (the title it quotes as dialogue), the header line, the glossary and the end
    /// note (the next fic's title it quotes as dialogue) and the report link.
    #[test]
    fn a_page_is_read_without_its_links_and_notes() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "High Water (Sea Road, Femi/Ros)",
            "salt-road",
            "March 2, 2025",
            "\u{2190} part one: \u{201C}Low Water\u{201D} | masterlist",
            "A/N: for the anon who asked for \u{201C}more Femi\u{201D}, here you go!!",
            "Words: ~900. Rating: G.",
            "\u{2014} \u{2726} \u{2014}",
            "\u{201C}Pull,\u{201D} said Femi.",
            "They pulled.",
            "\u{2014} \u{2726} \u{2014}",
            "Words: skiff = small boat. oar = what you pull.",
            "Thank you for reading!! Next: \u{201C}Slack Water.\u{201D}",
            "Report content on this page",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[H, C, C, C, N, N, S, S, S, S, N, N, C])
            .assert_title("High Water (Sea Road, Femi/Ros)")
            .assert_author("salt-road");
        assert!(!is_page(&[
            "Report content on this page",
            "She clicked it twice."
        ]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["Title", "March 2, 2025", "Report content on this page"],
            read_page,
        );
    }
}
