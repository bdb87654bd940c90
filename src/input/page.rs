//! A story site's page furniture as a reader's copy of the whole page pastes it:
//! navigation and action buttons (`Previous Chapter`, `« Previous chapter | Next
//! chapter »`, `❤ Like 💬 Comment Share`, `Reply Share Report Save`, `Kudos (540)`,
//! Royal Road's `Support "Title"`, Wattpad's `Continue reading next part ›`), what
//! heads the page's tail (a comments header such as `Comments (58)` or `12 comments |
//! Leave a comment`, `About the author`, `Log in to comment`, Wattpad's `You'll also
//! like`), the lines of a comment's header (`pondskater · 3 days ago`, `(Reply)
//! (Thread)`, `2008-11-02 08:14 pm (UTC)`), a LiveJournal or Dreamwidth entry's
//! header (`user (user) wrote,`, `@ 2008-11-02 19:05:00`, the `( Read more... )` cut),
//! Royal Road's `A note from USER` label and the notice it hides in a chapter,
//! Webnovel's note labels (`Before the chapter:`, `Author's Thoughts`), its message
//! (`Creation is hard, cheer me up!`) and buttons a line each (`VOTE`, `Power Stone`),
//! a site's menu (`Browse  Rankings  Create  Library`), its name, breadcrumb and genre
//! line over the title (Quotev), an end mark (`~fin~`) and a tags line (`Tags: fic,
//! …`); a mobile page's chapter arrows (`« Prev`, `Next »`) and footer links (`Help .
//! Privacy . Terms of Service`), tumblr's
//! `Anonymous asked:` over an ask, and an image's description (`[Image: …]`), which
//! a copy pastes in place of the image.
//!
//! In: a paragraph's or a line's text. Out: whether it is that furniture. Where it
//! stands, and whether the page shows it is a site's page, is the [`chrome`] module's
//! call.
//!
//! [`chrome`]: super::chrome

use super::chrome::{is_emoji, is_user_name, normalized, voice, Voice};
use super::wattpad::is_reply_line;

/// Buttons that may stand together on a line (`Reply Share Report Save`, `permalink
/// embed save parent report give award reply`, `(Reply) (Thread)`): a line of two or
/// more of them is a site's, whatever it is beside. [`LONE_BUTTONS`] stand together
/// too; they are listed there only, so the two lists cannot drift apart.
const ACTION_BUTTONS: &[&str] = &[
    "reply",
    "share",
    "report",
    "save",
    "hide",
    "follow",
    "like",
    "comment",
    "comments",
    "paragraph comments",
    "kudos",
    "bookmark",
    "bookmarks",
    "embed",
    "parent",
    "thread",
    "link",
    "expand",
    "award",
    "give award",
    "vote",
    "upvote",
    "downvote",
    "reblog",
    "flag",
    "freeze",
    "track",
    "subscribe",
    "crosspost",
    "context",
    "full comments",
    "leave a comment",
    "post a new comment",
    "log in",
    "sign up",
    "tell a friend",
];

/// Buttons that are a site's even alone on their line: no story paragraph is
/// `Previous Chapter` and nothing else.
const LONE_BUTTONS: &[&str] = &[
    "previous chapter",
    "next chapter",
    "prev chapter",
    "first chapter",
    "latest chapter",
    "fiction index",
    "chapter index",
    "table of contents",
    "entire work",
    "report chapter",
    "previous entry",
    "next entry",
    "add to memories",
    "add to library",
    "add to reading list",
    "permalink",
    "continue reading next part",
    "back to index",
];

/// The words of a line as its buttons: lower case, with the separators sites put
/// between buttons (`|`, `·`, `«`, brackets) and their icons (`❤`, `💬`) as spaces.
fn button_words(text: &str) -> Vec<String> {
    let spaced: String = text
        .chars()
        .map(|character| {
            if character.is_alphanumeric() || matches!(character, '.' | ',' | '\'') {
                character
            } else {
                ' '
            }
        })
        .collect();
    spaced
        .split_whitespace()
        .map(|word| word.trim_matches(['.', ',']).to_lowercase())
        .filter(|word| !word.is_empty())
        .collect()
}

/// A count beside a button: `540`, `3.1k`, `1,204`.
fn is_number(word: &str) -> bool {
    let digits = word.trim_end_matches(['k', 'm']);
    !digits.is_empty()
        && digits.starts_with(|character: char| character.is_ascii_digit())
        && digits
            .chars()
            .all(|character| character.is_ascii_digit() || matches!(character, '.' | ','))
}

/// The buttons a line is made of (longest first at each word), or `None` when a word
/// is no button; counts are skipped and counted.
fn buttons(text: &str) -> Option<(Vec<&'static str>, usize)> {
    let words = button_words(text);
    let mut found = Vec::new();
    let mut counts = 0;
    let mut index = 0;
    while index < words.len() {
        if is_number(&words[index]) {
            counts += 1;
            index += 1;
            continue;
        }
        let matched = ACTION_BUTTONS
            .iter()
            .chain(LONE_BUTTONS)
            .filter(|button| {
                let parts: Vec<&str> = button.split(' ').collect();
                words.len() >= index + parts.len()
                    && parts
                        .iter()
                        .zip(&words[index..])
                        .all(|(part, word)| part == word)
            })
            .max_by_key(|button| button.len())?;
        found.push(*matched);
        index += matched.split(' ').count();
    }
    Some((found, counts))
}

/// Whether a story site's page opens with the site's name alone on a line (`name` in
/// lower case), one of its first three paragraphs: a mark of the site's pages.
pub(crate) fn opens_with_site_name(texts: &[&str], name: &str) -> bool {
    texts
        .iter()
        .take(3)
        .any(|text| super::chrome::normalized(text) == name)
}

/// Whether a page shows at least two of a site's marks: one could be a story's own
/// line (a story may name the site), two are the site's page.
pub(crate) fn has_two_marks(marks: &[bool]) -> bool {
    marks.iter().filter(|&&mark| mark).count() >= 2
}

/// A line of a site's buttons: two or more (`Reply Share Report Save`, `« Previous
/// chapter | Next chapter »`, `❤ Like 💬 Comment Share`), one that is never a story's
/// line (`Previous Chapter`, `Fiction Index`), or one with its count (`Kudos (540)`,
/// `❤ 41 · Reply`). A comments button with its count (`Comments (61)`) heads the
/// comments instead (see [`is_tail_header`]); a lone `Reply` or `Share` may be a
/// story's line.
pub(crate) fn is_nav_line(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 120 || text.ends_with(['.', '!', '?']) && !text.ends_with("...") {
        return false;
    }
    if is_chapter_arrows(text) || is_footer_links(text) || is_menu_line(text) {
        return true;
    }
    let Some((found, counts)) = buttons(text) else {
        return false;
    };
    match found.as_slice() {
        [] => false,
        [one] if counts == 0 => LONE_BUTTONS.contains(one),
        [one] => !matches!(*one, "comment" | "comments"),
        _ => true,
    }
}

/// The items of a site's menu (`Home | Most Recent | Categories | Search | Login`,
/// Webnovel's `Browse  Rankings  Create  Library`, its `PREVIOUS  TABLE OF CONTENTS
/// NEXT`).
const MENU_ITEMS: &[&str] = &[
    "home",
    "browse",
    "rankings",
    "ranking",
    "create",
    "library",
    "genres",
    "categories",
    "search",
    "login",
    "log in",
    "logout",
    "log out",
    "sign in",
    "sign up",
    "register",
    "most recent",
    "authors",
    "titles",
    "series",
    "challenges",
    "top tens",
    "help",
    "members",
    "forums",
    "community",
    "discover",
    "write",
    "previous",
    "next",
    "table of contents",
    "contents",
    "index",
];

/// The fewest items of a menu line: `Home Search`, two words alone, may be a story's.
const MENU_LENGTH: usize = 3;

/// A site's menu copied as a line: three or more of its items, no two the same, and
/// nothing else (`Home | Most Recent | Categories | Search | Login`, `Browse  Rankings
/// Create  Library`, `PREVIOUS  TABLE OF CONTENTS  NEXT`).
pub(crate) fn is_menu_line(text: &str) -> bool {
    // Asked of every line: the first word turns away almost all of them, unallocated.
    let first = text
        .split(|character: char| !character.is_alphanumeric())
        .find(|word| !word.is_empty());
    let opens_menu = first.is_some_and(|first| {
        MENU_ITEMS.iter().any(|item| {
            item.get(..first.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(first))
                && matches!(item.as_bytes().get(first.len()), None | Some(b' '))
        })
    });
    if !opens_menu {
        return false;
    }
    let words = button_words(text);
    let mut items: Vec<&str> = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let item = MENU_ITEMS
            .iter()
            .filter(|item| {
                let parts: Vec<&str> = item.split(' ').collect();
                words.len() >= index + parts.len()
                    && parts
                        .iter()
                        .zip(&words[index..])
                        .all(|(part, word)| part == word)
            })
            .max_by_key(|item| item.len());
        let Some(item) = item else {
            return false;
        };
        if items.contains(item) {
            return false;
        }
        items.push(item);
        index += item.split(' ').count();
    }
    items.len() >= MENU_LENGTH
}

/// Arrows that point a word of their own to the previous or next chapter.
const BACK_ARROWS: &[&str] = &["«", "‹", "<", "←"];
const ON_ARROWS: &[&str] = &["»", "›", ">", "→"];

/// A mobile page's chapter arrows: `« Prev`, `Next »`, or both around the chapter's
/// name (`« Prev 7. The Vote Next »`). The arrow is what makes them a site's: a story's
/// `Next` has none.
fn is_chapter_arrows(text: &str) -> bool {
    match (after_back_arrow(text), before_on_arrow(text)) {
        (Some(""), _) | (_, Some("")) => true,
        // Both arrows: the chapter's name between them.
        (Some(rest), Some(_)) => before_on_arrow(rest).is_some_and(|name| name.len() <= 80),
        _ => false,
    }
}

/// What follows `« Prev` (or `« Previous Chapter`) at the start of a line.
fn after_back_arrow(text: &str) -> Option<&str> {
    BACK_ARROWS.iter().find_map(|arrow| {
        let rest = text.strip_prefix(arrow)?.trim_start();
        let word_end = rest.find(' ').unwrap_or(rest.len());
        let after = matches!(
            rest[..word_end].to_lowercase().as_str(),
            "prev" | "previous"
        )
        .then(|| rest[word_end..].trim_start())?;
        Some(strip_word(after, "chapter").unwrap_or(after))
    })
}

/// What stands before `Next »` (or `Next Chapter »`) at the end of a line.
fn before_on_arrow(text: &str) -> Option<&str> {
    ON_ARROWS.iter().find_map(|arrow| {
        let rest = text.strip_suffix(arrow)?.trim_end();
        let rest = last_word_stripped(rest, "chapter").unwrap_or(rest);
        last_word_stripped(rest, "next")
    })
}

/// `text` without its first word when that is `word` (any case), trimmed.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let end = text.find(' ').unwrap_or(text.len());
    text[..end]
        .eq_ignore_ascii_case(word)
        .then(|| text[end..].trim_start())
}

/// `text` without its last word when that is `word` (any case), trimmed.
fn last_word_stripped<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let start = text.rfind(' ').map_or(0, |at| at + 1);
    text[start..]
        .eq_ignore_ascii_case(word)
        .then(|| text[..start].trim_end())
}

/// Links at the foot of a site's page.
const FOOTER_LINKS: &[&str] = &[
    "help",
    "privacy",
    "privacy policy",
    "terms",
    "terms of service",
    "desktop/tablet mode",
    "desktop mode",
    "mobile mode",
    "contact",
    "contact us",
    "about",
    "about us",
    "dmca",
    "cookies",
];

/// `Help . Privacy . Terms of Service`, FanFiction.net's `Desktop/Tablet Mode . Mobile
/// Mode`: two or more of a site's footer links, with the dots or bars between them.
fn is_footer_links(text: &str) -> bool {
    let links: Vec<String> = text
        .split(['.', '|', '·', '•'])
        .map(normalized)
        .filter(|link| !link.is_empty())
        .collect();
    links.len() >= 2
        && links
            .iter()
            .all(|link| FOOTER_LINKS.contains(&link.as_str()))
        && links.windows(2).all(|pair| pair[0] != pair[1])
}

/// `7. The Vote`: a mobile page's chapter choice, which stands between its arrows.
pub(crate) fn is_chapter_choice(text: &str) -> bool {
    let text = text.trim();
    let digits = text
        .find(|character: char| !character.is_ascii_digit())
        .unwrap_or(text.len());
    let name = text[digits..].strip_prefix(". ").unwrap_or_default();
    digits > 0 && !name.is_empty() && text.len() <= 80 && !name.ends_with(['.', '!', '?'])
}

/// A button a page shows alone on its line (`Review`, `Reply`, AO3's `Kudos ♥` and
/// `Actions`, Webnovel's `VOTE`, `Power Stone` and `GIFT`), which a story may have as
/// a line of its own too: a site's only beside its other buttons or under a forum
/// post.
pub(crate) fn is_lone_button(text: &str) -> bool {
    const LONE: &[&str] = &[
        "review",
        "reply",
        "report",
        "quote",
        "like",
        "share",
        "follow",
        "favorite",
        "favourite",
        "fav",
        "kudos",
        "actions",
        "vote",
        "gift",
        "power stone",
    ];
    text.len() <= 20 && LONE.contains(&button_words(text).join(" ").as_str())
}

/// Royal Road's button under a chapter, `Support "Title"`, which would voice the
/// title as dialogue.
pub(crate) fn is_support_button(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text.strip_prefix("Support ") else {
        return false;
    };
    text.len() <= 120
        && rest.starts_with(['"', '\u{201C}'])
        && rest.ends_with(['"', '\u{201D}'])
        && rest.chars().count() >= 3
}

/// A label over an author's note box: Royal Road's `A note from USER`, Webnovel's
/// `Before the chapter:` over the chapter and `Author's Thoughts` under it.
pub(crate) fn is_note_box_label(text: &str) -> bool {
    let label = text.trim().trim_end_matches(':');
    text.len() <= 60
        && (note_from(text).is_some()
            || is_phrase(
                label,
                &[
                    "author's thoughts",
                    "before the chapter",
                    "after the chapter",
                ],
            ))
}

/// Webnovel's `Before the chapter:`, a box that only ever stands over the story.
pub(crate) fn is_before_chapter_label(text: &str) -> bool {
    is_phrase(text.trim().trim_end_matches(':'), &["before the chapter"])
}

/// What a site prints on every chapter's page, word for word: Webnovel's `Creation is
/// hard, cheer me up!` over its buttons, an archive's `You must login (register) to
/// review.`.
pub(crate) fn is_site_message(text: &str) -> bool {
    is_phrase(
        text,
        &[
            "creation is hard, cheer me up!",
            "creation is hard, cheer me up",
            "like it ? add to library!",
            "you must login (register) to review.",
            "you must log in (register) to review.",
        ],
    )
}

/// Whether `text`, trimmed, is one of `phrases` (lower case) in any case, with curly
/// apostrophes or straight: as [`normalized`] would say, without its allocation, for
/// what is asked of every line.
fn is_phrase(text: &str, phrases: &[&str]) -> bool {
    let text = text.trim();
    let fold = |character: char| match character {
        '\u{2019}' => '\'',
        _ => character.to_ascii_lowercase(),
    };
    phrases
        .iter()
        .any(|phrase| text.chars().map(fold).eq(phrase.chars()))
}

/// `A note from Quillon_Vash`: Royal Road's label over an author's note box; the name.
pub(crate) fn note_from(text: &str) -> Option<&str> {
    let name = text.trim().strip_prefix("A note from ")?.trim();
    is_user_name(name).then_some(name)
}

/// The notice Royal Road hides in its chapters, which a copy of the page pastes with
/// the story: `This narrative has been unlawfully taken from Royal Road. If you spot it
/// on Amazon, please report it.` Worded a new way each time, it names where the story
/// belongs or the story itself, and says it was taken.
pub(crate) fn is_theft_notice(text: &str) -> bool {
    if text.len() > 260 {
        return false;
    }
    let lower = normalized(text);
    let platform = ["royal road", "royalroad", "amazon"]
        .iter()
        .any(|site| lower.contains(site));
    let this_story = [
        "this story",
        "this narrative",
        "this tale",
        "this content",
        "this novel",
        "this chapter",
        "this book",
        "this text",
    ]
    .iter()
    .any(|words| lower.contains(words));
    let taken = [
        "stolen",
        "taken without",
        "lifted",
        "pilfered",
        "unauthori",
        "without permission",
        "without consent",
        "without the author",
        "misappropriat",
        "appropriated",
        "unlawful",
        "illicit",
        "pirated",
        "piracy",
    ]
    .iter()
    .any(|word| lower.contains(word));
    taken && (platform || this_story && lower.contains("report"))
}

/// What heads the tail of a story's page, after which nothing is story: the comments
/// (`Comments (58)`, `58 Comments`, `12 comments | Leave a comment`, `Leave a
/// comment`, `Log in to comment`), the author's box (`About the author`) or the books
/// the site recommends (`You'll also like`).
pub(crate) fn is_tail_header(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 60 {
        return false;
    }
    let key = normalized(text);
    if matches!(
        key.as_str(),
        "about the author"
            | "log in to comment"
            | "login to comment"
            | "sign in to comment"
            | "leave a comment"
            | "post a new comment"
            | "add a comment"
            | "write a comment"
            | "you'll also like"
            | "you may also like"
            | "you might also like"
            | "top comments"
    ) {
        return true;
    }
    // `Comments (58)`, `58 Comments`, `12 comments | Leave a comment`.
    let words = button_words(text);
    let counted = words.iter().filter(|word| is_number(word)).count() == 1;
    let rest: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|word| !is_number(word))
        .collect();
    counted
        && matches!(
            rest.as_slice(),
            ["comments" | "comment"] | ["comments" | "comment", "leave", "a", "comment"]
        )
}

/// `14 min read`: a post's reading time, a line of its own (Wix, Vocal, Medium).
pub(crate) fn is_reading_time(text: &str) -> bool {
    normalized(text)
        .strip_suffix(" min read")
        .is_some_and(|minutes| !minutes.is_empty() && minutes.chars().all(|c| c.is_ascii_digit()))
}

/// The month names, lower case, full and cut short (`mar`, `sept`, `march`), that a
/// post's or a comment's date spells: one list, so that every reader that reads a
/// date (a forum post's, a Pillowfort post's) knows the same months.
pub(crate) const MONTH_NAMES: &[&str] = &[
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

/// The days of the week, lower case, that a date or a post's time may name first
/// (`Tuesday, March 12, 2019`, `Monday at 21:14`).
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// `9:14`, `21:14`: a time on a clock, hours and minutes, as a post's or a message's
/// header prints it (a reader strips its own `am`/`pm` first).
pub(crate) fn is_clock(word: &str) -> bool {
    word.split_once(':').is_some_and(|(hours, minutes)| {
        (1..=2).contains(&hours.len())
            && minutes.len() == 2
            && hours
                .chars()
                .chain(minutes.chars())
                .all(|c| c.is_ascii_digit())
    })
}

/// `03/14/2024`, `14.03.2024`, `3/14/24`, `02-11-2020`: a date in numbers, as a post's
/// or a message's header prints it.
pub(crate) fn is_numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['/', '.', '-']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|part| (1..=4).contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit()))
}

/// A date as a site prints a post's or a comment's, with its time or not: `08/19/07
/// 09:14 AM`, `Oct 03, 2009`, `Mar 14, 2024, 9:41 PM`, `27 December 2023 at 21:14`,
/// `14 March 2017`. Nothing else on the line.
pub(crate) fn is_date(text: &str) -> bool {
    let text = text.trim();
    // Asked of every line: most go before anything is allocated.
    if text.len() > 60
        || !text.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !text.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|word| word.trim_end_matches(','))
        .collect();
    let digits = |word: &str, lengths: &[usize]| {
        lengths.contains(&word.len()) && word.chars().all(|c| c.is_ascii_digit())
    };
    let month = |word: &str| MONTH_NAMES.contains(&word.trim_end_matches('.'));
    let numeric = |word: &str| {
        let parts: Vec<&str> = word.split(['/', '.']).collect();
        matches!(parts.as_slice(), [day, month, year]
            if digits(day, &[1, 2]) && digits(month, &[1, 2]) && digits(year, &[2, 4]))
    };
    let time = match words.as_slice() {
        [date, rest @ ..] if numeric(date) => rest,
        [name, day, year, rest @ ..]
            if month(name) && digits(day, &[1, 2]) && digits(year, &[4]) =>
        {
            rest
        }
        [day, name, year, rest @ ..]
            if digits(day, &[1, 2]) && month(name) && digits(year, &[4]) =>
        {
            rest
        }
        _ => return false,
    };
    let clock = |word: &str| is_clock(word.trim_end_matches(['a', 'p', 'm']));
    match time {
        [] => true,
        ["at", at] | [at] => clock(at),
        ["at", at, "am" | "pm"] | [at, "am" | "pm"] => clock(at),
        _ => false,
    }
}

/// `xXsakura_blossomXx on 08/19/07 09:14 AM`, `Reviewed by moth_reader on Oct 03,
/// 2009`: a comment's or a review's header, its writer and when; the writer's name.
pub(crate) fn dated_by(text: &str) -> Option<&str> {
    let text = text.trim();
    if text.len() > 100 {
        return None;
    }
    let (name, date) = text.split_once(" on ")?;
    let name = ["Reviewed by ", "Posted by ", "Comment by ", "by "]
        .iter()
        .find_map(|label| name.strip_prefix(label))
        .unwrap_or(name)
        .trim();
    (is_user_name(name) && is_date(date)).then_some(name)
}

/// Units of a time a comment was posted (`3 days ago`, `8 hr. ago`, `5h ago`).
const TIME_UNITS: &[&str] = &[
    "second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins", "m", "hour",
    "hours", "hr", "hrs", "h", "day", "days", "d", "week", "weeks", "wk", "w", "month", "months",
    "mo", "year", "years", "yr", "yrs", "y",
];

/// Whether words end a time a comment was posted: `3 days ago`, `8 hr. ago`, `5h ago`,
/// `just now`; the index of its first word.
pub(crate) fn time_ago_start(words: &[&str]) -> Option<usize> {
    let lower: Vec<String> = words
        .iter()
        .map(|word| word.trim_end_matches(['*', ',']).to_lowercase())
        .collect();
    let last = lower.len().checked_sub(1)?;
    if lower[last] == "now" && last >= 1 && lower[last - 1] == "just" {
        return Some(last - 1);
    }
    if lower[last] != "ago" || last == 0 {
        return None;
    }
    let unit = lower[last - 1].trim_end_matches('.');
    let number = |word: &str| {
        word == "a" || word == "an" || !word.is_empty() && word.chars().all(|c| c.is_ascii_digit())
    };
    if TIME_UNITS.contains(&unit) && last >= 2 && number(&lower[last - 2]) {
        return Some(last - 2);
    }
    // `5h ago`, `3d ago`.
    let digits = unit.trim_end_matches(char::is_alphabetic);
    (number(digits) && digits != unit && TIME_UNITS.contains(&&unit[digits.len()..]))
        .then_some(last - 1)
}

/// A comment's header on Quotev and sites like it: `pondskater · 3 days ago`,
/// `Quillon_Vash (Author) · 1 hour ago`; or the time alone.
pub(crate) fn is_comment_header(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 80 {
        return false;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|word| !matches!(*word, "·" | "•" | "-" | "|"))
        .collect();
    let Some(start) = time_ago_start(&words) else {
        return false;
    };
    let name = words[..start].join(" ");
    let name = name.trim_end_matches(" (Author)").trim();
    name.is_empty() || is_user_name(name)
}

/// A comment's time stamp on LiveJournal or Dreamwidth (`2008-11-02 08:14 pm (UTC)`),
/// or an entry's (`@ 2008-11-02 19:05:00`): a date, a time, and nothing else.
pub(crate) fn is_timestamp_line(text: &str) -> bool {
    let text = text.trim().trim_start_matches('@').trim();
    if text.len() > 40 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let date = |word: &str| {
        let parts: Vec<&str> = word.split('-').collect();
        parts.len() == 3
            && parts[0].len() == 4
            && parts[1].len() <= 2
            && parts[2].len() <= 2
            && parts
                .iter()
                .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
    };
    let time =
        |word: &str| word.contains(':') && word.chars().all(|c| c.is_ascii_digit() || c == ':');
    words.first().is_some_and(|word| date(word))
        && words.len() >= 2
        && words[1..].iter().all(|word| {
            time(word) || matches!(word.to_lowercase().as_str(), "am" | "pm" | "(utc)" | "utc")
        })
}

/// A LiveJournal or Dreamwidth entry's byline: `user (user) wrote,`, `user wrote in
/// community,`, `user_name wrote,`; Dreamwidth's, with its icons' names and the date
/// glued on (`user ([personal profile] user) wrote in [community profile]
/// community2023-11-04 07:12 pm`); the user name.
pub(crate) fn journal_byline(text: &str) -> Option<&str> {
    let text = text.trim();
    if text.len() > 160 {
        return None;
    }
    // Dreamwidth's icons copy as `[personal profile]`; the date follows the byline.
    let icons = text.contains(" profile] ");
    let (text, dated) = match glued_timestamp(text) {
        Some(at) => (text[..at].trim_end(), true),
        None => (text, false),
    };
    if !text.ends_with(',') && !icons && !dated {
        return None;
    }
    let body = text.trim_end_matches(',').trim_end();
    let (who, community) = match body.split_once(" wrote in ") {
        Some((who, community)) => (who, Some(without_icon(community))),
        None => (body.strip_suffix(" wrote")?, None),
    };
    let name = match who.split_once(" (") {
        Some((name, user)) => user
            .strip_suffix(')')
            .map(without_icon)
            .filter(|user| is_user_name(user))
            .map(|_| name)?,
        None => without_icon(who),
    };
    let sure = who.contains(" (")
        || icons
        || community.is_some_and(is_user_name)
        || name.contains('_')
        || name.chars().any(|character| character.is_ascii_digit());
    (sure && is_user_name(name)).then_some(name)
}

/// `[personal profile] user` → `user`: the name without Dreamwidth's icon.
fn without_icon(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix('[')
        .and_then(|rest| rest.split_once("] "))
        .filter(|(icon, _)| icon.ends_with(" profile"))
        .map_or(text, |(_, name)| name.trim())
}

/// Where a time stamp glued to the end of a line starts (`…community2023-11-04 07:12
/// pm`), if one ends it.
fn glued_timestamp(text: &str) -> Option<usize> {
    text.char_indices()
        .filter(|&(at, character)| {
            character.is_ascii_digit()
                && at > 0
                && !text[..at].ends_with(|before: char| before.is_ascii_digit())
        })
        .map(|(at, _)| at)
        .find(|&at| is_timestamp_line(&text[at..]))
}

/// `Entry tags:` alone on its line: a journal entry's tags follow it.
pub(crate) fn is_tags_label(text: &str) -> bool {
    matches!(normalized(text).as_str(), "entry tags:" | "entry tags")
}

/// LiveJournal's cut, as the journal's page shows it: `( Read more... )`, `( the fic
/// under here )`.
pub(crate) fn is_journal_cut(text: &str) -> bool {
    let text = text.trim();
    let Some(inner) = text
        .strip_prefix("( ")
        .and_then(|rest| rest.strip_suffix(" )"))
    else {
        return false;
    };
    let lower = inner.to_lowercase();
    inner.len() <= 60
        && !inner.contains(['(', ')'])
        && ["more", "read", "cut", "fic", "click", "here", "story"]
            .iter()
            .any(|word| lower.contains(word))
}

/// An end mark under a story: `~fin~`, `Fin.`, `-end-`, `[end]`, `TO BE CONTINUED!!!!`,
/// `END` in capitals as a post's, or one with the writer's aside in brackets (`THE END
/// (for now 😉)`); the story's own `The End` and `To be continued...` are read.
pub(crate) fn is_end_mark(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 48 {
        return false;
    }
    // `THE END (for now 😉)`: a short aside after a mark in capitals, or in a chat
    // voice, is the writer's; `The End (of the road)` may be a story's.
    let aside = text
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
        .filter(|(mark, aside)| {
            (1..=4).contains(&aside.split_whitespace().count())
                && (!mark.chars().any(char::is_lowercase) || voice(aside) == Voice::Chat)
        });
    let mark = aside.map_or(text, |(mark, _)| mark.trim_end());
    let letters: String = mark
        .chars()
        .filter(|character| character.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let decorated = aside.is_some()
        || mark
            .chars()
            .any(|character| !character.is_alphanumeric() && !matches!(character, ' ' | '.'));
    letters == "fin"
        || decorated && matches!(letters.as_str(), "end" | "theend" | "tobecontinued" | "tbc")
        || text == "END"
}

/// A post's tags under it: `Tags: below stairs, fic`, `Entry tags: …`.
pub(crate) fn is_tags_line(text: &str) -> bool {
    let Some((key, value)) = text.split_once(':') else {
        return false;
    };
    text.len() <= 300
        && matches!(
            normalized(key).as_str(),
            "tags" | "entry tags" | "tagged" | "filed under"
        )
        && !value.trim().is_empty()
        && !value.trim_end().ends_with('.')
}

/// Story sites whose name heads a copied page.
const SITE_NAMES: &[&str] = &[
    "quotev",
    "wattpad",
    "royal road",
    "royalroad",
    "archive of our own",
    "archive of our own beta",
    "fanfiction",
    "fanfiction.net",
    "fictionpress",
    "livejournal",
    "dreamwidth",
    "tumblr",
    "reddit",
    "scribble hub",
    "scribblehub",
    "webnovel",
    "inkitt",
    "spacebattles",
    "sufficient velocity",
    "questionable questing",
];

/// A site's name alone on its line (`Quotev`), as its logo copies.
pub(crate) fn is_site_name(text: &str) -> bool {
    text.len() <= 30 && SITE_NAMES.contains(&normalized(text).as_str())
}

/// FanFiction.net's categories, which head its breadcrumb (`Books » Fandom`).
const CATEGORIES: &[&str] = &[
    "anime/manga",
    "books",
    "cartoons",
    "comics",
    "games",
    "misc",
    "movies",
    "plays/musicals",
    "tv shows",
    "crossover",
    "crossovers",
];

/// A breadcrumb over a title: `Stories » Fanfiction » Original Characters`, or
/// FanFiction.net's category over the fandom (`Books » Saltmarsh Cousins`).
pub(crate) fn is_breadcrumb(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 120 {
        return false;
    }
    // Quizilla's and older sites' crumbs stand between spaced `>` marks.
    let pieces: Vec<&str> = text
        .split(['»', '›'])
        .flat_map(|piece| piece.split(" > "))
        .map(str::trim)
        .collect();
    let category = pieces.len() == 2 && CATEGORIES.contains(&normalized(pieces[0]).as_str());
    (pieces.len() >= 3 || category)
        && pieces.iter().all(|piece| {
            !piece.is_empty()
                && piece.split_whitespace().count() <= 5
                && !piece.ends_with(['.', '!', '?', '"', '\u{201D}'])
        })
}

/// Genres and kinds a site lists under a title.
const GENRES: &[&str] = &[
    "fanfiction",
    "fan fiction",
    "fanfic",
    "fan-fic",
    "romance",
    "humor",
    "humour",
    "comedy",
    "fluff",
    "angst",
    "drama",
    "fantasy",
    "horror",
    "mystery",
    "adventure",
    "action",
    "sci-fi",
    "science fiction",
    "thriller",
    "poetry",
    "random",
    "teen fiction",
    "general",
    "hurt/comfort",
    "slice of life",
    "supernatural",
    "paranormal",
    "tragedy",
    "crime",
    "historical",
    "short story",
    "one shot",
    "oneshot",
    "one-shot",
    "x reader",
    "reader insert",
    "original",
    "litrpg",
    "progression",
    "portal fantasy",
    "non-fiction",
];

/// A genre or kind a site lists (`Romance`, `Fan-fic`).
pub(crate) fn is_genre(text: &str) -> bool {
    GENRES.contains(&normalized(text).as_str())
}

/// A site's genre line under a title: `Fanfiction · Romance · Fluff`.
pub(crate) fn is_genre_line(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 120 {
        return false;
    }
    let pieces: Vec<&str> = text.split(['·', '•', '|']).collect();
    let genres = pieces.iter().filter(|piece| is_genre(piece)).count();
    pieces.len() >= 2 && genres * 2 > pieces.len() && genres >= 2
}

/// A writer's glossary of the story's words, a paragraph of its own: two or more `word
/// = meaning` items (`ftira = Maltese bread. timpana = baked macaroni.`), or a
/// `Glossary:` label over them. A story's sentence seldom sets words equal twice.
pub(crate) fn is_glossary(text: &str) -> bool {
    let lower = normalized(text);
    lower.starts_with("glossary") || text.matches(" = ").count() >= 2
}

/// The longest chapter heading a story site shows without a colon (bytes).
const MAX_BARE_CHAPTER_LINE: usize = 120;

/// `Chapter 4 Load-Shedding`: a chapter's heading as a story site's page shows it
/// (Dreame, GoodNovel), its number and title with nothing between.
pub(crate) fn is_bare_chapter_line(text: &str) -> bool {
    let mut words = text.split_whitespace();
    text.len() <= MAX_BARE_CHAPTER_LINE
        && words.next() == Some("Chapter")
        && words
            .next()
            .is_some_and(|number| number.chars().all(|c| c.is_ascii_digit()))
        && !text.trim_end().ends_with(['.', '!', '?'])
}

/// A reader-insert key: `(Y/N) = your name`, `E/C - eye colour`, `[H/C]: hair colour`.
pub(crate) fn is_insert_key(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 200 {
        return false;
    }
    let code_end = text
        .find(|character: char| !(character.is_ascii_alphabetic() || "/()[] ".contains(character)))
        .unwrap_or(text.len());
    let code: String = text[..code_end]
        .chars()
        .filter(|character| !"()[] ".contains(*character))
        .collect();
    let is_code = code.split_once('/').is_some_and(|(left, right)| {
        (1..=2).contains(&left.len())
            && (1..=2).contains(&right.len())
            && code
                .chars()
                .all(|c| c == '/' || c.is_ascii_uppercase() || c.is_ascii_lowercase())
    });
    is_code
        && text[code_end..]
            .trim_start()
            .starts_with(['=', ':', '-', '\u{2013}', '\u{2014}'])
}

/// `Anonymous asked:`, `pebble-wren asked: could you…`: tumblr's label over an ask,
/// with the ask when it was copied on the same line. An asker is anonymous or a blog,
/// whose names are lower case, so a story's `Mum asked:` is not one.
pub(crate) fn ask_label(text: &str) -> Option<&str> {
    let text = text.trim();
    let (asker, ask) = text.split_once(" asked:")?;
    let blog = is_user_name(asker)
        && !asker.chars().any(char::is_uppercase)
        && !is_personal_pronoun(asker);
    (asker.eq_ignore_ascii_case("anonymous") || blog).then(|| ask.trim())
}

/// `he`, `she`, `they`: a story's subject (`he asked: are you sure?`), never a user.
pub(crate) fn is_personal_pronoun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "i" | "you" | "he" | "she" | "it" | "we" | "they"
    )
}

/// How a copy labels an image's description.
const IMAGE_LABELS: &[&str] = &[
    "image",
    "image description",
    "image desc",
    "image id",
    "img",
    "id",
    "alt text",
    "alt",
    "picture",
    "photo",
];

/// `[ Chapter 4 of 6 ]` → ` Chapter 4 of 6 `: what a paragraph in square brackets of
/// its own holds (the paragraph trimmed first), so that the readers asking what such a
/// line is (a chapter count, a draft's placeholder) take it apart in one way.
pub(crate) fn bracketed(text: &str) -> Option<&str> {
    text.trim()
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
}

/// The fewest words of an image's description, so that a game's `[ID: 4471]` is no
/// image.
const IMAGE_WORDS: usize = 4;

/// `[Image: a pencil sketch of …]`, `[image description: …]`, `[ID: …]`: an image's
/// description, which a copy pastes where the image stood. It is not the story, and
/// the words on a sign it describes are no one's speech.
pub(crate) fn is_image_description(text: &str) -> bool {
    let text = text.trim();
    opens_image_description(text) && closes_image_description(text)
}

/// Whether a line opens an image's description: `[Image: …`, `(ID: …`.
pub(crate) fn opens_image_description(text: &str) -> bool {
    let Some(text) = text.trim().strip_prefix(['[', '(']) else {
        return false;
    };
    text.split_once(':').is_some_and(|(label, description)| {
        IMAGE_LABELS.contains(&normalized(label).as_str())
            && description.split_whitespace().count() >= IMAGE_WORDS
    })
}

/// Whether a line closes an image's description (`… in white capitals.]`).
pub(crate) fn closes_image_description(text: &str) -> bool {
    text.trim_end().ends_with([']', ')'])
}

/// Whether the page holds a line only a story site's page has (a button line, a
/// support button, a note box's label, a site's message, Royal Road's notice, a
/// journal's byline, time stamp or cut, a comment's header or reply line), so that a
/// comments header is taken for one.
pub(crate) fn is_page_line(text: &str) -> bool {
    is_nav_line(text)
        || is_support_button(text)
        || is_note_box_label(text)
        || is_site_message(text)
        || is_theft_notice(text)
        || journal_byline(text).is_some()
        || is_timestamp_line(text)
        || is_journal_cut(text)
        || is_comment_header(text)
        || is_reply_line(text)
        || is_breadcrumb(text)
}

/// Whether a line shows that comments stand around it: a comment's header, time stamp
/// or reply line (`3w Reply`), or buttons with `Reply`.
pub(crate) fn is_comment_line(text: &str) -> bool {
    is_comment_header(text)
        || is_reply_line(text)
        || is_timestamp_line(text)
        || is_nav_line(text) && buttons(text).is_some_and(|(found, _)| found.contains(&"reply"))
        || text.trim().ends_with(" (Author)")
            && is_user_name(text.trim().trim_end_matches(" (Author)"))
}

/// An emoji or symbol decorating a user name (`♡ sugarplum_thief ♡`).
pub(crate) fn is_decoration(character: char) -> bool {
    is_emoji(character)
        || matches!(
            character,
            '♡' | '♥' | '☆' | '★' | '✿' | '❀' | '~' | '*' | '✧' | '⋆' | '•' | '·' | '|'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks `function` on each text against what it should give; a failure names
    /// the text and the line that called.
    #[track_caller]
    fn check<'a, T: PartialEq + std::fmt::Debug>(
        function: impl Fn(&'a str) -> T,
        cases: &[(&'a str, T)],
    ) {
        for (text, expected) in cases {
            assert_eq!(function(text), *expected, "{text}");
        }
    }

    #[test]
    fn nav_lines() {
        let cases: &[(&str, bool)] = &[
            ("Previous Chapter", true),
            ("Next Chapter", true),
            ("Previous Chapter Next Chapter", true),
            ("« Previous chapter | Next chapter »", true),
            (
                "Previous Entry | Add to Memories | Share | Next Entry",
                true,
            ),
            ("❤ Like 💬 Comment Share", true),
            ("Reply Share Report Save", true),
            ("Reply Give Award Share Report Save Follow", true),
            ("permalink embed save parent report give award reply", true),
            ("(Reply) (Thread)", true),
            ("(Reply) (Parent) (Thread)", true),
            ("❤ 41 · Reply", true),
            ("Kudos (540)", true),
            ("Fiction Index", true),
            ("Continue reading next part ›", true),
            // A story's lines, or a comments header (the tail's).
            ("Reply", false),
            ("Share", false),
            ("Comments (61)", false),
            ("Reply, she said.", false),
            ("Like I said, share it.", false),
            ("Next chapter of my life", false),
            ("Back home", false),
        ];
        check(is_nav_line, cases);
    }

    /// The bug: a site's menu over the page (Webnovel's `Browse  Rankings  Create
    /// Library`, an archive's `Home | Most Recent | … | Login`) was read as the title,
    /// and the one under the chapter as narration.
    #[test]
    fn menu_lines() {
        check(
            is_menu_line,
            &[
                ("Browse  Rankings  Create  Library", true),
                (
                    "Home | Most Recent | Categories | Search | Help | Login",
                    true,
                ),
                ("PREVIOUS  TABLE OF CONTENTS  NEXT", true),
                ("Paragraph comments (212)", false),
                // A story's lines.
                ("Home Search", false),
                ("Next, next, next", false),
                ("Home is where the library is", false),
            ],
        );
        assert!(is_nav_line("Browse  Rankings  Create  Library"));
        assert!(!is_nav_line("Home, search, library."));
    }

    /// The bug: Webnovel's note boxes, message and buttons around a chapter were read,
    /// the quotes in its notes voiced as dialogue.
    #[test]
    fn webnovel_lines() {
        check(
            is_note_box_label,
            &[
                ("Before the chapter:", true),
                ("Author's Thoughts", true),
                ("Author\u{2019}s thoughts:", true),
                ("A note from Quillon_Vash", true),
                ("Before the chapter ended, she left.", false),
            ],
        );
        check(
            is_site_message,
            &[
                ("Creation is hard, cheer me up!", true),
                ("You must login (register) to review.", true),
                ("Creation is hard, she said.", false),
            ],
        );
        check(
            is_lone_button,
            &[
                ("VOTE", true),
                ("Power Stone", true),
                ("GIFT", true),
                ("Power stones everywhere", false),
            ],
        );
        check(is_nav_line, &[("Paragraph comments (212)", true)]);
        check(is_tail_header, &[("TOP COMMENTS", true)]);
    }

    #[test]
    fn tail_headers() {
        let cases: &[(&str, bool)] = &[
            ("Comments (58)", true),
            ("58 Comments", true),
            ("12 comments | Leave a comment", true),
            ("Log in to comment", true),
            ("About the author", true),
            ("You’ll also like", true),
            ("Comments", false),
            ("It had 142 comments.", false),
            ("About the author's mother, nobody spoke.", false),
        ];
        check(is_tail_header, cases);
    }

    #[test]
    fn royal_road_lines() {
        assert!(is_support_button("Support \"Hollowmere Deepdelvers\""));
        assert!(is_support_button("Support “Hollowmere Deepdelvers”"));
        assert!(!is_support_button("Support the wall, she said."));
        assert_eq!(note_from("A note from Quillon_Vash"), Some("Quillon_Vash"));
        assert_eq!(note_from("A note from the front desk said hello."), None);
        check(is_theft_notice, &[
            (
                "This narrative has been unlawfully taken from Royal Road. If you spot it on Amazon, please report it.",
                true,
            ),
            (
                "Stolen content warning: this tale belongs on Royal Road. Report any sightings.",
                true,
            ),
            ("Report any sightings of the stolen crown to the watch.", false),
            ("She ordered the book from Amazon.", false),
        ]);
    }

    #[test]
    fn comment_lines() {
        let cases: &[(&str, bool)] = &[
            ("pondskater · 3 days ago", true),
            ("Quillon_Vash (Author) · 1 hour ago", true),
            ("bramstan_99 · 5h ago", true),
            ("2 days ago", true),
            ("2008-11-02 08:14 pm (UTC)", true),
            ("(Reply) (Thread)", true),
            ("Quillon_Vash (Author)", true),
            ("3w Reply", true),
            ("She left three days ago", false),
            ("Reply", false),
        ];
        check(is_comment_line, cases);
    }

    #[test]
    fn journal_lines() {
        let bylines: &[(&str, Option<&str>)] = &[
            (
                "thornfield_quill (thornfield_quill) wrote,",
                Some("thornfield_quill"),
            ),
            ("Quill (thornfield_quill) wrote,", Some("Quill")),
            (
                "thornfield_quill wrote in below_stairs_fest,",
                Some("thornfield_quill"),
            ),
            ("moth42 wrote,", Some("moth42")),
            // Dreamwidth: the icons' names, no comma, the date glued on.
            (
                "foxglove_ink ([personal profile] foxglove_ink) wrote in [community profile] thimble_exchange2023-11-04 07:12 pm",
                Some("foxglove_ink"),
            ),
            (
                "[personal profile] pipwort_hen wrote in [community profile] bramble_swap",
                Some("pipwort_hen"),
            ),
            (
                "Pip ([personal profile] pipwort_hen) wrote in [community profile] bramble_swap",
                Some("Pip"),
            ),
            ("Mother wrote,", None),
            ("She wrote, and wrote,", None),
            ("Mother wrote in the diary 2023-11-04 07:12 pm", None),
        ];
        check(journal_byline, bylines);
        check(
            is_tags_label,
            &[
                ("Entry tags:", true),
                ("Entry Tags", true),
                ("Tags:", false),
                ("Entry tags: fic", false),
            ],
        );
        check(
            is_timestamp_line,
            &[
                ("@ 2008-11-02 19:05:00", true),
                ("2008-11-02 08:14 pm (UTC)", true),
                ("2008-11-02 19:05 (UTC)", true),
                ("2008-11-02 was a Sunday", false),
            ],
        );
        check(
            is_journal_cut,
            &[
                ("( Read more... )", true),
                ("( the fic is under here! )", true),
                ("(She never did.)", false),
                ("( sic )", false),
            ],
        );
    }

    #[test]
    fn ends_and_tags() {
        check(
            is_end_mark,
            &[
                ("~fin~", true),
                ("Fin.", true),
                ("-end-", true),
                ("[end]", true),
                ("TO BE CONTINUED!!!!", true),
                ("~tbc~", true),
                ("THE END (for now \u{1F609})", true),
                ("The End", false),
                ("To be continued...", false),
                ("The End (of the road)", false),
                ("Finn", false),
                ("end", false),
            ],
        );
        check(
            is_tags_line,
            &[
                ("Tags: below stairs, fic", true),
                ("Entry tags: fic", true),
                ("Tags: none of them were true.", false),
                ("Tags:", false),
            ],
        );
    }

    #[test]
    fn quotev_header_lines() {
        assert!(is_site_name("Quotev"));
        assert!(!is_site_name("Quotes"));
        assert!(is_breadcrumb("Stories » Fanfiction » Original Characters"));
        assert!(!is_breadcrumb("She ran » and ran"));
        assert!(is_genre_line("Fanfiction · Romance · Fluff"));
        assert!(is_genre_line("Fantasy | Adventure"));
        assert!(!is_genre_line("Romance · Bram · Kettle Pond · Boats"));
        assert!(!is_genre_line("Fluff and nonsense"));
        check(
            is_insert_key,
            &[
                ("(Y/N) = your name", true),
                ("E/C - eye colour", true),
                ("[H/C]: hair colour", true),
                ("Y/N stood up.", false),
                ("He said: go.", false),
            ],
        );
    }

    #[test]
    fn times_ago() {
        for (text, expected) in [
            ("3 days ago", Some(0)),
            ("· 8 hr. ago", Some(1)),
            ("5h ago", Some(0)),
            ("an hour ago", Some(0)),
            ("just now", Some(0)),
            ("long ago", None),
            ("ago", None),
        ] {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(time_ago_start(&words), expected, "{text}");
        }
    }

    /// The bug: a FanFiction.net chapter copied from the mobile site was read with its
    /// chapter arrows and choice, `Review` and its footer links, and its breadcrumb
    /// joined to the title.
    #[test]
    fn mobile_chapter_arrows_and_footer_links() {
        check(
            is_nav_line,
            &[
                ("« Prev", true),
                ("Next »", true),
                ("« Prev 7. The Vote Next »", true),
                ("‹ Previous", true),
                ("« Prev Next »", true),
                (
                    "« Previous Chapter | Chapter 4: The Lists | Next Chapter »",
                    true,
                ),
                ("Help . Privacy . Terms of Service", true),
                ("Desktop/Tablet Mode . Mobile Mode", true),
                // A story's lines.
                ("Next", false),
                ("Prev", false),
                ("Next, she said", false),
                ("« Prev » is the button", false),
                ("Help, help", false),
                ("Help . Help", false),
                ("Terms of service were read aloud.", false),
            ],
        );
        check(
            is_chapter_choice,
            &[
                ("7. The Vote", true),
                ("12. Weir Nine", true),
                ("7. The end.", false),
                ("The Vote", false),
                ("7.", false),
            ],
        );
        check(
            is_lone_button,
            &[
                ("Review", true),
                ("Kudos ♥", true),
                ("Actions", true),
                ("Reviewed", false),
                ("Reply to him", false),
            ],
        );
        check(
            is_breadcrumb,
            &[
                ("Books » Saltmarsh Cousins", true),
                ("TV Shows » Lantern Men", true),
                ("Boats » Saltmarsh Cousins", false),
                ("Stories > Anime/Manga > Romance", true),
                ("She > he > the dog, in her ranking of the house.", false),
            ],
        );
    }

    #[test]
    fn dates_and_dated_headers() {
        check(
            is_date,
            &[
                ("08/19/07 09:14 AM", true),
                ("Oct 03, 2009", true),
                ("Mar 14, 2024, 9:41 PM", true),
                ("27 December 2023 at 21:14", true),
                ("14 March 2017", true),
                ("3/4/2021", true),
                // A story's lines.
                ("March came, 2024 ended.", false),
                ("May 3 people come?", false),
                ("12 March", false),
            ],
        );
        check(
            dated_by,
            &[
                (
                    "xXsakura_blossomXx on 08/19/07 09:14 AM",
                    Some("xXsakura_blossomXx"),
                ),
                ("Reviewed by Anonymous on Oct 04, 2009", Some("Anonymous")),
                ("She left on 08/19/07", None),
                ("Reviewed by the board on Oct 04, 2009", None),
            ],
        );
    }

    /// The bug: a tumblr ask was read, its quoted phrase voiced as dialogue.
    #[test]
    fn ask_labels() {
        check(
            ask_label,
            &[
                ("Anonymous asked:", Some("")),
                (
                    "pebble-wren asked: could you write a storm?",
                    Some("could you write a storm?"),
                ),
                ("Mum asked:", None),
                ("She asked: why?", None),
                ("he asked: are you sure? and i said yes.", None),
                ("Nobody asked.", None),
            ],
        );
    }

    /// The bug: an AO3 chapter's image descriptions were read, and the words on a sign
    /// in one voiced as dialogue.
    #[test]
    fn image_descriptions() {
        check(
            is_image_description,
            &[
                ("[Image: a pencil sketch of a red narrowboat]", true),
                ("[image description: two men at the tiller]", true),
                ("[ID: a lock gate with words painted on it]", true),
                ("(Image description: a cat asleep on a roof)", true),
                (
                    "[Image: close-up of a lock gate, the words “CLOSE ME” in white.]",
                    true,
                ),
                // A game's box, a bracket with no label, an open bracket.
                ("[ID: 4471]", false),
                (
                    "[Quest updated: “The Goblin Toll” (1 of 3 bridges crossed)]",
                    false,
                ),
                ("[Image of the fete poster, pinned up]", false),
                ("[Image: a sketch of a boat on the canal", false),
            ],
        );
    }
}
