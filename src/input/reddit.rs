//! A Reddit thread copied whole (r/WritingPrompts and the like), from new Reddit
//! (`level 1` / user name / `212 points · 8 hours ago` / … / `Reply Share Report
//! Save`) or old Reddit (`[–]user 212 points 8 hours ago` / … / `permalink embed save
//! parent report give award reply`): where the story is in it.
//!
//! In: the paragraphs of a paste, one line each where the thread's furniture stands
//! (the plain-text reader cuts such blocks line by line). Out: which paragraphs are the
//! story; the rest — the post's header and prompt (`[WP] …`, whose quotes are no
//! dialogue), flair, vote and comment counts, buttons, the bot's sticky comment, every
//! comment's header and footer, part marks (`(1/2)`), others' replies — is chrome.
//!
//! The story is the post's text when that is a story's length (a self-post);
//! otherwise each top-level comment of a story's length that no bot wrote (on
//! r/WritingPrompts every top-level comment is a response), the longest at least, each
//! with the replies its writer chained under it to continue it (`(2/2)`): the next
//! comment when the same writer wrote it one level down, or any of the writer's later
//! comments that opens with a part mark past the first. Replies to readers are not.

use super::chrome::{is_user_name, normalized, talks_to_readers, Role};
use super::page::{is_comment_header, is_nav_line, time_ago_start};

/// The fewest words of a top-level comment taken for a response beside the longest
/// (r/WritingPrompts' own floor for a story).
const STORY_WORDS: usize = 100;

/// The fewest words of the longest top-level comment taken for the story.
const SHORTEST_STORY: usize = 50;

/// How many lines a comment's header (user name, points, time, badges) may have.
const HEADER_LINES: usize = 6;

/// `level 2`: new Reddit's depth of the comment under it (1 is top level).
fn level(text: &str) -> Option<usize> {
    let number = text.trim().strip_prefix("level ")?;
    number.parse().ok().filter(|level| *level >= 1)
}

/// `Posted by u/name 10 hours ago`, `submitted 6 hours ago by name`: the post's byline.
fn is_posted_by(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 120
        && (text.starts_with("Posted by u/")
            || text.starts_with("submitted ") && text.contains(" by "))
}

/// Old Reddit's comment tagline, `[–]hollow_larkspur 233 points 5 hours ago*`: the
/// user name and the rest of the line.
fn tagline(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let rest = ["[–]", "[-]", "[+]", "[—]"]
        .iter()
        .find_map(|mark| text.strip_prefix(mark))?
        .trim_start();
    let name_end = rest
        .find(|character: char| !(character.is_alphanumeric() || matches!(character, '_' | '-')))
        .unwrap_or(rest.len());
    let name = &rest[..name_end];
    let after = &rest[name_end..];
    let words: Vec<&str> = after.split_whitespace().collect();
    let timed = time_ago_start(&words).is_some()
        || after.contains(" ago")
        || after.contains("point")
        || after.contains("stickied");
    (!name.is_empty() && timed && text.len() <= 160).then_some((name, after))
}

/// Words a comment's header line is made of besides counts and a time.
const META_WORDS: &[&str] = &[
    "op", "stickied", "comment", "edited", "score", "hidden", "points", "point", "votes", "vote",
    "mod", "·", "•", "-", "[s]", "[m]", "ago", "just", "now",
];

/// A line of a comment's header: `412 points · 9 hours ago`, `OP · 98 points · 8 hours
/// ago`, `Stickied comment`, `· 8 hr. ago`, `Edited 5 hr. ago`.
fn is_meta(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || text.len() > 80 {
        return false;
    }
    let words: Vec<String> = text
        .split_whitespace()
        .map(|word| word.trim_end_matches(['*', '.']).to_lowercase())
        .collect();
    let known = words.iter().all(|word| {
        META_WORDS.contains(&word.as_str())
            || word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k'))
                && word.starts_with(|c: char| c.is_ascii_digit())
            || time_unit(word)
    });
    // A count of points, a time (`9 hours ago`) or the sticky badge: `point.` or
    // `ago.` alone ends a line of a wrapped sentence.
    let number = |word: &str| word.starts_with(|c: char| c.is_ascii_digit());
    let points = words.windows(2).any(|pair| {
        number(&pair[0]) && matches!(pair[1].as_str(), "points" | "point" | "votes" | "vote")
    });
    let timed = (0..words.len()).any(|end| {
        let window: Vec<&str> = words[..=end].iter().map(String::as_str).collect();
        words[end] == "ago" && time_ago_start(&window).is_some()
    });
    let sticky = words.iter().any(|word| word == "stickied");
    known && (points || timed || sticky)
}

/// `hours`, `hr`, `5h`: a unit of a comment's age.
fn time_unit(word: &str) -> bool {
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit());
    let words = ["1", unit, "ago"];
    !unit.is_empty() && time_ago_start(&words).is_some()
}

/// `sorted by: best`, `Sort By: Best`.
fn is_sort_line(text: &str) -> bool {
    let lower = normalized(text);
    lower.len() <= 40 && (lower.starts_with("sorted by:") || lower.starts_with("sort by:"))
}

/// `r/WritingPrompts` alone on its line: the subreddit's name over the post.
fn is_subreddit(text: &str) -> bool {
    text.trim()
        .strip_prefix("r/")
        .is_some_and(|name| !name.is_empty() && is_user_name(name))
}

/// A line of a thread's furniture that stands alone: a level, a tagline, a comment's
/// header line, the post's byline, the sort order.
pub(crate) fn is_layout_line(text: &str) -> bool {
    level(text).is_some()
        || tagline(text).is_some()
        || is_meta(text)
        || is_posted_by(text)
        || is_sort_line(text)
}

/// Whether a paste is a Reddit thread: two kinds of its furniture.
pub(crate) fn is_thread(texts: &[&str]) -> bool {
    let mut kinds = [false; 7];
    for text in texts {
        let text = text.trim();
        if text.len() > 200 {
            continue;
        }
        kinds[0] |= level(text).is_some();
        kinds[1] |= is_posted_by(text);
        kinds[2] |= is_nav_line(text) && {
            let lower = text.to_lowercase();
            lower.contains("reply") && (lower.contains("share") || lower.contains("permalink"))
        };
        kinds[3] |= is_meta(text);
        kinds[4] |= tagline(text).is_some();
        kinds[5] |= is_sort_line(text);
        kinds[6] |= is_subreddit(text);
    }
    kinds.iter().filter(|kind| **kind).count() >= 2
}

/// A comment as the thread shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Comment {
    /// Its first line (`level N`, the tagline or the user name).
    start: usize,
    /// Its text: from `body` up to `body_end` (exclusive).
    body: usize,
    body_end: usize,
    author: Option<String>,
    /// Its depth: 1 for a top-level comment, `None` when the copy does not say.
    level: Option<usize>,
    /// Whether it replies to another comment, when the copy says (old Reddit's
    /// `parent` button).
    reply: Option<bool>,
    /// The subreddit's bot, or a moderator's sticky.
    bot: bool,
}

impl Comment {
    fn top_level(&self) -> bool {
        self.level
            .map_or(self.reply != Some(true), |level| level == 1)
    }
}

/// The comment whose header starts at `index`, if one does: its header's end, author,
/// level and whether a bot wrote it.
fn header_at(texts: &[&str], index: usize) -> Option<(usize, Option<String>, Option<usize>, bool)> {
    let line = |at: usize| texts.get(at).map(|text| text.trim());
    let text = line(index)?;
    if let Some((name, rest)) = tagline(text) {
        let bot = rest.contains("[M]") || rest.contains("stickied");
        return Some((index + 1, Some(name.to_string()), None, bot));
    }
    if is_comment_header(text) {
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|word| !matches!(*word, "·" | "•"))
            .collect();
        let start = time_ago_start(&words).unwrap_or(0);
        let name = words[..start].join(" ");
        if name.is_empty() {
            return None;
        }
        return Some((index + 1, Some(name), None, false));
    }
    let depth = level(text);
    let mut at = index + usize::from(depth.is_some());
    let mut author = None;
    let mut bot = false;
    let mut meta = false;
    while at < index + HEADER_LINES {
        let Some(text) = line(at) else { break };
        // The name and the points on one line: `writer_a 212 points · 8 hours ago`.
        let named_meta = text
            .split_once(' ')
            .filter(|(name, rest)| is_user_name(name) && is_meta(rest));
        if author.is_none() && !meta && (is_user_name(text) || text == "[deleted]") {
            author = Some(text.to_string());
        } else if let (None, false, Some((name, rest))) = (&author, meta, named_meta) {
            author = Some(name.to_string());
            meta = true;
            bot |= rest.to_lowercase().contains("stickied");
        } else if is_meta(text) {
            meta = true;
            bot |= text.to_lowercase().contains("stickied");
        } else {
            break;
        }
        at += 1;
    }
    // A user name alone may be a word of the story: only a level or a header line
    // under it makes a comment.
    (depth.is_some() && author.is_some() || meta && author.is_some())
        .then_some((at, author, depth, bot))
}

/// A footer line of buttons (`Reply Share Report Save`, `permalink embed save parent
/// report give award reply`), or a lone button with another under it.
fn footer_at(texts: &[&str], index: usize) -> bool {
    let text = texts[index].trim();
    if is_nav_line(text) {
        return true;
    }
    let lone = |text: &str| {
        matches!(
            normalized(text).as_str(),
            "reply" | "share" | "report" | "save" | "give award" | "award" | "follow" | "vote"
        )
    };
    lone(text)
        && texts
            .get(index + 1)
            .is_some_and(|next| lone(next) || is_nav_line(next))
}

/// The thread's comments, in order.
fn comments(texts: &[&str]) -> Vec<Comment> {
    let mut found: Vec<Comment> = Vec::new();
    let mut index = 0;
    while index < texts.len() {
        let Some((body, author, level, bot)) = header_at(texts, index) else {
            index += 1;
            continue;
        };
        found.push(Comment {
            start: index,
            body,
            body_end: texts.len(),
            author,
            level,
            reply: None,
            bot,
        });
        index = body.max(index + 1);
    }
    for position in 0..found.len() {
        let next = found
            .get(position + 1)
            .map_or(texts.len(), |comment| comment.start);
        let comment = &mut found[position];
        let footer = (comment.body..next).find(|&index| footer_at(texts, index));
        comment.body_end = footer.unwrap_or(next);
        if let Some(footer) = footer {
            let buttons = texts[footer].to_lowercase();
            if buttons.contains("permalink") {
                comment.reply = Some(buttons.contains("parent"));
            }
        }
        let body = &texts[comment.body..comment.body_end];
        comment.bot |= comment
            .author
            .as_deref()
            .is_some_and(|author| author.eq_ignore_ascii_case("automoderator"))
            || body.iter().any(|text| text.contains("I am a bot"));
    }
    found
}

/// The part a part mark names: `(1/2)` → 1, `[2/2]`, `Part 2`, `Part 2 of 3`, `Pt. 3`.
pub(crate) fn part_mark(text: &str) -> Option<usize> {
    let text = text
        .trim()
        .trim_matches(['*', '_', '(', ')', '[', ']', ' ']);
    if text.len() > 16 {
        return None;
    }
    let lower = text.to_lowercase();
    let (rest, named) = match ["part ", "pt. ", "pt "]
        .iter()
        .find_map(|prefix| lower.strip_prefix(prefix))
    {
        Some(rest) => (rest.trim(), true),
        None => (lower.as_str(), false),
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let part: usize = digits.parse().ok()?;
    let after = rest[digits.len()..].trim();
    let total = after
        .strip_prefix('/')
        .or_else(|| after.strip_prefix("of "))
        .map(str::trim);
    let counted = total.is_some_and(|total| {
        !total.is_empty() && total.chars().all(|c| c.is_ascii_digit() || c == '?')
    });
    (counted || named && after.is_empty()).then_some(part)
}

fn words(texts: &[&str]) -> usize {
    texts
        .iter()
        .map(|text| text.split_whitespace().count())
        .sum()
}

/// `[WP]`, `[EU]`, …: a writing prompt's tag, which opens a prompt's title.
pub(crate) fn is_prompt(text: &str) -> bool {
    let text = text.trim_start();
    let Some(rest) = text.strip_prefix('[') else {
        return false;
    };
    let tag: String = rest.chars().take_while(|c| *c != ']').collect();
    rest.len() > tag.len()
        && matches!(
            tag.to_uppercase().as_str(),
            "WP" | "EU" | "IP" | "PI" | "CW" | "TT" | "MP" | "RF" | "SP" | "OT" | "PM" | "FF"
        )
}

/// A writer's `Edit: thanks for the gold!` in a story comment, also in italics or bold
/// (`*Edit: thank you for the silver!*`), as Reddit's markdown writes it.
fn is_edit_note(text: &str) -> bool {
    let lower = normalized(text);
    let lower = lower.trim_start_matches(['*', '_']);
    let rest = lower
        .strip_prefix("edit")
        .or_else(|| lower.strip_prefix("eta"))
        .map(|rest| rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' '));
    rest.is_some_and(|rest| rest.starts_with(':'))
}

/// A vote count alone on its line (`1.8K`, `412`): new Reddit copies a comment's score
/// under its text, over its buttons.
fn is_vote_count(text: &str) -> bool {
    let text = text.trim();
    let number = text.trim_end_matches(['k', 'K', 'm', 'M']);
    text.len() <= 8
        && number.starts_with(|character: char| character.is_ascii_digit())
        && number
            .chars()
            .all(|character| character.is_ascii_digit() || matches!(character, '.' | ','))
}

/// A plug under a story for the writer's own subreddit: `… over at r/TinfoilSonnets`.
fn is_plug(text: &str) -> bool {
    text.len() <= 300
        && text
            .split_whitespace()
            .any(|word| word.starts_with("r/") && word.len() > 2)
        && talks_to_readers(text)
        || text.len() <= 300
            && text.contains(" r/")
            && [
                "more",
                "check out",
                "visit",
                "subscribe",
                "over at",
                "find me",
            ]
            .iter()
            .any(|word| normalized(text).contains(word))
}

/// A response at `position` and the comments its writer chained under it: the next
/// comment, one level down, while the same writer wrote it; then any of the writer's
/// later comments that opens with a later part (`(2/2)`).
fn chain(texts: &[&str], comments: &[Comment], position: usize) -> Vec<usize> {
    let mut chain = vec![position];
    let author = &comments[position].author;
    let mut previous = position;
    for next in position + 1..comments.len() {
        let (before, comment) = (&comments[previous], &comments[next]);
        let deeper = match (before.level, comment.level) {
            (Some(before), Some(level)) => level == before + 1,
            _ => comment.reply != Some(false),
        };
        if comment.author != *author || !deeper {
            break;
        }
        chain.push(next);
        previous = next;
    }
    for (next, comment) in comments.iter().enumerate().skip(previous + 1) {
        let opens_part = texts[comment.body..comment.body_end]
            .first()
            .and_then(|text| part_mark(text))
            .is_some_and(|part| part >= 2);
        if comment.author == *author && opens_part {
            chain.push(next);
        }
    }
    chain
}

/// Sets the roles of a thread's paragraphs: chrome for all but the story's, which keep
/// theirs (part marks are chrome, a writer's edits notes).
pub(crate) fn read_thread(texts: &[&str], roles: &mut [Role]) {
    let comments = comments(texts);
    let post_end = comments
        .first()
        .map_or(texts.len(), |comment| comment.start);
    let mut story = vec![false; texts.len()];
    // A self-post: the post's prose is the story.
    let prose: Vec<usize> = (0..post_end)
        .filter(|&index| {
            let text = texts[index];
            text.split_whitespace().count() >= 8
                && !is_prompt(text)
                && !is_posted_by(text)
                && !is_nav_line(text)
        })
        .collect();
    let prose_words: usize = prose
        .iter()
        .map(|&index| texts[index].split_whitespace().count())
        .sum();
    // The story's stretches: the post's text, or each story comment's.
    let mut bodies: Vec<(usize, usize)> = Vec::new();
    if let (Some(&first), Some(&last), true) =
        (prose.first(), prose.last(), prose_words >= STORY_WORDS)
    {
        story[first..=last].fill(true);
        bodies.push((first, last + 1));
    } else {
        let length = |comment: &Comment| words(&texts[comment.body..comment.body_end]);
        let responses: Vec<usize> = (0..comments.len())
            .filter(|&position| {
                let comment = &comments[position];
                comment.top_level()
                    && !comment.bot
                    && comment
                        .author
                        .as_deref()
                        .is_some_and(|author| author != "[deleted]")
            })
            .collect();
        // Each response with the writer's replies that continue it.
        let chains: Vec<Vec<usize>> = responses
            .iter()
            .map(|&position| chain(texts, &comments, position))
            .collect();
        let chain_words = |chain: &Vec<usize>| -> usize {
            chain
                .iter()
                .map(|&position| length(&comments[position]))
                .sum()
        };
        let longest = chains
            .iter()
            .enumerate()
            .max_by_key(|(order, chain)| (chain_words(chain), usize::MAX - order))
            .filter(|(_, chain)| chain_words(chain) >= SHORTEST_STORY)
            .map(|(order, _)| order);
        let mut taken = vec![false; comments.len()];
        for (order, chain) in chains.iter().enumerate() {
            if Some(order) == longest || chain_words(chain) >= STORY_WORDS {
                for &position in chain {
                    taken[position] = true;
                }
            }
        }
        for (comment, taken) in comments.iter().zip(&taken) {
            if *taken {
                story[comment.body..comment.body_end].fill(true);
                bodies.push((comment.body, comment.body_end));
            }
        }
    }
    for index in 0..texts.len() {
        if !story[index] || part_mark(texts[index]).is_some() {
            roles[index] = Role::Chrome;
        } else if is_edit_note(texts[index]) {
            roles[index] = Role::Note;
        }
    }
    // A story comment's last lines may thank readers or plug the writer's subreddit;
    // under them, its score. A count higher up may be the story's (`3`, `2`, `1`).
    for (start, end) in bodies {
        for index in (start..end).rev() {
            if roles[index] == Role::Chrome {
                continue;
            }
            if is_vote_count(texts[index]) {
                roles[index] = Role::Chrome;
                continue;
            }
            if talks_to_readers(texts[index]) || is_plug(texts[index]) {
                roles[index] = Role::Note;
            } else {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_lines() {
        assert_eq!(level("level 2"), Some(2));
        assert_eq!(level("Level 2 Cartographer"), None);
        assert!(is_posted_by("Posted by u/gullwing_letters"));
        assert!(is_posted_by("submitted 6 hours ago by quince_and_kettle"));
        assert_eq!(
            tagline("[–]hollow_larkspur 233 points 5 hours ago*"),
            Some(("hollow_larkspur", " 233 points 5 hours ago*"))
        );
        assert_eq!(tagline("[–] and then she left"), None);
        for (text, expected) in [
            ("412 points · 9 hours ago", true),
            ("OP · 98 points · 8 hours ago", true),
            ("1 point · 10 hours ago", true),
            ("Stickied comment", true),
            ("· 8 hr. ago", true),
            ("Edited 5 hr. ago", true),
            ("3 points", true),
            ("Points of order", false),
            ("point.", false),
            ("ago.", false),
            ("hours ago", false),
            ("Ten points to Gryffindor", false),
        ] {
            assert_eq!(is_meta(text), expected, "{text}");
        }
    }

    #[test]
    fn part_marks() {
        for (text, expected) in [
            ("(1/2)", Some(1)),
            ("[2/2]", Some(2)),
            ("2/3", Some(2)),
            ("Part 2", Some(2)),
            ("**Part 2 of 3**", Some(2)),
            ("Pt. 3", Some(3)),
            ("1/2 cup of flour", None),
            ("Part of me", None),
            ("2", None),
        ] {
            assert_eq!(part_mark(text), expected, "{text}");
        }
    }

    #[test]
    fn prompts_and_edits() {
        assert!(is_prompt("[WP] The sea writes back."));
        assert!(is_prompt("[EU] Hogwarts, but it's a lighthouse."));
        assert!(!is_prompt("[Quest updated: The Goblin Toll]"));
        assert!(is_edit_note("Edit: thanks for the gold!"));
        assert!(is_edit_note("EDIT 2: typo"));
        assert!(is_edit_note(
            "*Edit: thank you for the silver, kind stranger!*"
        ));
        assert!(is_edit_note("**ETA:** part two is up"));
        assert!(!is_edit_note("Editors never sleep."));
    }

    fn roles(texts: &[&str]) -> Vec<Role> {
        let mut roles = vec![Role::Story; texts.len()];
        read_thread(texts, &mut roles);
        roles
    }

    /// The bug: a Reddit thread was read whole: the post's header and prompt, the
    /// bot's sticky, every comment's header and buttons, readers' replies.
    #[test]
    fn reddit_thread_keeps_only_the_writers_chain() {
        use Role::{Chrome as C, Note as N, Story as S};
        let long = "word ".repeat(120);
        let texts = [
            "r/WritingPrompts",
            "Posted by u/prompter_1",
            "[WP] The sea writes back: \"stop.\"",
            "level 1",
            "AutoModerator",
            "1 point · 2 hours ago",
            "Stickied comment",
            "Welcome! I am a bot.",
            "Reply Share Report Save",
            "level 1",
            "writer_a",
            "90 points · 2 hours ago",
            "(1/2)",
            long.as_str(),
            "\"Reply,\" she said.",
            "Reply Share Report Save",
            "level 2",
            "writer_a",
            "40 points · 2 hours ago",
            "(2/2)",
            "The end of it.",
            "Thanks for reading! More at r/WriterA.",
            "Reply Share Report Save",
            "level 3",
            "reader_b",
            "5 points · 1 hour ago",
            "\"The end of it\" got me.",
            "Reply Share Report Save",
            "level 4",
            "writer_a",
            "3 points · 1 hour ago",
            "Thank you!!",
            "Reply Share Report Save",
        ];
        let expected = [
            C, C, C, C, C, C, C, C, C, // post and sticky
            C, C, C, C, S, S, C, // part one
            C, C, C, C, S, N, C, // part two
            C, C, C, C, C, // a reader's reply
            C, C, C, C, C, // the writer's answer to it
        ];
        assert_eq!(roles(&texts), expected);
    }

    /// A lone `Reply` in a story comment is story; two buttons in a row are a footer.
    #[test]
    fn a_reply_said_in_the_story_is_story() {
        use Role::{Chrome as C, Story as S};
        let long = "word ".repeat(120);
        let texts = [
            "level 1",
            "writer_a",
            "90 points · 2 hours ago",
            long.as_str(),
            "Reply",
            "He pressed it anyway.",
            "Reply",
            "Share",
            "level 1",
            "reader_b",
            "1 point · 1 hour ago",
            "Nice.",
        ];
        assert_eq!(roles(&texts), [C, C, C, S, S, S, C, C, C, C, C, C]);
    }

    /// The name and the points on one line make a comment's header too.
    #[test]
    fn a_header_on_one_line() {
        use Role::{Chrome as C, Story as S};
        let long = "word ".repeat(120);
        let texts = [
            "level 1",
            "writer_a 90 points · 2 hours ago",
            long.as_str(),
            "Reply Share Report Save",
            "level 2",
            "reader_b OP · 5 points · 1 hour ago",
            "So good.",
        ];
        assert_eq!(roles(&texts), [C, C, S, C, C, C, C]);
    }

    /// The bug: a story comment copied from new Reddit ended with an edit in italics
    /// (`*Edit: …*`), read as narration with its asterisks, and the comment's score
    /// (`1.8K`), read as narration. The edit is a note, the score the site's; a count
    /// inside the story is the story's.
    #[test]
    fn an_italic_edit_and_the_score_under_a_story_are_not_story() {
        use Role::{Chrome as C, Note as N, Story as S};
        let long = "word ".repeat(120);
        let texts = [
            "level 1",
            "writer_a",
            "90 points · 2 hours ago",
            long.as_str(),
            "3",
            "The lift doors opened.",
            "*Edit: thank you for the silver, kind stranger!*",
            "1.8K",
            "Reply Share Report Save",
        ];
        assert_eq!(roles(&texts), [C, C, C, S, S, S, N, C, C]);
        assert!(is_vote_count("412"));
        assert!(!is_vote_count("1.8 kilos"));
    }

    /// A self-post is the story; its comments are not.
    #[test]
    fn a_self_post_is_the_story() {
        use Role::{Chrome as C, Story as S};
        let long = "The radio played all night and nobody turned it off. ".repeat(12);
        let texts = [
            "r/shortstories",
            "Posted by u/writer_a",
            "The Radio",
            long.as_str(),
            "\"Off,\" she said.",
            long.as_str(),
            "12 comments",
            "level 1",
            "reader_b",
            "4 points · 1 hour ago",
            long.as_str(),
        ];
        assert_eq!(roles(&texts), [C, C, C, S, S, S, C, C, C, C, C]);
    }

    #[test]
    fn threads_need_two_kinds_of_furniture() {
        assert!(is_thread(&["level 1", "writer_a", "9 points · 1 hour ago"]));
        assert!(!is_thread(&["level 1", "The dungeon door opened."]));
        assert!(!is_thread(&[
            "She posted it on r/BreadCrimes.",
            "It had 3 points."
        ]));
    }
}
