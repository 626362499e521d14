//! Pass 11, **repeats**: a page often prints the same passage twice: a
//! layout for phones and one for desktops, a carousel's cloned slides, a
//! product's details in a tab and again below, a forum post quoted whole.
//! A reader reads it once, so a run of kept blocks that repeats an earlier
//! run, block for block and character for character, is a copy and is dropped.
//!
//! A single repeated line is no copy: a grid's cards share their detail
//! lines ("Free shipping"), a guide's steps repeat per language. So the
//! repeated run must hold `MIN_COPY_WORDS` words.
//!
//! Reads `features`; refines `verdicts`.

use rustc_hash::FxHashMap;

use crate::blocks::Label;
use crate::model::{Rule, Verdict};

use super::{is_kept, Scoring};

/// A repeated run of kept blocks is a copy from this many words: a passage,
/// not a card's detail line or a step a guide gives twice.
const MIN_COPY_WORDS: usize = 20;

/// Each text's earlier places looked at for the start of a copy: enough
/// for a passage printed a few times, and a bound on the work on a page
/// that repeats one line a thousand times.
const MAX_EARLIER_PLACES: usize = 8;

/// Drops every run of kept blocks that repeats an earlier run of kept
/// blocks text for text, when the run holds `MIN_COPY_WORDS` words or more.
pub(super) fn drop_copies(s: &mut Scoring) {
    if !s.on(Rule::RepeatedPassage) {
        return;
    }
    // The kept blocks with words in them, in page order, and their texts.
    let (page, features) = (s.page, &s.features);
    let kept: Vec<usize> = (0..s.verdicts.len()).filter(|&i| is_kept(&s.verdicts[i]) && features[i].words > 0).collect();
    let keys: Vec<&str> = kept.iter().map(|&i| page.blocks[i].text.as_str()).collect();
    let word_count = |k: usize| features[kept[k]].words;
    let mut earlier: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut k = 0;
    while k < keys.len() {
        // The longest run starting here that copies one starting at an earlier
        // place, and ends before this one starts.
        let (mut copy_len, mut original) = (0, 0);
        for &start in earlier.get(keys[k]).into_iter().flatten() {
            let (mut len, mut words) = (0, 0);
            while k + len < keys.len() && start + len < k && keys[start + len] == keys[k + len] {
                words += word_count(k + len);
                len += 1;
            }
            if words >= MIN_COPY_WORDS && len > copy_len {
                (copy_len, original) = (len, kept[start]);
            }
        }
        if copy_len > 0 {
            for &i in &kept[k..k + copy_len] {
                let reason = format!("a copy of a passage printed before (from block {original})");
                s.verdicts[i] = Some(Verdict::new(Label::Boilerplate, Rule::RepeatedPassage, reason));
            }
            k += copy_len;
            continue;
        }
        let places = earlier.entry(keys[k]).or_default();
        if places.len() < MAX_EARLIER_PLACES {
            places.push(k);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Switches;
    use crate::score::test_support::*;
    use crate::score::{classify, Declared};

    /// The verdicts on the blocks reading `text` on the HTML page `html`.
    fn verdicts_on(html: &str, text: &str) -> Vec<Verdict> {
        let page = crate::html::segment(html, &crate::Options::default()).unwrap();
        let verdicts = classify(&page, Declared::default(), Switches::default()).verdicts;
        page.blocks.iter().zip(verdicts).filter(|(b, _)| b.text == text).map(|(_, v)| v).collect()
    }

    #[test]
    fn a_passage_printed_twice_is_kept_once() {
        let details = "Superfine merino fibres have a soft feel and help the wool regulate its temperature through the day and the night.";
        let html = format!("<html><body><article><h1>Wool Runner</h1><p>{PARAGRAPH}</p><div class=tab><h2>Soft wool</h2><p>{details}</p></div><div class=again><h2>Soft wool</h2><p>{details}</p></div></article></body></html>");
        let labels: Vec<_> = verdicts_on(&html, details).into_iter().map(|v| (v.label, v.decided_by)).collect();
        assert_eq!(labels, [(Label::Body, Rule::InContainer), (Label::Boilerplate, Rule::RepeatedPassage)]);
        let headings: Vec<_> = verdicts_on(&html, "Soft wool").into_iter().map(|v| v.label).collect();
        assert_eq!(headings, [Label::Heading, Label::Boilerplate]);
    }

    #[test]
    fn detail_lines_that_cards_share_are_no_copy() {
        let card = |n: u32| format!("<li><h3>Trail shoe model {n}</h3><p>Free shipping and free returns</p><p>In stock</p></li>");
        let html = format!("<html><body><article><h1>Trail shoes</h1><p>{PARAGRAPH}</p><ul>{}{}{}</ul></article></body></html>", card(1), card(2), card(3));
        for verdict in verdicts_on(&html, "Free shipping and free returns") {
            assert_ne!(verdict.decided_by, Rule::RepeatedPassage);
        }
    }
}
