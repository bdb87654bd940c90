//! Ctrl-C during a render: exit 130, no file under the output name, finished clips
//! kept, and the next render resumes from them.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::Run;

/// A slow engine: waits, then writes a short tone (the text is never interpreted).
fn slow_engine(run: &Run) {
    let tone = run.path("tone.wav");
    common::write_tone(&tone, 16_000, 4_000);
    let script = run.path("slow-tts");
    common::write_script(
        &script,
        &format!("#!/bin/sh\nsleep 0.3\ncp '{}' \"$1\"\n", tone.display()),
    );
}

#[test]
fn ctrl_c_exits_130_keeps_clips_and_leaves_no_output() {
    let story: String = (1..=30)
        .map(|line| format!("This is line number {line}.\n"))
        .collect();
    let run = Run::new()
        .file("story.txt", story)
        .file("cast.toml", "[engines.slow]\nkind = \"command\"\nargv = [\"./slow-tts\", \"{out}\", \"--\", \"{text}\"]\n[narrator]\nvoice = \"slow:one\"\n");
    slow_engine(&run);
    let child = Command::new(env!("CARGO_BIN_EXE_ficaudio"))
        .args([
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "out.wav",
            "--cache",
            "cache",
            "-j",
            "2",
        ])
        .current_dir(run.dir.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1_200));
    // SAFETY: sending a signal to our own child process.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(!run.path("out.wav").exists());
    let clips = count_clips(&run.path("cache/clips"));
    assert!(clips > 0 && clips < 30, "finished clips are kept: {clips}");

    // The next render makes only the missing clips.
    let run = run.args(&[
        "render",
        "story.txt",
        "--cast",
        "cast.toml",
        "-o",
        "out.wav",
        "--cache",
        "cache",
        "-j",
        "2",
    ]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    assert!(
        outcome.stderr.contains(&format!("{} from cache", clips)),
        "{}",
        outcome.stderr
    );
    assert!(run.path("out.wav").exists());
}

fn count_clips(directory: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|entry| {
            if entry.path().is_dir() {
                count_clips(&entry.path())
            } else {
                usize::from(
                    entry
                        .path()
                        .extension()
                        .is_some_and(|extension| extension == "wav"),
                )
            }
        })
        .sum()
}
