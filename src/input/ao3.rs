//! The Archive of Our Own's reading policy: which parts of an AO3 work are read.
//!
//! In: one HTML element of an AO3 download (HTML, or an XHTML file of AO3's EPUB)
//! and its text. Out: what the HTML reader does with it. Read: the title (`h1`),
//! the byline ("by AUTHOR"), the summary, chapter titles (`h2.toc-heading`),
//! chapter summaries and the story text. Skipped: tags and stats (`dl.tags`), the
//! archive's messages ("Posted originally on the Archive of Our Own", "Please drop
//! by the archive and comment"), "(See the end of the chapter for more notes.)",
//! "Works inspired by this one"; and, unless notes are read, the work's notes,
//! chapter notes, chapter end notes and end notes (the preface and afterword hold
//! little else).
//!
//! Works saved from the site (not downloaded) have the same parts with other
//! classes (`h2.title`, `h3.byline`, `div.summary`, `div.notes`, `h3.title` chapter
//! titles) inside `#workskin`, which is all that is read of such a page.
//!
//! AO3 labels a block with a `p` (or `h3`) just before it: "Summary", "Notes",
//! "Chapter Summary", "Chapter End Notes", … The HTML reader asks [`label`] about
//! each element and applies the label's [`Region`] to the next block.

use scraper::node::Element;

/// How much of a part of the page is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// Always read.
    Read,
    /// Read only when notes are asked for (`--notes`).
    Notes,
    /// Never read.
    Skip,
}

/// What the HTML reader does with an AO3 element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read the element's content under this region.
    Region(Region),
    /// The work's title: a heading, and the document's title.
    Title,
    /// "by AUTHOR": narration, and the document's author.
    Byline,
    /// A chapter title: a heading that starts the next chapter.
    ChapterHeading,
}

/// Whether a page is an AO3 work (a download, or one file of AO3's EPUB).
pub fn is_ao3(element: &Element) -> bool {
    matches!(
        element.id(),
        Some("preface" | "chapters" | "afterword" | "workskin")
    ) || element.classes().any(|class| {
        matches!(
            class,
            "userstuff" | "toc-heading" | "byline" | "tags" | "message"
        )
    })
}

/// AO3's rule for an element, from its tag, id and classes (`None`: no rule, the
/// generic HTML reader decides). `text` is asked for only for short elements.
pub fn action(element: &Element, text: impl FnOnce() -> String) -> Option<Action> {
    let name = element.name();
    let class = |wanted: &str| element.classes().any(|class| class == wanted);
    match element.id() {
        Some("preface") => return Some(Action::Region(Region::Notes)),
        Some("afterword") | Some("endnotes") | Some("notes") => {
            return Some(Action::Region(Region::Notes))
        }
        Some("chapters") | Some("workskin") => return Some(Action::Region(Region::Read)),
        _ => {}
    }
    if name == "dl" && (class("tags") || class("work") || class("stats") || class("meta")) {
        return Some(Action::Region(Region::Skip));
    }
    if class("message") || class("landmark") || class("jump") || class("children") {
        return Some(Action::Region(Region::Skip));
    }
    if class("byline") {
        return Some(Action::Byline);
    }
    // Downloads: `h1` title, `h2.toc-heading` chapters. The work's page saved from
    // a browser: `h2.title.heading` title, `h3.title` chapters.
    if name == "h1" || (name == "h2" && class("title")) {
        return Some(Action::Title);
    }
    if (name == "h2" && (class("toc-heading") || class("heading")))
        || (name == "h3" && class("title"))
    {
        return Some(Action::ChapterHeading);
    }
    if class("summary") {
        return Some(Action::Region(Region::Read));
    }
    if class("notes") || class("end") || class("afterword") {
        return Some(Action::Region(Region::Notes));
    }
    if class("userstuff") && !class("meta") && name == "div" {
        return Some(Action::Region(Region::Read));
    }
    if name == "p" || name == "div" {
        let text = text();
        if is_archive_message(&text) {
            return Some(Action::Region(Region::Skip));
        }
    }
    None
}

/// A section label: a short `p`, `h3`, `h4`, `b` or `strong` naming the block that
/// follows it, and the region that block gets.
pub fn label(element: &Element, text: impl FnOnce() -> String) -> Option<(Region, String)> {
    if !matches!(
        element.name(),
        "p" | "h3" | "h4" | "h5" | "b" | "strong" | "dt"
    ) {
        return None;
    }
    let text = text();
    let key = super::chrome::normalized(text.trim().trim_end_matches(':'));
    let region = match key.as_str() {
        "summary" | "chapter summary" | "work summary" => Region::Read,
        "notes" | "chapter notes" | "chapter end notes" | "end notes" | "author's note"
        | "author's notes" | "work notes" => Region::Notes,
        "works inspired by this one"
        | "inspired by"
        | "series"
        | "collections"
        | "translations" => Region::Skip,
        _ => return None,
    };
    Some((region, text.trim().to_string()))
}

/// The archive's own messages, which no listener wants read.
pub fn is_archive_message(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    lower.len() < 400
        && (lower.contains("drop by the archive and comment")
            || lower.contains("posted originally on the archive of our own")
            || lower.starts_with("(see the end of the")
            || lower.starts_with("see the end of the")
            || lower.ends_with("left kudos on this work!")
            || lower.contains("archiveofourown.org/works/") && lower.starts_with("posted"))
}

/// Labels of the tag block on a work's page.
const TAG_KEYS: &[&str] = &[
    "rating",
    "archive warning",
    "archive warnings",
    "category",
    "categories",
    "fandom",
    "fandoms",
    "relationship",
    "relationships",
    "character",
    "characters",
    "additional tags",
    "language",
    "series",
    "collections",
    "stats",
];

/// Labels of the stats at the tag block's end.
const STAT_KEYS: &[&str] = &[
    "published",
    "updated",
    "completed",
    "words",
    "chapters",
    "comments",
    "kudos",
    "bookmarks",
    "hits",
];

/// How many paragraphs a tag block may have (a label and a value a line).
const TAG_BLOCK_REACH: usize = 160;

/// The label a paragraph of a tag block starts with (`Rating:`, `Rating: General
/// Audiences`, `Hits: 6,203`), lower case.
fn tag_label(text: &str) -> Option<String> {
    let (key, _) = text.split_once(':')?;
    let key = super::chrome::normalized(key);
    is_tag_key(&key).then_some(key)
}

/// A label of the tag block or its stats, lower case; the header fields of other
/// sites' pages count these too, so the archive's labels are kept in one place.
pub(crate) fn is_tag_key(key: &str) -> bool {
    TAG_KEYS.contains(&key) || STAT_KEYS.contains(&key)
}

/// A label of the tag block alone on its line (`Rating:`, `Stats:`), its value under it.
pub(crate) fn is_tag_label_alone(text: &str) -> bool {
    text.trim().ends_with(':') && text.len() <= 20 && tag_label(text).is_some()
}

/// A stat's value: `6,203`, `2024-02-03`, `3/3`, `1/?`.
fn is_stat_value(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.len() <= 20
        && text.chars().all(|character| {
            character.is_ascii_digit() || matches!(character, ',' | '-' | '/' | '?')
        })
}

/// Where AO3's tag block that starts at `from` ends, as a copy of a work's page
/// pastes it: from `Rating:` (or `Archive Warning:`) through the stats, the values on
/// their labels' lines or under them one a line (`Characters:` / `Agnes Thorpe` /
/// `Wilf Pargeter`, indented or not), the stats on one line or one a line. `None`
/// when no stats close it within reach: a story's `Rating: 5 stars` is no tag block.
/// Read label by label, it was voiced whole, and its values (`Part 2 of the quayside
/// letters`) as the story's first lines.
pub(crate) fn tag_block_end(texts: &[&str], from: usize) -> Option<usize> {
    let first = tag_label(texts.get(from)?)?;
    if !matches!(
        first.as_str(),
        "rating" | "archive warning" | "archive warnings"
    ) {
        return None;
    }
    let mut labels = 0;
    let mut stats = false;
    let mut index = from;
    while index < texts.len().min(from + TAG_BLOCK_REACH) {
        let text = texts[index].trim();
        if let Some(key) = tag_label(text) {
            labels += 1;
            stats |= key == "stats" || STAT_KEYS.contains(&key.as_str());
        } else if stats {
            if !is_stat_value(text) {
                break;
            }
        } else if text.len() > 200 || text.starts_with(['"', '\u{201C}']) {
            return None;
        }
        index += 1;
    }
    (labels >= 3 && stats).then_some(index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    /// The bug: a whole work copied from AO3 had its tag block read label by label and
    /// value by value, since no `Rating:` line held its value.
    #[test]
    fn tag_block_with_values_under_their_labels() {
        let texts = [
            "Rating:",
            "General Audiences",
            "Archive Warning:",
            "No Archive Warnings Apply",
            "Characters:",
            "Agnes Thorpe",
            "Wilf Pargeter",
            "Series:",
            "« Part 1 Part 2 of the quayside letters",
            "Stats:",
            "Published:",
            "2024-02-03",
            "Chapters:",
            "3/3",
            "Hits:",
            "6,203",
            "The Tidewater Portrait",
            "saltjar_moth",
        ];
        assert_eq!(tag_block_end(&texts, 0), Some(16));
        assert_eq!(tag_block_end(&texts, 1), None);
        let inline = [
            "Rating: General Audiences",
            "Fandom: Original Work",
            "Stats: Published: 2023-12-24 Words: 1,032 Chapters: 1/1",
            "Work Text:",
        ];
        assert_eq!(tag_block_end(&inline, 0), Some(3));
        // Without stats, or with dialogue in it, it is no tag block.
        assert_eq!(
            tag_block_end(&["Rating: 5 stars", "Fandom: none", "He left."], 0),
            None
        );
        assert_eq!(
            tag_block_end(&["Rating:", "\"Five,\" she said.", "Stats:", "3"], 0),
            None
        );
    }

    fn first(html: &str, name: &str) -> Element {
        let document = Html::parse_fragment(html);
        let found = document
            .root_element()
            .descendent_elements()
            .find(|element| element.value().name() == name)
            .map(|element| element.value().clone());
        found.unwrap_or_else(|| panic!("no {name} in {html}"))
    }

    #[test]
    fn actions() {
        let cases: &[(&str, &str, Option<Action>)] = &[
            (
                r#"<div id="preface"></div>"#,
                "div",
                Some(Action::Region(Region::Notes)),
            ),
            (
                r#"<div id="afterword"></div>"#,
                "div",
                Some(Action::Region(Region::Notes)),
            ),
            (
                r#"<dl class="tags"></dl>"#,
                "dl",
                Some(Action::Region(Region::Skip)),
            ),
            (
                r#"<p class="message">Posted</p>"#,
                "p",
                Some(Action::Region(Region::Skip)),
            ),
            (
                r#"<div class="byline">by x</div>"#,
                "div",
                Some(Action::Byline),
            ),
            (r#"<h1>Salt</h1>"#, "h1", Some(Action::Title)),
            (
                r#"<h2 class="toc-heading">Chapter 1</h2>"#,
                "h2",
                Some(Action::ChapterHeading),
            ),
            (
                r#"<div class="userstuff"><p>x</p></div>"#,
                "div",
                Some(Action::Region(Region::Read)),
            ),
            (
                "<p>Please drop by the archive and comment to let the creator know.</p>",
                "p",
                Some(Action::Region(Region::Skip)),
            ),
            (
                "<p>(See the end of the chapter for more notes.)</p>",
                "p",
                Some(Action::Region(Region::Skip)),
            ),
            ("<p>\"Hello,\" she said.</p>", "p", None),
        ];
        for (html, name, expected) in cases {
            let element = first(html, name);
            let text = scraper::Html::parse_fragment(html)
                .root_element()
                .text()
                .collect::<String>();
            assert_eq!(action(&element, || text), *expected, "{html}");
        }
    }

    #[test]
    fn labels() {
        let cases: &[(&str, Option<Region>)] = &[
            ("Summary", Some(Region::Read)),
            ("Summary:", Some(Region::Read)),
            ("Chapter Summary", Some(Region::Read)),
            ("Notes", Some(Region::Notes)),
            ("Chapter Notes", Some(Region::Notes)),
            ("Chapter End Notes", Some(Region::Notes)),
            ("Author’s Note:", Some(Region::Notes)),
            ("Works inspired by this one:", Some(Region::Skip)),
            ("She summarised nothing.", None),
        ];
        for (text, region) in cases {
            let element = first("<p>x</p>", "p");
            assert_eq!(
                label(&element, || text.to_string()).map(|(region, _)| region),
                *region,
                "{text}"
            );
        }
    }
}
