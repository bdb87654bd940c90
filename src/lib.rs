//! ficaudio: fan fiction and prose stories to multi-voice audio dramas.
//!
//! The pipeline, one module per stage: [`input`] → [`segment`] → [`attribute`] →
//! [`cast`] → [`synth`] → [`mix`] → [`output`]. [`model`] holds the types they share.

pub mod input;
pub mod model;
pub mod segment;
pub mod cast;
pub mod attribute;
