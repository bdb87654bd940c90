//! A post on a Ko-fi creator page, copied whole: the site's logo (`ko-fi`) and menu
//! (`Explore`, `Shop`, `Memberships`, `Log in`, `Sign up`) a line each, the creator's
//! name and handle (`juno ✧ scribbles`, `@junoscribbles`), the page's tabs (`Support`,
//! `Shop`, `Posts`, `About`), the lock line of a members' post (`🔒 Members-only post ·
//! unlocked for you with Tier 1: Biscuit Club 🍪`), the post's title over its date
//! line (`Apr 9, 2024 · 5 min read`); then the post (the writer's intro, header and
//! story); then its likes (`❤ 27 likes`), `Comment`, `Comments (4)`, the comments, the
//! `Buy … a coffee` button and the site's footer (`Ko-fi ♡ Made with love · © Ko-fi Labs
//! Ltd`).
//!
//! In: a paste's paragraphs, or a line. Out: which paragraphs are the page's (never
//! read), the post's title (read as a heading) and the creator's handle. A page is
//! taken for Ko-fi's only on two of its marks (the logo at the top, the date line, the
//! lock line, the coffee button, the footer), so that a story that names the site
//! keeps every line.

use super::chrome::{is_count, is_user_name, normalized, Chrome, Role};
use super::page;

/// `ko-fi`: the site's logo, alone on its line.
fn is_logo(text: &str) -> bool {
    matches!(normalized(text).as_str(), "ko-fi" | "kofi" | "ko-fi.com")
}

/// `Ko-fi ♡ Made with love · © Ko-fi Labs Ltd`: the site's footer.
fn is_footer(text: &str) -> bool {
    // Asked of every paragraph: a footer is short and names the site.
    if text.len() > 120 || !text.contains("o-fi") {
        return false;
    }
    let lower = normalized(text);
    lower.contains("ko-fi labs") || lower.starts_with("ko-fi ♡")
}

/// `Buy juno ✧ scribbles a coffee`: the page's button.
fn is_coffee_button(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 80 && text.starts_with("Buy ") && text.ends_with(" a coffee")
}

/// `🔒 Members-only post · unlocked for you with Tier 1: Biscuit Club 🍪`: the lock
/// line over a members' post.
fn is_lock_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 160
        && (lower.contains("members-only post")
            || lower.contains("unlocked for you")
            || lower.starts_with('\u{1F512}') && lower.contains("tier"))
}

/// `Apr 9, 2024 · 5 min read`: a post's date line, under its title. A line of its own,
/// and the block it stands in is cut a line at a time.
pub(crate) fn is_date_line(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 60 || !text.ends_with(" min read") || !text.contains(['·', '•']) {
        return false;
    }
    let minutes = text
        .trim_end_matches(" min read")
        .rsplit(['·', '•'])
        .next()
        .unwrap_or_default()
        .trim();
    !minutes.is_empty() && minutes.chars().all(|character| character.is_ascii_digit())
}

/// `❤ 27 likes`, `27 likes`: how many liked the post.
fn is_likes_line(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect();
    text.len() <= 40 && matches!(words.as_slice(), [count, "likes" | "like"] if is_count(count))
}

/// The site's menu, the page's tabs and buttons, a line each.
const PAGE_WORDS: &[&str] = &[
    "explore",
    "shop",
    "memberships",
    "membership",
    "log in",
    "sign up",
    "support",
    "posts",
    "about",
    "gallery",
    "commissions",
    "feed",
    "follow",
    "following",
    "message",
    "share",
    "comment",
];

/// How far from the top the title's date line may stand.
const TOP_REACH: usize = 30;

/// Whether a paste is a Ko-fi post's page: two of its marks.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let logo = texts.iter().take(3).any(|text| is_logo(text));
    let date = texts.iter().take(TOP_REACH).any(|text| is_date_line(text));
    let lock = texts.iter().take(TOP_REACH).any(|text| is_lock_line(text));
    let coffee = texts.iter().any(|text| is_coffee_button(text));
    let footer = texts.iter().any(|text| is_footer(text));
    page::has_two_marks(&[logo, date, lock, coffee, footer])
}

/// How many story paragraphs must stand above the likes that end the post.
const POST_STORY: usize = 3;

/// Reads a Ko-fi post's page: its top (to the title, which is read as a heading, and
/// its date line) and its foot (from the likes or the comments to the end) are the
/// page's; the creator's handle is the author. The post between is left to the rest of
/// the chrome module: the writer's intro and header are notes there.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let date = (0..texts.len().min(TOP_REACH)).find(|&index| is_date_line(texts[index]));
    let mut post_start = 0;
    if let Some(date) = date.filter(|&date| date > 0) {
        let title = date - 1;
        // Over the title only the page stands: its menu, the creator, tabs, the lock.
        let page = texts[..title]
            .iter()
            .all(|text| text.len() <= 160 && !text.trim_end().ends_with(['.', '"', '\u{201D}']));
        if page {
            chrome.roles[..title].fill(Role::Chrome);
            chrome.roles[title] = Role::Heading;
            chrome.roles[date] = Role::Chrome;
            chrome.title = Some(texts[title].trim().to_string());
            if let Some(handle) = texts[..title]
                .iter()
                .find_map(|text| text.trim().strip_prefix('@'))
                .filter(|handle| is_user_name(handle))
            {
                chrome.author.get_or_insert_with(|| handle.to_string());
            }
            post_start = date + 1;
        }
    }
    for (index, text) in texts.iter().enumerate() {
        let key = normalized(text);
        let line = PAGE_WORDS.contains(&key.as_str()) && index < post_start
            || is_lock_line(text)
            || is_coffee_button(text)
            || is_footer(text)
            || is_logo(text) && index < 3;
        if line {
            chrome.roles[index] = Role::Chrome;
        }
    }
    // The post ends at its likes, or at the comments: the rest is the page's.
    let mut stories = 0;
    for (index, text) in texts.iter().enumerate().skip(post_start) {
        if chrome.roles[index] == Role::Story && text.len() >= 40 {
            stories += 1;
        }
        let foot = is_likes_line(text) || page::is_tail_header(text);
        if stories >= POST_STORY && foot {
            chrome.roles[index..].fill(Role::Chrome);
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, date, likes, lock) in [
            ("Apr 9, 2024 · 5 min read", true, false, false),
            ("5 min read", false, false, false),
            ("❤ 27 likes", false, true, false),
            ("❤\u{FE0F} 27 likes", false, true, false),
            ("27 likes", false, true, false),
            (
                "🔒 Members-only post · unlocked for you with Tier 1: Biscuit Club 🍪",
                false,
                false,
                true,
            ),
            // A story's lines.
            ("It was a five min read, she said.", false, false, false),
            ("Everyone likes a good croissant.", false, false, false),
            ("27 likes and nobody came.", false, false, false),
        ] {
            assert_eq!(is_date_line(text), date, "{text}");
            assert_eq!(is_likes_line(text), likes, "{text}");
            assert_eq!(is_lock_line(text), lock, "{text}");
        }
        assert!(is_coffee_button("Buy juno ✧ scribbles a coffee"));
        assert!(!is_coffee_button("Buy me a coffee, he said."));
        assert!(is_footer("Ko-fi ♡ Made with love · © Ko-fi Labs Ltd"));
    }

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_page)
    }

    const STORY: &str = "The bell over the door went at ten past three, which was not a time.";

    /// The bug: a Ko-fi post's page was read whole: the menu, tabs and lock line a line
    /// each, the title run into its date line, the likes, and the comments, whose
    /// quotes of the story were voiced as dialogue.
    #[test]
    fn a_posts_page_is_read_as_its_post() {
        use Role::{Chrome as C, Heading as H, Story as S};
        let texts = [
            "ko-fi",
            "Explore",
            "Log in",
            "juno ✧ scribbles",
            "@junoscribbles",
            "Support",
            "Posts",
            "🔒 Members-only post · unlocked for you with Tier 1: Biscuit Club 🍪",
            "Night Shift (modern!Alder x baker!reader) — EARLY ACCESS",
            "Apr 9, 2024 · 5 min read",
            "hey loves!! this one was requested by a supporter. here you go 🥐",
            STORY,
            "\"We're not open,\" you called from the back, elbow-deep in dough.",
            STORY,
            "❤ 27 likes",
            "Comment",
            "Comments (4)",
            "crumbsnatcher",
            "\u{201C}Your oven's on fire,\u{201D} I AM DECEASED",
            "Reply",
            "Buy juno ✧ scribbles a coffee",
            "Ko-fi ♡ Made with love · © Ko-fi Labs Ltd",
        ];
        read(&texts)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, H, C, S, S, S, S, C, C, C, C, C, C, C, C,
            ])
            .assert_title("Night Shift (modern!Alder x baker!reader) — EARLY ACCESS")
            .assert_author("junoscribbles");
    }

    /// A story that names the site, or shows a menu of its own, keeps every line.
    #[test]
    fn a_story_that_names_the_site_is_read() {
        let texts = [
            "Ko-fi",
            "She had a Ko-fi page and nineteen supporters, which was eighteen more than she expected.",
            "Shop",
            "Buy me a coffee, the button said.",
        ];
        assert!(read(&texts).is_all_story());
    }
}
