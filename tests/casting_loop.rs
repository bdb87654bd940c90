//! The casting loop, end to end through the built binary: `ficaudio cast` drafts and
//! extends casts; the clip cache makes a second render synthesize only what changed
//! (counted through a logging `command` engine); a killed render resumes to the same
//! bytes; `--plan`, `--only`, `--from/--to`, `[pronounce]`, `ficaudio cache` and
//! `--watch` do what they say.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const STORY: &str = "The Lighthouse

Mara climbed the last step and set the lamp down.

\"You kept it burning all night,\" said Tobin.

\"Someone had to,\" Mara said. She wiped her hands on her coat.

Tobin laughed. \"The ships thank you.\"

\"The ships never say anything,\" said Mara.

The wind pushed at the glass, and the two of them watched the grey water.

\"Tomorrow, then?\" Tobin asked.

\"Tomorrow,\" said Mara.
";

/// A directory with the story, a cast using the logging engine, tones and a cache.
struct Loop {
    dir: tempfile::TempDir,
}

impl Loop {
    fn new(extra_cast: &str) -> Loop {
        let dir = tempfile::tempdir().expect("temp dir");
        let tones = dir.path().join("tones");
        std::fs::create_dir_all(&tones).unwrap();
        for (index, frequency) in [220.0f32, 330.0, 440.0].iter().enumerate() {
            write_tone(
                &tones.join(format!("tone{index}.wav")),
                *frequency,
                3_000 + 1_000 * index,
            );
        }
        let engine =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/casting/logging-engine.sh");
        let cast = format!(
            "[narrator]\nvoice = \"log:narrator-voice\"\n\n[characters.mara]\nname = \"Mara\"\ngender = \"female\"\nvoice = \"log:mara-a\"\n\n[characters.tobin]\nname = \"Tobin\"\ngender = \"male\"\nvoice = \"log:tobin-a\"\n\n[engines.log]\nkind = \"command\"\nargv = [\"sh\", {engine:?}, {log:?}, {tones:?}, \"{{voice}}\", \"{{out}}\"]\nstdin = true\n{extra_cast}",
            engine = engine.display().to_string(),
            log = dir.path().join("engine.log").display().to_string(),
            tones = tones.display().to_string(),
        );
        std::fs::write(dir.path().join("story.txt"), STORY).unwrap();
        std::fs::write(dir.path().join("story.cast.toml"), cast).unwrap();
        Loop { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_ficaudio"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env("XDG_CACHE_HOME", self.path("xdg-cache"))
            .env_remove("FICAUDIO_CAST")
            .env_remove("FICAUDIO_JOBS")
            .env_remove("FICAUDIO_ENGINE")
            .env_remove("FICAUDIO_CACHE")
            .env_remove("FICAUDIO_TEST_ENGINE_DELAY");
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        let output = self.command(args).output().expect("run ficaudio");
        assert!(
            output.status.success(),
            "ficaudio {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// Renders with the cache in `cache/`, one clip at a time.
    fn render(&self, extra: &[&str]) -> Output {
        let mut args = vec!["render", "story.txt", "--cache", "cache", "-j", "1"];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// Every engine call so far: (voice, text).
    fn calls(&self) -> Vec<(String, String)> {
        std::fs::read_to_string(self.path("engine.log"))
            .unwrap_or_default()
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(voice, text)| (voice.to_string(), text.trim_end().to_string()))
            .collect()
    }

    fn edit(&self, name: &str, from: &str, to: &str) {
        let path = self.path(name);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from} not in {name}");
        std::fs::write(path, text.replace(from, to)).unwrap();
    }

    /// The story's records as `script --json` gives them.
    fn records(&self) -> Vec<Value> {
        let output = self.run(&["script", "story.txt", "--json"]);
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|line| serde_json::from_str(line).expect("JSON line"))
            .collect()
    }

    /// Distinct spoken texts of a speaker.
    fn texts_of(&self, speaker: &str) -> BTreeSet<String> {
        self.records()
            .iter()
            .filter(|record| record["speaker"] == speaker && record["kind"] != "break")
            .map(|record| record["text"].as_str().unwrap_or_default().to_string())
            .collect()
    }
}

fn write_tone(path: &Path, frequency: f32, samples: usize) {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 16_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::create(path, spec).unwrap();
    for index in 0..samples {
        let value = (index as f32 * frequency * std::f32::consts::TAU / 16_000.0).sin() * 8_000.0;
        writer.write_sample(value as i16).unwrap();
    }
    writer.finalize().unwrap();
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !condition() {
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn changing_one_voice_synthesizes_only_that_characters_lines() {
    let story = Loop::new("");
    story.render(&[]);
    let first = story.calls();
    let distinct: BTreeSet<&(String, String)> = first.iter().collect();
    assert_eq!(
        distinct.len(),
        first.len(),
        "each distinct clip is made once"
    );
    assert!(first.iter().any(|(voice, _)| voice == "tobin-a"));

    story.edit("story.cast.toml", "log:tobin-a", "log:tobin-b");
    story.render(&[]);
    let second: Vec<(String, String)> = story.calls().split_off(first.len());
    let tobin = story.texts_of("tobin");
    assert!(!tobin.is_empty());
    assert_eq!(
        second.len(),
        tobin.len(),
        "one call per line of Tobin's: {second:?}"
    );
    assert!(
        second
            .iter()
            .all(|(voice, text)| voice == "tobin-b" && tobin.contains(text)),
        "{second:?}"
    );

    // Nothing changed: nothing is synthesized.
    let before = story.calls().len();
    let output = story.render(&[]);
    assert_eq!(story.calls().len(), before);
    assert!(
        stderr(&output).contains("0 synthesized"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn editing_one_paragraph_resynthesizes_only_its_segments() {
    let story = Loop::new("");
    story.render(&[]);
    let before = story.calls().len();
    story.edit(
        "story.txt",
        "The wind pushed at the glass",
        "The wind pressed at the glass",
    );
    story.render(&[]);
    let after: Vec<(String, String)> = story.calls().split_off(before);
    assert_eq!(after.len(), 1, "{after:?}");
    assert_eq!(after[0].0, "narrator-voice");
    assert!(after[0].1.starts_with("The wind pressed"), "{after:?}");
}

#[test]
fn a_killed_render_resumes_to_the_same_bytes() {
    // The reference: one uninterrupted render.
    let reference = Loop::new("");
    reference.render(&[]);
    let expected = std::fs::read(reference.path("story.wav")).unwrap();
    let distinct = reference.calls().len();
    assert!(distinct >= 8, "the story has enough clips to kill midway");

    let story = Loop::new("");
    let mut kills = 0;
    for kill_after in [1, distinct / 2, distinct - 2] {
        let mut child = story
            .command(&["render", "story.txt", "--cache", "cache", "-j", "1", "-q"])
            .env("FICAUDIO_TEST_ENGINE_DELAY", "0.2")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start render");
        wait_until("the engine to be called", || {
            story.calls().len() >= kill_after
        });
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        kills += 1;
    }
    let before_last = story.calls().len();
    story.render(&[]);
    let calls = story.calls();
    assert_eq!(
        std::fs::read(story.path("story.wav")).unwrap(),
        expected,
        "byte-identical to an uninterrupted render"
    );
    // Each kill may lose the one clip being made; nothing else is made twice.
    assert!(
        calls.len() <= distinct + kills,
        "{} calls for {distinct} clips",
        calls.len()
    );
    assert!(
        calls.len() - before_last < distinct,
        "the last render reused the finished clips"
    );
    let unique: BTreeSet<&(String, String)> = calls.iter().collect();
    assert_eq!(unique.len(), distinct);
}

#[test]
fn plan_reports_per_speaker_without_synthesizing() {
    let story = Loop::new("");
    story.render(&[]);
    story.edit("story.cast.toml", "log:tobin-a", "log:tobin-b");
    let before = story.calls().len();
    let output = story.run(&["render", "story.txt", "--cache", "cache", "--plan"]);
    assert_eq!(story.calls().len(), before, "--plan synthesizes nothing");
    let report = stdout(&output);
    let row = |name: &str| {
        report
            .lines()
            .find(|line| line.starts_with(name))
            .unwrap_or_else(|| panic!("no row for {name}:\n{report}"))
            .to_string()
    };
    let tobin_lines = story.texts_of("tobin").len();
    assert!(
        row("Tobin").contains(&format!("{tobin_lines} clips (~")),
        "{report}"
    );
    assert!(row("Mara").contains("0 clips (~0 s)"), "{report}");
    assert!(row("Narrator").contains("0 clips (~0 s)"), "{report}");
    assert!(
        row("total").contains(&format!("{tobin_lines} clips (~")),
        "{report}"
    );
}

#[test]
fn only_renders_one_speakers_lines() {
    let story = Loop::new("");
    let output = story.render(&["--only", "mara"]);
    assert!(
        story.path("story.preview.wav").exists(),
        "a preview has its own file"
    );
    assert!(
        !story.path("story.wav").exists(),
        "a preview never overwrites the render"
    );
    let calls = story.calls();
    assert!(!calls.is_empty());
    assert!(
        calls.iter().all(|(voice, _)| voice == "mara-a"),
        "{calls:?}"
    );
    assert_eq!(
        calls.len(),
        story.texts_of("mara").len(),
        "{}",
        stderr(&output)
    );

    let failed = story
        .command(&[
            "render",
            "story.txt",
            "--cache",
            "cache",
            "--only",
            "Nobody",
        ])
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(1));
    let message = stderr(&failed);
    assert!(
        message.contains("`Nobody` speaks no line") && message.contains("hint: speakers: narrator"),
        "{message}"
    );
}

#[test]
fn from_to_renders_those_paragraphs() {
    let story = Loop::new("");
    // Paragraphs 3 and 4: Tobin's first line, then Mara's answer with its beat.
    story.render(&["--from", "3", "--to", "4"]);
    let wanted: BTreeSet<String> = story
        .records()
        .iter()
        .filter(|record| (2..=3).contains(&record["paragraph"].as_u64().unwrap()))
        .map(|record| record["text"].as_str().unwrap().to_string())
        .collect();
    let made: BTreeSet<String> = story.calls().into_iter().map(|(_, text)| text).collect();
    assert_eq!(made, wanted);
    assert!(story.path("story.preview.wav").exists());
}

#[test]
fn pronounce_changes_what_the_engine_hears() {
    let story = Loop::new("\n[pronounce]\n\"Tobin\" = \"Toe bin\"\n");
    story.render(&[]);
    let calls = story.calls();
    assert!(
        calls
            .iter()
            .any(|(_, text)| text.contains("Toe bin laughed")),
        "{calls:?}"
    );
    assert!(
        !calls.iter().any(|(_, text)| text.contains("Tobin")),
        "{calls:?}"
    );
    // The timeline keeps the story's own words.
    let records = story.records();
    assert!(records.iter().any(|record| record["text"]
        .as_str()
        .unwrap_or_default()
        .contains("Tobin")));
}

#[test]
fn cache_command_reports_and_prunes() {
    let story = Loop::new("");
    story.render(&[]);
    let clips = story.calls().len();
    let report = stdout(&story.run(&["cache", "--cache", "cache"]));
    assert!(report.contains(&format!("{clips} clips, ")), "{report}");
    let pruned = stdout(&story.run(&[
        "cache",
        "--cache",
        "cache",
        "--prune",
        "--older-than",
        "30d",
    ]));
    assert!(pruned.contains("removed 0 clips"), "{pruned}");
    let pruned = stdout(&story.run(&["cache", "--cache", "cache", "--prune"]));
    assert!(
        pruned.contains(&format!("removed {clips} clips")) && pruned.contains("\n0 clips, "),
        "{pruned}"
    );
    let bad = story
        .command(&["cache", "--cache", "cache", "--prune", "--max-size", "lots"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("`lots` is not a size"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn no_progress_line_when_stderr_is_not_a_terminal() {
    let story = Loop::new("");
    let output = story.render(&[]);
    let message = stderr(&output);
    assert!(
        !message.contains('\r') && !message.contains("\u{1b}["),
        "{message:?}"
    );
    assert!(
        message
            .lines()
            .all(|line| line.starts_with("note: ") || line.starts_with("wrote `")),
        "{message}"
    );
}

#[test]
fn watch_renders_again_when_the_story_is_saved() {
    let story = Loop::new("");
    let mut child = story
        .command(&[
            "render",
            "story.txt",
            "--cache",
            "cache",
            "-j",
            "1",
            "--watch",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start watch");
    wait_until("the first render", || story.path("story.wav").exists());
    let first = story.calls().len();
    wait_until("the first render to finish", || {
        story.calls().len() == first && story.path("story.wav").exists()
    });
    std::thread::sleep(Duration::from_millis(300));
    story.edit("story.txt", "grey water", "dark water");
    wait_until("the second render", || {
        story
            .calls()
            .iter()
            .any(|(_, text)| text.contains("dark water"))
    });
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        story.calls().len(),
        first + 1,
        "only the edited paragraph was made again"
    );
}

// ---- ficaudio cast ----

fn cast_of(dir: &Path, story: &str, extra: &[&str]) -> (toml::Table, String) {
    let mut args = vec!["cast", story];
    args.extend_from_slice(extra);
    let output = Command::new(env!("CARGO_BIN_EXE_ficaudio"))
        .args(&args)
        .current_dir(dir)
        .env_remove("FICAUDIO_CAST")
        .env_remove("FICAUDIO_ENGINE")
        .output()
        .expect("run ficaudio cast");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    (
        text.parse::<toml::Table>()
            .unwrap_or_else(|error| panic!("{error}\n{text}")),
        text,
    )
}

/// Every name and alias of each character, lower case, by id.
fn names(cast: &toml::Table) -> HashMap<String, Vec<String>> {
    let characters = cast
        .get("characters")
        .and_then(|value| value.as_table())
        .cloned()
        .unwrap_or_default();
    characters
        .iter()
        .map(|(id, character)| {
            let mut all = vec![character
                .get("name")
                .and_then(|name| name.as_str())
                .unwrap_or(id)
                .to_lowercase()];
            if let Some(aliases) = character
                .get("aliases")
                .and_then(|aliases| aliases.as_array())
            {
                all.extend(
                    aliases
                        .iter()
                        .filter_map(|alias| alias.as_str())
                        .map(str::to_lowercase),
                );
            }
            (id.clone(), all)
        })
        .collect()
}

#[test]
fn cast_drafts_characters_with_distinct_voices() {
    let story = Loop::new("");
    std::fs::remove_file(story.path("story.cast.toml")).unwrap();
    let (cast, text) = cast_of(story.dir.path(), "story.txt", &[]);
    let names = names(&cast);
    let characters = cast["characters"].as_table().unwrap();
    let find = |name: &str| {
        names
            .iter()
            .find(|(_, all)| all.contains(&name.to_string()))
            .map(|(id, _)| &characters[id])
    };
    let mara = find("mara").unwrap_or_else(|| panic!("Mara found:\n{text}"));
    let tobin = find("tobin").unwrap_or_else(|| panic!("Tobin found:\n{text}"));
    assert_eq!(mara["gender"].as_str(), Some("female"), "{text}");
    assert!(tobin.get("pov").is_none());
    let mut voices: Vec<&str> = characters
        .values()
        .filter_map(|character| character["voice"].as_str())
        .collect();
    voices.push(cast["narrator"]["voice"].as_str().unwrap());
    let count = voices.len();
    voices.sort_unstable();
    voices.dedup();
    assert_eq!(voices.len(), count, "distinct voices:\n{text}");
    assert!(
        text.contains("# Mara: 3 lines"),
        "line counts in comments:\n{text}"
    );
}

#[test]
fn cast_with_an_existing_cast_keeps_every_choice() {
    let story = Loop::new("");
    let mine = "# My cast.\n[narrator]\nvoice = \"espeak:en-us+m1\"  # the one I like\n\n[characters.m]\nname = \"Mara\"\nvoice = \"espeak:en+f4\"\n";
    std::fs::write(story.path("story.cast.toml"), mine).unwrap();
    let (cast, text) = cast_of(
        story.dir.path(),
        "story.txt",
        &["--cast", "story.cast.toml", "-o", "story.cast.toml", "-q"],
    );
    assert!(text.is_empty(), "-o writes the file, not stdout");
    let _ = cast;
    let written = std::fs::read_to_string(story.path("story.cast.toml")).unwrap();
    assert!(written.starts_with(mine), "{written}");
    let parsed: toml::Table = written.parse().unwrap();
    let names = names(&parsed);
    assert_eq!(
        names
            .values()
            .filter(|all| all.contains(&"mara".to_string()))
            .count(),
        1,
        "{written}"
    );
    assert!(
        names.values().any(|all| all.contains(&"tobin".to_string())),
        "{written}"
    );
    // Run again: nothing new, nothing changed.
    cast_of(
        story.dir.path(),
        "story.txt",
        &["--cast", "story.cast.toml", "-o", "story.cast.toml", "-q"],
    );
    assert_eq!(
        std::fs::read_to_string(story.path("story.cast.toml")).unwrap(),
        written
    );
}

#[test]
fn cast_of_the_seed_story_finds_kylo_and_the_reader() {
    let Some(shared) = common::shared() else {
        return;
    };
    let directory = tempfile::tempdir().unwrap();
    // Copied so the cast beside the original is not used.
    std::fs::copy(
        shared.join("stories/we-should-leave.txt"),
        directory.path().join("story.txt"),
    )
    .unwrap();
    let (cast, text) = cast_of(directory.path(), "story.txt", &[]);
    let characters = cast["characters"].as_table().unwrap();
    let names = names(&cast);
    let kylo = names
        .iter()
        .find(|(_, all)| all.contains(&"kylo".to_string()))
        .map(|(id, _)| &characters[id])
        .unwrap_or_else(|| panic!("Kylo found:\n{text}"));
    assert_eq!(kylo["gender"].as_str(), Some("male"), "{text}");
    let povs: Vec<&toml::Value> = characters
        .values()
        .filter(|character| character.get("pov").is_some())
        .collect();
    assert_eq!(povs.len(), 1, "{text}");
    assert_eq!(povs[0]["name"].as_str(), Some("Y/N"), "{text}");
    assert_eq!(povs[0]["gender"].as_str(), Some("female"), "{text}");
    assert!(kylo.get("pov").is_none());
}

/// The characters `ficaudio cast` finds must cover ≥ 90% of each PDNC dev novel's
/// quotes (a quote is covered when a found name or alias is a name or alias of its
/// gold speaker). Prints the per-novel numbers.
#[test]
fn cast_covers_the_pdnc_quotes() {
    let Some(shared) = common::shared() else {
        return;
    };
    let root = shared.join("pdnc-dev");
    let Ok(entries) = std::fs::read_dir(&root) else {
        eprintln!("skipped: no {}", root.display());
        return;
    };
    let mut novels: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join("text.txt").is_file())
        .collect();
    novels.sort();
    let normalize = |name: &str| {
        let lower = name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        lower
            .strip_prefix("the ")
            .map(str::to_string)
            .unwrap_or(lower)
    };
    let mut failures = Vec::new();
    for novel in &novels {
        let (cast, _) = cast_of(novel, "text.txt", &["--cast", "/dev/null", "-q"]);
        let found: BTreeSet<String> = names(&cast)
            .into_values()
            .flatten()
            .map(|name| normalize(&name))
            .collect();
        let characters: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(novel.join("characters.json")).unwrap())
                .unwrap();
        let gold_names: HashMap<String, Vec<String>> = characters
            .iter()
            .map(|character| {
                let name = character["name"].as_str().unwrap_or_default().to_string();
                let mut all = vec![normalize(&name)];
                all.extend(
                    character["aliases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(normalize),
                );
                (name, all)
            })
            .collect();
        let mut speaker_of_quote: HashMap<String, String> = HashMap::new();
        for line in std::fs::read_to_string(novel.join("spans.jsonl"))
            .unwrap()
            .lines()
        {
            let span: Value = serde_json::from_str(line).unwrap();
            speaker_of_quote.insert(
                span["quote_id"].as_str().unwrap_or_default().to_string(),
                span["speaker"].as_str().unwrap_or_default().to_string(),
            );
        }
        let covered = speaker_of_quote
            .values()
            .filter(|speaker| {
                let all = gold_names
                    .get(*speaker)
                    .cloned()
                    .unwrap_or_else(|| vec![normalize(speaker)]);
                all.iter().any(|name| found.contains(name))
            })
            .count();
        let share = covered as f64 / speaker_of_quote.len().max(1) as f64;
        let name = novel.file_name().unwrap().to_string_lossy().into_owned();
        eprintln!(
            "{name:32} {:5.1}% of {} quotes covered by {} characters",
            share * 100.0,
            speaker_of_quote.len(),
            cast["characters"].as_table().map_or(0, |table| table.len())
        );
        if share < 0.9 {
            failures.push(name);
        }
    }
    assert!(failures.is_empty(), "below 90%: {failures:?}");
}

#[test]
fn cast_redirected_over_the_sibling_cast_is_drafted_whole() {
    let story = Loop::new("");
    // What the shell leaves of `ficaudio cast story.txt > story.cast.toml`.
    std::fs::write(story.path("story.cast.toml"), "").unwrap();
    let (cast, text) = cast_of(story.dir.path(), "story.txt", &[]);
    assert!(cast.contains_key("narrator"), "{text}");
    assert!(text.starts_with("# Cast of `story.txt`"), "{text}");
}
