//! Who leaves the scene.
//!
//! In: a paragraph's tokens and sentence subjects. Out: the subjects whose verb takes
//! them away (`Lachie wanders off`, `He left.`, `she hung up`), with the verb's
//! token, so the attributor can tell who is no longer there to speak until the
//! story brings them back (names them again, or hears them).

use super::tags::{Context, Subject};
use crate::cast::Gender;

/// Verbs that take their subject away on their own (`Rose left.`).
const LEAVING: &[&str] = &[
    "left",
    "leaves",
    "exits",
    "exited",
    "departs",
    "departed",
    "vanished",
    "vanishes",
    "disappeared",
    "disappears",
];

/// Verbs of moving that take their subject away with a particle (`wanders off`).
const MOVING: &[&str] = &[
    "went", "gone", "goes", "walked", "walks", "wandered", "wanders", "stormed", "storms",
    "stalked", "stalks", "headed", "heads", "hurried", "hurries", "ran", "runs", "slipped",
    "slips", "stomped", "stomps", "marched", "marches", "strode", "strides", "drifted", "drifts",
    "jogged", "jogs", "swept", "sweeps", "trudged", "trudges", "stepped", "steps",
];

/// The particles that make a verb of moving one of leaving.
const AWAY: &[&str] = &[
    "off",
    "out",
    "away",
    "outside",
    "home",
    "upstairs",
    "downstairs",
];

/// Places off the scene a verb of moving takes its subject to (`has gone to the bar`,
/// `went to the loo`), where `walked to the window` keeps them in the room.
const OFF_SCENE: &[&str] = &[
    "bar", "gents", "ladies", "loo", "toilet", "toilets", "bathroom", "lavatory", "restroom", "bed",
];

/// Verbs that end a call (`hung up`, `rang off`), with their particle.
const ENDING_CALL: &[(&str, &str)] = &[
    ("hung", "up"),
    ("hangs", "up"),
    ("rang", "off"),
    ("rings", "off"),
];

/// Verbs of falling asleep, with the word that makes them so (`fell asleep`, `nodded
/// off`); `asleep` after `was` is reached on its own, as `was` is skipped.
const FALLING_ASLEEP: &[(&str, &str)] = &[
    ("fell", "asleep"),
    ("falls", "asleep"),
    ("fallen", "asleep"),
    ("dozed", "off"),
    ("dozes", "off"),
    ("nodded", "off"),
    ("nods", "off"),
    ("passed", "out"),
    ("passes", "out"),
];

/// Words after `left` that keep its subject in the room: it put something down
/// (`Kylo left the mug on the desk`), unless what is left is a place.
const PLACES: &[&str] = &[
    "room",
    "house",
    "kitchen",
    "office",
    "building",
    "table",
    "bar",
    "shop",
    "hall",
    "studio",
    "flat",
    "apartment",
    "ward",
    "court",
    "courtroom",
    "stage",
];

/// The subjects of the paragraph's sentences and clauses in `[start, end)` that
/// leave, with the token of the verb that takes them away.
pub fn in_narration(context: &Context, start: usize, end: usize) -> Vec<(Subject, usize)> {
    // Tags too (`"Bye," Kylo said, and left.`): the narration right after a quote.
    let after_quotes = (start.max(1)..end)
        .filter(|&at| context.tokens[at].quote.is_none() && context.tokens[at - 1].quote.is_some())
        .filter_map(|at| {
            // `"…," said Whitcombe's voice, and hung up.`: the subject after the verb.
            let verb = (at..end).find(|&token| context.word(token).is_some())?;
            let inverted = context
                .word(verb)
                .is_some_and(crate::speech_verbs::is_speech_verb)
                .then(|| context.subject_at(verb + 1))
                .flatten()
                .filter(|(subject, _)| matches!(subject, Subject::Named(_)));
            match inverted {
                Some((subject, after)) => Some((subject, verb, after)),
                None => context.sentence_subject(at, end),
            }
        });
    let mut subjects = context.sentence_subjects(start, end);
    // `I tell him, when Dougie has gone to the bar`: one who leaves in a clause
    // leaves too, though another is the sentence's subject.
    let clauses = (start..end)
        .filter(|&at| context.tokens[at].quote.is_none())
        .filter_map(|at| context.clause_subject(at));
    for found in after_quotes.chain(clauses) {
        if !subjects.iter().any(|(_, position, _)| *position == found.1) {
            subjects.push(found);
        }
    }
    subjects.sort_by_key(|(_, position, _)| *position);
    let watched = watched_going(context, start, end);
    subjects
        .into_iter()
        .filter(|(subject, _, _)| {
            matches!(
                subject,
                Subject::Named(_) | Subject::Pronoun(Some(_)) | Subject::FirstPerson
            )
        })
        .filter_map(|(subject, _, after)| {
            let verb = context.skip_to_verb(after);
            if leaves(context, verb) {
                return Some((subject, verb));
            }
            // `Kylo said, and left.`, `She shrugged and walked out`, `Roz makes a
            // noise like a kettle coming to the boil and leaves the room`: a second
            // verb of the same subject, further on in its sentence.
            (verb + 1..verb + SECOND_VERB_REACH)
                .take_while(|&at| context.word(at).is_some() || context.punct(at) == Some(","))
                .find(|&at| {
                    context
                        .word(at)
                        .is_some_and(|word| matches!(word, "and" | "then"))
                        && leaves(context, at + 1)
                })
                .map(|at| (subject, at + 1))
        })
        .chain(watched)
        .collect()
}

/// Verbs of seeing someone off (`I watched him go`).
const WATCHING: &[&str] = &[
    "watched", "watch", "watches", "watching", "saw", "see", "sees",
];

/// Words after `go` that make it a going away (`watched him go down the slip`).
const GOING_WAYS: &[&str] = &[
    "down",
    "up",
    "out",
    "off",
    "away",
    "into",
    "through",
    "across",
    "along",
    "past",
    "back",
    "home",
    "inside",
    "upstairs",
    "downstairs",
    "with",
    "and",
    "without",
];

/// `I watched him go down the slip`, `Doran watches her go`: the one watched leaves,
/// with the verb of leaving's token. (`them` is left out: a group is no one speaker.)
fn watched_going(context: &Context, start: usize, end: usize) -> Vec<(Subject, usize)> {
    let lower = |at: usize| context.word(at).map(str::to_lowercase);
    (start..end.saturating_sub(2))
        .filter(|&at| {
            context.tokens[at].quote.is_none()
                && lower(at).is_some_and(|word| WATCHING.contains(&word.as_str()))
                && match lower(at + 2).as_deref() {
                    Some("leave") => true,
                    // Not `watched him go pale`.
                    Some("go") => {
                        lower(at + 3).is_none_or(|next| GOING_WAYS.contains(&next.as_str()))
                    }
                    _ => false,
                }
        })
        .filter_map(|at| {
            let subject = match lower(at + 1)?.as_str() {
                "him" => Subject::Pronoun(Some(Gender::Male)),
                "her" => Subject::Pronoun(Some(Gender::Female)),
                _ => return None,
            };
            Some((subject, at + 2))
        })
        .collect()
}

/// How many tokens after its subject's first verb a second verb of leaving may come.
const SECOND_VERB_REACH: usize = 16;

/// True when the verb at `verb` takes its subject away.
fn leaves(context: &Context, verb: usize) -> bool {
    let lower = |at: usize| context.word(at).map(str::to_lowercase);
    let Some(word) = lower(verb) else {
        return false;
    };
    let next = lower(verb + 1);
    if LEAVING.contains(&word.as_str()) {
        // `left.`, `left without a word`, `left the room`; not `left the mug`.
        return match next.as_deref() {
            None | Some("and" | "without" | "for" | "again" | "quickly" | "then") => true,
            Some("the" | "his" | "her" | "their" | "my" | "your" | "our") => {
                lower(verb + 2).is_some_and(|place| PLACES.contains(&place.as_str()))
            }
            Some(_) => false,
        };
    }
    // `Gran was asleep`, `she'd fallen asleep`, `he dozed off`: one asleep is as gone
    // as one who left, until the story hears them or names them again.
    if word == "asleep" {
        return true;
    }
    // `She was gone before either of us could answer.`, `By then he'd gone.`; not
    // `gone quiet` or `gone to the window`.
    if word == "gone"
        && matches!(
            next.as_deref(),
            None | Some("before" | "when" | "by" | "and" | "again" | "already" | "now")
        )
    {
        return true;
    }
    if FALLING_ASLEEP
        .iter()
        .any(|(verb, particle)| word == *verb && next.as_deref() == Some(*particle))
    {
        return true;
    }
    let Some(next) = next else {
        return false;
    };
    let moving = MOVING.contains(&word.as_str());
    // `went to the gents`, `gone to bed`.
    if moving && next == "to" {
        let place = match lower(verb + 2).as_deref() {
            Some("the" | "his" | "her" | "their" | "my" | "your" | "our") => lower(verb + 3),
            other => other.map(str::to_string),
        };
        return place.is_some_and(|place| OFF_SCENE.contains(&place.as_str()));
    }
    // `stepped out of the car`, `ran out of patience`, `went off on a rant`,
    // `slipped off his shoes`, `hung up his coat`: the particle belongs to what follows.
    let after = lower(verb + 2);
    let taken = matches!(
        after.as_deref(),
        Some(
            "of" | "on"
                | "from"
                | "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "my"
                | "your"
                | "our"
                | "its"
        )
    );
    // `walked out past the last houses`, `went off across the field`: a way taken,
    // which the story follows, not a door it watches close.
    let along_a_way = matches!(
        after.as_deref(),
        Some("past" | "across" | "through" | "along" | "towards" | "toward" | "into")
    );
    if taken || along_a_way {
        return false;
    }
    moving && AWAY.contains(&next.as_str())
        || ENDING_CALL
            .iter()
            .any(|(verb, particle)| word == *verb && next == *particle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::tags::tests::with_context;
    use crate::cast::Gender;

    #[test]
    fn subjects_that_leave() {
        let kylo = || Subject::Named(vec![0]);
        let cases: Vec<(&str, Vec<Subject>)> = vec![
            ("Kylo left.", vec![kylo()]),
            ("Kylo wanders off to apologise.", vec![kylo()]),
            ("Then Kylo quietly slipped out.", vec![kylo()]),
            ("Kylo left the room.", vec![kylo()]),
            (
                "I tell him, when Kylo has gone to the bar and Rose has gone to the gents.",
                vec![kylo(), Subject::Named(vec![1])],
            ),
            ("Kylo went to bed.", vec![kylo()]),
            ("She hung up.", vec![Subject::Pronoun(Some(Gender::Female))]),
            ("I went home.", vec![Subject::FirstPerson]),
            ("The door slammed, and Kylo stormed off.", vec![kylo()]),
            // A second verb of the same subject: in a tag, after a beat.
            ("\"Bye,\" Kylo said, and left.", vec![kylo()]),
            ("Kylo shrugged and walked out.", vec![kylo()]),
            // Another subject's verb: she leaves, not he.
            ("Kylo shrugged and Rose walked out.", vec![Subject::Named(vec![1])]),
            (
                "Rose makes a tiny noise like a kettle coming to the boil and leaves the room at speed.",
                vec![Subject::Named(vec![1])],
            ),
            ("\"Tell him,\" said Hux's voice, and hung up.", vec![Subject::Named(vec![2])]),
            // Asleep: as gone until heard or named again.
            ("Kylo was asleep.", vec![kylo()]),
            ("Kylo had fallen asleep on the sofa by then.", vec![kylo()]),
            ("She'd fallen asleep somewhere around the Co-op.", vec![Subject::Pronoun(Some(Gender::Female))]),
            ("Kylo dozed off.", vec![kylo()]),
            ("Kylo was gone before Rose could answer.", vec![kylo()]),
            ("Kylo had gone quiet.", vec![]),
            ("Kylo was not asleep.", vec![]),
            // Seen off: the one watched goes.
            ("I watched him go down the slip to the boats.", vec![Subject::Pronoun(Some(Gender::Male))]),
            ("Doran watches her go with something like love.", vec![Subject::Pronoun(Some(Gender::Female))]),
            ("I watched him go pale.", vec![]),
            // Staying: putting something down, moving within the room.
            ("Kylo left the mug on the desk.", vec![]),
            ("Kylo walked to the window.", vec![]),
            // A way taken, which the story follows.
            ("Kylo walked out past the last houses to the factory.", vec![]),
            ("Kylo went off across the field.", vec![]),
            ("Kylo went quiet.", vec![]),
            ("The lights went out.", vec![]),
            ("Kylo stepped out of the car.", vec![]),
            ("Kylo ran out of patience.", vec![]),
            ("Kylo went off on a rant.", vec![]),
            ("Kylo slipped off his shoes.", vec![]),
            ("Kylo hung up his coat and sat down.", vec![]),
        ];
        for (text, expected) in cases {
            let found: Vec<Subject> = with_context(text, |context| {
                in_narration(context, 0, context.tokens.len())
                    .into_iter()
                    .map(|(subject, _)| subject)
                    .collect()
            });
            assert_eq!(found, expected, "{text}");
        }
    }
}
