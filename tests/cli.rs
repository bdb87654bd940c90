//! The render issue's contract, end to end through the built binary: every quote
//! form becomes the right records, renders are valid WAVs whose timeline matches the
//! audio, and bad input fails with one clear line and no partial output.

mod common;

use common::{leftover_files, read_wav, shared, Run};
use serde_json::Value;

fn dialogue(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .filter(|record| record["kind"] == "dialogue")
        .map(|record| record["text"].as_str().unwrap().to_string())
        .collect()
}

fn script_json(story: &str) -> Vec<Value> {
    let run = Run::new()
        .file("story.txt", story)
        .args(&["script", "story.txt", "--json"]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let records = outcome.records();
    // Every record's offsets point at its text in the file.
    let source = std::fs::read(run.path("story.txt")).unwrap();
    for record in &records {
        if let (Some(start), Some(end)) = (record["start"].as_u64(), record["end"].as_u64()) {
            let slice = std::str::from_utf8(&source[start as usize..end as usize]).unwrap();
            assert_eq!(
                slice.replace(['\n', '\r'], " "),
                record["text"].as_str().unwrap().replace(['\n', '\r'], " ")
            );
        }
    }
    records
}

#[test]
fn quote_forms_table() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("straight double", "\"Hello,\" she said.\n", &["Hello,"]),
        (
            "curly double",
            "\u{201C}Hello,\u{201D} she said.\n",
            &["Hello,"],
        ),
        (
            "broken by a tag",
            "\u{201C}If you go,\u{201D} she said, \u{201C}take the lamp.\u{201D}\n",
            &["If you go,", "take the lamp."],
        ),
        (
            "British single quotes and apostrophes",
            "'Don't touch the boys' bikes,' said Ann. 'Give 'em back.'\n'I won't,' said Tom.\n",
            &["Don't touch the boys' bikes,", "Give 'em back.", "I won't,"],
        ),
        (
            "rock 'n' roll",
            "'We play rock 'n' roll,' he said.\n'Fine.'\n",
            &["We play rock 'n' roll,", "Fine."],
        ),
        (
            "nested quotes",
            "\"She told me, 'Never again,' and left,\" he said.\n",
            &["She told me, 'Never again,' and left,"],
        ),
        (
            "multi-paragraph quote",
            "\"It began in the spring.\n\n\"By summer it was over.\"\n\nShe nodded.\n",
            &["It began in the spring.", "By summer it was over."],
        ),
        (
            "unclosed at paragraph end",
            "\"Wait for me\n\nShe was gone.\n",
            &["Wait for me"],
        ),
        (
            "hard-wrapped paragraph",
            "\"This line is wrapped\nacross two lines,\" he said\nquietly.\n\nThe end.\n",
            &["This line is wrapped across two lines,"],
        ),
    ];
    for (name, story, expected) in cases {
        assert_eq!(dialogue(&script_json(story)), *expected, "{name}");
    }
}

#[test]
fn title_scene_breaks_and_wattpad_chrome() {
    let story = "The Long Night\n\n12.5K 340 18\n\nSynopsis: Two friends and one long night.\n\n\"Ready?\" asked Jo.\n\n* * *\n\n\"Ready,\" said Sam.\n\n~~~\n\noOo\n\nThe end came quickly.Night oneshotsWhere stories live. Discover now";
    let records = script_json(story);
    let texts: Vec<&str> = records
        .iter()
        .map(|record| record["text"].as_str().unwrap())
        .collect();
    assert_eq!(records[0]["kind"], "heading");
    assert_eq!(texts[0], "The Long Night");
    assert!(texts.contains(&"Synopsis: Two friends and one long night."));
    assert!(texts.contains(&"The end came quickly."));
    for text in &texts {
        assert!(
            !text.contains("12.5K")
                && !text.contains("Where stories live")
                && !text.contains("oneshots"),
            "{text}"
        );
        assert!(
            text.chars().any(char::is_alphanumeric),
            "scene breaks are not read: {text:?}"
        );
    }
}

const STORY: &str = "A Short Test\n\n\"Are you coming?\" asked Mara.\nTobias shook his head. \"Not tonight.\"\n\"Then I go alone,\" she said.\n\n* * *\n\nThe door closed behind her.\n";
const CAST: &str = "[characters.mara]\nname = \"Mara\"\ngender = \"female\"\n[characters.tobias]\nname = \"Tobias\"\ngender = \"male\"\n";

fn render_fake(story: &str) -> (Run, common::Outcome) {
    let run = Run::new()
        .file("story.txt", story)
        .file("cast.toml", CAST)
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "out.wav",
            "--timeline",
            "out.jsonl",
            "--engine",
            "fake",
            "--cache",
            "cache",
            "-j",
            "2",
        ]);
    let outcome = run.run();
    (run, outcome)
}

/// Loudness of a span of samples (RMS).
fn rms(samples: &[f32]) -> f32 {
    (samples.iter().map(|sample| sample * sample).sum::<f32>() / samples.len().max(1) as f32).sqrt()
}

fn check_timeline_matches_audio(run: &Run) -> Vec<Value> {
    let (spec, samples) = read_wav(&run.path("out.wav"));
    assert_eq!(
        (spec.channels, spec.sample_rate, spec.bits_per_sample),
        (1, 24_000, 16)
    );
    let timeline: Vec<Value> = std::fs::read_to_string(run.path("out.jsonl"))
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let to_index = |ms: u64| (ms as usize * spec.sample_rate as usize / 1000).min(samples.len());
    let mut previous_end = 0;
    for record in &timeline {
        let (start, end) = (
            record["start_ms"].as_u64().unwrap(),
            record["end_ms"].as_u64().unwrap(),
        );
        assert!(
            start >= previous_end && end > start,
            "segments in order: {record}"
        );
        assert!(
            rms(&samples[to_index(start)..to_index(end)]) > 0.01,
            "speech inside {record}"
        );
        previous_end = end;
        assert!(
            record["voice"].as_str().unwrap().contains(':'),
            "full voice reference"
        );
    }
    let duration_ms = samples.len() as u64 * 1000 / u64::from(spec.sample_rate);
    assert!(
        duration_ms.abs_diff(previous_end) <= 1,
        "last segment ends where the WAV ends: {duration_ms} vs {previous_end}"
    );
    timeline
}

#[test]
fn render_writes_a_wav_whose_timeline_matches_its_audio() {
    let (run, outcome) = render_fake(STORY);
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let timeline = check_timeline_matches_audio(&run);
    let voice_of = |speaker: &str| {
        timeline
            .iter()
            .find(|record| record["speaker"] == speaker)
            .map(|record| record["voice"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("no line for {speaker}"))
    };
    let mut voices = vec![voice_of("narrator"), voice_of("mara"), voice_of("tobias")];
    voices.sort();
    voices.dedup();
    assert_eq!(
        voices.len(),
        3,
        "narrator and each character on distinct voices: {voices:?}"
    );
    // The output has the permissions of an ordinary file the user creates (the
    // regression: it kept the temporary file's private 0600).
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::write(run.path("ordinary"), "x").unwrap();
        let mode = |name: &str| {
            std::fs::metadata(run.path(name))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode("out.wav"), mode("ordinary"));
        assert_eq!(mode("out.jsonl"), mode("ordinary"));
        std::fs::remove_file(run.path("ordinary")).unwrap();
    }
    // Nothing but the outputs and the cache is left in the directory.
    assert!(leftover_files(
        run.dir.path(),
        &[
            "story.txt",
            "cast.toml",
            "out.wav",
            "out.jsonl",
            "cache",
            "xdg-cache"
        ]
    )
    .is_empty());
}

#[test]
fn a_story_without_dialogue_renders_as_narration() {
    let (run, outcome) = render_fake("Nothing was said that day.\nThe sea was calm.\n");
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let timeline = check_timeline_matches_audio(&run);
    assert!(timeline
        .iter()
        .all(|record| record["speaker"] == "narrator"));
}

#[test]
fn output_is_in_story_order_whatever_the_jobs() {
    let one = {
        let (run, outcome) = render_fake(STORY);
        assert_eq!(outcome.status, 0);
        std::fs::read(run.path("out.wav")).unwrap()
    };
    let run = Run::new()
        .file("story.txt", STORY)
        .file("cast.toml", CAST)
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "out.wav",
            "--engine",
            "fake",
            "--cache",
            "cache",
            "-j",
            "1",
        ]);
    assert_eq!(run.run().status, 0);
    assert_eq!(std::fs::read(run.path("out.wav")).unwrap(), one);
}

#[test]
fn renders_with_espeak_ng() {
    if !common::has_program("espeak-ng") {
        eprintln!("skipped: espeak-ng is not installed");
        return;
    }
    let run = Run::new()
        .file("story.txt", STORY)
        .file("cast.toml", CAST)
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "out.wav",
            "--timeline",
            "out.jsonl",
            "--cache",
            "cache",
        ]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let timeline = check_timeline_matches_audio(&run);
    assert!(timeline
        .iter()
        .all(|record| record["voice"].as_str().unwrap().starts_with("espeak:")));
}

#[test]
fn seed_story_renders_with_distinct_voices() {
    let Some(shared) = shared() else { return };
    let stories = shared.join("stories");
    let run = Run::new()
        .file(
            "story.txt",
            std::fs::read(stories.join("we-should-leave.txt")).unwrap(),
        )
        .file(
            "cast.toml",
            std::fs::read(stories.join("we-should-leave.cast.toml")).unwrap(),
        )
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "out.wav",
            "--timeline",
            "out.jsonl",
            "--engine",
            "fake",
            "--cache",
            "cache",
        ]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let timeline = check_timeline_matches_audio(&run);
    let mut pairs: Vec<(String, String)> = timeline
        .iter()
        .map(|record| {
            (
                record["speaker"].as_str().unwrap().to_string(),
                record["voice"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    pairs.sort();
    pairs.dedup();
    let speakers: Vec<&str> = pairs.iter().map(|(speaker, _)| speaker.as_str()).collect();
    assert_eq!(
        speakers,
        ["Kylo", "narrator", "reader"],
        "one voice per speaker"
    );
    let mut voices: Vec<&str> = pairs.iter().map(|(_, voice)| voice.as_str()).collect();
    voices.dedup();
    assert_eq!(voices.len(), 3);
}

/// Bad input: one clear error line (plus a hint), a non-zero exit, no partial WAV.
#[test]
fn bad_input_table() {
    let failing_engine = "[engines.broken]\nkind = \"command\"\nargv = [\"false\", \"{out}\", \"--\", \"{text}\"]\n[narrator]\nvoice = \"broken:x\"\n";
    let missing_espeak =
        "[engines.espeak]\nkind = \"espeak\"\nprogram = \"/nonexistent/espeak-ng\"\n";
    // (name, story, cast, arguments, what the error says)
    type Case<'a> = (&'a str, &'a str, Option<&'a str>, &'a [&'a str], &'a str);
    let cases: &[Case] = &[
        (
            "missing story",
            "",
            None,
            &["render", "nope.txt"],
            "cannot read story `nope.txt`",
        ),
        (
            "missing cast",
            "Hi.\n",
            None,
            &["render", "story.txt", "--cast", "nope.toml"],
            "cannot read cast `nope.toml`",
        ),
        (
            "malformed cast",
            "Hi.\n",
            Some("[narrator]\nvoice = \n"),
            &["render", "story.txt", "--cast", "cast.toml"],
            "cast.toml:2:",
        ),
        (
            "empty story",
            "\n\n  \n",
            None,
            &["render", "story.txt"],
            "is empty",
        ),
        (
            "binary story",
            "\0\0\0\0\u{1}\0\0",
            None,
            &["render", "story.txt"],
            "is not text",
        ),
        (
            "unknown voice",
            "\"Hi,\" said Ann.\n",
            Some("[characters.ann]\nvoice = \"en-us+nobody\"\n"),
            &["render", "story.txt", "--cast", "cast.toml"],
            "unknown voice `en-us+nobody`",
        ),
        (
            "espeak not installed",
            "Hi.\n",
            Some(missing_espeak),
            &["render", "story.txt", "--cast", "cast.toml"],
            "apt-get install espeak-ng",
        ),
        (
            "engine fails on a line",
            "First line.\nSecond line.\n",
            Some(failing_engine),
            &["render", "story.txt", "--cast", "cast.toml"],
            "story.txt:1",
        ),
        (
            "unknown engine",
            "Hi.\n",
            Some("[narrator]\nvoice = \"nope:x\"\n"),
            &["render", "story.txt", "--cast", "cast.toml"],
            "unknown engine `nope`",
        ),
        (
            "zero jobs",
            "Hi.\n",
            None,
            &["render", "story.txt", "-j", "0"],
            "--jobs 0",
        ),
    ];
    for (name, story, cast, args, expected) in cases {
        if name.contains("espeak")
            && !common::has_program("espeak-ng")
            && !name.contains("not installed")
        {
            continue;
        }
        let mut run = Run::new();
        if !story.is_empty() {
            run = run.file("story.txt", story);
        }
        if let Some(cast) = cast {
            run = run.file("cast.toml", cast);
        }
        let mut arguments = args.to_vec();
        arguments.extend(["-o", "out.wav", "--cache", "cache"]);
        let run = run.args(&arguments);
        let outcome = run.run();
        assert_eq!(outcome.status, 1, "{name}: {}", outcome.stderr);
        let message: Vec<&str> = outcome
            .stderr
            .lines()
            .skip_while(|line| !line.starts_with("error:"))
            .collect();
        assert!(
            !message.is_empty() && message.len() <= 2,
            "{name}: one error line and at most one hint\n{}",
            outcome.stderr
        );
        assert!(
            message.len() == 1 || message[1].starts_with("hint:"),
            "{name}: {message:?}"
        );
        assert!(
            message.join("\n").contains(expected),
            "{name}: {message:?} should contain {expected:?}"
        );
        assert!(
            !run.path("out.wav").exists(),
            "{name}: no WAV under the output name"
        );
        let partial = leftover_files(
            run.dir.path(),
            &["story.txt", "cast.toml", "cache", "xdg-cache"],
        );
        assert!(partial.is_empty(), "{name}: left {partial:?}");
    }
}

#[test]
fn line_fixes_pin_a_speaker_and_unmatched_fixes_are_reported() {
    let run = Run::new()
        .file("story.txt", "\"Hello,\" said Ann.\n\"Hi.\"\n")
        .file(
            "cast.toml",
            "[characters.ann]\n[characters.bob]\n[[fix]]\nquote = \"Hello\"\nspeaker = \"bob\"\n[[fix]]\nquote = \"Never said\"\nspeaker = \"ann\"\n",
        )
        .args(&["script", "story.txt", "--cast", "cast.toml", "--json"]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let records = outcome.records();
    let hello = records
        .iter()
        .find(|record| record["text"] == "Hello,")
        .unwrap();
    assert_eq!(hello["speaker"], "bob");
    assert_eq!(hello["confidence"], 1.0);
    assert!(
        outcome.stderr.contains("warning: cast.toml:") && outcome.stderr.contains("Never said"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let outcome = Run::new().args(&["render"]).run();
    assert_eq!(outcome.status, 2);
    let outcome = Run::new().args(&["dance"]).run();
    assert_eq!(outcome.status, 2);
}

#[test]
fn unknown_cast_keys_are_warned_about() {
    let run = Run::new()
        .file("story.txt", "\"Hi,\" said Ann.\n")
        .file("cast.toml", "[characters.ann]\nvoise = \"en+f2\"\n")
        .args(&["script", "story.txt", "--cast", "cast.toml"]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0);
    assert!(
        outcome
            .stderr
            .contains("unknown key `characters.ann.voise` is ignored (did you mean `voice`?)"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn a_name_two_characters_share_is_warned_about() {
    let run = Run::new()
        .file("story.txt", "\"Hi,\" said Small.\n")
        .file(
            "cast.toml",
            "[characters.jonathan]\nname = \"Jonathan Small\"\naliases = [\"Small\"]\n\n[characters.small]\nname = \"Small\"\n",
        )
        .args(&["script", "story.txt", "--cast", "cast.toml"]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0);
    assert!(
        outcome.stderr.contains(
            "warning: cast.toml: `Small` names more than one character (jonathan, small)"
        ),
        "{}",
        outcome.stderr
    );
}

#[test]
fn render_chapters_renders_only_those_chapters() {
    let story = "My Book\n\nChapter 1\n\n\"One,\" said Ann.\n\nChapter 2: The Middle\n\n\"Two,\" said Ann.\n\nChapter 3\n\n\"Three,\" said Ann.\n";
    let run = Run::new().file("story.txt", story).args(&[
        "render",
        "story.txt",
        "--chapters",
        "2-3",
        "-o",
        "out.wav",
        "--timeline",
        "out.jsonl",
        "--engine",
        "fake",
        "--cache",
        "cache",
    ]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let timeline = std::fs::read_to_string(run.path("out.jsonl")).unwrap();
    let texts: Vec<String> = timeline
        .lines()
        .map(|line| {
            serde_json::from_str::<Value>(line).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(
        texts.contains(&"Two,".to_string()) && texts.contains(&"Three,".to_string()),
        "{texts:?}"
    );
    assert!(
        !texts.contains(&"One,".to_string()) && !texts.contains(&"My Book".to_string()),
        "{texts:?}"
    );
    let outcome = Run::new()
        .file("story.txt", story)
        .args(&[
            "render",
            "story.txt",
            "--chapters",
            "7",
            "-o",
            "out.wav",
            "--engine",
            "fake",
            "--cache",
            "cache",
        ])
        .run();
    assert_eq!(outcome.status, 1);
    assert!(
        outcome.stderr.contains("its chapters are 1 to 3"),
        "{}",
        outcome.stderr
    );
    assert_eq!(
        Run::new()
            .args(&["render", "story.txt", "--chapters", "4-2"])
            .run()
            .status,
        2
    );
}
