//! A forum thread copied from SpaceBattles or Sufficient Velocity (XenForo boards):
//! the threadmark bar (`Threadmarks View all 9 threadmarks Reader mode Recent
//! threadmarks`, with the current threadmark's title and the recent threadmarks
//! under it), the run of chapter links under it, and each post's header (user name,
//! user title, date, post number, `Add bookmark`), the post it quotes (`Inkwarden
//! said: … Click to expand...`) and its footer (`Last edited: …`, `Reactions: …`,
//! `Like x 40 Funny x 22`, `Reply`, `Report`). Copied, these lines come one per line
//! or, in a hard-wrapped paste, joined into one; both are recognised.
//!
//! In: a paragraph's or a line's text, or a page's paragraphs. Out: whether a line is
//! that furniture, where a run of chapter links ends (the current chapter's title,
//! the last link, is kept), and on a page of posts which paragraphs are the site's,
//! which are the writer's notes and which is the post's title. The story is the
//! posts of the one who wrote the most; the others' posts are readers' replies.

use super::chrome::{
    is_handle, is_line_not_sentence, is_user_name, normalized, starts_with_quote, talks_to_readers,
    Role, MAX_NOTE_LENGTH,
};
use super::page;
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
        let month = page::MONTH_NAMES.contains(&lower[index].as_str());
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

/// Where a post's header that starts at `index` ends (exclusive): one part per line
/// (see [`post_header_end`]) or on one line (see [`is_post_header`]), with the `Add
/// bookmark` under it. A one-word title above a header is not the header's, unless
/// the name is said twice (the avatar's, then the name) or can only be a user name.
pub(crate) fn post_header_at(texts: &[&str], index: usize) -> Option<usize> {
    let text = texts.get(index)?.trim();
    if is_post_header(text) {
        let bookmark = texts
            .get(index + 1)
            .is_some_and(|next| next.trim().eq_ignore_ascii_case("add bookmark"));
        return Some(index + 1 + usize::from(bookmark));
    }
    post_header_end(texts, index).filter(|_| {
        texts.get(index + 1).is_some_and(|next| next.trim() == text)
            || is_handle(text)
            || post_header_end(texts, index + 1).is_none()
    })
}

/// A post on a thread's page.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Post {
    /// Its header's first paragraph.
    header: usize,
    /// Its text: from `body` up to `end` (exclusive).
    body: usize,
    end: usize,
    poster: String,
}

/// The posts of a thread's page, in order.
fn posts(texts: &[&str]) -> Vec<Post> {
    let mut found: Vec<Post> = Vec::new();
    let mut index = 0;
    while index < texts.len() {
        let Some(body) = post_header_at(texts, index) else {
            index += 1;
            continue;
        };
        let poster = texts[index]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string();
        found.push(Post {
            header: index,
            body,
            end: texts.len(),
            poster,
        });
        index = body;
    }
    for position in 1..found.len() {
        let next = found[position].header;
        found[position - 1].end = next;
    }
    found
}

/// Reads a page of posts: every post's header, quoted post and footer, the threadmark
/// bar with the titles and recent threadmarks it shows, and the posts of anyone but
/// the story's writer (the one whose posts hold the most story) are the site's; a
/// post's title, said as the bar names it, is read as a heading, and the writer's
/// words to the thread over the story (`Obviously not canon. @Inkwarden …`, a
/// spoiler with a key to the cast) are notes. Gives the writer's name.
pub(crate) fn read_posts(texts: &[&str], roles: &mut [Role]) -> Option<String> {
    let posts = posts(texts);
    let titles = threadmark_bar(texts, roles);
    if posts.is_empty() {
        return None;
    }
    let mut sizes: Vec<(&str, usize)> = Vec::new();
    for post in &posts {
        let size: usize = (post.body..post.end)
            .filter(|&index| roles[index] == Role::Story)
            .map(|index| texts[index].len())
            .sum();
        match sizes.iter_mut().find(|(poster, _)| *poster == post.poster) {
            Some((_, total)) => *total += size,
            None => sizes.push((&post.poster, size)),
        }
    }
    let writer = sizes
        .iter()
        .max_by_key(|(_, size)| *size)
        .map(|(poster, _)| poster.to_string());
    for post in &posts {
        roles[post.header..post.body].fill(Role::Chrome);
        if writer.as_deref() != Some(post.poster.as_str()) {
            roles[post.body..post.end].fill(Role::Chrome);
            continue;
        }
        let body = quoted_posts(texts, roles, post);
        footer(texts, roles, post);
        opening(texts, roles, body, post.end, &titles);
    }
    writer
}

/// Whether a line is part of the threadmark bar: its words (`Threadmarks`, `View all
/// 43 threadmarks`, `Recent threadmarks`) or its `Reader mode` button.
fn is_bar_line(text: &str) -> bool {
    is_threadmark_bar(text) || normalized(text) == "reader mode"
}

/// How many lines may stand between two lines of the threadmark bar, or under its
/// `Recent threadmarks` above a post.
const BAR_GAP: usize = 2;

/// The longest line of threadmark titles (bytes): the recent threadmarks run several
/// titles together.
const MAX_BAR_LENGTH: usize = 240;

/// A threadmark's title as the bar shows it (`Omake: Roll For Initiative (Tabletop
/// AU) (non-canon)`, `Turn 58: Lights Out Turn 59: The Tithe Barge`): a line, not a
/// sentence; a chapter heading is left to the header walk, which keeps the last.
fn is_bar_title(text: &str) -> bool {
    is_line_not_sentence(text, MAX_BAR_LENGTH) && !is_chapter_heading(text.trim())
}

/// The threadmark bar, wherever it stands: its lines, the current threadmark's title
/// between them and the recent threadmarks under it when a post follows them, are the
/// site's. Gives the titles it named.
fn threadmark_bar(texts: &[&str], roles: &mut [Role]) -> Vec<String> {
    let mut titles = Vec::new();
    let bars: Vec<usize> = (0..texts.len())
        .filter(|&index| is_bar_line(texts[index]))
        .collect();
    for (position, &bar) in bars.iter().enumerate() {
        roles[bar] = Role::Chrome;
        let between = match bars.get(position + 1) {
            Some(&next) if next - bar <= BAR_GAP + 1 => bar + 1..next,
            // Under `Recent threadmarks`, the titles up to the post they head.
            _ if normalized(texts[bar]).contains("recent") => {
                let end = (bar + 1..texts.len().min(bar + 2 + BAR_GAP))
                    .find(|&index| post_header_at(texts, index).is_some());
                bar + 1..end.unwrap_or(bar + 1)
            }
            _ => continue,
        };
        if texts[between.clone()].iter().all(|text| is_bar_title(text)) {
            for index in between {
                roles[index] = Role::Chrome;
                titles.push(texts[index].trim().to_string());
            }
        }
    }
    titles
}

/// How many paragraphs a quoted post may have up to its `Click to expand...`.
const QUOTE_REACH: usize = 12;

/// `Inkwarden said:`: the line over a post quoted in another; what was copied after
/// it on the same line.
fn quote_attribution(text: &str) -> Option<&str> {
    let (name, rest) = text.trim().split_once(" said:")?;
    let words = name.split_whitespace().count();
    // `He said: "Run."` opens a story, not a quoted post.
    ((1..=3).contains(&words)
        && name.split_whitespace().all(is_user_name)
        && !page::is_personal_pronoun(name))
    .then(|| rest.trim())
}

/// XenForo's button under a long quote, which copies as text.
pub(crate) fn is_click_to_expand(text: &str) -> bool {
    normalized(text).starts_with("click to expand")
}

/// The posts a post quotes (`Inkwarden said:` up to `Click to expand...`, or the
/// paragraph under the attribution that opens the post) are the site's: another's
/// words. Gives where the post's own text starts.
fn quoted_posts(texts: &[&str], roles: &mut [Role], post: &Post) -> usize {
    let mut start = post.body;
    let mut index = post.body;
    while index < post.end {
        let text = texts[index];
        let opens = index == start;
        let end = if is_click_to_expand(text) {
            Some(index + 1)
        } else if let Some(rest) = quote_attribution(text) {
            let expand = (index + 1..post.end.min(index + 1 + QUOTE_REACH))
                .find(|&next| is_click_to_expand(texts[next]));
            match expand {
                // The quote joined with its attribution and button into one paragraph.
                _ if normalized(rest).ends_with("click to expand...") => Some(index + 1),
                Some(expand) => Some(expand + 1),
                None if opens && rest.is_empty() => Some((index + 2).min(post.end)),
                None if opens => Some(index + 1),
                None => None,
            }
        } else {
            None
        };
        match end {
            Some(end) => {
                roles[index..end].fill(Role::Chrome);
                if opens {
                    start = end;
                }
                index = end;
            }
            None => index += 1,
        }
    }
    start
}

/// `Last edited: Dec 3, 2023`, `Reactions: Inkwarden, Brass Lantern and 12 others`,
/// `Like x 40 Funny x 22`: a line of a post's footer (also the footer joined into one).
pub(crate) fn is_footer_line(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 2 * MAX_NOTE_LENGTH
        && (lower.starts_with("last edited:")
            || lower.starts_with("last edited by")
            || lower.starts_with("reactions:")
            || is_reaction_tally(text))
}

/// `Like x 40 Funny x 22 Creative x 6`: the reactions a post got, counted.
fn is_reaction_tally(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let count = |word: &str| {
        !word.is_empty()
            && word
                .chars()
                .all(|character| character.is_ascii_digit() || character == ',')
    };
    // Each reaction is a name of a word or two, `x`, and a count.
    let mut tallies = 0;
    let mut index = 0;
    while index < words.len() {
        let name = words[index..]
            .iter()
            .take_while(|word| **word != "x")
            .count();
        let named = (1..=2).contains(&name)
            && words[index..index + name]
                .iter()
                .all(|word| word.chars().all(char::is_alphabetic));
        if !named || !words.get(index + name + 1).is_some_and(|word| count(word)) {
            return false;
        }
        tallies += 1;
        index += name + 2;
    }
    tallies >= 1
}

/// `Reply`, `Report`, `Reply Report`: a post's buttons under it.
fn is_post_buttons(text: &str) -> bool {
    page::is_lone_button(text) || page::is_nav_line(text)
}

/// A post's footer is the site's: from its first line (`Last edited:`, `Reactions:`)
/// the lines and buttons under it to the post's end, and the buttons that end it.
fn footer(texts: &[&str], roles: &mut [Role], post: &Post) {
    if let Some(start) = (post.body..post.end).find(|&index| is_footer_line(texts[index])) {
        let mut index = start;
        while index < post.end && (is_footer_line(texts[index]) || is_post_buttons(texts[index])) {
            roles[index] = Role::Chrome;
            index += 1;
        }
    }
    let mut index = post.end;
    while index > post.body && is_post_buttons(texts[index - 1]) {
        index -= 1;
        roles[index] = Role::Chrome;
    }
}

/// How many paragraphs may open a post before its story: its title, the writer's
/// words to the thread, a spoiler.
const OPENING_REACH: usize = 6;

/// The opening of a writer's post, from `from`: its title (read; as a heading when the
/// threadmark bar names it), then what the writer says to the thread before the story
/// (notes): a word to another user (`@Inkwarden`), about canon or omake, what talks
/// to readers, a spoiler with a key to the cast (`Wen = the GM`).
fn opening(texts: &[&str], roles: &mut [Role], from: usize, end: usize, titles: &[String]) {
    let Some(first) = (from..end).find(|&index| roles[index] == Role::Story) else {
        return;
    };
    let mut index = first;
    if is_named_title(texts[first], titles) {
        roles[first] = Role::Heading;
        index += 1;
    } else if is_bar_title(texts[first]) && texts[first].len() <= MAX_TITLE_LENGTH {
        // A title the bar does not name (`Omake: The Fines`) is read as it stands.
        index += 1;
    }
    while index < end.min(first + OPENING_REACH) {
        if roles[index] != Role::Story {
            index += 1;
        } else if let Some(spoiler) = spoiler_key_end(texts, index, end) {
            roles[index..spoiler].fill(Role::Note);
            index = spoiler;
        } else if talks_to_thread(texts[index]) {
            roles[index] = Role::Note;
            index += 1;
        } else {
            break;
        }
    }
}

/// The longest line taken for a post's title (bytes).
const MAX_TITLE_LENGTH: usize = 100;

/// Whether a post's first line is a title the threadmark bar names (`Omake: Roll For
/// Initiative (Tabletop AU)` under the bar's `… (Tabletop AU) (non-canon)`).
fn is_named_title(text: &str, titles: &[String]) -> bool {
    let text = text.trim();
    is_bar_title(text)
        && text.len() <= MAX_TITLE_LENGTH
        && text.split_whitespace().count() >= 2
        && titles.iter().any(|title| title.contains(text))
}

/// Words only a writer says to a thread about a post: `canon`, `omake`, `QM`.
const THREAD_WORDS: &[&str] = &["canon", "non-canon", "omake", "apocrypha", "threadmark"];

/// Whether a paragraph is the writer talking to the thread: a user named with `@`, a
/// word about canon or omake, or what talks to readers anywhere.
fn talks_to_thread(text: &str) -> bool {
    if text.len() > MAX_NOTE_LENGTH || starts_with_quote(text) {
        return false;
    }
    let lower = normalized(text);
    let mentions = text.split_whitespace().any(|word| {
        word.strip_prefix('@').is_some_and(|name| {
            is_user_name(name.trim_end_matches(|character: char| !character.is_alphanumeric()))
        })
    });
    let words = lower
        .split(|character: char| !(character.is_alphanumeric() || character == '-'))
        .any(|word| THREAD_WORDS.contains(&word));
    mentions || words || text.split_whitespace().any(|word| word == "QM") || talks_to_readers(text)
}

/// How many lines a spoiler's key may have.
const KEY_LINES: usize = 12;

/// `Spoiler: the table` over `Wen = the GM (hi Quill)` lines (or joined with them):
/// a spoiler holding a key to the cast; where it ends.
fn spoiler_key_end(texts: &[&str], index: usize, end: usize) -> Option<usize> {
    let text = texts[index].trim();
    let lower = normalized(text);
    let rest = lower.strip_prefix("spoiler")?;
    if !(rest.is_empty() || rest.starts_with(':')) {
        return None;
    }
    let is_key = |text: &str| text.contains(" = ") && text.len() <= MAX_NOTE_LENGTH;
    let keys = (index + 1..end.min(index + 1 + KEY_LINES))
        .take_while(|&next| is_key(texts[next]))
        .count();
    (keys > 0 || is_key(text)).then_some(index + 1 + keys)
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
            ("reedbank Yesterday at 9:14 PM #1,204", true),
            ("reedbank Today at 9:14 PM #12 Reply", true),
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

    #[test]
    fn post_headers_anywhere() {
        // On one line, with its `Add bookmark` under it.
        let lines = [
            "reedbank Yesterday at 9:14 PM #12",
            "Add bookmark",
            "The snow came at ten.",
        ];
        assert_eq!(post_header_at(&lines, 0), Some(2));
        // A one-word title over a header is not the header's.
        let lines = [
            "Overdue",
            "inkwell_ray",
            "Lurker",
            "14 March 2024 #3",
            "Text.",
        ];
        assert_eq!(post_header_at(&lines, 0), None);
        assert_eq!(post_header_at(&lines, 1), Some(4));
    }

    #[test]
    fn footers_and_quotes() {
        for (text, expected) in [
            ("Last edited: Dec 3, 2023", true),
            ("Last edited by a moderator: Dec 4, 2023", true),
            ("Reactions: Inkwarden, Brass Lantern and 12 others", true),
            ("Like x 40 Funny x 22 Creative x 6", true),
            ("Informative x 3", true),
            ("Last edited", false),
            ("She liked it x 40 times", false),
            ("x 40", false),
        ] {
            assert_eq!(is_footer_line(text), expected, "{text}");
        }
        for (text, expected) in [
            ("Inkwarden said:", Some("")),
            ("Brass Lantern said:", Some("")),
            (
                "Inkwarden said: Vote by Friday. Click to expand...",
                Some("Vote by Friday. Click to expand..."),
            ),
            ("Then, quietly, she said: no", None),
            ("He said: \"Run.\"", None),
            ("they said: not yet", None),
            ("Everyone in the whole room said:", None),
        ] {
            assert_eq!(quote_attribution(text), expected, "{text}");
        }
    }

    /// The bug: a Sufficient Velocity thread page was read with the threadmark bar's
    /// title and recent threadmarks, the post's header, the post it quotes, its footer
    /// and the reply post of another user under it; the omake's title was narration,
    /// and the writer's words to the thread and the spoiler's key were read.
    #[test]
    fn thread_page_roles() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let story = "The snow started at ten, and by midnight the car park was a white field.";
        let page: &[(&str, Role)] = &[
            ("Threadmarks", C),
            ("View all 21 threadmarks", C),
            ("Omake: Snow Day (Supermarket AU) (non-canon)", C),
            ("Reader mode", C),
            ("Recent threadmarks", C),
            (
                "Turn 30: Low Water Turn 31: The Price Omake: Snow Day (Supermarket AU)",
                C,
            ),
            ("bargepole_betty", C),
            ("Jan 14, 2024", C),
            ("#2,117", C),
            ("Add bookmark", C),
            ("Lockmaster said:", C),
            ("Omake count for one extra vote.", C),
            ("Click to expand...", C),
            ("Omake: Snow Day (Supermarket AU)", H),
            (
                "Had the thought \"what if they all worked nights\". Not canon. @Lockmaster no.",
                N,
            ),
            ("Spoiler: who's who", N),
            ("Hettie = the night manager (obviously)", N),
            ("Corm = works the deli counter", N),
            (story, S),
            (story, S),
            ("Last edited: Jan 14, 2024", C),
            ("Reactions: Lockmaster, Gull Oarsman and 12 others", C),
            ("Like x 10 Funny x 7", C),
            ("Reply", C),
            ("Report", C),
            ("Lockmaster", C),
            ("Jan 14, 2024", C),
            ("#2,118", C),
            ("Add bookmark", C),
            (
                "Threadmarked! \"She was lonely\" is going in the QM notes.",
                C,
            ),
            ("Also Sal is real. Reply Report", C),
        ];
        let texts: Vec<&str> = page.iter().map(|(text, _)| *text).collect();
        let mut roles = vec![S; texts.len()];
        assert_eq!(
            read_posts(&texts, &mut roles).as_deref(),
            Some("bargepole_betty")
        );
        for ((text, expected), role) in page.iter().zip(&roles) {
            assert_eq!(role, expected, "{text}");
        }
    }

    /// One writer's posts are all story; a post's first paragraph is no title unless
    /// the bar names it, nor a note unless it talks to the thread.
    #[test]
    fn a_writers_posts_are_read() {
        let texts = [
            "Bindlewort",
            "Mar 9, 2025",
            "#41",
            "Omake: The Fines",
            "The library opened at nine.",
            "Reply",
            "Bindlewort",
            "Mar 10, 2025",
            "#42",
            "The fine came to four pounds.",
        ];
        let mut roles = vec![Role::Story; texts.len()];
        assert_eq!(
            read_posts(&texts, &mut roles).as_deref(),
            Some("Bindlewort")
        );
        let read: Vec<&str> = texts
            .iter()
            .zip(&roles)
            .filter(|(_, role)| **role == Role::Story)
            .map(|(text, _)| *text)
            .collect();
        assert_eq!(
            read,
            [
                "Omake: The Fines",
                "The library opened at nine.",
                "The fine came to four pounds."
            ]
        );
    }
}
