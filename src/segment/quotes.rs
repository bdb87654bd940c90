//! Finding quoted spans in a paragraph: straight and curly double quotes, British
//! single quotes told apart from apostrophes, guillemets (`«…»`, `»…«`) as translations
//! from French, Russian or German write dialogue, the low-high pairs `„…“` and `‚…‘`,
//! nested quotes, unclosed quotes.

use crate::speech_verbs::is_speech_verb;

/// Which marks open and close dialogue in a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteStyle {
    /// `"…"` or `“…”`; single quotes inside are nested quotes or apostrophes.
    Double,
    /// `'…'` or `‘…’`; double quotes inside are nested.
    Single,
    /// `«…»`, as French and Russian (and their translations) write dialogue; every
    /// other mark inside is nested (`«You shouted „Run“ at him.»`), and outside them a
    /// curly or straight quote is a word quoted in passing, not speech.
    Guillemets,
    /// `»…«`, as German and Danish print dialogue; the same otherwise.
    ReversedGuillemets,
}

/// A quoted span in a paragraph, as byte offsets into the paragraph's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset just past the closing mark, or the paragraph's end when unclosed.
    pub close: usize,
    /// The content between the marks.
    pub content: (usize, usize),
    pub closed: bool,
    /// Unclosed, with a quote nested in it still open at the paragraph's end (`“‘Last
    /// spring …` with no `’`): a speech over several paragraphs that the next one
    /// reopens with its outer mark alone (`“Your lamp …`) goes on inside that quote.
    pub nested_open: bool,
}

/// Words that begin with an apostrophe in informal or dialect writing.
const LEADING_ELISIONS: &[&str] = &[
    "em", "tis", "twas", "twere", "twill", "cause", "cos", "coz", "til", "till", "bout", "round",
    "n", "ere", "ave", "im", "ow", "appen", "nuff", "kay", "sup", "fraid", "spose", "s", "t", "d",
    "ll", "re", "ve", "m", "neath", "cept", "gainst", "twixt", "tween", "ello", "ome", "ead",
    "ouse", "alf", "uman", "oo", "ee", "er", "is", "un", "ud",
];

/// Words that end in an apostrophe in dialect writing and are never the end of a
/// speech: `cup o' tea`, `bread an' butter`, `th' others`, `ol' man`, `lil' one`,
/// `y' know`, `wi' me`, `gi' us`, `t' mill`.
const TRAILING_ELISIONS: &[&str] = &["o", "an", "th", "ol", "lil", "y", "wi", "gi", "t"];

/// Decides the story's dialogue marks from how often each kind opens a quote.
pub fn detect_style<'a>(paragraphs: impl Iterator<Item = &'a str>) -> QuoteStyle {
    let mut double = 0usize;
    let mut single = 0usize;
    let mut guillemets = 0usize;
    let mut reversed = 0usize;
    for text in paragraphs {
        let mut previous = None;
        for (offset, character) in text.char_indices() {
            let after = offset + character.len_utf8();
            match character {
                // French sets a space inside the marks (`« Oui »`): the space after
                // `«` does not stop it opening.
                '\u{AB}' if is_opening_context(previous) => guillemets += 2,
                // `»` opens only before a word: `«Oui», dit-il` has it after one.
                '\u{BB}'
                    if is_opening_context(previous)
                        && text[after..].starts_with(char::is_alphanumeric) =>
                {
                    reversed += 2;
                }
                _ => {}
            }
            previous = Some(character);
        }
        for Mark {
            offset,
            character,
            previous,
            next,
        } in marks(text)
        {
            match character {
                '"' | '\u{201C}' | '\u{201D}' => double += 1,
                '\'' | '\u{2018}' if opens(previous, next) => {
                    let word = word_after(text, offset + character.len_utf8());
                    if !LEADING_ELISIONS.contains(&word.to_lowercase().as_str()) {
                        single += 2;
                    }
                }
                _ => {}
            }
        }
    }
    let either_guillemet = guillemets + reversed;
    if either_guillemet > double && either_guillemet > single {
        if reversed > guillemets {
            QuoteStyle::ReversedGuillemets
        } else {
            QuoteStyle::Guillemets
        }
    } else if single > double {
        QuoteStyle::Single
    } else {
        QuoteStyle::Double
    }
}

/// A character that may be a quote mark, with the characters around it.
struct Mark {
    offset: usize,
    character: char,
    previous: Option<char>,
    next: Option<char>,
}

/// The characters of `text` that may be quote marks: `"`, `'`, and every character
/// whose UTF-8 starts with the byte 0xE2 (the curly marks among them), in order, with
/// their neighbours. Other characters are no quote marks in either style, so the
/// callers see what a pass over every character would show them, for far less.
fn marks(text: &str) -> impl Iterator<Item = Mark> + '_ {
    // 0xE2 only ever leads a character, so each offset starts one.
    text.bytes()
        .enumerate()
        .filter(|&(_, byte)| matches!(byte, b'"' | b'\'' | 0xE2))
        .filter_map(move |(offset, _)| {
            let character = text[offset..].chars().next()?;
            Some(Mark {
                offset,
                character,
                previous: text[..offset].chars().next_back(),
                next: text[offset + character.len_utf8()..].chars().next(),
            })
        })
}

fn word_after(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    let end = rest
        .find(|character: char| !character.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// A double quote mark: straight, curly, or the low `„` that German and Russian open with.
fn is_double_mark(character: char) -> bool {
    matches!(character, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}')
}

fn is_opening_context(character: Option<char>) -> bool {
    match character {
        None => true,
        Some(character) => {
            character.is_whitespace()
                || matches!(
                    character,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '"'
                        | '\u{201C}'
                        | '\u{2018}'
                        | '\''
                        | '/'
                        | '*'
                        | '_'
                )
        }
    }
}

fn is_closing_context(character: Option<char>) -> bool {
    match character {
        None => true,
        Some(character) => {
            character.is_whitespace() || (!character.is_alphanumeric() && character != '\'')
        }
    }
}

/// A mark that looks like an opening quote: after a space or start, before a non-space.
fn opens(previous: Option<char>, next: Option<char>) -> bool {
    is_opening_context(previous) && next.is_some_and(|next| !next.is_whitespace())
}

/// A mark that looks like a closing quote: after a non-space, before a space, punctuation or end.
fn closes(previous: Option<char>, next: Option<char>) -> bool {
    previous.is_some_and(|previous| !previous.is_whitespace()) && is_closing_context(next)
}

/// Finds the quoted spans of one paragraph, read on its own.
pub fn find_quotes(text: &str, style: QuoteStyle) -> Vec<QuoteSpan> {
    find_quotes_followed_by(text, style, None)
}

/// Finds the quoted spans of one paragraph, given the body paragraph right after it,
/// if any: when that one opens with a mark, a speech may run on to this paragraph's
/// end unclosed (a speech over several paragraphs), which can settle how a single
/// mark after a letter pairs up.
pub fn find_quotes_followed_by(
    text: &str,
    style: QuoteStyle,
    next_paragraph: Option<&str>,
) -> Vec<QuoteSpan> {
    find_quotes_continuing(text, style, next_paragraph, false)
}

/// Finds the quoted spans of one paragraph as [`find_quotes_followed_by`] does, given
/// whether the paragraph before it ended in a speech with a nested quote still open
/// (see [`QuoteSpan::nested_open`]). When this paragraph reopens that speech at its
/// start with the outer mark alone, the nested quote is open in it too, so that a quote
/// inside that one (`“Your lamp … you told him “the weather.” I …`) does not end the
/// speech.
pub fn find_quotes_continuing(
    text: &str,
    style: QuoteStyle,
    next_paragraph: Option<&str>,
    nested_before: bool,
) -> Vec<QuoteSpan> {
    match style {
        QuoteStyle::Guillemets => return find_guillemet_quotes(text, '\u{AB}', '\u{BB}'),
        QuoteStyle::ReversedGuillemets => return find_guillemet_quotes(text, '\u{BB}', '\u{AB}'),
        QuoteStyle::Double | QuoteStyle::Single => {}
    }
    // Whether a mark opening the dialogue at `offset`, followed by `next`, reopens a
    // speech whose nested quote is still open: at the paragraph's start, and not
    // followed by the nested quote's own mark (`“‘…`, `'"…`), which reopens it anyway.
    let reopens_nested = |offset: usize, next: Option<char>, nested_marks: &[char]| {
        nested_before
            && text[..offset].trim().is_empty()
            && !next.is_some_and(|next| nested_marks.contains(&next))
    };
    let mut spans = Vec::new();
    // The open quote's mark and content start, as offsets.
    let mut open_at: Option<(usize, usize)> = None;
    // Pairs the marks up, given the role of the mark at `offset`, which ends at `after`.
    let mut pair = |role: &Role, offset: usize, after: usize| match role {
        Role::Open => {
            if let Some((mark, start)) = open_at.take() {
                // A new opening mark while a quote is open: the earlier one was never
                // closed; end it before this mark.
                spans.push(unclosed(text, mark, start, offset));
            }
            open_at = Some((offset, after));
        }
        Role::Close => {
            if let Some((mark, start)) = open_at.take() {
                spans.push(QuoteSpan {
                    open: mark,
                    close: after,
                    content: trim_range(text, start, offset),
                    closed: true,
                    nested_open: false,
                });
            }
        }
        Role::Skip(_) | Role::None => {}
    };
    // A mark of the other kind ending the paragraph in the open quote, the writer's
    // slip for its closing mark (see `mismatched_closer`): no part of its text.
    let mut stray_close: Option<usize> = None;
    // Whether a quote nested in the open one is still open at the paragraph's end.
    let nested_at_end = match style {
        QuoteStyle::Double => {
            // A double mark's role needs only its neighbours: visit the marks alone.
            let mut depth = Depth::Outside;
            // An odd number of double marks leaves one unpaired: maybe an opening mark
            // the writer left out (see `closes_a_quote_missing_its_opener`).
            let odd_marks = text
                .chars()
                .filter(|&character| is_double_mark(character))
                .count()
                % 2
                == 1;
            let mut first_double = true;
            // The depths that low marks (`„`, `‚`) opened, with the high mark (`“`,
            // `‘`) that closes each, innermost last: that mark opens a quote elsewhere.
            let mut low_opened: Vec<(Depth, char)> = Vec::new();
            for mark in marks(text) {
                let after = mark.offset + mark.character.len_utf8();
                if let Some(low) = low_pair_step(mark.character, depth, low_opened.last()) {
                    match low {
                        LowStep::Open(opened, closer) => {
                            if depth == Depth::Outside {
                                if !opens(mark.previous, mark.next) {
                                    continue;
                                }
                                pair(&Role::Open, mark.offset, after);
                            }
                            first_double = false;
                            low_opened.push((opened, closer));
                            depth = opened;
                        }
                        LowStep::Close(back_to) => {
                            if back_to == Depth::Outside {
                                pair(&Role::Close, mark.offset, after);
                            }
                            first_double = false;
                            low_opened.pop();
                            depth = back_to;
                        }
                    }
                    continue;
                }
                if matches!(mark.character, '\'' | '\u{2018}' | '\u{2019}') {
                    // Single marks only matter as a quote nested in the dialogue.
                    match depth {
                        Depth::Dialogue if opens_nested_single(text, &mark) => {
                            depth = Depth::Nested;
                        }
                        Depth::Nested if closes_nested_single(&mark) => depth = Depth::Dialogue,
                        Depth::Dialogue
                            if matches!(mark.character, '\'' | '\u{2019}')
                                && mismatched_closer(text, mark.previous, after) =>
                        {
                            stray_close = Some(mark.offset);
                        }
                        _ => {}
                    }
                    continue;
                }
                let inside = depth != Depth::Outside;
                let role = double_role(mark.character, mark.previous, mark.next, inside);
                // Dashes and ellipses come through here too: only a double mark is
                // the paragraph's first double mark.
                let double = matches!(mark.character, '"' | '\u{201C}' | '\u{201D}');
                let missing_opener = first_double
                    && double
                    && odd_marks
                    && matches!(role, Role::None)
                    && closes_a_quote_missing_its_opener(text, &mark);
                first_double &= !double;
                if missing_opener {
                    pair(&Role::Open, 0, 0);
                    pair(&Role::Close, mark.offset, after);
                    continue;
                }
                depth = match (depth, &role) {
                    // In a quote nested in the dialogue, an opening double mark opens a
                    // quote in that one, and the closing mark after it closes it, not
                    // the dialogue: `“‘… told the Courier that “a painting …” I was …`.
                    (Depth::Nested, Role::Open) => Depth::Inner,
                    (Depth::Inner, Role::Close) => Depth::Nested,
                    (_, Role::Open) => {
                        pair(&role, mark.offset, after);
                        if reopens_nested(mark.offset, mark.next, &['\'', '\u{2018}']) {
                            Depth::Nested
                        } else {
                            Depth::Dialogue
                        }
                    }
                    (_, Role::Close) => {
                        pair(&role, mark.offset, after);
                        low_opened.clear();
                        Depth::Outside
                    }
                    (depth, Role::Skip(_) | Role::None) => depth,
                };
            }
            matches!(depth, Depth::Nested | Depth::Inner)
        }
        QuoteStyle::Guillemets | QuoteStyle::ReversedGuillemets => false,
        QuoteStyle::Single => {
            let characters: Vec<(usize, char)> = text.char_indices().collect();
            let continued = next_paragraph.is_some_and(opens_with_quote);
            let ahead = look_ahead(text, &characters, continued);
            // The position among `characters` of the open quote's mark.
            let mut opened_by: Option<usize> = None;
            // In the open quote: whether a double quote is open in it (`'He wrote, "…`),
            // and the position of a single mark opening a quote in that one (`"… 'a
            // painting …' …`).
            let mut nested = false;
            let mut inner: Option<usize> = None;
            let mut position = 0;
            while position < characters.len() {
                let (offset, character) = characters[position];
                if opened_by.is_some() {
                    if is_double_mark(character) {
                        let previous = position.checked_sub(1).map(|index| characters[index].1);
                        let next = characters.get(position + 1).map(|&(_, next)| next);
                        match double_role(character, previous, next, nested) {
                            Role::Open if !nested => nested = true,
                            Role::Close if nested => {
                                nested = false;
                                inner = None;
                            }
                            Role::None
                                if !nested
                                    && matches!(character, '"' | '\u{201D}')
                                    && mismatched_closer(
                                        text,
                                        previous,
                                        offset + character.len_utf8(),
                                    ) =>
                            {
                                stray_close = Some(offset);
                            }
                            _ => {}
                        }
                        position += 1;
                        continue;
                    }
                    if let Some(mark) = inner {
                        // A single mark in the innermost quote closes that one at most.
                        match single_role(text, &characters, position, Some(mark), &ahead) {
                            Role::Close => inner = None,
                            Role::Skip(count) => position += count,
                            Role::Open | Role::None => {}
                        }
                        position += 1;
                        continue;
                    }
                    if nested
                        && matches!(character, '\'' | '\u{2018}')
                        && opening(text, &characters, position) == Opening::Quote
                    {
                        inner = Some(position);
                        position += 1;
                        continue;
                    }
                }
                let role = single_role(text, &characters, position, opened_by, &ahead);
                pair(&role, offset, offset + character.len_utf8());
                match role {
                    Role::Open => opened_by = Some(position),
                    Role::Close => opened_by = None,
                    Role::Skip(count) => position += count,
                    Role::None => {}
                }
                if matches!(role, Role::Open | Role::Close) {
                    let next = characters.get(position + 1).map(|&(_, next)| next);
                    nested = matches!(role, Role::Open)
                        && reopens_nested(offset, next, &['"', '\u{201C}']);
                    inner = None;
                }
                position += 1;
            }
            nested
        }
    };
    if let Some((mark, start)) = open_at {
        // The quote still counts as unclosed: the mark may close a nested quote whose
        // opener was not seen (`"?Quick as … day.'`, its `‘` garbled to `?`) in a
        // speech that goes on in the next paragraph.
        let end = stray_close.filter(|_| !nested_at_end).unwrap_or(text.len());
        spans.push(QuoteSpan {
            nested_open: nested_at_end,
            content: trim_range(text, start, end),
            ..unclosed(text, mark, start, text.len())
        });
    }
    spans.retain(|span| {
        text[span.content.0..span.content.1]
            .chars()
            .any(char::is_alphanumeric)
    });
    spans
}

/// The quotes of a paragraph in a story whose dialogue is set in guillemets, `opener`
/// and `closer` being `«` and `»` or the other way round. Guillemets nest (`«… «…» …»`)
/// and every other mark inside one is nested in it, so only the guillemets count. A
/// closer with nothing open is passed over: French opens each paragraph of a long
/// speech after the first with it (`» And then…`).
fn find_guillemet_quotes(text: &str, opener: char, closer: char) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut depth = 0usize;
    // The outermost open quote's mark and content start.
    let mut open_at = (0, 0);
    for (offset, character) in text.char_indices() {
        let after = offset + character.len_utf8();
        if character == opener {
            if depth == 0 {
                open_at = (offset, after);
            }
            depth += 1;
        } else if character == closer && depth > 0 {
            depth -= 1;
            if depth == 0 {
                spans.push(QuoteSpan {
                    open: open_at.0,
                    close: after,
                    content: trim_range(text, open_at.1, offset),
                    closed: true,
                    nested_open: false,
                });
            }
        }
    }
    if depth > 0 {
        spans.push(unclosed(text, open_at.0, open_at.1, text.len()));
    }
    spans.retain(|span| {
        text[span.content.0..span.content.1]
            .chars()
            .any(char::is_alphanumeric)
    });
    spans
}

/// Whether a paragraph opens with a single mark that opens a quote (not `'Tis`).
fn opens_with_quote(text: &str) -> bool {
    let text = text.trim_start();
    if !text.starts_with(['\'', '\u{2018}']) {
        return false;
    }
    let characters: Vec<(usize, char)> = text.char_indices().collect();
    opening(text, &characters, 0) == Opening::Quote
}

fn unclosed(text: &str, mark: usize, start: usize, end: usize) -> QuoteSpan {
    QuoteSpan {
        open: mark,
        close: end,
        content: trim_range(text, start, end),
        closed: false,
        nested_open: false,
    }
}

/// Narrows a byte range to exclude surrounding whitespace.
pub fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (start + leading, start + leading + trimmed.len())
}

/// Where a double mark stands in a double-quoted story: outside dialogue, in it, in a
/// single quote nested in it (`“‘Dear Sir,’” he read`), or in a double quote nested in
/// that one (`“‘… that “a painting …” …`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Depth {
    Outside,
    Dialogue,
    Nested,
    Inner,
}

/// Whether the first double mark of a paragraph, with an odd number of them, which
/// can only close and so pairs with nothing, closes a quote whose opening mark the
/// writer left out, opened at the paragraph's start: `No dogs, no singing," Mira says.
/// "This house is a monarchy."` The paragraph starts with a word, the mark follows
/// punctuation that ends a speech, and a speech tag follows it; a mark closing
/// narration with no tag after it (`6 feet 2," and no more`) pairs with nothing as
/// before. The text before the mark is one sentence: with more (`Rose waved. No dogs,"
/// she said.`) where the speech begins is anyone's guess, and the narrator keeps it.
fn closes_a_quote_missing_its_opener(text: &str, mark: &Mark) -> bool {
    let after = mark.offset + mark.character.len_utf8();
    text.trim_start().starts_with(char::is_alphanumeric)
        && matches!(mark.previous, Some(',' | '?' | '!' | '.'))
        && mark.next.is_some_and(char::is_whitespace)
        && one_sentence(&text[..mark.offset])
        && tag_follows(&text[after..])
}

/// Whether `text` holds one sentence at most: no `.`, `!`, `?` or `…` before a space
/// inside it, but a title's period.
fn one_sentence(text: &str) -> bool {
    let text = text.trim_end();
    !text.char_indices().any(|(offset, character)| {
        let ends = matches!(character, '.' | '!' | '?' | '\u{2026}')
            && text[offset + character.len_utf8()..].starts_with(char::is_whitespace);
        // `Mr. Lamb, sit down," said the porter.`: a title's period ends nothing.
        let title = character == '.'
            && text[..offset]
                .rsplit(|before: char| !before.is_alphanumeric())
                .next()
                .is_some_and(crate::abbreviations::is_abbreviation);
        ends && !title
    })
}

/// Whether a mark of the other kind than the open quote's (`'` in a double-quoted
/// story, `"` in a single-quoted one), which neither opens nor closes a quote nested
/// in it, is the writer's slip for its closing mark: after punctuation that ends a
/// speech, at the paragraph's end (`"Wait, she knew I was coming?'`), so no part of
/// the quote's text. After a letter it is an apostrophe (`"Just sayin'`).
/// `previous` is the character before the mark, `after` the offset past it.
fn mismatched_closer(text: &str, previous: Option<char>, after: usize) -> bool {
    matches!(
        previous,
        Some('.' | ',' | '?' | '!' | '\u{2014}' | '\u{2013}' | '\u{2026}')
    ) && text[after..].trim().is_empty()
}

/// In a double-quoted story, whether a single mark opens a quote nested in the
/// dialogue: an opening mark before a word that is no elision (`'em`, `'tis`, `'90s`,
/// `'n'`).
fn opens_nested_single(text: &str, mark: &Mark) -> bool {
    if !matches!(mark.character, '\'' | '\u{2018}') || !opens(mark.previous, mark.next) {
        return false;
    }
    let from = mark.offset + mark.character.len_utf8();
    let word = word_after(text, from);
    let lower = word.to_lowercase();
    let year = word.starts_with(|first: char| first.is_ascii_digit()) && word.len() <= 3;
    let rock_and_roll = lower == "n" && text[from + word.len()..].starts_with(['\'', '\u{2019}']);
    !LEADING_ELISIONS.contains(&lower.as_str()) && !year && !rock_and_roll
}

/// In a double-quoted story, whether a single mark may close a quote nested in the
/// dialogue. A mark ending a word (`the boys’ toys`, `nothin’`) passes too: the nested
/// quote then ends early, and the marks pair as they would without it.
fn closes_nested_single(mark: &Mark) -> bool {
    matches!(mark.character, '\'' | '\u{2019}') && closes(mark.previous, mark.next)
}

enum Role {
    Open,
    Close,
    /// Not a quote mark here; also skip this many following characters.
    Skip(usize),
    None,
}

fn double_role(character: char, previous: Option<char>, next: Option<char>, inside: bool) -> Role {
    match character {
        // `„` only ever opens; the `“` after it then closes (`„Danke“`).
        '\u{201E}' if !inside => Role::Open,
        '\u{201C}' if !inside || is_opening_context(previous) => Role::Open,
        '\u{201C}' => Role::Close, // a reversed curly mark used as closing
        '\u{201D}' if inside => Role::Close,
        '\u{201D}' if opens(previous, next) && !closes(previous, next) => Role::Open,
        '"' => {
            if inside {
                if opens(previous, next)
                    && !closes(previous, next)
                    && previous.is_some_and(char::is_whitespace)
                {
                    Role::Open
                } else {
                    Role::Close
                }
            } else if closes(previous, next) && !opens(previous, next) {
                Role::None
            } else {
                Role::Open
            }
        }
        _ => Role::None,
    }
}

/// What a low mark (`„`, `‚`) or the high mark that closes it does to the depth of a
/// double-quoted paragraph.
enum LowStep {
    /// Opens a quote, to this depth, that this high mark closes.
    Open(Depth, char),
    /// Closes the quote the low mark opened, back to this depth.
    Close(Depth),
}

/// In a double-quoted paragraph at `depth`, with the innermost quote opened by a low
/// mark still open (`low_opened`: its depth and closing mark), what the mark
/// `character` does as one of a low-high pair (`„…“`, `‚…‘`, as German and Russian nest quotes), or `None` when it is no part
/// of one and plays its usual role. The closing `“` of `„…“` is otherwise an opening
/// mark: read so, it would end the speech, or start one, in the middle of a sentence.
fn low_pair_step(
    character: char,
    depth: Depth,
    low_opened: Option<&(Depth, char)>,
) -> Option<LowStep> {
    let deeper = match depth {
        Depth::Outside => Depth::Dialogue,
        Depth::Dialogue => Depth::Nested,
        Depth::Nested => Depth::Inner,
        Depth::Inner => return None,
    };
    let shallower = |depth| match depth {
        Depth::Outside | Depth::Dialogue => Depth::Outside,
        Depth::Nested => Depth::Dialogue,
        Depth::Inner => Depth::Nested,
    };
    match character {
        '\u{201E}' => Some(LowStep::Open(deeper, '\u{201C}')),
        // A low single mark opens a quote nested in the dialogue, never the dialogue.
        '\u{201A}' if depth != Depth::Outside => Some(LowStep::Open(deeper, '\u{2018}')),
        '\u{201C}' | '\u{2018}' if low_opened == Some(&(depth, character)) => {
            Some(LowStep::Close(shallower(depth)))
        }
        _ => None,
    }
}

/// `opened_by` is the position of the open quote's mark, if a quote is open.
fn single_role(
    text: &str,
    characters: &[(usize, char)],
    position: usize,
    opened_by: Option<usize>,
    ahead: &[Ahead],
) -> Role {
    let inside = opened_by.is_some();
    let character = characters[position].1;
    if !matches!(character, '\'' | '\u{2018}' | '\u{2019}') {
        return Role::None;
    }
    let previous = position.checked_sub(1).map(|index| characters[index].1);
    let next = characters.get(position + 1).map(|&(_, next)| next);
    let letter_before = previous.is_some_and(char::is_alphanumeric);
    let letter_after = next.is_some_and(char::is_alphanumeric);
    if letter_before && letter_after {
        return Role::None; // don't, it's, O'Brien
    }
    if ends_elided_word(text, characters, position) {
        return Role::None; // cup o' tea, bread an' butter
    }
    match opening(text, characters, position) {
        Opening::RockAndRoll => return Role::Skip(2), // rock 'n' roll
        // `said the porter, ‘is to open it.’`: read as an elision, the mark would
        // leave the closer after it with nothing to close.
        Opening::Elision if !inside && opens_before_a_stray_closer(characters, position, ahead) => {
            return Role::Open;
        }
        Opening::Elision => return Role::None, // 'em, 'tis, '90s
        Opening::Quote if !inside => return Role::Open,
        Opening::Quote | Opening::No => {}
    }
    // In a speech (a quote opened at a paragraph's start or after punctuation, not a
    // word quoted in passing: `Mabel says 'yuck'`), a lower-case word opened in
    // mid-clause is an elision (`since 'fore`), unless this mark is followed by a
    // speech tag (`'I'm done' he said with a 'hmph.'`).
    let speech = opened_by.is_some_and(|mark| !mid_clause(characters, mark));
    let elisions_ahead =
        || speech && !pronoun_tag_follows(&text[characters[position].0 + character.len_utf8()..]);
    if inside
        && closes(previous, next)
        && !(letter_before
            && ends_word(
                text,
                characters,
                position,
                ahead[position],
                Reading {
                    speech,
                    elisions_ahead: elisions_ahead(),
                },
            ))
    {
        return Role::Close;
    }
    Role::None
}

/// Whether a mark that could open an elision (`'is`, `'em`, `'tis`), with no quote open,
/// opens one instead: it stands at the paragraph's start or after punctuation (the
/// second half of a quote split by a tag, `‘Nobody,’ said the porter, ‘is to …’`), and
/// the next mark to settle the pairing can only close. Mid-clause (`tipped 'is hat`),
/// or with a quote opening first (`tipped 'is hat. 'Evening.'`), it stays an elision.
fn opens_before_a_stray_closer(
    characters: &[(usize, char)],
    position: usize,
    ahead: &[Ahead],
) -> bool {
    !mid_clause(characters, position) && ahead[position].settles == Some(Settles::Closer)
}

/// What a single mark would be at the start of a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// It opens a quote (when none is open).
    Quote,
    /// It begins a word: `'em`, `'tis`, `'90s`.
    Elision,
    /// `rock 'n' roll`: this mark, the `n` and the mark after it are one word.
    RockAndRoll,
    /// It cannot open anything here.
    No,
}

fn opening(text: &str, characters: &[(usize, char)], position: usize) -> Opening {
    let (offset, character) = characters[position];
    let previous = position.checked_sub(1).map(|index| characters[index].1);
    let next = characters.get(position + 1).map(|&(_, next)| next);
    if !matches!(character, '\'' | '\u{2018}') || !opens(previous, next) {
        return Opening::No;
    }
    let word = word_after(text, offset + character.len_utf8());
    let lower = word.to_lowercase();
    // The mark may be a three-byte `‘`; `n` is one byte.
    let after_n = offset + character.len_utf8() + 1;
    if lower == "n" && text[after_n..].starts_with(['\'', '\u{2019}']) {
        return Opening::RockAndRoll;
    }
    let elision = LEADING_ELISIONS.contains(&lower.as_str())
        && !opens_capitalized_quote(characters, position, word);
    let year = word
        .chars()
        .next()
        .is_some_and(|first| first.is_ascii_digit())
        && word.len() <= 3;
    if elision || year {
        Opening::Elision
    } else {
        Opening::Quote
    }
}

/// A mark that settles how a quote open before it pairs up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Settles {
    /// A mark that opens a quote: the open one must have closed before it.
    Opener,
    /// A mark that can only close, after punctuation (`.'`, `,'`, `?'`, `"'`, `—'`):
    /// the open quote goes on to it.
    Closer,
    /// No mark: the paragraph's end, with the next paragraph opening with a mark, so
    /// that a speech may run on to it unclosed and go on there.
    Continued,
}

/// What lies after a character: the first mark that settles the pairing, and whether
/// a mark after a letter that could close a quote (`boys' `, `doin' `) comes before it.
#[derive(Debug, Clone, Copy, Default)]
struct Ahead {
    settles: Option<Settles>,
    /// The first mark that settles the pairing when marks that open a lower-case word
    /// in mid-clause (`since 'fore`, `says 'gross'`) are read as elisions.
    settles_past_elisions: Option<Settles>,
    loose_close: bool,
    /// A loose close that reads as a speech's end: at the paragraph's end, before
    /// punctuation or before a speech tag (`go to help' he said`).
    speech_close: bool,
    /// A loose close that is not a plural possessive (`bobbin' along`, not `the boys'
    /// coats`): outside a quote it would pair with nothing.
    stray_close: bool,
}

/// For every character of a paragraph, what lies after it; one pass from the end.
/// `continued`: the next paragraph opens with a mark.
fn look_ahead(text: &str, characters: &[(usize, char)], continued: bool) -> Vec<Ahead> {
    let mut ahead = vec![Ahead::default(); characters.len()];
    let end = continued.then_some(Settles::Continued);
    let mut state = Ahead {
        settles: end,
        settles_past_elisions: end,
        ..Ahead::default()
    };
    for position in (0..characters.len()).rev() {
        ahead[position] = state;
        let character = characters[position].1;
        if !matches!(character, '\'' | '\u{2018}' | '\u{2019}') {
            continue;
        }
        if ends_elided_word(text, characters, position) {
            continue;
        }
        let previous = position.checked_sub(1).map(|index| characters[index].1);
        let next = characters.get(position + 1).map(|&(_, next)| next);
        let opening = match opening(text, characters, position) {
            // The closing mark of `'n'` is part of the word, not a loose close.
            Opening::RockAndRoll => {
                if let Some(&after) = ahead.get(position + 2) {
                    state = after;
                }
                continue;
            }
            Opening::Elision => continue,
            opening => opening,
        };
        let can_close = character != '\u{2018}' && closes(previous, next);
        // `"'.` can open or close; after punctuation (not a bracket) it closes.
        let after_punctuation = previous.is_some_and(|previous| {
            !previous.is_alphanumeric()
                && !matches!(previous, '\'' | '\u{2018}' | '\u{2019}' | '(' | '[' | '{')
        });
        let settles = if can_close && after_punctuation {
            Settles::Closer
        } else if opening == Opening::Quote {
            Settles::Opener
        } else {
            state.loose_close |= can_close;
            state.speech_close |= can_close && ends_speech(text, characters, position);
            state.stray_close |= can_close && previous != Some('s');
            continue;
        };
        let elision_like = settles == Settles::Opener
            && mid_clause(characters, position)
            && next.is_some_and(char::is_lowercase);
        state = Ahead {
            settles: Some(settles),
            settles_past_elisions: if elision_like {
                state.settles_past_elisions
            } else {
                Some(settles)
            },
            loose_close: false,
            speech_close: false,
            stray_close: false,
        };
    }
    ahead
}

/// Whether the mark at `position`, right after a letter, stands where a speech ends:
/// at the paragraph's end, before punctuation (`help'.`, `help',`), or before a speech
/// tag (`help' he said`, `help' said Tam`, `help' Tam said`).
fn ends_speech(text: &str, characters: &[(usize, char)], position: usize) -> bool {
    let (offset, character) = characters[position];
    let rest = &text[offset + character.len_utf8()..];
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if rest.trim().is_empty()
        || matches!(
            next,
            '.' | ',' | ';' | ':' | '!' | '?' | '\u{2014}' | '\u{2013}' | '\u{2026}'
        )
    {
        return true;
    }
    next.is_whitespace() && tag_follows(rest)
}

/// Whether `rest` begins with a speech tag: `he said`, `said Tam`, `Tam said`.
fn tag_follows(rest: &str) -> bool {
    let mut words = rest
        .split_whitespace()
        .map(|word| word.trim_end_matches(|character: char| !character.is_alphanumeric()));
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    pronoun_tag_follows(rest)
        || is_speech_verb(first)
        || (first.chars().next().is_some_and(char::is_uppercase) && is_speech_verb(second))
}

/// Whether the mark at `position` ends a word that is only ever elided in dialect
/// writing (`o'`, `an'`, `th'`; see [`TRAILING_ELISIONS`]) with the sentence going on
/// after it, so that it is an apostrophe and never a quote's end. A pronoun and a
/// speech verb after it (`'… an' she said`) leave it a mark.
fn ends_elided_word(text: &str, characters: &[(usize, char)], position: usize) -> bool {
    let (offset, character) = characters[position];
    if !matches!(character, '\'' | '\u{2019}') {
        return false;
    }
    let rest = &text[offset + character.len_utf8()..];
    // The next word may itself start with an apostrophe (`an' 'tis`).
    let goes_on = rest.starts_with(char::is_whitespace)
        && rest
            .trim_start()
            .trim_start_matches(['\'', '\u{2018}', '\u{2019}'])
            .starts_with(char::is_alphanumeric);
    if !goes_on || pronoun_tag_follows(rest) {
        return false;
    }
    let mut start = position;
    while start > 0 && characters[start - 1].1.is_alphabetic() {
        start -= 1;
    }
    if start == position {
        return false;
    }
    // The word stands alone: at the start, after a space or dash, or just inside a
    // quote's opening mark that is not a word quoted in passing (`says 'an' twice`).
    let stands_alone = match start.checked_sub(1).map(|index| characters[index].1) {
        None => true,
        Some('\'' | '\u{2018}' | '"' | '\u{201C}') => !mid_clause(characters, start - 1),
        Some(before) => {
            before.is_whitespace()
                || matches!(before, '\u{2014}' | '\u{2013}' | '-' | '(' | '*' | '_')
        }
    };
    let word = &text[characters[start].0..offset];
    let lower = word.to_lowercase();
    // `Lil'` is a name; the others may start a sentence (`An' then`, `O' course`).
    let case_fits =
        word == lower || (lower != "lil" && word.chars().skip(1).eq(lower.chars().skip(1)));
    stands_alone && TRAILING_ELISIONS.contains(&lower.as_str()) && case_fits
}

/// Whether `rest` begins with a pronoun and a speech verb: `he said`, `she asks`.
fn pronoun_tag_follows(rest: &str) -> bool {
    let mut words = rest
        .split_whitespace()
        .map(|word| word.trim_end_matches(|character: char| !character.is_alphanumeric()));
    words
        .next()
        .is_some_and(|word| matches!(word, "he" | "she" | "they" | "we" | "you"))
        && words.next().is_some_and(is_speech_verb)
}

/// Whether the character at `position` follows a space that follows a letter or digit:
/// a mark standing between two words of one clause (`since 'fore`, `says 'yuck'`), not
/// at the start of a paragraph or after punctuation (`, 'and`, `. 'Cause`).
fn mid_clause(characters: &[(usize, char)], position: usize) -> bool {
    position >= 2
        && characters[position - 1].1.is_whitespace()
        && characters[position - 2].1.is_alphanumeric()
}

/// How the quote open before a mark reads.
#[derive(Debug, Clone, Copy)]
struct Reading {
    /// A speech: opened at the paragraph's start or after punctuation, not a word
    /// quoted in passing (`Mabel says 'yuck'`).
    speech: bool,
    /// See [`ends_word`].
    elisions_ahead: bool,
}

/// Whether a mark right after a letter, in an open quote, where it could close the
/// quote, ends a word instead: a dropped letter (`doin'`, `lyin'.'`) or a plural
/// possessive (`the Joneses'.'`, `the twins' bikes`).
///
/// How the rest of the paragraph pairs up decides. Read as a closer, the mark would
/// leave the next mark that can only close (one after punctuation) without an opener;
/// so when such a mark comes before any opener, this one is inside a word and the
/// quote goes on to it: `'Been doin' it all day.'`, `'He wasn't lyin'.'`, `'She said,
/// "quit fussin'."'`. When an opener comes first the quote ends here (`Mabel says
/// 'yuck' and Ollie says 'gross.'`), and so it does when no mark settles it (`Mabel says
/// 'yuck' with a grin.`), except that a plural possessive with the sentence going on in
/// lower case waits for a later mark after a letter (`'Give the boys' toys back' he
/// said`), as it did before this pairing was looked at. A dropped g before punctuation,
/// or before a lower-case word in a speech with no tag or pronoun after it, waits
/// likewise for a later mark after a letter that ends the speech (`'I ent seen nothin'.
/// Go help' he said.`, `'Nothin' worth havin'`): read as a closer it would leave that
/// mark without an opener.
///
/// When the next paragraph opens with a mark, a speech may also run on unclosed to the
/// paragraph's end (see [`runs_on`]).
///
/// With `elisions_ahead`, and this mark followed by a space and a lower-case word, a
/// later mark that opens a lower-case word in mid-clause does not count as an opener:
/// `'All I'm sayin' is … since 'fore the frost—'` is one quote and `'fore` an elision,
/// where the pairing alone allows two (`'All I'm sayin'` … `'fore the frost—'`). A quote
/// that picks up after a tag does so after punctuation (`'Keep talkin' he said, 'and
/// …'`), so that opener still counts.
fn ends_word(
    text: &str,
    characters: &[(usize, char)],
    position: usize,
    ahead: Ahead,
    reading: Reading,
) -> bool {
    let previous = position.checked_sub(1).map(|index| characters[index].1);
    let lower_case_goes_on = characters.get(position + 1).map(|&(_, next)| next) == Some(' ')
        && characters
            .get(position + 2)
            .is_some_and(|&(_, after)| after.is_lowercase());
    let settles = if reading.elisions_ahead && lower_case_goes_on {
        ahead.settles_past_elisions
    } else {
        ahead.settles
    };
    let rest = &text[characters[position].0 + characters[position].1.len_utf8()..];
    let waits = (previous == Some('s') && lower_case_goes_on && ahead.loose_close)
        || (dropped_g_before_punctuation(characters, position) && ahead.speech_close)
        || (reading.speech
            && lower_case_goes_on
            && dropped_g(characters, position)
            && ahead.speech_close
            && !narration_may_follow(rest));
    match settles {
        Some(Settles::Closer) => true,
        Some(Settles::Opener) | None => waits,
        Some(Settles::Continued) => {
            waits || (reading.speech && runs_on(text, characters, position, ahead))
        }
    }
}

/// Whether a speech runs on past the mark at `position`, right after a letter, to the
/// paragraph's end, when nothing after the mark settles the pairing and the next
/// paragraph opens with a mark (the convention for a speech over several paragraphs:
/// no closing mark at a paragraph's end, an opening one at the next paragraph's start).
///
/// Two readings are then consistent with the marks: the quote closes here, or it stays
/// open to the paragraph's end and every later mark after a letter is an apostrophe.
/// The second one wins where the first is the worse fit:
/// - the mark ends a dropped g or a plural possessive with the sentence going on in
///   lower case (`bobbin' along`, `the twins' dog`), not a speech's end; a speech tag
///   or a pronoun after it (`fussin' said Tam`, `fussin' she muttered`) may begin
///   narration, so the mark still closes there;
/// - the mark ends a dropped g before punctuation (`nothin'.`) that no speech tag
///   follows (`pushin', she said`), and a later mark after a letter that is not a plural
///   possessive (`bobbin' along`) would be left without an opener if the quote closed
///   here. With nothing like it later (`'Come in', she said.`) the mark closes.
fn runs_on(text: &str, characters: &[(usize, char)], position: usize, ahead: Ahead) -> bool {
    let rest = &text[characters[position].0 + characters[position].1.len_utf8()..];
    let mut chars = rest.chars();
    let Some(next) = chars.next() else {
        return false;
    };
    if next == ' ' && chars.next().is_some_and(char::is_lowercase) {
        let possessive = position
            .checked_sub(1)
            .is_some_and(|index| characters[index].1 == 's');
        return (possessive || dropped_g(characters, position)) && !narration_may_follow(rest);
    }
    dropped_g_before_punctuation(characters, position)
        && ahead.stray_close
        && !tag_follows(&rest[next.len_utf8()..])
}

/// Whether `rest`, after a mark, may begin narration: a speech tag or a pronoun
/// (`fussin' said Tam`, `fussin' she muttered`, `fussin' she shook her head`).
fn narration_may_follow(rest: &str) -> bool {
    let pronoun = rest.split_whitespace().next().is_some_and(|word| {
        matches!(
            word.trim_end_matches(|character: char| !character.is_alphanumeric()),
            "he" | "she" | "they"
        )
    });
    pronoun || tag_follows(rest)
}

/// Whether the mark at `position` ends a word in `-in` (`nothin'`, `somethin'`) and is
/// followed by `.`, `,`, `?` or `!`: a dropped g, or a quote's end with the
/// punctuation outside (`'Come in', she said`).
fn dropped_g_before_punctuation(characters: &[(usize, char)], position: usize) -> bool {
    dropped_g(characters, position)
        && characters
            .get(position + 1)
            .is_some_and(|&(_, next)| matches!(next, '.' | ',' | '?' | '!'))
}

/// Whether the mark at `position` ends a word of four letters or more in `-in`
/// (`nothin'`, `bobbin'`): a dropped g, unless it is a quote's end (`'Come in'`).
fn dropped_g(characters: &[(usize, char)], position: usize) -> bool {
    let mut start = position;
    while start > 0 && characters[start - 1].1.is_alphabetic() {
        start -= 1;
    }
    let word: String = characters[start..position]
        .iter()
        .map(|&(_, c)| c)
        .collect();
    word.chars().count() >= 4 && word.ends_with("in")
}

/// `‘Is it.’ He …`: an elision word (`'is`, `'ere`) written with a capital, and a
/// mark later in the paragraph that closes a sentence (`.’`, `,’`, `?’`), make the
/// mark a quote's opening after all.
fn opens_capitalized_quote(characters: &[(usize, char)], position: usize, word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && (position + 2..characters.len()).any(|later| {
            let (_, character) = characters[later];
            let next = characters.get(later + 1).map(|&(_, next)| next);
            matches!(character, '\'' | '\u{2019}')
                && matches!(
                    characters[later - 1].1,
                    '.' | ',' | '!' | '?' | '\u{2014}' | '\u{2013}' | '-' | '\u{2026}'
                )
                && is_closing_context(next)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str, style: QuoteStyle) -> Vec<&str> {
        find_quotes(text, style)
            .iter()
            .map(|span| &text[span.content.0..span.content.1])
            .collect()
    }

    #[test]
    fn double_quote_table() {
        let cases: &[(&str, &[&str])] = &[
            ("\"Hello,\" she said.", &["Hello,"]),
            (
                "\u{201C}Hello,\u{201D} she said, \u{201C}and goodbye.\u{201D}",
                &["Hello,", "and goodbye."],
            ),
            ("\"Stop,\" he said, \"now.\"", &["Stop,", "now."]),
            (
                "\"He said 'no' to me,\" she said.",
                &["He said 'no' to me,"],
            ),
            ("\"I never finished", &["I never finished"]),
            ("No dialogue here.", &[]),
            ("\"\"", &[]),
            ("\"Are you sure?\", I replied.", &["Are you sure?"]),
            ("He nodded. \"Yes.\" Then: \"No.\"", &["Yes.", "No."]),
            (
                "\u{201C}First \u{201C}Second.\u{201D}",
                &["First", "Second."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Double), expected, "{text}");
        }
    }

    #[test]
    fn single_quote_table() {
        let cases: &[(&str, &[&str])] = &[
            ("'Hello,' she said.", &["Hello,"]),
            ("'I don't know,' he said.", &["I don't know,"]),
            (
                "'Give 'em the boys' toys,' she said.",
                &["Give 'em the boys' toys,"],
            ),
            ("'We like rock 'n' roll.'", &["We like rock 'n' roll."]),
            (
                "\u{2018}We like rock \u{2018}n\u{2019} roll.\u{2019}",
                &["We like rock \u{2018}n\u{2019} roll."],
            ),
            (
                "\u{2018}It\u{2019}s mine,\u{2019} said Ann, \u{2018}all of it.\u{2019}",
                &["It\u{2019}s mine,", "all of it."],
            ),
            ("'He said \"run\" and ran.'", &["He said \"run\" and ran."]),
            ("'Twas a night of the boys' games.", &[]),
            ("'Not closed", &["Not closed"]),
            ("The '90s were wild.", &[]),
            // A quote opening with a word that can also be an elision (`'is` for `his`).
            ("\u{2018}Is it.\u{2019} He did not ask.", &["Is it."]),
            ("'Ere, what's this?' he said.", &["Ere, what's this?"]),
            ("I saw 'is hat blow off, and 'im after it.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Single), expected, "{text}");
        }
    }

    /// A mark right after a letter in a single-quoted story: the end of a word
    /// (`doin'`, `the twins'`) or the quote's closing mark, by how the paragraph pairs.
    #[test]
    fn trailing_apostrophe_table() {
        let cases: &[(&str, &[&str])] = &[
            // A dropped g with the sentence going on, and the real closer later.
            (
                "'Been haulin' gravel since six this mornin'.' The radio hissed. 'How's the road holdin' up your way?'",
                &[
                    "Been haulin' gravel since six this mornin'.",
                    "How's the road holdin' up your way?",
                ],
            ),
            (
                "'I was beginnin' to think you'd left.'",
                &["I was beginnin' to think you'd left."],
            ),
            ("'Only askin'. You all right?'", &["Only askin'. You all right?"]),
            (
                "'I'm plowin'. Got a truck jackknifed by the mill.' He hung up.",
                &["I'm plowin'. Got a truck jackknifed by the mill."],
            ),
            // The mark before the period ends the word; the one after closes.
            ("'So. She wasn't bluffin'.'", &["So. She wasn't bluffin'."]),
            (
                "'\u{2026}like you been imaginin'.' She laughed.",
                &["\u{2026}like you been imaginin'."],
            ),
            ("'Nothin' doin',' he said.", &["Nothin' doin',"]),
            (
                "'Y'all been fussin' over nothin'!' Ma said. 'Now eat.'",
                &["Y'all been fussin' over nothin'!", "Now eat."],
            ),
            (
                "'Sounds like somethin' scratchin' at the door\u{2014}'",
                &["Sounds like somethin' scratchin' at the door\u{2014}"],
            ),
            ("'Cup o' tea an' a biscuit?'", &["Cup o' tea an' a biscuit?"]),
            ("'Wait for th' others.'", &["Wait for th' others."]),
            // A double quote nested in the single one.
            (
                "'Ma always says, \"quit your grumblin'.\"'",
                &["Ma always says, \"quit your grumblin'.\""],
            ),
            (
                "'Then Dot goes, \"Hank, I been fixin' engines thirty years,\" like I didn't know.'",
                &["Then Dot goes, \"Hank, I been fixin' engines thirty years,\" like I didn't know."],
            ),
            // Plural possessives at or near a quote's end.
            ("'That's the Hendersons'.' She shrugged.", &["That's the Hendersons'."]),
            ("'I fixed the twins' bikes.'", &["I fixed the twins' bikes."]),
            (
                "'Give 'em the boys' toys,' she said.",
                &["Give 'em the boys' toys,"],
            ),
            // A single quote nested in the single one closes before the outer closer.
            ("'He said 'no' to me,' she said.", &["He said 'no' to me,"]),
            // A mark after a letter that closes: no later closer, or an opener first.
            ("Mabel says 'yuck' with great satisfaction.", &["yuck"]),
            (
                "Mabel says 'yuck' and Ollie says 'gross.'",
                &["yuck", "gross."],
            ),
            (
                "Spoilers for 'The Lantern Keepers' if you haven't read it!",
                &["The Lantern Keepers"],
            ),
            ("'Keep talkin' he said.", &["Keep talkin"]),
            ("'Fine' she said, goin' to the window.", &["Fine"]),
            (
                "'Keep talkin' he said, 'I'm listenin'.'",
                &["Keep talkin", "I'm listenin'."],
            ),
            (
                "'Meet the boys' she said, 'and their dog.'",
                &["Meet the boys", "and their dog."],
            ),
            (
                "'Give the boys' toys back' he said.",
                &["Give the boys' toys back"],
            ),
            ("'Fine' she said. 'Cause I said so.'", &["Fine", "Cause I said so."]),
            // A dropped letter before a lower-case word, with a word opened by a mark
            // in mid-clause (`'fore`, `'cross`) before the real closer.
            (
                "'Only thing I'm askin' is who's mindin' the shop. The van's busted, the rent ain't been paid since 'fore Auntie Rose retired\u{2014}'",
                &["Only thing I'm askin' is who's mindin' the shop. The van's busted, the rent ain't been paid since 'fore Auntie Rose retired\u{2014}"],
            ),
            (
                "'Ain't nothin' but a hop 'cross the creek.' He pointed.",
                &["Ain't nothin' but a hop 'cross the creek."],
            ),
            (
                "'I been sayin' so since 'fore you was born, an' I'll keep sayin' it.'",
                &["I been sayin' so since 'fore you was born, an' I'll keep sayin' it."],
            ),
            ("'I know what you're sayin'.'", &["I know what you're sayin'."]),
            ("'What? I'm just sayin'\u{2014}'", &["What? I'm just sayin'\u{2014}"]),
            // Real closes before a lower-case word: with a comma, and without one.
            ("'Go,' she said, pullin' on her boots.", &["Go,"]),
            (
                "'Go,' she said, 'fore I change my mind.'",
                &["Go,", "fore I change my mind."],
            ),
            ("'I'm done' he said.", &["I'm done"]),
            (
                "'I'm done' he said with a 'hmph.'",
                &["I'm done", "hmph."],
            ),
            (
                "'Quit fussin' she says to the 'experts.'",
                &["Quit fussin", "experts."],
            ),
            (
                "'I'm done' he said, 'and I'm goin' home.'",
                &["I'm done", "and I'm goin' home."],
            ),
            (
                "'I'm done' he said. 'Y'all can keep sayin' what you like.'",
                &["I'm done", "Y'all can keep sayin' what you like."],
            ),
            // A word quoted in passing is not a speech: its mark closes before one
            // opened in mid-clause, capital or not.
            (
                "Mabel says 'Yuck' and Ollie says 'gross.'",
                &["Yuck", "gross."],
            ),
            // Leading apostrophes.
            (
                "'Tell 'em I'll be round 'fore dark, 'bout six.'",
                &["Tell 'em I'll be round 'fore dark, 'bout six."],
            ),
            ("'Round here the young'uns sleep early.'", &["Round here the young'uns sleep early."]),
            ("'We like rock 'n' roll an' such.'", &["We like rock 'n' roll an' such."]),
            // Curly marks: ’ is both an apostrophe and the closer.
            (
                "\u{2018}I\u{2019}ve been thinkin\u{2019} about it all week.\u{2019} She sighed. \u{2018}Reckon you have too.\u{2019}",
                &[
                    "I\u{2019}ve been thinkin\u{2019} about it all week.",
                    "Reckon you have too.",
                ],
            ),
            (
                "\u{2018}That\u{2019}s the Carters\u{2019}.\u{2019}",
                &["That\u{2019}s the Carters\u{2019}."],
            ),
            (
                "\u{2018}He called it \u{201C}the lads\u{2019} den,\u{201D} and laughed.\u{2019}",
                &["He called it \u{201C}the lads\u{2019} den,\u{201D} and laughed."],
            ),
            (
                "\u{2018}\u{2019}Course it wasn\u{2019}t.\u{2019}",
                &["\u{2019}Course it wasn\u{2019}t."],
            ),
            ("\u{2018}Go on then\u{2019} she said.", &["Go on then"]),
            (
                "\u{2018}Tell \u{2019}em I said so\u{2019} he muttered, \u{2018}and mean it.\u{2019}",
                &["Tell \u{2019}em I said so", "and mean it."],
            ),
            (
                "\u{2018}Is it.\u{2019} He did not look up from the Joneses\u{2019} letter.",
                &["Is it."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Single), expected, "{text}");
        }
    }

    /// The bug: a dropped g before a full stop or comma (`nothin'.`) closed a long
    /// single quote when its real end was a mark after a letter (`help' he said`,
    /// `help'.`): only `I ent seen nothin` was dialogue and the rest went to the
    /// narrator.
    #[test]
    fn dropped_g_before_punctuation_does_not_close_a_longer_quote() {
        let cases: &[(&str, &[&str])] = &[
            (
                "'I ent seen nothin'. Thass the point. Go an' help' he said.",
                &["I ent seen nothin'. Thass the point. Go an' help"],
            ),
            (
                "'Been up since dawn, mendin'. Nets don't mend themselves' said Gran.",
                &["Been up since dawn, mendin'. Nets don't mend themselves"],
            ),
            (
                "'Quit your pokin', I said. Leave the dog be'. Then she went.",
                &["Quit your pokin', I said. Leave the dog be"],
            ),
            (
                "'Who's askin'? Nobody comes out this way' Tam said, 'not since the flood.'",
                &[
                    "Who's askin'? Nobody comes out this way",
                    "not since the flood.",
                ],
            ),
            // Nothing later ends a speech: the mark closes, with the punctuation outside.
            (
                "'Come in', she said, holding the boys' coats.",
                &["Come in"],
            ),
            ("'Come in', she said. 'Sit.'", &["Come in", "Sit."]),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Single), expected, "{text}");
        }
    }

    /// The bug: in a speech over several paragraphs (no closing mark at the paragraph's
    /// end, an opening one at the next paragraph's start), a dropped g before a full
    /// stop (`nothin'.`) closed the quote, and the rest of the paragraph went to the
    /// narrator. Closing there leaves later marks after a letter (`ringin' soft`)
    /// without an opener; running on to the paragraph's end pairs every mark.
    #[test]
    fn dropped_g_before_punctuation_does_not_close_a_speech_continued_in_the_next_paragraph() {
        // This paragraph, the next one, and its quotes with whether each is closed.
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, bool)]);
        let cases: &[Case] = &[
            (
                "'I never took nothin'. That's the truth of it. You don't hear 'em, not clear. You hear a bell, down by the weir, ringin' soft like someone's callin' the cows. And you think, somebody's late home.",
                "'Then you go and look.'",
                &[("I never took nothin'. That's the truth of it. You don't hear 'em, not clear. You hear a bell, down by the weir, ringin' soft like someone's callin' the cows. And you think, somebody's late home.", false)],
            ),
            (
                "Mags set down her cup. '\u{2026}so we was walkin' home past the Hendersons' barn, and the dog come too.",
                "'Then it run off.'",
                &[("\u{2026}so we was walkin' home past the Hendersons' barn, and the dog come too.", false)],
            ),
            (
                "\u{2018}Who\u{2019}s askin\u{2019}? Nobody comes out this way, not since the mill shut, an\u{2019} the lane\u{2019}s half under water, sloshin\u{2019} about.",
                "\u{2018}Still, you\u{2019}re here.\u{2019}",
                &[("Who\u{2019}s askin\u{2019}? Nobody comes out this way, not since the mill shut, an\u{2019} the lane\u{2019}s half under water, sloshin\u{2019} about.", false)],
            ),
            // A closer, a speech tag, a pronoun, nothing stray later, a word quoted in
            // passing, or no speech to go on with: the mark closes as before.
            ("'I'm leavin'.' Tom shrugged.", "'Fine.'", &[("I'm leavin'.", true)]),
            ("'Come in', she said.", "'Sit.'", &[("Come in", true)]),
            (
                "'Stop pushin', she said, pullin' on her boots.",
                "'Go on.'",
                &[("Stop pushin", true)],
            ),
            (
                "'Stop pushin'. She shoved back.",
                "'Make me.'",
                &[("Stop pushin", true)],
            ),
            (
                "'Quit fussin' she muttered, rollin' her eyes.",
                "'I mean it.'",
                &[("Quit fussin", true)],
            ),
            (
                "'Quit fussin' she shook her head, grinnin' wide.",
                "'I mean it.'",
                &[("Quit fussin", true)],
            ),
            (
                "'Keep walkin' said Tam, noddin' at the gate.",
                "'Go on.'",
                &[("Keep walkin", true)],
            ),
            (
                "Mabel says 'yuck' with great satisfaction, lickin' the spoon.",
                "'More?'",
                &[("yuck", true)],
            ),
            (
                "'Stop pushin'. She shoved back, grinnin' wide.",
                "'Tis a fine day for it.",
                &[("Stop pushin", true)],
            ),
            (
                "'Stop pushin'. She shoved back, grinnin' wide.",
                "She did not stop.",
                &[("Stop pushin", true)],
            ),
        ];
        for (text, next, expected) in cases {
            let found: Vec<(&str, bool)> =
                find_quotes_followed_by(text, QuoteStyle::Single, Some(next))
                    .iter()
                    .map(|span| (&text[span.content.0..span.content.1], span.closed))
                    .collect();
            assert_eq!(&found, expected, "{text} \u{b6} {next}");
        }
    }

    /// The bug: a dropped g before a lower-case word (`Nothin' worth`) closed a single
    /// quote whose end was a later mark after a letter that ends the speech (`havin'` at
    /// the paragraph's end, `about' he said`): read as a closer it leaves that mark
    /// without an opener, as a dropped g before punctuation does.
    #[test]
    fn dropped_g_before_a_word_does_not_close_a_speech_that_ends_later() {
        let cases: &[(&str, &[&str])] = &[
            ("'Nothin' worth havin'", &["Nothin' worth havin"]),
            (
                "'Stop pushin' me about' he said.",
                &["Stop pushin' me about"],
            ),
            (
                "'Been waitin' all mornin', Tam said.",
                &["Been waitin' all mornin"],
            ),
            // A pronoun or a speech tag after the mark, or a word quoted in passing:
            // the mark closes.
            (
                "'Quit fussin' she shook her head, still mutterin'.",
                &["Quit fussin"],
            ),
            (
                "'Keep talkin' said Tam, then, 'I'm listenin'.'",
                &["Keep talkin", "I'm listenin'."],
            ),
            ("Gran says 'stop fussin' every mornin'.", &["stop fussin"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Single), expected, "{text}");
        }
    }

    /// The bug: `o'` (of) before a space closed a straight single quote, when nothing
    /// later settled how the marks pair up; words only ever elided (`o'`, `an'`, `th'`,
    /// `ol'`, `lil'`, `'tis`, `fo'c'sle`) are apostrophes, not marks.
    #[test]
    fn elided_word_apostrophe_does_not_close_a_single_quote() {
        let cases: &[(&str, &[&str])] = &[
            (
                "'Every night o' my life till I were ten. Daft' she said.",
                &["Every night o' my life till I were ten. Daft"],
            ),
            (
                "'Fetch th' lantern an' the ol' dog, lad' Tam said.",
                &["Fetch th' lantern an' the ol' dog, lad"],
            ),
            (
                "'A lil' bit more, an' 'tis done, down in the fo'c'sle' he said.",
                &["A lil' bit more, an' 'tis done, down in the fo'c'sle"],
            ),
            ("'An' then? O' course' she said.", &["An' then? O' course"]),
            // A name, a speech tag, or a word quoted in passing: the mark closes.
            ("'Where's Lil' he asked.", &["Where's Lil"]),
            (
                "'Tell him to go an' she said no more.",
                &["Tell him to go an"],
            ),
            ("Mabel says 'an' and Ollie says 'and.'", &["an", "and."]),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Single), expected, "{text}");
        }
    }

    /// The bug: the second half of a quote split by a tag, opening with a word that can
    /// be an elision (`‘is` for `his`), was read as narration: `‘Nobody,’ said the porter
    /// into the quiet, ‘is to open that crate.’` lost `is to open that crate.`
    #[test]
    fn split_quote_resuming_with_an_elision_word() {
        let cases: &[(&str, &[&str])] = &[
            (
                "\u{2018}Nobody,\u{2019} said the porter into the quiet, \u{2018}is to open \
                 that crate. Mr Lamb, please take the cat out of my hall.\u{2019}",
                &[
                    "Nobody,",
                    "is to open that crate. Mr Lamb, please take the cat out of my hall.",
                ],
            ),
            (
                "'Nobody,' said the warden, 'is leaving before the bell.'",
                &["Nobody,", "is leaving before the bell."],
            ),
            (
                "'Look,' said Tam, 'em that ride the night bus know better.'",
                &["Look,", "em that ride the night bus know better."],
            ),
            // A quote opening with an elision at the paragraph's start.
            ("'Tis a shame, 'tis,' she said.", &["Tis a shame, 'tis,"]),
            // Apostrophes as before: inside a quote, mid-clause, before a quote that
            // opens first, or with no closer after them.
            (
                "\u{2018}Nine, if you count \u{2019}04,\u{2019} said Lyle, \u{2018}which I \
                 do.\u{2019}",
                &["Nine, if you count \u{2019}04,", "which I do."],
            ),
            (
                "'I could've told 'em, but they was goin' anyway,' said Gran.",
                &["I could've told 'em, but they was goin' anyway,"],
            ),
            (
                "He tipped 'is hat to 'em all. 'Evening,' he said.",
                &["Evening,"],
            ),
            ("Then, 'is hat blew off, and 'im after it.", &[]),
            ("'Twas a night of the boys' games.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Single), expected, "{text}");
        }
    }

    /// The bug: a quote whose opening mark the writer left out (`No dogs, no
    /// singing," Mira says.`) was read as narration; only the quote after it was
    /// dialogue. It now opens at the paragraph's start.
    #[test]
    fn quote_missing_its_opening_mark_before_a_tag() {
        let cases: &[(&str, &[&str])] = &[
            (
                "No cats on the counter, no humming at dinner,\" Mira says. \"This house is \
                 a monarchy.\"",
                &[
                    "No cats on the counter, no humming at dinner,",
                    "This house is a monarchy.",
                ],
            ),
            ("Where were you?\" he asked.", &["Where were you?"]),
            // A dash or an ellipsis before the mark is no double mark.
            (
                "No dogs\u{2014}no singing,\" Mira says. \"Fine.\"",
                &["No dogs\u{2014}no singing,", "Fine."],
            ),
            ("Get down!\" shouted Ollie.", &["Get down!"]),
            (
                "Mr. Lamb, sit down,\" said Ida. \"Now.\"",
                &["Mr. Lamb, sit down,", "Now."],
            ),
            (
                "It's late.\u{201D} Bea said. \u{201C}Go to bed.\u{201D}",
                &["It's late.", "Go to bed."],
            ),
            (
                "Fine, fine,\" she says, \"have it your way.\"",
                &["Fine, fine,", "have it your way."],
            ),
            // No tag after the mark, a mark that is not the paragraph's first, an even
            // count, a paragraph that does not start with a word, or a mark after a
            // letter: nothing changes.
            ("The sign said NO DOGS.\" Then it fell.", &[]),
            ("He was tall, maybe six foot two,\" and broad.", &[]),
            (
                "He said \"fine,\" and she said \"good,\" he told us.\" Then he left.",
                &["fine,", "good,"],
            ),
            (
                "No dogs,\" she says. \"No cats,\" he says.\"",
                &["No cats,"],
            ),
            ("...so,\" she said. \"Anyway.\"", &["Anyway."]),
            ("Rose waved. No dogs,\" she said. \"Fine.\"", &["Fine."]),
            ("The plank was 6\" he said.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Double), expected, "{text}");
        }
    }

    /// The bug: a quote opened with one kind of mark and closed with the other at the
    /// paragraph's end (`"Wait, she knew I was coming?'`) kept the stray mark in its
    /// text. It still runs to the paragraph's end, as a quote with no closing mark.
    #[test]
    fn stray_closing_mark_of_the_other_kind_is_not_in_the_text() {
        type Case<'a> = (&'a str, QuoteStyle, &'a [(&'a str, bool)]);
        let cases: &[Case] = &[
            (
                "\"Hold on, you mean she knew I was coming?'",
                QuoteStyle::Double,
                &[("Hold on, you mean she knew I was coming?", false)],
            ),
            (
                "He stared. \u{201C}That was the last train.\u{2019} ",
                QuoteStyle::Double,
                &[("That was the last train.", false)],
            ),
            (
                "'Who left the gate open?\"",
                QuoteStyle::Single,
                &[("Who left the gate open?", false)],
            ),
            (
                "\u{2018}Not again\u{2014}\u{201D}",
                QuoteStyle::Single,
                &[("Not again\u{2014}", false)],
            ),
            // A mark after a letter, a nested quote's closer, or one not at the
            // paragraph's end: part of the text as before.
            (
                "\"I'm just sayin'",
                QuoteStyle::Double,
                &[("I'm just sayin'", false)],
            ),
            (
                "\"She told me 'go home.'",
                QuoteStyle::Double,
                &[("She told me 'go home.'", false)],
            ),
            (
                "'He wrote, \"Dear Sir.\"",
                QuoteStyle::Single,
                &[("He wrote, \"Dear Sir.\"", false)],
            ),
            (
                "\"Wait.' She left.",
                QuoteStyle::Double,
                &[("Wait.' She left.", false)],
            ),
        ];
        for (text, style, expected) in cases {
            assert_eq!(&spans_followed_by(text, *style, None), expected, "{text}");
        }
    }

    /// Quotes, with whether each is closed, of a paragraph followed by `next`.
    fn spans_followed_by<'a>(
        text: &'a str,
        style: QuoteStyle,
        next: Option<&str>,
    ) -> Vec<(&'a str, bool)> {
        find_quotes_followed_by(text, style, next)
            .iter()
            .map(|span| (&text[span.content.0..span.content.1], span.closed))
            .collect()
    }

    /// The bug: in a letter read aloud (`“‘…`), a double mark opening a quote inside
    /// the letter's single one (`that “a painting …”`) was read as a new speech, so the
    /// letter ended before it, the inner quote became a speech of its own and the rest
    /// of the paragraph went to the narrator.
    #[test]
    fn double_quote_inside_a_nested_single_quote_does_not_end_the_speech() {
        let text = "\u{201C}\u{2018}Last spring you told the Harbour Gazette that \u{201C}a \
                    lighthouse is only as good as its keeper\u{2019}s patience.\u{201D} I \
                    admired the remark. I have since put it to the test.";
        let whole = &text["\u{201C}".len()..];
        for next in [
            "\u{201C}\u{2018}Your lamp was lit late on eleven nights.",
            "\u{201C}Your lamp was lit late on eleven nights.",
        ] {
            assert_eq!(
                spans_followed_by(text, QuoteStyle::Double, Some(next)),
                [(whole, false)],
                "{next}"
            );
        }
        // The same with straight marks.
        let text = "\"'Last spring you told the Gazette that \"a lighthouse is only as good \
                    as its keeper's patience.\" I admired the remark.";
        assert_eq!(
            spans_followed_by(text, QuoteStyle::Double, Some("\"'Then I tested it.")),
            [(&text[1..], false)]
        );
    }

    /// Double, then single, then double marks: a quote in a quote in the dialogue.
    #[test]
    fn double_single_double_nesting() {
        let cases: &[(&str, &[&str])] = &[
            (
                "\u{201C}\u{2018}Dear Mrs Abernethy,\u{2019}\u{201D} he read.",
                &["\u{2018}Dear Mrs Abernethy,\u{2019}"],
            ),
            (
                "\u{201C}She wrote \u{2018}tell him \u{201C}never,\u{201D} and mean it\u{2019} in \
                 the margin,\u{201D} said Ida. \u{201C}So I did.\u{201D}",
                &[
                    "She wrote \u{2018}tell him \u{201C}never,\u{201D} and mean it\u{2019} in the margin,",
                    "So I did.",
                ],
            ),
            (
                "\u{201C}\u{2018}You called it \u{201C}a fool\u{2019}s errand\u{201D} and \
                 \u{201C}a waste of good rope.\u{201D} We shall see.\u{2019}\u{201D} Ruth \
                 lowered the page.",
                &["\u{2018}You called it \u{201C}a fool\u{2019}s errand\u{201D} and \
                   \u{201C}a waste of good rope.\u{201D} We shall see.\u{2019}"],
            ),
            (
                "\"'Your column said \"the tide waits for no one.\" Neither do I.'\" Ruth read \
                 it twice.",
                &["'Your column said \"the tide waits for no one.\" Neither do I.'"],
            ),
            // The letter's last paragraph, reopened with the outer mark alone.
            (
                "\u{201C}I remain, madam, your patient servant.\u{2019}\u{201D} He set it down.",
                &["I remain, madam, your patient servant.\u{2019}"],
            ),
            // No quote nested in the dialogue: a mark opening a quote while one is open
            // still means the earlier one was never closed.
            (
                "\u{201C}Tell \u{2019}em I\u{2019}m coming \u{201C}Wait.\u{201D}",
                &["Tell \u{2019}em I\u{2019}m coming", "Wait."],
            ),
            (
                "\u{201C}We like rock \u{2018}n\u{2019} roll \u{201C}Loud.\u{201D}",
                &["We like rock \u{2018}n\u{2019} roll", "Loud."],
            ),
            // A single mark closing a word ends the nested quote: marks pair as before.
            (
                "\u{201C}It was \u{2018}the boys\u{2019} den, \u{201C}Keep out.\u{201D}",
                &["It was \u{2018}the boys\u{2019} den,", "Keep out."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Double), expected, "{text}");
        }
    }

    /// A paragraph ending inside a quote nested in an unclosed speech says so, and the
    /// next one, reopening the speech with its outer mark alone, goes on inside it.
    #[test]
    fn nested_quote_left_open_carries_into_the_next_paragraph() {
        let first = "\u{201C}\u{2018}Last spring you wrote that \u{201C}patience is all.\u{201D} \
                     I agreed.";
        let found = find_quotes_followed_by(first, QuoteStyle::Double, None);
        assert!(found.len() == 1 && !found[0].closed && found[0].nested_open);
        let closed = find_quotes(
            "\u{201C}\u{2018}Dear Sir,\u{2019}\u{201D} he read.",
            QuoteStyle::Double,
        );
        assert!(!closed[0].nested_open);
        let unnested = find_quotes(
            "\u{201C}\u{2018}Dear Sir,\u{2019} I agreed.",
            QuoteStyle::Double,
        );
        assert!(!unnested[0].closed && !unnested[0].nested_open);
        let next = "\u{201C}Then you said \u{201C}the weather.\u{201D} Twice.";
        let contents = |text: &str, nested| {
            find_quotes_continuing(text, QuoteStyle::Double, None, nested)
                .iter()
                .map(|span| text[span.content.0..span.content.1].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(contents(next, true), [&next["\u{201C}".len()..]]);
        assert_eq!(contents(next, false), ["Then you said", "the weather."]);
        // Only a speech reopened at the paragraph's start goes on.
        let later = "He read on. \u{201C}Then you said \u{201C}the weather.\u{201D} Twice.";
        assert_eq!(contents(later, true), ["Then you said", "the weather."]);
    }

    /// Single, then double, then single marks, as a British story nests them.
    #[test]
    fn single_double_single_nesting() {
        let cases: &[(&str, &[&str])] = &[
            (
                "'\"Dear Mrs Abernethy,\"' he read.",
                &["\"Dear Mrs Abernethy,\""],
            ),
            (
                "'He wrote, \"My aunt always said 'never trust a calm sea', and she was \
                 right.\" Then he signed it.' Nell put the letter down.",
                &["He wrote, \"My aunt always said 'never trust a calm sea', and she was \
                   right.\" Then he signed it."],
            ),
            (
                "'She told him, \"Say 'no.'\" And he did.' Tam laughed.",
                &["She told him, \"Say 'no.'\" And he did."],
            ),
            (
                "'\"I remain, madam, your patient servant.\"' He set it down.",
                &["\"I remain, madam, your patient servant.\""],
            ),
            (
                "'I remain, madam, your patient servant.\"' He set it down.",
                &["I remain, madam, your patient servant.\""],
            ),
            (
                "\u{2018}\u{201C}You said \u{2018}a fool\u{2019}s errand.\u{2019} We shall \
                 see.\u{201D}\u{2019} Ruth lowered the page.",
                &["\u{201C}You said \u{2018}a fool\u{2019}s errand.\u{2019} We shall see.\u{201D}"],
            ),
            // A double quote left open: a closing single mark still ends the speech.
            (
                "'He said \"go home.' Then he left.",
                &["He said \"go home."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Single), expected, "{text}");
        }
        // A letter's paragraph with a quote in it and no closing mark, the next one
        // reopening with both marks or the outer one.
        let text = "'\"Last spring you told the Gazette that 'a lighthouse is only as good as \
                    its keeper's patience.' I admired the remark. I have since tested it.";
        for next in ["'\"Your lamp was lit late.", "'Your lamp was lit late."] {
            assert_eq!(
                spans_followed_by(text, QuoteStyle::Single, Some(next)),
                [(&text[1..], false)],
                "{next}"
            );
        }
    }

    #[test]
    fn style_detection() {
        let british = ["'Hello,' she said.", "'Don't,' he said. 'Stop.'"];
        assert_eq!(detect_style(british.iter().copied()), QuoteStyle::Single);
        let american = ["\"Hello,\" she said. \"Don't.\"", "It's 'em."];
        assert_eq!(detect_style(american.iter().copied()), QuoteStyle::Double);
        let translated = [
            "\u{AB}Ferry,\u{BB} said Ilsa. \u{AB}Now.\u{BB}",
            "He read \u{201C}closed\u{201D} on the gate.",
        ];
        assert_eq!(
            detect_style(translated.iter().copied()),
            QuoteStyle::Guillemets
        );
        let french = ["\u{AB}\u{A0}Oui\u{A0}\u{BB}, dit-il. \u{AB}\u{A0}Non.\u{A0}\u{BB}"];
        assert_eq!(detect_style(french.iter().copied()), QuoteStyle::Guillemets);
        let german = ["\u{BB}Komm,\u{AB} sagte Ilsa. \u{BB}Sofort.\u{AB}"];
        assert_eq!(
            detect_style(german.iter().copied()),
            QuoteStyle::ReversedGuillemets
        );
        // Guillemets as a site's arrows or a breadcrumb leave an English story's
        // marks alone.
        let english = [
            "\u{201C}Hello,\u{201D} she said.",
            "\u{AB} Prev | Next \u{BB}",
            "Home \u{BB} Stories \u{BB} Rain",
        ];
        assert_eq!(detect_style(english.iter().copied()), QuoteStyle::Double);
    }

    /// The bug: guillemets were no quote marks, so a translation's dialogue was all
    /// narration. Every other mark inside them is nested, and outside them a curly
    /// quote is a word quoted in passing.
    #[test]
    fn guillemet_table() {
        let cases: &[(&str, &[&str])] = &[
            ("\u{AB}Ferry,\u{BB} said Ilsa.", &["Ferry,"]),
            (
                "\u{AB}The ferryman,\u{BB} said Ilsa, counting coins, \u{AB}wants silver.\u{BB}",
                &["The ferryman,", "wants silver."],
            ),
            (
                "\u{AB}She wrote \u{201E}back by spring\u{201C} and never came.\u{BB}",
                &["She wrote \u{201E}back by spring\u{201C} and never came."],
            ),
            // The nested quote ends the speech.
            (
                "\u{AB}The sign said \u{201E}NO BOATS AFTER DARK.\u{201C}\u{BB}",
                &["The sign said \u{201E}NO BOATS AFTER DARK.\u{201C}"],
            ),
            (
                "\u{AB}It\u{2019}s \u{2018}ours\u{2019} now, isn\u{2019}t it?\u{BB} he asked.",
                &["It\u{2019}s \u{2018}ours\u{2019} now, isn\u{2019}t it?"],
            ),
            ("\u{AB}\u{A0}Oui\u{A0}\u{BB}, dit-il.", &["Oui"]),
            (
                "\u{AB}Outer \u{AB}inner\u{BB} outer.\u{BB}",
                &["Outer \u{AB}inner\u{BB} outer."],
            ),
            ("\u{AB}Not closed yet", &["Not closed yet"]),
            // French reopens a long speech's next paragraph with a closer.
            ("\u{BB} And so we went on.", &[]),
            ("A sign read \u{201C}closed\u{201D} and \"gone\".", &[]),
            ("Footnote after a speech: \u{AB}Tea.\u{BB}[2]", &["Tea."]),
        ];
        for (text, expected) in cases {
            assert_eq!(&contents(text, QuoteStyle::Guillemets), expected, "{text}");
        }
    }

    #[test]
    fn reversed_guillemet_table() {
        let cases: &[(&str, &[&str])] = &[
            ("\u{BB}Komm,\u{AB} sagte Ilsa.", &["Komm,"]),
            (
                "\u{BB}Er rief \u{203A}Halt\u{2039} und lief.\u{AB} Dann: \u{BB}Nein.\u{AB}",
                &["Er rief \u{203A}Halt\u{2039} und lief.", "Nein."],
            ),
            ("Heim \u{BB}\u{AB}", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(
                &contents(text, QuoteStyle::ReversedGuillemets),
                expected,
                "{text}"
            );
        }
    }

    /// The bug: the closing `“` of a low-high pair `„…“` was read as an opening curly
    /// mark, so the speech ended there and a new one ran from it to the paragraph's
    /// end. It closes the low mark's quote.
    #[test]
    fn low_high_pair_table() {
        let double: &[(&str, &[&str])] = &[
            (
                "\u{201C}She wrote \u{201E}back by spring\u{201C} on the card,\u{201D} he said.",
                &["She wrote \u{201E}back by spring\u{201C} on the card,"],
            ),
            (
                "\u{201E}Danke,\u{201C} sagte sie. \u{201E}Bis morgen.\u{201C}",
                &["Danke,", "Bis morgen."],
            ),
            (
                "\u{201E}Er sagte \u{201A}nein\u{2018} und ging.\u{201C} Sie lachte.",
                &["Er sagte \u{201A}nein\u{2018} und ging."],
            ),
            // In narration, a low-high pair is a word quoted in passing, as `“…”` is.
            (
                "Marks inside marks look \u{201E}like this\u{201C}. Then \u{201C}Go,\u{201D} she said.",
                &["like this", "Go,"],
            ),
        ];
        for (text, expected) in double {
            assert_eq!(&contents(text, QuoteStyle::Double), expected, "{text}");
        }
        let text = "'He wrote \u{201E}never\u{201C} twice,' said Tam.";
        assert_eq!(
            contents(text, QuoteStyle::Single),
            ["He wrote \u{201E}never\u{201C} twice,"]
        );
    }
}
