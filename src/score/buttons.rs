//! Pass 10, **buttons**: sites set their buttons inside the content ("Learn
//! more" under each feature, "Get started for free" under the pitch, "Read
//! the full story" under a teaser; a shop's "Add to cart" by each product, a
//! forum's "Reply" under each post), and a button's label kept as body is
//! chaff to a reader of the text. This pass runs late, once the neighbours
//! have been read: labelled earlier, a button between two body blocks made
//! a gap of chaff there, and the rules that read gaps then dropped the
//! lines beside it (text wcxb: tune -0.0009, check -0.0006).
//!
//! Reads `features`; refines `verdicts`.

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::Label;
use crate::model::{Rule, Verdict};
use crate::patterns::{is_call_to_action, table};

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
/// ("Reply", "Quote", "View profile", "Reply with quote"; a Q&A site's "Ask
/// Question" and "Follow"): a line that is
/// nothing but the control's name. (wcxb, session 24: HTML tune +0.0004,
/// check +0.0002; text +0.0004, +0.0005; 103 pages better, 3 worse.)
static CONTROL: LazyLock<Regex> = LazyLock::new(|| {
    table(&[concat!(
        r"^\W*(?:add to (?:cart|bag|basket|wish ?list|favou?rites|compare)|notify me|select (?:a |your )?(?:size|colou?r|option)",
        r"|email a friend|price alert|write a review|quick ?view|compare|view profile|view (?:forum )?posts|reply with quote",
        r"|multi-?quote|report (?:post|abuse)|reply|quote|like|share|follow|ask (?:a )?question)\W*$",
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
