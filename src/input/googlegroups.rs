//! A fic posted to a Google Group (a mailing list) and copied from the conversation's
//! page: the site's bar a line each (`Groups`, `Conversations`, the group's name, `Search
//! conversations within GROUP`, `About`), the conversation's subject and `4 views`; each
//! message under its header (the sender's name, the date, `Sep 14, 2026, 9:02:17 PM`,
//! and `to GROUP`); the writer's message opening with the fic's header fields (`Title:`,
//! `Fandom:`, `Rating:`, `Summary:`, `Notes:` …) and closing with a signature; under
//! each message the list's footer (`--`, `You received this message because you are
//! subscribed to the Google Groups "GROUP" group.`, the unsubscribe and `To view this
//! discussion` lines); a reply's `>`-quoted lines and its `On DATE NAME <address>
//! wrote:`; and the buttons (`Reply all`, `Reply to author`, `Forward`).
//!
//! In: a paste's paragraphs (a block with a message's date or the list's footer in it is
//! cut line by line). Out: their roles, the fic's title and the writer's name. The writer
//! is the conversation's first sender: the writer's messages are the story, each read as a
//! writer's post (see [`read_writers_posts`]: the story's title a heading, an end mark
//! and the thanks and signature under it notes); the header fields over the story are
//! the page's but the summary and notes (the writer's: notes, so an episode or a line
//! they quote is no one's); quoted lines in any message and everything else — the bar,
//! the headers, the footers, the others' replies (their quotes of the story) and the
//! buttons — are the page's.

use super::chrome::{
    field, is_header_field, normalized, post_bodies, read_writers_posts, starts_with_quote,
    thread_headers, title_field, Chrome, Field, Role,
};
use super::page::{has_two_marks, is_clock, is_date};

/// The longest sender's name (bytes).
const MAX_NAME: usize = 64;

/// How many header fields the writer's message may open with.
const FIELD_REACH: usize = 16;

/// `Sep 14, 2026, 9:02:17 PM`, `Sep 14, 2026, 9:02 PM`: when a message was sent.
fn is_sent_date(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 40 {
        return false;
    }
    let Some((date, time)) = text.rsplit_once(", ") else {
        return false;
    };
    let clock = time
        .strip_suffix(" AM")
        .or_else(|| time.strip_suffix(" PM"))
        .unwrap_or(time);
    // `9:02:17`: the seconds are cut off before the clock is read.
    let clock = match clock.matches(':').count() {
        2 => clock.rsplit_once(':').map_or(clock, |(minutes, _)| minutes),
        _ => clock,
    };
    is_date(date) && is_clock(clock)
}

/// `to pudding-and-souse-fic`, `to me, GROUP`: whom a message was sent to.
fn is_recipients(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 100
        && text
            .strip_prefix("to ")
            .is_some_and(|rest| !rest.is_empty() && !rest.ends_with(['.', '!', '?']))
}

/// The list's footer under a message: `You received this message because you are
/// subscribed to the Google Groups …`, the unsubscribe line, `To view this discussion …`.
fn is_list_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 300
        && (lower.starts_with("you received this message because you are subscribed to")
            || lower.starts_with("to unsubscribe from this group")
            || lower.starts_with("to view this discussion")
            || lower.starts_with("to post to this group")
            || lower.starts_with("for more options, visit"))
}

/// `Reply all`, `Reply to author`, `Forward`: the buttons under the conversation.
fn is_button(text: &str) -> bool {
    matches!(
        normalized(text).as_str(),
        "reply all" | "reply to author" | "forward" | "reply"
    )
}

/// `On Sun, Sep 14, 2026 at 9:02 PM NAME <address> wrote:`: the line over a reply's
/// quote of the message it answers.
fn is_quote_intro(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 200 && text.starts_with("On ") && text.ends_with(" wrote:")
}

/// `> a line`: a line a reply quotes.
fn is_quoted(text: &str) -> bool {
    text.trim_start().starts_with('>')
}

/// The lines that end a message's text: the signature's separator over the list's
/// footer, the footer, the buttons.
fn ends_message(texts: &[&str], index: usize) -> bool {
    let text = texts[index];
    let separator = matches!(text.trim(), "--" | "-- ")
        && texts
            .get(index + 1)
            .is_some_and(|next| is_list_footer(next));
    separator || is_list_footer(text) || is_button(text)
}

/// A line that shows a block is a Google Groups page's, laid out a line at a time: a
/// message's date, the list's footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: the date is short and has its comma.
    text.len() <= 300 && (text.contains(", ") && is_sent_date(text) || is_list_footer(text))
}

/// Whether a paste is a conversation copied from Google Groups: two of its marks (`Search
/// conversations within` in the bar, a message's date over its recipients, the list's
/// footer, the buttons).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts
            .iter()
            .take(10)
            .any(|text| normalized(text).starts_with("search conversations within")),
        texts
            .windows(2)
            .any(|pair| is_sent_date(pair[0]) && is_recipients(pair[1])),
        texts.iter().any(|text| is_list_footer(text)),
        texts
            .iter()
            .rev()
            .take(3)
            .any(|text| normalized(text) == "reply to author"),
    ])
}

/// `Keisha B.`, `lime_and_salt`: a sender's name, a few words (an initial's full stop is
/// no sentence's).
fn is_sender(name: &str) -> bool {
    (1..=4).contains(&name.split_whitespace().count())
        && name.len() <= MAX_NAME
        && !starts_with_quote(name)
        && !name.ends_with(['!', '?', ',', ':'])
}

/// The message whose date stands at `index`: where its header starts (the sender's name
/// over the date) and ends (after the recipients), and the sender.
fn header_at<'a>(texts: &[&'a str], index: usize) -> Option<(usize, usize, &'a str)> {
    if !is_sent_date(texts[index]) {
        return None;
    }
    let name = texts.get(index.checked_sub(1)?)?.trim();
    let addressed = texts.get(index + 1).is_some_and(|text| is_recipients(text));
    is_sender(name).then_some((index - 1, index + 1 + usize::from(addressed), name))
}

/// Reads a conversation copied from Google Groups: sets every paragraph's role; the first
/// sender is the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let Some((headers, writer)) = thread_headers(texts, header_at, chrome) else {
        return;
    };
    let bodies = post_bodies(texts, &headers, |_| false);
    let mut fields = Vec::new();
    let mut posts = Vec::new();
    for (body, name) in bodies {
        if name != writer {
            continue;
        }
        let end = (body.start..body.end)
            .find(|&index| ends_message(texts, index))
            .unwrap_or(body.end);
        // The fic's header fields over the story, then its text without the reply's quotes.
        let start = (body.start..end.min(body.start + FIELD_REACH))
            .find(|&index| !is_header_field(texts[index]))
            .unwrap_or(end);
        fields.push(body.start..start);
        let quote = (start..end)
            .find(|&index| is_quote_intro(texts[index]))
            .unwrap_or(end);
        posts.push(start..quote);
    }
    // The `Title:` field names the work before the story's own title line can.
    if let Some(title) = fields
        .iter()
        .flat_map(Clone::clone)
        .find_map(|index| title_field(texts[index]).map(|at| texts[index][at..].trim()))
    {
        chrome.title.get_or_insert_with(|| title.to_string());
    }
    read_writers_posts(texts, &posts, |_| false, chrome);
    // The summary and the notes are the writer's; the other fields stay the page's.
    for index in fields.into_iter().flatten() {
        let notes = normalized(texts[index]).starts_with("note");
        if notes || matches!(field(texts[index]), Some(Field::Summary)) {
            chrome.roles[index] = Role::Note;
        }
    }
    for post in posts {
        for index in post {
            if is_quoted(texts[index]) {
                chrome.roles[index] = Role::Chrome;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Mar 2, 2025, 8:14:05 AM", true),
            ("Mar 2, 2025, 8:14 PM", true),
            (
                "You received this message because you are subscribed to the Google Groups \"harbour-fic\" group.",
                true,
            ),
            // A story's lines.
            ("Mar 2, she said, or thereabouts.", false),
            ("You received this message, then?", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_recipients("to harbour-fic"));
        assert!(is_quote_intro(
            "On Sun, Mar 2, 2025 at 8:14 AM Ros P. <ros...@gmail.com> wrote:"
        ));
    }

    /// The bug: a Google Groups conversation was read whole: the bar, the subject, the
    /// headers, the summary and notes (their quotes as dialogue), the signature, the
    /// list's footer and the replies (a `>`-quoted line of the story and another quote as
    /// dialogue).
    #[test]
    fn a_conversation_is_read_without_the_group() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Groups",
            "harbour-fic",
            "Search conversations within harbour-fic",
            "[FIC] Low Water (G) 1/1",
            "3 views",
            "Ros P.",
            "Mar 2, 2025, 8:14:05 AM",
            "to harbour-fic",
            "Title: Low Water",
            "Rating: G",
            "Summary: After \u{201C}The Tide Table.\u{201D}",
            "Notes: My gran said \u{201C}pull\u{201D} a lot.",
            "LOW WATER",
            "\u{201C}Pull,\u{201D} said Femi.",
            "They pulled.",
            "THE END",
            "- R.",
            "--",
            "You received this message because you are subscribed to the Google Groups \"harbour-fic\" group.",
            "gull_reader",
            "Mar 3, 2025, 6:01:44 PM",
            "to harbour-fic",
            "> \u{201C}Pull,\u{201D} said Femi.",
            "lol",
            "Reply all",
            "Reply to author",
            "Forward",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, C, C, N, N, H, S, S, N, N, C, C, C, C, C, C, C, C, C, C,
            ])
            .assert_title("Low Water")
            .assert_author("Ros P.");
        assert!(!is_page(&["Reply to author", "She wrote to the group."]));
        // A broken paste, a header and the footer with no text, is read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Ros P.",
                "Mar 2, 2025, 8:14:05 AM",
                "--",
                "To unsubscribe from this group, send an email.",
            ],
            read_page,
        );
    }
}
