//! A fic posted as a thread on Mastodon (or another server of the fediverse) and copied
//! from its page: the server's bar a word a line (`Mastodon`, the server's name, `Search
//! or paste URL`, `Home`, `Explore`, …, `Log in`, `Sign up`, `Back`, `Post`); then the
//! posts, each under its header — the display name on one line (`Wren 🌙 (she/her)`),
//! the handle with its server on the next (`@wren@fedi.example`) — its content warning
//! when it has one (`CW: fic: Lamps 1/3 · 2k words`) with the button that hides the post
//! (`Show less`, `Show more`), its text, its hashtags (`#fanfic #Lamps`) and its counts a
//! line each (replies, boosts, favourites: `4`, `19`, `37`); the others' replies open
//! with the writer's name (`@wren 'Light it.' I'm crying`); under the thread the
//! server's blurb (`Log in to follow profiles or hashtags, …`) and its links (`About`,
//! `Status`, `Privacy policy`, the version, `v4.3.1`).
//!
//! In: a paste's paragraphs (a block with a handle or the server's blurb in it is cut
//! line by line). Out: their roles and the writer's handle. The story is the first
//! poster's posts, each read as a writer's post (see [`read_writers_parts`]: the intro
//! over the story's title a note, the title a heading, what follows the end mark notes;
//! a post under a content warning is a part, however short, since the server keeps
//! posts short);
//! everything else — the bar, the headers, content warnings and their buttons,
//! hashtags, counts, the others' replies (their quotes of the story) and the writer's
//! answers to them, and the footer — is the page's.

use super::chrome::{is_count, normalized, read_writers_parts, Chrome};
use super::page::{has_two_marks, opens_with_site_name};

/// The longest display name (characters), with room for its emoji and pronouns.
const MAX_NAME: usize = 64;

/// The longest handle with its server (bytes).
const MAX_HANDLE: usize = 120;

/// How many lines may stand over the first post: the server's bar.
const BAR_REACH: usize = 20;

/// `@wren@fedi.example`: a handle with its server, alone on its line.
fn is_handle_line(text: &str) -> bool {
    let Some((user, server)) = text
        .trim()
        .strip_prefix('@')
        .and_then(|handle| handle.split_once('@'))
    else {
        return false;
    };
    text.len() <= MAX_HANDLE
        && !user.is_empty()
        && user.chars().all(|c| c.is_alphanumeric() || c == '_')
        && server.contains('.')
        && server.split('.').all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// `CW: fic: Lamps 1/3`, `Content warning: …`: a post's content warning.
fn is_warning(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 300 && (lower.starts_with("cw:") || lower.starts_with("content warning:"))
}

/// `Show less`, `Show more`: the button that hides a post under its warning.
fn is_show_button(text: &str) -> bool {
    matches!(
        normalized(text).as_str(),
        "show less" | "show more" | "show all" | "hide all"
    )
}

/// `#fanfic #Lamps`: a post's hashtags, a line of nothing else.
fn is_hashtag_line(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|word| {
            word.strip_prefix('#')
                .is_some_and(|tag| tag.starts_with(char::is_alphanumeric))
        })
}

/// `4`, `19`, `4 19 37`: a post's counts, on a line each or run into one.
fn is_counts(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    text.len() <= 30 && words.peek().is_some() && words.all(is_count)
}

/// `Log in to follow profiles or hashtags, favorite, share and reply to posts. …`: the
/// server's blurb under a thread, over its links.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 300
        && (lower.starts_with("log in to follow profiles")
            || lower.starts_with("login to follow profiles"))
}

/// `@wren`, `@wren@fedi.example`: a mention opening a reply.
fn opens_with_mention(text: &str) -> bool {
    text.trim_start().strip_prefix('@').is_some_and(|rest| {
        rest.split_whitespace()
            .next()
            .is_some_and(|name| name.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    })
}

/// A line that shows a block is a Mastodon page's, laid out a line at a time: a handle,
/// the server's blurb.
pub(crate) fn is_layout_line(text: &str) -> bool {
    let text = text.trim();
    // Asked of every line: most start with neither `@` nor `L`.
    text.starts_with(['@', 'L']) && (is_handle_line(text) || is_footer(text))
}

/// The header whose handle stands at `index`: where it starts (the display name over
/// the handle), where the post's text starts (under its warning and button) and the
/// handle.
fn header_at<'a>(texts: &[&'a str], index: usize) -> Option<(usize, usize, &'a str)> {
    if !is_handle_line(texts[index]) {
        return None;
    }
    let name = texts.get(index.checked_sub(1)?)?.trim();
    let named = !name.is_empty()
        && name.chars().count() <= MAX_NAME
        && !name.ends_with(['.', '!', '?', '"', '\u{201D}', '\''])
        && !is_counts(name)
        && !is_hashtag_line(name)
        && !is_warning(name)
        && !is_show_button(name);
    if !named {
        return None;
    }
    let mut end = index + 1;
    while texts
        .get(end)
        .is_some_and(|text| is_warning(text) || is_show_button(text))
    {
        end += 1;
    }
    Some((index - 1, end, texts[index].trim()))
}

/// Whether a paste is a thread copied from Mastodon: two of its marks (the site's name
/// at the top, a post's header with a handle on its server, the button under a content
/// warning, the server's blurb under the thread).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "mastodon"),
        (1..texts.len()).any(|index| header_at(texts, index).is_some()),
        texts.iter().any(|text| is_show_button(text)),
        texts.iter().any(|text| is_footer(text)),
    ])
}

/// Reads a thread copied from Mastodon: sets every paragraph's role; the first poster is
/// the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let footer = texts
        .iter()
        .position(|text| is_footer(text))
        .unwrap_or(count);
    let headers: Vec<(usize, usize, &str)> = (1..footer)
        .filter_map(|index| header_at(texts, index))
        .collect();
    let Some(&(first, _, writer)) = headers.first() else {
        return;
    };
    if first > BAR_REACH {
        return;
    }
    chrome
        .author
        .get_or_insert_with(|| writer.trim_start_matches('@').to_string());
    // The writer's posts that are no answer to someone, up to their hashtags and counts;
    // whether each is under a content warning (the part's).
    let posts: Vec<(std::ops::Range<usize>, bool)> = headers
        .iter()
        .enumerate()
        .filter(|&(_, &(_, start, handle))| {
            handle == writer
                && texts
                    .get(start)
                    .is_some_and(|text| !opens_with_mention(text))
        })
        .map(|(position, &(header, start, _))| {
            let next = headers
                .get(position + 1)
                .map_or(footer, |&(next, _, _)| next);
            let end = (start..next)
                .find(|&index| is_hashtag_line(texts[index]) || is_counts(texts[index]))
                .unwrap_or(next)
                // Headers run together in a broken paste: an empty post, not a reversed one.
                .max(start);
            let warned = texts[header..start].iter().any(|text| is_warning(text));
            (start..end, warned)
        })
        .collect();
    let ranges: Vec<std::ops::Range<usize>> =
        posts.iter().map(|(range, _)| range.clone()).collect();
    read_writers_parts(texts, &ranges, |_| false, |at| posts[at].1, chrome);
}

#[cfg(test)]
mod tests {
    use super::super::chrome::Role;
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("@wren@fedi.example", true),
            ("@moth_2@sub.server-one.social", true),
            (
                "Log in to follow profiles or hashtags, favorite, share and reply to posts.",
                true,
            ),
            // A story's lines, and other sites' handles.
            ("@wren.bsky.social", false),
            ("@wren", false),
            ("@ the bus stop@noon.", false),
            ("Log in to the till, she said.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_hashtag_line("#fanfic #Lamps"));
        assert!(is_hashtag_line("#fanfic"));
        assert!(!is_hashtag_line("#1 on the list"));
        assert!(is_counts("4 19 37"));
        assert!(!is_counts("4 o'clock"));
    }

    /// The bug: a Mastodon thread was read whole: the server's bar, every header (name
    /// and handle), content warning and its button, the writer's intro, hashtags and
    /// counts, and the others' replies quoting the story as dialogue after their
    /// mention.
    #[test]
    fn a_thread_is_read_as_the_writers_posts() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Mastodon",
            "Log in",
            "Wren \u{1F319} (she/her)",
            "@wren@fedi.example",
            "CW: fic: Lamps 1/2",
            "Show less",
            "ok the lighthouse fic, two posts, enjoy!!",
            "LAMPS",
            "\u{2018}Light it,\u{2019} said Ada.",
            "#fanfic #Lamps",
            "2",
            "9",
            "Pip",
            "@pip@other.example",
            "@wren \u{2018}Light it\u{2019} I'm crying",
            "Wren \u{1F319} (she/her)",
            "@wren@fedi.example",
            "@pip she would say that",
            "Wren \u{1F319} (she/her)",
            "@wren@fedi.example",
            "CW: fic: Lamps 2/2",
            "Show less",
            // A part under its warning, however short, is the story's.
            "The lamp turned all night.",
            "END.",
            "thanks for reading!!",
            "#fanfic",
            "5",
            "Log in to follow profiles or hashtags, favorite, share and reply to posts.",
            "About",
            "v4.3.1",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, N, H, S, C, C, C, C, C, C, C, C, C, C, C, C, C, S, N, N, C, C, C,
                C, C,
            ])
            .assert_title("LAMPS")
            .assert_author("wren@fedi.example");
        assert!(!is_page(&["Mastodon", "She left the site for Mastodon."]));
        // Headers run together in a broken paste are read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Mastodon",
                "Wren",
                "@wren@fedi.example",
                "CW: fic",
                "@wren@fedi.example",
                "Show less",
                "@pip@other.example",
            ],
            read_page,
        );
    }
}
