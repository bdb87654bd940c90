//! A story posted on Medium and copied from its page: the site's bar (`Open in app`,
//! `Sign up`, `Sign in`, `Write`), `Member-only story`, the title and subtitle, the
//! writer's name and `Follow`, `Published in` the publication, `9 min read`, the date,
//! the claps and responses counts, `Listen`, `Share`; the writer's intro over the
//! header image's caption (`Photo by … on Unsplash`) and the first `· · ·`; then under
//! the story the writer's end note, the tags one a line, the counts, the publication's
//! and the writer's boxes (`Published in …`, `412 Followers`, `Written by …`), the
//! responses (`Responses (3)`, the box to write one, each reader's name, date and text,
//! `Reply`), `More from …`, `Recommended from Medium` and the footer's links.
//!
//! In: a paste's paragraphs. Out: their roles and the writer's name. The bar and the
//! header over the story are the page's, its title a heading, its subtitle and the
//! writer's intro notes; from the tags under the story to the end everything is the
//! page's, so a response's quote of a story's line is no one's dialogue.

use super::chrome::{is_line_not_sentence, normalized, starts_with_quote, Chrome, Role};
use super::page::is_reading_time;
use super::plain::is_scene_break;

/// How far down the header's `Share` may stand (paragraphs).
const HEADER_REACH: usize = 40;

/// How many paragraphs the writer's intro over the first separator may have.
const INTRO_REACH: usize = 3;

/// The longest tag line under the story (bytes).
const MAX_TAG: usize = 40;

/// The site's own lines, any one of which a copy of a Medium page has.
const SITE_LINES: &[&str] = &[
    "open in app",
    "member-only story",
    "recommended from medium",
];

/// The header's buttons and words, and the response box's.
const BUTTONS: &[&str] = &[
    "open in app",
    "sign up",
    "sign in",
    "write",
    "member-only story",
    "follow",
    "published in",
    "listen",
    "share",
    "--",
    "·",
];

/// Whether a paste is a page copied from Medium: one of the site's lines, a `N min
/// read` line, and `Written by` or `Responses (N)` under the story.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    // Asked of every paste: one of the site's lines first, before anything is allocated.
    let site = texts.iter().any(|text| {
        SITE_LINES
            .iter()
            .any(|line| text.trim().eq_ignore_ascii_case(line))
    });
    if !site {
        return false;
    }
    let has = |test: &dyn Fn(&str) -> bool| texts.iter().any(|text| test(&normalized(text)));
    has(&|text| SITE_LINES.contains(&text.trim()))
        && has(&is_reading_time)
        && has(&|text| text.starts_with("written by ") || is_responses(text))
}

/// `Responses (3)`.
fn is_responses(lower: &str) -> bool {
    lower
        .trim()
        .strip_prefix("responses (")
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|number| number.chars().all(|c| c.is_ascii_digit()))
}

/// `Photo by Markus Spiske on Unsplash`: the header image's caption.
fn is_caption(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 120 && (lower.starts_with("photo by ") || lower.starts_with("image by "))
}

/// Where the box under the story starts: `Published in …`, `Written by …`, `Responses
/// (N)`, `More from …`, `Recommended from Medium`.
fn is_box_start(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim();
    lower.starts_with("published in ")
        || lower.starts_with("written by ")
        || is_responses(lower)
        || lower.starts_with("more from ")
        || lower == "recommended from medium"
}

/// Reads a page copied from Medium: sets the roles of its header, intro and tail, and
/// the writer's name.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let lowers: Vec<String> = texts.iter().map(|text| normalized(text)).collect();
    // The header: down to the `Share` under `Listen`.
    let Some(share) = (0..texts.len().min(HEADER_REACH)).find(|&index| {
        lowers[index].trim() == "share"
            && index > 0
            && lowers[..index].iter().any(|lower| lower.trim() == "listen")
    }) else {
        return;
    };
    let roles = &mut chrome.roles;
    let mut titled = false;
    for index in 0..=share {
        let lower = lowers[index].trim();
        roles[index] = Role::Chrome;
        if BUTTONS.contains(&lower)
            || is_reading_time(lower)
            || lower
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            continue;
        }
        if !titled {
            titled = true;
            roles[index] = Role::Heading;
            chrome
                .title
                .get_or_insert_with(|| texts[index].trim().to_string());
        } else if index > 0 && roles[index - 1] == Role::Heading {
            // The subtitle: the writer's words.
            roles[index] = Role::Note;
        } else if lowers
            .get(index + 1)
            .is_some_and(|next| next.trim() == "follow")
        {
            chrome
                .author
                .get_or_insert_with(|| texts[index].trim().to_string());
        }
    }
    // The writer's intro, over the header image's caption and the first separator.
    let intro = share + 1;
    if let Some(separator) = (intro..texts.len().min(intro + INTRO_REACH + 2))
        .find(|&index| is_scene_break(texts[index]))
    {
        let captioned = (intro..separator).any(|index| is_caption(texts[index]));
        let talk = (intro..separator).all(|index| !starts_with_quote(texts[index]));
        if captioned && talk && separator - intro <= INTRO_REACH + 1 {
            for index in intro..separator {
                roles[index] = if is_caption(texts[index]) {
                    Role::Chrome
                } else {
                    Role::Note
                };
            }
        }
    }
    // The tail: from the tags over the publication's or writer's box to the end.
    let Some(boxed) = (intro..texts.len()).find(|&index| is_box_start(texts[index])) else {
        return;
    };
    let mut tail = boxed;
    while tail > intro {
        let text = texts[tail - 1].trim();
        let short = text.len() <= MAX_TAG && (is_line_not_sentence(text, MAX_TAG) || text == "--");
        if !short || is_scene_break(text) && text != "--" {
            break;
        }
        tail -= 1;
    }
    roles[tail..].fill(Role::Chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_page)
    }

    /// The bug: a Medium page was read whole — its bar and header a line at a time, the
    /// title as narration, the caption, the tags, boxes, responses (one quoting the
    /// story, voiced as dialogue), the recommended posts and the footer's links.
    #[test]
    fn a_page_is_read_as_its_story() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Open in app",
            "Sign in",
            "Member-only story",
            "Crab Season",
            "A Rock Pool fic",
            "Bee Marsh",
            "Follow",
            "4 min read",
            "·",
            "Apr 1, 2024",
            "--",
            "Listen",
            "Share",
            "If you missed the show: it was about crabs. This is set after it.",
            "Photo by Someone on Unsplash",
            "· · ·",
            "‘Crab,’ says Wren.",
            "Thank you for reading!",
            "Rock Pool",
            "Short Story",
            "--",
            "Written by Bee Marsh",
            "Responses (1)",
            "Pebble",
            "‘Crab,’ says Wren. Perfect.",
            "Reply",
        ];
        read(&texts)
            .assert_roles(&[
                C, C, C, H, N, C, C, C, C, C, C, C, C, N, C, S, S, S, C, C, C, C, C, C, C, C,
            ])
            .assert_author("Bee Marsh")
            .assert_title("Crab Season");
        // A story about reading Medium is no page.
        assert!(!is_page(&[
            "Open in app, it said.",
            "She read for 9 min read."
        ]));
    }
}
