//! Finding the cast's characters in text by name, alias or title.
//!
//! In: the cast (names and aliases) and tokenized paragraphs. Out: [`Mention`]s, each
//! a token range and the characters it may name. Besides the names the cast gives,
//! short forms are derived (`Fitzwilliam Darcy` → `Darcy`, `Mr. Darcy` → `Darcy`,
//! `The Hatter` → `Hatter`) when no other character could claim them. Aliases that
//! start with an article or a possessive (`the General`, `her father`) match in any case.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};

use super::text::{is_capitalized, normalized, normalized_into, tokenize, Token, TokenKind};
use crate::cast::Cast;

/// Titles that may stand before a surname.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lady",
    "lord",
    "madam",
    "madame",
    "mme",
    "mlle",
    "master",
    "mistress",
    "captain",
    "capt",
    "colonel",
    "col",
    "general",
    "major",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "inspector",
    "professor",
    "prof",
    "doctor",
    "reverend",
    "rev",
    "father",
    "mother",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "aunty",
    "auntie",
    "count",
    "countess",
    "duke",
    "duchess",
    "prince",
    "princess",
    "king",
    "queen",
    "señor",
    "monsieur",
    "mademoiselle",
];

const ARTICLES: &[&str] = &["the", "a", "an", "this", "that"];

/// First words of a name that address its bearer, beside the titles (`Your
/// Highness`, `Agent Pell`): such a name is not one's own.
const ADDRESS_WORDS: &[&str] = &[
    "your",
    "my",
    "his",
    "her",
    "agent",
    "officer",
    "detective",
    "constable",
    "nurse",
    "coach",
];
const POSSESSIVES: &[&str] = &["her", "his", "my", "your", "their", "our", "its"];

/// What must stand right before a pattern's first word.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Determiner {
    None,
    /// `the`, `a`, `an`, `this` or `that`.
    Article,
    /// `the` only: a rank in the cast (`the captain`), where `a captain` is someone
    /// else.
    Definite,
    /// Exactly this possessive (`her` of `her father`).
    Exact(String),
    /// A possessive of whose kin the cast's kin aliases are (`his grandfather` for
    /// `Grandad`; see [`NameIndex`]'s `kin_possessives`).
    Possessive,
    /// The same in the narration only, for a cast's bare kin word (`Mum`): the
    /// narration's `her mother` is the one the story calls `Mum`, where a quote's `your
    /// mother` may be anyone's.
    NarratedPossessive,
}

/// Words for one kin, as a child calls them and as narration names them.
const KIN: &[&[&str]] = &[
    &[
        "grandfather",
        "grandad",
        "granddad",
        "grandpa",
        "gramps",
        "grandpapa",
    ],
    &[
        "grandmother",
        "gran",
        "granny",
        "grandma",
        "nana",
        "grandmama",
    ],
    &["father", "dad", "daddy", "papa", "pa"],
    &[
        "mother", "mum", "mom", "mummy", "mommy", "mama", "mam", "ma",
    ],
];

/// The kin words of the same kin as `word` (`grandad` → `grandfather`, `gramps`, …).
fn kin_of(word: &str) -> Option<&'static [&'static str]> {
    KIN.iter().copied().find(|kin| kin.contains(&word))
}

#[derive(Debug, Clone)]
struct Pattern {
    /// Normalized words (lower case, no abbreviation period).
    words: Vec<String>,
    determiner: Determiner,
    /// The first word must be capitalized in the text (proper names).
    capitalized: bool,
    characters: Vec<usize>,
    /// Who else the words mean when written in lower case: `the doctor` may be
    /// Doctor Losberne where a cast's own `The Doctor` is also `the Doctor`.
    lower_case_also: Vec<usize>,
}

/// A character named in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First token of the name (the determiner, when the pattern needs one).
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Cast indices this name may refer to (more than one when ambiguous).
    pub characters: Vec<usize>,
    /// Right after `at`, `to` or `toward`: someone looked at or turned to
    /// (`I glanced at Fen.`), not someone acting.
    pub object: bool,
    /// In the narration, after another subject of its sentence (`He stood there,
    /// watching Hollis reverse the van`): someone acted on or watched, who does not
    /// take the focus from the one acting. Set by the attributor once it knows the
    /// sentences' subjects.
    pub after_subject: bool,
    /// Inside a quote, the speaker giving their own name (`I'm Dana.`): a name that
    /// points at the speaker, where other names in a quote point away.
    pub introduced: bool,
    /// Inside a quote, `This is Plow Six.` or `It's Dana.`: the caller's own name on
    /// a phone or radio, someone else's in a room (`Mum, this is Kylo.`). See
    /// [`super::devices::identify_callers`].
    pub identifies: bool,
}

impl Mention {
    /// A name said inside a quote about or to someone other than the speaker (not
    /// the speaker's own, `I'm Dana.`).
    pub fn said_of_another(&self, tokens: &[Token]) -> bool {
        tokens[self.first].quote.is_some() && !self.introduced
    }

    /// The words of the name as the text gives them (`Miss Hortense's`).
    pub fn words<'a>(&self, text: &'a str, tokens: &[Token]) -> &'a str {
        &text[tokens[self.first].start..tokens[self.end - 1].end]
    }
}

/// Every name pattern of a cast, keyed by the first word. (Every word of a story is
/// looked up: a fast hash, not SipHash.)
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    patterns: FxHashMap<String, Vec<Pattern>>,
    /// Single-word names that the story also uses as ordinary words; they only
    /// count as names away from the start of a sentence.
    common: FxHashSet<String>,
    /// The shapes of the keys of `patterns`, to pass over most words unhashed.
    first_words: Shapes,
    /// Whose kin a kin word with a possessive (`his grandfather`) may be, for the
    /// cast's kin aliases: the narrator's (`my`, `our`, a reader-insert's `your`)
    /// when the cast has a point-of-view character, else a third person's. Leo's
    /// `his father` in a first-person story is not the narrator's `Dad`.
    kin_possessives: &'static [&'static str],
}

/// Possessives of the narrator's own kin, and of a third person's.
const NARRATOR_POSSESSIVES: &[&str] = &["my", "our", "your"];
const THIRD_PERSON_POSSESSIVES: &[&str] = &["his", "her", "their"];

impl NameIndex {
    /// Builds the index from the cast: the given names first, derived short forms
    /// only when they point to exactly one character, except a rank (`the colonel`),
    /// which may point to all who hold it.
    pub fn new(cast: &Cast) -> NameIndex {
        let mut explicit: HashMap<(Vec<String>, Determiner), Vec<usize>> = HashMap::new();
        let mut derived: HashMap<(Vec<String>, Determiner), Vec<usize>> = HashMap::new();
        let mut capital: HashMap<(Vec<String>, Determiner), bool> = HashMap::new();
        for (index, character) in cast.characters.iter().enumerate() {
            let mut names: Vec<&str> = vec![character.name.as_str()];
            names.extend(character.aliases.iter().map(String::as_str));
            if is_capitalized(&character.id) {
                names.push(character.id.as_str());
            }
            for name in names {
                let Some((words, determiner, capitalized)) = parse_alias(name) else {
                    continue;
                };
                for form in derived_forms(&words, &determiner) {
                    let key = (form, Determiner::None);
                    capital.entry(key.clone()).or_insert(true);
                    push_unique(derived.entry(key).or_default(), index);
                }
                // What a character calls `Grandad`, the narration calls `his
                // grandfather`. When the kin word is all the cast calls them (a `Mum`
                // with no name of her own), only in the narration: in the quotes every
                // mother is meant.
                let named = kin_of(&normalized(&character.name)).is_none();
                if let ([word], Determiner::None) = (words.as_slice(), &determiner) {
                    let possessive = if named {
                        Determiner::Possessive
                    } else {
                        Determiner::NarratedPossessive
                    };
                    for kin in kin_of(word).into_iter().flatten() {
                        let key = (vec![kin.to_string()], possessive.clone());
                        capital.entry(key.clone()).or_insert(false);
                        push_unique(derived.entry(key).or_default(), index);
                    }
                }
                // `Captain` or `Captain Vask` in the cast is `the captain` in the
                // narration (of either, when two hold the rank).
                if let (Some(role), Determiner::None) = (role_title(&words), &determiner) {
                    let key = (vec![role.to_string()], Determiner::Definite);
                    capital.entry(key.clone()).or_insert(false);
                    push_unique(derived.entry(key).or_default(), index);
                }
                let key = (words, determiner);
                capital.insert(key.clone(), capitalized);
                push_unique(explicit.entry(key).or_default(), index);
            }
        }
        let mut index = NameIndex {
            kin_possessives: if cast.pov().is_some() {
                NARRATOR_POSSESSIVES
            } else {
                THIRD_PERSON_POSSESSIVES
            },
            ..NameIndex::default()
        };
        let mut lower_case_also: HashMap<(Vec<String>, Determiner), Vec<usize>> = HashMap::new();
        for (key, characters) in derived {
            // `the doctor` of a `Doctor Losberne`, beside a cast's own `The Doctor`,
            // may be either: Doctor Losberne is `the doctor` in his own scenes. Not
            // `the Doctor`, the name of the one the cast calls so.
            if key.1 == Determiner::Definite {
                let given = (key.0.clone(), Determiner::Article);
                if explicit.contains_key(&given) {
                    lower_case_also.entry(given).or_default().extend(characters);
                    continue;
                }
            }
            // `the colonel` of two colonels may be either, as `the duchess` of two
            // duchesses; a short form two characters share (`Mr. Knightley`) is
            // left to the names themselves.
            if (characters.len() == 1 || key.1 == Determiner::Definite)
                && !explicit.contains_key(&key)
            {
                explicit.insert(key, characters);
            }
        }
        for ((words, determiner), characters) in explicit {
            let key = (words, determiner);
            let capitalized = capital.get(&key).copied().unwrap_or(true);
            let mut also = lower_case_also.remove(&key).unwrap_or_default();
            also.retain(|character| !characters.contains(character));
            let (words, determiner) = key;
            // Looked up by the story word without its possessive.
            let Some(first) = words
                .first()
                .map(|word| word.strip_suffix("'s").unwrap_or(word).to_string())
            else {
                continue;
            };
            index.patterns.entry(first).or_default().push(Pattern {
                words,
                determiner,
                capitalized,
                characters,
                lower_case_also: also,
            });
        }
        index.first_words = Shapes::of(index.patterns.keys().map(String::as_str));
        for patterns in index.patterns.values_mut() {
            // Longest first, so `Mr. John Knightley` wins over `Mr. John`, and `the General`
            // (with its article) over `General`.
            let span = |pattern: &Pattern| {
                pattern.words.len() + usize::from(pattern.determiner != Determiner::None)
            };
            patterns.sort_by(|left, right| {
                span(right)
                    .cmp(&span(left))
                    .then_with(|| left.words.cmp(&right.words))
                    .then_with(|| left.determiner.cmp(&right.determiner))
                    .then_with(|| left.characters.cmp(&right.characters))
            });
        }
        index
    }

    /// Learns which one-word names the story also uses as ordinary lower-case words,
    /// from its paragraphs and their tokens.
    pub fn learn_common_words<'a>(
        &mut self,
        paragraphs: impl Iterator<Item = (&'a str, &'a [Token])>,
    ) {
        // (lower-case, capitalized) uses of each one-word name.
        let mut counts: FxHashMap<&str, (usize, usize)> = self
            .patterns
            .values()
            .flatten()
            .filter(|pattern| pattern.words.len() == 1 && pattern.determiner == Determiner::None)
            .map(|pattern| (pattern.words[0].as_str(), (0, 0)))
            .collect();
        if counts.is_empty() {
            return;
        }
        let shapes = Shapes::of(counts.keys().copied());
        let mut buffer = String::new();
        for (text, tokens) in paragraphs {
            for (position, token) in tokens.iter().enumerate() {
                let word = &text[token.start..token.end];
                if token.kind != TokenKind::Word || !shapes.may_hold(word.trim_end_matches('.')) {
                    continue;
                }
                // `ezra: she's sewing` is a chat label, not a word in a sentence.
                let label = tokens
                    .get(position + 1)
                    .is_some_and(|next| &text[next.start..next.end] == ":");
                if label {
                    continue;
                }
                // Lower-cased into one buffer: most words are no name.
                if let Some(count) = counts.get_mut(normalized_into(word, &mut buffer)) {
                    if word.chars().next().is_some_and(char::is_lowercase) {
                        count.0 += 1;
                    } else {
                        count.1 += 1;
                    }
                }
            }
        }
        // An ordinary word often enough, not a name typed in lower case now and then
        // (`**ezra:** she's sewing` in a group chat, against thirty `Ezra`s).
        self.common = counts
            .into_iter()
            // A kin word is the exception: `your granny` is someone's, and `Granny
            // watches you` at a sentence's start is still the one the cast calls so.
            .filter(|(word, (lower, capital))| {
                *lower >= 3 && *lower * 4 >= *capital && kin_of(word).is_none()
            })
            .map(|(word, _)| word.to_string())
            .collect();
    }

    /// Finds the names in a tokenized paragraph, longest match first, left to right.
    pub fn mentions(&self, text: &str, tokens: &[Token]) -> Vec<Mention> {
        let mut mentions = Vec::new();
        let mut position = 0;
        let mut lower = String::new();
        while position < tokens.len() {
            let token = tokens[position];
            if token.kind != TokenKind::Word {
                position += 1;
                continue;
            }
            let word = strip_possessive(&text[token.start..token.end]).trim_end_matches('.');
            if !self.first_words.may_hold(word) {
                position += 1;
                continue;
            }
            lower.clear();
            // Every word is looked up: the plain ASCII lower case where it is the same.
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            let Some(patterns) = self.patterns.get(lower.as_str()) else {
                position += 1;
                continue;
            };
            let mut found = None;
            for pattern in patterns {
                if let Some(mention) = self.match_at(pattern, text, tokens, position) {
                    found = Some(mention);
                    break;
                }
            }
            match found {
                Some(mention) => {
                    position = mention.end;
                    mentions.push(mention);
                }
                None => position += 1,
            }
        }
        // A radio call is two names (`Ladybug, Plow Six.`), not `Well, Dana.`.
        for index in 0..mentions.len() {
            let first = mentions[index].first;
            let after_comma =
                first > 0 && &text[tokens[first - 1].start..tokens[first - 1].end] == ",";
            if mentions[index].identifies && after_comma {
                mentions[index].identifies = index
                    .checked_sub(1)
                    .is_some_and(|called| mentions[called].end + 1 == first);
            }
        }
        mentions
    }

    fn match_at(
        &self,
        pattern: &Pattern,
        text: &str,
        tokens: &[Token],
        position: usize,
    ) -> Option<Mention> {
        let first_word = &text[tokens[position].start..tokens[position].end];
        if pattern.capitalized
            && pattern.determiner == Determiner::None
            && !is_capitalized(first_word)
        {
            return None;
        }
        let mut cursor = position;
        for (offset, expected) in pattern.words.iter().enumerate() {
            // Skip commas inside a name (`Bill, the Lizard`), never other punctuation.
            while offset > 0
                && tokens.get(cursor).is_some_and(|token| {
                    token.kind == TokenKind::Punct && &text[token.start..token.end] == ","
                })
            {
                cursor += 1;
            }
            let token = tokens.get(cursor)?;
            if token.kind != TokenKind::Word || token.quote != tokens[position].quote {
                return None;
            }
            let word = &text[token.start..token.end];
            // A description is brought in with `a` and named with `the` after: `a man
            // in a silver jacket` is the cast's `the man in the silver jacket`.
            let articles = offset > 0 && is_article(word) && is_article(expected);
            if !articles && !eq_normalized(word, expected) {
                return None;
            }
            cursor += 1;
        }
        let mut first = position;
        match &pattern.determiner {
            Determiner::None => {
                // `Tower copies.`: a radio call opens with the caller's name.
                if pattern.words.len() == 1
                    && self.common.contains(&pattern.words[0])
                    && starts_sentence(text, tokens, position)
                    && !opens_radio_call(text, tokens, cursor)
                {
                    return None;
                }
            }
            Determiner::Article => {
                first = article_before(text, tokens, position, !pattern.capitalized)?;
            }
            Determiner::Definite => {
                // No adjectives: `the best captain I ever had` is any captain.
                first = article_before(text, tokens, position, false)?;
                if !text[tokens[first].start..tokens[first].end].eq_ignore_ascii_case("the") {
                    return None;
                }
            }
            Determiner::Possessive | Determiner::NarratedPossessive => {
                if pattern.determiner == Determiner::NarratedPossessive
                    && tokens[position].quote.is_some()
                {
                    return None;
                }
                let before = previous_word(text, tokens, position)?;
                // `Tash's mother` in a third-person story: whose kin the cast's kin
                // words are, as `her mother` is. The owner stays a mention of its own.
                let owner = self.kin_possessives == THIRD_PERSON_POSSESSIVES
                    && is_possessive(before)
                    && is_capitalized(before);
                if !owner
                    && !self
                        .kin_possessives
                        .iter()
                        .any(|possessive| possessive.eq_ignore_ascii_case(before))
                {
                    return None;
                }
                first = position - 1;
            }
            Determiner::Exact(possessive) => {
                let before = previous_word(text, tokens, position)?;
                if !possessive.eq_ignore_ascii_case(before) {
                    return None;
                }
                first = position - 1;
            }
        }
        // `the Camilleri family`, `the Bennet girls`: a surname naming a household,
        // not the one of them the cast calls by it.
        let last = &text[tokens[cursor - 1].start..tokens[cursor - 1].end];
        let household = !is_possessive(last)
            && tokens.get(cursor).is_some_and(|next| {
                next.kind == TokenKind::Word
                    && HOUSEHOLD_WORDS.contains(
                        &strip_possessive(&text[next.start..next.end])
                            .to_lowercase()
                            .as_str(),
                    )
            });
        if household {
            return None;
        }
        let naming = self_naming(text, tokens, first, cursor);
        Some(Mention {
            first,
            end: cursor,
            introduced: naming == SelfNaming::Introduced,
            identifies: naming == SelfNaming::Identified,
            characters: if is_capitalized(first_word) {
                pattern.characters.clone()
            } else {
                let mut characters = pattern.characters.clone();
                characters.extend(&pattern.lower_case_also);
                characters
            },
            object: is_object(text, tokens, first),
            after_subject: false,
        })
    }
}

/// Words after a surname that make it a household's (`the Camilleri family`).
const HOUSEHOLD_WORDS: &[&str] = &[
    "family",
    "families",
    "household",
    "clan",
    "girls",
    "boys",
    "sisters",
    "brothers",
    "children",
    "kids",
    "twins",
    "siblings",
    "cousins",
];

/// The (length, first byte) of each of a set of lower-case words: a test, much
/// cheaper than lower-casing and hashing, that most words of a story are none of them.
#[derive(Debug, Clone, Default)]
struct Shapes {
    /// Per length in bytes, a bit per first byte.
    by_length: Vec<[u64; 4]>,
}

impl Shapes {
    fn of<'a>(words: impl Iterator<Item = &'a str>) -> Shapes {
        let mut shapes = Shapes::default();
        for word in words {
            let Some(&first) = word.as_bytes().first() else {
                continue;
            };
            if shapes.by_length.len() <= word.len() {
                shapes.by_length.resize(word.len() + 1, [0; 4]);
            }
            shapes.by_length[word.len()][usize::from(first / 64)] |= 1 << (first % 64);
        }
        shapes
    }

    /// False when `word` in lower case is surely none of the words. An ASCII word
    /// lowers to the same length and its first byte's lower case; any other word may
    /// lower to anything, and an empty one is not looked at here.
    fn may_hold(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&first) if word.is_ascii() => {
                let first = first.to_ascii_lowercase();
                self.by_length
                    .get(word.len())
                    .is_some_and(|bits| bits[usize::from(first / 64)] >> (first % 64) & 1 == 1)
            }
            _ => true,
        }
    }
}

/// Words that set one person against another (`the other stranger`), so they never
/// stand between an article and a role alias.
const CONTRASTIVE: &[&str] = &[
    "other", "another", "first", "second", "third", "last", "next", "new", "same", "younger",
    "youngest", "older", "oldest", "elder", "eldest",
];

/// The token of the article before a pattern starting at `position`. A role alias
/// (`the stranger`) may have up to two lower-case adjectives after its article, as
/// a story describes someone before naming them (`the tall stranger`).
fn article_before(text: &str, tokens: &[Token], position: usize, role: bool) -> Option<usize> {
    let is_article = |word: &str| {
        ARTICLES
            .iter()
            .any(|article| article.eq_ignore_ascii_case(word))
    };
    let mut cursor = position;
    for _ in 0..=if role { 2 } else { 0 } {
        let word = previous_word(text, tokens, cursor)?;
        if tokens[cursor - 1].quote != tokens[position].quote {
            return None;
        }
        if is_article(word) {
            return Some(cursor - 1);
        }
        let adjective = word
            .chars()
            .all(|character| character.is_lowercase() || character == '-')
            && !CONTRASTIVE.contains(&word)
            && !POSSESSIVES.contains(&word);
        if !adjective {
            return None;
        }
        cursor -= 1;
    }
    None
}

/// How a quote gives a name at tokens `[first, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SelfNaming {
    /// Not as the speaker's own.
    No,
    /// As the speaker's own: after `I'm`, `I am`, `my name is`, `(my) name's` or
    /// `call me`, and ending its clause (`I'm Dana.`, not `I'm Dana's sister`).
    Introduced,
    /// After `this is`, `it's` or `it is`, ending its clause, or second in a radio
    /// call (`Ladybug, Plow Six.`): the speaker's own on a phone or radio, someone
    /// else's in a room.
    Identified,
}

/// How the name at tokens `[first, end)` is given; see [`SelfNaming`].
fn self_naming(text: &str, tokens: &[Token], first: usize, end: usize) -> SelfNaming {
    if tokens[first].quote.is_none() {
        return SelfNaming::No;
    }
    let lower = |token: &Token| {
        text[token.start..token.end]
            .to_lowercase()
            .replace('\u{2019}', "'")
    };
    let word = |position: usize| {
        tokens
            .get(position)
            .filter(|token| token.kind == TokenKind::Word && token.quote == tokens[first].quote)
            .map(lower)
    };
    let last = &tokens[end - 1];
    if is_possessive(&text[last.start..last.end]) {
        return SelfNaming::No;
    }
    // `This is Fenn back on shift`, `It's Dana calling`: a word that ends the clause.
    let closing_word = |token: &Token| {
        token.kind == TokenKind::Word
            && matches!(
                lower(token).as_str(),
                "here" | "speaking" | "calling" | "back" | "again" | "from"
            )
    };
    let closes = tokens.get(end).is_none_or(|token| {
        closing_word(token)
            || token.kind == TokenKind::Punct
                && matches!(
                    &text[token.start..token.end],
                    "." | "!"
                        | "?"
                        | ","
                        | ";"
                        | "\u{2014}"
                        | "-"
                        | "\""
                        | "\u{201D}"
                        | "'"
                        | "\u{2019}"
                )
    });
    // `I'm Jory Dekker`, `this is Corporal Imani Fenn` where the cast knows `Dekker`
    // and `Fenn`: the words the cast does not know are part of the name.
    let named = first;
    let mut first = first;
    for _ in 0..2 {
        let Some(previous) = first.checked_sub(1) else {
            break;
        };
        let token = &tokens[previous];
        let capitalized = is_capitalized(&text[token.start..token.end]);
        let opens = word(previous).is_some_and(|word| {
            matches!(
                word.as_str(),
                "i'm" | "i" | "it's" | "this" | "it" | "name's" | "call" | "my"
            )
        });
        if !capitalized || opens || word(previous).is_none() {
            break;
        }
        first = previous;
    }
    let before = first.checked_sub(1).and_then(word);
    let before_that = first.checked_sub(2).and_then(word);
    let third = first.checked_sub(3).and_then(word);
    // `my name is`, never `his name is`: someone else's name. `I am your Game
    // Master`: a role given as one's own.
    let introduces = matches!(
        (third.as_deref(), before_that.as_deref(), before.as_deref()),
        (_, _, Some("i'm"))
            | (_, Some("i"), Some("am"))
            | (_, Some("i'm"), Some("your"))
            | (Some("i"), Some("am"), Some("your"))
            | (_, Some("call"), Some("me"))
            | (_, Some("my") | None, Some("name's"))
            | (Some("my"), Some("name"), Some("is"))
    );
    if introduces && closes {
        return SelfNaming::Introduced;
    }
    // `This is Plow Six.`, `Ladybug, this is Six.`, `It's Dana.`: the clause's start.
    let starts_clause = |position: Option<usize>| {
        position.is_none_or(|position| {
            tokens[position].quote != tokens[first].quote
                || tokens[position].kind == TokenKind::Punct
        })
    };
    // `Ladybug, Plow Six.`: a radio call names the one called, then the caller (the
    // one called must be a name too; see `NameIndex::mentions`).
    // `Styling, styling, this is Seo` calls one name twice: no caller yet.
    let radio_call = first >= 2
        && &text[tokens[first - 1].start..tokens[first - 1].end] == ","
        && tokens[first - 2].kind == TokenKind::Word
        && tokens[first - 2].quote == tokens[first].quote
        && lower(&tokens[first - 2]) != lower(&tokens[end - 1]);
    // `Tower to Skip, radio check.`: the caller, then the one called; `Tower
    // copies.`: the caller's own name on its own.
    let caller_opens = tokens[..first]
        .iter()
        .all(|token| token.quote != tokens[first].quote || token.kind == TokenKind::Punct)
        && opens_radio_call(text, tokens, end);
    if caller_opens {
        return SelfNaming::Identified;
    }
    let identifies = radio_call
        || match (before_that.as_deref(), before.as_deref()) {
            (_, Some("it's")) => starts_clause(first.checked_sub(2)),
            (Some("this" | "it"), Some("is")) => starts_clause(first.checked_sub(3)),
            _ => false,
        };
    // `My name. You keep calling me Lieutenant. It's Caedmon.`: after the speaker's
    // own name is brought up, `it's` gives it wherever the speaker is.
    let own_name_before = (1..first).any(|at| {
        tokens[at].quote == tokens[first].quote
            && word(at).as_deref() == Some("name")
            && word(at - 1).as_deref() == Some("my")
    });
    if identifies && closes && own_name_before && !radio_call {
        return SelfNaming::Introduced;
    }
    if identifies && closes {
        return SelfNaming::Identified;
    }
    // After the name: `Kai here.` or `Holmes speaking.` opening the quote, `Dana, at
    // your service`, `Mr. Thaddeus Sholto. That is my name.`
    let after: Vec<String> = tokens[end..]
        .iter()
        .take_while(|token| token.quote == tokens[first].quote)
        .filter(|token| token.kind == TokenKind::Word)
        .take(4)
        .map(lower)
        .collect();
    let after: Vec<&str> = after.iter().map(String::as_str).collect();
    let opens_quote = tokens[..first]
        .iter()
        .all(|token| token.quote != tokens[first].quote || token.kind == TokenKind::Punct);
    // `Kylo here.`, not `Kylo, here.` (handing something over) or `Kylo? Is my name…`.
    let word_follows = tokens
        .get(end)
        .is_some_and(|token| token.kind == TokenKind::Word);
    // `Anders Lund. I live at the old farm.`: a first name and surname as the cast
    // gives them (not `And` of `And Mrs Pargeter.`), no title, as the quote's first
    // sentence, with more after it. One calls another by a first name, or with a
    // comma (`Mary Ann Smith, come here`).
    let full_name = end - named >= 2
        && tokens[..named]
            .iter()
            .all(|token| token.quote != tokens[named].quote || token.kind == TokenKind::Punct)
        && (named..end).all(|at| tokens[at].kind == TokenKind::Word)
        && !TITLES.contains(&lower(&tokens[named]).trim_end_matches('.'))
        && !ADDRESS_WORDS.contains(&lower(&tokens[named]).as_str())
        && tokens
            .get(end)
            .is_some_and(|token| &text[token.start..token.end] == ".")
        && tokens.get(end + 1).is_some_and(|token| {
            token.quote == tokens[first].quote
                && token.kind == TokenKind::Word
                // `Solveig Marr. She gave the Lantern half a star`: said of another;
                // `Oliver James. Don't you ever.`: a child called to order.
                && !matches!(
                    lower(token).as_str(),
                    "he" | "she"
                        | "they"
                        | "his"
                        | "her"
                        | "their"
                        | "don't"
                        | "never"
                        | "stop"
                        | "come"
                        | "get"
                        | "listen"
                        | "look"
                )
        });
    // `Odette Marwood, claims.`: one's full name and where one sits, answering a
    // phone; in a room, a full name and a word calls someone, but a full name and
    // `sir` gives one's own.
    let answers_phone = end - named >= 2
        && opens_quote
        && (named..end).all(|at| tokens[at].kind == TokenKind::Word)
        && tokens
            .get(end)
            .is_some_and(|token| &text[token.start..token.end] == ",")
        && (1..=2).any(|words| {
            (end + 1..end + 1 + words).all(|at| word(at).is_some())
                && tokens.get(end + 1 + words).is_some_and(|token| {
                    &text[token.start..token.end] == "." && token.quote == tokens[first].quote
                })
        });
    if answers_phone {
        // `Lionel Abernathy, ma'am.`: one's full name, reported to a superior.
        let reported = word(end + 1)
            .is_some_and(|word| matches!(word.as_str(), "sir" | "ma'am" | "madam" | "ma'm"))
            && word(end + 2).is_none();
        return if reported {
            SelfNaming::Introduced
        } else {
            SelfNaming::Identified
        };
    }
    let introduces = full_name
        || matches!(
            after.as_slice(),
            ["at", "your", "service", ..]
                | ["that", "is", "my", "name", ..]
                | ["that's", "my", "name", ..]
        )
        || word_follows && matches!(after.as_slice(), ["is", "my", "name", ..])
        || opens_quote
            && word_follows
            && matches!(after.as_slice(), ["here", ..] | ["speaking", ..]);
    if introduces {
        SelfNaming::Introduced
    } else {
        SelfNaming::No
    }
}

/// Whether the words from `end`, after a name, make it a caller's on a radio:
/// `Tower to Skip` (then the one called), `Tower copies.`
fn opens_radio_call(text: &str, tokens: &[Token], end: usize) -> bool {
    let Some(name_end) = end.checked_sub(1).and_then(|last| tokens.get(last)) else {
        return false;
    };
    let in_quote = |token: &&Token| token.quote == name_end.quote && token.quote.is_some();
    let Some(next) = tokens.get(end).filter(in_quote) else {
        return false;
    };
    if next.kind != TokenKind::Word {
        return false;
    }
    match text[next.start..next.end].to_lowercase().as_str() {
        "to" => tokens.get(end + 1).filter(in_quote).is_some_and(|token| {
            token.kind == TokenKind::Word && is_capitalized(&text[token.start..token.end])
        }),
        "copies" | "copy" | "out" | "over" => tokens
            .get(end + 1)
            .is_some_and(|token| token.kind == TokenKind::Punct),
        _ => false,
    }
}

fn push_unique(list: &mut Vec<usize>, value: usize) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// Whether a word ends in a possessive `'s` (`Dana's`).
pub fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() < word.len()
}

/// `Weston's` is a mention of `Weston`.
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .filter(|stem| !stem.is_empty())
        .unwrap_or(word)
}

fn is_article(word: &str) -> bool {
    ["a", "an", "the"]
        .iter()
        .any(|article| word.eq_ignore_ascii_case(article))
}

fn eq_normalized(word: &str, expected: &str) -> bool {
    if let Some(stem) = expected.strip_suffix("'s") {
        let bare = strip_possessive(word);
        return bare.len() < word.len()
            && bare.chars().flat_map(char::to_lowercase).eq(stem.chars());
    }
    strip_possessive(word)
        .trim_end_matches('.')
        .chars()
        .flat_map(char::to_lowercase)
        .eq(expected.chars())
}

/// True when the name at `position` is someone looked at, turned to or spoken to:
/// right after `at`, `to` or `toward` (`I glanced at Fen.`), or the object of a speech
/// verb that has its subject before it (`Dorian warned Bart`, `they told Dorian`), where
/// `said Bart` after a quote is Bart speaking.
fn is_object(text: &str, tokens: &[Token], position: usize) -> bool {
    let Some(word) = previous_word(text, tokens, position) else {
        return false;
    };
    if matches!(
        word.to_lowercase().as_str(),
        "at" | "to" | "toward" | "towards"
    ) {
        return true;
    }
    // `Rose said Kylo was late`: `say` takes what is said, never the one spoken to.
    let says = matches!(
        word.to_lowercase().as_str(),
        "say" | "says" | "said" | "saying"
    );
    !says
        && crate::speech_verbs::is_speech_verb(word)
        && position
            .checked_sub(1)
            .is_some_and(|verb| previous_word(text, tokens, verb).is_some())
}

fn previous_word<'a>(text: &'a str, tokens: &[Token], position: usize) -> Option<&'a str> {
    let token = tokens.get(position.checked_sub(1)?)?;
    (token.kind == TokenKind::Word).then(|| &text[token.start..token.end])
}

/// True when the token opens a sentence (or the paragraph, or a quote).
pub fn starts_sentence(text: &str, tokens: &[Token], position: usize) -> bool {
    let mut cursor = position;
    while cursor > 0 {
        cursor -= 1;
        let token = tokens[cursor];
        if token.kind == TokenKind::Word {
            return false;
        }
        let mark = &text[token.start..token.end];
        if matches!(mark, "." | "!" | "?") {
            return true;
        }
        if !matches!(
            mark,
            "\"" | "'"
                | "\u{201C}"
                | "\u{201D}"
                | "\u{2018}"
                | "\u{2019}"
                | "\u{AB}"
                | "\u{BB}"
                | "\u{201E}"
                | "("
                | "_"
                | "*"
        ) {
            return false;
        }
    }
    true
}

/// Splits an alias into normalized words and its leading determiner; `None` when no
/// word is left.
fn parse_alias(alias: &str) -> Option<(Vec<String>, Determiner, bool)> {
    let tokens = tokenize(alias, &[]);
    let mut words: Vec<&str> = tokens
        .iter()
        .filter(|token| token.kind == TokenKind::Word)
        .map(|token| &alias[token.start..token.end])
        .collect();
    let first = normalized(words.first()?);
    let determiner = if ARTICLES.contains(&first.as_str()) && words.len() > 1 {
        words.remove(0);
        Determiner::Article
    } else if POSSESSIVES.contains(&first.as_str()) && words.len() > 1 {
        words.remove(0);
        Determiner::Exact(first)
    } else {
        Determiner::None
    };
    // Reader-insert placeholders (`Y/N`, `(L/N)`) are typed in any case: `y/n`.
    let capitalized = is_capitalized(words[0]) && !words[0].contains('/');
    // `Wen's mom`: a possessive inside an alias is written `'s` whatever the
    // apostrophe, and a mention must have it too (`Wen, mom` is two people).
    Some((
        words
            .iter()
            .map(|word| {
                let stem = strip_possessive(word);
                if stem.len() < word.len() {
                    format!("{}'s", normalized(stem))
                } else {
                    normalized(word)
                }
            })
            .collect(),
        determiner,
        capitalized,
    ))
}

/// Ranks and offices that a story writes with `the` in lower case for the one
/// character who holds them (`the captain` for `Captain Vask`), as (title, the word
/// after `the`). Not `general` or `major`, which are adjectives too (`the general
/// opinion`), nor kin and forms of address (`Mr`, `Lady`, `Father`).
const ROLE_TITLES: &[(&str, &str)] = &[
    ("captain", "captain"),
    ("capt", "captain"),
    ("colonel", "colonel"),
    ("col", "colonel"),
    ("lieutenant", "lieutenant"),
    ("lt", "lieutenant"),
    ("sergeant", "sergeant"),
    ("sgt", "sergeant"),
    ("inspector", "inspector"),
    ("detective", "detective"),
    ("professor", "professor"),
    ("prof", "professor"),
    ("doctor", "doctor"),
    ("dr", "doctor"),
    ("reverend", "reverend"),
    ("commander", "commander"),
    ("commodore", "commodore"),
    ("admiral", "admiral"),
    ("sheriff", "sheriff"),
    ("coach", "coach"),
    ("chancellor", "chancellor"),
    ("duke", "duke"),
    ("duchess", "duchess"),
    ("countess", "countess"),
    ("prince", "prince"),
    ("princess", "princess"),
    ("king", "king"),
    ("queen", "queen"),
    ("emperor", "emperor"),
    ("empress", "empress"),
];

/// The word `the` goes with for a name that starts with a rank (`Captain Vask`,
/// `Dr. Pryce` → `doctor`).
fn role_title(words: &[String]) -> Option<&'static str> {
    let first = words.first()?;
    ROLE_TITLES
        .iter()
        .find(|(title, _)| title == first)
        .map(|&(_, role)| role)
}

/// Short forms of a name: without the article (`Hatter`), without the title
/// (`Darcy`, `Sherlock Holmes`), the surname alone, the first name alone, and the
/// title with the surname (`Mr. Holmes`).
fn derived_forms(words: &[String], determiner: &Determiner) -> Vec<Vec<String>> {
    let mut forms = Vec::new();
    if *determiner == Determiner::Article {
        forms.push(words.to_vec());
    }
    if *determiner != Determiner::None {
        return forms;
    }
    let title_count = words
        .iter()
        .take_while(|word| TITLES.contains(&word.as_str()))
        .count();
    let rest = &words[title_count..];
    if rest.is_empty()
        || rest
            .iter()
            .any(|word| matches!(word.as_str(), "of" | "the" | "and"))
    {
        return forms;
    }
    if title_count > 0 {
        forms.push(rest.to_vec());
    }
    if rest.len() >= 2 {
        let last = rest[rest.len() - 1].clone();
        forms.push(vec![last.clone()]);
        if title_count == 0 {
            forms.push(vec![rest[0].clone()]);
        } else {
            forms.push(vec![words[0].clone(), last]);
        }
    }
    forms.retain(|form| form.len() > 1 || !TITLES.contains(&form[0].as_str()));
    forms
}

/// A stable speaker id from a name: lower case, words joined by `-` (`Mr. Darcy` → `mr-darcy`).
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for character in name.chars().flat_map(char::to_lowercase) {
        if character.is_alphanumeric() {
            slug.push(character);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("speaker");
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cast::Character;

    fn cast(characters: &[(&str, &str, &[&str])]) -> Cast {
        Cast {
            characters: characters
                .iter()
                .map(|(id, name, aliases)| Character {
                    id: id.to_string(),
                    name: name.to_string(),
                    aliases: aliases.iter().map(|alias| alias.to_string()).collect(),
                    ..Character::default()
                })
                .collect(),
            ..Cast::default()
        }
    }

    /// Teaches `index` the common words of a story of `paragraphs`.
    fn learn(index: &mut NameIndex, paragraphs: &[&str]) {
        let tokens: Vec<Vec<Token>> = paragraphs.iter().map(|text| tokenize(text, &[])).collect();
        index.learn_common_words(
            paragraphs
                .iter()
                .copied()
                .zip(tokens.iter().map(Vec::as_slice)),
        );
    }

    fn found(index: &NameIndex, cast: &Cast, text: &str) -> Found {
        let tokens = tokenize(text, &[]);
        index
            .mentions(text, &tokens)
            .into_iter()
            .map(|mention| {
                (
                    mention.words(text, &tokens).to_string(),
                    mention
                        .characters
                        .iter()
                        .map(|&index| cast.characters[index].id.clone())
                        .collect(),
                )
            })
            .collect()
    }

    /// Mentions as (text, cast ids).
    type Found = Vec<(String, Vec<String>)>;

    /// Regression: in a first-person story, Leo's `his father` was taken for the
    /// narrator's `Dad`.
    #[test]
    fn kin_in_a_first_person_story_is_the_narrators() {
        let mut cast = cast(&[("dad", "Tom", &["Dad"]), ("me", "Y/N", &[])]);
        cast.characters[1].pov = true;
        let index = NameIndex::new(&cast);
        assert_eq!(
            found(&index, &cast, "my father said"),
            vec![("my father".to_string(), vec!["dad".to_string()])]
        );
        assert!(found(&index, &cast, "his father said").is_empty());
    }

    /// kitchen-party: the cast's `Mum` is `Tash's mother` and `Her mother` in a
    /// third-person story, but a quote's `your mother` may be anyone's.
    #[test]
    fn a_bare_kin_name_is_met_by_the_narrations_kin_words() {
        let cast = cast(&[("tash", "Natasha", &["Tash"]), ("mum", "Mum", &[])]);
        let index = NameIndex::new(&cast);
        let ids =
            |found: Found| -> Vec<Vec<String>> { found.into_iter().map(|(_, ids)| ids).collect() };
        let both = vec![vec!["tash".to_string()], vec!["mum".to_string()]];
        let table: &[(&str, Vec<Vec<String>>)] = &[
            ("Tash's mother pointed the spoon.", both.clone()),
            (
                "Her mother was at the stove.",
                vec![vec!["mum".to_string()]],
            ),
            ("Tash's mum laughed.", both),
            ("Tash's bag fell.", vec![vec!["tash".to_string()]]),
            ("a mother of three", vec![]),
        ];
        for (text, expected) in table {
            assert_eq!(&ids(found(&index, &cast, text)), expected, "{text}");
        }
        let quoted = "\"Ask your mother.\"";
        let tokens = tokenize(quoted, &[(1, quoted.len() - 1)]);
        assert!(index.mentions(quoted, &tokens).is_empty());
        // In a first-person story the narrator's kin is `my mother`, not Tash's.
        let mut first_person = cast.clone();
        first_person.characters[0].pov = true;
        let index = NameIndex::new(&first_person);
        assert_eq!(
            ids(found(&index, &first_person, "My mother sighed.")),
            vec![vec!["mum".to_string()]]
        );
        assert!(found(&index, &first_person, "Dev's mother sighed.").is_empty());
    }

    #[test]
    fn name_table() {
        let cast = cast(&[
            ("darcy", "Fitzwilliam Darcy", &["Mr. Darcy"]),
            ("general", "Hux", &["the General"]),
            ("dad", "Tom", &["her father"]),
            ("hatter", "The Hatter", &[]),
            ("stranger", "Dana", &["the stranger"]),
            ("pip-grandad", "Edmund Gale", &["Grandad"]),
            ("mother", "Mother", &["Mum"]),
            ("mrs-bennet", "Mrs. Bennet", &[]),
            ("mr-bennet", "Mr. Bennet", &[]),
            ("wen", "Wendell Ames", &["Wen"]),
            ("mrs-ames", "Mrs Ames", &["Wen's mom"]),
            ("mc", "Tanukichi", &["the man in the silver jacket"]),
        ]);
        let index = NameIndex::new(&cast);
        let one = |name: &str, id: &str| vec![(name.to_string(), vec![id.to_string()])];
        let cases: Vec<(&str, Found)> = vec![
            ("Then Mr. Darcy left.", one("Mr. Darcy", "darcy")),
            ("Darcy smiled.", one("Darcy", "darcy")),
            ("at Darcy's side", one("Darcy's", "darcy")),
            (
                "Fitzwilliam Darcy bowed.",
                one("Fitzwilliam Darcy", "darcy"),
            ),
            ("The general frowned.", one("The general", "general")),
            ("said her father.", one("her father", "dad")),
            ("said his father.", vec![]),
            // A kin word of the cast is met with any possessive and any synonym.
            (
                "his grandfather agreed",
                one("his grandfather", "pip-grandad"),
            ),
            ("Her gramps smiled.", one("Her gramps", "pip-grandad")),
            ("Grandad!", one("Grandad", "pip-grandad")),
            ("a grandfather clock", vec![]),
            // A bare kin word of the cast (`Mother`) too, in the narration.
            ("his mother", one("his mother", "mother")),
            ("said the Hatter", one("the Hatter", "hatter")),
            ("Hatter!", one("Hatter", "hatter")),
            (
                "Mrs. Bennet and Mr. Bennet",
                vec![
                    ("Mrs. Bennet".to_string(), vec!["mrs-bennet".to_string()]),
                    ("Mr. Bennet".to_string(), vec!["mr-bennet".to_string()]),
                ],
            ),
            // `Bennet` alone could be either, so it is not derived.
            ("Bennet came.", vec![]),
            ("a darcy", vec![]),
            // A role alias takes adjectives after its article; a name does not.
            (
                "The tall stranger smiled.",
                one("The tall stranger", "stranger"),
            ),
            ("the soaked, tall stranger", vec![]),
            ("the other stranger", vec![]),
            (
                "a very old stranger",
                one("a very old stranger", "stranger"),
            ),
            // Only `General`, as written without its article.
            ("the angry General", one("General", "general")),
            // An alias with a possessive inside it, in either apostrophe.
            ("followed by Wen's mom", one("Wen's mom", "mrs-ames")),
            (
                "Wen\u{2019}s mom laughed.",
                one("Wen\u{2019}s mom", "mrs-ames"),
            ),
            ("Wen's dice", one("Wen's", "wen")),
            // Without its possessive it is two people.
            ("Wen, mom in tow", one("Wen", "wen")),
            // A description brought in with `a` is the cast's with `the`.
            (
                "and a man in a silver jacket waved",
                one("a man in a silver jacket", "mc"),
            ),
            ("the man in his silver jacket", vec![]),
            // A surname before `family` or `girls` names a household.
            ("nobody in the Darcy family", vec![]),
            ("the Darcy girls", vec![]),
            ("the Darcy family's dog", vec![]),
            ("Darcy's girls", one("Darcy's", "darcy")),
        ];
        for (text, expected) in cases {
            assert_eq!(found(&index, &cast, text), expected, "{text}");
        }
    }

    #[test]
    fn a_rank_in_the_cast_is_the_rank_with_the_in_narration() {
        let cast = cast(&[
            ("vask", "Imogen Vask", &["Captain"]),
            ("pryce", "Ansel Pryce", &["Dr. Pryce"]),
            ("hale", "Hale", &["Colonel Hale"]),
            ("reed", "Reed", &["Colonel Reed"]),
            ("hux", "Hux", &["General Hux"]),
        ]);
        let index = NameIndex::new(&cast);
        let one = |name: &str, id: &str| vec![(name.to_string(), vec![id.to_string()])];
        let cases: Vec<(&str, Found)> = vec![
            ("The captain took the chair.", one("The captain", "vask")),
            ("the captain finished", one("the captain", "vask")),
            ("the best captain I ever had", vec![]),
            ("Captain!", one("Captain", "vask")),
            ("said the doctor", one("the doctor", "pryce")),
            // Two colonels: `the colonel` could be either, for recency to settle.
            (
                "the colonel nodded",
                vec![(
                    "the colonel".to_string(),
                    vec!["hale".to_string(), "reed".to_string()],
                )],
            ),
            // `general` and `major` are adjectives too.
            ("the general opinion", vec![]),
            // Without `the` a lower-case rank is a word.
            ("a captain of industry", vec![]),
            ("captain of the team", vec![]),
        ];
        for (text, expected) in cases {
            assert_eq!(found(&index, &cast, text), expected, "{text}");
        }
    }

    /// A cast's own `The Doctor` does not make another's `Doctor Losberne` never `the
    /// doctor`: the phrase may mean either, for recency to settle; `the Doctor`
    /// capitalized is a name (a Doctor Who fic's Doctor beside a `Doctor Song`).
    #[test]
    fn the_rank_of_one_character_and_the_name_of_another_may_be_either() {
        let cast = cast(&[
            ("losberne", "Mr. Losberne", &["Doctor Losberne"]),
            ("doctor", "The Doctor", &[]),
        ]);
        let index = NameIndex::new(&cast);
        let mut mentions = found(&index, &cast, "said the doctor");
        for (_, characters) in &mut mentions {
            characters.sort();
        }
        assert_eq!(
            mentions,
            vec![(
                "the doctor".to_string(),
                vec!["doctor".to_string(), "losberne".to_string()]
            )]
        );
        // `the Doctor`, capitalized, is the name of the one the cast calls so.
        assert_eq!(
            found(&index, &cast, "said the Doctor"),
            vec![("the Doctor".to_string(), vec!["doctor".to_string()])]
        );
    }

    #[test]
    fn mentions_looked_at_or_spoken_to_are_objects() {
        let cast = cast(&[("fen", "Fen", &[]), ("kylo", "Kylo Ren", &["Kylo"])]);
        let index = NameIndex::new(&cast);
        for (text, expected) in [
            ("I glanced at Fen.", true),
            ("She turned to Kylo.", true),
            ("Fen glanced at me.", false),
            ("I went with Kylo.", false),
            (
                "\"Don't,\" Rose warned Fen, who had opened his mouth.",
                true,
            ),
            ("\"Pay the woman,\" they told Kylo.", true),
            ("\"Pay the woman,\" said Fen.", false),
            ("Rose said Kylo was late.", false),
            ("\"Who?\" asked Kylo.", false),
        ] {
            let tokens = tokenize(text, &[]);
            let mentions = index.mentions(text, &tokens);
            let last = mentions.last().expect("a mention");
            assert_eq!(last.object, expected, "{text}");
        }
    }

    #[test]
    fn a_name_given_as_ones_own_is_an_introduction() {
        let cast = cast(&[
            ("dana", "Dana", &[]),
            ("kylo", "Kylo Ren", &["Kylo", "Agent Kylo"]),
        ]);
        let index = NameIndex::new(&cast);
        for (text, expected) in [
            ("\"Hi. I'm Dana.\"", true),
            ("\"I am Kylo Ren, and you are late.\"", true),
            ("\"My name is Dana\"", true),
            ("\"Call me Kylo.\"", true),
            ("\"I\u{2019}m Dana.\"", true),
            ("\"I am your Kylo, and always listening.\"", true),
            ("\"Hello. I'm your Dana.\"", true),
            ("\"I'm Dana's sister.\"", false),
            ("\"I'm with Dana.\"", false),
            ("\"Kylo here. Report.\"", true),
            ("\"Kylo, at your service.\"", true),
            ("\"Dana. That is my name.\"", true),
            ("\"I saw Kylo here.\"", false),
            ("\"Are you Dana?\"", false),
            ("\"His name is Kylo.\"", false),
            ("\"His name's Kylo.\"", false),
            ("\"My name's Kylo.\"", true),
            ("\"Done. Name's Kylo, by the way.\"", true),
            ("\"I'm Jory Kylo.\"", true),
            ("\"I'm Jory. Kylo.\"", false),
            ("\"I'm Kylo again.\"", true),
            ("\"Kylo? Is my name on the list?\"", false),
            ("\"Kylo, here.\"", false),
            ("\"Dana is my name.\"", true),
            ("\"Dana, I'm here.\"", false),
            ("I'm Dana.", false),
            // A first name and surname alone, then more: one's own (`Anders Lund.
            // I live at the farm.`); a first name alone calls someone.
            ("\"Kylo Ren. I live at the farm.\"", true),
            ("\"Kylo Ren. He lives at the farm.\"", false),
            // A full name reported to a superior is one's own.
            ("\"Kylo Ren, ma'am. Floors seven to ten.\"", true),
            ("\"Kylo Ren, sir.\"", true),
            ("\"Kylo Ren, sir, is at the door.\"", false),
            ("\"Kylo. I live at the farm.\"", false),
            ("\"Kylo Ren.\"", false),
            ("\"Kylo Ren, come here.\"", false),
            ("\"Agent Kylo. The short version.\"", false),
            ("\"And Kylo Ren. Are you here?\"", false),
            // `It's Kylo` gives the speaker's name once they bring their name up.
            ("\"My name. You keep calling me sir. It's Kylo.\"", true),
            ("\"It's Kylo.\"", false),
            ("\"My name? His name? It's Kylo's turn.\"", false),
        ] {
            assert_eq!(quoted_mention(&index, text).introduced, expected, "{text}");
        }
    }

    /// The first mention in `text`, a whole quote when it starts with `"`.
    fn quoted_mention(index: &NameIndex, text: &str) -> Mention {
        let quotes = if text.starts_with('"') {
            vec![(1, text.len() - 1)]
        } else {
            vec![]
        };
        let tokens = tokenize(text, &quotes);
        index.mentions(text, &tokens).remove(0)
    }

    #[test]
    fn this_is_a_name_identifies_a_caller() {
        let cast = cast(&[
            ("dana", "Dana", &[]),
            ("six", "Plow Six", &["Six"]),
            ("ladybug", "Ladybug", &[]),
        ]);
        let index = NameIndex::new(&cast);
        for (text, expected) in [
            ("\"Sunbird, Sunbird, this is Plow Six.\"", true),
            ("\"This is Dana.\"", true),
            ("\"Well, Dana.\"", false),
            ("\"I said, Dana, no.\"", false),
            ("\"Hi, it's Dana!\"", true),
            ("\"Hi, it's Dana from Leeds.\"", true),
            ("\"It is Dana.\"", true),
            ("\"This is Dana's.\"", false),
            ("\"This is Dana on the phone.\"", false),
            ("\"All this is Dana.\"", false),
            ("\"It's for Dana.\"", false),
            ("This is Dana.", false),
            // Answering a phone with one's full name and desk; not a name alone
            // and a word, nor a full name and an order.
            ("\"Plow Six, claims.\"", true),
            ("\"Plow Six, front desk.\"", true),
            ("\"Dana, claims.\"", false),
            ("\"Plow Six, come in and sit down.\"", false),
        ] {
            let mention = quoted_mention(&index, text);
            assert_eq!(mention.identifies, expected, "{text}");
            assert!(!mention.introduced, "{text}");
        }
        // A radio call: the one called, then the caller.
        for (text, caller) in [
            ("\"Ladybug, Plow Six. You copy?\"", true),
            ("\"Ladybug, Ladybug, come in.\"", false),
            ("\"Well, Dana.\"", false),
        ] {
            let tokens = tokenize(text, &[(1, text.len() - 1)]);
            let mentions = index.mentions(text, &tokens);
            let last = mentions.last().map(|mention| mention.identifies);
            assert_eq!(last, Some(caller), "{text}");
            assert!(mentions.len() == 1 || !mentions[0].identifies, "{text}");
        }
    }

    #[test]
    fn reader_insert_placeholders_match_in_any_case() {
        let cast = cast(&[("reader", "Y/N", &[]), ("kylo", "Kylo Ren", &["Kylo"])]);
        let index = NameIndex::new(&cast);
        let one = |name: &str| vec![(name.to_string(), vec!["reader".to_string()])];
        let cases: Vec<(&str, Found)> = vec![
            ("You look like hell, y/n.", one("y/n")),
            ("Y/N smiled.", one("Y/N")),
            ("late, (Y/N).", one("Y/N")),
            ("Y/N's hand", one("Y/N's")),
            // Ordinary names still need their capital.
            ("a kylo", vec![]),
        ];
        for (text, expected) in cases {
            assert_eq!(found(&index, &cast, text), expected, "{text}");
        }
    }

    #[test]
    fn common_words_need_mid_sentence_capitals() {
        let cast = cast(&[("time", "Time", &[])]);
        let mut index = NameIndex::new(&cast);
        let story = [
            "It was time. No time. Some time.",
            "Time passed.",
            "He beat Time.",
        ];
        learn(&mut index, &story);
        assert!(found(&index, &cast, story[1]).is_empty());
        assert_eq!(found(&index, &cast, story[2]).len(), 1);
    }

    /// A name typed in lower case a few times (a group chat, `ezra:` as a label) stays
    /// a name at the start of a sentence when the story capitalises it far more often.
    #[test]
    fn a_name_in_lower_case_now_and_then_is_still_a_name() {
        let cast = cast(&[("ezra", "Ezra", &[])]);
        let mut index = NameIndex::new(&cast);
        let mut story = vec![
            "ezra: hi",
            "pri: ezra stop",
            "pri: ok ezra",
            "pri: fine ezra",
        ];
        story.extend(["Then Ezra left."; 20]);
        story.push("Ezra's already climbing.");
        learn(&mut index, &story);
        assert_eq!(found(&index, &cast, "Ezra's already climbing.").len(), 1);
    }

    /// cup-match: `Granny watches you watching him.` after four `your granny`s in the
    /// quotes (the bug: the name at the sentence's start was read as a common word, so
    /// the `she says` after it went to someone else).
    #[test]
    fn a_kin_name_said_as_anyones_kin_is_still_a_name() {
        let cast = cast(&[("granny", "Granny Ivy", &["Granny"])]);
        let mut index = NameIndex::new(&cast);
        let mut story = vec![
            "My granny knows.",
            "Your granny.",
            "Your granny's here.",
            "her granny",
        ];
        story.extend(["Then Granny sat."; 10]);
        story.push("Granny watches you.");
        learn(&mut index, &story);
        assert_eq!(found(&index, &cast, "Granny watches you.").len(), 1);
    }

    #[test]
    fn slug_table() {
        for (name, expected) in [
            ("Mr. Darcy", "mr-darcy"),
            ("Rose", "rose"),
            ("  ", "speaker"),
            ("Y/N", "y-n"),
        ] {
            assert_eq!(slug(name), expected);
        }
    }
}
