//! A fan-fiction thread on boards.ie copied from one of its pages: the site's name and
//! menu a word a line (`boards.ie`, `Home`, `Categories`, `Discussions`, `Search`, `Sign
//! In`, `Register`), the breadcrumb (`Home › Arts & Entertainment › Creative Writing`),
//! the thread's title and `Options`; then each post: the poster's line (`Maire_Rua
//! Registered Users Posts: 2,310 ✭✭✭✭`, the name on a line of its own in some copies),
//! when and its number (`02-11-2020 10:12pm #1`), its text (a reply may open with a
//! quote, `NAME wrote: »` over the quoted lines) and its buttons a line each (`Thanks`,
//! `Quote`), with `Advertisement` between posts; then `Comments`, `Sign In or Register to
//! comment.` and the footer (`© 2020 boards.ie`).
//!
//! In: a paste's paragraphs (a block with a poster's line or a post's date in it is cut
//! line by line). Out: their roles and the writer's name. The story is the first
//! poster's posts, each read as a writer's post (see [`read_writers_post`]: the intro
//! over the separator and the outro under it notes, the story's title a heading, `THE
//! END` the writer's, a later post of thanks a note); everything else — the header,
//! the posters' lines, dates, buttons and advertisements, the others' replies (their
//! quotes of the story) and the footer — is the page's.

use super::chrome::{is_count, is_user_name, normalized, read_writers_posts, Chrome};
use super::page::{has_two_marks, is_clock, is_numeric_date};

/// The member groups a poster's line names.
const GROUPS: &[&str] = &[
    "registered users",
    "new users",
    "banned users",
    "closed accounts",
    "moderators",
    "category moderators",
    "administrators",
    "admins",
];

/// `boards.ie`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text) == "boards.ie"
}

/// `© 2020 boards.ie`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 100 && lower.contains('©') && lower.contains("boards.ie")
}

/// `Maire_Rua Registered Users Posts: 2,310 ✭✭✭✭`, `Registered Users 2 Posts: 88`:
/// a poster's line; the name when it is on the line.
fn poster_line(text: &str) -> Option<Option<&str>> {
    let text = text.trim();
    if text.len() > 120 {
        return None;
    }
    let (who, posts) = text.split_once(" Posts: ")?;
    let posts = posts.trim_end_matches(['\u{272D}', '\u{2605}', '\u{2606}', ' ']);
    if !is_count(posts) {
        return None;
    }
    // `Registered Users 2`: a group's number after its name.
    let who = who
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    let lower = who.to_lowercase();
    let group = GROUPS
        .iter()
        .filter(|group| lower.ends_with(*group))
        .max_by_key(|group| group.len())?;
    let name = who[..who.len() - group.len()].trim();
    if name.is_empty() {
        return Some(None);
    }
    (is_user_name(name) && who[name.len()..].starts_with(' ')).then_some(Some(name))
}

/// `02-11-2020 10:12pm #1`, `03-11-2020 9:30am`: when a post was made, and its number.
fn is_post_date(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let date = |word: &str| is_numeric_date(word);
    let time = |word: &str| is_clock(word.to_ascii_lowercase().trim_end_matches(['a', 'p', 'm']));
    let number = |word: &str| {
        word.strip_prefix('#')
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    text.len() <= 40
        && match words.as_slice() {
            [day, at] => date(day) && time(at),
            [day, at, post] => date(day) && time(at) && number(post),
            _ => false,
        }
}

/// `Thanks`, `Quote`, `Options`, `Advertisement`, `Comments`: the page's buttons and
/// labels, a line each.
fn is_button(text: &str) -> bool {
    matches!(
        normalized(text).as_str(),
        "thanks" | "quote" | "options" | "advertisement" | "comments" | "report" | "share"
    )
}

/// `Maire_Rua wrote: »`: a quote's header in a reply.
fn is_quote_header(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 60
        && text
            .strip_suffix('\u{00BB}')
            .and_then(|rest| rest.trim_end().strip_suffix(" wrote:"))
            .is_some_and(|name| is_user_name(name.trim()))
}

/// A line that shows a block is a boards.ie page's, laid out a line at a time: a
/// poster's line, a post's date.
pub(crate) fn is_layout_line(text: &str) -> bool {
    poster_line(text).is_some() || is_post_date(text)
}

/// Whether a paste is a thread copied from boards.ie: two of its marks (the site's name
/// at the top, a poster's line over a post's date, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts
            .windows(2)
            .any(|pair| poster_line(pair[0]).is_some() && is_post_date(pair[1])),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a thread copied from boards.ie: sets every paragraph's role; the first poster
/// is the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    // Each post: its date's index and the poster's name (on the line over the date, or
    // over that one).
    let posts: Vec<(usize, &str)> = (1..count)
        .filter(|&index| is_post_date(texts[index]))
        .filter_map(|index| match poster_line(texts[index - 1])? {
            Some(name) => Some((index, name)),
            None => {
                let name = texts.get(index.checked_sub(2)?)?.trim();
                is_user_name(name).then_some((index, name))
            }
        })
        .collect();
    let Some(&(_, writer)) = posts.first() else {
        return;
    };
    chrome.author.get_or_insert_with(|| writer.to_string());
    // Every line is the page's but the writer's posts' texts, up to their buttons.
    let texts_of: Vec<std::ops::Range<usize>> = posts
        .iter()
        .enumerate()
        .filter(|(_, (_, name))| *name == writer)
        .map(|(position, &(date, _))| {
            let next = posts.get(position + 1).map_or(count, |&(next, _)| next);
            let end = (date + 1..next)
                .find(|&index| {
                    is_button(texts[index])
                        || poster_line(texts[index]).is_some()
                        || is_footer(texts[index])
                })
                .unwrap_or(next);
            date + 1..end
        })
        .collect();
    read_writers_posts(texts, &texts_of, is_quote_header, chrome);
}

#[cfg(test)]
mod tests {
    use super::super::chrome::Role;
    use super::*;

    #[test]
    fn lines() {
        for (text, name) in [
            (
                "Fear_an_Ti Registered Users Posts: 1,907 \u{272D}\u{272D}\u{272D}",
                Some(Some("Fear_an_Ti")),
            ),
            (
                "bean_an_ti Registered Users 2 Posts: 73",
                Some(Some("bean_an_ti")),
            ),
            (
                "Seomra Category Moderators Posts: 12,001 \u{272D}",
                Some(Some("Seomra")),
            ),
            ("Registered Users Posts: 9", Some(None)),
            // A story's lines.
            ("The Registered Users Posts: none", None),
            ("She counted the Posts: 12 of them", None),
        ] {
            assert_eq!(poster_line(text), name, "{text}");
        }
        for (text, date) in [
            ("21-06-2021 10:05pm #1", true),
            ("22-06-2021 9:12am", true),
            ("21-06-2021 was a Monday", false),
        ] {
            assert_eq!(is_post_date(text), date, "{text}");
        }
        assert!(is_quote_header("Fear_an_Ti wrote: \u{00BB}"));
        assert!(!is_quote_header("Mam wrote: to Aunt Peg"));
    }

    /// The bug: a boards.ie thread was read whole: the site's menu as a heading, the
    /// thread's title, every poster's line and date joined to the post's first line, the
    /// writer's intro, `THE END` and end note, the buttons and advertisements, the others'
    /// replies (a quote of the story as dialogue) and the footer.
    #[test]
    fn a_thread_is_read_as_the_writers_posts() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "boards.ie",
            "Home",
            "Moth fanfic - The Lamp",
            "Options",
            "moth_wing Registered Users Posts: 12 \u{272D}",
            "21-06-2021 10:05pm #1",
            "First fic ever, be kind.",
            "I wrote the night the finale left out.",
            "---",
            "THE LAMP",
            "\u{2018}Mine,\u{2019} said the moth.",
            "THE END",
            "---",
            "That\u{2019}s all, thanks for reading.",
            "Thanks",
            "Quote",
            "Advertisement",
            "bee Registered Users Posts: 3",
            "22-06-2021 8:40am #2",
            "moth_wing wrote: \u{00BB}",
            "\u{2018}Mine,\u{2019} said the moth.",
            "Lovely stuff.",
            "Thanks",
            "moth_wing Registered Users Posts: 12 \u{272D}",
            "22-06-2021 11:02am #3",
            "Cheers all! More soon.",
            "Quote",
            "Sign In or Register to comment.",
            "\u{00A9} 2021 boards.ie",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, N, N, S, H, S, N, S, N, C, C, C, C, C, C, C, C, C, C, C, N, C, C,
                C,
            ])
            .assert_title("THE LAMP")
            .assert_author("moth_wing");
        assert!(!is_page(&["boards.ie", "She posted on boards.ie once."]));
    }
}
