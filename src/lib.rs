//! ficaudio: fan fiction and prose stories to multi-voice audio dramas.
//!
//! The pipeline, one module per stage: [`input`] → [`segment`] → [`attribute`] →
//! [`cast`] → [`synth`] → [`mix`] → [`output`]. [`model`] holds the types they share;
//! [`pipeline`] joins the first stages for every command; [`cli`] and [`config`] turn
//! the command line into settings; [`app`] runs a command.

pub mod abbreviations;
pub mod app;
pub mod attribute;
pub mod cache_command;
pub mod cast;
pub mod casting;
pub mod cli;
pub mod config;
pub mod exit_codes;
pub mod input;
pub mod interrupt;
pub mod mix;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod plan;
pub mod preview;
pub mod progress;
pub mod pronounce;
pub mod render;
pub mod script;
pub mod segment;
pub mod speech_verbs;
pub mod spoken;
pub mod synth;
pub mod voices;
pub mod watch;
