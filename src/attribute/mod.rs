//! Attribute stage: who says each quoted span.
//!
//! In: the document, its segments (dialogue with an empty speaker) and the cast.
//! Out: every dialogue segment gets a speaker id (a cast id, or a stable id made for
//! a speaker the cast does not list) and a confidence from 0 to 1; the speakers found
//! outside the cast and the cast's fixes that matched no line are returned.
//!
//! How: the dialogue of one paragraph (and of a quote running over several
//! paragraphs) is one *unit* with one speaker, unless two tags in the paragraph name
//! different speakers. Units are decided in reading order. For each unit every
//! candidate speaker gets a feature vector (speech tags, action beats, vocatives and
//! addressees, turn-taking, recency, whole-story counts, and the unit's idiolect: how
//! much its words sound like each character's tagged lines; see [`features::NAMES`])
//! and a score: the dot product with
//! weights fitted on annotated novels (`weights.tsv`), one set per kind of tag the
//! unit has. A small beam search keeps the few best readings, since turn-taking makes
//! each decision depend on the earlier ones; the softmax probability of the chosen
//! speaker is the confidence. Fixes from the cast file pin a unit's speaker in every
//! reading, so the units after it benefit too.

mod answers;
mod departures;
mod described;
mod devices;
mod features;
mod fixes;
mod idiolect;
pub mod learn;
mod names;
mod tags;
mod text;
mod time_skips;

use std::collections::HashMap;

use rustc_hash::FxHashMap;

pub use features::{is_signal, name as feature_name, Weights};
pub use names::slug;

use crate::cast::{Cast, Character, Gender};
use crate::model::{Document, ParagraphKind, Segment, SegmentKind};
use names::{Mention, NameIndex};
use tags::{Context, Subject, Tag};
use text::{tokenize, Token, TokenKind};

/// A signal's index by name, worked out at compile time: looked up at run time, the
/// names cost a quarter of the decoder's instructions.
macro_rules! feature {
    ($name:literal) => {
        const { features::index($name) }
    };
}

/// A speaker the story names but the cast does not list.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundSpeaker {
    /// Stable id derived from the name (`mr-darcy`).
    pub id: String,
    /// The name as the story writes it.
    pub name: String,
    pub gender: Option<Gender>,
}

/// What the attributor found besides the speakers on segments.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attribution {
    pub found_speakers: Vec<FoundSpeaker>,
    /// One message per cast-file fix that matched no quote.
    pub unmatched_fixes: Vec<String>,
}

/// Placeholder id for a line whose speaker could not be told at all (no candidates).
pub const UNKNOWN: &str = "unknown";

/// The ranker's view of one unit, for evaluation and for fitting weights.
#[derive(Debug, Clone, PartialEq)]
pub struct TracedUnit {
    /// Indices of the unit's dialogue segments.
    pub segments: Vec<usize>,
    /// Candidates with at least one non-zero feature: (candidate index, sparse features).
    pub features: Vec<(usize, Vec<(u16, f32)>)>,
    /// Candidates whose features are all zero (each scores 0).
    pub zero_candidates: usize,
    /// The candidate chosen.
    pub chosen: usize,
    /// True when a cast fix decided the unit.
    pub fixed: bool,
}

/// Everything the ranker saw, unit by unit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trace {
    /// Speaker id of each candidate index.
    pub candidates: Vec<String>,
    pub units: Vec<TracedUnit>,
}

/// Gives every dialogue segment a speaker and a confidence, with the built-in weights.
pub fn attribute(document: &Document, segments: &mut [Segment], cast: &Cast) -> Attribution {
    attribute_with(document, segments, cast, Weights::builtin(), None)
}

/// [`attribute`] with explicit weights, optionally recording what the ranker saw.
pub fn attribute_with(
    document: &Document,
    segments: &mut [Segment],
    cast: &Cast,
    weights: &Weights,
    trace: Option<&mut Trace>,
) -> Attribution {
    let mut index = NameIndex::new(cast);
    let singular_they = cast
        .characters
        .iter()
        .any(|character| character.gender == Some(Gender::Other));
    let mut facts = paragraph_facts(document, segments, &mut index, singular_they);
    let genders: Vec<Option<Gender>> = cast
        .characters
        .iter()
        .map(|character| character.gender)
        .collect();
    answers::mark_answers(document, &mut facts, &genders);
    devices::identify_callers(&mut facts);
    let units = build_units(document, &facts, segments, &genders);
    let mut candidates = Candidates::new(cast);
    candidates.add_uncast_speakers(document, &facts);
    described::resolve(document, &mut facts, &candidates.genders, candidates.pov);
    let fixes = fixes::resolve(cast, segments, &units, &mut candidates);
    let mut decoder = Decoder::new(document, &facts, &units, &candidates, weights);
    let chosen = decode(&mut decoder, &units, &fixes.pinned, trace.is_some());
    let mut traced = Vec::new();
    for (unit_index, (unit, choice)) in units.iter().zip(chosen).enumerate() {
        // A story with no cast and no named speaker has no candidate at all.
        let id = candidates
            .ids
            .get(choice.candidate)
            .cloned()
            .unwrap_or_else(|| UNKNOWN.to_string());
        for &segment in &unit.segments {
            segments[segment].speaker = id.clone();
            segments[segment].confidence = choice.confidence;
        }
        if let Some((features, zero_candidates)) = choice.record {
            traced.push(TracedUnit {
                segments: unit.segments.clone(),
                features,
                zero_candidates,
                chosen: choice.candidate,
                fixed: fixes.pinned.contains_key(&unit_index),
            });
        }
    }
    // Dialogue outside any unit cannot happen, but never leave a speaker empty.
    for segment in segments
        .iter_mut()
        .filter(|segment| segment.kind == SegmentKind::Dialogue && segment.speaker.is_empty())
    {
        segment.speaker = candidates
            .ids
            .first()
            .cloned()
            .unwrap_or_else(|| UNKNOWN.to_string());
    }
    if let Some(trace) = trace {
        trace.candidates = candidates.ids.clone();
        trace.units = traced;
    }
    let used: std::collections::HashSet<&str> = segments
        .iter()
        .map(|segment| segment.speaker.as_str())
        .collect();
    Attribution {
        found_speakers: candidates
            .found
            .iter()
            .filter(|found| used.contains(found.id.as_str()))
            .cloned()
            .collect(),
        unmatched_fixes: fixes.unmatched,
    }
}

/// What the ranker saw for one unit: the sparse features of each candidate that has
/// any, and the number of candidates without any.
type Record = (Vec<(usize, Vec<(u16, f32)>)>, usize);

/// The speaker chosen for a unit, how sure the ranker is, and what it saw.
#[derive(Debug, Clone)]
struct Choice {
    candidate: usize,
    confidence: f32,
    record: Option<Record>,
}

/// One reading of the story so far.
struct Hypothesis {
    /// Sum of the log-probabilities of its choices.
    score: f64,
    state: DecisionState,
    /// Its latest choice in the node arena.
    node: Option<usize>,
}

/// Decides every unit in reading order with a small beam search; pinned units
/// (cast fixes) take their speaker in every hypothesis.
fn decode(
    decoder: &mut Decoder,
    units: &[Unit],
    pinned: &HashMap<usize, usize>,
    record: bool,
) -> Vec<Choice> {
    let count = decoder.candidates.ids.len();
    // Each node: (parent, candidate, confidence, index in `recorded`).
    let mut nodes: Vec<(Option<usize>, usize, f32, usize)> = Vec::new();
    // What the ranker saw, per unit and hypothesis (empty unless `record`).
    let mut recorded: Vec<Option<Record>> = Vec::new();
    // Per unit, its speaker in each reading a few units later, with the reading's weight.
    let mut readings: Vec<Vec<(usize, f64)>> = vec![Vec::new(); units.len()];
    let mut beam = vec![Hypothesis {
        score: 0.0,
        state: DecisionState::new(count),
        node: None,
    }];
    for (unit_index, unit) in units.iter().enumerate() {
        advance(decoder, &mut beam, unit.paragraphs[0]);
        let forced = pinned.get(&unit_index).copied();
        // (score, hypothesis, candidate, confidence)
        let mut expansions: Vec<(f64, usize, usize, f32)> = Vec::new();
        let mut records = Vec::with_capacity(beam.len());
        for (index, hypothesis) in beam.iter_mut().enumerate() {
            std::mem::swap(&mut decoder.state, &mut hypothesis.state);
            let scored = decoder.score(unit_index, record);
            std::mem::swap(&mut decoder.state, &mut hypothesis.state);
            let top = scored.scores.iter().copied().fold(f32::MIN, f32::max);
            let total: f32 = scored.scores.iter().map(|score| (score - top).exp()).sum();
            let log_total = top as f64 + (total.max(1e-30) as f64).ln();
            match forced {
                Some(candidate) => expansions.push((hypothesis.score, index, candidate, 1.0)),
                None if count == 0 => expansions.push((hypothesis.score, index, 0, 0.0)),
                None => {
                    // Only the best `width` candidates are expanded, best first: kept
                    // sorted while passing over all (the order is total, so this is
                    // what sorting all of them would give).
                    let width = BEAM_WIDTH.min(count);
                    let better = |left: usize, right: usize| {
                        scored.scores[right]
                            .total_cmp(&scored.scores[left])
                            .then(left.cmp(&right))
                    };
                    let mut order: Vec<usize> = Vec::with_capacity(width + 1);
                    for candidate in 0..count {
                        let slot = order.partition_point(|&other| better(other, candidate).is_lt());
                        if slot < width {
                            order.insert(slot, candidate);
                            order.truncate(width);
                        }
                    }
                    for &candidate in &order {
                        let log_probability = scored.scores[candidate] as f64 - log_total;
                        expansions.push((
                            hypothesis.score + log_probability,
                            index,
                            candidate,
                            log_probability.exp() as f32,
                        ));
                    }
                }
            }
            records.push(scored.record);
        }
        let record_base = recorded.len();
        recorded.append(&mut records);
        expansions.sort_by(|left, right| right.0.total_cmp(&left.0).then(left.1.cmp(&right.1)));
        let previous: Vec<Option<usize>> = beam
            .iter()
            .map(|hypothesis| {
                hypothesis
                    .state
                    .history
                    .last()
                    .map(|decided| decided.speaker)
            })
            .collect();
        keep_distinct(&mut expansions, &previous, BEAM_WIDTH);
        let mut next = Vec::with_capacity(expansions.len());
        for (score, parent, candidate, confidence) in expansions {
            let mut state = beam[parent].state.clone();
            state.remember(decoder, unit_index, candidate, confidence);
            nodes.push((
                beam[parent].node,
                candidate,
                confidence,
                record_base + parent,
            ));
            next.push(Hypothesis {
                score,
                state,
                node: Some(nodes.len() - 1),
            });
        }
        beam = next;
        advance(
            decoder,
            &mut beam,
            unit.paragraphs.last().map_or(0, |last| last + 1),
        );
        // The readings of the unit `AGREEMENT_DELAY` back, weighted by likelihood.
        if let Some(unit) = unit_index.checked_sub(AGREEMENT_DELAY) {
            readings[unit] = weigh_readings(&beam, &nodes, AGREEMENT_DELAY);
        }
    }
    // The last units are weighed by the final readings.
    for delay in 0..AGREEMENT_DELAY.min(units.len()) {
        readings[units.len() - 1 - delay] = weigh_readings(&beam, &nodes, delay);
    }
    let mut choices = Vec::with_capacity(units.len());
    let mut node = beam.first().and_then(|best| best.node);
    while let Some(index) = node {
        let (parent, candidate, confidence, record) = nodes[index];
        choices.push(Choice {
            candidate,
            confidence,
            record: recorded[record].take(),
        });
        node = parent;
    }
    choices.reverse();
    // A line is only as sure as the reading it belongs to: where another reading of
    // the conversation (B–A–B for A–B–A) is nearly as likely a few lines on, every
    // line it changes is unsure, however clear each looked on its own. The share of
    // readings already holds the line's own probability when its rivals stayed in
    // the beam, and nothing of it when they were dropped: so the lower of the two,
    // not their product (which would count the line's own doubt twice).
    for (unit, choice) in choices.iter_mut().enumerate() {
        let readings = &readings[unit];
        let total: f64 = readings.iter().map(|&(_, weight)| weight).sum();
        let agree: f64 = readings
            .iter()
            .filter(|&&(candidate, _)| candidate == choice.candidate)
            .map(|&(_, weight)| weight)
            .sum();
        if total > 0.0 {
            choice.confidence = choice.confidence.min((agree / total) as f32);
        }
    }
    choices
}

/// How many units later a unit's speaker is weighed across the beam's readings: by
/// then a wrong turn in a conversation shows in how the lines after it score.
const AGREEMENT_DELAY: usize = 4;

/// The speaker each reading of `beam` gives the unit `delay` units before its last,
/// with the reading's weight relative to the best (`exp` of the score difference).
/// How sure a reading must be of a line's speaker for a pronoun in the narration
/// after it to point to them (see [`Decoder::narration_referent`]).
const SURE_SPEECH: f32 = 0.8;

/// Reads the narration up to `paragraph` as the best reading so far sees it: a
/// pronoun there (`He laughs.`) goes to whoever that reading last heard or saw.
fn advance(decoder: &mut Decoder, beam: &mut [Hypothesis], paragraph: usize) {
    let Some(best) = beam.first_mut() else {
        decoder.advance_to(paragraph);
        return;
    };
    std::mem::swap(&mut decoder.state, &mut best.state);
    decoder.advance_to(paragraph);
    std::mem::swap(&mut decoder.state, &mut best.state);
}

fn weigh_readings(
    beam: &[Hypothesis],
    nodes: &[(Option<usize>, usize, f32, usize)],
    delay: usize,
) -> Vec<(usize, f64)> {
    let best = beam.first().map_or(0.0, |best| best.score);
    beam.iter()
        .filter_map(|hypothesis| {
            let mut node = hypothesis.node?;
            for _ in 0..delay {
                node = nodes[node].0?;
            }
            Some((nodes[node].1, (hypothesis.score - best).exp()))
        })
        .collect()
}

/// Keeps the best `width` of the sorted `expansions` (score, parent, candidate,
/// confidence), at most one per (candidate, parent's last speaker).
///
/// Hypotheses whose last two speakers agree look almost alike to every later unit:
/// keeping only the best of them leaves the beam different readings of the
/// conversation (A–B–A–B and B–A–B–A) instead of near copies of one. Held out, this
/// took accuracy from 84.93% to 85.67% at the same speed; a plain beam needed a
/// width of 16 (three times slower) for 85.45% (both measured at b63df7c).
fn keep_distinct(
    expansions: &mut Vec<(f64, usize, usize, f32)>,
    previous: &[Option<usize>],
    width: usize,
) {
    let mut seen: Vec<(usize, Option<usize>)> = Vec::with_capacity(width);
    expansions.retain(|&(_, parent, candidate, _)| {
        let key = (candidate, previous[parent]);
        if seen.len() >= width || seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
}

/// Whether the narration brought in the noun of `phrase` (`grey man` → `man`) with
/// `a`/`an` in the last few paragraphs, up to the description at token `token` of
/// `paragraph`.
fn introduced_before(
    document: &Document,
    facts: &[ParagraphFacts],
    paragraph: usize,
    token: usize,
    phrase: &str,
) -> bool {
    let noun = tags::head_noun(phrase);
    if noun.is_empty() {
        return false;
    }
    let first = paragraph.saturating_sub(NEWCOMER_LOOKBACK);
    (first..=paragraph).any(|index| {
        let tokens = &facts[index].tokens;
        // Up to the description itself, which may bring them in (`said a girl`).
        let end = if index == paragraph {
            (token + tags::PHRASE_WORDS + 1).min(tokens.len())
        } else {
            tokens.len()
        };
        tags::introduces_indefinitely(&document.paragraphs[index].text, &tokens[..end], noun)
    })
}

/// The gender of the newcomer a paragraph brings in: a gendered introduction says
/// more than a bare voice (`A voice called; it was a girl's`), and `A man and a
/// woman came in` says nothing of who speaks. `None` when nobody is brought in.
fn most_telling(introductions: &[tags::Introduction]) -> Option<Option<Gender>> {
    let mut genders = introductions
        .iter()
        .filter_map(|introduction| introduction.gender);
    match genders.next() {
        Some(first) if genders.all(|gender| gender == first) => Some(Some(first)),
        Some(_) => None,
        None => introductions.last().map(|_| None),
    }
}

/// The one cast member a paragraph brings in by a description the cast gives as
/// their alias (`a very old man in a khaki shirt was leaning out`).
fn cast_described(fact: &ParagraphFacts) -> Option<usize> {
    fact.newcomers.iter().find_map(|introduction| {
        fact.mentions
            .iter()
            .find(|mention| mention.first == introduction.article)
            .and_then(|mention| match mention.characters.as_slice() {
                &[character] => Some(character),
                _ => None,
            })
    })
}

/// The people a unit's quotes name, each with the words used (`granny`), lower case
/// and without a possessive ending.
fn names_inside(
    document: &Document,
    facts: &[ParagraphFacts],
    unit: &Unit,
) -> Vec<(usize, String)> {
    let mut named = Vec::new();
    for &(paragraph, quote) in &unit.quotes {
        let fact = &facts[paragraph];
        let text = &document.paragraphs[paragraph].text;
        for mention in &fact.mentions {
            let [character] = mention.characters[..] else {
                continue;
            };
            if fact.tokens[mention.first].quote != Some(quote) || mention.introduced {
                continue;
            }
            let words = mention.words(text, &fact.tokens);
            named.push((character, names::strip_possessive(words).to_lowercase()));
        }
    }
    named
}

/// Per unit, the candidates who name someone its quotes name, in lines their own tag
/// gives them elsewhere, only ever in other words: people keep to one way of naming
/// each other (Kemar's `Miss Hortense` is Shanice's `Granny`), so `Nearly, Granny.`
/// is less likely Kemar's. (The same words say less: a kitchen all says `Yes, Chef.`)
fn named_otherwise(
    document: &Document,
    facts: &[ParagraphFacts],
    units: &[Unit],
    tagged: impl Fn(&Unit) -> Option<usize>,
) -> Vec<Vec<usize>> {
    let inside: Vec<Vec<(usize, String)>> = units
        .iter()
        .map(|unit| names_inside(document, facts, unit))
        .collect();
    // Per one named: who named them, in what words, in which unit.
    let mut said: FxHashMap<usize, Vec<(usize, &str, usize)>> = FxHashMap::default();
    for (index, unit) in units.iter().enumerate() {
        let Some(speaker) = tagged(unit) else {
            continue;
        };
        for (character, words) in &inside[index] {
            if *character != speaker {
                said.entry(*character)
                    .or_default()
                    .push((speaker, words.as_str(), index));
            }
        }
    }
    inside
        .iter()
        .enumerate()
        .map(|(index, named)| {
            // Per speaker, whether the same words named anyone this unit names.
            let mut found: std::collections::BTreeMap<usize, bool> = Default::default();
            for (character, words) in named {
                let uses = said.get(character).into_iter().flatten();
                for (speaker, used, _) in uses.filter(|(_, _, unit)| *unit != index) {
                    *found.entry(*speaker).or_default() |= used == words;
                }
            }
            found
                .into_iter()
                .filter_map(|(speaker, same)| (!same).then_some(speaker))
                .collect()
        })
        .collect()
}

/// Where each of `count` candidates is first named, as (paragraph, token), by the
/// mentions `counts` accepts; `(usize::MAX, 0)` for one never named.
fn first_named(
    facts: &[ParagraphFacts],
    count: usize,
    counts: impl Fn(&Mention, &ParagraphFacts) -> bool,
) -> Vec<(usize, usize)> {
    let mut first = vec![(usize::MAX, 0); count];
    for (paragraph, fact) in facts.iter().enumerate().rev() {
        for mention in fact.mentions.iter().rev() {
            if !counts(mention, fact) {
                continue;
            }
            for &character in &mention.characters {
                if let Some(slot) = first.get_mut(character) {
                    *slot = (paragraph, mention.first);
                }
            }
        }
    }
    first
}

/// What the signal finders learned about one paragraph.
#[derive(Debug, Default)]
struct ParagraphFacts {
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
    /// Dialogue segment indices, in order; token `quote` fields index this list.
    quotes: Vec<usize>,
    /// The tag of each quote, if any.
    tags: Vec<Option<Tag>>,
    /// Sentence subjects of the narration, with their token index.
    beats: Vec<(Subject, usize)>,
    /// Second subjects joined by `and` (`Migo and I are at the sink`).
    partners: Vec<Subject>,
    /// Subjects that leave (`Lachie wanders off`), with the token of their verb.
    /// Who leaves: the subject, its verb, and the end of its sentence.
    departures: Vec<(Subject, usize, usize)>,
    /// People the narration brings in (`then a man cleared his throat`, `The woman
    /// who came in`), with the gender the noun implies.
    newcomers: Vec<tags::Introduction>,
    /// Descriptions the story later gives a name (`The woman set her mug down` before
    /// `Pell`), read as mentions of that character; see [`described`].
    described: Vec<Mention>,
    /// Characters addressed by name, per quote.
    vocatives: Vec<(usize, Vec<usize>)>,
    /// The quotes that end in a question mark.
    questions: Vec<usize>,
    /// Characters the narration shows being spoken to (`said Holmes to Small`,
    /// `turning to Rose`): likely the next speaker, unlikely this one.
    addressed: Vec<usize>,
    /// The narration speaks of the pov character: `I`, `me`, `my`, or a
    /// reader-insert's `you` and `your`.
    first_person: bool,
    /// The narration turns to the pov character (`He looks at you`, `turned to me`).
    pov_addressed: bool,
    /// The first quote after the narration turns to someone (`Then, to me:`), when
    /// quotes come before it: those earlier ones' vocatives call no one next.
    turned_from_quote: Option<usize>,
    /// The narration's `I`, or `you` as a sentence's subject (not only `me`, `my`,
    /// `your`, `She hands you the wine`).
    pov_acts: bool,
    /// Characters named after a pronoun subject in its sentence, by the pronoun's
    /// token: not whom it means. See [`named_after_pronouns`].
    named_after_pronoun: Vec<(usize, Vec<usize>)>,
    /// Phones, radios, intercoms in the narration (`The walkie crackles.`).
    devices: devices::Kinds,
    /// Gendered third-person pronouns in the narration (`he`, `her`, …).
    pronouns: Vec<NarrationPronoun>,
    /// The paragraph has narration words outside its quotes.
    has_narration: bool,
    /// For a paragraph without quotes: a closing clause that introduces the next
    /// paragraph's quote (`Emma asked him, ¶ "…"`).
    intro: Option<Tag>,
    /// For a paragraph without quotes: an opening clause that says who said the
    /// quote before it (`Chef said it quietly.`).
    outro: Option<Tag>,
    /// A paragraph without quotes that jumps on in time (`At six the wind drops.`):
    /// it ends a conversation as a scene break does.
    time_skip: bool,
    kind: Option<ParagraphKind>,
    /// For a heading or an author's note: who it pairs with the reader (`Kylo x
    /// Reader`).
    paired: Vec<usize>,
}

impl ParagraphFacts {
    /// The characters a pronoun subject at `token` cannot mean.
    fn not_meant_by(&self, token: usize) -> &[usize] {
        self.named_after_pronoun
            .iter()
            .find(|(at, _)| *at == token)
            .map_or(&[], |(_, characters)| characters.as_slice())
    }

    /// Whether a name in a quote is someone its speaker addresses (`Hello, Tom.`).
    fn is_vocative(&self, mention: &Mention) -> bool {
        let quote = self.tokens[mention.first].quote;
        self.vocatives.iter().any(|(addressed, characters)| {
            Some(*addressed) == quote && *characters == mention.characters
        })
    }

    /// Names in the narration, and descriptions read as names (`described`), in
    /// reading order.
    fn narration_mentions(&self) -> impl Iterator<Item = &Mention> {
        let mut names = self
            .mentions
            .iter()
            .filter(|mention| self.tokens[mention.first].quote.is_none())
            .peekable();
        let mut described = self.described.iter().peekable();
        std::iter::from_fn(move || match (names.peek(), described.peek()) {
            (Some(name), Some(description)) if description.first < name.first => described.next(),
            (Some(_), _) => names.next(),
            (None, _) => described.next(),
        })
    }
}

/// Who a heading or an author's note pairs with the reader (`On Air (Baraka Otieno x
/// Reader)`, `Y/N x Auren`): in a reader-insert, the one the reader will most talk
/// with. Story paragraphs are not read: a line there is someone's, not the title's.
fn paired_with_reader(index: &NameIndex, text: &str) -> Vec<usize> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|character: char| character.is_whitespace() || "()[]|,:".contains(character))
        .filter(|word| !word.is_empty())
        .collect();
    let pairs = words.windows(2).any(|pair| {
        let cross = |word: &str| word == "x" || word == "×";
        cross(pair[0]) && is_reader_word(pair[1]) || is_reader_word(pair[0]) && cross(pair[1])
    });
    if !pairs {
        return Vec::new();
    }
    // Titles are often all lower case (`the flour tin | beau landry x reader`): read
    // every word as capitalized, as a name would be in the story.
    let mut capitalized = String::with_capacity(text.len());
    let mut word_start = true;
    for character in text.chars() {
        capitalized.push(if word_start {
            character.to_ascii_uppercase()
        } else {
            character
        });
        word_start = !character.is_alphanumeric() && character != '\'';
    }
    let text = capitalized.as_str();
    let tokens = tokenize(text, &[]);
    let mut paired: Vec<usize> = index
        .mentions(text, &tokens)
        .iter()
        .filter(|mention| {
            !is_reader_word(&text[tokens[mention.first].start..tokens[mention.end - 1].end])
        })
        .flat_map(|mention| mention.characters.iter().copied())
        .collect();
    paired.sort_unstable();
    paired.dedup();
    paired
}

/// A word a pairing gives the reader (`Reader`, `Y/N`, `you`, `OC`).
fn is_reader_word(word: &str) -> bool {
    let word = word
        .trim_matches(|character: char| !character.is_alphanumeric() && character != '/')
        .to_lowercase();
    matches!(word.as_str(), "reader" | "you" | "y/n" | "oc")
}

/// The facts of every paragraph; first teaches `index` the story's common words.
fn paragraph_facts(
    document: &Document,
    segments: &[Segment],
    index: &mut NameIndex,
    singular_they: bool,
) -> Vec<ParagraphFacts> {
    let mut dialogue_by_paragraph: Vec<Vec<usize>> = vec![Vec::new(); document.paragraphs.len()];
    for (position, segment) in segments.iter().enumerate() {
        if segment.kind == SegmentKind::Dialogue && segment.paragraph < dialogue_by_paragraph.len()
        {
            dialogue_by_paragraph[segment.paragraph].push(position);
        }
    }
    // Each body paragraph is tokenized once, for the common words and the facts.
    let tokenized: Vec<Vec<Token>> = document
        .paragraphs
        .iter()
        .zip(&dialogue_by_paragraph)
        .map(|(paragraph, quotes)| {
            if paragraph.kind != ParagraphKind::Body {
                return Vec::new();
            }
            let ranges: Vec<(usize, usize)> = quotes
                .iter()
                .map(|&segment| segments[segment].local)
                .collect();
            tokenize(&paragraph.text, &ranges)
        })
        .collect();
    index.learn_common_words(
        document
            .paragraphs
            .iter()
            .zip(&tokenized)
            .filter(|(paragraph, _)| paragraph.kind == ParagraphKind::Body)
            .map(|(paragraph, tokens)| (paragraph.text.as_str(), tokens.as_slice())),
    );
    let index: &NameIndex = index;
    document
        .paragraphs
        .iter()
        .zip(dialogue_by_paragraph)
        .zip(tokenized)
        .enumerate()
        .map(|(number, ((paragraph, quotes), tokens))| {
            if paragraph.kind != ParagraphKind::Body {
                return ParagraphFacts {
                    kind: Some(paragraph.kind),
                    paired: paired_with_reader(index, &paragraph.text),
                    ..ParagraphFacts::default()
                };
            }
            let text = paragraph.text.as_str();
            let mentions = index.mentions(text, &tokens);
            let mut mention_at = vec![usize::MAX; tokens.len()];
            for (number, mention) in mentions.iter().enumerate() {
                mention_at[mention.first] = number;
            }
            let context = Context {
                text,
                tokens: &tokens,
                mention_at: &mention_at,
                mentions: &mentions,
                singular_they,
            };
            let tags = quote_tags(&context, quotes.len());
            let (mut beats, partners) = context.beats_and_partners(0, tokens.len());
            let subjects = clause_subjects(&beats, &tags);
            let after_subject = after_another_subject(&context, &subjects);
            let named_after_pronoun = named_after_pronouns(&context, &subjects);
            beats.retain(|(_, position)| {
                !tags.iter().flatten().any(|tag| tag.position == *position)
            });
            let mut newcomers = context.newcomers(0, tokens.len());
            // `II.` ¶ `The wife was waiting in the door`: a scene that opens on a role
            // brings someone in, as `a woman` would.
            let opens_scene = number
                .checked_sub(1)
                .is_some_and(|previous| document.paragraphs[previous].kind != ParagraphKind::Body);
            if opens_scene && quotes.is_empty() {
                if let Some(introduction) = context.opening_role() {
                    newcomers.insert(0, introduction);
                }
            }
            // `when Dougie has gone to the bar, which takes him a while`: a name or
            // pronoun later in the same sentence does not bring them back.
            let departures = departures::in_narration(&context, 0, tokens.len())
                .into_iter()
                .map(|(subject, verb)| {
                    let until = (verb..tokens.len())
                        .find(|&at| text::ends_sentence(text, &tokens[at]))
                        .unwrap_or(tokens.len().saturating_sub(1));
                    (subject, verb, until)
                })
                .collect();
            let vocatives = tags::vocatives(text, &tokens, &mentions);
            let questions = (0..quotes.len())
                .filter(|&quote| {
                    tokens
                        .iter()
                        .rev()
                        .find(|token| token.quote == Some(quote))
                        .is_some_and(|token| text[token.start..token.end].ends_with('?'))
                })
                .collect();
            // `said Holmes to Small`, `turning to Rose`: the narration's objects.
            let addressed = mentions
                .iter()
                .filter(|mention| tokens[mention.first].quote.is_none() && mention.object)
                .flat_map(|mention| mention.characters.iter().copied())
                .collect();
            let (intro, outro) = if quotes.is_empty() {
                // `The radio crackles into life.`: the radio the cast names speaks.
                let sounding =
                    devices::sounding_speaker(text, &tokens, &mentions).map(|characters| Tag {
                        subject: Subject::Named(characters),
                        speech_verb: true,
                        position: 0,
                    });
                (
                    context.tag_before(0, tokens.len()).or(sounding),
                    context.tag_of_previous(),
                )
            } else {
                (None, None)
            };
            let pov_words = || {
                tokens
                    .iter()
                    .filter(|token| token.quote.is_none() && token.kind == TokenKind::Word)
                    .map(|token| &text[token.start..token.end])
                    .filter(|word| text::is_pov_word(word))
            };
            let first_person = pov_words().next().is_some();
            // `I` is always a subject; `you` only where it starts a sentence (`You
            // hand her the wine`, not `She hands you the wine`).
            let pov_acts = pov_words().any(|word| text::without_contraction(word) == "i")
                || beats
                    .iter()
                    .any(|(subject, _)| matches!(subject, Subject::SecondPerson));
            let pronouns = narration_pronouns(&context, &subjects);
            let devices = devices::in_narration(text, &tokens);
            // Where the narration turns to the pov character (`Then, to me:`), as
            // the token of `me` or `you`.
            let mut pov_turns = tokens.windows(2).enumerate().filter_map(|(at, pair)| {
                let [word, next] = pair else { return None };
                let narration_word =
                    |token: &Token| token.quote.is_none() && token.kind == TokenKind::Word;
                (narration_word(word)
                    && narration_word(next)
                    // The cheap test first: it spares lower-casing nearly every word.
                    && matches!(&text[next.start..next.end], "you" | "me")
                    && matches!(
                        text[word.start..word.end].to_lowercase().as_str(),
                        "at" | "to" | "toward" | "towards"
                    ))
                .then_some(at + 1)
            });
            let last_pov_turn = pov_turns.next_back();
            let pov_addressed = last_pov_turn.is_some();
            // `"Careful, Ah Ma!" Then, to me: "I'm going to die."`: the quotes after
            // the narration last turns to someone are said to them, not to whom the
            // earlier ones called.
            let last_turn = mentions
                .iter()
                .filter(|mention| tokens[mention.first].quote.is_none() && mention.object)
                .map(|mention| mention.first)
                .chain(last_pov_turn)
                .max();
            let turned_from_quote = last_turn.and_then(|at| {
                tokens[at..]
                    .iter()
                    .find_map(|token| token.quote)
                    .filter(|&quote| quote > 0)
            });
            let has_narration = tokens
                .iter()
                .any(|token| token.quote.is_none() && token.kind == TokenKind::Word);
            let time_skip = quotes.is_empty() && time_skips::opens_with_time_skip(text, &tokens);
            let mut mentions = mentions;
            for (mention, after) in mentions.iter_mut().zip(after_subject) {
                mention.after_subject = after;
            }
            ParagraphFacts {
                tokens,
                mentions,
                quotes,
                tags,
                beats,
                partners,
                departures,
                newcomers,
                described: Vec::new(),
                vocatives,
                questions,
                addressed,
                first_person,
                pov_addressed,
                turned_from_quote,
                named_after_pronoun,
                pov_acts,
                devices,
                pronouns,
                has_narration,
                intro,
                outro,
                time_skip,
                kind: Some(ParagraphKind::Body),
                paired: Vec::new(),
            }
        })
        .collect()
}

/// A gendered third-person pronoun of the narration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NarrationPronoun {
    token: usize,
    gender: Gender,
    /// For an object (`him`, `told her`), the token of its clause's subject, which it
    /// cannot mean (`Matthew asked him` is not Matthew asking himself).
    subject: Option<usize>,
}

/// The subjects of a paragraph's clauses, beats' and tags', by token, with the
/// characters a named one means.
fn clause_subjects(beats: &[(Subject, usize)], tags: &[Option<Tag>]) -> Vec<ClauseSubject> {
    beats
        .iter()
        .map(|(subject, at)| {
            let named = match subject {
                Subject::Named(characters) => Some(characters.clone()),
                _ => None,
            };
            (*at, named)
        })
        .chain(tags.iter().flatten().map(|tag| (tag.position, None)))
        .collect()
}

/// Words that open a clause of its own inside a sentence (`until`, `and`).
const CLAUSE_OPENERS: &[&str] = &[
    "like", "if", "because", "when", "while", "until", "till", "and", "but", "that", "as",
    "before", "after", "though", "although", "once", "since", "unless", "whenever",
];

/// Subjects of such a clause that are no one the sentence's subject could be: a
/// thing, a crowd, someone unnamed, the other persons (`until everyone was looking at
/// her`). Not `he` or `she`, often the same one (`Kylo laughed when he saw him`).
const OTHER_CLAUSE_SUBJECTS: &[&str] = &[
    "it",
    "everyone",
    "everybody",
    "everything",
    "someone",
    "somebody",
    "something",
    "nobody",
    "nothing",
    "anyone",
    "anybody",
    "they",
    "we",
    "I",
    "you",
];

/// The token of the last subject before `token` in its sentence, if any.
fn subject_before(context: &Context, subjects: &[ClauseSubject], token: usize) -> Option<usize> {
    let subject = subjects
        .iter()
        .map(|(at, _)| *at)
        .filter(|&at| at < token && same_sentence(context, at, token))
        .max()?;
    // `She looked at Lu, who had come out behind her`: the object is in a relative
    // clause, whose subject is Lu, not the main clause's `She`.
    let relative = context.tokens[subject + 1..token].iter().any(|between| {
        between.kind == TokenKind::Word
            && matches!(&context.text[between.start..between.end], "who" | "which")
    });
    // `He was leaning on the wall like it was holding him up`, `Nani waited until
    // everyone was looking at her`: a clause of its own with another subject, a thing,
    // a crowd or someone unnamed, whose object may well be the main clause's subject.
    // (`until the door closed behind her` too, but `the cup and the saucer` is not
    // a clause: with `the` and `a` it measured dev −6, fixtures −5.)
    // Not `Kylo and I looked at him`: a second subject beside the first.
    let own_clause = (subject + 2..token).any(|at| {
        context
            .word(at)
            .is_some_and(|word| OTHER_CLAUSE_SUBJECTS.contains(&word))
            && context.word(at - 1).is_some_and(|opener| {
                CLAUSE_OPENERS.contains(&opener) && !(opener == "and" && at == subject + 2)
            })
    });
    (!relative && !own_clause).then_some(subject)
}

/// Whom the last sentence of a unit's quotes that calls anyone by name calls,
/// when an earlier sentence called someone else.
fn called_last(document: &Document, facts: &[ParagraphFacts], unit: &Unit) -> Option<Vec<usize>> {
    let paragraph = *unit
        .paragraphs
        .iter()
        .rev()
        .find(|&&paragraph| !facts[paragraph].vocatives.is_empty())?;
    let fact = &facts[paragraph];
    let text = &document.paragraphs[paragraph].text;
    let called: Vec<&Mention> = fact
        .mentions
        .iter()
        .filter(|mention| fact.tokens[mention.first].quote.is_some() && fact.is_vocative(mention))
        .collect();
    let last = called.iter().map(|mention| mention.first).max()?;
    let apart = |from: usize, to: usize| {
        fact.tokens[from.min(to)..from.max(to)]
            .iter()
            .any(|token| text::ends_sentence(text, token) || token.quote.is_none())
    };
    let (with_last, before): (Vec<&Mention>, Vec<&Mention>) = called
        .into_iter()
        .partition(|mention| !apart(mention.first, last));
    if before.is_empty() && unit.paragraphs.len() == 1 {
        return None;
    }
    Some(
        with_last
            .into_iter()
            .flat_map(|mention| mention.characters.iter().copied())
            .collect(),
    )
}

/// Whom the first sentence of a paragraph's quote calls by name (`"Dorcas. Come
/// down,"`, `"Yes, Mrs Pettifer."`); a later sentence may turn to someone else
/// (`"Hands ON. Mori, are you deaf?"`).
fn first_sentence_vocatives(fact: &ParagraphFacts, text: &str, quote: usize) -> Vec<usize> {
    let in_quote = |token: &Token| token.quote == Some(quote);
    let Some(start) = fact.tokens.iter().position(in_quote) else {
        return Vec::new();
    };
    fact.mentions
        .iter()
        .filter(|mention| {
            in_quote(&fact.tokens[mention.first])
                && fact.is_vocative(mention)
                && !fact.tokens[start..mention.first]
                    .iter()
                    .any(|token| text::ends_sentence(text, token))
        })
        .flat_map(|mention| mention.characters.iter().copied())
        .collect()
}

/// No sentence end nor quote between the tokens `from` and `to`.
fn same_sentence(context: &Context, from: usize, to: usize) -> bool {
    !context.tokens[from..to]
        .iter()
        .any(|token| text::ends_sentence(context.text, token) || token.quote.is_some())
}

/// A clause's subject: its token, and the characters it names if it is a name.
type ClauseSubject = (usize, Option<Vec<usize>>);

/// For each gendered pronoun subject of the narration, the characters named after it
/// in its sentence (`He looks at you over Ollie's head`): whom the pronoun cannot
/// mean, as `he` and `Ollie` there are two people.
fn named_after_pronouns(context: &Context, subjects: &[ClauseSubject]) -> Vec<(usize, Vec<usize>)> {
    subjects
        .iter()
        .filter(|(at, named)| {
            named.is_none()
                && context
                    .word(*at)
                    .is_some_and(|word| matches!(word, "he" | "she" | "He" | "She"))
        })
        .filter_map(|&(at, _)| {
            let named: Vec<usize> = context
                .mentions
                .iter()
                .filter(|mention| mention.first > at && same_sentence(context, at, mention.first))
                .flat_map(|mention| mention.characters.iter().copied())
                .collect();
            (!named.is_empty()).then_some((at, named))
        })
        .collect()
}

/// For each mention, whether it follows another subject in its sentence: a beat's
/// or a tag's (`He stood there, watching Hollis reverse`, `I told Marcus`), and is not
/// a subject itself (`and Torque came in`) nor one of a list of them (`Mum and Dad`).
fn after_another_subject(context: &Context, subjects: &[ClauseSubject]) -> Vec<bool> {
    context
        .mentions
        .iter()
        .map(|mention| {
            if context.tokens[mention.first].quote.is_some()
                || subjects.iter().any(|(at, _)| *at == mention.first)
            {
                return false;
            }
            let previous_word = mention
                .first
                .checked_sub(1)
                .and_then(|previous| context.word(previous));
            let listed = matches!(previous_word, Some("and" | "or" | "nor"));
            // `…, and didn't interrupt, which Castellano gathered was rare`: a
            // relative clause's subject stays behind its sentence's, past any `and`.
            let relative = matches!(previous_word, Some("which" | "whom" | "whose"));
            !listed
                && subjects.iter().any(|(at, named)| {
                    *at < mention.first
                        && named.as_ref().is_none_or(|characters| {
                            !characters
                                .iter()
                                .any(|character| mention.characters.contains(character))
                        })
                        && same_sentence(context, *at, mention.first)
                        && (relative
                            || !(*at + 1..mention.first).any(|token| {
                                context
                                    .word(token)
                                    .is_some_and(|word| CLAUSE_WORDS.contains(&word))
                            }))
                })
        })
        .collect()
}

/// Words that join a new main clause, whose subject may be a later name (`and even
/// as he spoke there came a voice`); a subordinate clause's subject stays behind its
/// sentence's (`Corvin was quiet so long that Pell began to take it back`).
const CLAUSE_WORDS: &[&str] = &["and", "but", "nor", "or", "then", "whereupon", "yet"];

/// Words after which `her` is an object (`told her that`, `gave her a look`), not a
/// possessive (`her hands`).
const AFTER_OBJECT_HER: &[&str] = &[
    "a",
    "about",
    "again",
    "an",
    "and",
    "as",
    "at",
    "away",
    "back",
    "but",
    "down",
    "for",
    "from",
    "his",
    "how",
    "if",
    "in",
    "into",
    "it",
    "my",
    "nothing",
    "now",
    "off",
    "on",
    "once",
    "or",
    "out",
    "over",
    "so",
    "something",
    "that",
    "the",
    "then",
    "this",
    "to",
    "too",
    "up",
    "what",
    "when",
    "why",
    "with",
    "your",
];

/// The narration's gendered pronouns, each object with the subject of its clause.
fn narration_pronouns(context: &Context, subjects: &[ClauseSubject]) -> Vec<NarrationPronoun> {
    let tokens = context.tokens;
    tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| token.quote.is_none() && token.kind == TokenKind::Word)
        .filter_map(|(index, token)| {
            let (gender, object) = match &context.text[token.start..token.end] {
                "he" | "He" | "his" | "His" | "himself" => (Gender::Male, false),
                "him" => (Gender::Male, true),
                "she" | "She" | "Her" | "herself" => (Gender::Female, false),
                "her" => (
                    Gender::Female,
                    tokens.get(index + 1).is_none_or(|next| {
                        next.kind != TokenKind::Word
                            || next.quote.is_some()
                            || AFTER_OBJECT_HER.contains(&&context.text[next.start..next.end])
                    }),
                ),
                _ => return None,
            };
            let subject = if object {
                subject_before(context, subjects, index)
            } else {
                None
            };
            Some(NarrationPronoun {
                token: index,
                gender,
                subject,
            })
        })
        .collect()
}

/// The tag of each quote: a speech tag after it, else one before it, else a weaker
/// subject-and-verb clause after it.
fn quote_tags(context: &Context, quote_count: usize) -> Vec<Option<Tag>> {
    let mut bounds: Vec<Option<(usize, usize)>> = vec![None; quote_count];
    for (position, token) in context.tokens.iter().enumerate() {
        if let Some(quote) = token.quote {
            let entry = bounds[quote].get_or_insert((position, position + 1));
            entry.1 = position + 1;
        }
    }
    let mut previous_end = 0;
    let mut tags = Vec::with_capacity(quote_count);
    for bound in bounds {
        let Some((first, end)) = bound else {
            tags.push(None);
            continue;
        };
        let after = context.tag_after(end);
        // The opening mark sits right before the first word of the quote.
        let open = if first > 0 && context.tokens[first - 1].kind == TokenKind::Punct {
            first - 1
        } else {
            first
        };
        let tag = match after {
            Some(tag) if tag.speech_verb => Some(tag),
            weak => context.tag_before(previous_end, open).or(weak),
        };
        tags.push(tag);
        previous_end = end + 1;
    }
    tags
}

/// Dialogue with one speaker: a paragraph's quotes, plus the paragraphs a quote runs on into.
#[derive(Debug, Clone)]
struct Unit {
    paragraphs: Vec<usize>,
    segments: Vec<usize>,
    /// (paragraph, quote index in the paragraph) of each segment.
    quotes: Vec<(usize, usize)>,
}

fn build_units(
    document: &Document,
    facts: &[ParagraphFacts],
    segments: &[Segment],
    genders: &[Option<Gender>],
) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    for (paragraph, fact) in facts.iter().enumerate() {
        let Some(&first) = fact.quotes.first() else {
            continue;
        };
        let continues = segments[first].quote.continued
            && units
                .last()
                .is_some_and(|unit| unit.paragraphs.last() == Some(&(paragraph.wrapping_sub(1))));
        for (number, group) in quote_groups(&document.paragraphs[paragraph].text, fact, genders)
            .into_iter()
            .enumerate()
        {
            let group_segments: Vec<usize> =
                group.iter().map(|&quote| fact.quotes[quote]).collect();
            let quotes = group.iter().map(|&quote| (paragraph, quote));
            // `"…seduce me.` ¶ `"Okonkwo, I swear," says Rafa.`: a quote left open
            // runs on into the next paragraph, unless that one's tag names another.
            let runs_on = continues
                && !(number == 0
                    && units
                        .last()
                        .is_some_and(|unit| names_another(facts, unit, fact, &group, genders)));
            match units.last_mut() {
                Some(unit) if runs_on && number == 0 => {
                    unit.paragraphs.push(paragraph);
                    unit.segments.extend(group_segments);
                    unit.quotes.extend(quotes);
                }
                _ => units.push(Unit {
                    paragraphs: vec![paragraph],
                    segments: group_segments,
                    quotes: quotes.collect(),
                }),
            }
        }
    }
    units
}

/// True when a tag of the paragraph's quotes `group` names someone surely not the
/// one a tag of `unit` names: two names, or a name and a pronoun of the other
/// gender. Across paragraphs a name after a pronoun may still be the same person.
fn names_another(
    facts: &[ParagraphFacts],
    unit: &Unit,
    fact: &ParagraphFacts,
    group: &[usize],
    genders: &[Option<Gender>],
) -> bool {
    let Some(new) = group.iter().find_map(|&quote| tagged_speaker(fact, quote)) else {
        return false;
    };
    unit.quotes
        .iter()
        .filter_map(|&(paragraph, quote)| tagged_speaker(&facts[paragraph], quote))
        .any(|old| match (new, old) {
            (Subject::Named(_) | Subject::Uncast(_), Subject::Pronoun(_))
            | (Subject::Pronoun(_), Subject::Named(_) | Subject::Uncast(_)) => {
                differ(new, old, genders) && differ(old, new, genders)
            }
            _ => differ(new, old, genders),
        })
}

impl Unit {
    /// True for the unit's first and last paragraphs. A long quote's middle paragraphs
    /// are all speech; words outside their marks there are a story told inside the
    /// quote (`"… I exclaimed. …`), not tags for the quote.
    /// In a quote of three or more paragraphs only the first counts: the text
    /// copied into stories often loses the marks of quotes nested in a long speech.
    fn is_edge(&self, paragraph: usize) -> bool {
        self.paragraphs.first() == Some(&paragraph)
            || self.paragraphs.len() == 2 && self.paragraphs.last() == Some(&paragraph)
    }
}

/// Splits a paragraph's quotes where a speech tag names a different speaker than
/// the one before (`"Yes," said Kylo. "No," said Rose.`); one group otherwise.
fn quote_groups(text: &str, fact: &ParagraphFacts, genders: &[Option<Gender>]) -> Vec<Vec<usize>> {
    let mut groups = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut speaker: Option<&Subject> = None;
    let mut previous_end = 0;
    for quote in 0..fact.quotes.len() {
        let (first, end) = quote_bounds(&fact.tokens, quote);
        // `"…Quit it." Wes snorted. Darla kept going. "The house goes…"`: a name acting
        // right before an untagged quote, after another's line, is its speaker.
        let beat = fact
            .beats
            .iter()
            .rev()
            .find(|(_, position)| (previous_end..first).contains(position))
            .filter(|(_, position)| names::starts_sentence(text, &fact.tokens, *position))
            .map(|(subject, _)| subject)
            .filter(
                |subject| matches!(subject, Subject::Named(characters) if characters.len() == 1),
            );
        previous_end = end;
        let subject = tagged_speaker(fact, quote).or(beat.filter(|_| quote > 0));
        if let (Some(new), Some(old)) = (subject, speaker) {
            if differ(new, old, genders) && !current.is_empty() {
                groups.push(std::mem::take(&mut current));
                speaker = None;
            }
        }
        current.push(quote);
        speaker = speaker.or(subject);
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups
}

/// The first and one past the last token of a paragraph's quote.
fn quote_bounds(tokens: &[Token], quote: usize) -> (usize, usize) {
    let mut inside = tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| token.quote == Some(quote))
        .map(|(position, _)| position);
    let first = inside.next().unwrap_or(0);
    let last = inside.next_back().unwrap_or(first);
    (first, last + 1)
}

/// The subject of a quote's speech tag, when it names one person for sure.
fn tagged_speaker(fact: &ParagraphFacts, quote: usize) -> Option<&Subject> {
    fact.tags[quote]
        .as_ref()
        .filter(|tag| tag.speech_verb)
        .map(|tag| &tag.subject)
        .filter(|subject| definite(subject))
}

/// A subject that names one person for sure.
fn definite(subject: &Subject) -> bool {
    match subject {
        Subject::Named(characters) => characters.len() == 1,
        Subject::FirstPerson | Subject::Uncast(_) | Subject::Pronoun(_) => true,
        _ => false,
    }
}

/// Two definite subjects, `later` in the paragraph than `earlier`, that cannot be the
/// same person: different names, a pronoun and a name of the other gender, or a
/// name after a pronoun (`"…?" he asked. … "…," said the Unseen`): a pronoun points
/// back to a name, so a name that follows one brings in someone else.
fn differ(later: &Subject, earlier: &Subject, genders: &[Option<Gender>]) -> bool {
    let (left, right) = (later, earlier);
    let gender_of = |subject: &Subject| match subject {
        Subject::Pronoun(gender) => *gender,
        Subject::Named(characters) if characters.len() == 1 => {
            genders.get(characters[0]).copied().flatten()
        }
        _ => None,
    };
    match (left, right) {
        // `he said` and `it cried` in one paragraph are two speakers.
        (Subject::Pronoun(_), Subject::Pronoun(_)) => left != right,
        (Subject::Named(_) | Subject::Uncast(_), Subject::Pronoun(_)) => true,
        (Subject::Pronoun(_), _) | (_, Subject::Pronoun(_)) => {
            matches!((gender_of(left), gender_of(right)), (Some(one), Some(other)) if one != other)
        }
        _ => left != right,
    }
}

/// The speakers a unit can get: the cast, then uncast names found in tags.
#[derive(Debug, Clone)]
struct Candidates {
    ids: Vec<String>,
    genders: Vec<Option<Gender>>,
    pov: Option<usize>,
    cast_count: usize,
    found: Vec<FoundSpeaker>,
    /// Uncast name (as written) to candidate index.
    by_name: HashMap<String, usize>,
    /// The lower-case words of each candidate's names and aliases (`doctor`,
    /// `losberne`), so a description tag (`said the doctor`) can point at a title.
    words: Vec<Vec<String>>,
    /// Whether each candidate is a group speaking as one (`the whole bar`).
    groups: Vec<bool>,
}

/// Whether a cast entry is a group that speaks as one: not a man, a woman or the
/// narrator, and named as a crowd is (`the whole bar`, `half the line`, `all of
/// them`, `everyone`, `the twins`, `the crew`), not as one being (`the voice in the
/// corn`, `the Lantern Man`).
fn is_group(character: &Character) -> bool {
    // Nouns for people together; not places (`the house`, `the bar`), which may be one
    // being that speaks, and whose crowds the cast calls `the whole …`.
    const COLLECTIVES: &[&str] = &[
        "crowd",
        "crew",
        "team",
        "band",
        "class",
        "audience",
        "choir",
        "family",
        "party",
        "jury",
        "congregation",
        "chorus",
        "gang",
        "squad",
        "company",
        "council",
        "staff",
    ];
    if character.pov || matches!(character.gender, Some(Gender::Male | Gender::Female)) {
        return false;
    }
    character.names().any(|name| {
        let name = name.to_lowercase();
        let words: Vec<&str> = name.split_whitespace().collect();
        let crowd_phrase = ["the whole ", "all ", "most of ", "half the ", "both "]
            .iter()
            .any(|start| name.starts_with(start))
            || matches!(words.as_slice(), ["everyone" | "everybody" | "all"])
            || name.ends_with(" of them")
            || name.ends_with(" of us");
        // `the passengers`, `the twins`, `the crew`: one plural or collective noun.
        let plural = match words.as_slice() {
            ["the", noun] | ["the", _, noun] => {
                COLLECTIVES.contains(noun) || (noun.ends_with('s') && !noun.ends_with("ss"))
            }
            _ => false,
        };
        crowd_phrase || plural
    })
}

/// The lower-case words of names, without articles and abbreviation periods.
fn name_words<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut words: Vec<String> = names
        .flat_map(str::split_whitespace)
        .map(text::normalized)
        .map(|word| {
            // Titles are written short in names and long in tags (`Dr. Kemp`, `the doctor`).
            match word.as_str() {
                "dr" => "doctor",
                "prof" => "professor",
                "capt" => "captain",
                "col" => "colonel",
                "lt" => "lieutenant",
                "sgt" => "sergeant",
                "rev" => "reverend",
                _ => return word,
            }
            .to_string()
        })
        .filter(|word| !matches!(word.as_str(), "the" | "a" | "an" | "of"))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

impl Candidates {
    fn new(cast: &Cast) -> Candidates {
        Candidates {
            ids: cast
                .characters
                .iter()
                .map(|character| character.id.clone())
                .collect(),
            genders: cast
                .characters
                .iter()
                .map(|character| character.gender)
                .collect(),
            pov: cast.characters.iter().position(|character| character.pov),
            cast_count: cast.characters.len(),
            found: Vec::new(),
            by_name: HashMap::new(),
            words: cast
                .characters
                .iter()
                .map(|character| {
                    name_words(
                        std::iter::once(character.name.as_str())
                            .chain(character.aliases.iter().map(String::as_str)),
                    )
                })
                .collect(),
            groups: cast.characters.iter().map(is_group).collect(),
        }
    }

    /// Adds a speaker by id (for fixes naming someone outside the cast).
    fn ensure(&mut self, id: &str, name: &str, gender: Option<Gender>) -> usize {
        if let Some(position) = self.ids.iter().position(|known| known == id) {
            return position;
        }
        self.ids.push(id.to_string());
        self.genders.push(gender);
        self.words.push(name_words(std::iter::once(name)));
        self.groups.push(false);
        self.found.push(FoundSpeaker {
            id: id.to_string(),
            name: name.to_string(),
            gender,
        });
        self.ids.len() - 1
    }

    /// Registers every uncast name that a speech tag makes speak, with a guessed gender.
    fn add_uncast_speakers(&mut self, document: &Document, facts: &[ParagraphFacts]) {
        for (paragraph, fact) in facts.iter().enumerate() {
            for tag in fact.tags.iter().flatten() {
                let Subject::Uncast(name) = &tag.subject else {
                    continue;
                };
                if !tag.speech_verb {
                    continue;
                }
                let gender = guess_gender(
                    name,
                    &document.paragraphs[paragraph].text,
                    &fact.tokens,
                    tag.position,
                );
                let position = self.ensure(&slug(name), name, gender);
                if self.genders[position].is_none() {
                    self.genders[position] = gender;
                    if let Some(found) = self
                        .found
                        .iter_mut()
                        .find(|found| found.id == self.ids[position])
                    {
                        found.gender = gender;
                    }
                }
                self.by_name.insert(name.clone(), position);
            }
        }
    }
}

/// A name's gender from its title, else from the next gendered pronoun nearby.
fn guess_gender(name: &str, text: &str, tokens: &[Token], position: usize) -> Option<Gender> {
    let first = name
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    match first.as_str() {
        "mr" | "sir" | "lord" | "master" | "king" | "prince" | "uncle" | "father" | "brother" => {
            return Some(Gender::Male)
        }
        "mrs" | "miss" | "ms" | "lady" | "madam" | "queen" | "princess" | "aunt" | "mother"
        | "sister" => return Some(Gender::Female),
        _ => {}
    }
    tokens.iter().skip(position + 1).take(25).find_map(|token| {
        match &text[token.start..token.end] {
            "he" | "his" | "him" | "He" | "His" => Some(Gender::Male),
            "she" | "her" | "She" | "Her" => Some(Gender::Female),
            _ => None,
        }
    })
}

/// How the previous unit connects to this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// Nothing but dialogue paragraphs between them.
    Adjacent,
    /// Some narration paragraphs between them.
    Gap,
    /// A heading, a scene break, or a long stretch of narration: a new conversation.
    Broken,
}

/// A decided unit, as later units see it.
#[derive(Debug, Clone, Copy)]
struct Decided {
    speaker: usize,
    /// The unit's index, for what it says about others ([`UnitPeople`]).
    unit: usize,
    first: usize,
    last: usize,
}

/// Who a unit speaks to or of, whoever its speaker: the same in every hypothesis, so
/// worked out once.
#[derive(Debug, Clone, Default)]
struct UnitPeople {
    vocatives: Vec<usize>,
    /// The unit ends with a question, which the one it addresses answers.
    asks: bool,
    named_inside: Vec<usize>,
    addressed: Vec<usize>,
}

impl UnitPeople {
    fn of(
        document: &Document,
        facts: &[ParagraphFacts],
        unit: &Unit,
        pov: Option<usize>,
    ) -> UnitPeople {
        let mut people = UnitPeople::default();
        // Narration just before the unit sets up whom it is said to (`He turns back
        // to you. ¶ "Can you fix it?"`).
        let first = unit.paragraphs.first().copied().unwrap_or(0);
        let scene = first
            .checked_sub(1)
            .filter(|&before| facts[before].quotes.is_empty());
        for paragraph in scene.into_iter().chain(unit.paragraphs.iter().copied()) {
            let fact = &facts[paragraph];
            people.addressed.extend(&fact.addressed);
            if fact.pov_addressed {
                people.addressed.extend(pov);
            }
            if scene == Some(paragraph) {
                continue;
            }
            for (quote, characters) in &fact.vocatives {
                if fact.turned_from_quote.is_none_or(|turned| *quote >= turned) {
                    people.vocatives.extend(characters);
                }
            }
            for mention in fact
                .mentions
                .iter()
                .filter(|mention| mention.said_of_another(&fact.tokens))
            {
                people.named_inside.extend(&mention.characters);
            }
        }
        // `My pub, Clive. My decision is final. Kasia, what do we do?`: the one
        // called last is the one to answer.
        if let Some(called) = called_last(document, facts, unit) {
            people
                .vocatives
                .retain(|character| called.contains(character));
        }
        people.asks = unit
            .quotes
            .last()
            .is_some_and(|(paragraph, quote)| facts[*paragraph].questions.contains(quote));
        people
    }
}

/// How many paragraphs after leaving someone still counts as gone, unless named or
/// heard again: about a scene.
const DEPARTED_FOR: u64 = 40;

/// Goes through the story in order, keeping who was mentioned and who spoke.
struct Decoder<'a> {
    facts: &'a [ParagraphFacts],
    units: &'a [Unit],
    /// How each unit connects to the one before it.
    links: Vec<Link>,
    /// Per unit, the first unit of its conversation (after the last broken link).
    scene_starts: Vec<usize>,
    /// The speaker each unit's own speech tag names, when it names one for sure.
    anchors: Vec<Option<usize>>,
    /// The words of each unit's description tag (`old gentleman`), if it has one.
    phrases: Vec<Option<String>>,
    /// Units whose description was brought in by the narration with `a`/`an` not
    /// long before (`a girl in a denim jacket` … `said the girl`): someone new.
    newcomers: Vec<bool>,
    /// Units without a speech tag right after (or in) narration that brings someone
    /// new in (`A man cleared his throat. ¶ "Evening."`): the gender the noun implies.
    beat_newcomers: Vec<Option<Option<Gender>>>,
    /// For those units, the cast member whose alias is the newcomer's description
    /// itself (`a very old man in a khaki shirt`), if any: no one to guess.
    cast_newcomers: Vec<Option<usize>>,
    /// Per unit, the candidates whose tagged lines name someone this unit's quotes
    /// name only in other words (`Miss Hortense` for `Granny`).
    named_otherwise: Vec<Vec<usize>>,
    /// Who the story's title pairs with the reader (`Kylo x Reader`).
    paired: Vec<usize>,
    /// The devices in each unit's narration and the narration just before it.
    unit_devices: Vec<Option<devices::Kinds>>,
    /// Per unit, whom the first sentence of its first quote calls by name.
    called_first: Vec<Vec<usize>>,
    /// Per candidate, the first paragraph that names them (in narration or a quote).
    first_named: Vec<usize>,
    /// Units whose tag names a character by a lower-case role alias (`said the
    /// doctor` for a cast alias `The Doctor`): as much a description as a name.
    common_alias: Vec<bool>,
    /// For units without such a tag: the subject of a sentence opening the unit's
    /// paragraph before its first quote (`Rose frowned. "…"`).
    beat_anchors: Vec<Option<usize>>,
    candidates: &'a Candidates,
    weights: &'a Weights,
    /// Next paragraph whose narration has not been added to the state.
    next_paragraph: usize,
    last_mention: Vec<u64>,
    last_subject: Vec<u64>,
    /// Where each candidate last left the scene (`Lachie wanders off`).
    last_departure: Vec<u64>,
    mention_count: Vec<u32>,
    /// Whole-story priors: how many units' tags name each candidate, and how often
    /// the narration names it. A story's talkers are known before its first line.
    /// (Tag counts are no feature of their own: a fic's hero tagged only `he said`
    /// lost every untagged line to a side character tagged by name; fitted without
    /// them, held-out accuracy stayed the same.)
    tagged_total: Vec<u32>,
    mentioned_total: Vec<u32>,
    /// The most named and most tagged man and woman of the story (not the pov), whom
    /// the narration's `he` and `she` most often mean.
    protagonists: Vec<(Gender, usize)>,
    /// Per unit, the candidates whose tagged lines its words sound most like.
    idiolects: Vec<Vec<(usize, f32)>>,
    /// Per unit, who it speaks to or of.
    people: Vec<UnitPeople>,
    /// What the decisions so far imply; swapped in per beam hypothesis.
    state: DecisionState,
    /// Dense features of the current unit: candidate × feature.
    buffer: Vec<f32>,
    /// Per candidate, the features whose slots in `buffer` are not zero (bit by
    /// feature index), so scoring and clearing visit only them, in order.
    touched: Vec<u128>,
    /// `(1 + n).ln()` for every count a prior can have (spoken: at most the number of
    /// units; mentioned: at most the whole story's mentions), worked out once rather
    /// than for every candidate under every hypothesis.
    ln_table: Vec<f32>,
}

// A candidate's features fit one `u128` of [`Decoder::touched`].
const _: () = assert!(features::SIGNALS <= 128);

/// The part of the decoder's state that follows from its own decisions.
#[derive(Debug, Clone)]
struct DecisionState {
    last_spoke: Vec<u64>,
    /// Where each character last said a line this reading was sure of: who a
    /// pronoun in the narration (`He laughs.`) points back to, besides the names.
    heard: Vec<u64>,
    spoken_count: Vec<u32>,
    /// The latest decided units (only the last few are ever looked at).
    history: Vec<Decided>,
    /// Recent description tags and who they were given to (`old gentleman`), as the
    /// unit whose tag has the phrase.
    descriptions: Vec<(usize, usize)>,
    /// Per kind of device (phone, radio, intercom), the last speaker other than the
    /// narrator of a unit whose narration has one (`The walkie crackles.`).
    device_voices: [Option<usize>; devices::KINDS],
}

impl DecisionState {
    fn new(count: usize) -> Self {
        DecisionState {
            last_spoke: vec![0; count],
            heard: vec![0; count],
            spoken_count: vec![0; count],
            history: Vec::new(),
            descriptions: Vec::new(),
            device_voices: [None; devices::KINDS],
        }
    }

    /// Records that `speaker` said `unit`.
    /// Records that the unit `unit_index` was given to `speaker` with `confidence`.
    fn remember(&mut self, decoder: &Decoder, unit_index: usize, speaker: usize, confidence: f32) {
        let (facts, phrases) = (decoder.facts, &decoder.phrases);
        // `It's close, Mum.` into the phone, `Ridge Base, Team Two.` on the radio: the
        // one called is the voice at the other end, not the one holding it. The
        // narrator's own lines over a device do not make them its voice.
        let called = decoder.people[unit_index]
            .vocatives
            .iter()
            .copied()
            .find(|&called| called != speaker);
        let device_voice = called
            .or((Some(speaker) != decoder.candidates.pov).then_some(speaker))
            .and_then(|voice| decoder.unit_devices[unit_index].map(|kinds| (kinds, voice)));
        let unit = &decoder.units[unit_index];
        let first = unit.paragraphs[0];
        let last = *unit.paragraphs.last().unwrap_or(&first);
        if speaker >= self.spoken_count.len() {
            return;
        }
        self.spoken_count[speaker] += 1;
        // Where the unit's last quote ends: a later unit of the same paragraph comes after it.
        let end = unit
            .quotes
            .last()
            .and_then(|&(paragraph, quote)| {
                let tokens = &facts[paragraph].tokens;
                tokens
                    .iter()
                    .rposition(|token| token.quote == Some(quote))
                    .map(|token| position(paragraph, token))
            })
            .unwrap_or_else(|| position(last, 0xFF_FFFF));
        self.last_spoke[speaker] = end;
        // A voice over a radio is heard, not seen: the narration's `his neck` is
        // still the one beside the narrator.
        let over_device = device_voice.is_some_and(|(_, voice)| voice == speaker);
        if confidence >= SURE_SPEECH && !over_device {
            self.heard[speaker] = end;
        }
        if let Some(phrase) = &phrases[unit_index] {
            self.descriptions
                .retain(|&(known, _)| phrases[known].as_ref() != Some(phrase));
            if self.descriptions.len() >= 16 {
                self.descriptions.remove(0);
            }
            self.descriptions.push((unit_index, speaker));
        }
        if let Some((kinds, device_voice)) = device_voice {
            for (kind, voice) in self.device_voices.iter_mut().enumerate() {
                if kinds.has(kind) {
                    *voice = Some(device_voice);
                }
            }
        }
        // Features look back at most six units; keep the clone cheap.
        if self.history.len() >= 8 {
            self.history.remove(0);
        }
        self.history.push(Decided {
            speaker,
            unit: unit_index,
            first,
            last,
        });
    }
}

/// How many hypotheses the decoder keeps: a wrong early guess in a run of untagged
/// quotes can be outscored by a reading that alternates better later. With
/// hypotheses that end in the same two speakers merged, eight measured 85.79% held
/// out against 85.67% for four, at two thirds of the speed (at b63df7c). Once the
/// decoder was twice as fast, six scored as eight on the dev novels (87.83% against
/// 87.66% for four, same weights) at 9.1 MB/s against 7.5.
const BEAM_WIDTH: usize = 6;

/// How many paragraphs back `a girl` may come before `said the girl`.
const NEWCOMER_LOOKBACK: usize = 4;

/// How many paragraphs after `said the girl` the newcomer's name may come.
const NEWCOMER_NAMED_WITHIN: usize = 30;

/// Nouns of description tags that say nothing about who it is (`the old gentleman`).
const GENERIC_NOUNS: &[&str] = &[
    "man",
    "woman",
    "gentleman",
    "lady",
    "boy",
    "girl",
    "fellow",
    "person",
    "child",
    "one",
    "other",
    "creature",
    "youth",
    "guy",
    "kid",
    "stranger",
    "men",
    "women",
    "people",
    "voice",
];

/// True when a candidate of gender `actual` is surely of the `wanted` gender (any,
/// when none is wanted; an unknown gender is not sure).
fn is_surely(wanted: Option<Gender>, actual: Option<Gender>) -> bool {
    wanted.is_none_or(|wanted| actual == Some(wanted))
}

/// The unit's mentions that come before position `at` (a tag or a beat), which a
/// pronoun there can point back to.
fn mentions_before(unit_mentions: &[(usize, u64)], at: u64) -> Vec<(usize, u64)> {
    unit_mentions
        .iter()
        .copied()
        .filter(|&(_, seen)| seen < at)
        .collect()
}

/// How many paragraphs before a unit count as the narration that sets its scene.
const SCENE_PARAGRAPHS: usize = 2;

/// A unit's scores under one hypothesis.
struct Scored {
    scores: Vec<f32>,
    record: Option<Record>,
}

/// A position in the story that orders mentions: paragraph, then token.
fn position(paragraph: usize, token: usize) -> u64 {
    ((paragraph as u64 + 1) << 24) | token.min(0xFF_FFFF) as u64
}

impl<'a> Decoder<'a> {
    fn new(
        document: &'a Document,
        facts: &'a [ParagraphFacts],
        units: &'a [Unit],
        candidates: &'a Candidates,
        weights: &'a Weights,
    ) -> Self {
        let count = candidates.ids.len();
        let mut decoder = Decoder {
            facts,
            units,
            links: Vec::new(),
            scene_starts: Vec::new(),
            anchors: Vec::new(),
            beat_anchors: Vec::new(),
            phrases: Vec::new(),
            newcomers: Vec::new(),
            beat_newcomers: Vec::new(),
            cast_newcomers: Vec::new(),
            named_otherwise: Vec::new(),
            paired: Vec::new(),
            unit_devices: Vec::new(),
            called_first: units
                .iter()
                .map(|unit| {
                    unit.quotes
                        .first()
                        .map_or(Vec::new(), |&(paragraph, quote)| {
                            first_sentence_vocatives(
                                &facts[paragraph],
                                &document.paragraphs[paragraph].text,
                                quote,
                            )
                        })
                })
                .collect(),
            first_named: vec![usize::MAX; count],
            common_alias: Vec::new(),
            candidates,
            weights,
            next_paragraph: 0,
            last_mention: vec![0; count],
            last_subject: vec![0; count],
            last_departure: vec![0; count],
            mention_count: vec![0; count],
            tagged_total: vec![0; count],
            mentioned_total: vec![0; count],
            protagonists: Vec::new(),
            idiolects: Vec::new(),
            people: units
                .iter()
                .map(|unit| UnitPeople::of(document, facts, unit, candidates.pov))
                .collect(),
            state: DecisionState::new(count),
            buffer: vec![0.0; count * features::SIGNALS],
            touched: vec![0; count],
            ln_table: Vec::new(),
        };
        decoder.links = (0..units.len())
            .map(|index| match index.checked_sub(1) {
                Some(previous) => {
                    let last = units[previous].paragraphs.last().copied().unwrap_or(0);
                    decoder.link(last, units[index].paragraphs[0])
                }
                None => Link::Broken,
            })
            .collect();
        let mut scene_start = 0;
        decoder.scene_starts = (0..units.len())
            .map(|index| {
                if decoder.links[index] == Link::Broken {
                    scene_start = index;
                }
                scene_start
            })
            .collect();
        decoder.anchors = units
            .iter()
            .map(|unit| {
                let (tag, _) = decoder.unit_tag(unit)?;
                if !tag.speech_verb {
                    return None;
                }
                match &tag.subject {
                    Subject::Named(characters) if characters.len() == 1 => Some(characters[0]),
                    Subject::Uncast(name) => candidates.by_name.get(name).copied(),
                    Subject::FirstPerson | Subject::SecondPerson => candidates.pov,
                    _ => None,
                }
            })
            .collect();
        for &anchor in decoder.anchors.iter().flatten() {
            decoder.tagged_total[anchor] += 1;
        }
        for fact in facts {
            for mention in fact.narration_mentions() {
                for &character in &mention.characters {
                    decoder.mentioned_total[character] += 1;
                }
            }
        }
        // Named by the narration, by themselves, or by one who greets, calls or
        // introduces them (`Hello, Tom.`, `This is Orla.`): someone only talked
        // about in another's line (`Sena, with Hoshino.`) may still come in as `a
        // voice` or `the young gentleman`.
        decoder.first_named = first_named(facts, count, |mention, fact| {
            !mention.said_of_another(&fact.tokens)
                || mention.identifies
                || fact.is_vocative(mention)
        })
        .into_iter()
        .map(|(paragraph, _)| paragraph)
        .collect();
        let most = decoder.mentioned_total.iter().copied().max().unwrap_or(0);
        decoder.ln_table = (0..=most.max(units.len() as u32))
            .map(|n| (1.0 + n as f32).ln())
            .collect();
        for gender in [Gender::Male, Gender::Female] {
            let leader = (0..count)
                .filter(|&candidate| {
                    candidates.genders[candidate] == Some(gender)
                        && Some(candidate) != candidates.pov
                })
                .max_by_key(|&candidate| {
                    (
                        decoder.mentioned_total[candidate] + decoder.tagged_total[candidate],
                        std::cmp::Reverse(candidate),
                    )
                })
                .filter(|&candidate| decoder.mentioned_total[candidate] > 0);
            if let Some(leader) = leader {
                decoder.protagonists.push((gender, leader));
            }
        }
        decoder.common_alias = units
            .iter()
            .map(|unit| {
                let Some((tag, paragraph)) = decoder.unit_tag(unit) else {
                    return false;
                };
                let Subject::Named(characters) = &tag.subject else {
                    return false;
                };
                let text = &document.paragraphs[paragraph].text;
                let tokens = &facts[paragraph].tokens;
                let word = |position: usize| {
                    tokens
                        .get(position)
                        .map_or("", |token| &text[token.start..token.end])
                };
                // A role long enough to point at one person (`called a voice from
                // behind the pillar`, `said the man in the panama hat`) is a name.
                let long = facts[paragraph].mentions.iter().any(|mention| {
                    mention.first == tag.position && mention.end - mention.first >= 4
                });
                // `said the painter` names a role, which the story may give to
                // someone the cast lists under a proper name; `said the Queen`,
                // capitalized, is the name itself.
                tag.speech_verb
                    && !long
                    && !characters.is_empty()
                    && matches!(word(tag.position), "the" | "a" | "an" | "this" | "that")
                    && word(tag.position + 1)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
            })
            .collect();
        decoder.phrases = units
            .iter()
            .enumerate()
            .map(|(unit_index, unit)| {
                let (tag, paragraph) = decoder.unit_tag(unit)?;
                let described = matches!(tag.subject, Subject::Description(_))
                    || decoder.common_alias[unit_index];
                if !tag.speech_verb || !described {
                    return None;
                }
                let phrase = tags::description_phrase(
                    &document.paragraphs[paragraph].text,
                    &facts[paragraph].tokens,
                    tag.position,
                );
                (!phrase.is_empty()).then_some(phrase)
            })
            .collect();
        decoder.newcomers = units
            .iter()
            .zip(&decoder.phrases)
            .map(|(unit, phrase)| {
                let (Some(phrase), Some((tag, paragraph))) = (phrase, decoder.unit_tag(unit))
                else {
                    return false;
                };
                // `said the stranger` for a cast alias `the stranger` names someone.
                if !matches!(tag.subject, Subject::Description(_)) {
                    return false;
                }
                introduced_before(document, facts, paragraph, tag.position, phrase)
            })
            .collect();
        decoder.beat_newcomers = units
            .iter()
            .map(|unit| {
                let tag = decoder.unit_tag(unit);
                if tag.is_some_and(|(tag, _)| tag.speech_verb) {
                    return None;
                }
                let first = unit.paragraphs[0];
                let before = first
                    .checked_sub(1)
                    .filter(|&previous| facts[previous].quotes.is_empty());
                // `The grey man flicked his sword up. "…"` after `A man came down`.
                // (A beat right after the quote is taken for its tag, without a speech verb.)
                let tag_beat = tag
                    .filter(|&(_, paragraph)| paragraph == first)
                    .map(|(tag, _)| (tag.subject.clone(), tag.position));
                let mut beats = facts[first].beats.iter().cloned().chain(tag_beat);
                let described = beats.find_map(|(subject, at)| {
                    let Subject::Description(gender) = subject else {
                        return None;
                    };
                    let phrase = tags::description_phrase(
                        &document.paragraphs[first].text,
                        &facts[first].tokens,
                        at,
                    );
                    introduced_before(document, facts, first, at, &phrase).then_some(gender)
                });
                let most_telling = |paragraph: usize| most_telling(&facts[paragraph].newcomers);
                most_telling(first)
                    .or(described)
                    .or_else(|| before.and_then(most_telling))
            })
            .collect();
        let named_otherwise = named_otherwise(document, facts, units, |unit| {
            decoder
                .unit_tag(unit)
                .filter(|(tag, _)| tag.speech_verb)
                .and_then(|(tag, _)| match &tag.subject {
                    Subject::Named(characters) if characters.len() == 1 => Some(characters[0]),
                    Subject::FirstPerson | Subject::SecondPerson => candidates.pov,
                    _ => None,
                })
        });
        decoder.named_otherwise = named_otherwise;
        decoder.paired = facts
            .iter()
            .flat_map(|fact| fact.paired.iter().copied())
            .collect();
        decoder.paired.sort_unstable();
        decoder.paired.dedup();
        decoder.cast_newcomers = units
            .iter()
            .zip(&decoder.beat_newcomers)
            .map(|(unit, newcomer)| {
                newcomer.as_ref()?;
                let first = unit.paragraphs[0];
                let before = first
                    .checked_sub(1)
                    .filter(|&previous| facts[previous].quotes.is_empty());
                std::iter::once(first)
                    .chain(before)
                    .find_map(|paragraph| cast_described(&facts[paragraph]))
            })
            .collect();
        let own_devices: Vec<devices::Kinds> = units
            .iter()
            .map(|unit| {
                unit.paragraphs.iter().fold(
                    devices::just_before(facts, unit.paragraphs[0]),
                    |kinds, &paragraph| kinds.union(facts[paragraph].devices),
                )
            })
            .collect();
        // `…put the radio back. ¶ "Ridge Base, Team Two." ¶ "Copy, Team Two."`: the
        // answer right after a line over a device comes over it too.
        decoder.unit_devices = (0..units.len())
            .map(|index| {
                let mut kinds = own_devices[index];
                if index > 0 && decoder.links[index] == Link::Adjacent {
                    kinds = kinds.union(own_devices[index - 1]);
                }
                (!kinds.is_empty()).then_some(kinds)
            })
            .collect();
        decoder.beat_anchors = units
            .iter()
            .zip(&decoder.anchors)
            .map(|(unit, anchor)| {
                if anchor.is_some() {
                    return None;
                }
                let &(paragraph, quote) = unit.quotes.first()?;
                let fact = &facts[paragraph];
                let first_quote_token = fact
                    .tokens
                    .iter()
                    .position(|token| token.quote == Some(quote))?;
                // A beat between the first quote and the next one of the same
                // paragraph (`"Boys." Hester set down the pot. "Drink."`) acts the
                // speaker out as surely as one before.
                let between = fact
                    .tags
                    .get(quote)
                    .and_then(Option::as_ref)
                    .filter(|tag| !tag.speech_verb && quote + 1 < fact.quotes.len())
                    .map(|tag| &tag.subject);
                let subject = match fact
                    .beats
                    .iter()
                    .find(|(_, token)| *token < first_quote_token)
                {
                    Some((subject, _)) => subject,
                    None => between?,
                };
                match decoder.subject_characters(subject).as_slice() {
                    [single] => Some(*single),
                    _ => None,
                }
            })
            .collect();
        // Ids in order of first use; every word of every quote is looked up, lower-cased
        // into one buffer and given a string only when new.
        let mut vocabulary: FxHashMap<String, u32> = FxHashMap::default();
        let mut lower = String::new();
        let unit_words: Vec<Vec<u32>> = units
            .iter()
            .map(|unit| {
                let mut words = Vec::new();
                for &(paragraph, quote) in &unit.quotes {
                    let text = &document.paragraphs[paragraph].text;
                    for token in facts[paragraph]
                        .tokens
                        .iter()
                        .filter(|token| token.quote == Some(quote) && token.kind == TokenKind::Word)
                    {
                        let word = text::lowercase_into(&text[token.start..token.end], &mut lower);
                        let id = match vocabulary.get(word) {
                            Some(&id) => id,
                            None => {
                                let next = vocabulary.len() as u32;
                                vocabulary.insert(word.to_string(), next);
                                next
                            }
                        };
                        words.push(id);
                    }
                }
                words
            })
            .collect();
        // Lines whose tag names the speaker teach each voice (adding the lines an
        // action beat names measured no better: 84.94% against 85.08% held out).
        decoder.idiolects = idiolect::rank(&unit_words, &decoder.anchors, vocabulary.len(), count);
        decoder
    }

    /// The unit's speech tag: the first one with a speech verb in its paragraphs, else
    /// a weaker one, else a clause ending the paragraph before that introduces it,
    /// else one opening the paragraph after that says who said it.
    fn unit_tag(&self, unit: &Unit) -> Option<(&'a Tag, usize)> {
        let facts: &'a [ParagraphFacts] = self.facts;
        let mut tag: Option<(&'a Tag, usize)> = None;
        for &(paragraph, quote) in unit
            .quotes
            .iter()
            .filter(|(paragraph, _)| unit.is_edge(*paragraph))
        {
            for found in facts[paragraph].tags.get(quote).into_iter().flatten() {
                let better = match tag {
                    None => true,
                    Some((current, _)) => found.speech_verb && !current.speech_verb,
                };
                if better {
                    tag = Some((found, paragraph));
                }
            }
        }
        let first = unit.paragraphs[0];
        let opens_paragraph = unit.quotes.first().is_some_and(|&(_, quote)| quote == 0);
        // A speech verb before (`Then he read it aloud.`) over a beat after (`He
        // stopped.`).
        let weak = tag.is_none_or(|(tag, _)| !tag.speech_verb);
        if weak && first > 0 && opens_paragraph {
            if let Some(intro) = facts[first - 1]
                .intro
                .as_ref()
                .filter(|intro| tag.is_none() || intro.speech_verb)
            {
                tag = Some((intro, first - 1));
            }
        }
        // `"Saoirse." ¶ Chef said it quietly.`: the unit's last quote ends its
        // paragraph, and the next paragraph says who said it.
        let last = unit.paragraphs[unit.paragraphs.len() - 1];
        let closes_paragraph = unit.quotes.last().is_some_and(|&(paragraph, quote)| {
            paragraph == last && quote + 1 == facts[last].quotes.len()
        });
        // `"…," said a voice beside you. ¶ It was Hyejin.`: a name for the voice.
        let anonymous = tag.is_some_and(|(tag, _)| matches!(tag.subject, Subject::Description(_)));
        if (tag.is_none() || anonymous) && closes_paragraph {
            if let Some(outro) = facts
                .get(last + 1)
                .and_then(|fact| fact.outro.as_ref())
                .filter(|outro| tag.is_none() || matches!(outro.subject, Subject::Named(_)))
            {
                tag = Some((outro, last + 1));
            }
        }
        tag
    }

    /// The units within `reach` of `unit`, after it (`forward`) or before it, nearest
    /// first: (distance, unit, the link crossed last to reach it). An iterator: every
    /// hypothesis of every unit asks, and most stop at the first.
    fn neighbours(
        &self,
        unit: usize,
        forward: bool,
        reach: usize,
    ) -> impl Iterator<Item = (usize, usize, Link)> + '_ {
        (1..=reach).map_while(move |distance| {
            let other = if forward {
                unit + distance
            } else {
                unit.checked_sub(distance)?
            };
            if other >= self.units.len() {
                return None;
            }
            let crossed = if forward {
                self.links[other]
            } else {
                self.links[other + 1]
            };
            Some((distance, other, crossed))
        })
    }

    /// The nearest unit within three, not across a broken link, whose beat names its speaker.
    fn nearest_beat_anchor(&self, unit: usize, forward: bool) -> Option<(usize, usize)> {
        for (distance, other, crossed) in self.neighbours(unit, forward, 3) {
            if crossed == Link::Broken || self.anchors[other].is_some() {
                return None;
            }
            if let Some(speaker) = self.beat_anchors[other] {
                return Some((distance, speaker));
            }
        }
        None
    }

    /// Speakers named by tags within `reach` units of this one in the same run.
    fn run_anchors(&self, unit: usize, reach: usize) -> Vec<usize> {
        let mut found = Vec::new();
        for forward in [true, false] {
            for (_, other, crossed) in self.neighbours(unit, forward, reach) {
                if crossed == Link::Broken {
                    break;
                }
                if let Some(speaker) = self.anchors[other] {
                    found.push(speaker);
                }
            }
        }
        found
    }

    /// The nearest unit in the same unbroken run of dialogue, after (`forward`) or
    /// before this one, whose tag names its speaker: (distance, speaker).
    fn nearest_anchor(&self, unit: usize, forward: bool) -> Option<(usize, usize)> {
        for (distance, other, crossed) in self.neighbours(unit, forward, 8) {
            // Every link crossed must be adjacent.
            if crossed != Link::Adjacent {
                return None;
            }
            if let Some(speaker) = self.anchors[other] {
                return Some((distance, speaker));
            }
        }
        None
    }

    /// Adds the mentions of every paragraph before `paragraph` to the state.
    fn advance_to(&mut self, paragraph: usize) {
        while self.next_paragraph < paragraph.min(self.facts.len()) {
            let current = self.next_paragraph;
            let fact = &self.facts[current];
            // Names and pronouns in reading order, so `Kylo left. He …` keeps Kylo in focus.
            let mut pronouns = fact.pronouns.iter().peekable();
            // Who each name and pronoun so far meant, by token, for the objects.
            let mut meant: Vec<(usize, Vec<usize>)> = Vec::new();
            for mention in fact.narration_mentions() {
                while let Some(&&pronoun) = pronouns
                    .peek()
                    .filter(|pronoun| pronoun.token < mention.first)
                {
                    let characters = self.pronoun_referent(&pronoun, &meant);
                    for &character in &characters {
                        self.last_mention[character] = position(current, pronoun.token);
                    }
                    meant.push((pronoun.token, characters));
                    pronouns.next();
                }
                meant.push((mention.first, mention.characters.clone()));
                for &character in &mention.characters {
                    // Who is looked at (`She looked at Wren.`) does not take a later
                    // `she` from the one looking: seen as if just before this
                    // paragraph, not never.
                    let at = if mention.object || mention.after_subject {
                        (position(current, 0) - 1).max(self.last_mention[character])
                    } else {
                        position(current, mention.first)
                    };
                    self.last_mention[character] = at;
                    self.mention_count[character] += 1;
                }
            }
            for &pronoun in pronouns {
                let characters = self.pronoun_referent(&pronoun, &meant);
                for &character in &characters {
                    self.last_mention[character] = position(current, pronoun.token);
                }
                meant.push((pronoun.token, characters));
            }
            for (subject, token, until) in &fact.departures {
                // `He walked out. Ben shook his head.`: the pronoun as read where it
                // stands (the nearest name or pronoun before the verb), not after Ben.
                let read_there = matches!(subject, Subject::Pronoun(Some(_)))
                    .then(|| {
                        meant
                            .iter()
                            .filter(|(at, _)| at < token)
                            .max_by_key(|(at, _)| *at)
                            .map(|(_, characters)| characters.clone())
                    })
                    .flatten();
                let characters = read_there.unwrap_or_else(|| self.narrated_characters(subject));
                for character in characters {
                    self.last_departure[character] = position(current, *until);
                }
            }
            for (subject, token) in &fact.beats {
                let at = position(current, *token);
                // `He turned away.`: the pronoun keeps its referent in focus.
                for character in self.narrated_characters(subject) {
                    self.last_subject[character] = at;
                }
            }
            self.next_paragraph += 1;
        }
    }

    /// Who a sentence subject of the narration means: a pronoun by its referent.
    fn narrated_characters(&self, subject: &Subject) -> Vec<usize> {
        match subject {
            Subject::Pronoun(gender @ Some(_)) => self.narration_referent(*gender, &[]),
            other => self.subject_characters(other),
        }
    }

    fn subject_characters(&self, subject: &Subject) -> Vec<usize> {
        match subject {
            Subject::Named(characters) => characters.clone(),
            Subject::Uncast(name) => self
                .candidates
                .by_name
                .get(name)
                .copied()
                .into_iter()
                .collect(),
            Subject::FirstPerson | Subject::SecondPerson => {
                self.candidates.pov.into_iter().collect()
            }
            _ => Vec::new(),
        }
    }

    /// The first paragraph of the scene whose first unit is `scene_start`: after its
    /// break, so that the narration between the break and its first line (`Part 3 ¶
    /// Gran was asleep.`) is the scene's own, and what came before the break is not.
    fn scene_opening(&self, scene_start: usize) -> usize {
        let first = self.units[scene_start].paragraphs[0];
        let Some(previous_last) = scene_start
            .checked_sub(1)
            .and_then(|before| self.units[before].paragraphs.last().copied())
        else {
            return 0;
        };
        // A paragraph that skips time (`By the time they got home, …`) opens the
        // new scene itself; a heading or a divider is before it.
        (previous_last + 1..first)
            .rev()
            .find(|&paragraph| self.breaks_scene(paragraph))
            .map_or(previous_last + 1, |paragraph| {
                let fact = &self.facts[paragraph];
                let skips_time = fact.kind == Some(ParagraphKind::Body) && fact.time_skip;
                paragraph + usize::from(!skips_time)
            })
    }

    /// True when the paragraph ends a scene: a heading, a divider or other non-body
    /// paragraph, or narration that skips time.
    fn breaks_scene(&self, paragraph: usize) -> bool {
        let fact = &self.facts[paragraph];
        match fact.kind {
            Some(ParagraphKind::Body) => fact.time_skip,
            None => false,
            Some(_) => true,
        }
    }

    fn link(&self, from_last: usize, to_first: usize) -> Link {
        let mut link = Link::Adjacent;
        if to_first > from_last + 6 {
            return Link::Broken;
        }
        for paragraph in from_last + 1..to_first {
            if self.breaks_scene(paragraph) {
                return Link::Broken;
            }
            let fact = &self.facts[paragraph];
            if fact.kind == Some(ParagraphKind::Body) && fact.has_narration {
                link = Link::Gap;
            }
        }
        link
    }

    /// `(1 + n).ln()`, from the table when it holds `n`.
    fn ln_one_plus(&self, n: u32) -> f32 {
        self.ln_table
            .get(n as usize)
            .copied()
            .unwrap_or_else(|| (1.0 + n as f32).ln())
    }

    /// Candidates ordered by how recently they were mentioned or spoke, most recent
    /// first, keeping those compatible with `gender`; `extra` adds mentions inside the
    /// unit before the point of interest.
    fn recency(&self, gender: Option<Gender>, extra: &[(usize, u64)], limit: usize) -> Vec<usize> {
        self.recency_by(gender, extra, limit, Some(&self.state.last_spoke), false)
    }

    /// Who a pronoun of the narration points back to: the one of that gender last
    /// named, followed, or heard on a line the best reading is sure of, other than
    /// `excluded` (an object's clause subject: `Matthew asked him`).
    fn narration_referent(&self, gender: Option<Gender>, excluded: &[usize]) -> Vec<usize> {
        self.recency_by(
            gender,
            &[],
            1 + excluded.len(),
            Some(&self.state.heard),
            false,
        )
        .into_iter()
        .filter(|candidate| !excluded.contains(candidate))
        .take(1)
        .collect()
    }

    /// Who a pronoun of the narration means, given who each earlier name or pronoun
    /// of its paragraph meant (`meant`, by token).
    fn pronoun_referent(
        &self,
        pronoun: &NarrationPronoun,
        meant: &[(usize, Vec<usize>)],
    ) -> Vec<usize> {
        let excluded = pronoun
            .subject
            .and_then(|subject| meant.iter().find(|(token, _)| *token == subject))
            .map_or(&[][..], |(_, characters)| characters.as_slice());
        self.narration_referent(Some(pronoun.gender), excluded)
    }

    /// [`Decoder::recency`], counting speech (`heard`: where each last spoke) as
    /// being seen: without it, who the narration last named or followed.
    fn recency_by(
        &self,
        gender: Option<Gender>,
        extra: &[(usize, u64)],
        limit: usize,
        heard: Option<&[u64]>,
        in_view: bool,
    ) -> Vec<usize> {
        let mut best: Vec<(u64, usize)> = Vec::with_capacity(limit + 1);
        for candidate in 0..self.candidates.ids.len() {
            let spoke = heard.map_or(0, |heard| heard[candidate]);
            let mut seen = self.last_mention[candidate]
                .max(spoke)
                .max(self.last_subject[candidate]);
            for &(character, at) in extra {
                if character == candidate {
                    seen = seen.max(at);
                }
            }
            // Who left (or fell asleep) after last being seen is no longer in view.
            if seen == 0
                || Some(candidate) == self.candidates.pov
                || (in_view && self.left_after(candidate, seen))
            {
                continue;
            }
            if let (Some(wanted), Some(actual)) = (gender, self.candidates.genders[candidate]) {
                if wanted != actual {
                    continue;
                }
            }
            let slot = best
                .iter()
                .position(|&(other, _)| other < seen)
                .unwrap_or(best.len());
            if slot < limit {
                best.insert(slot, (seen, candidate));
                best.truncate(limit);
            }
        }
        best.into_iter().map(|(_, candidate)| candidate).collect()
    }

    /// True when `candidate` left the scene after `seen` (a position), not long ago.
    fn left_after(&self, candidate: usize, seen: u64) -> bool {
        let left = self.last_departure[candidate];
        left > seen && (left >> 24) + DEPARTED_FOR > self.next_paragraph as u64
    }

    /// Scores every candidate for a unit under the decision state now swapped in.
    fn score(&mut self, unit_index: usize, record: bool) -> Scored {
        let count = self.candidates.ids.len();
        let mut buffer = std::mem::take(&mut self.buffer);
        let mut touched = std::mem::take(&mut self.touched);
        let class = self.fill(unit_index, &mut buffer, &mut touched);
        let class_weights =
            &self.weights.values[class * features::SIGNALS..(class + 1) * features::SIGNALS];
        // The set features of a candidate, lowest first.
        let features_of = |mut mask: u128| {
            std::iter::from_fn(move || {
                (mask != 0).then(|| {
                    let feature = mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    feature
                })
            })
        };
        // Candidate by candidate, feature by feature: the order the sums always had.
        let mut scores = vec![0.0f32; count];
        for (candidate, &mask) in touched.iter().enumerate() {
            for feature in features_of(mask) {
                scores[candidate] +=
                    buffer[candidate * features::SIGNALS + feature] * class_weights[feature];
            }
        }
        let record = record.then(|| {
            let mut sparse: Vec<(usize, Vec<(u16, f32)>)> = Vec::new();
            for (candidate, &mask) in touched.iter().enumerate().filter(|(_, &mask)| mask != 0) {
                let entries = features_of(mask).map(|feature| {
                    (
                        (class * features::SIGNALS + feature) as u16,
                        buffer[candidate * features::SIGNALS + feature],
                    )
                });
                sparse.push((candidate, entries.collect()));
            }
            let zero = count - sparse.len();
            (sparse, zero)
        });
        for (candidate, mask) in touched.iter_mut().enumerate() {
            for feature in features_of(*mask) {
                buffer[candidate * features::SIGNALS + feature] = 0.0;
            }
            *mask = 0;
        }
        self.buffer = buffer;
        self.touched = touched;
        Scored { scores, record }
    }

    /// The unit's tag class (an index into [`features::CLASSES`]).
    fn class(&self, unit_index: usize, tag: Option<&Tag>) -> usize {
        let Some(tag) = tag.filter(|tag| tag.speech_verb) else {
            // No speech tag, but an action beat before the quote (`Rose frowned. "…"`).
            return if self.beat_anchors[unit_index].is_some() {
                5
            } else {
                0
            };
        };
        match &tag.subject {
            Subject::Named(_) if self.common_alias[unit_index] => 4,
            Subject::Named(characters) if characters.len() == 1 => 1,
            Subject::Named(_) => 2,
            Subject::Uncast(name) if self.candidates.by_name.contains_key(name) => 1,
            Subject::FirstPerson | Subject::SecondPerson if self.candidates.pov.is_some() => 1,
            Subject::Pronoun(_) => 3,
            Subject::Description(_) => 4,
            _ => 0,
        }
    }

    /// Writes the unit's signals for every candidate into `buffer`; returns the
    /// unit's tag class, which picks the weights.
    fn fill(&self, unit_index: usize, buffer: &mut [f32], touched: &mut [u128]) -> usize {
        let unit = &self.units[unit_index];
        let candidates = self.candidates;
        let mut set = |candidate: usize, name: usize, value: f32| {
            if candidate < candidates.ids.len() {
                let index = candidate * features::SIGNALS + name;
                let slot = &mut buffer[index];
                let larger = slot.max(value);
                if *slot == 0.0 && larger != 0.0 {
                    touched[candidate] |= 1 << name;
                }
                *slot = larger;
            }
        };
        // An uncast name in this unit's own tag is not the unlikely stranger that
        // other uncast candidates are.
        let tagged_uncast =
            self.anchors[unit_index].filter(|&anchor| anchor >= candidates.cast_count);
        // Priors that every candidate carries.
        for candidate in 0..candidates.ids.len() {
            if candidate >= candidates.cast_count && Some(candidate) != tagged_uncast {
                set(candidate, feature!("uncast"), 1.0);
            }
            if candidates.genders[candidate].is_none() {
                set(candidate, feature!("gender_unknown"), 1.0);
            }
            if self.state.spoken_count[candidate] > 0 {
                set(
                    candidate,
                    feature!("log_spoken"),
                    self.ln_one_plus(self.state.spoken_count[candidate]) / 3.0,
                );
            }
            if self.mention_count[candidate] > 0 {
                set(
                    candidate,
                    feature!("log_mentioned"),
                    self.ln_one_plus(self.mention_count[candidate]) / 5.0,
                );
            }
        }
        for candidate in 0..candidates.ids.len() {
            if self.mentioned_total[candidate] > 0 {
                set(
                    candidate,
                    feature!("log_mentioned_total"),
                    self.ln_one_plus(self.mentioned_total[candidate]) / 6.0,
                );
            }
        }
        // Narration just after the unit that names someone new (`"…" ¶ It was Oliver.`).
        let after = unit.paragraphs.last().map_or(0, |last| last + 1);
        for fact in self.facts.iter().skip(after).take(3) {
            for mention in fact.narration_mentions() {
                for &character in &mention.characters {
                    set(character, feature!("mentioned_ahead"), 1.0);
                }
            }
        }
        if let Some(pov) = candidates.pov {
            set(pov, feature!("pov"), 1.0);
        }
        for (candidate, _) in candidates
            .groups
            .iter()
            .enumerate()
            .filter(|(_, group)| **group)
        {
            set(candidate, feature!("group"), 1.0);
        }
        // Salience: who is in view, so not one who left since (`Gran was asleep`).
        let in_view = self.recency_by(None, &[], 3, Some(&self.state.last_spoke), true);
        for (rank, candidate) in in_view.into_iter().enumerate() {
            set(
                candidate,
                [
                    feature!("salience_rank1"),
                    feature!("salience_rank2"),
                    feature!("salience_rank3"),
                ][rank],
                1.0,
            );
        }

        // The unit's own paragraphs: tag, beats, mentions, vocatives.
        let first_paragraph = unit.paragraphs[0];
        let tag = self.unit_tag(unit);
        let class = self.class(unit_index, tag.map(|(tag, _)| tag));
        // The same with action beats, which are weaker anchors.
        for (forward, even, odd) in [
            (
                true,
                feature!("beat_anchor_next_even"),
                feature!("beat_anchor_next_odd"),
            ),
            (
                false,
                feature!("beat_anchor_previous_even"),
                feature!("beat_anchor_previous_odd"),
            ),
        ] {
            if let Some((distance, speaker)) = self.nearest_beat_anchor(unit_index, forward) {
                set(speaker, if distance % 2 == 0 { even } else { odd }, 1.0);
            }
        }
        // The next quote addressing someone by name answers them: `"…" ¶ "Kylo, I…"`;
        // less surely across narration, which may bring in the one it addresses.
        let next_link = self.links.get(unit_index + 1);
        if let Some(feature) = match next_link {
            Some(Link::Adjacent) => Some(feature!("vocative_next")),
            Some(Link::Gap) => Some(feature!("vocative_next_gap")),
            _ => None,
        } {
            let next = &self.units[unit_index + 1];
            // `"Mei? MEI-CHAN!" ¶ "Mei!"`: two calling the same one, who answers neither.
            let calls_too = |character: usize| {
                unit.paragraphs.iter().any(|&paragraph| {
                    self.facts[paragraph]
                        .vocatives
                        .iter()
                        .any(|(_, called)| called.contains(&character))
                })
            };
            // Only its first quote answers; a later one may turn to someone else
            // (`"I did. Vesh, tell her."`).
            for &(paragraph, quote) in next.quotes.iter().take(1) {
                for (addressed_quote, characters) in &self.facts[paragraph].vocatives {
                    if *addressed_quote == quote {
                        for &character in characters.iter().filter(|&&called| !calls_too(called)) {
                            set(character, feature, 1.0);
                            // `"How will you know?" ¶ "Because I always know, Jago."`:
                            // the answer calls the one who asked.
                            if self.people[unit_index].asks {
                                set(character, feature!("vocative_next_asked"), 1.0);
                            }
                        }
                    }
                }
            }
        }
        // Alternation anchored on tagged units of the same run: A-B-A-B.
        for (forward, even, odd) in [
            (
                true,
                feature!("anchor_next_even"),
                feature!("anchor_next_odd"),
            ),
            (
                false,
                feature!("anchor_previous_even"),
                feature!("anchor_previous_odd"),
            ),
        ] {
            if let Some((distance, speaker)) = self.nearest_anchor(unit_index, forward) {
                set(speaker, if distance % 2 == 0 { even } else { odd }, 1.0);
            }
        }
        // Mentions in the unit's narration, for pronoun resolution by recency.
        let mut unit_mentions: Vec<(usize, u64)> = Vec::new();
        let mut own_vocatives: Vec<usize> = Vec::new();
        let mut named_inside: Vec<usize> = Vec::new();
        // Who names themselves in the unit's quotes (`I'm Jonah.`).
        let mut introduced: Vec<usize> = Vec::new();
        let mut first_person = false;
        let mut pov_acts = false;
        for &paragraph in unit
            .paragraphs
            .iter()
            .filter(|paragraph| unit.is_edge(**paragraph))
        {
            let fact = &self.facts[paragraph];
            first_person |= fact.first_person;
            pov_acts |= fact.pov_acts;
            for mention in fact.mentions.iter().chain(&fact.described) {
                // A speaker's own name (`I'm Dana.`) counts as the narration naming them.
                let inside = mention.said_of_another(&fact.tokens);
                for &character in &mention.characters {
                    if mention.introduced {
                        set(character, feature!("introduced_own"), 1.0);
                        introduced.push(character);
                    }
                    if inside {
                        named_inside.push(character);
                    } else {
                        unit_mentions.push((character, position(paragraph, mention.first)));
                        // Who is looked at (`I glanced at Fen.`) is not who acts.
                        if !mention.object {
                            set(character, feature!("mentioned_in_unit"), 1.0);
                        }
                    }
                }
            }
            for (_, characters) in &fact.vocatives {
                own_vocatives.extend(characters);
            }
            for &character in &fact.addressed {
                set(character, feature!("addressed_own"), 1.0);
            }
            let first_quote_token = fact
                .tokens
                .iter()
                .position(|token| token.quote.is_some())
                .unwrap_or(0);
            for (subject, token) in &fact.beats {
                let before = paragraph == first_paragraph && *token < first_quote_token;
                match subject {
                    Subject::Pronoun(gender @ Some(_)) => {
                        let at = position(paragraph, *token);
                        let earlier = mentions_before(&unit_mentions, at);
                        let not_meant = fact.not_meant_by(*token);
                        let ranked: Vec<usize> = self
                            .recency(*gender, &earlier, 2 + not_meant.len())
                            .into_iter()
                            .filter(|candidate| !not_meant.contains(candidate))
                            .take(2)
                            .collect();
                        if let Some(&top) = ranked.first() {
                            set(top, feature!("beat_pronoun_rank1"), 1.0);
                        }
                        if let Some(&second) = ranked.get(1) {
                            set(second, feature!("beat_pronoun_rank2"), 1.0);
                        }
                    }
                    other => {
                        for character in self.subject_characters(other) {
                            set(character, feature!("beat_name"), 1.0);
                            if before {
                                set(character, feature!("beat_name_before"), 1.0);
                            }
                        }
                    }
                }
            }
        }
        for &character in &named_inside {
            set(character, feature!("named_inside_own"), 1.0);
        }
        for &character in &self.named_otherwise[unit_index] {
            set(character, feature!("named_otherwise"), 1.0);
        }
        for &character in &self.paired {
            set(character, feature!("paired"), 1.0);
        }
        for &character in &own_vocatives {
            set(character, feature!("vocative_own"), 1.0);
        }
        if let Some(pov) = candidates.pov.filter(|_| first_person) {
            // `I` mentions the pov character like a name would; `She takes the
            // wine out of your hands` says less.
            let mention = if pov_acts {
                feature!("mentioned_in_unit")
            } else {
                feature!("pov_object_in_unit")
            };
            set(pov, mention, 1.0);
        }

        // Narration right after the unit often goes on with its speaker (`"…" ¶ Kylo sighed.`).
        let next = unit.paragraphs.last().map_or(0, |last| last + 1);
        if let Some(fact) = self
            .facts
            .get(next)
            .filter(|fact| fact.quotes.is_empty() && fact.kind == Some(ParagraphKind::Body))
        {
            // After a line that opens a conversation, the narration goes on with
            // whoever spoke it (`"Do you ever think…?" ¶ Kylo sighed.`); within one, as
            // often with the listener's reaction: two signals, for the fit to weigh.
            let opening =
                self.state.history.last().is_none_or(|previous| {
                    self.link(previous.last, first_paragraph) == Link::Broken
                });
            let feature = if opening {
                feature!("next_subject_opening")
            } else {
                feature!("next_subject")
            };
            if let Some((subject, _)) = fact.beats.first() {
                for character in self.subject_characters(subject) {
                    set(character, feature, 1.0);
                }
            }
        }

        // Turn-taking with the units before.
        let previous = self.state.history.last();
        let link = previous.map_or(Link::Broken, |previous| {
            self.link(previous.last, first_paragraph)
        });
        let previous_speaker = previous
            .filter(|_| link != Link::Broken)
            .map(|previous| previous.speaker);
        let second = if self.state.history.len() >= 2 && link != Link::Broken {
            let before = &self.state.history[self.state.history.len() - 2];
            let earlier_link = self.link(
                before.last,
                self.state.history[self.state.history.len() - 1].first,
            );
            (earlier_link != Link::Broken).then_some((before.speaker, earlier_link))
        } else {
            None
        };
        let second_speaker = second
            .map(|(speaker, _)| speaker)
            .filter(|speaker| Some(*speaker) != previous_speaker);
        let tagged = tag.is_some_and(|(tag, _)| tag.speech_verb);
        // Whom the line before called by name: someone there to be called.
        let mut called_before: &[usize] = &[];
        if let (Some(previous), Some(speaker)) = (previous, previous_speaker) {
            called_before = &self.people[previous.unit].vocatives;
            let adjacent = link == Link::Adjacent;
            set(
                speaker,
                if adjacent {
                    feature!("prev_speaker")
                } else {
                    feature!("prev_speaker_gap")
                },
                1.0,
            );
            if !tagged {
                set(speaker, feature!("untagged_prev_speaker"), 1.0);
            }
            if adjacent {
                let asked = self.people[previous.unit].asks;
                for &character in &self.people[previous.unit].vocatives {
                    set(character, feature!("vocative_prev"), 1.0);
                    if asked {
                        set(character, feature!("vocative_prev_question"), 1.0);
                    }
                    if character == speaker {
                        set(character, feature!("prev_speaker_vocative_prev"), 1.0);
                    }
                    // `"Sunny, baby? It's Mummy."` ¶ `"Hi, Mummy."`: the one called
                    // answers, calling the caller back.
                    if character != speaker && self.people[unit_index].vocatives.contains(&speaker)
                    {
                        set(character, feature!("vocative_exchange"), 1.0);
                    }
                }
                for &character in &self.people[previous.unit].named_inside {
                    set(character, feature!("named_inside_prev"), 1.0);
                }
                // Who was looked at or turned to, unless they spoke (`Kai grinned at
                // you. ¶ "What?" you snapped.`: you were the one answering).
                for &character in &self.people[previous.unit].addressed {
                    if character != speaker {
                        set(character, feature!("addressed_prev"), 1.0);
                    }
                }
            } else {
                // `"Sit down, Inspector." ¶ Maggie sat. ¶ "Who was he?"`
                for &character in &self.people[previous.unit].vocatives {
                    set(character, feature!("vocative_prev_gap"), 1.0);
                }
            }
            if let Some(speaker) = second_speaker {
                let adjacent = adjacent && second.is_some_and(|(_, link)| link == Link::Adjacent);
                set(
                    speaker,
                    if adjacent {
                        feature!("prev2_speaker")
                    } else {
                        feature!("prev2_speaker_gap")
                    },
                    1.0,
                );
                if !tagged {
                    set(speaker, feature!("untagged_prev2_speaker"), 1.0);
                }
            }
            for paragraph in previous.last + 1..first_paragraph {
                let fact = &self.facts[paragraph];
                for mention in fact.narration_mentions() {
                    for &character in &mention.characters {
                        set(character, feature!("mentioned_between"), 1.0);
                    }
                }
                for (subject, _) in &fact.beats {
                    for character in self.subject_characters(subject) {
                        set(character, feature!("subject_between"), 1.0);
                    }
                }
            }
        }
        // The subject of the narration paragraph right before the unit, often the
        // one who then speaks (`Anne knelt down. ¶ "Why must people kneel?"`).
        if let Some(fact) = first_paragraph
            .checked_sub(1)
            .and_then(|before| self.facts.get(before))
            .filter(|fact| fact.quotes.is_empty() && fact.kind == Some(ParagraphKind::Body))
        {
            let subjects = fact.beats.iter().map(|(subject, _)| subject);
            for subject in subjects.chain(&fact.partners) {
                let characters = match subject {
                    Subject::Pronoun(gender @ Some(_)) => self.recency(*gender, &[], 1),
                    other => self.subject_characters(other),
                };
                for character in characters {
                    set(character, feature!("subject_previous_paragraph"), 1.0);
                }
            }
            // Who it looks at or turns to (`She looked at Beatrix.`): as often the
            // one spoken to as the one who answers.
            for &character in &fact.addressed {
                set(character, feature!("object_previous_paragraph"), 1.0);
            }
        }
        // Who left (`Lachie wanders off`) and has not been named or heard since is
        // not there to speak, in this scene: a scene break may find them elsewhere.
        let scene_start = self.scene_starts[unit_index];
        let scene_paragraph = self.scene_opening(scene_start) as u64;
        let departed: Vec<usize> = (0..candidates.ids.len())
            .filter(|&candidate| {
                let left = self.last_departure[candidate];
                // Positions count paragraphs from one (see `position`).
                let recent = (left >> 24) + DEPARTED_FOR > first_paragraph as u64
                    && (left >> 24) > scene_paragraph;
                left > self.last_mention[candidate]
                    && left > self.state.last_spoke[candidate]
                    && recent
            })
            .collect();
        for &candidate in &departed {
            set(candidate, feature!("departed"), 1.0);
        }
        // Only this conversation's: who spoke before a scene break is not here.
        if link != Link::Broken {
            for decided in self.scene_history(scene_start, 6).skip(1) {
                if Some(decided.speaker) != previous_speaker {
                    set(decided.speaker, feature!("spoke_recently"), 1.0);
                }
            }
        }

        // `The walkie crackles. ¶ "Front desk?"`: whoever spoke over it last.
        if let Some(kinds) = self.unit_devices[unit_index] {
            for (kind, voice) in self.state.device_voices.iter().enumerate() {
                if let Some(voice) = voice.filter(|_| kinds.has(kind)) {
                    set(voice, feature!("device_voice"), 1.0);
                }
            }
        }
        // Who takes part in this conversation: tagged speakers around, recent speakers,
        // people named in the unit's narration.
        let mut participants = self.run_anchors(unit_index, 6);
        if link != Link::Broken {
            participants.extend(
                self.scene_history(scene_start, 3)
                    .map(|decided| decided.speaker),
            );
            if link == Link::Adjacent {
                participants.extend(called_before);
            }
        }
        participants.extend(unit_mentions.iter().map(|&(character, _)| character));
        // The unit's own tag names its speaker, cast or not, even when the name is
        // no mention above (`says Mom` for the cast's `[characters.mom]`, whose
        // names are `Deb` and `Deborah`).
        participants.extend(self.anchors[unit_index]);
        if first_person {
            participants.extend(candidates.pov);
        }
        // The narration just before sets the scene: who it names, and the narrator
        // when it says `I` (`Theo had her latte ready. ¶ "You're a saint," she said.`).
        for fact in &self.facts[first_paragraph.saturating_sub(SCENE_PARAGRAPHS)..first_paragraph] {
            if fact.kind != Some(ParagraphKind::Body) {
                continue;
            }
            for mention in fact.narration_mentions() {
                participants.extend(&mention.characters);
            }
            if fact.first_person {
                participants.extend(candidates.pov);
            }
        }
        participants.sort_unstable();
        participants.dedup();
        // Who went out takes no part until the story brings them back; but a tag
        // may follow them (`Marilla walked off to the dairy. ¶ "…," she reflected`).
        if tag.is_none() {
            participants.retain(|character| !departed.contains(character));
        }
        for &character in &participants {
            set(character, feature!("participant"), 1.0);
        }
        let idiolect = &self.idiolects[unit_index];
        for (rank, &(candidate, _)) in idiolect.iter().take(2).enumerate() {
            set(
                candidate,
                [feature!("idiolect_rank1"), feature!("idiolect_rank2")][rank],
                1.0,
            );
        }
        if let Some(&(candidate, _)) = idiolect
            .iter()
            .find(|(candidate, _)| participants.contains(candidate))
        {
            set(candidate, feature!("idiolect_participant"), 1.0);
        }
        // How far above or below the others each voice fits, in standard deviations.
        if idiolect.len() >= 3 {
            let mean = idiolect.iter().map(|(_, score)| score).sum::<f32>() / idiolect.len() as f32;
            let spread = (idiolect
                .iter()
                .map(|(_, score)| (score - mean).powi(2))
                .sum::<f32>()
                / idiolect.len() as f32)
                .sqrt();
            if spread > 0.0 {
                for &(candidate, score) in idiolect {
                    let standard = ((score - mean) / spread).clamp(-2.0, 2.0) / 2.0;
                    // `set` keeps the larger value; a negative fit is kept apart.
                    if standard > 0.0 {
                        set(candidate, feature!("idiolect_above"), standard);
                    } else {
                        set(candidate, feature!("idiolect_below"), -standard);
                    }
                }
            }
        }
        let sole = |gender: Option<Gender>| {
            let compatible: Vec<usize> = participants
                .iter()
                .copied()
                .filter(|&character| {
                    is_surely(gender, candidates.genders[character])
                        && (gender.is_none() || Some(character) != candidates.pov)
                })
                .collect();
            (compatible.len() == 1).then(|| compatible[0])
        };

        // `A man cleared his throat. ¶ "Evening."`: someone new speaks, named later.
        if let Some(gender) = self.beat_newcomers[unit_index] {
            let newcomer =
                self.cast_newcomers[unit_index].or_else(|| self.newcomer(unit_index, gender));
            if let Some(candidate) = newcomer {
                set(candidate, feature!("beat_newcomer"), 1.0);
                set(candidate, feature!("participant"), 1.0);
            }
        }

        // The speech tag.
        let Some((tag, paragraph)) = tag else {
            return class;
        };
        let at = position(paragraph, tag.position);
        match &tag.subject {
            Subject::Named(characters) if !tag.speech_verb => {
                for &character in characters {
                    set(character, feature!("beat_tag_name"), 1.0);
                    // The beat that anchors the unit, between its first two quotes,
                    // acts the speaker out before the second one.
                    if self.beat_anchors[unit_index] == Some(character) {
                        set(character, feature!("beat_name"), 1.0);
                        set(character, feature!("beat_name_before"), 1.0);
                    }
                }
            }
            // `"…" I glanced at Fen.`: the narrator's own action beat, as with a name.
            Subject::FirstPerson | Subject::SecondPerson if !tag.speech_verb => {
                if let Some(pov) = candidates.pov {
                    set(pov, feature!("beat_tag_name"), 1.0);
                }
            }
            Subject::Named(characters) if self.common_alias[unit_index] => {
                for &character in characters {
                    set(character, feature!("tag_name_common"), 1.0);
                }
                let gender = match characters.as_slice() {
                    [single] => candidates.genders[*single],
                    _ => None,
                };
                self.description_signals(unit_index, gender, at, &unit_mentions, &sole, &mut set);
            }
            Subject::Named(characters) => {
                let name = if characters.len() == 1 {
                    feature!("tag_name")
                } else {
                    feature!("tag_name_shared")
                };
                for &character in characters {
                    set(character, name, 1.0);
                }
            }
            Subject::Uncast(name) => {
                if let Some(&character) = candidates.by_name.get(name) {
                    set(
                        character,
                        if tag.speech_verb {
                            feature!("tag_name")
                        } else {
                            feature!("beat_tag_name")
                        },
                        1.0,
                    );
                }
            }
            Subject::FirstPerson => {
                if tag.speech_verb {
                    if let Some(pov) = candidates.pov {
                        // `I said` names the pov character as surely as a name.
                        set(pov, feature!("tag_name"), 1.0);
                    }
                    for candidate in (0..candidates.ids.len())
                        .filter(|&candidate| Some(candidate) != candidates.pov)
                    {
                        if self.state.last_spoke[candidate] > 0 {
                            set(candidate, feature!("tag_first_person_other"), 1.0);
                        }
                    }
                }
            }
            Subject::SecondPerson => {
                if let Some(pov) = candidates.pov.filter(|_| tag.speech_verb) {
                    set(pov, feature!("tag_name"), 1.0);
                }
            }
            Subject::Pronoun(gender) => {
                let earlier = mentions_before(&unit_mentions, at);
                if !tag.speech_verb {
                    // `"Semantics." He falls into step.`: an action beat of the one
                    // the pronoun means, as the same sentence elsewhere would be.
                    if gender.is_some() {
                        let not_meant = self.facts[paragraph].not_meant_by(tag.position);
                        if let Some(top) = self
                            .recency(*gender, &earlier, 1 + not_meant.len())
                            .into_iter()
                            .find(|candidate| !not_meant.contains(candidate))
                        {
                            set(top, feature!("beat_pronoun_rank1"), 1.0);
                        }
                    }
                    return class;
                }
                // `"Y/N, right?" he says. "I'm Jonah."`: the one who names himself is
                // the one the pronoun means, whoever was seen last.
                let mut ranking = self.recency(*gender, &earlier, 3);
                // The pronoun's gender is the candidate's, or either is unknown.
                let fits = |candidate: usize| match (gender, candidates.genders[candidate]) {
                    (Some(wanted), Some(actual)) => *wanted == actual,
                    _ => true,
                };
                if let [own] = introduced
                    .iter()
                    .filter(|&&own| fits(own))
                    .collect::<Vec<_>>()[..]
                {
                    ranking.retain(|candidate| candidate != own);
                    ranking.insert(0, *own);
                    ranking.truncate(3);
                }
                for (rank, candidate) in ranking.into_iter().enumerate() {
                    set(
                        candidate,
                        [
                            feature!("tag_pronoun_rank1"),
                            feature!("tag_pronoun_rank2"),
                            feature!("tag_pronoun_rank3"),
                        ][rank],
                        1.0,
                    );
                }
                for (rank, candidate) in self
                    .recency_by(*gender, &earlier, 2, None, false)
                    .into_iter()
                    .enumerate()
                {
                    set(
                        candidate,
                        [
                            feature!("tag_pronoun_narrated1"),
                            feature!("tag_pronoun_narrated2"),
                        ][rank],
                        1.0,
                    );
                }
                for candidate in 0..candidates.ids.len() {
                    if !fits(candidate) || Some(candidate) == candidates.pov && gender.is_some() {
                        set(candidate, feature!("tag_pronoun_mismatch"), 1.0);
                    } else if Some(candidate) == previous_speaker {
                        set(candidate, feature!("tag_pronoun_prev_speaker"), 1.0);
                    } else if link == Link::Adjacent
                        && previous.is_some_and(|previous| {
                            self.people[previous.unit].vocatives.contains(&candidate)
                                || self.people[previous.unit].addressed.contains(&candidate)
                        })
                    {
                        // `"Well, Small," said Holmes. ¶ "…," he answered.`
                        set(candidate, feature!("tag_pronoun_addressee"), 1.0);
                    } else if Some(candidate) == second_speaker {
                        set(candidate, feature!("tag_pronoun_prev2_speaker"), 1.0);
                    }
                }
                if let Some(character) = gender.and_then(|gender| sole(Some(gender))) {
                    set(character, feature!("tag_pronoun_sole_participant"), 1.0);
                }
                // The latest sentence subject of the pronoun's gender is what the
                // pronoun most often goes on with (`Kylo sat down. … "…," said he`).
                let latest_subject = (0..candidates.ids.len())
                    .filter(|&candidate| {
                        self.last_subject[candidate] > 0
                            && Some(candidate) != candidates.pov
                            && is_surely(*gender, candidates.genders[candidate])
                    })
                    .max_by_key(|&candidate| self.last_subject[candidate]);
                if let Some(character) = latest_subject {
                    set(character, feature!("tag_pronoun_latest_subject"), 1.0);
                }
                for &(leading_gender, character) in &self.protagonists {
                    if Some(leading_gender) == *gender {
                        set(character, feature!("tag_pronoun_protagonist"), 1.0);
                    }
                }
            }
            Subject::Description(gender) => {
                if !tag.speech_verb {
                    return class;
                }
                self.description_signals(unit_index, *gender, at, &unit_mentions, &sole, &mut set);
            }
        }
        class
    }

    /// The latest `count` decided units, latest first, of the conversation that
    /// started at unit `scene_start`.
    fn scene_history(&self, scene_start: usize, count: usize) -> impl Iterator<Item = &Decided> {
        self.state
            .history
            .iter()
            .rev()
            .take(count)
            .filter(move |decided| decided.unit >= scene_start)
    }

    /// Who the unit's description tag meant the last time the same words were used.
    fn described_before(&self, unit_index: usize) -> Option<usize> {
        let phrase = self.phrases[unit_index].as_ref()?;
        self.state
            .descriptions
            .iter()
            .find(|&&(known, _)| self.phrases[known].as_ref() == Some(phrase))
            .map(|&(_, character)| character)
    }

    /// Who a newcomer of `gender` at the unit is: the one the answer's first sentence
    /// calls by name when they have not been heard yet (`said a voice above our
    /// heads. ¶ "Dorcas. Come down," said the Captain`); else the next character of
    /// that gender the story names (soon) who has not been named or heard yet; nobody
    /// when the same words described someone before.
    fn newcomer(&self, unit_index: usize, gender: Option<Gender>) -> Option<usize> {
        // `said the girl` again: whoever she was the first time (`tag_description_same`).
        if self.described_before(unit_index).is_some() {
            return None;
        }
        let unheard = |candidate: usize| {
            Some(candidate) != self.candidates.pov
                && is_surely(gender, self.candidates.genders[candidate])
                && self.state.spoken_count[candidate] == 0
        };
        if matches!(
            self.links.get(unit_index + 1),
            Some(Link::Adjacent | Link::Gap)
        ) {
            if let Some(&[called]) = self.called_first.get(unit_index + 1).map(Vec::as_slice) {
                if unheard(called) {
                    return Some(called);
                }
            }
        }
        let here = self.units[unit_index].paragraphs[0];
        (0..self.candidates.ids.len())
            .filter(|&candidate| unheard(candidate) && self.first_named[candidate] >= here)
            .min_by_key(|&candidate| self.first_named[candidate])
            // Named soon, or it is someone the story never names.
            .filter(|&candidate| self.first_named[candidate] <= here + NEWCOMER_NAMED_WITHIN)
    }

    /// Signals of a description tag (`said the old gentleman`): recency by the
    /// gender its noun implies, the one participant of that gender, who the same
    /// words meant last time, and names that carry its noun as a title (`Doctor Kemp`).
    fn description_signals(
        &self,
        unit_index: usize,
        gender: Option<Gender>,
        at: u64,
        unit_mentions: &[(usize, u64)],
        sole: &dyn Fn(Option<Gender>) -> Option<usize>,
        set: &mut dyn FnMut(usize, usize, f32),
    ) {
        let earlier = mentions_before(unit_mentions, at);
        // `said the girl`: not a man.
        if let Some(gender) = gender {
            for (candidate, actual) in self.candidates.genders.iter().enumerate() {
                if actual.is_some_and(|actual| actual != gender) {
                    set(candidate, feature!("tag_description_mismatch"), 1.0);
                }
            }
        }
        // `said the intercom`: the voice at its other end, whom nearness in the
        // room says nothing of (`device_voice` says who spoke over it last).
        let device = self.phrases[unit_index]
            .as_ref()
            .is_some_and(|phrase| devices::is_device_word(tags::head_noun(phrase)));
        // Someone brought in as `a girl in a denim jacket`, then `said the girl`, and
        // named only later. The description means them, not whoever was last named,
        // so recency says nothing here.
        let newcomer = self.newcomers[unit_index]
            .then(|| self.newcomer(unit_index, gender))
            .flatten();
        if device {
            // Neither a newcomer nor the nearest one in the room.
        } else if let Some(candidate) = newcomer {
            set(candidate, feature!("tag_description_newcomer"), 1.0);
            // In the scene, though not yet by name.
            set(candidate, feature!("participant"), 1.0);
        } else {
            for (rank, candidate) in self.recency(gender, &earlier, 2).into_iter().enumerate() {
                set(
                    candidate,
                    [
                        feature!("tag_description_rank1"),
                        feature!("tag_description_rank2"),
                    ][rank],
                    1.0,
                );
            }
            if let Some(character) = gender.and_then(|gender| sole(Some(gender))) {
                set(character, feature!("tag_description_sole_participant"), 1.0);
            }
        }
        // `the old gentleman` is who it was the last time.
        if let Some(character) = self.described_before(unit_index) {
            set(character, feature!("tag_description_same"), 1.0);
        }
        let Some(phrase) = &self.phrases[unit_index] else {
            return;
        };
        // A title or a trade (`doctor`, `painter`), not the words that fit anyone.
        let noun = Some(tags::head_noun(phrase)).filter(|noun| !GENERIC_NOUNS.contains(noun));
        if let Some(noun) = noun {
            for (candidate, words) in self.candidates.words.iter().enumerate() {
                if words.iter().any(|word| word == noun) {
                    set(candidate, feature!("tag_description_title"), 1.0);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
