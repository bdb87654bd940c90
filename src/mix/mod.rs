//! Mix stage: clips and pauses become one stream of audio in story order.
//!
//! In: segments in reading order, the clip file and voice of each spoken segment,
//! pause settings, the loudness target and the output format. Out: samples streamed
//! into an [`AudioSink`] and where each segment's audio sits in the output.
//!
//! Two passes. The first measures every distinct clip (in parallel, cached beside
//! the clip cache) and derives one gain per voice that brings it to the loudness
//! target. The second converts clips a small batch at a time (in parallel: read,
//! trim the silence around the speech, map channels, resample, apply the voice's
//! gain, limit the rare peak over the ceiling, fade the edges) and writes them in
//! order with the pauses between them. Memory holds one batch of clips, whatever
//! the story's length.

pub mod clip;
pub mod loudness;
mod pauses;

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

pub use clip::{read_clip, Clip};
pub use loudness::{ClipAnalysis, LoudnessTarget};
pub use pauses::Pauses;

use crate::model::Segment;

/// Bumped when the analysis changes, so cached analyses are not reused.
const ANALYSIS_VERSION: &str = "ficaudio-analysis-v1";
/// Clips converted at once, at most; a batch also stops at [`BATCH_FRAMES`].
const BATCH: usize = 16;
/// Source frames converted at once (about 2 minutes at 16 kHz): with every copy a
/// clip goes through, this keeps a batch within a few tens of MB even when an
/// engine returns a chapter-long clip.
const BATCH_FRAMES: usize = 2_000_000;
/// Gains above this are not trusted (a nearly silent voice would turn into noise).
const MAX_GAIN_DB: f64 = 40.0;

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

    /// Bytes of one second of audio.
    pub fn bytes_per_second(&self) -> u64 {
        u64::from(self.rate) * u64::from(self.channels) * u64::from(self.bits / 8)
    }
}

/// Everything the mixer needs besides the clips.
#[derive(Debug, Clone, Default)]
pub struct MixConfig {
    pub format: OutputFormat,
    pub pauses: Pauses,
    pub loudness: LoudnessTarget,
    /// Where clip analyses are cached; `None` measures every clip every time.
    pub analysis_cache: Option<PathBuf>,
}

/// The clip of a spoken segment and the voice that spoke it (voices are levelled
/// as a whole).
#[derive(Debug, Clone, PartialEq)]
pub struct SpokenClip {
    pub path: PathBuf,
    pub voice: String,
    /// The cast's `volume` for this line (1.0: as levelled), applied after the voice
    /// is levelled so that levelling does not undo it.
    pub volume: f32,
}

/// Where the mixed audio goes.
pub trait AudioSink {
    /// Interleaved samples in the output format, in -1..1.
    fn write_samples(&mut self, samples: &[f32]) -> io::Result<()>;
    fn write_silence(&mut self, frames: u64) -> io::Result<()>;
}

#[derive(Debug, Error)]
pub enum MixError {
    #[error("cannot read clip `{path}`: {source}\nhint: the cached clip is damaged; delete it or run with a fresh --cache")]
    Clip {
        path: PathBuf,
        #[source]
        source: hound::Error,
    },
    #[error("cannot measure the loudness of clip `{path}`: {message}")]
    Analysis { path: PathBuf, message: String },
    #[error("clip `{path}`: {source}")]
    Resample {
        path: PathBuf,
        #[source]
        source: clip::ResampleError,
    },
    #[error("cannot write audio: {0}")]
    Write(#[from] io::Error),
}

/// Where a segment's audio sits in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub start_ms: u64,
    pub end_ms: u64,
    pub start_frame: u64,
    pub end_frame: u64,
}

/// What a mix produced.
#[derive(Debug, Clone, PartialEq)]
pub struct MixOutcome {
    /// One per segment; `None` for segments without audio.
    pub placements: Vec<Option<Placement>>,
    /// Frames written in all.
    pub frames: u64,
    /// Each voice's measured loudness (LUFS, `None` if silent) and the gain applied (dB).
    pub voices: Vec<(String, Option<f64>, f64)>,
}

/// Streams segments into `sink`; `clips[i]` is the clip of `segments[i]` (None for
/// silent segments).
pub fn mix(
    segments: &[Segment],
    clips: &[Option<SpokenClip>],
    config: &MixConfig,
    sink: &mut dyn AudioSink,
) -> Result<MixOutcome, MixError> {
    let format = config.format;
    let analyses = analyze_all(clips, config)?;
    let voices = voice_gains(clips, &analyses, &config.loudness);
    let gain_of: HashMap<&str, f64> = voices
        .iter()
        .map(|(voice, _, gain)| (voice.as_str(), *gain))
        .collect();

    // Silence before each segment; none before the first sound or after the last.
    let mut silence_before = Vec::with_capacity(segments.len());
    let mut previous: Option<&Segment> = None;
    for segment in segments {
        let mut milliseconds = u64::from(config.pauses.inside(segment));
        if let Some(previous) = previous {
            milliseconds += u64::from(config.pauses.gap(previous, segment));
        }
        silence_before.push(milliseconds);
        previous = Some(segment);
    }

    let spoken: Vec<usize> = (0..segments.len().min(clips.len()))
        .filter(|&index| clips[index].is_some())
        .collect();
    let mut placements = vec![None; segments.len()];
    let mut frames_written: u64 = 0;
    let mut pending_ms: u64 = 0;
    let mut next_segment = 0;
    for batch in batches(&spoken, |index| {
        clips[index]
            .as_ref()
            .and_then(|clip| analyses.get(&clip.path))
            .map_or(0, |analysis| analysis.frames)
    }) {
        let prepared: Vec<Result<Vec<f32>, MixError>> = batch
            .par_iter()
            .map(|&index| {
                let Some(spoken) = &clips[index] else {
                    return Ok(Vec::new());
                };
                let analysis = &analyses[&spoken.path];
                let voice_gain = loudness::decibels_to_gain(
                    gain_of.get(spoken.voice.as_str()).copied().unwrap_or(0.0),
                ) * f64::from(spoken.volume);
                prepare_clip(&spoken.path, analysis, voice_gain, config)
            })
            .collect();
        for (&index, samples) in batch.iter().zip(prepared) {
            let samples = samples?;
            for milliseconds in &silence_before[next_segment..=index] {
                pending_ms += milliseconds;
            }
            next_segment = index + 1;
            let frames = (samples.len() / usize::from(format.channels.max(1))) as u64;
            if frames == 0 {
                continue;
            }
            if frames_written > 0 {
                let silence = pending_ms * u64::from(format.rate) / 1000;
                sink.write_silence(silence)?;
                frames_written += silence;
            }
            pending_ms = 0;
            let start = frames_written;
            sink.write_samples(&samples)?;
            frames_written += frames;
            placements[index] = Some(Placement {
                start_ms: start * 1000 / u64::from(format.rate),
                end_ms: frames_written * 1000 / u64::from(format.rate),
                start_frame: start,
                end_frame: frames_written,
            });
        }
    }
    Ok(MixOutcome {
        placements,
        frames: frames_written,
        voices,
    })
}

/// Splits `items` into runs of at most [`BATCH`] items and [`BATCH_FRAMES`] frames
/// (a single longer item makes a batch of its own).
fn batches(items: &[usize], frames_of: impl Fn(usize) -> usize) -> Vec<&[usize]> {
    let mut batches = Vec::new();
    let mut start = 0;
    let mut frames = 0;
    for (position, &item) in items.iter().enumerate() {
        let item_frames = frames_of(item);
        if position > start && (position - start == BATCH || frames + item_frames > BATCH_FRAMES) {
            batches.push(&items[start..position]);
            start = position;
            frames = 0;
        }
        frames += item_frames;
    }
    if start < items.len() {
        batches.push(&items[start..]);
    }
    batches
}

/// Measures every distinct clip once, in parallel, through the analysis cache.
fn analyze_all(
    clips: &[Option<SpokenClip>],
    config: &MixConfig,
) -> Result<HashMap<PathBuf, ClipAnalysis>, MixError> {
    let mut distinct: Vec<&Path> = clips
        .iter()
        .flatten()
        .map(|clip| clip.path.as_path())
        .collect();
    distinct.sort();
    distinct.dedup();
    let measured: Vec<(PathBuf, ClipAnalysis)> = distinct
        .par_iter()
        .map(|path| analysis_of(path, config).map(|analysis| (path.to_path_buf(), analysis)))
        .collect::<Result<_, _>>()?;
    Ok(measured.into_iter().collect())
}

/// A cached analysis: valid for the clip file at its path with its length.
#[derive(Debug, Serialize, Deserialize)]
struct CachedAnalysis {
    version: String,
    analysis: ClipAnalysis,
}

fn analysis_of(path: &Path, config: &MixConfig) -> Result<ClipAnalysis, MixError> {
    let channels = config.format.channels;
    let cache_file = config.analysis_cache.as_ref().and_then(|directory| {
        // Clip cache names are hashes of what shapes the audio, so the path and
        // length name the content; the time stamp does not (the cache touches clips
        // it reuses).
        let length = std::fs::metadata(path).ok()?.len();
        let mut hasher = Sha256::new();
        hasher.update(ANALYSIS_VERSION.as_bytes());
        hasher.update(path.as_os_str().as_encoded_bytes());
        hasher.update(length.to_le_bytes());
        hasher.update(channels.to_le_bytes());
        let key: String = hasher
            .finalize()
            .iter()
            .take(16)
            .map(|byte| format!("{byte:02x}"))
            .collect();
        Some(directory.join(&key[..2]).join(format!("{key}.json")))
    });
    if let Some(cached) = cache_file
        .as_deref()
        .and_then(|file| std::fs::read(file).ok())
    {
        if let Ok(cached) = serde_json::from_slice::<CachedAnalysis>(&cached) {
            if cached.version == ANALYSIS_VERSION {
                return Ok(cached.analysis);
            }
        }
    }
    let clip = read(path)?;
    let samples = clip::map_channels(&clip.samples, clip.channels, channels);
    let analysis =
        loudness::analyze(&samples, channels, clip.rate).map_err(|error| MixError::Analysis {
            path: path.to_path_buf(),
            message: error.to_string(),
        })?;
    if let Some(file) = cache_file {
        // A cache that cannot be written only costs time on the next render.
        let _ = store(
            &file,
            &CachedAnalysis {
                version: ANALYSIS_VERSION.to_string(),
                analysis,
            },
        );
    }
    Ok(analysis)
}

/// Writes a cache entry atomically, so a killed render never leaves half of one.
fn store(file: &Path, cached: &CachedAnalysis) -> io::Result<()> {
    let directory = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(directory)?;
    let mut temporary = tempfile::NamedTempFile::new_in(directory)?;
    temporary.write_all(&serde_json::to_vec(cached).map_err(io::Error::other)?)?;
    temporary.persist(file).map_err(|error| error.error)?;
    Ok(())
}

fn read(path: &Path) -> Result<Clip, MixError> {
    read_clip(path).map_err(|source| MixError::Clip {
        path: path.to_path_buf(),
        source,
    })
}

/// Each voice's loudness over all its segments and the gain (dB) to the target,
/// in order of first appearance.
fn voice_gains(
    clips: &[Option<SpokenClip>],
    analyses: &HashMap<PathBuf, ClipAnalysis>,
    target: &LoudnessTarget,
) -> Vec<(String, Option<f64>, f64)> {
    let mut order: Vec<&str> = Vec::new();
    let mut by_voice: HashMap<&str, Vec<&ClipAnalysis>> = HashMap::new();
    for spoken in clips.iter().flatten() {
        let Some(analysis) = analyses.get(&spoken.path) else {
            continue;
        };
        let entry = by_voice.entry(spoken.voice.as_str()).or_default();
        if entry.is_empty() {
            order.push(spoken.voice.as_str());
        }
        entry.push(analysis);
    }
    order
        .into_iter()
        .map(|voice| {
            let measured = loudness::voice_loudness(by_voice[voice].iter().copied());
            let gain = measured.map_or(0.0, |lufs| (target.lufs - lufs).min(MAX_GAIN_DB));
            (voice.to_string(), measured, gain)
        })
        .collect()
}

/// One clip ready to write: speech only, output format, levelled, faded.
fn prepare_clip(
    path: &Path,
    analysis: &ClipAnalysis,
    voice_gain: f64,
    config: &MixConfig,
) -> Result<Vec<f32>, MixError> {
    let format = config.format;
    let clip = read(path)?;
    let input_channels = usize::from(clip.channels);
    let end = analysis.speech_end.min(clip.frames());
    let start = analysis.speech_start.min(end);
    let speech = &clip.samples[start * input_channels..end * input_channels];
    let mapped = clip::map_channels(speech, clip.channels, format.channels);
    let mut samples =
        clip::resample(&mapped, format.channels, clip.rate, format.rate).map_err(|source| {
            MixError::Resample {
                path: path.to_path_buf(),
                source,
            }
        })?;
    let gain = loudness::clip_gain(voice_gain, analysis, &config.loudness);
    for sample in &mut samples {
        *sample *= gain.gain;
    }
    if let Some(threshold) = gain.limit {
        loudness::limit(
            &mut samples,
            format.channels,
            threshold,
            format.rate as usize / 100,
        );
    }
    clip::fade_edges(&mut samples, format.rate, format.channels);
    // Resampling can shift a peak by a hair; nothing passes the ceiling.
    let ceiling = config.loudness.ceiling() * 0.999;
    for sample in &mut samples {
        *sample = sample.clamp(-ceiling, ceiling);
    }
    Ok(samples)
}

#[cfg(test)]
mod tests;
