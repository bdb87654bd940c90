//! `render --watch`: render, wait until the story or the cast file is saved, render
//! again, until Ctrl-C.
//!
//! In: the render's command line (re-read each round, so a changed cast is used) and
//! the interrupt flag. Out: one render per save; a failed render (a typo in the cast)
//! is reported and the watch goes on. Files are polled (modification time and size)
//! rather than watched through the OS, which works the same on every platform and
//! with editors that save by renaming a new file over the old one.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::Result;

use crate::cli::RenderArgs;
use crate::config::{sibling_cast, RenderConfig};
use crate::interrupt::{Interrupt, Interrupted};

/// How often the files are checked.
const POLL: Duration = Duration::from_millis(250);
/// A change counts once the files have stopped changing for this long (an editor
/// may write a file in several steps).
const SETTLE: Duration = Duration::from_millis(300);

/// What a file looks like on disk, to notice a save; `None` while it is missing.
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.modified().ok()?, metadata.len()))
}

/// The files a render reads: the story and its cast (given or beside the story).
pub fn watched_files(args: &RenderArgs) -> Vec<PathBuf> {
    let mut files = vec![args.story.story.clone()];
    if let Some(cast) = args
        .story
        .cast
        .clone()
        .or_else(|| sibling_cast(&args.story.story))
    {
        files.push(cast);
    }
    files
}

/// Renders with `args` each time its files change; returns only on Ctrl-C (as
/// [`Interrupted`]) or when the story cannot be watched.
pub fn watch(args: &RenderArgs, render: impl Fn(&RenderConfig) -> Result<()>) -> Result<()> {
    let interrupt = Interrupt::default();
    interrupt.install_handler();
    loop {
        let files = watched_files(args);
        let before: Vec<Stamp> = files.iter().map(|file| stamp(file)).collect();
        let outcome = RenderConfig::resolve(args).and_then(|mut config| {
            config.interrupt = interrupt.clone();
            render(&config)
        });
        match outcome {
            Err(error) if error.chain().any(|cause| cause.is::<Interrupted>()) => {
                return Err(error)
            }
            Err(error) => eprintln!("error: {error:#}"),
            Ok(()) => {}
        }
        if !args.story.quiet {
            let names: Vec<String> = files
                .iter()
                .map(|file| format!("`{}`", file.display()))
                .collect();
            eprintln!("watching {} for changes; Ctrl-C stops", names.join(" and "));
        }
        wait_for_change(&files, &before, &interrupt)?;
    }
}

/// Returns once a file differs from `before` and has settled; `Interrupted` on Ctrl-C.
fn wait_for_change(
    files: &[PathBuf],
    before: &[Stamp],
    interrupt: &Interrupt,
) -> Result<(), Interrupted> {
    let current = || files.iter().map(|file| stamp(file)).collect::<Vec<Stamp>>();
    loop {
        interrupt.check()?;
        std::thread::sleep(POLL);
        let now = current();
        if now.as_slice() != before {
            // Wait for the save to finish.
            let mut settled = now;
            loop {
                interrupt.check()?;
                std::thread::sleep(SETTLE);
                let again = current();
                if again == settled {
                    return Ok(());
                }
                settled = again;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_ends_the_wait_and_ctrl_c_interrupts_it() {
        let directory = tempfile::tempdir().unwrap();
        let story = directory.path().join("story.txt");
        std::fs::write(&story, "One.").unwrap();
        let files = vec![story.clone()];
        let before: Vec<Stamp> = files.iter().map(|file| stamp(file)).collect();
        let interrupt = Interrupt::default();
        let writer = {
            let story = story.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(300));
                std::fs::write(&story, "One. Two.").unwrap();
            })
        };
        assert!(wait_for_change(&files, &before, &interrupt).is_ok());
        writer.join().unwrap();

        let before: Vec<Stamp> = files.iter().map(|file| stamp(file)).collect();
        interrupt.set();
        assert!(wait_for_change(&files, &before, &interrupt).is_err());
    }
}
