//! A fic sent by email and copied from Proton Mail's web app: the app's name, `New
//! message`, the folders a line each (`Inbox`, its unread count, `Drafts`, `Sent`, …,
//! `Folders`, `Labels`), `Search messages` and the toolbar a line each (`Move to
//! trash`, …, `More`); the subject, the folder's label (`Inbox`), the sender's
//! initials, the sender (`Jas Kaur <jas@proton.me>`), `To: …`, the date (`Sunday, March
//! 8th, 2026 at 10:14 PM`), `Reply`, `Reply all`, `Forward` and the attachments (`1 file
//! attached`, the file's name, its size, `Download`, `Preview`); the mail (a greeting
//! and the writer's intro over a separator, the fic's title and header line, the fic,
//! the writer's words under the last separator, the sign-off); under it `Sent with
//! Proton Mail secure email.` and the message it answers, quoted (`------- Original
//! Message -------`, `On …, NAME <…> wrote:`, its text, its own `Sent with …` line).
//!
//! In: a paste's paragraphs, a line each (a Proton Mail page is never read as
//! hard-wrapped text: see [`super::chrome::is_unwrapped_page`], so the folders and the
//! mail's header lines are not run together, nor the fic's title with its header line).
//! Out: their roles, the fic's title and the sender's name, read as any webmail app's
//! mail is (see [`read_mail`]): the app's menu and the mail's header are the page's; the
//! greeting, the intro, the fic's header line and the sign-off are notes, so a note the
//! intro quotes is no one's line; from `Sent with Proton Mail …` or the quoted message
//! to the end all is the page's, so a line of the draft the other writer quotes is no
//! one's dialogue.

use super::chrome::{normalized, Chrome};
use super::mail::{read_mail, Webmail};
use super::page::{has_two_marks, is_date, opens_with_site_name, WEEKDAYS};

/// How far down the app's menu and the mail's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// How many paragraphs over the sender the subject may stand (the folder's label and
/// the initials between).
const SUBJECT_REACH: usize = 3;

/// The app's name, folders and buttons over the mail, a line each (lower case).
const MENU: &[&str] = &[
    "proton mail",
    "protonmail",
    "new message",
    "compose",
    "inbox",
    "drafts",
    "sent",
    "starred",
    "archive",
    "spam",
    "trash",
    "all mail",
    "folders",
    "labels",
    "search messages",
    "move to trash",
    "move to archive",
    "move to spam",
    "mark as unread",
    "mark as read",
    "move to",
    "label as",
    "filter",
    "more",
];

/// The buttons under the mail's date, a line each (lower case).
const BUTTONS: &[&str] = &["reply", "reply all", "forward"];

/// What Proton Mail's web app shows of its own around a mail.
const PROTON: Webmail = Webmail {
    is_menu_line,
    subject_reach: SUBJECT_REACH,
    is_header_line: |text| {
        is_sent_date(text) || is_attached(text) || BUTTONS.contains(&normalized(text).as_str())
    },
    is_app_line,
};

/// A line of the app's menu: a name, a folder, a button or a folder's unread count.
fn is_menu_line(text: &str) -> bool {
    let text = text.trim();
    MENU.contains(&normalized(text).as_str())
        || (1..=5).contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit())
}

/// `Sunday, March 8th, 2026 at 10:14 PM`, `Sun, Mar 8, 2026, 22:14`: when the mail came,
/// a weekday over a date (see [`is_date`]) whose day may be an ordinal.
fn is_sent_date(text: &str) -> bool {
    let lower = normalized(text);
    let Some((weekday, date)) = lower.split_once(", ") else {
        return false;
    };
    let weekday = weekday.len() >= 3 && WEEKDAYS.iter().any(|name| name.starts_with(weekday));
    // `8th,` as `8,`.
    let date: Vec<String> = date
        .split_whitespace()
        .map(|word| {
            let bare = word.trim_end_matches(',');
            ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|suffix| bare.strip_suffix(suffix))
                .filter(|day| !day.is_empty() && day.chars().all(|c| c.is_ascii_digit()))
                .map_or_else(
                    || word.to_string(),
                    |day| format!("{day}{}", &word[bare.len()..]),
                )
        })
        .collect();
    text.len() <= 60 && weekday && is_date(&date.join(" "))
}

/// `1 file attached`, `2 files attached`: the attachments' count.
fn is_attached(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(words.as_slice(), [count, "file" | "files", "attached"]
        if count.chars().all(|c| c.is_ascii_digit()))
}

/// `Sent with Proton Mail secure email.`: the app's line under the mail (and under the
/// message it quotes).
fn is_app_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60
        && (lower.starts_with("sent with proton mail") || lower.starts_with("sent with protonmail"))
}

/// Whether a paste is a mail copied from Proton Mail's web app: two of its marks (the
/// app's name at the top, `Search messages` in the menu, the app's line).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "proton mail") || opens_with_site_name(texts, "protonmail"),
        texts
            .iter()
            .take(HEADER_REACH)
            .any(|text| normalized(text) == "search messages"),
        texts.iter().any(|text| is_app_line(text)),
    ])
}

/// Reads a mail copied from Proton Mail's web app: sets the roles of the app's menu, the
/// mail's header, the writer's words around the fic and what is under the mail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if is_page(texts) {
        read_mail(texts, &PROTON, chrome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert!(is_sent_date("Sunday, March 8th, 2026 at 10:14 PM"));
        assert!(is_sent_date("Tue, Apr 7, 2026, 21:40"));
        assert!(!is_sent_date("Sunday, March 8th, she said, was too late."));
        assert!(is_attached("1 file attached"));
        assert!(is_menu_line("3"));
        assert!(is_menu_line("Move to trash"));
        assert!(is_app_line("Sent with Proton Mail secure email."));
        assert!(!is_app_line("Sent with love, and a cake."));
    }

    /// The bug: a Proton Mail mail was read with its page: the app's name as a heading,
    /// the folders, the toolbar, the mail's header and attachments in one paragraph, the
    /// greeting and the intro (a note it quotes as dialogue), the fic's title glued to
    /// its header line, the sign-off, the app's line and the quoted message (its lines
    /// in quotes as dialogue).
    #[test]
    fn a_mail_is_read_without_the_page() {
        use super::super::chrome::Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "Proton Mail",
            "New message",
            "Inbox",
            "2",
            "Drafts",
            "Search messages",
            "More",
            "FIC: Low Water - DONE",
            "Inbox",
            "RP",
            "Ros Penn <ros@proton.me>",
            "To: Em Hollis <em@proton.me>",
            "Sunday, March 8th, 2026 at 10:14 PM",
            "Reply",
            "Forward",
            "1 file attached",
            "low-water.odt",
            "12.5 KB",
            "Download",
            "Hiya Em,",
            "You said \u{2018}more Ma\u{2019} so here she is.",
            "---",
            "Low Water",
            "Harbour Lights \u{00B7} Wing/Ah Man \u{00B7} gen \u{00B7} 1.2k",
            "\u{2018}Pull,\u{2019} said Ah Man.",
            "They pulled.",
            "---",
            "So?? Tell me everything!!",
            "Ros x",
            "Sent with Proton Mail secure email.",
            "------- Original Message -------",
            "On Saturday, March 7th, 2026 at 6:02 PM, Em Hollis <em@proton.me> wrote:",
            "did you finish it? I keep thinking about 'pull'",
            "Sent with Proton Mail secure email.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, C, N, N, S, H, N, S, S, S, N,
                N, C, C, C, C, C,
            ])
            .assert_title("Low Water")
            .assert_author("Ros Penn");
        assert!(!is_page(&[
            "Proton Mail",
            "She opened Proton Mail and sighed."
        ]));
        // A broken paste, the marks alone, is read without a panic.
        Chrome::assert_reads_broken(
            &["Proton Mail", "Search messages", "Ros Penn <ros@proton.me>"],
            read_page,
        );
    }
}
