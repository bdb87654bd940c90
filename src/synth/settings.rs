//! Per-voice delivery settings: `rate`, `pitch` and `volume` from the cast.
//!
//! In: the optional multipliers a cast gives a character or a `[voices."REF"]` table.
//! Out: validated settings that each engine maps onto its own controls (espeak `-s`/`-p`,
//! flite `duration_stretch`, piper `--length-scale`, …); volume is applied to the clip
//! after synthesis, the same way for every engine. The settings are part of the clip
//! cache key through [`VoiceSettings::fingerprint`].

use serde::Deserialize;

/// Multipliers of a voice's normal delivery; `None` keeps the engine's default.
#[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceSettings {
    /// Speaking speed: 1.2 is 20 % faster, 0.8 is 20 % slower.
    pub rate: Option<f64>,
    /// Voice pitch: 1.1 is 10 % higher.
    pub pitch: Option<f64>,
    /// Loudness: 0.5 is half the amplitude, 1.5 is one and a half times.
    pub volume: Option<f64>,
}

/// The range a user may give for each setting, and why it is bounded: beyond it
/// engines clamp silently or produce noise.
pub const RATE_RANGE: (f64, f64) = (0.25, 4.0);
pub const PITCH_RANGE: (f64, f64) = (0.25, 4.0);
pub const VOLUME_RANGE: (f64, f64) = (0.0, 4.0);

impl VoiceSettings {
    /// True when nothing differs from the engine's default.
    pub fn is_default(&self) -> bool {
        self.rate.is_none() && self.pitch.is_none() && self.volume.is_none()
    }

    /// `self` with the gaps filled from `fallback` (a character's own settings over
    /// the settings of its voice).
    pub fn or(&self, fallback: &VoiceSettings) -> VoiceSettings {
        VoiceSettings {
            rate: self.rate.or(fallback.rate),
            pitch: self.pitch.or(fallback.pitch),
            volume: self.volume.or(fallback.volume),
        }
    }

    /// Checks every value is in range; the message names the setting.
    pub fn validate(&self) -> Result<(), String> {
        for (name, value, (low, high)) in [
            ("rate", self.rate, RATE_RANGE),
            ("pitch", self.pitch, PITCH_RANGE),
            ("volume", self.volume, VOLUME_RANGE),
        ] {
            if let Some(value) = value {
                if !value.is_finite() || value < low || value > high {
                    return Err(format!(
                        "`{name} = {value}` is out of range\nhint: `{name}` is a multiplier from {low} to {high}; 1.0 is the voice's normal {name}"
                    ));
                }
            }
        }
        Ok(())
    }

    /// The part of the clip cache key: empty for default settings so clips made
    /// before settings existed stay valid.
    pub fn fingerprint(&self) -> String {
        let mut parts = String::new();
        for (name, value) in [
            ("rate", self.rate),
            ("pitch", self.pitch),
            ("volume", self.volume),
        ] {
            if let Some(value) = value {
                parts.push_str(&format!(";{name}={value}"));
            }
        }
        parts
    }

    /// A stable text form for deduplicating jobs (floats are not `Eq`).
    pub fn key(&self) -> String {
        self.fingerprint()
    }

    /// Whether volume must be applied to the clip after synthesis.
    pub fn volume_change(&self) -> Option<f64> {
        self.volume
            .filter(|volume| (*volume - 1.0).abs() > f64::EPSILON)
    }
}

/// Which settings an engine maps onto its own controls (volume never needs to be: it
/// is applied after synthesis).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Controls {
    pub rate: bool,
    pub pitch: bool,
}

impl Controls {
    /// The settings this engine cannot honour, as a message for the user.
    pub fn unsupported(&self, settings: &VoiceSettings, engine: &str) -> Option<String> {
        let mut missing = Vec::new();
        if settings.rate.is_some() && !self.rate {
            missing.push("rate");
        }
        if settings.pitch.is_some() && !self.pitch {
            missing.push("pitch");
        }
        if missing.is_empty() {
            return None;
        }
        let names = missing
            .iter()
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(" and ");
        Some(format!(
            "engine `{engine}` has no control for {names}\nhint: remove {names} from this voice in the cast, or pick a voice of an engine that has it (espeak has rate and pitch)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_table() {
        let cases = [
            (VoiceSettings::default(), true),
            (
                VoiceSettings {
                    rate: Some(1.2),
                    ..Default::default()
                },
                true,
            ),
            (
                VoiceSettings {
                    rate: Some(0.1),
                    ..Default::default()
                },
                false,
            ),
            (
                VoiceSettings {
                    pitch: Some(f64::NAN),
                    ..Default::default()
                },
                false,
            ),
            (
                VoiceSettings {
                    volume: Some(0.0),
                    ..Default::default()
                },
                true,
            ),
            (
                VoiceSettings {
                    volume: Some(-1.0),
                    ..Default::default()
                },
                false,
            ),
        ];
        for (settings, valid) in cases {
            assert_eq!(settings.validate().is_ok(), valid, "{settings:?}");
        }
    }

    #[test]
    fn fingerprint_is_empty_by_default_and_distinguishes_values() {
        assert_eq!(VoiceSettings::default().fingerprint(), "");
        let fast = VoiceSettings {
            rate: Some(1.5),
            ..Default::default()
        };
        let slow = VoiceSettings {
            rate: Some(0.8),
            ..Default::default()
        };
        assert_ne!(fast.fingerprint(), slow.fingerprint());
        assert_eq!(fast.fingerprint(), ";rate=1.5");
    }

    #[test]
    fn character_settings_win_over_voice_settings() {
        let character = VoiceSettings {
            rate: Some(1.1),
            ..Default::default()
        };
        let voice = VoiceSettings {
            rate: Some(0.9),
            volume: Some(0.5),
            ..Default::default()
        };
        assert_eq!(
            character.or(&voice),
            VoiceSettings {
                rate: Some(1.1),
                pitch: None,
                volume: Some(0.5)
            }
        );
    }

    #[test]
    fn unsupported_controls_are_named() {
        let controls = Controls {
            rate: true,
            pitch: false,
        };
        let settings = VoiceSettings {
            rate: Some(1.1),
            pitch: Some(1.1),
            volume: None,
        };
        let message = controls.unsupported(&settings, "piper").unwrap();
        assert!(
            message.starts_with("engine `piper` has no control for `pitch`"),
            "{message}"
        );
        assert!(controls
            .unsupported(
                &VoiceSettings {
                    rate: Some(2.0),
                    ..Default::default()
                },
                "piper"
            )
            .is_none());
    }
}
