//! Property tests over input parsing and segmentation: whatever the bytes, no panic,
//! every offset on a char boundary inside the input, segments in order and never
//! overlapping, and each segment's text is the file's bytes at its offsets.

use std::path::Path;

use ficaudio::input::parse_story;
use ficaudio::segment::segment;
use proptest::prelude::*;

/// Text made mostly of the characters that matter to the parser.
fn story_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "'",
        "\u{201C}",
        "\u{201D}",
        "\u{2018}",
        "\u{2019}",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        " ",
        "said",
        "Kylo",
        "I",
        ",",
        ".",
        "?",
        "* * *",
        "---",
        "oOo",
        "Chapter 1",
        "A/N:",
        "Y/N",
        "don't",
        "boys'",
        "'em",
        "\u{e9}",
        "\u{1F600}",
        "\t",
        "\0",
        "Where stories live. Discover now",
        "3.9K 59 4",
        "*",
        "_",
        "#",
        "<p>",
        "</p>",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|pieces| pieces.concat())
}

fn check(bytes: &[u8]) {
    let Ok(story) = parse_story(Path::new("story.txt"), bytes, None, false) else {
        return; // a clear error is a fine outcome
    };
    let segments = segment(&story.document);
    let text = std::str::from_utf8(bytes).ok();
    let mut previous_end = 0;
    for piece in &segments {
        let (Some(start), Some(end)) = (piece.start, piece.end) else {
            continue;
        };
        assert!(
            start <= end && end <= bytes.len(),
            "offsets inside the input: {start}..{end} of {}",
            bytes.len()
        );
        assert!(
            start >= previous_end,
            "segments in order, not overlapping: {start} < {previous_end}"
        );
        previous_end = end;
        if let Some(text) = text {
            assert!(
                text.is_char_boundary(start) && text.is_char_boundary(end),
                "char boundaries"
            );
            let slice: String = text[start..end]
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                .collect();
            assert_eq!(slice, piece.text, "text is the file's bytes at its offsets");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn segmentation_of_story_like_text_holds_its_invariants(text in story_text()) {
        check(text.as_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }
}

/// Inputs that once broke a parser like this one; they must never panic again.
#[test]
fn regression_inputs_do_not_panic() {
    let long_paragraph = format!("\"{}\"", "word ".repeat(4_000));
    let cases: Vec<Vec<u8>> = vec![
        b"\"".to_vec(),
        b"'".to_vec(),
        "\u{201D}\u{201C}".as_bytes().to_vec(),
        b"\"\"\"\"\"".to_vec(),
        b"\xEF\xBB\xBF\"Hi\"".to_vec(),
        b"\xFF\xFE\"\0H\0i\0\"\0".to_vec(),
        b"line\rline\r\nline\nline".to_vec(),
        b"\x93Hello,\x94 she said.".to_vec(),
        long_paragraph.into_bytes(),
        "'Tis 'twas 'em rock 'n' roll the boys' '90s"
            .as_bytes()
            .to_vec(),
    ];
    for case in cases {
        check(&case);
    }
}
