//! A ProBoards forum thread copied whole, as a roleplay is posted there: the board's
//! header (its name, menu, breadcrumb, `« Prev Thread Next Thread »`, `Page 1 of 1`),
//! then each post: its header (`Post by NAME on DATE`, the user name, the member
//! title, `Posts: …`, `Likes: …`, `Character: …`), the quote block it may open with
//! (`Quote from NAME on DATE` over the quoted lines, with the poster's comment on it
//! after), the post template's header line (`NAME ✦ wc: 702 ✦ tagged: @…`), the post,
//! the poster's `((OOC: …))` asides, the signature and the post's buttons (`Like`,
//! `Quote`, `Select Post`, `Link to Post`); then the page's footer (`Reply`, `Users
//! Viewing This Thread`, `Powered by ProBoards`). The lines of a block come one per
//! paragraph or joined into one; both are recognised.
//!
//! In: a paste's paragraphs. Out: which are the page's (never read) and which are the
//! players' asides (notes). A roleplay is written by all its posters, so every post's
//! story is read. A page is taken for ProBoards' only on two of its marks (a post
//! header, the post buttons, the footer's `Powered by ProBoards`), so that a story that
//! names the site keeps every line.

use super::chrome::{is_line_not_sentence, Chrome, Role};
use super::page;

/// The post buttons under every post, in order.
const BUTTONS: &[&str] = &["Like", "Quote", "Select Post", "Link to Post"];

/// How many profile lines (user name, member title, counts, character) follow a post's
/// header line.
const PROFILE_LINES: usize = 6;

/// How many paragraphs over a post's buttons may be its signature.
const SIGNATURE_LINES: usize = 3;

/// The longest line taken for a header, profile or signature line (bytes).
const MAX_LINE: usize = 200;

/// `Post by gullwing on Mar 3, 2024 at 9:14pm`: a post's header line; also the quote
/// block's `Quote from gullwing on …` with `prefix` `Quote from `. The date may have
/// text joined after it in a pasted block.
fn is_dated_line(text: &str, prefix: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix(prefix) else {
        return false;
    };
    let Some((name, date)) = rest.split_once(" on ") else {
        return false;
    };
    !name.is_empty()
        && !name.contains(' ')
        && date.split_whitespace().take(4).any(|word| {
            word.trim_end_matches(',')
                .parse::<u16>()
                .is_ok_and(|year| year > 1990)
        })
}

/// `9:14pm`, `21:14`: a post's time.
fn is_time(word: &str) -> bool {
    let digits = word.trim_end_matches(['a', 'p', 'm', 'A', 'P', 'M']);
    digits.split_once(':').is_some_and(|(hours, minutes)| {
        hours.parse::<u8>().is_ok() && minutes.parse::<u8>().is_ok()
    })
}

fn is_post_header(text: &str) -> bool {
    is_dated_line(text, "Post by ")
}

fn is_quote_header(text: &str) -> bool {
    is_dated_line(text, "Quote from ")
}

/// A post's buttons, one to a paragraph (`Like`) or joined into the end of one
/// (`… Like Quote Select Post Link to Post`).
fn is_button(text: &str) -> bool {
    BUTTONS.contains(&text.trim())
}

fn ends_with_buttons(text: &str) -> bool {
    text.trim_end().ends_with(&BUTTONS.join(" "))
}

/// `Powered by ProBoards`, alone or in the joined footer.
fn is_footer(text: &str) -> bool {
    text.len() <= 600 && text.contains("Powered by ProBoards")
}

/// `((OOC: …))`, `((GM note: …))`, `(not godmodding, …)`: a player talking to the
/// others, in the doubled brackets roleplays use for it.
fn is_aside(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("((") && text.ends_with("))")
}

/// A post template's header line (`VESNA KORR ✦ wc: 702 ✦ mood: …`, `NAME | role | wc
/// 590 | with everybody`): fields between separators, one a word count.
fn is_template_header(text: &str) -> bool {
    let text = text.trim();
    let separators = text.matches(['✦', '❧', '|', '•', '♦']).count();
    let word_count = text
        .split(['✦', '❧', '|', '•', '♦'])
        .any(|field| field.trim().to_lowercase().starts_with("wc"));
    text.len() <= 400 && separators >= 2 && word_count
}

/// A signature's line: a line of links or fields (`Vesna's app | plot page`), a motto
/// between marks (`~ salt keeps what the sea gives back ~`), or a quotation signed
/// after a dash (`"Never bid on …" — O.D.`).
fn is_signature_line(text: &str) -> bool {
    let text = text.trim();
    if text.len() > MAX_LINE || is_aside(text) {
        return false;
    }
    let links = text.matches(" | ").count() >= 1 || text.contains(" ✦ ");
    let motto = text.starts_with('~') && text.ends_with('~');
    let signed = super::chrome::starts_with_quote(text)
        && text.rsplit_once(['—', '–']).is_some_and(|(quote, name)| {
            quote.trim_end().ends_with(['"', '\u{201D}']) && name.trim().len() <= 40
        });
    links || motto || signed
}

/// Whether a paste is a ProBoards thread: two of its marks.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let header = texts.iter().any(|text| is_post_header(text));
    let buttons = texts
        .iter()
        .any(|text| text.trim() == "Select Post" || ends_with_buttons(text));
    let footer = texts.iter().any(|text| is_footer(text));
    page::has_two_marks(&[header, buttons, footer])
}

/// Reads a ProBoards thread: the page's header and footer, and each post's header,
/// quote block, template header, signature and buttons are the page's; asides and the
/// comment on a quote block are the players' notes; the rest is the story.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let roles = &mut chrome.roles;
    let Some(first) = texts.iter().position(|text| is_post_header(text)) else {
        return;
    };
    roles[..first].fill(Role::Chrome);
    let mut index = first;
    let mut last_buttons = None;
    while index < texts.len() {
        let text = texts[index];
        if is_post_header(text) {
            roles[index] = Role::Chrome;
            index += 1;
            let end = (index + PROFILE_LINES).min(texts.len());
            while index < end
                && is_line_not_sentence(texts[index], MAX_LINE)
                && !is_quote_header(texts[index])
                && !is_template_header(texts[index])
            {
                roles[index] = Role::Chrome;
                index += 1;
            }
            index = post_opening(texts, roles, index);
            continue;
        }
        if is_aside(text) {
            roles[index] = Role::Note;
        } else if is_button(text) || ends_with_buttons(text) {
            roles[index] = Role::Chrome;
            last_buttons = Some(index);
            // The signature stands right over the buttons.
            let mut at = index;
            while at > 0
                && index - at < SIGNATURE_LINES
                && roles[at - 1] == Role::Story
                && is_signature_line(texts[at - 1])
            {
                at -= 1;
                roles[at] = Role::Chrome;
            }
        }
        index += 1;
    }
    // After the last post's buttons, only the page's footer.
    if let Some(last) = last_buttons {
        if texts[last + 1..]
            .iter()
            .all(|text| text.len() <= 600 && !text.trim_end().ends_with(['"', '\u{201D}']))
        {
            roles[last + 1..].fill(Role::Chrome);
        }
    }
}

/// Reads what opens a post, from `index`: a quote block (`Quote from …` and the quoted
/// paragraph under it) and the poster's comment on it, up to the template's header
/// line; returns where the post's story starts.
fn post_opening(texts: &[&str], roles: &mut [Role], mut index: usize) -> usize {
    if index < texts.len() && is_quote_header(texts[index]) {
        roles[index] = Role::Chrome;
        // A header with nothing after its time has the quoted lines under it.
        let joined = texts[index]
            .split_whitespace()
            .skip_while(|word| !is_time(word))
            .nth(1)
            .is_some();
        index += 1;
        if !joined && index < texts.len() {
            roles[index] = Role::Chrome;
            index += 1;
        }
        // The poster's comment on the quote runs to the template's header line.
        let header = (index..texts.len().min(index + 3)).find(|&at| is_template_header(texts[at]));
        if let Some(header) = header {
            roles[index..header].fill(Role::Note);
            index = header;
        }
    }
    if index < texts.len() && is_template_header(texts[index]) {
        roles[index] = Role::Chrome;
        index += 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(texts: &[&str]) -> Chrome {
        Chrome::read_by(texts, read_page)
    }

    /// A line test, a line and what it must say.
    type LineCase = (fn(&str) -> bool, &'static str, bool);

    #[test]
    fn line_kinds() {
        let cases: &[LineCase] = &[
            (
                is_post_header,
                "Post by reedling on Apr 2, 2023 at 8:05pm",
                true,
            ),
            (
                is_post_header,
                "Post by the river on a Tuesday, she wrote.",
                false,
            ),
            (
                is_quote_header,
                "Quote from reedling on Apr 2, 2023 at 8:05pm",
                true,
            ),
            (
                is_quote_header,
                "Quote from memory, he said, on cue.",
                false,
            ),
            (
                is_template_header,
                "MARA FENN ✦ wc: 512 ✦ tagged: @reedling",
                true,
            ),
            (
                is_template_header,
                "TOBIAS | ferryman | wc 300 | open",
                true,
            ),
            (
                is_template_header,
                "She read it twice | and then once more.",
                false,
            ),
            (is_signature_line, "~ the river takes its time ~", true),
            (is_signature_line, "Mara's app | plot page | playlist", true),
            (is_signature_line, "\"Always count the oars.\" — T.", true),
            (is_signature_line, "\"Count the oars,\" said Tobias.", false),
            (is_aside, "((OOC: sorry for the wait!!))", true),
            (is_aside, "(She did not answer.)", false),
        ];
        for (test, text, expected) in cases {
            assert_eq!(test(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_thread_is_read_as_its_posts() {
        use Role::{Chrome as C, Note as N, Story as S};
        let texts = [
            "Reedmarsh ~ a river roleplay Home Search Members Page 1 of 1",
            "Post by reedling on Apr 2, 2023 at 8:05pm",
            "reedling",
            "River Rat",
            "Posts: 310",
            "Character: Mara Fenn",
            "MARA FENN ✦ wc: 512 ✦ tagged: @oarsman",
            "The ferry was late, which it never was.",
            "\"Tobias,\" Mara called, \"you owe me a crossing.\"",
            "((OOC: all yours!!))",
            "~ the river takes its time ~",
            "Like",
            "Quote",
            "Select Post",
            "Link to Post",
            "Post by oarsman on Apr 3, 2023 at 9:00am",
            "oarsman",
            "Ferryman",
            "Quote from reedling on Apr 2, 2023 at 8:05pm",
            "\"Tobias,\" Mara called, \"you owe me a crossing.\"",
            "she's right, he does",
            "TOBIAS | ferryman | wc 300 | open",
            "\"I owe you nothing,\" said Tobias, and held out his hand for the fare.",
            "\"Always count the oars.\" — T. Like Quote Select Post Link to Post",
            "Reply Page 1 of 1 Powered by ProBoards Privacy Policy",
        ];
        read(&texts).assert_roles(&[
            C, C, C, C, C, C, C, S, S, N, C, C, C, C, C, C, C, C, C, C, N, C, S, C, C,
        ]);
    }

    #[test]
    fn a_story_that_names_the_site_is_read() {
        let texts = [
            "Post by post, the forum filled up.",
            "She clicked Like on every one of them.",
            "Quote",
        ];
        assert!(read(&texts).is_all_story());
    }
}
