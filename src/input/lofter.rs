//! A fic (often a fan translation) posted on LOFTER and copied from the post's page:
//! the site's bar a word a line (`LOFTER`, `首页`, `发现`, `登录`, `注册`), the blog's
//! name and line, the follow button (`关注`), the post's title (with a tag in brackets
//! before it, `[英译 | English TL]`), the header over the first separator (`Original:`,
//! the permission line, `Fandom:`, `TL notes:`); under the story its end mark (`— 完 ·
//! END —`), the author's and translator's words, the tags (`#十灯录 #translation`), the
//! counts and buttons (`热度(3421)`, `评论(58)`, `推荐`, `喜欢`, `分享`), the comments in
//! `name：text` form and the footer (`© blog | Powered by LOFTER`).
//!
//! In: a paste's paragraphs (a block with the site's name, a count or the footer in it
//! is cut line by line). Out: their roles and the post's title. The title line is a
//! heading, its bracketed tag cut; the header over the first separator is the
//! translator's note (read only with `--notes`); after the end mark, the author's and
//! translator's words are notes, the tags chrome; from the counts to the end all is the
//! page's, so a comment quoting the story is no one's dialogue. The translator's
//! asides inside the story (`[T/N: …]`) are the [`super::translation`] reader's.

use super::chrome::{
    intro_over_separator, mark_page_tail, normalized, tail_at_line, title_line, Chrome, Role,
};

/// How far down the follow button may stand (paragraphs).
const HEADER_REACH: usize = 16;

/// How many paragraphs the header under the title may have.
const INTRO_REACH: usize = 10;

/// The longest title line (bytes).
const MAX_TITLE: usize = 200;

/// How many paragraphs over the counts the end mark may stand.
const END_REACH: usize = 8;

/// `LOFTER`: the site's name, alone on its line.
fn is_site_name(text: &str) -> bool {
    normalized(text) == "lofter"
}

/// `© blog | Powered by LOFTER`: the footer.
fn is_footer(text: &str) -> bool {
    text.len() <= 200 && normalized(text).contains("powered by lofter")
}

/// `关注`: the follow button (also `+关注`).
fn is_follow_button(text: &str) -> bool {
    matches!(text.trim(), "关注" | "+关注" | "+ 关注" | "已关注")
}

/// `热度(3421)`, `评论(58)`: the post's counts (heat, comments), half- or full-width
/// brackets.
fn is_count_line(text: &str) -> bool {
    let text = text.trim();
    ["热度", "评论", "推荐", "喜欢"].iter().any(|word| {
        text.strip_prefix(word).is_some_and(|rest| {
            let rest = rest.trim();
            let inner = rest
                .strip_prefix(['(', '（'])
                .and_then(|rest| rest.strip_suffix([')', '）']));
            inner.is_some_and(|inner| {
                !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit() || c == ',')
            })
        })
    })
}

/// `— 完 · END —`, `（完）`, `-全文完-`: the story's end mark, the decoration around it.
fn is_end_mark(text: &str) -> bool {
    let text = text.trim();
    if text.chars().count() > 24 {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && words
            .iter()
            .all(|word| matches!(word.as_str(), "完" | "全文完" | "完结" | "end" | "fin"))
        && words.iter().any(|word| word.contains('完'))
}

/// A line that shows a block is a LOFTER page's, laid out a line at a time: the site's
/// name, the follow button, a count, the footer.
pub(crate) fn is_layout_line(text: &str) -> bool {
    is_site_name(text) || is_follow_button(text) || is_count_line(text) || is_footer(text)
}

/// Whether a paste is a post copied from LOFTER: two of its marks (the site's name at
/// the top, a count line, the footer).
pub(crate) fn is_page(texts: &[&str]) -> bool {
    super::page::has_two_marks(&[
        texts.iter().take(3).any(|text| is_site_name(text)),
        texts.iter().any(|text| is_count_line(text)),
        texts.iter().rev().take(3).any(|text| is_footer(text)),
    ])
}

/// Reads a post copied from LOFTER: sets the roles over and under the story, and the
/// post's title.
pub(crate) fn read_page(texts: &[&str], chrome: &mut Chrome) {
    if !is_page(texts) {
        return;
    }
    let count = texts.len();
    let reach = count.min(HEADER_REACH);
    let Some(follow) = (0..reach).find(|&index| is_follow_button(texts[index])) else {
        return;
    };
    chrome.roles[..=follow].fill(Role::Chrome);
    let mut start = follow + 1;
    // The title line, a tag in brackets before it cut.
    if let Some(line) = title_line(texts, start, MAX_TITLE) {
        let text = line.trim();
        chrome.roles[start] = Role::Heading;
        let mut title = text;
        if text.starts_with(['[', '【']) {
            if let Some(close) = text.find([']', '】']) {
                let closing = text[close..].chars().next().map_or(1, char::len_utf8);
                let rest = &text[close + closing..];
                if !rest.trim().is_empty() {
                    chrome.cuts[start] = line.len() - rest.len();
                    title = rest.trim();
                }
            }
        }
        chrome.title.get_or_insert_with(|| title.to_string());
        start += 1;
    }
    // The header under the title, over the first separator: the translator's.
    if let Some(intro) = intro_over_separator(texts, start, count, INTRO_REACH, |_| true) {
        chrome.roles[intro].fill(Role::Note);
    }
    // From the counts (or the footer) down, the page's.
    let tail = mark_page_tail(
        texts,
        start,
        tail_at_line(|text| is_count_line(text) || is_footer(text)),
        chrome,
    );
    // Between the end mark and the counts: the author's and translator's words, tags.
    if let Some(end) = (start..tail)
        .rev()
        .take(END_REACH)
        .find(|&index| is_end_mark(texts[index]))
    {
        chrome.roles[end] = Role::Chrome;
        super::chrome::mark_notes_and_hashtags(texts, end + 1..tail, chrome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        for (text, layout) in [
            ("LOFTER", true),
            ("关注", true),
            ("热度(12)", true),
            ("评论（3）", true),
            ("© moth | Powered by LOFTER", true),
            // A story's lines.
            ("She paid the lofter twelve coppers.", false),
            ("热度", false),
        ] {
            assert_eq!(is_layout_line(text), layout, "{text}");
        }
        assert!(is_end_mark("— 完 · END —"));
        assert!(is_end_mark("（完）"));
        assert!(!is_end_mark("END"));
        assert!(!is_end_mark("The end of the road."));
    }

    /// The bug: a LOFTER translation was read with the site's bar and header, and the
    /// comments quoting the story under it were read as dialogue.
    #[test]
    fn a_post_is_read_without_the_page() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let texts = [
            "LOFTER",
            "首页",
            "蛾子",
            "关注",
            "[英译] 灯 The Lamp",
            "Original: 《灯》 by 某人",
            "TL notes: I kept the honorifics.",
            "——————",
            "\u{201C}Mine,\u{201D} said the moth.",
            "— 完 · END —",
            "Translator\u{2019}s note: thank you for reading!",
            "#灯 #translation",
            "热度(12)",
            "bee：\u{201C}Mine\u{201D} SCREAMING",
            "© 蛾子 | Powered by LOFTER",
        ];
        let chrome = Chrome::read_by(&texts, read_page)
            .assert_roles(&[C, C, C, C, H, N, N, S, S, C, N, C, C, C, C])
            .assert_title("灯 The Lamp");
        assert_eq!(chrome.cuts[4], "[英译]".len());
        assert!(!is_page(&["LOFTER", "She never used the site again."]));
    }
}
