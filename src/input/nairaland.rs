//! A fan-fiction thread on Nairaland copied from one of its pages: the site's header
//! (`Nairaland Forum`, `Welcome, Guest: Join Nairaland / LOGIN! / …`, `Stats: …
//! members, … topics. Date: …`, `Search`), the page's title (`TITLE - Literature -
//! Nairaland`), the breadcrumb (`Nairaland Forum / Entertainment / Literature / TITLE
//! (2140 Views)`), the related topics (`… / … (2) (3) (4)`) and the pager (`(1) (2)
//! (3) (Reply) (Go Down)`); then each post: its header on one line (`TITLE by
//! Bisola_pen(f): 8:14pm On Jan 3`, `Re: TITLE by USER(m): 7:30am On Jan 4,
//! 2018`), its text (a reply may open with a quoted post: the quoted member's name and
//! a colon on a line, `Bisola_pen:`, the quoted lines under it), and its likes
//! (`9 Likes 2 Shares`); then the pager again, `Viewing this topic: …`, `(Go Up)`, the
//! sections, the links and the footer (`Nairaland - Copyright © 2005 - 2019 …`,
//! `Disclaimer: Every Nairaland member is solely responsible …`).
//!
//! In: a paste's paragraphs (a block with a post's header or its likes in it is cut line
//! by line). Out: their roles, the story's title and writer. The story is the first
//! poster's posts, each read as a writer's post (see [`read_writers_post`]: the
//! intro, the episode's title a heading, `To be continued...` and what follows it
//! notes); the first post's header names the story, read as a heading (the title in
//! quotes inside the thread's title, `"Pepper Soup Season"`, when it has one, never a line of
//! dialogue); everything else — the header, the posts' headers and likes, the others'
//! replies (their quotes of the story) and the footer — is the page's.

use super::chrome::{is_count, is_user_name, normalized, read_writers_posts, Chrome, Role};
use super::page::{has_two_marks, is_clock, MONTH_NAMES};

/// The longest post header (bytes).
const MAX_HEADER: usize = 300;

/// `Nairaland Forum`: the site's name over its header.
fn is_site_name(text: &str) -> bool {
    matches!(normalized(text).as_str(), "nairaland forum" | "nairaland")
}

/// `Nairaland - Copyright © 2005 - 2019 Oluwaseun Osewa. …`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 300 && lower.starts_with("nairaland - copyright")
}

/// `TITLE - Literature - Nairaland`: the page's title, as the browser's tab shows it.
fn is_page_title(text: &str) -> bool {
    text.len() <= 300 && text.trim_end().ends_with(" - Nairaland")
}

/// `8:14pm`, `7:30am`: a post's time.
fn is_time(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower
        .strip_suffix("am")
        .or_else(|| lower.strip_suffix("pm"))
        .is_some_and(is_clock)
}

/// `8:14pm`, `8:14pm On Jan 3`, `8:14pm On Jan 3, 2018`: when a post was made.
fn is_post_time(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let day = |word: &str| {
        let word = word.trim_end_matches(',');
        (1..=2).contains(&word.len()) && word.chars().all(|c| c.is_ascii_digit())
    };
    let month = |word: &str| MONTH_NAMES.contains(&word.to_lowercase().as_str());
    let year = |word: &str| word.len() == 4 && word.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        [time] => is_time(time),
        [time, on, name, date] => is_time(time) && *on == "On" && month(name) && day(date),
        [time, on, name, date, when] => {
            is_time(time) && *on == "On" && month(name) && day(date) && year(when)
        }
        _ => false,
    }
}

/// A post's header: the thread's title (without `Re: `) and the poster's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Header<'a> {
    title: &'a str,
    name: &'a str,
}

/// `[Re: ]TITLE by USER(f): 8:14pm On Jan 3`: a post's header on one line.
fn post_header(text: &str) -> Option<Header<'_>> {
    let text = text.trim();
    if text.len() > MAX_HEADER || !text.contains(" by ") {
        return None;
    }
    let (title, rest) = text.rsplit_once(" by ")?;
    let (who, when) = rest.split_once(": ")?;
    let name = who
        .strip_suffix("(m)")
        .or_else(|| who.strip_suffix("(f)"))
        .unwrap_or(who);
    let title = title.strip_prefix("Re: ").unwrap_or(title).trim();
    (is_user_name(name) && is_post_time(when) && !title.is_empty())
        .then_some(Header { title, name })
}

/// `9 Likes 2 Shares`, `1 Like`, `4 Shares`: a post's likes.
fn is_likes_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let pair = |pair: &[&str]| {
        is_count(pair[0]) && matches!(pair[1], "Like" | "Likes" | "Share" | "Shares")
    };
    matches!(words.len(), 2 | 4) && words.chunks(2).all(pair)
}

/// `(1) (2) (3) (4) (Reply) (Go Down)`, `(Go Up)`, `Links: (1) (2) … (10)`: the pager
/// and the page's bracketed links.
fn is_pager(text: &str) -> bool {
    let text = text.trim();
    let text = text.strip_prefix("Links:").unwrap_or(text).trim();
    let Some(inner) = text
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
    else {
        return false;
    };
    text.len() <= 200
        && inner.split(") (").all(|link| {
            !link.is_empty() && link.chars().all(|c| c.is_ascii_digit())
                || matches!(link, "Reply" | "Go Down" | "Go Up")
        })
}

/// `Bisola_pen:`: a quoted post's member, over the quoted lines in a reply.
fn is_quote_header(text: &str) -> bool {
    text.trim()
        .strip_suffix(':')
        .is_some_and(|name| is_user_name(name) && name.len() <= 40)
}

/// A line that shows a block is a Nairaland page's, laid out a line at a time: a post's
/// header, its likes, the pager.
pub(crate) fn is_layout_line(text: &str) -> bool {
    post_header(text).is_some() || is_likes_line(text) || is_pager(text)
}

/// Whether a paste is a thread copied from Nairaland: two of its marks (the site's name
/// at the top, the page's title, a post's header, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts.iter().take(12).any(|text| is_page_title(text)),
        texts.iter().any(|text| post_header(text).is_some()),
        texts.iter().rev().take(4).any(|text| is_footer(text)),
    ])
}

/// The story's title as the thread's title shows it: the words in quotes inside it
/// (`Mama Put Fanfic: "Pepper Soup Season" (Dayo X Kemi)` → `Pepper Soup Season`), or the
/// thread's title; its byte range in `title`.
fn story_title(title: &str) -> (usize, usize) {
    let quoted = title.find(['"', '\u{201C}']).and_then(|open| {
        let start = open + title[open..].chars().next().map_or(1, char::len_utf8);
        let close = title[start..].find(['"', '\u{201D}'])?;
        (close > 0).then_some((start, start + close))
    });
    quoted.unwrap_or((0, title.len()))
}

/// Reads a thread copied from Nairaland: sets every paragraph's role; the first poster
/// is the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let headers: Vec<(usize, Header)> = texts
        .iter()
        .enumerate()
        .filter_map(|(index, text)| post_header(text).map(|header| (index, header)))
        .collect();
    let Some(&(first, opening)) = headers.first() else {
        return;
    };
    let writer = opening.name;
    chrome.author.get_or_insert_with(|| writer.to_string());
    // Every line is the page's but the writer's posts' texts.
    let posts: Vec<std::ops::Range<usize>> = headers
        .iter()
        .enumerate()
        .filter(|(_, (_, header))| header.name == writer)
        .map(|(position, &(header, _))| {
            let next = headers.get(position + 1).map_or(count, |&(next, _)| next);
            let end = (header + 1..next)
                .find(|&index| is_likes_line(texts[index]) || is_pager(texts[index]))
                .unwrap_or(next);
            header + 1..end
        })
        .collect();
    // The first post's header names the story (before an episode's title could), and is
    // read as its heading.
    let (start, end) = story_title(opening.title);
    chrome
        .title
        .get_or_insert_with(|| opening.title[start..end].trim().to_string());
    read_writers_posts(texts, &posts, is_quote_header, chrome);
    let title_at = texts[first].find(opening.title).unwrap_or(0);
    chrome.roles[first] = Role::Heading;
    chrome.cuts[first] = title_at + start;
    chrome.end_cuts[first] = texts[first].len() - (title_at + end);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(
            post_header("Fan Fiction: \"Moth\" (A X B) by ada_writes(f): 6:45pm On Feb 2"),
            Some(Header {
                title: "Fan Fiction: \"Moth\" (A X B)",
                name: "ada_writes"
            })
        );
        assert_eq!(
            post_header("Re: Stand by Me by Kunle(m): 11:20am On Jul 9, 2016").map(|h| h.name),
            Some("Kunle")
        );
        assert_eq!(
            post_header("Re: Moth by bee: 7:40am").map(|h| h.title),
            Some("Moth")
        );
        for (text, layout) in [
            ("12 Likes 5 Shares", true),
            ("1 Like", true),
            ("(1) (2) (3) (4) (Reply) (Go Down)", true),
            ("(Go Up)", true),
            ("Links: (1) (2) (3)", true),
            // A story's lines.
            ("He stood by me: 6:45pm On Feb 2 was the hour.", false),
            ("17 Likes and no friends", false),
            ("(1) She ran.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert_eq!(
            story_title("Fan Fiction: \"Moth\" (A X B)"),
            ("Fan Fiction: \"".len(), "Fan Fiction: \"Moth".len())
        );
        assert_eq!(story_title("Moth and Lamp"), (0, "Moth and Lamp".len()));
        assert!(is_quote_header("ada_writes:"));
        assert!(!is_quote_header("She said:"));
    }

    /// The bug: a Nairaland thread was read whole: the site's header, the page's title
    /// and breadcrumb (the story's title in them as dialogue), every post's header
    /// joined to its first line, the writer's intro (a reader's words it quotes as
    /// dialogue), `To be continued...` and the end notes, the likes, the others' replies
    /// quoting the story and the footer.
    #[test]
    fn a_thread_is_read_as_the_writers_posts() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let title = "Moth Fan Fiction: \"The Lamp\" (Ann X Bo)";
        let opening = format!("{title} by ada_writes(f): 6:45pm On Feb 2");
        let reply = format!("Re: {title} by bee(m): 7:01pm On Feb 2");
        let more = format!("Re: {title} by ada_writes(f): 10:20am On Feb 3");
        let texts = [
            "Nairaland Forum",
            "Search",
            "Moth Fan Fiction: \"The Lamp\" (Ann X Bo) - Literature - Nairaland",
            "(1) (2) (Reply) (Go Down)",
            opening.as_str(),
            "Happy Sunday, my readers!",
            "Someone asked \"where is Bo\" so here he is.",
            "Disclaimer: I don't own Moth.",
            "EPISODE 2: THE LAMP",
            "\"Mine,\" said the moth.",
            "To be continued...",
            "Battery is dying, more later.",
            "5 Likes 1 Share",
            reply.as_str(),
            "ada_writes:",
            "\"Mine,\" said the moth.",
            "\"Mine\" the moth is me",
            "4 Likes",
            more.as_str(),
            "CONTINUATION",
            "\"Yours,\" said Bo.",
            "THE END OF EPISODE 2",
            "Thank you for reading!",
            "2 Likes",
            "(1) (2) (Reply)",
            "Nairaland - Copyright \u{00A9} 2005 - 2019 Oluwaseun Osewa. All rights reserved.",
        ];
        let chrome = Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, H, N, N, N, H, S, N, N, C, C, C, C, C, C, C, C, S, N, N, C, C, C,
            ])
            .assert_title("The Lamp")
            .assert_author("ada_writes");
        assert_eq!(
            &opening[chrome.cuts[4]..opening.len() - chrome.end_cuts[4]],
            "The Lamp"
        );
        assert!(!is_page(&[
            "Nairaland Forum",
            "She read Nairaland every day."
        ]));
    }
}
