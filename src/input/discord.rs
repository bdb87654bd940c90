//! A fic pasted from a Discord channel: the channel's name (`#fic-corner`) and topic,
//! then messages, each under its header (`moth_and_ember — Today at 9:14 PM`,
//! `Yesterday at …`, `03/14/2024 9:14 PM`), one line a paragraph and no blank lines.
//! The writer posts the story in parts (`[1/5]` … `[5/5] last one!!`) among chat of
//! their own (`ok posting the fic here in chunks…`, `@juniper sorry not sorry`); the
//! others' messages quote it (`"there's nothing to warn" oh no`); reactions stand under
//! a message, an emoji on one line and its count on the next; `(edited)` is glued to a
//! message's last line.
//!
//! In: a paste's paragraphs (a block with a message header in it is cut line by line).
//! Out: the roles of its paragraphs, and the cuts that take part marks, time stamps and
//! `(edited)` off the story's lines. The story is the writer's messages from each part
//! mark to the message's end (the writer is the one who numbers parts, or failing
//! that, who posts the most); the writer's other lines are notes; everything else —
//! the channel's name and topic, headers, others' messages, part marks, reactions —
//! is the channel's, and others' quotes of the story are no one's dialogue. A Slack
//! channel is read the same way in its own form (see [`ChannelForm`] and
//! [`super::slack`]), where a part mark may also end the title line over a part
//! (`*Crimp* (…) [1/4]`, read as the heading `Crimp`).

use super::chrome::{
    is_emoji, is_line_not_sentence, normalized, starts_with_quote, talks_to_readers, voice, Chrome,
    Role, Voice, MAX_CASUAL_LENGTH,
};
use super::page::{is_clock, is_numeric_date, WEEKDAYS};
use super::reddit::part_mark;

/// The longest display name Discord allows (characters).
const MAX_NAME: usize = 32;

/// The longest title line over a part (bytes).
const MAX_TITLE: usize = 120;

/// How a chat app's channel is copied: its message headers, how many paragraphs may
/// stand over the first one (the channel's name and topic), and the lines of its own
/// among the messages (Slack's date dividers, thread summaries, message box).
pub(crate) struct ChannelForm {
    /// A message's header: the poster's name.
    pub header: for<'a> fn(&'a str) -> Option<&'a str>,
    /// How many paragraphs may stand over the first message.
    pub top: usize,
    /// A line of the channel's own among the messages.
    pub is_channel_line: fn(&str) -> bool,
}

/// How a Discord channel is copied.
const DISCORD: ChannelForm = ChannelForm {
    header: message_header,
    top: CHANNEL_TOP,
    is_channel_line: |_| false,
};

/// `moth_and_ember — Today at 9:14 PM`: a message's header; the poster's name.
pub(crate) fn message_header(text: &str) -> Option<&str> {
    let text = text.trim();
    // Asked of every line: a header ends with its time (`9:14 PM`, `21:14`).
    let meridiem = text
        .get(text.len().saturating_sub(2)..)
        .is_some_and(|end| end.eq_ignore_ascii_case("am") || end.eq_ignore_ascii_case("pm"));
    if text.len() > 100 || !meridiem && !text.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (name, time) = text
        .rsplit_once(" \u{2014} ")
        .or_else(|| text.rsplit_once(" \u{2013} "))?;
    let name = name.trim();
    let named = !name.is_empty()
        && name.chars().count() <= MAX_NAME
        && name.split_whitespace().count() <= 4
        && !name.ends_with(['.', ',', '!', '?', '"', '\u{201D}']);
    (named && is_post_time(time)).then_some(name)
}

/// When a message was posted: `Today at 9:14 PM`, `Yesterday at 21:14`, `03/14/2024
/// 9:14 PM`, `14.03.2024 21:14`, `3/14/24, 9:14 PM`.
fn is_post_time(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let meridiem = words
        .last()
        .is_some_and(|word| matches!(word.to_uppercase().as_str(), "AM" | "PM"));
    let clock_at = words.len().saturating_sub(1 + usize::from(meridiem));
    let Some(clock) = words.get(clock_at) else {
        return false;
    };
    is_clock(clock)
        && match &words[..clock_at] {
            [day, at] => {
                let day = day.to_lowercase();
                *at == "at"
                    && (matches!(day.as_str(), "today" | "yesterday")
                        || WEEKDAYS.contains(&day.as_str()))
            }
            [date] => is_numeric_date(date.trim_end_matches(',')),
            _ => false,
        }
}

/// `[9:14 PM]`: the time Discord copies before a message grouped under another's
/// header; where what follows it starts.
fn time_prefix(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    let words: Vec<&str> = inner[..close].split_whitespace().collect();
    let timed = match words.as_slice() {
        [clock] => is_clock(clock),
        [clock, meridiem] => {
            is_clock(clock) && matches!(meridiem.to_uppercase().as_str(), "AM" | "PM")
        }
        _ => false,
    };
    timed.then(|| text.len() - inner[close + 1..].trim_start().len())
}

/// A character of an emoji as it copies: the pictograph, and the marks that join or
/// colour it (variation selector, zero-width joiner, keycap).
fn is_emoji_part(character: char) -> bool {
    is_emoji(character) || matches!(character, '\u{FE0F}' | '\u{200D}' | '\u{20E3}')
}

/// A reaction's emoji as it copies: `🔥`, `❤️`, or a server's own `:kettle:`.
fn is_reaction_emoji(text: &str) -> bool {
    let text = text.trim();
    let custom = text.len() > 2
        && text.starts_with(':')
        && text.ends_with(':')
        && text[1..text.len() - 1]
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_');
    let pictographs = !text.is_empty() && text.chars().all(is_emoji_part);
    text.len() <= 40 && (custom || pictographs)
}

/// `3`: how many reacted.
fn is_reaction_count(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.len() <= 6 && text.chars().all(|c| c.is_ascii_digit())
}

/// `❤️ 9  🥧 4  😂 3`: reactions a line, each emoji before its count (Slack's).
fn is_reaction_row(text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    tokens.len() >= 4
        && tokens.len().is_multiple_of(2)
        && tokens
            .chunks(2)
            .all(|pair| is_reaction_emoji(pair[0]) && is_reaction_count(pair[1]))
}

/// Where a reaction that starts at `index` ends: the emoji, then its count on the next
/// line (or on the same one, `🔥 5`, with others after it, `❤️ 9  🥧 4`).
fn reaction_end(texts: &[&str], index: usize) -> Option<usize> {
    let text = texts[index].trim();
    if is_reaction_row(text) {
        return Some(index + 1);
    }
    if is_reaction_emoji(text) {
        return texts
            .get(index + 1)
            .is_some_and(|next| is_reaction_count(next))
            .then_some(index + 2);
    }
    let (last, character) = text
        .char_indices()
        .rev()
        .find(|(_, character)| !character.is_ascii_digit())?;
    let (emoji, count) = text.split_at(last + character.len_utf8());
    (is_reaction_emoji(emoji) && is_reaction_count(count)).then_some(index + 1)
}

/// `[2/5] The lamp room…`: a part mark opening a line; the part and where the rest of
/// the line starts. A line that is nothing but the mark gives its length.
fn leading_part(text: &str) -> Option<(usize, usize)> {
    if let Some(part) = part_mark(text) {
        return Some((part, text.len()));
    }
    let close = match text.chars().next()? {
        '[' => text.find(']')?,
        '(' => text.find(')')?,
        _ => return None,
    };
    // `[4/4 cont, sorry slack cut it]`: the mark, then the writer's aside in its bracket.
    let part = part_mark(&text[..=close]).or_else(|| {
        text[1..close]
            .split([' ', ','])
            .next()
            .filter(|mark| mark.contains('/'))
            .and_then(part_mark)
    })?;
    Some((part, text.len() - text[close + 1..].trim_start().len()))
}

/// `*Crimp* (Saffron Cake, Tam/Kit, 4.3k, gen) [1/4]`: a part mark ending a title line;
/// the part and the title's byte range, without its emphasis marks and the fic's
/// fields in brackets after it.
fn trailing_part(text: &str) -> Option<(usize, std::ops::Range<usize>)> {
    let trimmed = text.trim_end();
    let open = match trimmed.chars().last()? {
        ']' => trimmed.rfind('[')?,
        ')' => trimmed.rfind('(')?,
        _ => return None,
    };
    let part = part_mark(&trimmed[open..])?;
    let mut title = trimmed[..open].trim_end();
    if let Some(fields) = title.strip_suffix(')').and_then(|rest| rest.rfind(" (")) {
        title = title[..fields].trim_end();
    }
    let start = text.len() - text.trim_start().len();
    let mut range = start..start + title.trim_start().len();
    let marked = |mark: char| {
        text[range.clone()].len() > 2
            && text[range.clone()].starts_with(mark)
            && text[range.clone()].ends_with(mark)
    };
    if marked('*') || marked('_') {
        range = range.start + 1..range.end - 1;
    }
    (!range.is_empty() && is_line_not_sentence(&text[range.clone()], MAX_TITLE))
        .then_some((part, range))
}

/// Whether a line holds a part mark, opening it or ending a title line.
fn has_part(text: &str) -> bool {
    leading_part(text).is_some() || trailing_part(text).is_some()
}

/// How many bytes of `(edited)` end a message's last line, glued or spaced.
fn edited_cut(text: &str) -> usize {
    let trimmed = text.trim_end();
    trimmed
        .strip_suffix("(edited)")
        .map_or(0, |rest| text.len() - rest.trim_end().len())
}

/// The writer talking to the channel: what talks to readers, or a line to someone
/// (`@juniper sorry not sorry`).
fn is_aside(text: &str) -> bool {
    talks_to_readers(text) || text.trim_start().starts_with('@')
}

/// A line of chat, not of a story: an aside, or a short line in a chat voice that no
/// character says (`last one!!`).
fn is_chat(text: &str) -> bool {
    is_aside(text)
        || text.len() <= MAX_CASUAL_LENGTH
            && !starts_with_quote(text)
            && voice(text) != Voice::Prose
}

/// How many paragraphs may stand over a channel's first message: its name and topic.
const CHANNEL_TOP: usize = 3;

/// Whether a paste is a Discord channel's: a message's header at the top, and a part
/// mark or a reaction. A story that shows a chat in the middle, or a chat fic (which
/// may have a channel's name and headers too), is left to be read as a story.
pub(crate) fn is_channel(texts: &[&str]) -> bool {
    is_channel_of(texts, &DISCORD)
}

/// [`is_channel`] for a chat app copied in `form`.
pub(crate) fn is_channel_of(texts: &[&str], form: &ChannelForm) -> bool {
    let Some(first) = texts
        .iter()
        .take(form.top + 1)
        .position(|text| (form.header)(text).is_some())
    else {
        return false;
    };
    // A chat fic written as a channel has its name and headers too, and its
    // posters are the story: only a fic posted in parts, or a copy with the
    // reactions under its messages, is a channel's paste.
    (first..texts.len()).any(|index| has_part(texts[index]) || reaction_end(texts, index).is_some())
}

/// A message: its header, the end of its lines, who posted it.
struct Message<'a> {
    header: usize,
    end: usize,
    poster: &'a str,
}

/// Reads a channel's paste: sets every paragraph's role, and the cuts of part marks,
/// time stamps and `(edited)` on the lines that are read; the writer is the author.
/// Notes already found in the writer's lines (`a/n: …`) stay notes.
pub(crate) fn read_channel(texts: &[&str], chrome: &mut Chrome) {
    read_channel_of(texts, &DISCORD, chrome);
}

/// [`read_channel`] for a chat app copied in `form`. A title line that a part mark ends
/// (`*Crimp* (…) [1/4]`) is read as a heading, without the mark and the fic's fields.
pub(crate) fn read_channel_of(texts: &[&str], form: &ChannelForm, chrome: &mut Chrome) {
    let headers: Vec<(usize, &str)> = texts
        .iter()
        .enumerate()
        .filter_map(|(index, text)| (form.header)(text).map(|name| (index, name)))
        .collect();
    let Some(&(first, _)) = headers.first() else {
        return;
    };
    let roles = &mut chrome.roles;
    // Over the first message a channel's paste has only the channel: its name and
    // topic, which a paste with few blank lines may run into one paragraph
    // (`#fic-corner Share your fics!`).
    if first <= form.top {
        roles[..first].fill(Role::Chrome);
    }
    let messages: Vec<Message> = headers
        .iter()
        .enumerate()
        .map(|(position, &(header, poster))| Message {
            header,
            end: headers
                .get(position + 1)
                .map_or(texts.len(), |&(next, _)| next),
            poster,
        })
        .collect();
    // The lines that are a message's words, not its header, reactions or time.
    let mut words = vec![false; texts.len()];
    for message in &messages {
        roles[message.header] = Role::Chrome;
        let mut index = message.header + 1;
        while index < message.end {
            if let Some(end) = reaction_end(texts, index).filter(|&end| end <= message.end) {
                roles[index..end].fill(Role::Chrome);
                index = end;
                continue;
            }
            let text = texts[index].trim();
            if time_prefix(text) == Some(text.len())
                || normalized(text) == "(edited)"
                || (form.is_channel_line)(text)
            {
                roles[index] = Role::Chrome;
            } else {
                words[index] = true;
            }
            index += 1;
        }
    }
    let writer = writer(texts, &messages, &words);
    chrome.author.get_or_insert_with(|| writer.to_string());
    let numbered = messages
        .iter()
        .filter(|message| message.poster == writer)
        .any(|message| {
            (message.header + 1..message.end).any(|index| words[index] && has_part(texts[index]))
        });
    // Without part marks, a message of nothing but chat is a note, while some other
    // message of the writer's is the story's.
    let chatty = |message: &Message| {
        (message.header + 1..message.end)
            .filter(|&index| words[index])
            .all(|index| is_chat(texts[index]))
    };
    let all_chat = messages
        .iter()
        .filter(|message| message.poster == writer)
        .all(chatty);
    let mut previous_in_story = false;
    for message in &messages {
        let lines: Vec<usize> = (message.header + 1..message.end)
            .filter(|&index| words[index])
            .collect();
        if message.poster != writer {
            for &index in &lines {
                roles[index] = Role::Chrome;
            }
            previous_in_story = false;
            continue;
        }
        // Unnumbered, a message goes on with the part above it when it follows it
        // straight and opens with no chat.
        let continues = previous_in_story
            && lines.first().is_some_and(|&index| {
                leading_part(texts[index]).is_none() && !is_chat(texts[index])
            });
        let mut in_story = if numbered {
            continues
        } else {
            all_chat || !chatty(message)
        };
        let mut story_lines = Vec::new();
        for &index in &lines {
            let text = texts[index];
            let cut = time_prefix(text).unwrap_or(0);
            let text = &text[cut..];
            chrome.cuts[index] += cut;
            chrome.end_cuts[index] = edited_cut(text);
            let role = match leading_part(text) {
                Some((_, end)) if end >= text.trim_end().len() => {
                    in_story = true;
                    Role::Chrome
                }
                Some((_, end)) => {
                    in_story = true;
                    chrome.cuts[index] += end;
                    if is_chat(&text[end..]) {
                        Role::Note
                    } else {
                        story_lines.push(index);
                        Role::Story
                    }
                }
                None => match trailing_part(text) {
                    Some((_, title)) => {
                        in_story = true;
                        chrome.cuts[index] += title.start;
                        chrome.end_cuts[index] = text.len() - title.end;
                        chrome
                            .title
                            .get_or_insert_with(|| text[title].trim().to_string());
                        Role::Heading
                    }
                    None if in_story => {
                        story_lines.push(index);
                        Role::Story
                    }
                    None => Role::Note,
                },
            };
            if roles[index] == Role::Story {
                roles[index] = role;
            }
        }
        // The writer's words under a part (`thank u all for reading 🥹`), and over an
        // unnumbered one, are notes.
        for &index in story_lines.iter().rev() {
            if !is_aside(texts[index]) {
                break;
            }
            roles[index] = Role::Note;
        }
        if !numbered {
            for &index in &story_lines {
                if !is_aside(texts[index]) {
                    break;
                }
                roles[index] = Role::Note;
            }
        }
        previous_in_story = story_lines
            .last()
            .is_some_and(|&index| roles[index] == Role::Story);
    }
}

/// The story's writer: who numbers the most parts, or failing that, who posts the most
/// text.
fn writer<'a>(texts: &[&str], messages: &[Message<'a>], words: &[bool]) -> &'a str {
    let mut tallies: Vec<(&str, usize, usize)> = Vec::new();
    for message in messages {
        let lines = (message.header + 1..message.end).filter(|&index| words[index]);
        let parts = lines
            .clone()
            .filter(|&index| has_part(texts[index]))
            .count();
        let size: usize = lines.map(|index| texts[index].len()).sum();
        match tallies
            .iter_mut()
            .find(|(poster, _, _)| *poster == message.poster)
        {
            Some((_, total_parts, total_size)) => {
                *total_parts += parts;
                *total_size += size;
            }
            None => tallies.push((message.poster, parts, size)),
        }
    }
    tallies
        .iter()
        .max_by_key(|(_, parts, size)| (*parts, *size))
        .map_or("", |(poster, _, _)| poster)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_headers() {
        for (text, expected) in [
            ("moth_and_ember — Today at 9:14 PM", Some("moth_and_ember")),
            ("juniper.jpg — Yesterday at 11:02 PM", Some("juniper.jpg")),
            ("Moth 🌙 — 03/14/2024 9:14 PM", Some("Moth 🌙")),
            ("crowfeather — 14.03.2024 21:14", Some("crowfeather")),
            ("crowfeather — 3/14/24, 9:14 PM", Some("crowfeather")),
            ("crowfeather — Monday at 9:14 PM", Some("crowfeather")),
            // A story's lines.
            ("She left — today at last.", None),
            ("The train — Today at 9:14 PM, she thought.", None),
            ("He said it plainly — at 9:14 PM", None),
        ] {
            assert_eq!(message_header(text), expected, "{text}");
        }
    }

    #[test]
    fn message_lines() {
        assert_eq!(leading_part("[2/5] The lamp room."), Some((2, 6)));
        assert_eq!(leading_part("[1/5]"), Some((1, 5)));
        assert_eq!(leading_part("[5/5] last one!!"), Some((5, 6)));
        assert_eq!(leading_part("[Quest updated]"), None);
        assert_eq!(leading_part("The [1/5] mark"), None);
        assert_eq!(edited_cut("went gold.(edited)"), "(edited)".len());
        assert_eq!(edited_cut("went gold. (edited)"), " (edited)".len());
        assert_eq!(edited_cut("went gold."), 0);
        assert_eq!(time_prefix("[9:14 PM] and then"), Some("[9:14 PM] ".len()));
        assert_eq!(time_prefix("[9:14 PM]"), Some("[9:14 PM]".len()));
        assert_eq!(time_prefix("[sic] and then"), None);
        for (texts, expected) in [
            (&["🕯\u{FE0F}", "4"][..], Some(2)),
            (&["❤\u{FE0F}", "12"][..], Some(2)),
            (&[":kettle:", "2"][..], Some(2)),
            (&["🔥 5"][..], Some(1)),
            (&["🔥5"][..], Some(1)),
            (&["🔥", "She ran."][..], None),
            (&["4"][..], None),
        ] {
            assert_eq!(reaction_end(texts, 0), expected, "{texts:?}");
        }
    }

    #[test]
    fn channels() {
        let story = "The lighthouse had been dark for nine winters.";
        let header = "moth_and_ember — Today at 9:02 PM";
        for (texts, expected) in [
            (&["#fic-corner", header, "[1/2]", story][..], true),
            // A chat fic: a channel's name and headers, every poster a character.
            (&["#avengers-chat", header, story, header, story][..], false),
            (&[header, "[1/2]", story][..], true),
            (&[header, story, "🔥", "3"][..], true),
            // A chat in a story, or a chat with nothing of a channel's paste.
            (&[story, story, story, story, header, "[1/2]"][..], false),
            (&[header, story, header, story][..], false),
        ] {
            assert_eq!(is_channel(texts), expected, "{texts:?}");
        }
    }

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_channel)
    }

    /// The bug: a fic pasted from a Discord channel was read whole: the channel's name
    /// as a heading, its topic, the headers, the others' messages (their quotes of the
    /// story voiced as dialogue), part marks, reactions and `(edited)`.
    #[test]
    fn a_channel_is_read_as_the_writers_parts() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "#fic-corner",
            "drop your fics here!! one per thread pls",
            "moth_and_ember — 03/14/2024 9:02 PM",
            "ok posting the fic here in chunks… it's for the \"snowed in\" prompt week",
            "juniper.jpg — 03/14/2024 9:03 PM",
            "@moth_and_ember go go go",
            "moth_and_ember — 03/14/2024 9:04 PM",
            "[1/3]",
            "The lighthouse had been dark for nine winters.",
            "\"There's nothing to warn,\" he said.",
            "🕯\u{FE0F}",
            "4",
            "crowfeather — Yesterday at 9:06 PM",
            "\"there's nothing to warn\" oh no",
            "moth_and_ember — Yesterday at 9:08 PM",
            "@juniper.jpg sorry not sorry",
            "[2/3] The lamp room smelled of salt.",
            "The light through the glass went gold.(edited)",
            "moth_and_ember — Today at 9:20 PM",
            "[3/3] last one!!",
            "A light answered.",
            "thank u all for reading 🥹",
            "🔥",
            "5",
        ];
        let chrome = read(&texts)
            .assert_roles(&[
                C, C, C, N, C, C, C, C, S, S, C, C, C, C, C, N, S, S, C, N, S, N, C, C,
            ])
            .assert_author("moth_and_ember");
        assert_eq!(chrome.cuts[16], "[2/3] ".len());
        assert_eq!(chrome.cuts[19], "[3/3] ".len());
        assert_eq!(chrome.end_cuts[17], "(edited)".len());
    }

    /// The bug: a channel's name and topic run into one paragraph (`#fic-dump Share
    /// your WIPs!`, no blank line between them) were read as narration.
    #[test]
    fn a_channel_name_run_into_its_topic_is_the_channels() {
        use Role::{Chrome as C, Story as S};
        let texts = [
            "#fic-corner drop your fics here!! one per thread pls",
            "moth_and_ember — Today at 9:04 PM",
            "[1/2] The lighthouse had been dark for nine winters.",
            "moth_and_ember — Today at 9:08 PM",
            "[2/2] The lamp room smelled of salt.",
        ];
        read(&texts).assert_roles(&[C, C, S, C, S]);
    }

    /// With no part marks, the story is the messages of the one who posts the most, but
    /// for their chat.
    #[test]
    fn unnumbered_the_writer_posts_the_most() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "moth_and_ember — Today at 9:02 PM",
            "ok here it is lol",
            "moth_and_ember — Today at 9:04 PM",
            "The lighthouse had been dark for nine winters when Ilse climbed it.",
            "She went anyway, with a tin of paraffin and a grudge.",
            "crowfeather — Today at 9:06 PM",
            "\"a grudge\" is so her",
            "moth_and_ember — Today at 9:08 PM",
            "At dusk she lit the wick, and far out a light answered.",
        ];
        read(&texts).assert_roles(&[C, N, C, S, S, C, C, C, S]);
    }
}
