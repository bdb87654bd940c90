//! A fic posted on Pillowfort and copied from the post's page: the site's bar a word a
//! line (`Pillowfort`, `Home`, `Search`, `Communities`, …), the poster's name, the
//! community it went to (`Posted to Saltmarsh Station Fic Exchange`), when (`Mar 14,
//! 2024, 9:41 PM`), the post's title with its fields in brackets (`Shout and Launch
//! [Saltmarsh Station | gen | 4.4k]`), the writer's intro over the first separator;
//! under the post its tags a line each (`#saltmarsh station`), the counts (`Comments
//! (4)`, `Reblogs (12)`, `Likes (57)`), the comments (name, when, the comment, `Reply`,
//! `Link`) and the footer (`Pillowfort`, `About`, `Community Guidelines`, …).
//!
//! In: a paste's paragraphs (a block with the site's name, a count or a date line in it
//! is cut line by line). Out: their roles, the post's title and the poster's name. The
//! title line is a heading, its bracketed fields cut; the intro, in a note's voice, is
//! the writer's note, so a request it quotes is no one's line; from the tags under the
//! post to the end all is the page's, so a comment quoting the story is no one's
//! dialogue.

use super::chrome::{
    intro_over_separator, is_line_not_sentence, is_writers_aside, normalized, title_line, Chrome,
    Role,
};

/// How far down the post's date may stand (paragraphs).
const HEADER_REACH: usize = 16;

/// How many paragraphs the writer's intro over the first separator may have.
const INTRO_REACH: usize = 4;

/// The longest title line (bytes).
const MAX_TITLE: usize = 160;

/// How many lines at the bottom the footer may take.
const FOOTER_REACH: usize = 8;

/// How many tag lines a post may have over its counts.
const TAG_REACH: usize = 40;

/// `Pillowfort`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text) == "pillowfort"
}

/// `Community Guidelines`: the footer's link, under the site's name.
fn is_footer_link(text: &str) -> bool {
    normalized(text) == "community guidelines"
}

/// `Comments (4)`, `Reblogs (12)`, `Likes (57)`: a post's counts.
fn is_count_line(text: &str) -> bool {
    let lower = normalized(text);
    let Some((word, rest)) = lower.split_once(" (") else {
        return false;
    };
    let number = rest.strip_suffix(')').unwrap_or_default();
    matches!(word, "comments" | "reblogs" | "likes" | "notes")
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit() || c == ',')
}

/// `Posted to Saltmarsh Station Fic Exchange`: the community a post went to.
fn is_posted_to(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("Posted to ") && is_line_not_sentence(text, 120)
}

/// `Mar 14, 2024, 9:41 PM`: when a post or a comment was made.
pub(crate) fn is_date_line(text: &str) -> bool {
    super::page::is_date(text)
}

/// A line that shows a block is a Pillowfort page's, laid out a line at a time: the
/// site's name, a count, a date line, the community line.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_site_name(text) || is_count_line(text) || is_date_line(text) || is_posted_to(text)
}

/// Whether a paste is a post copied from Pillowfort: two of its marks (the site's name
/// at the top, a reblogs count, the footer's name over its guidelines link).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let count = texts.len();
    let footer = (count.saturating_sub(FOOTER_REACH)..count).any(|index| {
        is_site_name(texts[index])
            && texts
                .get(index + 1..index + 4)
                .is_some_and(|next| next.iter().any(|text| is_footer_link(text)))
    });
    super::page::has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts
            .iter()
            .any(|text| is_count_line(text) && normalized(text).starts_with("reblogs")),
        footer,
    ])
}

/// Reads a post copied from Pillowfort: sets the roles over and under the post, its
/// title and the poster's name.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let Some(header_end) = (0..reach)
        .rev()
        .find(|&index| is_date_line(texts[index]) || is_posted_to(texts[index]))
        .map(|index| index + 1)
    else {
        return;
    };
    chrome.roles[..header_end].fill(Role::Chrome);
    // The poster's name stands over the community line.
    if let Some(posted) = (0..header_end).find(|&index| is_posted_to(texts[index])) {
        if let Some(name) = posted.checked_sub(1).map(|index| texts[index].trim()) {
            if !name.contains(' ') && !name.is_empty() && !is_site_name(name) {
                chrome.author.get_or_insert_with(|| name.to_string());
            }
        }
    }
    let mut start = header_end;
    // The title line: its bracketed fields cut.
    if let Some(line) = title_line(texts, start, MAX_TITLE) {
        let text = line.trim();
        chrome.roles[start] = Role::Heading;
        let title = match (text.ends_with(']'), line.find(" [")) {
            (true, Some(bracket)) => {
                chrome.end_cuts[start] = line.len() - bracket;
                line[..bracket].trim()
            }
            _ => text,
        };
        chrome.title.get_or_insert_with(|| title.to_string());
        start += 1;
    }
    // Under the post: the tags over the counts, then the comments and the footer.
    let tail = match (start..count).find(|&index| is_count_line(texts[index])) {
        Some(counts) => {
            let mut tail = counts;
            while tail > start
                && counts - tail < TAG_REACH
                && texts[tail - 1].trim().starts_with('#')
                && texts[tail - 1].len() <= 100
            {
                tail -= 1;
            }
            tail
        }
        None => count,
    };
    chrome.roles[tail..].fill(Role::Chrome);
    // The writer's intro, over the first separator.
    if let Some(intro) = intro_over_separator(texts, start, tail, INTRO_REACH, is_writers_aside) {
        chrome.roles[intro].fill(Role::Note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Pillowfort", true),
            ("Reblogs (12)", true),
            ("Likes (3)", true),
            ("Mar 14, 2024, 9:41 PM", true),
            ("June 2, 2023", true),
            ("Posted to Moth Week", true),
            // A story's lines.
            ("She built a pillowfort.", false),
            ("March came, 2024 ended.", false),
            ("Posted to the wrong address, the letter came back.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
    }

    /// The bug: a Pillowfort post was read with its bar, header, the request its intro
    /// quotes (as dialogue), its tags a line each, counts and comments quoting the story.
    #[test]
    fn a_post_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Pillowfort",
            "Home",
            "mothwing",
            "Posted to Moth Week",
            "Jun 2, 2023, 8:00 AM",
            "Lamp [Moths | gen | 1k]",
            "for @bee, who said \"write the lamp\"",
            "~",
            "\u{201C}Mine,\u{201D} said the moth.",
            "#moths",
            "#my fic",
            "Comments (1)",
            "Reblogs (2)",
            "bee",
            "\u{201C}Mine\u{201D} SCREAMING",
            "Reply",
            "Pillowfort",
            "Community Guidelines",
        ];
        let chrome = Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, C, H, N, S, S, C, C, C, C, C, C, C, C, C])
            .assert_title("Lamp")
            .assert_author("mothwing");
        assert_eq!(chrome.end_cuts[5], " [Moths | gen | 1k]".len());
        // A story that names the site once is no page.
        assert!(!is_page(&["Pillowfort", "She built a pillowfort."]));
    }
}
