//! Failing and limited engines through the built binary: `--keep-going` makes every
//! clip it can, reports every failure and writes no audio file; a rerun after the
//! engine is fixed makes only the missing clips.

mod common;

use common::Run;

/// Five narrator paragraphs, on lines 1, 3, 5, 7 and 9; lines 3 and 7 hold the marker.
const STORY: &str = "The first line is fine.\n\nThe second line is BROKEN here.\n\nThe third line is fine.\n\nThe fourth line is BROKEN too.\n\nThe fifth line is fine.\n";

/// A command engine reading the text on stdin: while the file `broken` exists it
/// fails on any text holding `BROKEN`; otherwise it logs the text and writes a tone.
fn marker_engine(run: Run) -> Run {
    let tone = run.path("tone.wav");
    common::write_tone(&tone, 8_000, 800);
    let script = run.path("marker-tts");
    common::write_script(&script, &format!(
            "#!/bin/sh\nout=\"$1\"\ntext=$(cat)\ncase \"$text\" in *BROKEN*) if [ -e '{broken}' ]; then echo 'engine cannot say this line' >&2; exit 1; fi;; esac\nprintf '%s\\n' \"$text\" >> '{log}'\ncp '{tone}' \"$out\"\n",
            broken = run.path("broken").display(),
            log = run.path("spoken.log").display(),
            tone = tone.display()
        ),);
    let cast = format!("[engines.marker]\nkind = \"command\"\nstdin = true\nargv = [\"{}\", \"{{out}}\"]\n[narrator]\nvoice = \"marker:v\"\n", script.display());
    run.file("cast.toml", cast).file("broken", "")
}

fn spoken_lines(run: &Run) -> usize {
    std::fs::read_to_string(run.path("spoken.log")).map_or(0, |log| log.lines().count())
}

/// Runs `ficaudio render` in the run's directory (again and again, unlike `Run::run`'s
/// fixed arguments).
fn render(run: &Run, extra: &[&str]) -> common::Outcome {
    let mut args = vec![
        "render",
        "story.txt",
        "--cast",
        "cast.toml",
        "-o",
        "out.wav",
        "--cache",
        "cache",
        "-j",
        "1",
    ];
    args.extend_from_slice(extra);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ficaudio"))
        .args(&args)
        .current_dir(run.dir.path())
        .env("XDG_CACHE_HOME", run.dir.path().join("xdg-cache"))
        .env_remove("FICAUDIO_CAST")
        .env_remove("FICAUDIO_JOBS")
        .env_remove("FICAUDIO_ENGINE")
        .env_remove("FICAUDIO_CACHE")
        .output()
        .expect("run ficaudio");
    common::Outcome {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn without_keep_going_the_render_stops_at_the_first_failing_line() {
    let run = marker_engine(Run::new().file("story.txt", STORY));
    let outcome = render(&run, &[]);
    assert_eq!(outcome.status, 1, "{}", outcome.stderr);
    assert!(
        outcome.stderr.contains("story.txt:3"),
        "the earliest failing line is named: {}",
        outcome.stderr
    );
    assert!(
        outcome.stderr.contains("engine cannot say this line"),
        "{}",
        outcome.stderr
    );
    assert!(
        !outcome.stderr.contains("story.txt:7"),
        "{}",
        outcome.stderr
    );
    assert!(!run.path("out.wav").exists());
    // One worker: the line after the failure is never started.
    assert_eq!(spoken_lines(&run), 1);
}

#[test]
fn keep_going_makes_every_other_clip_reports_every_failure_and_resumes() {
    let run = marker_engine(Run::new().file("story.txt", STORY));
    let outcome = render(&run, &["--keep-going"]);
    assert_eq!(outcome.status, 1, "{}", outcome.stderr);
    for needle in [
        "2 clips failed",
        "story.txt:3",
        "story.txt:7",
        "narrator",
        "marker:v",
        "marker-tts",
        "engine cannot say this line",
    ] {
        assert!(
            outcome.stderr.contains(needle),
            "`{needle}` in: {}",
            outcome.stderr
        );
    }
    for line in ["story.txt:3", "story.txt:7"] {
        assert!(
            outcome
                .stderr
                .lines()
                .any(|text| text.starts_with("failed: ")
                    && text.contains(line)
                    && text.contains("engine cannot say this line")),
            "one line per failure: {}",
            outcome.stderr
        );
    }
    assert!(
        !run.path("out.wav").exists(),
        "no partial audio under the output name"
    );
    assert_eq!(spoken_lines(&run), 3, "every clip that can be made is made");

    // Fix the engine: the rerun makes only the two missing clips.
    std::fs::remove_file(run.path("broken")).unwrap();
    let outcome = render(&run, &["--keep-going"]);
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    assert_eq!(
        spoken_lines(&run),
        5,
        "the three finished clips come from the cache"
    );
    let (_, samples) = common::read_wav(&run.path("out.wav"));
    assert!(samples.iter().any(|sample| sample.abs() > 0.01));
}

/// A 300-character paragraph of short sentences, after a short one.
fn long_story() -> String {
    let sentences = [
        "The rain came down on the old bridge.",
        "Nobody crossed it after dark.",
        "Anna waited by the lamp post!",
        "Would Ben ever come back?",
        "She counted the boats on the river.",
        "One, two, three went by slowly.",
        "The bells rang out at nine.",
        "Then the fog rolled in from the sea.",
        "At last a figure came into view.",
    ];
    let paragraph = sentences.join(" ");
    assert!(paragraph.len() >= 280, "{}", paragraph.len());
    format!("It was late.\n\n{paragraph}\n")
}

#[test]
fn text_longer_than_max_chars_is_spoken_in_sentence_pieces_and_mixed_as_one_segment() {
    let run = marker_engine(Run::new().file("story.txt", long_story()));
    // The same engine with a 40-character limit; it also fails on anything longer.
    let cast = std::fs::read_to_string(run.path("cast.toml"))
        .unwrap()
        .replace("stdin = true\n", "stdin = true\nmax_chars = 40\n");
    let script = std::fs::read_to_string(run.path("marker-tts"))
        .unwrap()
        .replace(
            "case ",
            "if [ ${#text} -gt 40 ]; then echo \"too long: ${#text}\" >&2; exit 1; fi\ncase ",
        );
    let run = run.file("cast.toml", cast).file("marker-tts", script);
    std::fs::remove_file(run.path("broken")).unwrap();
    let outcome = render(&run, &["--timeline", "story.jsonl"]);
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);

    let log = std::fs::read_to_string(run.path("spoken.log")).unwrap();
    let pieces: Vec<&str> = log.lines().collect();
    assert!(
        pieces.len() >= 8,
        "the long paragraph is spoken in pieces: {pieces:?}"
    );
    for piece in &pieces {
        assert!(!piece.is_empty() && piece.len() <= 40, "{piece:?}");
        assert!(
            piece.ends_with(['.', '!', '?']),
            "pieces end at sentence ends: {piece:?}"
        );
    }
    let long = long_story();
    let paragraph = long.lines().nth(2).unwrap();
    assert_eq!(
        pieces[1..].join(" "),
        paragraph,
        "every word, in order, once"
    );

    let timeline = std::fs::read_to_string(run.path("story.jsonl")).unwrap();
    let records: Vec<serde_json::Value> = timeline
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let matching: Vec<&serde_json::Value> = records
        .iter()
        .filter(|record| record["text"].as_str() == Some(paragraph))
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "one record for the long segment: {timeline}"
    );
    let (start, end) = (
        matching[0]["start_ms"].as_u64().unwrap(),
        matching[0]["end_ms"].as_u64().unwrap(),
    );
    // Nine pieces of 0.1 s tone each with pauses between: well over the 0.1 s of one piece.
    assert!(end - start >= 800, "{start}..{end}");

    let (spec, samples) = common::read_wav(&run.path("out.wav"));
    let frame_at =
        |ms: u64| (ms * u64::from(spec.sample_rate) / 1000) as usize * usize::from(spec.channels);
    let span = &samples[frame_at(start)..frame_at(end).min(samples.len())];
    assert!(
        span.iter().any(|sample| sample.abs() > 0.01),
        "the segment's span holds audio"
    );
}
