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
//! name, read as any webmail app's mail is (see [`read_mail`]): the ribbon and the
//! mail's header are the page's; the greeting, the intro, the fic's header line and the
//! sign-off are notes; from `Get Outlook …`, the buttons or the quoted message to the
//! end all is the page's, so a line of the draft the other writer quotes is no one's
//! dialogue.

use super::chrome::{normalized, Chrome};
use super::mail::{read_mail, Webmail};
use super::page::{has_two_marks, is_clock, is_numeric_date, opens_with_site_name, WEEKDAYS};

/// How far down the ribbon and the mail's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest banner line (bytes).
const MAX_LINE: usize = 300;

/// How many paragraphs over the sender the subject may stand (the initials between).
const SUBJECT_REACH: usize = 2;

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

/// What Outlook on the web shows of its own around a mail.
const OUTLOOK: Webmail = Webmail {
    is_menu_line: |text| RIBBON.contains(&normalized(text).as_str()),
    subject_reach: SUBJECT_REACH,
    is_header_line: |text| is_sent_date(text) || is_banner(text),
    is_app_line,
};

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

/// `Get Outlook for Android`, `Sent from Outlook for iOS`: the app's line under the mail.
fn is_app_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60 && (lower.starts_with("get outlook for") || lower.starts_with("sent from "))
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
    if is_page(texts) {
        read_mail(texts, &OUTLOOK, chrome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_sent_date("Sat 07/03/2026 23:42"));
        assert!(is_sent_date("Tue 3/3/2026 8:15 PM"));
        assert!(!is_sent_date("Sat down at 23:42"));
        assert!(is_app_line("Get Outlook for Android"));
        assert!(!is_app_line("Get out of the boat."));
    }

    /// The bug: an Outlook mail was read with its page: the ribbon in one paragraph, the
    /// subject glued to the initials, the header and the attachments in one, the
    /// greeting, the intro, the title and its header line, the sign-off, the app's line,
    /// the buttons and the quoted message as narration.
    #[test]
    fn a_mail_is_read_without_the_page() {
        use super::super::chrome::Role::{Chrome as C, Heading as H, Note as N, Story as S};
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
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, C, C, C, C, N, N, S, H, N, S, S, S, N, N, C, C, C, C, C, C,
            ])
            .assert_title("Low Water")
            .assert_author("Ros Penn");
        assert!(!is_page(&["Outlook", "She opened Outlook and sighed."]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["Outlook", "New mail", "Ros Penn <ros@example.com>"],
            read_page,
        );
    }
}
