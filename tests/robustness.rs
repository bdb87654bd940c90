//! Story input that could break a parser: no panic, a useful result or a clear
//! error, for every case the robustness issue lists.

mod common;

use std::process::{Command, Stdio};

use common::Run;

fn dialogue_texts(outcome: &common::Outcome) -> Vec<String> {
    outcome
        .records()
        .iter()
        .filter(|record| record["kind"] == "dialogue")
        .map(|record| record["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn awkward_stories_table() {
    let long_paragraph = format!(
        "\"{}\" she said at last.\n",
        "and then it went on ".repeat(1_000)
    );
    // (name, story, fewest dialogue records expected; None: a clear error is right)
    let cases: Vec<(&str, String, Option<usize>)> = vec![
        (
            "unbalanced straight quotes",
            "\"One, she said. \"Two.\" And \"three\n\"Four.\"\n".to_string(),
            Some(3),
        ),
        (
            "mismatched curly quotes",
            "\u{201D}Backwards\u{201C} he said. \u{201C}Open \u{201C}again.\u{201D}\n".to_string(),
            Some(2),
        ),
        ("20,000-character paragraph", long_paragraph, Some(1)),
        (
            "mixed line endings",
            "\"One,\" she said.\r\n\"Two,\" he said.\n\"Three,\" she said.\r\"Four.\"\n"
                .to_string(),
            Some(4),
        ),
        (
            "only quote marks",
            "\" \" ' ' \u{201C}\u{201D}\n\"\n".to_string(),
            None,
        ),
        (
            "no dialogue",
            "It rained.\nIt kept raining.\n".to_string(),
            Some(0),
        ),
    ];
    for (name, story, minimum_dialogue) in cases {
        let run = Run::new()
            .file("story.txt", story)
            .args(&["script", "story.txt", "--json"]);
        let outcome = run.run();
        assert!(!outcome.stderr.contains("panicked"), "{name}");
        match minimum_dialogue {
            Some(minimum) => {
                assert_eq!(outcome.status, 0, "{name}: {}", outcome.stderr);
                let dialogue = dialogue_texts(&outcome);
                assert!(dialogue.len() >= minimum, "{name}: {dialogue:?}");
            }
            None => {
                assert_eq!(outcome.status, 1, "{name}");
                assert!(
                    outcome.stderr.starts_with("error: ") && outcome.stderr.contains("hint: "),
                    "{name}: {}",
                    outcome.stderr
                );
            }
        }
    }
}

#[test]
fn a_50_megabyte_story_is_read_without_trouble() {
    let run = Run::new();
    let line = "\"We should go before the storm,\" said Ann. Tom looked at the sea and frowned.\n";
    let story = line.repeat(50_000_000 / line.len() + 1);
    let run = run.file("big.txt", story);
    let status = Command::new(env!("CARGO_BIN_EXE_ficaudio"))
        .args(["script", "big.txt", "--json", "-q"])
        .current_dir(run.dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("run ficaudio");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}
