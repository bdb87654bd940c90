//! A novel copied from its page on pixiv: the site's name and menu a line each (`pixiv`,
//! `Home`, `Illustrations`, `Manga`, `Novels`, `Search works`, `Post`, `Log in`, `Sign
//! up`); the series' name and number (`Harbour Lights short stuff #2`), the novel's
//! title, the writer's name over `Follow`, the tags a line each (`#HarbourLights`, `+
//! Add tags`), the counts (`♡ 1,284   🔖 503   👁 9,730`), the date, `9,412 characters`
//! and `Reading time: 18 mins`; the caption (the writer's words about the novel, an
//! `A/N:`); the novel, its chapters' headings a line each right over their first
//! paragraphs (`[chapter:…]` on pixiv); under it the writer's glossary, the buttons a
//! line each (`Like!`, `Bookmark`, `Share`), the links to the series' other works (`<
//! Previous work  TITLE`, `Next work >  (none yet)`), `Comments`, `Post a comment`, each
//! comment (name, text, date, `Reply`, `View replies (1)`), `Related works`, `See all`
//! and the footer (`Terms of Use  Privacy Policy …`, `© pixiv`).
//!
//! In: a paste's paragraphs, a line each (a pixiv page is never read as hard-wrapped
//! text: see [`super::chrome::is_unwrapped_page`], so a chapter's heading is not glued
//! to its first paragraph). Out: their roles, the novel's title and the writer's name.
//! Down to the reading time all is the page's but the title, a heading; the caption is
//! the writer's note (see [`read_writers_post`]), so a request it quotes is no one's
//! line; each chapter's heading is a heading; the glossary under the novel is a note;
//! from the buttons (or whichever of the boxes under the novel comes first) to the end
//! all is the page's, so a comment quoting the story is no one's dialogue.

use super::chrome::{
    glossary_start, is_line_not_sentence, is_post_end_mark, mark_menu, mark_page_tail, normalized,
    read_writers_post, Chrome, Role,
};
use super::page::{has_two_marks, is_tail_header, opens_with_site_name};
use super::plain::is_scene_break;

/// How far down the reading time may stand (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title or name line (bytes).
const MAX_LINE: usize = 160;

/// The longest chapter heading (bytes), and how many words it may have.
const MAX_HEADING: usize = 60;
const HEADING_WORDS: usize = 6;

/// The site's name and menu, a line each (lower case).
const MENU: &[&str] = &[
    "pixiv",
    "home",
    "illustrations",
    "manga",
    "novels",
    "search works",
    "post",
    "log in",
    "sign up",
    "create an account",
];

/// The boxes under the novel that start the page's tail, a line each (lower case).
const TAIL_LINES: &[&str] = &["like!", "post a comment", "related works"];

/// `Reading time: 18 mins`: the novel's reading time, the header's last line.
fn is_reading_time(text: &str) -> bool {
    normalized(text)
        .strip_prefix("reading time:")
        .and_then(|rest| rest.trim().split_once(' '))
        .is_some_and(|(minutes, unit)| {
            !minutes.is_empty()
                && minutes.chars().all(|c| c.is_ascii_digit())
                && matches!(unit, "min" | "mins" | "minute" | "minutes")
        })
}

/// `9,412 characters`: the novel's length.
fn is_length(text: &str) -> bool {
    normalized(text)
        .strip_suffix(" characters")
        .is_some_and(|count| {
            count.starts_with(|c: char| c.is_ascii_digit())
                && count.chars().all(|c| c.is_ascii_digit() || c == ',')
        })
}

/// `< Previous work  Pancakes`, `Next work >  (none yet)`: the links to the series'
/// other works.
fn is_work_link(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_LINE
        && (lower.starts_with("< previous work") || lower.starts_with("next work >"))
}

/// `© pixiv`, `Terms of Use  Privacy Policy  Guidelines  Help  Contact us`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120
        && (lower == "\u{00A9} pixiv"
            || lower.starts_with("\u{00A9} pixiv ")
            || lower.starts_with("terms of use") && lower.contains("privacy policy"))
}

/// Whether the page's tail under the novel starts at `index`: the buttons, the work
/// links, the comments (`Comments` over `Post a comment`), the related works, the
/// footer.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    let lower = normalized(text);
    TAIL_LINES.contains(&lower.as_str())
        || lower == "comments"
            && texts
                .get(index + 1)
                .is_some_and(|next| normalized(next) == "post a comment")
        || is_work_link(text)
        || is_tail_header(text)
        || is_footer(text)
}

/// A chapter's heading as pixiv shows it, a line of its own over the chapter's first
/// paragraph: a few words, not a sentence.
fn is_chapter_line(text: &str) -> bool {
    is_line_not_sentence(text, MAX_HEADING)
        && text.split_whitespace().count() <= HEADING_WORDS
        && !text.trim_end().ends_with(['\u{2014}', '-', ',', ';', ':'])
        && !is_scene_break(text)
        && !is_post_end_mark(text)
}

/// A line that shows a block is a pixiv page's, laid out a line at a time: the reading
/// time, the novel's length, the work links, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short.
    text.len() <= MAX_LINE
        && (is_reading_time(text) || is_length(text) || is_work_link(text) || is_footer(text))
}

/// Whether a paste is a novel copied from pixiv: two of its marks (the site's name at
/// the top, the reading time, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "pixiv"),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_reading_time(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a novel copied from pixiv: sets the roles of its header, its chapters'
/// headings, the glossary and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    // The header ends at the reading time, or at the length when no time is shown.
    let Some(header_end) = (menu_end..reach)
        .rev()
        .find(|&index| is_reading_time(texts[index]) || is_length(texts[index]))
    else {
        return;
    };
    chrome.roles[menu_end..=header_end].fill(Role::Chrome);
    // The title stands over the writer's name, which stands over `Follow`.
    let follow = (menu_end + 1..header_end).find(|&index| normalized(texts[index]) == "follow");
    let title = match follow {
        Some(follow) if follow >= menu_end + 2 => Some(follow - 2),
        _ => (menu_end < header_end).then_some(menu_end),
    };
    if let Some(title) = title.filter(|&title| is_line_not_sentence(texts[title], MAX_LINE)) {
        chrome.roles[title] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[title].trim().to_string());
        if follow == Some(title + 2) {
            let name = texts[title + 1].trim();
            if is_line_not_sentence(name, MAX_LINE) {
                chrome.author.get_or_insert_with(|| name.to_string());
            }
        }
    }
    let start = header_end + 1;
    let tail = mark_page_tail(texts, start, starts_tail, chrome);
    // The glossary over the tail, the writer's.
    let glossary = glossary_start(texts, start, tail);
    chrome.roles[glossary..tail].fill(Role::Note);
    read_writers_post(texts, start..glossary, chrome);
    // Each chapter's heading, over the chapter's first paragraph.
    for index in start..glossary {
        let next = texts.get(index + 1).filter(|_| index + 1 < glossary);
        let heading = chrome.roles[index] == Role::Story
            && is_chapter_line(texts[index])
            && next.is_some_and(|next| !is_chapter_line(next) && !is_scene_break(next));
        if heading {
            chrome.roles[index] = Role::Heading;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Reading time: 18 mins", true),
            ("Reading time: 1 min", true),
            ("9,412 characters", true),
            ("< Previous work  Low Water (Wing x Ah Man)", true),
            ("Next work >  (none yet)", true),
            ("\u{00A9} pixiv", true),
            // A story's lines.
            (
                "Reading time: the hour after lunch, when nobody came.",
                false,
            ),
            ("Nine characters, and all of them liars.", false),
            ("Next work, she thought, would be easier.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_chapter_line("Night Market"));
        assert!(!is_chapter_line("He left."));
        assert!(!is_chapter_line("'Pull,' she said"));
    }

    /// The bug: a pixiv novel was read with its page: the series' name, the title, the
    /// writer, `Follow`, each tag, the date, the length and the reading time as
    /// narration; a chapter's heading glued to the paragraph under it; the glossary, the
    /// work links and the comments (one quoting the story, as dialogue).
    #[test]
    fn a_novel_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "pixiv",
            "Home",
            "Novels",
            "Sign up",
            "Harbour Lights short stuff #2",
            "Night Market (Wing x Ah Man)",
            "saltfish_writes",
            "Follow",
            "#HarbourLights",
            "+ Add tags",
            "\u{2661} 88   \u{1F516} 12   \u{1F441} 902",
            "March 2, 2026 9:14 PM",
            "2,210 characters",
            "Reading time: 4 mins",
            "Market day, one bag, two idiots. Glossary at the bottom!!",
            "A/N: for the anon who asked \"what if Ma came too\", here you go.",
            "Stalls",
            "The market was loud by nine.",
            "'Carry the bag,' said Ma.",
            "Ferry",
            "The ferry was late.",
            "Glossary:",
            "siu mai = dumplings",
            "Like!",
            "Bookmark",
            "< Previous work  Low Water",
            "Comments",
            "gull_reader",
            "'Carry the bag' lol",
            "\u{00A9} pixiv",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, H, C, C, C, C, C, C, C, C, N, N, H, S, S, H, S, N, N, C, C, C, C, C,
                C, C,
            ])
            .assert_title("Night Market (Wing x Ah Man)")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["pixiv", "She posted it on pixiv."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["pixiv", "Reading time: 4 mins", "\u{00A9} pixiv"],
            read_page,
        );
    }
}
