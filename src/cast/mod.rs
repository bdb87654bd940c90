//! Cast stage: speakers to voices.
//!
//! In: the cast file (optional), the speaker ids the attribute stage produced, and
//! the default engine's voice bank. Out: a voice reference for the narrator and for
//! every speaker — the cast's choice where it gives one, otherwise a distinct voice
//! from the bank matched to the character's gender.

mod assign;
mod bank;
pub mod draft;
mod file;
mod given_names;
mod suggest;
pub mod write;

pub use assign::{assign_voices, qualify, VoiceAssignment};
pub use bank::{VoiceBank, VoiceEntry};
pub use file::{
    line_column, parse_cast, read_cast, Cast, CastError, Character, Gender, PauseSettings,
};
pub use file::{CharacterPauses, LineFix, MixSettings, OutputSettings};
pub use suggest::nearest_key;
