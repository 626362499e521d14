//! Pass 2, **container** (HTML): readability's idea. Each paragraph scores
//! `1 + commas + length/100`; the score flows to its ancestors (halving, then
//! thirding with distance); class names and tags weigh elements up or down;
//! link-heavy elements are scaled down. A page that marks its primary content
//! with one `<main>` (or `role="main"`) scores only inside it. The best
//! container, grown to the parts of a split article, to a better-scoring
//! parent, to the repeated units of a thread and to the boxes of its
//! template, and the siblings that score close to it, are the article. If it holds
//! under a fifth of the main region's text, the page is a listing (a product
//! grid) and the main region is the article, links and all; if it is itself
//! mostly not prose (a grid of event cards), or headed four times or more by
//! titles that link elsewhere (an index of cards), it is a listing too,
//! unless the page declares a thread or one product. On a page that declares
//! nothing and is no listing, a best container just under the page's
//! headline grows to take the headline's sections in.

use crate::blocks::{ancestors, Block, BlockKind, Element, Label, Page};
use crate::model::{Rule, Switches};
use crate::patterns::{NEGATIVE_CLASS, POSITIVE_CLASS};

use super::features::Features;
use super::hints::MarkupHints;
use super::quality::MAX_LINK_DENSITY;
use super::{Declared, Scoring};

/// Blocks shorter than this add nothing to their containers.
const MIN_SCORED_CHARS: usize = 25;

/// One point per this many characters, up to `MAX_LENGTH_POINTS`.
const CHARS_PER_LENGTH_POINT: usize = 100;

const MAX_LENGTH_POINTS: f32 = 3.0;

/// How many ancestors a paragraph's score reaches.
const SCORED_ANCESTOR_LEVELS: usize = 5;

/// Added or taken away for a container whose class or id looks like content or like chaff.
const CLASS_WEIGHT: f32 = 25.0;

/// Near-best containers considered when the article is split across several.
const TOP_CANDIDATES: usize = 5;

/// A container within this share of the best one's score is an alternative.
const ALTERNATIVE_SHARE: f32 = 0.75;

/// Alternatives that must share an ancestor before it replaces the best container.
const MIN_ALTERNATIVES: usize = 3;

/// A sibling of the best container joins the article above this share of its score...
const SIBLING_SHARE: f32 = 0.2;

/// ...and never below this score.
const MIN_SIBLING_SCORE: f32 = 10.0;

/// A sibling paragraph joins if longer than `SIBLING_LONG_CHARS` with links under this density,
const SIBLING_MAX_LINK_DENSITY: f32 = 0.25;

const SIBLING_LONG_CHARS: usize = 80;

/// A best container scoring under this (four or five paragraphs of prose
/// with a few commas each) is a guess: the main region or the body is the
/// article (`Rule::WeakBest`). Measured on both halves: 10 gained 0.0024
/// (tune) and 0.0017 (check), 30 gains 0.0029 and 0.0027, and 40 cost
/// aeb-dev's news 0.009.
const WEAK_BEST_SCORE: f32 = 30.0;

/// A `<main>` holding fewer characters than this is not where the article is.
const MAIN_MIN_CHARS: usize = 200;

/// A best container holding less than this share of the main region's text is
/// a box beside a listing (a product grid, a recipe index): the main region is the article.
const LISTING_MAX_CONTAINER_SHARE: f32 = 0.2;

/// On a page with no main region that does not declare itself an article, a
/// best container holding less than this share of the page's text (menus and
/// comment threads left out) is one section of many: the body is the article.
const SECTION_MAX_SHARE: f32 = 0.3;

/// On a page with a main region, a best container with less than this share
/// of prose (paragraphs of `SIBLING_LONG_CHARS` or more, few links) is a grid
/// of cards, not an article.
const LISTING_MIN_PROSE_SHARE: f32 = 0.6;

/// An article with this many headings that are links to other pages is an
/// index of cards (a blog's archive, search results, a listicle of products).
const LISTING_MIN_LINKED_TITLES: usize = 4;

/// A card's title has this many words or more: a headline or a product's
/// name, not a forum member's name heading a post.
const CARD_TITLE_MIN_WORDS: usize = 3;

/// A container repeating the article container's tag and class is another part of it
/// when it holds its text itself (not in nested layout) and at least this share of it is prose...
const REPEATED_MIN_PROSE_SHARE: f32 = 0.5;

/// ...and the parts' common ancestor is the article when there are this many besides
/// the article container...
const REPEATED_MIN_OTHERS: usize = 2;

/// ...and they hold at least this share of its text.
const REPEATED_MIN_SHARE: f32 = 0.5;

/// An ancestor holding more boxes of the best container's template is the
/// article when it holds this many times its prose... (1.3 and 1.2 measured
/// alike on both halves; 1.5 and 2 gained less on the check half.)
const PARTS_MIN_PROSE_GAIN: f32 = 1.3;

/// ...and at least this share of the text it adds is prose (0.4 gained on
/// the tune half only; 0.6 gained less on both).
const PARTS_MIN_ADDED_PROSE_SHARE: f32 = 0.5;

/// The page's headline stands above the best container at most this many
/// levels up (its section, the section's column, the page's body wrapper)...
/// (With no bound on the levels, before the link bound: wcxb HTML tune
/// +0.0023, check +0.0002; at 3 and 6 levels the check half moved as at 4,
/// within 0.0004.)
const HEADLINE_MAX_LEVELS: usize = 4;

/// ...their common ancestor holds this many times the container's text
/// (a header over a story of its own adds a byline and a date, not half as
/// much again; 1.25 and 2 measured within 0.0004 of 1.5 on both halves, 3
/// moves nothing on the check half)...
const HEADLINE_MIN_GROWTH: f32 = 1.5;

/// ...and links no more densely than the container, within this margin (a
/// rail of video teasers beside a news story is more links than text; with
/// no margin the rule moves one page, with 0.1 one check page goes down).
const HEADLINE_MAX_ADDED_LINK_DENSITY: f32 = 0.05;

/// A container holding more than this share of the page's text is a wrapper, and its class hints are ignored.
const WRAPPER_SHARE: f32 = 0.5;

/// Where the article is on an HTML page, as readability finds it.
pub(super) struct ArticleRegion {
    /// The best-scoring container; `None` for text pages or pages with no scorable text.
    pub(super) top: Option<u32>,
    pub(super) top_score: f32,
    /// Whether the article is a listing, its links and dates kept: the main
    /// region taken whole, a best container that is a grid of cards, or an
    /// index headed by linked titles.
    pub(super) listing: bool,
    /// Whether the listing's cards link to their items (a grid beside which
    /// the best container was a box, or one headed by linked titles), rather
    /// than being boxes of their own (a service's features).
    pub(super) linked_cards: bool,
    /// Per container: whether it is the top container or a sibling admitted beside it.
    admitted: Vec<bool>,
    /// Per block: bare text beside the top container, admitted as a paragraph sibling.
    admitted_blocks: Vec<bool>,
}

/// Pass 2 (HTML): reads what the markup says of each element, finds the
/// article's region, and tells the hints which elements enclose it.
///
/// Reads `features`; fills `Scoring::hints` and `Scoring::region`.
pub(super) fn find(s: &mut Scoring) {
    let totals = Totals::new(s.page, &s.features);
    let mut hints = MarkupHints::new(s.page, &totals, s.switches, s.declared.thread);
    // A page that says it is a thread: its replies, marked as comments, are the thread.
    // (Unless its replies are marked as answers: a question-and-answer
    // page's comments are remarks on the question and the answers.)
    if s.on(Rule::DeclaredThread) && s.declared.thread && !(s.on(Rule::AnswerComments) && s.declared.answers) {
        hints.forget(Label::Comments);
    }
    let region = ArticleRegion::locate(s.page, &s.features, &totals, &hints, s.declared, s.switches);
    hints.set_article(s.page, region.top);
    s.hints = hints;
    s.region = region;
}

/// Readability's scores: per element, the points its paragraphs gave it,
/// scaled down by its link density.
struct Scores {
    /// Per element; `None` when no paragraph scored it.
    by_element: Vec<Option<f32>>,
    /// The scored elements, best first; ties go to the earlier element, so the choice is deterministic.
    ranked: Vec<(u32, f32)>,
    /// The characters of the main region (or the page) outside menus, comment threads and the like.
    main_chars: usize,
}

impl Scores {
    fn new(page: &Page, features: &[Features], totals: &Totals, hints: &MarkupHints, main: Option<u32>, switches: Switches) -> Scores {
        let mut main_chars = 0;
        let mut score: Vec<Option<f32>> = vec![None; page.elements.len()];
        for (block, f) in page.blocks.iter().zip(features) {
            if main.is_some_and(|m| !block.ancestors(&page.elements).any(|a| a == m)) {
                continue;
            }
            // Text in a menu, comment thread or cookie banner says nothing about where the article is.
            if switches.on(Rule::ChaffRegionsUnscored) && in_chaff_region(block, hints) {
                continue;
            }
            main_chars += f.chars;
            // (A list item's `<p>` is a paragraph too, as readability scores it.)
            let item_paragraph = matches!(block.kind, BlockKind::ListItem { .. })
                && block.own_element
                && block.container.is_some_and(|a| page.elements[a as usize].tag == "p");
            let scorable = item_paragraph
                || matches!(block.kind, BlockKind::Paragraph | BlockKind::Text | BlockKind::Cell { .. } | BlockKind::Preformatted | BlockKind::Quote);
            if !scorable || f.chars < MIN_SCORED_CHARS {
                continue;
            }
            let points = 1.0 + f.commas as f32 + ((f.chars / CHARS_PER_LENGTH_POINT) as f32).min(MAX_LENGTH_POINTS);
            // A `<div>` holding nothing but this text is a paragraph in all but name (as readability treats it).
            let sole_text = block.container.is_some_and(|a| totals.holds_only_own_text(a as usize));
            let skip = usize::from(block.own_element || sole_text);
            for (level, a) in block.ancestors(&page.elements).skip(skip).take(SCORED_ANCESTOR_LEVELS).enumerate() {
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f32 * 3.0,
                };
                let entry = score[a as usize].get_or_insert_with(|| initial_score(&page.elements[a as usize]));
                *entry += points / divider;
            }
        }
        let by_element: Vec<Option<f32>> =
            score.iter().enumerate().map(|(a, s)| s.map(|s| s * (1.0 - totals.link_density(a)))).collect();
        let mut ranked: Vec<(u32, f32)> = by_element.iter().enumerate().filter_map(|(a, s)| s.map(|s| (a as u32, s))).collect();
        ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        Scores { by_element, ranked, main_chars }
    }

    fn of(&self, a: u32) -> f32 {
        self.by_element[a as usize].unwrap_or(0.0)
    }
}

impl ArticleRegion {
    /// No region: a text page, or a page with no scorable text.
    pub(super) fn none() -> ArticleRegion {
        ArticleRegion { top: None, top_score: 0.0, listing: false, linked_cards: false, admitted: Vec::new(), admitted_blocks: Vec::new() }
    }

    fn locate(page: &Page, features: &[Features], totals: &Totals, hints: &MarkupHints, declared: Declared, switches: Switches) -> ArticleRegion {
        if page.elements.is_empty() {
            return ArticleRegion::none();
        }
        let main = if switches.on(Rule::MainRegion) { main_region(page, totals) } else { None };
        let scores = Scores::new(page, features, totals, hints, main, switches);
        let Some(&(mut top, _)) = scores.ranked.first() else { return ArticleRegion::none() };
        if switches.on(Rule::SplitArticle) {
            top = join_split_article(page, &scores, top);
        }
        if switches.on(Rule::ClimbToParent) {
            top = climb_to_better_parent(page, &scores, top);
        }
        let prose = prose_chars(page, features, hints);
        if switches.on(Rule::RepeatedUnits) {
            top = repeated_units(page, top, &prose, totals, hints).unwrap_or(top);
        }
        // A product grid or a recipe index has no prose container: the best one
        // is a promotion box beside the grid. When it holds a small share of
        // the main region's text (menus and comment threads left out), the
        // main region is the article, cards and all. And when the best
        // container is the grid itself (event cards, offers, a docs index),
        // it is mostly not prose: its links and dates are the cards' too.
        let chars = &totals.chars;
        let beside_grid = switches.on(Rule::ListingBesideGrid)
            && main.is_some()
            && (chars[top as usize] as f32) < LISTING_MAX_CONTAINER_SHARE * scores.main_chars as f32;
        if let (true, Some(m)) = (beside_grid, main) {
            top = m;
        }
        // A landing page, a service's or a product's page sets its content
        // in sections side by side: the best container is one of them (a
        // hero, a feature box). With no main region to say where the content
        // is, and no claim to be an article (whose best container may be
        // short: a breaking story), a best container holding a small share of
        // the page's text is one section of many, and the body is the article.
        let one_section = switches.on(Rule::SectionsPage)
            && main.is_none()
            && !declared.article
            && (chars[top as usize] as f32) < SECTION_MAX_SHARE * scores.main_chars as f32;
        let body = || page.elements.iter().position(|e| e.tag == "body").map(|b| b as u32);
        if let Some(body) = one_section.then(body).flatten() {
            top = body;
        }
        // A landing page's text is headings and short lines, not paragraphs:
        // readability's best container then scores next to nothing and is a
        // guess. The main region, or else the body, is the article. (A
        // thread's short posts score little too, but its units are found.)
        let weak = switches.on(Rule::WeakBest) && !declared.article && !declared.thread && scores.of(top) < WEAK_BEST_SCORE;
        if let Some(region) = weak.then(|| main.or_else(body)).flatten() {
            top = region;
        }
        // Not a listing, a page of sections or a guess: the article may be
        // set in parts, each in a box of one template.
        if switches.on(Rule::TemplateParts) && !beside_grid && !one_section && !weak {
            top = template_parts(page, top, &prose, totals, main);
        }
        let is_grid = switches.on(Rule::ListingGrid)
            && main.is_some()
            && (prose[top as usize] as f32) < LISTING_MIN_PROSE_SHARE * chars[top as usize] as f32;
        // A thread's posts, each with its author's links and dates, are not a
        // grid of cards; nor is one product's page, whose grids of other
        // products (related, bought together) are not its content.
        // A shop's URL says so as often as its JSON-LD (an article at
        // /p/slug says it is an article).
        let product_url = switches.on(Rule::ProductUrl) && declared.product_url && !declared.article;
        let not_listing = (switches.on(Rule::ThreadNotListing) && declared.thread) || (switches.on(Rule::ProductNotListing) && declared.product) || product_url;
        let listing = (beside_grid || is_grid) && !not_listing;
        // A service's or a guide's page that claims to be nothing in
        // particular prints its headline over its sections, and the best
        // container is one of them. (An article's, a thread's or a product's
        // headline stands over a byline, a date or a buy box, not more of it.)
        let undeclared = !(declared.article || declared.thread || declared.product || declared.product_url);
        if switches.on(Rule::HeadlineAbove) && undeclared && !listing {
            top = under_headline(page, totals, hints, main, top).unwrap_or(top);
        }
        let (admitted, admitted_blocks) = admit_siblings(page, features, totals, &scores, top, switches.on(Rule::Siblings));
        let mut region = ArticleRegion { top: Some(top), top_score: scores.of(top), listing, linked_cards: beside_grid, admitted, admitted_blocks };
        // A blog index or a search page is a list of cards, each headed by a
        // link to its item: such headings are the listing's, not a menu.
        if switches.on(Rule::LinkedTitles) {
            let linked = region.linked_titles(page, features, hints) >= LISTING_MIN_LINKED_TITLES;
            region.listing |= linked && !not_listing;
            region.linked_cards |= linked;
        }
        region
    }

    /// How many headings in the article are titles linked to another page
    /// (links only, `CARD_TITLE_MIN_WORDS` or more), outside regions marked chaff.
    fn linked_titles(&self, page: &Page, features: &[Features], hints: &MarkupHints) -> usize {
        let is_linked_title = |i: usize, block: &Block| {
            matches!(block.kind, BlockKind::Heading(_))
                && features[i].words >= CARD_TITLE_MIN_WORDS
                && features[i].link_density > MAX_LINK_DENSITY
                && !in_chaff_region(block, hints)
        };
        page.blocks.iter().enumerate().filter(|&(i, block)| is_linked_title(i, block) && self.contains(i, block)).count()
    }

    /// Whether block `index` is part of the article's container or its admitted siblings.
    pub(super) fn contains(&self, index: usize, block: &Block) -> bool {
        if self.top.is_none() {
            return true;
        }
        block.container.is_some_and(|last| self.admitted[last as usize]) || self.admitted_blocks[index]
    }
}

/// The article may be split across several near-best containers: the nearest
/// ancestor holding enough of them is the article. The top container's own
/// ancestors score high only because its score flows through them: the
/// article is split only if some near-best container lies in another branch.
fn join_split_article(page: &Page, scores: &Scores, top: u32) -> u32 {
    let top_score = scores.of(top);
    let is_ancestor = |ancestor: u32, node: u32| is_within(&page.elements, node, ancestor);
    let alternatives: Vec<u32> = scores.ranked[1..]
        .iter()
        .take(TOP_CANDIDATES - 1)
        .filter(|&&(_, s)| s >= top_score * ALTERNATIVE_SHARE)
        .map(|&(a, _)| a)
        .collect();
    let split = alternatives.iter().any(|&a| !is_ancestor(a, top) && !is_ancestor(top, a));
    if !split || alternatives.len() < MIN_ALTERNATIVES {
        return top;
    }
    let mut ancestor = page.elements[top as usize].parent;
    while let Some(a) = ancestor {
        if page.elements[a as usize].tag == "body" {
            break;
        }
        if alternatives.iter().filter(|&&alt| is_ancestor(a, alt)).count() >= MIN_ALTERNATIVES {
            return a;
        }
        ancestor = page.elements[a as usize].parent;
    }
    top
}

/// The common ancestor of the best container and the page's headline (its
/// first `<h1>` outside menus and other chaff regions, inside the main region
/// when there is one) that stands above it: where the headline is at most
/// `HEADLINE_MAX_LEVELS` above the container, and the ancestor holds
/// `HEADLINE_MIN_GROWTH` times its text and links no more densely. `None`
/// when the headline is inside the container, or far from it.
fn under_headline(page: &Page, totals: &Totals, hints: &MarkupHints, main: Option<u32>, top: u32) -> Option<u32> {
    let in_main = |block: &Block| main.is_none_or(|m| block.ancestors(&page.elements).any(|a| a == m));
    let headline = page.blocks.iter().find(|b| b.kind == BlockKind::Heading(1) && !in_chaff_region(b, hints) && in_main(b))?;
    let above_top: Vec<u32> = ancestors(Some(top), &page.elements).take(HEADLINE_MAX_LEVELS + 1).collect();
    // Their common ancestor: the headline's nearest ancestor that is the
    // container or one of the container's first ancestors.
    let common = headline.ancestors(&page.elements).find(|a| above_top.contains(a))?;
    let element = &page.elements[common as usize];
    let grows = totals.chars[common as usize] as f32 >= HEADLINE_MIN_GROWTH * totals.chars[top as usize] as f32;
    let as_few_links = totals.link_density(common as usize) <= totals.link_density(top as usize) + HEADLINE_MAX_ADDED_LINK_DENSITY;
    (common != top && element.tag != "body" && element.tag != "html" && grows && as_few_links).then_some(common)
}

/// Climbs to the first parent that scores higher than the container below
/// it, past parents that score a little less, but not past one under a third
/// of the start's score.
fn climb_to_better_parent(page: &Page, scores: &Scores, mut top: u32) -> u32 {
    let mut last = scores.of(top);
    let floor = last / 3.0;
    let mut parent = page.elements[top as usize].parent;
    while let Some(p) = parent {
        if page.elements[p as usize].tag == "body" {
            break;
        }
        if let Some(parent_score) = scores.by_element[p as usize] {
            if parent_score < floor {
                break;
            }
            if parent_score > last {
                top = p;
                break;
            }
            last = parent_score;
        }
        parent = page.elements[p as usize].parent;
    }
    top
}

/// The article's elements and bare text blocks: the top container and, when
/// `with_siblings`, the siblings that score close to it (or read like a
/// paragraph), and every descendant of those.
fn admit_siblings(page: &Page, features: &[Features], totals: &Totals, scores: &Scores, top: u32, with_siblings: bool) -> (Vec<bool>, Vec<bool>) {
    let n = page.elements.len();
    let chars = &totals.chars;
    let mut admitted = vec![false; n];
    admitted[top as usize] = true;
    let mut admitted_blocks = vec![false; page.blocks.len()];
    let parent = page.elements[top as usize].parent;
    if let (Some(parent), true) = (parent, with_siblings) {
        let top_score = scores.of(top);
        let threshold = MIN_SIBLING_SCORE.max(top_score * SIBLING_SHARE);
        let top_class = &page.elements[top as usize].class_id;
        for (a, element) in page.elements.iter().enumerate() {
            if element.parent != Some(parent) || a as u32 == top {
                continue;
            }
            let bonus = if !top_class.is_empty() && element.class_id == *top_class { top_score * SIBLING_SHARE } else { 0.0 };
            let sibling_score = scores.of(a as u32) + bonus;
            let paragraph_like = totals.holds_only_own_text(a) && {
                let density = totals.link_density(a);
                (chars[a] > SIBLING_LONG_CHARS && density < SIBLING_MAX_LINK_DENSITY)
                    || (chars[a] > 0 && density == 0.0 && totals.own_text_ends_sentence[a])
            };
            admitted[a] = sibling_score >= threshold || paragraph_like;
        }
        // Bare text directly inside the parent, beside the top container.
        for (i, block) in page.blocks.iter().enumerate() {
            let f = &features[i];
            if block.container == Some(parent) && !block.own_element {
                admitted_blocks[i] = f.chars > SIBLING_LONG_CHARS && f.link_density < SIBLING_MAX_LINK_DENSITY;
            }
        }
    }
    // Admission extends to every descendant of an admitted container.
    for a in 0..n {
        if !admitted[a] {
            if let Some(p) = page.elements[a].parent {
                if admitted[p as usize] && Some(p) != parent {
                    admitted[a] = true;
                }
            }
        }
    }
    (admitted, admitted_blocks)
}

/// The page's one `<main>` (or `role="main"`), when it holds text: the page's
/// own mark for its primary content. Nested marks (`<div role=main><main>`)
/// are one region, the innermost; two apart mark nothing clear.
fn main_region(page: &Page, totals: &Totals) -> Option<u32> {
    let containers = &page.elements;
    let mut region: Option<u32> = None;
    // Containers come in document order: a nested mark comes after the one around it.
    for (a, _) in containers.iter().enumerate().filter(|(_, c)| c.main) {
        let a = a as u32;
        match region {
            Some(outer) if !is_within(containers, a, outer) => return None,
            _ => region = Some(a),
        }
    }
    region.filter(|&a| totals.chars[a as usize] >= MAIN_MIN_CHARS)
}

/// Whether container `node` is `ancestor` or lies inside it.
fn is_within(containers: &[Element], mut node: u32, ancestor: u32) -> bool {
    loop {
        if node == ancestor {
            return true;
        }
        match containers[node as usize].parent {
            Some(p) => node = p,
            None => return false,
        }
    }
}

/// Whether `block` is prose: a paragraph long enough and free enough of links.
fn is_prose(block: &Block, f: &Features) -> bool {
    let paragraph = matches!(block.kind, BlockKind::Paragraph | BlockKind::Text | BlockKind::ListItem { .. } | BlockKind::Quote);
    paragraph && f.chars > SIBLING_LONG_CHARS && f.link_density < SIBLING_MAX_LINK_DENSITY
}

/// Per container: the characters of prose it holds, outside menus, comment threads and the like.
fn prose_chars(page: &Page, features: &[Features], hints: &MarkupHints) -> Vec<usize> {
    let mut prose = vec![0; page.elements.len()];
    for (block, f) in page.blocks.iter().zip(features) {
        if !is_prose(block, f) || in_chaff_region(block, hints) {
            continue;
        }
        if let Some(a) = block.container {
            prose[a as usize] += f.chars;
        }
    }
    add_up_to_parents(&mut prose, &page.elements);
    prose
}

/// Turns per-element counts of the blocks each element holds itself into
/// counts of all the blocks inside it: each element's count is added to its
/// parent's, last element first (a parent always comes before its children).
fn add_up_to_parents(counts: &mut [usize], elements: &[Element]) {
    for (a, element) in elements.iter().enumerate().rev() {
        if let Some(parent) = element.parent {
            counts[parent as usize] += counts[a];
        }
    }
}

/// Whether `block` sits in a region that never holds the article (see `Label::is_chaff_region`).
fn in_chaff_region(block: &Block, hints: &MarkupHints) -> bool {
    block.container.is_some_and(|a| hints.marks_chaff_region(a))
}

/// A forum thread repeats one post template, a page builder one text block:
/// when the best container's tag and class (its ids may differ) recur on other containers made
/// mostly of prose, the article is all of them, and their nearest common
/// ancestor holds it, unless that ancestor is mostly something else.
fn repeated_units(page: &Page, top: u32, prose: &[usize], totals: &Totals, hints: &MarkupHints) -> Option<u32> {
    let containers = &page.elements;
    let chars = &totals.chars;
    let unit = &containers[top as usize];
    // Layout classes (`row`, `col`) recur everywhere; a post or a text block holds its text itself.
    let holds_text = |a: usize| totals.surface_chars[a] as f32 >= REPEATED_MIN_PROSE_SHARE * chars[a] as f32;
    if unit.class().is_empty() || !holds_text(top as usize) {
        return None;
    }
    // Where each ancestor of the top container sits on its chain, counted from the top.
    let mut chain_position = vec![usize::MAX; containers.len()];
    let mut node = Some(top);
    let mut position = 0;
    while let Some(a) = node {
        chain_position[a as usize] = position;
        position += 1;
        node = containers[a as usize].parent;
    }
    let mut inside_unit = vec![false; containers.len()];
    let (mut highest, mut unit_chars, mut others) = (0, chars[top as usize], 0);
    for (a, container) in containers.iter().enumerate() {
        let parent_unit = container.parent.is_some_and(|p| inside_unit[p as usize]);
        // Templates repeat their classes and number their ids: the class alone says "the same unit".
        let same = container.tag == unit.tag && container.class() == unit.class();
        inside_unit[a] = parent_unit || same;
        let mostly_prose = prose[a] > 0 && prose[a] as f32 >= REPEATED_MIN_PROSE_SHARE * chars[a] as f32;
        if !same || parent_unit || a as u32 == top || !mostly_prose || !holds_text(a) || hints.marks_chaff_region(a as u32) {
            continue;
        }
        let mut node = a as u32;
        while chain_position[node as usize] == usize::MAX {
            node = containers[node as usize].parent?;
        }
        highest = highest.max(chain_position[node as usize]);
        unit_chars += chars[a];
        others += 1;
    }
    let mut ancestor = top;
    for _ in 0..highest {
        ancestor = containers[ancestor as usize].parent?;
    }
    let tag = containers[ancestor as usize].tag.as_str();
    let holds_mostly_units = unit_chars as f32 >= REPEATED_MIN_SHARE * chars[ancestor as usize] as f32;
    (others >= REPEATED_MIN_OTHERS && holds_mostly_units && !matches!(tag, "body" | "html")).then_some(ancestor)
}

/// A guide or a long page set in parts, each part a box of one template
/// (`div.usa-prose` under each heading), scores best in one part. The
/// article climbs to the highest ancestor, up to the main region and below
/// the body, that holds another box of the template, at least
/// `PARTS_MIN_PROSE_GAIN` times the prose and, in what it adds, mostly
/// prose. (`repeated_units` needs every part to be prose and to make up most
/// of the ancestor; a guide's parts hold headings and short list items too.)
fn template_parts(page: &Page, top: u32, prose: &[usize], totals: &Totals, main: Option<u32>) -> u32 {
    let containers = &page.elements;
    let unit = &containers[top as usize];
    if unit.class().is_empty() {
        return top;
    }
    // Per container: how many boxes of the template it holds (itself
    // included), summed from the last container up (a parent comes before
    // its children), so the count is one pass.
    let mut boxes: Vec<usize> = containers.iter().map(|c| usize::from(c.tag == unit.tag && c.class() == unit.class())).collect();
    for a in (0..containers.len()).rev() {
        if let Some(parent) = containers[a].parent {
            boxes[parent as usize] += boxes[a];
        }
    }
    let mut article = top;
    let mut node = unit.parent;
    while let Some(a) = node {
        let ancestor = &containers[a as usize];
        if matches!(ancestor.tag.as_str(), "body" | "html") {
            break;
        }
        let (a, best) = (a as usize, article as usize);
        let more_prose = prose[a] as f32 >= PARTS_MIN_PROSE_GAIN * prose[best] as f32;
        let added_prose = prose[a].saturating_sub(prose[best]);
        let added_chars = totals.chars[a].saturating_sub(totals.chars[best]);
        let adds_prose = added_prose as f32 >= PARTS_MIN_ADDED_PROSE_SHARE * added_chars as f32;
        if boxes[a] > 1 && more_prose && adds_prose {
            article = a as u32;
        }
        if Some(a as u32) == main {
            break;
        }
        node = ancestor.parent;
    }
    article
}

/// The text each container holds, summed over the blocks inside it.
pub(super) struct Totals {
    chars: Vec<usize>,
    link_chars: Vec<usize>,
    /// Characters and number of the blocks whose innermost container this is.
    own_chars: Vec<usize>,
    own_blocks: Vec<usize>,
    /// Whether the last block whose innermost container this is ends with a full stop:
    /// a short paragraph that readability still admits beside the article.
    own_text_ends_sentence: Vec<bool>,
    /// Characters of the blocks whose innermost container is this one or a child of it.
    surface_chars: Vec<usize>,
    page_chars: usize,
}

impl Totals {
    fn new(page: &Page, features: &[Features]) -> Totals {
        let n = page.elements.len();
        let mut totals = Totals { chars: vec![0; n], link_chars: vec![0; n], own_chars: vec![0; n], own_blocks: vec![0; n], own_text_ends_sentence: vec![false; n], surface_chars: vec![0; n], page_chars: 0 };
        for (block, f) in page.blocks.iter().zip(features) {
            totals.page_chars += f.chars;
            if let Some(a) = block.container {
                totals.own_chars[a as usize] += f.chars;
                totals.own_blocks[a as usize] += 1;
                totals.own_text_ends_sentence[a as usize] = block.text.ends_with('.');
                totals.chars[a as usize] += f.chars;
                totals.link_chars[a as usize] += block.link_chars;
            }
            for a in block.ancestors(&page.elements).take(2) {
                totals.surface_chars[a as usize] += f.chars;
            }
        }
        add_up_to_parents(&mut totals.chars, &page.elements);
        add_up_to_parents(&mut totals.link_chars, &page.elements);
        totals
    }

    fn link_density(&self, a: usize) -> f32 {
        if self.chars[a] == 0 { 0.0 } else { self.link_chars[a] as f32 / self.chars[a] as f32 }
    }

    /// Whether container `a` holds one run of text and nothing else: a paragraph, whatever its tag.
    fn holds_only_own_text(&self, a: usize) -> bool {
        self.own_blocks[a] == 1 && self.own_chars[a] == self.chars[a]
    }

    /// Whether container `a` holds most of the page's text: a page wrapper, whatever its class says.
    pub(super) fn holds_most_of_page(&self, a: usize) -> bool {
        self.chars[a] as f32 > self.page_chars as f32 * WRAPPER_SHARE
    }
}

/// Readability's starting score for a container: by tag, then by class and id.
fn initial_score(container: &Element) -> f32 {
    let by_tag = match container.tag.as_str() {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let class_id = &container.class_id;
    let mut by_class = 0.0;
    if !class_id.is_empty() {
        if NEGATIVE_CLASS.is_match(class_id) {
            by_class -= CLASS_WEIGHT;
        }
        if POSITIVE_CLASS.is_match(class_id) {
            by_class += CLASS_WEIGHT;
        }
    }
    by_tag + by_class
}

#[cfg(test)]
mod tests {
    use crate::score::test_support::*;
    use crate::html;
    use crate::model::Switches;
    use crate::score::{classify, Declared};

    #[test]
    fn html_container_wins_over_menus_and_footers() {
        let html = format!(
            "<html><head><title>Bridge vote passes - Gazette</title></head><body>\
             <nav><ul><li><a href=/>Home</a></li><li><a href=/n>News</a></li></ul></nav>\
             <div class=article><h1>Bridge vote passes</h1><p>{PARAGRAPH}</p><h2>Next steps</h2><p>{PARAGRAPH} Two.</p>\
             <figure><img src=x><figcaption>The river at dawn.</figcaption></figure></div>\
             <footer><p>© 2024 Gazette. All rights reserved.</p><p>About us and our long history of reporting on the town and its people, since 1890.</p></footer>\
             </body></html>"
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let verdicts = classify(&page, Declared { title: Some("Bridge vote passes - Gazette"), ..Declared::default() }, Switches::default()).verdicts;
        let got: Vec<_> = page.blocks.iter().zip(&verdicts).map(|(b, v)| (b.text.as_str(), v.label)).collect();
        assert_eq!(got[0], ("Home", Label::Navigation));
        assert_eq!(got[2], ("Bridge vote passes", Label::Title));
        assert_eq!(got[3].1, Label::Body);
        assert_eq!(got[4], ("Next steps", Label::Heading));
        assert_eq!(got[6], ("The river at dawn.", Label::Caption));
        assert_eq!(got[7].1, Label::Legal);
        assert!(!got[8].1.is_kept());
    }

    #[test]
    fn a_page_in_sections_is_read_whole_unless_it_declares_an_article() {
        // A hero paragraph wins the scoring; the feature lists beside it hold most of the text.
        let feature = |name: &str| format!("<li>Plan {name} in minutes, share it with your team and see every change as it happens.</li>");
        let features: String = ["Boards", "Timelines", "Reports", "Forms", "Alerts", "Exports", "Budgets", "Sprints"].iter().map(|n| feature(n)).collect();
        let html = format!("<html><body><div class=hero><p>{PARAGRAPH}</p></div><div class=features><ul>{features}</ul></div></body></html>");
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        // (With `grids/title-list` off: under a lone paragraph, it reads the
        // list as the page's content whatever the container says.)
        let mut switches = Switches::default();
        switches.switch_off("grids/title-list").unwrap();
        let label = |declared: Declared| {
            let verdicts = classify(&page, declared, switches).verdicts;
            verdicts[page.blocks.iter().position(|b| b.text.starts_with("Plan Reports")).unwrap()].label
        };
        assert_eq!(label(Declared::default()), Label::Body);
        assert!(!label(Declared { article: true, ..Declared::default() }).is_kept());
    }

    #[test]
    fn a_headline_over_a_pages_sections_widens_the_best_section_to_them() {
        // A city's grant page: the headline in a hero box, an intro that wins
        // the scoring, and the steps to apply in a section beside it.
        let paragraphs: String = (1..=5).map(|n| format!("<p>{PARAGRAPH} Part {n}.</p>")).collect();
        let step = |n: u32| format!("Step {n}: gather your deed, your last tax bill and proof of income for everyone in the home");
        let steps: String = (1..=10).map(|n| format!("<li>{}</li>", step(n))).collect();
        let html = format!(
            "<html><body><nav><a href=/>Home</a> <a href=/about>About</a></nav><main><div class=hero><h1>Home Repair Grants</h1></div>\
             <div class=layout><div class=intro>{paragraphs}</div><div class=how><h2>How to apply</h2><ul>{steps}</ul></div></div></main></body></html>"
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        assert_eq!(label_in(&page, Declared::default(), Switches::default(), &step(3)), Label::Body);
        assert!(!label_without(&page, &step(3), "container/headline-above").is_kept());
        // A near miss: over an article, the headline's box holds its byline
        // and date, not more of the story.
        assert!(!label_in(&page, Declared { article: true, ..Declared::default() }, Switches::default(), &step(3)).is_kept());
    }

    #[test]
    fn parts_of_an_article_that_differ_only_by_id_are_one_article() {
        let part = |n: u32, paragraphs: usize| {
            let body = format!("<p>{PARAGRAPH} Part {n}.</p>").repeat(paragraphs);
            format!("<div class=row><div class=col><div id=module_{n} class=rich-text><h3>Step {n}</h3>{body}</div></div></div>")
        };
        let html = format!("<html><body><div class=page>{}{}{}<div class=box><p>Call us today.</p></div></div></body></html>", part(1, 4), part(2, 2), part(3, 2));
        assert_eq!(html_label(&html, "Step 3"), Label::Heading);
        assert_eq!(html_label(&html, &format!("{PARAGRAPH} Part 3.")), Label::Body);
    }

    #[test]
    fn a_thread_marked_as_comments_with_no_article_above_is_the_page() {
        let reply = "I built one last year and the hardest part was the permit, which took the town four months to grant us, and cost more than we had planned for.";
        let posts: String = ["One.", "Two.", "Three.", "Four."].iter().map(|n| format!("<div class=comment><p>{reply} {n}</p></div>")).collect();
        let thread = format!("<html><body><div class=comments>{posts}</div></body></html>");
        assert_eq!(html_label(&thread, &format!("{reply} Two.")), Label::Body);
        // Under an article, the same thread is the article's comments.
        let story = format!("<html><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH} Two.</p><p>{PARAGRAPH} Three.</p></article>\
                             <div class=comments><div class=comment><p>{reply}</p></div><div class=comment><p>{reply} Yes.</p></div></div></body></html>");
        assert!(!html_label(&story, reply).is_kept());
    }

    #[test]
    fn a_landing_page_with_no_prose_container_keeps_its_main_region() {
        let band = |title: &str, line: &str| format!("<div class=band><div class=inner><h2>{title}</h2><div class=copy><span>{line}</span></div></div></div>");
        let html = format!(
            "<html><body><nav><a href=/>Home</a> <a href=/tv>TV</a></nav><main><div class=hero><p>Live sports and news and shows, on every screen in every room of your home.</p></div>{}{}</main>\
             <footer><p>Call us any time.</p></footer></body></html>",
            band("Streaming", "All your streaming apps together with one search across all of them"),
            band("Sports", "No one does gameday like us with every game from every league"),
        );
        assert_eq!(html_label(&html, "All your streaming apps together with one search across all of them"), Label::Body);
        assert_eq!(html_label(&html, "No one does gameday like us with every game from every league"), Label::Body);
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let mut switches = Switches::default();
        switches.switch_off("container/weak-best").unwrap();
        let verdicts = classify(&page, Declared::default(), switches).verdicts;
        let kept = page.blocks.iter().zip(&verdicts).filter(|(_, v)| v.label.is_kept()).count();
        assert!(kept < 6, "without the rule, one section is the article: {kept} blocks kept");
    }

    #[test]
    fn replies_marked_as_comments_are_content_on_a_page_that_says_it_is_a_thread() {
        let reply = "I built one last year and the hardest part was the permit, which took the town four months to grant us, and cost more than we had planned for.";
        let post = |class: &str, text: &str| format!("<tbody class={class}><tr><td class=l><div class=narrow>{text}</div></td></tr></tbody>");
        let html = format!(
            "<html><body><table>{}{}{}</table></body></html>",
            post("first", &format!("{PARAGRAPH}<br><br>{PARAGRAPH} Two.<br><br>{PARAGRAPH} Three.")),
            post("comment", reply),
            post("comment", &format!("{reply} Yes.")),
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let label = |declared: Declared| {
            let verdicts = classify(&page, declared, Switches::default()).verdicts;
            verdicts[page.blocks.iter().position(|b| b.text == reply).unwrap()].label
        };
        assert_eq!(label(Declared { thread: true, ..Declared::default() }), Label::Body);
        // A story's page says nothing of the kind: its readers' comments stay out.
        assert!(!label(Declared::default()).is_kept());
    }

    #[test]
    fn a_question_and_answer_pages_comments_are_remarks_not_replies() {
        let remark = "Have you checked the logs for errors first, before anything else?";
        let answer = |itemprop: &str, text: &str| {
            format!(
                "<div class=answer {itemprop}><div class=post-text><p>{text}</p><p>{PARAGRAPH} Again.</p></div>\
                 <div class=comments><ul><li class=comment itemprop=comment><span class=comment-copy>{remark}</span></li></ul></div></div>"
            )
        };
        let second = "Restore from the nightly copy and replay the journal, which takes an hour at most on a disk of that size, and check the result twice.";
        let page_with = |itemprop: &str| {
            format!(
                "<html><body><div class=question><p>{PARAGRAPH}</p></div><div id=answers>{}{}</div></body></html>",
                answer(itemprop, PARAGRAPH),
                answer(itemprop, second)
            )
        };
        let labels = |html: &str, switches: Switches| {
            let page = html::segment(html, &crate::Options::default()).unwrap();
            let declared = Declared { thread: true, answers: html::marks_answers(&page.elements), ..Declared::default() };
            (label_in(&page, declared, switches, remark), label_in(&page, declared, switches, second))
        };
        // Answers marked as such: a comment under one is a remark, and the next answer is content.
        let answered = page_with("itemprop=suggestedAnswer");
        assert_eq!(labels(&answered, Switches::default()), (Label::Comments, Label::Body));
        // Without the rule, a thread's comments are its replies.
        assert_eq!(labels(&answered, switches_without(&["container/answer-comments"])).0, Label::Body);
        // Near miss: no answers marked, so what is marked as comments is the thread's replies.
        assert_eq!(labels(&page_with(""), Switches::default()), (Label::Body, Label::Body));
    }

    #[test]
    fn every_post_of_a_thread_is_kept_when_they_repeat_the_first_posts_markup() {
        let post = |author: &str, text: &str| {
            format!(
                "<div class=post><div class=author><a href=/u>{author}</a><div>Member since 2019, 1,234 posts, 56 likes</div></div>\
                 <div class=when>Posted 3 March 2024, 10:42</div><div class=post-text>{text}</div>\
                 <div class=actions><a href=/r>Reply</a> <a href=/q>Quote</a> <a href=/x>Report</a> <a href=/s>Share</a></div></div>"
            )
        };
        let reply = "I built one last year and the hardest part was the permit, which took the town four months to grant us, and cost more than we had planned for.";
        let html = format!(
            "<html><body><div class=thread>{}{}{}</div><div class=row><div class=col><p><a href=/a>Other threads</a></p></div></div></body></html>",
            post("Ann", &format!("<p>{PARAGRAPH}</p>").repeat(6)),
            post("Bob", &format!("<p>{reply}</p>")),
            post("Cy", &format!("<p>{reply} Same here.</p>")),
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let verdicts = classify(&page, Declared::default(), Switches::default()).verdicts;
        let label = |text: &str| verdicts[page.blocks.iter().position(|b| b.text.starts_with(text)).unwrap()].label;
        assert_eq!(label(reply), Label::Body);
        assert_eq!(label(&format!("{reply} Same")), Label::Body);
        assert!(!label("Other threads").is_kept());
    }

    #[test]
    fn a_long_cookie_banner_does_not_draw_the_article_container() {
        let notice = "We and our partners store and read information on your device, such as cookies, unique identifiers, browsing data and settings, to measure, improve and personalise what you see, and you may object at any time.";
        let html = format!(
            "<html><body><div class=consent-bar><p>{notice}</p></div>\
             <div class=col><p>{PARAGRAPH}</p><p>It will open next year.</p></div></body></html>"
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        // A page this small scores too little for its best container to be sure of (`container/weak-best`).
        let mut switches = Switches::default();
        switches.switch_off("container/weak-best").unwrap();
        let classification = classify(&page, Declared::default(), switches);
        assert!(classification.container.as_deref().is_some_and(|c| c.starts_with("div.col")), "{:?}", classification.container);
        let index = page.blocks.iter().position(|b| b.text == PARAGRAPH).unwrap();
        assert_eq!(classification.verdicts[index].label, Label::Body);
    }

    #[test]
    fn the_article_is_inside_the_pages_main_region() {
        let product = "Soft cotton socks, knitted in one piece, cushioned under the heel and the toe, with a ribbed top that stays up all day and a blend that dries fast after a wash.";
        for (main, close) in [("<main>", "</main>"), ("<div role=main>", "</div>"), ("<div role=main><main>", "</main></div>")] {
            let html = format!(
                "<html><body>{main}<h1>Crew Socks</h1><p>{product}</p><p>Sizes S, M and L; six colours.</p>{close}\
                 <div class=about><p>{PARAGRAPH}</p><p>{PARAGRAPH} Again.</p></div></body></html>"
            );
            let page = html::segment(&html, &crate::Options::default()).unwrap();
            let verdicts = classify(&page, Declared::default(), Switches::default()).verdicts;
            let label = |text: &str| verdicts[page.blocks.iter().position(|b| b.text == text).unwrap()].label;
            assert_eq!(label(product), Label::Body, "{main}");
            assert_eq!(label(PARAGRAPH), Label::Boilerplate, "{main}");
        }
    }

    #[test]
    fn a_grid_of_cards_in_the_main_region_is_a_listing_kept_whole() {
        let cards: String = ["Trail Runner 2", "Road Racer", "Hill Climber", "City Walker", "Marathon Pro", "Track Spike"]
            .iter()
            .map(|name| format!("<article class=card><a href=/p><h3>{name} Shoe for Men</h3></a><p>$120.00</p><p>4.5 out of 5 stars</p><p>Mar 5, 2026</p></article>"))
            .collect();
        let html = format!(
            "<html><body><main><h1>Running Shoes</h1><div class=grid>{cards}</div>\
             <div class=perks><p>Members get free shipping, free returns and early access, every day.</p></div></main>\
             <footer><p>{PARAGRAPH}</p></footer></body></html>"
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let classification = classify(&page, Declared::default(), Switches::default());
        assert!(classification.container.as_deref().is_some_and(|c| c.starts_with("main (listing")), "{:?}", classification.container);
        // Its cards link to their items: a listing, not a service's feature boxes.
        assert!(classification.linked_cards);
        let label = |text: &str| classification.verdicts[page.blocks.iter().position(|b| b.text == text).unwrap()].label;
        assert_eq!(label("Road Racer Shoe for Men"), Label::Heading);
        assert_eq!(label("$120.00"), Label::Body);
        // A card's date is the card's, not the article's dateline.
        assert_eq!(label("Mar 5, 2026"), Label::Body);
        assert_eq!(label(PARAGRAPH), Label::Boilerplate);
    }

    #[test]
    fn a_main_region_whose_best_container_is_cards_keeps_their_links_and_dates() {
        let cards: String = ["Cloud Security Summit", "Data Science Meetup", "Product Design Day", "Startup Pitch Night", "AI in Healthcare", "Rust Workshop"]
            .iter()
            .map(|name| format!("<li><section class=event><a href=/e><h3>{name} 2026</h3></a><p>Tue, Mar 17, 11:00 AM</p><p>Free, hosted by the Example Tech Guild, with 260 followers</p></section></li>"))
            .collect();
        let story_links: String = (1..=4).map(|i| format!("<li><a href=/s{i}>Another story from the desk, number {i}</a></li>")).collect();
        let events = format!("<html><body><main><div class=results><p>Filters (1)</p><ul class=events>{cards}</ul></div></main></body></html>");
        let article = format!("<html><body><main><div class=story><p>{PARAGRAPH}</p><ul>{story_links}</ul><p>{PARAGRAPH} Again.</p></div></main></body></html>");
        assert_eq!(html_label(&events, "Rust Workshop 2026"), Label::Heading);
        assert_eq!(html_label(&events, "Tue, Mar 17, 11:00 AM"), Label::Body);
        // An article in the main region is mostly prose: its list of links stays out.
        assert_eq!(html_label(&article, "Another story from the desk, number 2"), Label::Navigation);
    }

    #[test]
    fn an_index_of_cards_headed_by_linked_titles_keeps_titles_and_bylines() {
        let card = |title: &str, author: &str| {
            format!("<div class=post><h2><a href=/p>{title}</a></h2><p>By {author}</p><p>{PARAGRAPH}</p></div>")
        };
        let titles = ["Streaming Prices Rise Again This Year", "What the New Sports Network Means", "Five Ways to Cut Your Internet Bill", "Why Cable Still Has Customers"];
        let index: String = titles.iter().map(|title| card(title, "Jane Roe")).collect();
        // Forum posts are headed by their authors' names, linked to profiles: not card titles.
        let thread: String = ["Jane Roe", "jroe42", "Sam", "Ann Lee"].iter().map(|name| card(name, "Member")).collect();
        let index = format!("<html><body><div class=posts>{index}</div></body></html>");
        assert_eq!(html_label(&index, "Five Ways to Cut Your Internet Bill"), Label::Heading);
        assert_eq!(html_label(&index, "By Jane Roe"), Label::Body);
        let thread = format!("<html><body><div class=posts>{thread}</div></body></html>");
        assert_eq!(html_label(&thread, "Ann Lee"), Label::Navigation);
    }

    #[test]
    fn a_guide_set_in_boxes_of_one_template_is_read_whole() {
        // Two parts, each a heading over a box of prose and a short list:
        // too few for `container/repeated-units`.
        let why = "Bridges carry the town's trade, and a closed one sends every lorry the long way round, past the school.";
        let guide = |other_box: &str| {
            let part = |class: &str, heading: &str, paragraphs: &[String]| {
                let text = paragraphs.join("</p><p>");
                format!("<div class=part><h2>{heading}</h2><div class={class}><p>{text}</p><ul><li>Check the rules</li><li>Ask the office</li></ul></div></div>")
            };
            let steps: Vec<String> = (1..=5).map(|step| format!("{PARAGRAPH} Step {step}.")).collect();
            format!(
                "<html><body><main><article class=guide><h1>Build a bridge</h1>{}{}</article></main></body></html>",
                part(other_box, "Why it matters", &[why.to_string(), PARAGRAPH.to_string(), format!("{PARAGRAPH} Twice.")]),
                part("prose", "Plan the work", &steps),
            )
        };
        let html = guide("prose");
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        assert_eq!(html_label(&html, why), Label::Body);
        assert_eq!(html_label(&html, "Why it matters"), Label::Heading);
        // (The guide's headline over its parts widens the box to them too.)
        let without_both = switches_without(&["container/template-parts", "container/headline-above"]);
        assert!(!label_in(&page, Declared::default(), without_both, why).is_kept());
        // A box of another template is not a part of the article (for this rule).
        let note = html::segment(&guide("note"), &crate::Options::default()).unwrap();
        assert!(!label_without(&note, why, "container/headline-above").is_kept());
    }

    #[test]
    fn a_declared_thread_is_not_a_listing() {
        // Each post headed by a linked title, like an index's cards.
        let posts: String = ["Jane Roe", "Sam Lee", "Ann Park", "Bo Chan"]
            .iter()
            .map(|name| format!("<div class=post><h3><a href=/p>Re: The best first telescope</a></h3><p><a href=/u>{name}</a></p><p>Mar 5, 2026</p><p>{PARAGRAPH}</p></div>"))
            .collect();
        let html = format!("<html><body><main><div class=posts>{posts}</div></main></body></html>");
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let thread = Declared { thread: true, ..Declared::default() };
        assert_eq!(label_in(&page, thread, switches_without(&["container/thread-not-listing"]), "Sam Lee"), Label::Body);
        assert!(!label_in(&page, thread, Switches::default(), "Sam Lee").is_kept());
        assert_eq!(label_in(&page, thread, Switches::default(), PARAGRAPH), Label::Body);
    }

    /// A grid of six other products, each card a linked name and a linked price.
    fn linked_product_cards() -> String {
        ["Trail Runner 2", "Road Racer", "Hill Climber", "City Walker", "Marathon Pro", "Track Spike"]
            .iter()
            .map(|name| format!("<div class=card><a href=/p><h3>{name} Shoe for Men</h3></a><p><a href=/p>$120.00</a></p></div>"))
            .collect()
    }

    #[test]
    fn a_declared_product_is_not_a_listing() {
        // One product's description beside a grid of other products, linked.
        let cards = linked_product_cards();
        let description = "Soft cotton socks, knitted in one piece, cushioned under the heel and the toe, with a ribbed top that stays up all day.";
        let html = format!(
            "<html><body><main><h1>Crew Socks</h1><div class=description><p>{description}</p></div>\
             <h2>You may also like</h2><div class=grid>{cards}</div></main></body></html>"
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let product = Declared { product: true, ..Declared::default() };
        // (`grids/title-list` off: under a lone paragraph it reads any list of titles as the content.)
        let with = switches_without(&["grids/title-list"]);
        let without = switches_without(&["grids/title-list", "container/product-not-listing"]);
        assert!(label_in(&page, product, without, "Road Racer Shoe for Men").is_kept());
        assert!(!label_in(&page, product, with, "Road Racer Shoe for Men").is_kept());
        assert_eq!(label_in(&page, product, with, description), Label::Body);
    }

    #[test]
    fn a_page_at_a_products_url_is_not_a_listing_unless_it_declares_an_article() {
        // A shop's page with no JSON-LD: a short description over a grid of other products.
        let cards = linked_product_cards();
        let html = format!(
            "<html><body><main><h1>Crew Socks</h1><p>Soft cotton socks, cushioned under the heel.</p>\
             <h2>You may also like</h2><div class=grid>{cards}</div></main></body></html>"
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let card = "Road Racer Shoe for Men";
        let at_product_url = Declared { product_url: true, ..Declared::default() };
        let with = switches_without(&["grids/title-list"]);
        assert!(!label_in(&page, at_product_url, with, card).is_kept());
        assert!(label_in(&page, at_product_url, switches_without(&["grids/title-list", "container/product-url"]), card).is_kept());
        // Near misses: a post at /p/slug that declares itself an article, and a page at no product's URL.
        assert!(label_in(&page, Declared { article: true, ..at_product_url }, with, card).is_kept());
        assert!(label_in(&page, Declared::default(), with, card).is_kept());
    }

    #[test]
    fn a_form_in_the_article_is_not_content_but_a_threads_form_of_posts_is() {
        let options = "Choose a size and a colour before you add the socks to your cart, then pick a delivery day.";
        let html = format!(
            "<html><body><div class=story><p>{PARAGRAPH}</p><p>{PARAGRAPH} Again.</p>\
             <form action=/cart><p>{options}</p><button>Add to cart</button></form><p>{PARAGRAPH} Twice.</p></div></body></html>"
        );
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        assert_eq!(label_in(&page, Declared::default(), Switches::default(), options), Label::Boilerplate);
        assert_eq!(label_without(&page, options, "hints/form"), Label::Body);
        // Forum software puts a thread's posts in a form to quote or moderate them.
        let thread = Declared { thread: true, ..Declared::default() };
        assert_eq!(label_in(&page, thread, Switches::default(), options), Label::Body);
    }
}
