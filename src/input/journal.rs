//! A fic posted in a journal's comments (a LiveJournal or Dreamwidth kink meme's fill)
//! and copied from the thread's page: the community's entry over the thread (its name,
//! the entry's title, byline and date, buttons, the prompts post, `Tags:`, `Comments:
//! 812`, `Expand Cut Tags`, `This is a thread. View the entire entry.`), then comments,
//! each a subject line (`FILL: Three Minutes (1/5)`, `Re: FILL: Three Minutes (1/5)`,
//! the prompt's `Lowe/Sefton, speed dating AU`), the poster (`(Anonymous)` or a user
//! name), a time stamp (`2009-10-06 11:47 pm (UTC)`), the text and the buttons
//! (`(Reply) (Parent) (Thread)`).
//!
//! In: a paste's paragraphs (a block with a time stamp in it is cut line by line). Out:
//! the roles of its paragraphs, the cuts that leave the fill's title alone on its
//! subject line, and the title. The story is the comments whose subject marks a fill
//! (`FILL:`, `Fill`, a part `(2/5)`) and not a reply (`Re:`): their text, less the
//! filler's note over the first part's separator, the `(cont.)` lines and what follows
//! the story's `~ end ~` (notes). Everything else — the entry, the prompt, the subjects,
//! posters, stamps and buttons, the readers' replies that quote the story's lines back
//! — is the page's, and the replies' quotes are no one's dialogue.

use super::chrome::{is_line_not_sentence, is_user_name, starts_with_quote, Chrome, Role};
use super::page;
use super::plain::is_scene_break;

/// How many paragraphs over the first part's separator may be the filler's note.
const NOTE_REACH: usize = 3;

/// The longest subject line (bytes).
const MAX_SUBJECT: usize = 160;

/// `(Anonymous)` or a user name: who posted a comment, on the line over its stamp.
fn is_poster(text: &str) -> bool {
    let text = text.trim();
    text.eq_ignore_ascii_case("(anonymous)") || is_user_name(text)
}

/// Where a comment's stamp is: a time stamp with its poster over it.
fn is_stamp(texts: &[&str], index: usize) -> bool {
    index > 0 && page::is_timestamp_line(texts[index]) && is_poster(texts[index - 1])
}

/// `(Reply) (Parent) (Thread)`, `(Reply) (Thread) (Link)`: a comment's buttons.
fn is_buttons(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("(Reply)")
        && text
            .split(')')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .all(|item| {
                item.strip_prefix('(')
                    .is_some_and(|word| word.chars().all(|c| c.is_alphabetic() || c == ' '))
            })
}

/// A subject line: short, no sentence.
fn is_subject(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_SUBJECT
        && (is_line_not_sentence(text, MAX_SUBJECT) || text.ends_with(')'))
        && !is_buttons(text)
}

/// `(2/5)`, `(1/?)`, `[3/3]`: a part's number at the end of a subject.
fn part_mark(subject: &str) -> Option<usize> {
    let subject = subject.trim_end();
    let close = subject.chars().next_back()?;
    let open = match close {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let at = subject.rfind(open)?;
    let inner = &subject[at + 1..subject.len() - 1];
    let (part, of) = inner.split_once('/')?;
    let number = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_digit());
    (number(part.trim()) && (number(of.trim()) || of.trim() == "?")).then_some(at)
}

/// The title in a fill's subject, and where it starts: `FILL: Three Minutes (1/5)` →
/// `Three Minutes`. `None` for a subject that marks no fill, or a reply's (`Re:`).
fn fill_title(subject: &str) -> Option<(usize, &str)> {
    let trimmed = subject.trim();
    let lower = trimmed.to_lowercase();
    if lower.starts_with("re:") {
        return None;
    }
    let lead = subject.len() - subject.trim_start().len();
    let mut start = 0;
    for mark in ["fill:", "[fill]", "fill -", "fill"] {
        if lower.starts_with(mark) {
            start = mark.len();
            break;
        }
    }
    let end = part_mark(trimmed).unwrap_or(trimmed.len());
    if start == 0 && end == trimmed.len() {
        return None;
    }
    let title = trimmed[start.min(end)..end].trim();
    let title_start = lead + trimmed[..end].find(title).unwrap_or(start);
    Some((title_start, title))
}

/// A comment: its first line (the subject, or the poster when there is none), its
/// stamp and where it ends.
#[derive(Debug, Clone, Copy)]
struct Comment {
    start: usize,
    stamp: usize,
    end: usize,
}

fn comments(texts: &[&str]) -> Vec<Comment> {
    let stamps: Vec<usize> = (1..texts.len())
        .filter(|&index| is_stamp(texts, index))
        .collect();
    let starts: Vec<usize> = stamps
        .iter()
        .map(|&stamp| {
            let poster = stamp - 1;
            if poster > 0 && is_subject(texts[poster - 1]) && !is_stamp(texts, poster - 1) {
                poster - 1
            } else {
                poster
            }
        })
        .collect();
    stamps
        .iter()
        .zip(&starts)
        .enumerate()
        .map(|(position, (&stamp, &start))| Comment {
            start,
            stamp,
            end: starts.get(position + 1).copied().unwrap_or(texts.len()),
        })
        .collect()
}

/// Whether a paste is a thread of a journal's comments with a fill among them: three
/// comments or more, their buttons, and a comment whose subject marks a fill.
pub(crate) fn is_thread(texts: &[&str]) -> bool {
    // Asked of every paste: a comment's buttons first, before anything is allocated.
    if !texts.iter().any(|text| is_buttons(text)) {
        return false;
    }
    let comments = comments(texts);
    comments.len() >= 3
        && comments.iter().any(|comment| {
            comment.start + 1 < comment.stamp && fill_title(texts[comment.start]).is_some()
        })
}

/// Reads a journal's comment thread with a fill in it: sets every paragraph's role,
/// the cuts that leave the first part's title alone, and the title.
pub(crate) fn read_thread(texts: &[&str], chrome: &mut Chrome) {
    let comments = comments(texts);
    let Some(first) = comments.first() else {
        return;
    };
    chrome.roles[..first.start].fill(Role::Chrome);
    let mut titled = false;
    let mut noted = false;
    let mut ended = false;
    for comment in &comments {
        let subject = (comment.start + 1 < comment.stamp).then_some(comment.start);
        let fill = subject.and_then(|at| fill_title(texts[at]));
        chrome.roles[comment.start..=comment.stamp].fill(Role::Chrome);
        let body = comment.stamp + 1..comment.end;
        let Some((title_start, title)) = fill else {
            chrome.roles[body].fill(Role::Chrome);
            continue;
        };
        if let (false, Some(at)) = (titled, subject) {
            // The first part's subject heads the story, as its title alone.
            titled = true;
            chrome.roles[at] = Role::Heading;
            chrome.cuts[at] += title_start;
            chrome.end_cuts[at] = texts[at].len() - (title_start + title.len());
            chrome.title.get_or_insert_with(|| title.to_string());
        }
        // The filler's note over the first part's separator.
        if !noted {
            noted = true;
            let separator = body
                .clone()
                .take(NOTE_REACH + 1)
                .find(|&index| is_scene_break(texts[index]));
            if let Some(separator) = separator {
                let note = comment.stamp + 1..separator;
                if note.clone().all(|index| !starts_with_quote(texts[index])) {
                    chrome.roles[note].fill(Role::Note);
                }
            }
        }
        for index in body {
            let text = texts[index].trim();
            if is_buttons(text) || is_continued(text) {
                chrome.roles[index] = Role::Chrome;
            } else if page::is_end_mark(text) {
                chrome.roles[index] = Role::Chrome;
                ended = true;
            } else if ended && chrome.roles[index] == Role::Story {
                chrome.roles[index] = Role::Note;
            }
        }
    }
}

/// `(cont. in next comment)`, `(cont.)`, `(continued)`, `[cont'd below]`: a short
/// bracket, no clause of a sentence.
fn is_continued(text: &str) -> bool {
    let text = text.trim();
    let inner = text
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
        .or_else(|| {
            text.strip_prefix('[')
                .and_then(|rest| rest.strip_suffix(']'))
        });
    inner.is_some_and(|inner| {
        let lower = inner.to_lowercase();
        inner.len() <= 24
            && !inner.contains(',')
            && ["cont.", "cont'd", "continued"]
                .iter()
                .any(|mark| lower.starts_with(mark))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, buttons, continued) in [
            ("(Reply) (Parent) (Thread)", true, false),
            ("(Reply) (Thread) (Link)", true, false),
            ("(cont. in next comment)", false, true),
            ("(cont.)", false, true),
            ("[continued below]", false, true),
            // A story's lines.
            ("(Reply, she thought. Reply to him.)", false, false),
            ("(continued on the back, the note said)", false, false),
        ] {
            assert_eq!(is_buttons(text), buttons, "{text}");
            assert_eq!(is_continued(text), continued, "{text}");
        }
        for (subject, title) in [
            ("FILL: Three Minutes (1/5)", Some("Three Minutes")),
            ("Fill: The Kettle", Some("The Kettle")),
            ("The Kettle (2/3)", Some("The Kettle")),
            ("Re: FILL: Three Minutes (1/5)", None),
            ("Lowe/Sefton, speed dating AU", None),
        ] {
            assert_eq!(
                fill_title(subject).map(|(_, title)| title),
                title,
                "{subject}"
            );
        }
        let subject = "FILL: The Kettle (1/2)";
        let (start, title) = fill_title(subject).expect("title");
        assert_eq!(&subject[start..start + title.len()], "The Kettle");
    }

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_thread)
    }

    /// The bug: a kink meme's thread was read whole — the community's entry, every
    /// comment's subject and `(Anonymous)`, the prompt, the filler's note and
    /// `(cont.)` lines, and the readers' replies, whose quotes of the story were voiced
    /// as dialogue.
    #[test]
    fn a_thread_is_read_as_the_fill() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "kettle_meme",
            "Prompts go here! Fill with \"FILL:\" in the subject.",
            "Comments: 40",
            "Wren/Pell, kettle AU",
            "(Anonymous)",
            "2010-02-01 09:10 pm (UTC)",
            "They share a kettle. \"Mine,\" says Wren.",
            "(Reply) (Thread)",
            "FILL: The Kettle (1/2)",
            "(Anonymous)",
            "2010-02-02 01:00 am (UTC)",
            "First fill, be kind.",
            "~",
            "The kettle sang. \"Mine,\" said Wren.",
            "(cont.)",
            "(Reply) (Parent) (Thread)",
            "Re: FILL: The Kettle (1/2)",
            "(Anonymous)",
            "2010-02-02 01:10 am (UTC)",
            "\"Mine,\" said Wren. I AM SCREAMING.",
            "(Reply) (Parent) (Thread)",
            "FILL: The Kettle (2/2)",
            "(Anonymous)",
            "2010-02-02 02:00 am (UTC)",
            "\"Ours,\" said Pell.",
            "~ end ~",
            "Thank you for reading!",
            "(Reply) (Parent) (Thread)",
        ];
        let chrome = read(&texts)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, H, C, C, N, S, S, C, C, C, C, C, C, C, C, C, C, S, C, N, C,
            ])
            .assert_title("The Kettle");
        assert_eq!(
            &texts[8][chrome.cuts[8]..texts[8].len() - chrome.end_cuts[8]],
            "The Kettle"
        );
        assert!(is_thread(&texts));
    }

    #[test]
    fn threads() {
        // A journal entry's comments with no fill among them: left to the page's tail.
        let comments = [
            "The story.",
            "reader_one",
            "2010-02-02 01:10 am (UTC)",
            "Loved it!",
            "(Reply) (Thread)",
            "writer",
            "2010-02-02 01:12 am (UTC)",
            "Thank you!",
            "(Reply) (Parent) (Thread)",
            "reader_two",
            "2010-02-02 01:20 am (UTC)",
            "More please.",
            "(Reply) (Thread)",
        ];
        assert!(!is_thread(&comments));
    }
}
