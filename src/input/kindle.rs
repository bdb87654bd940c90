//! Passages copied out of a Kindle book: each copy brings the app's citation on a line
//! of its own (`tallowbrook. The Ceiling Rose (Kindle Locations 9-14). Kindle
//! Edition.`), between passages or at the end, which no listener wants read.
//!
//! In: the decoded text of a paste. Out: the same text with every citation line turned
//! into spaces (its line break kept), so it reads as a blank line between passages and
//! every other byte keeps its offset in the file; or `None` when there is no citation.
//! Done before the text is cut into paragraphs, so the page's other readers (an AO3
//! download's preface copied from the book) see the text as the book has it.

/// The longest citation line (bytes).
const MAX_CITATION: usize = 300;

/// A Kindle citation: `Author. Title (Kindle Location 2). Kindle Edition.`, `… (Kindle
/// Locations 9-14). …`, `… (p. 12). Publisher. Kindle Edition.`. The app's closing
/// words after a bracketed location: a story's sentence that names the edition has no
/// location before it.
pub(crate) fn is_citation(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > MAX_CITATION {
        return false;
    }
    let lower = line.to_lowercase();
    let Some(before) = lower.strip_suffix("kindle edition.") else {
        return false;
    };
    let Some(open) = before.rfind('(') else {
        return false;
    };
    let location = &before[open + 1..];
    let Some(close) = location.find(')') else {
        return false;
    };
    let location = location[..close].trim();
    let number = location
        .strip_prefix("kindle locations")
        .or_else(|| location.strip_prefix("kindle location"))
        .or_else(|| location.strip_prefix("locations"))
        .or_else(|| location.strip_prefix("location"))
        .or_else(|| location.strip_prefix("pp."))
        .or_else(|| location.strip_prefix("p."));
    number.is_some_and(|number| {
        let number = number.trim();
        !number.is_empty()
            && number
                .chars()
                .all(|character| character.is_ascii_digit() || matches!(character, '-' | '–' | ','))
    })
}

/// The text with its citation lines blanked (see the module's doc), or `None` when it
/// has none.
pub(crate) fn blank_citations(text: &str) -> Option<String> {
    let mut blanked: Option<String> = None;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if is_citation(content) {
            let output = blanked.get_or_insert_with(|| text.to_string());
            // Spaces of the same byte length: every later offset stays where it was.
            output.replace_range(start..start + content.len(), &" ".repeat(content.len()));
        }
        start += line.len();
    }
    blanked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations() {
        for (line, citation) in [
            (
                "moth_quill. Salt Kettle (Kindle Location 4). Kindle Edition.",
                true,
            ),
            (
                "moth_quill. Salt Kettle (Kindle Locations 40-92). Kindle Edition.",
                true,
            ),
            (
                "Ann Reed. Low Water (p. 12). Gull Press. Kindle Edition.",
                true,
            ),
            // A story's lines.
            ("She bought the Kindle Edition.", false),
            ("He read it (twice) in the Kindle edition.", false),
            ("(Kindle Location 4)", false),
        ] {
            assert_eq!(is_citation(line), citation, "{line}");
        }
    }

    /// The bug: a citation between two passages was read aloud, one record each.
    #[test]
    fn citations_are_blanked_and_offsets_kept() {
        let text = "First passage.\r\n\r\nmoth. Salt (Kindle Locations 2-9). Kindle Edition.\r\n\r\nSecond passage.\n";
        let blanked = blank_citations(text).unwrap();
        assert_eq!(blanked.len(), text.len());
        assert!(!blanked.contains("Kindle"));
        assert_eq!(blanked.find("Second"), text.find("Second"));
        assert!(blanked.contains("\r\n\r\n   "));
        assert_eq!(blank_citations("No citation here.\n"), None);
    }
}
