//! Stage 4: a [`Page`] in; a label, a reason and the deciding rule for every block out.
//!
//! The classifier is two ordered lists of passes, one for HTML pages and one
//! for text pages ([`HTML_PASSES`], [`TEXT_PASSES`]); each pass is a module
//! here, with its thresholds, its doc comment and its tests. They share one
//! [`Scoring`] state, and each pass's doc says which of its fields it reads
//! and which it fills. In the order they act:
//!
//! 1. [`features`]: length, words, link density, stopword density, sentence punctuation.
//! 2. [`container`] (HTML): readability's idea: paragraphs score their
//!    ancestors, the best container and its close siblings are the article,
//!    and a main region, a grid of cards or an index of linked titles makes
//!    the page a listing. [`hints`] reads what the markup says of each element
//!    (`<nav>`, `class="share"`).
//! 3. [`quality`]: jusText's classes: good, near-good, short or bad prose.
//! 4. [`evidence`]: the block alone: a markup hint, a text pattern, its place
//!    in or out of the container, or (text pages) its prose class.
//! 5. [`title`]: the block that repeats the page's title is the title.
//! 6. [`context`]: bylines beside dates or split from their label, caption groups, introduced lists,
//!    broken lines (text); linked sentences beside the body (HTML); then every
//!    block still undecided takes its neighbours' side; then headlines under
//!    a related header (text).
//! 7. [`main_run`] (text): the maximum-sum run of body is the article.
//! 8. [`tail`]: the article ends at a comments, related-stories or author
//!    header or at the copyright notice; what follows takes its section's label.
//!    Last (text), an author's bio, a legal notice or a call to action among its closing blocks ends it.
//! 9. [`grids`] (text): gaps only the prose rules dropped and grids of cards
//!    are the body; a name after the body signs it off. On both kinds of
//!    page, a list of item titles under no more than an intro is the content.
//! 10. [`buttons`]: a button's label kept as body ("Learn more", "Get started"),
//!     or a shop's or a thread's control ("Add to cart", "Reply"), is
//!     dropped; so are a table of contents and (text) a thread's member cards.
//! 11. [`repeats`]: a passage the page prints twice (a layout for phones and
//!     one for desktops, a carousel's clones) is kept once.
//! 12. [`extracted`] (text): a text with no title line and none of a page's
//!     chrome was extracted already: what only the prose rules or the
//!     neighbours dropped is its own.
//! 13. [`no_article`]: too little text and no sentence means the page has no article.
//! 14. [`fallback`] (HTML): when the article the markup led to is a sliver
//!     of what the text passes keep from the same blocks, their verdicts stand.
//!
//! Then, when images are asked for, [`images`] keeps those that sit with kept blocks.
//!
//! Every verdict names the [`Rule`] that made it, and every rule can be
//! switched off through [`Options::switched_off`](crate::Options::switched_off) to measure what it is worth.

mod buttons;
mod container;
mod context;
mod evidence;
mod extracted;
mod fallback;
pub(crate) mod features;
mod grids;
mod hints;
pub(crate) mod images;
mod main_run;
mod no_article;
mod quality;
mod repeats;
mod tail;
mod title;

pub(crate) use buttons::is_button_label;
pub(crate) use features::looks_like_code;

use crate::blocks::{Label, Page};
use crate::model::{Rule, Switches, Verdict};
use crate::patterns::Languages;

use container::ArticleRegion;
use features::Features;
use hints::MarkupHints;
use quality::Quality;

/// What the passes know about a page, filled as they run.
pub(crate) struct Scoring<'p> {
    page: &'p Page,
    /// What the page's markup says of itself.
    declared: Declared<'p>,
    switches: Switches,
    /// Filled by `features`: the languages its text patterns are read in.
    languages: Languages,
    /// Filled by `features`: one per block.
    features: Vec<Features>,
    /// Filled by `container` (HTML): what the markup says of each element.
    hints: MarkupHints,
    /// Filled by `container` (HTML): where the article is.
    region: ArticleRegion,
    /// Filled by `quality`: one per block.
    quality: Vec<Quality>,
    /// Filled by `evidence`: per block, whether a text pattern matched its text.
    matched_pattern: Vec<bool>,
    /// Filled by `grids::note_prose_dropped` (text): per block, whether only
    /// the prose rules dropped it.
    prose_dropped: Vec<bool>,
    /// One per block; `None` while undecided.
    verdicts: Vec<Option<Verdict>>,
}

impl Scoring<'_> {
    fn on(&self, rule: Rule) -> bool {
        self.switches.on(rule)
    }

    /// The characters of the blocks kept so far.
    fn kept_chars(&self) -> usize {
        self.features.iter().zip(&self.verdicts).filter(|(_, v)| is_kept(v)).map(|(f, _)| f.chars).sum()
    }

    /// The container, described as `div.entry (score 42.0)`; `None` for text.
    fn describe_container(&self) -> Option<String> {
        let region = &self.region;
        region.top.map(|top| {
            let listing = if region.listing { "listing, " } else { "" };
            format!("{} ({listing}score {:.1})", self.page.elements[top as usize].describe(), region.top_score)
        })
    }

    /// The verdicts, undecided blocks dropped as away from the body.
    fn into_classification(self) -> Classification {
        let container = self.describe_container();
        let verdicts = self
            .verdicts
            .into_iter()
            .map(|v| v.unwrap_or_else(|| Verdict::new(Label::Boilerplate, Rule::AwayFromBody, "short text away from the body")))
            .collect();
        let english_patterns_only = self.languages == Languages::English;
        Classification { verdicts, container, listing: self.region.listing, linked_cards: self.region.linked_cards, english_patterns_only }
    }
}

/// A pass: one step over the page's scoring state.
type Pass = fn(&mut Scoring);

/// The passes for an HTML page, in order; after them, [`fallback`] may
/// read the page again with [`TEXT_PASSES`].
const HTML_PASSES: [Pass; 15] = [
    features::measure,
    container::find,
    quality::grade,
    evidence::decide,
    title::mark,
    context::keep_linked_sentences,
    context::resolve_by_neighbours,
    tail::cut,
    grids::keep_title_list,
    buttons::drop_table_of_contents,
    buttons::drop_labels,
    buttons::drop_post_furniture,
    repeats::drop_copies,
    title::drop_page_header,
    no_article::drop_if_none,
];

/// The passes for a text page (no markup, so no container), in order.
const TEXT_PASSES: [Pass; 27] = [
    features::measure,
    quality::grade,
    evidence::decide,
    title::mark,
    context::mark_bylines_beside_dates,
    context::mark_split_bylines,
    context::mark_caption_groups,
    context::keep_introduced_lists,
    context::keep_broken_lines,
    context::resolve_by_neighbours,
    context::mark_headline_lists,
    main_run::keep,
    grids::note_prose_dropped,
    tail::cut,
    grids::fill_body_gaps,
    grids::keep_card_grid,
    tail::mark_sign_off,
    grids::keep_title_list,
    title::drop_header,
    tail::cut_closing_prose,
    buttons::drop_member_cards,
    buttons::drop_table_of_contents,
    buttons::drop_labels,
    repeats::drop_copies,
    title::mark_headline_line,
    extracted::keep_every_line,
    no_article::drop_if_none,
];

/// The classifier's decisions on a page.
#[derive(Clone, Debug, Default)]
pub struct Classification {
    /// One verdict per block, in order.
    pub verdicts: Vec<Verdict>,
    /// The container chosen as the article, described as `div.entry (score 42.0)`; `None` for text.
    pub container: Option<String>,
    /// Whether the article is a listing of cards, its links and dates kept.
    pub listing: bool,
    /// Whether that listing's cards link to their items (see `container`).
    pub linked_cards: bool,
    /// Whether the text patterns read the page in English alone (`evidence/english-tables`).
    pub english_patterns_only: bool,
}

/// What a page's markup says of itself, before its blocks are classified.
#[derive(Clone, Copy, Debug, Default)]
pub struct Declared<'a> {
    /// The page's own title (JSON-LD, OpenGraph, `<title>`), if any.
    pub title: Option<&'a str>,
    /// Whether it says it is an article (JSON-LD, `og:type`).
    pub article: bool,
    /// Whether it says it is a discussion thread (JSON-LD, its URL).
    pub thread: bool,
    /// Whether it says it is one product on offer (JSON-LD).
    pub product: bool,
    /// Whether its URL is one product's (`/product/`, `/p/`, `/dp/`, `/item/`).
    pub product_url: bool,
    /// Whether its microdata marks a question's answers (a `QAPage`'s
    /// `acceptedAnswer`, `suggestedAnswer`): its comments are remarks on them.
    pub answers: bool,
    /// The language its markup or its transport declares, as a tag ("en-US").
    pub language: Option<&'a str>,
}

/// Classifies every block of `page`, given what its markup `declared`;
/// `switches` says which rules are off.
pub fn classify(page: &Page, declared: Declared, switches: Switches) -> Classification {
    let text_page = page.elements.is_empty();
    let passes: &[Pass] = if text_page { &TEXT_PASSES } else { &HTML_PASSES };
    let scoring = run_passes(page, declared, switches, passes);
    if !text_page && switches.on(Rule::TextFallback) {
        if let Some(text_reading) = fallback::read_as_text(&scoring) {
            return text_reading;
        }
    }
    scoring.into_classification()
}

/// Runs `passes` over `page`, in order.
fn run_passes<'p>(page: &'p Page, declared: Declared<'p>, switches: Switches, passes: &[Pass]) -> Scoring<'p> {
    let mut scoring = Scoring {
        page,
        declared,
        switches,
        languages: Languages::All,
        features: Vec::new(),
        hints: MarkupHints::none(),
        region: ArticleRegion::none(),
        quality: Vec::new(),
        matched_pattern: Vec::new(),
        prose_dropped: Vec::new(),
        verdicts: vec![None; page.blocks.len()],
    };
    for pass in passes {
        pass(&mut scoring);
    }
    scoring
}

/// Whether a block's verdict, if it has one yet, keeps it.
fn is_kept(verdict: &Option<Verdict>) -> bool {
    verdict.as_ref().is_some_and(|v| v.label.is_kept())
}

/// Whether a block's verdict, if it has one yet, has this label.
fn has_label(verdict: &Option<Verdict>, label: Label) -> bool {
    verdict.as_ref().is_some_and(|v| v.label == label)
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Helpers for the passes' tests: classify a text or HTML page and look up a block's label.
    pub use crate::blocks::{Block, Label};
    use super::*;
    use crate::{html, text};

    /// The text and label of every block of the text page `input`.
    pub fn labels_of_text(input: &str) -> Vec<(String, Label)> {
        let page = text::segment(input).unwrap();
        let verdicts = classify(&page, Declared::default(), Switches::default()).verdicts;
        page.blocks.iter().zip(verdicts).map(|(b, v)| (b.text.clone(), v.label)).collect()
    }

    /// The label of the block reading `text`.
    pub fn label_of(labels: &[(String, Label)], text: &str) -> Label {
        labels.iter().find(|(t, _)| t == text).unwrap_or_else(|| panic!("no block {text:?}")).1
    }

    /// The verdict on the block reading `text` on the HTML page `html`.
    pub fn html_verdict(html: &str, text: &str) -> Verdict {
        let page = html::segment(html, &crate::Options::default()).unwrap();
        let verdicts = classify(&page, Declared::default(), Switches::default()).verdicts;
        verdicts[page.blocks.iter().position(|b| b.text == text).unwrap_or_else(|| panic!("no block {text:?}"))].clone()
    }

    /// The label of the block reading `text` on the HTML page `html`.
    pub fn html_label(html: &str, text: &str) -> Label {
        html_verdict(html, text).label
    }

    /// The label of the block reading `text` on a page, with the rule `rule` switched off.
    pub fn label_without(page: &Page, text: &str, rule: &str) -> Label {
        label_in(page, Declared::default(), switches_without(&[rule]), text)
    }

    /// The label of the block reading `text` on a page that `declared` itself so, under `switches`.
    pub fn label_in(page: &Page, declared: Declared, switches: Switches, text: &str) -> Label {
        let verdicts = classify(page, declared, switches).verdicts;
        verdicts[page.blocks.iter().position(|b| b.text == text).unwrap_or_else(|| panic!("no block {text:?}"))].label
    }

    /// Every rule on but `rules`.
    pub fn switches_without(rules: &[&str]) -> Switches {
        let mut switches = Switches::default();
        for rule in rules {
            switches.switch_off(rule).unwrap();
        }
        switches
    }

    /// A short story's first paragraph, for [`story_under_headline`].
    pub const STORY: &str = "The new bridge over the river opened on Tuesday morning, three months later than the council had promised, and the first buses crossed it before nine o'clock.";

    /// A text page: `first_line`, a menu, the headline "Bridge opens over the
    /// river", a two-paragraph story, seventy menu links and a footer's
    /// blurb (two [`PARAGRAPH`]s in one block) longer than the story.
    pub fn story_under_headline(first_line: &str) -> String {
        let second = "Cyclists will have to wait until the spring for their own lane, which the council says is still being designed by the engineers.";
        let links: String = (1..=70).map(|n| format!("Section {n}\n")).collect();
        format!("{first_line}\n\nHome\n\nBridge opens over the river\n\n{STORY}\n\n{second}\n\n{links}\n{PARAGRAPH} {PARAGRAPH}\n")
    }

    /// A long paragraph of plain prose.
    pub const PARAGRAPH: &str = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built over the river before the end of the year, and that the old one would stay open until then.";
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;
    use crate::text;

    #[test]
    fn every_verdict_names_the_rule_that_decided_it() {
        let html = format!("<html><body><nav><a href=/>Home</a> <a href=/n>News</a></nav><article><p>{PARAGRAPH}</p></article></body></html>");
        assert_eq!(html_verdict(&html, "Home News").decided_by, Rule::HintTag);
        assert_eq!(html_verdict(&html, PARAGRAPH).decided_by, Rule::InContainer);
    }

    #[test]
    fn a_rule_switched_off_decides_nothing() {
        let page = text::segment(&format!("Title line\n\n{PARAGRAPH}\n\nALSO READ: Another story\n\n{PARAGRAPH} Again.\n")).unwrap();
        let marker = page.blocks.iter().position(|b| b.text.starts_with("ALSO READ")).unwrap();
        let on = classify(&page, Declared::default(), Switches::default());
        assert_eq!((on.verdicts[marker].label, on.verdicts[marker].decided_by), (Label::Related, Rule::PatternRelatedMarker));
        let mut switches = Switches::default();
        switches.switch_off("evidence/pattern-related-marker").unwrap();
        let off = classify(&page, Declared::default(), switches);
        assert_ne!(off.verdicts[marker].decided_by, Rule::PatternRelatedMarker);
        assert_ne!(off.verdicts[marker].label, Label::Related);
    }
}
