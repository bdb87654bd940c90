//! "Did you mean …?" for unknown cast keys: the valid key nearest to a typo.
//!
//! In: an unknown key as a dotted path (`characters.kylo.voise`). Out: the valid key
//! it most likely meant (`voice`), when one is close enough to be a typo.

const TOP: &[&str] = &[
    "narrator",
    "characters",
    "pauses",
    "output",
    "mix",
    "engines",
    "voices",
    "fix",
    "pronounce",
];
const NARRATOR: &[&str] = &["voice", "rate", "pitch", "volume"];
const CHARACTER: &[&str] = &[
    "name",
    "aliases",
    "gender",
    "pov",
    "voice",
    "pause_before",
    "pause_after",
    "rate",
    "pitch",
    "volume",
];
const ENGINE: &[&str] = &[
    "kind",
    "program",
    "argv",
    "stdin",
    "timeout",
    "voices",
    "data_dir",
    "url",
    "model",
    "api_key_env",
    "concurrency",
    "retries",
    "max_chars",
];

/// The valid keys of the table that holds `dotted`'s last part.
fn siblings(dotted: &str) -> &'static [&'static str] {
    let parts: Vec<&str> = dotted.split('.').collect();
    match parts.as_slice() {
        [_] => TOP,
        ["narrator", _] => NARRATOR,
        ["characters", _, _] => CHARACTER,
        ["engines", _, _] => ENGINE,
        _ => &[],
    }
}

/// The nearest valid key to the last part of `dotted`, if it is plausibly a typo.
pub fn nearest_key(dotted: &str) -> Option<&'static str> {
    let key = dotted.rsplit('.').next().unwrap_or(dotted).to_lowercase();
    let limit = (key.chars().count() / 3).max(1);
    siblings(dotted)
        .iter()
        .map(|candidate| {
            // A truncated key (`alias` for `aliases`) is as good as a one-letter typo.
            let truncated = key.chars().count() >= 3 && candidate.starts_with(key.as_str());
            (
                if truncated {
                    1
                } else {
                    distance(&key, candidate)
                },
                *candidate,
            )
        })
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, candidate)| candidate)
}

/// Edit distance between two short strings, a swap of neighbours counting as one
/// edit (optimal string alignment), since swapped letters are the commonest typo.
fn distance(first: &str, second: &str) -> usize {
    let first: Vec<char> = first.chars().collect();
    let second: Vec<char> = second.chars().collect();
    let mut table = vec![vec![0usize; second.len() + 1]; first.len() + 1];
    for (row, cells) in table.iter_mut().enumerate() {
        cells[0] = row;
    }
    for (column, cell) in table[0].iter_mut().enumerate() {
        *cell = column;
    }
    for row in 1..=first.len() {
        for column in 1..=second.len() {
            let cost = usize::from(first[row - 1] != second[column - 1]);
            let mut best = (table[row - 1][column] + 1)
                .min(table[row][column - 1] + 1)
                .min(table[row - 1][column - 1] + cost);
            if row > 1
                && column > 1
                && first[row - 1] == second[column - 2]
                && first[row - 2] == second[column - 1]
            {
                best = best.min(table[row - 2][column - 2] + 1);
            }
            table[row][column] = best;
        }
    }
    table[first.len()][second.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_key_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("characters.kylo.voise", Some("voice")),
            ("characters.kylo.alias", Some("aliases")),
            ("characters.kylo.gendre", Some("gender")),
            ("charcters", Some("characters")),
            ("narrator.vocie", Some("voice")),
            ("engines.piper.modle", Some("model")),
            ("characters.kylo.favourite_food", None),
            ("something.deep.and.unknown", None),
        ];
        for (dotted, expected) in cases {
            assert_eq!(nearest_key(dotted), *expected, "{dotted}");
        }
    }
}
