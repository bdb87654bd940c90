//! What a fic sent by email and copied from a webmail app's page looks like, whichever
//! app shows it (Outlook on the web, Proton Mail): the app's menu over the mail; the
//! subject, the sender's initials, the sender (`Jas Kaur <jas@example.com>`) and the
//! mail's header under it (`To: …`, the date, the attachments: the file's name, its
//! size, `Download`); the mail (a greeting and the writer's intro over a separator, the
//! fic's title and header line, the fic, the writer's words under the last separator,
//! the sign-off); under it the app's line, the buttons and the message it answers,
//! quoted (`From:` over `Sent:`, `-----Original Message-----`, `On …, NAME <…> wrote:`).
//!
//! In: a paste's paragraphs, a line each, and what the app's own lines are (see
//! [`Webmail`]). Out: their roles, the fic's title and the sender's name (see
//! [`read_mail`]). Each app's reader says when a page is its own.

use super::chrome::{
    is_fic_fields, is_line_not_sentence, mark_page_tail, normalized, read_writers_post,
    starts_with_quote, take_author, Chrome, Role, MAX_NOTE_LENGTH,
};
use super::plain::is_scene_break;
use super::substack::intro;

/// How far down the mail's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest header line (bytes).
const MAX_LINE: usize = 300;

/// The longest sign-off under the mail (bytes).
const MAX_SIGN_OFF: usize = 30;

/// The attachments' buttons under the mail's header, a line each (lower case).
const ATTACHMENT_BUTTONS: &[&str] = &["download", "save to onedrive", "preview", "open"];

/// What one webmail app's page shows of its own around a mail.
pub(crate) struct Webmail {
    /// A line of the app's menu over the mail (its name, folders, buttons, counts).
    pub is_menu_line: fn(&str) -> bool,
    /// How many paragraphs over the sender the subject may stand (the initials, a
    /// folder's label between).
    pub subject_reach: usize,
    /// A line of the mail's header under the sender in the app's own form (its date, its
    /// banner, its buttons), besides the recipients and the attachments.
    pub is_header_line: fn(&str) -> bool,
    /// The app's line under the mail (`Get Outlook for Android`).
    pub is_app_line: fn(&str) -> bool,
}

/// `Jas Kaur <jas@example.com>`: the sender's line; the sender's name.
pub(crate) fn sender(text: &str) -> Option<&str> {
    let text = text.trim();
    let (name, address) = text.strip_suffix('>')?.rsplit_once(" <")?;
    let name = name.trim().trim_matches('"');
    (text.len() <= MAX_LINE && address.contains('@') && !address.contains(' ') && !name.is_empty())
        .then_some(name)
}

/// `To: You`, `Cc: …`: a header field under the sender.
fn is_recipients(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_LINE
        && ["To: ", "Cc: ", "Bcc: "]
            .iter()
            .any(|key| text.starts_with(key))
}

/// The attachments' block: the file's name (`notes.docx`), its size (`48 KB`), `Show all 1
/// attachment (48 KB)` and the buttons.
fn is_attachment_line(text: &str) -> bool {
    let lower = normalized(text);
    let size = lower.split_once(' ').is_some_and(|(number, unit)| {
        number.chars().all(|c| c.is_ascii_digit() || c == '.')
            && matches!(unit, "bytes" | "kb" | "mb" | "gb")
    });
    let file = !lower.contains(' ')
        && lower.rsplit_once('.').is_some_and(|(name, extension)| {
            !name.is_empty()
                && (2..=4).contains(&extension.len())
                && extension.chars().all(|c| c.is_ascii_alphanumeric())
        });
    text.len() <= 120
        && (size
            || file
            || lower.starts_with("show all ") && lower.contains(" attachment")
            || ATTACHMENT_BUTTONS.contains(&lower.as_str()))
}

/// `JK`: the sender's initials, in their circle.
fn is_initials(text: &str) -> bool {
    let text = text.trim();
    (1..=3).contains(&text.len()) && text.chars().all(|c| c.is_ascii_uppercase())
}

/// `From: Beth <b@example.com>` over `Sent: …`, `-----Original Message-----` or `On Sat,
/// 7 Mar 2026 at 18:02, Beth <b@example.com> wrote:`: the message the mail answers,
/// quoted under it.
fn opens_quoted_message(texts: &[&str], index: usize) -> bool {
    let text = texts[index].trim();
    let wrote = text
        .strip_prefix("On ")
        .and_then(|rest| rest.strip_suffix(" wrote:"))
        .and_then(|rest| rest.rsplit_once(", "))
        .is_some_and(|(_, from)| sender(from).is_some());
    text.strip_prefix("From: ")
        .is_some_and(|from| sender(from).is_some())
        && texts
            .get(index + 1)
            .is_some_and(|next| next.trim_start().starts_with("Sent: "))
        || normalized(text).trim_matches(['-', ' ']) == "original message"
        || text.len() <= MAX_LINE && wrote
}

/// Whether the page's tail under the mail starts at `index`: the app's line, the
/// buttons (`Reply` over `Forward`), the quoted message.
fn starts_tail(texts: &[&str], index: usize, app: &Webmail) -> bool {
    let button = |at: usize| {
        texts.get(at).is_some_and(|text| {
            matches!(normalized(text).as_str(), "reply" | "reply all" | "forward")
        })
    };
    (app.is_app_line)(texts[index])
        || button(index) && button(index + 1)
        || opens_quoted_message(texts, index)
}

/// `Jas x`, `— J.`, `Love, Jas`: the writer's sign-off, a short line of a name.
fn is_sign_off(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_SIGN_OFF
        && text.split_whitespace().count() <= 3
        && text.chars().any(char::is_alphabetic)
        && !text.ends_with(['.', '!', '?', '"', '\u{201D}'])
}

/// How many paragraphs the writer's words under a framed fic may have.
const OUTRO_REACH: usize = 3;

/// Marks the writer's words under a fic the mail frames as notes: when the separator
/// that ends the intro (notes over it) is said once more under the fic and nowhere
/// between, it is no scene break but the frame, and the few paragraphs under it, over
/// `end` (the sign-off, or the app's line), are the writer's to the reader, whatever
/// their voice (`That's it! Be honest.`). A fic whose scene breaks are the same mark has
/// three or more, and keeps its last scene.
fn framed_outro(texts: &[&str], start: usize, end: usize, chrome: &mut Chrome) {
    let separators: Vec<usize> = (start..end)
        .filter(|&index| is_scene_break(texts[index]))
        .collect();
    let [first, last] = separators[..] else {
        return;
    };
    let framed = first > start
        && chrome.roles[first - 1] == Role::Note
        && texts[first].trim() == texts[last].trim();
    let outro = last + 1..end;
    let words = !outro.is_empty()
        && outro.len() <= OUTRO_REACH
        && texts[outro.clone()]
            .iter()
            .all(|text| text.len() <= MAX_NOTE_LENGTH && !starts_with_quote(text));
    if framed && words {
        for role in &mut chrome.roles[outro] {
            if *role == Role::Story {
                *role = Role::Note;
            }
        }
    }
}

/// Reads a mail copied from a webmail app's page (`app` says what the app's own lines
/// are): the menu and the mail's header are the page's (the subject too: the fic's own
/// title under the intro names the work); the greeting and the intro under it, to the
/// first separator, are notes (see [`intro`]), so a request the intro quotes is no
/// one's line; the rest of the mail is read as a writer's post (see
/// [`read_writers_post`]: the title a heading; the words under the last separator
/// notes), its sign-off and the fic's header line (fandom, pairing, length) notes; from
/// the app's line, the buttons or the quoted message to the end all is the page's, so a
/// line of the draft the other writer quotes is no one's dialogue.
pub(crate) fn read_mail(texts: &[&str], app: &Webmail, chrome: &mut Chrome) {
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = (0..reach)
        .take_while(|&index| (app.is_menu_line)(texts[index]))
        .count();
    let Some(from) = take_author(texts, menu_end..reach, sender, chrome) else {
        chrome.roles[..menu_end].fill(Role::Chrome);
        return;
    };
    let is_header_line =
        |text: &str| is_recipients(text) || is_attachment_line(text) || (app.is_header_line)(text);
    let mut start = from + 1;
    while start < count && is_header_line(texts[start]) {
        start += 1;
    }
    // Over the sender: the subject, the initials and the folder's label, the page's.
    let top = from.saturating_sub(app.subject_reach).max(menu_end);
    let subject =
        (top..from).find(|&index| !is_initials(texts[index]) && !(app.is_menu_line)(texts[index]));
    chrome.roles[..start].fill(Role::Chrome);
    let tail = mark_page_tail(
        texts,
        start,
        |texts, index| starts_tail(texts, index, app),
        chrome,
    );
    // The sign-off under the mail, the writer's.
    let mut end = tail;
    if end > start && is_sign_off(texts[end - 1]) {
        end -= 1;
        chrome.roles[end] = Role::Note;
    }
    // The greeting and the intro under it, to the first separator, the writer's; the
    // rest is read from under that separator.
    intro(texts, start, end, &mut chrome.roles);
    let mut story = (start..end)
        .find(|&index| chrome.roles[index] == Role::Story)
        .unwrap_or(end);
    if story > start && story < end && is_scene_break(texts[story]) {
        story += 1;
    }
    read_writers_post(texts, story..end, chrome);
    framed_outro(texts, start, end, chrome);
    // The fic's header line under its title: the writer's, not the title.
    for (index, text) in texts.iter().enumerate().take(end).skip(start + 1) {
        if chrome.roles[index - 1] == Role::Heading
            && chrome.roles[index] == Role::Heading
            && is_fic_fields(text)
        {
            chrome.roles[index] = Role::Note;
        }
    }
    // With no title in the mail, its subject names the work.
    if let Some(subject) = subject.filter(|&at| is_line_not_sentence(texts[at], MAX_LINE)) {
        chrome
            .title
            .get_or_insert_with(|| texts[subject].trim().to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(sender("Ros Penn <ros@example.com>"), Some("Ros Penn"));
        assert_eq!(sender("Ros said <yes>"), None);
        assert!(is_attachment_line("low-water.docx"));
        assert!(is_attachment_line("48 KB"));
        assert!(is_attachment_line("Show all 1 attachment (48 KB)"));
        assert!(!is_attachment_line("She left."));
        assert!(is_sign_off("Ros x"));
        assert!(!is_sign_off("They left."));
    }

    #[test]
    fn quoted_messages() {
        let opens = |lines: &[&str]| opens_quoted_message(lines, 0);
        assert!(opens(&["-----Original Message-----"]));
        assert!(opens(&["------- Original Message -------"]));
        assert!(opens(&[
            "On Saturday, March 7th, 2026 at 6:02 PM, Em Hollis <em@example.com> wrote:"
        ]));
        assert!(opens(&[
            "From: Em <em@example.com>",
            "Sent: Tuesday, March 3, 2026 8:15 PM"
        ]));
        assert!(!opens(&["On Saturday she wrote:"]));
        assert!(!opens(&["From: the harbour, a letter."]));
    }
}
