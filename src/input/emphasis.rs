//! Emphasis markers in text: `*italic*`, `_italic_`, `**bold**`, `__bold__`.
//!
//! In: one paragraph of text. Out: the marked spans, so Markdown can strip the
//! markers (keeping italic ranges on the paragraph) and plain text can keep its
//! bytes while still recording which words were italic. The rules are a small
//! subset of CommonMark's: an opening run is not followed by a space, a closing run
//! is not preceded by one, and `_` runs must sit at word edges (`snake_case` stays).

/// One marked span: byte ranges of the opening and closing markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    pub open: (usize, usize),
    pub close: (usize, usize),
    /// Single (`*x*`) or triple markers: italic; double (`**x**`): bold only.
    pub italic: bool,
}

/// Finds marked spans, left to right, never nested or overlapping.
pub fn find_marked(text: &str) -> Vec<Marked> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        let marker = bytes[index];
        if marker != b'*' && marker != b'_' {
            index += 1;
            continue;
        }
        let run = run_length(bytes, index);
        if run > 3 || !can_open(text, index, run) {
            index += run;
            continue;
        }
        match find_closer(text, index + run, marker, run) {
            Some(close) => {
                found.push(Marked {
                    open: (index, index + run),
                    close: (close, close + run),
                    italic: run != 2,
                });
                index = close + run;
            }
            None => index += run,
        }
    }
    found
}

/// Removes the markers; returns the text and the byte ranges of italic spans in it.
pub fn strip_markers(text: &str) -> (String, Vec<(usize, usize)>) {
    let marked = find_marked(text);
    let mut output = String::with_capacity(text.len());
    let mut italic = Vec::new();
    let mut cursor = 0;
    for span in &marked {
        output.push_str(&text[cursor..span.open.0]);
        let start = output.len();
        output.push_str(&text[span.open.1..span.close.0]);
        if span.italic {
            italic.push((start, output.len()));
        }
        cursor = span.close.1;
    }
    output.push_str(&text[cursor..]);
    (output, italic)
}

/// Byte ranges of italic text between kept markers (plain text keeps its bytes).
pub fn italic_ranges(text: &str) -> Vec<(usize, usize)> {
    find_marked(text)
        .into_iter()
        .filter(|span| span.italic)
        .map(|span| (span.open.1, span.close.0))
        .collect()
}

fn run_length(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .take_while(|&&byte| byte == bytes[start])
        .count()
}

fn char_before(text: &str, index: usize) -> Option<char> {
    text[..index].chars().next_back()
}

fn char_after(text: &str, index: usize) -> Option<char> {
    text[index..].chars().next()
}

fn can_open(text: &str, index: usize, run: usize) -> bool {
    let after = char_after(text, index + run);
    if after.is_none_or(char::is_whitespace) {
        return false;
    }
    text.as_bytes()[index] == b'*' || !char_before(text, index).is_some_and(char::is_alphanumeric)
}

fn find_closer(text: &str, from: usize, marker: u8, run: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut index = from;
    while index < bytes.len() {
        if bytes[index] != marker {
            index += 1;
            continue;
        }
        let length = run_length(bytes, index);
        let closes = length == run
            && index > from
            && !char_before(text, index).is_some_and(char::is_whitespace)
            && (marker == b'*'
                || !char_after(text, index + length).is_some_and(char::is_alphanumeric));
        if closes {
            return Some(index);
        }
        index += length;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripping() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "*Brilliant*, he thought.",
                "Brilliant, he thought.",
                &["Brilliant"],
            ),
            ("She was _very_ sure.", "She was very sure.", &["very"]),
            ("**Bold** move.", "Bold move.", &[]),
            ("***Both***", "Both", &["Both"]),
            ("snake_case_name stays", "snake_case_name stays", &[]),
            ("* * *", "* * *", &[]),
            ("5 * 3 * 2", "5 * 3 * 2", &[]),
            ("an *unclosed marker", "an *unclosed marker", &[]),
            (
                "un*frigging*believable",
                "unfriggingbelievable",
                &["frigging"],
            ),
            ("\"*No*,\" she said.", "\"No,\" she said.", &["No"]),
            ("**", "**", &[]),
            ("é*è*", "éè", &["è"]),
        ];
        for (input, output, italics) in cases {
            let (text, ranges) = strip_markers(input);
            assert_eq!(text, *output, "{input}");
            let words: Vec<&str> = ranges
                .iter()
                .map(|&(start, end)| &text[start..end])
                .collect();
            assert_eq!(words, *italics, "{input}");
        }
    }

    #[test]
    fn italic_ranges_point_inside_kept_markers() {
        let text = "*Run*, she thought.";
        let ranges = italic_ranges(text);
        assert_eq!(ranges, vec![(1, 4)]);
        assert_eq!(&text[1..4], "Run");
    }
}
