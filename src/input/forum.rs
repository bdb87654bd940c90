//! A forum post copied from SpaceBattles or SufficientVelocity (XenForo boards): the
//! threadmark bar (`Threadmarks View all 9 threadmarks Reader mode Recent
//! threadmarks`), the run of chapter links under it, and the post's header (user name,
//! user title, date, post number, `Add bookmark`). Copied, these lines come one per
//! line or, in a hard-wrapped paste, joined into one; both are recognised.
//!
//! In: a paragraph's or a line's text. Out: whether it is that furniture, and where a
//! run of chapter links ends (the current chapter's title, the last link, is kept).

use super::chrome::is_user_name;
use super::plain::is_chapter_heading;

/// Words of the threadmark bar, besides counts.
const THREADMARK_WORDS: &[&str] = &[
    "threadmarks",
    "threadmark",
    "view",
    "all",
    "reader",
    "mode",
    "recent",
    "statistics",
    "next",
    "previous",
    "prev",
    "first",
    "last",
    "jump",
    "to",
    "new",
];

/// The threadmark bar, or a piece of it with the word `threadmarks` (`View all 9
/// threadmarks`): only its words and counts.
pub(crate) fn is_threadmark_bar(text: &str) -> bool {
    // `Threadmarks` or `threadmarks`, before the work of lower-casing a line of prose.
    if !text.contains("hreadmark") || text.len() > 200 {
        return false;
    }
    let lower = text.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() <= 24
        && words.iter().any(|word| word.starts_with("threadmark"))
        && words.iter().all(|word| {
            THREADMARK_WORDS.contains(word)
                || word
                    .chars()
                    .all(|character| character.is_ascii_digit() || character == ',')
        })
}

/// Where the last of two or more chapter links on one line starts (`Chapter 5: Late
/// Fees Chapter 6: The Sale Chapter 7: Inspection Day` → the offset of `Chapter 7`):
/// the links before it are the threadmark list, the last is the current chapter.
pub(crate) fn chapter_run_cut(text: &str) -> Option<usize> {
    if !text.starts_with("Chapter ") {
        return None;
    }
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices(" Chapter ").map(|(at, _)| at + 1))
        .collect();
    if starts.len() < 2 {
        return None;
    }
    let ends = starts.iter().skip(1).copied().chain([text.len()]);
    // Every piece a heading with a title (`Chapter 6: The Sale`), not a sentence that
    // names chapters (`Chapter 5 ended. Chapter 6 began.`).
    let all_headings = starts.iter().zip(ends).all(|(&start, end)| {
        let piece = text[start..end].trim();
        is_chapter_heading(piece) && !piece.ends_with(['.', '?', '!'])
    });
    all_headings.then(|| starts[starts.len() - 1])
}

/// A post number: `#96`, `#1,204`.
fn is_post_number(word: &str) -> bool {
    word.strip_prefix('#').is_some_and(|number| {
        number.starts_with(|character: char| character.is_ascii_digit())
            && number
                .chars()
                .all(|character| character.is_ascii_digit() || character == ',')
    })
}

const MONTHS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether words hold a post's date: `Feb 2, 2025`, `2 Feb 2025`, `Today at 9:14 PM`.
fn has_date(words: &[&str]) -> bool {
    let lower: Vec<String> = words
        .iter()
        .map(|word| word.trim_end_matches([',', '.']).to_lowercase())
        .collect();
    let number = |index: usize| {
        lower.get(index).is_some_and(|word| {
            !word.is_empty() && word.len() <= 4 && word.chars().all(|c| c.is_ascii_digit())
        })
    };
    (0..lower.len()).any(|index| {
        let month = MONTHS.contains(&lower[index].as_str());
        month && (number(index + 1) || index > 0 && number(index - 1))
            || matches!(lower[index].as_str(), "today" | "yesterday")
                && lower.get(index + 1).is_some_and(|word| word == "at")
    })
}

/// The buttons that may follow a post's number.
const POST_BUTTONS: &[&str] = &["add", "bookmark", "new", "share", "report", "reply"];

/// A post's header on one line: `Quillsbury Quillsbury Alphabet soup enjoyer Feb 2,
/// 2025 #96 Add bookmark` (names, user title, date, post number, buttons); the post
/// number with nothing but buttons after it, and a date before it.
pub(crate) fn is_post_header(text: &str) -> bool {
    if !text.contains('#') || text.len() > 300 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 30 {
        return false;
    }
    let Some(number) = words.iter().rposition(|word| is_post_number(word)) else {
        return false;
    };
    words[number + 1..]
        .iter()
        .all(|word| POST_BUTTONS.contains(&word.to_lowercase().as_str()))
        && has_date(&words[..number])
}

/// A line that ends a post's header when it stands alone: `#96`, `Add bookmark`, or
/// the header on one line.
pub(crate) fn ends_post_header(text: &str) -> bool {
    let text = text.trim();
    is_post_number(text) || text.eq_ignore_ascii_case("add bookmark") || is_post_header(text)
}

/// How many lines of a user's title a post's header may have.
const USER_TITLE_LINES: usize = 2;

/// Where a post's header that starts at `from`, one part per line, ends (exclusive):
/// the user name (twice when the avatar's name was copied too), up to two lines of
/// the user's title, the date, the post number (on the date's line or the next) and
/// `Add bookmark`: `Quillsbury` / `Quillsbury` / `Alphabet soup enjoyer` / `Feb 2,
/// 2025` / `#96` / `Add bookmark`.
pub(crate) fn post_header_end(texts: &[&str], from: usize) -> Option<usize> {
    let line = |index: usize| texts.get(index).map(|text| text.trim());
    let name = line(from).filter(|text| is_user_name(text))?;
    let mut index = from + 1;
    if line(index) == Some(name) {
        index += 1;
    }
    for _ in 0..=USER_TITLE_LINES {
        let text = line(index)?;
        if text.len() > 60 || is_chapter_heading(text) || text.ends_with(['.', '?', '!', '"']) {
            return None;
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        if has_date(&words) {
            let end = if words.last().is_some_and(|word| is_post_number(word)) {
                index + 1
            } else if line(index + 1).is_some_and(is_post_number) {
                index + 2
            } else {
                return None;
            };
            let bookmark = line(end).is_some_and(|text| text.eq_ignore_ascii_case("add bookmark"));
            return Some(end + usize::from(bookmark));
        }
        index += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threadmark_bars() {
        for (text, expected) in [
            (
                "Threadmarks View all 9 threadmarks Reader mode Recent threadmarks",
                true,
            ),
            ("View all 12 threadmarks", true),
            ("Recent threadmarks", true),
            ("Threadmarks", true),
            ("She kept all her threadmarks in a box.", false),
            ("View all", false),
        ] {
            assert_eq!(is_threadmark_bar(text), expected, "{text}");
        }
    }

    #[test]
    fn chapter_runs() {
        let run = "Chapter 5: Late Fees Chapter 6: The Sale Chapter 7: Inspection Day";
        assert_eq!(
            chapter_run_cut(run).map(|cut| &run[cut..]),
            Some("Chapter 7: Inspection Day")
        );
        for text in [
            "Chapter 7: Inspection Day",
            "Chapter 5 ended. Chapter 6 began.",
            "Chapter and verse. Chapter 2: no.",
        ] {
            assert_eq!(chapter_run_cut(text), None, "{text}");
        }
    }

    #[test]
    fn post_headers() {
        for (text, expected) in [
            (
                "Quillsbury Quillsbury Alphabet soup enjoyer Feb 2, 2025 #96 Add bookmark",
                true,
            ),
            ("inkwell_ray Lurker 14 March 2024 #3", true),
            ("marrowfen Yesterday at 9:14 PM #1,204", true),
            ("marrowfen Today at 9:14 PM #12 Reply", true),
            ("She wrote #96 on the door on Feb 2.", false),
            ("Feb 2, 2025", false),
        ] {
            assert_eq!(is_post_header(text), expected, "{text}");
        }
        let lines = [
            "Quillsbury",
            "Quillsbury",
            "Alphabet soup enjoyer",
            "Feb 2, 2025",
            "#96",
            "Add bookmark",
            "The library opened at nine.",
        ];
        assert_eq!(post_header_end(&lines, 0), Some(6));
        assert_eq!(post_header_end(&lines, 1), Some(6));
        assert_eq!(post_header_end(&lines, 6), None);
        assert_eq!(
            post_header_end(&["inkwell_ray", "14 March 2024 #3", "Text."], 0),
            Some(2)
        );
        // No date, or a sentence: no post header.
        assert_eq!(post_header_end(&["Quillsbury", "#96"], 0), None);
        assert_eq!(
            post_header_end(&["Quillsbury", "She left on Feb 2.", "#96"], 0),
            None
        );
    }
}
