//! A post in a community on a Lemmy instance copied from its page: the instance's name
//! and menu a line each (`lemmy.ml`, `Communities`, `Create Post`, `Create
//! Community`, `Support Lemmy`, `Search`, `Login`, `Sign Up`), the community's name and
//! address (`Harbour Fic`, `harbourfic@lemmy.ml`), the post's title, its byline
//! (`submitted 6 hours ago* (last edited 5 hours ago) by NAME@INSTANCE to
//! c/COMMUNITY@INSTANCE`); the post (the writer's intro over the story's title, the
//! story, the writer's end note); the post's tags a line each, its score, `14 comments`,
//! its buttons a line each (`fedilink`, `save`, `report`), the sort line, each comment
//! (`NAME@INSTANCE`, `5 hours ago`, `OP`, its text, `link`, `fedilink`, its score), `Load
//! more comments`, the community's sidebar (`Subscribe`, its counts, its description and
//! rules, `Moderators`) and the footer (`Lemmy`, `BE: 0.19.9`, `UI: 0.19.9`, `Modlog`,
//! …, `join-lemmy.org`).
//!
//! In: a paste's paragraphs, a line each (a Lemmy page is never read as hard-wrapped
//! text: see [`super::chrome::is_unwrapped_page`], so the menu, the title and the
//! byline are not run together). Out: their roles, the post's title and the writer's
//! name. Down to the byline all is the page's but the post's title, a heading; the post
//! is read as a writer's post (see [`read_tagged_post`]: the intro over the story's
//! title is a note, so the request it quotes is no one's line; the title a heading; the
//! end note a note); from the score (or whichever of the boxes under the post comes
//! first) to the end all is the page's, and so are the tags over it, so a comment
//! quoting the story is no one's dialogue.

use super::chrome::{
    is_count, is_user_name, mark_title, read_tagged_post, take_author, Chrome, Role,
};
use super::page::{has_two_marks, is_tail_header, time_ago_start};

/// How far down the post's byline may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title or byline (bytes).
const MAX_LINE: usize = 300;

/// How many lines at the bottom the footer's marks may stand in.
const FOOTER_REACH: usize = 10;

/// `saltfish@lemmy.ml`, `saltfish`: a Lemmy user, with the instance after `@`;
/// the user's name.
fn user(text: &str) -> Option<&str> {
    let (name, instance) = text.trim().split_once('@').unwrap_or((text.trim(), ""));
    let instance_ok =
        instance.is_empty() || instance.contains('.') && !instance.contains(char::is_whitespace);
    (is_user_name(name) && instance_ok).then_some(name)
}

/// `submitted 6 hours ago* (last edited 5 hours ago) by saltfish@lemmy.ml to
/// c/harbourfic@lemmy.ml`: the post's byline under its title; the writer's name.
fn byline(text: &str) -> Option<&str> {
    let text = text.trim();
    if text.len() > MAX_LINE {
        return None;
    }
    let (when, rest) = text.strip_prefix("submitted ")?.split_once(" by ")?;
    // The time it was posted, before the time it was edited.
    let posted: Vec<&str> = when.split(" (").next()?.split_whitespace().collect();
    if time_ago_start(&posted) != Some(0) {
        return None;
    }
    let mut words = rest.split_whitespace();
    let name = user(words.next()?)?;
    matches!(words.next(), None | Some("to")).then_some(name)
}

/// `BE: 0.19.9`, `UI: 0.19.9`: the versions of Lemmy's back end and interface in the
/// footer.
fn is_version_line(text: &str) -> bool {
    let Some((key, version)) = text.trim().split_once(": ") else {
        return false;
    };
    matches!(key, "BE" | "UI")
        && version.contains('.')
        && version.starts_with(|c: char| c.is_ascii_digit())
        && version
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
}

/// `join-lemmy.org`: the footer's last link.
fn is_join_link(text: &str) -> bool {
    text.trim() == "join-lemmy.org"
}

/// Whether the page's tail under the post starts at `index`: the post's score over its
/// comment count, the count, the footer.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index].trim();
    let score = is_count(text)
        && !text.contains(char::is_whitespace)
        && texts
            .get(index + 1)
            .is_some_and(|next| is_tail_header(next));
    score || is_tail_header(text) || is_version_line(text) || is_join_link(text)
}

/// Whether a paste is a post copied from Lemmy: two of its marks (the post's byline, a
/// version line in the footer, `join-lemmy.org` under it).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| byline(text).is_some()),
        texts
            .iter()
            .rev()
            .take(FOOTER_REACH)
            .any(|text| is_version_line(text)),
        texts.iter().rev().take(3).any(|text| is_join_link(text)),
    ])
}

/// Reads a post copied from Lemmy: sets the roles of its header, the writer's words
/// around the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let reach = texts.len().min(HEADER_REACH);
    let Some(at) = take_author(texts, 1..reach, byline, chrome) else {
        return;
    };
    chrome.roles[..=at].fill(Role::Chrome);
    mark_title(texts, at - 1, MAX_LINE, chrome);
    read_tagged_post(texts, at + 1, starts_tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(
            byline("submitted 2 hours ago by gull_reader@lemmy.ml to c/fanfiction@lemmy.ml"),
            Some("gull_reader")
        );
        assert_eq!(
            byline(
                "submitted 6 hours ago* (last edited 5 hours ago) by saltfish@beehaw.org to c/fic@beehaw.org"
            ),
            Some("saltfish")
        );
        assert_eq!(byline("submitted 6 hours ago by"), None);
        assert_eq!(
            byline("submitted the form by hand, and then went home"),
            None
        );
        assert!(is_version_line("BE: 0.19.9"));
        assert!(is_version_line("UI: 0.19.9-rc.1"));
        assert!(!is_version_line("BE: quick about it."));
        assert!(!is_version_line("Note: 0.5 of a cup"));
    }

    /// The bug: a Lemmy post was read with its page: the instance's name as a heading,
    /// the menu, the community, the title, the byline, the intro (its quoted request as
    /// dialogue), the end note, the tags, counts and buttons a line each, the comments
    /// (two quoting the story, as dialogue) and the sidebar and footer as narration.
    #[test]
    fn a_post_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "lemmy.ml",
            "Communities",
            "Create Post",
            "Login",
            "Harbour Fic",
            "harbourfic@lemmy.ml",
            "Low Water [Harbour Lights, Wing/Ah Man, G]",
            "submitted 3 hours ago by saltfish@lemmy.ml to c/harbourfic@lemmy.ml",
            "For @gull_reader, who asked for \"the typhoon, but the boats\". Enjoy!",
            "Low Water",
            "\u{201C}Pull,\u{201D} said Ah Man, and the rope went tight in his hands.",
            "They pulled.",
            "Thank you for reading!",
            "Harbour Lights",
            "one-shot",
            "41",
            "3 comments",
            "fedilink",
            "gull_reader@lemmy.ml",
            "2 hours ago",
            "\"Pull\" lol",
            "link",
            "Moderators",
            "BE: 0.19.9",
            "UI: 0.19.9",
            "join-lemmy.org",
        ];
        let mut roles = vec![C; 6];
        roles.extend([H, C, N, H, S, S, N]);
        roles.extend([C; 13]);
        Chrome::read_by(&texts, read_page)
            .assert_roles(&roles)
            .assert_title("Low Water [Harbour Lights, Wing/Ah Man, G]")
            .assert_author("saltfish");
        assert!(!is_page(&["lemmy.ml", "She posted it to join-lemmy.org."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["submitted 3 hours ago by saltfish@lemmy.ml", "BE: 0.19.9"],
            read_page,
        );
    }
}
