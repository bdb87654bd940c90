//! A story posted in a Telegram channel and copied from its web view: the channel's name
//! over its count (`1 284 subscribers`), the pinned message (`📌 Pinned message` over its
//! text), a day's date between the posts (`December 3`); then the posts, each headed by
//! the channel's name (on its own line, or glued to the post's first line when the two
//! were copied as one), its text, its hashtags (`#fic #lamps`), its reactions (`❤️ 88
//! 😭 41`) and its views with the time it was posted (`👁 1.6K  21:04`, `👁 1.9K  edited
//! 21:02`); a forwarded message (`Forwarded from NAME` over a reader's words, which may
//! quote the story); and under the last post `💬 Leave a comment`.
//!
//! In: a paste's paragraphs (a block with a views line in it is cut line by line). Out:
//! their roles, with the channel's name cut from a post's first paragraph it is glued to.
//! The channel's name and count, the pinned message, dates, hashtags, reactions, views
//! and forwarded messages are the page's; the channel's own posts are read as a writer's
//! posts (see [`read_writers_parts`]: the story's title block a heading, what follows an
//! end mark notes); a short post of the writer's to the channel (`part 3 in 10 min`, the
//! thanks) and one paragraph about the fic are notes, so a reader's line they quote is
//! no one's.

use super::chrome::{
    is_count, is_emoji, is_hashtags, is_line_not_sentence, is_writers_aside, normalized,
    read_writers_parts, starts_with_quote, Chrome, Role,
};
use super::page::{has_two_marks, is_clock};

/// The longest channel name (bytes).
const MAX_NAME: usize = 100;

/// How many paragraphs may stand over the channel's count.
const NAME_REACH: usize = 3;

/// How many paragraphs a post of the writer's to the channel may have.
const CHAT_POST: usize = 2;

/// The views icon (`👁`).
const EYE: char = '\u{1F441}';

/// `1 284 subscribers`, `12.3K subscribers`, `1 member`: the channel's count.
fn is_subscribers(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.split_last() {
        Some((label, counts)) => {
            text.len() <= 40
                && matches!(
                    label.to_lowercase().as_str(),
                    "subscribers" | "subscriber" | "members" | "member"
                )
                && !counts.is_empty()
                && counts.iter().all(|count| is_count(count))
        }
        None => false,
    }
}

/// `👁 1.6K  21:04`, `👁 1.9K  edited  21:02`: a post's views and time.
fn is_views(text: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix(EYE) else {
        return false;
    };
    let words: Vec<&str> = rest
        .trim_start_matches('\u{FE0F}')
        .split_whitespace()
        .collect();
    text.len() <= 60
        && match words.as_slice() {
            [views, "edited", time] | [views, time] => {
                is_count(views) && is_clock(time.trim_end_matches(['a', 'p', 'm', 'A', 'P', 'M']))
            }
            _ => false,
        }
}

/// `❤️ 88  😭 41`, `🔥 3`: a post's reactions, each an emoji and its count.
fn is_reactions(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let emoji = |word: &str| {
        word.chars()
            .all(|c| is_emoji(c) || matches!(c, '\u{FE0F}' | '\u{200D}'))
    };
    text.len() <= 120
        && words.len() >= 2
        && words.len().is_multiple_of(2)
        && words
            .chunks(2)
            .all(|pair| emoji(pair[0]) && is_count(pair[1]))
}

/// `📌 Pinned message`: the label over the channel's pinned message.
fn is_pinned(text: &str) -> bool {
    normalized(text)
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with("pinned message")
}

/// `Forwarded from NAME`: a message forwarded into the channel, a reader's.
fn is_forwarded(text: &str) -> bool {
    text.trim_start().starts_with("Forwarded from ")
}

/// `💬 Leave a comment`: the button under the last post.
fn is_comment_button(text: &str) -> bool {
    normalized(text)
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .eq("leave a comment")
}

/// `#fic`, `#fic #lamps`: a post's hashtags, a line of nothing else (also an Instagram
/// post's).
pub(crate) fn is_tag_line(text: &str) -> bool {
    let text = text.trim();
    is_hashtags(text)
        || text.strip_prefix('#').is_some_and(|tag| {
            !tag.is_empty() && tag.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// A line that shows a block is a Telegram channel's, laid out a line at a time: a
/// post's views, the channel's count.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: the views line opens with its icon.
    let text = text.trim();
    text.starts_with(EYE) && is_views(text) || text.ends_with('s') && is_subscribers(text)
}

/// Whether a paste is a channel copied from Telegram: two of its marks (the channel's
/// count near the top, a post's views, a forwarded message, the pinned message, the
/// comment button).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts
            .iter()
            .take(NAME_REACH + 1)
            .any(|text| is_subscribers(text)),
        texts.iter().any(|text| is_views(text)),
        texts.iter().any(|text| is_forwarded(text)),
        texts
            .iter()
            .take(NAME_REACH + 3)
            .any(|text| is_pinned(text)),
        texts
            .iter()
            .rev()
            .take(3)
            .any(|text| is_comment_button(text)),
    ])
}

/// How a paragraph starts with the channel's name (or an Instagram caption with its
/// writer's): alone (`Some(None)`), or glued to the post's first line (`Some(Some(cut))`,
/// the bytes to cut).
pub(crate) fn glued_header(text: &str, channel: &str) -> Option<Option<usize>> {
    let rest = text.trim_start().strip_prefix(channel)?;
    if rest.trim().is_empty() {
        return Some(None);
    }
    let body = rest.trim_start();
    (body.len() < rest.len()).then(|| Some(text.len() - body.len()))
}

/// Reads a channel copied from Telegram: sets every paragraph's role; the channel's
/// posts are the writer's.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let Some(counted) = (1..count.min(NAME_REACH + 1)).find(|&index| is_subscribers(texts[index]))
    else {
        return;
    };
    let channel = texts[counted - 1].trim();
    if !is_line_not_sentence(channel, MAX_NAME) {
        return;
    }
    let headers: Vec<(usize, Option<usize>)> = (counted + 1..count)
        .filter_map(|index| glued_header(texts[index], channel).map(|cut| (index, cut)))
        .collect();
    // The posts' texts with the channel's name cut from them.
    let mut bodies: Vec<&str> = texts.to_vec();
    let mut posts = Vec::new();
    let mut chats = Vec::new();
    for (position, &(at, cut)) in headers.iter().enumerate() {
        let next = headers.get(position + 1).map_or(count, |&(next, _)| next);
        let start = match cut {
            Some(cut) => {
                chrome.cuts[at] += cut;
                bodies[at] = &texts[at][cut..];
                at
            }
            None => at + 1,
        };
        let end = (start..next)
            .find(|&index| {
                let text = bodies[index];
                is_views(text) || is_reactions(text) || is_tag_line(text) || is_comment_button(text)
            })
            .unwrap_or(next);
        if start >= end || is_forwarded(bodies[start]) {
            continue;
        }
        // A post of a paragraph or two to the channel, not a part of the story.
        let chat = end - start <= CHAT_POST
            && bodies[start..end]
                .iter()
                .all(|text| !starts_with_quote(text) && is_writers_aside(text));
        if chat {
            chats.push(start..end);
        }
        posts.push(start..end);
    }
    // Every other post is a part, however short: the chats were found above.
    read_writers_parts(&bodies, &posts, |_| false, |_| true, chrome);
    for chat in chats {
        chrome.roles[chat].fill(Role::Note);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("\u{1F441} 1.6K  21:04", true),
            ("\u{1F441} 912  edited  08:15", true),
            ("1 284 subscribers", true),
            ("12.3K subscribers", true),
            // A story's lines.
            ("\u{1F441} saw it all, she said.", false),
            ("Three subscribers, and one was her mum.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_reactions("\u{2764}\u{FE0F} 88  \u{1F62D} 41"));
        assert!(!is_reactions("\u{2764}\u{FE0F} lots"));
        assert!(is_pinned("\u{1F4CC} Pinned message"));
        assert_eq!(glued_header("lamp fics LAMPS", "lamp fics"), Some(Some(10)));
        assert_eq!(glued_header("lamp fics", "lamp fics"), Some(None));
        assert_eq!(glued_header("lamp ficsy", "lamp fics"), None);
    }

    /// The bug: a Telegram channel was read whole: its name as a heading and then over
    /// every post (glued to a post's first line when copied with it, even a story's
    /// paragraph), its count, the pinned message, the date, hashtags, reactions and views,
    /// a forwarded message quoting the story as dialogue and the writer's post quoting a
    /// reader's line as dialogue.
    #[test]
    fn a_channel_is_read_as_the_writers_posts() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "lamp fics \u{1F56F}",
            "212 subscribers",
            "\u{1F4CC} Pinned message",
            "FIC INDEX: tap the hashtags",
            "May 4",
            "lamp fics \u{1F56F}",
            "ok lighthouse fic, two parts tonight, enjoy!!",
            "#fic",
            "\u{1F441} 400  20:01",
            "lamp fics \u{1F56F}",
            "LAMPS",
            "Part 1/2",
            "\u{2018}Light it,\u{2019} said Ada.",
            "\u{1F441} 380  20:05",
            "lamp fics \u{1F56F} The lamp turned all night, and Ada watched it turn.",
            "\u{1F441} 350  20:09",
            "lamp fics \u{1F56F}",
            "Forwarded from pip",
            "\u{2018}Light it\u{2019} I'm crying",
            "\u{2764}\u{FE0F} 12",
            "\u{1F441} 300  20:30",
            "lamp fics \u{1F56F}",
            "thank you all!! to whoever said \u{2018}more Ada\u{2019}, same",
            "\u{1F441} 200  21:00",
            "\u{1F4AC} Leave a comment",
        ];
        let chrome = Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, N, C, C, C, H, H, S, C, S, C, C, C, C, C, C, C, N, C, C,
            ])
            .assert_title("LAMPS");
        assert_eq!(chrome.cuts[14], "lamp fics \u{1F56F} ".len());
        assert!(!is_page(&["212 subscribers", "She had 212 subscribers."]));
        // Headers run together in a broken paste are read without a panic.
        Chrome::assert_reads_broken(
            &[
                "lamp fics",
                "212 subscribers",
                "lamp fics",
                "lamp fics",
                "\u{1F441} 300  20:30",
                "lamp fics Forwarded from pip",
            ],
            read_page,
        );
    }
}
