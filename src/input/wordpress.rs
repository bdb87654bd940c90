//! A WordPress blog post copied whole (WordPress.com or a self-hosted theme): over the
//! post, the blog's name, tagline and menu; the post's title and its line `Posted on
//! DATE by NAME · 7 Comments`; the writer's header fields under it (`Original: …`,
//! `Fandom: …`, `Rating: G`, `Chapter: 2/4`); in the post, its chapter links (`←
//! Chapter 1 | Table of Contents | Chapter 3 →`) and an end line (`End of Chapter 2.`);
//! under it, `Share this:` and its buttons (`Like Loading...`), the related posts
//! (`Related`, each with its `In "Category"`), the comments under their heading (`7
//! thoughts on “Title”`), the reply box (`Leave a Reply Cancel reply`) and the footer
//! (`Blog at WordPress.com.`, `Powered by WordPress`).
//!
//! In: a paste's paragraphs. Out: which are the page's (never read), which are the
//! writer's header (notes), the title (read as a heading, the work's title) and the
//! writer the post line names. A page is taken for a WordPress post only on two of its
//! marks (the post line, the share box, the comments heading, the reply box, the
//! footer), so that a story that names the site keeps every line.

use super::chrome::{mark_page_tail, normalized, tail_at_line, Chrome, Role};
use super::page;

/// How far from the top the post line may stand.
const TOP_REACH: usize = 20;

/// How many header fields may stand under the post line.
const HEADER_FIELDS: usize = 12;

/// The longest line of the page's furniture or a header field (bytes).
const LINE_LENGTH: usize = 300;

/// A paragraph's first line.
fn first_line(text: &str) -> &str {
    text.trim().lines().next().unwrap_or_default()
}

/// `Posted on March 14, 2024 by ash · 7 Comments`: the post line, and the writer.
fn posted_by(text: &str) -> Option<&str> {
    let line = first_line(text);
    let rest = line
        .strip_prefix("Posted on ")
        .or_else(|| line.strip_prefix("Published on "))?;
    let (date, name) = rest.rsplit_once(" by ")?;
    let dated = date.split_whitespace().any(|word| {
        word.trim_end_matches(',')
            .parse::<u16>()
            .is_ok_and(|year| year > 1990)
    });
    let name = name
        .split(['·', '|', '—'])
        .next()
        .unwrap_or_default()
        .trim();
    (line.len() <= LINE_LENGTH && dated && !name.is_empty()).then_some(name)
}

/// `Share this:` over the share buttons, and `Like Loading...` under them.
fn is_share_box(text: &str) -> bool {
    let key = normalized(first_line(text));
    text.len() <= LINE_LENGTH
        && (key.starts_with("share this:") || normalized(text).contains("like loading..."))
}

/// `Related` over the related posts.
fn is_related(text: &str) -> bool {
    normalized(first_line(text)) == "related"
}

/// `7 thoughts on “Title”`, `One thought on “Title”`, `3 responses to "Title"`, `2
/// Replies to "Title"`: the comments' heading.
fn is_comments_heading(text: &str) -> bool {
    let key = normalized(first_line(text));
    let mut words = key.splitn(4, ' ');
    let (Some(count), Some(noun), Some(preposition)) = (words.next(), words.next(), words.next())
    else {
        return false;
    };
    let counted = count.chars().all(|c| c.is_ascii_digit()) || count == "one";
    let heading = matches!(
        (noun, preposition),
        ("thought" | "thoughts", "on")
            | ("response" | "responses" | "reply" | "replies", "to")
            | ("comment" | "comments", "on")
    );
    let quoted = words
        .next()
        .is_some_and(|title| title.starts_with(['"', '\u{201C}', '\u{201E}', '\u{00AB}']));
    text.len() <= LINE_LENGTH && counted && heading && quoted
}

/// `Leave a Reply Cancel reply`, `Leave a Reply`.
fn is_reply_box(text: &str) -> bool {
    let key = normalized(first_line(text));
    key == "leave a reply" || key.starts_with("leave a reply cancel reply")
}

/// `Blog at WordPress.com.`, `Proudly powered by WordPress`: the footer, a line of its
/// own.
fn is_footer(text: &str) -> bool {
    let key = normalized(text);
    let key = key.trim_end_matches('.');
    matches!(
        key,
        "blog at wordpress.com" | "powered by wordpress" | "proudly powered by wordpress"
    ) || key.starts_with("create a free website or blog at wordpress.com")
}

/// What opens the page under the post.
fn opens_tail(text: &str) -> bool {
    is_share_box(text)
        || is_related(text)
        || is_comments_heading(text)
        || is_reply_box(text)
        || is_footer(text)
}

/// One of a post's chapter links: `← Chapter 1`, `Chapter 3 →`, `Table of Contents`,
/// `Next`, `Previous Part`.
fn is_chapter_link(field: &str) -> bool {
    let key = normalized(field.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '←' | '→' | '«' | '»' | '<' | '>' | '‹' | '›')
    }));
    let numbered = key.split_once(' ').is_some_and(|(word, number)| {
        matches!(word, "chapter" | "part" | "ch." | "ch")
            && number.chars().all(|c| c.is_ascii_digit())
            && !number.is_empty()
    });
    numbered
        || matches!(
            key.as_str(),
            "table of contents"
                | "contents"
                | "index"
                | "next"
                | "previous"
                | "prev"
                | "next chapter"
                | "previous chapter"
                | "next part"
                | "previous part"
        )
}

/// `← Chapter 1 | Table of Contents | Chapter 3 →`: the post's chapter links.
fn is_chapter_links(text: &str) -> bool {
    let fields: Vec<&str> = text.trim().split('|').collect();
    text.len() <= LINE_LENGTH && fields.len() >= 2 && fields.iter().all(|f| is_chapter_link(f))
}

/// `End of Chapter 2.`, `End of part three`: the line that closes a chapter's post.
fn is_end_line(text: &str) -> bool {
    let key = normalized(text);
    let key = key.trim_end_matches(['.', '!']);
    key.strip_prefix("end of ").is_some_and(|rest| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        words.len() == 2 && matches!(words[0], "chapter" | "part")
    })
}

/// `Rating: G`, `Original: «…» by …`: a header field of the writer's, a short label
/// with a capital before its colon.
fn is_header_field(text: &str) -> bool {
    let Some((key, value)) = text.split_once(':') else {
        return false;
    };
    text.len() <= LINE_LENGTH
        && !text.trim().contains('\n')
        && !value.trim().is_empty()
        && key.split_whitespace().count() <= 3
        && !key.split_whitespace().any(page::is_personal_pronoun)
        && key.trim().starts_with(|c: char| c.is_uppercase())
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '-' | '/'))
}

/// Whether a paste is a WordPress post: two of its marks.
pub(crate) fn is_page(texts: &[&str]) -> bool {
    let posted = texts
        .iter()
        .take(TOP_REACH)
        .any(|text| posted_by(text).is_some());
    let share = texts.iter().any(|text| is_share_box(text));
    let comments = texts.iter().any(|text| is_comments_heading(text));
    let reply = texts.iter().any(|text| is_reply_box(text));
    let footer = texts.iter().any(|text| is_footer(text));
    page::has_two_marks(&[posted, share, comments, reply, footer])
}

/// Reads a WordPress post (see the module doc).
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let mut post_start = 0;
    let posted =
        (0..count.min(TOP_REACH)).find_map(|index| Some((index, posted_by(texts[index])?)));
    if let Some((line, name)) = posted {
        chrome.author.get_or_insert_with(|| name.to_string());
        chrome.roles[..=line].fill(Role::Chrome);
        // The title stands right over the post line.
        if let Some(title) = line.checked_sub(1) {
            chrome.roles[title] = Role::Heading;
            chrome.title = Some(texts[title].trim().to_string());
        }
        post_start = line + 1;
        while post_start < count
            && post_start <= line + HEADER_FIELDS
            && is_header_field(texts[post_start])
        {
            chrome.roles[post_start] = Role::Note;
            post_start += 1;
        }
    }
    let tail = mark_page_tail(texts, post_start, tail_at_line(opens_tail), chrome);
    for (text, role) in texts[post_start..tail]
        .iter()
        .zip(&mut chrome.roles[post_start..tail])
    {
        if is_chapter_links(text) || is_end_line(text) {
            *role = Role::Chrome;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line test, a line and what it must say.
    type LineCase = (fn(&str) -> bool, &'static str, bool);

    #[test]
    fn line_kinds() {
        let cases: &[LineCase] = &[
            (
                |text| posted_by(text).is_some(),
                "Posted on June 2, 2023 by wrenlit · 3 Comments",
                true,
            ),
            (
                |text| posted_by(text).is_some(),
                "Posted on the door by the landlord, the notice said.",
                false,
            ),
            (is_share_box, "Share this:\nTwitter\nFacebook", true),
            (is_share_box, "Like Loading...", true),
            (is_share_box, "Share this with nobody, she said.", false),
            (is_comments_heading, "4 thoughts on “Kettle Song”", true),
            (is_comments_heading, "One thought on \"Kettle Song\"", true),
            (is_comments_heading, "Two thoughts on the matter.", false),
            (is_reply_box, "Leave a Reply Cancel reply", true),
            (is_footer, "Blog at WordPress.com.", true),
            (is_footer, "Proudly powered by WordPress", true),
            (is_footer, "She wrote a blog at WordPress.com, once.", false),
            (
                is_chapter_links,
                "← Chapter 4 | Table of Contents | Chapter 6 →",
                true,
            ),
            (is_chapter_links, "« Previous | Index | Next »", true),
            (is_chapter_links, "Left | right | left again", false),
            (is_end_line, "End of Chapter 5.", true),
            (is_end_line, "End of the line, she thought.", false),
            (is_header_field, "Rating: T", true),
            (is_header_field, "Original: «Чайник» by Someone", true),
            (is_header_field, "She said: no.", false),
        ];
        for (test, text, expected) in cases {
            assert_eq!(test(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_post_is_read_between_its_header_and_its_tail() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "kettle & lamp fan translations Home About",
            "[TL] Kettle Song — Chapter 5",
            "Posted on June 2, 2023 by wrenlit · 3 Comments",
            "Original: «Чайник» by Someone",
            "Rating: T",
            "← Chapter 4 | Table of Contents | Chapter 6 →",
            "The kettle sang at dawn.",
            "«Off,» said Mira. «Now.»",
            "End of Chapter 5.",
            "Share this:\nTwitter\nLike Loading...",
            "4 thoughts on “[TL] Kettle Song — Chapter 5”",
            "ann\nJune 3, 2023 at 1:00 am\n«Off» lol\nReply",
            "Blog at WordPress.com.",
        ];
        Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, H, C, N, N, C, S, S, C, C, C, C, C])
            .assert_author("wrenlit")
            .assert_title("[TL] Kettle Song — Chapter 5");
    }

    #[test]
    fn a_story_that_names_the_site_is_read() {
        let texts = [
            "Posted on the board by the warden: curfew at nine.",
            "She wrote a blog at WordPress.com about it, once.",
            "Leave a reply, the note said. She did not.",
        ];
        assert!(Chrome::read_by(&texts, read_page).is_all_story());
    }
}
