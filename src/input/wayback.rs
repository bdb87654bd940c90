//! A page as the Wayback Machine archived it, copied whole: over the archived page the
//! archive's banner (`The Wayback Machine - https://web.archive.org/web/2007…/http://…`,
//! `INTERNET ARCHIVE`, `Wayback Machine`, the address again, `Go`, `27 captures`, `19
//! Aug 2007 - 14 Mar 2010`, the calendar's months, day and years, `About this capture`,
//! `COLLECTED BY`, the collection's name and note, `TIMESTAMPS`), which no listener
//! wants read.
//!
//! In: the decoded text of a paste. Out: the same text with the banner's lines turned
//! into spaces (their line breaks kept), so every other byte keeps its offset in the
//! file; or `None` when there is no banner. Done before the text is cut into
//! paragraphs, so the archived page's own reader (a Quizilla story's) sees the page as
//! its site served it.

/// How many lines the banner may take: its last line (`TIMESTAMPS`) is looked for
/// this far down.
const BANNER_REACH: usize = 40;

/// How many lines from the top the banner may start (a copy may open with a blank line
/// or the browser's tab title).
const START_REACH: usize = 3;

/// `The Wayback Machine - https://web.archive.org/web/20070819041522/http://…`: the
/// banner's first line, which names the capture.
fn is_banner_start(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 600
        && line.starts_with("The Wayback Machine - http")
        && line.contains("web.archive.org/web/")
}

/// `TIMESTAMPS`: the banner's last line (the capture's details open over it).
fn is_banner_end(line: &str) -> bool {
    line.trim() == "TIMESTAMPS"
}

/// The byte range of the banner's lines in `text`: from its first line to
/// `TIMESTAMPS`, or, when that is not copied, to the first blank line.
fn banner(text: &str) -> Option<(usize, usize)> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n').take(BANNER_REACH) {
        lines.push((offset, line.trim_end_matches(['\n', '\r'])));
        offset += line.len();
    }
    let first = lines
        .iter()
        .take(START_REACH)
        .position(|(_, line)| is_banner_start(line))?;
    let last = lines[first..]
        .iter()
        .position(|(_, line)| is_banner_end(line))
        .or_else(|| {
            lines[first..]
                .iter()
                .position(|(_, line)| line.trim().is_empty())
                .map(|blank| blank.saturating_sub(1))
        })
        .map_or(first, |at| first + at);
    let (end_offset, end_line) = lines[last];
    Some((lines[first].0, end_offset + end_line.len()))
}

/// The text with the archive's banner blanked (see the module's doc), or `None` when
/// it has none.
pub(crate) fn blank_banner(text: &str) -> Option<String> {
    let (start, end) = banner(text)?;
    // Spaces of the same byte length, line breaks kept: every later offset stays put.
    let blanked: String = text[start..end]
        .chars()
        .map(|character| match character {
            '\n' | '\r' => character.to_string(),
            _ => " ".repeat(character.len_utf8()),
        })
        .collect();
    let mut output = text.to_string();
    output.replace_range(start..end, &blanked);
    Some(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bug: an archived page was read with the Wayback Machine's banner over it,
    /// its addresses, counts, calendar and collection note one record each.
    #[test]
    fn the_banner_is_blanked_and_offsets_kept() {
        let text = "The Wayback Machine - https://web.archive.org/web/2008/http://example.com/\nINTERNET ARCHIVE\nGo\n\u{00A0}3 captures\nJUL\tAUG\nAbout this capture\nTIMESTAMPS\n\nMoth Stories\n";
        let blanked = blank_banner(text).expect("banner");
        assert_eq!(blanked.len(), text.len());
        assert!(!blanked.contains("Wayback"));
        assert!(!blanked.contains("TIMESTAMPS"));
        assert_eq!(blanked.find("Moth Stories"), text.find("Moth Stories"));
        assert_eq!(blanked.lines().count(), text.lines().count());
        // Without its last line, the banner ends at the first blank line.
        let cut =
            "The Wayback Machine - https://web.archive.org/web/2008/http://a.b/\nGo\n\nStory.\n";
        let blanked = blank_banner(cut).expect("banner");
        assert!(blanked.contains("Story."));
        assert!(!blanked.contains("Go"));
        // A story that names the archive is no banner.
        assert_eq!(
            blank_banner("She typed The Wayback Machine into the search bar.\n"),
            None
        );
    }
}
