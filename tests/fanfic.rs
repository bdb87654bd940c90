//! Fan fiction the attributor was not written against: every quote of every story in
//! tests/fixtures/fanfic must be found, in order, through `script --json`, and get its
//! gold speaker.
//!
//! Each fixture is a story (`NAME.txt`), its cast (`NAME.cast.toml`) and the gold
//! speaker of every quoted span in order (`NAME.gold.tsv`: the quote's first words, a
//! tab, the cast id). A failure prints every mismatch, not just the first.
//!
//! The goal is every speaker right. Until then each story names the lines it still
//! gets wrong (by their first words), so a fix passes and a new miss fails.

mod common;

use std::path::Path;

use common::Run;

/// One expected quote: its first words and its speaker's cast id.
struct Gold {
    start: String,
    speaker: String,
}

fn read_gold(path: &Path) -> Vec<Gold> {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (start, speaker) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{}: no tab in {line:?}", path.display()));
            Gold {
                start: start.to_string(),
                speaker: speaker.trim().to_string(),
            }
        })
        .collect()
}

/// Runs `script --json` on the fixture and checks every dialogue record against the
/// gold; the quotes whose gold first words are one of `known_misses` may have another
/// speaker.
fn check(name: &str, known_misses: &[&str]) {
    let (gold, dialogue) = gold_and_dialogue("fanfic", name);

    let mut rows = Vec::new();
    for index in 0..gold.len().max(dialogue.len()) {
        let expected = gold.get(index);
        let got = dialogue.get(index);
        let text_matches = match (expected, got) {
            (Some(expected), Some((text, _))) => text.starts_with(&expected.start),
            _ => false,
        };
        let speaker_matches = match (expected, got) {
            (Some(expected), Some((_, speaker))) => *speaker == expected.speaker,
            _ => false,
        };
        if text_matches && speaker_matches {
            continue;
        }
        // A known miss names the gold line by its exact first words, so `I know.`
        // does not excuse `I know. I just want to.` too.
        let known =
            expected.is_some_and(|expected| known_misses.contains(&expected.start.as_str()));
        if text_matches && known {
            continue;
        }
        let start = match (expected, got) {
            (Some(expected), _) if text_matches => expected.start.clone(),
            (expected, got) => format!(
                "want {:?}, found {:?}",
                expected.map_or("(no more quotes)", |expected| expected.start.as_str()),
                got.map_or("(no more quotes)".to_string(), |(text, _)| short(text)),
            ),
        };
        rows.push(format!(
            "{:>3}  {:<50}  {:<8}  {}",
            index + 1,
            start,
            expected.map_or("-", |expected| expected.speaker.as_str()),
            got.map_or("-", |(_, speaker)| speaker.as_str()),
        ));
        // Once the quotes are out of step every later row would differ too.
        if !text_matches {
            break;
        }
    }
    assert!(
        rows.is_empty(),
        "{name}: {} of {} quotes wrong\n  #  {:<50}  {:<8}  got\n{}",
        rows.len(),
        gold.len(),
        "quote start",
        "want",
        rows.join("\n")
    );
}

/// The gold of a story of `tests/fixtures/FOLDER`, and the (text, speaker) of each
/// dialogue record `script --json` gives it.
fn gold_and_dialogue(folder: &str, name: &str) -> (Vec<Gold>, Vec<(String, String)>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder);
    let read = |extension: &str| {
        let path = root.join(format!("{name}.{extension}"));
        std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    };
    let gold = read_gold(&root.join(format!("{name}.gold.tsv")));
    let outcome = Run::new()
        .file("story.txt", read("txt"))
        .file("cast.toml", read("cast.toml"))
        .args(&["script", "story.txt", "--cast", "cast.toml", "--json"])
        .run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let dialogue: Vec<(String, String)> = outcome
        .records()
        .iter()
        .filter(|record| record["kind"] == "dialogue")
        .map(|record| {
            (
                record["text"].as_str().unwrap_or_default().to_string(),
                record["speaker"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    (gold, dialogue)
}

/// The first words of a quote, for the mismatch table.
fn short(text: &str) -> String {
    text.chars().take(40).collect()
}

#[test]
fn ashes_of_the_meridian() {
    check(
        "ashes-of-the-meridian",
        &[
            "You called me sweetheart",
            "I did.",
            "Ilsa has been running a betting pool",
        ],
    );
}

#[test]
fn detention_with_thorne() {
    // Only the meaning says it is the professor: the narration between is
    // "I elbowed him. He elbowed me back." `Is it also a lovely evening, Mr
    // Fenwick?` answers Fen's `Evening, sir.`, a close call that refits flip.
    check("detention-with-thorne", &["Both of you. My office. Now."]);
}

#[test]
fn dont_spill_the_coffee() {
    check("dont-spill-the-coffee", &[]);
}

#[test]
fn the_pilbeam_affair() {
    // Three people question the landlady; the inspector's questions go to the
    // doctor, who was named last and whose beat comes two lines later.
    check(
        "the-pilbeam-affair",
        &[
            "Who was Arthur to you",
            "And the Colonel?",
            "Only a fortnight?",
            "Did you tell anyone?",
        ],
    );
}

#[test]
fn night_patrol() {
    // Lines over a comm from someone who is not in the scene, all right since the
    // device signal and `you` counted only as a subject.
    check("night-patrol", &["NOVA."]);
}

#[test]
fn the_queens_blade() {
    // The first-person narrator is never the most recently named; and only the
    // story knows who calls the Queen "Mother".
    check("the-queens-blade", &["You sent for me, Majesty?", "Mother"]);
}

#[test]
fn the_hollow_road() {
    // `"How do you know?" Rafe asked` answers the `she` who said someone was coming;
    // the aunt at the stove, named last, outscores her by 0.2.
    check(
        "the-hollow-road",
        &["The dog stopped barking.", "The neighbour does."],
    );
}

#[test]
fn sweater_weather() {
    // `a familiar voice yells back`: only the line before (`PAY UP, LEO!`) says who.
    check(
        "sweater-weather",
        &[
            "Oh, I really do.",
            "Period guy. Be strong.",
            "She hasn’t said anything, Harp,",
            "I have NOT—",
        ],
    );
}

#[test]
fn low_orbit() {
    // Nell is on the intercom: `Tell her yourself.` answers a line about her, not
    // to her. `came the reply` names no one; the reply is from the one the line
    // before addressed.
    check("low-orbit", &["Tell her yourself."]);
}

#[test]
fn the_skerries_light() {
    // One side of a phone call: the boy listening in the hall wins the
    // alternation with his grandfather on the telephone. `she told him sternly` ¶
    // `Yes, Mrs D.`: the pronoun's object answers; a close call that refits flip.
    check(
        "the-skerries-light",
        &[
            "It says no more than two.",
            "Yes, the Captain.",
            "Ruth. What the devil",
            "No. No, don’t you dare",
        ],
    );
}

// The four below were written blind, after the ten above, and scored 222 of 279
// before anything was changed for them. Since then every fit learns from them too.

#[test]
fn graveyard_shift() {
    // Callers on a radio phone-in. `a man cleared his throat` is now read as Walt,
    // named later, but `The voice that answered was a girl's` brings June in with
    // no person noun of its own, so the producer in the booth wins her untagged
    // lines; in the three-way call the host takes Walt's.
    check(
        "graveyard-shift",
        &[
            "I do. But I want",
            "Oh my god, hi.",
            "Do I have to say?",
            "Okay. Line Three.",
            "That sucks.",
            "My mom's a nurse,",
            "Is that why you do",
            "Let them.",
            "I was listening to the",
            "Hello, June.",
            "For real. And I want",
            "You leave the light on",
            "Good girl.",
        ],
    );
}

#[test]
fn green_thumb() {
    // Untagged flirting between the reader and Rowan with a five-year-old in the
    // scene: the child, named last, takes Rowan's lines; `Sprout` is a name only
    // Bex uses, which no signal knows.
    // You answer the girl's name; Rowan, the one most in view, wins a close call.
    check(
        "green-thumb",
        &[
            "How often are you watering",
            "Can you give me ten minutes",
            "Sundays *and* Wednesdays.",
            "You're not in on Wednesdays,",
        ],
    );
}

#[test]
fn sunday_roast() {
    // Six at a table. `"I want to do flood stuff," she said` follows a paragraph
    // whose subject is `The girl`, not a name; and after dinner the narrator dries
    // up with Mum while Callum is away, which no signal sees.
    check(
        "sunday-roast",
        &[
            "Girlfriend,",
            "Yeah. I’m doing Geography.",
            "I want to do flood stuff,",
            "Like, working out where",
            "She is scary.",
            "She’s really nice.",
            "Mum. He wore a shirt",
        ],
    );
}

#[test]
fn boarding_action() {
    // `The voice from the hatch was outraged` is the only word on the surgeon until
    // he climbs out; `The grey man flicked his sword up` is no name, so the
    // newcomer's lines after it go back to the boy; the shouted `CAPTAIN—` lines go
    // to the last one acting in the narration.
    check(
        "boarding-action",
        &[
            "What in the seven hells",
            "I had a man's arm",
            "MINE, I was doing",
            "Don't you give me orders",
            "—pup, is that blood?",
            "Listen to your captain, boy.",
            "Commodore Severin Hale,",
            "CAPTAIN—",
            "He's—",
            "Yes, Cap.",
            "...Probably, Cap.",
        ],
    );
}

// The held-out four of the last session (scored 237 of 272 blind), now fixtures like
// the rest.

#[test]
fn between_floors() {
    // A voice from the lift's speaker grille, before anyone is named: the one in
    // the lift who spoke two lines before wins it. After a long paragraph about
    // June's feet, only the meaning says that Brodie offers the shoes line, and
    // that June, who handed him the flapjack, says `Don't make it weird`.
    check(
        "between-floors",
        &[
            "Hello? Building security.",
            "You could take your shoes off.",
        ],
    );
}

#[test]
fn damson_weather() {
    // `said my sister` and `my sister took her headphones out` with no cast alias
    // `my sister`: nothing ties them to Dilly. Mum on speakerphone calls Nan `Mum`.
    check(
        "damson-weather",
        &[
            "I made myself late,",
            "I’m very independent.",
            "Cass?",
            "Put a couple aside for me.",
            "Mum, I had to drink it",
        ],
    );
}

#[test]
fn plus_one() {
    // `She takes the wine out of your hands`: the reader's `your` outweighs the
    // beat's `She`. `Noor.` and `My phone's dead.` answer across the room, and
    // `I heard, Noor.` answers a line shouted from another room.
    check("plus-one", &["Noor.", "My phone’s dead.", "I heard, Noor."]);
}

#[test]
fn static_team_briefing() {
    // `Torque came in backwards` ¶ `"Nobody panic."` loses to the turn-taking of
    // the run before; `Mara's fine. Or Pell.` names herself in no pattern the
    // introduction knows, so the Director's and Pell's next lines swap.
    check(
        "static",
        &[
            "Nobody panic. I brought sustenance.",
            "I get that a lot.",
            "Mara's fine. Or Pell.",
            "If it happens again,",
            "Alone?",
        ],
    );
}

// Two reader-inserts written for development after the held-out set was scored.

#[test]
fn field_trip() {
    // Kids cutting each other off with em-dashes (`—no, it was the whale room`),
    // which turn-taking alone cannot follow; a teacher's aside after a long beat
    // about the kids; a child shouting from across the room; `"Twenty-six?"
    // Carmen asked` ¶ `"Twenty-six. Don't ask."`, an answer that repeats the question.
    check(
        "field-trip",
        &[
            "—no, it was the whale room",
            "—because the whale",
            "Bathroom run.",
            "Miss! Miss, look!",
            "Twenty-six. Don't ask.",
        ],
    );
}

#[test]
fn late_checkout() {
    // The night manager on the walkie: the device signal gives her the walkie's
    // lines once she has spoken over it, but not the reader's answer into it.
    // `It's Eli,` he says corrects Marcus's `412`: with two men and `he says` for both, it
    // goes to Marcus, and his reply to you.
    check(
        "late-checkout",
        &[
            "It's Eli,",
            "Eli. Cool. Be nice to her.",
            "He did, Denise.",
            "And somebody put a sign out",
        ],
    );
}

// Held out until this session (312 of 373 blind when added, 320 when they joined the
// fixtures): read for the voice newcomers, callers on devices, the reader looked at
// and the chat labels.

// `Then we have a real interestin' night, bud` answers Eli, to whom Birdie spoke
// last. Wyatt's mother is only `A woman in a quilted bathrobe` and is never named
// after it, so `she said` stays with Birdie. Wyatt's last call (`Ladybug, Plow Six.
// They get in okay?`) comes with no radio in the narration near it (`Back in the
// truck, you sat…`), so it is not read as a radio call, and his next two lines follow.
#[test]
fn channel_nineteen() {
    // Wyatt answers Eli over the radio once you hand Eli the handset: you were the last
    // voice on the radio, so you get the reply.
    check(
        "channel-nineteen",
        &[
            "Then we have a real interestin",
            "Hey there, Eli.",
            "You come by the county garage",
            "So you're Ladybug,",
            "Well. He wasn't lyin",
            "Ladybug, Plow Six. They get in",
            "Don't I know it.",
            "Hey. Y/N?",
        ],
    );
}

// Two sisters and a neighbour, all `she`: `She puts the lasagne down` and `She pats
// my arm` after Mrs Dabrowski's lines resolve to Ingrid, who spoke before her, and
// the narrator takes her untagged lines. `We both turn and look at him.` ¶ `What? He
// told me…`: the one looked at answers, but he also spoke last, and the addressee
// rule leaves out the last speaker. `Because Dad kept…, Mikkel` could be either
// sister.
#[test]
fn load_bearing_walls() {
    check(
        "load-bearing-walls",
        &[
            "Because Dad kept every",
            "Hanna—",
            "This weekend is for emptying",
            "What? He told me",
            "I should hope so.",
            "You’re not selling, are you?",
            "Well, he was joking.",
            "Gas mark four",
        ],
    );
}

// `Josie, you've got the keys.` ¶ `Why've *I* got the keys? I'm older.`: the one
// addressed does not answer; only `I'm older` says it is Danny. `He literally just
// said—` is Danny protesting after the narrator catches his wrist (turn-taking gives
// Mr Pascoe); `I will not.` answers `she'll cry`, the `she` being the narrator.
#[test]
fn salt_and_vinegar() {
    check(
        "salt-and-vinegar",
        &[
            "Why’ve *I* got the keys?",
            "He literally just said—",
            "I will not.",
        ],
    );
}

// The Monte Carlo run: the Professor tells on Ollie, Tully asks, and Ollie (the one
// it happened to) answers six times; turn-taking gives the answers to the Professor,
// who spoke before Tully. The last three are not diagnosed.
#[test]
fn the_inside_woman() {
    check(
        "the-inside-woman",
        &[
            "Nothing happened",
            "There was a duchess.",
            "There was a duchess and",
            "And I don't want to talk",
            "The dog did not bite me.",
            "Nobody bit anybody, Wheels",
        ],
    );
}

// Speakers the story names only after their line: Ezra's opening `You missed one.`
// (the reader calls him `Vance` two lines on), `Y/N!` from the back of the house
// (Cole, named in the next paragraph), Mrs Odell offstage (`a voice roars`, named
// after the quote, in capitals) and Ezra's `He's not wrong, you know.` (`You jump…
// Ezra is leaning`). A signal for a name after `voice` or `jump` in the next
// paragraph was tried and lost more on the new blind set than it gained. Over the
// shared headset channel Ezra's `You're really good at this` and `Yeah.` have no tag
// at all. Cole's `Something funny, Vance?` and `I have to lift my arms` are not
// diagnosed.
#[test]
fn understudy() {
    check(
        "understudy",
        &[
            "You missed one.",
            "Y/N!",
            "Something funny, Vance?",
            "I have to lift my arms",
            "You’re really good at this",
            "He’s not wrong, you know.",
            "How long have you been there?",
            "Did you just fall",
        ],
    );
}

// The five below were written blind and held out for a session (320 of 389 right when
// they joined the fixtures). The reasons of their misses are written where a change of
// this session touched them; the rest are close calls in multi-party scenes (three
// siblings arguing, a captain, a doctor and two crewmen) not yet read one by one.

#[test]
fn car_wash() {
    check("car-wash", &["running late,"]);
}

#[test]
fn dead_reckoning() {
    // Quill answers Ruth's line about his beacon, and `He was smiling` after Doc's line is
    // Doc: both lose to the captain's standing in the scene by less than 0.1.
    check(
        "dead-reckoning",
        &[
            "Something's in it. Thermal says something's",
            "Get Doc.",
            "I heard screaming metal and I",
            "Move, Lowell, you're in my light.",
            "I know. I couldn't shut it",
            "They find an empty pod with",
            "Most good plans are.",
            "That'll take me six hours.",
            "And me, Captain?",
        ],
    );
}

#[test]
fn desk_partners() {
    check(
        "desk-partners",
        &["If you two are finished.", "So ask the violins. They love"],
    );
}

#[test]
fn flour_tin() {
    check(
        "flour-tin",
        &[
            "Wes.",
            "Here we go.",
            "All I'm sayin' is somebody's gotta",
            "So you wanna sell it to",
            "I wanna sell it to whoever's",
            "Which is the Pruitts, Wesley, 'cause",
            "Mawmaw ain't here!",
            "That's enough. Both of y'all.",
            "Darla—",
            "When what?",
            "Guys.",
            "—ain't about *Daddy*, it's about the",
            "Hey!",
            "We kinda are, bubba.",
            "Beau, it's for y'all—",
            "What? Dar, what's it say?",
            "\"To my three grandbabies. If you're",
            "Leave 'em alone, Wesley.",
        ],
    );
}

#[test]
fn stitches() {
    // `You tie the bandage.` just before: your act outweighs Rook's turn (0.43).
    check(
        "stitches",
        &[
            "The kid *watched you get stabbed.*",
            "There was a knife in you!",
            "She means no.",
            "Report.",
            "I’ll ride tomorrow.",
            "Cap—",
            "I didn’t hide it. I postponed",
            "For four miles.",
            "Finish that sentence, Tobias. I dare",
            "Thank you,",
            "Twelve?",
            "Thirteen. You moved.",
        ],
    );
}

#[test]
fn after_the_whistle() {
    check(
        "after-the-whistle",
        &[
            "CAPTAIN! We brought food for the",
            "You said he’d be crying.",
            "I said possibly crying.",
            "Hi, senpai. Hi, Y/N-chan. We’re interrupting.",
            "We are not going, I paid",
            "Meat bun. Meat bun. Melon bread",
            "I don’t like meat buns.",
            "—which is a lie. Pocari for",
            "I ate my pudding.",
            "Sho.",
            "Goodnight, Captain! Goodnight, Manager! Lock up!",
            "Don’t make it weird!",
            "Takagi. Are you out of that",
            "You did good today. Don’t make",
        ],
    );
}

#[test]
fn eleven_candles() {
    check(
        "eleven-candles",
        &[
            "It’s not horrible. It’s practice.",
            "He’s not really going to get",
            "Did they sting you?",
            "One of them expressed an opinion,",
            "Is that honey cake I smell,",
            "Oh, don’t be dull, Aldermere. You",
            "Can’t sleep?",
        ],
    );
}

#[test]
fn inspection_day() {
    check("inspection-day", &["It's a goose."]);
}

#[test]
fn small_council() {
    check(
        "small-council",
        &[
            "Scribe.",
            "If you two are quite finished,",
            "We weren't—",
            "That's not funny.",
            "It's a little funny.",
            "The spymaster thinks we— Half the",
        ],
    );
}

#[test]
fn what_the_fen_keeps() {
    check(
        "what-the-fen-keeps",
        &[
            "Yew'll be the ghost lot, then.",
            "Arthur.",
            "Yew brought a boy.",
            "Thass what I said.",
            "Long time ago.",
            "Doors lock from the inside. Don't",
            "No, boy,",
            "I ent that daft.",
            "Tell Nan I'm wearing my vest.",
            "Goodnight, Mum. Love you. I'll ring",
            "What've you got?",
            "Could be a fisherman.",
            "At three in the morning?",
            "Could be Reeve.",
            "He said six.",
            "What's it saying?",
            "You're not going out there.",
            "Dan? Danny, let me in, it's",
            "Danny? Come on, mate. Open the",
            "Daniel? Sweetheart, are you there? It's",
        ],
    );
}

#[test]
fn respawn_tax() {
    check(
        "respawn-tax",
        &[
            "—don’t you dare say it was me",
            "—a lore check gives you the weak",
            "—if the tank had held aggro for",
            "—I HELD aggro, I held it on",
            "We haven’t finished the debrief.",
            "Ahem.",
            "Take Kit.",
            "It made it exactly the same.",
        ],
    );
}

#[test]
fn sunday_at_the_ashgroves() {
    check(
        "sunday-at-the-ashgroves",
        &[
            "HE’S HERE",
            "MOM. HE’S HERE. HE’S TALLER THAN CASPIAN.",
            "Everyone is taller than Caspian",
            "I heard that!",
            "So you're the boyfriend",
            "Caspian. The oldest.",
            "I'm a lawyer.",
            "Why do I have to move?",
            "I didn’t ask you, I asked (Y/N).",
            "Dad!",
            "Oh my GOD.",
        ],
    );
}

#[test]
fn the_landline() {
    check(
        "the-landline",
        &[
            "You took your time, Theodora.",
            "It's Nana.",
            "I was sleeping downstairs!",
            "Hey, kiddo",
            "Don't cry on your good blouse, it",
            "Now, all of you listen, because I",
            "Nobody gets the house. The house is",
            "I said whoever answers the landline because",
            "I can hear you whispering. I could",
            "Nana—",
        ],
    );
}

#[test]
fn the_moth_letters() {
    check(
        "the-moth-letters",
        &[
            "There’s a moth drawn on the back.",
            "Tobias.",
            "You’re holding it upside down.",
            "There’s nothing on the back but an",
            "No, you’re not.",
            "Only when he’s working.",
            "It is.",
            "Not yet.",
            "You",
            "On what charge?",
            "Can you prove it?",
            "Signed with a moth.",
        ],
    );
}

#[test]
fn what_the_linen_knew() {
    check(
        "what-the-linen-knew",
        &["Yes, Mrs Pettifer.", "Not at dinner.", "TUCKETT."],
    );
}

// Blind set 8 (scored 402 of 488 when added at 6efa37d, 412 when they joined these,
// before anyone read their misses).

#[test]
fn lock_fourteen() {
    check(
        "lock-fourteen",
        &[
            "Cazzy. It’s me",
            "Her bottles are in",
            "Nobody’s on the licence",
            "Mum.",
            "That’s Desmond",
            "Yeah. Yeah, I can",
        ],
    );
}

#[test]
fn nat_one() {
    check(
        "nat-one",
        &[
            "Not yet, Quintero",
            "It does not say that",
            "Roll persuasion",
            "Not if it falls",
            "There's no dog rule, Quintero",
            "For when you die, Dee",
            "She's a lighthouse keeper",
            "Something with a lot",
        ],
    );
}

#[test]
fn room_three() {
    check(
        "room-three",
        &[
            "Uh huh. One, two",
            "Tell her they insulted my moustache",
            "Mostly is what they said",
            "Room Three, this is the front desk",
            "He’s doing the face",
        ],
    );
}

#[test]
fn the_lighthouse_vote() {
    check(
        "the-lighthouse-vote",
        &[
            "We're doing a proper vote",
            "Nobody is drawing",
            "Don't look at me",
            "You've got crumbs",
            "That's charcoal",
            "Charcoal isn't beige",
            "'My girls.",
            "'The lighthouse is yours",
            "'Only, do it together",
            "Now listen",
            "The tin one",
        ],
    );
}

#[test]
fn the_marrow_defence() {
    check(
        "the-marrow-defence",
        &[
            "I never said a word",
            "Sorry! Sorry",
            "You’d have asked",
            "Where else was he",
        ],
    );
}

#[test]
fn night_desk() {
    check("night-desk", &["I didn't--where?"]);
}

#[test]
fn round_six() {
    check(
        "round-six",
        &[
            "Please, Ken.",
            "Question one. In which year",
            "How much is the Colonel",
        ],
    );
}

#[test]
fn seventh_bell() {
    check(
        "seventh-bell",
        &[
            "I can. Sit down.",
            "Mistress?",
            "Sorry, Mistress. It’s Bram, up",
            "Dunno, Mistress. It’s a big",
            "The man or the dog?",
            "Yes, Mistress. Sorry, Mistress.",
            "Shh. Let them.",
        ],
    );
}

#[test]
fn the_pass() {
    check(
        "the-pass",
        &[
            "Theodore.",
            "Sign here,",
            "And here. You new?",
            "My cousin worked here for",
            "How long to make a",
            "Forty minutes. If I had",
            "Is she nice? Are you",
            "Yeah.",
            "Forgive me,",
            "I know I'm not supposed",
        ],
    );
}

#[test]
fn whiteout() {
    check(
        "whiteout",
        &[
            "You put 'Sully' for 'great",
            "-eridian, Meridian, this is-",
            "-do you copy, over.",
            "Halley, this is Meridian, you're",
            "Meridian, Halley Base. Corporal Fenn.",
            "We have a Twin Otter",
            "One. Pilot only. Over.",
            "Dekker, sir. Lieutenant Dekker. Over.",
            "Can you hear me? What's",
            "He WALKED?",
            "Copy, Meridian. That is the",
            "Tell her I’m staying put,",
            "-Meridian, Halley. Good morning, this",
            "Skiway, Meridian. Tell him he's",
        ],
    );
}

#[test]
fn gallows_reach() {
    check(
        "gallows-reach",
        &[
            "Mule's extra.",
            "Didn't say he weren't. Mule's",
            "Gaffer Moss, since nobody asked.",
            "Parsnip, steady. Steady, you great",
            "\"Let the bearer, Wynn of",
            "By order of the Lanternwarden.",
            "Wynn—",
            "Pim, Pim, pet, it's only",
            "It's EATING him!",
            "Well, he'll live, love.",
            "FERRY HO! Moss, you old",
        ],
    );
}

#[test]
fn seat_race() {
    check(
        "seat-race",
        &[
            "Breathe out on the catch.",
            "You hold it. When you're",
            "Okabe, shut up! Backing it",
            "Okay. Listen to me. It's",
            "Attention. GO.",
            "Half, half, three quarter, full,",
            "Twenty in. They've got a",
            "Level. LEVEL. Give me ten",
            "Hey—",
            "That's one!",
            "Weigh enough!",
            "Aoki?",
            "Me too,",
            "FOUR. FIVE. I'm at six,",
            "HEARD. ONE MORE PIECE. QUICKLY.",
            "SE-NA! SE-NA! SE-NA!",
            "So that’s—",
            "So who’s in seven?",
            "Hey!",
        ],
    );
}

#[test]
fn second_opinion() {
    check(
        "second-opinion",
        &[
            "He’s not my fireman.",
            "Brick! Down. Sorry. Sorry, miss.",
            "She. It’s a she. And",
            "Your friend said you took",
            "Your hands are bleeding, Lieutenant.",
            "Sit down.",
            "I’ve got a bottle of",
            "Sorry?",
            "Birch Avenue. Smoke alarm.",
        ],
    );
}

#[test]
fn the_twelfth_chair() {
    check(
        "the-twelfth-chair",
        &[
            "Jo?",
            "Mr Bellamy, I think we",
            "Guilty. Obviously.",
            "And myself, guilty.",
            "Miss Lockhart?",
            "We don’t know he’s five",
            "Across a courtroom. In the",
            "People can’t spell, Peg. I",
            "A pawnbroker can spell. It’s",
            "Oh, here we go.",
            "Somebody who knew Daniel worked",
            "The mystery man.",
            "—who knew he’d get the",
            "The tall mystery man.",
            "Yes, Frank, actually, the tall",
            "I’ll take that straight through,",
            "This way, sir. I’ll have",
            "He said six foot.",
            "He said six foot maybe,",
            "I heard that, Francis.",
            "What are we, then?",
            "You are, Francis. I can",
            "After you, miss.",
        ],
    );
}

#[test]
fn what_the_corn_said() {
    check(
        "what-the-corn-said",
        &[
            "Since Sunday night. About eight.",
            "Birgit.",
            "A man's voice or a",
            "Grandma's brother went in too,",
            "When she was little. She",
            "Binnie, don't.",
            "Well, she did!",
            "Ruth? It's just me. Ruth,",
            "Hollis. Hollis, come on out.",
        ],
    );
}

#[test]
fn kestrel_hut() {
    check(
        "kestrel-hut",
        &[
            "Not yet. We will.",
            "I know. You told us.",
            "—Two, Ridge Base",
            "Copy, Kestrel Hut.",
            "It's Oskar.",
            "On it.",
            "Good. Is that her father?",
            "Give me a minute",
            "Hallvard and Mette",
            "Sig, I don't know",
            "Copy, Team Two.",
        ],
    );
}

#[test]
fn lint_roller() {
    check(
        "lint-roller",
        &[
            "Styling, styling",
            "Styling, clear the set",
            "Don’t chase her",
            "It IS a game, Minseok",
            "Woo-ya, sit down",
            "I’m not doing anything, hyung",
        ],
    );
}

#[test]
fn the_count() {
    check(
        "the-count",
        &[
            "ADMIRAL!",
            "Colm Rafferty?",
            "You tell Colm Rafferty",
            "It is.",
            "FAIR-LIE!",
            "Dennis!",
            "Den, come here",
            "It’s a Fairlie bundle.",
            "Teale, Ambrose Hugh",
            "Thank you,",
            "I’m going to need a minute",
        ],
    );
}

#[test]
fn the_sitting() {
    check(
        "the-sitting",
        &[
            "Winnie!",
            "Who calls for Agnes?",
            "There’s a gentleman.",
            "Winnie. Winnie, don’t",
            "Take Madame Varga",
        ],
    );
}

#[test]
fn tie_break() {
    check(
        "tie-break",
        &["She said she was coming.", "Nan, I'm in the pub."],
    );
}

// Blind set 12 (376 of 587 when added at f29f77c, 80.2% without the translation in
// guillemets that the segmenter could not yet read; 473 when they joined these, before
// anyone read their misses).

#[test]
fn locked_in() {
    check(
        "locked-in",
        &[
            "My cousin got sick.",
            "Your cousin doesn't exist.",
            "He did exist. He got",
            "Then you'll have to use",
            "You'll what?",
            "What's the lock?",
            "Four numbers.",
            "Ren-kun, I'm not trying 1-2-3-4.",
            "Ren.",
            "You're going to drop it",
            "science,",
            "fate,",
            "Here.",
            "You've got a cobweb.",
            "In your hair.",
            "That's it, Daichi-san, you're our",
            "I'm still your favourite, though.",
            "ESCAPED!",
        ],
    );
}

#[test]
fn look_to() {
    check(
        "look-to",
        &[
            "In a Norman tower?",
            "He’s always in a mood.",
            "Gerald, you’re clipping.",
            "I am not clipping.",
            "You’re clipping like a hedge",
            "Jory? Jory, love, are you",
            "Our what?",
            "Come down, would you, madam?",
            "Well, Mrs —?",
            "Venn.",
            "Mrs Venn. You’d know if",
            "Mrs Venn. Is she really",
        ],
    );
}

#[test]
fn lot_forty_three() {
    check(
        "lot-forty-three",
        &[
            "Go on, then. Mind the",
            "Twenty to the gentleman in",
            "Twenty-five to the lady by",
            "I have fifty with the",
            "Thank you, quay, that will",
            "Ninety.",
            "It is the lot's money",
            "She can if he lets",
            "Then you should have kept",
            "Both.",
            "You don't have two hundred.",
            "with the lady by the",
            "I’m told the thief’s here.",
        ],
    );
}

#[test]
fn rehearsal() {
    check(
        "rehearsal",
        &[
            "NOBODY TOUCH THE UNITY CANDLE,",
            "It's fine.",
            "Together, Terri!",
            "It most certainly is Ida,",
            "and if somebody doesn't find",
            "CAROLINE,",
            "CAROLINE JEAN PRUITT, WHERE IS",
            "until death do us part,",
        ],
    );
}

#[test]
fn the_last_samovar() {
    check(
        "the-last-samovar",
        &[
            "You don’t have to come,",
            "If the two of you",
            "could you do it a",
            "Kostya!",
            "Nobody is as tall as",
            "Is it true you fixed",
            "Everything that matters is made",
            "I do not shout.",
            "When you are seventy-nine, Alexei",
            "He brought himself. He had",
            "For twenty-three.",
        ],
    );
}

#[test]
fn assembly_point() {
    check(
        "assembly-point",
        &[
            "Is that a toastie?",
            "Odette.",
            "Here, Lionel.",
            "Go ahead, Desmond.",
            "Marwood. Odette Marwood. It",
            "The toastie?",
        ],
    );
}

#[test]
fn encore() {
    check(
        "encore",
        &[
            "Nobody asked you to",
            "I would *never*.",
            "THAT’S ME.",
            "That was *one time*—",
            "No,",
            "You were going to.",
            "I know what Kagawa-san",
            "I don’t sing for",
            "‘Tell me what you",
            "ENCORE! ENCORE!",
        ],
    );
}

#[test]
fn hatch_day() {
    check(
        "hatch-day",
        &[
            "You're doing it wrong.",
            "Hi,",
            "Since Dreth Station.",
            "It's a nice flour",
            "You sing when you",
            "All crew. The Captain",
            "I did. You were",
            "You're going to set",
            "Only a little bit.",
            "Me,",
            "This isn't a vote.",
            "Enough.",
            "I served on the",
            "Bronn is right. The",
            "We have a human",
            "We can spare a",
            "A wish.",
            "What is the song?",
            "Happy hatch-day, dear Captain,",
        ],
    );
}

#[test]
fn largest_marrow() {
    check(
        "largest-marrow",
        &[
            "You were never the",
            "It did.",
            "There was.",
            "Nothing’s been done to",
            "Well, answer it, then,",
            "I can hear you,",
            "Not yet.",
            "Carol says good luck.",
            "GOOD LUCK, AGNES!",
            "He was lovely, though.",
            "Ring me the *second*—",
            "It does not look",
            "Don’t you start.",
            "Derek’s got his knee.",
            "How should I know?",
            "Quick announcement from the",
            "That’s me.",
            "Would one of you,",
            "happen to know where",
            "Will I?",
        ],
    );
}

#[test]
fn three_minutes() {
    check(
        "three-minutes",
        &[
            "Hang on, hang on,",
            "Lowe.",
            "...No?",
            "Then it'll keep for",
            "*Marisol!*",
            "She can't count.",
            "You want to interview",
            "Who don't you want",
            "—you two can have",
        ],
    );
}

#[test]
fn open_late() {
    check(
        "open-late",
        &[
            "Snake,",
            "Ball python. He got",
            "He's *in a pillowcase*.",
            "He's fine. He's just",
            "He can't hear you.",
            "That's actually a really",
            "Forty-five.",
            "You *asked*.",
            "What's your name?",
            "Like the bear?",
            "I'm Lark.",
            "Like the bird.",
            "Gus,",
            "Like nothing. Just Gus.",
            "Who's been waiting longest?",
            "He comes in every",
            "She eats things. He",
            "Is she what?",
            "Teddy and Waffles, exam",
            "Bring the dog, then,",
        ],
    );
}

#[test]
fn quiet_hours() {
    check(
        "quiet-hours",
        &[
            "Reading Room. Quiet hours",
            "The new officer,",
            "has been on site",
            "Dr. Page.",
            "I'm really sorry, sir.",
            "Minuted, Ozzy.",
            "—gives it their own",
            "Reading Room, Post Four.",
            "Absolutely not, Dell.",
            "Copy, absolutely not. Give",
            "—or anything, yeah?",
            "Copy.",
            "The Tenant is up.",
            "What was *that*?",
            "I wasn't going to",
            "The Tenant has been",
            "for sixty-one years, and",
            "The Tenant takes it",
            "And the third?",
            "The Tenant knows what",
            "I'm not turning round.",
            "I'm never turning round",
            "The Tenant likes conversation,",
            "The Tenant likes this",
            "The Tenant asked nicely.",
            "The Tenant is honoured.",
            "The Tenant would like",
            "Reading Room, I can",
            "Not you, Dr. Page.",
            "The Tenant remembers the",
            "Wait,",
            "Wait, is it the",
            "My watch says twenty",
            "Your watch is always",
            "My watch is *punctual*.",
            "So has everything else.",
            "Twenty to, then. Call",
            "Oh, thank God,",
            "The Tenant was only",
            "The Tenant is very",
            "Reading Room. What just",
            "It borrowed Dell's voice,",
            "Then I am going",
            "He can hear you,",
            "Good.",
            "I haven't really got",
            "Everybody has one.",
            "Okay. Okay. So my",
            "My nan lived in",
            "Sorry. Sorry. She called",
            "The Tenant knows lots",
            "Sparrow. Robin. Wren. Is",
            "No.",
            "Starling? Thrush? Swift?",
            "It was a *short*",
            "The Tenant is going",
            "Thank you for the",
            "Four, sir,",
            "Five.",
        ],
    );
}

#[test]
fn read_through() {
    check(
        "read-through",
        &[
            "Sorry! Sorry. I'm so",
            "Yes. Er. Yes, Dame",
            "I think he went",
            "I did not.",
            "Fine,",
            "Fine. Keep the rails.",
            "with a little more",
            "You're new,",
            "Don't let her eat",
        ],
    );
}

#[test]
fn the_innkeeper() {
    check(
        "the-innkeeper",
        &[
            "She’s a menace.",
            "Sunny, love. Are you",
            "Are the beanbags comfy?",
            "Do you think you",
            "That’s not helping, Angel.",
            "Are there really cabbages?",
            "Good evening, everybody, and",
            "HAPPY CHRISTMAS, EVERYBODY!",
            "You say that every",
        ],
    );
}

#[test]
fn updraft() {
    check(
        "updraft",
        &[
            "I’m sorry, I’m *what*?",
            "You’re flying. With me.",
            "I’ve been on the",
            "And in three weeks",
            "She threw your coffee",
            "You’re light, you’re quick,",
            "I don’t know how",
            "You don’t have to",
            "Yes, Chief.",
            "GOOD MORNING, CALLAWAY VALLEY!",
            "Oh, I can’t HEAR",
            "That’s more like it!",
            "Come on, (L/N).",
            "Noted.",
            "*Marigold*, Chase One. I",
            "Tell her to lean",
            "Jem, get off the",
            "Tell her hi.",
            "Don’t read me the",
            "And here come the",
            "and that is NOT",
            "You’re a mystery passenger.",
            "Eighty feet,",
            "You’re upwind. Good line.",
            "Copy.",
            "Sixty. You’re coming in",
            "I know.",
            "Jem, I swear to",
            "Is that the pole?",
            "That’s the pole.",
            "It’s very small.",
            "It gets bigger.",
            "Listen to me. When",
            "You’ve got me.",
            "I’ve got you. Wait.",
            "Wait.",
            "*Now*.",
            "YEAAAAH!",
            "I got it! Cass,",
            "Tucker, don’t you touch",
            "You’re in my beans.",
            "Ma’am, I’m so sorry,",
            "Don’t you ma’am me,",
            "Grandma, is he *famous*?",
            "You got the *truck*?",
            "I heard!",
        ],
    );
}

#[test]
fn big_storm() {
    check(
        "big-storm",
        &[
            "That's not making me",
            "We *noticed*.",
            "—and that's right across",
            "How will you know?",
            "Not yet, Mrs Kemp!",
            "But what if Biscuit's",
            "One elephant, two elephant,",
            "How do you *know*",
            "*Rosie*.",
        ],
    );
}

#[test]
fn ceiling_rose() {
    check(
        "ceiling-rose",
        &[
            "That’s not a name.",
            "You were going to",
            "Yes, yes, it is",
            "I heard that, Louisa.",
            "Mrs Annesley. She is",
            "The boiler. Yes.",
            "I’m an adult.",
            "I can hear you,",
            "Tell Clive Merry Christmas.",
            "My mum.",
        ],
    );
}

#[test]
fn closing_bell() {
    check(
        "closing-bell",
        &[
            "Evening, (Y/N).",
            "Closing! Closing bell! Lanterns",
            "Small. Brown hair in",
            "I’m sorry.",
        ],
    );
}

#[test]
fn qingping_ferry() {
    check(
        "qingping-ferry",
        &["Your shizun will tell", "On a sword? In"],
    );
}

#[test]
fn shout_and_launch() {
    check(
        "shout-and-launch",
        &[
            "You've been coxswain eleven",
            "Ten, then. Ten years",
            "What?",
            "I will *actually* kill",
            "It's a man and",
            "Saltmarsh Lifeboat, this is",
            "Saltmarsh, Lifeboat. Casualty vessel",
            "Lovely. Kettle's on. And",
            "Why's Gerry been on",
            "He says it's eight",
            "Well done, Saltmarsh!",
            "You all right?",
            "I was sick.",
            "You were. Twice.",
            "Three times. You didn't",
        ],
    );
}

#[test]
fn the_hat_game() {
    check(
        "the-hat-game",
        &[
            "You can’t freeze it",
            "So you’re the nurse.",
            "My Ken was on",
            "Milk and two?",
            "How can you tell?",
            "Ooh. Him. Him off",
            "I don’t know his",
            "Uncle Gary, that’s everybody.",
            "Gazza! You old git!",
            "I’ve put him in",
            "Is it... Dolly Parton?",
            "Mother!",
            "It was FOURTEEN!",
        ],
    );
}

#[test]
fn festival_committee() {
    check(
        "festival-committee",
        &[
            "Maid café.",
            "You’ll build the walls",
            "Everybody can be a",
            "I’m collecting early proposals.",
            "Ah.",
            "Eeeeeh?!",
            "I’m sure it’s very",
            "It’s on the back.",
            "Can I still be",
            "*Yes*.",
            "Yes!",
            "Don’t write that down.",
        ],
    );
}

#[test]
fn goldfish_summer() {
    check(
        "goldfish-summer",
        &[
            "OI! KAORU-CHAN! (Y/N)-CHAN!",
            "Onii-chan. Onii-chan. Is this",
            "I said I'd try.",
            "Whose side are you",
            "Onii-chaaaan!",
            "Here. One for you",
            "Really. But you have",
            "For what?",
            "Wait, what? I don't",
            "Careful!",
            "Mei!",
            "Ignore him. Did you",
            "Kaoru, you're a genius.",
            "She's not my—",
            "I'm not his—",
            "Go in at an",
            "Both of you. Works",
        ],
    );
}

#[test]
fn long_paddock() {
    check(
        "long-paddock",
        &[
            "Depends who's asking,",
            "Who did the tape?",
            "Is that your trailer?",
            "What's in it?",
            "No way.",
            "A real one?",
            "Can I see?",
            "He's *massive*.",
            "I told him. I",
            "Mulga Springs. We're fine.",
            "Gordon's fine. Gordon's having",
        ],
    );
}

#[test]
fn chai_pe_charcha() {
    check(
        "chai-pe-charcha",
        &[
            "Five minutes, Pihu!",
            "very confident, for a",
            "It's fine, Miss Sharma.",
            "Kamla ji? Kamla ji,",
            "I think the children",
            "Dadi, I really don't",
            "Mausi, that's not necessary—",
            "Hmm?",
            "What if we don't",
        ],
    );
}

// Set 17 (hurry-hard, light-don-go, mirror-signal, sarado-sa-linggo, the-good-room),
// written blind (466 of 588 when added, at e4bc949), joined these at 473 of 588
// after its chrome was fixed (branch chrome-17) and before anyone read its misses.

#[test]
fn hurry_hard() {
    check(
        "hurry-hard",
        &[
            "Doreen,",
            "You're Gordie's replacement? Oh,",
            "Has she ever thrown",
            "Off! OFF! Whoa!",
            "At who?",
            "Respect.",
        ],
    );
}

#[test]
fn light_don_go() {
    check(
        "light-don-go",
        &[
            "Which girl?",
            "I was buying recharge",
            "I have two phones.",
            "Take keg. Run to",
            "And if you stop",
            "Is it here that",
            "Ehn? No wahala, we",
            "Because of your people.",
            "NEPA.",
            "Mummy, good morning.",
            "Mummy, I'll call you",
            "I'll call you back,",
            "Kamsi.",
            "Kamsi Nwosu, if you",
            "I'll buy two.",
            "I didn't say so",
        ],
    );
}

#[test]
fn mirror_signal() {
    check(
        "mirror-signal",
        &[
            "I'm coming and all!",
            "Right. Mirror.",
            "Mirror.",
            "Signal.",
            "There's nobody there to",
            "There's always somebody there.",
            "See?",
            "I see the lights.",
            "I see them.",
            "Archie? Archie Baird? Is",
            "We're at the chippy,",
            "I'm not made of",
            "It turned your finger",
            "Mr Baird.",
            "Will you take me",
            "It's not your radio.",
        ],
    );
}

#[test]
fn sarado_sa_linggo() {
    check(
        "sarado-sa-linggo",
        &[
            "I’m okay po, I—",
            "Jepoy!",
            "Chocolate meat! Chocolate meat!",
            "It’s pork blood stew.",
            "Oh.",
            "Okay. One of that,",
            "No po, classmate lang.",
            "Forbes Park po.",
            "No po. I’m where",
            "What are you doing?",
            "Migo, you’re a customer.",
            "Why didn’t you tell",
            "Tell them what? That",
            "Yeah.",
            "You know what they’d",
            "I know what Bianca",
            "I’d say it’s the",
            "You’d never eaten dinuguan",
            "So it’s the best",
            "That’s cheating.",
            "That’s math.",
            "Andeng! Dengdeng, come here!",
            "’La!",
        ],
    );
}

#[test]
fn the_good_room() {
    check(
        "the-good-room",
        &[
            "I’m home.",
            "I had a sandwich",
            "It’s the Dublin rent,",
            "I don’t think I",
            "How long are you",
            "And then back up.",
            "Do you like it?",
            "That’s not what I",
            "Packie came down to",
            "Did anyone tell you?",
            "The very one. He",
        ],
    );
}

// Set 18, written blind and held out for a session (see the sets' history at the end).

#[test]
fn bara_brith() {
    check(
        "bara-brith",
        &[
            "It all counts.",
            "So?",
            "It’s not a font.",
            "Glenys.",
            "No? Fair enough.",
            "Only I’ve got the",
            "It’s on Facebook?",
            "Thirty blokes in the",
            "Well, you’ll have to",
            "Okay.",
            "That’s my boy. Delyth,",
            "Competitor number two.",
            "Competitor number two had",
            "He came second in",
            "What was the point?",
            "Thank you, Mrs Bevan.",
            "Tomos, you’ve got your",
        ],
    );
}

#[test]
fn between_the_flags() {
    check(
        "between-the-flags",
        &[
            "You thought I wouldn’t?",
            "I held the first-aid",
            "Ka pai, girl. You’re",
            "Do I?",
            "How long’s he been",
            "What’s his name?",
            "And you are?",
            "Craig, what was he",
            "When he was digging.",
            "Crabs,",
            "He wanted a crab.",
            "I found a crab,",
            "Are you a police?",
            "Is he angry?",
            "Can I keep him?",
            "What fish and chips?",
        ],
    );
}

#[test]
fn last_load() {
    check(
        "last-load",
        &[
            "Morning, morning. Boss, which",
            "The sofa, the two",
            "Boss, this one cannot",
            "Staircase lor. Eight floors.",
            "Last time was nineteen",
            "Don't sit. Marcus. Don't",
            "Why? What happened?",
            "You sure ah, boss?",
            "You carried a rifle",
            "She's sitting on the",
            "Come. Your Auntie Lina",
            "Do you want me",
            "What for take picture",
            "To remember.",
        ],
    );
}

#[test]
fn one_light() {
    check(
        "one-light",
        &[
            "I not nervous.",
            "Jadon, go and tune",
            "Because you is the",
            "I born his mother.",
            "She have soup already.",
            "Tantie, I always pay.",
            "See? Eventually.",
            "Wha’ you know about",
            "Allyuh still can’t play",
            "One run. My knees",
            "I bringing it!",
        ],
    );
}

#[test]
fn pace_notes() {
    check(
        "pace-notes",
        &[
            "She can make us",
            "I hate Swartberg. Waiting",
            "It was three weeks",
            "That's us.",
            "Now you tell me?",
            "That was one time.",
            "I never cut.",
            "Two hundred, five left",
            "—keep in. Keep in!",
            "Cattle grid?",
            "It's in the notes,",
            "Puncture.",
            "Ja, I can feel",
            "Eight hundred metres?",
            "Six. Pull in past",
            "Need a hand, kinders?",
            "You don't look fine.",
            "My late wife could",
            "I heard that, seun!",
            "Go. Go, go. Hundred,",
            "No heroics.",
            "Morning, Oom.",
            "Okay, my darlings, thirty",
            "Only a bit, she",
            "And the gearbox?",
            "Fine.",
            "Yes, Auntie.",
            "That's Themba. They're all",
        ],
    );
}

// Set 19, written blind and held out for a session (see the sets' history at the end).

#[test]
fn half_a_pint() {
    check(
        "half-a-pint",
        &[
            "He is, isn’t he.",
            "Nobody said you couldn’t",
            "He’s me partner, Nan.",
            "He’s six foot three,",
            "Ey, Doyle! You’ve left",
            "They’re for your nan,",
            "She doesn’t like the",
        ],
    );
}

#[test]
fn last_shuttle() {
    check(
        "last-shuttle",
        &[
            "Ready?",
            "Ready.",
            "Backhand side first.",
            "Why backhand?",
            "Because that's where you",
            "I didn't lose on",
            "Fourteen–nineteen, second game. Backhand",
            "You were counting?",
            "Whole hall was counting.",
            "Wah, thank you ah.",
            "You want supportive or",
            "Both can or not?",
            "Cannot. Choose one.",
            "Win.",
            "Then backhand.",
            "Sorry, Coach!",
            "Uncle, roti telur two,",
            "Uncle!",
            "She only said that",
            "Coach!",
            "Champions, lower your voice,",
            "Come. All of you.",
            "Faham, Coach!",
            "Eh.",
            "What?",
            "Elbow.",
            "I know, lah.",
            "Monday, Coach? We just",
        ],
    );
}

#[test]
fn porch_light() {
    check(
        "porch-light",
        &[
            "—all units, Route Seven",
            "—and if anybody's got",
            "Boone Harlan, that girl",
            "Light.",
            "Here.",
            "Not on me. On",
            "Which side?",
            "Yours.",
            "I can't see the",
            "Road's there.",
            "How do you know?",
            "Drove it my whole",
            "In this?",
            "In worse.",
            "When was it worse?",
            "Oh-nine. Took the Mullins'",
            "Was anybody in it?",
            "Just the cow.",
            "Is the cow okay?",
            "Cow's fine. Cow ended",
            "Get down off there.",
            "It slipped.",
            "Don't.",
            "You're saying it with",
            "I pointed a flashlight",
            "The one in the",
            "That ain't how it",
            "Now, honey, don't encourage",
        ],
    );
}

#[test]
fn signal_eight() {
    check("signal-eight", &["Ba.", "And who cooks this"]);
}

#[test]
fn sunday_pot() {
    check(
        "sunday-pot",
        &[
            "Nearly, Granny.",
            "Everybody. This is Tristan.",
            "I can hear you,",
            "That’s not true, Auntie,",
            "Amen!",
            "Guest first, Pauline.",
            "Family from London is",
            "You cook brown stew",
            "Mi know.",
            "You want to work",
            "And Granny going to",
            "She shout at me",
        ],
    );
}

// Set 20, written blind and held out for a session (see the sets' history at the end).

#[test]
fn knocking_day() {
    check(
        "knocking-day",
        &[
            "I’m doing the yam!",
            "Please, don’t be angry.",
            "Schnapps, one. Schnapps, two.",
            "That’s him,",
            "I’m not nervous, Auntie.",
            "Agoo!",
            "We are the family",
            "I’ve seen it, Opanin.",
        ],
    );
}

#[test]
fn mauzy() {
    check(
        "mauzy",
        &[
            "Securité, securité, securité. All",
            "Put her on!",
            "Marnie, my ducky!",
            "They has a Costco,",
            "There's no fella, Aunt",
            "Well, read it out,",
        ],
    );
}

#[test]
fn night_bait() {
    check(
        "night-bait",
        &[
            "Delta Two-Four, Delta Two-Four,",
            "Received. Mobile in one.",
            "Nobody’s said owt about",
            "Me pride, son.",
            "I was four in",
            "And I’m not going",
            "Mam! Is that wor",
            "Gaz, Mrs. Robson. Everybody",
            "Has he now.",
            "I have never once—",
            "Liam, I will put",
            "Sunderland, Mr. Robson.",
            "I’m from Washington. Me",
            "I did not.",
            "I heard that!",
        ],
    );
}

#[test]
fn on_air() {
    check(
        "on-air",
        &[
            "You'll never see that",
            "Manze, I've been taking",
            "Where are you going",
            "Pole. First days are",
            "Work.",
            "Also, sort of, first",
            "Eh,",
            "Fifty bob.",
            "Me, Madam?",
            "What are you doing?",
            "(Y/N)? Ah-ah, you're alive?",
            "Good morning, Mama. This",
            "...Eh?",
            "You're never talking to",
            "She will not call",
            "You remembered?",
            "Thursday.",
        ],
    );
}

#[test]
fn saturday_souse() {
    check(
        "saturday-souse",
        &[
            "—and Joseph comes in",
            "Pig feet?",
            "No, I’ll have the",
            "Sure. Small pepper.",
            "Accident,",
            "You accidentally eat a",
            "It was a small",
            "I can count!",
            "He look like he",
            "Is all there.",
            "Wait, wuh?",
            "Tricia, hush.",
            "—West Indies one hundred",
            "Is Mr. A’s table,",
            "—and he’s gone! Joseph",
            "I did tell you.",
            "My car is fine.",
            "Tricia!",
            "Gran.",
            "Next Saturday, I could",
            "You?",
            "Me. You show me.",
            "Thin like what?",
            "Like paper. Like you",
            "—I late. I know,",
        ],
    );
}

// Set 21, written blind and held out for a session (see the sets' history at the end).

#[test]
fn boil_day() {
    check(
        "boil-day",
        &[
            "I did not invite",
            "Right here, me!",
            "Mais, look at that!",
            "I'm never gonna hear",
        ],
    );
}

#[test]
fn crimp() {
    check(
        "crimp",
        &[
            "No, Mrs Rowe.",
            "Yes, like the ones",
            "Don’t.",
            "He’s in the back,",
            "You don’t have to.",
            "If there’s any left.",
            "Any left, Rowey?",
        ],
    );
}

#[test]
fn festa() {
    check(
        "festa",
        &[
            "He’s not a boy,",
            "Ma, please.",
            "Nanna, I had three",
            "I did not practise",
            "I saw.",
            "I know what it",
        ],
    );
}

#[test]
fn kottu_night() {
    check(
        "kottu-night",
        &[
            "Who is that in",
            "That is what they",
            "Who else would you",
            "Who told you that?",
            "Everybody says Aunty, Amma.",
            "Amma, he is only",
            "She is having egg.",
            "‘Duwa did the Inspector",
        ],
    );
}

#[test]
fn load_shedding() {
    check(
        "load-shedding",
        &[
            "The schedule always says",
            "Oh no.",
            "Do not tell her.",
            "Who is it?",
            "Heard what?",
            "Gogo, the power is",
            "Gogo.",
            "I am hanging up",
            "Yes! Thank you, my",
            "Ah! Sisi! And the",
            "Did you fix it?",
            "\"Tell the Moyo boy",
            "It does not need",
        ],
    );
}

// Set 22, written blind and held out for a session (see the sets' history at the end).

#[test]
fn dholki_night() {
    check(
        "dholki-night",
        &[
            "Ji, Nani.",
            "I will come tomorrow.",
            "I heard, Nasreen. I",
            "Why me?",
            "The Mirasan at Rubina's",
            "Upside down?",
            "We are going to",
        ],
    );
}

#[test]
fn grog_and_glory() {
    check(
        "grog-and-glory",
        &[
            "Bula vinaka! Anybody home?",
            "Kadavu, Sir. My father’s",
            "Io, Bu.",
            "Io.",
            "Why me?",
            "Busy doing what?",
            "Momo!",
            "You said you weren’t",
            "Bula, darling! Why is",
            "In the yard doing",
            "Io, I’ll go!",
            "SERU.",
        ],
    );
}

#[test]
fn kwanjula() {
    check(
        "kwanjula",
        &[
            "Jjajja, my knee—",
            "Wasswa, help him.",
            "That is not a",
            "Rehearsal, Taata.",
            "I say it was",
            "I know it! I",
            "Madam, it is five",
            "Three thousand, and I",
            "Madam, the jam—",
            "Three thousand. Webale.",
            "Here, Ssenga.",
            "Ssenga, no—",
            "She is enjoying it",
            "Eleven?",
            "Maama never told me",
            "Ssenga,",
            "I am not sure.",
            "Yes,",
            "That one.",
            "Now wash your hands.",
            "Eh! He is answering",
        ],
    );
}

#[test]
fn plate_lunch() {
    check(
        "plate-lunch",
        &[
            "Sign says open, Keala.",
            "Nobody asked you, Oregon.",
            "Who dat? Dat da",
            "Tutu, he never pay",
            "Right here, Coach!",
            "Yes, Coach!",
        ],
    );
}

#[test]
fn tara_a_bit() {
    check(
        "tara-a-bit",
        &[
            "Hello, Mrs Bayliss. Thanks",
            "Barfi. It’s a sweet,",
            "Nan, it’s not on",
            "And your mom and",
            "Dad drives a taxi.",
            "Doreen! Doreen, you got",
            "Acocks Green, Guv. It’s",
            "He might be.",
            "Guv, we’re in the",
            "Goodbye, handsome policeman!",
            "Catch the bad man!",
            "I will, Mr K!",
            "Nan has not decided",
            "She’s a nightmare.",
        ],
    );
}

// Set 23, written blind and held out for a session (see the sets' history at the end).

#[test]
fn boishakh() {
    check(
        "boishakh",
        &[
            "Of the owl, Abbu.",
            "Nusrat! Nusrat, are you",
            "Ji, Nanu! Assalamu alaikum!",
            "Ji, I ate at",
            "Nanu, no, we'll be",
            "For two kilometres? In",
        ],
    );
}

#[test]
fn cheers_drive() {
    check(
        "cheers-drive",
        &[
            "Jodes! Finally!",
            "So this is him.",
            "This is me.",
            "Of what?",
            "Yes, sir.",
            "Palace.",
            "Sorry?",
            "He does not have",
            "He does if he’s",
            "Who said he’s coming",
            "I did. Just now.",
            "I’ve been miserable since",
            "I’m a Carver!",
            "And look how you",
            "Your grandad would’ve been",
            "I’m a ferry skipper.",
            "Ooooh,",
            "There’s no smoke, Shaz.",
            "Ee’s not from round",
        ],
    );
}

#[test]
fn cup_match() {
    check(
        "cup-match",
        &[
            "Dougie, don’t charge the",
            "Ya ain’t funny, Douglas.",
            "Boooo!",
            "Place ya bets, place",
            "Thank ya, darling,",
            "Somerset money spends the",
            "This game is rigged.",
            "This game is dice.",
            "Rigged dice.",
            "Don’t look. Don’t look.",
            "Hey,",
        ],
    );
}

#[test]
fn kitchen_party() {
    check(
        "kitchen-party",
        &[
            "I'm not her brother,",
            "Is there any more",
            "Good morning,",
            "I was told ten.",
            "In Kitwe, ten is",
            "I'm noticing.",
            "Where do these go?",
            "I'm not in. I'm",
            "Then I'll throw them.",
            "Then you carry them,",
            "I'll feel a little",
            "Who is Mwila?",
            "Natotela, Natasha,",
            "See you at the",
            "I asked,",
            "A mwiko, Ba Ireen.",
            "I cook nshima.",
            "For my husband.",
            "For your husband, and",
            "Ati you are an",
            "And count the money",
            "Ba Mwape, please, one",
            "That one is the",
            "They're here! They're here,",
            "Don't ask him. You're",
            "Ee-ee-ee!",
            "I was shaking too",
            "You shouted.",
            "You shouted. I heard",
            "You're the gate lady",
            "There's food?",
            "Then I'd better be",
            "Sit with me?",
            "That's not a side,",
            "They can see everything.",
        ],
    );
}

#[test]
fn lutefisk_supper() {
    check(
        "lutefisk-supper",
        &[
            "You've never had lutefisk.",
            "I've never had lutefisk.",
            "Not even once? You",
            "I grew up on",
            "I brought the egg",
            "Yes, ma'am. I mean,",
            "What does that mean?",
            "Yes, ma'am. Danny. It's",
            "Okay.",
            "Uff da!",
            "No, I'll eat it.",
            "Can I, uh. My",
            "On the lutefisk?",
            "On anything.",
            "Karin, show him.",
            "Is this on? Okay.",
            "And the quilt raffle",
            "No, sir.",
            "I'll bring the sauce.",
        ],
    );
}

// Held out: tests/fixtures/fanfic-heldout, written blind and never fitted on (see its
// README). Only their count is checked, never which lines are wrong: a list of misses
// would be read, and they would stop being unseen.

/// Runs `script --json` on a held-out story: the gold quotes found in order (one
/// not found counts wrong, as `evaluate` counts it), no more than `chrome` dialogue
/// records that are no gold quote (site chrome quoting the story, skipped as
/// `evaluate` skips them), and at least `at_least` speakers right. A failure prints
/// the count, not the lines.
fn check_unseen(name: &str, chrome: usize, at_least: usize) {
    let (gold, dialogue) = gold_and_dialogue("fanfic-heldout", name);
    let mut next = 0;
    let mut unlisted = 0;
    let mut right = 0;
    for expected in &gold {
        let Some(found) = dialogue[next..]
            .iter()
            .position(|(text, _)| text.starts_with(&expected.start))
        else {
            continue;
        };
        unlisted += found;
        next += found + 1;
        right += usize::from(dialogue[next - 1].1 == expected.speaker);
    }
    unlisted += dialogue.len() - next;
    assert!(
        unlisted <= chrome,
        "{name}: {unlisted} dialogue records are no gold quote, more than the {chrome} it had"
    );
    assert!(
        right >= at_least,
        "{name}: {right} of {} speakers right, fewer than the {at_least} it had",
        gold.len()
    );
}

// A held-out story's floor is three lines under its count when added: a refit alone
// moves a story by a line or two, and a floor that a refit can trip would make these
// stories a criterion for choosing weights. `chrome` counts the site chrome it had read
// as dialogue when added.

// Set 13 (assembly-point, encore, hatch-day, largest-marrow, three-minutes) joined the
// stories above at 472 of 576 (465 when added).

// Set 14 (open-late, quiet-hours, read-through, the-innkeeper, updraft) joined the
// stories above at 459 of 612 (451 when added, at b2a000c), after its chrome was fixed
// (branch chrome-14) and before anyone read its misses.

// Set 15 (big-storm, ceiling-rose, closing-bell, qingping-ferry, shout-and-launch)
// joined the stories above at 556 of 603 (553 when added, at 4ca9bce), after its chrome
// was fixed (branch chrome-15) and before anyone read its misses.

// Set 16 (chai-pe-charcha, festival-committee, goldfish-summer, long-paddock,
// the-hat-game) joined the stories above at 533 of 606 (530 when added, at dba130b),
// after its chrome was fixed (branch chrome-16) and before anyone read its misses.

// Set 17 (hurry-hard, light-don-go, mirror-signal, sarado-sa-linggo, the-good-room)
// joined the stories above at 473 of 588 (466 when added, at e4bc949), after its chrome
// was fixed (branch chrome-17) and before anyone read its misses.

// Set 18 (bara-brith, between-the-flags, last-load, one-light, pace-notes) joined the
// stories above at 469 of 585 (463 when added, at 1628a3c), after its chrome was fixed
// (branch chrome-18) and before anyone read its misses.

// Set 19 (half-a-pint, last-shuttle, porch-light, signal-eight, sunday-pot) joined the
// stories above at 509 of 589 (509 when added, at d9e13bd), after its chrome was fixed
// (branch chrome-19) and before anyone read its misses.

// Set 20 (knocking-day, mauzy, night-bait, on-air, saturday-souse) joined the stories
// above at 508 of 591 (513 when added, at 39a47f7), after its chrome was fixed (branch
// chrome-20) and before anyone read its misses.

// Set 21 (boil-day, crimp, festa, kottu-night, load-shedding) joined the stories above
// at 537 of 590 (534 when added, at b0a7163), after its chrome was fixed (branch
// chrome-21) and before anyone read its misses.

// Set 22 (dholki-night, grog-and-glory, kwanjula, plate-lunch, tara-a-bit) joined the
// stories above at 522 of 585 (514 when added, at 457c9a5), after its chrome was fixed
// (branch chrome-22) and before anyone read its misses.

// Set 23 (boishakh, cheers-drive, cup-match, kitchen-party, lutefisk-supper) joined the
// stories above at 473 of 587 (457 when added, at ea10eb9), after its chrome was fixed
// (branch chrome-23) and before anyone read its misses.

// Set 24, when added (at c8c4270, the binary its author ran): ballaugh-bridge 102 of
// 118, cookie-table 102 of 123, decoration-day 90 of 115, national-day 104 of 116, patlo
// 113 of 117, every quote found, with site chrome read as dialogue in all five (10
// records). Since branch chrome-24 (readers for Lemmy, Evernote, GitHub Gist, Buy Me a
// Coffee and Bear Blog pages) none is allowed.

#[test]
fn unseen_ballaugh_bridge() {
    check_unseen("ballaugh-bridge", 0, 99);
}

#[test]
fn unseen_cookie_table() {
    check_unseen("cookie-table", 0, 99);
}

#[test]
fn unseen_decoration_day() {
    check_unseen("decoration-day", 0, 87);
}

#[test]
fn unseen_national_day() {
    check_unseen("national-day", 0, 101);
}

#[test]
fn unseen_patlo() {
    check_unseen("patlo", 0, 110);
}
