//! Mix stage: clips and pauses become one stream of audio in story order.
//!
//! In: segments in reading order, the clip file of each spoken segment, pause
//! settings and the output format. Out: samples streamed into a WAV writer, one clip
//! in memory at a time (memory does not grow with the story), and where each
//! segment's audio sits in the output.

pub mod clip;
mod pauses;

use std::io::{Seek, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

pub use clip::{read_clip, Clip};
pub use pauses::Pauses;

use crate::model::Segment;

/// The one format every output sample is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputFormat {
    pub rate: u32,
    pub channels: u16,
    pub bits: u16,
}

impl Default for OutputFormat {
    fn default() -> Self {
        OutputFormat {
            rate: 24_000,
            channels: 1,
            bits: 16,
        }
    }
}

impl OutputFormat {
    pub fn spec(&self) -> hound::WavSpec {
        hound::WavSpec {
            channels: self.channels,
            sample_rate: self.rate,
            bits_per_sample: self.bits,
            sample_format: hound::SampleFormat::Int,
        }
    }
}

#[derive(Debug, Error)]
pub enum MixError {
    #[error("cannot read clip `{path}`: {source}\nhint: the cached clip is damaged; delete it or run with a fresh --cache")]
    Clip {
        path: PathBuf,
        #[source]
        source: hound::Error,
    },
    #[error("cannot write audio: {0}")]
    Write(#[from] hound::Error),
}

/// Where a segment's audio sits in the output, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub start_ms: u64,
    pub end_ms: u64,
}

/// Streams segments into `writer`; `clips[i]` is the clip of `segments[i]` (None for
/// silent segments). Returns each segment's placement (None when it has no audio).
pub fn mix<W: Write + Seek>(
    segments: &[Segment],
    clips: &[Option<PathBuf>],
    pauses: &Pauses,
    format: OutputFormat,
    writer: &mut hound::WavWriter<W>,
) -> Result<Vec<Option<Placement>>, MixError> {
    let mut frames_written: u64 = 0;
    let mut pending_ms: u64 = 0;
    let mut previous: Option<&Segment> = None;
    let mut placements = Vec::with_capacity(segments.len());
    let to_ms = |frames: u64| frames * 1000 / u64::from(format.rate);
    for (segment, clip_path) in segments.iter().zip(clips) {
        if let Some(previous) = previous {
            pending_ms += u64::from(pauses.between(previous, segment));
        }
        pending_ms += u64::from(pauses.inside(segment));
        previous = Some(segment);
        let Some(path) = clip_path else {
            placements.push(None);
            continue;
        };
        let samples = load(path, format)?;
        if frames_written > 0 {
            frames_written += write_silence(writer, pending_ms, format)?;
        }
        pending_ms = 0;
        let start = frames_written;
        write_samples(writer, &samples, format)?;
        frames_written += (samples.len() / usize::from(format.channels)) as u64;
        placements.push(Some(Placement {
            start_ms: to_ms(start),
            end_ms: to_ms(frames_written),
        }));
    }
    Ok(placements)
}

/// Reads a clip and makes it ready to write: output format, trimmed, faded.
fn load(path: &Path, format: OutputFormat) -> Result<Vec<f32>, MixError> {
    let clip = read_clip(path).map_err(|source| MixError::Clip {
        path: path.to_path_buf(),
        source,
    })?;
    let mut samples = clip::convert(&clip, format.rate, format.channels);
    clip::trim_silence(&mut samples, format.rate, format.channels);
    clip::fade_edges(&mut samples, format.rate, format.channels);
    Ok(samples)
}

fn write_silence<W: Write + Seek>(writer: &mut hound::WavWriter<W>, milliseconds: u64, format: OutputFormat) -> Result<u64, MixError> {
    let frames = milliseconds * u64::from(format.rate) / 1000;
    for _ in 0..frames * u64::from(format.channels) {
        writer.write_sample(0i32)?;
    }
    Ok(frames)
}

fn write_samples<W: Write + Seek>(writer: &mut hound::WavWriter<W>, samples: &[f32], format: OutputFormat) -> Result<(), MixError> {
    let full_scale = ((1i64 << (format.bits - 1)) - 1) as f32;
    for &sample in samples {
        writer.write_sample((sample.clamp(-1.0, 1.0) * full_scale).round() as i32)?;
    }
    Ok(())
}
