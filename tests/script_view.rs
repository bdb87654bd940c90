//! The screenplay view of `ficaudio script`, pinned with a snapshot: speakers above
//! their lines, narration set apart, scene breaks, low-confidence marks.

mod common;

use common::Run;

#[test]
fn screenplay_of_the_demo_story() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/demo");
    let run = Run::new()
        .file(
            "story.txt",
            std::fs::read(root.join("the-lighthouse.txt")).unwrap(),
        )
        .file(
            "cast.toml",
            std::fs::read(root.join("the-lighthouse.cast.toml")).unwrap(),
        )
        .args(&["script", "story.txt", "--cast", "cast.toml"]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    insta::assert_snapshot!(outcome.stdout);
}

#[test]
fn screenplay_lists_speakers_outside_the_cast() {
    let run = Run::new()
        .file(
            "story.txt",
            "\"Where is the ship?\" asked Captain Ortega.\n\"Gone,\" said Lina.\n",
        )
        .args(&["script", "story.txt"]);
    let outcome = run.run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    insta::assert_snapshot!(outcome.stdout);
}
