//! Titles and abbreviations written with a full stop that ends no sentence (`Mr.`,
//! `Capt.`, `Jr.`), shared by the quote finder, the attributor's tokenizer and the
//! cast draft, so that all three read `Mr. Lamb, sit down.` as one sentence.

/// The abbreviations, lower case, without their period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "mme", "mlle", "capt", "col", "gen", "lt", "sgt", "prof", "rev",
    "messrs", "hon", "jr", "sr", "mt", "ft",
];

/// True when `word` (without its period, any case) is one of them.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS
        .iter()
        .any(|abbreviation| abbreviation.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_any_case() {
        for (word, expected) in [
            ("Mr", true),
            ("MRS", true),
            ("jr", true),
            ("Mrs.", false),
            ("Mister", false),
        ] {
            assert_eq!(is_abbreviation(word), expected, "{word}");
        }
    }
}
