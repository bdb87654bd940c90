//! Hostile story text goes through every engine kind as plain text: nothing it says
//! is executed, nothing is written outside the output and the cache, and a line that
//! starts with `-` is never taken as an option.

mod common;

use common::{leftover_files, Run};

/// Lines a malicious story could hold; each would create `pwned` if a shell ran it.
const HOSTILE: &str = "Shell: $(touch pwned) and `touch pwned` too.\n\n\
\"; touch pwned; echo \", she said.\n\n\
Pipes | tee pwned && touch pwned || touch pwned\n\n\
Formats %s %n %x and placeholders {out} {text} {voice} {text_file}.\n\n\
-rf --output=pwned -o pwned\n\n\
--help\n\n\
Control \u{7} bell \u{1b}[31m escape \u{0} nul.\n\n\
Quotes ' \" \\ and a backslash at the end \\\n";

/// An engine that records each argv element on its own line, then writes a tone.
fn recording_engine(run: &Run) -> String {
    let tone = run.path("tone.wav");
    common::write_tone(&tone, 8_000, 800);
    let script = run.path("record-tts");
    // The script itself is ours; the story's text only ever arrives as data.
    common::write_script(&script, &format!(
            "#!/bin/sh\nout=\"$1\"\nshift\nfor argument in \"$@\"; do printf '%s\\n' \"$argument\" >> '{log}'; done\nif [ ! -t 0 ]; then cat >> '{log}'; fi\ncp '{tone}' \"$out\"\n",
            log = run.path("argv.log").display(),
            tone = tone.display()
        ),);
    script.display().to_string()
}

fn render_with(engine_table: &str, voice: &str) -> Run {
    let run = Run::new().file("story.txt", HOSTILE);
    let script = recording_engine(&run);
    let cast = format!(
        "{}\n[narrator]\nvoice = \"{voice}\"\n[characters.she]\nvoice = \"{voice}\"\n",
        engine_table.replace("SCRIPT", &script)
    );
    let run = run.file("cast.toml", cast).args(&[
        "render",
        "story.txt",
        "--cast",
        "cast.toml",
        "-o",
        "out.wav",
        "--cache",
        "cache",
    ]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{engine_table}\n{}", outcome.stderr);
    assert!(
        !run.path("pwned").exists(),
        "nothing the story says is executed"
    );
    let home_canary =
        std::env::var_os("HOME").map(|home| std::path::Path::new(&home).join("pwned"));
    assert!(!home_canary.is_some_and(|canary| canary.exists()));
    let extra = leftover_files(
        run.dir.path(),
        &[
            "story.txt",
            "cast.toml",
            "out.wav",
            "cache",
            "xdg-cache",
            "tone.wav",
            "record-tts",
            "argv.log",
        ],
    );
    assert!(
        extra.is_empty(),
        "nothing written outside the output and cache: {extra:?}"
    );
    run
}

#[test]
fn hostile_text_through_a_command_engine_after_double_dash() {
    let run = render_with(
        "[engines.rec]\nkind = \"command\"\nargv = [\"SCRIPT\", \"{out}\", \"--\", \"{text}\"]",
        "rec:v",
    );
    let log = std::fs::read_to_string(run.path("argv.log")).unwrap();
    assert!(
        log.contains("$(touch pwned)"),
        "the text arrives verbatim: {log}"
    );
    assert!(log.lines().any(|line| line == "--"), "text follows --");
    assert!(
        log.lines()
            .any(|line| line.starts_with("-rf --output=pwned")),
        "a line starting with - is one argument after --"
    );
    assert!(
        log.contains("{out} {text}"),
        "placeholders in the text stay text"
    );
}

#[test]
fn hostile_text_through_a_command_engine_on_stdin() {
    let run = render_with(
        "[engines.rec]\nkind = \"command\"\nstdin = true\nargv = [\"SCRIPT\", \"{out}\"]",
        "rec:v",
    );
    let log = std::fs::read_to_string(run.path("argv.log")).unwrap();
    assert!(log.contains("| tee pwned"), "{log}");
}

#[test]
fn hostile_text_through_a_command_engine_in_a_text_file() {
    let run = render_with(
        "[engines.rec]\nkind = \"command\"\nargv = [\"SCRIPT\", \"{out}\", \"{text_file}\"]",
        "rec:v",
    );
    let log = std::fs::read_to_string(run.path("argv.log")).unwrap();
    // The engine gets a path, never the text, on its command line.
    assert!(!log.contains("touch pwned"), "{log}");
}

#[test]
fn hostile_text_through_the_fake_engine() {
    render_with("", "fake:x");
}

#[test]
fn hostile_text_through_espeak_ng() {
    if !common::has_program("espeak-ng") {
        eprintln!("skipped: espeak-ng is not installed");
        return;
    }
    render_with("", "en-us");
}

#[test]
fn a_command_template_that_would_let_text_become_an_option_is_refused() {
    let run = Run::new()
        .file("story.txt", "-rf everything\n")
        .file("cast.toml", "[engines.bad]\nkind = \"command\"\nargv = [\"true\", \"{out}\", \"{text}\"]\n[narrator]\nvoice = \"bad:v\"\n")
        .args(&["render", "story.txt", "--cast", "cast.toml", "-o", "out.wav", "--cache", "cache"]);
    let outcome = run.run();
    assert_eq!(outcome.status, 1);
    assert!(
        outcome.stderr.contains("must come after `--`"),
        "{}",
        outcome.stderr
    );
}
