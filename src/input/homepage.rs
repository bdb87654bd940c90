//! A fic on a hand-made personal site (Neocities and its like) copied as text: the
//! site's header over it (its name in sparkles, a menu in brackets `[ home ] [ about me
//! ] [ fics ]`, `you are visitor #00031337`, `⚠ best viewed on desktop`, a
//! `status.cafe:` line, `<< back to fics`), the fic's header fields (`fandom:`,
//! `rating:`, `words:`, `notes:`, `key:`), then under the story the writer's end note,
//! the links (`<< back to fics | next: …`), a `🎧 currently listening: “Song”` line, the
//! guestbook (`~ from the guestbook ~`, `♡ name wrote: …`), a webring, the 88x31
//! buttons and the footer.
//!
//! In: a paste's paragraphs (a block with the site's menu or a back link in it is cut
//! line by line). Out: their roles. The site's header, everything from the back link
//! under the story on, and a `currently listening` line anywhere are the page's, so
//! the guestbook's quotes of the story's lines and the song's title are no one's
//! dialogue; the header's `notes:` and `key:` fields are the writer's notes, their
//! quotes no one's lines either.

use super::chrome::{normalized, Chrome, Role};
use super::plain::is_scene_break;

/// How far down the back link that ends the site's header may stand (paragraphs).
const HEADER_REACH: usize = 12;

/// How far below the site's header the fic's header fields may stand (paragraphs).
const FIELDS_REACH: usize = 12;

/// `[ home ] [ about me ] [ fics ]`: a hand-made menu, three items or more in brackets,
/// each a word or two.
pub(crate) fn is_menu_line(text: &str) -> bool {
    let text = text.trim();
    if !text.starts_with('[') || !text.ends_with(']') || text.len() > 200 {
        return false;
    }
    let items: Vec<&str> = text
        .split(']')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    items.len() >= 3
        && items.iter().all(|item| {
            item.strip_prefix('[').is_some_and(|word| {
                let word = word.trim();
                !word.is_empty()
                    && word.split_whitespace().count() <= 3
                    && word
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '&'))
            })
        })
}

/// `<< back to fics`, `← back to the archive`, `<< back to fics | next: …>>`: a link
/// back to the site's list.
pub(crate) fn is_back_link(text: &str) -> bool {
    let text = text.trim();
    let rest = text
        .strip_prefix("<<")
        .or_else(|| text.strip_prefix('\u{2190}'))
        .or_else(|| text.strip_prefix('\u{00AB}'));
    text.len() <= 200
        && rest.is_some_and(|rest| normalized(rest).trim_start().starts_with("back to"))
}

/// `you are visitor #00031337`: a hit counter's line.
fn is_counter(text: &str) -> bool {
    let lower = normalized(text);
    lower.len() <= 160 && (lower.contains("you are visitor #") || lower.starts_with("visitors:"))
}

/// A line of the site's own: `status.cafe: …`, `webring: ← prev | …`, `[88x31 buttons:
/// …]`, `🎧 currently listening: …`, `~ from the guestbook ~`.
fn is_site_line(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '[' && c != '~');
    lower.len() <= 300
        && (lower.starts_with("status.cafe:")
            || lower.starts_with("webring:")
            || lower.starts_with("[88x31")
            || lower.starts_with("currently listening:")
            || lower.starts_with("now playing:")
            || lower.starts_with("~ from the guestbook")
            || lower.starts_with("~ guestbook"))
}

/// `~ from the guestbook ~`: the guestbook's header.
fn is_guestbook(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    lower.starts_with("from the guestbook") || lower.starts_with("guestbook ~")
}

/// A line the plain-text reader keeps a paragraph of its own in a block: the menu, a
/// back link, the counter and the site's lines.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_menu_line(text) || is_back_link(text) || is_counter(text) || is_site_line(text)
}

/// Whether a paste is a fic copied from a hand-made site: two of its marks (a menu in
/// brackets, a back link, a hit counter, a status, webring, 88x31, `currently listening`
/// or guestbook line). A story mentions one at most.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let marks = [
        texts.iter().any(|text| is_menu_line(text)),
        texts.iter().any(|text| is_back_link(text)),
        texts.iter().any(|text| is_counter(text)),
        texts.iter().any(|text| is_site_line(text)),
    ];
    marks.iter().filter(|mark| **mark).count() >= 2
}

/// A fic header's field the writer talks in (`notes: for my mutual dot…`, `key: (Y/N)
/// = your name`), lower-case as these sites write them.
fn is_note_field(text: &str) -> bool {
    let text = text.trim();
    [
        "notes:",
        "note:",
        "a/n:",
        "key:",
        "author's note:",
        "warnings:",
        "tw:",
        "cw:",
    ]
    .iter()
    .any(|key| text.starts_with(key))
}

/// Reads a hand-made site's page: sets the roles of its header, its fic's header
/// fields, its tail and its `currently listening` line.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let roles = &mut chrome.roles;
    let top = texts
        .iter()
        .take(HEADER_REACH)
        .position(|text| is_back_link(text));
    let header_end = match top {
        Some(at) => {
            roles[..=at].fill(Role::Chrome);
            at + 1
        }
        None => 0,
    };
    // The fic's header: its talking fields are notes, down to the first separator.
    for index in header_end..texts.len().min(header_end + FIELDS_REACH) {
        if is_scene_break(texts[index]) {
            break;
        }
        if is_note_field(texts[index]) && roles[index] == Role::Story {
            roles[index] = Role::Note;
        }
    }
    // The tail: from the back link under the story on, or from the guestbook's header.
    let bottom = (header_end..texts.len())
        .rev()
        .find(|&index| is_back_link(texts[index]))
        .filter(|&at| at > header_end);
    let tail =
        bottom.or_else(|| (header_end..texts.len()).find(|&index| is_guestbook(texts[index])));
    if let Some(tail) = tail {
        roles[tail..].fill(Role::Chrome);
    }
    for (index, text) in texts.iter().enumerate() {
        if is_site_line(text) || is_counter(text) || is_menu_line(text) {
            roles[index] = Role::Chrome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, menu, back, site) in [
            (
                "[ home ] [ about me ] [ fics ] [ guestbook ]",
                true,
                false,
                false,
            ),
            ("<< back to fics", false, true, false),
            (
                "<< back to fics | next: Tidepool (coming soon) >>",
                false,
                true,
                false,
            ),
            ("← back to the archive", false, true, false),
            ("status.cafe: writing the next one!!", false, false, true),
            (
                "🎧 currently listening: “Low Tide” — the OST",
                false,
                false,
                true,
            ),
            ("~ from the guestbook ~", false, false, true),
            ("webring: ← prev | random | next →", false, false, true),
            // A story's lines.
            ("[ redacted ] was all the file said.", false, false, false),
            ("[Wren] [Pell]", false, false, false),
            ("Back to the shop, she thought.", false, false, false),
            (
                "She was currently listening to the rain.",
                false,
                false,
                false,
            ),
        ] {
            assert_eq!(is_menu_line(text), menu, "{text}");
            assert_eq!(is_back_link(text), back, "{text}");
            assert_eq!(is_site_line(text), site, "{text}");
        }
    }

    /// The bug: a Neocities page was read with its header as one paragraph, the fic's
    /// `notes:` (whose quote was voiced as dialogue), the links, a `currently listening`
    /// line and the guestbook, whose quotes of the story were voiced as dialogue.
    #[test]
    fn a_page_is_read_as_its_fic() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "✧ TIDEPOOL PAGES ✧",
            "[ home ] [ fics ] [ guestbook ]",
            "you are visitor #00000042",
            "<< back to fics",
            "LOW TIDE",
            "rating: G",
            "notes: for bee, who said “write the crabs”",
            "✦ ✦ ✦",
            "“Crab,” you say.",
            "“Crab,” he agrees.",
            "✦ ✦ ✦",
            "the end!! thank you for reading ♡",
            "<< back to fics | next: Rock Pool >>",
            "🎧 currently listening: “Low Tide” — OST",
            "~ from the guestbook ~ ♡ bee wrote: “Crab,” you say. i’m screaming",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, S, S, N, S, S, S, S, S, C, C, C]);
        // A story that mentions a back link and a menu once is no page.
        assert!(!is_page(&["She clicked << back to fics.", "It was late."]));
    }
}
