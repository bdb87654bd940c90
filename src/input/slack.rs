//! A fic pasted from a Slack channel, as the desktop app copies it: the workspace's
//! name, the channel's (`# fic-share`), its member count and topic, a date divider
//! (`Sunday, March 1st`); then messages, each under its header (`kerensa 🥐  9:02 PM`:
//! the name, two spaces, the time), no blank line between a header and its text. The
//! writer posts the story in parts (`*Crimp* (Saffron Cake, Tam/Kit, 4.3k, gen) [1/4]`
//! over the first, `[2/4]` opening the next, `[4/4 cont, sorry slack cut it]`) among
//! chat of their own; the others' messages quote it (`> Don't he look a picture.`,
//! `"This isn't Devon" I am from Devon`); reactions stand under a message on one line
//! (`❤️ 9  🥧 4`), a thread's summary under it (`3 replies  Last reply today at 10:14
//! PM`, `View thread`), and the message box at the end (`Message #fic-share`).
//!
//! In: a paste's paragraphs (a block with a message header in it is cut line by line,
//! so a header is never glued to the story under it). Out: their roles, read as a
//! Discord channel's are (see [`discord`]): the writer's parts are the story (the title
//! line over the first a heading, without its mark and the fic's fields), the writer's
//! other lines notes, and everything else the channel's, so the others' quotes of the
//! story are no one's dialogue.

use super::chrome::{normalized, Chrome};
use super::discord::{self, ChannelForm};
use super::page::{is_clock, MONTH_NAMES, WEEKDAYS};

/// The longest display name taken for a poster's (characters).
const MAX_NAME: usize = 40;

/// How many words a poster's display name may have (`Ros Penn`), its status emoji
/// (`kerensa 🥐`) aside.
const NAME_WORDS: usize = 2;

/// How a Slack channel is copied: the workspace, the channel, its count, topic and a
/// date divider may stand over the first message.
const SLACK: ChannelForm = ChannelForm {
    header: message_header,
    top: 6,
    is_channel_line,
};

/// `kerensa 🥐  9:02 PM`: a message's header, the name and the time with two spaces
/// between; the poster's name, without the status emoji after it.
pub(crate) fn message_header(text: &str) -> Option<&str> {
    let text = text.trim();
    if text.len() > 80 {
        return None;
    }
    let (name, time) = text.rsplit_once("  ")?;
    let name = name.trim_end();
    let words: Vec<&str> = time.split_whitespace().collect();
    let timed = match words.as_slice() {
        [clock] => is_clock(clock),
        [clock, meridiem] => {
            is_clock(clock) && matches!(meridiem.to_uppercase().as_str(), "AM" | "PM")
        }
        _ => false,
    };
    let named = !name.is_empty()
        && name.chars().count() <= MAX_NAME
        && name
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphanumeric))
            .count()
            <= NAME_WORDS
        && !name.ends_with(['.', ',', '!', '?', ':', '"', '\u{201D}']);
    // `kerensa 🥐`: the emoji after the name is the poster's status, not the name.
    let name = name
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_end();
    (timed && named && !name.is_empty()).then_some(name)
}

/// `Sunday, March 1st`, `Today`, `Yesterday`: the date divider between messages.
fn is_date_divider(text: &str) -> bool {
    let lower = normalized(text);
    let dated = lower.split_once(", ").is_some_and(|(day, date)| {
        WEEKDAYS.contains(&day)
            && date
                .split_whitespace()
                .next()
                .is_some_and(|month| MONTH_NAMES.contains(&month))
    });
    text.len() <= 40 && (matches!(lower.as_str(), "today" | "yesterday") || dated)
}

/// `3 replies  Last reply today at 10:14 PM`: a thread's summary under a message.
fn is_thread_summary(text: &str) -> bool {
    let lower = normalized(text);
    let Some((count, rest)) = lower.split_once(' ') else {
        return false;
    };
    text.len() <= 80
        && count.chars().all(|c| c.is_ascii_digit())
        && (rest.starts_with("replies") || rest.starts_with("reply"))
        && rest.contains("last reply")
}

/// A line of the channel's own among its messages: a date divider, a thread's summary,
/// `View thread`, the message box (`Message #fic-share`).
fn is_channel_line(text: &str) -> bool {
    let lower = normalized(text);
    is_date_divider(text)
        || is_thread_summary(text)
        || lower == "view thread"
        || lower
            .strip_prefix("message #")
            .is_some_and(|channel| !channel.is_empty() && !channel.contains(' '))
}

/// Whether a paste is a Slack channel's: a message's header at the top, and a part mark
/// or a reaction (see [`discord::is_channel`]).
pub(crate) fn is_channel(texts: &[&str]) -> bool {
    discord::is_channel_of(texts, &SLACK)
}

/// Reads a Slack channel's paste (see [`discord::read_channel`]).
pub(crate) fn read_channel(texts: &[&str], chrome: &mut Chrome) {
    discord::read_channel_of(texts, &SLACK, chrome);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::chrome::Role;

    #[test]
    fn lines() {
        for (text, expected) in [
            ("kerensa \u{1F950}  9:02 PM", Some("kerensa")),
            ("jen.penrose  8:47 PM", Some("jen.penrose")),
            ("morgan_tre  21:10", Some("morgan_tre")),
            // A story's lines.
            ("She left at  9:02 PM", None),
            ("It was late.  9:02 PM", None),
            ("Nine o'clock  and still no bus", None),
        ] {
            assert_eq!(message_header(text), expected, "{text}");
        }
        assert!(is_channel_line("Sunday, March 1st"));
        assert!(is_channel_line("3 replies  Last reply today at 10:14 PM"));
        assert!(is_channel_line("View thread"));
        assert!(is_channel_line("Message #fic-share"));
        assert!(!is_channel_line("Sunday, she said, was for rest."));
    }

    /// The bug: a Slack channel was read whole: the workspace and channel as a heading,
    /// the chat over the fic as one paragraph, the first header and the fic's title
    /// glued to its first line, and every header, part mark, reaction, reply and the
    /// message box as narration.
    #[test]
    fn a_channel_is_read_as_its_writers_parts() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Harbour Fans",
            "# fic-share",
            "12",
            "Post your fic here!",
            "Sunday, March 1st",
            "gull_reader  8:47 PM",
            "is it tonight??",
            "ros.penn  8:49 PM",
            "YES. set after 2x04 \"The Tide Table\" so spoilers!!",
            "ros.penn  9:02 PM",
            "*Low Water* (Harbour Lights, 1k, gen) [1/2]",
            "\u{2018}Pull,\u{2019} said Femi.",
            "\u{2764}\u{FE0F} 9  \u{1F967} 4",
            "ros.penn  9:03 PM",
            "[2/2]",
            "They pulled.",
            "3 replies  Last reply today at 10:14 PM",
            "View thread",
            "gull_reader  9:08 PM",
            "> \u{2018}Pull,\u{2019} said Femi.",
            "ros.penn  9:10 PM",
            "@gull_reader thank u for reading!!",
            "Message #fic-share",
        ];
        assert!(is_channel(&texts));
        Chrome::read_by(&texts, read_channel)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, N, C, H, S, C, C, C, S, C, C, C, C, C, N, C,
            ])
            .assert_title("Low Water")
            .assert_author("ros.penn");
        // A chat fic's lines with two spaces before a time, and no part or reaction,
        // are a story's.
        assert!(!is_channel(&[
            "Mara  9:02 PM",
            "are you up",
            "Jonah  9:03 PM",
            "always"
        ]));
    }
}
