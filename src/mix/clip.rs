//! One engine clip, from its WAV file to samples in the output format.
//!
//! In: a WAV file in any PCM layout an engine writes (8/16/24/32-bit integer or
//! 32-bit float, any rate, any channel count). Out: interleaved `f32` samples in
//! -1..1 at the output rate and channel count (rubato's FFT resampler, one per
//! rate pair and thread), with the silence an engine leaves around speech located
//! and short fades for the edges.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler};

/// Decoded audio: interleaved samples in -1..1.
#[derive(Debug, Clone, PartialEq)]
pub struct Clip {
    pub samples: Vec<f32>,
    pub rate: u32,
    pub channels: u16,
}

impl Clip {
    pub fn frames(&self) -> usize {
        self.samples.len() / usize::from(self.channels.max(1))
    }
}

/// Reads a WAV clip of any sample format (8/16/24/32-bit integer, 32-bit float).
///
/// hound parses and checks the header; the sample data is then read in blocks and
/// converted in a tight loop, which is several times faster than sample by sample
/// and matters when a whole novel is mixed from the cache.
pub fn read_clip(path: &Path) -> Result<Clip, hound::Error> {
    let file = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let reader = hound::WavReader::new(file)?;
    let spec = reader.spec();
    let sample_count = reader.len() as usize;
    let bytes_per_sample = usize::from(spec.bits_per_sample).div_ceil(8);
    let mut source = reader.into_inner();
    let mut samples = Vec::with_capacity(sample_count);
    // Blocks of whole samples, so the raw bytes never take a second copy of the clip.
    let mut block = vec![0u8; (1 << 16) / bytes_per_sample * bytes_per_sample];
    let mut remaining = sample_count * bytes_per_sample;
    while remaining > 0 {
        let length = remaining.min(block.len());
        source.read_exact(&mut block[..length])?;
        decode(&block[..length], spec, &mut samples)?;
        remaining -= length;
    }
    Ok(Clip {
        samples,
        rate: spec.sample_rate.max(1),
        channels: spec.channels.max(1),
    })
}

/// Little-endian PCM bytes to floats, appended to `samples`.
fn decode(data: &[u8], spec: hound::WavSpec, samples: &mut Vec<f32>) -> Result<(), hound::Error> {
    use hound::SampleFormat::{Float, Int};
    match (spec.sample_format, spec.bits_per_sample) {
        (Int, 8) => samples.extend(data.iter().map(|&byte| (f32::from(byte) - 128.0) / 128.0)),
        (Int, 16) => samples.extend(
            data.chunks_exact(2)
                .map(|bytes| f32::from(i16::from_le_bytes([bytes[0], bytes[1]])) / 32_768.0),
        ),
        (Int, 24) => samples.extend(data.chunks_exact(3).map(|bytes| {
            (i32::from_le_bytes([0, bytes[0], bytes[1], bytes[2]]) >> 8) as f32 / 8_388_608.0
        })),
        (Int, 32) => samples.extend(data.chunks_exact(4).map(|bytes| {
            (f64::from(i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
                / 2_147_483_648.0) as f32
        })),
        (Float, 32) => samples.extend(
            data.chunks_exact(4)
                .map(|bytes| f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
                .map(|sample| {
                    if sample.is_finite() {
                        sample.clamp(-1.0, 1.0)
                    } else {
                        0.0
                    }
                }),
        ),
        _ => return Err(hound::Error::Unsupported),
    }
    Ok(())
}

/// Maps interleaved audio from `from` channels to `to`: equal counts are kept,
/// several channels going to mono are averaged, mono is copied to every channel,
/// and otherwise output channel `c` takes input channel `c mod from`.
pub fn map_channels(samples: &[f32], from: u16, to: u16) -> Cow<'_, [f32]> {
    let (from, to) = (usize::from(from.max(1)), usize::from(to.max(1)));
    if from == to {
        return Cow::Borrowed(samples);
    }
    let frames = samples.chunks_exact(from);
    if to == 1 {
        let scale = 1.0 / from as f32;
        return Cow::Owned(
            frames
                .map(|frame| frame.iter().sum::<f32>() * scale)
                .collect(),
        );
    }
    let mut mapped = Vec::with_capacity(samples.len() / from * to);
    for frame in frames {
        mapped.extend((0..to).map(|channel| frame[channel % from]));
    }
    Cow::Owned(mapped)
}

/// Why a clip could not be resampled (only for rates rubato refuses).
#[derive(Debug, thiserror::Error)]
#[error("cannot resample from {from} Hz to {to} Hz: {message}")]
pub struct ResampleError {
    pub from: u32,
    pub to: u32,
    pub message: String,
}

thread_local! {
    /// Resamplers are costly to build (FFT plans) and not `Sync`; each worker
    /// thread keeps one per (input rate, output rate, channels).
    static RESAMPLERS: RefCell<HashMap<(u32, u32, usize), Fft<f32>>> = RefCell::new(HashMap::new());
}

/// Resamples interleaved audio from `from` Hz to `to` Hz with rubato's FFT
/// resampler (band-limited, so no aliasing); the output is aligned with the input
/// (the resampler's delay is removed) and `ceil(frames × to / from)` frames long.
pub fn resample(
    samples: &[f32],
    channels: u16,
    from: u32,
    to: u32,
) -> Result<Vec<f32>, ResampleError> {
    let channels = usize::from(channels.max(1));
    let frames = samples.len() / channels;
    if from == to || frames == 0 {
        return Ok(samples.to_vec());
    }
    let failed = |message: String| ResampleError { from, to, message };
    RESAMPLERS.with(|cell| {
        let mut resamplers = cell.borrow_mut();
        let resampler = match resamplers.entry((from, to, channels)) {
            std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                let resampler =
                    Fft::<f32>::new(from as usize, to as usize, 1024, channels, FixedSync::Both)
                        .map_err(|error| failed(error.to_string()))?;
                entry.insert(resampler)
            }
        };
        resampler.reset();
        let needed = resampler.process_all_needed_output_len(frames);
        let mut output = vec![0.0f32; needed * channels];
        let input = InterleavedSlice::new(&samples[..frames * channels], channels, frames)
            .map_err(|error| failed(error.to_string()))?;
        let mut output_adapter = InterleavedSlice::new_mut(&mut output, channels, needed)
            .map_err(|error| failed(error.to_string()))?;
        let (_, written) = resampler
            .process_all_into_buffer(&input, &mut output_adapter, frames, None)
            .map_err(|error| failed(error.to_string()))?;
        output.truncate(written * channels);
        Ok(output)
    })
}

/// Where speech starts and ends in a clip, in frames: `start..end`, with a little
/// air kept around it (20 ms before, 40 ms after, so soft onsets and decays stay).
///
/// A frame counts as sound when any channel is above −60 dBFS and above 40 dB below
/// the clip's peak, so both a clean digital silence and an engine's noise floor
/// are cut. An all-silent clip keeps nothing (`0..0`).
pub fn speech_bounds(samples: &[f32], channels: u16, rate: u32) -> (usize, usize) {
    let channels = usize::from(channels.max(1));
    let frames = samples.len() / channels;
    let peak = samples
        .iter()
        .fold(0.0f32, |peak, sample| peak.max(sample.abs()));
    let threshold = (peak * 0.01).max(0.001);
    let loud = |frame: &[f32]| frame.iter().any(|sample| sample.abs() > threshold);
    let mut chunks = samples[..frames * channels].chunks_exact(channels);
    let Some(first) = chunks.position(loud) else {
        return (0, 0);
    };
    let last = samples[..frames * channels]
        .chunks_exact(channels)
        .rposition(loud)
        .unwrap_or(first);
    let lead = rate as usize * 20 / 1000;
    let tail = rate as usize * 40 / 1000;
    (first.saturating_sub(lead), (last + 1 + tail).min(frames))
}

/// Half-cosine fades of 5 ms (at most a third of the clip) at both ends, so every
/// join starts and ends at zero and never clicks.
pub fn fade_edges(samples: &mut [f32], rate: u32, channels: u16) {
    let channels = usize::from(channels.max(1));
    let frames = samples.len() / channels;
    let fade = (rate as usize * 5 / 1000).min(frames / 3).max(1);
    if frames == 0 {
        return;
    }
    for index in 0..fade.min(frames) {
        // Goes from 0 at the outermost frame towards 1 inside.
        let gain = 0.5 - 0.5 * (std::f32::consts::PI * index as f32 / fade as f32).cos();
        for channel in 0..channels {
            samples[index * channels + channel] *= gain;
            samples[(frames - 1 - index) * channels + channel] *= gain;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(frequency: f32, rate: u32, frames: usize, amplitude: f32) -> Vec<f32> {
        (0..frames)
            .map(|index| {
                amplitude * (std::f32::consts::TAU * frequency * index as f32 / rate as f32).sin()
            })
            .collect()
    }

    #[test]
    fn channel_mapping_table() {
        let cases: [(&[f32], u16, u16, &[f32]); 4] = [
            (&[0.2, 0.4, 0.6, 0.8], 2, 1, &[0.3, 0.7]),
            (&[0.1, 0.2], 1, 2, &[0.1, 0.1, 0.2, 0.2]),
            (&[0.1, 0.2], 2, 2, &[0.1, 0.2]),
            (&[0.1, 0.2, 0.3], 3, 2, &[0.1, 0.2]),
        ];
        for (input, from, to, expected) in cases {
            let mapped = map_channels(input, from, to);
            assert_eq!(mapped.len(), expected.len(), "{from}->{to}");
            for (got, want) in mapped.iter().zip(expected) {
                assert!((got - want).abs() < 1e-6, "{from}->{to}: {mapped:?}");
            }
        }
    }

    #[test]
    fn resampling_keeps_length_pitch_and_level() {
        for (from, to) in [
            (44_100, 24_000),
            (16_000, 24_000),
            (22_050, 48_000),
            (24_000, 24_000),
        ] {
            let input = sine(440.0, from, from as usize, 0.5);
            let output = resample(&input, 1, from, to).unwrap();
            assert!(
                output.len().abs_diff(to as usize) <= 1,
                "{from}->{to}: {}",
                output.len()
            );
            // Away from the edges the signal is the same sine at the new rate, shifted
            // by at most a sample (rubato trims its delay to whole output frames).
            let middle = to as usize / 4..to as usize * 3 / 4;
            let error = (-20..=20)
                .map(|tenths| {
                    let lag = tenths as f32 / 10.0;
                    middle
                        .clone()
                        .map(|index| {
                            (output[index]
                                - 0.5
                                    * (std::f32::consts::TAU * 440.0 * (index as f32 - lag)
                                        / to as f32)
                                        .sin())
                            .abs()
                        })
                        .fold(0.0, f32::max)
                })
                .fold(f32::MAX, f32::min);
            assert!(error < 0.005, "{from}->{to}: error {error}");
        }
    }

    #[test]
    fn stereo_resampling_keeps_channels_apart() {
        let left = sine(300.0, 16_000, 16_000, 0.5);
        let interleaved: Vec<f32> = left.iter().flat_map(|&sample| [sample, 0.0]).collect();
        let output = resample(&interleaved, 2, 16_000, 24_000).unwrap();
        assert!(output.len().abs_diff(48_000) <= 2);
        let right_peak = output
            .iter()
            .skip(1)
            .step_by(2)
            .fold(0.0f32, |peak, sample| peak.max(sample.abs()));
        assert!(right_peak < 1e-3, "{right_peak}");
    }

    #[test]
    fn speech_bounds_cut_silence_and_keep_air() {
        let rate = 10_000;
        let mut samples = vec![0.0; 5_000];
        samples.extend(sine(200.0, rate, 10_000, 0.5));
        samples.extend(vec![0.0002; 5_000]); // noise floor below −60 dBFS
        let (start, end) = speech_bounds(&samples, 1, rate);
        // The sine's first sample is 0, so speech starts at 5 001.
        assert!(
            (4_800..=4_801).contains(&start),
            "20 ms kept before: {start}"
        );
        assert!((15_000..=15_400).contains(&end), "{end}");
        assert_eq!(speech_bounds(&[0.0; 100], 1, rate), (0, 0));
    }

    #[test]
    fn fades_start_and_end_at_zero() {
        let mut samples = vec![0.5; 2_000];
        fade_edges(&mut samples, 10_000, 2);
        assert_eq!(samples[0], 0.0);
        assert_eq!(samples[1], 0.0);
        assert_eq!(samples[1_998], 0.0);
        assert!((samples[1_000] - 0.5).abs() < 1e-6);
    }

    #[test]
    fn every_pcm_layout_decodes_to_the_same_level() {
        let directory = tempfile::tempdir().unwrap();
        for (bits, format) in [
            (8, hound::SampleFormat::Int),
            (16, hound::SampleFormat::Int),
            (24, hound::SampleFormat::Int),
            (32, hound::SampleFormat::Int),
            (32, hound::SampleFormat::Float),
        ] {
            let path = directory.path().join(format!("{bits}-{format:?}.wav"));
            let spec = hound::WavSpec {
                channels: 1,
                sample_rate: 8_000,
                bits_per_sample: bits,
                sample_format: format,
            };
            let mut writer = hound::WavWriter::create(&path, spec).unwrap();
            for value in [0.5f64, -0.25] {
                match format {
                    hound::SampleFormat::Float => writer.write_sample(value as f32).unwrap(),
                    hound::SampleFormat::Int => writer
                        .write_sample((value * f64::from(1u32 << (bits - 1))) as i32)
                        .unwrap(),
                }
            }
            writer.finalize().unwrap();
            let clip = read_clip(&path).unwrap();
            assert_eq!(clip.samples.len(), 2);
            assert!(
                (clip.samples[0] - 0.5).abs() < 0.01,
                "{bits} {format:?}: {:?}",
                clip.samples
            );
            assert!(
                (clip.samples[1] + 0.25).abs() < 0.01,
                "{bits} {format:?}: {:?}",
                clip.samples
            );
        }
    }
}
