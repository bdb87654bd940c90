//! A post on a Bear Blog copied from its page: the blog's name, its nav a line each
//! (`Home`, `Blog`, `Now`), the post's title and date (`02 Apr, 2026`); the post (the
//! writer's intro over the story's title, the story, the writer's glossary under a label
//! of its own and a line inviting a reply by email); the post's tags on a line
//! (`#fanfic #harbourlights`), the upvote button and its count (`Toast`, `7`) and the footer
//! (`Made with Bear ʕ•ᴥ•ʔ`).
//!
//! In: a paste's paragraphs, a line each (a Bear Blog page is never read as hard-wrapped
//! text: see [`super::chrome::is_unwrapped_page`], so the glossary's lines are not run
//! into the story's last paragraph, nor into each other). Out: their roles and the
//! post's title. Down to the date all is the page's but the title, a heading; the
//! invitation to reply and the glossary under the story are notes (see
//! [`mark_writers_foot`]); the rest of the post is read as a writer's post (see
//! [`read_writers_post`]: the intro over the story's title is a note, so what it quotes
//! is no one's line; the title a heading); from the tags (or the upvote button, or the
//! footer) to the end all is the page's.

use super::chrome::{
    is_count, is_hashtags, mark_page_tail, mark_title, mark_writers_foot, normalized,
    read_writers_post, Chrome, Role,
};
use super::page::{has_two_marks, is_date};

/// How far down the post's date may stand (paragraphs).
const HEADER_REACH: usize = 20;

/// How far down the blog's nav may stand (paragraphs).
const NAV_REACH: usize = 6;

/// The longest title line (bytes).
const MAX_LINE: usize = 200;

/// The longest line of the page under the post (bytes).
const MAX_FOOT_LINE: usize = 120;

/// `Made with Bear ʕ•ᴥ•ʔ`, `Powered by Bear ʕ•ᴥ•ʔ`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_FOOT_LINE
        && (lower.starts_with("made with bear") || lower.starts_with("powered by bear"))
}

/// `Toast` over its count: the post's upvote button.
fn is_toast(texts: &[&str], index: usize) -> bool {
    normalized(texts[index]) == "toast"
        && texts
            .get(index + 1)
            .is_some_and(|next| is_count(next.trim()))
}

/// `If you want to say hi, reply by email.`, `Reply via email`: the line inviting a
/// reply under the post, the writer's.
fn invites_reply(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_FOOT_LINE
        && ["reply by email", "reply via email", "reply by e-mail"]
            .iter()
            .any(|words| lower.contains(words))
}

/// Whether the page's tail under the post starts at `index`: the upvote button, the
/// footer, or the post's tags right over one of them.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    is_toast(texts, index)
        || is_footer(text)
        || is_hashtags(text)
            && index + 1 < texts.len()
            && !is_hashtags(texts[index + 1])
            && starts_tail(texts, index + 1)
}

/// `Home` and `Blog` a line each near the top: the blog's nav.
fn has_nav(texts: &[&str]) -> bool {
    let nav = |word: &str| {
        texts
            .iter()
            .take(NAV_REACH)
            .any(|text| normalized(text) == word)
    };
    nav("home") && nav("blog")
}

/// Whether a paste is a post copied from a Bear Blog: two of its marks (the nav near the
/// top, the upvote button, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        has_nav(texts),
        (0..texts.len()).any(|index| is_toast(texts, index)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a post copied from a Bear Blog: sets the roles of its header, the writer's
/// words around the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let reach = texts.len().min(HEADER_REACH);
    // The post's date, under its title.
    let Some(date) = (1..reach).find(|&index| is_date(texts[index])) else {
        return;
    };
    chrome.roles[..=date].fill(Role::Chrome);
    if date > 1 {
        mark_title(texts, date - 1, MAX_LINE, chrome);
    }
    let start = date + 1;
    let tail = mark_page_tail(texts, start, starts_tail, chrome);
    let mut end = tail;
    if end > start && invites_reply(texts[end - 1]) {
        end -= 1;
        chrome.roles[end] = Role::Note;
    }
    let foot = mark_writers_foot(texts, start, end, chrome);
    read_writers_post(texts, start..foot, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_footer(
            "Made with Bear \u{0295}\u{2022}\u{1D25}\u{2022}\u{0294}"
        ));
        assert!(!is_footer("Made with bread and butter, that sandwich."));
        assert!(is_toast(&["Toast", "21"], 0));
        assert!(!is_toast(&["Toast", "to the bride!"], 0));
        assert!(invites_reply("If you want to say hi, reply by email."));
        assert!(!invites_reply("She never replied."));
    }

    /// The bug: a Bear Blog post was read with its page: the blog's name as a heading,
    /// the nav, the title and date, the intro (what it quotes as dialogue) as narration,
    /// and the story's last paragraph run on over the glossary, the invitation to reply
    /// and the tags; the upvote button, its count and the footer as narration.
    #[test]
    fn a_post_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "salt and string",
            "Home",
            "Blog",
            "fic: low water (harbour lights)",
            "02 Apr, 2026",
            "Finally finished the low water fic. My dad said \"nobody pulls like that\", so.",
            "Low Water",
            "\"Pull,\" said Ah Man, and the rope went tight in his hands.",
            "They pulled.",
            "Harbour words:",
            "sampan - a small boat",
            "kaifong - the neighbours",
            "If you want to say hi, reply by email.",
            "#fanfic #harbourlights",
            "Toast",
            "7",
            "Made with Bear \u{0295}\u{2022}\u{1D25}\u{2022}\u{0294}",
        ];
        let mut roles = vec![C; 3];
        roles.extend([H, C, N, H, S, S, N, N, N, N]);
        roles.extend([C; 4]);
        Chrome::read_by(&texts, read_page)
            .assert_roles(&roles)
            .assert_title("fic: low water (harbour lights)");
        assert!(!is_page(&["Home", "Blog", "She made toast."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(&["Home", "Blog", "Toast", "7"], read_page);
    }
}
