//! A novel's episode copied from its reader page on Tapas: the site's menu a word a
//! line (`Tapas` / `Comics` / `Novels` / … / `Sign in`), the series' title, its
//! creator's name and `Subscribe`, the episode's title (`Episode 7 - Assembly Point`)
//! and stats, `Episode list` and `< Prev   Next >`; under the episode the `Creator’s
//! note` box (the label, the creator's name, the note), the likes (`♥ 193`),
//! `Subscribe` / `Support creator` / `Share`, the links to the other episodes, the next
//! episode's title and lock (`🔒 Unlock with 3 Ink or wait 2 days`), the comments and
//! the footer.
//!
//! In: a paste's paragraphs (a block with the note's label or the buttons in it is cut
//! line by line). Out: their roles, the series' title and the creator's name. Over the
//! episode all is the page's but the series' title and the episode's, which are read as
//! headings; the creator's note is a note, and its quotes no one's lines; from the
//! buttons under it to the end all is the page's, so a comment quoting the story is no
//! one's dialogue.

use super::chrome::{is_user_name, normalized, Chrome, Role};

/// How far down the episode's `Episode list` or `< Prev   Next >` may stand.
const HEADER_REACH: usize = 30;

/// `Creator’s note`, `Creator's Note`: the note box's label.
fn is_note_label(text: &str) -> bool {
    normalized(text).trim() == "creator's note"
}

/// `🔒 Unlock with 3 Ink or wait 2 days`: the next episode's lock.
fn is_lock(text: &str) -> bool {
    let lower = normalized(text);
    lower.len() <= 80 && lower.contains("unlock with") && lower.contains(" ink")
}

/// `♥ 193`: the episode's likes.
fn is_likes(text: &str) -> bool {
    text.trim().strip_prefix('\u{2665}').is_some_and(|count| {
        let count = count.trim();
        !count.is_empty() && count.chars().all(|c| c.is_ascii_digit() || c == ',')
    })
}

/// The buttons and links under the episode, each alone on its line.
fn is_footer_line(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim();
    is_likes(text)
        || is_lock(text)
        || matches!(
            lower,
            "support creator" | "< previous episode" | "next episode >" | "previous episode"
        )
}

/// `Episode 7 - Assembly Point`, `Episode 12: The Audit`, `Ep. 3 - Lunch`: an
/// episode's title.
fn is_episode_title(text: &str) -> bool {
    let text = text.trim();
    let rest = text
        .strip_prefix("Episode ")
        .or_else(|| text.strip_prefix("Ep. "));
    text.len() <= 100
        && rest.is_some_and(|rest| {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            digits > 0 && {
                let after = rest[digits..].trim_start();
                after.is_empty() || after.starts_with(['-', ':', '\u{2013}', '\u{2014}'])
            }
        })
}

/// A line the plain-text reader keeps a paragraph of its own in a block: the note's
/// label, `Subscribe` (under the series' title and creator's name) and the buttons
/// under the episode.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_note_label(text) || is_footer_line(text) || normalized(text).trim() == "subscribe"
}

/// Whether a paste is an episode copied from Tapas: the site's name over the page, or
/// its name in the footer, with the note box, the buttons or the lock under the
/// episode.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let named = texts.iter().take(3).any(|text| {
        let lower = normalized(text);
        lower.trim() == "tapas" || lower.starts_with("tapas comics novels")
    }) || texts
        .iter()
        .rev()
        .take(5)
        .any(|text| normalized(text).contains("tapas media"));
    named
        && texts
            .iter()
            .any(|text| is_note_label(text) || is_footer_line(text))
}

/// Reads an episode copied from Tapas: sets the roles of the page over and under it,
/// and the series' title and creator's name.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let header_end = (0..texts.len().min(HEADER_REACH))
        .rev()
        .find(|&index| {
            let lower = normalized(texts[index]);
            let lower = lower.trim();
            // `< Prev   Next >`, not the `< Previous episode` under the episode.
            lower == "episode list" || lower.starts_with("< prev ") && lower.ends_with("next >")
        })
        .map_or(0, |at| at + 1);
    let roles = &mut chrome.roles;
    for index in 0..header_end {
        let text = texts[index].trim();
        roles[index] = Role::Chrome;
        let author_under = texts.get(index + 1).is_some_and(|next| is_user_name(next))
            && texts
                .get(index + 2)
                .is_some_and(|button| normalized(button).trim() == "subscribe");
        if is_episode_title(text) {
            roles[index] = Role::Heading;
        } else if author_under && chrome.title.is_none() {
            roles[index] = Role::Heading;
            chrome.title = Some(text.to_string());
            chrome
                .author
                .get_or_insert_with(|| texts[index + 1].trim().to_string());
        }
    }
    // Under the episode: the creator's note, then the page to the end.
    let label = (header_end..texts.len()).find(|&index| is_note_label(texts[index]));
    let footer =
        (label.unwrap_or(header_end)..texts.len()).find(|&index| is_footer_line(texts[index]));
    if let Some(label) = label {
        roles[label] = Role::Chrome;
        let mut index = label + 1;
        if texts.get(index).is_some_and(|name| is_user_name(name)) {
            roles[index] = Role::Chrome;
            index += 1;
        }
        let end = footer.unwrap_or(texts.len());
        for role in &mut roles[index.min(end)..end] {
            if *role == Role::Story {
                *role = Role::Note;
            }
        }
    }
    if let Some(footer) = footer {
        roles[footer..].fill(Role::Chrome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, episode, footer) in [
            ("Episode 7 - Assembly Point", true, false),
            ("Episode 12: The Audit", true, false),
            ("Ep. 3 - Lunch", true, false),
            ("\u{2665} 193", false, true),
            ("Support creator", false, true),
            ("< Previous episode", false, true),
            ("🔒 Unlock with 3 Ink or wait 2 days", false, true),
            // A story's lines.
            ("Episode 7 was the one with the fire drill.", false, false),
            ("Episodes of this kind were rare.", false, false),
            ("\u{2665} love, Mum", false, false),
        ] {
            assert_eq!(is_episode_title(text), episode, "{text}");
            assert_eq!(is_footer_line(text), footer, "{text}");
        }
    }

    /// The bug: a Tapas episode was read with its menu (as a heading), the series'
    /// title glued to its creator's name, the buttons, the stats, the creator's note
    /// as one paragraph with its label, and the buttons and links under it.
    #[test]
    fn an_episode_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Tapas Comics Novels Sign in",
            "KETTLE WARS (a fan novel)",
            "teapot_tess",
            "Subscribe",
            "Episode 3 - Steam",
            "Apr 2, 2024 · 310 views · 41 likes · 6 comments",
            "Episode list",
            "< Prev   Next >",
            "\u{201C}Mine,\u{201D} said Wren.",
            "Creator\u{2019}s note",
            "teapot_tess",
            "for @bee, who asked for \u{201C}kettles\u{201D}",
            "\u{2665} 41",
            "Subscribe",
            "< Previous episode",
            "Episode 4 - Boil",
            "Comments (6)",
            "bee",
            "\u{201C}Mine\u{201D} i'm screaming",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, H, C, C, H, C, C, C, S, C, C, N, C, C, C, C, C, C, C])
            .assert_title("KETTLE WARS (a fan novel)")
            .assert_author("teapot_tess");
        // A story that names the site once is no page.
        assert!(!is_page(&[
            "Tapas",
            "She ordered tapas.",
            "\u{2665} love, Mum"
        ]));
    }
}
