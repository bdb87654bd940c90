//! The mix and output issue's contract through the built binary: clips of three WAV
//! layouts (a `command` engine copying tests/fixtures/wav) become one uniform
//! output with no click, every speaker at one loudness and nothing over −1 dBFS;
//! the format flags and their precedence; pauses from the cast; the chapter cue
//! list; subtitles timed as the timeline; mp3/ogg/opus/m4b through ffmpeg with the
//! story's chapters; and the read-along page checked in headless Chromium.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{has_program, leftover_files, read_wav, Run};
use serde_json::Value;

/// A title, three chapters, a scene break, two characters and the narrator.
const STORY: &str = "The Lighthouse\n\nChapter 1: Fog\n\n\"Is anyone there?\" asked Mara.\n\nThe wind answered with a long, low moan.\n\n\"Only me,\" said Tom.\n\nChapter 2: Light\n\n\"Then light the lamp,\" said Mara.\n\n* * *\n\nTom climbed the stairs.\n\nChapter 3\n\n\"Done,\" said Tom.\n";

const LOUD: &str = "24bit-44100Hz-stereo-loud";
const QUIET: &str = "16bit-16000Hz-mono-quiet";
const FLOAT: &str = "float32-22050Hz-mono";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wav")
}

/// Each voice is a fixture WAV, copied by a command engine: Mara loud 44.1 kHz
/// stereo 24-bit, Tom quiet 16 kHz mono 16-bit, the narrator 22.05 kHz float.
fn cast(extra: &str) -> String {
    format!(
        "[narrator]\nvoice = \"clips:{FLOAT}\"\n[characters.mara]\nname = \"Mara\"\nvoice = \"clips:{LOUD}\"\n[characters.tom]\nname = \"Tom\"\nvoice = \"clips:{QUIET}\"\n[engines.clips]\nkind = \"command\"\nargv = [\"cp\", \"{}/{{voice}}.wav\", \"{{out}}\"]\nstdin = true\ntimeout = 10\n{extra}",
        fixtures().display()
    )
}

fn run(extra_cast: &str) -> Run {
    Run::new()
        .file("story.txt", STORY)
        .file("cast.toml", cast(extra_cast))
}

fn render(run: Run, args: &[&str]) -> Run {
    let run = run
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "--timeline",
            "story.jsonl",
            "-q",
        ])
        .args(args);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    run
}

/// (speaker, start_ms, end_ms) of every record with audio.
fn timeline(run: &Run) -> Vec<(String, u64, u64)> {
    std::fs::read_to_string(run.path("story.jsonl"))
        .expect("timeline written")
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("JSON line"))
        .filter_map(|record| {
            Some((
                record["speaker"].as_str()?.to_string(),
                record["start_ms"].as_u64()?,
                record["end_ms"].as_u64()?,
            ))
        })
        .collect()
}

fn largest_jump(samples: &[f32]) -> f32 {
    samples
        .windows(2)
        .map(|pair| (pair[1] - pair[0]).abs())
        .fold(0.0, f32::max)
}

fn loudness(samples: &[f32], rate: u32, channels: u16) -> f64 {
    let mut meter =
        ebur128::EbuR128::new(u32::from(channels), rate, ebur128::Mode::I).expect("meter");
    meter.add_frames_f32(samples).expect("measure");
    meter.loudness_global().expect("loudness")
}

#[test]
fn three_clip_formats_make_one_uniform_output_without_clicks() {
    let run = render(run(""), &["-o", "story.wav"]);
    let (spec, samples) = read_wav(&run.path("story.wav"));
    assert_eq!(
        (spec.sample_rate, spec.channels, spec.bits_per_sample),
        (24_000, 1, 16),
        "the default format"
    );
    let lines = timeline(&run);
    assert_eq!(lines.len(), 14, "{lines:?}");
    let frame = |ms: u64| (ms * 24) as usize;
    // Inside the clips the signal moves by at most this much from one sample to the next.
    let inside = lines
        .iter()
        .map(|(_, start, end)| largest_jump(&samples[frame(*start) + 120..frame(*end) - 120]))
        .fold(0.0, f32::max);
    for (speaker, start, end) in &lines {
        for edge in [frame(*start), frame(*end)] {
            let around = &samples[edge.saturating_sub(120)..(edge + 120).min(samples.len())];
            assert!(
                largest_jump(around) <= inside,
                "{speaker}: a jump of {} at {edge} > {inside}",
                largest_jump(around)
            );
        }
    }
    // Joins have silence between them, and nothing before the first word.
    assert_eq!(lines[0].1, 0);
    for pair in lines.windows(2) {
        assert!(pair[1].1 > pair[0].2, "{pair:?}");
        assert!(
            samples[frame(pair[0].2) + 24..frame(pair[1].1) - 24]
                .iter()
                .all(|&sample| sample == 0.0),
            "{pair:?}"
        );
    }
}

#[test]
fn every_speaker_is_equally_loud_and_nothing_passes_minus_one_dbfs() {
    for (args, rate, channels) in [
        (vec![], 24_000, 1),
        (
            vec!["--rate", "44100", "--channels", "2", "--bits", "24"],
            44_100,
            2,
        ),
    ] {
        let mut all = vec!["-o", "story.wav"];
        all.extend(args.iter());
        let run = render(run(""), &all);
        let (spec, samples) = read_wav(&run.path("story.wav"));
        assert_eq!((spec.sample_rate, spec.channels), (rate, channels));
        let ceiling = 10f32.powf(-1.0 / 20.0);
        let peak = samples
            .iter()
            .fold(0.0f32, |peak, sample| peak.max(sample.abs()));
        assert!(peak <= ceiling, "{args:?}: peak {peak} over −1 dBFS");
        let mut by_speaker: BTreeMap<String, Vec<f32>> = BTreeMap::new();
        let frame = |ms: u64| (ms * u64::from(rate) / 1000) as usize * usize::from(channels);
        for (speaker, start, end) in timeline(&run) {
            by_speaker
                .entry(speaker)
                .or_default()
                .extend_from_slice(&samples[frame(start)..frame(end)]);
        }
        let levels: BTreeMap<&String, f64> = by_speaker
            .iter()
            .map(|(speaker, samples)| (speaker, loudness(samples, rate, channels)))
            .collect();
        assert_eq!(levels.len(), 3, "{levels:?}");
        let highest = levels.values().cloned().fold(f64::MIN, f64::max);
        let lowest = levels.values().cloned().fold(f64::MAX, f64::min);
        assert!(highest - lowest <= 1.0, "{args:?}: {levels:?}");
        for level in levels.values() {
            assert!(
                (level + 18.0).abs() <= 1.0,
                "{args:?}: not at −18 LUFS: {levels:?}"
            );
        }
    }
}

#[test]
fn the_loudness_target_comes_from_the_flag_or_the_cast() {
    for (cast_extra, args, expected) in [
        ("[mix]\nloudness = -24\n", vec![], -24.0),
        ("[mix]\nloudness = -24\n", vec!["--loudness", "-14"], -14.0),
    ] {
        let mut all = vec!["-o", "story.wav"];
        all.extend(args.iter());
        let run = render(run(cast_extra), &all);
        let (_, samples) = read_wav(&run.path("story.wav"));
        let narration: Vec<f32> = timeline(&run)
            .iter()
            .filter(|(speaker, _, _)| speaker == "narrator")
            .flat_map(|(_, start, end)| {
                samples[(start * 24) as usize..(end * 24) as usize].to_vec()
            })
            .collect();
        let level = loudness(&narration, 24_000, 1);
        assert!(
            (level - expected).abs() <= 1.0,
            "{args:?}: {level} vs {expected}"
        );
    }
}

#[test]
fn output_format_precedence_is_flag_then_environment_then_cast() {
    let cast_extra = "[output]\nrate = 16000\nbits = 24\n";
    let cases: [(&[&str], Option<&str>, u32, u16); 3] = [
        (&[], None, 16_000, 24),
        (&[], Some("22050"), 22_050, 24),
        (
            &["--rate", "8000", "--bits", "16"],
            Some("22050"),
            8_000,
            16,
        ),
    ];
    for (args, environment, rate, bits) in cases {
        let mut run = run(cast_extra)
            .args(&[
                "render",
                "story.txt",
                "--cast",
                "cast.toml",
                "-q",
                "-o",
                "story.wav",
            ])
            .args(args);
        if let Some(value) = environment {
            run = run.env("FICAUDIO_RATE", value);
        }
        let outcome = run.run();
        assert_eq!(outcome.status, 0, "{}", outcome.stderr);
        let (spec, _) = read_wav(&run.path("story.wav"));
        assert_eq!(
            (spec.sample_rate, spec.bits_per_sample),
            (rate, bits),
            "{args:?} {environment:?}"
        );
    }
}

#[test]
fn bad_format_settings_are_refused_with_a_hint() {
    let cases: [(&str, &[&str], &str); 5] = [
        (
            "",
            &["--bits", "12"],
            "`--bits` = 12: unsupported bits per sample\nhint: use 16 or 24",
        ),
        (
            "",
            &["--rate", "100"],
            "`--rate` = 100: sample rate out of range\nhint:",
        ),
        (
            "[output]\nchannels = 0\n",
            &[],
            "cast.toml: `[output] channels` = 0: unsupported channel count\nhint:",
        ),
        (
            "",
            &["--subtitles", "story.txt.sub"],
            "unknown subtitle format\nhint: name the file .srt (SubRip) or .vtt (WebVTT)",
        ),
        (
            "",
            &["-o", "story.mp3", "--audio-format", "ogg"],
            "`-o story.mp3` is mp3 but `--audio-format` asks for ogg\nhint:",
        ),
    ];
    for (cast_extra, args, expected) in cases {
        let run = run(cast_extra)
            .args(&["render", "story.txt", "--cast", "cast.toml"])
            .args(args);
        let outcome = run.run();
        assert_eq!(outcome.status, 1, "{args:?}: {}", outcome.stderr);
        assert!(
            outcome.stderr.contains(expected),
            "{args:?}: {}",
            outcome.stderr
        );
        assert!(
            leftover_files(run.dir.path(), &["story.txt", "cast.toml", "xdg-cache"]).is_empty(),
            "{args:?} wrote something"
        );
    }
}

#[test]
fn pauses_come_from_the_cast_and_the_characters() {
    let cast_extra = "[pauses]\nparagraph = 300\nspeaker_change = 450\nchapter = 1200\n";
    let plain = timeline(&render(run(cast_extra), &["-o", "story.wav"]));
    let gap = |lines: &[(String, u64, u64)], index: usize| lines[index].1 - lines[index - 1].2;
    // Line 4 "The wind answered…" and line 5, Tom's "Only me,", start paragraphs.
    assert_eq!(gap(&plain, 4), 300, "{plain:?}");
    assert_eq!(gap(&plain, 5), 300, "{plain:?}");
    // Line 7 is the heading "Chapter 2: Light".
    assert_eq!(gap(&plain, 7), 1200, "{plain:?}");
    let slow = cast(cast_extra).replace(
        "[characters.tom]\n",
        "[characters.tom]\npause_before = 250\npause_after = 100\n",
    );
    let paced = timeline(&render(
        Run::new().file("story.txt", STORY).file("cast.toml", slow),
        &["-o", "story.wav"],
    ));
    assert_eq!(gap(&paced, 5), 300 + 250, "pause_before: {paced:?}");
    assert_eq!(
        gap(&paced, 6),
        gap(&plain, 6) + 100,
        "pause_after: {paced:?}"
    );
    assert_eq!(gap(&paced, 7), 1200, "{paced:?}");
    assert_eq!(
        gap(&paced, 12),
        gap(&plain, 12) + 250,
        "Tom's \"Done,\" after the heading: {paced:?}"
    );
}

#[test]
fn the_wav_carries_a_cue_list_with_chapter_labels() {
    let run = render(run(""), &["-o", "story.wav"]);
    let bytes = std::fs::read(run.path("story.wav")).expect("wav");
    let cues = ficaudio::output::wav::read_cues(&bytes);
    let labels: Vec<&str> = cues.iter().map(|(_, label)| label.as_str()).collect();
    assert_eq!(labels, ["Chapter 1: Fog", "Chapter 2: Light", "Chapter 3"]);
    let lines = timeline(&run);
    // Each cue sits where its heading starts (lines 1, 7 and 11 of the timeline).
    for ((frame, label), line) in cues.iter().zip([1, 7, 11]) {
        assert_eq!(
            u64::from(*frame) * 1000 / 24_000,
            lines[line].1,
            "{label}: {lines:?}"
        );
    }
}

#[test]
fn subtitles_are_timed_as_the_timeline() {
    let run = render(run(""), &["-o", "story.wav", "--subtitles", "story.srt"]);
    let lines = timeline(&run);
    let srt = std::fs::read_to_string(run.path("story.srt")).expect("srt");
    let times: Vec<(u64, u64)> = ficaudio::output::subtitles::cue_times(&srt);
    assert_eq!(
        times,
        lines
            .iter()
            .map(|(_, start, end)| (*start, *end))
            .collect::<Vec<_>>()
    );
    assert!(srt.contains("\nMara: Is anyone there?\n"), "{srt}");
    assert!(
        srt.contains("\nasked Mara.\n"),
        "narration has no name: {srt}"
    );

    let run = render(
        self::run(""),
        &["-o", "story.wav", "--subtitles", "story.vtt"],
    );
    let vtt = std::fs::read_to_string(run.path("story.vtt")).expect("vtt");
    assert!(vtt.starts_with("WEBVTT\n\n"));
    assert_eq!(
        ficaudio::output::subtitles::cue_times(&vtt),
        timeline(&run)
            .iter()
            .map(|(_, start, end)| (*start, *end))
            .collect::<Vec<_>>()
    );
    assert!(vtt.contains("<v Tom>Only me,\n"), "{vtt}");
}

fn ffprobe(path: &Path, what: &str) -> Value {
    let output = Command::new("ffprobe")
        .args(["-v", "error", "-of", "json", what])
        .arg(path)
        .output()
        .expect("run ffprobe");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("ffprobe JSON")
}

#[test]
fn m4b_has_the_story_chapters_title_and_author() {
    if !has_program("ffmpeg") || !has_program("ffprobe") {
        eprintln!("skipped: needs ffmpeg and ffprobe (apt-get install ffmpeg)");
        return;
    }
    let run = render(run(""), &["-o", "book.m4b"]);
    assert!(
        leftover_files(
            run.dir.path(),
            &[
                "story.txt",
                "cast.toml",
                "book.m4b",
                "story.jsonl",
                "xdg-cache"
            ]
        )
        .is_empty(),
        "temporary files left"
    );
    let probe = ffprobe(&run.path("book.m4b"), "-show_chapters");
    let chapters = probe["chapters"].as_array().expect("chapters");
    let titles: Vec<&str> = chapters
        .iter()
        .map(|chapter| chapter["tags"]["title"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(titles, ["Chapter 1: Fog", "Chapter 2: Light", "Chapter 3"]);
    let lines = timeline(&run);
    let starts: Vec<f64> = chapters
        .iter()
        .map(|chapter| chapter["start_time"].as_str().unwrap().parse().unwrap())
        .collect();
    // The first chapter starts the book (the title is in it); the others at their headings.
    assert_eq!(starts[0], 0.0);
    for (start, line) in starts[1..].iter().zip([7, 11]) {
        assert!(
            (start - lines[line].1 as f64 / 1000.0).abs() < 0.01,
            "{starts:?} vs {lines:?}"
        );
    }
    let format = ffprobe(&run.path("book.m4b"), "-show_format");
    assert_eq!(
        format["format"]["tags"]["title"].as_str(),
        Some("The Lighthouse"),
        "{format}"
    );
    let streams = ffprobe(&run.path("book.m4b"), "-show_streams");
    assert_eq!(streams["streams"][0]["codec_name"].as_str(), Some("aac"));
}

#[test]
fn mp3_ogg_and_opus_by_extension_or_flag() {
    if !has_program("ffmpeg") || !has_program("ffprobe") {
        eprintln!("skipped: needs ffmpeg and ffprobe (apt-get install ffmpeg)");
        return;
    }
    let cases: [(&[&str], &str, &str); 4] = [
        (&["-o", "out.mp3"], "out.mp3", "mp3"),
        (&["-o", "out.ogg"], "out.ogg", "vorbis"),
        (&["-o", "out.opus"], "out.opus", "opus"),
        (&["--audio-format", "mp3"], "story.mp3", "mp3"),
    ];
    let wav = render(run(""), &["-o", "story.wav"]);
    let (_, samples) = read_wav(&wav.path("story.wav"));
    let seconds = samples.len() as f64 / 24_000.0;
    for (args, file, codec) in cases {
        let run = render(run(""), args);
        let streams = ffprobe(&run.path(file), "-show_streams");
        assert_eq!(
            streams["streams"][0]["codec_name"].as_str(),
            Some(codec),
            "{args:?}"
        );
        let format = ffprobe(&run.path(file), "-show_format");
        let duration: f64 = format["format"]["duration"]
            .as_str()
            .expect("duration")
            .parse()
            .expect("number");
        assert!(
            (duration - seconds).abs() < 0.1,
            "{args:?}: {duration} vs {seconds}"
        );
    }
}

#[test]
fn a_missing_ffmpeg_is_reported_before_anything_is_synthesized() {
    let run = run("")
        .args(&[
            "render",
            "story.txt",
            "--cast",
            "cast.toml",
            "-o",
            "book.m4b",
        ])
        .env("FICAUDIO_FFMPEG", "/nonexistent/ffmpeg");
    let outcome = run.run();
    assert_eq!(outcome.status, 1);
    assert_eq!(
        outcome.stderr.trim_end(),
        "error: writing m4b needs ffmpeg, which is not installed\nhint: install ffmpeg (Debian/Ubuntu: `sudo apt install ffmpeg`, macOS: `brew install ffmpeg`) or write a WAV with `-o NAME.wav`"
    );
    assert!(leftover_files(run.dir.path(), &["story.txt", "cast.toml", "xdg-cache"]).is_empty());
    assert!(
        !run.path("xdg-cache/ficaudio/clips").exists(),
        "nothing was synthesized"
    );
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|program| has_program(program))
}

/// The page's DOM after it opened at `#t=SECONDS`, from headless Chromium.
fn dump_dom(browser: &str, page: &Path, seconds: f64) -> String {
    let profile = tempfile::tempdir().expect("profile dir");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--mute-audio",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}#t={seconds:.3}", page.display()))
        .output()
        .expect("run chromium");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The id of the highlighted line in a dumped DOM.
fn current_line(dom: &str) -> Option<String> {
    let marker = dom.find("current\"")?;
    let tag_start = dom[..marker].rfind("<span")?;
    let tag = &dom[tag_start..];
    let id_start = tag.find("id=\"")? + 4;
    let id_end = tag[id_start..].find('"')? + id_start;
    Some(tag[id_start..id_end].to_string())
}

#[test]
fn the_read_along_page_highlights_the_line_being_heard() {
    let run = render(run(""), &["-o", "story.wav", "--html", "story.html"]);
    let html = std::fs::read_to_string(run.path("story.html")).expect("page");
    assert!(
        html.contains("<audio id=\"player\" controls preload=\"metadata\" src=\"story.wav\">"),
        "{html}"
    );
    assert_eq!(html.matches("class=\"line").count(), 14);
    let Some(browser) = chromium() else {
        eprintln!("skipped: the Chromium check needs chromium (apt-get install chromium)");
        return;
    };
    let lines = timeline(&run);
    for index in [0, 3, 9, 13] {
        let (_, start, end) = &lines[index];
        let middle = (start + end) as f64 / 2000.0;
        let dom = dump_dom(browser, &run.path("story.html"), middle);
        assert_eq!(
            current_line(&dom).as_deref(),
            Some(format!("l{index}").as_str()),
            "at {middle} s"
        );
        assert!(
            dom.contains(&format!("data-time=\"{middle:.3}\"")),
            "the page read the time from the URL"
        );
    }
    // In the pause after a line, that line stays highlighted.
    let pause = (lines[4].2 + 50) as f64 / 1000.0;
    assert_eq!(
        current_line(&dump_dom(browser, &run.path("story.html"), pause)).as_deref(),
        Some("l4")
    );
}
