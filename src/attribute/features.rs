//! The ranker's features and their weights.
//!
//! In: the weights file `weights.tsv` (feature name, tab, weight), written by
//! `scripts/fit-attribution-weights`. Out: [`Weights`], a weight per feature that
//! scores each candidate speaker as a dot product. A feature missing from the file
//! weighs nothing, so adding a feature never breaks an old weights file.
//!
//! Every signal has one weight per *tag class* of the unit (no tag, a name, an
//! ambiguous name, a pronoun, a description, or only an action beat): how much turn-taking or recency count
//! depends on whether a tag already names the speaker. The file's keys are
//! `class.signal` (`pronoun.prev_speaker`).

use std::sync::OnceLock;

/// Every signal the ranker knows, in index order.
pub const NAMES: &[&str] = &[
    "uncast",
    "tag_name",
    "tag_name_shared",
    "beat_tag_name",
    "tag_pronoun_rank1",
    "tag_pronoun_rank2",
    "tag_pronoun_rank3",
    "tag_pronoun_mismatch",
    "tag_pronoun_prev_speaker",
    "tag_pronoun_prev2_speaker",
    "tag_first_person_pov",
    "tag_second_person_pov",
    "tag_description_rank1",
    "tag_description_rank2",
    "beat_name",
    "beat_name_before",
    "beat_pronoun_rank1",
    "beat_first_person_pov",
    "mentioned_in_unit",
    "vocative_own",
    "named_inside_own",
    "vocative_prev",
    "named_inside_prev",
    "prev_speaker",
    "prev2_speaker",
    "prev_speaker_gap",
    "prev2_speaker_gap",
    "mentioned_between",
    "subject_between",
    "salience_rank1",
    "salience_rank2",
    "salience_rank3",
    "spoke_recently",
    "log_spoken",
    "log_mentioned",
    "pov",
    "pov_first_person_narration",
    "untagged_prev_speaker",
    "untagged_prev2_speaker",
    "gender_unknown",
    "tag_first_person_other",
    "beat_pronoun_rank2",
    "prev_speaker_vocative_prev",
    "next_subject",
    "anchor_next_even",
    "anchor_next_odd",
    "anchor_previous_even",
    "anchor_previous_odd",
    "tag_pronoun_sole_participant",
    "tag_description_sole_participant",
    "participant",
    "beat_anchor_next_even",
    "beat_anchor_next_odd",
    "beat_anchor_previous_even",
    "beat_anchor_previous_odd",
    "tag_description_same",
    "vocative_next",
    "log_mentioned_total",
    "mentioned_ahead",
    "addressed_own",
    "addressed_prev",
    "tag_pronoun_addressee",
    "tag_name_common",
    "tag_description_title",
    "tag_pronoun_latest_subject",
    "tag_pronoun_protagonist",
    "subject_previous_paragraph",
    "tag_pronoun_narrated1",
    "tag_pronoun_narrated2",
    "idiolect_rank1",
    "idiolect_rank2",
    "idiolect_participant",
    "idiolect_above",
    "idiolect_below",
    "vocative_prev_gap",
    "vocative_prev_question",
    "tag_description_newcomer",
    "tag_description_mismatch",
    "beat_newcomer",
    "introduced_own",
    "pov_object_in_unit",
    "device_voice",
    "vocative_next_gap",
    "next_subject_opening",
    "departed",
    "object_previous_paragraph",
    "group",
    "vocative_exchange",
    "vocative_next_asked",
    "named_otherwise",
    "paired",
];

/// What kind of speech tag a unit has; each class has its own weights.
pub const CLASSES: &[&str] = &[
    "untagged",
    "named",
    "shared",
    "pronoun",
    "description",
    "beat",
];

/// Number of signals.
pub const SIGNALS: usize = NAMES.len();

/// The weights file key of a feature index (`class.signal`).
pub fn name(feature: usize) -> String {
    format!(
        "{}.{}",
        CLASSES[feature / SIGNALS % CLASSES.len()],
        NAMES[feature % SIGNALS]
    )
}

/// Whether `name` is a signal (`vocative_prev`), for tools that take one by name.
pub fn is_signal(name: &str) -> bool {
    NAMES.contains(&name)
}

/// Index of a signal by name; a compile-time error for a misspelt constant name.
pub const fn index(name: &str) -> usize {
    let mut position = 0;
    while position < NAMES.len() {
        if const_eq(NAMES[position], name) {
            return position;
        }
        position += 1;
    }
    panic!("unknown feature name");
}

const fn const_eq(left: &str, right: &str) -> bool {
    let (left, right) = (left.as_bytes(), right.as_bytes());
    if left.len() != right.len() {
        return false;
    }
    let mut position = 0;
    while position < left.len() {
        if left[position] != right[position] {
            return false;
        }
        position += 1;
    }
    true
}

/// Number of weights: one per signal and tag class.
pub const COUNT: usize = SIGNALS * CLASSES.len();

/// One weight per feature.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    pub values: Vec<f32>,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            values: vec![0.0; COUNT],
        }
    }
}

impl Weights {
    /// Parses `class.signal<TAB>weight` lines; `#` starts a comment. A key without a
    /// class sets the signal in every class. Unknown names are errors so a renamed
    /// feature is noticed.
    pub fn parse(text: &str) -> Result<Weights, String> {
        let mut weights = Weights::default();
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut fields = line.split_whitespace();
            let (Some(name), Some(value), None) = (fields.next(), fields.next(), fields.next())
            else {
                return Err(format!("line {}: expected `name weight`", number + 1));
            };
            let value: f32 = value
                .parse()
                .map_err(|_| format!("line {}: `{value}` is not a number", number + 1))?;
            let (classes, signal) = match name.split_once('.') {
                Some((class, signal)) => {
                    let class = CLASSES
                        .iter()
                        .position(|known| *known == class)
                        .ok_or_else(|| {
                            format!("line {}: unknown tag class `{class}`", number + 1)
                        })?;
                    (class..class + 1, signal)
                }
                None => (0..CLASSES.len(), name),
            };
            let position = NAMES
                .iter()
                .position(|known| *known == signal)
                .ok_or_else(|| format!("line {}: unknown feature `{name}`", number + 1))?;
            for class in classes {
                weights.values[class * SIGNALS + position] = value;
            }
        }
        Ok(weights)
    }

    /// The weights shipped with ficaudio.
    pub fn builtin() -> &'static Weights {
        static BUILTIN: OnceLock<Weights> = OnceLock::new();
        BUILTIN.get_or_init(|| Weights::parse(include_str!("weights.tsv")).unwrap_or_default())
    }

    /// The weights file text, one feature per line.
    pub fn to_text(&self, header: &str) -> String {
        let mut text = String::new();
        for line in header.lines() {
            text.push_str("# ");
            text.push_str(line);
            text.push('\n');
        }
        for (feature, value) in self.values.iter().enumerate() {
            text.push_str(&format!("{}\t{value:.4}\n", name(feature)));
        }
        text
    }

    /// A candidate's score: the dot product with its sparse features.
    pub fn score(&self, features: &[(u16, f32)]) -> f32 {
        features
            .iter()
            .map(|&(feature, value)| self.values[feature as usize] * value)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_weights_parse() {
        let text = include_str!("weights.tsv");
        assert!(Weights::parse(text).is_ok(), "{:?}", Weights::parse(text));
    }

    #[test]
    fn weights_round_trip() {
        let mut weights = Weights::default();
        weights.values[SIGNALS + index("tag_name")] = 3.5;
        let parsed = Weights::parse(&weights.to_text("fitted")).unwrap();
        assert_eq!(parsed, weights);
    }

    #[test]
    fn bad_lines_are_reported() {
        assert!(Weights::parse("nonsense 1\n")
            .unwrap_err()
            .contains("unknown feature"));
        assert!(Weights::parse("tag_name x\n")
            .unwrap_err()
            .contains("not a number"));
    }
}
