//! A post on a creator's Buy Me a Coffee page copied from its page: the site's name and
//! menu a line each (`Buy Me a Coffee`, `Explore creators`, `Log in`, `Sign up`), the
//! creator's name and tagline, the page's tabs a line each (`Home`, `Posts`,
//! `Membership`, `Shop`), the post's title and date (`Apr 2, 2026`); the post (the
//! writer's intro over the story's title, the story, the writer's end note) and its
//! hashtags; `Like`, the count, `Share`; the coffee box (`Buy NAME a coffee`, `☕`, `x`,
//! the counts a line each, `Name or @yourtwitter`, `Say something nice... (optional)`,
//! `Support £5`), `Recent supporters` (`NAME bought 3 coffees.` over each supporter's
//! message, a line in quotes), `More from NAME` (other posts' titles and dates) and the
//! footer (`Create your own page`, `Privacy Policy`, `Terms`, `© 2026 Buy Me a Coffee`).
//!
//! In: a paste's paragraphs, a line each (a Buy Me a Coffee page is never read as
//! hard-wrapped text: see [`super::chrome::is_unwrapped_page`], so the tabs, the title
//! and the date are not run together). Out: their roles, the post's title and the
//! creator's name. Down to the date all is the page's but the title, a heading; the post
//! is read as a writer's post (see [`read_writers_post`]: the intro over the story's
//! title is a note, so the request it quotes is no one's line; the title a heading; the
//! end note a note); from the hashtags over the post's buttons (or whichever of the
//! boxes under the post comes first) to the end all is the page's, so a supporter's
//! message quoting the story is no one's dialogue.

use super::chrome::{
    is_count, is_hashtags, is_user_name, mark_menu, mark_page_tail, mark_title, normalized,
    read_writers_post, Chrome, Role,
};
use super::page::{has_two_marks, is_date, opens_with_site_name};

/// How far down the post's date may stand (paragraphs).
const HEADER_REACH: usize = 30;

/// The longest title line (bytes).
const MAX_LINE: usize = 200;

/// The longest line of the boxes under the post (bytes).
const MAX_BOX_LINE: usize = 120;

/// The site's name and menu, a line each (lower case).
const MENU: &[&str] = &[
    "buy me a coffee",
    "explore creators",
    "search",
    "faq",
    "log in",
    "login",
    "sign up",
];

/// The boxes under the post that start the page's tail, a line each (lower case).
const TAIL_LINES: &[&str] = &["recent supporters", "create your own page"];

/// `Buy saltfish a coffee`: the coffee box's heading under the post (not the site's
/// name, `Buy Me a Coffee`).
fn is_coffee_box(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_BOX_LINE
        && lower
            .strip_prefix("buy ")
            .and_then(|rest| rest.strip_suffix(" a coffee"))
            .is_some_and(|name| !name.trim().is_empty() && name.trim() != "me")
}

/// `gull bought 3 coffees.`, `Someone bought a coffee.`: a supporter's line.
fn is_supporter_line(text: &str) -> bool {
    let lower = normalized(text);
    let Some((name, count)) = lower.trim_end_matches('.').split_once(" bought ") else {
        return false;
    };
    let mut words = count.split_whitespace();
    text.len() <= MAX_BOX_LINE
        && !name.trim().is_empty()
        && words
            .next()
            .is_some_and(|number| number == "a" || is_count(number))
        && matches!(words.next(), Some("coffee" | "coffees"))
        && words.next().is_none()
}

/// `More from saltfish`: the box of the creator's other posts.
fn is_more_from(text: &str) -> bool {
    text.len() <= MAX_BOX_LINE
        && normalized(text)
            .strip_prefix("more from ")
            .is_some_and(is_user_name)
}

/// `© 2026 Buy Me a Coffee`: the footer's last line.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_BOX_LINE
        && lower.starts_with('\u{00A9}')
        && lower.ends_with("buy me a coffee")
}

/// Whether the page's tail under the post starts at `index`: the post's `Like` over its
/// count, the coffee box, the supporters, the creator's other posts, the footer; or the
/// post's hashtags right over one of them.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    let like = normalized(text) == "like"
        && texts
            .get(index + 1)
            .is_some_and(|next| is_count(next.trim()) || normalized(next) == "share");
    let boxed = like
        || is_coffee_box(text)
        || is_supporter_line(text)
        || is_more_from(text)
        || TAIL_LINES.contains(&normalized(text).as_str())
        || is_footer(text);
    boxed
        || is_hashtags(text)
            && index + 1 < texts.len()
            && !is_hashtags(texts[index + 1])
            && starts_tail(texts, index + 1)
}

/// Whether a paste is a post copied from Buy Me a Coffee: two of its marks (the site's
/// name at the top, the coffee box, a supporter's line, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "buy me a coffee"),
        texts.iter().any(|text| is_coffee_box(text)),
        texts.iter().any(|text| is_supporter_line(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a post copied from Buy Me a Coffee: sets the roles of its header, the writer's
/// words around the story and the page's tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let reach = texts.len().min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    // The post's date, under its title.
    let Some(date) = (menu_end + 1..reach).find(|&index| is_date(texts[index])) else {
        return;
    };
    chrome.roles[..=date].fill(Role::Chrome);
    if is_user_name(texts[menu_end]) {
        chrome
            .author
            .get_or_insert_with(|| texts[menu_end].trim().to_string());
    }
    if date - 1 > menu_end {
        mark_title(texts, date - 1, MAX_LINE, chrome);
    }
    let start = date + 1;
    let tail = mark_page_tail(texts, start, starts_tail, chrome);
    read_writers_post(texts, start..tail, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_coffee_box("Buy saltfish a coffee"));
        assert!(!is_coffee_box("Buy a coffee"));
        assert!(!is_coffee_box("Buy Me a Coffee"));
        assert!(is_supporter_line("gull bought 3 coffees."));
        assert!(is_supporter_line("Someone bought a coffee."));
        assert!(!is_supporter_line("Ma bought a coffee and a bun."));
        assert!(is_more_from("More from saltfish_writes"));
        assert!(!is_more_from("More from the harbour, she said."));
        assert!(is_footer("\u{00A9} 2026 Buy Me a Coffee"));
        assert!(!is_footer("She said she'd buy me a coffee"));
    }

    /// The bug: a Buy Me a Coffee post was read with its page: the site's name as a
    /// heading, the menu, the creator, tagline and tabs, the title and date, the intro
    /// (its quoted request as dialogue), the end note, the hashtags, the buttons, the
    /// coffee box and the supporters (their messages in quotes as dialogue), the other
    /// posts and the footer as narration.
    #[test]
    fn a_post_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Buy Me a Coffee",
            "Explore creators",
            "Log in",
            "saltfish",
            "Harbour fic and boats",
            "Home",
            "Posts",
            "Low Water (Wing x Reader) | a Harbour Lights fic",
            "Apr 2, 2026",
            "A supporter asked for \u{201C}Wing and the boats\u{201D}. Enjoy!!",
            "Low Water",
            "\u{201C}Pull,\u{201D} Wing says, and the rope goes tight in your hands.",
            "You pull.",
            "Thank you for reading and for the coffees!!",
            "#harbourlights #xreader",
            "Like",
            "12",
            "Buy saltfish a coffee",
            "Recent supporters",
            "gull bought 2 coffees.",
            "\u{201C}Pull lol\u{201D}",
            "\u{00A9} 2026 Buy Me a Coffee",
        ];
        let mut roles = vec![C; 7];
        roles.extend([H, C, N, H, S, S, N]);
        roles.extend([C; 8]);
        Chrome::read_by(&texts, read_page)
            .assert_roles(&roles)
            .assert_title("Low Water (Wing x Reader) | a Harbour Lights fic")
            .assert_author("saltfish");
        assert!(!is_page(&[
            "Buy Me a Coffee",
            "She said she'd buy me a coffee."
        ]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(&["Buy Me a Coffee", "Buy saltfish a coffee"], read_page);
    }
}
