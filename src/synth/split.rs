//! Text longer than an engine takes, spoken as several pieces and joined into one clip.
//!
//! In: a segment's spoken text, the engine's maximum length in characters
//! ([`super::Engine::max_chars`]). Out: pieces cut at sentence ends (`. ! ? …`
//! followed by a space, closing quotes kept with their sentence), else at clause
//! marks (`, ; :`), else at spaces — never inside a word, never empty; and, for
//! synthesis, one WAV at the clip's path holding the pieces in order with a short
//! pause between them. Joining here, below the cache, keeps one clip per segment,
//! so the cache key, the mix and the timeline are the same as for a short segment.

use std::path::{Path, PathBuf};

use super::{wav, Engine, SynthError, VoiceSettings};

/// Silence between two pieces of one segment: a sentence's natural pause.
const PIECE_PAUSE_SECONDS: f64 = 0.12;

const SENTENCE_ENDS: &[char] = &['.', '!', '?', '…'];
const CLAUSE_MARKS: &[char] = &[',', ';', ':'];
/// Closing quotes and brackets that stay with the sentence they end.
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];

/// Splits `text` into pieces of at most `max_chars` characters (a single word
/// longer than that stays whole: cutting it would garble it).
pub fn split_text(text: &str, max_chars: usize) -> Vec<&str> {
    let max_chars = max_chars.max(1);
    let mut pieces = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        // Byte index just past the first `max_chars` characters.
        let Some((limit, _)) = rest.char_indices().nth(max_chars) else {
            pieces.push(rest);
            break;
        };
        let cut = last_mark_break(rest, limit, SENTENCE_ENDS)
            .or_else(|| last_mark_break(rest, limit, CLAUSE_MARKS))
            .or_else(|| last_space(rest, limit))
            .or_else(|| {
                rest[limit..]
                    .find(char::is_whitespace)
                    .map(|offset| limit + offset)
            })
            .unwrap_or(rest.len());
        let (piece, tail) = rest.split_at(cut);
        pieces.push(piece.trim_end());
        rest = tail.trim_start();
    }
    pieces
}

/// The end of the last `marks` character (with its closing quotes) that is
/// followed by whitespace and ends at or before `limit`.
fn last_mark_break(text: &str, limit: usize, marks: &[char]) -> Option<usize> {
    let mut best = None;
    for (index, character) in text.char_indices() {
        if index >= limit {
            break;
        }
        if !marks.contains(&character) {
            continue;
        }
        let after = &text[index + character.len_utf8()..];
        let closers: usize = after
            .chars()
            .take_while(|next| CLOSERS.contains(next))
            .map(char::len_utf8)
            .sum();
        let end = index + character.len_utf8() + closers;
        if end <= limit && text[end..].starts_with(char::is_whitespace) {
            best = Some(end);
        }
    }
    best
}

/// The last whitespace at or before `limit` (the text is trimmed, so never at 0).
fn last_space(text: &str, limit: usize) -> Option<usize> {
    let window_end = text[limit..]
        .chars()
        .next()
        .map_or(limit, |next| limit + next.len_utf8());
    text[..window_end]
        .char_indices()
        .rev()
        .find(|(index, character)| character.is_whitespace() && *index > 0)
        .map(|(index, _)| index)
}

/// Speaks each piece of `text` with `engine` and joins them into one WAV at `out`
/// (the first piece's rate and channels, 32-bit float). Piece files sit beside
/// `out` (the cache's temporary directory) and are removed whatever happens.
pub fn speak_in_pieces(
    engine: &dyn Engine,
    name: &str,
    text: &str,
    voice: &str,
    settings: &VoiceSettings,
    out: &Path,
    max_chars: usize,
) -> Result<(), SynthError> {
    let pieces = split_text(text, max_chars);
    let file_name = out
        .file_name()
        .map_or_else(|| "clip".into(), |name| name.to_string_lossy());
    let paths: Vec<PathBuf> = (0..pieces.len())
        .map(|index| out.with_file_name(format!("{file_name}.piece{index}.wav")))
        .collect();
    let outcome = join_pieces(engine, name, &pieces, &paths, voice, settings, out);
    for path in &paths {
        let _ = std::fs::remove_file(path);
    }
    outcome
}

fn join_pieces(
    engine: &dyn Engine,
    name: &str,
    pieces: &[&str],
    paths: &[PathBuf],
    voice: &str,
    settings: &VoiceSettings,
    out: &Path,
) -> Result<(), SynthError> {
    let bad = |reason: String| SynthError::BadOutput {
        command: format!("{name}:{voice}"),
        reason,
    };
    let mut joined: Option<crate::mix::Clip> = None;
    for (piece, path) in pieces.iter().zip(paths) {
        engine.speak(piece, voice, settings, path)?;
        if let Some(reason) = wav::problem(path) {
            return Err(bad(reason));
        }
        let clip = crate::mix::read_clip(path).map_err(|error| bad(error.to_string()))?;
        match joined.as_mut() {
            None => joined = Some(clip),
            Some(whole) => {
                let mapped =
                    crate::mix::clip::map_channels(&clip.samples, clip.channels, whole.channels);
                let samples =
                    crate::mix::clip::resample(&mapped, whole.channels, clip.rate, whole.rate)
                        .map_err(|error| bad(error.to_string()))?;
                let pause_frames = (f64::from(whole.rate) * PIECE_PAUSE_SECONDS).round() as usize;
                let pause = pause_frames * usize::from(whole.channels);
                whole.samples.extend(std::iter::repeat_n(0.0, pause));
                whole.samples.extend_from_slice(&samples);
            }
        }
    }
    let Some(whole) = joined else {
        return Err(bad("the text has nothing to speak".to_string()));
    };
    let spec = hound::WavSpec {
        channels: whole.channels,
        sample_rate: whole.rate,
        bits_per_sample: 32,
        sample_format: hound::SampleFormat::Float,
    };
    let write = || -> Result<(), hound::Error> {
        let mut writer = hound::WavWriter::create(out, spec)?;
        for sample in &whole.samples {
            writer.write_sample(*sample)?;
        }
        writer.finalize()
    };
    write().map_err(|error| bad(format!("cannot join the pieces ({error})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_cut_at_the_best_boundary_that_fits() {
        let cases: &[(&str, usize, &[&str])] = &[
            ("Short text.", 40, &["Short text."]),
            ("", 10, &[]),
            ("   ", 10, &[]),
            (
                "One sentence here. Another one there.",
                25,
                &["One sentence here.", "Another one there."],
            ),
            ("Stop! Go? Yes… fine.", 12, &["Stop! Go?", "Yes… fine."]),
            (
                "\"Run.\" She ran. Far away.",
                16,
                &["\"Run.\" She ran.", "Far away."],
            ),
            (
                "a clause, another clause; and more",
                20,
                &["a clause,", "another clause;", "and more"],
            ),
            (
                "no marks at all in this text",
                12,
                &["no marks at", "all in this", "text"],
            ),
            // A period inside a number is not a sentence end.
            ("It costs 3.50 now ok", 14, &["It costs 3.50", "now ok"]),
            // A word longer than the limit stays whole.
            (
                "a supercalifragilistic word",
                8,
                &["a", "supercalifragilistic", "word"],
            ),
            ("exactly ten", 11, &["exactly ten"]),
        ];
        for (text, max, expected) in cases {
            assert_eq!(&split_text(text, *max), expected, "{text:?} at {max}");
        }
    }

    #[test]
    fn pieces_fit_cover_the_words_and_are_never_empty() {
        let text = "Él dijo: «¡Vámonos ya!» Y se fue… Nadie, ni siquiera Ana, supo por qué; \
                    la lluvia seguía cayendo sobre el puente viejo. ¿Volvería? Quizás mañana.";
        for max in [5, 10, 17, 40, 80, 1000] {
            let pieces = split_text(text, max);
            for piece in &pieces {
                assert!(!piece.is_empty());
                let single_word = !piece.contains(char::is_whitespace);
                assert!(
                    piece.chars().count() <= max || single_word,
                    "{piece:?} > {max}"
                );
            }
            let words: Vec<&str> = text.split_whitespace().collect();
            let rejoined: Vec<&str> = pieces
                .iter()
                .flat_map(|piece| piece.split_whitespace())
                .collect();
            assert_eq!(words, rejoined, "at {max}");
        }
    }
}
