//! A story copied from its page on FanFiction.de, whose chrome is German whatever the
//! story's language: the site's name and menu a word a line (`FanFiction.de`,
//! `Startseite`, `Kategorien`, `Neue Geschichten`, `Suche`, `Forum`, `Einloggen`,
//! `Registrieren`), the breadcrumb (`Fanfiction › TV-Serien › …`), the story's title
//! over `von AUTHOR`, its kind glued to its genres with its rating and pairing
//! (`GeschichteFamilie, Humor / P6 / Gen`), the summary under `Kurzbeschreibung`, the
//! details (`Einzelkapitel · 5.318 Wörter · 3 Reviews · 412 Aufrufe · veröffentlicht
//! 14.03.2025`), `Einloggen um diese Geschichte zu favorisieren`, the writer's foreword
//! under `Vorwort`; then the chapter's title and text, its end mark (`Ende`), the
//! afterword under `Nachwort`, `Reviews (3)` with `Review schreiben` and each review
//! (`NAME · 14.03.2025 | 22:04` over its text), `Nach oben` and the footer (`Impressum ·
//! Datenschutz · …`, `© 2004–2026 FanFiction.de`).
//!
//! In: a paste's paragraphs (a block with the details, a label of the page's or a
//! review's header in it is cut line by line). Out: their roles, the story's title and
//! the writer's name. The menu, breadcrumb, byline, genres, details and the story's
//! title said again over the chapter are the page's (the title is read once, as a
//! heading); the summary, the foreword and the afterword are the writer's notes (the
//! summary opens with the story's language and lists its fields); the end mark and
//! everything from the reviews down — reviews quoting the story, the footer — are the
//! page's.

use super::chrome::{
    is_user_name, is_writers_aside, mark_menu, normalized, title_over_labelled_byline, Chrome, Role,
};
use super::page::{has_two_marks, is_breadcrumb, is_clock, is_numeric_date, opens_with_site_name};

/// How far down the story's header may reach (paragraphs).
const HEADER_REACH: usize = 40;

/// The longest title line (bytes).
const MAX_TITLE: usize = 120;

/// The site's name and menu, a line each (lower case).
const MENU: &[&str] = &[
    "fanfiction.de",
    "startseite",
    "kategorien",
    "neue geschichten",
    "suche",
    "forum",
    "einloggen",
    "registrieren",
    "abmelden",
    "mein bereich",
    "hilfe",
];

/// The words that count a story's details (`5.318 Wörter`, `3 Reviews`, `412 Aufrufe`).
const COUNT_WORDS: &[&str] = &[
    "wörter",
    "reviews",
    "review",
    "aufrufe",
    "kapitel",
    "favoriten",
    "empfehlungen",
    "empfehlung",
];

/// The page's lines, word for word (lower case).
const PAGE_LINES: &[&str] = &[
    "kurzbeschreibung",
    "review schreiben",
    "nach oben",
    "einloggen um diese geschichte zu favorisieren",
    "einloggen, um diese geschichte zu favorisieren",
];

/// `© 2004–2026 FanFiction.de`: the footer.
fn is_footer(text: &str) -> bool {
    text.len() <= 80
        && text.trim_start().starts_with('\u{00A9}')
        && normalized(text).contains("fanfiction.de")
}

/// `Einzelkapitel · 5.318 Wörter · 3 Reviews · 412 Aufrufe · veröffentlicht
/// 14.03.2025`: the story's details, two or more of them counted.
fn is_details(text: &str) -> bool {
    let lower = normalized(text);
    let counted = lower
        .split(['\u{00B7}', '|'])
        .filter(|piece| {
            let words: Vec<&str> = piece.split_whitespace().collect();
            matches!(words.as_slice(), [number, word]
                if number.chars().all(|c| c.is_ascii_digit() || c == '.')
                    && COUNT_WORDS.contains(word))
        })
        .count();
    text.len() <= 200 && counted >= 2
}

/// `GeschichteFamilie, Humor / P6 / Gen`: the story's kind and genres, its age rating
/// (`P6`, `P12`, `P18-AVL`) and pairing.
fn is_genre_line(text: &str) -> bool {
    let pieces: Vec<&str> = text.split(" / ").map(str::trim).collect();
    let rating = |piece: &str| {
        piece
            .strip_prefix('P')
            .map(|rest| rest.strip_suffix("-AVL").unwrap_or(rest))
            .is_some_and(|age| {
                (1..=2).contains(&age.len()) && age.chars().all(|c| c.is_ascii_digit())
            })
    };
    text.len() <= 160 && pieces.len() >= 2 && pieces.iter().any(|piece| rating(piece))
}

/// `Reviews (3)`: the reviews' header under the story.
fn is_reviews_header(text: &str) -> bool {
    text.len() <= 20
        && normalized(text)
            .strip_prefix("reviews (")
            .and_then(|rest| rest.strip_suffix(')'))
            .is_some_and(|count| !count.is_empty() && count.chars().all(|c| c.is_ascii_digit()))
}

/// `cwtch_monster · 14.03.2025 | 22:04`: a review's header, its writer and when.
fn is_review_header(text: &str) -> bool {
    let Some((name, when)) = text.trim().split_once(" \u{00B7} ") else {
        return false;
    };
    let Some((date, time)) = when.split_once(" | ") else {
        return false;
    };
    text.len() <= 80 && is_user_name(name) && is_numeric_date(date.trim()) && is_clock(time.trim())
}

/// `Vorwort` (foreword) or `Nachwort` (afterword): a label over the writer's notes.
fn is_note_label(text: &str) -> bool {
    text.len() <= 12 && matches!(normalized(text).as_str(), "vorwort" | "nachwort")
}

/// Where the page's tail starts: the reviews' header, the review button, `Nach oben`.
fn starts_tail(text: &str) -> bool {
    is_reviews_header(text)
        || matches!(normalized(text).as_str(), "review schreiben" | "nach oben")
        || is_footer(text)
}

/// A line that shows a block is a FanFiction.de page's, laid out a line at a time: the
/// details, a label of the page's, a review's header, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: the labels are short, the details and headers have their
    // dots.
    text.len() <= 200
        && (text.contains('\u{00B7}') && (is_details(text) || is_review_header(text))
            || text.len() <= 50 && PAGE_LINES.contains(&normalized(text).as_str())
            || is_note_label(text)
            || is_reviews_header(text)
            || is_footer(text))
}

/// Whether a paste is a story copied from FanFiction.de: two of its marks (the site's
/// name at the top, the details, the review button, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        opens_with_site_name(texts, "fanfiction.de"),
        texts.iter().any(|text| is_details(text)),
        texts
            .iter()
            .any(|text| normalized(text) == "review schreiben"),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Where the foreword under its `Vorwort` label at `label` ends, before `end`: its
/// first paragraph, and those after it that are still the writer's asides, up to the
/// story's title said again.
fn foreword_end(texts: &[&str], label: usize, end: usize, title: Option<&str>) -> usize {
    let first = (label + 2).min(end);
    (first..end)
        .find(|&index| {
            let text = texts[index];
            title == Some(text.trim()) || !is_writers_aside(text)
        })
        .unwrap_or(end)
}

/// Reads a story copied from FanFiction.de: sets the roles of its header, notes and
/// tail.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let menu_end = mark_menu(texts, reach, MENU, chrome);
    let mut index = menu_end;
    if texts.get(index).is_some_and(|text| is_breadcrumb(text)) {
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    index = title_over_labelled_byline(texts, index, MAX_TITLE, "von ", is_user_name, chrome);
    let tail = (index..count)
        .find(|&at| starts_tail(texts[at]))
        .unwrap_or(count);
    // The details, the summary under its label and the foreword.
    while index < reach.min(tail) {
        let text = texts[index];
        let lower = normalized(text);
        if lower == "kurzbeschreibung" {
            chrome.roles[index] = Role::Chrome;
            if let Some(role) = chrome.roles.get_mut(index + 1) {
                *role = Role::Note;
            }
            index += 2;
        } else if lower == "vorwort" {
            let end = foreword_end(texts, index, tail, chrome.title.as_deref());
            chrome.roles[index] = Role::Chrome;
            chrome.roles[index + 1..end].fill(Role::Note);
            index = end;
        } else if is_genre_line(text) || is_details(text) || PAGE_LINES.contains(&lower.as_str()) {
            chrome.roles[index] = Role::Chrome;
            index += 1;
        } else {
            break;
        }
    }
    // The title said again over the chapter: read once.
    if index < tail && chrome.title.as_deref() == Some(texts[index].trim()) {
        chrome.roles[index] = Role::Chrome;
    }
    // Under the chapter: the afterword, and the end mark over it or over the reviews.
    let afterword = (index..tail)
        .rev()
        .find(|&at| normalized(texts[at]) == "nachwort");
    let story_end = match afterword {
        Some(label) => {
            chrome.roles[label] = Role::Chrome;
            chrome.roles[label + 1..tail].fill(Role::Note);
            label
        }
        None => tail,
    };
    if let Some(mark) = story_end
        .checked_sub(1)
        .filter(|&mark| mark >= index && normalized(texts[mark]) == "ende")
    {
        chrome.roles[mark] = Role::Chrome;
    }
    chrome.roles[tail..].fill(Role::Chrome);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            (
                "Einzelkapitel \u{00B7} 2.140 W\u{00F6}rter \u{00B7} 1 Review \u{00B7} 98 Aufrufe",
                true,
            ),
            ("Kurzbeschreibung", true),
            ("Vorwort", true),
            ("Reviews (2)", true),
            ("moorhuhn \u{00B7} 02.05.2024 | 18:40", true),
            ("\u{00A9} 2004\u{2013}2024 FanFiction.de", true),
            // A story's lines.
            ("Two reviews came in that night.", false),
            ("Reviews (of the play) were kind.", false),
            ("Mam \u{00B7} at the sink | humming", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_genre_line("GeschichteDrama, Humor / P12 / Het"));
        assert!(!is_genre_line("Tea / toast / jam"));
    }

    /// The bug: a FanFiction.de page was read whole: its menu as a heading, the title,
    /// byline, genres, summary, details and log-in line as one paragraph, the foreword
    /// and afterword with their German labels, the end mark, and the reviews (one
    /// opening with a line of the story, voiced as dialogue) and footer.
    #[test]
    fn a_story_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "FanFiction.de",
            "Startseite",
            "Einloggen",
            "Fanfiction \u{203A} B\u{00FC}cher \u{203A} The Mill",
            "The Mill Pond",
            "von millie_writes",
            "GeschichteHumor / P6 / Gen",
            "Kurzbeschreibung",
            "(English) Tam feeds the ducks. Oneshot.",
            "Einzelkapitel \u{00B7} 2.140 W\u{00F6}rter \u{00B7} 1 Review \u{00B7} 98 Aufrufe",
            "Einloggen um diese Geschichte zu favorisieren",
            "Vorwort",
            "Hallo! My first story in English.",
            "The Mill Pond",
            "\u{2018}Bread,\u{2019} said Tam.",
            "Ende",
            "Nachwort",
            "Danke for reading!",
            "Reviews (1)",
            "Review schreiben",
            "moorhuhn \u{00B7} 02.05.2024 | 18:40",
            "\u{2018}Bread.\u{2019} So gut!",
            "Nach oben",
            "\u{00A9} 2004\u{2013}2024 FanFiction.de",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, H, C, C, C, N, C, C, C, N, C, S, C, C, N, C, C, C, C, C, C,
            ])
            .assert_title("The Mill Pond")
            .assert_author("millie_writes");
        assert!(!is_page(&[
            "FanFiction.de",
            "She found it on FanFiction.de."
        ]));
    }
}
