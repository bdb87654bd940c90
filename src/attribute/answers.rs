//! A name given in answer to who someone is.
//!
//! In: the paragraphs' facts (tokens, mentions, vocatives) and the document's text.
//! Out: the same facts, where a quote that opens with a name alone soon after a quote
//! asking who someone is (`"And you are?"` … `"Detective Sergeant Ekwueme."`) or
//! giving its speaker's own name (`"Yakov Ilyich."` ¶ `"Gromov."`) has that
//! name, and the same name again in that paragraph's quotes (`"Maud, if you
//! like."`), as its speaker's own (`introduced`), not someone called; and where a
//! name that is a sentence of its own in that answer (`"My classmate, 'La. Miguel."`)
//! calls no one.

use super::tags::Subject;
use super::text::{self, TokenKind};
use super::ParagraphFacts;
use crate::cast::Gender;
use crate::model::Document;

/// How many paragraphs with quotes after the question the answer may come: someone
/// else may speak between (`"And you are?" ¶ "This is the lady I told you of." ¶ "I'm
/// asking her."`).
const ANSWERED_WITHIN: usize = 3;

/// Marks names given as answers to who someone is as their speakers' own.
pub(super) fn mark_answers(
    document: &Document,
    facts: &mut [ParagraphFacts],
    genders: &[Option<Gender>],
) {
    // Paragraphs with quotes since the last question of who someone is, and how many
    // may pass before the answer: a name given back answers at once.
    let mut since_question: Option<usize> = None;
    let mut within = ANSWERED_WITHIN;
    // The last paragraph asked who someone else is or did something (`Well, who's
    // above us?`): a name alone in answer is talked about, not called.
    let mut asked_who_else = false;
    // The last question of who someone is asked the one addressed for their own name
    // (`What's your name?`, `Who are you?`), not who someone else is (`Who's this?`).
    let mut asked_own_name = false;
    // Who the story has named so far, and the gender of one it has just brought in
    // without a name (`Table one was a woman with a silver bob.`).
    let mut named = vec![false; genders.len()];
    let mut newcomer: Option<(usize, Option<Gender>)> = None;
    for (paragraph, fact) in facts.iter_mut().enumerate() {
        if let Some(introduction) = fact.newcomers.first() {
            newcomer = Some((paragraph, introduction.gender));
        }
        let named_before = named.clone();
        for mention in &fact.mentions {
            for &character in &mention.characters {
                if let Some(seen) = named.get_mut(character) {
                    *seen = true;
                }
            }
        }
        if fact.quotes.is_empty() {
            continue;
        }
        let text = &document.paragraphs[paragraph].text;
        // `"Andeng, who is this?" ¶ "My classmate, 'La. Miguel."`: a name that is a
        // sentence of its own in the answer to a question of who names someone; it
        // calls no one.
        if asked_who_else || since_question == Some(0) {
            for number in names_alone_in_first_quote(text, fact) {
                let named = fact.mentions[number].characters.clone();
                fact.vocatives
                    .retain(|(called_in, called)| *called_in != 0 || *called != named);
            }
        }
        // A name never heard before, alone, from one just brought in is her own:
        // `"Janine," she said, and shook his hand.`
        let names_herself =
            newcomer
                .filter(|(at, _)| paragraph - at <= 1)
                .and_then(|(_, gender)| {
                    let number = opening_name_alone(text, fact)?;
                    let characters = &fact.mentions[number].characters;
                    let unheard = characters.iter().all(|&character| {
                        !named_before.get(character).copied().unwrap_or(true)
                            && (gender.is_none()
                                || genders[character].is_none()
                                || genders[character] == gender)
                    });
                    unheard.then_some(number)
                });
        if let Some(number) = names_herself {
            fact.mentions[number].introduced = true;
            own_name_again(fact);
            newcomer = None;
            continue;
        }
        if std::mem::take(&mut asked_who_else) {
            // `"Mrs Whatsit," said Owen.`: whoever gives it.
            if let Some(number) = name_alone(text, fact) {
                let answer = fact.mentions[number].characters.clone();
                let quote = fact.tokens[fact.mentions[number].first].quote;
                fact.vocatives
                    .retain(|(called_in, called)| Some(*called_in) != quote || *called != answer);
            }
        }
        // `'Alreet,' he said, and shook his hand. 'Liam. The good one.'`: a name
        // alone over a handshake is one's own.
        if shakes_hands(text, fact) {
            for quote in 0..fact.quotes.len() {
                if let Some(number) = name_alone_in(text, fact, quote) {
                    fact.mentions[number].introduced = true;
                }
            }
        }
        // `"What's your name and where are you calling from?" ¶ "It's Mama Njeri from
        // Kitengela."`: asked for one's own name, `It's` or `This is` gives it.
        if since_question.is_some_and(|since| since < within) && asked_own_name {
            let identifying = fact.mentions.iter().position(|mention| {
                mention.identifies && fact.tokens[mention.first].quote == Some(0)
            });
            if let Some(number) = identifying {
                fact.mentions[number].introduced = true;
                own_name_again(fact);
                since_question = None;
                asked_own_name = false;
                continue;
            }
        }
        if since_question.is_some_and(|since| since < within) {
            if let Some(number) = opening_name_alone(text, fact) {
                fact.mentions[number].introduced = true;
                own_name_again(fact);
                since_question = None;
                continue;
            }
        }
        own_name_again(fact);
        let last = fact.quotes.len() - 1;
        // Giving one's own name asks for the other's (`"Yakov Ilyich." ¶ "Gromov."`).
        let introduces = fact
            .mentions
            .iter()
            .any(|mention| mention.introduced && fact.tokens[mention.first].quote.is_some());
        asked_who_else = asks_who_else(text, fact, last);
        since_question = if asks_who(text, fact, last) {
            within = ANSWERED_WITHIN;
            asked_own_name = asks_own_name(text, fact, last);
            Some(0)
        } else if introduces {
            within = 1;
            Some(0)
        } else {
            since_question.map(|since| since + 1)
        };
    }
}

/// The name one gives as one's own, named again in the paragraph's quotes, is still
/// the speaker's own (`"Maud, if you like."`, `"I'm Felix." A beat. "Strand. Floor
/// nine."`), not someone called.
fn own_name_again(fact: &mut ParagraphFacts) {
    let own: Vec<Vec<usize>> = fact
        .mentions
        .iter()
        .filter(|mention| mention.introduced && fact.tokens[mention.first].quote.is_some())
        .map(|mention| mention.characters.clone())
        .collect();
    for characters in own {
        for mention in &mut fact.mentions {
            if mention.characters == characters && fact.tokens[mention.first].quote.is_some() {
                mention.introduced = true;
            }
        }
        fact.vocatives.retain(|(_, called)| *called != characters);
    }
}

/// The words of the quote's last sentence, lower case, apostrophes straight.
fn last_sentence_words(text: &str, fact: &ParagraphFacts, quote: usize) -> Vec<String> {
    let tokens: Vec<_> = fact
        .tokens
        .iter()
        .filter(|token| token.quote == Some(quote))
        .collect();
    let sentence_start = tokens
        .split_last()
        .and_then(|(_, before)| {
            before
                .iter()
                .rposition(|token| text::ends_sentence(text, token))
        })
        .map_or(0, |end| end + 1);
    tokens[sentence_start..]
        .iter()
        .filter(|token| token.kind == TokenKind::Word)
        .map(|token| {
            text[token.start..token.end]
                .to_lowercase()
                .replace('\u{2019}', "'")
        })
        .collect()
}

/// Whether the quote's last sentence is a question with `who` that is not asking who
/// the one addressed is (`Who did this?`, `Well, who's above us?`): its answer names
/// someone else.
fn asks_who_else(text: &str, fact: &ParagraphFacts, quote: usize) -> bool {
    if !fact.questions.contains(&quote) || asks_who(text, fact, quote) {
        return false;
    }
    // The question word opens the sentence, past a `well` or an `and` (not the
    // relative `the one who did`).
    let first_word = last_sentence_words(text, fact, quote)
        .into_iter()
        .find(|word| {
            !matches!(
                word.as_str(),
                "well" | "and" | "but" | "so" | "then" | "okay"
            )
        });
    first_word.is_some_and(|word| matches!(word.as_str(), "who" | "who's" | "whom" | "whose"))
}

/// Whether the quote's last sentence asks who someone is: `Who are you?`, `Who's
/// there?`, `And you are?`, `Your name?`, `Name.` Not `Who did this?`, whose answer
/// names someone else.
fn asks_who(text: &str, fact: &ParagraphFacts, quote: usize) -> bool {
    let words = last_sentence_words(text, fact, quote);
    if words.is_empty() {
        return false;
    }
    let question = fact.questions.contains(&quote);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let has = |pair: &[&str]| words.windows(pair.len()).any(|window| window == pair);
    // A clerk's `"Name," he said.`
    if matches!(words.as_slice(), ["name" | "names"] | ["your", "name"]) {
        return true;
    }
    question
        && (asks_for_own_name(&words)
            || has(&["who", "is", "this"])
            || has(&["who's", "this"])
            || has(&["who", "is", "it"])
            || has(&["who's", "there"])
            || has(&["who", "is", "there"]))
}

/// Whether the quote's last sentence asks the one addressed for their own name:
/// `What's your name?`, `Who are you?`, `And you are?`, `What do I call you?`.
fn asks_own_name(text: &str, fact: &ParagraphFacts, quote: usize) -> bool {
    let words = last_sentence_words(text, fact, quote);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    asks_for_own_name(&words)
}

/// Whether a sentence's words (lower case) ask the one addressed for their own name:
/// `your name`, `who are you`, `… you are`, `What are you called?`, `What do I call
/// you?`.
fn asks_for_own_name(words: &[&str]) -> bool {
    let has = |pair: &[&str]| words.windows(pair.len()).any(|window| window == pair);
    has(&["your", "name"])
        || has(&["who", "are", "you"])
        || words.ends_with(&["you", "are"])
        || has(&["call", "you"])
        || has(&["are", "you", "called"])
}

/// The mention (by number) that is the whole first sentence of the paragraph's first
/// quote: `Detective Sergeant Ekwueme.` or `Maud.`, not `Maud, come here.`, nor a
/// name its tag says another speaks.
fn opening_name_alone(text: &str, fact: &ParagraphFacts) -> Option<usize> {
    let number = name_alone(text, fact)?;
    // `"Dorcas. Come down," said the Captain`: a tag naming another calls her.
    let tagged_other = fact.tags.first().and_then(Option::as_ref).is_some_and(|tag| {
        matches!(&tag.subject, Subject::Named(named) if *named != fact.mentions[number].characters)
    });
    (!tagged_other).then_some(number)
}

/// The mentions (by number) that are a whole later sentence of the paragraph's first
/// quote (`My classmate, 'La. Miguel.`); a name opening the quote is read by
/// [`opening_name_alone`] (`"Dorcas. Come down," said the Captain` calls her).
fn names_alone_in_first_quote(text: &str, fact: &ParagraphFacts) -> Vec<usize> {
    let in_first = |at: usize| {
        fact.tokens
            .get(at)
            .is_some_and(|token| token.quote == Some(0))
    };
    let is_mark = |at: usize, marks: &[&str]| {
        fact.tokens
            .get(at)
            .is_some_and(|token| marks.contains(&&text[token.start..token.end]))
    };
    (0..fact.mentions.len())
        .filter(|&number| {
            let mention = &fact.mentions[number];
            let opens = mention.first > 0
                && in_first(mention.first - 1)
                && is_mark(mention.first - 1, &[".", "!", "?"]);
            in_first(mention.first) && opens && is_mark(mention.end, &["."])
        })
        .collect()
}

/// The mention (by number) that is the whole first sentence of the paragraph's first
/// quote, whoever its tag says speaks.
fn name_alone(text: &str, fact: &ParagraphFacts) -> Option<usize> {
    name_alone_in(text, fact, 0)
}

/// Whether the narration has someone shake or hold out a hand (`shook his hand`,
/// `held out her hand`, `offered a hand`).
fn shakes_hands(text: &str, fact: &ParagraphFacts) -> bool {
    let words: Vec<String> = fact
        .tokens
        .iter()
        .filter(|token| token.kind == TokenKind::Word && token.quote.is_none())
        .map(|token| text[token.start..token.end].to_lowercase())
        .collect();
    words.iter().enumerate().any(|(at, word)| {
        matches!(word.as_str(), "hand" | "hands")
            && words[at.saturating_sub(3)..at].iter().any(|before| {
                matches!(
                    before.as_str(),
                    "shook"
                        | "shake"
                        | "shakes"
                        | "shaking"
                        | "out"
                        | "offered"
                        | "offers"
                        | "offering"
                        | "extended"
                        | "extends"
                        | "extending"
                )
            })
    })
}

/// The mention (by number) that is the whole first sentence of quote `quote` of the
/// paragraph.
fn name_alone_in(text: &str, fact: &ParagraphFacts, quote: usize) -> Option<usize> {
    let start = fact
        .tokens
        .iter()
        .position(|token| token.quote == Some(quote))?;
    let number = fact
        .mentions
        .iter()
        .position(|mention| mention.first == start)?;
    let end = fact.mentions[number].end;
    let outside = |at: usize| {
        fact.tokens
            .get(at)
            .is_none_or(|token| token.quote != Some(quote))
    };
    let is = |at: usize, mark: &str| {
        fact.tokens
            .get(at)
            .is_some_and(|token| &text[token.start..token.end] == mark)
    };
    // `Maud.` or the whole quote `"Maud,"` before its tag.
    let alone = outside(end) || is(end, ".") || (is(end, ",") && outside(end + 1));
    alone.then_some(number)
}
