//! A chapter copied from its page on Inkspired: the site's name and menu a line each
//! (`Inkspired`, `Explore`, `Write`, `Contests`, `Blog`, `Log in`, `Sign up`), the
//! story's details (`Fanfiction · TV Series · FANDOM`), its title, the writer's name over
//! `Follow`, its counts (`👁 1.2k reads   ❤ 204   💬 38   ⏱ 14 min`) and hashtags; then
//! the chapter's heading, an author's note (as anywhere), `Start reading` and the
//! chapter; under it an end mark (`The End ✨`), the writer's words (a glossary, thanks),
//! `Did you enjoy the reading?`, the buttons (`❤ Like   🔖 Add to library   ↗ Share`),
//! `Support the author`, `Report story`, `Comments 38`, the sort line, each comment (the
//! reader's name, its text, `Reply · 2 days ago`), `Load more comments` and the footer
//! (`About Inkspired · Terms · … · © 2026 Inkspired`).
//!
//! In: a paste's paragraphs (a block with the counts, the buttons or `Did you enjoy the
//! reading?` in it is cut line by line). Out: their roles, the story's title and the
//! writer's name. Over the chapter all is the page's but the title (a heading); `Start
//! reading` is the page's; under the chapter the end mark is the page's and the writer's
//! words up to the page's tail are notes (so a line a glossary quotes is no one's); from
//! the tail to the end all is the page's, so a comment quoting the story is no one's
//! dialogue.

use super::chrome::{
    is_dotted_list, is_hashtags, is_icon_counts, is_line_not_sentence, is_post_end_mark,
    is_user_name, mark_menu, normalized, read_chapter_details_and_foot, ChapterPage, Chrome, Role,
};
use super::page::{has_two_marks, opens_with_site_name};

/// How far down the story's header may reach (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title line (bytes).
const MAX_LINE: usize = 160;

/// How many paragraphs the writer's words under the chapter may have.
const OUTRO_REACH: usize = 6;

/// The menu's items, a line each (lower case).
const MENU: &[&str] = &[
    "inkspired",
    "explore",
    "write",
    "contests",
    "blog",
    "log in",
    "sign up",
    "sign in",
    "search",
    "home",
];

/// The words the counts and the buttons label their counts and buttons with.
const COUNT_WORDS: &[&str] = &[
    "reads", "views", "min", "like", "likes", "add", "to", "library", "share", "report",
];

/// What an Inkspired chapter page is made of under the writer's name.
const PAGE: ChapterPage = ChapterPage {
    max_line: MAX_LINE,
    outro_reach: OUTRO_REACH,
    is_detail: |text| {
        normalized(text) == "follow"
            || is_dotted_list(text)
            || is_counts_or_buttons(text)
            || is_hashtags(text)
    },
    starts_tail,
    is_end: is_post_end_mark,
};

/// The story's counts, or the buttons under a chapter (see [`is_icon_counts`]).
fn is_counts_or_buttons(text: &str) -> bool {
    is_icon_counts(text, COUNT_WORDS)
}

/// The lines that start the page's tail under the chapter.
fn starts_tail(text: &str) -> bool {
    let lower = normalized(text);
    let comments = lower
        .strip_prefix("comments ")
        .is_some_and(|count| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()));
    matches!(
        lower.as_str(),
        "did you enjoy the reading?" | "support the author" | "report story"
    ) || comments
        || is_counts_or_buttons(text)
        || is_footer(text)
}

/// `About Inkspired · Terms · … · © 2026 Inkspired`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 160 && lower.contains('\u{00A9}') && lower.contains("inkspired")
}

/// A line that shows a block is an Inkspired page's, laid out a line at a time: the
/// counts or the buttons, the question over them, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short, the counts and buttons open with an icon.
    text.len() <= 160
        && (!text.starts_with(char::is_alphanumeric) && is_counts_or_buttons(text)
            || normalized(text) == "did you enjoy the reading?"
            || is_footer(text))
}

/// Whether a paste is a chapter copied from Inkspired: two of its marks (the site's name
/// at the top, `Did you enjoy the reading?`, `Start reading`, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "inkspired"),
        texts
            .iter()
            .any(|text| normalized(text) == "did you enjoy the reading?"),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| normalized(text) == "start reading"),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a chapter copied from Inkspired: sets the roles of its menu, its header and
/// what is under the chapter.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let reach = texts.len().min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    // The writer's name stands over `Follow` (or over the counts), the title over it.
    let writer = (menu_end + 1..reach).find(|&index| {
        is_user_name(texts[index])
            && texts
                .get(index + 1)
                .is_some_and(|next| normalized(next) == "follow" || is_counts_or_buttons(next))
    });
    let mut index = menu_end;
    if let Some(writer) = writer {
        chrome.roles[menu_end..=writer].fill(Role::Chrome);
        chrome
            .author
            .get_or_insert_with(|| texts[writer].trim().to_string());
        let title = writer - 1;
        if is_line_not_sentence(texts[title], MAX_LINE) {
            chrome.roles[title] = Role::Heading;
            chrome
                .title
                .get_or_insert_with(|| texts[title].trim().to_string());
        }
        index = writer + 1;
    }
    // `Start reading` under the chapter's heading and the author's note.
    for (role, text) in chrome.roles[index..reach]
        .iter_mut()
        .zip(&texts[index..reach])
    {
        if normalized(text) == "start reading" {
            *role = Role::Chrome;
        }
    }
    read_chapter_details_and_foot(texts, index, reach, &PAGE, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            (
                "\u{1F441} 3k reads   \u{2764} 51   \u{1F4AC} 6   \u{23F1} 9 min",
                true,
            ),
            (
                "\u{2764} Like   \u{1F516} Add to library   \u{2197} Share",
                true,
            ),
            ("Did you enjoy the reading?", true),
            ("Help \u{00B7} \u{00A9} 2025 Inkspired", true),
            // A story's lines.
            ("\u{2764} to you, she wrote.", false),
            ("Did you enjoy the reading, Mum?", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: an Inkspired chapter was read whole: the menu, the details, title,
    /// writer, `Follow`, counts and hashtags, `Start reading`, the end mark, the glossary
    /// and thanks, and the buttons and links under the chapter.
    #[test]
    fn a_chapter_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Inkspired",
            "Explore",
            "Sign up",
            "Fanfiction \u{00B7} Anime \u{00B7} Harbour Lights",
            "Low Water (Wing x Reader)",
            "saltfish_writes",
            "Follow",
            "\u{1F441} 3k reads   \u{2764} 51   \u{1F4AC} 6   \u{23F1} 9 min",
            "#harbourlights #xreader",
            "Chapter 1 \u{2014} Low Water",
            "Start reading",
            "'Pull,' says Wing.",
            "The End \u{2728}",
            "Glossary: lah = a word for everything.",
            "Did you enjoy the reading?",
            "\u{2764} Like   \u{1F516} Add to library   \u{2197} Share",
            "Comments 6",
            "gull_reader",
            "'Pull' lol",
            "Help \u{00B7} \u{00A9} 2025 Inkspired",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, H, C, C, C, C, S, C, S, C, N, C, C, C, C, C, C])
            .assert_title("Low Water (Wing x Reader)")
            .assert_author("saltfish_writes");
        assert!(!is_page(&["Inkspired", "She posted it on Inkspired."]));
        // A broken paste, the header alone, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Inkspired",
                "Follow",
                "Start reading",
                "Did you enjoy the reading?",
            ],
            read_page,
        );
    }
}
