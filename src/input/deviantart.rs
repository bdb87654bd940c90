//! A DeviantArt literature deviation copied whole: the site's menu (`DeviantArt`,
//! `Search`, `Shop`, `Join`, `Log In`, joined to the title when the copy runs its
//! lines together), the title, `by USER`, `Watch` and the deviation's kind (`Literature
//! Text`); the writer's header over the story (`Kairo x Reader`, `Anime: …`, `Words:
//! …`, a disclaimer, `(Y/N) = Your Name`) set apart by a rule (`~~~~~~`); under the
//! story, the copyright (`© 2023 - 2024 USER`), the `Description` and what it says,
//! `Image details` (`Published: …`, counts of favourites, comments and views), the
//! tags, the buttons (`Favourite`, `Comment`, `Share`), `Comments 47`, `Join the
//! community to add your comment. …` and the comments (a user name, a date, the
//! comment, `Reply`) down to `Load more comments`.
//!
//! In: a paste's paragraphs (with what earlier readers cut from their starts). Out:
//! which are the page's (never read), which are the writer's (the header and the
//! description: notes), the title (read as a heading, the work's title, with the menu
//! glued before it cut off) and the writer. A page is taken for DeviantArt's only on
//! two of its marks (the site's name over the title, `Literature Text`, `Image
//! details`, the comments' `Join the community` line), so that a story that names the
//! site keeps every line.

use super::chrome::{normalized, Chrome, Role};
use super::page;
use super::plain::is_scene_break;

/// How far from the top the title and its byline may stand.
const TOP_REACH: usize = 12;

/// How many paragraphs the writer's header may take over its rule.
const HEADER_REACH: usize = 12;

/// The longest paragraph of the writer's header (bytes).
const HEADER_LENGTH: usize = 400;

/// The longest line of the page's furniture (bytes).
const LINE_LENGTH: usize = 200;

/// The site menu's items over the title, lower case (longest first where one starts
/// another).
const MENU: &[&str] = &[
    "deviantart",
    "search",
    "shop",
    "join",
    "log in",
    "sign up",
    "sign in",
    "core",
    "submit",
    "discover",
    "watch",
    "home",
];

/// How many bytes of the site's menu open a text (`DeviantArt Search Shop Join Log
/// In Locked In …`), with the space after them; 0 when none does.
fn menu_length(text: &str) -> usize {
    let mut rest = text;
    loop {
        let lower = rest.to_lowercase();
        let item = MENU.iter().find(|item| {
            lower.starts_with(*item)
                && lower[item.len()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
        });
        match item {
            Some(item) => rest = rest[item.len()..].trim_start(),
            None => return text.len() - rest.len(),
        }
    }
}

/// `by starlit-quill`: the byline under the title, and the writer.
fn byline(text: &str) -> Option<&str> {
    let name = text.trim().strip_prefix("by ")?.trim();
    (!name.is_empty() && !name.contains(' ') && name.len() <= 40).then_some(name)
}

/// `Watch`, `Literature Text`, `Watch Literature Text`: the button and the kind of the
/// deviation under the byline.
fn is_kind_line(text: &str) -> bool {
    matches!(
        normalized(text).as_str(),
        "watch" | "literature text" | "watch literature text" | "literature" | "watching"
    )
}

/// `© 2023 - 2024 starlit-quill`, `© 2024 starlit-quill`.
fn is_copyright(text: &str) -> bool {
    let text = text.trim();
    text.len() <= LINE_LENGTH && text.starts_with('©') && text.chars().any(|c| c.is_ascii_digit())
}

/// `Join the community to add your comment. Already a deviant? Log In`.
fn is_join_line(text: &str) -> bool {
    text.len() <= LINE_LENGTH
        && normalized(text).starts_with("join the community to add your comment")
}

/// `Image details`, over the date and the counts.
fn is_details_label(text: &str) -> bool {
    normalized(text) == "image details"
}

/// `Description`, over the writer's description of the work.
fn is_description_label(text: &str) -> bool {
    normalized(text) == "description"
}

/// Whether a paste is a DeviantArt deviation: two of its marks.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let site = texts
        .first()
        .is_some_and(|text| normalized(text).starts_with("deviantart"));
    let kind = texts
        .iter()
        .take(TOP_REACH)
        .any(|text| normalized(text).contains("literature text"));
    let details = texts.iter().any(|text| is_details_label(text));
    let join = texts.iter().any(|text| is_join_line(text));
    page::has_two_marks(&[site, kind, details, join])
}

/// Reads a DeviantArt deviation (see the module doc).
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let mut story_start = 0;
    let by = (1..count.min(TOP_REACH)).find_map(|index| Some((index, byline(texts[index])?)));
    if let Some((line, name)) = by {
        chrome.author.get_or_insert_with(|| name.to_string());
        let title = line - 1;
        chrome.roles[..title].fill(Role::Chrome);
        chrome.roles[line] = Role::Chrome;
        let menu = menu_length(texts[title]);
        if menu < texts[title].trim_end().len() {
            chrome.cuts[title] += menu;
            chrome.roles[title] = Role::Heading;
            chrome.title = Some(texts[title][menu..].trim().to_string());
        }
        story_start = line + 1;
    }
    while story_start < count && is_kind_line(texts[story_start]) {
        chrome.roles[story_start] = Role::Chrome;
        story_start += 1;
    }
    // The writer's header, over its rule.
    let reach = count.min(story_start + HEADER_REACH);
    if let Some(rule) = (story_start..reach).find(|&index| is_scene_break(texts[index])) {
        let short = texts[story_start..rule]
            .iter()
            .all(|text| text.len() <= HEADER_LENGTH && !super::chrome::starts_with_quote(text));
        if short {
            chrome.roles[story_start..rule].fill(Role::Note);
            chrome.roles[rule] = Role::Chrome;
        }
    }
    // Under the story: from the copyright on, the page's; the description is the
    // writer's.
    let Some(tail) = (story_start..count).find(|&index| is_copyright(texts[index])) else {
        return;
    };
    chrome.roles[tail..].fill(Role::Chrome);
    if let Some(label) = (tail..count).find(|&index| is_description_label(texts[index])) {
        let end = (label + 1..count)
            .find(|&index| is_details_label(texts[index]) || is_join_line(texts[index]))
            .unwrap_or(count);
        chrome.roles[label + 1..end].fill(Role::Note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menus_before_a_title() {
        let cases: &[(&str, &str)] = &[
            (
                "DeviantArt Search Shop Join Log In Snowed In (Ren x Reader)",
                "Snowed In (Ren x Reader)",
            ),
            ("Snowed In", "Snowed In"),
            ("Join the Club", "the Club"),
        ];
        for (text, rest) in cases {
            assert_eq!(&text[menu_length(text)..], *rest, "{text}");
        }
    }

    #[test]
    fn a_deviation_is_read_between_its_header_and_its_tail() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "DeviantArt Search Shop Join Log In Snowed In (Ren x Reader)",
            "by frost-lantern",
            "Watch Literature Text",
            "Ren x Reader",
            "Words: 900",
            "(Y/N) = Your Name",
            "~~~~~~~~~~",
            "\"It's snowing,\" Ren says.",
            "You look out of the window.",
            "© 2024 frost-lantern",
            "Description",
            "for the anon who said \"snow day\"",
            "Image details",
            "Published: Jan 3, 2024",
            "Join the community to add your comment. Already a deviant? Log In",
            "snowbird-2",
            "\"It's snowing\" AAAA",
            "Reply",
        ];
        let chrome = Chrome::read_by(&texts, read_page)
            .assert_roles(&[H, C, C, N, N, N, C, S, S, C, C, N, C, C, C, C, C, C])
            .assert_title("Snowed In (Ren x Reader)")
            .assert_author("frost-lantern");
        assert_eq!(chrome.cuts[0], "DeviantArt Search Shop Join Log In ".len());
    }

    #[test]
    fn a_story_that_names_the_site_is_read() {
        let texts = [
            "DeviantArt was where she had posted her first drawing.",
            "by morning it had three comments.",
            "Image details, he said, were everything.",
        ];
        assert!(Chrome::read_by(&texts, read_page).is_all_story());
    }
}
