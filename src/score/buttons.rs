//! Pass 10, **buttons**: sites set their buttons inside the content ("Learn
//! more" under each feature, "Get started for free" under the pitch, "Read
//! the full story" under a teaser; a shop's "Add to cart" by each product, a
//! forum's "Reply" under each post), and a button's label kept as body is
//! chaff to a reader of the text. So is a table of contents (links to the
//! article's own sections, which a text page prints as lines), and so is
//! the member card that a thread printed as text shows over each post.
//! This pass runs late, once the neighbours have been read: labelled
//! earlier, a button between two body blocks made a gap of chaff there, and
//! the rules that read gaps then dropped the lines beside it (text wcxb:
//! tune -0.0009, check -0.0006).
//!
//! Reads `features`; refines `verdicts`.

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::blocks::Label;
use crate::model::{Rule, Verdict};
use crate::patterns::{is_call_to_action, table, THREAD_FURNITURE_MAX_WORDS};

use super::evidence::is_date_line;

use super::{is_kept, Scoring};

/// A button's label has at most this many words ("Get started for free today").
const BUTTON_MAX_WORDS: usize = 5;

/// A button that asks a reader to go on reading or browsing ("Read the full
/// story", "View all", "Shop now"), or starts like a call to action and runs
/// on ("Get started for free"). The calls to action that sell a service
/// ("Request a demo", "Contact us") are [`is_call_to_action`]'s, which the
/// page type counts too.
static READ_ON: LazyLock<Regex> = LazyLock::new(|| {
    table(&[concat!(
        r"^\W*(?:read (?:more|the (?:full )?(?:story|article|post|case study))|watch (?:the )?video|view (?:all|more|details)",
        r"|see (?:all|more|details)|shop now|buy now|download now|get started|learn more|sign up)\b",
    )])
});

/// The whole label of a control that a shop sets by each product ("Add to
/// cart", "Select size", "Compare", "Notify me") or a forum by each post
/// ("Reply", "Quote", "View profile", "Reply with quote", a quote's "Click to
/// expand..."; a Q&A site's "Ask Question" and "Follow"), or that opens more
/// of a list ("Load more", "Show less", and its "Loading..."): a line that is
/// nothing but the control's name. (wcxb, session 24: HTML tune +0.0004,
/// check +0.0002; text +0.0004, +0.0005; 103 pages better, 3 worse.)
static CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    table(&[concat!(
        r"^\W*(?:add to (?:cart|bag|basket|wish ?list|favou?rites|compare)|notify me|select (?:a |your )?(?:size|colou?r|option)",
        r"|email a friend|price alert|write a review|quick ?view|compare|view profile|view (?:forum )?posts|reply with quote",
        r"|multi-?quote|report (?:post|abuse)|reply|quote|like|share|follow|ask (?:a )?question",
        r"|click to (?:expand|collapse|shrink)|load more|show (?:more|less)|loading)\W*$",
    )])
});

/// Whether `text`, of `words` words, is a button's label.
fn is_button(text: &str, words: usize) -> bool {
    words <= BUTTON_MAX_WORDS && (is_call_to_action(text) || READ_ON.is_match(text))
}

/// Whether a line is a button's label or a shop's or a thread's control:
/// the metadata's test that a short line beside a date names no one ("Get
/// Started", "Ask Question").
pub(crate) fn is_button_label(text: &str) -> bool {
    let words = text.split_whitespace().count();
    is_button(text, words) || (words <= BUTTON_MAX_WORDS && CONTROL.is_match(text))
}

/// The header of a table of contents: "Table of Contents", "Contents
/// (hide)", "In this article", "On this page", "Jump to", and its German,
/// French, Spanish, Italian and Dutch names ("Inhaltsverzeichnis",
/// "Sommaire", "Índice", "Indice", "Inhoudsopgave").
static CONTENTS_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    table(&[concat!(
        r"^\W*(?:table of contents|contents|in this (?:article|post|guide)|on this page|jump to|what's inside",
        r"|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|contenidos?|indice|sommario|inhoudsopgave)",
        r"\W*(?:hide|show)?\W*$",
    )])
});

/// A header has at most this many words (the regex runs on no longer line).
const CONTENTS_HEADER_MAX_WORDS: usize = 4;

/// A table of contents lists at least this many of the page's sections...
const CONTENTS_MIN_ENTRIES: usize = 2;

/// ...each on a line of at most this many words.
const CONTENTS_ENTRY_MAX_WORDS: usize = 15;

/// A line as a table of contents and the heading it points to both print
/// it: lower-cased, its leading number ("2.1", "3.") or bullet gone, and
/// runs of anything but letters and digits made one space.
fn entry_key(text: &str) -> String {
    let unnumbered = text.trim_start().trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '-' | '•' | '*' | ')'));
    let lower = unnumbered.to_lowercase();
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Drops a table of contents that the passes before kept: a header ("Table
/// of Contents") and the lines under it, at least `CONTENTS_MIN_ENTRIES`,
/// each of which the page prints again further down (the section it points
/// to), up to the first line that it does not. (wcxb: text tune +0.00033, 22
/// pages better and none worse, check +0.00009, 8 better and 1 worse, the
/// family being rarer there; HTML tune +0.00009, check +0.00011, 9 and 7
/// better, none worse.)
pub(super) fn drop_table_of_contents(s: &mut Scoring) {
    if !s.on(Rule::TableOfContents) {
        return;
    }
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    let blocks = &page.blocks;
    let is_header = |i: usize| features[i].words <= CONTENTS_HEADER_MAX_WORDS && CONTENTS_HEADER.is_match(&blocks[i].text);
    if !(0..blocks.len()).any(is_header) {
        return;
    }
    // Where each line is printed last, to tell in one look whether a line comes again below.
    let mut last_printed: FxHashMap<String, usize> = FxHashMap::default();
    for (i, block) in blocks.iter().enumerate() {
        last_printed.insert(entry_key(&block.text), i);
    }
    let mut i = 0;
    while i < blocks.len() {
        if !is_header(i) {
            i += 1;
            continue;
        }
        let mut entries = Vec::new();
        let mut next = i + 1;
        while next < blocks.len() && features[next].words <= CONTENTS_ENTRY_MAX_WORDS {
            let key = entry_key(&blocks[next].text);
            if !key.is_empty() {
                if last_printed.get(&key).is_none_or(|&last| last <= next) {
                    break;
                }
                entries.push(next);
            }
            next += 1;
        }
        if entries.len() >= CONTENTS_MIN_ENTRIES {
            for at in std::iter::once(i).chain(entries) {
                if is_kept(&verdicts[at]) {
                    verdicts[at] = Some(Verdict::new(Label::Navigation, Rule::TableOfContents, "a table of contents: a line the page prints again below"));
                }
            }
        }
        i = next.max(i + 1);
    }
}

/// A post's number as a forum prints it on a line of its own, at the foot
/// of the post's member card, over its text ("#12").
static POST_NUMBER: LazyLock<Regex> = LazyLock::new(|| table(&[r"^#\d{1,5}$"]));

/// A thread printed as text numbers at least this many posts (a ranked
/// list numbers its items too, but no date line stands over each number)...
const MEMBER_CARDS_MIN_POSTS: usize = 3;

/// ...each number under its post's date, at most this many lines above it.
const POST_DATE_MAX_LINES_ABOVE: usize = 3;

/// Drops the member cards of a forum thread printed as text: over each
/// post, the short lines of its writer's card (name, rank, join date, post
/// count, location, the post's date) down to the post's number ("#12"),
/// which a date line stands right over. The card is read upward from the
/// number to the first line that ends a sentence or a label, or runs longer
/// than a thread's furniture; each line of it the passes before kept is
/// dropped. (wcxb text track: tune +0.0004, 7 forums better and none
/// worse; check +0.0004, 5 better and none worse. On HTML the container
/// reads a card's markup, and the rule, simulated there, moved forums both ways.)
pub(super) fn drop_member_cards(s: &mut Scoring) {
    if !s.on(Rule::MemberCards) {
        return;
    }
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    let blocks = &page.blocks;
    // Most lines do not start with "#" and skip the regex.
    let is_post_number = |i: usize| {
        let text = blocks[i].text.trim();
        text.starts_with('#') && POST_NUMBER.is_match(text)
    };
    let dated = |i: usize| (i.saturating_sub(POST_DATE_MAX_LINES_ABOVE)..i).any(|j| is_date_line(&blocks[j].text, &features[j]));
    let numbers: Vec<usize> = (0..blocks.len()).filter(|&i| is_post_number(i) && dated(i)).collect();
    if numbers.len() < MEMBER_CARDS_MIN_POSTS {
        return;
    }
    let in_card = |i: usize| {
        let text = blocks[i].text.trim_end();
        features[i].words <= THREAD_FURNITURE_MAX_WORDS && !features[i].sentence_end && !text.ends_with(':') && !is_post_number(i)
    };
    for &number in &numbers {
        let top = (0..number).rev().take_while(|&i| in_card(i)).last().unwrap_or(number);
        for slot in &mut verdicts[top..=number] {
            if is_kept(slot) {
                *slot = Some(Verdict::new(Label::Boilerplate, Rule::MemberCards, "a member's card over a forum post"));
            }
        }
    }
}

/// A post's furniture, a line of its own beside the post or on its
/// writer's card: figures alone, its score, likes or number or the writer's
/// post count ("14", "1,204", "#12", "3.2k"), with or without what they
/// count ("3 likes", "Posts: 1,204"); or a card's label or a post's link
/// ("Joined", "Messages", "Reaction score", "Author", "Link to post", "Share
/// this post", a closed thread's "Not open for further replies.").
static POST_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    let count = r"(?:likes?|replies|reply|views?|posts?|answers?|messages?|votes?|points?|reactions?)";
    let figures = r"#?[0-9][0-9.,\s]*[kKmM]?";
    let labels = concat!(
        r"^\W*(?:joined|messages|posts|reaction score|points|location|likes received|solutions|member since|status|author|op|member",
        r"|link to post|share this post|share on other sites|top posters in this topic|not open for further replies)\W*$"
    );
    table(&[&format!(r"^{figures}(?:\s+{count})?$"), &format!(r"^{count}\s*:?\s*{figures}$"), labels])
});

/// A post's furniture is a short line.
const POST_FURNITURE_MAX_CHARS: usize = 40;

/// Drops, on a page that declares a thread, the kept lines that are a
/// post's furniture ([`POST_FURNITURE`]), which a forum sets beside each
/// post. (A text page says nothing of itself: there a thread's furniture,
/// "Reply" and "Quote" lines, told threads from manuals too seldom, whose
/// code's numbered lines went too: wcxb text tune -0.0000, check +0.0001,
/// a manual -0.05.)
pub(super) fn drop_post_furniture(s: &mut Scoring) {
    if !s.on(Rule::PostFurniture) || !s.declared.thread {
        return;
    }
    for (block, slot) in s.page.blocks.iter().zip(&mut s.verdicts) {
        if is_kept(slot) && block.text.len() <= POST_FURNITURE_MAX_CHARS && POST_FURNITURE.is_match(block.text.trim()) {
            *slot = Some(Verdict::new(Label::Boilerplate, Rule::PostFurniture, "a post's furniture (its score, likes, number, a card's label)"));
        }
    }
}

/// Drops the buttons' labels, and the shop's and the thread's controls, that the passes before kept.
pub(super) fn drop_labels(s: &mut Scoring) {
    let (buttons, controls) = (s.on(Rule::ButtonLabel), s.on(Rule::Control));
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    for (i, slot) in verdicts.iter_mut().enumerate() {
        if !is_kept(slot) {
            continue;
        }
        let text = &page.blocks[i].text;
        if buttons && is_button(text, features[i].words) {
            *slot = Some(Verdict::new(Label::Navigation, Rule::ButtonLabel, "a button's label"));
        } else if controls && features[i].words <= BUTTON_MAX_WORDS && CONTROL.is_match(text) {
            *slot = Some(Verdict::new(Label::Navigation, Rule::Control, "a shop's or a thread's control"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;

    #[test]
    fn a_buttons_label_in_the_content_is_dropped() {
        let html = format!("<html><body><article><h1>Plans</h1><p>{PARAGRAPH}</p><p><a href=/start>Get started for free</a></p><p>{PARAGRAPH} Two.</p><p>Learn more →</p></article></body></html>");
        assert_eq!(html_label(&html, "Get started for free"), Label::Navigation);
        assert_eq!(html_label(&html, "Learn more →"), Label::Navigation);
        assert_eq!(html_label(&html, PARAGRAPH), Label::Body);
        let page = crate::html::segment(&html, &crate::Options::default()).unwrap();
        assert_eq!(label_without(&page, "Learn more →", "buttons/label"), Label::Body);
        let text = format!("Title line\n\n{PARAGRAPH}\n\nRead the full story\n\n{PARAGRAPH} Two.\n");
        assert_eq!(label_of(&labels_of_text(&text), "Read the full story"), Label::Navigation);
    }

    /// A thread of three posts printed as text, each under its member card;
    /// `date` is the card's last line, over the post's number.
    fn thread_with_cards(date: &str) -> String {
        let mut thread = String::from("Which bridge should the council close?\n\n");
        for (n, name) in ["Ralston18", "Aeacus", "Samuel Miz"].iter().enumerate() {
            thread.push_str(&format!("{name}\n\nWell-known member\n\n41,210\n\n{date}\n\n#{}\n\n{PARAGRAPH} Post {n}.\n\n", n + 1));
        }
        thread
    }

    #[test]
    fn a_threads_member_cards_printed_as_text_are_dropped() {
        let labels = labels_of_text(&thread_with_cards("Jun 14, 2025"));
        for line in ["Aeacus", "Well-known member", "41,210", "#2", "#3"] {
            assert_eq!(label_of(&labels, line), Label::Boilerplate, "{line}");
        }
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Post 1.")), Label::Body);
        let page = crate::text::segment(&thread_with_cards("Jun 14, 2025")).unwrap();
        assert_eq!(label_without(&page, "Aeacus", "buttons/member-cards"), Label::Heading);
        // Near miss: numbers with no date line over them rank a list's items.
        let labels = labels_of_text(&thread_with_cards("Top rated"));
        assert_eq!(label_of(&labels, "#2"), Label::Heading);
        assert_eq!(label_of(&labels, "Aeacus"), Label::Heading);
    }

    #[test]
    fn a_shops_and_a_threads_controls_kept_in_the_content_are_dropped() {
        let html = format!("<html><body><main><h1>Trail shoe</h1><p>{PARAGRAPH}</p><div>Select size</div><div>Add to cart</div><p>{PARAGRAPH} Two.</p><span>Compare</span></main></body></html>");
        for control in ["Select size", "Add to cart", "Compare"] {
            assert_eq!(html_label(&html, control), Label::Navigation, "{control}");
        }
        assert_eq!(html_label(&html, PARAGRAPH), Label::Body);
        let page = crate::html::segment(&html, &crate::Options::default()).unwrap();
        assert_eq!(label_without(&page, "Add to cart", "buttons/control"), Label::Body);
        let thread = format!("A question about the bridge\n\n{PARAGRAPH}\n\nReply\n\n{PARAGRAPH} Two.\n\nView profile\n\n{PARAGRAPH} Three.\n\nFollow\n\n{PARAGRAPH} Four.\n\nAsk Question\n\n{PARAGRAPH} Five.\n");
        let labels = labels_of_text(&thread);
        for control in ["Reply", "View profile", "Follow", "Ask Question"] {
            assert_eq!(label_of(&labels, control), Label::Navigation, "{control}");
        }
        // Near misses: lines that name a control and say more are the content's.
        for line in ["Compare the two plans", "Share your story with us", "Reply to the council", "Follow the river north", "Ask questions early"] {
            assert!(!CONTROL.is_match(line), "{line}");
        }
    }

    /// Once, a forum's thread kept each post's likes and post count as lines
    /// of their own ("14", "1,204", "3 likes"), and its cards' labels ("Joined").
    #[test]
    fn a_threads_furniture_beside_its_posts_is_dropped() {
        use crate::model::Switches;
        use crate::score::Declared;
        let posts: String = [("14", "1,204"), ("3 likes", "#2"), ("Replies: 12", "Posts: 3.2k"), ("Link to post", "Joined")]
            .iter()
            .map(|(likes, count)| format!("<div class=post><div class=stats><span>{likes}</span></div><div class=member><span>{count}</span></div><p>{PARAGRAPH} {likes}.</p></div>"))
            .collect();
        let html = format!("<html><body><main><div class=thread>{posts}</div></main></body></html>");
        let page = crate::html::segment(&html, &crate::Options::default()).unwrap();
        let thread = Declared { thread: true, ..Declared::default() };
        for figures in ["14", "1,204", "#2", "3 likes", "Replies: 12", "Posts: 3.2k", "Link to post", "Joined"] {
            assert_eq!(label_in(&page, thread, Switches::default(), figures), Label::Boilerplate, "{figures}");
            assert_eq!(label_in(&page, thread, switches_without(&["buttons/post-furniture"]), figures), Label::Body, "{figures}");
        }
        assert_eq!(label_in(&page, thread, Switches::default(), &format!("{PARAGRAPH} 14.")), Label::Body);
        // Near misses: the same figures on a page that declares no thread (a
        // table's cells, a recipe's quantities) stay, and so do figures that
        // count something else.
        assert_eq!(label_in(&page, Declared::default(), Switches::default(), "1,204"), Label::Body);
        assert!(!POST_FURNITURE.is_match("12 cups") && !POST_FURNITURE.is_match("Views differ: 3 of 5 agree") && !POST_FURNITURE.is_match("Author of the report"));
    }

    /// Once, a forum thread printed as text kept each quote's "Click to
    /// expand..." line, and a shop's page its grid's "Loading...".
    #[test]
    fn a_quotes_expander_and_a_lists_load_more_are_controls() {
        let thread = format!("A question about the bridge\n\n{PARAGRAPH}\n\nClick to expand...\n\n{PARAGRAPH} Two.\n\nLoad more\n\n{PARAGRAPH} Three.\n");
        let labels = labels_of_text(&thread);
        for control in ["Click to expand...", "Load more"] {
            assert_eq!(label_of(&labels, control), Label::Navigation, "{control}");
        }
        for line in ["Show less", "Loading...", "Click to shrink..."] {
            assert!(CONTROL.is_match(line), "{line}");
        }
        // Near misses: a sentence that opens with the same words.
        for line in ["Loading the van took an hour", "Show more patience", "Click to expand the map"] {
            assert!(!CONTROL.is_match(line), "{line}");
        }
    }

    #[test]
    fn a_table_of_contents_whose_lines_head_the_sections_below_is_dropped() {
        let text = format!(
            "Bridges, explained\n\n{PARAGRAPH}\n\nTable of Contents\n\n1. Why bridges fail\n\n2. How to inspect one\n\nWhy bridges fail\n\n{PARAGRAPH} Two.\n\nHow to inspect one\n\n{PARAGRAPH} Three.\n"
        );
        let labels = labels_of_text(&text);
        for line in ["Table of Contents", "1. Why bridges fail", "2. How to inspect one"] {
            assert_eq!(label_of(&labels, line), Label::Navigation, "{line}");
        }
        assert_eq!(label_of(&labels, "Why bridges fail"), Label::Heading);
        let page = crate::text::segment(&text).unwrap();
        assert!(label_without(&page, "2. How to inspect one", "buttons/table-of-contents").is_kept());
        let html = format!(
            "<html><body><article><h1>Bridges</h1><p>{PARAGRAPH}</p><p>In this article</p><ul><li>Why bridges fail</li><li>How to inspect one</li></ul><h2>Why bridges fail</h2><p>{PARAGRAPH} Two.</p><h2>How to inspect one</h2><p>{PARAGRAPH} Three.</p></article></body></html>"
        );
        assert_eq!(html_label(&html, "In this article"), Label::Navigation);
        assert_eq!(html_label(&html, "How to inspect one"), Label::Navigation);
        // Near misses: a "Contents" heading over lines the page does not print
        // again (a kit's contents), and a header over one line it does.
        let kit = format!("Kit\n\n{PARAGRAPH}\n\nContents\n\nTwo brackets\n\nSix screws\n\n{PARAGRAPH} Two.\n");
        assert!(label_of(&labels_of_text(&kit), "Six screws").is_kept());
        let one = format!("Bridges\n\n{PARAGRAPH}\n\nOn this page\n\nWhy bridges fail\n\nWhy bridges fail\n\n{PARAGRAPH} Two.\n");
        assert!(label_of(&labels_of_text(&one), "On this page").is_kept());
    }

    #[test]
    fn a_sentence_that_starts_like_a_button_is_kept() {
        assert!(is_button("Learn More", 2) && is_button("Request a demo", 3) && is_button("Sign up", 2));
        // An emoji before the label: its variation selector is a mark, which Unicode counts as a word's letter.
        assert!(is_button("➡️ Learn more about APIs", 5) && is_button("👉 Contact us", 3));
        // Near misses: a crosshead and a sentence that open with the same words.
        assert!(!is_button("Learn more about the council's new budget plans", 8));
        assert!(!is_button("Contacting us is easy", 4));
        assert!(!is_button("Signed up players", 3));
    }
}
