//! HTML to paragraphs: AO3 downloads, FanFiction.net saved pages, any article,
//! and the XHTML chapters of an EPUB.
//!
//! In: the page's text. Out: headings, body paragraphs and scene breaks with their
//! quote marks intact and no offsets (the text is not a slice of the file), plus the
//! work's title and author when the page names them. Block elements (`p`, `div`,
//! `blockquote`, `li`, headings) and `br` end paragraphs; `hr` and paragraphs of
//! symbols only (a centred `* * *`) are scene breaks; `em`/`i` become italic ranges;
//! scripts, styles, navigation, forms and footers are never read. AO3 works follow
//! [`super::ao3`]'s policy; elsewhere the story text (`#storytext` on
//! FanFiction.net, else the page's `article` or `main`, else the body) is read.

use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

use super::ao3::{self, Action, Region};
use super::plain::{is_chapter_heading, is_scene_break};
use crate::model::{Paragraph, ParagraphKind};

/// One paragraph and whether it starts a chapter (chapters are numbered later,
/// across all the files of an EPUB).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub paragraph: Paragraph,
    pub chapter_start: bool,
}

/// What a page holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlText {
    pub title: Option<String>,
    pub author: Option<String>,
    pub blocks: Vec<Block>,
    /// The page is part of an AO3 work.
    pub ao3: bool,
}

/// Deeper than this, elements are read as plain text without structure: malformed
/// pages nest thousands of unclosed tags, and recursion must not overflow the stack.
const MAX_DEPTH: usize = 200;

/// Elements whose content is never read.
const NEVER_READ: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "iframe", "object", "embed", "svg",
    "math", "form", "select", "option", "button", "input", "textarea", "canvas", "audio", "video",
    "img", "map", "footer", "aside", "sup", "rt", "rp",
];

/// Elements that end the paragraph before and after them.
const BLOCKS: &[&str] = &[
    "html",
    "body",
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "caption",
    "pre",
    "figure",
    "figcaption",
    "center",
    "address",
    "hgroup",
    "details",
    "summary",
    "fieldset",
    "legend",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// Reads a page; `notes` reads authors' notes (AO3) as narration.
pub fn read_html(source: &str, notes: bool) -> HtmlText {
    let page = Html::parse_document(source);
    let root = page.root_element();
    let ao3 = root
        .descendent_elements()
        .any(|element| ao3::is_ao3(element.value()));
    let mut walker = Walker {
        notes,
        ao3,
        region: Region::Read,
        line: Line::default(),
        output: HtmlText {
            ao3,
            ..HtmlText::default()
        },
    };
    let start = if ao3 {
        work_root(root)
    } else {
        story_root(root)
    };
    walker.element(start, 0);
    walker.flush(ParagraphKind::Body, false);
    if !ao3 {
        site_metadata(root, &mut walker.output);
    }
    if walker.output.title.is_none() {
        walker.output.title = page_title(root);
    }
    walker.output
}

/// The part of an AO3 page that holds the work: `#workskin` on a page saved from
/// the site (the rest is the site's menus, kudos and comments), else all of it.
fn work_root(root: ElementRef<'_>) -> ElementRef<'_> {
    root.descendent_elements()
        .find(|element| element.value().id() == Some("workskin"))
        .unwrap_or(root)
}

/// The part of a generic page that holds the story.
fn story_root(root: ElementRef<'_>) -> ElementRef<'_> {
    let find = |test: &dyn Fn(&Element) -> bool| {
        root.descendent_elements()
            .find(|element| test(element.value()))
    };
    find(&|element| {
        element.id() == Some("storytext") || element.classes().any(|class| class == "storytext")
    })
    .or_else(|| {
        let articles: Vec<_> = root
            .descendent_elements()
            .filter(|element| matches!(element.value().name(), "article" | "main"))
            .collect();
        (articles.len() == 1).then(|| articles[0])
    })
    .unwrap_or(root)
}

/// FanFiction.net's saved page: title and author sit in `#profile_top`, the chapter
/// in the selected option of `#chap_select` ("3. The Storm"). They are read before
/// the story text, as an AO3 download's are: title, "by AUTHOR", chapter title.
fn site_metadata(root: ElementRef<'_>, output: &mut HtmlText) {
    let Some(profile) = root
        .descendent_elements()
        .find(|element| element.value().id() == Some("profile_top"))
    else {
        return;
    };
    let text = |element: ElementRef<'_>| collapse(&element.text().collect::<String>());
    let mut marked = profile.descendent_elements().filter(|element| {
        element
            .value()
            .classes()
            .any(|class| class == "xcontrast_txt")
    });
    let title = marked
        .find(|element| element.value().name() == "b")
        .map(text)
        .filter(|title| !title.is_empty());
    let author = marked
        .find(|element| element.value().name() == "a")
        .map(text)
        .filter(|author| !author.is_empty());
    let chapter = root
        .descendent_elements()
        .find(|element| element.value().id() == Some("chap_select"))
        .and_then(|select| {
            select.descendent_elements().find(|option| {
                option.value().name() == "option" && option.value().attr("selected").is_some()
            })
        })
        .map(text)
        .and_then(|option| {
            let (number, name) = option.split_once(". ")?;
            number.trim().parse::<usize>().ok()?;
            Some(format!("Chapter {}: {}", number.trim(), name.trim()))
        });
    let mut preface = Vec::new();
    let heading = |text: String, chapter_start: bool| Block {
        paragraph: Paragraph::new(ParagraphKind::Heading, text, None),
        chapter_start,
    };
    if let Some(title) = &title {
        preface.push(heading(title.clone(), false));
    }
    if let Some(author) = &author {
        preface.push(Block {
            paragraph: Paragraph::new(ParagraphKind::Body, format!("by {author}"), None),
            chapter_start: false,
        });
    }
    if let Some(chapter) = chapter {
        preface.push(heading(chapter, true));
    }
    output.blocks.splice(0..0, preface);
    output.title = title.or(output.title.take());
    output.author = author.or(output.author.take());
}

/// The `<title>` without the site's suffix (" | FanFiction", " [Archive of Our Own]").
fn page_title(root: ElementRef<'_>) -> Option<String> {
    let title = root
        .descendent_elements()
        .find(|element| element.value().name() == "title")?;
    let mut text = collapse(&title.text().collect::<String>());
    for suffix in [
        " | FanFiction",
        " [Archive of Our Own]",
        " | Wattpad",
        " - Wattpad",
    ] {
        if let Some(at) = text.find(suffix) {
            text.truncate(at);
        }
    }
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// Whitespace runs to single spaces, trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The paragraph being built: text with whitespace collapsed, and italic ranges.
#[derive(Debug, Default)]
struct Line {
    text: String,
    emphasis: Vec<(usize, usize)>,
    space: bool,
    italic_depth: usize,
    italic_start: usize,
}

impl Line {
    fn push(&mut self, text: &str) {
        for character in text.chars() {
            if character.is_whitespace() {
                self.space = !self.text.is_empty();
            } else {
                if self.space {
                    self.text.push(' ');
                    self.space = false;
                }
                self.text.push(character);
            }
        }
    }

    fn enter_italic(&mut self) {
        if self.italic_depth == 0 {
            if self.space {
                self.text.push(' ');
                self.space = false;
            }
            self.italic_start = self.text.len();
        }
        self.italic_depth += 1;
    }

    fn leave_italic(&mut self) {
        self.italic_depth = self.italic_depth.saturating_sub(1);
        if self.italic_depth == 0 && self.text.len() > self.italic_start {
            let range = (self.italic_start, self.text.len());
            match self.emphasis.last_mut() {
                Some(last) if last.1 >= range.0 => last.1 = range.1,
                _ => self.emphasis.push(range),
            }
        }
    }

    /// Takes the text so far; an italic span still open continues in the next line.
    fn take(&mut self) -> (String, Vec<(usize, usize)>) {
        if self.italic_depth > 0 && self.text.len() > self.italic_start {
            self.emphasis.push((self.italic_start, self.text.len()));
        }
        self.italic_start = 0;
        self.space = false;
        (
            std::mem::take(&mut self.text),
            std::mem::take(&mut self.emphasis),
        )
    }
}

struct Walker {
    notes: bool,
    ao3: bool,
    region: Region,
    line: Line,
    output: HtmlText,
}

impl Walker {
    fn reading(&self) -> bool {
        match self.region {
            Region::Read => true,
            Region::Notes => self.notes,
            Region::Skip => false,
        }
    }

    /// Ends the current paragraph and keeps it when its region is read.
    fn flush(&mut self, kind: ParagraphKind, chapter_start: bool) {
        let (text, emphasis) = self.line.take();
        if text.is_empty() || !self.reading() {
            return;
        }
        let kind = if kind == ParagraphKind::Body && is_scene_break(&text) {
            ParagraphKind::SceneBreak
        } else if kind == ParagraphKind::Body && self.region == Region::Notes {
            // Read with `--notes`: the author's words, their quotes no one's lines.
            ParagraphKind::Note
        } else {
            kind
        };
        let mut paragraph = Paragraph::new(kind, "", None);
        if kind != ParagraphKind::SceneBreak {
            paragraph.text = text;
            paragraph.emphasis = emphasis;
        }
        self.output.blocks.push(Block {
            paragraph,
            chapter_start,
        });
    }

    fn scene_break(&mut self) {
        self.flush(ParagraphKind::Body, false);
        if self.reading() {
            self.output.blocks.push(Block {
                paragraph: Paragraph::new(ParagraphKind::SceneBreak, "", None),
                chapter_start: false,
            });
        }
    }

    fn children(&mut self, element: ElementRef<'_>, depth: usize) {
        let mut label: Option<(Region, String)> = None;
        for child in element.children() {
            match child.value() {
                Node::Text(text) if self.reading() => self.line.push(text),
                Node::Element(_) => {
                    let Some(child) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if self.ao3 {
                        if let Some(found) = ao3::label(child.value(), || short_text(child)) {
                            label = Some(found);
                            continue;
                        }
                    }
                    match label.take() {
                        Some((region, text)) => self.labelled(child, region, &text, depth + 1),
                        None => self.element(child, depth + 1),
                    }
                }
                _ => {}
            }
        }
    }

    /// A block that follows an AO3 label: the label is read before it when it is.
    fn labelled(&mut self, element: ElementRef<'_>, region: Region, label: &str, depth: usize) {
        let saved = self.region;
        if saved != Region::Skip {
            self.region = region;
        }
        self.flush(ParagraphKind::Body, false);
        if self.reading() {
            self.line.push(label);
            self.flush(ParagraphKind::Body, false);
        }
        self.element(element, depth);
        self.region = saved;
    }

    fn element(&mut self, element: ElementRef<'_>, depth: usize) {
        let value = element.value();
        let name = value.name();
        if NEVER_READ.contains(&name) {
            return;
        }
        match name {
            "br" => return self.flush(ParagraphKind::Body, false),
            "hr" => return self.scene_break(),
            _ => {}
        }
        let action = if self.ao3 {
            ao3::action(value, || short_text(element))
        } else {
            None
        };
        let heading = matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        let block = heading || BLOCKS.contains(&name);
        let saved = self.region;
        let mut kind = if heading {
            ParagraphKind::Heading
        } else {
            ParagraphKind::Body
        };
        let mut chapter_start = false;
        match action {
            Some(Action::Region(region)) => {
                if region == Region::Skip || saved == Region::Skip {
                    if block {
                        self.flush(ParagraphKind::Body, false);
                    }
                    return;
                }
                self.region = region;
            }
            Some(Action::Title) => {
                kind = ParagraphKind::Heading;
                if saved != Region::Skip {
                    self.region = Region::Read;
                }
                if self.output.title.is_none() {
                    self.output.title = Some(collapse(&element.text().collect::<String>()));
                }
            }
            Some(Action::Byline) => {
                // Read as "by AUTHOR" whether the page says "by" (downloads) or not
                // (the site's own page).
                let byline = collapse(&element.text().collect::<String>());
                let author = match byline.get(..3) {
                    Some(by) if by.eq_ignore_ascii_case("by ") => byline[3..].trim(),
                    _ => byline.trim(),
                };
                if author.is_empty() || saved == Region::Skip {
                    return;
                }
                if self.output.author.is_none() {
                    self.output.author = Some(author.to_string());
                }
                self.flush(ParagraphKind::Body, false);
                self.region = Region::Read;
                self.line.push(&format!("by {author}"));
                self.flush(ParagraphKind::Body, false);
                self.region = saved;
                return;
            }
            Some(Action::ChapterHeading) => {
                kind = ParagraphKind::Heading;
                chapter_start = true;
                if saved != Region::Skip {
                    self.region = Region::Read;
                }
            }
            None => {
                if heading && !self.ao3 {
                    chapter_start =
                        is_chapter_heading(&collapse(&element.text().collect::<String>()));
                }
            }
        }
        let block = block || action.is_some();
        if block {
            self.flush(ParagraphKind::Body, false);
        }
        // Word processors' HTML (Google Docs) marks italics with a style, not a tag.
        let italic = matches!(name, "em" | "i" | "cite")
            || value.attr("style").is_some_and(|style| {
                style
                    .split(';')
                    .filter_map(|rule| rule.split_once(':'))
                    .any(|(key, value)| {
                        key.trim().eq_ignore_ascii_case("font-style")
                            && value.trim().starts_with("italic")
                    })
            });
        if italic {
            self.line.enter_italic();
        }
        if depth >= MAX_DEPTH {
            if self.reading() {
                self.line.push(&element.text().collect::<String>());
            }
        } else {
            self.children(element, depth);
        }
        if italic {
            self.line.leave_italic();
        }
        if block {
            self.flush(kind, chapter_start);
        }
        self.region = saved;
    }
}

/// An element's text when it is short enough to be a label or a message; longer
/// elements get an empty string (they are neither, and collecting them is waste).
fn short_text(element: ElementRef<'_>) -> String {
    let mut text = String::new();
    for piece in element.text() {
        text.push_str(piece);
        if text.len() > 600 {
            return String::new();
        }
    }
    collapse(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(source: &str, notes: bool) -> Vec<(ParagraphKind, String, bool)> {
        read_html(source, notes)
            .blocks
            .into_iter()
            .map(|block| {
                (
                    block.paragraph.kind,
                    block.paragraph.text,
                    block.chapter_start,
                )
            })
            .collect()
    }

    fn body(text: &str) -> (ParagraphKind, String, bool) {
        (ParagraphKind::Body, text.to_string(), false)
    }

    #[test]
    fn generic_pages() {
        use ParagraphKind::*;
        type Case = (&'static str, Vec<(ParagraphKind, String, bool)>);
        let cases: &[Case] = &[
            (
                "<p>\u{201C}Hi,\u{201D} she said.</p><p>He left.</p>",
                vec![body("\u{201C}Hi,\u{201D} she said."), body("He left.")],
            ),
            (
                "<p>Line one<br>Line   two</p>",
                vec![body("Line one"), body("Line two")],
            ),
            (
                "<p>A</p><hr><p>B</p>",
                vec![body("A"), (SceneBreak, String::new(), false), body("B")],
            ),
            (
                "<p>A</p><p align=center>* * *</p><p>B</p>",
                vec![body("A"), (SceneBreak, String::new(), false), body("B")],
            ),
            (
                "<script>var x = '\"no\"';</script><style>p{}</style><nav>Home</nav><p>Yes</p>",
                vec![body("Yes")],
            ),
            (
                "<h2>Chapter 2: Rain</h2><p>Wet.</p>",
                vec![(Heading, "Chapter 2: Rain".into(), true), body("Wet.")],
            ),
            (
                "<blockquote><p>\"Dear Ann,\" the letter began.</p></blockquote>",
                vec![body("\"Dear Ann,\" the letter began.")],
            ),
            (
                "<p>It&#8217;s <strong>very</strong> &amp; <em>quite</em> fine.</p>",
                vec![body("It\u{2019}s very & quite fine.")],
            ),
            (
                "<div><p>unclosed <em>tags<p>everywhere",
                vec![body("unclosed tags"), body("everywhere")],
            ),
            ("", vec![]),
        ];
        for (source, expected) in cases {
            assert_eq!(read(source, false), *expected, "{source}");
        }
    }

    #[test]
    fn italic_ranges() {
        let text = read_html(
            "<p>She thought, <em>run</em>. <i>Now.</i> <span style=\"color:red; font-style: italic\">Go</span></p>",
            false,
        );
        let paragraph = &text.blocks[0].paragraph;
        let words: Vec<&str> = paragraph
            .emphasis
            .iter()
            .map(|&(start, end)| &paragraph.text[start..end])
            .collect();
        assert_eq!(words, vec!["run", "Now.", "Go"]);
    }

    #[test]
    fn fanfiction_net_saved_page() {
        let source = r#"<html><head><title>Tide Chapter 1, a fandom fanfic | FanFiction</title></head>
            <body><div id="top"><a href="/">FanFiction</a> | Just In</div>
            <div id="profile_top"><b class="xcontrast_txt">Tide</b> By: <a class="xcontrast_txt" href="/u/1">wren</a>
            <div class="xcontrast_txt">Rated: T - English - Words: 40</div></div>
            <select id="chap_select"><option value="1">1. Flood</option><option value="2" selected>2. Ebb</option></select>
            <div id="storytext" class="storytext"><p>"Hello," said Ann.</p></div>
            <div id="review">Review this story</div></body></html>"#;
        let text = read_html(source, false);
        assert_eq!(text.title.as_deref(), Some("Tide"));
        assert_eq!(text.author.as_deref(), Some("wren"));
        let paragraphs: Vec<(&str, bool)> = text
            .blocks
            .iter()
            .map(|block| (block.paragraph.text.as_str(), block.chapter_start))
            .collect();
        assert_eq!(
            paragraphs,
            vec![
                ("Tide", false),
                ("by wren", false),
                ("Chapter 2: Ebb", true),
                ("\"Hello,\" said Ann.", false)
            ]
        );
    }

    #[test]
    fn ao3_work_page_saved_from_the_site() {
        use ParagraphKind::*;
        let source = r#"<html><head><title>Salt - Chapter 1 - wren - Original Work [Archive of Our Own]</title></head><body>
            <div id="header"><ul class="primary navigation"><li>Fandoms</li></ul></div>
            <div id="main"><ul class="work navigation actions"><li>Entire Work</li></ul>
            <dl class="work meta group"><dt>Rating:</dt><dd>General Audiences</dd></dl>
            <div id="workskin">
              <div class="preface group">
                <h2 class="title heading">Salt</h2>
                <h3 class="byline heading"><a rel="author" href="/users/wren">wren</a></h3>
                <div class="summary module"><h3 class="heading">Summary:</h3>
                  <blockquote class="userstuff"><p>Two keepers, one lamp.</p></blockquote></div>
                <div class="notes module"><h3 class="heading">Notes:</h3>
                  <blockquote class="userstuff"><p>"Thanks," I said to my beta.</p></blockquote></div>
              </div>
              <div id="chapters" role="article"><div class="chapter" id="chapter-1">
                <div class="chapter preface group"><h3 class="title"><a href="/works/1/chapters/1">Chapter 1</a>: Stone</h3></div>
                <div class="userstuff module" role="article"><h3 class="landmark heading">Chapter Text</h3>
                  <p>"Hello," said Ann.</p></div>
                <div class="chapter preface group"><div id="chapter_1_endnotes" class="end notes module">
                  <h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>More soon!</p></blockquote></div></div>
              </div></div>
              <div class="afterword preface group"><div id="work_endnotes" class="end notes module">
                <h3 class="heading">End Notes:</h3><blockquote class="userstuff"><p>Bye!</p></blockquote></div></div>
            </div>
            <div id="feedback"><h3>Comments</h3><p>Kudos!</p></div></div></body></html>"#;
        let text = read_html(source, false);
        assert_eq!(text.title.as_deref(), Some("Salt"));
        assert_eq!(text.author.as_deref(), Some("wren"));
        let blocks: Vec<(ParagraphKind, &str, bool)> = text
            .blocks
            .iter()
            .map(|block| {
                (
                    block.paragraph.kind,
                    block.paragraph.text.as_str(),
                    block.chapter_start,
                )
            })
            .collect();
        assert_eq!(
            blocks,
            vec![
                (Heading, "Salt", false),
                (Body, "by wren", false),
                (Body, "Summary:", false),
                (Body, "Two keepers, one lamp.", false),
                (Heading, "Chapter 1: Stone", true),
                (Body, "\"Hello,\" said Ann.", false),
            ]
        );
        let with_notes = read_html(source, true);
        let texts: Vec<&str> = with_notes
            .blocks
            .iter()
            .map(|block| block.paragraph.text.as_str())
            .collect();
        for note in ["\"Thanks,\" I said to my beta.", "More soon!", "Bye!"] {
            assert!(texts.contains(&note), "{note}: {texts:?}");
        }
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let source = format!("{}<p>deep</p>", "<div>".repeat(3_000));
        let text = read_html(&source, false);
        assert_eq!(text.blocks.len(), 1);
        assert_eq!(text.blocks[0].paragraph.text, "deep");
    }
}
