//! Coreference for people the narration describes before it names them.
//!
//! In: each paragraph's facts (names, sentence subjects, and the people the
//! narration brings in: `a girl in a denim jacket`, `the woman who came in`) and the
//! candidates' genders. Out: the same facts, where an introduction and the later
//! descriptions with its noun (`The woman set her mug down.`) are read as mentions of
//! the character of that gender whom the story names next (`Pell`). Recency,
//! pronouns (`She had a laptop bag.`) and who acted last then follow her before her
//! name is given, as they follow a named character.

use super::tags::{self, Subject};
use super::text::TokenKind;
use super::{first_named, is_surely, Mention, ParagraphFacts};
use crate::cast::Gender;
use crate::model::Document;

/// How many paragraphs after its last use a description still means its newcomer.
const DESCRIBED_FOR: usize = 8;

/// How many paragraphs after the introduction the name may come.
const NAMED_WITHIN: usize = 20;

/// The same for a newcomer of no gender (`a voice calls through the letterbox`):
/// only a name that comes at once says who it was.
const UNGENDERED_NAMED_WITHIN: usize = 3;

/// A description tied to the character it means.
struct Described {
    noun: String,
    character: usize,
    /// The paragraph and token of its introduction.
    introduced: (usize, usize),
    last_used: usize,
}

impl Described {
    /// Brought in before `paragraph` and never described again (`a letter from a
    /// woman in Ipswich`): someone passing, whose name a later newcomer of the same
    /// gender may take.
    fn is_idle(&self, paragraph: usize) -> bool {
        self.introduced.0 < paragraph && self.last_used == self.introduced.0
    }
}

/// Reads descriptions of newcomers as mentions: fills each paragraph's `described`
/// and turns its description subjects into the character they mean.
pub(super) fn resolve(
    document: &Document,
    facts: &mut [ParagraphFacts],
    genders: &[Option<Gender>],
    pov: Option<usize>,
) {
    // Where each character is first named, as (paragraph, token): by the narration,
    // by themselves (`I'm Walt.`) or by one who turns to them (`Assessor Penhallow,
    // that animal is a menace.`), not in someone else's quote (`in want of a wife`
    // is not Mrs. Long because Mrs. Bennet names her next).
    let first_named = first_named(facts, genders.len(), |mention, fact| {
        !mention.said_of_another(&fact.tokens) || opens_with_vocative(mention, fact)
    });
    let mut active: Vec<Described> = Vec::new();
    for paragraph in 0..facts.len() {
        active.retain(|described| paragraph <= described.last_used + DESCRIBED_FOR);
        let mut mentions: Vec<Mention> = Vec::new();
        let newcomers = std::mem::take(&mut facts[paragraph].newcomers);
        for introduction in &newcomers {
            // The next one of that gender the story names, soon, and not already
            // meant by another description; without a gender, the next one named
            // at once.
            let within = if introduction.gender.is_some() {
                NAMED_WITHIN
            } else {
                UNGENDERED_NAMED_WITHIN
            };
            let chosen = (0..genders.len())
                .filter(|&character| {
                    let (named, token) = first_named[character];
                    Some(character) != pov
                        && is_surely(introduction.gender, genders[character])
                        && (named, token) > (paragraph, introduction.article)
                        && named <= paragraph + within
                        && !active.iter().any(|described| {
                            described.character == character && !described.is_idle(paragraph)
                        })
                })
                .min_by_key(|&character| first_named[character]);
            if let Some(character) = chosen {
                // The passer-by who held the name loses it, and the mention it made.
                for idle in active
                    .iter()
                    .filter(|described| described.character == character)
                {
                    let (at, token) = idle.introduced;
                    facts[at].described.retain(|mention| mention.first != token);
                }
                active.retain(|described| {
                    described.noun != introduction.noun && described.character != character
                });
                active.push(Described {
                    noun: introduction.noun.clone(),
                    character,
                    introduced: (paragraph, introduction.article),
                    last_used: paragraph,
                });
                mentions.push(mention(introduction.article, character));
            }
        }
        let fact = &mut facts[paragraph];
        fact.newcomers = newcomers;
        let text = &document.paragraphs[paragraph].text;
        // Nothing to read as a newcomer (most paragraphs): no phrase to build.
        let beats = if active.is_empty() {
            &mut [][..]
        } else {
            &mut fact.beats[..]
        };
        for (subject, at) in beats.iter_mut() {
            if !matches!(subject, Subject::Description(_)) {
                continue;
            }
            let phrase = tags::description_phrase(text, &fact.tokens, *at);
            let noun = tags::head_noun(&phrase);
            let Some(described) = active
                .iter_mut()
                .rev()
                .find(|described| described.noun == noun)
            else {
                continue;
            };
            described.last_used = paragraph;
            *subject = Subject::Named(vec![described.character]);
            if !mentions.iter().any(|mention| mention.first == *at) {
                mentions.push(mention(*at, described.character));
            }
        }
        mentions.sort_by_key(|mention| mention.first);
        fact.described = mentions;
    }
}

/// A name that opens a quote to address its bearer, and more follows (`Assessor
/// Penhallow, that animal…`); further in, a name between commas may be an
/// apposition (`my employer, Mrs. Forrester, …`).
fn opens_with_vocative(mention: &Mention, fact: &ParagraphFacts) -> bool {
    let Some(quote) = fact.tokens[mention.first].quote else {
        return false;
    };
    let opens = fact.tokens[..mention.first]
        .iter()
        .all(|token| token.quote != Some(quote) || token.kind == TokenKind::Punct);
    // A name alone (`"Mrs. Cecil Forrester," he repeated.`) may only echo it.
    let goes_on = fact.tokens[mention.end..]
        .iter()
        .any(|token| token.quote == Some(quote) && token.kind == TokenKind::Word);
    opens && goes_on && fact.is_vocative(mention)
}

/// A description at token `at` read as a mention of `character`.
fn mention(at: usize, character: usize) -> Mention {
    Mention {
        first: at,
        end: at + 1,
        characters: vec![character],
        object: false,
        after_subject: false,
        introduced: false,
        identifies: false,
    }
}
