//! Pass 12 (text), **extracted already**: a text that a tool extracted from
//! its page already (a dataset's text, an extractor's output) has neither
//! a title line nor any of a whole page's chrome: no menu, share bar,
//! related list, comments, ad, subscription box or legal notice. Its short
//! lines (list items, a table's rows, a reference's syntax) are its own,
//! not a menu's, and what only the prose rules or the neighbours dropped is
//! kept.
//!
//! Reads `declared`, `features`, `matched_pattern`; refines `verdicts`.

use crate::blocks::Label;
use crate::model::{Rule, Verdict};

use super::{Declared, Scoring};

/// Whether the page reads as a text extracted already: it declares no
/// title, and no block is its title or a region of chaff. (The metadata
/// asks the same of the title it found, which on HTML may be an `<h1>`.)
fn is_extracted_already(declared: Declared, verdicts: &[Option<Verdict>]) -> bool {
    declared.title.is_none() && !verdicts.iter().flatten().any(|v| v.label == Label::Title || v.label.is_chaff_region())
}

/// On a text extracted already, every block with words that only the prose
/// rules or the neighbours dropped (or that was left undecided) is kept.
pub(super) fn keep_every_line(s: &mut Scoring) {
    // (A text whose lines were cut where its blocks ran together is a whole page's.)
    if !s.on(Rule::ExtractedText) || s.page.lines_cut || !is_extracted_already(s.declared, &s.verdicts) {
        return;
    }
    // (Not what a text pattern dropped: a script's text, a browser notice.)
    for ((verdict, features), &matched_pattern) in s.verdicts.iter_mut().zip(&s.features).zip(&s.matched_pattern) {
        let plainly_dropped = verdict.as_ref().is_none_or(|v| v.label == Label::Boilerplate && !matched_pattern);
        if plainly_dropped && features.has_alphanumeric {
            *verdict = Some(Verdict::new(Label::Body, Rule::ExtractedText, "a text extracted already: every line is its own"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;

    /// Once, a text that an extractor had written out, a story's paragraphs
    /// and its list of steps with no title line, lost its short lines as a
    /// menu's.
    #[test]
    fn a_text_extracted_already_keeps_its_short_lines() {
        let steps = "Unplug the kettle\nEmpty the water\nAdd a cup of vinegar";
        let input = format!("{PARAGRAPH}\n\n{steps}\n\n{PARAGRAPH} Again.\n\nWipe it dry\n");
        let labels = labels_of_text(&input);
        for line in ["Unplug the kettle", "Add a cup of vinegar", "Wipe it dry"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        let page = crate::text::segment(&input).unwrap();
        assert!(!label_without(&page, "Wipe it dry", "extracted/every-line").is_kept());
        // Near misses: under a title line, or over a page's legal notice, the
        // same last line is a whole page's and stays dropped.
        let titled = labels_of_text(&format!("How to descale a kettle\n\n{input}"));
        assert!(!label_of(&titled, "Wipe it dry").is_kept());
        let with_notice = labels_of_text(&format!("{input}\n© 2024 Example Media. All rights reserved.\n"));
        assert!(!label_of(&with_notice, "Wipe it dry").is_kept());
    }

    /// Once, a whole page's text written on one line (a scraper's
    /// `textContent`) was taken for a text extracted already.
    #[test]
    fn a_page_on_one_line_is_no_text_extracted_already() {
        let story: String = (1..=12).map(|n| format!("{PARAGRAPH} Part {n} of the story. ")).collect();
        let one_line = format!("{story}Wipe it dry. {story}\n");
        let page = crate::text::segment(&one_line).unwrap();
        assert!(page.lines_cut);
        let verdicts = crate::score::classify(&page, crate::score::Declared::default(), crate::model::Switches::default()).verdicts;
        assert!(verdicts.iter().all(|v| v.decided_by != Rule::ExtractedText));
    }
}
