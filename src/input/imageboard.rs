//! A fic written live in an imageboard thread (4chan's /tg/, /a/, /lit/ and the boards
//! that copy its layout) and copied from the thread's page: the board's title and menus
//! over it (`/tg/ - Traditional Games`, `[Home] [Settings] [Search]`, `[Return]
//! [Catalog] [Bottom]`), then posts, each under a header line — name, tripcode, date
//! and post number, with the replies' links after it (`Galley Anon !Qm7rTz0pE
//! 03/09/24(Sat)22:14:51 No.91234567 ▶>>91234571 >>91234574`) — and, in a post, the
//! links it answers (`>>91234567`), its image (`File: cat.png (412 KB, 1000x812)` and
//! the file's name under it) and its text, where a line opening with `>` is greentext:
//! the writer's `>be me` lines, and the lines of the story the readers quote back.
//!
//! In: a paste's paragraphs (a block with a post header in it is cut line by line, so
//! every line of a post is a paragraph). Out: the roles of its paragraphs, and the cuts
//! that take the `>` off the writer's greentext lines. The story is the writer's posts
//! — the first poster's, and every post under the same tripcode or, without one, the
//! same name that is not the board's `Anonymous` — with the `>` of its greentext not
//! spoken and its quotes (`>"Victory," he says`) read as any quote. The writer's talk
//! to the thread (`Writefag thread. New story…`, `Cat is fed. Continuing.`, what
//! follows the story's `End.`) is notes; headers, links, files, the board's lines and
//! the others' posts, which greentext the story's lines back, are the page's, and
//! their quotes are no one's dialogue.

use super::chrome::{normalized, starts_with_quote, talks_to_readers, Chrome, Role};

/// How far down the paste the first post's header may stand (paragraphs): the
/// board's title and menus come over it, nothing longer.
const THREAD_TOP: usize = 12;

/// The longest paragraph of a post's opening taken for the writer's talk to the thread
/// (bytes): a line or two, never a paragraph of the story.
const MAX_ASIDE: usize = 240;

/// A post's header: who posted it, and where it ends in its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    /// The tripcode (`!Qm7rTz0pE`), or the name when there is none.
    pub poster: String,
    /// The name alone (`Galley Anon`, `Anonymous`).
    pub name: String,
    /// Whether a tripcode says who posted it.
    pub trip: bool,
}

/// `03/09/24(Sat)22:14:51`, `03/09/24(Sat)22:14`: an imageboard's date and time,
/// written as one word.
fn is_post_date(word: &str) -> bool {
    let Some((date, rest)) = word.split_once('(') else {
        return false;
    };
    let Some((day, time)) = rest.split_once(')') else {
        return false;
    };
    let numbers = |text: &str, separator: char, counts: &[usize]| {
        let parts: Vec<&str> = text.split(separator).collect();
        counts.contains(&parts.len())
            && parts.iter().all(|part| {
                (1..=4).contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit())
            })
    };
    numbers(date, '/', &[3])
        && day.len() == 3
        && day.chars().all(char::is_alphabetic)
        && numbers(time, ':', &[2, 3])
}

/// `No.91234567`: a post's number.
fn is_post_number(word: &str) -> bool {
    word.strip_prefix("No.")
        .or_else(|| word.strip_prefix("No"))
        .is_some_and(|number| number.len() >= 3 && number.chars().all(|c| c.is_ascii_digit()))
}

/// `>>91234567`, `▶>>91234571`, `>>>/tg/91234567`: a link to a post, in a header or a
/// post, with `(OP)` or `(You)` after it when the page shows them.
fn is_link(word: &str) -> bool {
    let word = word.trim_start_matches('\u{25B6}');
    if matches!(word, "\u{25B6}" | "" | "(OP)" | "(You)" | "(Cross-thread)") {
        return true;
    }
    let Some(target) = word.strip_prefix(">>") else {
        return false;
    };
    let target = target.strip_prefix('>').unwrap_or(target);
    !target.is_empty()
        && target
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || character == '/')
        && target.chars().any(|character| character.is_ascii_digit())
}

/// A post's header line: a name (and a subject, a tripcode, an ID), the date and time
/// as one word, the post number, then nothing but links to the replies.
pub(crate) fn header(text: &str) -> Option<Header> {
    let text = text.trim();
    if text.len() > 400 || !text.contains("No") {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let number = words.iter().position(|word| is_post_number(word))?;
    let date = words[..number]
        .iter()
        .rposition(|word| is_post_date(word))?;
    if date == 0 || !words[number + 1..].iter().all(|word| is_link(word)) {
        return None;
    }
    let before = &words[..date];
    let trip = before
        .iter()
        .find(|word| word.starts_with('!') && word.len() > 1);
    let id_at = before.iter().position(|word| *word == "(ID:");
    let name_words: Vec<&str> = before[..id_at.unwrap_or(before.len())]
        .iter()
        .filter(|word| !word.starts_with('!'))
        .copied()
        .collect();
    let name = name_words.join(" ");
    Some(Header {
        poster: trip.map_or_else(|| name.clone(), |trip| trip.to_string()),
        name,
        trip: trip.is_some(),
    })
}

/// A line of nothing but links to posts: `>>91234567`, `>>91234611 >>91234622`.
pub(crate) fn is_link_line(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    words.peek().is_some() && words.all(is_link)
}

/// Image extensions a post's file may have.
const FILE_TYPES: &[&str] = &[".png", ".jpg", ".jpeg", ".gif", ".webm", ".webp", ".mp4"];

/// `galley_cat.png`: a file's name alone on its line.
fn is_file_name(text: &str) -> bool {
    let text = text.trim().to_ascii_lowercase();
    !text.contains(' ') && FILE_TYPES.iter().any(|kind| text.ends_with(kind))
}

/// `File: galley_cat.png (412 KB, 1000x812)`: a post's image line.
pub(crate) fn is_file_line(text: &str) -> bool {
    let text = text.trim();
    text.strip_prefix("File:").is_some_and(|rest| {
        let rest = rest.trim();
        let name = rest.split(" (").next().unwrap_or_default();
        (is_file_name(name) || rest.starts_with("deleted"))
            && (rest.ends_with(')') || rest.starts_with("deleted"))
    })
}

/// `[Home] [Settings] [Search] [Mobile]`: the board's menu, every word in brackets.
pub(crate) fn is_menu_line(text: &str) -> bool {
    let text = text.trim();
    if !text.starts_with('[') || !text.ends_with(']') || text.len() > 200 {
        return false;
    }
    text.split(']')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .all(|item| {
            item.strip_prefix('[').is_some_and(|word| {
                !word.is_empty()
                    && word.len() <= 20
                    && !word.contains('[')
                    && word.chars().all(|c| c.is_alphanumeric() || c == ' ')
            })
        })
}

/// A line laid out by the board, which the plain-text reader keeps a paragraph of its
/// own: a post's header.
pub(crate) fn is_layout_line(text: &str) -> bool {
    header(text).is_some()
}

/// Whether a paste is a thread copied from an imageboard: two posts' headers or more,
/// the first near the top. A story cannot write a header by chance: the date and post
/// number are the board's.
pub(crate) fn is_thread(texts: &[&str]) -> bool {
    // Asked of every paste: a cheap look for a post number first.
    if !texts.iter().any(|text| text.contains(" No.")) {
        return false;
    }
    let mut headers = texts
        .iter()
        .enumerate()
        .filter(|(_, text)| header(text).is_some());
    let first = headers.next().map(|(index, _)| index);
    first.is_some_and(|first| first <= THREAD_TOP) && headers.next().is_some()
}

/// Words of the writer talking to the thread about the writing, in a post's opening.
const THREAD_WORDS: &[&str] = &[
    "writefag",
    "thread",
    "greentext",
    "prose",
    "posting",
    "post",
    "cliffhanger",
    "continuing",
    "continued",
    "archive",
    "bump",
    "bumping",
    "writing",
    "arc",
    "recap",
    "anons",
    "/tg/",
];

/// Whether a paragraph that opens a writer's post is the writer talking to the thread:
/// short, not opening with a quote, and about the writing (`Greentext is killing me, switching to
/// prose`, `Cat is fed. Continuing.`) or to the readers.
fn is_aside(text: &str) -> bool {
    let text = text.trim();
    if text.len() > MAX_ASIDE || starts_with_quote(text) {
        return false;
    }
    let lower = normalized(text);
    let words: Vec<&str> = lower
        .split(|character: char| !(character.is_alphanumeric() || character == '/'))
        .filter(|word| !word.is_empty())
        .collect();
    talks_to_readers(text) || words.iter().any(|word| THREAD_WORDS.contains(word))
}

/// Whether a line of the story ends it: `End.`, `The End`, `fin`.
fn is_story_end(text: &str) -> bool {
    let letters: String = text
        .chars()
        .filter(|character| character.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    text.trim().len() <= 24 && matches!(letters.as_str(), "end" | "theend" | "fin")
}

/// Reads a thread copied from an imageboard: sets every paragraph's role, and the
/// cuts of the greentext marks on the writer's lines that are read.
pub(crate) fn read_thread(texts: &[&str], chrome: &mut Chrome) {
    let headers: Vec<(usize, Header)> = texts
        .iter()
        .enumerate()
        .filter_map(|(index, text)| header(text).map(|header| (index, header)))
        .collect();
    let Some((first, op)) = headers.first().cloned() else {
        return;
    };
    // An anonymous first poster is known by the first post alone.
    let anonymous = !op.trip && op.name.eq_ignore_ascii_case("anonymous");
    if !anonymous {
        chrome.author.get_or_insert_with(|| op.name.clone());
    }
    let roles = &mut chrome.roles;
    roles[..first].fill(Role::Chrome);
    let mut ended = false;
    for (position, (start, header)) in headers.iter().enumerate() {
        let end = headers
            .get(position + 1)
            .map_or(texts.len(), |(next, _)| *next);
        roles[*start] = Role::Chrome;
        let writer = if anonymous {
            position == 0
        } else {
            header.poster == op.poster
        };
        let mut opening = true;
        let mut file = false;
        for index in start + 1..end {
            let text = texts[index].trim();
            if !writer
                || is_link_line(text)
                || is_file_line(text)
                || is_menu_line(text)
                || file && is_file_name(text)
            {
                file = is_file_line(text);
                roles[index] = Role::Chrome;
                continue;
            }
            file = false;
            if roles[index] != Role::Story {
                opening = false;
                continue;
            }
            let greentext = text.starts_with('>');
            if greentext {
                let lead = texts[index].len() - texts[index].trim_start().len();
                let after = text[1..].len() - text[1..].trim_start().len();
                chrome.cuts[index] += lead + 1 + after;
            }
            if ended || opening && !greentext && is_aside(text) {
                roles[index] = Role::Note;
            } else {
                opening = false;
            }
            ended |= is_story_end(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, header, link, file, menu) in [
            (
                "Quill Anon !Xy7Tz0pE 05/11/23(Thu)19:02:44 No.8812345 ▶>>8812350 >>8812351",
                true,
                false,
                false,
                false,
            ),
            (
                "Anonymous 05/11/23(Thu)19:03:10 No.8812350",
                true,
                false,
                false,
                false,
            ),
            (
                "Anonymous (ID: k3Rr9aQ1) 05/11/23(Thu)19:03 No.8812350",
                true,
                false,
                false,
                false,
            ),
            (
                "Mole Story Thread Anonymous 05/11/23(Thu)19:03:10 No.8812350",
                true,
                false,
                false,
                false,
            ),
            (">>8812345", false, true, false, false),
            (">>8812345 >>8812346", false, true, false, false),
            (">>>/lit/8812345", false, true, false, false),
            ("File: mole.jpg (88 KB, 640x480)", false, false, true, false),
            (
                "[Home] [Settings] [Search] [Mobile]",
                false,
                false,
                false,
                true,
            ),
            (
                "[Return] [Catalog] [Bottom] [Update] [Auto]",
                false,
                false,
                false,
                true,
            ),
            // A story's lines.
            ("No. 5 was the quiet one.", false, false, false, false),
            (
                "He wrote 05/11/23(Thu)19:03 on the form and then No.8812350 under it, and left.",
                false,
                false,
                false,
                false,
            ),
            (">be me", false, false, false, false),
            (">>>", false, false, false, false),
            ("File: the Harrow case (closed)", false, false, false, false),
            ("[Redacted] was all it said.", false, false, false, false),
        ] {
            assert_eq!(super::header(text).is_some(), header, "{text}");
            assert_eq!(is_link_line(text), link, "{text}");
            assert_eq!(is_file_line(text), file, "{text}");
            assert_eq!(is_menu_line(text), menu, "{text}");
        }
        let named =
            super::header("Quill Anon !Xy7Tz0pE 05/11/23(Thu)19:02:44 No.8812345").expect("header");
        assert_eq!(named.name, "Quill Anon");
        assert_eq!(named.poster, "!Xy7Tz0pE");
    }

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_thread)
    }

    /// The bug: a fic written live in a 4chan thread was read whole — the board's menus,
    /// every post's header glued to the post's first lines, the greentext's `>` marks,
    /// the writer's talk to the thread, and the others' replies, whose greentexted
    /// quotes of the story were voiced as dialogue.
    #[test]
    fn a_thread_is_read_as_the_writers_posts() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "/lit/ - Literature",
            "[Home] [Settings] [Search] [Mobile]",
            "Quill Anon !Xy7Tz0pE 05/11/23(Thu)19:02:44 No.8812345 ▶>>8812350",
            "File: mole.jpg (88 KB, 640x480)",
            "mole.jpg",
            "Writing thread. Mole story, posting as I go.",
            "Anonymous 05/11/23(Thu)19:03:10 No.8812350",
            ">>8812345",
            ">\"Mole story\"",
            "based",
            "Quill Anon !Xy7Tz0pE 05/11/23(Thu)19:09:51 No.8812361",
            ">>8812350",
            ">be mole",
            ">\"Dig,\" says the foreman",
            "The tunnel was cold. \"Again,\" he said.",
            "Anonymous 05/11/23(Thu)19:10:30 No.8812370",
            ">>8812361",
            ">\"Dig,\" says the foreman",
            "lol",
            "Quill Anon !Xy7Tz0pE 05/11/23(Thu)19:30:02 No.8812388",
            "Back. Continuing.",
            "The mole dug.",
            "End.",
            "Quill Anon !Xy7Tz0pE 05/11/23(Thu)19:31:12 No.8812390",
            "Thanks for reading.",
        ];
        let chrome = read(&texts)
            .assert_roles(&[
                C, C, C, C, C, N, C, C, C, C, C, C, S, S, S, C, C, C, C, C, N, S, S, C, N,
            ])
            .assert_author("Quill Anon");
        assert_eq!(chrome.cuts[12], 1);
        assert_eq!(chrome.cuts[13], 1);
        assert_eq!(chrome.cuts[14], 0);
    }

    /// An anonymous writer is known by the first post; the others' posts are replies.
    #[test]
    fn an_anonymous_writer_is_the_first_poster() {
        use Role::{Chrome as C, Story as S};
        let texts = [
            "Anonymous 05/11/23(Thu)19:02:44 No.8812345",
            "The mole dug.",
            "Anonymous 05/11/23(Thu)19:03:10 No.8812350",
            "more",
        ];
        read(&texts).assert_roles(&[C, S, C, C]);
        assert_eq!(read(&texts).author, None);
    }

    #[test]
    fn threads() {
        let thread = [
            "[Home] [Settings]",
            "Anonymous 05/11/23(Thu)19:02:44 No.8812345",
            "The mole dug.",
            "Anonymous 05/11/23(Thu)19:03:10 No.8812350",
            "more",
        ];
        assert!(is_thread(&thread));
        // One header is a post quoted in a story, not a thread.
        assert!(!is_thread(&thread[..3]));
        // A story whose lines mention a post number.
        let story = [
            "She read the post. No.8812345, it said.",
            ">be me, she typed, and deleted it.",
        ];
        assert!(!is_thread(&story));
    }
}
