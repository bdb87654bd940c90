//! `ficaudio script`: the attributed story as a screenplay or JSON records.

use std::io::Write;

use anyhow::Result;

use crate::config::ScriptConfig;
use crate::output::records::{is_recorded, to_line, Record};
use crate::output::script_view::screenplay;
use crate::pipeline::prepare;

/// Prints the script of `config`'s story to `out`.
pub fn script(config: &ScriptConfig, out: &mut dyn Write) -> Result<()> {
    let story = &config.story;
    let prepared = prepare(&story.story, &story.input, &story.cast)?;
    if !story.quiet {
        for warning in &prepared.warnings {
            eprintln!("warning: {warning}");
        }
    }
    if config.json {
        for segment in prepared
            .segments
            .iter()
            .filter(|segment| is_recorded(segment))
        {
            writeln!(out, "{}", to_line(&Record::from_segment(segment)))?;
        }
    } else {
        let name_of = |speaker: &str| prepared.name_of(&story.cast, speaker);
        out.write_all(screenplay(&prepared.segments, &name_of).as_bytes())?;
        if !prepared.attribution.found_speakers.is_empty() {
            writeln!(out, "\nSpeakers not in the cast:")?;
            for speaker in &prepared.attribution.found_speakers {
                writeln!(out, "  {} ({})", speaker.id, speaker.name)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
