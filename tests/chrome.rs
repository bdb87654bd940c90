//! Site chrome in pasted fan fiction, through `script --json`: a tumblr post's header
//! and tags (also copied with the blog's name, `Follow` and the notes count), an AO3
//! page copied as text (chapter and one-shot, labels on their own lines or glued to
//! their text, or no summary at all with the user name over the chapter heading), a
//! FanFiction.net chapter with its page title, stats and review replies or with its
//! `Follow/Fav` button and `~ o ~` separators, a Wattpad chapter with its emoji stats
//! and unlabelled notes (also hard-wrapped, with a user name's byline, or with its
//! paragraph comments and the books it recommends), a SpaceBattles
//! post with its threadmarks and post header, a Royal Road chapter page with its note
//! boxes, buttons, author's box and comments, an r/WritingPrompts thread copied from
//! new and old Reddit (one with markdown emphasis, an italic edit and the story's
//! score), a Quotev chapter, a whole multi-chapter AO3 work with its tag
//! block, a LiveJournal entry with its header and comments, a Dreamwidth community
//! post, a tumblr ask-fic, a FanFiction.net chapter from the mobile site, an AO3
//! chapter with image descriptions, a Sufficient Velocity thread page with an omake,
//! its quoted post, footer and a reply post, a Webnovel chapter page with its menu,
//! stats, note boxes, buttons and comments, an eFiction archive's story page with its
//! menu, title line, tools, information, chapter notes and foot, a fic posted in
//! numbered parts in a Discord channel among its members' messages, a thread copied
//! from X with its headers, counts, asides and replies (a speech running on from one
//! post into the next), a Usenet post saved as text with its headers, fic header,
//! feedback plea and signature, a Ko-fi post's page with its menu, tabs, lock line,
//! likes and comments, a Scribble Hub chapter's page with its menu, chapter links,
//! settings bar, end note, views and comments, a Google Docs draft with its
//! working title, notes to self, comment anchors and comments, a fanzine's PDF as
//! pdftotext gives it (cover, contents, page numbers, running heads, hyphenation, a
//! pull quote, a paragraph cut by a page break), a raw Obsidian note (front
//! matter, callouts, comments, footnotes, highlights), a Substack newsletter's email
//! pasted from Gmail (the mail's and the post's headers, subscribe box, footnotes,
//! footer, the writer's intro and end note), an AsianFanfics chapter's page, a
//! Patreon post's page and a ProBoards roleplay thread (post headers, quote blocks,
//! template headers, asides, signatures, buttons) and a Yahoo! Groups digest (its
//! headers, sponsor box and topics, and a reader's reply quoting the story after `>`),
//! and a fan translation's WordPress post (the blog's header, the post line and header
//! fields, chapter links, translator's notes inline and in a block, footnote markers,
//! share box, related posts, comments, reply box and footer) and a DeviantArt x-Reader
//! (the menu glued to the title, byline, writer's header over its rule, copyright,
//! description, details, tags, buttons and comments), and selections copied from
//! Apple Books (each wrapped in quote marks and followed by an `Excerpt From` footer),
//! and a fic written live in an imageboard thread (the board's menus, post headers,
//! reply links, file lines, greentext marks, the writer's asides and the others'
//! replies greentexting the story), and a kink meme's comment thread with a fill in
//! it (the community's entry, the prompt, the comments' subjects, posters, stamps and
//! buttons, the filler's notes and the readers' replies quoting the fill), and a fic
//! on a hand-made Neocities page (the site's header, the fic's notes fields, the
//! links, a `currently listening` line, the guestbook, webring and footer), and a
//! story on Medium (its bar, header, intro, tags, boxes, responses and footer), and a
//! Tapas novel's episode (its menu, series header, stats, creator's note, buttons,
//! links, lock, comments and footer), and a Wikidot tale (the site's header, rating,
//! modules, series line, footnote markers, footnotes, author's line, tags, tools and
//! footer), a cohost post (bar, header, headline, intro, tags, counts and comments),
//! an Inkitt chapter (menu, header, plea, chapter list, reviews, recommendations and
//! footer), a Bluesky thread (menu, headers, counts, post numbers, `ALT`, asides and
//! replies) and a phpBB topic (header, post headers, signatures, posters' boxes,
//! replies with quote boxes and footer), a Pillowfort post (bar, header, title's fields,
//! intro, tags a line each, counts and comments), a LOFTER translation (bar, header,
//! translator's header and asides, end mark, afterwords, tags, counts and comments),
//! passages copied out of a Kindle book (citation lines between them), a SquidgeWorld
//! chapter's page (header, search tip, buttons, kudos and comments), a Fandom wiki's
//! story page (header, infobox, lead, contents, trivia, sections and comments), a
//! Quizilla story as the Wayback Machine archived it (the archive's banner, menu,
//! header, description, rating box, comments and footer), a Facebook group post (bar,
//! group, poster, intro, hashtags, reactions, counts and comments), a MediaMiner chapter
//! (menu, details, tools, chapter links, reviews and footer), a Mibba chapter (menu,
//! header, counts, buttons and comments) and an India Forums thread page (header,
//! posters' boxes, intro, outro, likes, buttons, others' replies and footer), a
//! Nairaland thread (header, page title and breadcrumb with the story's title in quotes,
//! pager, post headers, intro, end notes, likes, others' replies and footer), a Blogger
//! post (blog header, date, intro, POV line, footer, comments, sidebar), a tumblr post
//! with its reblog chain (bar, names, reblog line, reblogs' comments, source, notes), a
//! boards.ie thread (menu, posters' lines, intro, outro, buttons, quoting replies, the
//! writer's thanks) and a fic posted in a WhatsApp group, exported on Android and on
//! iOS (system lines, prefixes, marks, members' chat quoting the story), a GameFAQs
//! topic (links, post headers, intro, signatures quoting a line, quote headers,
//! replies, deleted posts, footer), a FanFiction.de page in its German chrome (menu,
//! byline, genres, details, `Kurzbeschreibung`, `Vorwort`, `Ende`, `Nachwort`,
//! reviews), a Notion public page (bar, icon, properties a line each, callout, links,
//! toggle, comments), a Mastodon thread (bar, headers, content warnings, hashtags,
//! counts, replies after their mention, footer) and a Booksie chapter (menu, details,
//! table of contents, copyright, share links, reviews, other works, tags), a Ghost
//! blog post (blog header, tags, dek, post line, `END`, thanks, share links, subscribe
//! box, comments, other posts, footer), a Telegram channel (its name over every post,
//! once glued to a story paragraph, count, pinned message, intro and chat posts,
//! hashtags, reactions, views, a forwarded message), a Penana chapter (menu, details,
//! counts, chapter list, notes, `End of Chapter`, buttons, comments), an Amino post
//! (nav, badge, writer's name and level, box, intro, fields, outro, hashtags, likes,
//! comments) and a Steam Community discussion (store bar, tabs, breadcrumb, topic,
//! `Report post`, headers, numerals, the thanks glued to `THE END`, others' comments,
//! the writer's answer, foot), a Wix blog post (header, reading time, intro, tags a
//! line each, share links, counts, recent posts, comments, footer), a Sweek and a Dreame
//! chapter (menu, details, counts, chapter list, the writer's words, buttons, chapter
//! links, comments, footer), a Telegraph page (name, date, link line, intro,
//! glossary, end note, report link) and a Slack channel (workspace, channel, topic,
//! date divider, headers glued to the fic, title line with its part mark, reaction
//! rows, thread summary, others' messages, message box), a pixiv novel (menu, series,
//! header, tags, counts, caption, chapter headings right over their paragraphs,
//! glossary, buttons, work links, comments, footer), a Vocal story (menu, community,
//! subtitle quoting a line, byline, details, tags, buttons, the writer's box, readers'
//! insights, comments, footer), an Instagram caption series (bar, each post's head and
//! place, the caption's first line glued to the user name, the intro, spacers,
//! hashtags, comments, counts, footer), a mail read in Outlook on the web (ribbon,
//! header, attachments, greeting and intro, the fic's header line, sign-off, buttons,
//! the quoted message) and a SpaceHey blog entry (banner, nav, the writer's box,
//! header, intro quoting a word, end note, kudos, comments, footer), a mail read in
//! Proton Mail (menu, folders and their count, toolbar, header, attachments, greeting
//! and intro, the fic's header line between dots, the words under the last separator,
//! sign-off, the app's line, the quoted message), a Jcink forum topic (board header,
//! posts' headers and posters' boxes, intro quoting a relative, outro, signature, quote
//! boxes, replies, footer), a GoodNovel chapter (menu, breadcrumb, details, counts,
//! chapter heading and details, `A/N:`, glossary under a label of its own, teaser,
//! comments, boxes, footer), a Writing.Com item (menu, byline, item line, description,
//! icons, an intro with no separator quoting a request, thanks, copyright lines,
//! reviews), a Pastebin paste (menu, paste header, size line, toolbar, the paste's
//! header fields, glossary, thanks, raw data, public pastes, comments, footer), a Lemmy
//! post (menu, community, byline, intro quoting a request, end note, tags, counts,
//! buttons, comments, sidebar, footer), an Evernote shared note (menu, sharer and
//! update lines, header fields, glossary, checklist, tags, sign-up box, footer), a
//! GitHub Gist (bar, buttons, description, file name, the file's fields line and note,
//! end note, comments, footer), a Buy Me a Coffee post (menu, creator, tabs, date, intro,
//! end note, hashtags, coffee box, supporters' messages, other posts, footer) and a Bear
//! Blog post (nav, date, intro, a glossary of spaced hyphens under the story's last
//! line, the invitation to reply, tags, upvote, footer).
//! None of it is read as narration, and above all no quote in a note is voiced as
//! dialogue; with `--notes` the author's notes are read, as narration, and the site's
//! furniture still is not. A story that uses the same words (`Notes:`, `Warning:`, a
//! lower-case start, `—Mum`, a screen's `Comments (3)`, a lone `Reply`) keeps every
//! paragraph.
//!
//! The fixtures are in tests/fixtures/chrome/ (invented stories).

mod common;

use std::path::Path;

use common::Run;
use ficaudio::input::{parse_story, Format};

/// What one fixture must give.
struct Case {
    name: &'static str,
    /// Every heading, in order.
    headings: &'static [&'static str],
    /// Every dialogue record's text, in order: the story's quotes and no other.
    dialogue: &'static [&'static str],
    /// How the first and the last narration or dialogue record start.
    first: &'static str,
    last: &'static str,
    /// Text in no record, with or without `--notes` (the site's furniture).
    chrome: &'static [&'static str],
    /// Text in no record without `--notes`, and in one with it (the author's notes).
    notes: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "tumblr-post",
        headings: &["signal fire | lighthouse keeper!oc x f!reader"],
        dialogue: &[
            "No,",
            "No, no, come back.",
            "That was the last one,",
            "Till March.",
            "You're joking.",
            "I don't joke.",
            "You'd better come up to the light. There's weather coming.",
            "Do you always keep this many?",
            "Storms,",
            "And the gulls eat the wiring.",
            "The gulls eat the wiring.",
            "One gull. Gerald.",
            "We don't talk about Gerald.",
        ],
        first: "summary: the last ferry",
        last: "You feed Gerald.",
        chrome: &["#signal fire"],
        notes: &[
            "wc: 1.9k",
            "warnings: mild swearing",
            "grumpy man, tiny island",
            "taglist:",
            "i have a soft spot",
            "reblogs are so appreciated",
        ],
    },
    Case {
        name: "tumblr-joined",
        headings: &["channel nineteen | snowplough driver!oc x f!reader"],
        dialogue: &[
            "Don't,",
            "Don't you dare.",
            "You alright?",
            "My car died.",
            "I can see that.",
            "Get in. You'll freeze.",
            "Channel nineteen,",
            "Best station in the county.",
            "It's just the weather.",
            "Exactly.",
        ],
        first: "summary: your car gives up",
        last: "Exactly.",
        chrome: &["#channel nineteen"],
        notes: &[
            "wc: 2.5k",
            "something cozy but with a storm in it",
            "taglist:",
            "plough guy has my whole heart",
            "reblogs are so appreciated",
        ],
    },
    Case {
        name: "ao3-chapter",
        headings: &["The Long Way Round", "Chapter 3: The Kitchen"],
        dialogue: &[
            "Right,",
            "Where do you keep your pans?",
            "Pans,",
            "Pans. Round things. Handles.",
            "I know what a pan is, Babcia.",
            "Then show me one.",
            "Who is Imogen?",
            "She's the one who labels her milk.",
            "I like her already.",
            "Watch. This is the only thing you will learn today, so watch properly.",
            "That's it?",
            "That's it. Tomorrow, two eggs.",
        ],
        first: "Marta has three days",
        last: "That's it. Tomorrow, two eggs.",
        chrome: &["bramblewick", "Summary:"],
        notes: &[
            "read all of them out loud",
            "MARTA NO",
            "Chapter Text",
            "Chapter End Notes",
            "Babcia vs. the smoke alarm",
            "Kudos and comments",
        ],
    },
    Case {
        name: "ao3-glued",
        headings: &["The Long Way Round", "Chapter 5: The Dumplings"],
        dialogue: &[
            "Thumb here,",
            "And fold. No, fold. Like you mean it.",
            "I do mean it.",
            "Then tell your thumb.",
            "Who taught you?",
            "My dziadek,",
        ],
        first: "Marta teaches Tomasz",
        last: "said Imogen",
        chrome: &["bramblewick", "Summary:"],
        notes: &[
            "Thank you for sticking",
            "INGRID NO",
            "Sorry this one was short",
        ],
    },
    Case {
        name: "ao3-lines",
        headings: &["The Long Way Round", "Chapter 4: The Market"],
        dialogue: &[
            "Carrots,",
            "Choose.",
            "They're all carrots.",
            "Choose well.",
        ],
        first: "Marta takes Tomasz shopping",
        last: "He chose.",
        chrome: &["bramblewick", "See the end of the chapter", "Summary:"],
        notes: &[
            "smoke alarm",
            "Babcia is my new role model",
            "Next week: dumplings",
        ],
    },
    Case {
        name: "ao3-oneshot",
        headings: &[],
        dialogue: &[
            "From the top,",
            "And do the voices.",
            "I don't know the voices.",
            "You've heard them forty times. You know the voices.",
            "'Once upon a winter, when the snow was deep,'",
            "'a fox came down from the hill.'",
            "Slower.",
            "The fox doesn't hurry. That's the whole point of the fox.",
        ],
        first: "Every Christmas Eve",
        last: "Lucy didn't move for a long time.",
        chrome: &[
            "Summary:",
            "See the end of the work",
            "Rating: General Audiences",
            "Additional Tags:",
            "Stats: Published:",
        ],
        notes: &[
            "For my sister",
            "Work Text:",
            "End Notes:",
            "don't you dare put me in one of your stories",
            "make my Christmas",
        ],
    },
    Case {
        name: "ffn-chapter",
        headings: &["Chapter 4: The Inside Woman"],
        dialogue: &[
            "You look like a burglar,",
            "I look like a volunteer.",
            "You look like a burglar who volunteers.",
            "Please tell me that's not the code,",
            "It's the code.",
            "Museums,",
            "are a menace.",
        ],
        first: "The museum closed at six",
        last: "The door clicked open.",
        chrome: &[
            "| FanFiction",
            "Author: kestrelwings",
            "Rated: T",
            "Follows: 88",
        ],
        notes: &[
            "Disclaimer:",
            "is the Professor going to die",
            "Review replies",
            "the warehouse scene",
            "Sable's coat is important",
            "is this going where I think",
            "Cliffhanger, sorry!",
        ],
    },
    Case {
        name: "wattpad-chapter",
        headings: &["Fault Lines ➳ ezra vance x reader", "Chapter 7: the party"],
        dialogue: &[
            "He's here,",
            "Don't look. Okay, look. No, don't!",
            "Who?",
            "You know who, Y/N.",
            "Hey,",
            "Hey yourself.",
            "(Y/N)! You came!",
            "Vance. Didn't know you did parties.",
            "I don't,",
        ],
        first: "The music is so loud",
        last: "Ezra says, and takes your hand",
        chrome: &["14.2K"],
        notes: &[
            "finals ate me alive",
            "Y/N = your name",
            "just a guy in a hoodie",
            "enjoy 💕",
            "cole is NOT done",
            "please vote",
            "QOTD",
            "— bee 🐝",
        ],
    },
    Case {
        name: "wattpad-lines",
        headings: &[
            "Fault Lines ➳ ezra vance x reader",
            "Chapter 8: the car ride home",
        ],
        dialogue: &[
            "I'm sorry,",
            "About the party. About all of it.",
            "Okay,",
            "Okay?",
            "Okay, I heard you. That's not the same as okay, it's fine.",
            "Yeah. That's fair.",
        ],
        first: "Cole's car smells",
        last: "Yeah. That's fair.",
        chrome: &["15.9K"],
        notes: &[
            "this one is short",
            "is cole going to apologise",
            "enjoy!!",
            "ezra's pov",
            "please vote",
            "— bee 🐝",
        ],
    },
    // The bug: copied from AO3 with no summary, the user name alone under the title,
    // then the chapter heading, was read aloud as narration.
    Case {
        name: "webnovel-chapter",
        headings: &["Chapter 17: The Night Market"],
        dialogue: &[
            "You're scowling,",
            "I'm thinking.",
            "It looks the same.",
            "Eat one. Thinking goes better with sugar.",
        ],
        first: "The night market opened",
        last: "He took one.",
        chrome: &[
            "Browse",
            "Anime & Comics",
            "quietfoxglove",
            "61.2K Views",
            "2,814 words",
            "Creation is hard",
            "VOTE",
            "Power Stone",
            "GIFT",
            "Report chapter",
            "Paragraph comments",
            "Comments (88)",
            "TOP COMMENTS",
            "lanternfan_22",
            "NOT AGAIN",
            "yes again",
            "TABLE OF CONTENTS",
        ],
        notes: &["600 power stones", "Ren is a lantern in human form"],
    },
    Case {
        name: "wattpad-comments",
        headings: &["Snowed In ✧ theo marsh x reader", "Chapter 4: the kettle"],
        dialogue: &[
            "We could walk,",
            "We could not,",
            "Unless you fancy being found in April.",
            "Well,",
            "That's that, then.",
            "Tell me something true,",
            "while we wait.",
        ],
        first: "The snow started before lunch",
        last: "He was quiet for so long",
        chrome: &[
            "22.6K",
            "pippin_reads",
            "no bc i would also not walk",
            "3w Reply",
            "the only sane reader",
            "i'm deceased",
            "HE'S SO DRAMATIC",
            "he would be wrong",
            "rude 😤",
            "Continue reading",
            "You'll also like",
            "Frostbitten Letters",
            "by paper_lanterns",
            "112K",
            "the letters keep coming",
            "The Winter Orchard",
        ],
        notes: &["long-ish", "enjoy!! ❄️", "love u all, ember 🔥"],
    },
    Case {
        name: "efiction-story",
        headings: &["The Salt Road"],
        dialogue: &["It is not,", "It is exactly as long as it looks."],
        first: "Summary: Ada walks the salt road",
        last: "The road, being a road",
        chrome: &[
            "The Lantern Archive",
            "Most Recent",
            "hollow_wren",
            "[Reviews",
            "Printer:",
            "Text Size",
            "Rated: Teen",
            "Read Count",
            "Published:",
            "Chapter 1 of 1",
            "Back to index",
            "You must login",
            "publicly recognizable",
            "Powered by eFiction",
        ],
        notes: &["For Maren", "Tam gets his own story next"],
    },
    Case {
        name: "discord-channel",
        headings: &[],
        dialogue: &[
            "Nobody sails past here any more,",
            "There's nothing to warn.",
            "Well,",
            "There's something to warn now.",
        ],
        first: "The lighthouse had been dark",
        last: "She kept the lamp lit",
        chrome: &[
            "#fic-corner",
            "drop your fics here",
            "moth_and_ember",
            "Today at",
            "03/14/2024",
            "OMG yes",
            "go go go",
            "[1/5]",
            "[2/5]",
            "[5/5]",
            "(edited)",
            "oh no. oh NO",
            "a long white arm\" I'm",
            "cry at work",
            "🕯",
            "the BOAT",
        ],
        notes: &[
            "ok posting the fic here",
            "sorry in advance",
            "sorry not sorry",
            "last one!!",
            "thank u all for reading",
        ],
    },
    Case {
        name: "x-thread",
        headings: &[],
        dialogue: &[
            "You're late,",
            "The fog's early,",
            "Different thing.",
            "Race you to Hollin Gap,",
            // The speech runs on into the next post: no counts, header or number in it.
            "Loser carries the parcels for a week. All of them. Even the ones for Mrs Calloway.",
            "Even the ones that tick.",
            "Fine.",
            "You\u{2019}re going to lose,",
            "I\u{2019}m pacing myself,",
        ],
        first: "The fog comes down at four",
        last: "says Ash, one shoe down",
        chrome: &[
            "See new posts",
            "Conversation",
            "bram",
            "@owlsonthemoor",
            "Apr 2",
            "9:14 PM",
            "31.7K",
            "Views",
            "2/",
            "end \u{1F989}",
            "Who can reply?",
            "Discover more",
            "Sourced from",
            "pip",
            "Replying to",
            "i am screaming",
            "MRS CALLOWAY",
            "Show more replies",
        ],
        notes: &[
            "moorland! AU",
            "yes i know postal rounds",
            "ok that's it!!!",
        ],
    },
    Case {
        name: "usenet-post",
        headings: &["The Fog Bell"],
        dialogue: &[
            "You'll wear a groove in the floor,",
            "Somebody has to ring it.",
            "Somebody does. Not all night.",
            "That's an echo,",
            "Echoes don't wait,",
            "Listen. It waited.",
        ],
        first: "SUMMARY: Ruth and Abel",
        last: "They stood together at the rail",
        chrome: &[
            "From:",
            "Newsgroups:",
            "Message-ID",
            "X-Newsreader",
            "TITLE:",
            "AUTHOR:",
            "RATING:",
            "by BettyQ",
            "=====",
            "END",
            "BettyQ   tidewrack",
            "Leave the light on",
            "my dad, every night",
        ],
        notes: &[
            "SPOILERS:",
            "The Long Night",
            "DISCLAIMER:",
            "ARCHIVE:",
            "FEEDBACK:",
            "tell them to be gentle",
            // A field no list knows, among the header's: its quote is no one's line.
            "SOUNDTRACK:",
            "Fog on the Water",
            "Thanks to Dot R.",
            "Feedback to tidewrack",
            "the bell is spelled wrong",
        ],
    },
    Case {
        name: "kofi-post",
        headings: &["Night Shift (modern!Alder x baker!reader) \u{2014} EARLY ACCESS"],
        dialogue: &[
            "We're not open,",
            "I know,",
            "The sign says so. Very clearly. I'm sorry.",
            "Then why are you in my shop?",
            "Your oven's on fire,",
        ],
        first: "The bell over the door",
        last: "It was. A little.",
        chrome: &[
            "ko-fi",
            "Explore",
            "Memberships",
            "scribbles",
            "Members-only",
            "min read",
            "likes",
            "Comment",
            "crumbsnatcher",
            "DECEASED",
            "the understatement",
            "the oven is fine i promise",
            "Buy juno",
            "Ko-fi Labs",
        ],
        notes: &[
            "hey loves!!",
            "keeps buying croissants",
            "pairing:",
            "wc: 2.1k",
            "cw: mild peril",
            "(Y/N) = your name",
            "THE OVEN IS FINE",
        ],
    },
    Case {
        name: "scribblehub-chapter",
        headings: &[
            "Emberwake: The Glass Coast [Fanfic]",
            "Chapter 4 \u{2013} The Toll at Brackwater",
        ],
        dialogue: &[
            "Name,",
            "Wren,",
            "Just Wren.",
            "Nobody's just anything.",
            "Business?",
            "She robbed us.",
            "She charged us,",
            "It's different when they write it down.",
        ],
        // A chapter's opening note under its heading greets the readers: a note.
        first: "The toll-keeper at Brackwater",
        last: "It's different when they write it down.",
        chrome: &[
            "Scribble Hub",
            "Series Finder",
            "Rankings",
            "Latest Series",
            "Sign Up",
            "Home \u{bb}",
            "Previous Chapter",
            "Index",
            "Next Chapter",
            "Font:",
            "Views:",
            "Report Chapter",
            "Comments (9)",
            "Sort by",
            "pondlily",
            "WREN",
            "Load more comments",
        ],
        notes: &[
            "Hi all! Quick note",
            "Author's Note:",
            "Next one is the ferry",
            "Support tallowquill",
        ],
    },
    Case {
        name: "gdocs-draft",
        headings: &["The Lighthouse Ledger"],
        dialogue: &[
            "Who's been writing in this?",
            "Not me. I can't spell barometer.",
            "Nobody can spell barometer.",
            "Storm by six.",
            "Six,",
            "It's half five.",
            "Then we've got half an hour to be sensible,",
        ],
        first: "The ledger was older than the lighthouse, which was saying something, because the lighthouse was older than the town.",
        last: "said Jory, and handed her a mug she took like a harbourmaster.",
        chrome: &[
            "DRAFT 2",
            "do not share",
            "Fandom:",
            "Characters:",
            "________________",
            "[a]",
            "[e]",
            "[f]",
            "Tamsin Roe",
            "love this first line",
            "is SO nell",
            "intentional?",
        ],
        notes: &[
            "For: tamsin_writes",
            "NOTES TO SELF",
            "a ledger that writes itself",
            "[TK: check",
            "END \u{2014} ok",
        ],
    },
    Case {
        name: "ao3-plain-byline",
        headings: &["Second Violin", "Chapter 2: Rests"],
        dialogue: &[
            "You're rushing the rests,",
            "I'm not rushing them. I'm just not enjoying them.",
            "Same thing.",
            "From bar forty. Count them out loud if you have to.",
        ],
        first: "The practice room on the third floor",
        last: "Jun counted them out loud.",
        chrome: &["hollowreed"],
        notes: &[],
    },
    // The bug: a Wattpad chapter pasted hard-wrapped, its title ending in `!!`: the
    // header walk stopped at the title, so the byline `by net_cord_nina` (joined to the
    // title), `wc:` and `warnings:` (joined to the line under it) were read, and the
    // plea glued under the last sentence was read with it. Story lines that start with
    // `Follow`, `by`, `#` or `Warnings` stay.
    Case {
        name: "wattpad-wrapped",
        headings: &["captain!oc x reader ✧ long serve!!"],
        dialogue: &[
            "You're late,",
            "Coach is in a mood.",
            "Coach is always in a mood.",
            "A worse one.",
            "Somebody left the ball cart out in the rain.",
            "It wasn't me,",
            "Nobody said it was you.",
            "But you did just say it wasn't, which is exactly what someone who did it would say.",
            "Your serve,",
            "Make it a long one.",
        ],
        first: "The gym smells",
        last: "Hana laughs, the real one",
        chrome: &["net_cord_nina"],
        notes: &["wc: 1.2k", "warnings: swearing", "enjoy!!", "pls vote"],
    },
    // The bug: a tumblr post copied with the blog's name and `Follow` over the title
    // read the name as the title and everything in the header; the notes count under
    // the tags kept the taglist and the tags in as well.
    Case {
        name: "tumblr-blog",
        headings: &["the glass orchard | cassian reyne x reader"],
        dialogue: &[
            "Put it back,",
            "It's an apple.",
            "It's a lock.",
            "And you have just opened it.",
            "Ah,",
            "Yes. That.",
        ],
        first: "The orchard behind the manor",
        last: "Yes. That.",
        chrome: &["moths-and-mirrors", "#the glass orchard", "1,042 notes"],
        notes: &[
            "pairing: cassian reyne",
            "wc: 1.8k",
            "warnings: a little blood",
            "taglist: @lanternlit-lou",
        ],
    },
    // The bug: FanFiction.net's `Follow/Fav` was read with the title, and its `~ o ~`
    // separators as narration; the dialect speech (`nothin'.`, `o' my life`) lost its
    // end to the narrator.
    Case {
        name: "ffn-follow",
        headings: &["The Lantern Marsh"],
        dialogue: &[
            "I ent seen nothin'. Thass the point. Yew don't see 'em, not proper. And yew go to help",
            "Help who?",
            "Whoever's callin'.",
            "My dad said that to me every night o' my life till I were ten. I thought he were daft",
            "Don't yew go,",
            "Yew hear me? Not for nothin'.",
        ],
        first: "The eel-men go out",
        last: "By morning the lamp was out",
        chrome: &["Follow/Fav", "By: reed-warbler", "Rated: Fiction T", "~ o ~"],
        notes: &[],
    },
    // The bug: a SpaceBattles post was read with its threadmark bar, its run of chapter
    // links as one heading, and the post's header; on one line each, or one part per
    // line with the current chapter's heading said again over the text.
    Case {
        name: "forum-post",
        headings: &["Chapter 5: Fines and Forfeits"],
        dialogue: &[
            "These were returned,",
            "On time. I have the receipt.",
            "I believe you,",
            "That's a croissant,",
            "It's a receipt.",
            "For a croissant.",
        ],
        first: "The Stackwell Public Library",
        last: "For a croissant.",
        chrome: &["Threadmarks", "Chapter 3: Overdue", "Bindlewort", "#41", "Add bookmark"],
        notes: &[],
    },
    Case {
        name: "forum-lines",
        headings: &["Chapter 5: Fines and Forfeits"],
        dialogue: &["Count it,", "Four pounds twelve,", "I know,"],
        first: "The fine came to four pounds",
        last: "said Mrs Oduya.",
        chrome: &[
            "threadmarks",
            "Reader mode",
            "Chapter 4: The Reading Room",
            "Bindlewort",
            "Dewey decimal devotee",
            "Mar 16, 2025",
            "#58",
            "Add bookmark",
        ],
        notes: &[],
    },
    // The bug: a Royal Road chapter page was read with its `A note from USER` boxes
    // (their quotes voiced as dialogue), the Patreon plug, the notice the site hides in
    // a chapter, `Support "Title"` (its title voiced as dialogue), the chapter buttons,
    // the author's box and every reader's comment; a quest's name in a system box was
    // voiced as dialogue, splitting the box. The box and the stat sheet are story.
    Case {
        name: "royalroad-chapter",
        headings: &["Hollowmere Deepdelvers", "Chapter 12: The Toll Bridge"],
        dialogue: &[
            "Three coppers each,",
            "Four for the tall one.",
            "Why four for me?",
            "Wear and tear.",
            "Did everyone else get that?",
            "Got it,",
            "Quest log says two more bridges.",
            "You didn't haggle,",
            "I gave you the discount. Don't let it go to your head.",
            "Stop reading your own stats,",
            "Walk.",
        ],
        first: "The toll bridge over the Sump",
        last: "Walk.",
        chrome: &[
            "by Quillon_Vash",
            "unlawfully taken",
            "Support \"Hollowmere",
            "Previous Chapter",
            "Next Chapter",
            "About the author",
            "Bio:",
            "Log in to comment",
            "Log In",
            "Comments (34)",
            "Sprocket_Wren",
            "I love this goblin",
            "he will be back",
            "thanks for the chapter",
        ],
        notes: &[
            "A note from Quillon_Vash",
            "Back from the con!",
            "MORE GOBLIN",
            "read up to 10 chapters ahead",
            "Join the Discord",
        ],
    },
    // The bug: a new-Reddit copy of an r/WritingPrompts thread was read whole (the
    // post's header, the prompt and its quote as dialogue, the bot's sticky, every
    // comment's header and buttons, part marks, others' replies and a reader's quote of
    // the story); the story is the writer's comment and the reply that continues it.
    Case {
        name: "reddit-new",
        headings: &[],
        dialogue: &[
            "Is that Grandad's?",
            "It still works,",
            "It never worked. He just liked fiddling with it.",
            "Evening, all,",
            "This next one goes out to whoever is listening in the attic.",
            "I'm not in the attic,",
            "I'm in the kitchen.",
            "Near enough,",
            "You always did cut corners, Rosie.",
            "Grandad?",
            "Put the kettle on,",
            "It's a long song.",
        ],
        first: "The radio had lived in the attic",
        last: "It's a long song.",
        chrome: &[
            "r/WritingPrompts",
            "Posted by",
            "10 hours ago",
            "[WP]",
            "Writing Prompt",
            "3.4k",
            "118 comments",
            "share",
            "sorted by",
            "level 1",
            "AutoModerator",
            "Stickied comment",
            "Welcome to the Prompt",
            "[Poem]",
            "I am a bot",
            "Reply Share Report Save",
            "tinfoil_sonnets",
            "points",
            "(1/2)",
            "(2/2)",
            "gullwing_letters",
            "I'm not crying",
            "Grandad has fans now",
            "[deleted]",
            "[removed]",
            "The trumpet detail got me",
        ],
        notes: &["Thanks for reading! I post more radio stories"],
    },
    // The same bug on an old-Reddit copy: `[–]user 233 points 5 hours ago` taglines,
    // `permalink embed save parent report give award reply`; a second response of a
    // story's length is a story too, a short top-level comment is not.
    Case {
        name: "reddit-old",
        headings: &[],
        dialogue: &[
            "It's green,",
            "Why is it green?",
            "It came with the house,",
            "So did I. You didn't paper over me.",
            "You chose it,",
            "I was young,",
            "Everyone makes mistakes.",
            "Flossing?",
            "Every night,",
        ],
        first: "Mr Abernathy had been dead",
        last: "I wrote back to thank her.",
        chrome: &[
            "WritingPrompts",
            "other discussions",
            "terrible wallpaper",
            "submitted 6 hours ago",
            "87 comments",
            "[–]",
            "stickied comment",
            "I am a bot",
            "permalink",
            "Part 1",
            "Part 2",
            "He did the corners\" is so sweet",
            "neighbour's ghost next",
            "please do one about the dentist",
        ],
        notes: &[],
    },
    Case {
        name: "reddit-markdown",
        headings: &[],
        dialogue: &["You coming?", "First time on thirteen and a half?"],
        first: "The elevator went *ding*.",
        last: "I nodded, because my voice",
        chrome: &[
            "[WP]",
            "quietly_ascending",
            "1.8K",
            "some_reader",
            "gave me chills",
        ],
        notes: &["Edit: thank you for the silver"],
    },
    // The bug: a Quotev chapter was read with the site's name (as a heading), the
    // breadcrumb, the byline with its hearts, the genre line, the `Note:` (its quoted
    // request voiced as dialogue), the reader-insert key and the note on who the
    // reader is, the buttons and every comment; the title was read as narration and
    // `Chapter 3 ~ The Boathouse` was no chapter heading. A story line starting `Note:`
    // stays.
    Case {
        name: "quotev-chapter",
        headings: &[
            "❀ Lanterns at Kettle Pond ❀ || Bram Okafor x Reader",
            "Chapter 3 ~ The Boathouse",
        ],
        dialogue: &[
            "In you get,",
            "I've never done this.",
            "That's why I'm here.",
            "Sit in the middle. Don't stand up. Ever.",
            "You're rowing in circles,",
            "I'm rowing in a very precise circle.",
            "Left oar, (Y/N). Your other left.",
        ],
        first: "The boathouse smells of varnish",
        last: "Note: the pond is not deep.",
        chrome: &[
            "Quotev",
            "Stories »",
            "sugarplum_thief",
            "Fanfiction · Romance",
            "2.7K",
            "Previous chapter",
            "Like",
            "Comments (57)",
            "pondskater",
            "HE IS SO PATIENT",
            "need part 4 now",
            "❤ 12",
        ],
        notes: &[
            "Note: requested by",
            "pls write one where bram",
            "(Y/N) = your name",
            "(E/C) = eye colour",
            "(H/C) = hair colour",
            "reader is a guy",
            "thank u for reading",
        ],
    },
    // The bug: a multi-chapter work copied whole from AO3 had its tag block read label
    // by label and value by value (no `Rating:` line held its value), its title read
    // as narration, and the work's notes (their quotes voiced as dialogue), the end
    // notes and the `Kudos (540)` / `Comments (61)` buttons read.
    Case {
        name: "ao3-work",
        headings: &[
            "The Tidewater Portrait",
            "Chapter 1: The Empty Frame",
            "Chapter 2: The Parrot",
            "Chapter 3: The Letter",
        ],
        dialogue: &[
            "They left the frame,",
            "It's a very heavy frame, ma'am,",
            "It's a very valuable painting, Wilf.",
            "Well?",
            "Have you caught them?",
            "good morning.",
            "Good morning,",
            "Does he say anything else?",
            "Only when he's upset,",
            "He said 'put it down, Cyril' all last night.",
            "Then who is Cyril?",
            "Ma'am,",
            "I think Cyril might be the parrot's old owner.",
        ],
        first: "A portrait goes missing",
        last: "They found the portrait that evening",
        chrome: &[
            "Rating",
            "General Audiences",
            "Archive Warning",
            "Agnes Thorpe &",
            "Inspector Thorpe Has Had Enough",
            "Part 2 of the quayside letters",
            "Stats",
            "6,203",
            "3/3",
            "saltjar_moth",
            "Summary:",
            "See the end of the",
            "Kudos (540)",
            "left kudos on this work",
            "Comments (61)",
        ],
        notes: &[
            "Quayside Summer",
            "you cannot solve a case with a parrot",
            "The parrot arrives next week",
            "WHERE IS THE PARROT",
        ],
    },
    // The bug: a LiveJournal entry was read with its byline, date, buttons, mood,
    // music and tags, its subject line, the header's `Title:`, `Pairing:`, `Rating:`
    // and `Word count:`, the cut, `~fin~`, the tags and every comment (their quotes of
    // the story voiced as dialogue). The title is read once, as a heading, and the
    // summary is read.
    Case {
        name: "livejournal-post",
        headings: &["The Silver Inventory"],
        dialogue: &[
            "Eleven,",
            "Bess. There are eleven.",
            "There were twelve on Monday, Mrs Abney,",
            "I know there were twelve on Monday. I counted them.",
            "Is there a difficulty, Mrs Abney?",
            "A spoon, Mr Crane,",
        ],
        first: "Summary: A spoon goes missing",
        last: "We found it at midnight",
        chrome: &[
            "wrote,",
            "2008-11-02",
            "Previous Entry",
            "Current mood",
            "Current music",
            "Entry tags",
            "Fic:",
            "Title:",
            "Fandom:",
            "Rating: PG",
            "Read more",
            "~fin~",
            "Tags:",
            "12 comments",
            "(Anonymous)",
            "(UTC)",
            "(Reply)",
            "wrenfeather",
            "As if it were a body' is exactly her",
            "The coat was a late addition",
        ],
        notes: &[
            "Pairing: Bess/Tom",
            "Word count: 1,140",
            "Disclaimer:",
            "the silver is counted twice",
        ],
    },
    // The bug: a Dreamwidth community post was read with its byline joined to `Entry
    // tags:` (the date glued to the community's name), `Title:` joined to `For:`, and
    // the `Notes:` paragraph (its quote voiced as dialogue). The title is read once,
    // as a heading, and the summary is read.
    Case {
        name: "dreamwidth-community",
        headings: &["The Grafting Knife"],
        dialogue: &[
            "You hold it like a spoon,",
            "I hold it like a knife.",
            "Like a spoon that owes you money.",
            "Thumb here. Cut away from yourself, unless you want to graft your own finger.",
            "Tie it,",
            "Tight. The apple does not care about your feelings.",
        ],
        first: "Summary: Ada learns to graft",
        last: "She tied it tight.",
        chrome: &[
            "wrote in",
            "personal profile",
            "Entry tags",
            "fandom: the orchard keepers",
            "Fic: The Grafting Knife",
            "Title:",
            "Fandom:",
            "Characters:",
            "Rating: G",
            "Words:",
            "(the end)",
            "Leave a comment",
            "3 comments",
            "Top-Level Comments Only",
            "putting that on a mug",
            "(Reply) (Thread) (Link)",
            "send me one",
        ],
        notes: &["For: ferncopse", "orchards and a grudge", "removed forty commas"],
    },
    // The bug: a tumblr ask-fic was read with `Anonymous asked:`, the ask (its quoted
    // phrase voiced as dialogue), the blog's answer, the pairing and `wc:` lines, and
    // its title as narration, not a heading.
    Case {
        name: "tumblr-ask",
        headings: &["soundcheck"],
        dialogue: &[
            "That's not ours,",
            "We don't do covers.",
            "It was in my bag.",
            "Why was it in your bag?",
            "Okay. Okay. We can do this. What do you know?",
            "Four,",
            "Great. Perfect. We'll play them very slowly.",
        ],
        first: "The back room of the Crow",
        last: "You play them very slowly",
        chrome: &["lanternmoth", "Follow", "#ezra vale", "318 notes"],
        notes: &[
            "Anonymous asked:",
            "we're so doomed",
            "ruined my whole evening",
            "ezra vale x gn!reader",
            "wc: 1.4k",
            "drum crimes",
            "thank u for reading",
            "taglist:",
        ],
    },
    // The bug: a FanFiction.net chapter copied from the mobile site had the site's
    // name, the breadcrumb and the title joined into one heading, and its chapter
    // arrows and choice, `Review` and the footer links read as narration.
    Case {
        name: "ffn-mobile",
        headings: &["The Ferry Strike"],
        dialogue: &[
            "Hands up for the strike,",
            "That's three,",
            "The cat does not count,",
            "The cat is a member of this crew,",
            "and she has been paying her dues in mice.",
        ],
        first: "The crew of the Harbour Lights vote",
        last: "They argued until the rain stopped",
        chrome: &[
            "FanFiction",
            "Books »",
            "By: tern_and_tide",
            "Rated:",
            "« Prev",
            "4. The Show of Hands",
            "Next »",
            "Review",
            "Desktop/Tablet Mode",
            "Terms of Service",
        ],
        notes: &[
            "Disclaimer:",
            "is Gil ever going to win a vote",
            "harbourmaster strikes back",
        ],
    },
    // The bug: an AO3 chapter's image descriptions (`[Image: …]`) were read as
    // narration, and the words on a sign in one voiced as dialogue.
    Case {
        name: "ao3-images",
        headings: &["The Slow Boat North", "Chapter 2: The Swing Bridge"],
        dialogue: &[
            "It'll swing,",
            "Everything swings if you lean on it.",
            "Read the box,",
        ],
        first: "The swing bridge at Pellow End",
        last: "Abe read the box.",
        chrome: &[
            "thistle_and_tar",
            "See the end of the chapter",
            "Actions",
            "Previous Chapter",
            "Next Chapter",
            "Kudos",
            "Comments (12)",
            "pennywhistle_moth",
            "opinions!!!",
        ],
        notes: &[
            "podfic",
            "Chapter Text",
            "[Image: an ink drawing",
            "[Image: a coloured-pencil sketch",
            "PUSH GENTLY THEN WAIT",
            "is for my dad",
        ],
    },
    // The bug: a Sufficient Velocity thread page was read with its page title (as a
    // heading), the threadmark bar's title and recent threadmarks, the post's header,
    // the post it quotes, its footer and the QM's reply post after it (their quotes
    // voiced as dialogue); the omake's title was narration, and the writer's words to
    // the thread (a quote in them voiced as dialogue) and the spoiler's key were read.
    Case {
        name: "sv-omake",
        headings: &["Omake: Snow Day (Supermarket AU)"],
        dialogue: &[
            "Nobody's coming in,",
            "We should shut.",
            "We don't shut,",
            "We have never shut. We did not shut for the flood.",
            "Found her,",
            "She was lonely.",
        ],
        first: "The snow started at ten",
        last: "They sat on the floor of aisle nine",
        chrome: &[
            "Sufficient Velocity",
            "Threadmarks",
            "View all 21",
            "(non-canon)",
            "Reader mode",
            "Turn 30",
            "bargepole_betty",
            "#2,117",
            "Add bookmark",
            "Lockmaster said",
            "Reminder that omake",
            "Click to expand",
            "Last edited",
            "Reactions:",
            "Like x 10",
            "Reply",
            "Report",
            "#2,118",
            "Threadmarked!",
            "going straight in the QM notes",
            "already real",
        ],
        notes: &[
            "Wrote this instead of sleeping",
            "what if the barge crew",
            "@Lockmaster",
            "Spoiler: who's who",
            "Hettie = the night manager",
        ],
    },
    // The bug: a fanzine's PDF pasted as pdftotext gives it was read with its cover,
    // contents list, every page number and running head; a paragraph and a quote cut
    // by a page break were two records; hyphenation at line ends stayed (`sta- tion`);
    // the pull quote at a page's top was voiced as dialogue; the piece's title was
    // narration and its author, art credit, dedication and bio were read, and so was
    // the next piece's title and author that end the paste.
    Case {
        name: "pdf-zine",
        headings: &["Night Porter"],
        dialogue: &[
            "You\u{2019}ll catch your death,",
            "The line\u{2019}s under water past Hollow Cutting. Nothing\u{2019}s coming tonight, Perrin. Go home.",
            "Something\u{2019}s always coming,",
            "That\u{2019}s the whole point of a station, Mrs Castellane, and you know it as well as I do, and so does Mr Penhaligon, whatever he says at the board meetings.",
            "Wexcombe box,",
            "Perrin? It\u{2019}s Delphine at Marlow Junction. Listen, there\u{2019}s a light engine coming your way. It left before they closed the line and the driver isn\u{2019}t answering his radio. Keep your distant signal at danger until I know more about it.",
            "Done,",
            "What\u{2019}s his name?",
            "Amos Tregarthen. He\u{2019}s been driving since nineteen sixty-eight and he\u{2019}s never once been late, he\u{2019}ll tell you, if you let him.",
            "I won\u{2019}t let him,",
            "Evening,",
            "I\u{2019}ve brought you some reservations.",
            "The whole of Hollow Cutting,",
            "They couldn\u{2019}t get out to book, so I booked for them. Somebody had to.",
        ],
        first: "The last train into Wexcombe",
        last: "Perrin looked at the bag",
        chrome: &[
            "LATE TRAINS",
            "charity fanzine",
            "all characters belong",
            "CONTENTS",
            "Foreword",
            "sparrowhawk",
            "\u{2026}",
            "19",
            "NIGHT PORTER",
            "illustration by",
            "ironmonger",
            "Points Failure",
            "im- portant",
            "mouth- piece",
        ],
        notes: &["platform ticket", "writes about trains", "nobody reads about"],
    },
    // The bug: a raw Obsidian note saved as text was read with its front matter's
    // title, its headings' `#` marks, its callouts (their quotes voiced as dialogue),
    // its comments, footnote and highlight marks.
    Case {
        name: "obsidian-note",
        headings: &["The Ferry at Low Water", "I.", "II."],
        dialogue: &[
            "You'll hear it before you see it,",
            "You always do.",
            "I can't hear anything.",
            "*Listen*, then.",
            "How do you know where the bank is?",
            "I don't. I know where the chain is.",
            "The chain knows the rest and I trust it.",
            "*Never?*",
            "Not on my shift.",
        ],
        first: "The fog came up off the mud",
        last: "Not on my shift.",
        chrome: &[
            "title:",
            "aliases",
            "#",
            "opening drags",
            "too neat",
            "%%",
            "[^1]",
            "==",
            "---",
        ],
        notes: &[
            "notes to self",
            "reedbunting",
            "the river keeps its own time",
            "decide if the bridge",
            "The Narrows is canon",
        ],
    },
    // The bug: a Substack newsletter's email pasted from Gmail was read with the
    // mail's and the post's header lines, the subscribe box in the story, a footnote
    // number glued to a word (`Gazette1`) or after a closing quote (a record `2` of its
    // own), the footnotes and the footer; the writer's intro and end note were read,
    // and the readers' words they quote were voiced as dialogue.
    Case {
        name: "substack-email",
        headings: &["The Night Bakery"],
        dialogue: &[
            "You're early,",
            "I'm always early. You're late.",
            "I'm never late. I'm punctual in a different time zone.",
            "Did you read the Gazette last night?",
            "for reasons of modernisation.",
            "Well,",
            "They'll have to get past me first.",
        ],
        first: "The ovens at Keel's",
        last: "They'll have to get past me first.",
        chrome: &[
            "Inbox",
            "substack.com",
            "to me",
            "Forwarded this email",
            "Harbour Street fic",
            "Marisol Keene",
            "Apr 2",
            "READ IN APP",
            "reader-supported",
            "Upgrade to paid",
            "Gazette1",
            "Leave a comment",
            "free subscriber",
            "Restack",
            "Quay Lane",
            "Start writing",
        ],
        notes: &[
            "Hello, lamplighters!",
            "just let them bake something",
            "Previously:",
            "Part two next Tuesday",
            "does the bakery survive",
            "\u{2014} M.",
            "wrong about everything",
            "never modernisation",
        ],
    },
    // The bug: an AsianFanfics chapter's page was read with the site's name (as a
    // heading), its menu, breadcrumb, the author's user name, the details line and the
    // upvote plea; the story's title was narration.
    Case {
        name: "aff-chapter",
        headings: &["Glass Slippers [NOVA9 x Reader]", "Chapter 2: the photoshoot"],
        dialogue: &[
            "Who took the umbrellas?",
            "Doyun,",
            "He says they're props now.",
            "Noona,",
            "Pick one.",
        ],
        first: "The studio was colder",
        last: "Pick one.",
        chrome: &[
            "Asianfanfics",
            "Browse",
            "Log In",
            "Home \u{bb}",
            "tteok_and_tea",
            "Subscribe \u{b7} Upvote",
            "Published Mar 3",
            "Give it an Upvote",
            "Thank you!",
            "Comments (4)",
            "I SCREAMED",
            "Next Chapter",
        ],
        notes: &["let Doyun hold the umbrella"],
    },
    // The bug: a Patreon post's page was read with the logo (as a heading), menu,
    // creator, tabs, access line, date, the writer's intro and end note, tags, likes
    // and `Share`; the post's title was narration.
    Case {
        name: "proboards-thread",
        headings: &[],
        dialogue: &[
            "Tobias,",
            "you owe me a crossing, and you owe me it tonight.",
            "I owe you nothing,",
            "Half a crown. Same as always.",
            "Same as always,",
        ],
        first: "The ferry was late",
        last: "Mara agreed, and paid him.",
        chrome: &[
            "Reedmarsh",
            "Post by",
            "River Rat",
            "Posts:",
            "Character:",
            "wc:",
            "wc 180",
            "the river takes its time",
            "plot page",
            "Select Post",
            "Quote from",
            "Always count the oars",
            "I only row one way",
            "Users Viewing",
            "Powered by ProBoards",
        ],
        notes: &["all yours", "she's right, he does", "so petty"],
    },
    Case {
        name: "yahoo-digest",
        headings: &[],
        dialogue: &[
            "Look,",
            "The old road.",
            "That road,",
            "has been underwater since your gran was a girl.",
            "Then it's been waiting a long time.",
        ],
        first: "The tide went out",
        last: "She was already taking her boots",
        chrome: &[
            "Digest Number",
            "Yahoo! Groups Sponsor",
            "cheap flights",
            "Topics in this digest",
            "Pip K.",
            "Message: 2",
            "wrote:",
            "> girl.",
            "loved this",
            "Read the footnotes",
            "Your use of Yahoo",
        ],
        notes: &[],
    },
    Case {
        name: "wordpress-translation",
        headings: &["[TL] The Kettle Ghost — Chapter 5"],
        dialogue: &[
            "Marta,",
            "it is doing it again.",
            "Then we pour it a cup,",
            "and we ask it what it wants.",
        ],
        first: "The kettle in the lighthouse",
        last: "Tosia did not move",
        chrome: &[
            "lamplight & kettles",
            "Glossary",
            "Posted on",
            "Table of Contents",
            "End of Chapter 5",
            "oil can[1]",
            "wants.»[2]",
            "a proverb!",
            "Share this",
            "Like Loading",
            "Related",
            "In \"The Kettle Ghost\"",
            "4 thoughts on",
            "gullfeather",
            "I love Marta",
            "Leave a Reply",
            "Blog at WordPress.com",
        ],
        notes: &[
            "Duch czajnika",
            "I keep the «» marks",
            "like it is a curse word",
            "painted gull",
            "the guest is first at the table",
            "leave the author a comment",
        ],
    },
    Case {
        name: "deviantart-reader",
        headings: &["Snowed In (Ren x Reader)"],
        dialogue: &[
            "It's snowing,",
            "Properly snowing.",
            "The trains stopped,",
            "Nobody's coming.",
            "Then it's just us and the biscuits, (Y/N).",
        ],
        first: "It's snowing",
        last: "You sit down next to him",
        chrome: &[
            "DeviantArt",
            "Log In",
            "by frost-lantern",
            "Literature Text",
            "© 2024",
            "Description",
            "Image details",
            "Published:",
            "Favourites",
            "#renxreader",
            "Comments 12",
            "Join the community",
            "snowbird-2",
            "I AM SCREAMING",
            "he is so soft",
            "Load more comments",
        ],
        notes: &[
            "Manga: Tidewater Club",
            "Words: 1,200",
            "is not mine",
            "(E/C) = Eye Colour",
            "Part two if anyone wants it",
            "snow day but make it soft",
        ],
    },
    Case {
        name: "patreon-post",
        headings: &["The Anchor fic: Double Top (Bea/Sol, 2k)"],
        dialogue: &[
            "Double top,",
            "You always go for double top.",
            "Because it works,",
        ],
        first: "The darts league met",
        last: "She threw.",
        chrome: &[
            "patreon",
            "Log in",
            "Ivo Marchetti",
            "is creating",
            "Collections",
            "Early access",
            "Mar 3",
            "#the anchor",
            "\u{2661} 31",
            "Share",
            "5 comments",
            "famous last words",
            "Recommended for you",
        ],
        notes: &[
            "Hi darts fans!",
            "more Sol, less darts",
            "thank you for reading",
            "\u{2014} Ivo x",
        ],
    },
    // Apple Books: each selection wrapped in curly quotes, each with its footer.
    Case {
        name: "apple-books-excerpt",
        headings: &[],
        dialogue: &["Seven,", "Always seven.", "You again,"],
        first: "The lighthouse keeper",
        last: "Nobody rowed out",
        chrome: &[
            "Excerpt From",
            "The Keeper of Nothing",
            "Lena Vasquez",
            "protected by copyright",
            "Apple Books",
            "\u{201C}The lighthouse",
            "closed it.\u{201D}",
            "\u{201C}In the morning",
            "that way.\u{201D}",
        ],
        notes: &[],
    },
    // An imageboard thread: the board's lines, post headers, links, the file line, the
    // writer's talk to the thread (notes), the greentext marks and the others' replies.
    Case {
        name: "imageboard-thread",
        headings: &[],
        dialogue: &["Dig,", "Where?", "Down.", "Left,", "Always left."],
        first: "be mole",
        last: "End.",
        chrome: &[
            "/lit/ - Literature",
            "[Home]",
            "[Return]",
            "No.88",
            ">>88",
            "File:",
            "mole.jpg",
            "based, go on",
            "lol",
            ">",
        ],
        notes: &[
            "Writing thread",
            "Continuing in prose",
            "Thanks for reading",
        ],
    },
    // A kink meme's comment thread: the entry, the prompt, every comment's subject,
    // poster, stamp and buttons, the filler's notes and `(cont.)`, the readers' replies.
    Case {
        name: "kinkmeme-thread",
        headings: &["The Kettle"],
        dialogue: &["Mine,", "Since when?", "Since always,", "Ours, then."],
        first: "The kettle in the back room",
        last: "Ours, then.",
        chrome: &[
            "kettle_meme",
            "Kink Meme",
            "Round Two",
            "Prompts go here",
            "Comments: 212",
            "Cut Tags",
            "This is a thread",
            "rival tea shops",
            "It's mine",
            "(Anonymous)",
            "(UTC)",
            "(Reply)",
            "FILL:",
            "(1/2)",
            "(cont.)",
            "OP here",
            "I AM SCREAMING",
            "~ end ~",
            "teacup_tilly",
            "going on a mug",
            "Expand",
        ],
        notes: &["First fill, be kind", "thank you OP"],
    },
    // A fic on a hand-made Neocities page: the site's header, the fic's talking fields
    // (notes), the links, `currently listening`, the guestbook, webring and footer.
    Case {
        name: "neocities-page",
        headings: &["LOW TIDE (Wren x Reader)"],
        dialogue: &["Crab,", "Crab,"],
        first: "The tide goes out",
        last: "he agrees",
        chrome: &[
            "TIDEPOOL PAGES",
            "[ home ]",
            "visitor #",
            "best viewed",
            "status.cafe",
            "back to fics",
            "Rock Pool Rangers",
            "currently listening",
            "Low Tide",
            "guestbook ~",
            "pebble wrote",
            "screaming",
            "webring",
            "88x31",
            "hand-coded",
        ],
        notes: &["write the crabs", "= your name", "thank you for reading"],
    },
    // A story on Medium: the bar, the header, the writer's intro and the caption, the
    // tags, the publication's and writer's boxes, a response quoting the story, more
    // posts and the footer.
    Case {
        name: "medium-post",
        headings: &["Crab Season"],
        dialogue: &["Crab,", "Put it back,", "It has a family."],
        first: "The tide went out at four",
        last: "It has a family.",
        chrome: &[
            "Open in app",
            "Sign up",
            "Member-only story",
            "Bee Marsh",
            "Follow",
            "Tidepool Review",
            "min read",
            "Apr 1, 2024",
            "Listen",
            "Share",
            "Photo by",
            "Fan Fiction",
            "Short Story",
            "Followers",
            "Responses (1)",
            "What are your thoughts?",
            "Pebble Jones",
            "sit down",
            "Reply",
            "Low Water",
            "Recommended from Medium",
            "Privacy",
        ],
        notes: &["for the three of us", "what about Wren", "Say hello"],
    },
    // A Tapas episode: the menu, the series' creator and buttons, the stats, the
    // creator's note (a note), the buttons, links, lock, comments and footer.
    Case {
        name: "tapas-episode",
        headings: &["KETTLE WARS (a fan novel)", "Episode 3 - Steam"],
        dialogue: &["Mine,", "Since when?"],
        first: "The kettle in the back room",
        last: "Pell asked",
        chrome: &[
            "Tapas",
            "Comics",
            "Sign in",
            "teapot_tess",
            "Subscribe",
            "310 views",
            "Episode list",
            "Prev",
            "Creator",
            "\u{2665}",
            "Support creator",
            "Share",
            "Next episode",
            "Episode 4",
            "Unlock",
            "Comments (6)",
            "Newest",
            "bee_hive",
            "screaming",
            "View 5 more",
            "Privacy Policy",
        ],
        notes: &["kettles but make it enemies", "tap the heart"],
    },
    // A Wikidot tale: the site's header and menu, the breadcrumb, the rating, the
    // collapsible block (a note), the series line quoting titles, a banner, the footnote
    // markers glued to the tale's words, the series' links, the footnotes and author's
    // line (notes, their quotes no one's), the tags, tools and footer.
    Case {
        name: "wikidot-tale",
        headings: &["The Bell Keeper"],
        dialogue: &[
            "It was three rings,",
            "Three, then nothing.",
            "Did you see who rang it?",
            "Nobody rings it. It rings itself. That is the trouble with it.",
            "Will it ring again tonight?",
            "If you ask it nicely,",
            "it might.",
        ],
        first: "The bell in the harbour",
        last: "it might.",
        chrome: &[
            "Foghorn Foundation",
            "Keep the Lamps Lit",
            "Search this site",
            "Tale Index",
            "Recent Changes",
            "rating:",
            "content notes",
            "Harbour Lights series",
            "Low Water",
            "ARCHIVE ACCESS",
            "trouble.2",
            "it.\"1",
            "Footnotes",
            "harbour-lights",
            "page revision",
            "Discuss (9)",
            "Powered by Wikidot",
            "Creative Commons",
        ],
        notes: &[
            "a very old lighthouse keeper",
            "the old nuisance",
            "not an entity",
            "a bell that rings itself",
        ],
    },
    // A cohost post: the bar, the poster's line, the time, the warnings, `hide post`,
    // the headline's pairing and word count (its title a heading), the intro quoting a
    // request (a note), the end mark, tags, counts, a comment quoting the story, the
    // footer.
    Case {
        name: "cohost-post",
        headings: &["rowing"],
        dialogue: &[
            "Sit down,",
            "I\u{2019}m celebrating.",
            "We haven\u{2019}t started.",
            "I\u{2019}m celebrating early.",
            "There. Happy?",
        ],
        first: "The river is brown",
        last: "There. Happy?",
        chrome: &[
            "cohost!",
            "notifications",
            "bookmarked tags",
            "tea goblin",
            "3 days ago",
            "CW:",
            "hide post",
            "nell oakes x reader",
            "1.1k",
            "fin",
            "#Regatta",
            "4 comments",
            "2 shares",
            "2 days ago",
            "NERVE",
            "anti software",
        ],
        notes: &["make nell lose the regatta", "= your name"],
    },
    // An Inkitt chapter: the menu a word a line, the breadcrumb, the byline, stars and
    // fields (the title a heading, the summary read), the A/N and the plea (notes), the
    // chapter list, the reviews quoting the story, the recommendations and the footer.
    Case {
        name: "inkitt-chapter",
        headings: &["Crumb Structure", "Chapter 2: Swans"],
        dialogue: &[
            "Is that meant to be a neck?",
            "It is a neck,",
            "It is a very elegant neck.",
            "It looks like a sock.",
        ],
        first: "The judges are late",
        last: "She put a tea towel over it",
        chrome: &[
            "Inkitt",
            "Galatea",
            "Sign in",
            "Get the App",
            "Cake Tent",
            "flourbomb",
            "\u{2605}",
            "Age Rating",
            "Genre:",
            "Status:",
            "Continue Reading",
            "1. Flour",
            "Write a review",
            "breadhead_44",
            "howling",
            "Further Recommendations",
            "Proving Drawer",
            "no mercy",
            "About Us",
            "Privacy Policy",
        ],
        notes: &["kind words on chapter one", "A review would make my week"],
    },
    // A Bluesky thread: the menu, each post's name, handle and time, the opening post
    // (its quoted title, a note) with its date and counts, the post numbers at the posts'
    // ends, the count lines, `ALT`, an aside, the end mark, the writer's reply and a
    // reader's reply quoting the story.
    Case {
        name: "bluesky-thread",
        headings: &[],
        dialogue: &["You're late,", "I'm early for tomorrow,", "Wait there,"],
        first: "The last ferry leaves at nine",
        last: "She waits. He turns the boat around.",
        chrome: &[
            "Bluesky",
            "Notifications",
            "New Post",
            "Wren \u{1FAB6} writes",
            "@wren-writes",
            "\u{00B7} 3h",
            "April 3, 2024",
            "Everybody can reply",
            "40 reposts",
            "210 likes",
            "Write your reply",
            "sigh. 2/",
            "shouts. 3/",
            "calls. 4/",
            "ALT",
            "end \u{2693}",
            "gullwatcher",
            "my new motto",
            "Show more replies",
        ],
        notes: &[
            "Salt Road",
            "posting from the bus",
            "the bus is at my stop",
            "I ride it every week",
        ],
    },
    // A phpBB topic: the board's header, the posts' subjects and `Postby` lines, the
    // writer's header fields (the title a heading), the A/N, the closing aside and the
    // opening thanks (notes), the signatures quoting the story, the posters' boxes, the
    // replies with their quote boxes, and the footer.
    Case {
        name: "phpbb-topic",
        headings: &["Marrows"],
        dialogue: &[
            "It's a marrow, Joan,",
            "It's not a baby.",
            "It is my baby,",
            "Go away, Reg.",
            "Second is very good,",
            "Second is the first loser,",
        ],
        first: "The show was on Saturday",
        last: "The End",
        chrome: &[
            "Allotment Wars Fan Board",
            "Skip to content",
            "Board index",
            "[FIC]",
            "Moderator:",
            "Post a reply",
            "Page 1 of 1",
            "Postby",
            "Rating: G",
            "Characters:",
            "_____",
            "Reg, 2x03",
            "Posts:",
            "Joined:",
            "compost heap",
            "Top",
            "wrote:",
            "HELP",
            "Slugs are people",
            "seed trays",
            "Grow your own",
            "Display posts",
            "WHO IS ONLINE",
            "Powered by phpBB",
        ],
        notes: &[
            "more Reg",
            "part 2 tomorrow",
            "Thank you for the lovely comments",
        ],
    },
    // A Pillowfort post: the bar, the poster, the community line, the date, the title's
    // bracketed fields (its title a heading), the intro quoting a request and the
    // warnings (notes), the end mark, the end note (a note), the tags a line each, the
    // counts, comments quoting the story, `Reply` / `Link`, and the footer.
    Case {
        name: "pillowfort-post",
        headings: &["Low Tide Count"],
        dialogue: &[
            "Thirty-one,",
            "Thirty-two. Corran, stop moving the rocks.",
            "I'm not moving them. They're moving.",
            "Rocks don't move.",
            "These ones do,",
        ],
        first: "The tide went out at four",
        last: "Ines wrote it down anyway.",
        chrome: &[
            "Pillowfort",
            "Communities",
            "kelpwright",
            "Posted to",
            "Jun 3, 2024",
            "gen | 1.2k",
            "fin!",
            "#tidepool rangers",
            "#my fic",
            "Reblogs (5)",
            "Likes (31)",
            "DECEASED",
            "favourite crab",
            "Link",
            "Community Guidelines",
        ],
        notes: &["Ines counting crabs", "One pinch", "crab maths"],
    },
    // A LOFTER translation: the bar, the blog's name and line, `关注`, the title's tag
    // (the title a heading), the translator's header (notes), a `[T/N: …]` aside (a
    // note), the end mark, the author's and translator's words (notes), the tags,
    // counts, buttons, comments quoting the story in `name：text` form, and the footer.
    Case {
        name: "lofter-translation",
        headings: &["\u{94DC}\u{94C3} The Copper Bell"],
        dialogue: &[
            "We should go,",
            "The road will wash out.",
            "Then we stay,",
            "Eat. Nobody leaves the Copper Bell hungry.",
        ],
        first: "Rain drums on the teahouse roof",
        last: "Fei Ming eats three",
        chrome: &[
            "LOFTER",
            "mossafterrain",
            "\u{5173}\u{6CE8}",
            "English TL",
            "\u{5B8C}",
            "Nine Rivers Record",
            "#translation",
            "\u{70ED}\u{5EA6}",
            "SHE PLANNED THIS",
            "my whole heart",
            "Powered by LOFTER",
        ],
        notes: &[
            "Original:",
            "Please do not repost",
            "TL notes:",
            "Not family, just respect",
            "sit still for once",
            "letting me share this",
        ],
    },
    // Passages copied out of a Kindle book (an AO3 download's preface and afterword
    // with them): the citation lines between passages and at the end, the archive's
    // preface, `Afterword` and the notes quoting a request. The title, on the cover and
    // again with its byline on the first page, is said once.
    Case {
        name: "kindle-copy",
        headings: &["The Lighthouse Supper"],
        dialogue: &[
            "It\u{2019}s the lamp,",
            "It wants winding.",
            "The lamp does not burn soup,",
            "Better?",
            "Burnt,",
            "Better.",
        ],
        first: "The lamp is lit",
        last: "Better.",
        chrome: &[
            "Kindle",
            "Posted originally",
            "General Audiences",
            "Published:",
            "Afterword",
            "drop by the archive",
        ],
        notes: &["let them eat something", "based on my grandad"],
    },
    // A chapter's page from SquidgeWorld (AO3's software): `Skip header`, the site's
    // name and menu, the search box and its tip in quotes, the work's buttons, the tag
    // block, the title (a heading) and author, the notes quoting a request (notes), the
    // buttons under the chapter, the kudos line, the comment form, a comment quoting
    // the story and the footer.
    Case {
        name: "squidgeworld-chapter",
        headings: &["Flour Road", "Chapter 2: Last Loaf"],
        dialogue: &[
            "Is that for me?",
            "It\u{2019}s for whoever pays for it,",
            "Then it\u{2019}s for me.",
        ],
        first: "The last loaf comes out",
        last: "Then it\u{2019}s for me.",
        chrome: &[
            "Skip header",
            "SquidgeWorld",
            "Log In",
            "Work Search",
            "moth/lamp",
            "Chapter 2 \u{2193}",
            "Download",
            "Hollowmere",
            "saltbiscuit",
            "Top",
            "Kudos",
            "left kudos",
            "Post Comment",
            "my favourite",
            "otwarchive",
        ],
        notes: &["more Tobin", "Tobs"],
    },
    // A story page of a Fandom fanon wiki: the wiki's name and menu, Fandom's bar, the
    // categories, the page's buttons, the title again (a heading), the infobox a line at
    // a time (a quoted title in it), the notice and lead (notes), the contents box, the
    // end mark, the trivia quoting the story (notes), the sections, categories, licence,
    // comments quoting the story and the footer.
    Case {
        name: "fandom-wiki-story",
        headings: &[
            "The Fishmonger's Cat",
            "Chapter 1: The Stall",
            "Chapter 2: The Heron",
        ],
        dialogue: &[
            "Off you go,",
            "He'll come back,",
            "He always comes back.",
            "Don't you dare,",
        ],
        first: "Pip sits under the fish stall",
        last: "Mrs Crane tells the heron.",
        chrome: &[
            "Fanon Wiki",
            "Main Page",
            "START A WIKI",
            "in: Fanon Stories",
            "Sign in to edit",
            "Talk (1)",
            "Status",
            "Preceded by",
            "The Net Loft",
            "Word count",
            "Contents",
            "3 Trivia",
            "THE END",
            "Categories",
            "CC-BY-SA",
            "CatLover2010",
            "I am crying",
            "View Mobile Site",
        ],
        notes: &["Please do NOT edit", "first story in Harbour Cats", "my own cat", "from 1x02"],
    },
    // A Quizilla story as the Wayback Machine archived it: the archive's banner (its
    // addresses, counts, calendar and collection note), the site's menu and search box,
    // the breadcrumb, the title (a heading), byline, fields and description (a note),
    // the notes quoting a request and a line of the story (the p.s.), the key, the end
    // mark, the rating box, comments quoting the story (one with `*squeals*`), the other
    // stories and the footer.
    Case {
        name: "quizilla-wayback",
        headings: &["Lantern Bridge (Sora x Reader) ch. 2"],
        dialogue: &[
            "You came.",
            "I said I would,",
            "Why are we here?",
            "Because Rin bet me you would not show up.",
            "And because of this.",
            "You wrote on a lantern,",
            "I wrote on *two* lanterns.",
            "Rin said you would laugh.",
        ],
        first: "The river is black",
        last: "You do not laugh.",
        chrome: &[
            "Wayback",
            "web.archive.org",
            "captures",
            "Alexa",
            "TIMESTAMPS",
            "Quizilla",
            "Quizzes",
            "Anime/Manga",
            "by starlit_usagi_99",
            "Created on",
            "Views:",
            "Story Description",
            "TO BE CONTINUED",
            "Rate this story",
            "Comments (12)",
            "pocky_princess on",
            "SORA YOU DORK",
            "squeals",
            "More stories by",
            "Which Lantern Boy",
            "All rights reserved",
        ],
        notes: &[
            "sora has a SECRET",
            "is sora mean",
            "i own a cat",
            "= your name",
            "cliffhanger muahaha",
            "is a real thing that happens",
        ],
    },
    // A Facebook group post: the bar, the group's line, the tabs, the poster and badge,
    // the date, the post's first line (a heading), the intro (a note), the hashtags, the
    // story's own title (a heading), the end mark with its aside, the end note (a note),
    // the reactions and counts, the buttons, and the comments (one quoting the story in
    // curly singles, one in curly doubles), their badges, times and reply counts.
    Case {
        name: "facebook-group",
        headings: &["FANFIC \u{2693} The Lifeboat Dance (one-shot)", "The Lifeboat Dance"],
        dialogue: &[
            "You\u{2019}re going to dance,",
            "I am not.",
            "Walter Gribble has asked three times.",
            "Walter Gribble can ask a fourth.",
            "Twice round the hall and he\u{2019}s puffed.",
            "Go on,",
            "It\u{2019}s been a long winter, love.",
            "One dance,",
            "And if he treads on me, I\u{2019}m going home.",
        ],
        first: "The village hall smelled",
        last: "He did tread on her, twice.",
        chrome: &[
            "Search Facebook",
            "Marketplace",
            "Appreciation Society",
            "3.8K members",
            "Invite",
            "Discussion",
            "Lorraine Tuck",
            "Rising contributor",
            "14 February 2024",
            "#HarbourLightsFic",
            "THE END",
            "204",
            "61 comments",
            "9 shares",
            "Most relevant",
            "Peggy Amblin",
            "Doreen all over",
            "3d",
            "I\u{2019}m in bits",
            "View 58 more comments",
            "Write a public comment",
        ],
        notes: &["Evening all!!", "my first go", "want the raffle next"],
    },
    // A MediaMiner chapter: the site's menu and search box, the breadcrumb, the title (a
    // heading), the chapter count, the details, the description (a note), the tools, the
    // chapter links over and under the chapter, the authors' notes quoting a review (notes),
    // the reviews quoting the story, their buttons, the login line and the footer.
    Case {
        name: "mediaminer-chapter",
        headings: &["The Weather Club", "Chapter 2: The Barometer"],
        dialogue: &[
            "It says storm,",
            "It has said storm since Tuesday.",
            "It always says storm.",
            "It is broken.",
            "It is not broken. It is *pessimistic*.",
            "Pessimistic is a kind of broken.",
            "We need a fourth member by Friday, or the club is gone.",
            "Then we put up a poster,",
            "Saying what? Come and watch a barometer be wrong?",
        ],
        first: "The barometer had been falling",
        last: "Nobody had an answer to that.",
        chrome: &[
            "MediaMiner",
            "Fan Art",
            "Kumo no Gakuen",
            "Chapter 2 of 5",
            "amaterasu_moth",
            "Slice of Life",
            "6,311",
            "Mar 02, 2008",
            "Add to Favorites",
            "Previous Chapter",
            "Reviews for Chapter",
            "Reviewed by",
            "Poor barometer",
            "spirit animal",
            "Show all reviews",
            "You must be logged in",
            "All fan works",
        ],
        notes: &["one barometer and no budget", "Hina is me", "it was okay"],
    },
    // A Mibba chapter: the site's menu, the breadcrumb, the title (a heading), byline,
    // genres, characters, counts, buttons and chapter choice, the author's notes quoting
    // a beta (notes), the chapter links, the comments quoting the story and the footer.
    Case {
        name: "mibba-chapter",
        headings: &["Flood Season", "Chapter Three: Sandbags"],
        dialogue: &[
            "Don't,",
            "Whatever you're thinking.",
            "I'm thinking we need sandbags,",
            "And a man with a ute.",
            "Morning, Mrs H,",
            "Heard you need a man with a ute.",
            "I need a man with a shovel,",
            "The ute's a bonus.",
            "You right?",
            "I'm fine.",
            "You're purple.",
            "I'm fine and purple.",
        ],
        first: "The creek's come up",
        last: "I'm fine and purple.",
        chrome: &[
            "mibba",
            "Creative Writing",
            "Articles",
            "river_gum_rosie",
            "Backwater Station",
            "Nan Hallett",
            "subscribers",
            "Subscribe",
            "Recommend",
            "Chapter 3 of 8",
            "Previous chapter",
            "Comments (33)",
            "creek_bed_kate",
            "Nan is a legend",
            "Load more comments",
        ],
        notes: &["with a teaspoon", "hang on to your hats"],
    },
    // An India Forums thread page: the site's menu, the breadcrumb, the thread's title,
    // the pager, the buttons, the writer's box and post number, the intro quoting a
    // reader's request and the disclaimer (notes), the outro with its precap, plea and
    // tags (notes), the edit line, likes and buttons, the others' replies quoting the
    // story, the pager again and the footer.
    Case {
        name: "indiaforums-thread",
        headings: &["Chapter 6 - The Umbrella"],
        dialogue: &[
            "You forgot your umbrella again,",
            "I did not forget. I chose freedom.",
            "You chose pneumonia.",
            "Come.",
            "It's too small for two.",
            "Then you will get half wet instead of fully wet. Come, na.",
            "Your bus,",
            "I'll take the next one,",
        ],
        first: "The rain comes down",
        last: "says Arjun.",
        chrome: &[
            "India Forums",
            "Gallery",
            "Sapno Ka Shehar FF",
            "Baarish Ke Baad",
            "Page 4 of 7",
            "Post Reply",
            "Follow Topic",
            "monsoon_kahaniyan",
            "Senior Member",
            "Joined:",
            "Thanks:",
            "Posted:",
            "#46",
            "Edited by",
            "31 Likes",
            "Arjun you idiot",
            "so practical",
            "Quick Reply",
            "Sitemap",
        ],
        notes: &[
            "Hii everyone!!",
            "just once",
            "Only the plot is mine",
            "So how was it??",
            "Precap:",
            "Silent readers",
            "Tagging:",
        ],
    },
    // A Nairaland thread: the site's header, the page's title and breadcrumb (the story's
    // title in quotes in them), the pager, the posts' headers, the writer's intro quoting
    // a reader (notes), `To be continued...` and the words under it (notes), the likes,
    // the others' replies quoting the story (one in the quote form, `NAME:` over the
    // quoted line), `CONTINUATION`, the end mark and end notes, and the footer. The first
    // post's header gives the story's title, read as a heading without its quotes.
    Case {
        name: "nairaland-thread",
        headings: &["Pepper Soup Season", "EPISODE 3: THE GENERATOR WAR"],
        dialogue: &[
            "You again,",
            "Don't you have a kitchen in that your estate?",
            "I have a kitchen. I don't have pepper soup.",
            "You have money. Buy pepper.",
            "Serve the boy, Kemi. His money is not Monopoly money.",
            "Thank you,",
            "Don't thank me. Thank Mama.",
        ],
        first: "The queue at Mama Tolu's buka",
        last: "Then the generator behind the buka",
        chrome: &[
            "Nairaland Forum",
            "Welcome, Guest",
            "Stats:",
            "Literature",
            "(Reply)",
            "Bisola_pen",
            "9 Likes",
            "Kemi is savage",
            "Uche_lagos",
            "real shipper",
            "CONTINUATION",
            "Viewing this topic",
            "Links:",
            "Copyright",
            "solely responsible",
        ],
        notes: &[
            "Compliments of the season",
            "abeg make Kemi soften small",
            "Ijebu Lane Studios",
            "To be continued",
            "Data finish for my phone",
            "THE END OF EPISODE 3",
            "Episode 4 go land",
            "Who else get Mama Tolu",
        ],
    },
    // A Blogger post (Watermark theme): the blog's title, description and pages, the
    // date header, the post's title (a heading), the intro quoting an anon's question and
    // the disclaimer (notes), the POV line (a heading), the end mark, the end note
    // (a note), the footer, the comments quoting the story, the post links, the sidebar
    // and the theme's line.
    Case {
        name: "blogger-post",
        headings: &[
            "[Tala Academy FF] Ulan sa Jeep (KatxRafa) Chapter 2",
            "Kat’s POV",
        ],
        dialogue: &[
            "Kat! Dito!",
            "There’s no space, Rafa.",
            "There’s always space. Manong, usog po.",
            "Isa pa, isa pa!",
        ],
        first: "The rain starts at Philcoa",
        last: "So I squeeze in",
        chrome: &[
            "Tinta at Tsaa",
            "fic corner",
            "Ask Me Anything",
            "Tuesday, 12 March 2019",
            "to be continued",
            "Posted by",
            "Email This",
            "Labels:",
            "2 comments:",
            "said...",
            "RAFA PLEASE",
            "every jeep ever",
            "13 March 2019",
            "Load more",
            "Newer Post",
            "Subscribe to:",
            "View my complete profile",
            "Blog Archive",
            "Powered by Blogger",
        ],
        notes: &[
            "Update!!",
            "buhay pa ba si Rafa",
            "Bituin Network",
            "based on my barkada",
        ],
    },
    // A tumblr post copied with the site's bar and its reblog chain: the bar, the blogs'
    // names and `Follow` buttons, the reblog line, the post's header fields and its a/n
    // quoting an ask (notes), the end note and taglist (notes), the tags, each reblog's
    // name, comment quoting the story and tags, the source line and the notes count.
    Case {
        name: "tumblr-reblog",
        headings: &["low tide | finn mackay x reader"],
        dialogue: &[
            "Late,",
            "It's half five,",
            "Nobody is late at half five, Mrs Mackay.",
            "She means well,",
            "I mean what I say,",
            "Is that a crab?",
            "That's Gerald. Don't touch Gerald.",
        ],
        first: "summary: finn's gran",
        last: "That's Gerald. Don't touch Gerald.",
        chrome: &[
            "tumblr",
            "Search Tumblr",
            "Sign up",
            "reblogged this from",
            "Follow",
            "#low tide",
            "i'm crying at work",
            "gerald rights",
            "that's me every monday",
            "Source:",
            "482 notes",
        ],
        notes: &[
            "wc: 1.2k",
            "warnings: wet socks",
            "a reader who hates mornings",
            "tell me about your gerald",
            "end note:",
            "taglist:",
        ],
    },
    // A boards.ie thread: the site's menu, the breadcrumb, the thread's title, `Options`,
    // the posters' lines and dates, the writer's intro over the separator (notes), the
    // story's title (a heading), `THE END` and the end note (notes), the buttons and
    // advertisements, the replies (one quoting the story under `NAME wrote: »`, one in
    // curly doubles), the writer's later post of thanks (a note) and the footer.
    Case {
        name: "boardsie-thread",
        headings: &["THE LAST SAILING"],
        dialogue: &[
            "He’s not coming,",
            "He said he would.",
            "He said a lot of things, that lad.",
            "Well,",
            "Would you look at that.",
        ],
        first: "The ferry was late",
        last: "Would you look at that.",
        chrome: &[
            "boards.ie",
            "Discussions",
            "Creative Writing",
            "Ballyduff Ferry fanfic",
            "Options",
            "Registered Users",
            "02-11-2020",
            "Quote",
            "Advertisement",
            "wrote:",
            "word for word",
            "had me in bits",
            "Sign In or Register",
        ],
        notes: &[
            "my first go at writing",
            "Orla tells this one",
            "none of it is mine",
            "THE END",
            "Go raibh maith agaibh",
            "The wedding one is on the way",
        ],
    },
    // A fic posted in a WhatsApp group, exported on Android: the system lines, the chat
    // over the story, the prefixes (cut off the story's first lines), the subtitle in
    // brackets (a note), the members' messages quoting the story, `<Media omitted>`, a
    // deleted message, the writer's aside glued to a part's heading (`(final bit!!)`), the
    // end mark with its aside and `<This message was edited>` (a note, the mark never
    // read) and the chat under the story.
    Case {
        name: "whatsapp-android",
        headings: &["THE MARROW", "Part 1", "Part 2"],
        dialogue: &[
            "Mrs Lennox. Could I ask you something?",
            "You could ask,",
            "It's about the show.",
            "I'm no giving you my seeds, hen. Everybody asks.",
            "Fill that. And don't speak to the marrow.",
            "Mind the kerb,",
            "I'm minding it.",
            "Mind it harder.",
        ],
        first: "Nobody on the Maryhill allotments",
        last: "In the tent the judge",
        chrome: &[
            "14/06/2023",
            "end-to-end encrypted",
            "created group",
            "the allotment one",
            "FINALLY",
            "I AM DECEASED",
            "<Media omitted>",
            "This message was deleted",
            "final bit!!",
            "This message was edited",
            "exactly my gran",
            "based on mine",
            "greeting like a wean",
        ],
        notes: &["a Close Pals fic", "THE END (unless"],
    },
    // The same exported on iOS: the bracketed prefixes, the group's system line, a media
    // mark with its left-to-right mark, the members' quotes in curly doubles.
    Case {
        name: "whatsapp-ios",
        headings: &["KEEPER OF THE LIGHT", "Part 1", "Part 2"],
        dialogue: &[
            "You’re late,",
            "The ferry was late.",
            "The ferry is always late. That’s why you leave early.",
            "Will it hold?",
            "It’s held forty years,",
            "It’ll hold tonight.",
        ],
        first: "The lamp at Noss Head",
        last: "In the morning the ferry came in",
        chrome: &[
            "22/08/2022",
            "Book Club",
            "end-to-end encrypted",
            "posting it now",
            "go go go",
            "LOL my dad",
            "image omitted",
            "be honest",
            "crying",
        ],
        notes: &[],
    },
    // A GameFAQs topic: the site's links, the board's name and links, the topic's title,
    // every post's name, `Posted` line and number, the writer's intro quoting another
    // topic's title and disclaimer (notes), the story's title and parts (headings), the
    // signature under its `---` quoting a line (on every post of the writer's), the
    // writer's thanks over a part and `THE END` (notes), the replies (one quoting the
    // story, one under a `From:` quote header), a deleted post, the writer's answer to a
    // reader (a note) and the footer.
    Case {
        name: "gamefaqs-topic",
        headings: &[
            "NIGHT SHIFT AT BERTH NINE",
            "Part 1: The Storm Contract",
            "Part 2: Berth Nine",
        ],
        dialogue: &[
            "You're on the big crane tonight,",
            "I'm always on the big crane.",
            "Then you won't be surprised.",
            "Easy,",
            "Easy, easy.",
            "I am being easy.",
            "Be easier.",
            "Tea?",
            "Tea,",
        ],
        first: "The rain came sideways",
        last: "said Wynn.",
        chrome: &[
            "GameFAQs",
            "Nintendo Switch",
            "Board List",
            "Topic: [fic]",
            "crane_whisperer",
            "Posted 3/14/2025",
            "#1",
            "XBL:",
            "mind the spreader",
            "osei is so dry",
            "From:",
            "every crane op ever",
            "This message was deleted",
            "Page 1 of 1",
            "Post New Message",
            "GAMESPOT",
        ],
        notes: &[
            "Worst berth in the game",
            "I don't own Harbour Haulers",
            "Cheers all!!",
            "THE END",
            "the sequel has a forklift",
        ],
    },
    // A FanFiction.de page, English story in German chrome: the menu, the breadcrumb, the
    // byline (`von …`), the genres with the rating, the summary under `Kurzbeschreibung`
    // (a note), the details, the log-in line, the foreword under `Vorwort` quoting a friend
    // in German quotes (a note), the title said again over the story, `Ende`, the
    // afterword under `Nachwort` (a note), the reviews (one opening with a story line)
    // and the footer.
    Case {
        name: "fanfictionde-story",
        headings: &["The Keeper's Cat"],
        dialogue: &[
            "Not in the lamp room,",
            "She's not in the lamp room.",
            "She is always in the lamp room, Mira. That is the trouble with her.",
            "Out,",
            "She likes the light,",
            "Everybody likes the light,",
            "That is why we keep it.",
        ],
        first: "The storm had been at the windows",
        last: "That is why we keep it.",
        chrome: &[
            "FanFiction.de",
            "Startseite",
            "Neue Geschichten",
            "Die Leuchtturmwärter",
            "von nordlicht_92",
            "P12",
            "Kurzbeschreibung",
            "Wörter",
            "favorisieren",
            "Vorwort",
            "Ende",
            "Nachwort",
            "Reviews (2)",
            "Review schreiben",
            "sturmmöwe",
            "I cried",
            "Sehr schön",
            "Nach oben",
            "Impressum",
        ],
        notes: &[
            "(English) Old Hennig",
            "Hallo zusammen!",
            "mach doch",
            "Danke for reading!",
        ],
    },
    // A Notion public page: the breadcrumb and bar, the icon, the title said again (read
    // once, as a heading), the properties a line each, the callout (a note), the link to
    // the last part, the toggle's label and what it hides quoting the writer's mum (a
    // note), the writer's end line (a note), the link to the next part, the comments
    // (quoting the story) and the foot.
    Case {
        name: "notion-page",
        headings: &["Frost Night (Tamsin x Reader) pt. 3"],
        dialogue: &[
            "You’re doing it wrong,",
            "I’m doing it exactly how you showed me.",
            "Then I showed you wrong.",
            "Like this. Low. You have to be patient with them.",
            "Will it save them?",
            "Some,",
            "Most. Ask me at sunrise.",
        ],
        first: "The frost warning comes in",
        last: "Most. Ask me at sunrise.",
        chrome: &[
            "orchard fics",
            "ongoing",
            "Search",
            "Duplicate",
            "Get Notion free",
            "Status",
            "Windfall (TV)",
            "2,310",
            "orchard au",
            "Last edited",
            "January 9, 2025",
            "\u{2023}",
            "a/n (open)",
            "pt. 4",
            "Comments",
            "appleblossom_reads",
            "i am UNWELL",
            "cider_and_sighs",
            "Reply",
            "Add a comment",
        ],
        notes: &[
            "reader works the night shift",
            "nobody lights smudge pots",
            "end of pt. 3",
        ],
    },
    // A Mastodon thread: the server's bar, each post's name and handle, content warning
    // and `Show less`, the writer's intro (a note), the story's title (a heading), the
    // hashtags and counts, a reply quoting the story after its mention, the writer's
    // answer, `END.` and the thanks under it (notes), and the server's footer.
    Case {
        name: "mastodon-thread",
        headings: &["THE NIGHT FERRY"],
        dialogue: &[
            "You're late,",
            "I'm early. The boat's late.",
            "The boat is never late. The boat is exactly as late as it means to be.",
            "You're coming?",
            "Somebody has to make sure you get off at the other end.",
        ],
        first: "The last ferry out of Porth Tywyll",
        last: "They stood at the rail",
        chrome: &[
            "tidepool.social",
            "Search or paste URL",
            "Ffion",
            "@ffionwrites",
            "CW: fic",
            "Show less",
            "#HarbourLights",
            "Bryn",
            "every ferry clerk",
            "the real woman is worse",
            "Log in to follow",
            "Privacy policy",
            "v4.3.1",
        ],
        notes: &[
            "here's the ferry fic",
            "END.",
            "boosts very appreciated",
        ],
    },
    // A Booksie chapter: the site's name and menu, the work's byline, category,
    // `Submitted:` line, counts and size buttons, the table of contents (the chapter's
    // heading said again under it is read once), the author's notes (one quoting an
    // aunt), and under the chapter the copyright, arrows, share links, reviews (one in
    // straight quotes), other works, tags and footer.
    Case {
        name: "booksie-chapter",
        headings: &["Market Day (a Saltfish Row fanfic)", "Chapter 3: Closing Time"],
        dialogue: &[
            "You still here?",
            "I still owe you for the snapper.",
            "You owe me for three weeks of snapper.",
            "Keep it,",
            "Come back Saturday.",
        ],
        first: "By four the market was emptying",
        last: "Come back Saturday.",
        chrome: &[
            "Booksie",
            "Contests",
            "by callaloo_queen",
            "Fan Fiction · Romance",
            "Submitted:",
            "Reads: 640",
            "A A A",
            "Table of Contents",
            "Chapter 1: Early Stalls",
            "Chapter 2: The Fish Scale",
            "Copyright",
            "Previous Chapter",
            "Pinterest",
            "Reviews (2)",
            "Add Your Review",
            "breadfruit_betty",
            "I am screaming",
            "three weeks of snapper\" lmao",
            "Other Content",
            "Popular Tags",
        ],
        notes: &["too much fish", "Tell me in the comments"],
    },
    // A Ghost blog post: the blog's name and nav, the tags, the title (a heading), the
    // dek naming an episode in quotes (a note), the writer and post line, `END`, the
    // thanks under the last separator (a note), the share links, the subscribe box, the
    // comments (quoting the story), other posts and the footer.
    Case {
        name: "ghost-post",
        headings: &["The Night Ferry"],
        dialogue: &[
            "We’re not going anywhere,",
            "We’re going somewhere,",
            "Just not yet.",
            "How long?",
            "Ask the engine,",
            "You could apologise,",
            "for the thing with the map.",
            "I could,",
            "I won’t.",
        ],
        first: "The ferry was meant to leave at nine",
        last: "But he passed her the last chip",
        chrome: &[
            "Harbour Notes \u{00A9}",
            "Subscribe to Harbour Notes",
            "Fics",
            "Lamp Street",
            "Sign in",
            "FANFIC",
            "Dele Ade",
            "8 min read",
            "END",
            "Share this post",
            "Copy link",
            "Email address",
            "2 comments",
            "become a member",
            "gull_reader",
            "I’M DEAD",
            "classic Sol",
            "Reply",
            "You might also like",
            "Powered by Ghost",
        ],
        notes: &["Bea, Sol and a ferry", "Sol would never apologise", "tell a friend"],
    },
    // A Telegram channel: its name (over every post, once glued to a story paragraph),
    // count, pinned message and date, the writer's intro post and chat posts (notes, one
    // quoting a reader), hashtags, reactions and views, a forwarded message quoting the
    // story, and the comment button.
    Case {
        name: "telegram-channel",
        headings: &["THE KEEPER'S HOUR", "Part 1/2", "Part 2/2"],
        dialogue: &[
            "You know the lens doesn't need polishing twice, right?",
            "It does tonight,",
            "Storm coming.",
            "Storm's always coming.",
            "This is awful.",
            "You're drinking it.",
            "Is that door meant to be open? Only the sea's coming in.",
            "Sorry, Moss!",
            "Don't be sorry. Be quick.",
            "Light it.",
            "We did it,",
            "The lamp did it,",
            "You two just watched.",
            "Same thing,",
        ],
        first: "The lamp room at the top of the tower",
        last: "TAMAT",
        chrome: &[
            "lamp & lantern",
            "842 subscribers",
            "Pinned message",
            "FIC LIST",
            "May 4",
            "#lampstreet",
            "1.2K",
            "20:05",
            "Forwarded from",
            "ON THE BUS",
            "\u{2764}",
            "Leave a comment",
        ],
        notes: &["ok as promised", "part 2 in 10 min", "Moss is my grandad"],
    },
    // A Penana chapter: the menu, the title (a heading) and byline, categories, chapter
    // line, counts, the chapter list, the author's notes over and under the chapter (one
    // quoting a comment), `End of Chapter`, the arrows, buttons, comments (quoting the
    // story) and footer.
    Case {
        name: "penana-chapter",
        headings: &["Harbour Lights: Low Water", "Chapter 2: Low Water"],
        dialogue: &[
            "Pull,",
            "I am pulling.",
            "Pull like you mean it, Wing.",
            "Lunch after?",
            "Lunch after,",
            "if you pay.",
        ],
        first: "The tide went out so far",
        last: "if you pay.",
        chrome: &[
            "Penana",
            "Discover",
            "by saltfish_writes",
            "TV Series",
            "Chapter 2 of 5",
            "Pennies",
            "Chapters",
            "The Reef",
            "Typhoon Season",
            "End of Chapter",
            "Previous Chapter",
            "Comments (9)",
            "Newest",
            "gull_reader",
            "so bossy",
            "update soon",
            "View more comments",
            "All rights reserved",
        ],
        notes: &["Ah Man is too soft", "MORE"],
    },
    // An Amino post: the site's name, community and nav, `FEATURED`, the title (a
    // heading), the writer's name, level and date, the counts, the box and intro quoting
    // a request, the fields and `a/n:` (notes), the end mark and plea (notes), the
    // hashtags, likes, comments (quoting the story) and the app's footer.
    Case {
        name: "amino-post",
        headings: &["Low Tide | Keeper Wren x Reader"],
        dialogue: &[
            "Well, that's that,",
            "Y/N, you still on the stairs?",
            "Still here,",
            "Where's the spare wick?",
            "Box by the door. Matches on the shelf.",
            "Light it,",
        ],
        first: "The lamp goes out at ten past nine",
        last: "he says.",
        chrome: &[
            "Amino",
            "Latest Feed",
            "Public Chatrooms",
            "FEATURED",
            "tide.pools",
            "Lv9",
            "Apr 9",
            "Share",
            "#saltmarsh",
            "88 Likes",
            "4 Comments",
            "screamed so loud",
            "See more comments",
            "App Store",
        ],
        notes: &[
            "THANK YOU FOR THE FEATURE",
            "write Wren when the lamp goes out",
            "pairing: Keeper Wren",
            "wc: 1.1k",
            "your name obviously",
            "end!!",
            "it feeds me",
        ],
    },
    // A Steam Community discussion: the store's bar, the game, the hub's tabs, the
    // breadcrumb, the topic's header and title (quoting the game), its text (notes), the
    // edit line, `Report post`, the comments' count, the posts' headers, the story's
    // title and numerals (headings), the thanks glued to `THE END` (a note), the others'
    // comments (quoting the story, one in a quote box), the writer's answer and the foot.
    Case {
        name: "steam-discussion",
        headings: &["LOW WATER", "I.", "II."],
        dialogue: &[
            "Pull,",
            "I am pulling,",
            "Pull like you mean it.",
            "Tea after?",
            "If you’re buying,",
            "You’re late,",
            "The tide was out, Gran.",
            "The tide is always out when you’re late.",
            "Drink.",
        ],
        first: "The harbour was empty at midnight",
        last: "They drank.",
        chrome: &[
            "STORE",
            "Install Steam",
            "Screenshots",
            "Topic Details",
            "dock_rat",
            "9:14pm",
            "[FIC]",
            "Last edited",
            "Report post",
            "Showing 1-5",
            "#2",
            "im crying",
            "Originally posted by",
            "cutting onions",
            "based on my nan",
            "Per page",
            "Date Posted",
            "Start a New Discussion",
            "Valve Corporation",
            "Cookies",
        ],
        notes: &["hold the line", "wrong board", "THE END. thank you for reading"],
    },
    // A Squarespace blog post: the site's name and nav, the back link, the title (a
    // heading), date and writer, categories, the intro naming an episode in quotes and
    // the rating (notes), the story's title and numerals (headings), `END`, the thanks (a
    // note), tags, share links, the next posts, the comment box and comments (quoting the
    // story) and the footer.
    Case {
        name: "squarespace-post",
        headings: &[
            "The Ferry Cafe (Harbour Lights, Wing/Ah Man, one-shot)",
            "The Ferry Cafe",
            "I.",
            "II.",
        ],
        dialogue: &[
            "Milk tea,",
            "Two sugars.",
            "You said you gave up sugar.",
            "I gave it up on weekdays.",
            "Ferry’s late,",
            "Ferry’s always late.",
        ],
        first: "The cafe on the pier opened at six",
        last: "They drank their tea",
        chrome: &[
            "Salt Road Stories",
            "Cart (0)",
            "Back to Fic",
            "Ros Penn",
            "Fan Fiction, Harbour Lights",
            "END",
            "Tags:",
            "Share",
            "Facebook",
            "Newer Post",
            "Typhoon Season",
            "The Reef: missing scene",
            "2 Comments",
            "POST COMMENT",
            "gull_reader",
            "I SCREAMED",
            "based on him",
            "Reply",
            "Powered by Squarespace",
        ],
        notes: &["The Night Market", "Rated G", "Comments make my week"],
    },
    // A Movellas chapter: the menu, the title (a heading) and byline, details, counts,
    // the chapter list, the author's note quoting readers, `THE END`, the thanks (a note),
    // the arrows, buttons, comments (quoting the story) and footer.
    Case {
        name: "movellas-chapter",
        headings: &["Market Day | a Harbour Lights fanfic", "Chapter 2: Market Day"],
        dialogue: &[
            "Those are not snapper,",
            "They are snapper if I say they are snapper.",
            "Ma.",
            "Carry the bag.",
            "Your mother is always right,",
            "Only on market day.",
        ],
        first: "The market was loud by seven",
        last: "Only on market day.",
        chrome: &[
            "Movellas",
            "Competitions",
            "by saltfish_writes",
            "Fan-fiction",
            "favourites",
            "Chapters",
            "Early Tide",
            "THE END",
            "Previous chapter",
            "Report this movella",
            "Comments (4)",
            "Write a comment",
            "my mum every Saturday",
            "every mum",
            "Show more comments",
            "Terms of Use",
        ],
        notes: &["where does Wing buy his fish", "it really helps"],
    },
    // A Discourse topic (NaNoWriMo's forums): the nav, category, topic title, breadcrumb,
    // the header with a user title, the intro quoting a line (notes), the story's title
    // and chapter (headings), `tbc in ch 2!!` and the thanks (notes), the counts and
    // stats, others' replies (quoting the story), the writer's `@` answer (quoting it
    // too), the suggested topics and the footer.
    Case {
        name: "discourse-topic",
        headings: &["Low Water", "Chapter 1"],
        dialogue: &[
            "Pull,",
            "I am pulling.",
            "Pull like you mean it, Wing.",
            "Lunch after?",
            "Lunch after,",
            "if you pay.",
        ],
        first: "The tide was out so far",
        last: "if you pay.",
        chrome: &[
            "Harbour Writers Forum",
            "Categories",
            "Log In",
            "[FIC]",
            "Lounges",
            "saltfish_writes",
            "2-time winner",
            "Mar 2, 2025",
            "3 Replies",
            "\u{2764}",
            "last reply",
            "gull_reader",
            "I am DECEASED",
            "Genuinely asking",
            "tea after",
            "Suggested Topics",
            "Morning sprints",
            "Powered by Discourse",
        ],
        notes: &["the tide", "Concrit welcome", "tbc in ch 2", "back to my word sprints"],
    },
    // An Inkspired chapter: the menu, details, the title (a heading), writer, `Follow`,
    // counts and hashtags, the author's note quoting a line, `Start reading`, the end
    // mark, the glossary and thanks (notes), the question, buttons and links under the
    // chapter, comments (quoting the story) and footer.
    Case {
        name: "inkspired-chapter",
        headings: &["Low Water (Wing x Reader)", "Chapter 1 — Low Water"],
        dialogue: &[
            "Lah, you waited,",
            "I always wait.",
            "Then I owe you a tea.",
            "You owe me four teas.",
        ],
        first: "The ferry is late",
        last: "He laughs, and takes one",
        chrome: &[
            "Inkspired",
            "Contests",
            "Fanfiction \u{00B7} Anime",
            "saltfish_writes",
            "Follow",
            "3k reads",
            "#harbourlights",
            "Start reading",
            "The End",
            "Did you enjoy the reading?",
            "Add to library",
            "Support the author",
            "Report story",
            "Comments 6",
            "real MVP",
            "is for my gran",
            "Load more comments",
        ],
        notes: &["see you at low water", "street stall", "Chapter 2 coming soon"],
    },
    // A Google Groups conversation: the bar, the subject, views, the message header, the
    // fic's header fields (the summary and notes, quoting an episode and a line, notes),
    // the story's title (a heading), `THE END`, thanks and signature (notes), the list's
    // footer, a reply with a `>`-quoted line of the story and its quote of the header,
    // another reply opening on a story line, and the buttons.
    Case {
        name: "googlegroups-conversation",
        headings: &["THE SLOW BOAT"],
        dialogue: &[
            "Sit,",
            "Like a person.",
            "I am sitting like a person.",
            "You are sitting like a prawn.",
            "Mind the gap,",
        ],
        first: "The slow boat left at nine",
        last: "Ma said, when they got off",
        chrome: &[
            "Groups",
            "Search conversations within",
            "[FIC]",
            "3 views",
            "Ros P.",
            "8:14:05 AM",
            "to harbour-lights-fic",
            "Title:",
            "Fandom:",
            "Characters:",
            "Rating:",
            "Words:",
            "You received this message",
            "To unsubscribe",
            "To view this discussion",
            "gull_reader",
            "made me cry",
            "THIS LINE.",
            "wrote:",
            "<- perfect",
            "Reply all",
            "Reply to author",
            "Forward",
        ],
        notes: &["Cheung Chau", "mind the gap", "night ferry", "- R."],
    },
    // A Wix blog post: `Skip to Main Content`, the site's name, nav and categories, the
    // writer over `Writer`, date, reading time and `Updated:`, the post's title (a
    // heading) over the intro naming an episode and a request in quotes (a note), the
    // story's title (a heading), `THE END` and the thanks (notes), the tags a line each,
    // share links, counts, likes, recent posts, comments (quoting the story) and footer.
    Case {
        name: "wix-post",
        headings: &[
            "Low Water (Harbour Lights, Wing/Ah Man, one-shot)",
            "LOW WATER",
        ],
        dialogue: &[
            "Pull,",
            "I am pulling.",
            "Pull like you mean it, Wing.",
            "I mean it with my whole back.",
            "Lunch after,",
            "Lunch after,",
            "if you pay.",
        ],
        first: "The tide was out so far",
        last: "if you pay.",
        chrome: &[
            "Skip to Main Content",
            "Kettle & Quill",
            "shouting about Harbour Lights",
            "Fic Archive",
            "All Posts",
            "Writer",
            "Apr 2",
            "6 min read",
            "Updated: Apr 3",
            "Wing Cheung",
            "Facebook",
            "LinkedIn",
            "Link copied",
            "88 views",
            "2 comments",
            "Post not marked as liked",
            "Recent Posts",
            "See All",
            "a reaction (spoilers!!)",
            "Ma's Lunch",
            "Write a comment",
            "gull_reader",
            "I AM WHEEZING",
            "he never does",
            "Proudly created with Wix.com",
        ],
        notes: &["The Tide Table", "give Ma the last word", "we die like", "Comments make my week"],
    },
    // A Sweek chapter: the menu, the title (a heading) and byline, details, counts,
    // `Add to library`, `Share`, the table of contents, the author's note quoting the
    // show, the chapter's heading, the writer's `THE END of ch 1!!` plea (a note), the
    // buttons a line each, the link to the next chapter, comments (quoting the story) and
    // footer.
    Case {
        name: "sweek-chapter",
        headings: &["Night Market (a Harbour Lights fanfic)", "Chapter 1 \u{2014} Night Market"],
        dialogue: &[
            "Those are not snapper,",
            "They are snapper if I say they are snapper.",
            "Ma.",
            "Carry the bag.",
            "Your mother is always right,",
            "Only on market day.",
        ],
        first: "The market was loud by nine",
        last: "Only on market day.",
        chrome: &[
            "sweek",
            "Discover",
            "Contests",
            "by saltfish_writes",
            "Fanfiction \u{00B7} Family",
            "902 reads",
            "Add to library",
            "Table of contents",
            "Morning Tide",
            "\u{2665} Like",
            "\u{1F4AC} Comment",
            "Comments (4)",
            "my mum every Saturday",
            "every mum",
            "Load more comments",
            "Terms of use",
            "\u{00A9} 2026 Sweek",
        ],
        notes: &["eat first", "Please like and comment"],
    },
    // A Dreame chapter: the menu, the title (a heading) over `Author:`, details, counts,
    // hashtags, `READ`, `Add to Library`, the chapter's heading without a colon (a
    // heading), the writer's words over and under the chapter (quoting a reader's request
    // and a word to comment: notes), the chapter links, comments (quoting the story) and
    // footer.
    Case {
        name: "dreame-chapter",
        headings: &[
            "Night Ferry (Wing x Reader) | Harbour Lights fanfic",
            "Chapter 2 Night Ferry",
        ],
        dialogue: &[
            "You're cold,",
            "I am not cold.",
            "Your teeth are talking.",
            "My teeth are always talking, Wing.",
        ],
        first: "The last ferry smells of diesel",
        last: "He gives you his jacket anyway.",
        chrome: &[
            "Dreame",
            "Writer Benefits",
            "Download App",
            "Author: saltfish_writes",
            "Fanfiction \u{00B7} Romance",
            "2.1K views",
            "#harbour lights",
            "READ",
            "Add to Library",
            "Previous chapter",
            "Comments (12)",
            "I AM DECEASED",
            "mine always are",
            "View all 12 comments",
            "Terms of Service",
            "STARY PTE. LTD.",
        ],
        notes: &["put them on the last ferry", "Comment 'jacket'"],
    },
    // A Telegraph page: the title (a heading), the writer's name, the date, the link line
    // quoting part one's title, the `A/N:` quoting a request and the header line (notes),
    // the glossary and thanks naming the next fic in quotes (notes) and the report link.
    Case {
        name: "telegraph-page",
        headings: &["High Water (Harbour Lights, Wing/Ah Man)"],
        dialogue: &[
            "It is always late,",
            "It was not late in nineteen seventy-nine.",
            "Ma, you were not on it in nineteen seventy-nine.",
            "I was on it in my heart.",
        ],
        first: "The ferry was late",
        last: "Wing laughed so hard",
        chrome: &[
            "salt-road",
            "March 2, 2026",
            "part one",
            "Low Water",
            "masterlist",
            "Report content on this page",
        ],
        notes: &[
            "Ma on the ferry, please",
            "Words: ~900",
            "siu mai = dumplings",
            "Slack Water",
        ],
    },
    // A Slack channel copied from the desktop app: the workspace, the channel, its count,
    // topic and date divider, the message headers (one glued to the fic's title and first
    // line), the writer's chat naming an episode in quotes (a note), the title line with
    // its fields and part mark (a heading: `Low Water`), part marks, reaction rows, the
    // thread's summary, others' messages quoting the story (also after `>`) and the
    // message box.
    Case {
        name: "slack-channel",
        headings: &["Low Water"],
        dialogue: &[
            "Pull,",
            "I am pulling.",
            "Pull like you mean it, Wing.",
            "Lunch after,",
            "Lunch after,",
            "if you pay.",
        ],
        first: "The tide was out so far",
        last: "if you pay.",
        chrome: &[
            "Harbour Lights Fans",
            "# fic-corner",
            "Post your fic here!",
            "Saturday, April 4th",
            "gull_reader",
            "ros.penn",
            "7:49 PM",
            "is ros posting",
            "1k, gen",
            "[1/2]",
            "[2/2]",
            "\u{2764}\u{FE0F} 6",
            "2 replies",
            "View thread",
            "MA.",
            "every family lunch",
            "Message #fic-corner",
        ],
        notes: &["The Tide Table", "sorry Ma", "a documentary honestly"],
    },
    // A pixiv novel: the menu, the series' name, the title (a heading), the writer over
    // `Follow`, the tags a line each, the counts, date, length and reading time; the
    // caption and the `A/N:` quoting a request (notes); each chapter's heading right over
    // its first paragraph (a heading, not glued to it); the glossary (a note); the
    // buttons, the work links, comments (quoting the story in singles and doubles),
    // related works and footer.
    Case {
        name: "pixiv-novel",
        headings: &["Night Ferry (Wing x Ah Man)", "Pier", "Deck"],
        dialogue: &[
            "Run,",
            "I am running.",
            "That is walking fast.",
            "You two are late,",
            "Sit. Eat an orange.",
            "Ma, it is midnight.",
            "Oranges do not know what time it is.",
        ],
        first: "The last ferry left at eleven forty",
        last: "Wing sat. Ah Man sat.",
        chrome: &[
            "pixiv",
            "Illustrations",
            "Search works",
            "ferry shorts #2",
            "saltfish_writes",
            "Follow",
            "#HarbourLights",
            "+ Add tags",
            "3,310",
            "April 4, 2026",
            "3,120 characters",
            "Reading time",
            "Like!",
            "Bookmark",
            "Previous work",
            "Next work",
            "Post a comment",
            "MA I LOVE YOU",
            "she is right though",
            "he is so rude",
            "View replies",
            "Related works",
            "Privacy Policy",
        ],
        notes: &[
            "two idiots and a bag of oranges",
            "can Ma come on the ferry too",
            "Glossary:",
            "the plank onto the boat",
        ],
    },
    // A Vocal story: `Skip to main content`, the menu, the community, the title (a
    // heading), the subtitle quoting a line (a note), the byline, when, the reading time,
    // `Like` and its count; the `Author's note:` quoting the fans' question (a note); the
    // tags a line each, the buttons, the writer's box, the readers' insights, comments
    // (quoting the story), other stories and the footer.
    Case {
        name: "vocal-story",
        headings: &["Slack Water"],
        dialogue: &[
            "Can you hear me?",
            "I can hear you. I can hear everything. I can hear Mrs Lam's radio.",
            "Are you hurt?",
            "I am hungry.",
            "Fai,",
            "I have tarts.",
            "Pass one through, then.",
            "Through what?",
        ],
        first: "The number eight signal went up at four",
        last: "Nobody answered that.",
        chrome: &[
            "Skip to main content",
            "Communities",
            "Vocal+",
            "Join for free",
            "Geeks",
            "By Ros Penn",
            "Published 5 days ago",
            "4 min read",
            "Fan Fiction",
            "Pin",
            "About the Creator",
            "Writes on the ferry",
            "Reader insights",
            "Add your insights",
            "Comments (2)",
            "UNCLE FAI IS ME",
            "he is all of us",
            "Keep reading",
            "The Egg Tart Problem",
            "Find us on social media",
            "Creatd, Inc.",
        ],
        notes: &["said up a lift shaft", "what did Ma do during the typhoon?"],
    },
    // An Instagram caption series, three posts copied one after another: the bar, each
    // post's user name, `Follow` and place, the caption's first line glued to the user
    // name (a heading, without the fields after a bar or the writer's aside in brackets,
    // not glued to the first paragraph), the first post's intro quoting a request (a
    // note), the `.` spacers, hashtags, `Edited`, comments opening on a quoted story line,
    // their counts and replies, likes, dates, the comment box, `More posts from` and
    // Meta's footer.
    Case {
        name: "instagram-captions",
        headings: &[
            "Low Tide \u{1F30A}\u{26F4} pt 1/3",
            "Low Tide \u{1F30A}\u{26F4} pt 2/3",
            "Low Tide \u{1F30A}\u{26F4} pt 3/3",
        ],
        dialogue: &[
            "You are on my bench,",
            "It is a public bench.",
            "It is my bench on Tuesdays.",
            "Wing,",
            "is this the girl?",
            "Ma.",
            "I am only asking.",
            "Tuesday,",
            "Tuesday,",
        ],
        first: "The ferry smells of diesel",
        last: "you say.",
        chrome: &[
            "Instagram",
            "Reels",
            "saltfish.writes",
            "Follow",
            "Cheung Chau Pier",
            "Wing x Reader",
            "the end!!",
            "#harbourlights",
            "Edited",
            "SIR",
            "every mum ever",
            "the way I screamed",
            "he is so petty",
            "12 likes Reply",
            "View replies",
            "140 likes",
            "April 2",
            "Add a comment",
            "More posts from",
            "Meta Verified",
            "Instagram from Meta",
        ],
        notes: &["put Ma on the ferry", "swipe my grid"],
    },
    // A mail read in Outlook on the web: the ribbon, the subject, the initials, the
    // sender, `To: You`, the date, the banner, the attachments; the greeting and the
    // intro quoting the reader's requests (notes); the fic's title (a heading) and its
    // header line (a note); the words under the last separator and the sign-off (notes);
    // the app's line, the buttons and the quoted message (its draft's line in quotes).
    Case {
        name: "outlook-email",
        headings: &["Egg Tarts"],
        dialogue: &[
            "Six,",
            "They said six.",
            "It is five fifty-one, Ma.",
            "Then they are nine minutes late in my heart.",
            "Where is mine?",
            "You were not on the list.",
        ],
        first: "The bakery on Tung Street",
        last: "You were not on the list.",
        chrome: &[
            "New mail",
            "Reply all",
            "Inbox",
            "FIC: Egg Tarts",
            "DONE!!!",
            "ros.penn.writes@outlook.com",
            "To: You",
            "Sun 05/04/2026",
            "You don't often get email",
            "egg-tarts-final-FINAL.docx",
            "31 KB",
            "Show all 1 attachment",
            "Save to OneDrive",
            "Get Outlook for Android",
            "Forward",
            "From: Em Hollis",
            "Sent: Tuesday",
            "Subject: Re: egg tarts",
            "did you finish the bakery one",
        ],
        notes: &[
            "Hiya Em,",
            "more Ma",
            "Posting it on Friday",
            "gen, 1.1k",
            "Tell me everything",
            "Ros x",
        ],
    },
    // A SpaceHey blog entry: the banner, tagline and nav, `Blog Entries`, `« Back to`,
    // the writer's box a line each, the title (a heading), date and category; the intro
    // quoting a single word (a note), the `~` separators, the end note (a note); the
    // kudos, the comments' header and count, comments (quoting the story) and footer.
    Case {
        name: "spacehey-blog",
        headings: &["The Typhoon Lift [Harbour Lights fic, Wing/Ah Man]"],
        dialogue: &[
            "Can you hear me?",
            "I can hear everything,",
            "I can hear Mrs Lam\u{2019}s radio.",
        ],
        first: "The number eight went up at four",
        last: "Ah Man sat on the bottom stair",
        chrome: &[
            "SpaceHey",
            "a space for friends",
            "Bulletins",
            "Blog Entries",
            "Back to",
            "Online Now!",
            "Mood:",
            "View my:",
            "Apr 6, 2026",
            "Category:",
            "Kudos: 12",
            "Give Kudos",
            "Displaying 2 of 2 comments",
            "gull_reader",
            "UNCLE FAI NO",
            "Please write the egg tarts next",
            "Tibush GmbH",
        ],
        notes: &["non-Hongkongers", "Thank you for reading"],
    },
    // A mail read in Proton Mail's web app: the app's name, `New message`, the folders
    // and their count, `Search messages`, the toolbar, the subject, the folder's label,
    // the initials, the sender, `To:`, the date, the buttons and the attachments; the
    // greeting and the intro quoting the reader's notes in curly singles (notes); the
    // fic's title (a heading, not glued to its header line) and its header line between
    // dots (a note); the words under the last separator and the sign-off (notes); the
    // app's line, and the quoted message (its draft's line in straight singles) with the
    // app's line again.
    Case {
        name: "protonmail-email",
        headings: &["night shift"],
        dialogue: &[
            "Generator,",
            "Generator takes a minute,",
            "Don\u{2019}t move.",
            "I wasn\u{2019}t going to move.",
            "You were. I could hear you thinking about it.",
            "Nair. Brennan. Bed six, bed eleven, and nobody touches the vending machine.",
            "It ate my pound,",
            "Then it is fed, and it can rest.",
        ],
        first: "The lights on Ward Nine went out",
        last: "Priya laughed before she could stop herself",
        chrome: &[
            "Proton Mail",
            "New message",
            "Drafts",
            "Search messages",
            "Move to trash",
            "Mark as unread",
            "FIC: night shift",
            "marnie.boyce@proton.me",
            "To: Bea Quill",
            "April 7th, 2026",
            "Reply all",
            "1 file attached",
            "night-shift-v2.odt",
            "18.4 KB",
            "Preview",
            "Sent with Proton Mail",
            "Original Message",
            "wrote:",
            "Two notes",
            "is perfect",
            "never enough Okafor",
        ],
        notes: &[
            "Bea!!",
            "more Sister Okafor",
            "the file never opens",
            "post-series 1",
            "Be kind. Not too kind.",
            "Marnie x",
        ],
    },
    // A topic on a Jcink-hosted forum: the board's name and tagline, the greeting to a
    // guest, the menu, the breadcrumb, the pager, the topic's buttons, its title and
    // `Topic Options`; the writer's post under its header and the poster's box a line
    // each, its intro quoting a relative in doubles and its outro (notes), its signature
    // and `Top`; a reply with a quote box of a story line, a reply opening on a quoted
    // story line, the writer's answer (a quote box, then a note); the pager, the
    // buttons, the topic's links and the footer.
    Case {
        name: "jcink-topic",
        headings: &[],
        dialogue: &[
            "Brennan,",
            "Stop walking.",
            "You put in for the transfer.",
            "I put in for the transfer,",
            "Days. Ward Four.",
            "Without telling me.",
            "I'm telling you now.",
            "Days are boring,",
            "Days are boring,",
        ],
        first: "The long corridor between Ward Nine",
        last: "said Col, and smiled",
        chrome: &[
            "WARD NINE FANS",
            "since 2021",
            "Welcome Guest",
            "Calendar",
            "Fan Works",
            "Pages:",
            "New Poll",
            "The Long Corridor",
            "Topic Options",
            "sluice_room_sal",
            "Posted:",
            "Quote Post",
            "Night Nurse",
            "Group: Members",
            "Posts: 233",
            "Member No.",
            "Joined:",
            "sluice room forever",
            "Posts: 1,402",
            "QUOTE (",
            "I AM ON THE FLOOR",
            "bed_eleven",
            "COL BRENNAN YOU COWARD",
            "Track this topic",
            "Jcink Hosted Forums",
            "green_strip_lights",
            "Powered by Jcink",
        ],
        notes: &[
            "Evening all!",
            "nobody would run in a corridor",
            "One-shot, about 900 words",
            "thank you for reading",
            "tell your mum thanks",
        ],
    },
    // A GoodNovel chapter: the site's name and menu, the breadcrumb, the title (a
    // heading), the details, the writer's name, the counts and rating, the buttons; the
    // chapter's heading without a colon (a heading) and its details; the `A/N:` quoting
    // the readers (a note); the glossary under a label of another name and the teaser
    // for the next chapter (notes); the chapter links, comments opening on a quoted
    // story line, their likes and replies, the boxes under them and the footer.
    Case {
        name: "goodnovel-chapter",
        headings: &[
            "Low Tide (Ezra x Reader) | a Saltpans fanfic",
            "Chapter 2 The Causeway",
        ],
        dialogue: &[
            "Forty minutes,",
            "Then the sea has it.",
            "We\u{2019}ll be back in thirty,",
            "That\u{2019}s what your mother said in 1998.",
            "You\u{2019}re late,",
            "I\u{2019}m early. The tide\u{2019}s late.",
        ],
        first: "The causeway floods twice a day",
        last: "He laughs, and behind you",
        chrome: &[
            "GoodNovel",
            "Rankings",
            "Download App",
            "Home > Fan-fiction",
            "Fan-fiction \u{00B7} Ongoing",
            "tidemark_jo",
            "3.9K views",
            "Add to library",
            "Author:",
            "Updated:",
            "Words: 1,311",
            "Previous Chapter",
            "Comments (3)",
            "Write a comment",
            "causeway_kid",
            "AUNTIE MAGS I LOVE YOU",
            "mizzle is my new favourite word",
            "Like 22",
            "View more comments",
            "Latest Chapter",
            "Chapter 3 The Storm",
            "Related Books",
            "High Water",
            "About Us",
            "All rights reserved",
        ],
        notes: &[
            "chapter two!!",
            "more Auntie Mags",
            "Saltpans words:",
            "rain that can't decide",
            "Next chapter: the storm",
        ],
    },
    // A Writing.Com item: the site's name and menu, the title (a heading) over its
    // byline, the item's line, the description (a note), the icons and buttons; the
    // writer's intro over the story with no separator, quoting the swap's request in
    // singles (a note); the thanks under the story (a note); the copyright lines, the
    // reviews (one opening on a quoted story line, one quoting a phrase in singles) and
    // the printed-from line.
    Case {
        name: "writingcom-item",
        headings: &["The Causeway Bake"],
        dialogue: &[
            "Cheese scones,",
            "My mother's.",
            "Your mother bought them from the Co-op,",
            "She bought the cheese from the Co-op. There is a difference.",
            "That's different,",
        ],
        first: "The church hall smells of butter",
        last: "Auntie Mags looks at him",
        chrome: &[
            "Writing.Com",
            "Interactive Stories",
            "Contests & Activities",
            "Join For Free!",
            "Search For",
            "by Jo on the Sands",
            "Rated: E",
            "#2402117",
            "Item Icon",
            "Add to Favorites",
            "Member Favorites",
            "Copyright 2026",
            "has granted",
            "Reviews",
            "Review by",
            "I howled",
            "Lovely and daft",
            "in my head now",
            "Printed from",
        ],
        notes: &[
            "Auntie Mags enters the church bake-off",
            "A Saltpans fic",
            "somebody's first scone",
            "Thank you for reading!",
            "Happy swapping",
        ],
    },
    // A Pastebin paste: the site's name and menu, the paste's title, the user, the date,
    // the counts, `Never`, `Add comment`, the sign-up line, the size line and the
    // toolbar; the paste's header fields (the title a heading without its label, the
    // pairing and the `notes:` field quoting the prompt notes); the glossary under its
    // label and the thanks (notes); `RAW Paste Data`, the public pastes, the comments
    // (one opening on a quoted story line, one quoting a phrase), `Add Comment` and the
    // footer.
    Case {
        name: "pastebin-paste",
        headings: &["the causeway"],
        dialogue: &[
            "Van,",
            "Now.",
            "I've got the keys,",
            "You've got the keys to the wrong van.",
            "Right,",
            "Right. Swim?",
            "In my good coat?",
        ],
        first: "The tide came in at a walk",
        last: "They took the causeway on foot",
        chrome: &[
            "Pastebin",
            "API",
            "Sign up",
            "saltpans fic (ezra/mags)",
            "tidemark_jo",
            "Apr 9th, 2026",
            "Add comment",
            "Not a member",
            "text 4.02 KB",
            "raw download clone",
            "title:",
            "fandom:",
            "rating: everyone",
            "RAW Paste Data",
            "Public Pastes",
            "config backup",
            "min ago",
            "mizzle_mo",
            "I AM SCREAMING",
            "she is my actual aunt",
            "is too real",
            "Add Comment",
            "Sign In to add comment",
            "create new paste",
            "cookies policy",
            "Site design",
        ],
        notes: &[
            "pairing: Ezra/Mags",
            "the tide comes in faster",
            "village words for non-saltpans people",
            "the road the sea borrows",
            "kudos would be on ao3",
        ],
    },
    // A Lemmy post: the instance's name and menu, the community, the title (a heading)
    // and the byline; the intro quoting the request in doubles and the end note
    // (notes); the story's title (a heading); the tags a line each, the score, the
    // comment counts, the buttons, the comments (one opening on a quoted story line, the
    // writer's answer), the sidebar and the footer.
    Case {
        name: "lemmy-post",
        headings: &[
            "The Last Shift [Quarry Road, Dilys/Huw, gen, ~800 words]",
            "The Last Shift",
        ],
        dialogue: &[
            "That's not the blasting,",
            "It's the other one,",
            "It's the long one.",
            "Get your coat,",
            "I've got my coat.",
            "Get your other coat, then. It's going to rain.",
        ],
        first: "The siren went at ten past four",
        last: "It rained. It rained all the way",
        chrome: &[
            "lemmy.ml",
            "Create Community",
            "Support Lemmy",
            "Quarry Road Fic",
            "quarryroad@lemmy.ml",
            "submitted 2 days ago",
            "one-shot",
            "9 comments",
            "fedilink",
            "sort: Hot",
            "tidewell@lemmy.ml",
            "I HATE it here",
            "sorry not sorry",
            "Load more comments",
            "412 Subscribers",
            "Tag your fics",
            "Moderators",
            "BE: 0.19.9",
            "join-lemmy.org",
        ],
        notes: &[
            "Hiya all!",
            "the night the siren went",
            "Comments are lovely",
        ],
    },
    // An Evernote shared note: the app's name and menu, the note's title, the sharer's
    // and update lines; the note's header fields (the title a heading without its
    // label, the site's fields dropped, the pairing and the `NOTES:` field quoting a
    // friend in curly singles notes); the story's title said again, the `- - -` frame;
    // the glossary under its label and the checklist (notes); the tags, the sign-up box
    // and the footer.
    Case {
        name: "evernote-note",
        headings: &["The Incline"],
        dialogue: &[
            "Who\u{2019}s on the wagons?",
            "Nobody,",
            "That\u{2019}s the thing. Nobody.",
            "Stop it, then.",
            "I can\u{2019}t. Idris has the key.",
            "Idris is in the Quarryman\u{2019}s Arms,",
            "and you know it.",
        ],
        first: "The drum was still turning",
        last: "and you know it.",
        chrome: &[
            "Evernote",
            "Sign up for free",
            "v3 FINAL",
            "Shared by",
            "Last updated",
            "TITLE:",
            "FANDOM:",
            "RATING: Teen",
            "WORDS: 700",
            "Tags",
            "quarry road",
            "Remember everything",
            "Already have an account",
            "Bending Spoons",
            "Cookie Preferences",
        ],
        notes: &[
            "PAIRING: Dilys",
            "you never write the winding house",
            "Welsh words:",
            "the quarrymen\u{2019}s hut",
            "cariad = love",
            "TO DO",
            "ask Mam about the drum brake",
            "send to Mair",
        ],
    },
    // A GitHub Gist, its Markdown rendered: GitHub's bar, the tagline, the owner, the
    // gist's path, `Last active`, the buttons and counts, the description and the file's
    // name; the file's title (a heading), its fields line between bars and its `Note:`
    // quoting a sister in singles (notes), its `Fandom:` (dropped); the end note about
    // the fic and the thanks (notes); the comments (one opening on a quoted story line,
    // the owner's answer), the sign-up line and the footer.
    Case {
        name: "gist-page",
        headings: &["The Winding House"],
        dialogue: &[
            "You'll burn your boots,",
            "They're my boots.",
            "It's my stove.",
            "It's the company's stove,",
            "and the company can buy me new boots.",
        ],
        first: "The winding house smelled of oil",
        last: "He laughed at that",
        chrome: &[
            "Skip to content",
            "Search Gists",
            "Instantly share code",
            "slatebird/winding-house.md",
            "Last active",
            "Star 2",
            "Revisions 2",
            "Download ZIP",
            "winding house (quarry road fic",
            "winding-house.md",
            "Fandom: Quarry Road",
            "tidewell commented",
            "DILYS. I love her",
            "she is the best of us",
            "join this conversation",
            "GitHub, Inc.",
            "Footer navigation",
            "Do not share my personal information",
        ],
        notes: &[
            "Quarry Road fic | Dilys/Huw",
            "written on the train",
            "you can't write a fic on a phone",
            "you can still see it above the village",
            "Be gentle in the comments",
        ],
    },
    // A Buy Me a Coffee post: the site's name and menu, the creator and tagline, the
    // tabs, the title (a heading) and date; the intro quoting the supporter's request in
    // curly doubles and the end note (notes); the story's title (a heading); the
    // hashtags, `Like`, the count, `Share`, the coffee box, the supporters (a message in
    // curly doubles quoting the story), the other posts and the footer.
    Case {
        name: "buymeacoffee-post",
        headings: &[
            "The Siren (Huw Ellis x Reader) | a Quarry Road fic",
            "The Siren",
        ],
        dialogue: &[
            "You\u{2019}re late,",
            "I\u{2019}m early. The siren\u{2019}s late.",
            "Stay a minute,",
            "Only a minute.",
        ],
        first: "You bring the tea up at midnight",
        last: "You stay an hour.",
        chrome: &[
            "Buy Me a Coffee",
            "Explore creators",
            "mostly Dilys, sometimes Huw",
            "Membership",
            "Apr 14, 2026",
            "#quarryroad",
            "Buy slatebird a coffee",
            "Name or @yourtwitter",
            "Say something nice",
            "Support \u{00A3}3",
            "Recent supporters",
            "bought 2 coffees",
            "I SCREAMED",
            "Someone bought",
            "More from slatebird",
            "The Incline (Dilys/Huw)",
            "Mar 30, 2026",
            "Create your own page",
            "Privacy Policy",
        ],
        notes: &[
            "Shwmae all!!",
            "Huw on the night shift",
            "every coffee this month",
        ],
    },
    // A Bear Blog post: the blog's name and nav, the title (a heading) and date; the
    // intro quoting a grandmother in doubles and the line over the story (notes); the
    // story's title (a heading); the glossary of spaced hyphens under its label, a single
    // line break under the story's last paragraph, and the invitation to reply (notes,
    // none of it run on into the story); the tags, the upvote, its count and the footer.
    Case {
        name: "bearblog-post",
        headings: &["fic: the caban (quarry road, dilys/huw)", "The Caban"],
        dialogue: &[
            "Pritchard,",
            "Settle this.",
            "No.",
            "You don't know what it is yet.",
            "I know it's about the rugby,",
        ],
        first: "The caban was full of smoke",
        last: "she said, and Huw laughed into his sleeve.",
        chrome: &[
            "slate and string",
            "14 Apr, 2026",
            "#fanfic",
            "Toast",
            "Made with Bear",
        ],
        notes: &[
            "the caban fic I have been going on about",
            "Dilys would never sit still",
            "Welsh words at the bottom",
            "Welsh (and some quarry) words:",
            "the quarrymen's hut",
            "which the men use",
            "reply by email",
        ],
    },
    // A story about a site keeps every line that looks like the site's: a screen's
    // `Comments (3)`, a character's "Reply", a lone `Reply` and `Share`, `Note:`.
    Case {
        name: "story-site-words",
        headings: &["The Thread"],
        dialogue: &[
            "Rate my loaf,",
            "Read them,",
            "Go on. Out loud.",
            "'This is the worst bread I have ever seen,'",
            "That's just rude.",
            "Reply,",
            "Tell them it's sourdough.",
            "Level one baker,",
            "That's what they'll call you.",
            "Don't you dare share it,",
        ],
        first: "Dev found the post",
        last: "She shared it.",
        chrome: &[],
        notes: &[],
    },
    // A story about a village forum keeps its lines that look like a site's: a
    // capitalised `Mum asked:`, `Spoiler:`, a lone `Review`, `Jo said:`, an `@` and
    // `canon`, and a bracket about an image with no label.
    Case {
        name: "story-forum-words",
        headings: &["The Noticeboard"],
        dialogue: &[
            "Is the fete still on?",
            "You can't spoil the weather,",
            "Nobody reads the forum, Nell.",
        ],
        first: "Nell ran the village forum",
        last: "She pinned the real poster up",
        chrome: &[],
        notes: &[],
    },
    // A short sentence in the same place is the story's first line.
    Case {
        name: "story-short-line",
        headings: &["Low Tide", "Chapter 1: The Slipway"],
        dialogue: &[
            "That was the last one,",
            "Till when?",
            "Till Tuesday.",
            "Tea. You'll want it.",
        ],
        first: "Nobody waved.",
        last: "She took the tea.",
        chrome: &[],
        notes: &[],
    },
    Case {
        name: "story-edges",
        headings: &["The Archivist"],
        dialogue: &[
            "Hello?",
            "Did someone leave this for me?",
            "Nobody's been up there since you,",
            "Not since the flood.",
        ],
        first: "the rain had not stopped",
        last: "—Mum",
        chrome: &[],
        notes: &[],
    },
];

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/chrome")
        .join(format!("{name}.txt"));
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// `script --json` on a fixture: (kind, text) of every record.
fn script(name: &str, notes: bool) -> Vec<(String, String)> {
    let mut args = vec!["script", "story.txt", "--json"];
    if notes {
        args.push("--notes");
    }
    let outcome = Run::new()
        .file("story.txt", fixture(name))
        .args(&args)
        .run();
    assert_eq!(outcome.status, 0, "{name}: {}", outcome.stderr);
    outcome
        .records()
        .iter()
        .map(|record| {
            let field = |key: &str| record[key].as_str().unwrap_or_default().to_string();
            (field("kind"), field("text"))
        })
        .collect()
}

fn texts<'a>(records: &'a [(String, String)], kind: &str) -> Vec<&'a str> {
    records
        .iter()
        .filter(|(record_kind, _)| record_kind == kind)
        .map(|(_, text)| text.as_str())
        .collect()
}

#[test]
fn site_chrome_and_notes_are_not_read_and_their_quotes_are_not_dialogue() {
    let mut failures = Vec::new();
    for case in CASES {
        let records = script(case.name, false);
        let mut fail = |what: String| failures.push(format!("{}: {what}", case.name));
        if texts(&records, "heading") != case.headings {
            fail(format!("headings {:?}", texts(&records, "heading")));
        }
        if texts(&records, "dialogue") != case.dialogue {
            fail(format!("dialogue {:#?}", texts(&records, "dialogue")));
        }
        let body: Vec<&str> = records
            .iter()
            .filter(|(kind, _)| kind != "heading")
            .map(|(_, text)| text.as_str())
            .collect();
        if !body
            .first()
            .is_some_and(|text| text.starts_with(case.first))
        {
            fail(format!("first record {:?}", body.first()));
        }
        if !body.last().is_some_and(|text| text.starts_with(case.last)) {
            fail(format!("last record {:?}", body.last()));
        }
        for text in case.chrome.iter().chain(case.notes) {
            if let Some((kind, found)) = records.iter().find(|(_, found)| found.contains(text)) {
                fail(format!("{text:?} is read as {kind}: {found:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn notes_are_read_when_asked_and_site_chrome_still_is_not() {
    let mut failures = Vec::new();
    for case in CASES {
        let records = script(case.name, true);
        for text in case.notes {
            if !records.iter().any(|(_, found)| found.contains(text)) {
                failures.push(format!("{}: {text:?} is not read with --notes", case.name));
            }
        }
        for text in case.chrome {
            if records.iter().any(|(_, found)| found.contains(text)) {
                failures.push(format!("{}: {text:?} is read with --notes", case.name));
            }
        }
        // Read, a note is the narrator's: its quotes are no character's lines.
        if texts(&records, "dialogue") != case.dialogue {
            failures.push(format!(
                "{}: dialogue with --notes {:#?}",
                case.name,
                texts(&records, "dialogue")
            ));
        }
        // The story itself is all there, notes or not.
        let story = script(case.name, false);
        for (kind, text) in &story {
            if !records.contains(&(kind.clone(), text.clone())) {
                failures.push(format!("{}: {kind} {text:?} lost with --notes", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Reddit's markdown emphasis (`*ding*`, `**FLOOR 13½**`) stays in a record's text,
/// where it marks italics as on every site, but the engine is given the words alone.
#[test]
fn markdown_emphasis_is_not_spoken_in_a_reddit_story() {
    let outcome = Run::new()
        .file("story.txt", fixture("reddit-markdown"))
        .args(&["script", "story.txt", "--json"])
        .run();
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let records = outcome.records();
    let spoken: Vec<&str> = records
        .iter()
        .map(|record| {
            record["say"]
                .as_str()
                .or_else(|| record["text"].as_str())
                .unwrap_or_default()
        })
        .collect();
    assert!(spoken
        .iter()
        .any(|text| text.starts_with("The elevator went ding.")));
    assert!(spoken
        .iter()
        .any(|text| text.starts_with("Ding. The doors opened")));
    for text in spoken {
        assert!(
            !text.contains(['*', '_']),
            "{text:?} is spoken with its markers"
        );
    }
}

#[test]
fn page_title_and_byline_name_the_work() {
    let cases = [
        ("ffn-chapter", Some("Paper Lanterns"), Some("kestrelwings")),
        (
            "ao3-chapter",
            Some("The Long Way Round"),
            Some("bramblewick"),
        ),
        (
            "ao3-plain-byline",
            Some("Second Violin"),
            Some("hollowreed"),
        ),
        ("story-short-line", Some("Low Tide"), None),
        (
            "wattpad-wrapped",
            Some("captain!oc x reader ✧ long serve!!"),
            Some("net_cord_nina"),
        ),
        (
            "tumblr-blog",
            Some("the glass orchard | cassian reyne x reader"),
            Some("moths-and-mirrors"),
        ),
        ("efiction-story", Some("The Salt Road"), Some("hollow_wren")),
        ("discord-channel", None, Some("moth_and_ember")),
        (
            "ffn-follow",
            Some("The Lantern Marsh"),
            Some("reed-warbler"),
        ),
        ("forum-lines", None, Some("Bindlewort")),
        (
            "tumblr-post",
            Some("signal fire | lighthouse keeper!oc x f!reader"),
            None,
        ),
        (
            "royalroad-chapter",
            Some("Hollowmere Deepdelvers"),
            Some("Quillon_Vash"),
        ),
        (
            "quotev-chapter",
            Some("❀ Lanterns at Kettle Pond ❀ || Bram Okafor x Reader"),
            Some("sugarplum_thief"),
        ),
        (
            "ao3-work",
            Some("The Tidewater Portrait"),
            Some("saltjar_moth"),
        ),
        (
            "livejournal-post",
            Some("The Silver Inventory"),
            Some("thornfield_quill"),
        ),
        (
            "dreamwidth-community",
            Some("The Grafting Knife"),
            Some("pipwort_hen"),
        ),
        ("tumblr-ask", Some("soundcheck"), Some("lanternmoth")),
        (
            "ffn-mobile",
            Some("The Ferry Strike"),
            Some("tern_and_tide"),
        ),
        (
            "ao3-images",
            Some("The Slow Boat North"),
            Some("thistle_and_tar"),
        ),
        (
            "sv-omake",
            Some("Tollgate Quest (A River-Barge Trading Quest)"),
            Some("bargepole_betty"),
        ),
        ("x-thread", None, Some("owlsonthemoor")),
        ("usenet-post", Some("The Fog Bell"), Some("BettyQ")),
        (
            "kofi-post",
            Some("Night Shift (modern!Alder x baker!reader) \u{2014} EARLY ACCESS"),
            Some("junoscribbles"),
        ),
        (
            "scribblehub-chapter",
            Some("Emberwake: The Glass Coast [Fanfic]"),
            Some("tallowquill"),
        ),
        ("gdocs-draft", Some("The Lighthouse Ledger"), None),
        ("pdf-zine", Some("Night Porter"), Some("Ottoline Brask")),
        (
            "substack-email",
            Some("The Night Bakery"),
            Some("Marisol Keene"),
        ),
        (
            "aff-chapter",
            Some("Glass Slippers [NOVA9 x Reader]"),
            Some("tteok_and_tea"),
        ),
        (
            "patreon-post",
            Some("The Anchor fic: Double Top (Bea/Sol, 2k)"),
            Some("Ivo Marchetti"),
        ),
        (
            "quizilla-wayback",
            Some("Lantern Bridge (Sora x Reader) ch. 2"),
            Some("starlit_usagi_99"),
        ),
        (
            "facebook-group",
            Some("FANFIC \u{2693} The Lifeboat Dance (one-shot)"),
            Some("Lorraine Tuck"),
        ),
        (
            "mediaminer-chapter",
            Some("The Weather Club"),
            Some("amaterasu_moth"),
        ),
        (
            "mibba-chapter",
            Some("Flood Season"),
            Some("river_gum_rosie"),
        ),
        ("indiaforums-thread", None, Some("monsoon_kahaniyan")),
        (
            "nairaland-thread",
            Some("Pepper Soup Season"),
            Some("Bisola_pen"),
        ),
        (
            "blogger-post",
            Some("[Tala Academy FF] Ulan sa Jeep (KatxRafa) Chapter 2"),
            None,
        ),
        (
            "tumblr-reblog",
            Some("low tide | finn mackay x reader"),
            Some("saltwater-scribbles"),
        ),
        (
            "boardsie-thread",
            Some("THE LAST SAILING"),
            Some("Maire_Rua"),
        ),
        ("whatsapp-android", Some("THE MARROW"), Some("Rhona")),
        ("whatsapp-ios", Some("KEEPER OF THE LIGHT"), Some("Priya")),
        (
            "gamefaqs-topic",
            Some("NIGHT SHIFT AT BERTH NINE"),
            Some("crane_whisperer"),
        ),
        (
            "fanfictionde-story",
            Some("The Keeper's Cat"),
            Some("nordlicht_92"),
        ),
        (
            "notion-page",
            Some("Frost Night (Tamsin x Reader) pt. 3"),
            None,
        ),
        (
            "mastodon-thread",
            Some("THE NIGHT FERRY"),
            Some("ffionwrites@tidepool.social"),
        ),
        (
            "booksie-chapter",
            Some("Market Day (a Saltfish Row fanfic)"),
            Some("callaloo_queen"),
        ),
        ("ghost-post", Some("The Night Ferry"), Some("Dele Ade")),
        ("telegram-channel", Some("THE KEEPER'S HOUR"), None),
        (
            "penana-chapter",
            Some("Harbour Lights: Low Water"),
            Some("saltfish_writes"),
        ),
        (
            "amino-post",
            Some("Low Tide | Keeper Wren x Reader"),
            Some("tide.pools"),
        ),
        ("steam-discussion", Some("LOW WATER"), Some("dock_rat")),
        (
            "squarespace-post",
            Some("The Ferry Cafe (Harbour Lights, Wing/Ah Man, one-shot)"),
            Some("Ros Penn"),
        ),
        (
            "movellas-chapter",
            Some("Market Day | a Harbour Lights fanfic"),
            Some("saltfish_writes"),
        ),
        (
            "discourse-topic",
            Some("Low Water"),
            Some("saltfish_writes"),
        ),
        (
            "inkspired-chapter",
            Some("Low Water (Wing x Reader)"),
            Some("saltfish_writes"),
        ),
        (
            "googlegroups-conversation",
            Some("The Slow Boat"),
            Some("Ros P."),
        ),
        (
            "wix-post",
            Some("Low Water (Harbour Lights, Wing/Ah Man, one-shot)"),
            Some("Ros Penn"),
        ),
        (
            "sweek-chapter",
            Some("Night Market (a Harbour Lights fanfic)"),
            Some("saltfish_writes"),
        ),
        (
            "dreame-chapter",
            Some("Night Ferry (Wing x Reader) | Harbour Lights fanfic"),
            Some("saltfish_writes"),
        ),
        (
            "telegraph-page",
            Some("High Water (Harbour Lights, Wing/Ah Man)"),
            Some("salt-road"),
        ),
        ("slack-channel", Some("Low Water"), Some("ros.penn")),
        (
            "pixiv-novel",
            Some("Night Ferry (Wing x Ah Man)"),
            Some("saltfish_writes"),
        ),
        ("vocal-story", Some("Slack Water"), Some("Ros Penn")),
        (
            "instagram-captions",
            Some("Low Tide \u{1F30A}\u{26F4} pt 1/3"),
            Some("saltfish.writes"),
        ),
        ("outlook-email", Some("Egg Tarts"), Some("Ros Penn")),
        (
            "spacehey-blog",
            Some("The Typhoon Lift [Harbour Lights fic, Wing/Ah Man]"),
            Some("saltfish_writes"),
        ),
        (
            "protonmail-email",
            Some("night shift"),
            Some("Marnie Boyce"),
        ),
        (
            "jcink-topic",
            Some("The Long Corridor"),
            Some("sluice_room_sal"),
        ),
        (
            "goodnovel-chapter",
            Some("Low Tide (Ezra x Reader) | a Saltpans fanfic"),
            Some("tidemark_jo"),
        ),
        (
            "writingcom-item",
            Some("The Causeway Bake"),
            Some("Jo on the Sands"),
        ),
        ("pastebin-paste", Some("the causeway"), Some("tidemark_jo")),
        (
            "lemmy-post",
            Some("The Last Shift [Quarry Road, Dilys/Huw, gen, ~800 words]"),
            Some("slatebird"),
        ),
        ("evernote-note", Some("The Incline"), Some("slate.bird")),
        ("gist-page", Some("The Winding House"), Some("slatebird")),
        (
            "buymeacoffee-post",
            Some("The Siren (Huw Ellis x Reader) | a Quarry Road fic"),
            Some("slatebird"),
        ),
        (
            "bearblog-post",
            Some("fic: the caban (quarry road, dilys/huw)"),
            None,
        ),
    ];
    for (name, title, author) in cases {
        let story = parse_story(
            Path::new("story.txt"),
            &fixture(name),
            Some(Format::Text),
            false,
        )
        .unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(story.document.title.as_deref(), title, "{name}");
        assert_eq!(story.document.author.as_deref(), author, "{name}");
    }
}

/// Story paragraphs that start like chrome (`Follow`, `by`, `#`, `warnings`, `By`, an
/// e-mail's headers, a handle and a date, a bracketed letter, `Hi all`, `Kudos:`, a
/// count of likes, a comment box, `Reading time:`, a forum's greeting to a guest, `RAW
/// Paste Data`, a mail app's line, a Lemmy byline, `Download ZIP`, a coffee box, Bear's
/// footer) are read: the header's rules stop at the first story
/// paragraph, and a site's reader needs its site's marks.
#[test]
fn story_lines_that_start_like_chrome_are_read() {
    let cases: &[(&str, &[&str])] = &[
        (
            "wattpad-wrapped",
            &[
                "Follow the ball, not the player.",
                "by the third set your ankle is singing",
                "#7 is your number",
            ],
        ),
        (
            "tumblr-blog",
            &[
                "Follow him or don't",
                "warnings, Cassian calls them",
                "by the time you reach the house",
            ],
        ),
        ("ffn-follow", &["By morning the lamp was out"]),
        (
            "story-site-words",
            &[
                "It was on r/BreadCrimes",
                "Comments (3)",
                "Reply",
                "Note: the bread was not sourdough.",
                "Share",
            ],
        ),
        ("quotev-chapter", &["Note: the pond is not deep."]),
        (
            "story-forum-words",
            &[
                "Mum asked:",
                "Spoiler: it rains.",
                "Review",
                "Jo said:",
                "@Jo, she typed",
                "[Image of the fete poster",
            ],
        ),
        (
            "story-site-lookalikes",
            &[
                "Wren kept her drafts in a shoebox labelled DRAFT 3",
                "She read the first page. It said, in her own hand, that the lighthouse was older than the town.[a] Someone",
                "From: tobias.marsh@harbourpost.org",
                "Subject: your draft",
                "Hi all, the email began",
                "@tobiasmarsh",
                "Apr 2",
                "Font: Garamond",
                "(yes, she would let it)",
                "Tobias",
            ],
        ),
        // One mark of Outlook's, Instagram's, SpaceHey's and pixiv's each is no page.
        (
            "story-app-lookalikes",
            &[
                "Dee had a new phone",
                "Kudos: that was what",
                "212 likes, said the photo",
                "Add a comment\u{2026}",
                "She added one anyway.",
                "Reading time: the hour after lunch",
            ],
        ),
        // One mark of GoodNovel's, a Jcink board's, Pastebin's, Proton Mail's and
        // Writing.Com's each is no page.
        (
            "story-paste-lookalikes",
            &[
                "Marnie had four websites open",
                "Welcome Guest ( Log In | Register )",
                "She pasted the first chapter",
                "RAW Paste Data",
                "Sent with Proton Mail secure email.",
                "That was how every one",
                "Topic Options, said a button",
                "Printed from https://www.Writing.Com/",
            ],
        ),
        // One mark of Lemmy's, Evernote's, a gist's, Buy Me a Coffee's and Bear Blog's
        // each is no page.
        (
            "story-blog-lookalikes",
            &[
                "Mair kept every draft in Evernote",
                "submitted 3 hours ago by mair_writes",
                "Download ZIP",
                "Buy Mair a coffee",
                "Made with Bear",
            ],
        ),
        (
            "royalroad-chapter",
            &[
                "[Quest updated: “The Goblin Toll” (1 of 3 bridges crossed)]",
                "Pell Marrow — Level 7 Cartographer",
            ],
        ),
    ];
    for (name, starts) in cases {
        let records = script(name, false);
        for start in *starts {
            assert!(
                records
                    .iter()
                    .any(|(kind, text)| kind == "narration" && text.starts_with(start)),
                "{name}: {start:?} is not read"
            );
        }
    }
}
