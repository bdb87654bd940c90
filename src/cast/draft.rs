//! Finding a story's characters for `ficaudio cast`.
//!
//! In: a document and its segments (dialogue marked, speakers not needed). Out: a
//! [`Draft`]: the characters with their names and aliases merged (`Kylo` / `Kylo Ren`
//! / `Ren`, `Mr. Darcy` / `Darcy`, `the Hatter`), a gender guess and why, how many
//! lines each one speaks, and the story's point of view (a first-person narrator or
//! a second-person reader-insert is a character marked `pov`).
//!
//! Characters are the subjects of speech tags (`said Kylo`, `the Hatter said`), names
//! addressed in dialogue (`"…, Kylo."`) and names that act in paragraphs with dialogue.
//! A capitalised word counts as a name only when the story rarely writes it in lower
//! case, so sentence openers (`Well`, `Then`) and ordinary nouns stay out.

use std::collections::{HashMap, HashSet};

use super::given_names::{is_title, name_gender, title_gender};
use super::Gender;
use crate::model::{Document, ParagraphKind, Segment};

/// How the story is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointOfView {
    /// `she said`: no pov character.
    Third,
    /// `I said`: the narrator is a character.
    First,
    /// `you said`: a reader-insert.
    Second,
}

/// One character found in the story.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftCharacter {
    /// Stable id derived from the name (`kylo-ren`).
    pub id: String,
    /// The fullest name the story uses often.
    pub name: String,
    /// Every other form of the name the story uses.
    pub aliases: Vec<String>,
    pub gender: Option<Gender>,
    /// Why that gender, for the comment in the cast file.
    pub gender_reason: String,
    pub pov: bool,
    /// Lines whose speech tag names this character (or resolves to it).
    pub lines: usize,
    /// Times the story names the character.
    pub mentions: usize,
}

/// What `ficaudio cast` found in a story.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Most lines first, then order of first mention.
    pub characters: Vec<DraftCharacter>,
    pub point_of_view: PointOfView,
    /// Quotes in the story, for the summary.
    pub quotes: usize,
}

/// Verbs that make a speech tag (`said`, `asked`, …), past and present forms.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "asked",
    "asks",
    "replied",
    "replies",
    "answered",
    "answers",
    "cried",
    "cries",
    "exclaimed",
    "whispered",
    "whispers",
    "shouted",
    "shouts",
    "muttered",
    "mutters",
    "murmured",
    "murmurs",
    "added",
    "adds",
    "continued",
    "continues",
    "began",
    "called",
    "calls",
    "yelled",
    "yells",
    "screamed",
    "sighed",
    "laughed",
    "repeated",
    "returned",
    "observed",
    "remarked",
    "interrupted",
    "inquired",
    "enquired",
    "demanded",
    "protested",
    "urged",
    "suggested",
    "declared",
    "insisted",
    "explained",
    "thought",
    "growled",
    "snapped",
    "retorted",
    "responded",
    "pleaded",
    "begged",
    "agreed",
    "admitted",
    "grumbled",
    "groaned",
    "hissed",
    "breathed",
    "stammered",
    "faltered",
    "sobbed",
    "shrieked",
    "roared",
    "gasped",
    "rejoined",
    "ejaculated",
    "pursued",
    "resumed",
    "persisted",
    "concluded",
    "ventured",
    "joked",
    "teased",
    "mumbled",
    "snarled",
    "barked",
    "stuttered",
    "croaked",
    "drawled",
    "sneered",
    "chuckled",
    "giggled",
    "smiled",
    "grinned",
    "nodded",
    "shrugged",
    "sang",
    "wailed",
    "moaned",
    "scoffed",
    "spat",
    "told",
    "warned",
    "promised",
    "announced",
    "corrected",
    "echoed",
    "asserted",
    "replied",
    "went",
    "cut",
    "proceeded",
    "thundered",
    "bellowed",
    "squeaked",
    "panted",
];

/// Capitalised words that never start a name.
const NOT_NAMES: &[&str] = &[
    "i",
    "i'm",
    "i'll",
    "i've",
    "i'd",
    "a",
    "an",
    "the",
    "he",
    "she",
    "it",
    "we",
    "they",
    "you",
    "his",
    "her",
    "its",
    "our",
    "their",
    "your",
    "my",
    "me",
    "him",
    "them",
    "us",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "for",
    "nor",
    "if",
    "then",
    "when",
    "where",
    "why",
    "how",
    "what",
    "who",
    "which",
    "while",
    "as",
    "at",
    "by",
    "in",
    "of",
    "on",
    "to",
    "up",
    "with",
    "from",
    "into",
    "no",
    "not",
    "yes",
    "oh",
    "ah",
    "well",
    "now",
    "just",
    "all",
    "one",
    "some",
    "any",
    "every",
    "each",
    "after",
    "before",
    "once",
    "still",
    "even",
    "perhaps",
    "maybe",
    "do",
    "did",
    "does",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "have",
    "has",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "let",
    "let's",
    "chapter",
    "book",
    "part",
    "volume",
    "god",
    "heaven",
    "o",
    "dear",
    "sir",
    "madam",
    "ma'am",
    "mr",
    "mrs",
    "miss",
    "ms",
    "dr",
    "st",
    "good",
    "very",
    "only",
    "again",
    "never",
    "always",
    "indeed",
    "why",
    "nothing",
    "everything",
    "something",
    "anything",
    "everyone",
    "someone",
    "nobody",
    "somebody",
    "everybody",
    "thank",
    "thanks",
    "please",
    "hello",
    "goodbye",
    "okay",
    "ok",
    "hey",
    "hi",
    "look",
    "come",
    "go",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "english",
    "french",
    "christmas",
    "sure",
    "gentlemen",
    "ladies",
    "papa",
    "mama",
    "mamma",
    "mother",
    "father",
    "y",
    "n",
    "i—",
    "aye",
    "nay",
    "lord",
];

/// One word or punctuation mark of a paragraph.
#[derive(Debug, Clone)]
struct Token<'a> {
    text: &'a str,
    word: bool,
    /// Inside a quote.
    quoted: bool,
    /// The first word of a sentence (capitalised for grammar, not for a name).
    sentence_start: bool,
}

impl Token<'_> {
    fn is_capitalised(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_word_character(character: char) -> bool {
    character.is_alphanumeric()
}

/// Splits a paragraph into words (letters and digits, with inner `'`, `’`, `-` and
/// the `/` of `Y/N`) and single punctuation marks.
fn tokenize<'a>(text: &'a str, quotes: &[(usize, usize)]) -> Vec<Token<'a>> {
    let mut tokens: Vec<Token<'a>> = Vec::new();
    let characters: Vec<(usize, char)> = text.char_indices().collect();
    let mut index = 0;
    let mut sentence_start = true;
    while index < characters.len() {
        let (start, character) = characters[index];
        if character.is_whitespace() {
            index += 1;
            continue;
        }
        let quoted = quotes
            .iter()
            .any(|&(begin, end)| start >= begin && start < end);
        if is_word_character(character) {
            let mut end_index = index + 1;
            while end_index < characters.len() {
                let (_, next) = characters[end_index];
                let joins = matches!(next, '\'' | '’' | '-' | '/')
                    && characters
                        .get(end_index + 1)
                        .is_some_and(|(_, after)| is_word_character(*after))
                    && (next != '/' || end_index - index == 1);
                if is_word_character(next) || joins {
                    end_index += if joins { 2 } else { 1 };
                } else {
                    break;
                }
            }
            let end = characters
                .get(end_index)
                .map_or(text.len(), |(offset, _)| *offset);
            tokens.push(Token {
                text: &text[start..end],
                word: true,
                quoted,
                sentence_start,
            });
            sentence_start = false;
            index = end_index;
        } else {
            let end = characters
                .get(index + 1)
                .map_or(text.len(), |(offset, _)| *offset);
            let after_abbreviation = character == '.'
                && tokens.last().is_some_and(|previous| {
                    previous.word && crate::abbreviations::is_abbreviation(&previous.lower())
                });
            let opens_quote = quotes
                .iter()
                .any(|&(begin, _)| begin == end || begin == start);
            if matches!(character, '.' | '!' | '?' | '…') && !after_abbreviation
                || opens_quote && !quoted
            {
                sentence_start = true;
            }
            tokens.push(Token {
                text: &text[start..end],
                word: false,
                quoted,
                sentence_start: false,
            });
            index += 1;
        }
        // A quote starts a new sentence inside it.
        if let Some(next) = characters.get(index) {
            if quotes.iter().any(|&(begin, _)| begin == next.0) {
                sentence_start = true;
            }
        }
    }
    tokens
}

/// What a speech tag says about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Subject {
    /// A name or title as written (`Mr. Darcy`, `the Hatter`).
    Name(String),
    /// `I` / `we`.
    First,
    /// `you`.
    Second,
    /// `he` / `she`.
    Third(Gender),
}

/// How often a word is written capitalised mid-sentence, at a sentence start, and in
/// lower case, over the whole story.
#[derive(Debug, Default, Clone, Copy)]
struct WordCounts {
    capitalised: usize,
    initial: usize,
    lower: usize,
}

/// Statistics of one form of a name.
#[derive(Debug, Default, Clone)]
struct FormStats {
    mentions: usize,
    quoted_mentions: usize,
    tags: usize,
    vocatives: usize,
    beats: usize,
    first_seen: usize,
    /// Pronouns that follow the form in narration.
    he: usize,
    she: usize,
    /// The form is `the X` (a title used as a name).
    title_phrase: bool,
}

/// A name found at a token position.
#[derive(Debug, Clone)]
struct NameAt {
    form: String,
    /// Tokens the name covers.
    length: usize,
    title_phrase: bool,
}

/// Finds the characters of a story.
pub fn find_characters(document: &Document, segments: &[Segment]) -> Draft {
    let mut quotes_of: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    let mut quotes = 0;
    for segment in segments
        .iter()
        .filter(|segment| segment.kind.is_spoken_by_character())
    {
        quotes_of
            .entry(segment.paragraph)
            .or_default()
            .push(segment.local);
        if !segment.quote.continued {
            quotes += 1;
        }
    }
    let paragraphs: Vec<(usize, Vec<Token>)> = document
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, paragraph)| paragraph.kind != ParagraphKind::SceneBreak)
        .map(|(index, paragraph)| {
            let ranges = quotes_of.get(&index).map_or(&[][..], Vec::as_slice);
            (
                index,
                tokenize(&paragraph.text, &widen(&paragraph.text, ranges)),
            )
        })
        .collect();

    let counts = count_words(&paragraphs);
    let point_of_view = point_of_view(&paragraphs);
    let mut finder = Finder {
        counts: &counts,
        forms: HashMap::new(),
        links: Vec::new(),
        tagged: Vec::new(),
        order: 0,
    };
    for (_, tokens) in &paragraphs {
        finder.scan(tokens);
    }
    let reader_insert = paragraphs
        .iter()
        .flat_map(|(_, tokens)| tokens.iter())
        .any(|token| token.word && token.text.eq_ignore_ascii_case("y/n"));
    finder.build(point_of_view, reader_insert, quotes)
}

/// Quote ranges from the segments exclude the marks; include them so the marks
/// count as quoted and a tag right after the closing mark is found.
fn widen(text: &str, ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    ranges
        .iter()
        .map(|&(start, end)| {
            let before = text[..start]
                .chars()
                .next_back()
                .filter(|mark| is_quote_mark(*mark))
                .map_or(0, char::len_utf8);
            let after = text[end..]
                .chars()
                .next()
                .filter(|mark| is_quote_mark(*mark))
                .map_or(0, char::len_utf8);
            (start - before, end + after)
        })
        .collect()
}

fn is_quote_mark(character: char) -> bool {
    matches!(
        character,
        '"' | '“' | '”' | '\'' | '‘' | '’' | '«' | '»' | '„'
    )
}

fn count_words(paragraphs: &[(usize, Vec<Token>)]) -> HashMap<String, WordCounts> {
    let mut counts: HashMap<String, WordCounts> = HashMap::new();
    for token in paragraphs
        .iter()
        .flat_map(|(_, tokens)| tokens.iter())
        .filter(|token| token.word)
    {
        let entry = counts.entry(token.lower()).or_default();
        if !token.is_capitalised() {
            entry.lower += 1;
        } else if token.sentence_start {
            entry.initial += 1;
        } else {
            entry.capitalised += 1;
        }
    }
    counts
}

/// First person when the narration says `I`, second when it says `you`, often enough.
fn point_of_view(paragraphs: &[(usize, Vec<Token>)]) -> PointOfView {
    let (mut words, mut first, mut second) = (0usize, 0usize, 0usize);
    for token in paragraphs
        .iter()
        .flat_map(|(_, tokens)| tokens.iter())
        .filter(|token| token.word && !token.quoted)
    {
        words += 1;
        match token.text {
            "I" | "me" | "my" | "Me" | "My" | "myself" | "mine" | "I'm" | "I'd" | "I'll"
            | "I've" => first += 1,
            "you" | "You" | "your" | "Your" | "yourself" | "yours" => second += 1,
            _ => {}
        }
    }
    let often = |count: usize| count >= 5 && count * 1000 >= words * 12;
    if often(second) && second > first {
        PointOfView::Second
    } else if often(first) {
        PointOfView::First
    } else {
        PointOfView::Third
    }
}

struct Finder<'a> {
    counts: &'a HashMap<String, WordCounts>,
    forms: HashMap<String, FormStats>,
    /// Forms written as one (`Kylo Ren / Ben Solo`).
    links: Vec<(String, String)>,
    /// The subject of each tagged quote, in story order, with the gender context for
    /// pronouns: the forms named most recently before it.
    tagged: Vec<(Subject, Vec<String>)>,
    order: usize,
}

impl Finder<'_> {
    /// Whether a capitalised word can be part of a name: not a function word, and the
    /// story writes it capitalised mid-sentence at least as often as in lower case.
    fn is_name_word(&self, token: &Token) -> bool {
        if !token.is_capitalised() {
            return false;
        }
        let lower = token.lower();
        if NOT_NAMES.contains(&lower.as_str()) && !lower.contains('/') {
            return false;
        }
        let counts = self.counts.get(&lower).copied().unwrap_or_default();
        counts.lower * 2 <= counts.capitalised || (counts.lower == 0 && lower.contains('/'))
    }

    /// A capitalised word that may continue a name it does not start (`Jonathan
    /// Small`, `Mr. Small`): anything but a function word at a sentence start.
    fn is_loose_name_word(&self, token: &Token) -> bool {
        token.is_capitalised()
            && !token.sentence_start
            && !NOT_NAMES.contains(&token.lower().as_str())
    }

    /// The name that starts at `position`, if any.
    /// `relaxed` accepts any capitalised word as the name (`said Small`): a speech
    /// tag is evidence enough even for a name that is also a common word.
    fn name_at(&self, tokens: &[Token], position: usize, relaxed: bool) -> Option<NameAt> {
        let token = tokens.get(position)?;
        if !token.word {
            return None;
        }
        // `the Hatter`, `the Mock Turtle`: a title used as a name.
        if token.lower() == "the" {
            let mut end = position + 1;
            while tokens.get(end).is_some_and(|next| {
                next.is_capitalised()
                    && next.quoted == token.quoted
                    && !NOT_NAMES.contains(&next.lower().as_str())
            }) {
                end += 1;
            }
            if end == position + 1 {
                return None;
            }
            let words: Vec<&str> = tokens[position + 1..end]
                .iter()
                .map(|token| token.text)
                .collect();
            return Some(NameAt {
                form: format!("the {}", words.join(" ")),
                length: end - position,
                title_phrase: true,
            });
        }
        let mut parts: Vec<&str> = Vec::new();
        let mut end = position;
        // An honorific, with its full stop (`Mr. Darcy`), may lead.
        if token.is_capitalised() && is_title(token.text) {
            let dotted = tokens
                .get(position + 1)
                .is_some_and(|next| next.text == ".");
            let after = position + 1 + usize::from(dotted);
            if tokens
                .get(after)
                .is_some_and(|next| self.is_loose_name_word(next) && !is_title(next.text))
            {
                parts.push(token.text);
                end = after;
            }
        }
        let title_words = end - position;
        while let Some(next) = tokens.get(end) {
            let first = end == position + title_words;
            let accepted = self.is_name_word(next)
                || ((!first || relaxed || title_words > 0) && self.is_loose_name_word(next))
                || (!first && is_joining_particle(next.text));
            if next.quoted != token.quoted || !accepted {
                break;
            }
            // A possessive ends the name: `Lydia's sister` names Lydia.
            if let Some(owner) = next
                .text
                .strip_suffix("'s")
                .or_else(|| next.text.strip_suffix("’s"))
            {
                parts.push(owner);
                end += 1;
                break;
            }
            parts.push(next.text);
            end += 1;
        }
        // A particle cannot end a name (`Lady Catherine de` → `Lady Catherine`).
        while parts.last().is_some_and(|last| is_joining_particle(last)) {
            parts.pop();
            end -= 1;
        }
        if end == position + title_words || parts.is_empty() {
            return None;
        }
        let dotted = title_words == 2;
        let form = if dotted {
            format!("{}. {}", parts[0], parts[1..].join(" "))
        } else {
            parts.join(" ")
        };
        Some(NameAt {
            form,
            length: end - position,
            title_phrase: false,
        })
    }

    /// The subject of a speech tag at `position` (a name, a title or a pronoun).
    fn subject_at(&self, tokens: &[Token], position: usize) -> Option<(Subject, usize)> {
        let token = tokens.get(position)?;
        if !token.word {
            return None;
        }
        let subject = match token.text {
            "I" | "we" | "We" => Subject::First,
            "you" | "You" => Subject::Second,
            "he" | "He" => Subject::Third(Gender::Male),
            "she" | "She" => Subject::Third(Gender::Female),
            _ => {
                let name = self.name_at(tokens, position, true)?;
                return Some((Subject::Name(name.form), name.length));
            }
        };
        Some((subject, 1))
    }

    fn scan(&mut self, tokens: &[Token]) {
        let has_quote = tokens.iter().any(|token| token.quoted);
        let mut position = 0;
        while position < tokens.len() {
            let Some(name) = self.name_at(tokens, position, false) else {
                position += 1;
                continue;
            };
            let token = &tokens[position];
            let previous = position.checked_sub(1).and_then(|index| tokens.get(index));
            let next = tokens.get(position + name.length);
            let is_mark = |token: &Token| token.text.chars().all(is_quote_mark);
            let vocative = token.quoted
                && previous.is_none_or(|previous| {
                    !previous.word
                        && (previous.text == "," || is_mark(previous) || !previous.quoted)
                })
                && next.is_none_or(|next| {
                    !next.word
                        && (matches!(next.text, "," | "!" | "?" | "." | "…")
                            || is_mark(next)
                            || !next.quoted)
                });
            let beat = !token.quoted
                && has_quote
                && (token.sentence_start || previous.is_some_and(|previous| previous.quoted))
                && next.is_some_and(|next| next.word && !next.is_capitalised());
            let pronoun = if token.quoted {
                None
            } else {
                following_pronoun(tokens, position + name.length, |index| {
                    self.name_at(tokens, index, false).is_some()
                })
            };
            let order = self.order;
            self.order += 1;
            let stats = self
                .forms
                .entry(name.form.clone())
                .or_insert_with(|| FormStats {
                    first_seen: order,
                    ..FormStats::default()
                });
            stats.mentions += 1;
            stats.title_phrase |= name.title_phrase;
            if token.quoted {
                stats.quoted_mentions += 1;
            }
            if vocative {
                stats.vocatives += 1;
            }
            if beat {
                stats.beats += 1;
            }
            match pronoun {
                Some(Gender::Male) => stats.he += 1,
                Some(_) => stats.she += 1,
                None => {}
            }
            // `Kylo Ren / Ben Solo`: two names for one person.
            if tokens
                .get(position + name.length)
                .is_some_and(|slash| slash.text == "/")
            {
                if let Some(other) = self.name_at(tokens, position + name.length + 1, false) {
                    self.links.push((name.form.clone(), other.form));
                }
            }
            position += name.length;
        }
        self.find_tags(tokens);
    }

    /// Speech tags around each quote of a paragraph.
    fn find_tags(&mut self, tokens: &[Token]) {
        let mut index = 0;
        let mut recent: Vec<String> = Vec::new();
        while index < tokens.len() {
            if !tokens[index].quoted {
                if let Some(name) = self.name_at(tokens, index, false) {
                    recent.push(name.form);
                    index += name.length;
                    continue;
                }
                index += 1;
                continue;
            }
            // A quote from `index` to `end`.
            let mut end = index;
            while end < tokens.len() && tokens[end].quoted {
                end += 1;
            }
            let subject = self
                .tag_after(tokens, end)
                .or_else(|| self.tag_before(tokens, index));
            if let Some(subject) = subject {
                if let Subject::Name(form) = &subject {
                    if let Some(stats) = self.forms.get_mut(form) {
                        stats.tags += 1;
                    }
                }
                self.tagged.push((subject, recent.clone()));
            }
            index = end;
        }
    }

    /// `…," said Kylo` / `…," Kylo said` / `…," the Hatter went on`.
    fn tag_after(&self, tokens: &[Token], start: usize) -> Option<Subject> {
        let mut position = start;
        while tokens.get(position).is_some_and(|token| {
            !token.word && !token.quoted && matches!(token.text, "," | "-" | "—" | "–")
        }) {
            position += 1;
        }
        let first = tokens.get(position)?;
        if first.quoted || !first.word {
            return None;
        }
        if is_speech_verb(first.text) {
            // `said he`, `said Kylo`, `said the Hatter`.
            return self
                .subject_at(tokens, position + 1)
                .map(|(subject, _)| subject);
        }
        let (subject, length) = self.subject_at(tokens, position)?;
        // `Kylo, frowning, said`, `she quietly said`: a few words may come between.
        for token in tokens.iter().skip(position + length).take(4) {
            if token.quoted {
                return None;
            }
            if token.word && is_speech_verb(token.text) {
                return Some(subject);
            }
            if token.word
                && !(token.text.ends_with("ly")
                    || matches!(token.text, "then" | "again" | "at" | "last" | "had" | "has"))
                && !token.text.ends_with("ing")
            {
                return None;
            }
        }
        None
    }

    /// `Kylo said, "…"` / `Then Alice said:`.
    fn tag_before(&self, tokens: &[Token], quote_start: usize) -> Option<Subject> {
        let mut position = quote_start.checked_sub(1)?;
        while tokens
            .get(position)
            .is_some_and(|token| !token.word && matches!(token.text, "," | ":" | "—"))
        {
            position = position.checked_sub(1)?;
        }
        let verb = tokens.get(position)?;
        if !verb.word || verb.quoted || !is_speech_verb(verb.text) {
            return None;
        }
        // Walk back over a few words to the subject.
        let earliest = position.saturating_sub(5);
        (earliest..position).rev().find_map(|candidate| {
            if tokens[candidate].quoted {
                return None;
            }
            self.subject_at(tokens, candidate)
                .filter(|(_, length)| candidate + length <= position)
                .map(|(subject, _)| subject)
        })
    }

    /// Groups forms into characters and fills in lines, genders and the pov.
    fn build(self, point_of_view: PointOfView, reader_insert: bool, quotes: usize) -> Draft {
        let mut forms: Vec<(String, FormStats)> = self
            .forms
            .into_iter()
            .filter(|(form, stats)| is_plausible_form(form, stats))
            .collect();
        // Longest names first so short forms merge into them; then most used.
        forms.sort_by(|(a_form, a), (b_form, b)| {
            core_words(b_form)
                .len()
                .cmp(&core_words(a_form).len())
                .then(b.mentions.cmp(&a.mentions))
                .then(a.first_seen.cmp(&b.first_seen))
        });
        let is_character = |stats: &FormStats| {
            stats.tags >= 1
                || (stats.vocatives >= 1 && stats.vocatives + stats.beats >= 2)
                || stats.beats >= 2
        };
        // Groups of forms; a group becomes a character when one of its forms is one.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut group_of: Vec<Option<usize>> = vec![None; forms.len()];
        for index in 0..forms.len() {
            let candidates: Vec<usize> = (0..groups.len())
                .filter(|&group| {
                    let members = &groups[group];
                    members
                        .iter()
                        .any(|&member| same_person(&forms[index].0, &forms[member].0))
                        && !members
                            .iter()
                            .any(|&member| conflicts(&forms[index].0, &forms[member].0))
                })
                .collect();
            let chosen = candidates.into_iter().max_by_key(|&group| {
                let size: usize = groups[group]
                    .iter()
                    .map(|&member| forms[member].1.mentions)
                    .sum();
                size
            });
            match chosen {
                Some(group) => {
                    groups[group].push(index);
                    group_of[index] = Some(group);
                }
                None => {
                    group_of[index] = Some(groups.len());
                    groups.push(vec![index]);
                }
            }
        }
        // Linked forms (`Kylo Ren / Ben Solo`) join their groups.
        for (left, right) in &self.links {
            let find = |form: &str| {
                forms
                    .iter()
                    .position(|(candidate, _)| candidate == form)
                    .and_then(|index| group_of[index])
            };
            if let (Some(a), Some(b)) = (find(left), find(right)) {
                if a != b {
                    let moved = std::mem::take(&mut groups[b]);
                    for &member in &moved {
                        group_of[member] = Some(a);
                    }
                    groups[a].extend(moved);
                }
            }
        }
        let mut characters: Vec<(DraftCharacter, Vec<String>, usize, usize, usize)> = Vec::new();
        for members in groups.iter().filter(|members| !members.is_empty()) {
            if !members.iter().any(|&member| is_character(&forms[member].1)) {
                continue;
            }
            let total: usize = members.iter().map(|&member| forms[member].1.mentions).sum();
            let quoted: usize = members
                .iter()
                .map(|&member| forms[member].1.quoted_mentions)
                .sum();
            let first_seen = members
                .iter()
                .map(|&member| forms[member].1.first_seen)
                .min()
                .unwrap_or(0);
            // The name: the longest form used at least a tenth as often as the most used.
            let most = members
                .iter()
                .map(|&member| forms[member].1.mentions)
                .max()
                .unwrap_or(0);
            let name_index = members
                .iter()
                .copied()
                .filter(|&member| {
                    forms[member].1.mentions * 10 >= most && !forms[member].1.title_phrase
                        || members.iter().all(|&other| forms[other].1.title_phrase)
                })
                .max_by_key(|&member| {
                    (core_words(&forms[member].0).len(), forms[member].1.mentions)
                })
                .unwrap_or(members[0]);
            let name = display_form(&forms[name_index].0);
            let mut aliases: Vec<String> = members
                .iter()
                .filter(|&&member| member != name_index)
                .map(|&member| display_form(&forms[member].0))
                .filter(|alias| *alias != name)
                .collect();
            aliases.sort();
            aliases.dedup();
            let member_forms: Vec<String> = members
                .iter()
                .map(|&member| forms[member].0.clone())
                .collect();
            let (gender, gender_reason) = guess_gender(
                members
                    .iter()
                    .map(|&member| (&forms[member].0, &forms[member].1)),
            );
            characters.push((
                DraftCharacter {
                    id: String::new(),
                    name,
                    aliases,
                    gender,
                    gender_reason,
                    pov: false,
                    lines: 0,
                    mentions: total,
                },
                member_forms,
                first_seen,
                quoted,
                total - quoted,
            ));
        }

        // The pov character: the reader-insert `Y/N`, or the name others call the
        // narrator by (said to them in dialogue, hardly ever in the narration).
        let mut pov_index = None;
        if point_of_view != PointOfView::Third || reader_insert {
            pov_index = characters.iter().position(|(character, ..)| {
                character.name.eq_ignore_ascii_case("y/n")
                    || character
                        .aliases
                        .iter()
                        .any(|alias| alias.eq_ignore_ascii_case("y/n"))
            });
            if pov_index.is_none() && !reader_insert {
                pov_index = characters
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, _, _, quoted, narrated))| {
                        *quoted >= 3 && narrated * 4 <= *quoted
                    })
                    .max_by_key(|(_, (_, _, _, quoted, _))| *quoted)
                    .map(|(index, _)| index);
            }
            if pov_index.is_none() {
                let (name, gender, reason) = if reader_insert {
                    (
                        "Y/N",
                        Some(Gender::Female),
                        "reader-inserts are most often written for women; change it if not",
                    )
                } else {
                    (
                        "Me",
                        None,
                        "the narrator's gender is not clear from the story",
                    )
                };
                characters.push((
                    DraftCharacter {
                        id: String::new(),
                        name: name.to_string(),
                        aliases: Vec::new(),
                        gender,
                        gender_reason: reason.to_string(),
                        pov: true,
                        lines: 0,
                        mentions: 0,
                    },
                    Vec::new(),
                    0,
                    0,
                    0,
                ));
                pov_index = Some(characters.len() - 1);
            }
        }
        if let Some(index) = pov_index {
            let character = &mut characters[index].0;
            character.pov = true;
            if character.gender.is_none() && reader_insert {
                character.gender = Some(Gender::Female);
                character.gender_reason =
                    "reader-inserts are most often written for women; change it if not".to_string();
            }
        }

        // Lines: each tag's subject, pronouns resolved to the last named character of
        // that gender (`I` and `you` to the pov character).
        let character_of_form: HashMap<&str, usize> = characters
            .iter()
            .enumerate()
            .flat_map(|(index, (_, forms, ..))| {
                forms.iter().map(move |form| (form.as_str(), index))
            })
            .collect();
        let mut lines = vec![0usize; characters.len()];
        let mut last_named: Vec<usize> = Vec::new();
        for (subject, recent) in &self.tagged {
            for form in recent {
                if let Some(&index) = character_of_form.get(form.as_str()) {
                    last_named.retain(|&other| other != index);
                    last_named.push(index);
                }
            }
            let speaker = match subject {
                Subject::Name(form) => character_of_form.get(form.as_str()).copied(),
                Subject::First if point_of_view == PointOfView::First => pov_index,
                Subject::Second if point_of_view == PointOfView::Second => pov_index,
                Subject::Third(gender) => last_named.iter().rev().copied().find(|&index| {
                    Some(index) != pov_index
                        && characters[index]
                            .0
                            .gender
                            .is_none_or(|known| known == *gender)
                }),
                _ => None,
            };
            if let Some(index) = speaker {
                lines[index] += 1;
                last_named.retain(|&other| other != index);
                last_named.push(index);
            }
        }
        let mut used_ids: HashSet<String> = HashSet::new();
        let mut found: Vec<(DraftCharacter, usize)> = characters
            .into_iter()
            .zip(lines)
            .map(|((mut character, _, first_seen, ..), lines)| {
                character.lines = lines;
                (character, first_seen)
            })
            .collect();
        found.sort_by(|(a, a_seen), (b, b_seen)| {
            b.pov
                .cmp(&a.pov)
                .then(b.lines.cmp(&a.lines))
                .then(b.mentions.cmp(&a.mentions))
                .then(a_seen.cmp(b_seen))
        });
        let characters = found
            .into_iter()
            .map(|(mut character, _)| {
                character.id = unique_id(&slug(&character.name), &mut used_ids, character.pov);
                character
            })
            .collect();
        Draft {
            characters,
            point_of_view,
            quotes,
        }
    }
}

fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word.to_lowercase().as_str())
}

/// Lower-case words that may sit inside a name (`Lady Catherine de Bourgh`).
fn is_joining_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "De" | "van" | "von" | "der" | "da" | "di" | "la" | "le" | "du" | "of" | "Of"
    )
}

/// The he/she that refers back to a name just mentioned: the first third-person
/// pronoun in the next dozen words of narration, unless another name comes first.
fn following_pronoun(
    tokens: &[Token],
    start: usize,
    is_name: impl Fn(usize) -> bool,
) -> Option<Gender> {
    let mut words = 0;
    for (index, token) in tokens.iter().enumerate().skip(start) {
        if token.quoted {
            return None;
        }
        if !token.word {
            continue;
        }
        words += 1;
        if words > 12 {
            return None;
        }
        match token.lower().as_str() {
            "he" | "him" | "his" | "himself" => return Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => return Some(Gender::Female),
            "they" | "them" | "their" | "i" | "we" => return None,
            _ => {}
        }
        if token.is_capitalised() && !token.sentence_start && is_name(index) {
            return None;
        }
    }
    None
}

/// A form worth keeping: not a lone honorific, and for `the X` forms only titles used
/// as speakers or addressed in dialogue (`the Order` never speaks).
fn is_plausible_form(form: &str, stats: &FormStats) -> bool {
    let core = core_words(form);
    if core.is_empty() {
        return false;
    }
    if stats.title_phrase {
        return stats.tags + stats.vocatives + stats.beats >= 1;
    }
    true
}

/// The words of a name without honorifics or a leading `the` (`Mr. Darcy` → `Darcy`).
fn core_words(form: &str) -> Vec<String> {
    let mut words: Vec<String> = form
        .split_whitespace()
        .map(|word| word.trim_end_matches('.').to_string())
        .collect();
    if words.first().is_some_and(|word| word == "the") {
        words.remove(0);
        return words;
    }
    while words.len() > 1 && words.first().is_some_and(|word| is_title(word)) {
        words.remove(0);
    }
    words
}

/// The gender of a form's honorific, if it has one.
fn form_title_gender(form: &str) -> Option<Gender> {
    let words: Vec<&str> = form.split_whitespace().collect();
    let first = words.first()?;
    if *first == "the" {
        return words
            .iter()
            .skip(1)
            .find_map(|word| title_gender(word).flatten());
    }
    title_gender(first).flatten()
}

/// Whether a shorter `form` can be another name of the person called `other`:
/// its words are the start or the end of `other`'s words, and any honorifics agree
/// (`Mr. Bennet` is not `Mrs. Bennet`; `Darcy` is `Mr. Darcy`).
fn same_person(form: &str, other: &str) -> bool {
    if form == other {
        return true;
    }
    let (core, other_core) = (core_words(form), core_words(other));
    if core.is_empty() || core.len() > other_core.len() {
        return false;
    }
    let title_phrase = form.starts_with("the ");
    if title_phrase != other.starts_with("the ") {
        return false;
    }
    let prefix = other_core.starts_with(&core);
    let suffix = other_core.ends_with(&core);
    if !(prefix || suffix) {
        return false;
    }
    if conflicts(form, other) {
        return false;
    }
    let title = honorific(form);
    // Honorifics go with surnames (`Mr. Darcy`), a few with given names too (`Miss
    // Elizabeth`, `Lady Catherine`): `Colonel Fitzwilliam` is not Fitzwilliam Darcy.
    if let Some(title) = &title {
        if prefix && !suffix && !GIVEN_NAME_TITLES.contains(&title.as_str()) {
            return false;
        }
    }
    // A titled surname joins a full name only when the given name fits the title:
    // `Mr. Darcy` is Fitzwilliam Darcy, but `Mrs. Bennet` is not Elizabeth Bennet
    // (a married woman goes by her husband's name, as `Lady Lucas` does).
    if title.is_some()
        && honorific(other).is_none()
        && other_core.len() > core.len()
        && suffix
        && !prefix
    {
        return form_title_gender(form)
            .is_some_and(|gender| guess_name_gender(&other_core) == Some(gender))
            && !matches!(title.as_deref(), Some("mrs" | "lady"));
    }
    true
}

/// Titles written before a given name as well as before a surname.
const GIVEN_NAME_TITLES: &[&str] = &[
    "miss", "lady", "sir", "master", "aunt", "uncle", "dame", "cousin", "lord", "prince",
    "princess", "king", "queen",
];

/// The honorific a form starts with, lower case without its full stop (`mrs`).
fn honorific(form: &str) -> Option<String> {
    let words: Vec<&str> = form.split_whitespace().collect();
    let first = words.first()?;
    (words.len() > 1 && *first != "the" && is_title(first)).then(|| {
        let title = first.trim_end_matches('.').to_lowercase();
        match title.as_str() {
            "ms" => "miss".to_string(),
            "mister" => "mr".to_string(),
            "doctor" => "dr".to_string(),
            _ => title,
        }
    })
}

/// Two forms that cannot name one person: different honorifics (`Mr. Bennet`,
/// `Mrs. Bennet`, `Miss Bennet`), or an honorific whose gender contradicts the
/// other's given name (`Miss Bingley`, `Charles Bingley`).
fn conflicts(form: &str, other: &str) -> bool {
    let given_gender = |name: &str| {
        let core = core_words(name);
        if honorific(name).is_some() || name.starts_with("the ") {
            None
        } else {
            guess_name_gender(&core)
        }
    };
    match (honorific(form), honorific(other)) {
        (Some(a), Some(b)) => a != b,
        (Some(_), None) => form_title_gender(form)
            .zip(given_gender(other))
            .is_some_and(|(a, b)| a != b),
        (None, Some(_)) => form_title_gender(other)
            .zip(given_gender(form))
            .is_some_and(|(a, b)| a != b),
        (None, None) => false,
    }
}

fn guess_name_gender(core: &[String]) -> Option<Gender> {
    core.first().and_then(|word| name_gender(word))
}

/// Honorifics first, then pronouns after the name, then a list of given names.
fn guess_gender<'a>(
    forms: impl Iterator<Item = (&'a String, &'a FormStats)>,
) -> (Option<Gender>, String) {
    let (mut male_titles, mut female_titles, mut he, mut she) = (0, 0, 0, 0);
    let mut from_name = None;
    for (form, stats) in forms {
        match form_title_gender(form) {
            Some(Gender::Male) => male_titles += stats.mentions,
            Some(Gender::Female) => female_titles += stats.mentions,
            _ => {}
        }
        he += stats.he;
        she += stats.she;
        if from_name.is_none() {
            from_name = guess_name_gender(&core_words(form)).map(|gender| (gender, form.clone()));
        }
    }
    if male_titles > female_titles {
        return (Some(Gender::Male), "from the title".to_string());
    }
    if female_titles > male_titles {
        return (Some(Gender::Female), "from the title".to_string());
    }
    if he + she >= 2 && he >= 2 * she {
        return (
            Some(Gender::Male),
            format!("from pronouns (he {he}, she {she})"),
        );
    }
    if he + she >= 2 && she >= 2 * he {
        return (
            Some(Gender::Female),
            format!("from pronouns (she {she}, he {he})"),
        );
    }
    if let Some((gender, form)) = from_name {
        return (Some(gender), format!("from the name `{form}`"));
    }
    if he + she == 1 {
        let gender = if he == 1 {
            Gender::Male
        } else {
            Gender::Female
        };
        return (Some(gender), "from one pronoun, a weak guess".to_string());
    }
    (None, "not clear from the story".to_string())
}

/// The form as a person would write it in the cast (`the Hatter` → `The Hatter`).
fn display_form(form: &str) -> String {
    match form.strip_prefix("the ") {
        Some(rest) => format!("The {rest}"),
        None => form.to_string(),
    }
}

/// A speaker id from a name: lower case, words joined by `-` (`Mr. Darcy` → `mr-darcy`).
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for character in name.chars() {
        if character.is_alphanumeric() {
            slug.extend(character.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "character".to_string()
    } else {
        slug
    }
}

fn unique_id(base: &str, used: &mut HashSet<String>, pov: bool) -> String {
    let base = if pov && base == "y-n" { "reader" } else { base };
    let base = if base == crate::model::NARRATOR {
        "narrator-character"
    } else {
        base
    };
    let mut id = base.to_string();
    let mut number = 2;
    while used.contains(&id) {
        id = format!("{base}-{number}");
        number += 1;
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::parse_plain;

    fn draft(text: &str) -> Draft {
        let document = parse_plain(text, 0);
        let segments = crate::segment::segment(&document);
        find_characters(&document, &segments)
    }

    fn find<'a>(draft: &'a Draft, name: &str) -> Option<&'a DraftCharacter> {
        draft.characters.iter().find(|character| {
            character.name == name || character.aliases.iter().any(|alias| alias == name)
        })
    }

    #[test]
    fn speech_tags_titles_and_aliases() {
        let story = "\"Hello,\" said Kylo Ren. He smiled.\n\n\"Go away,\" Rey said. She frowned at him.\n\n\"No,\" said Kylo, and he laughed.\n\n\"Off with his head!\" cried the Queen.\n\n\"Really?\" Ren asked.\n\n\"Yes,\" said Mr. Darcy.\n\n\"Indeed,\" Darcy replied, and he bowed.\n\n\"Oh, Mrs. Bennet,\" said Mr. Bennet.\n\n\"Hush,\" said Mrs. Bennet to her husband.\n";
        let draft = draft(story);
        let kylo = find(&draft, "Kylo").expect("Kylo found");
        assert_eq!(kylo.name, "Kylo Ren");
        assert!(kylo.aliases.contains(&"Ren".to_string()), "{kylo:?}");
        assert_eq!(kylo.gender, Some(Gender::Male));
        assert_eq!(kylo.lines, 3);
        let rey = find(&draft, "Rey").expect("Rey found");
        assert_eq!(rey.gender, Some(Gender::Female));
        let queen = find(&draft, "The Queen").expect("the Queen found");
        assert_eq!(queen.gender, Some(Gender::Female));
        let darcy = find(&draft, "Darcy").expect("Darcy found");
        assert!(darcy.name == "Mr. Darcy" || darcy.aliases.contains(&"Mr. Darcy".to_string()));
        let mr = find(&draft, "Mr. Bennet").expect("Mr. Bennet");
        let mrs = find(&draft, "Mrs. Bennet").expect("Mrs. Bennet");
        assert_ne!(mr.id, mrs.id, "Mr. and Mrs. Bennet stay apart");
        assert_eq!(draft.point_of_view, PointOfView::Third);
        assert!(draft.characters.iter().all(|character| !character.pov));
    }

    #[test]
    fn sentence_openers_are_not_names() {
        let draft = draft("\"Well,\" said Anna. Then she left.\n\nWell, then. Then it rained and then it stopped, well before noon.\n");
        assert!(find(&draft, "Well").is_none());
        assert!(find(&draft, "Then").is_none());
        assert!(find(&draft, "Anna").is_some());
    }

    #[test]
    fn first_person_reader_insert() {
        let story = "I looked at him. \"Kylo, I know,\" I said.\n\nKylo sighed and ran his hands through his hair. \"You do?\" he asked.\n\nI nodded and I smiled. My heart was racing. \"Yes, Kylo.\" I took his hand.\n\nY/N, he had called me once. I remember it.\n";
        let draft = draft(story);
        assert_eq!(draft.point_of_view, PointOfView::First);
        let pov = draft
            .characters
            .iter()
            .find(|character| character.pov)
            .expect("a pov character");
        assert_eq!(pov.name, "Y/N");
        assert_eq!(pov.id, "reader");
        assert_eq!(pov.gender, Some(Gender::Female));
        let kylo = find(&draft, "Kylo").expect("Kylo found");
        assert!(!kylo.pov);
        assert_eq!(kylo.gender, Some(Gender::Male));
    }

    #[test]
    fn which_forms_name_one_person() {
        let table = [
            ("Darcy", "Mr. Darcy", true),
            ("Mr. Darcy", "Fitzwilliam Darcy", true),
            ("Kylo", "Kylo Ren", true),
            ("Ren", "Kylo Ren", true),
            ("Miss Elizabeth", "Elizabeth Bennet", true),
            ("the Rabbit", "the White Rabbit", true),
            ("Mrs. Bennet", "Elizabeth Bennet", false),
            ("Mr. Bennet", "Mrs. Bennet", false),
            ("Miss Bingley", "Charles Bingley", false),
            ("Colonel Fitzwilliam", "Fitzwilliam Darcy", false),
            ("Lady Lucas", "Maria Lucas", false),
            ("Hatter", "the Hatter", false),
            ("Jane", "Jane Fairfax Smith", true),
            ("Ben Solo", "Kylo Ren", false),
        ];
        for (form, other, expected) in table {
            assert_eq!(same_person(form, other), expected, "{form} / {other}");
        }
        assert!(conflicts("Miss Darcy", "Mr. Darcy"));
        assert!(!conflicts("Darcy", "Mr. Darcy"));
    }

    #[test]
    fn slugs() {
        for (name, expected) in [
            ("Mr. Darcy", "mr-darcy"),
            ("The Mock Turtle", "the-mock-turtle"),
            ("Y/N", "y-n"),
            ("!!", "character"),
        ] {
            assert_eq!(slug(name), expected);
        }
    }
}
