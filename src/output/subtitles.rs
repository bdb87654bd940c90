//! Subtitles: SubRip (`.srt`) and WebVTT (`.vtt`) with speaker names.
//!
//! In: the timed lines of a render. Out: one cue per line, timed exactly as the
//! timeline. SRT puts `Name: ` before a character's words (narration stands
//! alone); WebVTT marks every cue with a voice span, `<v Name>`.

use std::path::Path;

use super::timed::TimedLine;

/// The subtitle formats, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubtitleFormat {
    Srt,
    Vtt,
}

impl SubtitleFormat {
    pub fn from_path(path: &Path) -> Option<Self> {
        match path
            .extension()?
            .to_string_lossy()
            .to_ascii_lowercase()
            .as_str()
        {
            "srt" => Some(SubtitleFormat::Srt),
            "vtt" | "webvtt" => Some(SubtitleFormat::Vtt),
            _ => None,
        }
    }
}

/// The whole subtitle file.
pub fn subtitles(format: SubtitleFormat, lines: &[TimedLine]) -> String {
    match format {
        SubtitleFormat::Srt => srt(lines),
        SubtitleFormat::Vtt => vtt(lines),
    }
}

fn srt(lines: &[TimedLine]) -> String {
    let mut text = String::new();
    for (index, line) in lines.iter().enumerate() {
        let words = one_line(&line.text);
        let words = if line.is_narration() {
            words
        } else {
            format!("{}: {words}", line.name)
        };
        text.push_str(&format!(
            "{}\n{} --> {}\n{}\n\n",
            index + 1,
            timestamp(line.start_ms, ','),
            timestamp(line.end_ms, ','),
            words
        ));
    }
    text
}

fn vtt(lines: &[TimedLine]) -> String {
    let mut text = String::from("WEBVTT\n\n");
    for line in lines {
        text.push_str(&format!(
            "{} --> {}\n<v {}>{}\n\n",
            timestamp(line.start_ms, '.'),
            timestamp(line.end_ms, '.'),
            escape_vtt(&line.name),
            escape_vtt(&one_line(&line.text))
        ));
    }
    text
}

/// `HH:MM:SS,mmm` (SRT) or `HH:MM:SS.mmm` (WebVTT).
pub fn timestamp(milliseconds: u64, separator: char) -> String {
    let (hours, rest) = (milliseconds / 3_600_000, milliseconds % 3_600_000);
    let (minutes, rest) = (rest / 60_000, rest % 60_000);
    format!(
        "{hours:02}:{minutes:02}:{:02}{separator}{:03}",
        rest / 1000,
        rest % 1000
    )
}

/// A cue's text on one line: a blank line would end the cue early.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// WebVTT text escapes `&`, `<` and `>` (which also keeps `-->` out of a cue).
fn escape_vtt(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Reads the cue times back from SRT or WebVTT text, in ms (tests and tools).
pub fn cue_times(text: &str) -> Vec<(u64, u64)> {
    let parse = |stamp: &str| -> Option<u64> {
        let stamp = stamp.trim().replace(',', ".");
        let (clock, millis) = stamp.split_once('.')?;
        let mut parts = clock.split(':').map(|part| part.parse::<u64>().ok());
        let (hours, minutes, seconds) = (parts.next()??, parts.next()??, parts.next()??);
        Some(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis.parse::<u64>().ok()?)
    };
    text.lines()
        .filter_map(|line| {
            let (start, end) = line.split_once("-->")?;
            Some((parse(start)?, parse(end)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentKind;

    fn line(speaker: &str, name: &str, text: &str, start_ms: u64, end_ms: u64) -> TimedLine {
        TimedLine {
            speaker: speaker.to_string(),
            name: name.to_string(),
            kind: SegmentKind::Dialogue,
            text: text.to_string(),
            start_ms,
            end_ms,
            paragraph: 0,
        }
    }

    fn lines() -> Vec<TimedLine> {
        vec![
            line("narrator", "Narrator", "It was\nlate.", 0, 1_250),
            line(
                "kylo",
                "Kylo Ren",
                "Stay <here> & wait --> now.",
                3_723_004,
                3_725_010,
            ),
        ]
    }

    #[test]
    fn srt_numbers_cues_and_names_characters() {
        assert_eq!(
            subtitles(SubtitleFormat::Srt, &lines()),
            "1\n00:00:00,000 --> 00:00:01,250\nIt was late.\n\n2\n01:02:03,004 --> 01:02:05,010\nKylo Ren: Stay <here> & wait --> now.\n\n"
        );
    }

    #[test]
    fn vtt_uses_voice_spans_and_escapes() {
        assert_eq!(
            subtitles(SubtitleFormat::Vtt, &lines()),
            "WEBVTT\n\n00:00:00.000 --> 00:00:01.250\n<v Narrator>It was late.\n\n01:02:03.004 --> 01:02:05.010\n<v Kylo Ren>Stay &lt;here&gt; &amp; wait --&gt; now.\n\n"
        );
    }

    #[test]
    fn cue_times_read_back_both_formats() {
        for format in [SubtitleFormat::Srt, SubtitleFormat::Vtt] {
            assert_eq!(
                cue_times(&subtitles(format, &lines())),
                [(0, 1_250), (3_723_004, 3_725_010)]
            );
        }
    }

    #[test]
    fn format_by_extension() {
        assert_eq!(
            SubtitleFormat::from_path(Path::new("a.SRT")),
            Some(SubtitleFormat::Srt)
        );
        assert_eq!(
            SubtitleFormat::from_path(Path::new("a.vtt")),
            Some(SubtitleFormat::Vtt)
        );
        assert_eq!(SubtitleFormat::from_path(Path::new("a.txt")), None);
    }
}
