//! A fic posted in a Facebook group and copied from the post's page: Facebook's bar a
//! word a line (`Facebook`, `Search Facebook`, `Home`, `Video`, `Marketplace`, …), the
//! group's name, `Private group · 14.2K members`, `Joined`, `Invite`, `Share`, the
//! group's tabs (`Discussion`, `Featured`, `Members`, …), the poster's name and badge
//! (`Top contributor`), when (`27 December 2023 at 21:14`, `2d`); the post: its first
//! line (the fic's title), the writer's intro and hashtags, the story (its own title
//! over it), its end mark and end note; under the post the reactions (`👍❤️😂 318`),
//! `186 comments`, `14 shares`, the buttons (`Like`, `Comment`, `Share`), `Most
//! relevant`, each comment (name, badge, text, `2d`, `Like`, `Reply`, a count of
//! replies), `View 181 more comments` and `Write a public comment…`.
//!
//! In: a paste's paragraphs (a block with the search box, the group's line, the date
//! or a count in it is cut line by line). Out: their roles, the post's title and its
//! writer. Over the post all is the page's; the post's first line is a heading, the
//! intro under it (in a note's voice) the writer's note, the hashtags the page's, and
//! the story's title under them a heading; from the reactions or the counts to the end
//! all is the page's, so a comment quoting the story is no one's dialogue.

use super::chrome::{
    is_count, is_emoji, is_hashtags, is_line_not_sentence, is_writers_aside, mark_page_tail,
    normalized, tail_at_line, title_line, Chrome, Role,
};
use super::page::{has_two_marks, is_date, time_ago_start};
use super::plain::is_scene_break;

/// How far down the post's date may stand (paragraphs).
const HEADER_REACH: usize = 40;

/// How many paragraphs the writer's intro may have.
const INTRO_REACH: usize = 5;

/// The longest title line (bytes).
const MAX_TITLE: usize = 160;

/// The longest title of the story under the intro (bytes).
const MAX_STORY_TITLE: usize = 100;

/// `Search Facebook`: the bar's search box.
fn is_search_box(text: &str) -> bool {
    normalized(text) == "search facebook"
}

/// `Private group · 14.2K members`, `Public group · 812 members`: the group's line.
fn is_group_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60
        && (lower.starts_with("private group") || lower.starts_with("public group"))
        && lower.ends_with("members")
}

/// `Write a public comment…`: the comment box under the comments.
fn is_comment_box(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim_end_matches(['…', '.']);
    matches!(lower, "write a public comment" | "write a comment")
}

/// `186 comments`, `14 shares`, `View 181 more comments`, `View more comments`, `Most
/// relevant`: the post's counts and the comments' controls.
fn is_count_line(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    text.len() <= 40
        && match words.as_slice() {
            ["all", "comments"] => true,
            [count, "comments" | "comment" | "shares" | "share"] => is_count(count),
            ["view", "more", "comments" | "replies"] => true,
            ["view", count, "more", "comments" | "replies"] => is_count(count),
            ["most", "relevant"] | ["newest"] => true,
            _ => false,
        }
}

/// `👍❤️😂 318`: the reactions and how many.
fn is_reactions(text: &str) -> bool {
    let text = text.trim();
    let Some((icons, count)) = text.rsplit_once(' ') else {
        return false;
    };
    text.len() <= 40
        && is_count(count)
        && icons.chars().any(is_emoji)
        && icons
            .chars()
            .all(|c| is_emoji(c) || c.is_whitespace() || matches!(c, '\u{FE0F}' | '\u{200D}'))
}

/// `27 December 2023 at 21:14`, `Yesterday at 21:14`, `2d`, `3 h`: when a post or a
/// comment was made (also on Instagram).
pub(crate) fn is_when(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let short = |word: &str| {
        let digits = word.trim_end_matches(char::is_alphabetic);
        !digits.is_empty()
            && digits.len() < word.len()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&word[digits.len()..], "s" | "m" | "h" | "d" | "w" | "y")
    };
    text.len() <= 40
        && (is_date(text)
            || matches!(words.as_slice(), ["yesterday" | "today", "at", _])
            || matches!(words.as_slice(), [one] if short(one))
            || time_ago_start(&words) == Some(0))
}

/// A line that shows a block is a Facebook page's, laid out a line at a time: the
/// search box, the group's line, a count, the reactions, the comment box.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_search_box(text)
        || is_group_line(text)
        || is_count_line(text)
        || is_reactions(text)
        || is_comment_box(text)
}

/// Whether a paste is a post copied from a Facebook group: two of its marks (the
/// search box at the top, the group's line, the comments' controls, the comment box).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(4).any(|text| is_search_box(text)),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| is_group_line(text)),
        texts.iter().any(|text| {
            let lower = normalized(text);
            lower.starts_with("view ") && is_count_line(text) || lower == "most relevant"
        }),
        texts.iter().rev().take(3).any(|text| is_comment_box(text)),
    ])
}

/// The badges Facebook shows under a member's name.
const BADGES: &[&str] = &[
    "top contributor",
    "rising contributor",
    "all-star contributor",
    "admin",
    "moderator",
    "group expert",
    "new member",
    "author",
    "conversation starter",
];

/// Reads a post copied from a Facebook group: sets the roles over, in and under the
/// post, its title and its writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let Some(date) = (0..count.min(HEADER_REACH)).find(|&index| is_when(texts[index])) else {
        return;
    };
    // The poster's name over the badge and the dots.
    let poster = (0..date).rev().find(|&index| {
        let text = texts[index];
        !is_scene_break(text) && !BADGES.contains(&normalized(text).as_str())
    });
    if let Some(name) = poster.map(|index| texts[index].trim()) {
        if name.split_whitespace().count() <= 4 {
            chrome.author.get_or_insert_with(|| name.to_string());
        }
    }
    // The dots after the date are the header's too.
    let mut start = date + 1;
    while start < count && is_scene_break(texts[start]) && texts[start].len() <= 8 {
        start += 1;
    }
    chrome.roles[..start].fill(Role::Chrome);
    // The tail: from the reactions or the counts down.
    let tail = mark_page_tail(
        texts,
        start,
        tail_at_line(|text| is_reactions(text) || is_count_line(text) || is_comment_box(text)),
        chrome,
    );
    // The post's first line, its title.
    let titled = title_line(texts, start, MAX_TITLE).filter(|_| start < tail);
    if let Some(line) = titled {
        chrome.roles[start] = Role::Heading;
        chrome.title.get_or_insert_with(|| line.trim().to_string());
        start += 1;
    }
    // The writer's intro and hashtags, over the story's title or a separator.
    let Some(intro_end) = (start..tail.min(start + INTRO_REACH))
        .find(|&index| !is_writers_aside(texts[index]) && !is_hashtags(texts[index]))
    else {
        return;
    };
    let story_title = texts
        .get(intro_end)
        .is_some_and(|text| is_line_not_sentence(text, MAX_STORY_TITLE) && !is_scene_break(text))
        && intro_end + 1 < tail
        && !is_line_not_sentence(texts[intro_end + 1], MAX_STORY_TITLE);
    let closed = story_title
        || texts
            .get(intro_end)
            .is_some_and(|text| is_scene_break(text))
        || intro_end > start && is_hashtags(texts[intro_end - 1]);
    if intro_end > start && closed {
        super::chrome::mark_notes_and_hashtags(texts, start..intro_end, chrome);
    }
    // The story's own title, under the intro or right under the post's.
    if story_title && (intro_end > start || titled.is_some()) {
        chrome.roles[intro_end] = Role::Heading;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Search Facebook", true),
            ("Private group \u{00B7} 14.2K members", true),
            ("186 comments", true),
            ("14 shares", true),
            ("View 181 more comments", true),
            ("\u{1F44D}\u{2764}\u{FE0F}\u{1F602} 318", true),
            ("Write a public comment\u{2026}", true),
            // A story's lines.
            ("She had 14 shares in the mill.", false),
            ("Search the house, he said.", false),
            ("\u{1F602} she typed back", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        for (text, when) in [
            ("27 December 2023 at 21:14", true),
            ("Yesterday at 09:02", true),
            ("2d", true),
            ("3 hours ago", true),
            ("2nd", false),
            ("Yesterday I went home.", false),
        ] {
            assert_eq!(is_when(text), when, "{text}");
        }
    }

    /// The bug: a Facebook group post was read whole: the bar, the group's line, the
    /// tabs, the poster, the date, the intro, the hashtags, the story's title as
    /// narration, and under the post every count, button and comment (one quoting the
    /// story, as dialogue).
    #[test]
    fn a_post_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Facebook",
            "Search Facebook",
            "Moth Fans",
            "Public group \u{00B7} 812 members",
            "Discussion",
            "Ann Reed",
            "Top contributor",
            " \u{00B7} ",
            "3 May 2024 at 10:02",
            " \u{00B7} ",
            "FANFIC The Lamp (part 1)",
            "here it is!! sorry it's short \u{1F602}",
            "#MothFic #Lamp",
            "The Lamp",
            "\u{2018}Mine,\u{2019} said the moth.",
            "The end of the night came.",
            "\u{1F44D} 12",
            "3 comments",
            "Like",
            "Bo Lee",
            "\u{2018}Mine\u{2019} \u{1F602}",
            "2d",
            "Write a public comment\u{2026}",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, C, C, H, N, C, H, S, S, C, C, C, C, C, C, C,
            ])
            .assert_title("FANFIC The Lamp (part 1)")
            .assert_author("Ann Reed");
        // A story that names the site is no page.
        assert!(!is_page(&["Search Facebook", "She never did."]));
    }
}
