//! `render --plan`: what a render would cost, without synthesizing anything.
//!
//! In: every spoken segment's speaker, and for each distinct clip whether the cache
//! has it. Out: a table per speaker (in order of first line): segments, clips to
//! synthesize with a rough length of their audio, and clips from the cache with
//! their real length (read from the cached WAV headers).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Speaking rate of the estimate: about 160 words a minute.
const WORDS_PER_SECOND: f64 = 2.7;

/// One distinct clip of the render.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedClip {
    /// Display name of the first speaker who says it.
    pub speaker: String,
    pub text: String,
    /// The cached clip, when there is one.
    pub cached: Option<PathBuf>,
}

#[derive(Debug, Default, Clone, PartialEq)]
struct Row {
    segments: usize,
    to_make: usize,
    to_make_seconds: f64,
    cached: usize,
    cached_seconds: f64,
}

/// The plan as a table. `segments` gives each spoken segment's speaker name, in
/// story order; `clips` the distinct clips.
pub fn plan_report(segments: &[String], clips: &[PlannedClip]) -> String {
    let mut order: Vec<&str> = Vec::new();
    let mut rows: HashMap<&str, Row> = HashMap::new();
    for speaker in segments {
        if !rows.contains_key(speaker.as_str()) {
            order.push(speaker);
        }
        rows.entry(speaker).or_default().segments += 1;
    }
    for clip in clips {
        if !rows.contains_key(clip.speaker.as_str()) {
            order.push(&clip.speaker);
        }
        let row = rows.entry(&clip.speaker).or_default();
        match clip.cached.as_deref().and_then(wav_seconds) {
            Some(seconds) => {
                row.cached += 1;
                row.cached_seconds += seconds;
            }
            None => {
                row.to_make += 1;
                row.to_make_seconds += estimate_seconds(&clip.text);
            }
        }
    }
    let mut total = Row::default();
    let width = order
        .iter()
        .map(|speaker| speaker.chars().count())
        .max()
        .unwrap_or(0)
        .max("speaker".len());
    let mut report = format!(
        "{:<width$}  {:>8}  {:>24}  {:>24}\n",
        "speaker", "segments", "to synthesize", "from cache"
    );
    for speaker in &order {
        let row = &rows[speaker];
        report.push_str(&format_row(speaker, row, width));
        total.segments += row.segments;
        total.to_make += row.to_make;
        total.to_make_seconds += row.to_make_seconds;
        total.cached += row.cached;
        total.cached_seconds += row.cached_seconds;
    }
    report.push_str(&format_row("total", &total, width));
    if total.to_make == 0 {
        report.push_str("nothing to synthesize: every clip is in the cache\n");
    }
    report
}

fn format_row(speaker: &str, row: &Row, width: usize) -> String {
    let to_make = format!("{} clips (~{})", row.to_make, minutes(row.to_make_seconds));
    let cached = format!("{} clips ({})", row.cached, minutes(row.cached_seconds));
    let mut line = String::new();
    let _ = writeln!(
        line,
        "{speaker:<width$}  {:>8}  {to_make:>24}  {cached:>24}",
        row.segments
    );
    line
}

/// A rough length of speech for a text.
fn estimate_seconds(text: &str) -> f64 {
    let words = text.split_whitespace().count() as f64;
    0.3 + words / WORDS_PER_SECOND
}

/// The length of a WAV file, from its header.
fn wav_seconds(path: &std::path::Path) -> Option<f64> {
    let reader = hound::WavReader::open(path).ok()?;
    let spec = reader.spec();
    Some(f64::from(reader.duration()) / f64::from(spec.sample_rate.max(1)))
}

fn minutes(seconds: f64) -> String {
    let rounded = seconds.round() as u64;
    if rounded < 60 {
        format!("{seconds:.0} s")
    } else {
        format!("{}m{:02}s", rounded / 60, rounded % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_per_speaker_in_story_order() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("clip.wav");
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 1000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut writer = hound::WavWriter::create(&path, spec).unwrap();
        for _ in 0..2000 {
            writer.write_sample(0i16).unwrap();
        }
        writer.finalize().unwrap();
        let segments: Vec<String> = ["Narrator", "Kylo", "Narrator", "Kylo"]
            .iter()
            .map(|name| name.to_string())
            .collect();
        let clips = vec![
            PlannedClip {
                speaker: "Narrator".into(),
                text: "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six".into(),
                cached: None,
            },
            PlannedClip {
                speaker: "Kylo".into(),
                text: "Hello.".into(),
                cached: Some(path.clone()),
            },
            PlannedClip {
                speaker: "Narrator".into(),
                text: "Again.".into(),
                cached: Some(path),
            },
        ];
        let report = plan_report(&segments, &clips);
        let lines: Vec<&str> = report.lines().collect();
        assert_eq!(lines.len(), 4, "{report}");
        assert!(
            lines[1].starts_with("Narrator")
                && lines[1].contains("1 clips (~10 s)")
                && lines[1].contains("1 clips (2 s)"),
            "{report}"
        );
        assert!(
            lines[2].starts_with("Kylo")
                && lines[2].contains("0 clips (~0 s)")
                && lines[2].contains("1 clips (2 s)"),
            "{report}"
        );
        assert!(
            lines[3].starts_with("total") && lines[3].contains("         4  "),
            "{report}"
        );
    }
}
