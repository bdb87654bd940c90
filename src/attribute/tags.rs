//! Speech tags, action beats and vocatives: the local signals around a quote.
//!
//! In: a tokenized paragraph and the cast mentions in it. Out: the [`Subject`] of a
//! speech tag next to a quote (`said Kylo`, `Kylo, frowning, said`, `she asked`,
//! `I whispered`, `Kylo said:` before the quote), the subjects of the narration's
//! sentences (action beats such as `Rose frowned.`), and the characters a quote
//! addresses by name (`…, Kylo?`).

use super::names::{is_possessive, starts_sentence, strip_possessive, Mention};
use super::text::{ends_sentence, is_capitalized, without_contraction, Token, TokenKind};
use crate::cast::Gender;
use crate::speech_verbs::{is_bare_speech_verb, is_speech_verb};

/// Small words allowed between a subject and its verb (`Kylo then said`).
const BETWEEN_WORDS: &[&str] = &[
    "then",
    "again",
    "also",
    "only",
    "just",
    "had",
    "has",
    "now",
    "still",
    "finally",
    "at",
    "last",
    "once",
    "presently",
    "suddenly",
    "quickly",
    "slowly",
    "softly",
    "quietly",
    "simply",
    "merely",
    "instantly",
    "immediately",
    "would",
    "could",
    "did",
    "will",
    "was",
    "must",
    "might",
    "should",
    "hastily",
    "gently",
];

/// Lower-case words after a name that show it is no clause's subject (`and Dad at
/// the door`, `and Kylo's ship`).
const NOT_VERBS: &[&str] = &[
    "and", "or", "nor", "to", "at", "in", "on", "with", "for", "from", "of", "by", "into", "onto",
    "the", "a", "an", "too", "both", "either", "again", "together", "alone", "who", "whom",
    "whose", "that", "which",
];

/// Sentence openers skipped when looking for a sentence's subject.
const OPENERS: &[&str] = &[
    "then", "and", "but", "so", "now", "still", "yet", "here", "there", "at", "once", "finally",
    "suddenly",
];

/// Sounds of a voice that come (`came a voice`, `came a shout`): someone speaking,
/// a description tag. Not `came the reply`: a reply is the answer's, which turn-taking
/// reads better than a tag of no one (fixtures −1 as a tag).
const SPOKEN_NOUNS: &[&str] = &[
    "voice", "voices", "whisper", "shout", "cry", "call", "yell", "murmur", "mutter", "hiss",
];

/// Prepositions whose noun is an object, never the subject of a speech verb after it
/// (`turning to Rose, she said`; `Cody, in the back seat, says`).
const OBJECT_PREPOSITIONS: &[&str] = &[
    "to", "at", "with", "of", "from", "for", "by", "on", "upon", "towards", "toward", "after",
    "than", "around", "round", "about", "into", "over", "behind", "beside", "in", "inside",
    "under", "near", "across", "through", "against", "outside", "beneath", "below", "above",
    "along", "past", "between", "among", "onto", "within", "like",
];

/// Conjunctions that open a clause put before a sentence's main clause.
const FRONTED_CONJUNCTIONS: &[&str] = &[
    "when", "while", "as", "once", "if", "because", "since", "although", "though", "whenever",
];

/// Prepositions that open a phrase of place or time before a sentence's subject.
const FRONTED_PREPOSITIONS: &[&str] = &[
    "out",
    "in",
    "on",
    "at",
    "inside",
    "outside",
    "behind",
    "beside",
    "across",
    "from",
    "by",
    "under",
    "over",
    "through",
    "after",
    "before",
    "with",
    "without",
    "near",
    "down",
    "up",
    "back",
    "somewhere",
    "upstairs",
    "downstairs",
    "meanwhile",
    "beyond",
    "below",
    "above",
    "around",
    "for",
    "during",
    "within",
];

/// Capitalized words that never start an uncast speaker's name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "then",
    "and",
    "but",
    "so",
    "now",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "what",
    "when",
    "where",
    "why",
    "how",
    "who",
    "which",
    "if",
    "oh",
    "o",
    "ah",
    "yes",
    "no",
    "well",
    "his",
    "her",
    "their",
    "my",
    "your",
    "our",
    "its",
    "one",
    "some",
    "all",
    "every",
    "each",
    "after",
    "before",
    "as",
    "at",
    "in",
    "on",
    "of",
    "to",
    "for",
    "with",
    "by",
    "from",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "not",
    "nobody",
    "somebody",
    "everybody",
    "someone",
    "everyone",
    "god",
    "heaven",
    "lord",
    "good",
    "poor",
    "dear",
    "sir",
    "madam",
    "ma'am",
    "miss",
    "mr",
    "mrs",
    "chapter",
    "presently",
    "again",
    "indeed",
    "only",
    "just",
];

const MALE_NOUNS: &[&str] = &[
    "man",
    "gentleman",
    "boy",
    "father",
    "brother",
    "son",
    "husband",
    "uncle",
    "king",
    "prince",
    "lord",
    "sir",
    "fellow",
    "lad",
    "old",
    "duke",
    "grandfather",
    "nephew",
    "priest",
    "monk",
    "gentlemen",
    "men",
    "guy",
    "dude",
    "bloke",
    "chap",
];
const FEMALE_NOUNS: &[&str] = &[
    "woman",
    "lady",
    "girl",
    "mother",
    "sister",
    "daughter",
    "wife",
    "aunt",
    "queen",
    "princess",
    "duchess",
    "grandmother",
    "niece",
    "maid",
    "widow",
    "madam",
    "nun",
    "women",
    "ladies",
    "lass",
    "gal",
];

/// Whom a possessive points to (`his voice` → a man, `my voice` → the narrator,
/// `their voice` → the one who goes by `they`, when the cast has one).
fn possessor_of(possessive: &str, singular_they: bool) -> Option<Subject> {
    match possessive.to_lowercase().as_str() {
        "his" => Some(Subject::Pronoun(Some(Gender::Male))),
        "her" => Some(Subject::Pronoun(Some(Gender::Female))),
        "their" if singular_they => Some(Subject::Pronoun(Some(Gender::Other))),
        "my" => Some(Subject::FirstPerson),
        "your" => Some(Subject::SecondPerson),
        _ => None,
    }
}

/// A person's voice, face and body: what narration makes act in their stead.
const BODY_WORDS: &[&str] = &[
    "voice",
    "eyes",
    "eye",
    "face",
    "mouth",
    "lips",
    "jaw",
    "brow",
    "brows",
    "eyebrows",
    "gaze",
    "expression",
    "smile",
    "grin",
    "hand",
    "hands",
    "fingers",
    "shoulders",
    "head",
    "heart",
    "cheeks",
    "ears",
    "chin",
    "throat",
    "breath",
    "tone",
];

/// Who a tag or a sentence is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// Cast characters named (more than one when the name is ambiguous).
    Named(Vec<usize>),
    /// `he`, `she`, `they`, `it`: resolved later by gender and recency.
    Pronoun(Option<Gender>),
    /// `I`, `we`: the pov character.
    FirstPerson,
    /// `you`, or `Y/N` when the cast does not name it: the reader-insert pov.
    SecondPerson,
    /// A capitalized name the cast does not list.
    Uncast(String),
    /// A description (`the old man`), with the gender its noun implies.
    Description(Option<Gender>),
}

/// A speech tag attached to a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub subject: Subject,
    /// False when the clause has a subject and some verb, but not one from the list.
    pub speech_verb: bool,
    /// Token index of the subject (for pronoun resolution by recency).
    pub position: usize,
}

/// What the tag finders look at: a tokenized paragraph and its mentions.
pub struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Mentions indexed by their first token; `usize::MAX` where none starts.
    pub mention_at: &'a [usize],
    pub mentions: &'a [Mention],
    /// The cast has someone who goes by `they` (gender `other`), so `they said`
    /// most likely means them rather than a group.
    pub singular_they: bool,
}

impl Context<'_> {
    pub(super) fn word(&self, position: usize) -> Option<&str> {
        let token = self.tokens.get(position)?;
        (token.kind == TokenKind::Word && token.quote.is_none())
            .then(|| &self.text[token.start..token.end])
    }

    pub(super) fn punct(&self, position: usize) -> Option<&str> {
        let token = self.tokens.get(position)?;
        (token.kind == TokenKind::Punct && token.quote.is_none())
            .then(|| &self.text[token.start..token.end])
    }

    fn is_speech_verb(&self, position: usize) -> bool {
        self.word(position).is_some_and(|word| {
            // `she read aloud` and `she read it out` voice a text; `she had read the
            // note` does not.
            if matches!(word.to_lowercase().as_str(), "read" | "reads") {
                let aloud = |at: usize| {
                    self.word(at).is_none_or(|next| {
                        matches!(next.to_lowercase().as_str(), "aloud" | "out" | "on")
                    })
                };
                let object = self.word(position + 1).is_some_and(|next| {
                    matches!(next.to_lowercase().as_str(), "it" | "them" | "this")
                });
                return if object {
                    aloud(position + 2)
                } else {
                    aloud(position + 1)
                };
            }
            is_speech_verb(word)
                || self.is_progressive_speech_verb(position)
                || is_bare_speech_verb(word)
                    && position
                        .checked_sub(1)
                        .and_then(|before| self.word(before))
                        .is_some_and(|before| {
                            matches!(
                                without_contraction(before).as_str(),
                                "i" | "you" | "we" | "they"
                            )
                        })
        })
    }

    /// `he's saying`, `she was asking`, `they were whispering`: a speech verb's `-ing`
    /// form after a form of `be`, or of `keep` and `begin` (`she keeps whispering`,
    /// `he started asking`); elsewhere `saying nothing` is no tag.
    fn is_progressive_speech_verb(&self, position: usize) -> bool {
        // The cheap test first: most words end in no `-ing`.
        let Some(stem) = self
            .word(position)
            .filter(|word| {
                word.len() > 4
                    && word.is_char_boundary(word.len() - 3)
                    && word[word.len() - 3..].eq_ignore_ascii_case("ing")
            })
            .and_then(|word| word.to_lowercase().strip_suffix("ing").map(str::to_string))
        else {
            return false;
        };
        let after_be = position
            .checked_sub(1)
            .and_then(|before| self.word(before))
            .is_some_and(|before| {
                let lower = before.to_lowercase().replace('\u{2019}', "'");
                matches!(
                    lower.as_str(),
                    "is" | "was"
                        | "were"
                        | "are"
                        | "am"
                        | "keep"
                        | "keeps"
                        | "kept"
                        | "start"
                        | "starts"
                        | "started"
                        | "begin"
                        | "begins"
                        | "began"
                ) || ["'s", "'re", "'m"]
                    .iter()
                    .any(|suffix| lower.ends_with(suffix) && without_contraction(&lower) != lower)
            });
        // `whispering` → `whisper`, `continuing` → `continue`, `snapping` → `snap`.
        let undoubled = stem
            .len()
            .checked_sub(1)
            .filter(|&last| last > 0 && stem.as_bytes()[last] == stem.as_bytes()[last - 1])
            .map(|last| &stem[..last]);
        // `was going to say more`: a plan, not speech (`went on` is a speech verb).
        after_be
            && stem != "go"
            && stem.len() > 1
            && [Some(stem.as_str()), Some(&format!("{stem}e")), undoubled]
                .into_iter()
                .flatten()
                .any(is_bare_speech_verb)
    }

    /// The subject starting at `position` and the token after it.
    pub fn subject_at(&self, position: usize) -> Option<(Subject, usize)> {
        let token = self.tokens.get(position)?;
        if token.quote.is_some() {
            return None;
        }
        if let Some(&mention) = self
            .mention_at
            .get(position)
            .filter(|&&mention| mention != usize::MAX)
        {
            let mention = &self.mentions[mention];
            return Some((Subject::Named(mention.characters.clone()), mention.end));
        }
        let word = self.word(position)?;
        let lower = word.to_lowercase();
        // `You're on your feet`, `I'm`, `She'd`: the pronoun still is the subject.
        let pronoun = match without_contraction(word).as_str() {
            "he" => Some(Subject::Pronoun(Some(Gender::Male))),
            "she" => Some(Subject::Pronoun(Some(Gender::Female))),
            "they" => Some(Subject::Pronoun(
                self.singular_they.then_some(Gender::Other),
            )),
            "it" => Some(Subject::Pronoun(None)),
            "i" | "we" => Some(Subject::FirstPerson),
            "you" | "y/n" => Some(Subject::SecondPerson),
            _ => None,
        };
        if let Some(subject) = pronoun {
            return Some((subject, position + 1));
        }
        // `someone yells from inside`: a person not yet known, like `a voice`.
        if UNKNOWN_PERSONS.contains(&lower.as_str()) {
            return Some((Subject::Description(None), position + 1));
        }
        if matches!(
            lower.as_str(),
            "the" | "a" | "an" | "another" | "his" | "her" | "their" | "my" | "your" | "our"
        ) {
            return self.description(position + 1);
        }
        if is_capitalized(word)
            && !NOT_NAMES.contains(&lower.trim_end_matches('.'))
            && !is_speech_verb(word)
        {
            let mut end = position + 1;
            while end < position + 4
                && self
                    .word(end)
                    .is_some_and(|next| is_capitalized(next) && !is_speech_verb(next))
            {
                end += 1;
            }
            let name = self.tokens[position..end]
                .iter()
                .map(|token| &self.text[token.start..token.end])
                .collect::<Vec<_>>()
                .join(" ");
            return Some((Subject::Uncast(name), end));
        }
        None
    }

    /// `the old man`: up to four words after a determiner, with the gender of a noun in them.
    fn description(&self, start: usize) -> Option<(Subject, usize)> {
        // `the March Hare`: a name after an article or a short adjective.
        for offset in 0..2 {
            if let Some(&mention) = self
                .mention_at
                .get(start + offset)
                .filter(|&&mention| mention != usize::MAX)
            {
                if offset == 0 || self.word(start).is_some_and(|word| !is_capitalized(word)) {
                    let mention = &self.mentions[mention];
                    return Some((Subject::Named(mention.characters.clone()), mention.end));
                }
            }
        }
        let mut gender = None;
        let mut end = start;
        while end < start + 4 {
            let Some(word) = self.word(end) else { break };
            if is_speech_verb(word) {
                break;
            }
            // `a woman's voice`: the owner's noun gives the gender too.
            let lower = word.to_lowercase();
            let noun = strip_possessive(&lower);
            if MALE_NOUNS.contains(&noun) {
                gender = Some(Gender::Male);
            } else if FEMALE_NOUNS.contains(&noun) {
                gender = Some(Gender::Female);
            }
            end += 1;
        }
        (end > start).then_some((Subject::Description(gender), end))
    }

    /// Skips adverbs and small words between a subject and its verb, and one
    /// comma-delimited aside (`Kylo, frowning, said`).
    pub(super) fn skip_to_verb(&self, mut position: usize) -> usize {
        let limit = position + 10;
        while position < limit {
            if let Some(word) = self.word(position) {
                let lower = word.to_lowercase();
                if is_speech_verb(word) {
                    return position;
                }
                if lower.ends_with("ly") || BETWEEN_WORDS.contains(&lower.as_str()) {
                    position += 1;
                    continue;
                }
                return position;
            }
            if self.punct(position) == Some(",") {
                // An aside: jump to the next comma, if it is close.
                let close = (position + 1..(position + 8).min(self.tokens.len()))
                    .find(|&next| self.punct(next) == Some(","));
                match close {
                    Some(close) => {
                        position = close + 1;
                        continue;
                    }
                    None => return position,
                }
            }
            return position;
        }
        position
    }

    /// A tag in the narration that follows a quote: `said Kylo`, `Kylo said`,
    /// `she asked softly`, `Kylo, frowning, said`. `start` is the first token after the quote.
    pub fn tag_after(&self, start: usize) -> Option<Tag> {
        let mut position = start;
        while self.punct(position).is_some_and(|mark| {
            matches!(
                mark,
                "," | "\u{2014}"
                    | "-"
                    | "\u{2013}"
                    | ")"
                    | "("
                    | "'"
                    | "\""
                    | "\u{201D}"
                    | "\u{2019}"
                    // A translation's `«…» said she`, `»…« sagte sie`, `„…“`.
                    | "\u{BB}"
                    | "\u{AB}"
                    | "\u{201C}"
            )
        }) {
            position += 1;
        }
        self.word(position)?;
        if let Some(tag) = self.voice_came(position) {
            return Some(tag);
        }
        if self.is_speech_verb(position) {
            // `said Kylo`, `said he`, `went on the Hatter`, `cried out Alice`.
            let mut subject_position = position + 1;
            while subject_position < position + 4 {
                match self.word(subject_position) {
                    Some(word)
                        if is_particle(word)
                            || word.to_lowercase().ends_with("ly")
                                && self.mention_at.get(subject_position) == Some(&usize::MAX) =>
                    {
                        subject_position += 1
                    }
                    _ => break,
                }
            }
            if let Some((subject, _)) = self.subject_at(subject_position) {
                if subject != Subject::SecondPerson
                    || self
                        .word(subject_position)
                        .is_some_and(|word| word.eq_ignore_ascii_case("y/n"))
                {
                    return Some(Tag {
                        subject,
                        speech_verb: true,
                        position: subject_position,
                    });
                }
            }
            return None;
        }
        if let Some(tag) = self.identification(position) {
            return Some(tag);
        }
        let (subject, end) = self.subject_at(position)?;
        if let Some(owner) = self.voice_owner(&subject, position, end) {
            return Some(Tag {
                subject: owner,
                speech_verb: true,
                position,
            });
        }
        let mut verb = self.past_place(self.skip_to_verb(end));
        // `she keeps whispering`, `he started asking`: the speech is the `-ing` verb.
        if self.is_progressive_speech_verb(verb + 1) {
            verb += 1;
        }
        if self.hears_oneself_speak(verb) {
            return Some(Tag {
                subject,
                speech_verb: true,
                position,
            });
        }
        if let Some(heard) = self.perceived(verb) {
            return heard;
        }
        let speech_verb = self.is_speech_verb(verb) || self.starts_cut_off(start, verb);
        if !speech_verb && self.word(verb).is_none() {
            return None;
        }
        Some(Tag {
            subject,
            speech_verb,
            position,
        })
    }

    /// Past a short phrase of place between a subject and its speech verb (`the
    /// crowd along the fence calls back`, `Hank at the mic says`): the verb's
    /// position, or `position` unchanged when no speech verb follows close.
    fn past_place(&self, position: usize) -> usize {
        let is_place = |word: &str| PLACE_PREPOSITIONS.contains(&word.to_lowercase().as_str());
        if !self.word(position).is_some_and(is_place) {
            return position;
        }
        (position + 1..position + 5)
            .map_while(|next| self.word(next).map(|_| next))
            .find(|&next| self.is_speech_verb(next))
            .unwrap_or(position)
    }

    /// `"You can't—" you start.`: after a line cut off with a dash, `start` and
    /// `begin` say who began it (elsewhere `The Rabbit started violently` is a jump),
    /// and `stop`, `break off` and `trail off` who was cut off.
    fn starts_cut_off(&self, quote_end: usize, verb: usize) -> bool {
        // The quote's last token, before its closing mark.
        let last = self.tokens[..quote_end.min(self.tokens.len())]
            .iter()
            .rev()
            .take(3)
            .find(|token| token.quote.is_some() || token.kind == TokenKind::Word);
        let cut_off = last.is_some_and(|token| {
            token.quote.is_some()
                && matches!(
                    &self.text[token.start..token.end],
                    "\u{2014}" | "-" | "--" | "\u{2013}"
                )
        });
        // `you start.`, `he began, and stopped`; not `started violently`, `started up`.
        let ends_clause = |after: usize| self.word(after).is_none();
        let Some(word) = self.word(verb).map(str::to_lowercase) else {
            return false;
        };
        let off = self
            .word(verb + 1)
            .is_some_and(|next| next.eq_ignore_ascii_case("off"))
            && ends_clause(verb + 2);
        cut_off
            && match word.as_str() {
                "start" | "starts" | "started" | "begin" | "begins" | "began" | "stop"
                | "stops" | "stopped" => ends_clause(verb + 1),
                "break" | "breaks" | "broke" | "trail" | "trails" | "trailed" => off,
                _ => false,
            }
    }

    /// `"…" came a voice from the stairs`, `comes the reply`, `came Rose's voice`:
    /// speech that arrives, said by what comes (a voice's owner for a voice).
    fn voice_came(&self, verb: usize) -> Option<Tag> {
        let word = self.word(verb)?.to_lowercase();
        if !matches!(word.as_str(), "came" | "comes" | "come") {
            return None;
        }
        let position = verb + 1;
        // `came a whisper`, `came a voice`: someone's speech.
        let determiner = self
            .word(position)
            .is_some_and(|word| matches!(word.to_lowercase().as_str(), "a" | "an" | "the"));
        let spoken = (position + 1..position + 3).any(|at| {
            self.word(at)
                .is_some_and(|word| SPOKEN_NOUNS.contains(&word.to_lowercase().as_str()))
        });
        if determiner && spoken {
            return Some(Tag {
                subject: Subject::Description(None),
                speech_verb: true,
                position,
            });
        }
        let (subject, end) = self.subject_at(position)?;
        if let Some(owner) = self.voice_owner(&subject, position, end) {
            return Some(Tag {
                subject: owner,
                speech_verb: true,
                position,
            });
        }
        // A person, not a sound (`came a crash from the kitchen`).
        let person = (position + 1..end).any(|at| {
            self.word(at)
                .is_some_and(|word| person_noun(&word.to_lowercase()).is_some())
        });
        if !matches!(subject, Subject::Description(_)) || !person {
            return None;
        }
        Some(Tag {
            subject,
            speech_verb: true,
            position,
        })
    }

    /// `"…" I hear myself say`, `she heard herself ask`: the one hearing speaks.
    fn hears_oneself_speak(&self, verb: usize) -> bool {
        let lower = |at: usize| self.word(at).map(str::to_lowercase);
        matches!(lower(verb).as_deref(), Some("hear" | "heard" | "hears"))
            && matches!(
                lower(verb + 1).as_deref(),
                Some(
                    "myself"
                        | "himself"
                        | "herself"
                        | "themselves"
                        | "themself"
                        | "yourself"
                        | "ourselves"
                )
            )
            && self
                .word(verb + 2)
                .is_some_and(|word| is_speech_verb(word) || is_bare_speech_verb(word))
    }

    /// `"…" I could hear her flop back on her bed`: the one hearing is not the
    /// speaker, the one heard may be. `Some(None)` for a clause of hearing that names
    /// no one heard; `None` when the verb at `verb` is not one of hearing.
    fn perceived(&self, verb: usize) -> Option<Option<Tag>> {
        let mut at = verb;
        if self
            .word(at)
            .is_some_and(|word| matches!(word.to_lowercase().as_str(), "could" | "can"))
        {
            at += 1;
        }
        let word = self.word(at)?.to_lowercase();
        if !matches!(
            word.as_str(),
            "hear" | "heard" | "hears" | "overheard" | "listened" | "listens" | "listen"
        ) {
            return None;
        }
        let mut object = at + 1;
        if self
            .word(object)
            .is_some_and(|word| word.eq_ignore_ascii_case("to"))
        {
            object += 1;
        }
        let subject = match self.word(object).map(str::to_lowercase).as_deref() {
            Some("him") => Some(Subject::Pronoun(Some(Gender::Male))),
            Some("her") => Some(Subject::Pronoun(Some(Gender::Female))),
            Some("them") if self.singular_they => Some(Subject::Pronoun(Some(Gender::Other))),
            _ => self
                .mention_at
                .get(object)
                .filter(|&&mention| mention != usize::MAX)
                .map(|&mention| Subject::Named(self.mentions[mention].characters.clone())),
        };
        Some(subject.map(|subject| Tag {
            subject,
            speech_verb: false,
            position: object,
        }))
    }

    /// `"…" Nell's voice cut in`, `her voice cracked`: right after a quote, whatever a
    /// voice does, its owner is the one speaking. `position` starts the subject and
    /// `end` is the word after it.
    fn voice_owner(&self, subject: &Subject, position: usize, end: usize) -> Option<Subject> {
        let is_voice = |at: usize| {
            self.word(at)
                .is_some_and(|word| matches!(word.to_lowercase().as_str(), "voice" | "voices"))
        };
        match subject {
            Subject::Named(_) | Subject::Uncast(_) => {
                let last = self.tokens.get(end.checked_sub(1)?)?;
                let name = &self.text[last.start..last.end];
                let possessive = name.ends_with("'s") || name.ends_with("\u{2019}s");
                (possessive && is_voice(end)).then(|| subject.clone())
            }
            // `her voice`, `his low voice`.
            Subject::Description(None) if (position + 1..end.min(position + 3)).any(is_voice) => {
                possessor_of(self.word(position)?, self.singular_they)
            }
            _ => None,
        }
    }

    /// `"…" It was Mr. Halloran, sounding half asleep.`, `That was PD Seo.`: the
    /// narration names who spoke, without a speech verb. `position` is `It`, `That`
    /// or `This` (no subject of their own: the verb comes right after).
    fn identification(&self, position: usize) -> Option<Tag> {
        let pronoun = self.word(position)?.to_lowercase().replace('\u{2019}', "'");
        // `That's Joanne, from the front pew`: the verb inside the pronoun's word.
        let end = if matches!(pronoun.as_str(), "it's" | "that's") {
            position
        } else {
            let verb = self.word(position + 1)?.to_lowercase();
            if !matches!(pronoun.as_str(), "it" | "that" | "this")
                || !matches!(verb.as_str(), "was" | "is")
            {
                return None;
            }
            position + 1
        };
        // `That was PD Seo`: a title the cast does not give may come first.
        let name_at = |at: usize| {
            self.mention_at
                .get(at)
                .and_then(|&mention| self.mentions.get(mention))
        };
        let mention = name_at(end + 1).or_else(|| {
            self.word(end + 1)
                .filter(|word| is_capitalized(word))
                .and_then(|_| name_at(end + 2))
        })?;
        // `It was Kylo's turn` is about something of Kylo's.
        let last = self.tokens.get(mention.end - 1)?;
        if self.text[last.start..last.end].ends_with("'s")
            || self.text[last.start..last.end].ends_with("\u{2019}s")
        {
            return None;
        }
        Some(Tag {
            subject: Subject::Named(mention.characters.clone()),
            speech_verb: false,
            position: end + 1,
        })
    }

    /// A tag in the narration right before a quote (`Kylo said:`, `Then she asked,`):
    /// the last sentence before `end` with a subject and a speech verb.
    pub fn tag_before(&self, begin: usize, end: usize) -> Option<Tag> {
        if end == 0 || end <= begin {
            return None;
        }
        let last = self.punct(end - 1);
        // `Then he read it aloud.`: a sentence that ends on reading or saying
        // something aloud (not `what she had said.`, which ends on speech too).
        let ends_speaking = last == Some(".")
            && end >= 3
            && self
                .word(end - 2)
                .is_some_and(|word| word.eq_ignore_ascii_case("aloud"))
            && (end.saturating_sub(4)..end - 2).any(|verb| self.is_speech_verb(verb));
        // The sentence's own full stop is not the end of the one before.
        let mut sentence = if ends_speaking { end - 1 } else { end };
        while sentence > begin && !ends_sentence(self.text, &self.tokens[sentence - 1]) {
            sentence -= 1;
        }
        // `the things you'd said, which had included the words "I will…"`, `Benji
        // yelled something that sounded like "Coley…"`: a quote inside a narration
        // sentence that says someone spoke.
        let embedded = self.word(end - 1).is_some()
            && self.tokens[end - 1].quote.is_none()
            && (sentence..end - 1).any(|position| self.is_speech_verb(position));
        let introduces = matches!(last, Some(":" | "," | "\u{2014}" | "-"))
            || self.is_speech_verb(end - 1)
            || ends_speaking
            || embedded;
        if !introduces {
            return None;
        }
        let Some(verb) = (sentence..end)
            .rev()
            .find(|&position| self.is_speech_verb(position))
        else {
            // `Kylo turned to her:` introduces a quote without a speech verb.
            if last != Some(":") {
                return None;
            }
            let (subject, position, _) = self.sentence_subject(sentence, end)?;
            return Some(Tag {
                subject,
                speech_verb: false,
                position,
            });
        };
        // The nearest subject before the verb that is not an object (`to Rose`),
        // else an inverted one after it (`said Mr. Bennet,`).
        let mut cursor = verb;
        while cursor > sentence {
            cursor -= 1;
            // Inside a name (`Bennet` of `Mr. Bennet`), look from its first word.
            if let Some(mention) = self
                .mentions
                .iter()
                .find(|mention| mention.first < cursor && cursor < mention.end)
            {
                cursor = mention.first.max(sentence);
            }
            let position = cursor;
            let object = position > 0
                && self.word(position - 1).is_some_and(|word| {
                    OBJECT_PREPOSITIONS.contains(&word.to_lowercase().as_str())
                });
            // `threw her arms around Mr. Bumble's neck, and said`: an owner is no
            // subject.
            let owner = self
                .mentions
                .iter()
                .find(|mention| mention.first == position)
                .and_then(|mention| self.word(mention.end - 1))
                .is_some_and(|word| word.ends_with("'s") || word.ends_with("\u{2019}s"));
            if owner {
                continue;
            }
            // `for the Rabbit cried out,`: a name right before the verb is its
            // subject, whatever word comes before it.
            let before_verb = self
                .mentions
                .iter()
                .find(|mention| mention.first == position)
                .map_or(position + 1, |mention| mention.end);
            let acting = before_verb == verb
                || (before_verb + 1 == verb
                    && self
                        .word(before_verb)
                        .is_some_and(|word| word.ends_with("ly")));
            if object && !acting {
                continue;
            }
            if let Some((subject, _)) = self.subject_at(position) {
                if matches!(subject, Subject::Uncast(_))
                    && starts_sentence(self.text, self.tokens, position)
                    && position + 1 < verb
                {
                    continue;
                }
                if self.in_relative_clause(&subject, position, verb) {
                    continue;
                }
                return Some(Tag {
                    subject,
                    speech_verb: true,
                    position,
                });
            }
        }
        let (subject, _) = self.subject_at(verb + 1)?;
        Some(Tag {
            subject,
            speech_verb: true,
            position: verb + 1,
        })
    }

    /// Whether the pronoun `subject` at `position` opens a clause that describes a
    /// person noun right before it, so that the speech verb at `verb` is the noun's
    /// (`a voice I didn't know said`, `the man she married said`), not the pronoun's.
    fn in_relative_clause(&self, subject: &Subject, position: usize, verb: usize) -> bool {
        matches!(
            subject,
            Subject::Pronoun(_) | Subject::FirstPerson | Subject::SecondPerson
        ) && position + 1 < verb
            && position
                .checked_sub(1)
                .and_then(|before| self.word(before))
                .is_some_and(|word| {
                    let lower = word.to_lowercase();
                    SPOKEN_NOUNS.contains(&lower.as_str()) || person_noun(&lower).is_some()
                })
    }

    /// A paragraph that opens by saying who said the line before it (`Chef said it
    /// quietly.`, `He says it like he's reading it off a fridge magnet.`): `it` is
    /// the line, not words reported (`She said that she was tired.`).
    pub fn tag_of_previous(&self) -> Option<Tag> {
        // `It was Hyejin. She had come up on your left.`: the narration names who spoke.
        let first_word = (0..self.tokens.len()).find(|&at| self.word(at).is_some())?;
        if let Some(tag) = self.identification(first_word) {
            return Some(tag);
        }
        let (subject, position, after) = self.sentence_subject(0, self.tokens.len())?;
        // `Chef quietly said it`, `Chef said it`.
        let verb = if self.word(after).is_some_and(|word| word.ends_with("ly")) {
            after + 1
        } else {
            after
        };
        let object = self.word(verb + 1)?;
        (self.is_speech_verb(verb) && object.eq_ignore_ascii_case("it")).then_some(Tag {
            subject,
            speech_verb: true,
            position,
        })
    }

    /// The subject opening the sentence at `start`, skipping openers such as `Then`.
    pub fn sentence_subject(&self, start: usize, end: usize) -> Option<(Subject, usize, usize)> {
        let mut position = start;
        while position < end {
            match (self.word(position), self.punct(position)) {
                (Some(word), _)
                    if OPENERS.contains(&word.to_lowercase().as_str())
                        && self.mention_at.get(position) == Some(&usize::MAX) =>
                {
                    position += 1
                }
                (None, Some(_)) => position += 1,
                _ => break,
            }
        }
        if position >= end {
            return None;
        }
        let position = self.after_fronted_phrase(position, end);
        let (subject, after) = self.subject_at(position)?;
        Some((subject, position, after))
    }

    /// Where the clause starts after a short phrase of place or time put before it
    /// (`Out in the porch, Dominic cleared his throat.`, `After a moment, she
    /// sighed.`); `position` itself when the sentence has none.
    fn after_fronted_phrase(&self, position: usize, end: usize) -> usize {
        // Not a name that is also a preposition (`Near put down the piece`).
        let opener = self
            .word(position)
            .filter(|_| self.mention_at.get(position) == Some(&usize::MAX))
            .map(str::to_lowercase);
        let Some(opener) = opener else {
            return position;
        };
        // A clause put first (`When he said amen, the whole table said it back.`) runs
        // longer than a phrase.
        let length = if FRONTED_PREPOSITIONS.contains(&opener.as_str()) {
            8
        } else if FRONTED_CONJUNCTIONS.contains(&opener.as_str()) {
            12
        } else {
            return position;
        };
        let limit = (position + length).min(end);
        let mut at = position + 1;
        while at < limit && self.word(at).is_some() {
            at += 1;
        }
        if at < limit && self.punct(at) == Some(",") && self.word(at + 1).is_some() {
            at + 1
        } else {
            position
        }
    }

    /// `His voice was low.`, `Her eyes narrowed.`: a sentence about someone's voice,
    /// face or hands is an action beat of theirs (`Your comm crackled.` is not).
    fn possessor(&self, subject: &Subject, at: usize) -> Option<Subject> {
        if *subject != Subject::Description(None) {
            return None;
        }
        // The body word may follow an adjective: `His dark eyes`.
        let body = (at + 1..at + 3).any(|position| {
            self.word(position)
                .is_some_and(|word| BODY_WORDS.contains(&word.to_lowercase().as_str()))
        });
        if !body {
            return None;
        }
        possessor_of(self.word(at)?, self.singular_they)
    }

    /// Subjects of the narration's sentences in `[start, end)`, with where each
    /// starts and ends.
    pub(super) fn sentence_subjects(
        &self,
        start: usize,
        end: usize,
    ) -> Vec<(Subject, usize, usize)> {
        let mut subjects = Vec::new();
        let mut position = start;
        while position < end {
            let mut person = false;
            if self.tokens[position].quote.is_none()
                && (position == start || starts_sentence(self.text, self.tokens, position))
            {
                let main = self.sentence_subject(position, end);
                person = main
                    .as_ref()
                    .is_some_and(|(subject, _, _)| *subject != Subject::Description(None));
                subjects.extend(main);
            }
            // Move to the next sentence. When a thing is its subject (`The door
            // banged open and Torque came in`), a name starting a later clause
            // acts; after a person (`Rose typed until Kylo left`) it does not.
            while position < end && !ends_sentence(self.text, &self.tokens[position]) {
                if !person {
                    subjects.extend(self.clause_subject(position));
                }
                position += 1;
            }
            position += 1;
        }
        subjects
    }

    /// The name that starts a clause after a conjunction at `position` (`The door
    /// banged open and Torque came in`), but not a second name of a list (`Mum and
    /// Dad came in`) nor an object (`hugged Mum and Dad tightly`): the next word must
    /// read as a verb.
    pub(super) fn clause_subject(&self, position: usize) -> Option<(Subject, usize, usize)> {
        let conjunction = self.word(position)?;
        if !matches!(
            conjunction,
            "and" | "but" | "while" | "as" | "when" | "until"
        ) {
            return None;
        }
        let previous = position.checked_sub(1)?;
        if self.word(previous).is_none() && self.punct(previous) != Some(",") {
            return None;
        }
        // `Rose and Kylo left` is a list, whose first name is the sentence's subject.
        if self.mentions.iter().any(|mention| mention.end == position) {
            return None;
        }
        let subject = position + 1;
        // `but you don't even care`, `and I hold it out`: the narrator acting.
        let verb_like = |verb: &str| {
            verb.chars().next().is_some_and(char::is_lowercase)
                && !verb.ends_with("ly")
                && !NOT_VERBS.contains(&verb)
        };
        let person = match self.word(subject) {
            Some("I") => Some(Subject::FirstPerson),
            Some("you") => Some(Subject::SecondPerson),
            _ => None,
        };
        if let Some(person) = person {
            return self.word(subject + 1).is_some_and(verb_like).then_some((
                person,
                subject,
                subject + 1,
            ));
        }
        let mention = self.mentions.get(*self.mention_at.get(subject)?)?;
        let last = &self.tokens[mention.end - 1];
        if is_possessive(&self.text[last.start..last.end]) {
            return None;
        }
        let verb = self.word(mention.end)?;
        verb_like(verb).then(|| {
            (
                Subject::Named(mention.characters.clone()),
                subject,
                mention.end,
            )
        })
    }

    /// Subjects of the narration's sentences in `[start, end)`: action beats; and the
    /// second subjects of sentences whose subject is two joined by `and` (`Migo and I
    /// are at the sink`), who act as much as the first, though a beat has one subject.
    pub fn beats_and_partners(
        &self,
        start: usize,
        end: usize,
    ) -> (Vec<(Subject, usize)>, Vec<Subject>) {
        let mut beats = Vec::new();
        let mut partners = Vec::new();
        for (subject, at, after) in self.sentence_subjects(start, end) {
            if subject != Subject::Description(None) {
                partners.extend(self.partner(after));
            }
            if let Some(owner) = self.possessor(&subject, at) {
                beats.push((owner, at));
            } else if !matches!(subject, Subject::Uncast(_) | Subject::Description(None)) {
                beats.push((subject, at));
            }
        }
        (beats, partners)
    }

    /// The second of two subjects joined by `and` (`Migo and I are at the sink`,
    /// `Rose and Kylo stood up`): `after` is the token after the first; a verb must
    /// follow the second, so `Rose and the dog` or `Kylo and Rose's ship` is none.
    fn partner(&self, after: usize) -> Option<Subject> {
        if self.word(after) != Some("and") {
            return None;
        }
        let (subject, end) = self.subject_at(after + 1)?;
        if !matches!(subject, Subject::Named(_) | Subject::FirstPerson) {
            return None;
        }
        let verb = self.word(end)?;
        (!NOT_VERBS.contains(&verb.to_lowercase().as_str()) && !verb.starts_with('\''))
            .then_some(subject)
    }

    /// People the narration brings in with `a`/`an` (`then a man cleared his
    /// throat`, `A voice called from the stairs.`): the gender of each, if the noun
    /// tells it.
    pub fn newcomers(&self, start: usize, end: usize) -> Vec<Introduction> {
        let end = end.min(self.tokens.len());
        let mut found: Vec<Introduction> = indefinite_nouns(self.text, &self.tokens[..end])
            .filter(|&(article, _)| article >= start)
            .filter(|(_, noun)| !GENERIC_PERSON_NOUNS.contains(&noun.as_str()))
            .filter_map(|(article, noun)| {
                Some(Introduction {
                    article,
                    gender: person_noun(&noun)?,
                    noun,
                })
            })
            .collect();
        // `says someone above your head`: a person not yet known, as `a voice` is.
        for position in start..end {
            if let Some(word) = self.word(position) {
                let lower = word.to_lowercase();
                if UNKNOWN_PERSONS.contains(&lower.as_str()) {
                    found.push(Introduction {
                        article: position,
                        gender: None,
                        noun: lower,
                    });
                }
            }
        }
        found.sort_by_key(|introduction| introduction.article);
        found
    }

    /// A paragraph that opens on `The` and a person noun (`The wife was waiting`),
    /// read as bringing that person in.
    pub fn opening_role(&self) -> Option<Introduction> {
        if !self.word(0)?.eq_ignore_ascii_case("the") {
            return None;
        }
        let noun = self.word(1)?.to_lowercase();
        if GENERIC_PERSON_NOUNS.contains(&noun.as_str()) {
            return None;
        }
        Some(Introduction {
            article: 0,
            gender: person_noun(&noun)?,
            noun,
        })
    }
}

/// Someone the narration brings in (`a girl in a denim jacket`, `the woman who came in`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Introduction {
    /// Token index of the article.
    pub article: usize,
    /// The gender the noun implies, if any.
    pub gender: Option<Gender>,
    /// The person noun, lower case (`girl`).
    pub noun: String,
}

/// Words for a person not yet known, a subject and a newcomer without an article
/// (`someone yells`, `says someone above your head`).
const UNKNOWN_PERSONS: &[&str] = &["someone", "somebody"];

/// Nouns without a gender that bring a new speaker in (`a voice called`).
const NEWCOMER_NOUNS: &[&str] = &["voice", "stranger", "figure", "person", "kid"];

/// The person nouns the narration brings in with `a`/`an`, perhaps after a few
/// adjectives (`a very small girl`), lower case, with the article's token index.
/// Not in a simile (`like a man possessed`).
/// What one has of someone else when the narration likens them (`the face of a man
/// who…`, `the patience of a saint`).
const LIKENESS_NOUNS: &[&str] = &[
    "air",
    "bearing",
    "build",
    "calm",
    "confidence",
    "expression",
    "eyes",
    "face",
    "look",
    "manner",
    "patience",
    "posture",
    "smile",
    "tone",
    "walk",
];

fn indefinite_nouns<'a>(
    text: &'a str,
    tokens: &'a [Token],
) -> impl Iterator<Item = (usize, String)> + 'a {
    let word = move |index: usize| {
        tokens
            .get(index)
            .filter(|token| token.kind == TokenKind::Word && token.quote.is_none())
            .map(|token| &text[token.start..token.end])
    };
    (0..tokens.len()).filter_map(move |article| {
        let definite = match word(article) {
            // `Another man leans out of the door`: someone new as much as `a man`.
            Some("a" | "an" | "A" | "An" | "another" | "Another") => false,
            Some("the" | "The") => true,
            _ => return None,
        };
        if article
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|before| matches!(before, "like" | "as" | "such"))
        {
            return None;
        }
        // `with the face of a man who has moved a lot of grandmothers`: a likeness,
        // no one new (but `the voice of a man` and `the shape of a woman` are).
        if article.checked_sub(1).and_then(word) == Some("of")
            && article
                .checked_sub(2)
                .and_then(word)
                .is_some_and(|bearing| LIKENESS_NOUNS.contains(&bearing))
        {
            return None;
        }
        // `He was a vast, gentle man`: says what someone already here is (but `There
        // was a girl`, `It was a man in a hat` bring one in).
        if article
            .checked_sub(2)
            .and_then(word)
            .is_some_and(|pronoun| matches!(pronoun, "He" | "She" | "he" | "she"))
            && article
                .checked_sub(1)
                .and_then(word)
                .is_some_and(|copula| matches!(copula, "was" | "is" | "seemed" | "seems"))
        {
            return None;
        }
        // Up to three words, past commas between adjectives (`a tall, stooped man`).
        let (at, noun) = (article + 1..tokens.len())
            .filter(|&index| {
                !(tokens[index].kind == TokenKind::Punct
                    && &text[tokens[index].start..tokens[index].end] == ",")
            })
            .take(3)
            .map_while(|index| word(index).map(|word| (index, word)))
            .map(|(index, word)| (index, strip_possessive(word).to_lowercase()))
            .find(|(_, noun)| person_noun(noun).is_some())?;
        // `a man's voice called` brings in a man; `a girl's shoe` does not.
        let possessive = word(at).is_some_and(is_possessive);
        if possessive
            && word(at + 1).is_some_and(|next| !BODY_WORDS.contains(&next.to_lowercase().as_str()))
        {
            return None;
        }
        // `The woman who came in` brings her in as `a woman` would, as the subject
        // of a sentence or clause; `Kylo was the man who saved her` does not.
        let relative = || {
            word(at + 1).is_some_and(|next| matches!(next, "who" | "whose"))
                && (starts_sentence(text, tokens, article)
                    || article
                        .checked_sub(1)
                        .and_then(word)
                        .is_some_and(|before| matches!(before, "and" | "then" | "when" | "as")))
        };
        (!definite || relative()).then_some((article, noun))
    })
}

/// Person nouns with no gender that a description may use (`the child`).
const GENERIC_PERSON_NOUNS: &[&str] = &["child", "youth", "creature", "one"];

/// Whether a lower-case word names a person, and the gender it implies (`girl` →
/// female, `voice` → none). `old` alone is no noun here (`an old woman`).
fn person_noun(word: &str) -> Option<Option<Gender>> {
    if word == "old" {
        None
    } else if FEMALE_NOUNS.contains(&word) {
        Some(Some(Gender::Female))
    } else if MALE_NOUNS.contains(&word) {
        Some(Some(Gender::Male))
    } else {
        (NEWCOMER_NOUNS.contains(&word) || GENERIC_PERSON_NOUNS.contains(&word)).then_some(None)
    }
}

/// Whether the narration in `tokens` brings in `noun` with an indefinite article
/// (`a very small girl` for `girl`).
pub fn introduces_indefinitely(text: &str, tokens: &[Token], noun: &str) -> bool {
    indefinite_nouns(text, tokens).any(|(_, found)| found == noun)
}

/// The noun a description phrase is about (`man in the grey` → `man`, `stranger
/// softly` → `stranger`, `grey man flicked his` → `man`): a person noun in it, or
/// the last word before a preposition or an adverb.
pub fn head_noun(phrase: &str) -> &str {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // `woman's voice` is about a woman, as `a woman's voice` brings one in.
    if let Some(noun) = words
        .iter()
        .map(|word| strip_possessive(word))
        .find(|word| person_noun(word).is_some())
    {
        return noun;
    }
    let end = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, word)| PHRASE_PREPOSITIONS.contains(word) || word.ends_with("ly"))
        .map_or(words.len(), |(index, _)| index);
    words[..end].last().copied().unwrap_or_default()
}

/// How many words after its determiner a description phrase keeps.
pub const PHRASE_WORDS: usize = 4;

/// Words that open a phrase of place after a tag's subject (`the crowd along the fence`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "along", "across", "at", "by", "from", "in", "on", "near", "behind", "beside", "outside",
    "inside", "over", "under", "around", "through",
];

/// Words that end a description's noun phrase (`the man in the grey coat`).
const PHRASE_PREPOSITIONS: &[&str] = &[
    "in", "with", "of", "at", "from", "on", "by", "near", "beside", "behind", "under", "wearing",
];

/// The words of a description subject after its determiner, lower case
/// (`the old gentleman` → `old gentleman`), so repeated descriptions can be matched.
pub fn description_phrase(text: &str, tokens: &[Token], determiner: usize) -> String {
    let mut phrase = String::new();
    for token in tokens.iter().skip(determiner + 1).take(PHRASE_WORDS) {
        if token.kind != TokenKind::Word || token.quote.is_some() {
            break;
        }
        let word = &text[token.start..token.end];
        if is_speech_verb(word) {
            break;
        }
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        phrase.extend(word.chars().flat_map(char::to_lowercase));
    }
    phrase
}

fn is_particle(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "on" | "in" | "out" | "up" | "back" | "again" | "then" | "aloud" | "now"
    )
}

/// Characters addressed by name in a quote: a mention at the quote's start or end, or
/// set off by commas or an exclamation (`Kylo, I…`, `…, Kylo?`, `Oh, Kylo!`).
pub fn vocatives(text: &str, tokens: &[Token], mentions: &[Mention]) -> Vec<(usize, Vec<usize>)> {
    let mut found = Vec::new();
    // Reader-inserts bracket the placeholder: `You're late, (Y/N).`
    let bracket = |token: &Token, mark: &str| {
        token.kind == TokenKind::Punct && &text[token.start..token.end] == mark
    };
    for mention in mentions {
        let Some(quote) = tokens[mention.first].quote else {
            continue;
        };
        // `Mr. Thaddeus Sholto. That is my name.`: the speaker's own name, and the
        // same person's other names in the quote (`It's Caedmon. Vayle.`).
        let own = |other: &Mention| {
            other.introduced
                && tokens[other.first].quote == Some(quote)
                && other
                    .characters
                    .iter()
                    .any(|character| mention.characters.contains(character))
        };
        // `Is that *the* Frome? Like, Frome Marine, Frome?`: a name the same quote
        // gives an article is talked about there, not called.
        let talked_about = |other: &Mention| {
            tokens[other.first].quote == Some(quote)
                && other
                    .characters
                    .iter()
                    .any(|character| mention.characters.contains(character))
                && tokens[..other.first]
                    .iter()
                    .rev()
                    .find(|token| {
                        token.quote != Some(quote)
                            || !matches!(&text[token.start..token.end], "*" | "_")
                    })
                    .is_some_and(|token| {
                        token.quote == Some(quote)
                            && token.kind == TokenKind::Word
                            && matches!(
                                text[token.start..token.end].to_lowercase().as_str(),
                                "the" | "a" | "an"
                            )
                    })
        };
        // `Madame's, of course.`: what is someone's does not call them.
        let last = &tokens[mention.end - 1];
        if mentions.iter().any(own)
            || mentions.iter().any(talked_about)
            || is_possessive(&text[last.start..last.end])
        {
            continue;
        }
        let mut first = mention.first;
        let mut end = mention.end;
        if first > 0
            && bracket(&tokens[first - 1], "(")
            && tokens.get(end).is_some_and(|token| bracket(token, ")"))
        {
            first -= 1;
            end += 1;
        }
        let before = first.checked_sub(1).map(|index| tokens[index]);
        let after = tokens.get(end).copied();
        let opens = before.is_none_or(|token| {
            token.quote != Some(quote) || {
                let mark = &text[token.start..token.end];
                matches!(
                    mark,
                    "," | "!" | "?" | "." | "\u{2014}" | "\u{2013}" | "--" | "-"
                ) || mark.eq_ignore_ascii_case("oh")
                    || mark.eq_ignore_ascii_case("o")
                    || mark.eq_ignore_ascii_case("dear")
                    || opens_quote_with_interjection(text, tokens, first - 1)
            }
        });
        let closes = after.is_none_or(|token| {
            token.quote != Some(quote)
                || matches!(
                    &text[token.start..token.end],
                    // Dashes typed as hyphens too (`Mrs. Lindqvist -- Ruth.`).
                    "," | "!" | "?" | "." | ";" | "\u{2014}" | "\u{2013}" | "--" | "-"
                )
        });
        // `Solveig Marr. She gave the Lantern half a star`: a name alone as a
        // sentence that the next one goes on about, not someone called (but
        // `They came, Karin. They think…` calls her).
        let alone = before.is_none_or(|token| {
            token.quote != Some(quote) || matches!(&text[token.start..token.end], "." | "!" | "?")
        });
        let spoken_of = alone
            && after.is_some_and(|token| &text[token.start..token.end] == ".")
            && tokens.get(end + 1).is_some_and(|token| {
                token.quote == Some(quote)
                    && matches!(
                        text[token.start..token.end].to_lowercase().as_str(),
                        "he" | "she" | "his" | "her"
                    )
            });
        if opens
            && closes
            && !spoken_of
            && !in_apposition(text, tokens, quote, first, end)
            && !inside_nested_quote(text, tokens, quote, first)
        {
            found.push((quote, mention.characters.clone()));
        }
    }
    found
}

/// True when the name from `first` to `end` stands between commas after a person
/// noun that `a`/`an` brings in (`There's a lady here, Lorraine, she's getting a
/// hose`): it says who that person is, not whom the speaker calls. (At the end of a
/// sentence it calls: `You were a little girl, Lady Bracknell.`)
fn in_apposition(text: &str, tokens: &[Token], quote: usize, first: usize, end: usize) -> bool {
    let in_quote = |index: usize| tokens[index].quote == Some(quote);
    let word = |index: usize| text[tokens[index].start..tokens[index].end].to_lowercase();
    let Some(comma) = first.checked_sub(1).filter(|&index| in_quote(index)) else {
        return false;
    };
    let closed = tokens
        .get(end)
        .is_some_and(|_| in_quote(end) && word(end) == ",");
    if word(comma) != "," || !closed {
        return false;
    }
    let mut noun = comma;
    // `a lady here, Lorraine`: a place word may come between.
    while let Some(before) = noun.checked_sub(1).filter(|&index| in_quote(index)) {
        noun = before;
        if !matches!(word(noun).as_str(), "here" | "there") {
            break;
        }
    }
    if noun == comma || tokens[noun].kind != TokenKind::Word || person_noun(&word(noun)).is_none() {
        return false;
    }
    // A determiner within a few words before the noun (`a very nice lady`).
    (noun.saturating_sub(4)..noun)
        .rev()
        .take_while(|&index| in_quote(index) && tokens[index].kind == TokenKind::Word)
        .any(|index| matches!(word(index).as_str(), "a" | "an"))
}

/// True when `position` lies in a quote nested in quote `quote` (`'He said, "You'll
/// regret this, Pilbeam," and left.'`): a name addressed there was addressed then,
/// not by the speaker now.
fn inside_nested_quote(text: &str, tokens: &[Token], quote: usize, position: usize) -> bool {
    let Some(start) = tokens.iter().position(|token| token.quote == Some(quote)) else {
        return false;
    };
    let mark = |token: &Token| &text[token.start..token.end];
    // Inner quotes use the other kind of mark than the outer one.
    let outer_single = start
        .checked_sub(1)
        .is_some_and(|before| matches!(mark(&tokens[before]), "'" | "\u{2018}"));
    let (mut doubles, mut single_opens, mut single_closes, mut straight_singles) = (0, 0, 0, 0);
    for token in &tokens[start..position.max(start)] {
        if token.kind != TokenKind::Punct || token.quote != Some(quote) {
            continue;
        }
        match mark(token) {
            "\"" | "\u{201C}" | "\u{201D}" => doubles += 1,
            "\u{2018}" => single_opens += 1,
            "\u{2019}" => single_closes += 1,
            "'" => straight_singles += 1,
            _ => {}
        }
    }
    if outer_single {
        doubles % 2 == 1
    } else {
        single_opens > single_closes || straight_singles % 2 == 1
    }
}

/// Words that, opening a quote, leave a name right after them addressed rather than
/// talked about: `And Miss Ashby?`, `Hey Kylo!`, `Thanks Rose.`
const INTERJECTIONS: &[&str] = &[
    "and", "but", "well", "now", "so", "hey", "hi", "hello", "bye", "goodbye", "thanks", "yes",
    "no", "sorry", "please", "morning", "evening", "night",
];

/// True when the token at `position` is an interjection that starts its quote.
fn opens_quote_with_interjection(text: &str, tokens: &[Token], position: usize) -> bool {
    let token = tokens[position];
    token.kind == TokenKind::Word
        && INTERJECTIONS
            .iter()
            .any(|word| word.eq_ignore_ascii_case(&text[token.start..token.end]))
        && position
            .checked_sub(1)
            .is_none_or(|before| tokens[before].quote != token.quote)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::attribute::names::NameIndex;
    use crate::attribute::text::tokenize;
    use crate::cast::{Cast, Character};

    fn cast() -> Cast {
        let character = |id: &str, name: &str, aliases: &[&str], gender| Character {
            id: id.to_string(),
            name: name.to_string(),
            aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
            gender: Some(gender),
            ..Character::default()
        };
        Cast {
            characters: vec![
                character("kylo", "Kylo Ren", &["Kylo"], Gender::Male),
                character("rose", "Rose", &[], Gender::Female),
                character("hux", "Hux", &["the General"], Gender::Male),
            ],
            ..Cast::default()
        }
    }

    fn quotes_of(text: &str) -> Vec<(usize, usize)> {
        let style = crate::segment::detect_style(std::iter::once(text));
        crate::segment::find_quotes(text, style)
            .into_iter()
            .map(|span| span.content)
            .collect()
    }

    /// Runs `check` with a context for `text`.
    pub(crate) fn with_context<T>(text: &str, check: impl FnOnce(&Context) -> T) -> T {
        let cast = cast();
        let index = NameIndex::new(&cast);
        let tokens = tokenize(text, &quotes_of(text));
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
            singular_they: false,
        };
        check(&context)
    }

    /// The subject of the tag after the first quote of `text`.
    fn after_first_quote(text: &str) -> Option<(Subject, bool)> {
        with_context(text, |context| {
            let close = context
                .tokens
                .iter()
                .rposition(|token| token.quote == Some(0))?
                + 2;
            context
                .tag_after(close)
                .map(|tag| (tag.subject, tag.speech_verb))
        })
    }

    #[test]
    fn tags_after_a_quote() {
        let named = |index: usize| Some((Subject::Named(vec![index]), true));
        let cases: Vec<(&str, Option<(Subject, bool)>)> = vec![
            ("\"Go,\" said Kylo.", named(0)),
            ("\"Go,\" Kylo said.", named(0)),
            // The bug: a translation's guillemets hid every tag after them.
            ("\u{AB}Go,\u{BB} said Kylo.", named(0)),
            ("\u{AB}Go\u{BB}, Kylo said.", named(0)),
            ("\u{201E}Go,\u{201C} said Kylo.", named(0)),
            ("\"Go,\" Kylo, frowning, said.", named(0)),
            ("\"Go,\" Rose whispered softly.", named(1)),
            (
                "\"Go,\" she snapped.",
                Some((Subject::Pronoun(Some(Gender::Female)), true)),
            ),
            (
                "\"Go,\" said he.",
                Some((Subject::Pronoun(Some(Gender::Male)), true)),
            ),
            (
                "\"Go,\" I whispered, \"now.\"",
                Some((Subject::FirstPerson, true)),
            ),
            ("\"Go,\" you said.", Some((Subject::SecondPerson, true))),
            ("\"Go,\" Y/N said.", Some((Subject::SecondPerson, true))),
            ("\"Go,\" the General said.", named(2)),
            ("\"Go,\" said the General.", named(2)),
            ("\"Go,\" said the old Kylo.", named(0)),
            ("\"Go,\" went on Rose.", named(1)),
            // The bug: `she keeps whispering` read as a beat, not a tag.
            (
                "\"Go!\" she keeps whispering.",
                Some((Subject::Pronoun(Some(Gender::Female)), true)),
            ),
            ("\"Go,\" Kylo started saying.", named(0)),
            (
                "\"Go,\" Kylo kept the letter.",
                Some((Subject::Named(vec![0]), false)),
            ),
            (
                "\"Go,\" said Finn.",
                Some((Subject::Uncast("Finn".to_string()), true)),
            ),
            (
                "\"Go,\" the old man said.",
                Some((Subject::Description(Some(Gender::Male)), true)),
            ),
            (
                "\"Go,\" another man said.",
                Some((Subject::Description(Some(Gender::Male)), true)),
            ),
            ("\"Go,\" Kylo then added.", named(0)),
            (
                "\"Go,\" the crowd along the fence calls back.",
                Some((Subject::Description(None), true)),
            ),
            // A named subject, then where they are: the verb is still close.
            ("\"Go,\" Kylo along the fence calls back.", named(0)),
            (
                "\"Go,\" Kylo by the door, who had not moved.",
                Some((Subject::Named(vec![0]), false)),
            ),
            // Present tense, as reader-inserts are told.
            ("\"Go,\" you groan.", Some((Subject::SecondPerson, true))),
            ("\"Go,\" I begin.", Some((Subject::FirstPerson, true))),
            (
                "\"It's open!\" someone yells from inside.",
                Some((Subject::Description(None), true)),
            ),
            // Speech that comes: a description, or a voice's owner.
            (
                "\"Wendell?\" comes a voice from the top of the stairs.",
                Some((Subject::Description(None), true)),
            ),
            ("\"Go,\" came Rose's voice.", named(1)),
            (
                "\"Hello?\" came a whisper.",
                Some((Subject::Description(None), true)),
            ),
            ("\"Hello?\" came the reply.", None),
            (
                "\"Go!\" came a tall man from the kitchen.",
                Some((Subject::Description(Some(Gender::Male)), true)),
            ),
            ("\"Go,\" came out as a whisper.", None),
            ("\"Get down!\" came a crash from the kitchen.", None),
            // Hearing oneself speak is speaking; hearing another is not.
            (
                "\"Go,\" I hear myself say.",
                Some((Subject::FirstPerson, true)),
            ),
            (
                "\"Go,\" she heard herself whisper.",
                Some((Subject::Pronoun(Some(Gender::Female)), true)),
            ),
            (
                "\"Go,\" I hear Rose say.",
                Some((Subject::Named(vec![1]), false)),
            ),
            (
                "\"Go,\" she replies.",
                Some((Subject::Pronoun(Some(Gender::Female)), true)),
            ),
            ("\"Go,\" Rose snaps.", named(1)),
            ("\"Go,\" whispers Rose.", named(1)),
            (
                "\"Go.\" You're on your feet.",
                Some((Subject::SecondPerson, false)),
            ),
            // Narration that names who spoke.
            (
                "\"Status?\" It was Kylo, sounding tired.",
                Some((Subject::Named(vec![0]), false)),
            ),
            (
                "\"Freeze!\" That was PD Hux, standing up.",
                Some((Subject::Named(vec![2]), false)),
            ),
            (
                "\"Status?\" It was Kylo's turn.",
                Some((Subject::Pronoun(None), false)),
            ),
            (
                "\"Status?\" That's Kylo, from the front pew.",
                Some((Subject::Named(vec![0]), false)),
            ),
            (
                "\"Status?\" That\u{2019}s Kylo.",
                Some((Subject::Named(vec![0]), false)),
            ),
            // Reading aloud is speech; reading something is not.
            (
                "\"Dear Agnes,\" she read aloud.",
                Some((Subject::Pronoun(Some(Gender::Female)), true)),
            ),
            (
                "\"Dear Agnes,\" she read it out.",
                Some((Subject::Pronoun(Some(Gender::Female)), true)),
            ),
            (
                "\"Go.\" She read it twice.",
                Some((Subject::Pronoun(Some(Gender::Female)), false)),
            ),
            (
                "\"Go.\" She read the note twice.",
                Some((Subject::Pronoun(Some(Gender::Female)), false)),
            ),
            (
                "\"Go.\" Kylo frowned.",
                Some((Subject::Named(vec![0]), false)),
            ),
            (
                "\"Go.\" It was late.",
                Some((Subject::Pronoun(None), false)),
            ),
            ("\"Go.\"", None),
            // Whatever a voice does after a quote, its owner spoke.
            ("\"Go,\" Rose's voice cut in.", named(1)),
            (
                "\"Go,\" her voice cracked.",
                Some((Subject::Pronoun(Some(Gender::Female)), true)),
            ),
            (
                "\"Go,\" my low voice rose.",
                Some((Subject::FirstPerson, true)),
            ),
            (
                "\"Go.\" Rose's hands shook.",
                Some((Subject::Named(vec![1]), false)),
            ),
            (
                "\"Go,\" a voice called.",
                Some((Subject::Description(None), true)),
            ),
            // Tags in the present and less usual verbs.
            (
                "\"Go,\" she hummed.",
                Some((Subject::Pronoun(Some(Gender::Female)), true)),
            ),
            ("\"Go,\" Kylo quips.", named(0)),
            // The one hearing is not the speaker; the one heard may be.
            (
                "\"Go.\" I could hear her flop back on her bed.",
                Some((Subject::Pronoun(Some(Gender::Female)), false)),
            ),
            (
                "\"Go.\" Kylo heard Rose sigh.",
                Some((Subject::Named(vec![1]), false)),
            ),
            ("\"Go.\" I listened to the rain.", None),
            // Finishing another's sentence is speech.
            ("\"—go,\" the General finished.", named(2)),
            // Beginning a line that is cut off is speech too.
            ("\"You can't—\" Rose started.", named(1)),
            // The bug: so is stopping it.
            ("\"That's so—\" Rose stops, because Kylo grins.", named(1)),
            ("\"That's so—\" Rose broke off.", named(1)),
            (
                "\"That's so\" Rose stopped.",
                Some((Subject::Named(vec![1]), false)),
            ),
            (
                "\"If you please, sir--\" Rose started violently.",
                Some((Subject::Named(vec![1]), false)),
            ),
            // A speech verb's `-ing` form after `be` is speech; `was going to` is not.
            (
                "\"—and that's how,\" he's saying.",
                Some((Subject::Pronoun(Some(Gender::Male)), true)),
            ),
            ("\"Go,\" Rose was whispering.", named(1)),
            ("\"Go,\" Kylo was continuing.", named(0)),
            (
                "\"My dear\" He was going to say more.",
                Some((Subject::Pronoun(Some(Gender::Male)), false)),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(after_first_quote(text), expected, "{text}");
        }
    }

    #[test]
    fn tags_of_the_quote_before() {
        let cases: Vec<(&str, Option<Subject>)> = vec![
            (
                "Rose said it quietly. Kylo stopped.",
                Some(Subject::Named(vec![1])),
            ),
            (
                "He says it like he's reading it off a fridge magnet.",
                Some(Subject::Pronoun(Some(Gender::Male))),
            ),
            ("Kylo slowly said it again.", Some(Subject::Named(vec![0]))),
            // The narration naming who it was.
            (
                "It was Rose. She had come up on the left.",
                Some(Subject::Named(vec![1])),
            ),
            ("It was Rose's turn.", None),
            // Words reported, or no speech: no tag.
            ("Rose said that she was tired.", None),
            ("Rose took it quietly.", None),
        ];
        for (text, expected) in cases {
            let found = with_context(text, |context| {
                context.tag_of_previous().map(|tag| tag.subject)
            });
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn tags_before_a_quote() {
        let cases: Vec<(&str, Option<Subject>)> = vec![
            ("Kylo said: \"Go.\"", Some(Subject::Named(vec![0]))),
            ("Then Rose asked, \"Why?\"", Some(Subject::Named(vec![1]))),
            ("Rose frowned. \"Why?\"", None),
            (
                "It was late. She whispered, \"Why?\"",
                Some(Subject::Pronoun(Some(Gender::Female))),
            ),
            // A name right before the verb is its subject, even after `for`; one
            // after a preposition further back is not (`turning to Rose, she said`).
            (
                "She stopped, for Rose cried out, \"Silence!\"",
                Some(Subject::Named(vec![1])),
            ),
            (
                "She stopped, for Rose loudly cried, \"Silence!\"",
                Some(Subject::Named(vec![1])),
            ),
            (
                "She turned to Rose and said, \"Silence!\"",
                Some(Subject::Pronoun(Some(Gender::Female))),
            ),
            // A pronoun in a clause about a noun is not the speaker: the noun is.
            (
                "Then a voice I didn't know said, loudly, \"Delivery!\"",
                Some(Subject::Description(None)),
            ),
            (
                "The man she married said, \"Go.\"",
                Some(Subject::Description(Some(Gender::Male))),
            ),
            ("Then I said, \"Go.\"", Some(Subject::FirstPerson)),
            (
                "Rose nodded, and Kylo, in the back seat, says \"Go.\"",
                Some(Subject::Named(vec![0])),
            ),
            // A sentence that ends reading or saying something aloud; not one that
            // ends on what was said before.
            (
                "He looked at it twice. Then he read it aloud. \"Go.\"",
                Some(Subject::Pronoun(Some(Gender::Male))),
            ),
            ("She thought of what he had said. \"Go.\"", None),
            // A quote inside a sentence that says someone spoke: its subject.
            (
                "Kylo yelled something that sounded like \"Go, Rose.\"",
                Some(Subject::Named(vec![0])),
            ),
            (
                "You took back nothing you'd said, which had included the words \"I won't.\"",
                Some(Subject::SecondPerson),
            ),
            ("Kylo had a mug that had \"World's Best Boss\" on it.", None),
            // An owner is no subject (`threw her arms around Mr. Bumble's neck, and
            // said`).
            (
                "Rose stood in Kylo's way and said, \"No.\"",
                Some(Subject::Named(vec![1])),
            ),
        ];
        for (text, expected) in cases {
            let found = with_context(text, |context| {
                let open = context
                    .tokens
                    .iter()
                    .position(|token| token.quote == Some(0))?
                    - 1;
                context.tag_before(0, open).map(|tag| tag.subject)
            });
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn beats_are_sentence_subjects() {
        let cases: Vec<(&str, Vec<Subject>)> = vec![
            ("Rose frowned. \"Why?\"", vec![Subject::Named(vec![1])]),
            (
                "Then Kylo sighed. He looked away.",
                vec![
                    Subject::Named(vec![0]),
                    Subject::Pronoun(Some(Gender::Male)),
                ],
            ),
            ("I gave him a look.", vec![Subject::FirstPerson]),
            // A voice or a face acts for its owner; a thing does not.
            (
                "His voice was low.",
                vec![Subject::Pronoun(Some(Gender::Male))],
            ),
            (
                "Her dark eyes narrowed.",
                vec![Subject::Pronoun(Some(Gender::Female))],
            ),
            ("Your comm crackled.", vec![]),
            // A name after a conjunction that starts a clause of its own.
            (
                "The door banged open and Kylo came in backwards.",
                vec![Subject::Named(vec![0])],
            ),
            (
                "The lights dimmed, and Rose swore.",
                vec![Subject::Named(vec![1])],
            ),
            // The narrator starting a clause of their own.
            (
                "The lights dimmed, and I swore.",
                vec![Subject::FirstPerson],
            ),
            (
                "The net tears, but you don't care.",
                vec![Subject::SecondPerson],
            ),
            // A list of names, an object, a possessive: no clause of their own.
            ("Kylo and Rose left.", vec![Subject::Named(vec![0])]),
            ("The bell rang and Rose at the door.", vec![]),
            ("The wave hit Kylo and Rose hard.", vec![]),
            ("The door opened and Rose's dog ran in.", vec![]),
            ("The door opened and Rose slowly turned.", vec![]),
            // A phrase of place or time before the subject; a name inside it is none.
            (
                "Out in the porch, Kylo cleared his throat.",
                vec![Subject::Named(vec![0])],
            ),
            ("Behind Kylo, Rose laughed.", vec![Subject::Named(vec![1])]),
            // A clause put first: its subject is not the sentence's.
            (
                "When he said amen, Rose said it back.",
                vec![Subject::Named(vec![1])],
            ),
            (
                "As Kylo reached the door, Rose laughed.",
                vec![Subject::Named(vec![1])],
            ),
            // After a person acting, the clause's name is not the one acting.
            (
                "Rose kept typing until Kylo left.",
                vec![Subject::Named(vec![1])],
            ),
        ];
        for (text, expected) in cases {
            let found = with_context(text, |context| {
                context
                    .beats_and_partners(0, context.tokens.len())
                    .0
                    .into_iter()
                    .map(|(subject, _)| subject)
                    .collect::<Vec<_>>()
            });
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn present_tense_speech_verbs() {
        // (word, a speech verb after any subject, a bare present after I/you/we/they)
        let cases = [
            ("whispered", true, false),
            ("groans", true, false),
            ("replies", true, false),
            ("snaps", true, false),
            ("begins", true, false),
            ("groan", false, true),
            ("begin", false, true),
            ("reply", true, true),
            // Not verbs of speech in the third person, though they look like forms of one.
            ("not", false, false),
            ("guess", false, true),
            ("breath", false, true),
            ("kiss", false, false),
            ("walks", false, false),
        ];
        for (word, any_subject, after_pronoun) in cases {
            assert_eq!(is_speech_verb(word), any_subject, "{word}");
            assert_eq!(is_bare_speech_verb(word), after_pronoun, "{word}");
        }
    }

    #[test]
    fn description_phrases_are_normalized() {
        let text = "\"No,\" said the Old Gentleman, smiling.";
        let tokens = tokenize(text, &quotes_of(text));
        let determiner = tokens
            .iter()
            .position(|token| &text[token.start..token.end] == "the")
            .unwrap();
        assert_eq!(
            description_phrase(text, &tokens, determiner),
            "old gentleman"
        );
        let text = "\"Thanks,\" said the girl in the denim jacket.";
        let tokens = tokenize(text, &quotes_of(text));
        let determiner = tokens
            .iter()
            .position(|token| &text[token.start..token.end] == "the")
            .unwrap();
        let phrase = description_phrase(text, &tokens, determiner);
        assert_eq!(phrase, "girl in the denim");
        assert_eq!(head_noun(&phrase), "girl");
        assert_eq!(head_noun("stranger softly"), "stranger");
        assert_eq!(head_noun("grey man flicked his"), "man");
        assert_eq!(head_noun("painter of portraits"), "painter");
        // The bug: `called a woman's voice from the quay steps` was no newcomer, as
        // its head noun (`voice`) was not the one it brought in (`woman`).
        assert_eq!(head_noun("woman's voice from the"), "woman");
        assert_eq!(head_noun("woman\u{2019}s voice"), "woman");
    }

    #[test]
    fn indefinite_introduction_table() {
        let cases: &[(&str, &str, bool)] = &[
            ("Behind him was a girl in a denim jacket.", "girl", true),
            ("There's a very small girl in a raincoat.", "girl", true),
            ("A man came down the rope.", "man", true),
            ("An old man sat by the fire.", "man", true),
            ("Another man leans out of the door.", "man", true),
            // Named, definite, or too far from the article: nobody new.
            ("The girl sat down.", "girl", false),
            ("He fought like a girl possessed.", "girl", false),
            ("\"I saw a girl,\" Rose said.", "girl", false),
            ("A cup, a plate and a very old small girl.", "girl", false),
        ];
        for &(text, noun, expected) in cases {
            let tokens = tokenize(text, &quotes_of(text));
            assert_eq!(
                introduces_indefinitely(text, &tokens, noun),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn newcomer_table() {
        let cases: &[(&str, &[Option<Gender>])] = &[
            (
                "For a second there was only a hiss, and then a man cleared his throat.",
                &[Some(Gender::Male)],
            ),
            ("A voice called from the stairs.", &[None]),
            ("An old woman sat by the fire.", &[Some(Gender::Female)]),
            (
                "From inside the office another man leans out of the door.",
                &[Some(Gender::Male)],
            ),
            (
                "The voice that answered was a girl's, hushed.",
                &[Some(Gender::Female)],
            ),
            ("A man's voice called out.", &[Some(Gender::Male)]),
            // `the … who` brings someone in; a plain `the` does not.
            ("The woman who came in was small.", &[Some(Gender::Female)]),
            ("The woman sat down.", &[]),
            // Not a subject, not a voice: nobody new.
            ("Kylo was the man who saved her.", &[]),
            ("Kylo told the girl that he was sorry.", &[]),
            ("Rose picked up a girl's shoe.", &[]),
            // A simile, a thing, and a quote are nobody new.
            ("He fought like a man possessed.", &[]),
            (
                "Raju looks up with the face of a man who has moved pianos.",
                &[],
            ),
            ("Then came the voice of a woman.", &[Some(Gender::Female)]),
            ("A door banged somewhere.", &[]),
            ("\"I saw a girl there,\" said Rose.", &[]),
            // Adjectives between commas; a man described is no newcomer.
            (
                "A tall, stooped man in a grey coat is coming across the grass.",
                &[Some(Gender::Male)],
            ),
            ("He was a vast, gentle man who said little.", &[]),
            ("There was a man at the door.", &[Some(Gender::Male)]),
            // Someone not yet known, like a voice.
            ("Someone laughed behind her.", &[None]),
        ];
        for &(text, expected) in cases {
            let tokens = tokenize(text, &quotes_of(text));
            let mentions = Vec::new();
            let mention_at = vec![usize::MAX; tokens.len()];
            let context = Context {
                text,
                tokens: &tokens,
                mention_at: &mention_at,
                mentions: &mentions,
                singular_they: false,
            };
            let genders: Vec<Option<Gender>> = context
                .newcomers(0, tokens.len())
                .into_iter()
                .map(|introduction| introduction.gender)
                .collect();
            assert_eq!(genders, expected, "{text}");
        }
    }

    #[test]
    fn vocative_table() {
        let cases: &[(&str, &[usize])] = &[
            ("\"Kylo, I know.\"", &[0]),
            ("\"I would follow you, Kylo.\"", &[0]),
            ("\"Oh, Rose!\"", &[1]),
            ("\"You're late, (Kylo).\"", &[0]),
            ("\"And Kylo?\"", &[0]),
            ("\"Hey Rose!\"", &[1]),
            ("\"I saw Kylo and Rose.\"", &[]),
            ("\"Kylo left us.\"", &[]),
            ("\"We saw Rose and Kylo leave.\"", &[]),
            // Addressed inside a quote the speaker quotes: not addressed now.
            ("\"He wrote, 'Come home, Rose,' and left.\"", &[]),
            ("\"He wrote, 'Come home,' and left, Rose.\"", &[1]),
            // The speaker's own name is not someone addressed.
            ("\"Rose. That is my name.\"", &[]),
            // Dashes typed as hyphens.
            ("\"Mrs. Rose -- Kylo. Your husband's missing.\"", &[0]),
            ("\"Rose--I can't.\"", &[1]),
            ("\"My name's Kylo. Kylo Ren.\"", &[]),
            // Something of someone's does not call them.
            ("\"Rose's, of course.\"", &[]),
            // A name alone that the next sentence goes on about.
            ("\"A critic. Rose. She closed the Lantern.\"", &[]),
            ("\"They came, Rose. They know.\"", &[1]),
            ("\"Rose. They know.\"", &[1]),
            // The bug: a name the quote gives an article is talked about.
            ("\"Is that *the* Kylo? Like, Kylo Shipping, Kylo?\"", &[]),
            ("\"Is that the Kylo, Rose?\"", &[1]),
            // The bug: a name saying who someone just brought in is does not call them.
            ("\"There's a lady here, Rose, she's sending a hose.\"", &[]),
            ("\"I asked a girl, Rose, about it.\"", &[]),
            ("\"You were a little girl, Rose.\"", &[1]),
            ("\"Here's my sister, Rose, look.\"", &[1]),
            ("\"Thank you, Rose.\"", &[1]),
            ("\"Listen to me, Kylo.\"", &[0]),
        ];
        for (text, expected) in cases {
            let found = with_context(text, |context| {
                vocatives(context.text, context.tokens, context.mentions)
                    .into_iter()
                    .flat_map(|(_, characters)| characters)
                    .collect::<Vec<_>>()
            });
            assert_eq!(&found, expected, "{text}");
        }
    }
}
