//! A blog entry on SpaceHey copied from its page: the site's name and tagline (`SpaceHey`,
//! `a space for friends.`), its nav between bars (`Home | Browse | Search | … | Sign
//! Up`), `NAME’s Blog Entries`, `« Back to NAME’s Blog`, the writer's box a line each
//! (the name, `Online Now!`, `Mood: …`, `View my: Profile | Blog | Friends`); the entry's
//! title, its date (`Mar 8, 2026, 9:41 PM`) and `Category: Writing and Poetry`; the
//! entry (the writer's intro over a separator, the story, the writer's end note under
//! the last one); under it `Kudos: 23`, `Give Kudos`, `Comments`, `Displaying 4 of 4
//! comments ( View all | Add Comment )`, each comment (name, date, text) and the footer
//! (`© Tibush GmbH 2026 | About | FAQ | …`).
//!
//! In: a paste's paragraphs, a line each (a SpaceHey page is never read as hard-wrapped
//! text: see [`super::chrome::is_unwrapped_page`]). Out: their roles, the entry's title
//! and the writer's name. Down to the category all is the page's but the title, a
//! heading; the entry is read as a writer's post (see [`read_writers_post`]: the intro
//! over the first separator and the end note under the last are notes, so a word the
//! intro quotes is no one's line); from the kudos (or whichever of the boxes under the
//! entry comes first) to the end all is the page's, so a comment quoting the story is
//! no one's dialogue.

use super::chrome::{mark_page_tail, mark_title, normalized, read_writers_post, Chrome, Role};
use super::page::{has_two_marks, is_date, is_tail_header, opens_with_site_name};

/// How far down the entry's date may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title or name line (bytes).
const MAX_LINE: usize = 160;

/// `a space for friends.`: the site's tagline under its name.
fn is_tagline(text: &str) -> bool {
    normalized(text).trim_end_matches('.') == "a space for friends"
}

/// `© Tibush GmbH 2026 | About | FAQ | Terms | …`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200 && lower.starts_with('\u{00A9}') && lower.contains("tibush")
}

/// `nakato_fan’s Blog Entries`, `« Back to nakato_fan’s Blog`: the lines over the writer's
/// box; the writer's name.
fn blog_owner(text: &str) -> Option<&str> {
    let text = text.trim();
    let text = text.strip_prefix("\u{00AB} Back to ").unwrap_or(text);
    let owner = text
        .strip_suffix(" Blog Entries")
        .or_else(|| text.strip_suffix(" Blog"))?;
    let name = owner
        .strip_suffix("\u{2019}s")
        .or_else(|| owner.strip_suffix("'s"))?;
    (text.len() <= MAX_LINE && !name.is_empty() && !name.contains(' ')).then_some(name)
}

/// `Kudos: 23`, `Give Kudos`: the entry's kudos and its button.
fn is_kudos(text: &str) -> bool {
    let lower = normalized(text);
    lower == "give kudos"
        || lower
            .strip_prefix("kudos:")
            .is_some_and(|count| count.trim().chars().all(|c| c.is_ascii_digit()))
}

/// `Displaying 4 of 4 comments ( View all | Add Comment )`: the comments' count.
fn is_comment_count(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |word: &str| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
    text.len() <= 120
        && matches!(words.as_slice(), ["displaying", shown, "of", all, "comments" | "comment", ..]
            if number(shown) && number(all))
}

/// Whether the page's tail under the entry starts at `index`: the kudos, the comments
/// (`Comments` over their count), the footer.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    is_kudos(text)
        || is_comment_count(text)
        || normalized(text) == "comments"
            && texts
                .get(index + 1)
                .is_some_and(|next| is_comment_count(next))
        || is_tail_header(text)
        || is_footer(text)
}

/// A line that shows a block is a SpaceHey page's, laid out a line at a time: the
/// kudos, the comments' count, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short.
    text.len() <= 200 && (is_kudos(text) || is_comment_count(text) || is_footer(text))
}

/// Whether a paste is a blog entry copied from SpaceHey: two of its marks (the site's
/// name at the top, its tagline, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "spacehey"),
        texts.iter().take(3).any(|text| is_tagline(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a blog entry copied from SpaceHey: sets the roles of its header, the writer's
/// words around the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    if let Some(name) = texts[..reach].iter().find_map(|text| blog_owner(text)) {
        chrome.author.get_or_insert_with(|| name.to_string());
    }
    // The entry's date, under its title.
    let Some(date) = (1..reach).find(|&index| is_date(texts[index])) else {
        return;
    };
    let mut start = date + 1;
    if texts
        .get(start)
        .is_some_and(|text| normalized(text).starts_with("category:"))
    {
        start += 1;
    }
    chrome.roles[..start].fill(Role::Chrome);
    let title = date - 1;
    if blog_owner(texts[title]).is_none() {
        mark_title(texts, title, MAX_LINE, chrome);
    }
    let tail = mark_page_tail(texts, start, starts_tail, chrome);
    read_writers_post(texts, start..tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Kudos: 23", true),
            ("Give Kudos", true),
            (
                "Displaying 4 of 4 comments ( View all | Add Comment )",
                true,
            ),
            ("\u{00A9} Tibush GmbH 2026 | About | FAQ | Terms", true),
            // A story's lines.
            ("Kudos: the word she hated most.", false),
            ("Displaying no comments, the wall stood bare.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert_eq!(
            blog_owner("ros_penn\u{2019}s Blog Entries"),
            Some("ros_penn")
        );
        assert_eq!(
            blog_owner("\u{00AB} Back to ros_penn's Blog"),
            Some("ros_penn")
        );
        assert_eq!(blog_owner("The Blog"), None);
    }

    /// The bug: a SpaceHey entry was read with its page: the banner, nav, the writer's
    /// box, the title, date and category as narration, the intro's quoted word as
    /// dialogue, and under the entry the kudos and the comments (one quoting the story, as
    /// dialogue).
    #[test]
    fn an_entry_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "SpaceHey",
            "a space for friends.",
            "Home | Browse | Blog | Log In",
            "ros_penn\u{2019}s Blog Entries",
            "\u{00AB} Back to ros_penn\u{2019}s Blog",
            "ros_penn",
            "Online Now!",
            "Low Water [Harbour Lights fic]",
            "Mar 2, 2026, 9:14 PM",
            "Category: Writing and Poetry",
            "ok so the \u{201C}siu mai\u{201D} is a dumpling, you're welcome",
            "~",
            "\u{201C}Pull,\u{201D} said Ah Man.",
            "They pulled.",
            "~",
            "thank you for reading!!",
            "Kudos: 3",
            "Give Kudos",
            "Comments",
            "Displaying 1 of 1 comments ( View all | Add Comment )",
            "gull_reader",
            "\u{201C}Pull\u{201D} lol",
            "\u{00A9} Tibush GmbH 2026 | About | FAQ",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, H, C, C, N, S, S, S, S, N, C, C, C, C, C, C, C,
            ])
            .assert_title("Low Water [Harbour Lights fic]")
            .assert_author("ros_penn");
        assert!(!is_page(&["SpaceHey", "She had a SpaceHey once."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["SpaceHey", "a space for friends.", "Mar 2, 2026"],
            read_page,
        );
    }
}
