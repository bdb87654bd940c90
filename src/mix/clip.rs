//! Reading an engine's clip in any WAV format and converting it to the output format.

use std::path::Path;

/// Decoded audio: interleaved samples in -1..1.
#[derive(Debug, Clone, PartialEq)]
pub struct Clip {
    pub samples: Vec<f32>,
    pub rate: u32,
    pub channels: u16,
}

/// Reads a WAV clip of any sample format (8/16/24/32-bit integer, 32-bit float).
pub fn read_clip(path: &Path) -> Result<Clip, hound::Error> {
    let mut reader = hound::WavReader::open(path)?;
    let spec = reader.spec();
    let samples = match spec.sample_format {
        hound::SampleFormat::Float => reader.samples::<f32>().collect::<Result<Vec<_>, _>>()?,
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            reader
                .samples::<i32>()
                .map(|sample| sample.map(|value| value as f32 * scale))
                .collect::<Result<Vec<_>, _>>()?
        }
    };
    Ok(Clip {
        samples,
        rate: spec.sample_rate.max(1),
        channels: spec.channels.max(1),
    })
}

/// Converts a clip to `rate` and `channels`: channels are mixed down (or copied up),
/// then the signal is resampled.
pub fn convert(clip: &Clip, rate: u32, channels: u16) -> Vec<f32> {
    let mono = to_mono(clip);
    let resampled = resample(&mono, clip.rate, rate);
    if channels <= 1 {
        resampled
    } else {
        resampled
            .iter()
            .flat_map(|&sample| std::iter::repeat_n(sample, usize::from(channels)))
            .collect()
    }
}

fn to_mono(clip: &Clip) -> Vec<f32> {
    let channels = usize::from(clip.channels);
    if channels == 1 {
        return clip.samples.clone();
    }
    clip.samples
        .chunks(channels)
        .map(|frame| frame.iter().sum::<f32>() / frame.len() as f32)
        .collect()
}

/// Linear-interpolation resampling.
fn resample(samples: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || samples.is_empty() {
        return samples.to_vec();
    }
    let ratio = f64::from(from) / f64::from(to);
    let length = ((samples.len() as f64) / ratio).round() as usize;
    (0..length)
        .map(|index| {
            let position = index as f64 * ratio;
            let base = position.floor() as usize;
            let fraction = (position - base as f64) as f32;
            let first = samples[base.min(samples.len() - 1)];
            let second = samples[(base + 1).min(samples.len() - 1)];
            first + (second - first) * fraction
        })
        .collect()
}

/// Drops leading and trailing near-silence, keeping a little air around the speech.
pub fn trim_silence(samples: &mut Vec<f32>, rate: u32, channels: u16) {
    const THRESHOLD: f32 = 0.01;
    let frame = usize::from(channels.max(1));
    let keep = (rate as usize / 100) * frame; // 10 ms
    let Some(first) = samples.iter().position(|sample| sample.abs() > THRESHOLD) else {
        return;
    };
    let last = samples.iter().rposition(|sample| sample.abs() > THRESHOLD).unwrap_or(first);
    let start = (first.saturating_sub(keep) / frame) * frame;
    let end = ((last + keep).min(samples.len().saturating_sub(1)) / frame + 1) * frame;
    samples.truncate(end.min(samples.len()));
    samples.drain(..start);
}

/// Short fades at both ends so joins never click.
pub fn fade_edges(samples: &mut [f32], rate: u32, channels: u16) {
    let frame = usize::from(channels.max(1));
    let frames = samples.len() / frame;
    let fade = (rate as usize * 5 / 1000).min(frames / 2).max(1);
    for index in 0..fade.min(frames) {
        let gain = index as f32 / fade as f32;
        for channel in 0..frame {
            samples[index * frame + channel] *= gain;
            samples[(frames - 1 - index) * frame + channel] *= gain;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stereo_44k_becomes_mono_24k() {
        let clip = Clip {
            samples: vec![0.5; 44_100 * 2],
            rate: 44_100,
            channels: 2,
        };
        let converted = convert(&clip, 24_000, 1);
        assert_eq!(converted.len(), 24_000);
        assert!(converted.iter().all(|&sample| (sample - 0.5).abs() < 1e-6));
    }

    #[test]
    fn silence_is_trimmed_and_edges_fade() {
        let mut samples = vec![0.0; 1000];
        samples.extend(vec![0.5; 1000]);
        samples.extend(vec![0.0; 1000]);
        trim_silence(&mut samples, 10_000, 1);
        assert!(samples.len() < 1300, "{}", samples.len());
        fade_edges(&mut samples, 10_000, 1);
        assert_eq!(samples[0], 0.0);
    }
}
