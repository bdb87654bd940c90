//! Unit tests of the whole mix on clips written on the fly.

use std::path::{Path, PathBuf};

use super::*;
use crate::cast::CharacterPauses;
use crate::model::SegmentKind;

/// A sink that keeps everything (tests only).
#[derive(Default)]
struct Memory {
    samples: Vec<f32>,
}

impl AudioSink for Memory {
    fn write_samples(&mut self, samples: &[f32]) -> io::Result<()> {
        self.samples.extend_from_slice(samples);
        Ok(())
    }

    fn write_silence(&mut self, frames: u64) -> io::Result<()> {
        self.samples
            .extend(std::iter::repeat_n(0.0, frames as usize));
        Ok(())
    }
}

/// A WAV layout: rate, channels, bits, float or integer.
fn spec(sample_rate: u32, channels: u16, bits_per_sample: u16, float: bool) -> hound::WavSpec {
    let sample_format = if float {
        hound::SampleFormat::Float
    } else {
        hound::SampleFormat::Int
    };
    hound::WavSpec {
        channels,
        sample_rate,
        bits_per_sample,
        sample_format,
    }
}

/// A tone with a little silence before and after, in any WAV layout.
fn write_tone(path: &Path, spec: hound::WavSpec, frequency: f32, amplitude: f32, seconds: f32) {
    let (rate, channels, bits) = (spec.sample_rate, spec.channels, spec.bits_per_sample);
    let float = spec.sample_format == hound::SampleFormat::Float;
    let mut writer = hound::WavWriter::create(path, spec).unwrap();
    let silence = rate as usize / 5;
    let tone = (seconds * rate as f32) as usize;
    for index in 0..silence * 2 + tone {
        let value = if (silence..silence + tone).contains(&index) {
            amplitude
                * (std::f32::consts::TAU * frequency * (index - silence) as f32 / rate as f32).sin()
        } else {
            0.0
        };
        for _ in 0..channels {
            if float {
                writer.write_sample(value).unwrap();
            } else {
                writer
                    .write_sample((f64::from(value) * f64::from((1u32 << (bits - 1)) - 1)) as i32)
                    .unwrap();
            }
        }
    }
    writer.finalize().unwrap();
}

fn segment(speaker: &str, paragraph: usize) -> Segment {
    let mut segment = Segment::narration(
        SegmentKind::Dialogue,
        "words".to_string(),
        paragraph,
        (0, 5),
    );
    segment.speaker = speaker.to_string();
    segment
}

fn spoken(path: &Path, voice: &str) -> Option<SpokenClip> {
    Some(SpokenClip {
        path: path.to_path_buf(),
        voice: voice.to_string(),
        volume: 1.0,
    })
}

fn largest_jump(samples: &[f32]) -> f32 {
    samples
        .windows(2)
        .map(|pair| (pair[1] - pair[0]).abs())
        .fold(0.0, f32::max)
}

fn loudness_of(samples: &[f32], rate: u32) -> f64 {
    let mut meter = ebur128::EbuR128::new(1, rate, ebur128::Mode::I).unwrap();
    meter.add_frames_f32(samples).unwrap();
    meter.loudness_global().unwrap()
}

struct Fixture {
    _directory: tempfile::TempDir,
    paths: Vec<PathBuf>,
}

/// Clips of three layouts: 44.1 kHz stereo 24-bit loud, 16 kHz mono 16-bit quiet,
/// 22.05 kHz mono float in between.
fn three_formats() -> Fixture {
    let directory = tempfile::tempdir().unwrap();
    let paths = vec![
        directory.path().join("24bit-44100Hz-stereo.wav"),
        directory.path().join("16bit-16000Hz-mono.wav"),
        directory.path().join("float-22050Hz-mono.wav"),
    ];
    write_tone(&paths[0], spec(44_100, 2, 24, false), 330.0, 0.9, 1.0);
    write_tone(&paths[1], spec(16_000, 1, 16, false), 523.0, 0.05, 1.2);
    write_tone(&paths[2], spec(22_050, 1, 32, true), 415.0, 0.3, 0.8);
    Fixture {
        _directory: directory,
        paths,
    }
}

#[test]
fn three_formats_make_one_uniform_stream_without_clicks() {
    let fixture = three_formats();
    let segments: Vec<Segment> = (0..6)
        .map(|index| segment(["a", "b", "c"][index % 3], index))
        .collect();
    let clips: Vec<Option<SpokenClip>> = (0..6)
        .map(|index| spoken(&fixture.paths[index % 3], ["a", "b", "c"][index % 3]))
        .collect();
    let config = MixConfig::default();
    let mut sink = Memory::default();
    let outcome = mix(&segments, &clips, &config, &mut sink).unwrap();
    assert_eq!(outcome.frames as usize, sink.samples.len());
    let placements: Vec<Placement> = outcome
        .placements
        .iter()
        .map(|placement| placement.unwrap())
        .collect();
    // Each clip is trimmed to its tone (plus 60 ms of air) at 24 kHz.
    let lengths: Vec<u64> = placements
        .iter()
        .map(|placement| placement.end_ms - placement.start_ms)
        .collect();
    for (length, tone_ms) in lengths.iter().zip([1000, 1200, 800, 1000, 1200, 800]) {
        assert!(
            (tone_ms + 50..=tone_ms + 70).contains(length),
            "{lengths:?}"
        );
    }
    // Joins: paragraph pauses between clips, and no jump at any edge larger than
    // the largest step inside the clips themselves.
    let inside = placements
        .iter()
        .map(|placement| {
            largest_jump(
                &sink.samples
                    [placement.start_frame as usize + 240..placement.end_frame as usize - 240],
            )
        })
        .fold(0.0, f32::max);
    for placement in &placements {
        for edge in [placement.start_frame as usize, placement.end_frame as usize] {
            let around =
                &sink.samples[edge.saturating_sub(240)..(edge + 240).min(sink.samples.len())];
            assert!(
                largest_jump(around) <= inside,
                "jump {} at {edge} > {inside}",
                largest_jump(around)
            );
        }
    }
    // Different speakers in different paragraphs: the speaker-change pause.
    for pair in placements.windows(2) {
        assert_eq!(
            pair[1].start_ms - pair[0].end_ms,
            u64::from(config.pauses.speaker_change),
            "{pair:?}"
        );
    }
}

#[test]
fn every_voice_reaches_the_target_and_nothing_passes_the_ceiling() {
    let fixture = three_formats();
    let segments: Vec<Segment> = (0..6)
        .map(|index| segment(["a", "b", "c"][index % 3], index))
        .collect();
    let clips: Vec<Option<SpokenClip>> = (0..6)
        .map(|index| spoken(&fixture.paths[index % 3], ["a", "b", "c"][index % 3]))
        .collect();
    for target in [-18.0, -23.0, -6.0] {
        let config = MixConfig {
            loudness: LoudnessTarget {
                lufs: target,
                ceiling_dbtp: -1.0,
            },
            ..MixConfig::default()
        };
        let mut sink = Memory::default();
        let outcome = mix(&segments, &clips, &config, &mut sink).unwrap();
        let peak = sink
            .samples
            .iter()
            .fold(0.0f32, |peak, sample| peak.max(sample.abs()));
        assert!(
            peak <= config.loudness.ceiling(),
            "target {target}: peak {peak}"
        );
        let mut levels = Vec::new();
        for voice in 0..3 {
            let samples: Vec<f32> = outcome
                .placements
                .iter()
                .skip(voice)
                .step_by(3)
                .flat_map(|placement| {
                    let placement = placement.unwrap();
                    sink.samples[placement.start_frame as usize..placement.end_frame as usize]
                        .to_vec()
                })
                .collect();
            levels.push(loudness_of(&samples, 24_000));
        }
        let spread = levels.iter().cloned().fold(f64::MIN, f64::max)
            - levels.iter().cloned().fold(f64::MAX, f64::min);
        assert!(spread <= 1.0, "target {target}: {levels:?}");
        if target <= -18.0 {
            // Pure tones at this level need no limiting: each voice is on target.
            for level in &levels {
                assert!((level - target).abs() < 0.5, "target {target}: {levels:?}");
            }
        }
    }
}

#[test]
fn character_pauses_add_to_context_pauses() {
    let fixture = three_formats();
    let segments = vec![segment("a", 0), segment("b", 1), segment("a", 2)];
    let clips = vec![
        spoken(&fixture.paths[1], "v"),
        spoken(&fixture.paths[1], "v"),
        spoken(&fixture.paths[1], "v"),
    ];
    let mut config = MixConfig::default();
    config.pauses.characters.insert(
        "b".to_string(),
        CharacterPauses {
            before: 300,
            after: 100,
        },
    );
    let outcome = mix(&segments, &clips, &config, &mut Memory::default()).unwrap();
    let placements: Vec<Placement> = outcome
        .placements
        .iter()
        .map(|placement| placement.unwrap())
        .collect();
    let speaker_change = u64::from(config.pauses.speaker_change);
    assert_eq!(
        placements[1].start_ms - placements[0].end_ms,
        speaker_change + 300
    );
    assert_eq!(
        placements[2].start_ms - placements[1].end_ms,
        speaker_change + 100
    );
}

#[test]
fn silent_segments_carry_their_pause_and_nothing_leads_or_trails() {
    let fixture = three_formats();
    let mut scene_break = segment("narrator", 1);
    scene_break.kind = SegmentKind::Break;
    let segments = vec![
        scene_break.clone(),
        segment("a", 2),
        scene_break,
        segment("a", 4),
    ];
    let clips = vec![
        None,
        spoken(&fixture.paths[1], "v"),
        None,
        spoken(&fixture.paths[1], "v"),
    ];
    let config = MixConfig::default();
    let mut sink = Memory::default();
    let outcome = mix(&segments, &clips, &config, &mut sink).unwrap();
    assert_eq!(outcome.placements[0], None);
    let first = outcome.placements[1].unwrap();
    let second = outcome.placements[3].unwrap();
    assert_eq!(first.start_frame, 0);
    assert_eq!(
        second.start_ms - first.end_ms,
        u64::from(config.pauses.scene_break)
    );
    assert_eq!(second.end_frame, outcome.frames);
}

#[test]
fn analyses_are_cached_and_reused() {
    let fixture = three_formats();
    let cache = tempfile::tempdir().unwrap();
    let config = MixConfig {
        analysis_cache: Some(cache.path().to_path_buf()),
        ..MixConfig::default()
    };
    let first = analysis_of(&fixture.paths[0], &config).unwrap();
    let files: Vec<_> = walk(cache.path());
    assert_eq!(files.len(), 1);
    // A doctored entry is what the next mix reads: proof that it is used.
    let mut cached: CachedAnalysis =
        serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    cached.analysis.seconds = 123.0;
    std::fs::write(&files[0], serde_json::to_vec(&cached).unwrap()).unwrap();
    let second = analysis_of(&fixture.paths[0], &config).unwrap();
    assert_eq!(second.seconds, 123.0);
    assert_eq!(first.frames, second.frames);
}

fn walk(directory: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn a_damaged_clip_is_named() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("broken.wav");
    std::fs::write(&path, b"RIFF\x04\x00\x00\x00WAVE").unwrap();
    let error = mix(
        &[segment("a", 0)],
        &[spoken(&path, "v")],
        &MixConfig::default(),
        &mut Memory::default(),
    )
    .unwrap_err();
    assert!(error.to_string().contains("broken.wav"), "{error}");
}

#[test]
fn batches_are_bounded_by_count_and_frames() {
    let items: Vec<usize> = (0..40).collect();
    let sizes: Vec<usize> = batches(&items, |_| 10)
        .iter()
        .map(|batch| batch.len())
        .collect();
    assert_eq!(sizes, [16, 16, 8]);
    let big = BATCH_FRAMES / 2 + 1;
    let sizes: Vec<usize> = batches(
        &items[..5],
        |item| if item == 2 { BATCH_FRAMES * 3 } else { big },
    )
    .iter()
    .map(|batch| batch.len())
    .collect();
    assert_eq!(sizes, [1, 1, 1, 1, 1]);
    let sizes: Vec<usize> = batches(&items[..5], |_| BATCH_FRAMES / 3)
        .iter()
        .map(|batch| batch.len())
        .collect();
    assert_eq!(sizes, [3, 2]);
    assert!(batches(&[], |_| 1).is_empty());
}
