//! Site chrome and authors' notes in pasted text: which paragraphs of a paste are
//! the story, which are the author talking to readers (notes, disclaimers, request,
//! warning and word-count lines, pleas for votes, kudos or reblogs, questions of the
//! day, sign-offs) and which are the site's own furniture (AO3 tag blocks, stats
//! lines, page titles, bylines, hashtags).
//!
//! In: the paragraphs of a paste as the plain-text reader cut them. Out: a [`Role`]
//! for each, and the title and author the chrome names.
//!
//! The rules lean on position, not on words alone, so that story text with the same
//! words stays story: header lines are looked for only before the first story
//! paragraph, sign-offs only after the last one. A note runs from its label (`A/N:`,
//! `Notes`) to a separator line, a `Chapter Text` / `Work Text:` marker, a chapter
//! heading, or the first paragraph that does not talk to readers. Inside the story,
//! `Notes:`, `Warning: the road ends.` or a paragraph that starts lower-case is
//! story.
//!
//! A page copied whole from a site brings more (see [`page`], [`forum`], [`reddit`],
//! [`wattpad`], [`efiction`], [`discord`], [`xthread`], [`usenet`], [`kofi`],
//! [`scribblehub`], [`gdocs`], [`substack`], [`aff`], [`patreon`], [`proboards`], [`digest`],
//! [`wordpress`], [`deviantart`], [`applebooks`], [`imageboard`], [`journal`],
//! [`homepage`], [`medium`], [`tapas`], [`wikidot`], [`cohost`], [`inkitt`], [`bluesky`]
//! [`phpbb`], [`pillowfort`], [`lofter`], [`otwarchive`], [`fandomwiki`], [`quizilla`],
//! [`facebook`], [`mediaminer`], [`mibba`], [`indiaforums`], [`nairaland`], [`boardsie`],
//! [`blogger`], [`tumblr`], [`whatsapp`], [`gamefaqs`], [`mastodon`], [`booksie`],
//! [`fanfictionde`], [`notion`], [`ghost`], [`telegram`], [`penana`], [`amino`],
//! [`steam`], [`squarespace`], [`movellas`], [`discourse`], [`inkspired`],
//! [`googlegroups`], [`wix`], [`sweek`], [`dreame`], [`telegraph`], [`slack`],
//! [`pixiv`], [`vocal`], [`instagram`], [`outlook`], [`spacehey`], [`protonmail`],
//! [`jcink`], [`goodnovel`], [`writingcom`], [`pastebin`], [`lemmy`], [`evernote`],
//! [`gist`], [`buymeacoffee`] and [`bearblog`]): its buttons and
//! menus, which are chrome
//! on any line of their own; its tail (from a comments header or `About the author`
//! on, readers' comments), taken only below the story and on a page that shows itself
//! a site's; AO3's tag block with its values under their labels; a journal entry's
//! header and tags; image descriptions (notes); a forum thread's posts, where the
//! writer's posts are the story; a Reddit thread, where the thread's structure says
//! which comments are the story; Wattpad's paragraph comments, from the count over
//! them; an eFiction archive's title line, tools, information and foot; a Discord
//! channel's messages, where the writer's numbered parts are the story; a thread on X,
//! where the first poster's posts are; a Usenet post's headers and signature; a Ko-fi
//! post's and a Scribble Hub chapter's page around the post; a Google Doc's
//! comments, their anchors in the story and the writer's notes to self; a Substack
//! email's mail and post lines, subscribe box, footnotes and footer, and the writer's
//! intro and end note; an AsianFanfics chapter's and a Patreon post's page around it;
//! a ProBoards roleplay thread's post headers, quote blocks, signatures and asides;
//! a mailing list digest's headers and the messages that are not the writer's; a
//! WordPress post's blog header, post line, share box, related posts and comments; a
//! DeviantArt deviation's menu, byline, details and comments; an imageboard thread's
//! menus, post headers, links and files, the greentext marks of the writer's lines and
//! the posts that are not the writer's; a kink meme's comment thread around the fill's
//! comments; a hand-made site's header, `currently listening` line, guestbook and
//! footer; a Medium post's bar, header, intro, tags, boxes, responses and footer; a
//! Tapas episode's menu, series header, creator's note, buttons and comments; a Wikidot
//! tale's site header, rating, modules, footnotes (their markers taken out of the tale)
//! and footer; a cohost post's bar, header, headline's fields, intro, tags and comments;
//! an Inkitt chapter's menu and everything under it; a Bluesky thread, where the first
//! poster's numbered posts are the story (their numbers cut); a phpBB topic's header,
//! post headers, signatures, posters' boxes, others' replies and footer; a Pillowfort
//! post's bar, header, title's fields, intro, tags, counts and comments; a LOFTER post's
//! bar, header, translator's header, end mark, afterwords, tags, counts and comments; a
//! work's page from an AO3-software archive (SquidgeWorld): the site's header, search
//! box, buttons and what is under the work; a Fandom wiki's story page: the wiki's
//! header, infobox, lead, contents box, trivia (notes), sections and footer; a Quizilla
//! story's menu, header, description (a note) and everything under it (its archived
//! copy's Wayback Machine banner is blanked before, see [`super::wayback`]); a Facebook
//! group post's bar, header, intro (a note), hashtags, counts and comments; a
//! MediaMiner chapter's menu, header, description (a note), chapter links and reviews;
//! a Mibba chapter's menu and header; an India Forums thread's header, posters' boxes,
//! the writer's intro and outro (notes), posts' feet and others' replies; a Nairaland
//! or boards.ie thread's header, post headers, likes or buttons, others' replies and
//! footer, the first poster's posts read as a writer's post (see [`read_writers_post`]:
//! intro and outro notes, the story's title a heading); a Blogger post's blog header,
//! footer, comments and sidebar; a tumblr post's bar and reblog chain; a WhatsApp
//! export's system lines, prefixes, marks and chat, the writer's long messages read as
//! a writer's post; a GameFAQs topic's or a Mastodon thread's page, post headers,
//! signatures or warnings, hashtags and counts and others' replies, the first poster's
//! posts read as a writer's post; a Booksie chapter's menu, details, table of contents
//! and everything under it; a FanFiction.de page's German menu, header, foreword and
//! afterword (notes) and reviews; a Notion page's bar, properties, callouts and toggles
//! (notes) and comments; a Ghost post's blog header, dek (a note), share and subscribe
//! boxes and comments; a Telegram channel's name over each post (also glued to its first
//! line), count, pinned message, hashtags, reactions, views and forwarded messages, the
//! channel's posts read as a writer's posts; a Penana chapter's menu, details, chapter
//! list, buttons and comments; an Amino post's nav, header, intro and outro (notes),
//! hashtags and comments; a Steam Community discussion's bar, post headers, the topic
//! (its text a note), others' comments and foot, the topic poster's comments read as a
//! writer's post; a Squarespace post's nav, header, categories, intro (a note), tags,
//! share links, next posts and comments; a Movellas chapter's menu, details, chapter
//! list, buttons and comments; a Discourse topic's nav, post headers, counts, stats,
//! others' replies and suggested topics, the first poster's posts read as a writer's
//! post; an Inkspired chapter's menu, header, counts, hashtags, glossary and thanks
//! (notes), buttons and comments; a Google Groups conversation's bar, message headers,
//! fic header (its summary and notes notes), list footers, quoted lines and others'
//! replies, the first sender's messages read as a writer's post; a Wix post's header,
//! intro (a note), tags, share links, counts, recent posts and comments; a Sweek or a
//! Dreame chapter's menu, details, chapter list, the writer's words (notes), buttons and
//! comments; a Telegraph page's name, date, links, intro and outro (notes) and report
//! link; a Slack channel's messages, read as a Discord channel's; a pixiv novel's
//! menu, header, tags, counts, caption (a note), chapter headings, glossary (a note),
//! buttons, work links and comments; a Vocal story's menu, community, header, subtitle
//! (a note), tags, buttons, the writer's box, readers' insights and comments; an
//! Instagram caption series, where the writer's captions are the story (each one's
//! first line, glued to the user name, the part's title) and the posts' heads,
//! spacers, hashtags, comments and counts the page's; a mail read in Outlook on the web:
//! the ribbon, the mail's header and attachments, the greeting, intro and sign-off
//! (notes), the app's line and the quoted message; a SpaceHey blog entry's banner, nav,
//! the writer's box, header, intro and end note (notes), kudos and comments; a mail read
//! in Proton Mail, as one read in Outlook (see [`super::mail`]): the menu, the mail's
//! header and attachments, the greeting, intro, the words the frame sets under the fic
//! and the sign-off (notes), the app's line and the quoted message; a Jcink forum
//! topic's header, post headers, posters' boxes, signatures, others' replies and footer,
//! the first poster's posts read as a writer's post; a GoodNovel chapter's menu,
//! breadcrumb, details, the chapter's details, the glossary and teaser (notes), chapter
//! links, comments and footer; a Writing.Com item's menu, byline, details, description,
//! intro and thanks (notes), copyright lines and reviews; a Pastebin page's menu, the
//! paste's header, the glossary and thanks (notes), the boxes under the paste, comments
//! and footer; a Lemmy post's menu, community, byline, intro and end note (notes), tags,
//! counts, buttons, comments, sidebar and footer; an Evernote note's menu, title,
//! sharer and update lines, glossary and checklist (notes), tags, sign-up box and
//! footer; a GitHub Gist's bar, buttons, description and file name, the file's header
//! lines and end note (notes), comments and footer; a Buy Me a Coffee post's menu,
//! creator, tabs, date, intro and end note (notes), hashtags, buttons, coffee box,
//! supporters, other posts and footer; a Bear Blog post's name, nav, date, intro,
//! glossary and invitation to reply (notes), tags, upvote and footer. A page of the
//! last fifteen (a Pastebin page only when its paste is not hard-wrapped) is never read
//! as hard-wrapped text (see [`is_unwrapped_page`]). On any
//! page, a fan
//! translation's notes (see [`translation`]): the translator's asides in the story and
//! its footnotes, with their markers taken out of the story's text.

use super::aff;
use super::amino;
use super::ao3::{self, is_archive_message};
use super::applebooks;
use super::bearblog;
use super::blogger;
use super::bluesky;
use super::boardsie;
use super::booksie;
use super::buymeacoffee;
use super::cohost;
use super::deviantart;
use super::digest;
use super::discord;
use super::discourse;
use super::dreame;
use super::efiction;
use super::evernote;
use super::facebook;
use super::fandomwiki;
use super::fanfictionde;
use super::forum::{self, chapter_run_cut, is_post_header, is_threadmark_bar, post_header_at};
use super::gamefaqs;
use super::gdocs;
use super::ghost;
use super::gist;
use super::goodnovel;
use super::googlegroups;
use super::homepage;
use super::imageboard;
use super::indiaforums;
use super::inkitt;
use super::inkspired;
use super::instagram;
use super::jcink;
use super::journal;
use super::kofi;
use super::lemmy;
use super::lofter;
use super::mastodon;
use super::mediaminer;
use super::medium;
use super::mibba;
use super::movellas;
use super::nairaland;
use super::notion;
use super::otwarchive;
use super::outlook;
use super::page;
use super::pastebin;
use super::patreon;
use super::penana;
use super::phpbb;
use super::pillowfort;
use super::pixiv;
use super::plain::{is_chapter_heading, is_scene_break};
use super::proboards;
use super::protonmail;
use super::quizilla;
use super::reddit;
use super::scribblehub;
use super::slack;
use super::spacehey;
use super::squarespace;
use super::steam;
use super::substack;
use super::sweek;
use super::tapas;
use super::telegram;
use super::telegraph;
use super::translation;
use super::tumblr;
use super::usenet;
use super::vocal;
use super::wattpad;
use super::whatsapp;
use super::wikidot;
use super::wix;
use super::wordpress;
use super::writingcom;
use super::xthread;

/// What a paragraph of a paste is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The story: read.
    Story,
    /// A heading that is not a chapter start (`Chapter 3 of 5` under the title): read.
    Heading,
    /// The author talking to readers: read only with `--notes`.
    Note,
    /// The site's furniture (tags, stats, page title, byline): never read.
    Chrome,
}

/// The roles of a paste's paragraphs, and what its chrome says about the work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Chrome {
    pub roles: Vec<Role>,
    /// The title a page-title line names (`Title Chapter 4: …, a X fanfic | FanFiction`).
    pub title: Option<String>,
    /// The author a byline names (`Author: name`, `By: name`, a lone user name).
    pub author: Option<String>,
    /// For each paragraph, how many bytes at its start are chrome glued to what is
    /// read: a button before the title (`Follow/Fav What the Fen Keeps`), the chapter
    /// links before the current chapter's title. The roles are those of the rest.
    pub cuts: Vec<usize>,
    /// For each paragraph, how many bytes at its end are chrome glued to what is read:
    /// an archive's byline and review count after the title (`by hollow_wren [Reviews
    /// - 6]`), Discord's `(edited)`.
    pub end_cuts: Vec<usize>,
    /// For each paragraph, the byte ranges inside it that are chrome glued into what
    /// is read, in order: a Google Doc's comment anchors (`older than the town.[a]`).
    pub removals: Vec<Vec<(usize, usize)>>,
    /// Whether the page shows that its story has no title line over it: an imageboard
    /// thread's first line read (`>be me`) is the story's, not its title.
    pub untitled: bool,
}

impl Chrome {
    /// Every one of `count` paragraphs read as story, nothing cut: where a reader
    /// starts before it marks what is chrome.
    pub(crate) fn all_story(count: usize) -> Chrome {
        Chrome {
            roles: vec![Role::Story; count],
            cuts: vec![0; count],
            end_cuts: vec![0; count],
            removals: vec![Vec::new(); count],
            ..Chrome::default()
        }
    }
}

/// The longest paragraph taken for a header line, a plea or a sign-off (bytes).
pub(crate) const MAX_NOTE_LENGTH: usize = 400;

/// How many paragraphs at the bottom a plea may be, whatever follows it.
const FOOTER_REACH: usize = 3;

/// How far a `Chapter Text` / `Work Text` marker may stand below its `Notes` label.
const MARKER_REACH: usize = 60;

/// How far from the top the site's stats and tag lines are looked for.
const FRONT_REACH: usize = 16;

/// How many paragraphs after a note may still be that note, talking to readers.
const CONTINUATION_REACH: usize = 8;

/// How many paragraphs at the bottom may be the author's sign-off.
const BACK_REACH: usize = 8;

/// How many paragraphs a `Notes` label near the end may hold to be end notes.
const END_NOTES_REACH: usize = 6;

/// How far below a `Review replies` label the chapter heading that ends it may be.
const REPLIES_REACH: usize = 24;

/// Finds the chrome in a paste's paragraphs.
pub(crate) fn read(texts: &[&str]) -> Chrome {
    let cuts: Vec<usize> = texts.iter().map(|text| lead_cut(text)).collect();
    // A title that a button was glued to is the page's title, wherever it stands.
    let buttoned: Vec<bool> = texts
        .iter()
        .map(|text| follow_fav_cut(text).is_some())
        .collect();
    let texts: Vec<&str> = texts
        .iter()
        .zip(&cuts)
        .map(|(text, &cut)| &text[cut..])
        .collect();
    let lead_cuts = cuts.clone();
    let mut chrome = Chrome {
        cuts,
        ..Chrome::all_story(texts.len())
    };
    // A page with comments under its chapter (Scribble Hub's, Ko-fi's) is no thread,
    // even with a thread's `Sort by:` and times over them.
    let site = scribblehub::is_page(&texts)
        || kofi::is_page(&texts)
        || substack::is_email(&texts)
        || aff::is_page(&texts)
        || patreon::is_page(&texts)
        || proboards::is_page(&texts)
        || digest::is_digest(&texts)
        || wordpress::is_page(&texts)
        || deviantart::is_page(&texts)
        || applebooks::is_paste(&texts)
        || homepage::is_page(&texts)
        || medium::is_page(&texts)
        || tapas::is_page(&texts)
        || wikidot::is_page(&texts)
        || cohost::is_page(&texts)
        || inkitt::is_page(&texts)
        || phpbb::is_page(&texts)
        || pillowfort::is_page(&texts)
        || lofter::is_page(&texts)
        || otwarchive::is_page(&texts)
        || fandomwiki::is_page(&texts)
        || quizilla::is_page(&texts)
        || facebook::is_page(&texts)
        || mediaminer::is_page(&texts)
        || mibba::is_page(&texts)
        || indiaforums::is_page(&texts)
        || nairaland::is_page(&texts)
        || boardsie::is_page(&texts)
        || blogger::is_page(&texts)
        || tumblr::is_page(&texts)
        || gamefaqs::is_page(&texts)
        || mastodon::is_page(&texts)
        || booksie::is_page(&texts)
        || fanfictionde::is_page(&texts)
        || notion::is_page(&texts)
        || ghost::is_page(&texts)
        || telegram::is_page(&texts)
        || penana::is_page(&texts)
        || amino::is_page(&texts)
        || steam::is_page(&texts)
        || squarespace::is_page(&texts)
        || movellas::is_page(&texts)
        || discourse::is_page(&texts)
        || inkspired::is_page(&texts)
        || googlegroups::is_page(&texts)
        || wix::is_page(&texts)
        || sweek::is_page(&texts)
        || dreame::is_page(&texts)
        || telegraph::is_page(&texts)
        || pastebin::is_page(&texts)
        || is_unwrapped_page(&texts);
    // A Reddit thread's comments and buttons are laid out like no other page: where
    // its story is, the thread's structure says.
    let thread = !site && reddit::is_thread(&texts);
    // A channel's messages, likewise: whose they are says what is the story; and a
    // thread's posts on X.
    let slack_channel = !thread && slack::is_channel(&texts);
    let channel = !thread && (slack_channel || discord::is_channel(&texts));
    let posts = !thread && !channel && xthread::is_thread(&texts);
    // A thread on Bluesky, likewise.
    let sky = !thread && !channel && !posts && bluesky::is_thread(&texts);
    let posts = posts || sky;
    // An imageboard's thread, likewise: the writer's posts are the story.
    let board = !thread && !channel && !posts && imageboard::is_thread(&texts);
    // A journal's comment thread with a fill in it: the fill's comments are the story.
    let comment_fill = !thread && !channel && !posts && !board && journal::is_thread(&texts);
    // A chat exported from WhatsApp with a story posted in it: the writer's long
    // messages are the story.
    let export =
        !thread && !channel && !posts && !board && !comment_fill && whatsapp::is_export(&texts);
    labelled_notes(&texts, &mut chrome.roles);
    if thread {
        reddit::read_thread(&texts, &mut chrome.roles);
    } else if slack_channel {
        slack::read_channel(&texts, &mut chrome);
    } else if channel {
        discord::read_channel(&texts, &mut chrome);
    } else if sky {
        bluesky::read_thread(&texts, &mut chrome);
    } else if posts {
        xthread::read_thread(&texts, &mut chrome);
    } else if board {
        imageboard::read_thread(&texts, &mut chrome);
        chrome.untitled = true;
    } else if comment_fill {
        journal::read_thread(&texts, &mut chrome);
    } else if export {
        whatsapp::read_export(&texts, &mut chrome);
    } else {
        page_lines(&texts, &mut chrome);
        wattpad::paragraph_comments(&texts, &mut chrome.roles);
        tag_blocks(&texts, &mut chrome.roles);
        if let Some(writer) = forum::read_posts(&texts, &mut chrome.roles) {
            chrome.author.get_or_insert(writer);
        }
        efiction::read_page(&texts, &mut chrome.roles);
        usenet::read_post(&texts, &mut chrome.roles, &mut chrome.author);
        kofi::read_page(&texts, &mut chrome);
        scribblehub::read_page(&texts, &mut chrome);
        gdocs::read_document(&texts, &mut chrome);
        substack::read_email(&texts, &mut chrome);
        aff::read_page(&texts, &mut chrome);
        patreon::read_page(&texts, &mut chrome);
        proboards::read_page(&texts, &mut chrome);
        digest::read_digest(&texts, &mut chrome);
        wordpress::read_page(&texts, &mut chrome);
        deviantart::read_page(&texts, &mut chrome);
        applebooks::read_paste(&texts, &mut chrome);
        homepage::read_page(&texts, &mut chrome);
        medium::read_page(&texts, &mut chrome);
        tapas::read_page(&texts, &mut chrome);
        wikidot::read_page(&texts, &mut chrome);
        cohost::read_page(&texts, &mut chrome);
        inkitt::read_page(&texts, &mut chrome);
        phpbb::read_page(&texts, &mut chrome);
        pillowfort::read_page(&texts, &mut chrome);
        lofter::read_page(&texts, &mut chrome);
        otwarchive::read_page(&texts, &mut chrome);
        fandomwiki::read_page(&texts, &mut chrome);
        quizilla::read_page(&texts, &mut chrome);
        facebook::read_page(&texts, &mut chrome);
        mediaminer::read_page(&texts, &mut chrome);
        mibba::read_page(&texts, &mut chrome);
        indiaforums::read_page(&texts, &mut chrome);
        nairaland::read_page(&texts, &mut chrome);
        boardsie::read_page(&texts, &mut chrome);
        blogger::read_page(&texts, &mut chrome);
        tumblr::read_page(&texts, &mut chrome);
        gamefaqs::read_page(&texts, &mut chrome);
        mastodon::read_page(&texts, &mut chrome);
        booksie::read_page(&texts, &mut chrome);
        fanfictionde::read_page(&texts, &mut chrome);
        notion::read_page(&texts, &mut chrome);
        ghost::read_page(&texts, &mut chrome);
        telegram::read_page(&texts, &mut chrome);
        penana::read_page(&texts, &mut chrome);
        amino::read_page(&texts, &mut chrome);
        steam::read_page(&texts, &mut chrome);
        squarespace::read_page(&texts, &mut chrome);
        movellas::read_page(&texts, &mut chrome);
        discourse::read_page(&texts, &mut chrome);
        inkspired::read_page(&texts, &mut chrome);
        googlegroups::read_page(&texts, &mut chrome);
        wix::read_page(&texts, &mut chrome);
        sweek::read_page(&texts, &mut chrome);
        dreame::read_page(&texts, &mut chrome);
        telegraph::read_page(&texts, &mut chrome);
        pixiv::read_page(&texts, &mut chrome);
        vocal::read_page(&texts, &mut chrome);
        spacehey::read_page(&texts, &mut chrome);
        instagram::read_page(&texts, &mut chrome);
        outlook::read_page(&texts, &mut chrome);
        pastebin::read_page(&texts, &mut chrome);
        protonmail::read_page(&texts, &mut chrome);
        goodnovel::read_page(&texts, &mut chrome);
        jcink::read_page(&texts, &mut chrome);
        writingcom::read_page(&texts, &mut chrome);
        lemmy::read_page(&texts, &mut chrome);
        evernote::read_page(&texts, &mut chrome);
        gist::read_page(&texts, &mut chrome);
        buymeacoffee::read_page(&texts, &mut chrome);
        bearblog::read_page(&texts, &mut chrome);
    }
    // An imageboard's thread has no header over its story: its first line (`>be me`)
    // is no title; a comment thread's reader found its header.
    if !board && !comment_fill && !export {
        front(&texts, &buttoned, &mut chrome);
    }
    if !thread && !channel && !posts && !board && !comment_fill && !export {
        tail(&texts, &mut chrome.roles);
    }
    site_lines(&texts, &mut chrome);
    back(&texts, &mut chrome.roles);
    translation::read_notes(&texts, &mut chrome);
    // The removals were found in the text after its lead cut.
    for (removals, cut) in chrome.removals.iter_mut().zip(lead_cuts) {
        for (start, end) in removals {
            *start += cut;
            *end += cut;
        }
    }
    chrome
}

/// A site's furniture that no story line looks like, wherever it stands: button lines
/// (`Previous Chapter`, `(Reply) (Thread)`, `Kudos (540)`, `« Prev`) and menus, Royal
/// Road's `Support "Title"` button and the notice it hides in a chapter, a site's
/// messages (`Creation is hard, cheer me up!`), a journal entry's byline (which names
/// the author), time stamps, tags and cut; and, beside a page's buttons or messages,
/// what a story may have alone on a line too: the chapter choice between a mobile
/// page's arrows (`7. The Vote`) and lone buttons, a line each (`Review`; `VOTE` /
/// `Power Stone` / `GIFT`).
fn page_lines(texts: &[&str], chrome: &mut Chrome) {
    let journal = texts
        .iter()
        .any(|text| page::journal_byline(text).is_some());
    let mut index = 0;
    while index < texts.len() {
        let text = texts[index];
        if let Some(name) = page::journal_byline(text) {
            chrome.author.get_or_insert_with(|| name.to_string());
            chrome.roles[index] = Role::Chrome;
        } else if journal && page::is_tags_label(text) {
            let end = tag_values_end(texts, index + 1);
            chrome.roles[index..end].fill(Role::Chrome);
            index = end;
            continue;
        } else if page::is_nav_line(text)
            || page::is_support_button(text)
            || page::is_site_message(text)
            || page::is_theft_notice(text)
            || page::is_timestamp_line(text)
            || page::is_journal_cut(text)
        {
            chrome.roles[index] = Role::Chrome;
        }
        index += 1;
    }
    let beside_nav = |start: usize, end: usize| {
        let nav = |at: Option<usize>| {
            at.and_then(|at| texts.get(at))
                .is_some_and(|text| page::is_nav_line(text) || page::is_site_message(text))
        };
        nav(start.checked_sub(1)) || nav(Some(end))
    };
    let mut index = 0;
    while index < texts.len() {
        // Buttons shown a line each (`VOTE` / `Power Stone` / `GIFT`) go as a run.
        let end = (index..texts.len())
            .find(|&at| !page::is_lone_button(texts[at]))
            .unwrap_or(texts.len());
        if end > index {
            if beside_nav(index, end) {
                chrome.roles[index..end].fill(Role::Chrome);
            }
            index = end;
            continue;
        }
        if page::is_chapter_choice(texts[index]) && beside_nav(index, index + 1) {
            chrome.roles[index] = Role::Chrome;
        }
        index += 1;
    }
}

/// A line of a page, not a sentence of a story: not empty, at most `max_length`
/// bytes, neither opening with a quote mark nor ending as a sentence or a quote does.
pub(crate) fn is_line_not_sentence(text: &str, max_length: usize) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.len() <= max_length
        && !starts_with_quote(text)
        && !text.ends_with(['.', '!', '?', '"', '\u{201D}'])
}

/// The first line in `range` that `byline` reads a writer's name from (`By Zainab R.`,
/// `Shared by ros.penn`), whose name becomes the page's author unless one is known.
pub(crate) fn take_author(
    texts: &[&str],
    range: std::ops::Range<usize>,
    byline: impl Fn(&str) -> Option<&str>,
    chrome: &mut Chrome,
) -> Option<usize> {
    let (at, name) = range
        .into_iter()
        .find_map(|index| Some((index, byline(texts[index])?)))?;
    chrome.author.get_or_insert_with(|| name.to_string());
    Some(at)
}

/// Marks the paragraph at `index` as the post's title on a site's page, when it reads as
/// a line (see [`is_line_not_sentence`], at most `max_length` bytes): a heading, which
/// names the work. Whether it was.
pub(crate) fn mark_title(
    texts: &[&str],
    index: usize,
    max_length: usize,
    chrome: &mut Chrome,
) -> bool {
    let titled = is_line_not_sentence(texts[index], max_length);
    if titled {
        chrome.roles[index] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[index].trim().to_string());
    }
    titled
}

/// Marks a page's tail under the post that starts at `start`: from the first paragraph
/// that `starts_tail` (the buttons, the boxes under the post, the comments, the footer)
/// to the end all is the page's. Where it starts.
pub(crate) fn mark_page_tail(
    texts: &[&str],
    start: usize,
    starts_tail: impl Fn(&[&str], usize) -> bool,
    chrome: &mut Chrome,
) -> usize {
    let tail = (start..texts.len())
        .find(|&index| starts_tail(texts, index))
        .unwrap_or(texts.len());
    chrome.roles[tail..].fill(Role::Chrome);
    tail
}

/// A `starts_tail` for [`mark_page_tail`] made of a test of one line: for a site whose
/// tail starts at a line that shows itself (its counts, its comments' header, its footer).
pub(crate) fn tail_at_line(is_line: impl Fn(&str) -> bool) -> impl Fn(&[&str], usize) -> bool {
    move |texts: &[&str], index: usize| is_line(texts[index])
}

/// The post's title line on a blog-like site's page (Pillowfort, cohost, LOFTER): the
/// paragraph at `index`, under the page's header, when it reads as a line (at most
/// `max_length` bytes, not a sentence) and is no separator, so that a post without a
/// title does not lose its first line to the heading. The line as pasted, for the
/// site's reader to cut its own fields from.
pub(crate) fn title_line<'a>(
    texts: &[&'a str],
    index: usize,
    max_length: usize,
) -> Option<&'a str> {
    let line = *texts.get(index)?;
    let text = line.trim();
    (is_line_not_sentence(text, max_length) && !is_scene_break(text)).then_some(line)
}

/// A story's title over its `by NAME` line and the byline itself, on a story site's
/// page (Inkitt, Quizilla), from `index`: the title (a line of at most `max_title`
/// bytes, not a sentence) is a heading only with a byline under it, so a first line of
/// the story is not taken for one; the byline is the page's and names the writer when
/// `is_name` accepts the name. Where the header goes on: the index after them.
pub(crate) fn title_over_byline(
    texts: &[&str],
    index: usize,
    max_title: usize,
    is_name: fn(&str) -> bool,
    chrome: &mut Chrome,
) -> usize {
    title_over_labelled_byline(texts, index, max_title, "by ", is_name, chrome)
}

/// [`title_over_byline`] for a site whose byline opens with another word than `by `
/// (FanFiction.de's `von NAME`): `label` with its space.
pub(crate) fn title_over_labelled_byline(
    texts: &[&str],
    index: usize,
    max_title: usize,
    label: &str,
    is_name: fn(&str) -> bool,
    chrome: &mut Chrome,
) -> usize {
    let mut index = index;
    let byline = |at: usize| {
        texts
            .get(at)
            .and_then(|text| text.trim().strip_prefix(label))
            .map(str::trim)
            .filter(|name| is_name(name))
    };
    if byline(index + 1).is_some() && is_line_not_sentence(texts[index], max_title) {
        chrome.roles[index] = Role::Heading;
        chrome
            .title
            .get_or_insert_with(|| texts[index].trim().to_string());
        index += 1;
    }
    if let Some(name) = byline(index) {
        chrome.author.get_or_insert_with(|| name.to_string());
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    index
}

/// The writer's intro over a post's first separator on a blog-like site's page: the
/// paragraphs from `start` to a separator that stands within `reach` of it (and before
/// `end`, where the page's tail begins), when each is what the site's intro is made of
/// (`is_intro`). They are the writer's words to readers, not the story, so a request
/// they quote is no one's line.
pub(crate) fn intro_over_separator(
    texts: &[&str],
    start: usize,
    end: usize,
    reach: usize,
    is_intro: impl Fn(&str) -> bool,
) -> Option<std::ops::Range<usize>> {
    let separator =
        (start..end.min(start + reach + 1)).find(|&index| is_scene_break(texts[index]))?;
    let intro = start..separator;
    (!intro.is_empty() && texts[intro.clone()].iter().all(|text| is_intro(text))).then_some(intro)
}

/// A paragraph of the writer's words around a post on a blog's, a group's or a forum's
/// page (its intro, its outro): in a note's voice, talking to or greeting readers, a
/// note or disclaimer, a header field (`Warnings: none.`) or naming a user (`for
/// @harbourwall`, `Tagging: @…`).
pub(crate) fn is_writers_aside(text: &str) -> bool {
    voice(text) != Voice::Prose
        || is_note(text)
        || talks_to_readers(text)
        || greets_readers(text)
        || is_header_field(text)
        || text.split_whitespace().any(|word| {
            word.strip_prefix('@')
                .is_some_and(|name| name.starts_with(|c: char| c.is_alphanumeric()))
        })
}

/// The writer's outro under a post's last separator on a forum's or a group's page:
/// the paragraphs after the last separator between `start` and `end` (where the post's
/// foot begins), when it stands within `reach` of `end` and each is what the site's
/// outro is made of (`is_outro`). They are the writer's words to readers, so a line of
/// the story they quote is no one's.
pub(crate) fn outro_under_separator(
    texts: &[&str],
    start: usize,
    end: usize,
    reach: usize,
    is_outro: impl Fn(&str) -> bool,
) -> Option<std::ops::Range<usize>> {
    let separator = (start.max(end.saturating_sub(reach + 1))..end)
        .rev()
        .find(|&index| is_scene_break(texts[index]))?;
    let outro = separator + 1..end;
    (!outro.is_empty() && texts[outro.clone()].iter().all(|text| is_outro(text))).then_some(outro)
}

/// How many paragraphs a writer's intro or outro around a post's story may have.
const POST_ASIDE_REACH: usize = 6;

/// How many short lines a post's title block may have (`THE MARROW` / `(a
/// Close Pals fic)` / `Part 1`).
const TITLE_BLOCK_LINES: usize = 3;

/// The longest line of a post's title block (bytes).
const MAX_POST_TITLE: usize = 100;

/// How many paragraphs a post of nothing but a few words to the thread may have.
const CHAT_POST: usize = 3;

/// `CONTINUATION`, `Continued…`, `cont'd`: a later post's first line, which says the
/// story goes on in it.
pub(crate) fn is_continuation_mark(text: &str) -> bool {
    let bare = normalized(text);
    let bare = bare.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    text.len() <= 40
        && matches!(
            bare,
            "continuation" | "continued" | "continues" | "continuing" | "cont'd" | "contd" | "cont"
        )
}

/// `Kat's POV`, `~Rafa's P.O.V.~`, `POV: Kemi`: whose point of view a section is
/// told from, a line of its own that a listener hears as a heading.
pub(crate) fn is_pov_label(text: &str) -> bool {
    if text.len() > 60 {
        return false;
    }
    let lower = normalized(text).replace("p.o.v", "pov");
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let named = |name: &str| (1..=4).contains(&name.split_whitespace().count());
    bare.strip_suffix("'s pov")
        .or_else(|| bare.strip_suffix("s' pov"))
        .or_else(|| bare.strip_suffix(" pov"))
        .is_some_and(named)
        || bare
            .strip_prefix("pov:")
            .is_some_and(|name| named(name.trim()))
}

/// An end mark under a writer's post: one a story page drops anyway (see
/// [`page::is_end_mark`]), or, in a post, the plain `THE END`, `To be continued...`,
/// `TBC`, `tbc in ch 2`, `THE END OF EPISODE 3`, `THE END (unless …)`: the post's, not the story's
/// last line.
pub(crate) fn is_post_end_mark(text: &str) -> bool {
    if page::is_end_mark(text) {
        return true;
    }
    let lower = normalized(text);
    // `THE END (for now, she passes obviously)`: the writer's aside after the mark.
    let lower = match lower
        .strip_suffix(')')
        .and_then(|rest| rest.split_once(" ("))
    {
        Some((mark, _)) => mark.to_string(),
        None => lower,
    };
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    let numbered = |rest: &str| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        matches!(words.as_slice(), [kind, _] | [kind]
            if matches!(*kind, "chapter" | "ch" | "episode" | "part" | "book" | "season"))
    };
    text.len() <= 200
        && (matches!(bare, "the end" | "to be continued" | "tbc" | "end")
            || bare.strip_prefix("the end of ").is_some_and(numbered)
            || bare.strip_prefix("end of ").is_some_and(numbered)
            // `tbc in ch 2!!`, `To be continued in Part 3`: where the story goes on.
            || bare.strip_prefix("tbc in ").is_some_and(numbered)
            || bare.strip_prefix("to be continued in ").is_some_and(numbered))
}

/// Words only a writer's words about the posting say: `fanfic`, `disclaimer`, `I wrote
/// what comes after`, `all characters belong to …`, a disclaimer without its label
/// (`Don't own the game, the game owns me.`), `feedback welcome`, `Not beta read, we die
/// like …`.
fn mentions_the_writing(text: &str) -> bool {
    let lower = normalized(text);
    [
        "fanfic",
        "fan fic",
        "fanfiction",
        "fan fiction",
        "disclaimer",
        "feedback",
        "i wrote",
        "belong to",
        "don't own",
        "do not own",
        "own nothing",
        "first time posting",
        "beta read",
        "we die like",
        "episode",
        "update",
    ]
    .iter()
    .any(|word| contains_word(&lower, word))
        || contains_word(&lower, "fic ")
        || contains_word(&lower, "fic,")
        || contains_word(&lower, "fic.")
}

/// A paragraph of the writer's words to the thread around a post's story: a writer's
/// aside (see [`is_writers_aside`]), a plea, or words about the writing.
pub(crate) fn is_post_aside(text: &str) -> bool {
    !starts_with_quote(text)
        && (is_writers_aside(text) || is_plea(text) || mentions_the_writing(text))
}

/// A line of a post's title block: short, not a sentence, no separator.
fn is_post_title_line(text: &str) -> bool {
    is_line_not_sentence(text, MAX_POST_TITLE) && !is_scene_break(text)
}

/// Where the title block that starts at `index` ends, when one does: up to
/// [`TITLE_BLOCK_LINES`] title lines with prose under them, before `end`.
fn title_block_end(texts: &[&str], index: usize, end: usize) -> Option<usize> {
    let last = (index..end.min(index + TITLE_BLOCK_LINES + 1))
        .find(|&at| !is_post_title_line(texts[at]))?;
    (last > index && !is_scene_break(texts[last])).then_some(last)
}

/// How many bytes of a writer's aside in brackets end a heading (`Part 2 (final
/// bit!!)`): the aside is the writer's to the thread, the heading the story's.
pub(crate) fn heading_aside_cut(text: &str) -> usize {
    let trimmed = text.trim_end();
    trimmed
        .strip_suffix(')')
        .and_then(|rest| rest.rfind(" (").map(|at| (at, &rest[at + 2..])))
        .filter(|(at, aside)| *at > 0 && voice(aside) == Voice::Chat)
        .map_or(0, |(at, _)| text.len() - at)
}

/// Reads a thread's page on which every line is the page's but the writer's posts
/// (Nairaland, boards.ie): `posts` are the texts of the writer's posts, without their
/// headers and feet. A quoted post opening one (`is_quote_header` over the quoted
/// paragraph) is the page's; the rest is read as a writer's post (see
/// [`read_writers_post`]), with the notes already found in it.
pub(crate) fn read_writers_posts(
    texts: &[&str],
    posts: &[std::ops::Range<usize>],
    is_quote_header: fn(&str) -> bool,
    chrome: &mut Chrome,
) {
    read_writers_parts(texts, posts, is_quote_header, |_| false, chrome);
}

/// [`read_writers_posts`] on a site that shows which posts are parts of the story
/// (Mastodon's content warning naming the part, `1/5`): `is_part` says it of a post by
/// its place in `posts`. A part is read as a writer's post however short, since such a
/// site keeps every post short; only another post of a few words is the writer's chat.
pub(crate) fn read_writers_parts(
    texts: &[&str],
    posts: &[std::ops::Range<usize>],
    is_quote_header: fn(&str) -> bool,
    is_part: impl Fn(usize) -> bool,
    chrome: &mut Chrome,
) {
    let found = std::mem::replace(&mut chrome.roles, vec![Role::Chrome; texts.len()]);
    for (position, post) in posts.iter().enumerate() {
        let std::ops::Range { mut start, end } = post.clone();
        chrome.roles[start..end].copy_from_slice(&found[start..end]);
        if start < end && is_quote_header(texts[start]) {
            let quoted = (start + 2).min(end);
            chrome.roles[start..quoted].fill(Role::Chrome);
            start = quoted;
        }
        // A later post of a few short words to the thread (`Ye’re very good! The wedding one
        // is on the way.`) is a note.
        let chat = !is_part(position)
            && end.saturating_sub(start) <= CHAT_POST
            && texts[start..end].iter().all(|text| {
                is_scene_break(text) || text.len() <= MAX_CASUAL_LENGTH && !starts_with_quote(text)
            })
            && title_block_end(texts, start, end).is_none();
        if chat {
            retell(texts, &mut chrome.roles, start..end, |text| {
                (!is_scene_break(text)).then_some(Role::Note)
            });
            continue;
        }
        read_writers_post(texts, start..end, chrome);
    }
}

/// Gives the paragraphs of `range` still read as story the role `role` names for their
/// text, if it names one.
fn retell(
    texts: &[&str],
    roles: &mut [Role],
    range: std::ops::Range<usize>,
    role: impl Fn(&str) -> Option<Role>,
) {
    for (slot, text) in roles[range.clone()].iter_mut().zip(&texts[range]) {
        if *slot == Role::Story {
            if let Some(role) = role(text) {
                *slot = role;
            }
        }
    }
}

/// Reads a writer's post on a thread's, a blog's or a chat's page, `range` of `texts`
/// (without the post's header and foot): a continuation mark over it (`CONTINUATION`)
/// is the page's; the writer's intro over the story (the
/// greeting, the reader's request it quotes, the disclaimer, up to a separator or the
/// story's title, with a `POV` line in it a heading) and outro under it (from an end
/// mark, `THE END`, `To be continued...`, or under the last separator) are notes, so no
/// quote in them is anyone's line; the story's title block (short lines over the prose)
/// is read as headings, a bracketed aside in it as a note. The first heading names the
/// work. Only paragraphs still read as story are changed.
pub(crate) fn read_writers_post(
    texts: &[&str],
    range: std::ops::Range<usize>,
    chrome: &mut Chrome,
) {
    let std::ops::Range { mut start, end } = range;
    let set = |chrome: &mut Chrome, index: usize, role: Role| {
        if chrome.roles[index] == Role::Story {
            chrome.roles[index] = role;
        }
    };
    if start < end && is_continuation_mark(texts[start]) {
        set(chrome, start, Role::Chrome);
        start += 1;
    }
    if start >= end {
        return;
    }
    let note_but_breaks = |text: &str| (!is_scene_break(text)).then_some(Role::Note);
    // The intro: the writer's words over a separator or the story's title.
    let reach = end.min(start + POST_ASIDE_REACH + 1);
    let boundary = (start..reach).find(|&index| {
        is_scene_break(texts[index]) || title_block_end(texts, index, end).is_some()
    });
    let mut story = start;
    if let Some(boundary) = boundary.filter(|&boundary| boundary > start) {
        let intro = &texts[start..boundary];
        let taken = intro
            .iter()
            .all(|text| !starts_with_quote(text) && text.len() <= 2 * MAX_NOTE_LENGTH)
            && intro
                .iter()
                .any(|text| is_post_aside(text) || is_note(text));
        if taken {
            retell(texts, &mut chrome.roles, start..boundary, |text| {
                Some(if is_pov_label(text) {
                    Role::Heading
                } else {
                    Role::Note
                })
            });
            story = boundary + usize::from(is_scene_break(texts[boundary]));
        }
    }
    // The story's title block.
    if let Some(block_end) = title_block_end(texts, story, end) {
        for index in story..block_end {
            let cut = heading_aside_cut(texts[index]);
            let heading = texts[index][..texts[index].len() - cut].trim();
            let aside = heading.starts_with('(') && heading.ends_with(')')
                || is_note(heading)
                || talks_to_readers(heading)
                || greets_readers(heading);
            if aside {
                set(chrome, index, Role::Note);
                continue;
            }
            set(chrome, index, Role::Heading);
            if chrome.roles[index] == Role::Heading {
                chrome.end_cuts[index] = cut;
                chrome.title.get_or_insert_with(|| heading.to_string());
            }
        }
    }
    // The outro: from an end mark near the end, or under the last separator.
    let outro_reach = end.saturating_sub(POST_ASIDE_REACH + 1).max(story);
    if let Some(mark) = (outro_reach..end)
        .rev()
        .find(|&index| is_post_end_mark(texts[index]))
    {
        let role = if page::is_end_mark(texts[mark]) {
            Role::Chrome
        } else {
            Role::Note
        };
        set(chrome, mark, role);
        retell(texts, &mut chrome.roles, mark + 1..end, note_but_breaks);
    } else if let Some(outro) =
        outro_under_separator(texts, story, end, POST_ASIDE_REACH, is_post_aside)
    {
        retell(texts, &mut chrome.roles, outro, |_| Some(Role::Note));
    } else {
        // Words to the thread under the last line of the story (`Thank you for reading!`).
        for index in (story..end).rev() {
            if !talks_to_readers(texts[index]) {
                break;
            }
            set(chrome, index, Role::Note);
        }
    }
}

/// How many lines of tags a journal's `Entry tags:` label may have under it.
const TAG_LINES: usize = 3;

/// Where the tags under a journal's `Entry tags:` label, from `from`, end: a few lines
/// of tags (`fandom: the pumpkin appeal, rating: g`, `fic`), a list or lower case, none
/// a sentence, none another header field (the title, the recipient) but a site's. A
/// title under them (`The Pumpkin Appeal`) is no tag.
fn tag_values_end(texts: &[&str], from: usize) -> usize {
    let mut end = from;
    while end < texts.len().min(from + TAG_LINES) {
        let text = texts[end].trim();
        let listed = text.contains([',', ':']) || !text.chars().any(char::is_uppercase);
        let tags = listed
            && is_line_not_sentence(text, MAX_NOTE_LENGTH)
            && title_field(text).is_none()
            && matches!(field(text), None | Some(Field::Site));
        if !tags {
            break;
        }
        end += 1;
    }
    end
}

/// AO3's tag block copied from a work's page, wherever it stands, however its values
/// were copied: on the label's line or under it, one a line (see
/// [`ao3::tag_block_end`]).
fn tag_blocks(texts: &[&str], roles: &mut [Role]) {
    let mut index = 0;
    while index < texts.len() {
        match ao3::tag_block_end(texts, index) {
            Some(end) => {
                roles[index..end].fill(Role::Chrome);
                index = end;
            }
            None => index += 1,
        }
    }
}

/// How many story paragraphs must stand above what heads a page's tail (see [`tail`]).
const TAIL_STORY: usize = 3;

/// The tail of a story's page: from a comments header (`Comments (58)`, `12 comments
/// | Leave a comment`, `Log in to comment`) or `About the author` to the next chapter
/// heading or the end, every paragraph is the site's: readers' comments, their names
/// and dates, their quotes of the story. Only below some story, and only on a page
/// that shows itself a site's (a button line, a journal's byline, …) or whose comments
/// do (a comment's header or time stamp, `(Reply) (Thread)`), so that a story that
/// shows a screen with `Comments (3)` on it keeps its end.
fn tail(texts: &[&str], roles: &mut [Role]) {
    let count = texts.len();
    let page = texts
        .iter()
        .any(|text| page::is_page_line(text) || label(text) == Some(Label::Text));
    let mut stories = 0;
    let mut index = 0;
    while index < count {
        let text = texts[index];
        if roles[index] == Role::Story && text.len() >= 40 && !is_chapter_heading(text) {
            stories += 1;
        }
        if stories < TAIL_STORY || !page::is_tail_header(text) {
            index += 1;
            continue;
        }
        let end = (index + 1..count)
            .find(|&next| {
                is_chapter_heading(texts[next]) && !texts[next].trim_end().ends_with(['!', '?'])
            })
            .unwrap_or(count);
        let comments = texts[index + 1..end]
            .iter()
            .any(|text| page::is_comment_line(text));
        if page || comments {
            roles[index..end].fill(Role::Chrome);
            stories = 0;
        }
        index = end.max(index + 1);
    }
}

/// How many bytes at a paragraph's start are chrome glued to what is read (see
/// [`Chrome::cuts`]).
fn lead_cut(text: &str) -> usize {
    follow_fav_cut(text)
        .or_else(|| chapter_run_cut(text))
        .unwrap_or(0)
}

/// `Follow/Fav What the Fen Keeps`: FanFiction.net's button, copied with the title it
/// stands beside; the offset of the title.
fn follow_fav_cut(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("Follow/Fav")?;
    let title = rest.trim_start();
    (rest.len() > title.len() && !title.is_empty()).then(|| text.len() - title.len())
}

/// Site buttons copied as text, alone on a line: `Follow`, `Follow/Fav`, `Add
/// bookmark`, `Reader mode`.
const BUTTONS: &[&str] = &[
    "follow",
    "follow/fav",
    "unfollow",
    "following",
    "add bookmark",
    "reader mode",
    "subscribe",
    "reblog",
    "share",
];

pub(crate) fn is_button(text: &str) -> bool {
    text.len() <= 20 && BUTTONS.contains(&normalized(text).as_str())
}

/// The name in `by NAME`, when the line is that and no more (five words at most).
fn by_line(text: &str) -> Option<&str> {
    let name = text.trim().strip_prefix("by ")?.trim();
    (!name.is_empty() && name.split_whitespace().count() <= 5).then_some(name)
}

/// `by sets_and_spikes`, `by @moth42`: a byline whose name is a site's user name
/// (see [`is_handle`]), the site's furniture like `By: name`. `by Wren Hollis` or
/// `by saltwrit` reads as a book's byline and is read.
pub(crate) fn handle_byline(text: &str) -> Option<&str> {
    let text = text.trim();
    let rest = text
        .strip_prefix("by ")
        .or_else(|| text.strip_prefix("By "))?;
    let name = rest.trim().trim_start_matches('@');
    // A name a site shows decorated (`♡ sugarplum_thief ♡`) is a user's.
    let bare = name
        .trim_matches(|character: char| character.is_whitespace() || page::is_decoration(character))
        .trim_start_matches('@');
    let decorated = name.starts_with(page::is_decoration)
        && !bare.is_empty()
        && bare.split_whitespace().count() <= 3
        && !bare.ends_with(['.', '!', '?', ',']);
    (is_handle(bare) || decorated).then_some(bare)
}

/// A user name only a site gives: one word with `_` or a digit (`sets_and_spikes`,
/// `moth42`) or lower-case words joined by `-` (`thorns-and-ink`).
pub(crate) fn is_handle(name: &str) -> bool {
    is_user_name(name)
        && !name.contains(' ')
        && (name.contains('_')
            || name.chars().any(|character| character.is_ascii_digit())
            || name.contains('-') && !name.chars().any(char::is_uppercase))
}

/// tumblr's count under a post: `1,284 notes`.
pub(crate) fn is_notes_count(text: &str) -> bool {
    if text.len() > 24 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() == 2
        && is_count(words[0])
        && matches!(words[1].to_lowercase().as_str(), "notes" | "note")
}

/// A section label alone on its line, as a page copied from AO3 or FanFiction.net
/// shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// `Summary`, `Chapter Summary`: the summary follows (read).
    Summary,
    /// `Notes`, `Chapter Notes`: the notes follow.
    Notes,
    /// `End Notes`, `Chapter End Notes`: notes up to the next chapter.
    EndNotes,
    /// `Review replies`, `Replies to guest reviews`: replies up to the story.
    Replies,
    /// `Chapter Text`, `Work Text`: the story follows.
    Text,
}

/// Lower case, curly apostrophes straight.
pub(crate) fn normalized(text: &str) -> String {
    text.trim().to_lowercase().replace('\u{2019}', "'")
}

/// Marks the writer's lines in `range` (an intro, an end note) as notes, and the
/// hashtags among them as chrome.
pub(crate) fn mark_notes_and_hashtags(
    texts: &[&str],
    range: std::ops::Range<usize>,
    chrome: &mut Chrome,
) {
    for (role, text) in chrome.roles[range.clone()].iter_mut().zip(&texts[range]) {
        *role = if is_hashtags(text) {
            Role::Chrome
        } else {
            Role::Note
        };
    }
}

/// A forum's posts from their headers (`(header, first text, poster)`, in order):
/// each post's paragraphs, from its header to the next one or to the first line that
/// `ends` a post (a report link, the board's footer), with its poster.
pub(crate) fn post_bodies<'a>(
    texts: &[&str],
    headers: &[(usize, usize, &'a str)],
    ends: impl Fn(&str) -> bool,
) -> Vec<(std::ops::Range<usize>, &'a str)> {
    headers
        .iter()
        .enumerate()
        .map(|(position, &(_, start, name))| {
            let next = headers
                .get(position + 1)
                .map_or(texts.len(), |&(next, _, _)| next);
            let end = (start..next)
                .find(|&index| ends(texts[index]))
                .unwrap_or(next)
                // Headers run together in a broken paste: an empty post, not a reversed one.
                .max(start);
            (start..end, name)
        })
        .collect()
}

/// How many of the first `reach` paragraphs are a site's name and menu, a line each
/// (`menu` in lower case), marking them as chrome.
pub(crate) fn mark_menu(texts: &[&str], reach: usize, menu: &[&str], chrome: &mut Chrome) -> usize {
    let menu_end = (0..reach.min(texts.len()))
        .take_while(|&index| menu.contains(&normalized(texts[index]).as_str()))
        .count();
    chrome.roles[..menu_end].fill(Role::Chrome);
    menu_end
}

/// The label a paragraph is, when it is nothing but a label.
pub(crate) fn label(text: &str) -> Option<Label> {
    let key = normalized(text.trim().trim_end_matches(':'));
    match key.as_str() {
        "summary" | "chapter summary" | "work summary" | "synopsis" => Some(Label::Summary),
        "notes" | "chapter notes" | "work notes" | "author's chapter notes" => Some(Label::Notes),
        "end notes" | "chapter end notes" | "work end notes" => Some(Label::EndNotes),
        "chapter text" | "work text" => Some(Label::Text),
        _ if is_replies_label(&key) => Some(Label::Replies),
        _ => None,
    }
}

/// `review replies`, `replies to guest reviews`, `review responses`, …
fn is_replies_label(key: &str) -> bool {
    key.split_whitespace().count() <= 5
        && key.contains("review")
        && ["repl", "respons", "answer"]
            .iter()
            .any(|word| key.contains(word))
}

/// `Review replies: Guest – thanks!` (the label and the first reply on one line).
fn starts_with_replies_label(text: &str) -> bool {
    text.split_once(':')
        .is_some_and(|(key, rest)| !rest.trim().is_empty() && is_replies_label(&normalized(key)))
}

/// The index of the next chapter heading at or after `from`, or the end.
fn next_chapter(texts: &[&str], from: usize) -> usize {
    (from..texts.len())
        .find(|&index| is_chapter_heading(texts[index]))
        .unwrap_or(texts.len())
}

/// Where the notes under a `Notes` label at `label` end: the paragraph under it and
/// what follows it talking to readers; or, when a few short paragraphs and no
/// dialogue stand between the label and what ends a work's notes on AO3 (a chapter
/// heading, `Chapter Text` / `Work Text`, the archive's `(See the end of the work for
/// more notes.)`), all of them.
fn notes_under_label(texts: &[&str], label: usize) -> usize {
    notes_end(texts, label, |text| {
        is_chapter_heading(text)
            || self::label(text) == Some(Label::Text)
            || is_archive_message(text)
    })
}

/// Where a note box that starts at `label` (Royal Road's `A note from USER`,
/// Webnovel's `Author's Thoughts`) ends: at the buttons or the site's message under it
/// when a few short paragraphs and no dialogue stand between (the box under a
/// chapter), otherwise after the paragraph under the label and what follows it
/// talking to readers (`Support me on Patreon …`).
fn note_box_end(texts: &[&str], label: usize) -> usize {
    notes_end(texts, label, |text| {
        page::is_nav_line(text)
            || page::is_support_button(text)
            || page::is_tail_header(text)
            || page::is_site_message(text)
    })
}

/// Where notes under the label at `label` end: at the first paragraph within reach
/// that `is_boundary` holds for when only short paragraphs without dialogue stand
/// before it, otherwise after the paragraph under the label and what follows it
/// talking to readers. The AO3 label and Royal Road's box differ only in what ends them.
fn notes_end(texts: &[&str], label: usize, is_boundary: impl Fn(&str) -> bool) -> usize {
    let boundary = (label + 1..texts.len().min(label + 2 + END_NOTES_REACH))
        .find(|&index| is_boundary(texts[index]));
    match boundary {
        Some(end)
            if texts[label + 1..end]
                .iter()
                .all(|text| short_non_dialogue(text)) =>
        {
            end
        }
        _ => continuation(texts, (label + 2).min(texts.len())),
    }
}

/// AO3's end notes in a whole work copied from its page: when a chapter's or the
/// work's preface says `(See the end of the chapter for more notes.)` or `(See the end
/// of the work for more notes.)`, the last `Notes` label below it (before the next
/// chapter, for a chapter's) opens the end notes, which run to that chapter's end or
/// the work's. The page labels them `Notes:` like any notes, and without this they
/// were read when they did not talk to readers in so many words.
fn promised_end_notes(texts: &[&str], roles: &mut [Role]) {
    for (index, text) in texts.iter().enumerate() {
        if text.len() > 200 || !text.contains("ee the end of the") {
            continue;
        }
        let lower = normalized(text);
        let work = lower.contains("see the end of the work");
        if !work && !lower.contains("see the end of the chapter") {
            continue;
        }
        let chapter = (index + 1..texts.len())
            .find(|&next| is_chapter_heading(texts[next]))
            .filter(|_| !work);
        // The work's notes stand under the last chapter: past every chapter heading.
        let from = if work {
            (index + 1..texts.len())
                .rev()
                .find(|&next| is_chapter_heading(texts[next]))
                .unwrap_or(index + 1)
        } else {
            index + 1
        };
        let chapter_end = chapter.unwrap_or(texts.len());
        let Some(at) = (from..chapter_end)
            .rev()
            .find(|&next| label(texts[next]) == Some(Label::Notes))
            .filter(|&at| at > index + 1)
        else {
            continue;
        };
        // Notes are a few short paragraphs, up to the page's buttons under them.
        let end = (at + 1..chapter_end)
            .find(|&next| page::is_nav_line(texts[next]) || page::is_tail_header(texts[next]))
            .unwrap_or(chapter_end);
        let notes = &texts[at + 1..end];
        if notes.len() <= END_NOTES_REACH && notes.iter().all(|text| short_non_dialogue(text)) {
            for role in &mut roles[at..end] {
                if *role == Role::Story {
                    *role = Role::Note;
                }
            }
        }
    }
}

/// Notes the author labelled, wherever they stand: `A/N:` and disclaimer paragraphs
/// and the paragraphs after them that still talk to readers; AO3's `Notes` (up to the
/// `Chapter Text` / `Work Text` marker that ends them; without one, the paragraph
/// under a label that opens a chapter, or all that is left of a short ending; a label
/// that opens the work is left to [`front`]); `End Notes` (up to the next chapter);
/// review replies; the archive's messages; and an image's description (`[Image: …]`),
/// which describes the page, not the story. Left in, their quotes (`For the prompt
/// "stuck in a lift"`, the words on a sign in a picture) were voiced as dialogue.
fn labelled_notes(texts: &[&str], roles: &mut [Role]) {
    let count = texts.len();
    let mut index = 0;
    while index < count {
        let text = texts[index];
        let end = match label(text) {
            Some(Label::Notes) => {
                let chapter_end = next_chapter(texts, index + 1);
                let marker = (index + 1..chapter_end.min(index + 1 + MARKER_REACH))
                    .find(|&next| label(texts[next]) == Some(Label::Text));
                // A label at the top of the work is the header walk's to take.
                let opens_chapter = index > 0 && is_chapter_heading(texts[index - 1]);
                if let Some(marker) = marker {
                    marker + 1
                } else if opens_chapter {
                    notes_under_label(texts, index)
                } else if is_short_ending(&texts[index + 1..chapter_end]) {
                    chapter_end
                } else {
                    index += 1;
                    continue;
                }
            }
            Some(Label::EndNotes) => next_chapter(texts, index + 1),
            Some(Label::Replies) => replies_end(texts, index + 1),
            Some(Label::Text) => index + 1,
            Some(Label::Summary) => {
                index += 1;
                continue;
            }
            None if starts_with_replies_label(text) => replies_end(texts, index + 1),
            // Over the chapter, the buttons under it are no end of the note: the
            // paragraph under the label is, with what follows it talking to readers.
            None if page::is_before_chapter_label(text) => {
                continuation(texts, (index + 2).min(count))
            }
            None if page::is_note_box_label(text) => note_box_end(texts, index),
            None if page::is_image_description(text) || gdocs::is_placeholder(text) => index + 1,
            // A label alone on its line (`Author's Note:`): the paragraph under it is
            // the note.
            None if is_bare_note_label(text) => continuation(texts, (index + 2).min(count)),
            None if is_note(text) => continuation(texts, index + 1),
            None if is_archive_message(text) => {
                roles[index] = Role::Chrome;
                index += 1;
                continue;
            }
            None => {
                index += 1;
                continue;
            }
        };
        roles[index..end].fill(Role::Note);
        index = end.max(index + 1);
    }
    promised_end_notes(texts, roles);
}

/// Where a note that ends before `from` really ends: past the paragraphs right after
/// it that still talk to readers (`enjoy 💕`, `reminder: Y/N = your name`) or add to
/// it (`p.s. "go in at an angle" is what my grandpa says`).
fn continuation(texts: &[&str], from: usize) -> usize {
    let mut end = from;
    while end < texts.len()
        && end < from + CONTINUATION_REACH
        && (talks_to_readers(texts[end]) || is_postscript(texts[end]))
    {
        end += 1;
    }
    end
}

/// `p.s. …`, `PS: …`, `P.P.S. …`: a postscript, which after a note is the note's.
fn is_postscript(text: &str) -> bool {
    let lower = normalized(text);
    ["p.s.", "p.p.s.", "ps:", "ps.", "pps:", "pps.", "ps -"]
        .iter()
        .any(|start| {
            lower
                .strip_prefix(start)
                .is_some_and(|rest| rest.starts_with(char::is_whitespace))
        })
        && text.len() <= MAX_NOTE_LENGTH
}

/// A paragraph short enough for a note and not a line of dialogue.
fn short_non_dialogue(text: &str) -> bool {
    text.len() <= 2 * MAX_NOTE_LENGTH && !starts_with_quote(text)
}

/// Whether the paragraphs after a `Notes` label near the end are end notes: a few,
/// none of them long, none of them a line of dialogue, one of them talking to readers.
fn is_short_ending(rest: &[&str]) -> bool {
    rest.len() <= END_NOTES_REACH
        && rest.iter().all(|text| short_non_dialogue(text))
        && rest.iter().any(|text| talks_to_readers(text))
}

/// Where review replies that start at `from` end: at the chapter heading under them
/// when every paragraph before it is short and no dialogue; otherwise after the
/// paragraphs that are replies (`name: text`, `Guest 2 – text`) or talk to readers.
fn replies_end(texts: &[&str], from: usize) -> usize {
    let chapter = next_chapter(texts, from);
    let all_short = texts[from.min(chapter)..chapter]
        .iter()
        .all(|text| short_non_dialogue(text));
    if chapter < texts.len() && chapter <= from + REPLIES_REACH && all_short {
        return chapter;
    }
    let mut end = from;
    while end < texts.len() && (is_reply(texts[end]) || talks_to_readers(texts[end])) {
        end += 1;
    }
    end
}

/// `moonpie22: "why is he like this" - same.`, `Guest 1 – thank you!!`: a name of a
/// few words, then a colon or a dash, then the reply.
fn is_reply(text: &str) -> bool {
    let text = text.trim();
    if !short_non_dialogue(text) {
        return false;
    }
    let cut = [":", " - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|separator| text.find(separator).map(|at| (at, separator.len())))
        .min();
    cut.is_some_and(|(at, length)| {
        let name = &text[..at];
        let words = name.split_whitespace().count();
        (1..=3).contains(&words)
            && name.len() <= 30
            && !name.contains(['.', '!', '?', ','])
            && !text[at + length..].trim().is_empty()
    })
}

/// A line that the site or the author puts above a story: `wc: 2.5k`, `Rating: …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Field {
    /// `summary: …`: read.
    Summary,
    /// The author's header (`warnings:`, `wc:`, `taglist:`, `requested by …`).
    Author,
    /// The site's tag block (`Rating:`, `Fandom:`, `Stats:`).
    Site,
    /// `Author: name`, `By: name`.
    Byline(String),
}

const SUMMARY_KEYS: &[&str] = &["summary", "synopsis", "description", "blurb"];

const BYLINE_KEYS: &[&str] = &["author", "by", "written by", "writer", "posted by"];

const AUTHOR_KEYS: &[&str] = &[
    "request",
    "requested",
    "req",
    "prompt",
    "prompts",
    "warnings",
    "warning",
    "tw",
    "tws",
    "cw",
    "cws",
    "content warning",
    "content warnings",
    "trigger warning",
    "trigger warnings",
    "wc",
    "word count",
    "pairing",
    "pairings",
    "ship",
    "taglist",
    "tag list",
    "perm taglist",
    "tags",
    "note",
    "notes",
    "genre",
    "au",
    "dividers",
    "divider",
    "banner",
    "beta",
    "beta'd by",
    "part",
    "parts",
    "minors dni",
    // A Usenet post's header, and the archives' headers after it.
    "spoilers",
    "spoiler",
    "spoiler warning",
    "spoiler warnings",
    "archive",
    "archiving",
    "feedback",
    "keywords",
    "timeline",
    "series",
    "sequel to",
    "dedication",
    "e-mail",
    "email",
    // An exchange's gift: whom it was written for.
    "for",
    "recipient",
    "gift for",
    "written for",
];

/// Site header labels beyond AO3's tag block (`super::ao3::is_tag_key`).
const SITE_KEYS: &[&str] = &[
    "rated",
    "status",
    // A journal entry's header (LiveJournal, Dreamwidth), and its subject line.
    "current mood",
    "current music",
    "current location",
    "entry tags",
    "fic",
    "fanfic",
    "ficlet",
    "drabble",
];

/// The header field a paragraph is, by its label (`key: value`).
pub(crate) fn field(text: &str) -> Option<Field> {
    if text.len() > MAX_NOTE_LENGTH * 2 {
        return None;
    }
    let lower = normalized(text);
    if lower.starts_with("requested by") || lower.starts_with("masterlist") {
        return Some(Field::Author);
    }
    if efiction::is_info_line(text) {
        return Some(Field::Site);
    }
    let (key, value) = text.split_once(':')?;
    let key = normalized(key);
    let key = key.trim_start_matches(['*', '_', '[', '(']).trim();
    if key.split_whitespace().count() > 3 {
        return None;
    }
    if SUMMARY_KEYS.contains(&key) {
        Some(Field::Summary)
    } else if BYLINE_KEYS.contains(&key) {
        let name = value.trim();
        (!name.is_empty() && name.split_whitespace().count() <= 5)
            .then(|| Field::Byline(usenet::name_without_address(name).to_string()))
    } else if AUTHOR_KEYS.contains(&key) {
        Some(Field::Author)
    } else if (SITE_KEYS.contains(&key) || super::ao3::is_tag_key(key)) && !value.trim().is_empty()
    {
        Some(Field::Site)
    } else {
        None
    }
}

/// The most words in the label of a field no list knows (`THANKS:`, `Beta reader:`).
const LABEL_WORDS: usize = 2;

/// `THANKS: to Dee`, `Beta reader: Sam`: a line that opens with a short label of
/// words and a colon, a capital first, as a fic's header fields do (known or not).
pub(crate) fn is_labelled_line(text: &str) -> bool {
    let Some((key, value)) = text.trim().split_once(':') else {
        return false;
    };
    let words: Vec<&str> = key.split_whitespace().collect();
    text.len() <= MAX_NOTE_LENGTH * 2
        && !value.trim().is_empty()
        && (1..=LABEL_WORDS).contains(&words.len())
        && key.starts_with(|character: char| character.is_uppercase())
        && words.iter().all(|word| {
            !page::is_personal_pronoun(word)
                && word
                    .chars()
                    .all(|character| character.is_alphabetic() || matches!(character, '\'' | '-'))
        })
}

/// An author's note or disclaimer paragraph: `A/N:`, `AN:`, `Author's Note:`,
/// `Disclaimer:`, also inside brackets or bold markers (`(A/N: …)`, `**A/N**`).
pub(crate) fn is_note(text: &str) -> bool {
    let text = text.trim_start_matches(|character: char| {
        character.is_whitespace() || matches!(character, '(' | '[' | '{' | '*' | '_' | '~')
    });
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    // `A/N` never starts a story sentence, so a space may follow it; a word label
    // ("Author's note", "Disclaimer") needs its colon or dash, or stands alone.
    let labelled = |label: &str, loose: bool| {
        lower.strip_prefix(label).is_some_and(|rest| {
            let rest = rest.trim_start_matches(['*', '_', ')', ']']).trim_start();
            rest.is_empty()
                || rest.starts_with([':', '-', '\u{2013}', '\u{2014}'])
                || loose && lower.len() > label.len() && lower.as_bytes()[label.len()] == b' '
        })
    };
    let words = [
        "author's notes",
        "authors notes",
        "author's note",
        "authors note",
        "author note",
        "disclaimer",
        // Webnovel's note boxes, their text run into the label.
        "before the chapter",
        "after the chapter",
        "author's thoughts",
        // A fan translation's translator (`TL note:`, `(TL: …)`, `T/N:`).
        "tl",
        "tl note",
        "tl notes",
        "t/n",
        "translator's note",
        "translator's notes",
        "translation note",
        "translation notes",
    ];
    labelled("a/n", true)
        || words.iter().any(|label| labelled(label, false))
        || text.starts_with("AN:")
        || text.starts_with("AN -")
}

/// The top of the paste, up to the first story paragraph: the title (read, also when
/// a button was glued to it, or when it ends like a sentence over header matter), a
/// part title under it over header matter (read), chapter headings (read), `by AUTHOR`
/// (read), a summary (read); the author's header lines and anything talking to
/// readers (notes); the site's tag lines, stats, page title, buttons (`Follow`), a
/// `Summary:` label, a byline with a label or a user name (`by sets_and_spikes`), a
/// lone user name under the title (above a label, a field, stats or a note, or right
/// under the title above a chapter heading) or a blog's name over a button, a forum's
/// threadmark bar, chapter links and post header, the title or a chapter heading said
/// again (chrome); a tumblr ask and the blog's answer to it (notes). A title under
/// such a header is read as a heading, and header matter under it is looked for again.
fn front(texts: &[&str], buttoned: &[bool], chrome: &mut Chrome) {
    let roles = &mut chrome.roles;
    let count = texts.len();
    let mut title: Option<usize> = None;
    // The chapter headings kept so far, so that one said again is chrome.
    let mut headings: Vec<&str> = Vec::new();
    // Whether the header has shown itself, so that what talks to readers is a note.
    let mut header = false;
    let mut separated = false;
    let mut index = 0;
    while index < count {
        if roles[index] != Role::Story {
            // A title a site's reader found (Ko-fi's, Scribble Hub's) is the title.
            if roles[index] == Role::Heading && title.is_none() {
                title = Some(index);
            }
            header = true;
            index += 1;
            continue;
        }
        if header && index > 0 && roles[index - 1] == Role::Note {
            if let Some(end) = note_to_separator(texts, roles, index) {
                roles[index..end].fill(Role::Note);
                index = end;
                continue;
            }
        }
        let text = texts[index].trim();
        if let Some(end) = post_header_at(texts, index) {
            // A forum post's header, one part per line: the user name first.
            if is_user_name(text) {
                chrome.author.get_or_insert_with(|| text.to_string());
            }
            roles[index..end].fill(Role::Chrome);
            header = true;
            index = end;
            continue;
        }
        if let Some(ask) = page::ask_label(text) {
            // A reader's ask and the blog's answer over the fic: notes, and the ask's
            // quotes are no one's lines.
            let end = answer_end(texts, index + 1 + usize::from(ask.is_empty()));
            roles[index..end].fill(Role::Note);
            header = true;
            index = end;
            continue;
        }
        let next_is_header = header_follows(texts, roles, index + 1);
        let role = if is_scene_break(text) {
            // Past a separator the story may start talking; only labelled lines go.
            separated = true;
            Role::Story
        } else if buttoned[index] {
            title = Some(index);
            chrome.title = Some(text.to_string());
            Role::Heading
        } else if let Some((title_end, author)) = efiction::title_line(texts[index]) {
            // An archive's `Title by author [Reviews - 6]`: the title is read alone.
            title = Some(index);
            chrome.title = Some(texts[index][..title_end].trim().to_string());
            chrome.author.get_or_insert_with(|| author.to_string());
            chrome.end_cuts[index] = texts[index].len() - title_end;
            Role::Heading
        } else if is_chapter_heading(text) {
            let again = headings.contains(&text);
            // A heading over another is a list of chapter links, not a chapter.
            let listed = texts
                .get(index + 1)
                .is_some_and(|next| is_chapter_link(text) && is_chapter_link(next));
            if again || listed {
                Role::Chrome
            } else {
                headings.push(text);
                Role::Story
            }
        } else if let Some(named) = page_title(text) {
            chrome.title = Some(named);
            Role::Chrome
        } else if title.is_none()
            && (page::is_site_name(text) && texts.iter().any(|text| page::is_page_line(text))
                || texts
                    .get(index + 1)
                    .is_some_and(|next| page::is_menu_line(next)))
        {
            // The site's logo over a page that shows itself a site's (`Quotev`), or
            // any site's name over its menu (`The Lantern Archive` over `Home | …`).
            Role::Chrome
        } else if page::is_breadcrumb(text) || page::is_genre_line(text) {
            Role::Chrome
        } else if reddit::is_prompt(text) {
            // A writing prompt (`[WP] …`) is not the story, and its quotes no dialogue.
            Role::Note
        } else if let Some(value) = title_field(text).filter(|_| {
            // In a fic's header block, among fields (`Fandom:`, `Rating:`) or under the
            // site's lines; a book's `Title:` over `Author:` is left as it is.
            index > 0 && roles[index - 1] == Role::Chrome
                || texts.get(index + 1).is_some_and(|next| {
                    matches!(
                        field(next),
                        Some(Field::Site | Field::Author | Field::Summary)
                    )
                })
        }) {
            // A journal's header names the title with a label: read without it, once.
            if title.is_none() {
                title = Some(index);
                chrome.title = Some(text[value..].to_string());
                chrome.cuts[index] +=
                    value + (texts[index].len() - texts[index].trim_start().len());
                Role::Heading
            } else {
                Role::Chrome
            }
        } else if is_stats_line(text)
            || is_hashtags(text)
            || is_button(text)
            || is_threadmark_bar(text)
            || is_post_header(text)
        {
            Role::Chrome
        } else if label(text) == Some(Label::Summary) {
            // The summary under the label is read; the label is the page's.
            roles[index] = Role::Chrome;
            header = true;
            index += 2;
            continue;
        } else if label(text) == Some(Label::Notes) {
            // Notes that open the work, with no marker to end them: the paragraph
            // under the label, and what follows it talking to readers.
            let end = notes_under_label(texts, index);
            roles[index..end].fill(Role::Note);
            header = true;
            index = end;
            continue;
        } else if let Some(field) = field(text) {
            match field {
                Field::Summary => Role::Story,
                Field::Author => Role::Note,
                Field::Site => Role::Chrome,
                Field::Byline(name) => {
                    chrome.author.get_or_insert(name);
                    Role::Chrome
                }
            }
        } else if is_labelled_line(text)
            && header
            && !separated
            && index > 0
            && (field(texts[index - 1]).is_some() || is_labelled_line(texts[index - 1]))
        {
            // A field the lists do not know (`THANKS: to Dee, for "…"`), among the
            // header's fields: the author's too, and its quotes are no one's lines.
            Role::Note
        } else if is_plea(text)
            || is_beta_thanks(&normalized(text))
            || header && !separated && (talks_to_readers(text) || greets_readers(text))
        {
            Role::Note
        } else if is_chapter_of(text) {
            Role::Heading
        } else if let Some(name) = handle_byline(text) {
            chrome.author.get_or_insert_with(|| name.to_string());
            Role::Chrome
        } else if title.is_some()
            && by_line(text).is_some_and(|name| chrome.author.as_deref() == Some(name))
        {
            // The byline said again under the title said again, after the header's
            // `AUTHOR:` field.
            Role::Chrome
        } else if title.is_some() && by_line(text).is_some() {
            Role::Story
        } else if title.is_none()
            && is_user_name(text)
            && texts.get(index + 1).is_some_and(|next| is_button(next))
        {
            // A blog's name over its `Follow` button, above the post's title.
            chrome.author.get_or_insert_with(|| text.to_string());
            Role::Chrome
        } else if title.is_none() && is_title_like(text) {
            title = Some(index);
            if header {
                // Under a site's header (an ask, a breadcrumb) the title is no longer
                // the first line, and its own header may follow it, past a separator.
                separated = false;
                chrome.title.get_or_insert_with(|| text.to_string());
                Role::Heading
            } else {
                Role::Story
            }
        } else if title.is_none() && is_short_line(text) && next_is_header {
            // `setter's choice!!` over `by …` or `wc:` is the title, not a sentence.
            title = Some(index);
            chrome.title.get_or_insert_with(|| text.to_string());
            Role::Heading
        } else if title.is_some_and(|title| texts[title].trim() == text)
            || title.is_some() && chrome.title.as_deref() == Some(text)
        {
            // The title said again, also after a header's `TITLE:` field.
            Role::Chrome
        } else if title.is_some()
            && is_user_name(text)
            && (opens_header(texts, roles, index + 1)
                || title == Some(index - 1) && opens_chapter(texts, index + 1))
        {
            chrome.author.get_or_insert_with(|| text.to_string());
            Role::Chrome
        } else if title.is_some() && is_title_like(text) && next_is_header {
            // A part's title under the book's, over the header: read as a heading.
            Role::Heading
        } else {
            break;
        };
        if matches!(role, Role::Note | Role::Chrome) {
            header = true;
        }
        roles[index] = role;
        index += 1;
    }
}

/// How many paragraphs of the blog's answer may follow an ask.
const ANSWER_REACH: usize = 3;

/// Where the blog's answer to an ask, from `from`, ends: the short paragraphs under
/// the ask in a chat voice, talking to readers or to the asker (`anon you have no idea
/// how fast i opened my drafts. here you go!!`); the title under them is the fic's.
fn answer_end(texts: &[&str], from: usize) -> usize {
    let mut end = from.min(texts.len());
    while end < texts.len().min(from + ANSWER_REACH) {
        let text = texts[end];
        let answer = text.len() <= MAX_NOTE_LENGTH
            && !starts_with_quote(text)
            && !is_scene_break(text)
            && (voice(text) == Voice::Chat
                || talks_to_readers(text)
                || normalized(text).starts_with("anon"));
        if !answer {
            break;
        }
        end += 1;
    }
    end
}

/// Whether a line is a header's field (`wc: 2.5k`, `Rating: G`) or its title line
/// (`Title: The Silver Inventory`): a line of its own unless it wraps.
pub(crate) fn is_header_field(line: &str) -> bool {
    field(line).is_some() || title_field(line).is_some()
}

/// `The Cut, Shell Bayliss/Arun Dhillon, gen-ish, 1.9k`, `The Cut · Shell/Arun · 1.9k`,
/// `a Harbour Lights fic | Wing/Ah Man | G | 1.1k words`: a fic's header line under its
/// title (in a mail, a gist), fields between commas, middle dots or bars, one of them its
/// length.
pub(crate) fn is_fic_fields(text: &str) -> bool {
    let separator = [" \u{00B7} ", " | "]
        .into_iter()
        .find(|separator| text.contains(separator))
        .unwrap_or(", ");
    let fields: Vec<&str> = text.split(separator).map(str::trim).collect();
    let length = |field: &str| {
        let field = field.trim_start_matches('~');
        let words = field.strip_suffix(" words");
        let number = words.unwrap_or(field);
        let thousands = number.strip_suffix(['k', 'K']);
        let number = thousands.unwrap_or(number);
        (words.is_some() || thousands.is_some())
            && number.starts_with(|c: char| c.is_ascii_digit())
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    };
    text.len() <= 160 && fields.len() >= 3 && fields.iter().any(|field| length(field))
}

/// `Title: The Silver Inventory`: a header's title line; the offset of the title.
pub(crate) fn title_field(text: &str) -> Option<usize> {
    let (key, value) = text.split_once(':')?;
    let title = value.trim();
    (normalized(key) == "title"
        && !title.is_empty()
        && title.len() <= 100
        && !title.ends_with('.')
        && !starts_with_quote(title))
    .then(|| text.len() - value.trim_start().len())
}

/// `Chapter 6: The Sale`: a chapter heading as a forum's threadmark list shows it.
fn is_chapter_link(text: &str) -> bool {
    text.trim().to_lowercase().starts_with("chapter ") && is_chapter_heading(text)
}

/// A line short enough to be a title, not dialogue, a label or a sentence with a full
/// stop (a title may end in `!!` or `?`).
fn is_short_line(text: &str) -> bool {
    text.split_whitespace().count() <= 14
        && text.len() <= 100
        && !starts_with_quote(text)
        && label(text).is_none()
        && !text.ends_with([':', '.', ','])
}

/// Whether the paragraph at `index` is what stands under a title in a header: header
/// matter (see [`opens_header`]), a byline (`by …`) or a site's button.
fn header_follows(texts: &[&str], roles: &[Role], index: usize) -> bool {
    opens_header(texts, roles, index)
        || texts
            .get(index)
            .is_some_and(|text| by_line(text).is_some() || is_button(text))
}

/// How many paragraphs between a header's note and the separator under it may still
/// be that note.
const BRIDGE_REACH: usize = 4;

/// Where a note in the header ends when the paragraphs after it, from `from`, run to
/// a separator or a chapter heading: they are the note's when they are few, short,
/// none of them dialogue or capitalised prose, and one of them talks to readers
/// (`someone asked "is cole going to apologise" and. well.` then `enjoy!! 💕`).
fn note_to_separator(texts: &[&str], roles: &[Role], from: usize) -> Option<usize> {
    let end = (from..texts.len().min(from + BRIDGE_REACH + 1))
        .find(|&index| is_scene_break(texts[index]) || is_chapter_heading(texts[index]))?;
    let between = &texts[from..end];
    let fits = roles[from..end].iter().all(|role| *role == Role::Story)
        && between.iter().all(|text| {
            text.len() <= MAX_NOTE_LENGTH && !starts_with_quote(text) && voice(text) != Voice::Prose
        })
        && between.iter().any(|text| talks_to_readers(text));
    (end > from && fits).then_some(end)
}

/// Whether the paragraph at `index` is header matter: a label, a field, stats, a note,
/// or what the labelled notes already took.
fn opens_header(texts: &[&str], roles: &[Role], index: usize) -> bool {
    texts.get(index).is_some_and(|text| {
        roles[index] != Role::Story
            || label(text).is_some()
            || field(text).is_some()
            || is_stats_line(text)
            || is_note(text)
    })
}

/// Whether the paragraph at `index` is a chapter heading (`Chapter 3: The Kitchen`,
/// `Chapter 3 of 5`): a work copied from AO3 with no summary has its author's user
/// name between the title and the chapter heading, where a story has no line yet.
fn opens_chapter(texts: &[&str], index: usize) -> bool {
    texts
        .get(index)
        .is_some_and(|text| is_chapter_heading(text) || is_chapter_of(text))
}

/// `Chapter 3 of 5`, `Chapter 3 of Marigold and the Long Weather`: where the
/// chapter stands in the work, under the title.
fn is_chapter_of(text: &str) -> bool {
    let lower = text.to_lowercase();
    let Some(rest) = lower.strip_prefix("chapter ") else {
        return false;
    };
    let number: String = rest
        .chars()
        .take_while(|character| character.is_ascii_digit())
        .collect();
    text.len() <= 80 && !number.is_empty() && rest[number.len()..].starts_with(" of ")
}

/// A user name on a line of its own (`bramblewick`, `nightjar_writes`, `Bramble
/// (bramblewick)`): one word of letters, digits, `_` or `-`, or a pseud with the user
/// name in brackets. A site's user names have no spaces, so a line of story has more.
pub(crate) fn is_user_name(text: &str) -> bool {
    let handle = |word: &str| {
        !word.is_empty()
            && word.len() <= 40
            && word
                .chars()
                .all(|character| character.is_alphanumeric() || matches!(character, '_' | '-'))
    };
    let text = text.trim();
    match text.split_once(" (") {
        Some((pseud, name)) => handle(pseud) && name.strip_suffix(')').is_some_and(handle),
        None => handle(text),
    }
}

/// The site's lines, whatever else took them: near the top wherever the header walk
/// stopped (a FanFiction.net summary stands between the byline and the stats) or
/// inside notes (AO3 copies the tag block between `Notes` and `Work Text`), stats
/// lines and runs of two or more tag-block fields; anywhere, the archive's messages
/// and a forum's threadmark bar and post headers (a paste of several posts has them
/// between chapters), and an AO3 download's `Afterword` over its `End Notes`. With
/// `--notes` they are still not read.
fn site_lines(texts: &[&str], chrome: &mut Chrome) {
    let site = |index: usize| {
        texts
            .get(index)
            .is_some_and(|text| field(text) == Some(Field::Site))
    };
    for (index, text) in texts.iter().enumerate() {
        let role = chrome.roles[index];
        let near = index < FRONT_REACH && role == Role::Story || role == Role::Note;
        let in_run = site(index) && (index > 0 && site(index - 1) || site(index + 1));
        let forum = is_threadmark_bar(text) || is_post_header(text);
        // An AO3 download's `Afterword` heads its end notes: the archive's, not the story's.
        let afterword = normalized(text) == "afterword"
            && texts
                .get(index + 1)
                .is_some_and(|next| label(next) == Some(Label::EndNotes));
        if is_archive_message(text) || forum || afterword || near && (is_stats_line(text) || in_run)
        {
            chrome.roles[index] = Role::Chrome;
        }
    }
}

/// The bottom of the paste, after the last story paragraph: what talks to readers
/// (pleas, `next chapter is …`, `QOTD:`, `thank you for reading`), hashtags, tumblr's
/// notes count (`1,284 notes`) and a sign-off (`— bee 🐝`). A sign-off with a capital
/// and no emoji (`—Mum`) may end a letter in the story, so it goes only after other
/// chrome. A plea in the last paragraphs goes whatever follows it, and so does one
/// in a chat voice (`pls vote if u enjoy ⭐`) a little higher up.
fn back(texts: &[&str], roles: &mut [Role]) {
    let count = texts.len();
    #[derive(Clone, Copy, PartialEq)]
    enum Candidate {
        Sure(Role),
        AfterChrome,
    }
    let mut candidates = vec![None; count];
    let mut start = count;
    let mut examined = 0;
    for index in (0..count).rev() {
        match roles[index] {
            Role::Note | Role::Chrome => {
                start = index;
                continue;
            }
            Role::Heading => break,
            Role::Story => {}
        }
        let text = texts[index];
        if examined == BACK_REACH || is_scene_break(text) || is_chapter_heading(text) {
            break;
        }
        examined += 1;
        candidates[index] = Some(
            if is_hashtags(text)
                || is_notes_count(text)
                || page::is_end_mark(text)
                || page::is_tags_line(text)
            {
                Candidate::Sure(Role::Chrome)
            } else if talks_to_readers(text) || gdocs::is_end_remark(text) {
                Candidate::Sure(Role::Note)
            } else {
                match sign_off(text) {
                    Some(true) => Candidate::Sure(Role::Note),
                    Some(false) => Candidate::AfterChrome,
                    None => break,
                }
            },
        );
        start = index;
    }
    // Trailing chrome trails a story: with no story above it, it is the story.
    let story_above = (0..start).any(|index| {
        roles[index] == Role::Story
            && !is_scene_break(texts[index])
            && label(texts[index]).is_none()
    });
    let mut after_chrome = false;
    for index in start..count {
        if !story_above {
            break;
        }
        match (roles[index], candidates[index]) {
            (Role::Note | Role::Chrome, _) => after_chrome = true,
            (_, Some(Candidate::Sure(role))) => {
                roles[index] = role;
                after_chrome = true;
            }
            (_, Some(Candidate::AfterChrome)) if after_chrome => roles[index] = Role::Note,
            _ => {}
        }
    }
    for index in count.saturating_sub(BACK_REACH)..count {
        let text = texts[index];
        let near = index + FOOTER_REACH >= count;
        if roles[index] == Role::Story && (near && is_plea(text) || is_chat_plea(text)) {
            roles[index] = Role::Note;
        }
    }
}

/// Whether a paragraph starts with a quote mark: dialogue is story, whatever it says.
pub(crate) fn starts_with_quote(text: &str) -> bool {
    text.trim_start()
        .starts_with(['"', '\'', '\u{201C}', '\u{2018}', '\u{00AB}'])
}

/// An author's plea for votes, comments, kudos or reblogs: a site word and a plea word.
pub(crate) fn is_plea(text: &str) -> bool {
    // Dialogue is story, whatever it says; a sign-off is a few lines, not a chapter.
    if text.len() > MAX_NOTE_LENGTH || starts_with_quote(text) {
        return false;
    }
    let lower = text.to_lowercase().replace('\u{2019}', "'");
    const SITE_WORDS: &[&str] = &["vote", "comment", "kudos", "reblog", "review"];
    const PLEA_WORDS: &[&str] = &[
        "please",
        "pls",
        "if you liked",
        "if you enjoyed",
        "don't forget",
        "dont forget",
        "thank you for reading",
        "thanks for reading",
        "thank u for reading",
        "appreciated",
        "motivates me",
        "feed me",
        "feeds me",
        "let me know",
    ];
    SITE_WORDS.iter().any(|word| lower.contains(word))
        && PLEA_WORDS.iter().any(|word| lower.contains(word))
}

/// A plea in a chat voice (`pls vote if u enjoy, it helps sooo much ⭐`): never a
/// line of a story, even glued under its last sentence in a hard-wrapped paste.
pub(crate) fn is_chat_plea(text: &str) -> bool {
    is_plea(text) && voice(text) == Voice::Chat
}

/// What only an author says to readers, wherever it is said.
const READER_PHRASES: &[&str] = &[
    "thank you for reading",
    "thank you so much for reading",
    "thanks for reading",
    "thanks so much for reading",
    "thank u for reading",
    "thx for reading",
    "ty for reading",
    "hope you enjoyed",
    "hope you liked",
    "hope u enjoyed",
    "hope y'all enjoyed",
    "question of the day",
    "requests are open",
    "requests are closed",
    "requests open",
    "send an ask",
    "send me an ask",
    "taglist",
    "tag list",
    "masterlist",
    "y/n =",
    "(y/n) =",
    "= your name",
    "next chapter:",
    "next update:",
    "next time:",
    "see you next",
    "see you in the next",
    "see you all next",
    "until next time",
    "till next time",
    "come yell at me",
    "yell at me on",
    "on tumblr",
    "my tumblr",
    "on ao3",
    "on wattpad",
];

/// Words about the writing itself (`next chapter`, `this fic`, `the comments`): taken
/// from a short paragraph in an informal voice (see [`voice`]).
const WRITING_WORDS: &[&str] = &[
    "next chapter",
    "next part",
    "next update",
    "last chapter",
    "this chapter",
    "new chapter",
    "part 2",
    "part two",
    "pt 2",
    "pt. 2",
    "sequel",
    "kudos",
    "reblog",
    "this fic",
    "my fic",
    "writing this",
    "the comments",
    "you guys",
    "y'all",
    "yall",
    "love you all",
    "love u all",
    "love y'all",
    "sorry for the wait",
];

/// Words a story says as often as a note (`enjoy`, `vote`, `update`): taken only from
/// a short paragraph in a loud chat voice (an emoji, `!!`, `lol`), since a story
/// written all in lower case is no note for that.
const READER_WORDS: &[&str] = &[
    "for reading",
    "enjoy",
    "comment",
    "vote",
    "reviews",
    "readers",
    "update",
    "this story",
    "hope you",
    "hope u",
    "reminder",
];

/// Whether a short paragraph talks to readers: a plea, an author's phrase (`thank you
/// for reading`, `QOTD:`, `Y/N = your name`), a word about the writing in an informal
/// voice (`next chapter is …`), or a reader word in a chat voice (`enjoy 💕`). Never a
/// line of dialogue.
pub(crate) fn talks_to_readers(text: &str) -> bool {
    if text.len() > MAX_NOTE_LENGTH || starts_with_quote(text) || text.trim().is_empty() {
        return false;
    }
    let lower = normalized(text);
    let has = |words: &[&str]| words.iter().any(|word| contains_word(&lower, word));
    let casual = text.len() <= MAX_CASUAL_LENGTH;
    is_plea(text)
        || lower.starts_with("qotd")
        || lower.starts_with("aotd")
        || READER_PHRASES.iter().any(|phrase| lower.contains(phrase))
        || casual && has(WRITING_WORDS) && voice(text) != Voice::Prose
        || casual && has(READER_WORDS) && voice(text) == Voice::Chat
        || page::is_insert_key(text)
        || is_reader_note(&lower)
        || is_support_plug(&lower)
        || is_beta_thanks(&lower)
        || usenet::is_feedback_plea(&lower)
}

/// A note on who the reader is in a reader-insert: `reader is a guy in this one
/// (he/him)`, `gn!reader`.
fn is_reader_note(lower: &str) -> bool {
    [
        "reader is ",
        "the reader is ",
        "reader has ",
        "gender neutral reader",
        "gn reader",
    ]
    .iter()
    .any(|start| lower.starts_with(start))
        || [
            "(he/him)",
            "(she/her)",
            "(they/them)",
            "gn!reader",
            "male!reader",
            "fem!reader",
        ]
        .iter()
        .any(|tag| lower.contains(tag))
}

/// Greetings to readers that open an author's note: `Hi all!`, `hey loves!!`.
const GREETINGS: &[&str] = &[
    "hi all",
    "hey all",
    "hello all",
    "hi everyone",
    "hey everyone",
    "hello everyone",
    "hi everybody",
    "hey everybody",
    "hi guys",
    "hey guys",
    "hi loves",
    "hey loves",
    "hi lovelies",
    "hey lovelies",
    "hello lovelies",
    "hi friends",
    "hey friends",
    "hello friends",
    "hi readers",
    "hey readers",
    "hello readers",
    "hi y'all",
    "hey y'all",
    "hi besties",
    "hey besties",
    "hi babes",
    "hey babes",
    "evening all",
    "morning all",
    "afternoon all",
    "evening everyone",
    "morning everyone",
];

/// An author's note that opens by greeting the readers (`hey loves!! this one was
/// requested by …`, a chapter's `Hi all! Quick note: …` under its heading), as long as
/// two notes at most, never a line of dialogue, in a post's header.
pub(crate) fn greets_readers(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 2 * MAX_NOTE_LENGTH || starts_with_quote(text) {
        return false;
    }
    let lower = normalized(text.get(..24).unwrap_or(text));
    GREETINGS.iter().any(|greeting| {
        lower
            .strip_prefix(greeting)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

/// An author's note label alone on its line: `Author's Note:`, `A/N`, `**A/N:**`.
fn is_bare_note_label(text: &str) -> bool {
    let bare = text
        .trim()
        .trim_matches(|character: char| "*_()[]:~ ".contains(character));
    is_note(text)
        && matches!(
            normalized(bare).as_str(),
            "a/n" | "an" | "author's note" | "authors note" | "author's notes" | "author note"
        )
}

/// Thanks for a beta read: `Thanks to Dot R. for the beta and for telling me the bell
/// was too loud.`
fn is_beta_thanks(lower: &str) -> bool {
    [
        "thanks to ",
        "thank you to ",
        "many thanks to ",
        "big thanks to ",
        "thanks go to ",
    ]
    .iter()
    .any(|start| lower.starts_with(start))
        && ["beta", "britpick"].iter().any(|word| lower.contains(word))
}

/// An author's plug for their Patreon, Ko-fi or Discord: `Support me on Patreon to read
/// up to 10 chapters ahead!`, `Join the Discord`.
fn is_support_plug(lower: &str) -> bool {
    ["patreon", "ko-fi", "kofi"]
        .iter()
        .any(|site| lower.contains(site))
        && [
            "support",
            "ahead",
            "early access",
            "tier",
            "read up to",
            "advance",
        ]
        .iter()
        .any(|word| lower.contains(word))
        || ["join the discord", "join my discord", "join our discord"]
            .iter()
            .any(|words| lower.contains(words))
}

/// The longest paragraph taken for a word in an informal voice (bytes): a note's
/// aside, not a story's paragraph.
pub(crate) const MAX_CASUAL_LENGTH: usize = 200;

/// Whether `word` stands in `text` as a word (not inside `devote` or `commentary`'s
/// neighbours: `comments` still holds `comment`).
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        !before.is_some_and(char::is_alphanumeric)
    })
}

/// How a paragraph is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Voice {
    /// Sentences start with capitals.
    Prose,
    /// A sentence starts lower-case (`… a problem. next chapter`): a note's voice, or a
    /// story's written all in lower case.
    Lower,
    /// An emoji, `!!`, `??`, `<3` or a chat word (`lol`, `ily`, `u`): a note's voice.
    Chat,
}

pub(crate) fn voice(text: &str) -> Voice {
    let text = text.trim();
    const CHAT: &[&str] = &[
        "lol", "lmao", "omg", "ily", "tbh", "ngl", "idk", "u", "ur", "pls", "plz", "rn", "ty",
        "thx", "xoxo",
    ];
    let chat = text
        .split(|character: char| !character.is_alphanumeric())
        .any(|word| CHAT.contains(&word.to_lowercase().as_str()));
    let lower_start = text
        .chars()
        .find(|character| character.is_alphabetic())
        .is_some_and(char::is_lowercase);
    if chat
        || ["!!", "??", "?!", "<3"]
            .iter()
            .any(|mark| text.contains(mark))
        || text.chars().any(is_emoji)
    {
        Voice::Chat
    } else if lower_start || lower_case_sentence(text) {
        Voice::Lower
    } else {
        Voice::Prose
    }
}

/// Whether a sentence after the first starts lower-case (`… a problem. next chapter`):
/// after a lower-case word and one stop, so `Mr. smith`, `e.g. the` and `paused...
/// then` do not count.
fn lower_case_sentence(text: &str) -> bool {
    let characters: Vec<char> = text.chars().collect();
    characters.iter().enumerate().any(|(index, &stop)| {
        if !matches!(stop, '.' | '!' | '?') || index == 0 {
            return false;
        }
        let word: String = characters[..index]
            .iter()
            .rev()
            .take_while(|character| character.is_alphabetic())
            .collect();
        let before_word = characters[..index - word.chars().count()].last();
        let next = characters[index + 1..]
            .iter()
            .find(|character| !character.is_whitespace());
        let spaced = characters
            .get(index + 1)
            .is_some_and(|character| character.is_whitespace());
        word.chars().count() >= 2
            && word.chars().all(char::is_lowercase)
            && !before_word.is_some_and(|character| matches!(character, '.' | '\''))
            && spaced
            && next.is_some_and(|character| character.is_lowercase())
    })
}

/// A pictograph or dingbat (`💕`, `⭐`, `❤`, `✨`, `🐝`).
pub(crate) fn is_emoji(character: char) -> bool {
    matches!(
        u32::from(character),
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2190..=0x21FF
    )
}

/// A sign-off (`— bee 🐝`, `-mel`, `xoxo, jess`, `—Mum`): a dash or a love word, then a
/// name of one word (up to three beside an emoji). `Some(true)` when it cannot be a story's line (an emoji,
/// a lower-case name), `Some(false)` when it could end a letter in the story.
fn sign_off(text: &str) -> Option<bool> {
    let text = text.trim();
    if text.len() > 40 || text.ends_with(['.', '?', ':']) {
        return None;
    }
    let lower = text.to_lowercase();
    let starts = [
        "\u{2014}",
        "\u{2013}",
        "-",
        "~",
        "xoxo",
        "xx",
        "lots of love",
        "love,",
        "<3",
    ];
    let prefix = starts.iter().find(|start| lower.starts_with(**start))?;
    let name = text[prefix.len()..].trim_start_matches([',', ' ', '-']);
    let words = name
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count();
    let emoji = name.chars().any(is_emoji);
    // A name is one word; `- and then silence` is a story's line.
    if !(words == 1 || emoji && (1..=3).contains(&words)) {
        return None;
    }
    let lower_name = name
        .chars()
        .find(|character| character.is_alphabetic())
        .is_some_and(char::is_lowercase);
    Some(lower_name || emoji)
}

/// `#channel nineteen #oc x reader #fluff`: tumblr tags.
pub(crate) fn is_hashtags(text: &str) -> bool {
    let text = text.trim();
    if !text.starts_with('#') {
        return false;
    }
    let tags: Vec<&str> = text.split('#').skip(1).collect();
    tags.len() >= 2
        && tags
            .iter()
            .all(|tag| tag.chars().next().is_some_and(char::is_alphanumeric))
}

/// A browser tab's title pasted with the story: `Title Chapter 4: Name, a X fanfic |
/// FanFiction`, `Title - Chapter 3 - author - Fandom [Archive of Our Own]`, `Title |
/// Page 214 | Sufficient Velocity`. Gives the work's title.
pub(crate) fn page_title(text: &str) -> Option<String> {
    let text = text.trim();
    let lower = text.to_lowercase();
    const SITES: &[&str] = &[
        "| fanfiction",
        "| fanfiction.net",
        "- fanfiction.net",
        "| fictionpress",
        "[archive of our own]",
        "| archive of our own",
        "| wattpad",
        "- wattpad",
        "| sufficient velocity",
        "| spacebattles forums",
        "| spacebattles",
        "| questionable questing",
    ];
    let site = SITES.iter().find(|site| lower.ends_with(**site))?;
    let mut title = text[..text.len() - site.len()].trim_end();
    // A thread's page: `Title | Page 214 | Sufficient Velocity`.
    if let Some((before, page)) = title.rsplit_once(" | ") {
        let number = page.strip_prefix("Page ").unwrap_or_default();
        if !number.is_empty() && number.chars().all(|character| character.is_ascii_digit()) {
            title = before.trim_end();
        }
    }
    if let Some(at) = title.rfind(", a ") {
        if title[at..].to_lowercase().contains("fanfic") || title[at..].contains(" fic") {
            title = &title[..at];
        }
    }
    if let Some(at) = title.find(" - ") {
        title = &title[..at];
    }
    let chapter = title
        .match_indices(" Chapter ")
        .map(|(at, _)| at)
        .find(|&at| is_chapter_heading(&title[at + 1..]));
    if let Some(at) = chapter {
        title = &title[..at];
    }
    let title = title.trim();
    Some(title.to_string()).filter(|title| !title.is_empty())
}

/// A stats line: `3.9K 59 4`, `👁 14.2K ⭐ 1.1K 💬 386`, `Reads 14.2K Votes 1.1K`
/// (two to four counts among symbols and stat words), FanFiction.net's `Fandom -
/// Rated: T - English - … - Words: 11,862 - …`, or Webnovel's `Fan-fic · Ongoing · 38
/// Chapters · 61.2K Views`.
pub(crate) fn is_stats_line(text: &str) -> bool {
    let lower = text.to_lowercase();
    if lower.contains("rated:")
        && lower.matches(" - ").count() >= 3
        && ["words:", "chapters:", "reviews:"]
            .iter()
            .any(|key| lower.contains(key))
    {
        return true;
    }
    if is_dotted_stats(text) {
        return true;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    const STAT_WORDS: &[&str] = &[
        "reads", "read", "votes", "vote", "comments", "views", "parts", "likes", "notes",
    ];
    let counts = tokens.iter().filter(|token| is_count(token)).count();
    let rest_ok = tokens.iter().all(|token| {
        is_count(token)
            || !token.chars().any(char::is_alphanumeric)
            || STAT_WORDS.contains(&token.to_lowercase().as_str())
    });
    (2..=4).contains(&counts) && tokens.len() <= 10 && rest_ok
}

/// What a site counts beside a work (`38 Chapters`, `61.2K Views`, `2,814 words`).
const COUNTED: &[&str] = &[
    "chapters",
    "chapter",
    "views",
    "view",
    "words",
    "word",
    "reads",
    "votes",
    "comments",
    "likes",
    "parts",
    "kudos",
    "hits",
    "bookmarks",
    "reviews",
    "followers",
    "favorites",
    "pages",
];

/// A work's status as a site shows it.
const STATUSES: &[&str] = &[
    "ongoing",
    "completed",
    "complete",
    "hiatus",
    "on hiatus",
    "in progress",
    "finished",
];

/// Webnovel's lines under a title or a chapter heading (`Fan-fic · Ongoing · 38
/// Chapters · 61.2K Views`, `Updated: 3 days ago · 2,814 words`): pieces between dots,
/// each a count of something, a status, a genre or when it was updated, one a count.
fn is_dotted_stats(text: &str) -> bool {
    if text.len() > 160 || !text.contains(['·', '•']) {
        return false;
    }
    let counted = |piece: &str| {
        let words: Vec<&str> = piece.split_whitespace().collect();
        words.len() == 2
            && is_count(words[0])
            && COUNTED.contains(&words[1].to_lowercase().as_str())
    };
    let updated = |piece: &str| {
        let lower = normalized(piece);
        let words: Vec<&str> = lower
            .strip_prefix("updated")
            .unwrap_or_default()
            .trim_start_matches(':')
            .split_whitespace()
            .collect();
        page::time_ago_start(&words) == Some(0)
    };
    let pieces: Vec<&str> = text.split(['·', '•']).map(str::trim).collect();
    pieces.len() >= 2
        && pieces.iter().any(|piece| counted(piece))
        && pieces.iter().all(|piece| {
            counted(piece)
                || updated(piece)
                || STATUSES.contains(&normalized(piece).as_str())
                || page::is_genre(piece)
        })
}

/// `14.2K`, `1,204`, `386`.
pub(crate) fn is_count(token: &str) -> bool {
    let number = token.trim_end_matches(['K', 'k', 'M', 'm']);
    !number.is_empty()
        && number
            .chars()
            .all(|character| character.is_ascii_digit() || character == '.' || character == ',')
        && number
            .chars()
            .next()
            .is_some_and(|character| character.is_ascii_digit())
}

/// `👁 3.2K   ♥ 418   🪙 96 Pennies   💬 37`, `♥ Like   ★ Favourite   ↗ Share`: a story
/// site's counts, or the buttons under a chapter, a line of icons each with a count or
/// one of the site's `words` (lower case) after it (Penana, Movellas, Inkspired).
pub(crate) fn is_icon_counts(text: &str, words: &[&str]) -> bool {
    if text.len() > 160 {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let icons = tokens
        .iter()
        .filter(|token| !token.chars().any(char::is_alphanumeric))
        .count();
    icons >= 3
        && tokens.iter().all(|token| {
            !token.chars().any(char::is_alphanumeric)
                || is_count(token)
                || words.contains(&token.to_lowercase().as_str())
        })
}

/// `1. Pineapple Bun Weather`: a chapter in a story page's chapter list, at most
/// `max_length` bytes.
pub(crate) fn is_listed_chapter(text: &str, max_length: usize) -> bool {
    text.trim().split_once(". ").is_some_and(|(number, title)| {
        (1..=3).contains(&number.len())
            && number.chars().all(|c| c.is_ascii_digit())
            && !title.trim().is_empty()
            && text.len() <= max_length
    })
}

/// `← Previous Chapter   Next Chapter →`, `← Previous chapter`: a chapter page's arrows.
pub(crate) fn is_chapter_arrows(text: &str) -> bool {
    let lower = normalized(text);
    text.len() <= 80 && (lower.contains("previous chapter") || lower.contains("next chapter"))
}

/// `Fan-fiction · Romance · Complete`, `Participant · 3-time winner`: a site's details
/// as a short list under a middle dot, no item a sentence.
pub(crate) fn is_dotted_list(text: &str) -> bool {
    let text = text.trim();
    if text.len() > 160 || !text.contains(" \u{00B7} ") {
        return false;
    }
    let items: Vec<&str> = text.split(" \u{00B7} ").map(str::trim).collect();
    (2..=8).contains(&items.len())
        && items
            .iter()
            .all(|item| is_line_not_sentence(item, 40) && !item.ends_with(','))
}

/// What a story site's chapter page is made of, under its title (Penana, Movellas,
/// Inkspired): see [`read_chapter_details_and_foot`].
pub(crate) struct ChapterPage {
    /// The longest line of the chapter list (bytes).
    pub max_line: usize,
    /// How many paragraphs over the page's tail the end line may stand.
    pub outro_reach: usize,
    /// A line of the story's details under the title (counts, categories).
    pub is_detail: fn(&str) -> bool,
    /// A line that starts the page's tail under the chapter (arrows, buttons, comments).
    pub starts_tail: fn(&str) -> bool,
    /// The end line under the chapter (`End of Chapter 4`, `THE END`).
    pub is_end: fn(&str) -> bool,
}

/// Reads a story site's chapter page (Movellas, Sweek, Dreame) within `reach` paragraphs
/// of the top: the site's name and `menu` a line each (see [`mark_menu`]), the story's
/// title over its byline (`label`, `by ` or `Author: `, and the writer's user name: see
/// [`title_over_labelled_byline`]), then its details, chapter list and foot (see
/// [`read_chapter_details_and_foot`]). Where the title and byline end.
pub(crate) fn read_chapter_page(
    texts: &[&str],
    reach: usize,
    menu: &[&str],
    label: &str,
    page: &ChapterPage,
    chrome: &mut Chrome,
) -> usize {
    let reach = texts.len().min(reach);
    let menu_end = mark_menu(texts, reach, menu, chrome);
    let index =
        title_over_labelled_byline(texts, menu_end, page.max_line, label, is_user_name, chrome);
    read_chapter_details_and_foot(texts, index, reach, page, chrome);
    index
}

/// Reads a story site's chapter page from `index`, under the title: the details and the
/// chapter list (see [`mark_story_details`]) down to `reach`, then the foot from the
/// first line that starts the tail (see [`mark_chapter_foot`]).
pub(crate) fn read_chapter_details_and_foot(
    texts: &[&str],
    index: usize,
    reach: usize,
    page: &ChapterPage,
    chrome: &mut Chrome,
) {
    let index = mark_story_details(texts, index, reach, page.max_line, page.is_detail, chrome);
    let tail = (index..texts.len())
        .find(|&at| (page.starts_tail)(texts[at]))
        .unwrap_or(texts.len());
    mark_chapter_foot(texts, index, tail, page.outro_reach, page.is_end, chrome);
}

/// A post's header on a thread's page: where it starts, where the post's text starts,
/// and the poster.
pub(crate) type PostHeader<'a> = (usize, usize, &'a str);

/// The posts' headers on a thread's page (`header_at` asked of every paragraph after the
/// first), and the first poster, the writer, who is taken for the work's author. `None`
/// without a post.
pub(crate) fn thread_headers<'a>(
    texts: &[&'a str],
    header_at: fn(&[&'a str], usize) -> Option<PostHeader<'a>>,
    chrome: &mut Chrome,
) -> Option<(Vec<PostHeader<'a>>, &'a str)> {
    let headers: Vec<PostHeader> = (1..texts.len())
        .filter_map(|index| header_at(texts, index))
        .collect();
    let &(_, _, writer) = headers.first()?;
    chrome.author.get_or_insert_with(|| writer.to_string());
    Some((headers, writer))
}

/// The writer's posts among a thread's `bodies` (see [`post_bodies`]), but for the
/// writer's answers to readers, which open with a mention (`@NAME …`) and are the page's.
pub(crate) fn writers_posts(
    texts: &[&str],
    bodies: &[(std::ops::Range<usize>, &str)],
    writer: &str,
) -> Vec<std::ops::Range<usize>> {
    bodies
        .iter()
        .filter(|(post, name)| {
            *name == writer
                && texts
                    .get(post.start)
                    .is_some_and(|text| !text.trim_start().starts_with('@'))
        })
        .map(|(post, _)| post.clone())
        .collect()
}

/// Marks the foot of a chapter on a story site's page (Penana, Movellas, Inkspired):
/// from `tail` (the arrows, buttons or comments) to the end all is the page's; the end
/// line (`is_end`) within `reach` over it is the page's too, and the writer's words
/// between them (thanks, a glossary, a second author's note) are notes, so a comment
/// they quote is no one's line. The search stops at `start`, where the chapter begins.
pub(crate) fn mark_chapter_foot(
    texts: &[&str],
    start: usize,
    tail: usize,
    reach: usize,
    is_end: impl Fn(&str) -> bool,
    chrome: &mut Chrome,
) {
    chrome.roles[tail..].fill(Role::Chrome);
    let from = tail.saturating_sub(reach + 1).max(start);
    if let Some(end) = (from..tail).rev().find(|&at| is_end(texts[at])) {
        chrome.roles[end] = Role::Chrome;
        let outro = end + 1..tail;
        for (role, text) in chrome.roles[outro.clone()].iter_mut().zip(&texts[outro]) {
            if !is_scene_break(text) {
                *role = Role::Note;
            }
        }
    }
}

/// How many paragraphs a writer's glossary under the story may have.
const GLOSSARY_REACH: usize = 16;

/// The longest line of a writer's glossary (bytes).
const MAX_GLOSSARY_LINE: usize = 160;

/// The longest label over a writer's glossary (bytes): `Bermudian words:`.
const MAX_GLOSSARY_LABEL: usize = 60;

/// The longest glossary copied as one paragraph, its lines run together in a
/// hard-wrapped paste (bytes).
const MAX_GLOSSARY: usize = 2000;

/// The most words a glossary's term before a spaced hyphen may have (`char siu bao - …`).
const MAX_DASHED_TERM_WORDS: usize = 3;

/// `howzit = hi, how's it going`: a glossary's line, a word and what it means; or the
/// whole glossary, its lines run together.
fn is_glossary_line(text: &str) -> bool {
    text.len() <= MAX_GLOSSARY_LINE && text.contains(" = ")
        || text.len() <= MAX_GLOSSARY && page::is_glossary(text)
}

/// `sampan - a small boat`, `Aiya! - an exclamation`: a glossary's line
/// with a spaced hyphen, a word or a few and what they mean. A story's line may read so
/// too, so such lines are a glossary only under a label (see [`glossary_start`]).
fn is_dashed_glossary_line(text: &str) -> bool {
    let text = text.trim();
    text.len() <= MAX_GLOSSARY_LINE
        && text.split_once(" - ").is_some_and(|(term, meaning)| {
            (1..=MAX_DASHED_TERM_WORDS).contains(&term.split_whitespace().count())
                && !starts_with_quote(term)
                && !meaning.trim().is_empty()
        })
}

/// Where a run of glossary lines (`is_line`) over `end` starts, not above `start`.
fn glossary_run_start(
    texts: &[&str],
    start: usize,
    end: usize,
    is_line: impl Fn(&str) -> bool,
) -> usize {
    let mut glossary = end;
    while glossary > start && end - glossary < GLOSSARY_REACH && is_line(texts[glossary - 1]) {
        glossary -= 1;
    }
    glossary
}

/// The label of another name over a glossary that starts at `glossary`, not above
/// `start`: `Bermudian words:`, a short line ending in a colon.
fn glossary_label(texts: &[&str], start: usize, glossary: usize) -> Option<usize> {
    glossary
        .checked_sub(1)
        .filter(|&above| above >= start)
        .filter(|&above| {
            let text = texts[above].trim();
            text.len() <= MAX_GLOSSARY_LABEL
                && text.ends_with(':')
                && !starts_with_quote(text)
                && !is_scene_break(text)
        })
}

/// Where the writer's glossary over `end` (the page's tail, or the writer's closing
/// words) starts, not above `start`: its lines a word and what it means (see
/// [`page::is_glossary`]), two or more or under a `Glossary` label, and a label of
/// another name over them (`Bermudian words:`, a short line ending in a colon); or
/// lines of a word, a spaced hyphen and what it means under either label (see
/// [`is_dashed_glossary_line`]). `end` when there is none. The glossary is the writer's
/// note, not the story's last lines.
pub(crate) fn glossary_start(texts: &[&str], start: usize, end: usize) -> usize {
    let dashed = glossary_run_start(texts, start, end, |text| {
        is_glossary_line(text) || is_dashed_glossary_line(text)
    });
    if texts[dashed..end]
        .iter()
        .any(|text| !is_glossary_line(text))
    {
        let label = glossary_label(texts, start, dashed);
        if page::is_glossary(texts[dashed]) || label.is_some() {
            return label.unwrap_or(dashed);
        }
    }
    let glossary = glossary_run_start(texts, start, end, is_glossary_line);
    let labelled = glossary < end && page::is_glossary(texts[glossary]);
    if !labelled && end - glossary < 2 {
        return end;
    }
    glossary_label(texts, start, glossary).unwrap_or(glossary)
}

/// Marks the writer's words under a story, over `end` (where the page's tail starts)
/// and not above `start`, as notes: walking up, the closing words to readers (thanks, a
/// teaser for the next chapter: see [`talks_to_readers`]) and the glossary (see
/// [`glossary_start`]), in either order. Where they start.
pub(crate) fn mark_writers_foot(
    texts: &[&str],
    start: usize,
    end: usize,
    chrome: &mut Chrome,
) -> usize {
    let mut foot = end;
    loop {
        let mut words = foot;
        while words > start
            && chrome.roles[words - 1] == Role::Story
            && talks_to_readers(texts[words - 1])
        {
            words -= 1;
        }
        let glossary = glossary_start(texts, start, words);
        for role in &mut chrome.roles[glossary..foot] {
            if *role == Role::Story {
                *role = Role::Note;
            }
        }
        if glossary == foot {
            return foot;
        }
        foot = glossary;
    }
}

/// Marks the writer's words over a page's tail as notes (`THE END of ch 1!! … Please like
/// and comment`): walking up from the last paragraph that is not the page's, down to
/// `start`, each one still read as story that talks to readers. The first that does
/// not is the story's, and ends the walk.
pub(crate) fn mark_closing_words(texts: &[&str], start: usize, chrome: &mut Chrome) {
    let tail = (start..texts.len())
        .rev()
        .find(|&index| chrome.roles[index] != Role::Chrome)
        .map_or(start, |index| index + 1);
    for index in (start..tail).rev() {
        if chrome.roles[index] != Role::Story || !talks_to_readers(texts[index]) {
            break;
        }
        chrome.roles[index] = Role::Note;
    }
}

/// Marks a story site's details under its title from `index` (below `reach`): each line
/// that `is_detail` says is one, and `Chapters` (Sweek's `Table of contents`) with the
/// chapters' titles numbered a line each under it, are the page's. Where the details end.
pub(crate) fn mark_story_details(
    texts: &[&str],
    index: usize,
    reach: usize,
    max_line: usize,
    is_detail: impl Fn(&str) -> bool,
    chrome: &mut Chrome,
) -> usize {
    let mut index = index;
    while index < reach.min(texts.len()) {
        let text = texts[index];
        if matches!(normalized(text).as_str(), "chapters" | "table of contents") {
            chrome.roles[index] = Role::Chrome;
            index += 1;
            while index < texts.len() && is_listed_chapter(texts[index], max_line) {
                chrome.roles[index] = Role::Chrome;
                index += 1;
            }
            continue;
        }
        if !is_detail(text) {
            break;
        }
        chrome.roles[index] = Role::Chrome;
        index += 1;
    }
    index
}

/// How many of a post's tags may stand a line each over the boxes under it.
const POST_TAG_LINES: usize = 8;

/// The longest tag under a post, on a line of its own (bytes).
const MAX_POST_TAG: usize = 40;

/// A tag under a post on a blog's or a story site's page (Wix, Vocal), a line of its
/// own: a few words, not a sentence, no separator or end mark.
fn is_post_tag(text: &str) -> bool {
    is_line_not_sentence(text, MAX_POST_TAG)
        && text.split_whitespace().count() <= 4
        && !is_scene_break(text)
        && !is_post_end_mark(text)
}

/// Where a post's tags, a line each over `tail` (the share links, or whichever of the
/// boxes under the post comes first), start: up to [`POST_TAG_LINES`] of them, not
/// above `start`. They are the page's, not the story's last lines.
pub(crate) fn post_tags_start(texts: &[&str], start: usize, tail: usize) -> usize {
    let mut tags = tail;
    while tags > start && tail - tags < POST_TAG_LINES && is_post_tag(texts[tags - 1]) {
        tags -= 1;
    }
    tags
}

/// Reads a blog's or a story site's post from `start`, under its header (Wix, Vocal):
/// from the first paragraph that `starts_tail` (the share links or buttons, the boxes
/// under the post, the comments, the footer) to the end all is the page's, and so are
/// the post's tags a line each over it; the post between is read as a writer's post
/// (see [`read_writers_post`]).
pub(crate) fn read_tagged_post(
    texts: &[&str],
    start: usize,
    starts_tail: fn(&[&str], usize) -> bool,
    chrome: &mut Chrome,
) {
    let tail = mark_page_tail(texts, start, starts_tail, chrome);
    let tags = post_tags_start(texts, start, tail);
    chrome.roles[tags..tail].fill(Role::Chrome);
    read_writers_post(texts, start..tags, chrome);
}

/// `I.`, `II`, `IV.`: a section's numeral alone on its line, which a listener hears as a
/// heading (Steam, Squarespace).
pub(crate) fn is_section_numeral(text: &str) -> bool {
    let numeral = text.trim().trim_end_matches('.');
    (1..=6).contains(&numeral.len()) && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Marks the sections' numerals (see [`is_section_numeral`]) in `range` still read as
/// story as headings.
pub(crate) fn mark_section_numerals(
    texts: &[&str],
    range: std::ops::Range<usize>,
    chrome: &mut Chrome,
) {
    for (role, text) in chrome.roles[range.clone()].iter_mut().zip(&texts[range]) {
        if *role == Role::Story && is_section_numeral(text) {
            *role = Role::Heading;
        }
    }
}

/// The first line of a pasted story is its title when it is short and not a sentence
/// (nor a label such as `Summary:`).
pub(crate) fn is_title_like(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    let quoted = starts_with_quote(text);
    let sentence =
        text.ends_with(['.', ',', ';', '?', '!', '"', '\u{201D}']) && !text.ends_with("...");
    let labelled = label(text).is_some() || text.ends_with(':');
    words <= 14 && text.len() <= 100 && !quoted && !sentence && !labelled && !text.contains(": ")
        || is_chapter_heading(text)
}

/// A line of a page laid out a line at a time, which a copy pastes as a block of short
/// lines with no blank line between: a comment's header (`level 2`, `412 points · 9
/// hours ago`, `pondskater · 3 days ago`, a journal's time stamp or byline), a line of
/// buttons, a comments header, a label of AO3's tag block alone on its line
/// (`Rating:`). A block that holds one is cut a line at a time (see the plain-text
/// reader), however many of its lines run on like prose.
pub(crate) fn is_layout_line(line: &str) -> bool {
    // A chat export's message prefix, however long the message on its line.
    if whatsapp::is_layout_line(line) {
        return true;
    }
    let line = line.trim();
    line.len() <= 160
        && (reddit::is_layout_line(line)
            || page::is_nav_line(line)
            || page::is_tail_header(line)
            || page::is_comment_header(line)
            || wattpad::is_reply_line(line)
            || discord::message_header(line).is_some()
            || slack::message_header(line).is_some()
            || xthread::is_layout_line(line)
            || imageboard::is_layout_line(line)
            || homepage::is_layout_line(line)
            || tapas::is_layout_line(line)
            || wikidot::is_layout_line(line)
            || cohost::is_layout_line(line)
            || inkitt::is_layout_line(line)
            || bluesky::is_layout_line(line)
            || phpbb::is_layout_line(line)
            || pillowfort::is_layout_line(line)
            || lofter::is_layout_line(line)
            || quizilla::is_layout_line(line)
            || facebook::is_layout_line(line)
            || mediaminer::is_layout_line(line)
            || mibba::is_layout_line(line)
            || indiaforums::is_layout_line(line)
            || nairaland::is_layout_line(line)
            || boardsie::is_layout_line(line)
            || blogger::is_layout_line(line)
            || gamefaqs::is_layout_line(line)
            || mastodon::is_layout_line(line)
            || booksie::is_layout_line(line)
            || fanfictionde::is_layout_line(line)
            || notion::is_layout_line(line)
            || ghost::is_layout_line(line)
            || telegram::is_layout_line(line)
            || penana::is_layout_line(line)
            || amino::is_layout_line(line)
            || steam::is_layout_line(line)
            || squarespace::is_layout_line(line)
            || movellas::is_layout_line(line)
            || discourse::is_layout_line(line)
            || inkspired::is_layout_line(line)
            || googlegroups::is_layout_line(line)
            || wix::is_layout_line(line)
            || sweek::is_layout_line(line)
            || dreame::is_layout_line(line)
            || pixiv::is_layout_line(line)
            || spacehey::is_layout_line(line)
            || pastebin::is_layout_line(line)
            || kofi::is_date_line(line)
            || page::is_timestamp_line(line)
            || page::journal_byline(line).is_some()
            || ao3::is_tag_label_alone(line))
}

/// Whether a paste's lines (trimmed, without the blank ones) are a page of a site that
/// shows each paragraph on a line of its own (pixiv, Vocal, Instagram, Outlook on the
/// web, SpaceHey, Proton Mail, GoodNovel, a Jcink forum, Writing.Com, Lemmy, Evernote, a
/// GitHub Gist, Buy Me a Coffee, a Bear Blog; Pastebin when its paste is not
/// hard-wrapped), asked before they are cut into
/// paragraphs: such a page is never hard-wrapped text, however many of its blocks look
/// it (a short line over a paragraph, a menu a word a line), so a chapter's heading or a
/// post's place right over a paragraph stays a line of its own.
pub(crate) fn is_unwrapped_page(lines: &[&str]) -> bool {
    pixiv::is_page(lines)
        || vocal::is_page(lines)
        || instagram::is_page(lines)
        || outlook::is_page(lines)
        || spacehey::is_page(lines)
        || protonmail::is_page(lines)
        || goodnovel::is_page(lines)
        || jcink::is_page(lines)
        || writingcom::is_page(lines)
        || lemmy::is_page(lines)
        || evernote::is_page(lines)
        || gist::is_page(lines)
        || buymeacoffee::is_page(lines)
        || bearblog::is_page(lines)
        || pastebin::is_unwrapped_page(lines)
}

/// Whether a line of a paste stands on its own even inside a block of wrapped lines:
/// a heading, a separator, a label, a stats, hashtag or notes-count line, a page
/// title, an archive message, a site's button (also before a title), its name, a
/// byline with a user name, a journal's `Entry tags:`, a forum's threadmark bar,
/// chapter links, post header and footer. `Some(true)`: the line is a paragraph by
/// itself; `Some(false)`: it starts a paragraph that wrapped lines may continue (a
/// header field, a title line, an author's note, an image's description); `None`: an
/// ordinary line.
pub(crate) fn line_break_kind(line: &str) -> Option<bool> {
    let line = line.trim();
    if is_chapter_heading(line)
        || is_scene_break(line)
        || label(line).is_some()
        || is_stats_line(line)
        || is_hashtags(line)
        || is_notes_count(line)
        || page_title(line).is_some()
        || is_archive_message(line)
        || is_button(line)
        || follow_fav_cut(line).is_some()
        || handle_byline(line).is_some()
        || is_threadmark_bar(line)
        || chapter_run_cut(line).is_some()
        || is_post_header(line)
        || is_layout_line(line)
        || page::is_support_button(line)
        || page::is_note_box_label(line)
        || page::is_site_message(line)
        || efiction::is_tool_line(line)
        || efiction::title_line(line).is_some()
        || page::is_journal_cut(line)
        || page::is_end_mark(line)
        || page::is_breadcrumb(line)
        || page::is_genre_line(line)
        || page::is_site_name(line)
        || page::is_tags_label(line)
        || reddit::part_mark(line).is_some()
        || forum::is_footer_line(line)
        || forum::is_click_to_expand(line)
        || xthread::is_alone(line)
        || usenet::is_header_line(line)
    {
        Some(true)
    } else if is_header_field(line)
        || is_note(line)
        || page::opens_image_description(line)
        || gdocs::comment_anchor(line).is_some()
    {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles_of(source: &[&str]) -> Vec<Role> {
        read(source).roles
    }

    /// Checks each page's roles; a failure names the page and the line that called.
    #[track_caller]
    fn check_roles(cases: &[(&[&str], &[Role])]) {
        for (texts, expected) in cases {
            assert_eq!(roles_of(texts), *expected, "{texts:#?}");
        }
    }

    #[test]
    fn labels() {
        let cases: &[(&str, Option<Label>)] = &[
            ("Summary:", Some(Label::Summary)),
            ("Notes", Some(Label::Notes)),
            ("Chapter Notes:", Some(Label::Notes)),
            ("Chapter End Notes", Some(Label::EndNotes)),
            ("End Notes:", Some(Label::EndNotes)),
            ("Chapter Text", Some(Label::Text)),
            ("Work Text:", Some(Label::Text)),
            ("Review replies:", Some(Label::Replies)),
            ("Replies to guest reviews:", Some(Label::Replies)),
            ("Review responses", Some(Label::Replies)),
            ("Her notes were on the desk.", None),
            ("Notes: the road ends.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(label(text), *expected, "{text}");
        }
    }

    /// A translator's note is labelled like an author's.
    #[test]
    fn translator_notes() {
        let cases: &[(&str, bool)] = &[
            ("TL note: the «» marks are the original's.", true),
            ("(TL: she means the kettle.)", true),
            ("TL notes: [1] a kettle.", true),
            ("T/N: a pun in Polish.", true),
            ("Translator's note: kept the names.", true),
            ("Tl;dr, she said, and left.", false),
            ("Tlatelolco was quiet that night.", false),
        ];
        for (text, expected) in cases {
            assert_eq!(is_note(text), *expected, "{text}");
        }
    }

    #[test]
    fn labelled_lines() {
        let cases: &[(&str, bool)] = &[
            ("THANKS: to Dee, for \"no, never\"", true),
            ("Beta reader: Sam", true),
            ("ARCHIVE: yes", true),
            ("She said: no.", false),
            ("The plan was simple: run.", false),
            ("Monday 8:41 p.m.", false),
            ("THANKS:", false),
        ];
        for (text, expected) in cases {
            assert_eq!(is_labelled_line(text), *expected, "{text}");
        }
    }

    #[test]
    fn fields() {
        let cases: &[(&str, Option<Field>)] = &[
            ("summary: the ferry leaves", Some(Field::Summary)),
            ("wc: 2.5k", Some(Field::Author)),
            ("warnings: fluff, a storm", Some(Field::Author)),
            ("taglist: @a @b", Some(Field::Author)),
            ("requested by anon: \"hi\"", Some(Field::Author)),
            ("Rating: General Audiences", Some(Field::Site)),
            ("Additional Tags: Fluff", Some(Field::Site)),
            ("Stats: Published: 2024-01-01 Words: 900", Some(Field::Site)),
            (
                "Author: kestrelwings",
                Some(Field::Byline("kestrelwings".into())),
            ),
            (
                "By: daisychainlink",
                Some(Field::Byline("daisychainlink".into())),
            ),
            ("She said: no.", None),
            ("The last thing she wrote: goodbye", None),
            ("Words: ", None),
        ];
        for (text, expected) in cases {
            assert_eq!(field(text), *expected, "{text}");
        }
    }

    #[test]
    fn stats_lines() {
        let cases: &[(&str, bool)] = &[
            ("3.9K 59 4", true),
            ("👁 14.2K ⭐ 1.1K 💬 386", true),
            ("Reads 14.2K Votes 1.1K Parts 12", true),
            (
                "Fandom - Rated: T - English - Adventure/Drama - Chapters: 4 - Words: 11,862 - Reviews: 47",
                true,
            ),
            ("Fan-fic · Ongoing · 38 Chapters · 61.2K Views", true),
            ("Updated: 3 days ago · 2,814 words", true),
            ("12", false),
            ("3 dogs 4 cats", false),
            ("She was rated: T - for trouble.", false),
            ("Ongoing · Romance", false),
            ("Ren · 38 Chapters · a long night", false),
        ];
        for (text, expected) in cases {
            assert_eq!(is_stats_line(text), *expected, "{text}");
        }
    }

    #[test]
    fn reader_talk() {
        let cases: &[(&str, bool)] = &[
            ("if you enjoyed please vote ⭐ and comment!!", true),
            ("QOTD: team ezra or team cole??", true),
            (
                "don't worry, cole is NOT done being a problem. next chapter is the party",
                true,
            ),
            ("reminder: Y/N = your name, L/N = last name", true),
            (
                "also someone in the comments said \"ezra is a guy in a hoodie\" and like. yes.",
                true,
            ),
            ("enjoy 💕", true),
            ("Thank you for reading!", true),
            ("Next chapter: the roof, the rain.", true),
            // Story: the same words in prose, or said by a character.
            ("They would enjoy the party, she decided.", false),
            ("The next chapter of her life began on a Tuesday.", false),
            (
                "\"Please vote for me,\" said Ann. \"Comment if you must!!\"",
                false,
            ),
            ("the night was cold and nobody came.", false),
            ("He made a comment about the weather.", false),
            // A story written all in lower case is still a story.
            ("you think you might enjoy winter after all.", false),
            ("you sigh. he waits for an update that never comes.", false),
            ("you vote for the plough guy. obviously.", false),
        ];
        for (text, expected) in cases {
            assert_eq!(talks_to_readers(text), *expected, "{text}");
        }
    }

    #[test]
    fn sign_offs() {
        let cases: &[(&str, Option<bool>)] = &[
            ("— bee 🐝", Some(true)),
            ("-mel", Some(true)),
            ("xoxo, jess", Some(true)),
            ("—Mum", Some(false)),
            ("— and then nothing at all happened.", None),
            ("- and then silence", None),
            ("-rf everything", None),
            ("-", None),
        ];
        for (text, expected) in cases {
            assert_eq!(sign_off(text), *expected, "{text}");
        }
    }

    #[test]
    fn page_titles() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Paper Lanterns Chapter 4: The Inside Woman, a Harbor Guard fanfic | FanFiction",
                Some("Paper Lanterns"),
            ),
            (
                "Low Tide - Chapter 2 - saltwrit - Original Work [Archive of Our Own]",
                Some("Low Tide"),
            ),
            ("Paper Lanterns", None),
        ];
        for (text, expected) in cases {
            assert_eq!(page_title(text).as_deref(), *expected, "{text}");
        }
    }

    #[test]
    fn hashtags() {
        for (text, expected) in [
            ("#channel nineteen #oc x reader #fluff #my writing", true),
            ("#1 fan", false),
            ("#hashtag life", false),
            ("She typed #help into the box.", false),
        ] {
            assert_eq!(is_hashtags(text), expected, "{text}");
        }
    }

    /// A post's tags a line each over the share links are the page's; the story's last
    /// lines over them are not tags.
    #[test]
    fn post_tags() {
        assert!(is_post_tag("Harbour Lights"));
        assert!(!is_post_tag("They left."));
        assert!(!is_post_tag("THE END"));
        let texts = ["They left.", "Fan Fiction", "TV", "Like"];
        assert_eq!(post_tags_start(&texts, 0, 3), 1);
        assert_eq!(post_tags_start(&texts, 2, 3), 2);
    }

    /// A page of a site that shows a paragraph a line is never hard-wrapped text; a story
    /// that names the site is not such a page.
    #[test]
    fn unwrapped_pages() {
        assert!(is_unwrapped_page(&[
            "pixiv",
            "Home",
            "Reading time: 4 mins"
        ]));
        assert!(is_unwrapped_page(&["SpaceHey", "a space for friends."]));
        assert!(!is_unwrapped_page(&["pixiv", "She posted it on pixiv."]));
        assert!(!is_unwrapped_page(&["Outlook", "She opened Outlook."]));
        assert!(is_unwrapped_page(&[
            "GoodNovel",
            "Home > Fan-fiction > TV > Low Water",
        ]));
        assert!(is_unwrapped_page(&[
            "Writing.Com",
            "\u{00A9} Copyright 2026 Ros (UN: ros at Writing.Com). All rights reserved.",
        ]));
        assert!(!is_unwrapped_page(&[
            "GoodNovel",
            "She read it on GoodNovel."
        ]));
        assert!(!is_unwrapped_page(&[
            "Proton Mail",
            "She opened Proton Mail."
        ]));
    }

    /// The writer's words under a story: the glossary under a label of its own name and
    /// the closing words, in either order, are notes; the story's last line is not.
    #[test]
    fn a_glossary_and_closing_words_are_the_writers() {
        use Role::{Note as N, Story as S};
        let texts = [
            "\u{201C}Pull,\u{201D} said Ah Man.",
            "They pulled.",
            "Harbour words:",
            "sampan = a small boat",
            "kaifong = the neighbours",
            "thank you for reading!!",
        ];
        let mut chrome = Chrome::all_story(texts.len());
        assert_eq!(mark_writers_foot(&texts, 0, texts.len(), &mut chrome), 2);
        assert_eq!(chrome.roles, [S, S, N, N, N, N]);
        // One line with an equals sign is the story's.
        let texts = ["They pulled.", "Two = one, said Ma, and sat down"];
        assert_eq!(glossary_start(&texts, 0, texts.len()), texts.len());
        // A glossary of spaced hyphens under its label (Bear Blog's) is the writer's; the
        // same lines with no label over them are the story's.
        let texts = [
            "They pulled.",
            "Harbour words (and some Cantonese):",
            "sampan - a small boat",
            "Aiya! - an exclamation",
            "kaifong - the neighbours",
        ];
        assert_eq!(glossary_start(&texts, 0, texts.len()), 1);
        let texts = [
            "They pulled - hard - and the boat came.",
            "Ah Man - soaked to the skin - laughed.",
            "Wing - never.",
        ];
        assert_eq!(glossary_start(&texts, 0, texts.len()), texts.len());
    }

    /// A fic's header line under its title: its fields between commas, middle dots or
    /// bars, one of them its length.
    #[test]
    fn fic_fields() {
        for (text, fields) in [
            ("Harbour Lights, Wing/Ah Man, gen, 1.2k", true),
            (
                "Harbour Lights \u{00B7} Wing/Ah Man \u{00B7} gen \u{00B7} 1.2k",
                true,
            ),
            ("a Harbour Lights fic | Wing/Ah Man | G | 1.9k words", true),
            ("Harbour Lights | Wing/Ah Man | G | ~900 words", true),
            ("Low Water", false),
            ("Wing, Ah Man, Ma, 1200", false),
            ("tea | toast | the 6.40 ferry", false),
        ] {
            assert_eq!(is_fic_fields(text), fields, "{text}");
        }
    }

    #[test]
    fn roles_at_the_edges() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let cases: &[(&[&str], &[Role])] = &[
            // A tumblr header: title, fields, a note whose quote is not dialogue.
            (
                &[
                    "signal fire | oc x reader",
                    "summary: a storm.",
                    "wc: 1k",
                    "a/n: for the anon who asked for 'a storm' — hi!!",
                    "taglist: @a @b",
                    "⛄",
                    "The ferry left without you.",
                    "You sighed.",
                    "a/n: thank you!!",
                    "#signal fire #fluff",
                ],
                &[S, S, N, N, N, S, S, S, N, C],
            ),
            // Notes after an A/N run to the separator while they talk to readers.
            (
                &[
                    "A/N: hi!!",
                    "reminder: Y/N = your name",
                    "enjoy 💕",
                    "~~~~~",
                    "the night was cold.",
                    "\"Who's there?\"",
                ],
                &[N, N, N, S, S, S],
            ),
            // Up to the separator under a header, a note's lines are the note's when
            // one of them talks to readers; without that, a lower-case line is story.
            (
                &[
                    "A/N: short one lol",
                    "someone asked \"is he ok\" and. well.",
                    "enjoy!! 💕",
                    "~~~~~",
                    "Cole's car smells of pine.",
                ],
                &[N, N, N, S, S],
            ),
            (
                &[
                    "A/N: hi!!",
                    "the night was cold.",
                    "~~~~~",
                    "\"Who's there?\"",
                ],
                &[N, S, S, S],
            ),
            // A lower-case story paragraph after a note is story.
            (
                &["A/N: hi!!", "the night was cold.", "\"Who's there?\""],
                &[N, S, S],
            ),
            // Past the separator under a header, the story may talk like a note.
            (
                &[
                    "wc: 1k",
                    "⛄",
                    "you never enjoyed the harbour in winter!!",
                    "The end.",
                ],
                &[N, S, S, S],
            ),
            // A `Notes` label after the story has begun is story, with what follows.
            (
                &[
                    "Title",
                    "the rain fell.",
                    "Notes:",
                    "That was all the card said.",
                ],
                &[S, S, S, S],
            ),
            // AO3 header: title, chapter, user name, summary, notes to the marker.
            (
                &[
                    "The Long Way Round",
                    "Chapter 3: The Kitchen",
                    "bramblewick",
                    "Summary:",
                    "Marta cooks.",
                    "Notes:",
                    "Hi!",
                    "Even the one that said \"NO\".",
                    "Chapter Text",
                    "The kitchen was dirty.",
                    "Chapter End Notes",
                    "Kudos make my week!",
                ],
                &[S, S, C, C, S, N, N, N, N, S, N, N],
            ),
            // AO3 pasted with no summary: a user name right under the title, then the
            // chapter heading.
            (
                &[
                    "Second Violin",
                    "hollowreed",
                    "Chapter 2: Rests",
                    "The radiator knocked.",
                ],
                &[S, C, S, S],
            ),
            (
                &[
                    "Second Violin",
                    "hollowreed",
                    "Chapter 2 of 9",
                    "Jun counted.",
                ],
                &[S, C, H, S],
            ),
            // A short sentence there is story, and so is a user name's shape anywhere
            // but right under the title or above anything but header matter.
            (
                &[
                    "Second Violin",
                    "Nobody waved.",
                    "Chapter 1: Departure",
                    "The ferry left.",
                ],
                &[S, S, S, S],
            ),
            (&["Second Violin", "Run", "The ferry left."], &[S, S, S]),
            (
                &[
                    "Second Violin",
                    "Chapter 1: Departure",
                    "Run",
                    "Chapter 2: Arrival",
                ],
                &[S, S, S, S],
            ),
            // The site's lines, a FanFiction.net summary between them.
            (
                &[
                    "Paper Lanterns Chapter 4: Inside, a Harbor Guard fanfic | FanFiction",
                    "Author: kestrelwings",
                    "Wren has a plan.",
                    "Harbor Guard - Rated: T - English - Drama - Chapters: 4 - Words: 11,862",
                    "Chapter 4: Inside",
                    "The door was open.",
                ],
                &[C, C, S, C, S, S],
            ),
            // Unlabelled notes at the end; a capitalised sign-off only after them.
            (
                &[
                    "The door shut.",
                    "next chapter is the party!! cole is NOT done",
                    "QOTD: team ezra or team cole??",
                    "— Bee",
                ],
                &[S, N, N, N],
            ),
            (&["The letter ended.", "—Mum"], &[S, S]),
            // A chapter-of line under the title is a heading.
            (
                &[
                    "The Skerries Light",
                    "Chapter 3 of 5",
                    "Fandom: Original Work",
                    "Words: 1,318",
                    "Pip ran.",
                ],
                &[S, H, C, C, S],
            ),
            // In the story, header words are story.
            (
                &[
                    "\"Hi.\"",
                    "Warning: the road ends.",
                    "Notes: none.",
                    "She left.",
                ],
                &[S, S, S, S],
            ),
        ];
        check_roles(cases);
    }

    /// The bug: Wattpad's byline `by sets_and_spikes` under the title was read, and
    /// with a title that ends like a sentence (`… serve!!`) the header walk stopped at
    /// once, so `wc:` and `warnings:` were read too.
    #[test]
    fn byline_with_a_user_name_is_not_read() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let cases: &[(&[&str], &[Role], Option<&str>)] = &[
            (
                &[
                    "long serve!!",
                    "by net_cord_nina",
                    "wc: 1k",
                    "The gym was cold.",
                ],
                &[H, C, N, S],
                Some("net_cord_nina"),
            ),
            (
                &["Salt Roads", "by @moth42", "The gym was cold."],
                &[S, C, S],
                Some("moth42"),
            ),
            // A book's byline is read; a sentence over no header is the story.
            (
                &["Salt Roads", "by saltwrit", "The gym was cold."],
                &[S, S, S],
                None,
            ),
            (
                &["Salt Roads", "by Wren Hollis", "The gym was cold."],
                &[S, S, S],
                None,
            ),
            (&["Run!", "The gym was cold."], &[S, S], None),
            (
                &[
                    "Salt Roads",
                    "by the river bank, slowly",
                    "The gym was cold.",
                ],
                &[S, S, S],
                None,
            ),
        ];
        for (texts, roles, author) in cases {
            let chrome = read(texts);
            assert_eq!(chrome.roles, *roles, "{texts:?}");
            assert_eq!(chrome.author.as_deref(), *author, "{texts:?}");
        }
    }

    /// The bug: AO3's `Summary:` label alone on its line was read aloud before the
    /// summary.
    #[test]
    fn summary_label_alone_is_not_read() {
        use Role::{Chrome as C, Story as S};
        let cases: &[(&[&str], &[Role])] = &[
            (
                &[
                    "Title",
                    "bramblewick",
                    "Summary:",
                    "Marta cooks.",
                    "The pan hissed.",
                ],
                &[S, C, C, S, S],
            ),
            (&["Summary", "Marta cooks.", "The pan hissed."], &[C, S, S]),
            // In the story, the word is story.
            (
                &["Title", "The pan hissed.", "Summary:", "Marta cooks."],
                &[S, S, S, S],
            ),
        ];
        check_roles(cases);
    }

    /// The bug: FanFiction.net's `Follow/Fav` button, copied stuck to the title, was
    /// read with it; the title is read without it, and still names the work.
    #[test]
    fn follow_fav_button_before_the_title_is_not_read() {
        use Role::{Chrome as C, Heading as H, Story as S};
        let texts = [
            "Fen Tales",
            "Follow/Fav What the Reeds Keep",
            "By: reed-warbler",
            "The lights came back.",
        ];
        let chrome = read(&texts)
            .assert_roles(&[S, H, C, S])
            .assert_title("What the Reeds Keep")
            .assert_author("reed-warbler");
        assert_eq!(chrome.cuts, [0, "Follow/Fav ".len(), 0, 0]);
        // Alone on its line, or as a word of the story, it is no title.
        assert_eq!(read(&["Follow/Fav"]).cuts, [0]);
        assert_eq!(read(&["Follow the reeds.", "Fav was gone."]).cuts, [0, 0]);
    }

    /// The bug: a tumblr post copied with the blog's name and its `Follow` button
    /// above the title had the name read as the title and the header walk stopped at
    /// the button, so `pairing:`, `wc:` and `warnings:` were read; below the story the
    /// notes count (`1,284 notes`) stopped the walk up from the end, so the taglist
    /// and tags were read too.
    #[test]
    fn tumblr_blog_name_follow_button_and_notes_count_are_not_read() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let cases: &[(&[&str], &[Role])] = &[
            (
                &[
                    "moths-and-mirrors",
                    "Follow",
                    "the glass orchard | cassian x reader",
                    "pairing: cassian x reader",
                    "wc: 1.8k",
                    "warnings: a little blood",
                    "The orchard grows glass apples.",
                    "Follow him or don't, the orchard says.",
                    "taglist: @lanternlit-lou, @orchardghost",
                    "#the glass orchard #cassian reyne",
                    "1,042 notes",
                ],
                // The title under the site's lines is read as a heading.
                &[C, C, H, N, N, N, S, S, N, C, C],
            ),
            // In the story, a count of notes is story.
            (
                &["Title", "12 notes", "The orchard grows glass apples."],
                &[S, S, S],
            ),
        ];
        check_roles(cases);
        read(cases[0].0).assert_author("moths-and-mirrors");
    }

    /// The bug: a plea in a chat voice with story or chrome under it that the walk up
    /// from the end does not take (`pls vote if u enjoy, it helps sooo much ⭐` over the
    /// last lines) was read.
    #[test]
    fn chat_plea_near_the_end_is_a_note_whatever_follows() {
        use Role::{Note as N, Story as S};
        let cases: &[(&[&str], &[Role])] = &[
            (
                &[
                    "The ball dropped.",
                    "pls vote if u enjoy, it helps sooo much ⭐",
                    "Hana laughed.",
                    "You laughed too.",
                    "Then you went home.",
                    "The end.",
                ],
                &[S, N, S, S, S, S],
            ),
            // A plea in prose, or said by a character, is story.
            (
                &[
                    "The ball dropped.",
                    "Please, she thought, let the vote go our way.",
                    "\"Please vote for me!!\" said Ann.",
                    "Hana laughed.",
                    "You laughed too.",
                    "Then you went home.",
                    "The end.",
                ],
                &[S, S, S, S, S, S, S],
            ),
        ];
        check_roles(cases);
    }

    /// The bug: a SpaceBattles / SufficientVelocity post was read with its threadmark
    /// bar, the run of chapter links under it (one heading) and the post's header
    /// (user name, user title, date, post number, `Add bookmark`).
    #[test]
    fn forum_threadmarks_and_post_header_are_not_read() {
        use Role::{Chrome as C, Story as S};
        let cases: &[(&[&str], &[Role], &[usize])] = &[
            (
                &[
                    "Threadmarks View all 7 threadmarks Reader mode Recent threadmarks",
                    "Chapter 3: Overdue Chapter 4: The Reading Room Chapter 5: Fines",
                    "Bindlewort Bindlewort Dewey decimal devotee Mar 9, 2025 #41 Add bookmark",
                    "The library opened at nine.",
                ],
                &[C, S, C, S],
                &[
                    0,
                    "Chapter 3: Overdue Chapter 4: The Reading Room ".len(),
                    0,
                    0,
                ],
            ),
            (
                &[
                    "Threadmarks",
                    "View all 7 threadmarks",
                    "Reader mode",
                    "Recent threadmarks",
                    "Chapter 4: The Reading Room",
                    "Chapter 5: Fines",
                    "Bindlewort",
                    "Bindlewort",
                    "Dewey decimal devotee",
                    "Mar 16, 2025",
                    "#58",
                    "Add bookmark",
                    "Chapter 5: Fines",
                    "The fine came to four pounds.",
                ],
                &[C, C, C, C, C, S, C, C, C, C, C, C, C, S],
                &[0; 14],
            ),
            // A title over the post's header is the title.
            (
                &[
                    "Overdue",
                    "inkwell_ray",
                    "Lurker",
                    "14 March 2024 #3",
                    "The library opened at nine.",
                ],
                &[S, C, C, C, S],
                &[0; 5],
            ),
            // Chapters named in the story are story.
            (
                &[
                    "Title",
                    "The library opened at nine.",
                    "Chapter 5 ended. Chapter 6 began.",
                    "She wrote #41 on the card on Mar 9, 2025.",
                ],
                &[S, S, S, S],
                &[0; 4],
            ),
        ];
        for (texts, roles, cuts) in cases {
            let chrome = read(texts);
            assert_eq!(chrome.roles, *roles, "{texts:#?}");
            assert_eq!(chrome.cuts, *cuts, "{texts:#?}");
        }
    }

    #[test]
    fn user_names() {
        for (text, expected) in [
            ("bramblewick", true),
            ("nightjar_writes", true),
            ("Bramble (bramblewick)", true),
            ("He ran", false),
            ("Snow.", false),
            ("by quill", false),
        ] {
            assert_eq!(is_user_name(text), expected, "{text}");
        }
    }

    /// The bug: pages copied whole from Royal Road, Quotev, AO3 and LiveJournal were
    /// read with their note boxes, buttons, tag blocks, headers and readers' comments.
    #[test]
    fn site_pages_are_read_without_their_furniture() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let story = "The toll bridge over the Sump had been built by goblins long ago.";
        let cases: &[(&[&str], &[Role])] = &[
            // Royal Road: a note box over the chapter (the paragraph under its label
            // and the plug), one under it up to the buttons, the tail from the
            // author's box.
            (
                &[
                    "Hollowmere Deepdelvers",
                    "by Quillon_Vash",
                    "Chapter 12: The Toll Bridge",
                    "A note from Quillon_Vash",
                    "Thanks for the \"MORE GOBLIN\" comments.",
                    "Support me on Patreon to read ahead!",
                    story,
                    story,
                    story,
                    "A note from Quillon_Vash",
                    "Bridge two next week.",
                    "Support \"Hollowmere Deepdelvers\"",
                    "Previous Chapter",
                    "Next Chapter",
                    "About the author",
                    "Quillon_Vash",
                    "Log in to comment",
                    "Comments (34)",
                    "Sprocket_Wren",
                    "\"Wear and tear\" is my excuse now.",
                ],
                &[S, C, S, N, N, N, S, S, S, N, N, C, C, C, C, C, C, C, C, C],
            ),
            // Quotev: the site's name, breadcrumb, decorated byline and genre line
            // over the title (read as a heading); the reader-insert key and the note
            // on the reader.
            (
                &[
                    "Quotev",
                    "Stories » Fanfiction » Original",
                    "Lanterns at Kettle Pond",
                    "by ♡ Plum ♡",
                    "Fanfiction · Romance · Fluff",
                    "Chapter 3 ~ The Boathouse",
                    "Note: requested by @mint who said \"more bram\" yes!!",
                    "(Y/N) = your name",
                    "(E/C) = eye colour",
                    "reader is a guy in this one (he/him)",
                    "~*~*~*~",
                    story,
                    "« Previous chapter | Next chapter »",
                ],
                &[C, C, H, C, C, S, N, N, N, N, S, S, C],
            ),
            // AO3, a whole work: the tag block with its values under the labels, the
            // title under it (read as a heading), the work's notes up to the archive's
            // message, the end notes it promises.
            (
                &[
                    "Rating:",
                    "General Audiences",
                    "Characters:",
                    "Agnes Thorpe",
                    "Stats:",
                    "Chapters:",
                    "3/3",
                    "The Tidewater Portrait",
                    "saltjar_moth",
                    "Summary:",
                    "A portrait goes missing.",
                    "Notes:",
                    "Written for the \"Quayside\" exchange!",
                    "My beta said \"no parrots\" and I took that personally.",
                    "(See the end of the work for more notes.)",
                    "Chapter 1: The Frame",
                    "Chapter Text",
                    story,
                    story,
                    story,
                    "Notes:",
                    "That's part two of the quayside letters!",
                    "Kudos (540)",
                    "Comments (61)",
                ],
                &[
                    C, C, C, C, C, C, C, H, C, C, S, N, N, N, C, S, N, S, S, S, N, N, C, C,
                ],
            ),
            // LiveJournal: the entry's byline, date, buttons and fields, the subject,
            // the title read without its label, the cut; the end mark, the tags and
            // the comments.
            (
                &[
                    "thornfield_quill (thornfield_quill) wrote,",
                    "@ 2008-11-02 19:05:00",
                    "Previous Entry | Add to Memories | Share | Next Entry",
                    "Current mood: nervous",
                    "Fic: The Silver Inventory (Below Stairs, PG)",
                    "Title: The Silver Inventory",
                    "Fandom: Below Stairs",
                    "Rating: PG",
                    "Word count: 1,140",
                    "Summary: A spoon goes missing.",
                    "( Read more... )",
                    story,
                    story,
                    story,
                    "~fin~",
                    "Tags: below stairs, fic",
                    "12 comments | Leave a comment",
                    "(Anonymous)",
                    "2008-11-02 08:14 pm (UTC)",
                    "Oh, 'a spoon' is so her.",
                    "(Reply) (Thread)",
                ],
                &[
                    C, C, C, C, C, H, C, C, N, S, C, S, S, S, C, C, C, C, C, C, C,
                ],
            ),
        ];
        check_roles(cases);
        let journal = read(cases[3].0);
        assert_eq!(journal.title.as_deref(), Some("The Silver Inventory"));
        assert_eq!(journal.author.as_deref(), Some("thornfield_quill"));
        assert_eq!(journal.cuts[5], "Title: ".len());
    }

    /// A page's tail needs a site's page or comments under it: a story that shows a
    /// screen reading `Comments (3)` keeps its end.
    #[test]
    fn a_comments_header_in_a_story_is_story() {
        use Role::{Chrome as C, Story as S};
        let story = "Dev found the post at two in the morning, as he always did.";
        let cases: &[(&[&str], &[Role])] = &[
            (
                &[
                    story,
                    story,
                    story,
                    "Comments (3)",
                    "\"Read them,\" Maya said.",
                    "Reply",
                    story,
                ],
                &[S, S, S, S, S, S, S],
            ),
            // Too near the top, it is not the tail's either.
            (
                &[story, "Comments (3)", story, story, story],
                &[S, S, S, S, S],
            ),
            // With a comment under it, it is.
            (
                &[
                    story,
                    story,
                    story,
                    "Comments (3)",
                    "pondskater · 3 days ago",
                    "So good!!",
                ],
                &[S, S, S, C, C, C],
            ),
            // A tail ends at the next chapter.
            (
                &[
                    story,
                    story,
                    story,
                    "Comments (3)",
                    "pondskater · 3 days ago",
                    "Chapter 2: More",
                    story,
                ],
                &[S, S, S, C, C, S, S],
            ),
        ];
        check_roles(cases);
    }

    /// A `Title:` line is a header's only among header fields: a book's `Title:` over
    /// `Author:` (read whole as its heading, as before) or one in the story is left
    /// alone.
    #[test]
    fn title_fields() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let cases: &[(&[&str], &[Role])] = &[
            (
                &["Title: Salt", "Pairing: Ann/Bo", "The sea was grey."],
                &[H, N, S],
            ),
            (
                &[
                    "Title: The Invisible Man",
                    "Author: H. G. Wells",
                    "CHAPTER I.",
                ],
                &[H, C, S],
            ),
            (
                &["Salt", "The sea was grey.", "Title: none", "Rating: PG"],
                &[S, S, S, S],
            ),
        ];
        check_roles(cases);
    }

    #[test]
    fn reader_talk_on_site_pages() {
        for (text, expected) in [
            ("(L/N) = last name", true),
            ("reader is a guy in this one (he/him)", true),
            (
                "Support me on Patreon to read up to 14 chapters ahead!",
                true,
            ),
            ("Support me on Patreon | Join the Discord", true),
            ("AAAA thank u sm for reading!! 🏮", true),
            // Story.
            ("The reader of the will cleared his throat.", false),
            ("She joined the queue and waited.", false),
            ("Thank you for the tea, she said, reading the card.", false),
            ("She joined the Discord server and waited.", false),
        ] {
            assert_eq!(talks_to_readers(text), expected, "{text}");
        }
        assert_eq!(
            handle_byline("by ♡ sugarplum_thief ♡"),
            Some("sugarplum_thief")
        );
        assert_eq!(handle_byline("by ★ Plum ★"), Some("Plum"));
        assert_eq!(handle_byline("by the river ~"), None);
    }

    #[test]
    fn title_block_names_the_author() {
        read(&[
            "Paper Lanterns Chapter 4: Inside, a Harbor Guard fanfic | FanFiction",
            "Author: kestrelwings",
            "The door was open.",
        ])
        .assert_title("Paper Lanterns")
        .assert_author("kestrelwings");
        read(&["Title", "bramblewick", "Summary:", "Text.", "Story."]).assert_author("bramblewick");
        read(&["Title", "hollowreed", "Chapter 2: Rests", "Story."]).assert_author("hollowreed");
    }

    /// The bug: a Dreamwidth community post was read with its byline and `Entry
    /// tags:`, the header's `Title:` and `For:` and its `Notes:` (a quote in them
    /// voiced as dialogue). The title is read once, as a heading; the summary is read.
    #[test]
    fn dreamwidth_community_header_is_not_read() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let story = "The knife was older than Ada, and so was the grudge she kept with it.";
        let cases: &[(&[&str], &[Role])] = &[
            (
                &[
                    "pipwort_hen ([personal profile] pipwort_hen) wrote in [community profile] bramble_swap2024-02-11 09:40 pm",
                    "Entry tags:",
                    "fandom: the orchard keepers, rating: g",
                    "Fic: The Grafting Knife (The Orchard Keepers; G)",
                    "Title: The Grafting Knife",
                    "For: ferncopse",
                    "Fandom: The Orchard Keepers",
                    "Rating: G",
                    "Summary: Ada learns to graft an apple tree.",
                    "Notes: ferncopse, you asked for \"a grudge\" and I took it literally.",
                    "~",
                    story,
                    story,
                    story,
                    "(the end)",
                    "Link | Leave a comment | Share | Flag",
                    "3 comments",
                    "Flat | Top-Level Comments Only",
                ],
                &[C, C, C, C, H, N, C, C, S, N, S, S, S, S, C, C, C, C],
            ),
            // Tags are lists or lower case: a title under the label is no tag.
            (
                &[
                    "pipwort_hen ([personal profile] pipwort_hen) wrote in [community profile] bramble_swap",
                    "Entry tags:",
                    "fic",
                    "The Grafting Knife",
                    story,
                ],
                &[C, C, C, H, S],
            ),
        ];
        check_roles(cases);
        read(cases[0].0)
            .assert_title("The Grafting Knife")
            .assert_author("pipwort_hen");
    }

    /// The bug: a tumblr ask-fic was read with `Anonymous asked:`, the ask (its quoted
    /// phrase voiced as dialogue), the blog's answer, the pairing and `wc:` lines, and
    /// its title past the separator as narration.
    #[test]
    fn tumblr_ask_and_answer_are_notes() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let story = "The back room of the Crow & Kettle smells of spilt cider and hairspray.";
        let cases: &[(&[&str], &[Role])] = &[
            (
                &[
                    "lanternmoth",
                    "Follow",
                    "Anonymous asked:",
                    "could you write the new drummer!reader?? like \"we're so doomed\" energy 🥺",
                    "anon you have ruined my evening in the best way. here it is!!",
                    "———",
                    "soundcheck",
                    "ezra vale x gn!reader",
                    "wc: 1.4k | cw: swearing",
                    "———",
                    story,
                    story,
                ],
                &[C, C, N, N, N, S, H, N, N, S, S, S],
            ),
            // The ask on the label's line, no separator under the answer.
            (
                &[
                    "pebble-wren asked: a storm fic pls 🥺",
                    "soundcheck",
                    "wc: 1.4k",
                    story,
                ],
                &[N, H, N, S],
            ),
        ];
        check_roles(cases);
    }

    /// The bug: a FanFiction.net chapter from the mobile site had its name, breadcrumb
    /// and title joined into one heading, and its chapter arrows, chapter choice,
    /// `Review` and footer links read.
    #[test]
    fn ffn_mobile_page_is_read_without_its_furniture() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let story = "The galley table was too small for a vote, so they held it on deck.";
        let cases: &[(&[&str], &[Role])] = &[(
            &[
                "FanFiction",
                "Books » Harbour Lights",
                "The Ferry Strike",
                "By: tern_and_tide",
                "Rated: Fiction K+ - English - Family - Chapters: 5 - Words: 9,402 - Reviews: 18",
                "The crew vote on the ferry strike.",
                "« Prev",
                "4. The Show of Hands",
                "Next »",
                "Disclaimer: not mine.",
                story,
                story,
                story,
                "« Prev",
                "4. The Show of Hands",
                "Next »",
                "Review",
                "Desktop/Tablet Mode . Mobile Mode",
                "Help . Privacy . Terms of Service",
            ],
            &[C, C, H, C, C, S, C, C, C, N, S, S, S, C, C, C, C, C, C],
        )];
        check_roles(cases);
        read(cases[0].0)
            .assert_title("The Ferry Strike")
            .assert_author("tern_and_tide");
    }

    /// The bug: a Wattpad chapter copied with its paragraph comments had them read (a
    /// quote of the story in one voiced as dialogue), and under the sign-off its
    /// `Continue reading next part ›` button and the books it recommends.
    #[test]
    fn wattpad_comments_and_recommendations_are_not_read() {
        use Role::{Chrome as C, Note as N, Story as S};
        let story = "When the lights went, the kettle gave a long, sad sigh in the dark.";
        check_roles(&[(
            &[
                story,
                story,
                "7",
                "mossandmarrow",
                "\"a long, sad sigh\" rude \u{1F624}",
                "3w Reply",
                story,
                "love u all, ember \u{1F525}",
                "Continue reading next part \u{203a}",
                "You'll also like",
                "Frostbitten Letters",
                "by paper_lanterns",
                "112K 4.1K",
                "the post office is closed. the letters keep coming.",
            ],
            &[S, S, C, C, C, C, S, N, C, C, C, C, C, C],
        )]);
    }

    /// The bug: an eFiction archive's story page was read with the archive's name and
    /// menu, the title line whole (`… by hollow_wren [Reviews - 6]`) as narration, the
    /// page's tools and the story's information, and its chapter notes (a quote in
    /// them voiced as dialogue); the title is read alone, as a heading.
    #[test]
    fn efiction_page_is_read_without_its_furniture() {
        use Role::{Chrome as C, Heading as H, Note as N, Story as S};
        let story = "The salt road ran white between the marshes, straight to the sea.";
        let texts = [
            "The Lantern Archive",
            "Home | Most Recent | Categories | Search | Help | Login",
            "The Salt Road by hollow_wren [Reviews - 6]",
            "Printer: Chapter or Story    Microsoft Word: Chapter or Story",
            "- Text Size +",
            "Summary: Ada walks the salt road to the sea.",
            "Rated: Teen • Characters: Ada Holm • Genre: Adventure • Warnings: None",
            "Challenges: Winter Roads • Series: None • Chapters: 1 • Read Count: 418",
            "Published: 14 Oct 2023 • Updated: 14 Oct 2023",
            "Author's Chapter Notes:",
            "For Maren, who asked for \"a road that remembers\".",
            story,
            "\"It is not,\" Ada told the road.",
            story,
            "Chapter End Notes:",
            "Thank you for reading!",
            "Chapter 1 of 1",
            "Back to index",
            "You must login (register) to review.",
            "Disclaimer: All publicly recognizable characters are their owners'.",
            "Skin by nightjar_designs • Powered by eFiction 3.5.5 • Stats",
        ];
        let chrome = read(&texts)
            .assert_roles(&[
                C, C, H, C, C, S, C, C, C, N, N, S, S, S, N, N, C, C, C, C, C,
            ])
            .assert_title("The Salt Road")
            .assert_author("hollow_wren");
        assert_eq!(chrome.end_cuts[2], " by hollow_wren [Reviews - 6]".len());
    }

    /// The bug: a Webnovel chapter page was read with its menu (as the title), stats,
    /// `Before the chapter:` and `Author's Thoughts` notes (their quotes voiced as
    /// dialogue), its message and buttons a line each, and its comments.
    #[test]
    fn webnovel_page_is_read_without_its_furniture() {
        use Role::{Chrome as C, Note as N, Story as S};
        let story = "The night market opened at the first bell, the lanterns half lit.";
        check_roles(&[(
            &[
                "Browse  Rankings  Create  Library",
                "Fan-fic \u{203a} Anime & Comics \u{203a} The Lantern Keeper",
                "Author: quietfoxglove",
                "Fan-fic · Ongoing · 38 Chapters · 61.2K Views",
                "Chapter 17: The Night Market",
                "Updated: 3 days ago · 2,814 words",
                "Before the chapter:",
                "someone asked \"is Ren ever going to smile\" and... read on",
                story,
                story,
                story,
                "Author's Thoughts",
                "to whoever said \"Ren is a lantern\": correct",
                "Creation is hard, cheer me up!",
                "VOTE",
                "Power Stone",
                "GIFT",
                "Report chapter",
                "Paragraph comments (212)",
                "Comments (88)",
                "TOP COMMENTS",
                "lanternfan_22",
                "\"a lantern flared blue\" NOT AGAIN",
                "PREVIOUS  TABLE OF CONTENTS  NEXT",
            ],
            &[
                C, C, C, C, S, C, N, N, S, S, S, N, N, C, C, C, C, C, C, C, C, C, C, C,
            ],
        )]);
        // A story's `Vote` beside no button of the site's is the story's; a short
        // chapter with no dialogue under the label is no note; a label last is one.
        check_roles(&[
            (&[story, "Vote", story], &[S, S, S]),
            (
                &[
                    "Before the chapter:",
                    "hi!!",
                    story,
                    story,
                    "Report chapter",
                ],
                &[N, N, S, S, C],
            ),
            (&[story, "Before the chapter:"], &[S, N]),
            // The note run into its label, in one paragraph.
            (
                &[
                    "Before the chapter: thanks for voting!! This is the \"market arc\" you asked for.",
                    story,
                    "Author's Thoughts: see you friday",
                ],
                &[N, S, N],
            ),
            (&["Before the chapter ended, she left.", story], &[S, S]),
        ]);
    }

    /// The bug: image descriptions in a chapter (`[Image: …]`) were read, and the words
    /// on a sign in one voiced as dialogue: they are notes, wherever they stand.
    #[test]
    fn image_descriptions_are_notes() {
        use Role::{Note as N, Story as S};
        let story = "The swing bridge at Pellow End had not swung since the spring.";
        check_roles(&[(
            &[
                "[Image: an ink drawing of a green narrowboat under willows.]",
                story,
                "[Image: a close-up of the control box, the words “PUSH GENTLY” on it.]",
                story,
                "[Image of the bridge]",
            ],
            &[N, S, N, S, S],
        )]);
    }
}
