//! Whole-stage tests: hand-written passages through segment and attribute.

use super::*;
use crate::cast::{parse_cast, Character};
use crate::input::parse_plain;
use crate::segment::segment;

/// Speakers of the dialogue segments of `story`, in order.
fn speakers(story: &str, cast: &Cast) -> Vec<String> {
    let document = parse_plain(story, 0);
    let mut segments = segment(&document);
    attribute(&document, &mut segments, cast);
    segments
        .iter()
        .filter(|segment| segment.kind == SegmentKind::Dialogue)
        .map(|segment| segment.speaker.clone())
        .collect()
}

fn character(id: &str, name: &str, aliases: &[&str], gender: Gender, pov: bool) -> Character {
    Character {
        id: id.to_string(),
        name: name.to_string(),
        aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
        gender: Some(gender),
        pov,
        voice: None,
    }
}

fn cast_of(characters: Vec<Character>) -> Cast {
    Cast {
        characters,
        ..Cast::default()
    }
}

/// The seed story of the render issue, with its gold speakers.
#[test]
fn seed_story_gets_every_gold_speaker() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/stories");
    let (Ok(story), Ok(cast_text), Ok(gold)) = (
        std::fs::read_to_string(shared.join("we-should-leave.txt")),
        std::fs::read_to_string(shared.join("we-should-leave.cast.toml")),
        std::fs::read_to_string(shared.join("we-should-leave.gold.tsv")),
    ) else {
        println!("skipped: ../shared/stories/we-should-leave.* not found");
        return;
    };
    let cast = parse_cast(
        &cast_text,
        std::path::Path::new("we-should-leave.cast.toml"),
    )
    .unwrap();
    let document = parse_plain(&story, 0);
    let mut segments = segment(&document);
    attribute(&document, &mut segments, &cast);
    let dialogue: Vec<&Segment> = segments
        .iter()
        .filter(|segment| segment.kind == SegmentKind::Dialogue)
        .collect();
    let expected: Vec<(&str, &str)> = gold
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once('\t'))
        .collect();
    assert_eq!(dialogue.len(), expected.len(), "quote count");
    let mut wrong = Vec::new();
    for (segment, (words, speaker)) in dialogue.iter().zip(&expected) {
        assert!(
            segment.text.starts_with(words),
            "{} vs {words}",
            segment.text
        );
        assert!((0.0..=1.0).contains(&segment.confidence));
        if segment.speaker != *speaker {
            wrong.push(format!("{words}: got {}, want {speaker}", segment.speaker));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
