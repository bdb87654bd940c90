//! Loudness: every voice at one target level, nothing over the peak ceiling.
//!
//! In: a clip's samples (before resampling). Out: its [`ClipAnalysis`] (EBU R128
//! integrated loudness, peaks, where the speech is), the gain that brings a voice
//! to the target from the analyses of all its clips, and a look-ahead limiter for
//! the rare clip whose peaks would pass the ceiling at that gain.
//!
//! The gain is per voice, not per clip, so a voice keeps its own dynamics (a
//! shouted line stays louder than a whispered one) while no voice is louder than
//! another.

use serde::{Deserialize, Serialize};

use super::clip::speech_bounds;

/// The level every voice is brought to and the peak nothing may pass.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LoudnessTarget {
    /// Integrated loudness of each voice, in LUFS.
    pub lufs: f64,
    /// True-peak ceiling, in dBTP.
    pub ceiling_dbtp: f64,
}

impl Default for LoudnessTarget {
    fn default() -> Self {
        LoudnessTarget {
            lufs: -18.0,
            ceiling_dbtp: -1.0,
        }
    }
}

impl LoudnessTarget {
    /// The ceiling as a linear amplitude.
    pub fn ceiling(&self) -> f32 {
        decibels_to_gain(self.ceiling_dbtp) as f32
    }
}

/// What the mixer needs to know about a clip, measured once and cached.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ClipAnalysis {
    /// Frames in the clip as the engine wrote it.
    pub frames: usize,
    /// Speech lies in `speech_start..speech_end` (frames), silence around it excluded.
    pub speech_start: usize,
    pub speech_end: usize,
    /// Loudness of the speech in LUFS: EBU R128 integrated loudness, or for a clip
    /// under 400 ms (too short for a gating block) the K-weighted level of the whole
    /// clip. `None` when the clip is silent.
    pub lufs: Option<f64>,
    /// Seconds of speech, the clip's weight in its voice's loudness.
    pub seconds: f64,
    /// Highest sample and highest true (inter-sample) peak, linear.
    pub sample_peak: f64,
    pub true_peak: f64,
}

/// Measures a clip (interleaved samples at its own rate).
pub fn analyze(samples: &[f32], channels: u16, rate: u32) -> Result<ClipAnalysis, ebur128::Error> {
    let channel_count = usize::from(channels.max(1));
    let frames = samples.len() / channel_count;
    let (speech_start, speech_end) = speech_bounds(samples, channels, rate);
    let speech = &samples[speech_start * channel_count..speech_end * channel_count];
    let speech_frames = speech_end - speech_start;
    let seconds = speech_frames as f64 / f64::from(rate);
    let mut analysis = ClipAnalysis {
        frames,
        speech_start,
        speech_end,
        lufs: None,
        seconds,
        sample_peak: 0.0,
        true_peak: 0.0,
    };
    if speech_frames == 0 {
        return Ok(analysis);
    }
    use ebur128::{EbuR128, Mode};
    let mut meter = EbuR128::new(
        u32::from(channels.max(1)),
        rate,
        Mode::I | Mode::SAMPLE_PEAK | Mode::TRUE_PEAK,
    )?;
    let short = seconds < 0.4;
    if short {
        // The whole clip is one measuring window.
        meter.set_max_window(400)?;
    }
    meter.add_frames_f32(speech)?;
    let lufs = if short {
        let window = ((seconds * 1000.0).floor() as u32).max(1);
        meter.loudness_window(window)?
    } else {
        meter.loudness_global()?
    };
    analysis.lufs = lufs.is_finite().then_some(lufs);
    for channel in 0..u32::from(channels.max(1)) {
        analysis.sample_peak = analysis.sample_peak.max(meter.sample_peak(channel)?);
        analysis.true_peak = analysis.true_peak.max(meter.true_peak(channel)?);
    }
    analysis.true_peak = analysis.true_peak.max(analysis.sample_peak);
    Ok(analysis)
}

/// The loudness of a voice from its clips: their energies averaged, weighted by
/// seconds of speech (what one long measurement over all of them would give,
/// gating aside). `None` when every clip is silent.
pub fn voice_loudness<'a>(clips: impl IntoIterator<Item = &'a ClipAnalysis>) -> Option<f64> {
    let (energy, seconds) = clips
        .into_iter()
        .filter_map(|clip| clip.lufs.map(|lufs| (lufs, clip.seconds)))
        .fold((0.0, 0.0), |(energy, seconds), (lufs, clip_seconds)| {
            (
                energy + clip_seconds * 10f64.powf(lufs / 10.0),
                seconds + clip_seconds,
            )
        });
    (seconds > 0.0 && energy > 0.0).then(|| 10.0 * (energy / seconds).log10())
}

pub fn decibels_to_gain(decibels: f64) -> f64 {
    10f64.powf(decibels / 20.0)
}

/// The gain of one clip and the sample level a limiter must hold it under, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClipGain {
    pub gain: f32,
    /// Sample-peak threshold for the limiter; `None` when the clip's true peak stays
    /// under the ceiling at `gain`.
    pub limit: Option<f32>,
}

/// A clip's gain: its voice's gain, with a limiter threshold when its true peak
/// would pass the ceiling. The threshold is lowered by the clip's own inter-sample
/// overshoot (true peak over sample peak), so limiting sample peaks keeps the true
/// peak under the ceiling.
pub fn clip_gain(voice_gain: f64, analysis: &ClipAnalysis, target: &LoudnessTarget) -> ClipGain {
    let ceiling = decibels_to_gain(target.ceiling_dbtp);
    let limit = (analysis.true_peak * voice_gain > ceiling).then(|| {
        let overshoot = if analysis.sample_peak > 0.0 {
            (analysis.true_peak / analysis.sample_peak).max(1.0)
        } else {
            1.0
        };
        (ceiling / overshoot) as f32
    });
    ClipGain {
        gain: voice_gain as f32,
        limit,
    }
}

/// A look-ahead limiter over a whole clip: every sample ends at or under
/// `threshold`, with the gain reduction reached smoothly over `window` frames
/// before a peak and released over as many after it (no distortion of the
/// waveform's shape, no click).
///
/// The wanted gain of each frame is the most it may have; its minimum over the
/// `window` frames before each frame, then averaged over the `window` frames after,
/// is a smooth curve that is never above the wanted gain at any peak.
pub fn limit(samples: &mut [f32], channels: u16, threshold: f32, window: usize) {
    let channels = usize::from(channels.max(1));
    let frames = samples.len() / channels;
    let window = window.max(1);
    if frames == 0 || threshold <= 0.0 {
        return;
    }
    let wanted: Vec<f32> = samples
        .chunks_exact(channels)
        .map(|frame| {
            let peak = frame
                .iter()
                .fold(0.0f32, |peak, sample| peak.max(sample.abs()));
            if peak > threshold {
                threshold / peak
            } else {
                1.0
            }
        })
        .collect();
    if wanted.iter().all(|&gain| gain >= 1.0) {
        return;
    }
    let held = sliding_minimum(&wanted, window);
    // Average of held[index..index + window]; past the end the last value goes on,
    // which still covers every peak of the last `window` frames.
    let last = held[frames - 1];
    let mut sum: f64 = held
        .iter()
        .take(window)
        .map(|&gain| f64::from(gain))
        .sum::<f64>()
        + (window.saturating_sub(frames)) as f64 * f64::from(last);
    for index in 0..frames {
        let gain = (sum / window as f64) as f32;
        for sample in &mut samples[index * channels..(index + 1) * channels] {
            *sample *= gain;
        }
        sum -= f64::from(held[index]);
        sum += f64::from(held.get(index + window).copied().unwrap_or(last));
    }
}

/// `minimum[index]` = min of `values[index + 1 - window ..= index]` (a monotonic queue).
fn sliding_minimum(values: &[f32], window: usize) -> Vec<f32> {
    let mut queue: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    let mut minimum = Vec::with_capacity(values.len());
    for (index, &value) in values.iter().enumerate() {
        while queue.back().is_some_and(|&last| values[last] >= value) {
            queue.pop_back();
        }
        queue.push_back(index);
        while queue.front().is_some_and(|&first| first + window <= index) {
            queue.pop_front();
        }
        minimum.push(queue.front().map_or(value, |&first| values[first]));
    }
    minimum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(frequency: f32, rate: u32, seconds: f32, amplitude: f32) -> Vec<f32> {
        (0..(seconds * rate as f32) as usize)
            .map(|index| {
                amplitude * (std::f32::consts::TAU * frequency * index as f32 / rate as f32).sin()
            })
            .collect()
    }

    #[test]
    fn a_full_scale_1khz_sine_measures_about_minus_3_lufs() {
        let analysis = analyze(&sine(1000.0, 48_000, 2.0, 1.0), 1, 48_000).unwrap();
        let lufs = analysis.lufs.unwrap();
        assert!((lufs + 3.01).abs() < 0.2, "{lufs}");
        assert!((analysis.sample_peak - 1.0).abs() < 1e-3);
    }

    #[test]
    fn short_clips_get_a_loudness_near_a_long_ones() {
        let long = analyze(&sine(500.0, 24_000, 2.0, 0.3), 1, 24_000)
            .unwrap()
            .lufs
            .unwrap();
        let short = analyze(&sine(500.0, 24_000, 0.2, 0.3), 1, 24_000)
            .unwrap()
            .lufs
            .unwrap();
        assert!((long - short).abs() < 1.0, "{long} vs {short}");
    }

    #[test]
    fn silence_has_no_loudness() {
        let analysis = analyze(&[0.0; 24_000], 1, 24_000).unwrap();
        assert_eq!(analysis.lufs, None);
        assert_eq!(voice_loudness([&analysis]), None);
    }

    #[test]
    fn voice_loudness_weights_by_duration() {
        let clip = |lufs, seconds| ClipAnalysis {
            frames: 0,
            speech_start: 0,
            speech_end: 0,
            lufs: Some(lufs),
            seconds,
            sample_peak: 0.5,
            true_peak: 0.5,
        };
        let cases = [
            (vec![clip(-20.0, 1.0), clip(-20.0, 5.0)], -20.0),
            (
                vec![clip(-20.0, 1.0), clip(-20.0 + 10.0 * 3f64.log10(), 1.0)],
                -20.0 + 10.0 * 2f64.log10(),
            ),
        ];
        for (clips, expected) in cases {
            let got = voice_loudness(&clips).unwrap();
            assert!((got - expected).abs() < 1e-9, "{got} vs {expected}");
        }
    }

    #[test]
    fn clip_gain_limits_only_when_the_peak_would_pass_the_ceiling() {
        let target = LoudnessTarget::default();
        let analysis = ClipAnalysis {
            frames: 0,
            speech_start: 0,
            speech_end: 0,
            lufs: Some(-20.0),
            seconds: 1.0,
            sample_peak: 0.5,
            true_peak: 0.55,
        };
        assert_eq!(clip_gain(1.0, &analysis, &target).limit, None);
        let loud = clip_gain(2.0, &analysis, &target);
        let threshold = loud.limit.unwrap();
        assert!(
            threshold < target.ceiling() && threshold > 0.8,
            "{threshold}"
        );
    }

    #[test]
    fn limiter_holds_peaks_under_the_threshold_smoothly() {
        let mut samples = sine(200.0, 24_000, 0.5, 0.5);
        for (index, sample) in samples[6_000..6_480].iter_mut().enumerate() {
            // A smooth burst up to 0.95.
            *sample *= 1.0 + 0.9 * (std::f32::consts::PI * index as f32 / 480.0).sin();
        }
        let input_jump = samples
            .windows(2)
            .map(|pair| (pair[1] - pair[0]).abs())
            .fold(0.0, f32::max);
        limit(&mut samples, 1, 0.8, 120);
        let peak = samples
            .iter()
            .fold(0.0f32, |peak, sample| peak.max(sample.abs()));
        assert!(peak <= 0.8 + 1e-6, "{peak}");
        // Far from the burst nothing changed.
        assert!((samples[1_000] - sine(200.0, 24_000, 0.5, 0.5)[1_000]).abs() < 1e-6);
        let jump = samples
            .windows(2)
            .map(|pair| (pair[1] - pair[0]).abs())
            .fold(0.0, f32::max);
        assert!(jump <= input_jump, "{jump} > {input_jump}");
    }

    #[test]
    fn sliding_minimum_table() {
        assert_eq!(
            sliding_minimum(&[3.0, 1.0, 2.0, 5.0, 4.0], 2),
            [3.0, 1.0, 1.0, 2.0, 4.0]
        );
        assert_eq!(sliding_minimum(&[3.0, 1.0, 2.0], 1), [3.0, 1.0, 2.0]);
    }
}
