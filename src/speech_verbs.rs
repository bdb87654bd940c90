//! The verbs that make a clause a speech tag (`said`, `whispered`, `snapped`), in the
//! forms stories use them: the past tense of novels, the `-s` present of much fan
//! fiction (`she groans`), and the bare present after `I`, `you`, `we`, `they`.
//!
//! Shared by the segmenter (is `'I'm done' he said` a closed quote and a tag?) and the
//! attributor (which clause next to a quote is its tag?).

/// Verbs that make a clause a speech tag, in the forms stories use them.
const SPEECH_VERBS: &[&str] = &[
    "accused",
    "acknowledged",
    "added",
    "admitted",
    "admonished",
    "advised",
    "agreed",
    "announced",
    "answered",
    "apologized",
    "apologised",
    "argued",
    "asked",
    "asks",
    "assented",
    "assured",
    "babbled",
    "barked",
    "bawled",
    "beamed",
    "began",
    "begged",
    "bellowed",
    "blurted",
    "boasted",
    "boomed",
    "breathed",
    "called",
    "calls",
    "cautioned",
    "chided",
    "chimed",
    "chirped",
    "chuckled",
    "commanded",
    "commented",
    "complained",
    "conceded",
    "concluded",
    "confessed",
    "confided",
    "confirmed",
    "continued",
    "continues",
    "corrected",
    "coughed",
    "croaked",
    "cried",
    "cries",
    "crowed",
    "declared",
    "demanded",
    "denied",
    "drawled",
    "echoed",
    "ejaculated",
    "emphasized",
    "encouraged",
    "exclaimed",
    "exclaims",
    "explained",
    "explains",
    "faltered",
    "fumed",
    "gasped",
    "giggled",
    "greeted",
    "groaned",
    "growled",
    "grumbled",
    "grunted",
    "guessed",
    "gushed",
    "hazarded",
    "hinted",
    "hissed",
    "hollered",
    "howled",
    "hummed",
    "huffed",
    "implored",
    "inquired",
    "inquires",
    "enquired",
    "insisted",
    "instructed",
    "interjected",
    "interposed",
    "interrupted",
    "joked",
    "lamented",
    "laughed",
    "lied",
    "lisped",
    "moaned",
    "mocked",
    "mourned",
    "mumbled",
    "murmured",
    "murmurs",
    "mused",
    "muttered",
    "mutters",
    "nagged",
    "noted",
    "objected",
    "observed",
    "offered",
    "ordered",
    "panted",
    "persisted",
    "pleaded",
    "pled",
    "pointed",
    "pondered",
    "prayed",
    "proceeded",
    "proclaimed",
    "promised",
    "proposed",
    "protested",
    "purred",
    "pursued",
    "put",
    "queried",
    "quipped",
    "questioned",
    "quoth",
    "raged",
    "rasped",
    // Reading a letter aloud: `"My dear Agnes," she read.`
    "read",
    "reasoned",
    "recalled",
    "recommended",
    "reflected",
    "rejoined",
    "remarked",
    "remarks",
    "reminded",
    "remonstrated",
    "repeated",
    "repeats",
    "replied",
    "replies",
    "reported",
    "reproached",
    "resumed",
    "retorted",
    "returned",
    "roared",
    "said",
    "says",
    "scoffed",
    "scolded",
    "screamed",
    "screeched",
    "shouted",
    "shouts",
    "shrieked",
    "shrugged",
    "sighed",
    "sighs",
    "smiled",
    "smirked",
    "snapped",
    "snarled",
    "sneered",
    "sniffed",
    "sniffled",
    "snorted",
    "sobbed",
    "spat",
    "spoke",
    "sputtered",
    "squealed",
    "squeaked",
    "stammered",
    "stated",
    "stormed",
    "stuttered",
    "suggested",
    "suggests",
    "supposed",
    "surmised",
    "swore",
    "taunted",
    "teased",
    "thought",
    "threatened",
    "thundered",
    "told",
    "urged",
    "uttered",
    "ventured",
    "vowed",
    "wailed",
    "warned",
    "went",
    "whimpered",
    "whined",
    "whispered",
    "whispers",
    "wondered",
    "yelled",
    "yells",
    "yelped",
    // Common in fan fiction: finishing another's sentence, answering, teasing.
    "responded",
    "finished",
    "supplied",
    "prompted",
    "countered",
    "clarified",
    "informed",
    "mouthed",
    "cooed",
    "sang",
    "deadpanned",
    "intoned",
    "cackled",
    "snickered",
    "sniggered",
    "wheezed",
    "choked",
    "volunteered",
    "relented",
    "reassured",
    "soothed",
    "hedged",
    "groused",
    "jeered",
    "rumbled",
    "crooned",
    "recited",
    "amended",
    "managed",
    "mimicked",
    "parroted",
    "grated",
    "slurred",
    "coaxed",
    "needled",
    "trailed",
    "pressed",
    "cajoled",
    "reiterated",
    "reasserted",
    "marveled",
    "marvelled",
    "sassed",
    "grinned",
    "nodded",
    "say",
    "ask",
    "reply",
    "cry",
    "whisper",
    "add",
    "answer",
];

/// A listed speech verb, or its present tense with `he`/`she`/a name (`groans`,
/// `replies`): much fan fiction is told in the present, and the list holds the past
/// forms novels use.
pub fn is_speech_verb(word: &str) -> bool {
    let lower = word.to_lowercase();
    listed(&lower)
        || third_person_past_forms(&lower)
            .iter()
            .any(|form| listed(form))
}

/// A verb's bare present (`you groan`, `I begin`), which is only a speech verb right
/// after `I`, `you`, `we` or `they`: elsewhere it is an infinitive or a noun.
pub fn is_bare_speech_verb(word: &str) -> bool {
    let lower = word.to_lowercase();
    // `not` + `ed` spells `noted`.
    if lower == "not" {
        return false;
    }
    if let Some(&(_, _, past)) = IRREGULAR.iter().find(|(bare, _, _)| *bare == lower) {
        return listed(past);
    }
    let mut forms = vec![regular_past(&lower)];
    if let Some(stem) = lower.strip_suffix('y') {
        forms.push(format!("{stem}ied"));
    }
    if let Some(last) = doubling(&lower) {
        forms.push(format!("{lower}{last}ed"));
    }
    forms.iter().any(|form| listed(form))
}

fn listed(word: &str) -> bool {
    // Asked for words around every quote: a binary search, not a scan of the list.
    SORTED_SPEECH_VERBS.binary_search(&word).is_ok()
}

/// [`SPEECH_VERBS`] in `str` order, sorted at compile time.
const SORTED_SPEECH_VERBS: [&str; SPEECH_VERBS.len()] = sorted(SPEECH_VERBS);

/// `words` sorted as `str` orders them (bytes, then length), by insertion.
const fn sorted<const N: usize>(words: &[&'static str]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut index = 0;
    while index < N {
        out[index] = words[index];
        let mut slot = index;
        while slot > 0 && precedes(out[slot], out[slot - 1]) {
            let earlier = out[slot - 1];
            out[slot - 1] = out[slot];
            out[slot] = earlier;
            slot -= 1;
        }
        index += 1;
    }
    out
}

/// `left < right` as `str`'s `Ord` has it.
const fn precedes(left: &str, right: &str) -> bool {
    let (left, right) = (left.as_bytes(), right.as_bytes());
    let mut index = 0;
    while index < left.len() && index < right.len() {
        if left[index] != right[index] {
            return left[index] < right[index];
        }
        index += 1;
    }
    left.len() < right.len()
}

/// Irregular verbs: bare present, `-s` present, and the past form the list holds.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("say", "says", "said"),
    ("begin", "begins", "began"),
    ("speak", "speaks", "spoke"),
    ("swear", "swears", "swore"),
    ("spit", "spits", "spat"),
    ("tell", "tells", "told"),
    ("go", "goes", "went"),
    ("read", "reads", "read"),
    ("sing", "sings", "sang"),
];

/// The past forms an `-s` present could have (`replies` → `replied`, `snaps` →
/// `snapped`, `sneers` → `sneered`); most are not words at all, which is harmless
/// since they are only looked up in the verb list.
fn third_person_past_forms(word: &str) -> Vec<String> {
    if let Some(&(_, _, past)) = IRREGULAR.iter().find(|(_, present, _)| *present == word) {
        return vec![past.to_string()];
    }
    // `guess`, `hiss`: a bare verb, not an `-s` form.
    let Some(base) = word.strip_suffix('s').filter(|base| !base.ends_with('s')) else {
        return Vec::new();
    };
    let mut forms = Vec::with_capacity(5);
    if let Some(stem) = word.strip_suffix("ies") {
        forms.push(format!("{stem}ied"));
    }
    if let Some(stem) = word.strip_suffix("es") {
        forms.push(format!("{stem}ed"));
    }
    forms.push(regular_past(base));
    if let Some(last) = doubling(base) {
        forms.push(format!("{base}{last}ed"));
    }
    forms
}

/// `-d` after a silent `e` (`smile` → `smiled`), else `-ed` (`groan` → `groaned`, and
/// never `not` → `noted`).
fn regular_past(base: &str) -> String {
    if base.ends_with('e') {
        format!("{base}d")
    } else {
        format!("{base}ed")
    }
}

/// The consonant a short verb doubles before `-ed` (`snap` → `snapped`).
fn doubling(base: &str) -> Option<char> {
    base.chars()
        .last()
        .filter(|last| !"aeiouwy".contains(*last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verb_table() {
        for (word, expected) in [
            ("said", true),
            ("says", true),
            ("replies", true),
            ("snaps", true),
            // Finishing another's sentence, answering, in any tense.
            ("finished", true),
            ("finishes", true),
            ("responded", true),
            ("responds", true),
            ("supplied", true),
            ("sang", true),
            ("sings", true),
            // `The Rabbit started violently`: a start is not a tag.
            ("started", false),
            ("table", false),
            ("guess", false),
        ] {
            assert_eq!(is_speech_verb(word), expected, "{word}");
        }
        for (word, expected) in [("respond", true), ("finish", true), ("not", false)] {
            assert_eq!(is_bare_speech_verb(word), expected, "{word}");
        }
    }

    #[test]
    fn the_sorted_list_is_the_list_sorted() {
        let mut expected = SPEECH_VERBS.to_vec();
        expected.sort_unstable();
        assert_eq!(SORTED_SPEECH_VERBS.to_vec(), expected);
        assert!(SPEECH_VERBS.iter().all(|verb| listed(verb)));
        assert!(!listed("table") && !listed(""));
    }
}
