//! A story posted in an Amino community and copied from its page: `Amino`, the
//! community's name (`Hollow Creek Amino`) and its nav a line each (`Home`, `Featured`,
//! `Latest Feed`, `Public Chatrooms`, `Join`); `★ FEATURED ★`; the post's title; the
//! writer's name (`☾ holler.hearts ☾`) over their level and title (`Lv14 · Leader's Pick
//! Writer ✎`) and the date (`Mar 2`); the counts and buttons (`❤ 214   💬 31   ↪
//! Share`); then the writer's intro over the story's first separator (a box drawn in
//! `╔═══╗` lines, a greeting that may quote a reader's request, the fields `》pairing: …`,
//! `》wc: …`, an `a/n:`); the story between separators (`✦ ✦ ✦`); under it the writer's
//! end mark and plea (`end!!`, `if you liked it pls comment`), the hashtags, `❤ 214
//! Likes`, `💬 31 Comments` and each comment (the reader's name and level, the text,
//! `Reply · 3d · ❤ 12`), `See more comments` and the app's footer (`Get the Amino app
//! to join the conversation`).
//!
//! In: a paste's paragraphs (a block with `Amino` alone, a level line or the likes line
//! in it is cut line by line). Out: their roles, the post's title and the writer's
//! name. The nav, `FEATURED`, the writer's name, level and date, the counts, the
//! hashtags and everything from the likes down are the page's; the title is read as a
//! heading; the intro over the first separator and the writer's lines under the last
//! one are notes, so a request they quote is no one's line.

use super::chrome::{
    is_count, is_line_not_sentence, mark_page_tail, normalized, starts_with_quote, tail_at_line,
    Chrome, Role,
};
use super::page::{has_two_marks, MONTH_NAMES};
use super::plain::is_scene_break;

/// How far down the post's header may reach (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title or name line (bytes).
const MAX_LINE: usize = 120;

/// How many paragraphs the writer's intro over the first separator may have.
const INTRO_REACH: usize = 12;

/// How many paragraphs the writer's lines under the last separator may have.
const OUTRO_REACH: usize = 5;

/// The nav's items, a line each (lower case).
const MENU: &[&str] = &[
    "amino",
    "home",
    "featured",
    "latest feed",
    "public chatrooms",
    "join",
    "join community",
    "search",
    "leaderboard",
];

/// `Amino`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text) == "amino"
}

/// `Hollow Creek Amino`: a community's name.
fn is_community(text: &str) -> bool {
    text.len() <= 60 && text.trim().ends_with(" Amino") && !text.trim().ends_with(['.', '!', '?'])
}

/// `Lv14 · Leader's Pick Writer ✎`, `Lv7`: a member's level, and their title.
fn is_level(text: &str) -> bool {
    let text = text.trim();
    let level = text.split(" \u{00B7} ").next().unwrap_or_default();
    text.len() <= 80
        && level.strip_prefix("Lv").is_some_and(|number| {
            (1..=3).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit())
        })
}

/// `★ FEATURED ★`: the badge of a featured post.
fn is_featured(text: &str) -> bool {
    let letters: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
    text.len() <= 40 && letters.eq_ignore_ascii_case("featured")
}

/// `Mar 2`, `2 Mar`: when a post was posted.
fn is_day(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let month = |word: &str| MONTH_NAMES.contains(&word.trim_end_matches(['.', ',']));
    let day =
        |word: &str| (1..=2).contains(&word.len()) && word.chars().all(|c| c.is_ascii_digit());
    matches!(words.as_slice(), [name, number] | [number, name] if month(name) && day(number))
}

/// `❤ 214   💬 31   ↪ Share`: a post's counts and buttons, icons and counts or words.
fn is_counts_row(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let icons = words
        .iter()
        .filter(|word| !word.chars().any(char::is_alphanumeric))
        .count();
    text.len() <= 80
        && icons >= 2
        && words.iter().all(|word| {
            !word.chars().any(char::is_alphanumeric)
                || is_count(word)
                || matches!(
                    normalized(word).as_str(),
                    "share" | "likes" | "like" | "comments"
                )
        })
}

/// `❤ 214 Likes`, `💬 31 Comments`: the counts over a post's comments.
fn is_tail_count(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    text.len() <= 40
        && matches!(words.as_slice(), [icon, number, label]
            if !icon.chars().any(char::is_alphanumeric)
                && is_count(number)
                && matches!(normalized(label).as_str(), "likes" | "like" | "comments" | "comment"))
}

/// The lines that start the page's tail under the post.
fn starts_tail(text: &str) -> bool {
    let lower = normalized(text);
    is_tail_count(text) || lower == "see more comments" || lower.starts_with("get the amino app")
}

/// A line that shows a block is an Amino page's, laid out a line at a time: the site's
/// name alone, a level line, the counts over the comments.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short, and the level line opens with `Lv`.
    text.len() <= 80
        && (is_site_name(text)
            || text.trim_start().starts_with("Lv") && is_level(text)
            || is_tail_count(text))
}

/// Whether a paste is a post copied from Amino: two of its marks (the site's name at the
/// top, a community's name near it, a level line, the app's footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts.iter().take(3).any(|text| is_community(text)),
        texts.iter().take(HEADER_REACH).any(|text| is_level(text)),
        texts
            .iter()
            .rev()
            .take(3)
            .any(|text| normalized(text).starts_with("get the amino app")),
    ])
}

/// The writer's name as shown, without its decorations (`☾ holler.hearts ☾`).
fn bare_name(text: &str) -> &str {
    text.trim()
        .trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '_' | '.' | '-'))
        .trim_end_matches('.')
}

/// `╔═══╗`, `╚═══╝`: a box's top or bottom border around the writer's words.
fn is_box_border(text: &str) -> bool {
    text.trim_start()
        .starts_with(['\u{2554}', '\u{255A}', '\u{250C}', '\u{2514}'])
}

/// Reads a post copied from Amino: sets the roles of its nav and header, the writer's
/// intro and outro, and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = (0..reach)
        .take_while(|&index| {
            MENU.contains(&normalized(texts[index]).as_str()) || is_community(texts[index])
        })
        .count();
    chrome.roles[..menu_end].fill(Role::Chrome);
    // The header: the badge and title over the writer's name and level.
    let Some(level) = (menu_end..reach).find(|&index| is_level(texts[index])) else {
        return;
    };
    chrome.roles[menu_end..=level].fill(Role::Chrome);
    if let Some(name) = level.checked_sub(1).filter(|&name| name >= menu_end) {
        let name = bare_name(texts[name]);
        if !name.is_empty() {
            chrome.author.get_or_insert_with(|| name.to_string());
        }
    }
    if let Some(title) = (menu_end..level.saturating_sub(1))
        .rev()
        .find(|&index| !is_featured(texts[index]))
        .filter(|&index| is_line_not_sentence(texts[index], MAX_LINE))
    {
        chrome.roles[title] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[title].trim().to_string());
    }
    let mut start = level + 1;
    while start < count && (is_day(texts[start]) || is_counts_row(texts[start])) {
        chrome.roles[start] = Role::Chrome;
        start += 1;
    }
    let tail = mark_page_tail(texts, start, tail_at_line(starts_tail), chrome);
    // The writer's intro over the first separator (a box's borders are none).
    let first_break = (start..tail.min(start + INTRO_REACH + 1))
        .find(|&index| is_scene_break(texts[index]) && !is_box_border(texts[index]));
    if let Some(first) = first_break {
        let intro = start..first;
        for (role, text) in chrome.roles[intro.clone()].iter_mut().zip(&texts[intro]) {
            if !is_scene_break(text) && !starts_with_quote(text) {
                *role = Role::Note;
            }
        }
    }
    // The writer's lines under the last separator, and the hashtags.
    let story = first_break.map_or(start, |first| first + 1);
    if let Some(last) = (story.max(tail.saturating_sub(OUTRO_REACH + 1))..tail)
        .rev()
        .find(|&index| is_scene_break(texts[index]))
    {
        super::chrome::mark_notes_and_hashtags(texts, last + 1..tail, chrome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Amino", true),
            ("Lv9 \u{00B7} Curator", true),
            ("\u{2764} 88 Likes", true),
            // A story's lines.
            ("Amino acids, she said, are the building blocks.", false),
            ("Lvov was the city.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_community("Saltmarsh Amino"));
        assert!(is_counts_row("\u{2764} 88   \u{1F4AC} 4   \u{21AA} Share"));
        assert!(is_day("Apr 9"));
        assert_eq!(bare_name("\u{263E} tide.pools \u{263E}"), "tide.pools");
    }

    /// The bug: an Amino post was read whole: the nav as one heading, `FEATURED`, the
    /// title, the writer's name, level and date, the box's text, the intro (the request
    /// it quotes as dialogue), the fields as one paragraph, `end!!`, the plea, the
    /// hashtags and the likes.
    #[test]
    fn a_post_is_read_without_the_community() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Amino",
            "Saltmarsh Amino",
            "Home",
            "Join",
            "\u{2605} FEATURED \u{2605}",
            "Low Tide | Keeper x Reader",
            "\u{263E} tide.pools \u{263E}",
            "Lv9 \u{00B7} Curator",
            "Apr 9",
            "\u{2764} 88   \u{1F4AC} 4   \u{21AA} Share",
            "\u{2554}\u{2550}\u{2550}\u{2557}",
            "THANK YOU FOR THE FEATURE",
            "\u{255A}\u{2550}\u{2550}\u{255D}",
            "someone asked \"write the keeper\" so here",
            "\u{300B}wc: 1k",
            "\u{2726} \u{2726} \u{2726}",
            "\"Light it,\" he says.",
            "\u{2726} \u{2726} \u{2726}",
            "end!!",
            "#keeper #xreader",
            "\u{2764} 88 Likes",
            "\u{1F4AC} 4 Comments",
            "gull.reader \u{00B7} Lv3",
            "\"Light it\" lol",
            "Get the Amino app to join the conversation",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, H, C, C, C, C, S, N, S, N, N, S, S, S, N, C, C, C, C, C, C,
            ])
            .assert_title("Low Tide | Keeper x Reader")
            .assert_author("tide.pools");
        assert!(!is_page(&["Amino", "She posted it on Amino."]));
        // A broken paste, the level line first, is read without a panic.
        Chrome::assert_reads_broken(
            &["Lv9 \u{00B7} Curator", "Amino", "\u{2764} 88 Likes"],
            read_page,
        );
    }
}
