//! A story's page on an eFiction archive (the PHP software many fandom archives run
//! on), copied whole: under the archive's name and menu, the title line (`The Salt Road
//! by hollow_wren [Reviews - 6]`), the page's tools (`Printer: Chapter or Story
//! Microsoft Word: Chapter or Story …`, `- Text Size +`), the story's information a
//! few fields a line (`Rated: Teen • Characters: … • Genre: …`, `Challenges: … •
//! Chapters: 1 • Completed: Yes • Word count: 2318 • Read Count: 418`), then the
//! chapter with its notes, and at the foot `Chapter 1 of 1`, `Back to index`, `You must
//! login (register) to review.`, the archive's disclaimer and `Skin by … • Powered by
//! eFiction 3.5.5 • Stats`.
//!
//! In: a paragraph's text, or a page's paragraphs. Out: the title and author the title
//! line names, whether a line is the page's tools or information, and which
//! paragraphs at the page's foot are the archive's.

use super::chrome::{is_note, normalized, Role};
use super::page;

/// The title line: `The Salt Road by hollow_wren [Reviews - 6]`; where the title ends
/// (bytes) and the author.
pub(crate) fn title_line(text: &str) -> Option<(usize, &str)> {
    let text = text.trim_end();
    if text.len() > 200 {
        return None;
    }
    let (rest, reviews) = text.rsplit_once('[')?;
    let count = reviews
        .strip_suffix(']')?
        .trim()
        .strip_prefix("Reviews")?
        .trim_start()
        .strip_prefix('-')?
        .trim();
    let counted = count == "None"
        || !count.is_empty() && count.chars().all(|character| character.is_ascii_digit());
    let (title, author) = rest.trim_end().rsplit_once(" by ")?;
    let title = title.trim_end();
    let author = author.trim();
    let named = !author.is_empty()
        && author.split_whitespace().count() <= 5
        && !author.ends_with(['.', '!', '?']);
    (counted && named && !title.trim().is_empty()).then_some((title.len(), author))
}

/// The page's tools under the title: `Printer: Chapter or Story    Microsoft Word:
/// Chapter or Story    eBook: Chapter or Story`, `- Text Size +`.
pub(crate) fn is_tool_line(text: &str) -> bool {
    let text = text.trim();
    // Asked of every line: its first bytes turn away the rest, unallocated.
    let printer = text
        .get(..8)
        .is_some_and(|head| head.eq_ignore_ascii_case("printer:"));
    if !printer && !text.starts_with('-') {
        return false;
    }
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    text.len() <= 160
        && (lower.starts_with("printer:") && lower.contains("chapter or story")
            || words == ["-", "text", "size", "+"])
}

/// What the archive says about a story, a field each: `Rated:`, `Chapters:`, ….
const INFO_KEYS: &[&str] = &[
    "rated",
    "characters",
    "genre",
    "genres",
    "warnings",
    "challenges",
    "series",
    "chapters",
    "completed",
    "word count",
    "read count",
    "reviews",
    "published",
    "updated",
    "categories",
    "pairing",
    "pairings",
];

/// A line of the story's information: two or more `Key: value` fields between `•`
/// (`Rated: Teen • Characters: Ada Holm • Genre: Adventure • Warnings: None`), most
/// of them the archive's.
pub(crate) fn is_info_line(text: &str) -> bool {
    if text.len() > 600 || !text.contains('•') {
        return false;
    }
    let keys: Vec<Option<String>> = text
        .split('•')
        .map(|field| {
            let (key, value) = field.split_once(':')?;
            let key = normalized(key);
            (key.split_whitespace().count() <= 3 && !value.trim().is_empty()).then_some(key)
        })
        .collect();
    let known = keys
        .iter()
        .flatten()
        .filter(|key| INFO_KEYS.contains(&key.as_str()))
        .count();
    keys.len() >= 2 && keys.iter().all(Option::is_some) && known * 2 > keys.len()
}

/// The archive's footer: `Skin by nightjar_designs • Powered by eFiction 3.5.5 • Stats`.
fn is_footer(text: &str) -> bool {
    text.len() <= 200
        && (text.contains("iction") || text.contains("ICTION"))
        && normalized(text).contains("powered by efiction")
}

/// What only the foot of an archive's page says: `Back to index`, `You must login
/// (register) to review.`, the footer.
fn is_foot_mark(text: &str) -> bool {
    is_footer(text)
        || normalized(text) == "back to index"
        || page::is_site_message(text) && normalized(text).ends_with("to review.")
}

/// `Chapter 1 of 1`: where the page's chapter stands among the story's.
fn is_chapter_count(text: &str) -> bool {
    let lower = normalized(text);
    let Some(rest) = lower.strip_prefix("chapter ") else {
        return false;
    };
    let Some((number, total)) = rest.split_once(" of ") else {
        return false;
    };
    let digits = |word: &str| !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
    text.len() <= 30 && digits(number) && digits(total)
}

/// Whether a page is an eFiction archive's: its title line, tools or footer.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    texts
        .iter()
        .any(|text| title_line(text).is_some() || is_tool_line(text) || is_footer(text))
}

/// On an archive's page, the foot is the archive's: the run of its lines at the end
/// (`Chapter 1 of 1`, `Back to index`, the login message, the archive's disclaimer,
/// the footer), when one of them is a line only the foot has. The chapter's end notes
/// above it stay notes.
pub(crate) fn read_page(texts: &[&str], roles: &mut [Role]) {
    if !is_page(texts) {
        return;
    }
    let foot = |text: &&str| {
        is_foot_mark(text)
            || is_chapter_count(text)
            || is_note(text) && normalized(text).starts_with("disclaimer")
    };
    let start = texts.len() - texts.iter().rev().take_while(|text| foot(text)).count();
    if texts[start..].iter().any(|text| is_foot_mark(text)) {
        roles[start..].fill(Role::Chrome);
    }
    for (index, text) in texts.iter().enumerate() {
        if is_tool_line(text) {
            roles[index] = Role::Chrome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_lines() {
        for (text, expected) in [
            (
                "The Salt Road by hollow_wren [Reviews - 6]",
                Some(("The Salt Road".len(), "hollow_wren")),
            ),
            (
                "Stand by Me by Ann Reed [Reviews - None]",
                Some(("Stand by Me".len(), "Ann Reed")),
            ),
            ("The Salt Road by hollow_wren", None),
            ("The Salt Road by hollow_wren [Reviews]", None),
            ("She stood by the door. [Reviews - 6]", None),
            ("[Reviews - 6]", None),
        ] {
            assert_eq!(title_line(text), expected, "{text}");
        }
    }

    #[test]
    fn page_lines() {
        for (text, expected) in [
            (
                "Printer: Chapter or Story    Microsoft Word: Chapter or Story    eBook: Chapter or Story",
                true,
            ),
            ("- Text Size +", true),
            ("Printer: out of ink", false),
        ] {
            assert_eq!(is_tool_line(text), expected, "{text}");
        }
        for (text, expected) in [
            (
                "Rated: Teen • Characters: Ada Holm, Tam Holm • Genre: Adventure • Warnings: None",
                true,
            ),
            (
                "Challenges: Winter Roads • Series: None • Chapters: 1 • Completed: Yes • Word count: 2318 • Read Count: 418",
                true,
            ),
            ("Published: 14 Oct 2023 • Updated: 14 Oct 2023", true),
            ("Note: the road • the sea", false),
            ("Rated: Teen • and then she left", false),
        ] {
            assert_eq!(is_info_line(text), expected, "{text}");
        }
        assert!(is_chapter_count("Chapter 1 of 1"));
        assert!(!is_chapter_count("Chapter 1 of the long road"));
    }

    /// The bug: an eFiction story page was read with its foot: the chapter count, `Back
    /// to index`, the login message, the archive's disclaimer and its footer.
    #[test]
    fn the_foot_of_an_archive_page_is_the_archives() {
        use Role::{Chrome as C, Story as S};
        let story = "The salt road ran white between the marshes, straight to the sea.";
        let cases: &[(&[&str], &[Role])] = &[
            (
                &[
                    "The Salt Road by hollow_wren [Reviews - 6]",
                    "- Text Size +",
                    story,
                    "Thanks for reading!",
                    "Chapter 1 of 1",
                    "Back to index",
                    "You must login (register) to review.",
                    "Disclaimer: All publicly recognizable characters are their owners'.",
                    "Skin by nightjar_designs • Powered by eFiction 3.5.5 • Stats",
                ],
                &[S, C, S, S, C, C, C, C, C],
            ),
            // Not an archive's page: a story's own `Back to index` is the story's; on
            // one, a chapter count with no foot under it is the story's.
            (&[story, "Back to index"], &[S, S]),
            (
                &["- Text Size +", story, "Chapter 1 of 1", story],
                &[C, S, S, S],
            ),
        ];
        for (texts, expected) in cases {
            let mut roles = vec![Role::Story; texts.len()];
            read_page(texts, &mut roles);
            assert_eq!(roles, *expected, "{texts:#?}");
        }
    }
}
