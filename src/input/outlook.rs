//! A fic sent by email and copied from Outlook on the web: the ribbon a word a line
//! (`Outlook`, `Search`, `New mail`, `Delete`, `Archive`, …, `Reply all`, `Forward`,
//! `Inbox`); the subject, the sender's initials (`JK`), the sender (`Jas Kaur
//! <jas@example.com>`), `To: You`, the date (`Sat 07/03/2026 23:42`), the banner (`You
//! don't often get email from …. Learn why this is important`) and the attachments (the
//! file's name, its size, `Show all 1 attachment (48 KB)`, `Download`, `Save to
//! OneDrive`); the mail (a greeting and the writer's intro over a separator, the fic's
//! title and header line, the fic, the writer's words under the last separator, the
//! sign-off); under it `Get Outlook for Android`, the buttons (`Reply`, `Forward`) and
//! the message it answers, quoted (`From:`, `Sent:`, `To:`, `Subject:`, its text).
//!
//! In: a paste's paragraphs, a line each (an Outlook page is never read as hard-wrapped
//! text: see [`super::chrome::is_unwrapped_page`], so the ribbon and the mail's header
//! lines are not run together). Out: their roles, the fic's title and the sender's
//! name. The ribbon and the mail's header are the page's (the subject too: the fic's
//! own title under the intro names the work); the greeting and the intro under it, to
//! the first separator, are notes (see [`intro`]), so a request the intro quotes is no
//! one's line; the rest of the mail is read as a writer's post (see
//! [`read_writers_post`]: the title a heading; the words under the last separator
//! notes), its sign-off and the fic's header line (fandom, pairing, length) notes; from
//! `Get Outlook …`, the buttons or the quoted message to the end all is the page's, so a
//! line of the draft the other writer quotes is no one's dialogue.

use super::chrome::{is_line_not_sentence, mark_menu, normalized, read_writers_post, Chrome, Role};
use super::page::{has_two_marks, is_clock, is_numeric_date, opens_with_site_name, WEEKDAYS};
use super::plain::is_scene_break;
use super::substack::intro;

/// How far down the mail's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// How many paragraphs over the sender the subject may stand (the initials between).
const SUBJECT_REACH: usize = 2;

/// The longest header line (bytes).
const MAX_LINE: usize = 300;

/// The longest sign-off under the mail (bytes).
const MAX_SIGN_OFF: usize = 30;

/// The ribbon's words, a line each (lower case).
const RIBBON: &[&str] = &[
    "outlook",
    "search",
    "new mail",
    "new message",
    "delete",
    "archive",
    "report",
    "junk",
    "sweep",
    "move to",
    "reply",
    "reply all",
    "forward",
    "read / unread",
    "flag / unflag",
    "pin / unpin",
    "inbox",
];

/// The attachments' buttons under the mail's header, a line each (lower case).
const ATTACHMENT_BUTTONS: &[&str] = &["download", "save to onedrive", "preview", "open"];

/// `Jas Kaur <jas@example.com>`: the sender's line; the sender's name.
fn sender(text: &str) -> Option<&str> {
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

/// `Sat 07/03/2026 23:42`, `Tue 3/3/2026 8:15 PM`: when the mail came.
fn is_sent_date(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let day = |word: &str| {
        WEEKDAYS
            .iter()
            .any(|name| word.len() >= 3 && name.starts_with(word.trim_end_matches(',')))
    };
    text.len() <= 40
        && match words.as_slice() {
            [weekday, date, time] | [weekday, date, time, "am" | "pm"] => {
                day(weekday) && is_numeric_date(date) && is_clock(time)
            }
            _ => false,
        }
}

/// `You don't often get email from …. Learn why this is important`: the banner over a
/// mail from someone new.
fn is_banner(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= MAX_LINE && lower.starts_with("you don't often get email from")
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

/// A line of the mail's header under the sender.
fn is_header_line(text: &str) -> bool {
    is_recipients(text) || is_sent_date(text) || is_banner(text) || is_attachment_line(text)
}

/// `Get Outlook for Android`, `Sent from Outlook for iOS`: the app's line under the mail.
fn is_app_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60 && (lower.starts_with("get outlook for") || lower.starts_with("sent from "))
}

/// `From: Beth <b@example.com>` over `Sent: …`, or `-----Original Message-----`: the
/// message the mail answers, quoted under it.
fn opens_quoted_message(texts: &[&str], index: usize) -> bool {
    let text = texts[index].trim();
    text.strip_prefix("From: ")
        .is_some_and(|from| sender(from).is_some())
        && texts
            .get(index + 1)
            .is_some_and(|next| next.trim_start().starts_with("Sent: "))
        || normalized(text).trim_matches('-') == "original message"
}

/// Whether the page's tail under the mail starts at `index`: the app's line, the
/// buttons (`Reply` over `Forward`), the quoted message.
fn starts_tail(texts: &[&str], index: usize) -> bool {
    let button = |at: usize| {
        texts.get(at).is_some_and(|text| {
            matches!(normalized(text).as_str(), "reply" | "reply all" | "forward")
        })
    };
    is_app_line(texts[index])
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

/// `The Cut, Shell Bayliss/Arun Dhillon, gen-ish, 1.9k`: the fic's header line under its
/// title, fields between commas, one of them its length.
fn is_fic_fields(text: &str) -> bool {
    let fields: Vec<&str> = text.split(", ").map(str::trim).collect();
    let length = |field: &str| {
        let number = field
            .strip_suffix(" words")
            .or_else(|| field.strip_suffix(['k', 'K']))
            .unwrap_or_default();
        number.starts_with(|c: char| c.is_ascii_digit())
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    };
    text.len() <= 160 && fields.len() >= 3 && fields.iter().any(|field| length(field))
}

/// Whether a paste is a mail copied from Outlook on the web: two of its marks (the
/// site's name at the top, `New mail` in the ribbon, the banner, the app's line).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "outlook"),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| normalized(text) == "new mail"),
        texts.iter().take(HEADER_REACH).any(|text| is_banner(text)),
        texts.iter().any(|text| is_app_line(text)),
    ])
}

/// Reads a mail copied from Outlook on the web: sets the roles of the ribbon, the mail's
/// header, the writer's words around the fic and what is under the mail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let ribbon_end = mark_menu(texts, reach, RIBBON, chrome);
    let Some(from) = (ribbon_end..reach).find(|&index| sender(texts[index]).is_some()) else {
        return;
    };
    if let Some(name) = sender(texts[from]) {
        chrome.author.get_or_insert_with(|| name.to_string());
    }
    let mut start = from + 1;
    while start < count && is_header_line(texts[start]) {
        start += 1;
    }
    // Over the sender: the subject and the initials, the page's.
    let top = from.saturating_sub(SUBJECT_REACH).max(ribbon_end);
    let subject = (top..from).find(|&index| !is_initials(texts[index]));
    chrome.roles[..start].fill(Role::Chrome);
    let tail = (start..count)
        .find(|&index| starts_tail(texts, index))
        .unwrap_or(count);
    chrome.roles[tail..].fill(Role::Chrome);
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
        assert!(is_sent_date("Sat 07/03/2026 23:42"));
        assert!(is_sent_date("Tue 3/3/2026 8:15 PM"));
        assert!(!is_sent_date("Sat down at 23:42"));
        assert!(is_attachment_line("low-water.docx"));
        assert!(is_attachment_line("48 KB"));
        assert!(is_attachment_line("Show all 1 attachment (48 KB)"));
        assert!(!is_attachment_line("She left."));
        assert!(is_sign_off("Ros x"));
        assert!(!is_sign_off("They left."));
        assert!(is_fic_fields("Harbour Lights, Wing/Ah Man, gen, 1.2k"));
        assert!(!is_fic_fields("Low Water"));
    }

    /// The bug: an Outlook mail was read with its page: the ribbon in one paragraph, the
    /// subject glued to the initials, the header and the attachments in one, the
    /// greeting, the intro, the title and its header line, the sign-off, the app's line,
    /// the buttons and the quoted message as narration.
    #[test]
    fn a_mail_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Outlook",
            "New mail",
            "Reply all",
            "Inbox",
            "FIC: Low Water - DONE!!",
            "RP",
            "Ros Penn <ros@example.com>",
            "To: You",
            "Sat 07/03/2026 23:42",
            "low-water.docx",
            "48 KB",
            "Download",
            "Hiya Em,",
            "It's done! You said \u{2018}more Ma\u{2019} so here she is.",
            "---",
            "Low Water",
            "Harbour Lights, Wing/Ah Man, gen, 1.2k",
            "\u{2018}Pull,\u{2019} said Ah Man.",
            "They pulled.",
            "---",
            "So?? Tell me everything!!",
            "Ros x",
            "Get Outlook for Android",
            "Reply",
            "Forward",
            "From: Em <em@example.com>",
            "Sent: Tuesday, March 3, 2026 8:15 PM",
            "did you finish it? I keep thinking about \u{2018}pull\u{2019}",
        ];
        let chrome = Chrome::read_by(&texts, read_page);
        assert_eq!(
            chrome.roles,
            [C, C, C, C, C, C, C, C, C, C, C, C, N, N, S, H, N, S, S, S, N, N, C, C, C, C, C, C]
        );
        assert_eq!(chrome.title.as_deref(), Some("Low Water"));
        assert_eq!(chrome.author.as_deref(), Some("Ros Penn"));
        assert!(!is_page(&["Outlook", "She opened Outlook and sighed."]));
        // A broken paste, the marks alone, is read without a panic.
        let broken = ["Outlook", "New mail", "Ros Penn <ros@example.com>"];
        let chrome = Chrome::read_by(&broken, read_page);
        assert_eq!(chrome.roles.len(), broken.len());
    }
}
