//! A fake engine for tests: a tone whose length follows the text and whose pitch
//! follows the voice, so tests can tell voices and durations apart without a real TTS.

use std::path::Path;

use super::{Controls, Engine, SynthError, VoiceSettings};

pub const FAKE_RATE: u32 = 16_000;

/// Writes a 16-bit mono tone: 200 ms plus 20 ms per character.
#[derive(Debug, Clone, Default)]
pub struct FakeEngine;

/// The tone's frequency for a voice, stable across runs.
pub fn frequency(voice: &str) -> f32 {
    let hash = voice.bytes().fold(2166136261u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(16777619)
    });
    220.0 + (hash % 600) as f32
}

/// The tone's length in samples for a text.
pub fn length(text: &str) -> usize {
    let milliseconds = 200 + 20 * text.chars().count().min(10_000);
    milliseconds * FAKE_RATE as usize / 1000
}

impl Engine for FakeEngine {
    fn fingerprint(&self) -> String {
        "fake;v1".to_string()
    }

    fn check(&self) -> Result<(), SynthError> {
        Ok(())
    }

    fn check_voice(&self, _voice: &str) -> Result<(), SynthError> {
        Ok(())
    }

    fn speak(
        &self,
        text: &str,
        voice: &str,
        settings: &VoiceSettings,
        out: &Path,
    ) -> Result<(), SynthError> {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: FAKE_RATE,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let bad = |error: hound::Error| SynthError::BadOutput {
            command: "fake".to_string(),
            reason: error.to_string(),
        };
        let mut writer = hound::WavWriter::create(out, spec).map_err(bad)?;
        let step = frequency(voice) * std::f32::consts::TAU / FAKE_RATE as f32;
        // A faster rate makes a shorter tone, as it would make shorter speech.
        let samples = (length(text) as f64 / settings.rate.unwrap_or(1.0)) as usize;
        for index in 0..samples {
            let sample = (index as f32 * step).sin() * 0.3 * f32::from(i16::MAX);
            writer.write_sample(sample as i16).map_err(bad)?;
        }
        writer.finalize().map_err(bad)
    }

    fn controls(&self) -> Controls {
        Controls {
            rate: true,
            pitch: false,
        }
    }
}
