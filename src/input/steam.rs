//! A fic posted as a discussion on a Steam Community hub and copied from its page: the
//! store's bar a line each (`STORE`, `COMMUNITY`, `ABOUT`, `SUPPORT`, `Install Steam`,
//! `login | language`), the game's name, the hub's tabs (`All Discussions   Screenshots
//! …`), the breadcrumb (`GAME > General Discussions > Topic Details`); the topic's post
//! (the poster's name, when it was posted, `Nov 29 @ 9:14pm`, the topic's title and its
//! text, `Last edited by NAME; Nov 29 @ 9:20pm`, `Report post`); `Showing 1-9 of 9
//! comments`; each comment under its header (the poster's name, the time, its number,
//! `#3`), a reply opening with a quote of another post (`Originally posted by NAME:` over
//! the quoted lines), then `Report post`; under the comments the pager (`< 1 >`, `Per
//! page: 15 30 50`), the breadcrumb again, the topic's details (`Date Posted: …`,
//! `Posts: 9`), its buttons and the footer (`© Valve Corporation. …`, the legal links).
//!
//! In: a paste's paragraphs (a block with a post's time, `Report post` or the comments'
//! count in it is cut line by line). Out: their roles and the writer's name. The writer
//! is the topic's poster: the topic's title is the page's and its text the writer's
//! intro (notes, so a line of the game's it quotes is no one's); the writer's comments
//! are the story, each read as a writer's post (see [`read_writers_posts`]: the story's
//! title a heading, a section's numeral, `II.`, a heading too, an end mark glued to the
//! thanks a note); the writer's answer to a reader (`@NAME …`) and everything else —
//! the bar, the headers, `Report post`, the others' comments (their quotes of the story)
//! and the foot — are the page's.

use super::chrome::{
    is_line_not_sentence, is_post_end_mark, mark_section_numerals, normalized, read_writers_posts,
    thread_headers, writers_posts, Chrome, Role,
};
use super::page::{has_two_marks, is_clock, MONTH_NAMES};

/// The longest poster's name (bytes).
const MAX_NAME: usize = 64;

/// How many paragraphs of a post's end the writer's thanks may be.
const OUTRO_REACH: usize = 3;

/// `Nov 29 @ 9:14pm`, `Nov 29, 2025 @ 10:02am`: when a post was posted.
fn is_post_time(text: &str) -> bool {
    let lower = normalized(text);
    let words: Vec<&str> = lower.split_whitespace().collect();
    let month = |word: &str| MONTH_NAMES.contains(&word);
    let day = |word: &str| {
        let word = word.trim_end_matches(',');
        (1..=2).contains(&word.len()) && word.chars().all(|c| c.is_ascii_digit())
    };
    let year = |word: &str| word.len() == 4 && word.chars().all(|c| c.is_ascii_digit());
    let time = |word: &str| {
        word.strip_suffix("am")
            .or_else(|| word.strip_suffix("pm"))
            .is_some_and(is_clock)
    };
    text.len() <= 40
        && match words.as_slice() {
            [name, number, "@", at] => month(name) && day(number) && time(at),
            [name, number, when, "@", at] => month(name) && day(number) && year(when) && time(at),
            _ => false,
        }
}

/// `#3`: a comment's number.
fn is_post_number(text: &str) -> bool {
    text.trim().strip_prefix('#').is_some_and(|number| {
        (1..=5).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit())
    })
}

/// `Report post`: the button under every post.
fn is_report(text: &str) -> bool {
    normalized(text) == "report post"
}

/// `Last edited by NAME; Nov 29 @ 9:20pm`: an edited post's line.
fn is_edited(text: &str) -> bool {
    text.len() <= 120 && text.trim_start().starts_with("Last edited by ")
}

/// `Showing 1-9 of 9 comments`: the comments' count.
fn is_showing(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 60
        && lower.starts_with("showing ")
        && (lower.ends_with(" comments") || lower.ends_with(" comment"))
}

/// `Originally posted by NAME:`: a quote of another post, over the quoted lines.
fn is_quote_header(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 80
        && text
            .strip_prefix("Originally posted by ")
            .is_some_and(|rest| rest.ends_with(':'))
}

/// `© Valve Corporation. All rights reserved. …`: the footer.
fn is_footer(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 200 && lower.starts_with('\u{00A9}') && lower.contains("valve corporation")
}

/// `THE END. thank you for reading!!`: an end mark glued to the writer's thanks.
fn opens_with_end_mark(text: &str) -> bool {
    text.split_once(['.', '!'])
        .is_some_and(|(mark, rest)| !rest.trim().is_empty() && is_post_end_mark(mark))
}

/// A line that shows a block is a Steam discussion's, laid out a line at a time: a
/// post's time, `Report post`, `Last edited by`, the comments' count.
pub(crate) fn is_layout_line(text: &str) -> bool {
    // Asked of every line: each is short, and the time has its `@`.
    text.len() <= 120
        && (text.contains(" @ ") && is_post_time(text)
            || is_report(text)
            || is_edited(text)
            || is_showing(text))
}

/// Whether a paste is a discussion copied from a Steam Community hub: two of its marks
/// (`Install Steam` in the bar, a post's time, `Report post`, the comments' count, the
/// footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    has_two_marks(&[
        texts
            .iter()
            .take(10)
            .any(|text| normalized(text) == "install steam"),
        texts.iter().any(|text| is_post_time(text)),
        texts.iter().any(|text| is_report(text)),
        texts.iter().any(|text| is_showing(text)),
        texts.iter().rev().take(4).any(|text| is_footer(text)),
    ])
}

/// The post whose time stands at `index`: where its header starts (the poster's name
/// over the time) and ends (after its number), and the poster.
fn header_at<'a>(texts: &[&'a str], index: usize) -> Option<(usize, usize, &'a str)> {
    if !is_post_time(texts[index]) {
        return None;
    }
    let name = texts.get(index.checked_sub(1)?)?.trim();
    let numbered = texts
        .get(index + 1)
        .is_some_and(|text| is_post_number(text));
    is_line_not_sentence(name, MAX_NAME).then_some((
        index - 1,
        index + 1 + usize::from(numbered),
        name,
    ))
}

/// Reads a discussion copied from a Steam Community hub: sets every paragraph's role;
/// the topic's poster is the writer.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let Some((headers, writer)) = thread_headers(texts, header_at, chrome) else {
        return;
    };
    // Each post's text: from its header to its `Report post`, or the next header.
    let bodies = super::chrome::post_bodies(texts, &headers, |text| {
        is_report(text) || is_edited(text) || is_showing(text) || is_footer(text)
    });
    let topic = bodies[0].0.clone();
    let posts = writers_posts(texts, &bodies[1..], writer);
    read_writers_posts(texts, &posts, is_quote_header, chrome);
    // The topic: its title the page's, its text the writer's intro.
    for index in topic.start + 1..topic.end {
        chrome.roles[index] = Role::Note;
    }
    for post in &posts {
        mark_section_numerals(texts, post.clone(), chrome);
        let from = post.end.saturating_sub(OUTRO_REACH).max(post.start);
        if let Some(mark) = (from..post.end).find(|&index| opens_with_end_mark(texts[index])) {
            chrome.roles[mark..post.end].fill(Role::Note);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("Nov 29 @ 9:14pm", true),
            ("Mar 3, 2025 @ 10:02am", true),
            ("Report post", true),
            ("Last edited by dock_rat; Nov 29 @ 9:20pm", true),
            ("Showing 1-4 of 4 comments", true),
            // A story's lines.
            ("Meet me Nov 29 @ the docks.", false),
            ("Report post haste, the sergeant said.", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(super::super::chrome::is_section_numeral("II."));
        assert!(!super::super::chrome::is_section_numeral("I would."));
        assert!(opens_with_end_mark("THE END. thanks all!!"));
        assert!(!opens_with_end_mark("The end of the pier was dark."));
    }

    /// The bug: a Steam discussion was read whole: the store's bar, the hub's tabs and
    /// the topic's header as one paragraph, the breadcrumb, the topic's post and its
    /// title (its quote of the game as part of it), `Report post` after every post, the
    /// story's title and numerals as narration, the writer's thanks and answer, and the
    /// foot.
    #[test]
    fn a_discussion_is_read_as_the_writers_comments() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "STORE",
            "Install Steam",
            "Harbour Nights",
            "Harbour Nights > General Discussions > Topic Details",
            "dock_rat",
            "Mar 3 @ 9:14pm",
            "[FIC] \"Low Water\" - after Chapter 4",
            "wrote this after the \"hold the line\" bit, posting in two goes",
            "Report post",
            "Showing 1-4 of 4 comments",
            "dock_rat",
            "Mar 3 @ 9:16pm",
            "#1",
            "LOW WATER",
            "I.",
            "\u{2018}Pull,\u{2019} said Femi.",
            "Report post",
            "Gull Reader",
            "Mar 3 @ 9:30pm",
            "#2",
            "\u{201C}Pull\u{201D} lol",
            "Report post",
            "dock_rat",
            "Mar 3 @ 9:40pm",
            "#3",
            "II.",
            "They pulled.",
            "\u{2018}Again,\u{2019} said Femi.",
            "They pulled again, and the boat came in.",
            "THE END. thanks all!!",
            "Report post",
            "dock_rat",
            "Mar 4 @ 8:00am",
            "#4",
            "@gull_reader ha thank you",
            "Report post",
            "Posts: 4",
            "\u{00A9} Valve Corporation. All rights reserved.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[
                C, C, C, C, C, C, C, N, C, C, C, C, C, H, H, S, C, C, C, C, C, C, C, C, C, H, S, S,
                S, N, C, C, C, C, C, C, C, C,
            ])
            .assert_title("LOW WATER")
            .assert_author("dock_rat");
        assert!(!is_page(&["Install Steam", "She said, Install Steam."]));
        // Headers run together in a broken paste are read without a panic.
        Chrome::assert_reads_broken(
            &[
                "Install Steam",
                "dock_rat",
                "Mar 3 @ 9:14pm",
                "gull_reader",
                "Mar 3 @ 9:30pm",
                "#2",
            ],
            read_page,
        );
    }
}
