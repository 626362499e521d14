//! Stage 4: a [`Page`] in; a label and a reason for every block out.
//!
//! The passes, in the order they act:
//! 1. **features**: length, words, link density, stopword density, sentence punctuation.
//! 2. **container** (HTML): readability's idea. Each paragraph scores
//!    `1 + commas + length/100`; the score flows to its ancestors (halving,
//!    then thirding with distance); class names and tags weigh containers up
//!    or down; link-heavy containers are scaled down. A page that marks its
//!    primary content with one `<main>` (or `role="main"`) scores only inside
//!    it. The best container and the siblings that score close to it are the
//!    article; if it holds under a fifth of the main region's text, the page
//!    is a listing (a product grid) and the whole main region is the article,
//!    links and all; if it is itself mostly not prose (a grid of event cards),
//!    it is a listing too, as is an article headed four times or more by
//!    titles that link elsewhere (an index of cards). Plain text has no
//!    containers, so all of it is a candidate.
//! 3. **evidence**: the text rules of `patterns` (captions, related markers,
//!    prices, share bars...) and, for HTML, markup hints (`<nav>`, `<figcaption>`,
//!    `class="share"`). A hint on a container that encloses the article is ignored.
//! 4. **quality** (jusText's classes): good, near-good, short or bad prose,
//!    from length and stopword density.
//! 5. **context**: short and near-good text blocks take their neighbours'
//!    side; crossheads between body paragraphs are kept; a name beside a date
//!    is a byline; a short line in a caption's group is a caption; the first
//!    line of a text page is its title.
//! 6. **main run** (text): the maximum-sum run of blocks, body weighing its
//!    length and dropped blocks a penalty, is the article; the rest goes.
//! 7. **tail**: the article ends at a comments or related-stories header, or
//!    at the site's copyright notice, that follows the body; what follows the
//!    last body block takes the label of the section it is in (a plan table
//!    after "Subscribe").
//! 8. **gaps and grids** (text): what only the prose rules dropped between
//!    body blocks is body; a grid of cards, or an index of teasers each closed
//!    by the same "Read more", is the page's content.
//! 9. **no article**: when the best container's class says chaff, or what is
//!    kept is under 200 characters with no block long enough to be a
//!    sentence, the page has no article and nothing is kept.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::blocks::{Block, BlockKind, Label, Page};
use crate::patterns::{
    ClassRule, AUTHOR_BOX, CLASS_CONTENT, COPYRIGHT_NOTICE, CLASS_RULES, DATE, DATE_STAMP, DATE_WORDS, NEGATIVE_CLASS, POSITIVE_CLASS, RELATED_SECTION, REPLY_BUTTON, STOPWORDS,
    TEXT_RULES,
};

// Container scoring (readability).
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
/// The article grows to a parent when at least this share of what the parent adds is prose.
const EXPAND_MIN_PROSE_SHARE: f32 = 0.6;
/// ...and that prose is at least this share of the article's own: more sections, not a caption or an author's bio.
const EXPAND_MIN_GROWTH: f32 = 0.3;

/// A `<main>` holding fewer characters than this is not where the article is.
const MAIN_MIN_CHARS: usize = 200;
/// A best container holding less than this share of the main region's text is
/// a box beside a listing (a product grid, a recipe index): the main region is the article.
const LISTING_MAX_CONTAINER_SHARE: f32 = 0.2;
/// On a page with a main region, a best container with less than this share
/// of prose (paragraphs of `SIBLING_LONG_CHARS` or more, few links) is a grid
/// of cards, not an article: the same bar as "mostly prose" above.
const LISTING_MIN_PROSE_SHARE: f32 = EXPAND_MIN_PROSE_SHARE;
/// An article with this many headings that are links to other pages is an
/// index of cards (a blog's archive, search results, a listicle of products).
const LISTING_MIN_LINKED_TITLES: usize = 4;
/// A card's title has this many words or more: a headline or a product's
/// name, not a forum member's name heading a post.
const CARD_TITLE_MIN_WORDS: usize = 3;

// Block quality (jusText's classes).
/// Below this many characters a block is short: its neighbours decide it.
const SHORT_CHARS: usize = 70;
/// From this many characters, prose with enough stopwords is good on its own.
const LONG_CHARS: usize = 200;
/// Stopword share of running prose; near-good from `STOPWORDS_LOW`, good from `STOPWORDS_HIGH`.
const STOPWORDS_LOW: f32 = 0.30;
const STOPWORDS_HIGH: f32 = 0.32;
/// A long block of sentences is near-good down to this stopword share.
const STOPWORDS_SPARSE: f32 = 0.15;
/// Scripts with no spaces between words count characters; this many make a long block.
const CJK_LONG_CHARS: usize = 40;
/// Near-good blocks ending a sentence, this many in a row, are good.
const PROSE_RUN_BLOCKS: usize = 3;
/// A block of at least this many characters with this share of brackets, operators
/// and underscores is code.
const CODE_MIN_CHARS: usize = 20;
const CODE_MIN_SYMBOL_SHARE: f32 = 0.04;
/// Blocks with more of their text in links than this are link lists.
const MAX_LINK_DENSITY: f32 = 0.5;

// Context.
/// A crosshead between body paragraphs has at most this many words.
const HEADING_MAX_WORDS: usize = 14;
/// A byline beside a date line has at most this many words.
const BYLINE_MAX_WORDS: usize = 5;
/// A line in a caption's group with at most this many words is part of the caption.
const CAPTION_GROUP_MAX_WORDS: usize = 25;
/// A date line carries at most this many words besides the date itself.
const DATE_LINE_MAX_OTHER_WORDS: usize = 3;
/// A line standing alone right after the title, with at least this many words, is its standfirst.
const STANDFIRST_MIN_WORDS: usize = 6;
/// In the main run, the page's title line, a byline, date or caption costs this many
/// characters of body (little: they head an article, but a list of teasers repeats them)...
const RUN_PENALTY_HEAD: f32 = 5.0;
/// ...an unlabelled dropped block this many characters of body...
const RUN_PENALTY_UNLABELLED: f32 = 10.0;
/// ...and a block labelled chaff (related, share, subscription...) this many.
const RUN_PENALTY_LABELLED: f32 = 40.0;
/// The article starts under its headline: on a text page the headline
/// weighs as much as a long paragraph in the run, so a short story under it
/// outweighs a longer blurb in the footer.
const RUN_HEADLINE_WEIGHT: f32 = LONG_CHARS as f32;
/// A container repeating the article container's tag and class is another part of it
/// when it holds its text itself (not in nested layout) and at least this share of it is prose...
const REPEATED_MIN_PROSE_SHARE: f32 = 0.5;
/// ...and the parts' common ancestor is the article when there are this many besides
/// the article container...
const REPEATED_MIN_OTHERS: usize = 2;
/// ...and they hold at least this share of its text.
const REPEATED_MIN_SHARE: f32 = 0.5;
/// In a numbered list, the next number is looked for this many lines ahead.
const LIST_NUMBER_LOOKAHEAD: usize = 3;
/// A listing's grid on a text page: a detail line (price, rating, count) has at most
/// this many words, its shape recurs at least `CARD_MIN_DETAILS` times, and a card
/// spans at most `CARD_MAX_LINES` lines from one detail to the next.
const CARD_DETAIL_MAX_WORDS: usize = 8;
const CARD_MIN_DETAILS: usize = 4;
const CARD_MAX_LINES: usize = 6;
/// An index of teasers on a text page: the link closing each teaser has at most
/// this many words, and recurs inside the body at least `TEASER_MIN_CLOSERS` times.
const TEASER_CLOSER_MAX_WORDS: usize = 3;
const TEASER_MIN_CLOSERS: usize = 3;
/// A related-stories box inside an article holds at most this many blocks.
const RELATED_BOX_MAX_BLOCKS: usize = 8;
/// Kept text shorter than this, with no block long enough to be a sentence, is not an article.
const MIN_ARTICLE_CHARS: usize = 200;
const SENTENCE_MIN_WORDS: usize = 8;
/// A comments header ends the article after this many characters of body.
const MIN_BODY_BEFORE_COMMENTS: usize = 250;
/// A copyright notice that ends the article is a line of at most this many
/// words, not a sentence of the body that mentions rights.
const COPYRIGHT_MAX_WORDS: usize = 20;
/// Bytes of markup-free slack allowed between a block and the title it repeats.
const TITLE_SLACK_BYTES: usize = 16;
/// A text page's first line is its title if it has at most this many words.
const TITLE_MAX_WORDS: usize = 30;
/// A container holding more than this share of the page's text is a wrapper, and its class hints are ignored.
const WRAPPER_SHARE: f32 = 0.5;
/// A class or id token of this many hyphenated words, with a short function word inside, is a heading's slug.
const SLUG_MIN_PARTS: usize = 4;
/// Byline, date and caption hints from markup are trusted on blocks up to this many words.
const SHORT_HINT_MAX_WORDS: usize = 30;

/// The classifier's decision on one block.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub label: Label,
    /// Most reasons are fixed phrases; only those with figures in them are built.
    pub reason: Cow<'static, str>,
}

/// What ends a sentence: Latin and CJK stops, and those of Devanagari,
/// Arabic and Urdu, Armenian, Ethiopic and Burmese.
const FULL_STOPS: [char; 16] = ['.', '!', '?', '…', '。', '！', '？', ':', ';', '।', '॥', '؟', '۔', '։', '።', '။'];

/// What a block looks like, before anything about its neighbours is known.
#[derive(Clone, Copy, Debug, Default)]
struct Features {
    chars: usize,
    words: usize,
    link_density: f32,
    stopword_density: f32,
    commas: usize,
    /// Ends with one of `FULL_STOPS`, a closing quote after one, or a credit in brackets after one.
    sentence_end: bool,
    /// Written in a script without spaces between words.
    cjk: bool,
    has_alphanumeric: bool,
    /// Reads like source code: brackets, operators and underscores well above prose's share.
    code: bool,
}

/// jusText's classes of prose quality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Quality {
    Good,
    NearGood,
    Short,
    Bad,
}

/// The classifier's decisions on a page.
#[derive(Clone, Debug)]
pub struct Classification {
    /// One verdict per block, in order.
    pub verdicts: Vec<Verdict>,
    /// The container chosen as the article, described as `div.entry (score 42.0)`; `None` for text.
    pub container: Option<String>,
}

/// Classifies every block of `page`. `title` is the page's own title, if its markup gives one.
pub fn classify(page: &Page, title: Option<&str>) -> Classification {
    // Prose quality (stopwords) decides only text pages; HTML pages have their container.
    let text_page = page.containers.is_empty();
    let features: Vec<Features> = page.blocks.iter().map(|block| features(block, text_page)).collect();
    let totals = Totals::new(page, &features);
    let mut hints = MarkupHints::new(page, &totals);
    let container = Container::find(page, &features, &totals, &hints);
    hints.set_article(page, container.top);
    let mut verdicts: Vec<Option<Verdict>> = Vec::with_capacity(page.blocks.len());
    let mut quality: Vec<Quality> = features.iter().map(quality_of).collect();
    // A short article may have no paragraph long enough to be good on its
    // own; then its best prose, the near-good blocks, stands in (as in jusText).
    if !quality.contains(&Quality::Good) {
        for q in quality.iter_mut().filter(|q| **q == Quality::NearGood) {
            *q = Quality::Good;
        }
    }
    promote_prose_runs(&features, &mut quality);
    // Menus and footers repeat their lines: each distinct text meets the rules once.
    let mut rule_memo: HashMap<&str, Option<(Label, &'static str)>> = HashMap::new();
    for (index, block) in page.blocks.iter().enumerate() {
        let in_article = container.contains(index, block);
        let in_listing = in_article && container.listing;
        verdicts.push(first_verdict(block, &features[index], quality[index], in_article, in_listing, &hints, &mut rule_memo));
    }
    mark_title(page, &features, title, &mut verdicts);
    if page.containers.is_empty() {
        mark_bylines_beside_dates(page, &features, &mut verdicts);
        mark_caption_groups(page, &features, &mut verdicts);
    }
    if page.containers.is_empty() {
        keep_introduced_lists(page, &mut verdicts);
        keep_broken_lines(page, &mut verdicts);
    }
    resolve_by_neighbours(page, &features, &quality, &mut verdicts);
    if page.containers.is_empty() {
        mark_headline_lists(page, &features, &mut verdicts);
        keep_main_run(&features, &mut verdicts);
    }
    // On a text page, what only the prose rules dropped: taken before the
    // tail's sections relabel it, so that a grid of cards may go on past a
    // newsletter box inside it.
    let dropped_by_prose_rules = |i: usize| {
        let block = &page.blocks[i];
        let by_rule = rule_memo.get(block.text.as_str()).is_some_and(Option::is_some);
        matches!(&verdicts[i], Some(v) if v.label == Label::Boilerplate) && !by_rule && features[i].has_alphanumeric
    };
    let fillable: Vec<bool> = if text_page { (0..verdicts.len()).map(dropped_by_prose_rules).collect() } else { Vec::new() };
    cut_tail(page, &features, &mut verdicts);
    if page.containers.is_empty() {
        fill_body_gaps(&features, &fillable, &mut verdicts);
        keep_card_grid(page, &features, &fillable, &mut verdicts);
        keep_teaser_index(page, &features, &fillable, &mut verdicts);
        mark_sign_off(page, &features, &mut verdicts);
    }
    drop_when_no_article(&features, text_page, container.top_score, &mut verdicts);
    let verdicts = verdicts
        .into_iter()
        .map(|v| v.unwrap_or_else(|| verdict(Label::Boilerplate, "short text away from the body")))
        .collect();
    let container = container
        .top
        .map(|top| {
            let listing = if container.listing { "listing, " } else { "" };
            format!("{} ({listing}score {:.1})", page.containers[top as usize].describe(), container.top_score)
        });
    Classification { verdicts, container }
}

/// Whether a block's verdict, if it has one yet, keeps it.
fn is_kept(verdict: &Option<Verdict>) -> bool {
    verdict.as_ref().is_some_and(|v| v.label.is_kept())
}

fn verdict(label: Label, reason: impl Into<Cow<'static, str>>) -> Verdict {
    Verdict { label, reason: reason.into() }
}

/// What `block` looks like; its stopword share only when `with_stopwords`.
fn features(block: &Block, with_stopwords: bool) -> Features {
    let text = &block.text;
    let chars = text.chars().count();
    let mut words = 0;
    let mut stopwords = 0;
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()) {
        words += 1;
        if !with_stopwords {
            continue;
        }
        let is_stopword = if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            STOPWORDS.contains(lower.as_str())
        } else {
            STOPWORDS.contains(word)
        };
        stopwords += usize::from(is_stopword);
    }
    let cjk_chars = text.chars().filter(|&c| is_cjk(c)).count();
    let trimmed = text.trim_end_matches(|c: char| matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*'));
    let ends_sentence = |t: &str| t.ends_with(FULL_STOPS);
    // "... by the end of the year. (Reuters)": a credit in brackets after the last full stop.
    let credit_after_stop = text.ends_with(')') && trimmed.rfind('(').is_some_and(|open| ends_sentence(trimmed[..open].trim_end()));
    Features {
        chars,
        words,
        link_density: if chars == 0 { 0.0 } else { block.link_chars as f32 / chars as f32 },
        stopword_density: if words == 0 { 0.0 } else { stopwords as f32 / words as f32 },
        commas: text.chars().filter(|&c| matches!(c, ',' | '，' | '、')).count(),
        sentence_end: ends_sentence(trimmed) || credit_after_stop,
        cjk: cjk_chars * 3 > chars,
        has_alphanumeric: text.chars().any(char::is_alphanumeric),
        code: looks_like_code(text, chars),
    }
}

/// Whether `text` reads like source code: prose uses brackets sparingly and
/// `=`, `;`, `{}` and underscores hardly ever; code uses them on every line.
/// (Brackets alone are a table of figures, angle brackets Korean title quotes.)
fn looks_like_code(text: &str, chars: usize) -> bool {
    let is_operator = |c: char| matches!(c, '{' | '}' | '=' | ';' | '_');
    let symbols = text.chars().filter(|&c| is_operator(c) || matches!(c, '(' | ')' | '[' | ']')).count();
    chars >= CODE_MIN_CHARS && symbols as f32 >= CODE_MIN_SYMBOL_SHARE * chars as f32 && text.contains(is_operator)
}

/// Han, kana, hangul and Thai: scripts that do not separate words with spaces.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

fn quality_of(f: &Features) -> Quality {
    if f.link_density > MAX_LINK_DENSITY {
        return Quality::Bad;
    }
    if f.code {
        // A code sample: not prose, but its neighbours say whether it is the article's.
        return Quality::Short;
    }
    if f.cjk {
        return match (f.chars >= CJK_LONG_CHARS, f.sentence_end) {
            (true, true) => Quality::Good,
            (true, false) => Quality::NearGood,
            _ => Quality::Short,
        };
    }
    if f.chars < SHORT_CHARS {
        Quality::Short
    } else if f.chars >= LONG_CHARS && f.stopword_density >= STOPWORDS_HIGH {
        Quality::Good
    } else if f.stopword_density >= STOPWORDS_LOW {
        Quality::NearGood
    } else if f.chars >= LONG_CHARS && f.sentence_end && f.stopword_density >= STOPWORDS_SPARSE {
        // Long sentences in a language whose stoplist catches fewer words (Russian, Finnish):
        // not prose on their own, but their neighbours may vouch for them.
        Quality::NearGood
    } else {
        Quality::Bad
    }
}

/// News sites write in short paragraphs: no single one is long enough to be
/// good, but several sentences in a row are. Near-good blocks that end a
/// sentence, in a run of at least `PROSE_RUN_BLOCKS`, are good.
fn promote_prose_runs(features: &[Features], quality: &mut [Quality]) {
    let prose: Vec<bool> =
        quality.iter().zip(features).map(|(q, f)| matches!(q, Quality::NearGood | Quality::Good) && f.sentence_end).collect();
    let mut start = 0;
    for end in 0..=prose.len() {
        if end < prose.len() && prose[end] {
            continue;
        }
        if end - start >= PROSE_RUN_BLOCKS {
            for q in &mut quality[start..end] {
                *q = Quality::Good;
            }
        }
        start = end + 1;
    }
}

/// The article's container, as readability finds it.
struct Container {
    /// The best-scoring container; `None` for text pages or pages with no scorable text.
    top: Option<u32>,
    top_score: f32,
    /// Whether the article is a listing, its links and dates kept: the main
    /// region taken whole, a best container that is a grid of cards, or an
    /// index headed by linked titles.
    listing: bool,
    /// Per container: whether it is the top container or a sibling admitted beside it.
    admitted: Vec<bool>,
    /// Per block: bare text beside the top container, admitted as a paragraph sibling.
    admitted_blocks: Vec<bool>,
}

impl Container {
    fn find(page: &Page, features: &[Features], totals: &Totals, hints: &MarkupHints) -> Container {
        let none = Container { top: None, top_score: 0.0, listing: false, admitted: Vec::new(), admitted_blocks: Vec::new() };
        let n = page.containers.len();
        if n == 0 {
            return none;
        }
        let chars = &totals.chars;
        let link_density = |a: usize| totals.link_density(a);

        let main = main_region(page, totals);
        // The characters of the main region (or the page) outside menus, comment threads and the like.
        let mut main_chars = 0;
        let mut score: Vec<Option<f32>> = vec![None; n];
        for (block, f) in page.blocks.iter().zip(features) {
            if main.is_some_and(|m| !block.ancestors.contains(&m)) {
                continue;
            }
            // Text in a menu, comment thread or cookie banner says nothing about where the article is.
            if in_chaff_region(block, hints) {
                continue;
            }
            main_chars += f.chars;
            let scorable = matches!(block.kind, BlockKind::Paragraph | BlockKind::Text | BlockKind::Cell { .. } | BlockKind::Preformatted | BlockKind::Quote);
            if !scorable || f.chars < MIN_SCORED_CHARS {
                continue;
            }
            let points = 1.0 + f.commas as f32 + ((f.chars / CHARS_PER_LENGTH_POINT) as f32).min(MAX_LENGTH_POINTS);
            // A `<div>` holding nothing but this text is a paragraph in all but name (as readability treats it).
            let sole_text = block.ancestors.last().is_some_and(|&a| totals.holds_only_own_text(a as usize));
            let skip = usize::from(block.own_element || sole_text);
            for (level, &a) in block.ancestors.iter().rev().skip(skip).take(SCORED_ANCESTOR_LEVELS).enumerate() {
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f32 * 3.0,
                };
                let entry = score[a as usize].get_or_insert_with(|| initial_score(&page.containers[a as usize]));
                *entry += points / divider;
            }
        }
        let final_score: Vec<Option<f32>> =
            score.iter().enumerate().map(|(a, s)| s.map(|s| s * (1.0 - link_density(a)))).collect();

        let mut ranked: Vec<(u32, f32)> =
            final_score.iter().enumerate().filter_map(|(a, s)| s.map(|s| (a as u32, s))).collect();
        // Highest score first; ties go to the earlier container, so the choice is deterministic.
        ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        let Some(&(mut top, top_score)) = ranked.first() else { return none };

        let parent_of = |a: u32| page.containers[a as usize].parent;
        let is_ancestor = |ancestor: u32, node: u32| is_within(&page.containers, node, ancestor);

        // The article may be split across several near-best containers: take
        // the nearest ancestor holding enough of them.
        let alternatives: Vec<u32> = ranked[1..]
            .iter()
            .take(TOP_CANDIDATES - 1)
            .filter(|&&(_, s)| s >= top_score * ALTERNATIVE_SHARE)
            .map(|&(a, _)| a)
            .collect();
        // The top container's own ancestors score high only because its score
        // flows through them: the article is split only if some near-best
        // container lies in another branch.
        let split = alternatives.iter().any(|&a| !is_ancestor(a, top) && !is_ancestor(top, a));
        if split && alternatives.len() >= MIN_ALTERNATIVES {
            let mut ancestor = parent_of(top);
            while let Some(a) = ancestor {
                if page.containers[a as usize].tag == "body" {
                    break;
                }
                if alternatives.iter().filter(|&&alt| is_ancestor(a, alt)).count() >= MIN_ALTERNATIVES {
                    top = a;
                    break;
                }
                ancestor = parent_of(a);
            }
        }

        // Climb while a parent scores higher than the container below it.
        let mut last = final_score[top as usize].unwrap_or(0.0);
        let floor = last / 3.0;
        let mut parent = parent_of(top);
        while let Some(p) = parent {
            if page.containers[p as usize].tag == "body" {
                break;
            }
            if let Some(parent_score) = final_score[p as usize] {
                if parent_score < floor {
                    break;
                }
                if parent_score > last {
                    top = p;
                    break;
                }
                last = parent_score;
            }
            parent = parent_of(p);
        }

        // Page builders put each section of an article (a heading, two
        // paragraphs) in a layout block of its own, so the best container holds
        // one section. Climb while what a parent adds is mostly prose.
        let prose = prose_chars(page, features, hints);
        if let Some(units) = repeated_units(page, top, &prose, totals, hints) {
            top = units;
        }
        // A product grid or a recipe index has no prose container: the best one
        // is a promotion box beside the grid. When it holds a small share of
        // the main region's text (menus and comment threads left out), the
        // main region is the article, cards and all. And when the best
        // container is the grid itself (event cards, offers, a docs index),
        // it is mostly not prose: its links and dates are the cards' too.
        let beside_grid = main.is_some() && (chars[top as usize] as f32) < LISTING_MAX_CONTAINER_SHARE * main_chars as f32;
        if let (true, Some(m)) = (beside_grid, main) {
            top = m;
        }
        let is_grid = main.is_some() && (prose[top as usize] as f32) < LISTING_MIN_PROSE_SHARE * chars[top as usize] as f32;
        let listing = beside_grid || is_grid;
        let mut candidate = top;
        while let Some(p) = parent_of(candidate) {
            if matches!(page.containers[p as usize].tag.as_str(), "body" | "html") {
                break;
            }
            let added_chars = chars[p as usize] - chars[top as usize];
            let added_prose = prose[p as usize] - prose[top as usize];
            let mostly_prose = added_prose as f32 >= EXPAND_MIN_PROSE_SHARE * added_chars as f32;
            if mostly_prose && added_prose as f32 >= EXPAND_MIN_GROWTH * prose[top as usize] as f32 && added_prose > 0 {
                top = p;
            } else if added_chars > 0 {
                break;
            }
            candidate = p;
        }

        // Siblings of the top container that score close to it join the article.
        let mut admitted = vec![false; n];
        admitted[top as usize] = true;
        let mut admitted_blocks = vec![false; page.blocks.len()];
        let parent = parent_of(top);
        if let Some(parent) = parent {
            let top_score = final_score[top as usize].unwrap_or(0.0);
            let threshold = MIN_SIBLING_SCORE.max(top_score * SIBLING_SHARE);
            let top_class = &page.containers[top as usize].class_id;
            for (a, container) in page.containers.iter().enumerate() {
                if container.parent != Some(parent) || a as u32 == top {
                    continue;
                }
                let bonus = if !top_class.is_empty() && container.class_id == *top_class { top_score * SIBLING_SHARE } else { 0.0 };
                let sibling_score = final_score[a].unwrap_or(0.0) + bonus;
                let paragraph_like = totals.holds_only_own_text(a) && {
                    let density = link_density(a);
                    (chars[a] > SIBLING_LONG_CHARS && density < SIBLING_MAX_LINK_DENSITY)
                        || (chars[a] > 0 && density == 0.0 && totals.own_text_ends_sentence[a])
                };
                admitted[a] = sibling_score >= threshold || paragraph_like;
            }
            // Bare text directly inside the parent, beside the top container.
            for (i, block) in page.blocks.iter().enumerate() {
                let f = &features[i];
                if block.ancestors.last() == Some(&parent) && !block.own_element {
                    admitted_blocks[i] = f.chars > SIBLING_LONG_CHARS && f.link_density < SIBLING_MAX_LINK_DENSITY;
                }
            }
        }
        // Admission extends to every descendant of an admitted container.
        for a in 0..n {
            if !admitted[a] {
                if let Some(p) = page.containers[a].parent {
                    if admitted[p as usize] && Some(p) != parent {
                        admitted[a] = true;
                    }
                }
            }
        }
        let mut container = Container { top: Some(top), top_score: final_score[top as usize].unwrap_or(0.0), listing, admitted, admitted_blocks };
        // A blog index or a search page is a list of cards, each headed by a
        // link to its item: such headings are the listing's, not a menu.
        container.listing |= container.linked_titles(page, features, hints) >= LISTING_MIN_LINKED_TITLES;
        container
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
    fn contains(&self, index: usize, block: &Block) -> bool {
        if self.top.is_none() {
            return true;
        }
        block.ancestors.last().is_some_and(|&last| self.admitted[last as usize]) || self.admitted_blocks[index]
    }
}

/// The page's one `<main>` (or `role="main"`), when it holds text: the page's
/// own mark for its primary content. Nested marks (`<div role=main><main>`)
/// are one region, the innermost; two apart mark nothing clear.
fn main_region(page: &Page, totals: &Totals) -> Option<u32> {
    let containers = &page.containers;
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
fn is_within(containers: &[crate::blocks::Container], mut node: u32, ancestor: u32) -> bool {
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

/// Per container: the characters of prose it holds, in blocks long enough
/// and free enough of links to be paragraphs, outside menus, comment threads and the like.
fn prose_chars(page: &Page, features: &[Features], hints: &MarkupHints) -> Vec<usize> {
    let mut prose = vec![0; page.containers.len()];
    for (block, f) in page.blocks.iter().zip(features) {
        let paragraph = matches!(block.kind, BlockKind::Paragraph | BlockKind::Text | BlockKind::ListItem { .. } | BlockKind::Quote);
        if !paragraph || f.chars <= SIBLING_LONG_CHARS || f.link_density >= SIBLING_MAX_LINK_DENSITY || in_chaff_region(block, hints) {
            continue;
        }
        for &a in &block.ancestors {
            prose[a as usize] += f.chars;
        }
    }
    prose
}

/// Whether `block` sits in a region that never holds the article (see `Label::is_chaff_region`).
fn in_chaff_region(block: &Block, hints: &MarkupHints) -> bool {
    block.ancestors.last().is_some_and(|&a| hints.marks_chaff_region(a))
}

/// A forum thread repeats one post template, a page builder one text block:
/// when the best container's tag and class recur on other containers made
/// mostly of prose, the article is all of them, and their nearest common
/// ancestor holds it, unless that ancestor is mostly something else.
fn repeated_units(page: &Page, top: u32, prose: &[usize], totals: &Totals, hints: &MarkupHints) -> Option<u32> {
    let containers = &page.containers;
    let chars = &totals.chars;
    let unit = &containers[top as usize];
    // Layout classes (`row`, `col`) recur everywhere; a post or a text block holds its text itself.
    let holds_text = |a: usize| totals.surface_chars[a] as f32 >= REPEATED_MIN_PROSE_SHARE * chars[a] as f32;
    if unit.class_id.is_empty() || !holds_text(top as usize) {
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
        let same = container.tag == unit.tag && container.class_id == unit.class_id;
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

/// The text each container holds, summed over the blocks inside it.
struct Totals {
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
        let n = page.containers.len();
        let mut totals = Totals { chars: vec![0; n], link_chars: vec![0; n], own_chars: vec![0; n], own_blocks: vec![0; n], own_text_ends_sentence: vec![false; n], surface_chars: vec![0; n], page_chars: 0 };
        for (block, f) in page.blocks.iter().zip(features) {
            totals.page_chars += f.chars;
            if let Some(&a) = block.ancestors.last() {
                totals.own_chars[a as usize] += f.chars;
                totals.own_blocks[a as usize] += 1;
                totals.own_text_ends_sentence[a as usize] = block.text.ends_with('.');
            }
            for &a in block.ancestors.iter().rev().take(2) {
                totals.surface_chars[a as usize] += f.chars;
            }
            for &a in &block.ancestors {
                totals.chars[a as usize] += f.chars;
                totals.link_chars[a as usize] += block.link_chars;
            }
        }
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
    fn holds_most_of_page(&self, a: usize) -> bool {
        self.chars[a] as f32 > self.page_chars as f32 * WRAPPER_SHARE
    }
}

/// Readability's starting score for a container: by tag, then by class and id.
fn initial_score(container: &crate::blocks::Container) -> f32 {
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

/// Labels that markup gives containers, inherited by what they hold.
struct MarkupHints {
    /// Per container: the nearest hint on it or an ancestor, and the container it came from.
    nearest: Vec<Option<(Label, u32)>>,
    /// Containers that enclose the article: their hints say nothing about its parts.
    encloses_article: Vec<bool>,
    tags: Vec<String>,
}

impl MarkupHints {
    fn new(page: &Page, totals: &Totals) -> MarkupHints {
        let n = page.containers.len();
        let mut nearest: Vec<Option<(Label, u32)>> = Vec::with_capacity(n);
        // Pages repeat the same tag and class on many containers: match each pair once.
        let mut seen: HashMap<(&str, &str), Option<Label>> = HashMap::new();
        for (a, container) in page.containers.iter().enumerate() {
            let label = *seen.entry((&container.tag, &container.class_id)).or_insert_with(|| markup_label(container));
            let own = label.filter(|_| !totals.holds_most_of_page(a)).map(|label| (label, a as u32));
            let inherited = container.parent.and_then(|p| nearest[p as usize]);
            nearest.push(own.or(inherited));
        }
        MarkupHints { nearest, encloses_article: vec![false; n], tags: page.containers.iter().map(|c| c.tag.clone()).collect() }
    }

    /// Marks the containers around the article, whose hints stop counting.
    fn set_article(&mut self, page: &Page, top: Option<u32>) {
        let mut node = top;
        while let Some(a) = node {
            self.encloses_article[a as usize] = true;
            node = page.containers[a as usize].parent;
        }
    }

    /// Whether container `a` is in a menu, comment thread, share bar, related
    /// list, ad slot, cookie banner or subscription box.
    fn marks_chaff_region(&self, a: u32) -> bool {
        self.nearest[a as usize].is_some_and(|(label, _)| label.is_chaff_region())
    }

    /// The nearest hint on the block's containers, and the container it is on.
    fn nearest_to(&self, block: &Block) -> Option<(Label, u32)> {
        self.nearest[*block.ancestors.last()? as usize]
    }

    /// The hint for `block`, with a reason, unless it comes from a container around the article.
    /// The tag the hint comes from is returned too: it goes in the reason, and a
    /// `<figcaption>` is a caption whatever its length.
    fn for_block(&self, block: &Block) -> Option<(Label, &str)> {
        let (label, source) = self.nearest_to(block)?;
        if self.encloses_article[source as usize] {
            return None;
        }
        Some((label, self.tags[source as usize].as_str()))
    }
}

/// What a container's tag, role, class or id say it holds.
fn markup_label(container: &crate::blocks::Container) -> Option<Label> {
    let by_tag = match container.tag.as_str() {
        "nav" | "menu" => Some(Label::Navigation),
        "figcaption" | "figure" => Some(Label::Caption),
        "footer" | "aside" | "header" => Some(Label::Boilerplate),
        "html" | "body" | "main" | "article" => return None,
        _ => None,
    };
    if by_tag.is_some() || names_content(&container.class_id) {
        return by_tag;
    }
    let class_id = without_heading_slugs(&container.class_id);
    CLASS_RULES.iter().find(|ClassRule { regex, .. }| regex.is_match(&class_id)).map(|rule| rule.label)
}

/// Documentation generators give each section the slug of its heading as an
/// id (`respond-to-review-comments`): words of a sentence, not a role. A token
/// of `SLUG_MIN_PARTS` or more hyphenated words with a short function word
/// ("to", "in", "of") inside is dropped.
fn without_heading_slugs(class_id: &str) -> Cow<'_, str> {
    let is_slug = |token: &str| {
        let parts: Vec<&str> = token.split('-').collect();
        let function_word = |part: &&str| part.len() <= 3 && STOPWORDS.contains(*part);
        parts.len() >= SLUG_MIN_PARTS && parts[1..parts.len() - 1].iter().any(function_word)
    };
    if !class_id.split_whitespace().any(is_slug) {
        return Cow::Borrowed(class_id);
    }
    Cow::Owned(class_id.split_whitespace().filter(|token| !is_slug(token)).collect::<Vec<_>>().join(" "))
}

/// Whether a class names the content itself. In BEM names (`article__share`)
/// the part after the last `__` is the element the class describes, and
/// `article` only names the block it belongs to.
fn names_content(class_id: &str) -> bool {
    class_id.split_whitespace().any(|token| CLASS_CONTENT.is_match(token.rsplit("__").next().unwrap_or(token)))
}

/// The first text rule that labels a block of this text, if any.
fn text_rule(text: &str, f: &Features) -> Option<(Label, &'static str)> {
    for rule in &TEXT_RULES {
        if f.words <= rule.max_words && rule.regex.is_match(text) {
            return Some((rule.label, rule.reason));
        }
    }
    is_date_line(text, f).then_some((Label::Date, "date line"))
}

/// A date with at most a few other words beside it ("Last Updated : Nov 16 2015 | 9:42 AM IST").
fn is_date_line(text: &str, f: &Features) -> bool {
    // Every date form has a digit; most blocks have none and skip the regex.
    if f.words > 16 || !text.bytes().any(|b| b.is_ascii_digit()) || !DATE.is_match(text) {
        return false;
    }
    if DATE_STAMP.is_match(text) {
        return true;
    }
    let without_dates = DATE.replace_all(text, " ");
    let without_words = DATE_WORDS.replace_all(&without_dates, " ");
    let others = without_words.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 1).count();
    others <= DATE_LINE_MAX_OTHER_WORDS
}

/// The verdict from the block alone and its place in the container, or `None` when its neighbours must decide.
fn first_verdict<'p>(
    block: &'p Block,
    f: &Features,
    quality: Quality,
    in_article: bool,
    in_listing: bool,
    hints: &MarkupHints,
    rule_memo: &mut HashMap<&'p str, Option<(Label, &'static str)>>,
) -> Option<Verdict> {
    let hint = hints.for_block(block);
    // In a listing every card is a link to its item, and its date and byline are the card's.
    let is_card_detail = |label: Label| in_listing && matches!(label, Label::Date | Label::Byline);
    // Outside the article, a block in a menu, share bar, related list, comment
    // thread, ad slot, subscription box or legal footer takes that region's
    // label: it is dropped either way, and the text rules need not run.
    let hinted = |label: Label, tag: &str| verdict(label, format!("inside <{tag}> marked {}", label.as_str()));
    if let Some((label, tag)) = hint {
        if label.is_chaff_region() && !in_article {
            return Some(hinted(label, tag));
        }
    }
    if let Some((label, reason)) = *rule_memo.entry(&block.text).or_insert_with(|| text_rule(&block.text, f)) {
        if !is_card_detail(label) {
            return Some(verdict(label, reason));
        }
    }
    if let Some((label, tag)) = hint.filter(|&(label, _)| !is_card_detail(label)) {
        let describes_short_text = matches!(label, Label::Byline | Label::Date | Label::Caption);
        if !describes_short_text || f.words <= SHORT_HINT_MAX_WORDS || tag == "figcaption" {
            return Some(hinted(label, tag));
        }
    }
    if !f.has_alphanumeric {
        return Some(verdict(Label::Boilerplate, "no words"));
    }
    if !in_article {
        return Some(verdict(Label::Boilerplate, "outside the article container"));
    }
    if f.link_density > MAX_LINK_DENSITY && !in_listing {
        let label = if f.words <= HEADING_MAX_WORDS { Label::Navigation } else { Label::Related };
        return Some(verdict(label, format!("link density {:.2}", f.link_density)));
    }
    match block.kind {
        BlockKind::Heading(_) => return Some(verdict(Label::Heading, "heading inside the article")),
        BlockKind::Text if block.ancestors.is_empty() => {}
        _ => return Some(verdict(Label::Body, "inside the article container")),
    }
    // Plain text: no container to vouch for the block, so its prose quality decides.
    match quality {
        Quality::Good => Some(verdict(
            Label::Body,
            format!("good prose ({} chars, stopwords {:.2})", f.chars, f.stopword_density),
        )),
        Quality::Bad => Some(verdict(
            Label::Boilerplate,
            format!("not prose ({} chars, stopwords {:.2})", f.chars, f.stopword_density),
        )),
        Quality::NearGood | Quality::Short => None,
    }
}

/// Blocks that repeat the page's title, and a text page's first line, are the title.
fn mark_title(page: &Page, features: &[Features], title: Option<&str>, verdicts: &mut [Option<Verdict>]) {
    let text_page = page.containers.is_empty();
    let title = match title {
        Some(title) => title.to_string(),
        None if text_page => match page.blocks.first() {
            Some(first) if features[0].words <= TITLE_MAX_WORDS && !first.text.ends_with('.') => {
                verdicts[0] = Some(verdict(Label::Title, "first line of the page"));
                first.text.clone()
            }
            _ => return,
        },
        None => return,
    };
    let title = normalise(&title);
    for (i, block) in page.blocks.iter().enumerate() {
        // A block much longer, or under half as long, cannot repeat the title; skip the comparison.
        let length_differs = block.text.len() > title.len() * 2 + TITLE_SLACK_BYTES || block.text.len() * 2 < title.len();
        if matches!(&verdicts[i], Some(v) if v.label == Label::Title) || features[i].words < 3 || length_differs {
            continue;
        }
        let is_heading_or_kept = matches!(block.kind, BlockKind::Heading(_)) || verdicts[i].is_none() || matches!(&verdicts[i], Some(v) if v.label.is_kept() || v.label == Label::Boilerplate);
        if !is_heading_or_kept {
            continue;
        }
        let text = normalise(&block.text);
        // "Headline - Site" titles contain the headline the page repeats.
        let repeats_title = text == title || (text.len() * 2 > title.len() && title.contains(&text));
        if repeats_title {
            verdicts[i] = Some(verdict(Label::Title, "repeats the page title"));
        }
    }
    if !text_page {
        // The article's first `<h1>` is its title even when the `<title>` says otherwise.
        if let Some(i) = page.blocks.iter().position(|b| b.kind == BlockKind::Heading(1)) {
            if matches!(&verdicts[i], Some(v) if v.label.is_kept()) {
                verdicts[i] = Some(verdict(Label::Title, "the page's <h1>"));
            }
        }
    }
}

fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if c.is_alphanumeric() {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Lines with no blank line between them form a group; `i` and `j` must be adjacent blocks.
fn same_group(page: &Page, i: usize, j: usize) -> bool {
    let later = i.max(j);
    !page.blocks[later].gap_before
}

/// A short name next to a date line, in the same group, is the byline ("AP Baghdad" above "Last Updated ...").
fn mark_bylines_beside_dates(page: &Page, features: &[Features], verdicts: &mut [Option<Verdict>]) {
    for i in 0..page.blocks.len() {
        let f = &features[i];
        let name_like = f.words <= BYLINE_MAX_WORDS && !f.sentence_end && starts_upper(&page.blocks[i].text);
        if !name_like || verdicts[i].as_ref().is_some_and(|v| v.label != Label::Boilerplate) {
            continue;
        }
        let beside_date = [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|j| {
            j < page.blocks.len() && same_group(page, i, j) && matches!(&verdicts[j], Some(v) if v.label == Label::Date)
        });
        if beside_date {
            verdicts[i] = Some(verdict(Label::Byline, "name beside a date line"));
        }
    }
}

fn starts_upper(text: &str) -> bool {
    text.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
}

/// Short lines grouped with a caption line (no blank line between) belong to the caption.
fn mark_caption_groups(page: &Page, features: &[Features], verdicts: &mut [Option<Verdict>]) {
    let is_caption = |v: &Option<Verdict>| matches!(v, Some(v) if v.label == Label::Caption);
    let joins = |i: usize, verdicts: &[Option<Verdict>]| {
        features[i].words <= CAPTION_GROUP_MAX_WORDS && verdicts[i].is_none()
    };
    let n = page.blocks.len();
    // Forward, then backward, so a caption spreads along its whole group.
    for i in 1..n {
        if is_caption(&verdicts[i - 1]) && same_group(page, i - 1, i) && joins(i, verdicts) {
            verdicts[i] = Some(verdict(Label::Caption, "grouped with a caption"));
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        if is_caption(&verdicts[i + 1]) && same_group(page, i, i + 1) && joins(i, verdicts) {
            verdicts[i] = Some(verdict(Label::Caption, "grouped with a caption"));
        }
    }
}

/// Labels of blocks that interrupt an article without ending it (an "ALSO
/// READ" link, an ad slot, a photo caption, a video's or an update's
/// timestamp): neighbours look past them.
fn interrupts_body(block: &Block, verdict: &Verdict) -> bool {
    matches!(verdict.label, Label::Related | Label::Ad | Label::Caption | Label::Date) && !ends_article(block, verdict)
}

/// A comments header, the header of a related-stories list or of an author
/// box, the site's copyright notice: the article is over.
fn ends_article(block: &Block, verdict: &Verdict) -> bool {
    match verdict.label {
        Label::Comments => !REPLY_BUTTON.is_match(&block.text),
        Label::Related => RELATED_SECTION.is_match(&block.text),
        Label::Byline => AUTHOR_BOX.is_match(&block.text),
        Label::Legal => COPYRIGHT_NOTICE.is_match(&block.text) && block.text.split_whitespace().count() <= COPYRIGHT_MAX_WORDS,
        _ => false,
    }
}

/// A line of the body ending in a colon ("Tour dates:") introduces the list
/// printed under it, line after line with no blank between (after at most
/// one blank under the colon; in a numbered list, before each next number):
/// the lines are the body's, however short.
fn keep_introduced_lists(page: &Page, verdicts: &mut [Option<Verdict>]) {
    let blocks = &page.blocks;
    // Items are short and seldom prose; a line with a label of its own (a date, a share bar) ends the list.
    let item = |v: &Option<Verdict>| v.as_ref().is_none_or(|v| matches!(v.label, Label::Body | Label::Boilerplate));
    let mut last_decided_is_body = false;
    let mut i = 0;
    while i < blocks.len() {
        let is_body = matches!(&verdicts[i], Some(v) if v.label == Label::Body);
        let list_follows = blocks.get(i + 1).is_some_and(|next| !next.gap_before)
            || blocks.get(i + 2).is_some_and(|second| !second.gap_before && item(&verdicts[i + 1]));
        let introduces = (is_body || (verdicts[i].is_none() && last_decided_is_body))
            && blocks[i].text.ends_with(':')
            && list_follows;
        if !introduces {
            if let Some(v) = &verdicts[i] {
                last_decided_is_body = v.label == Label::Body;
            }
            i += 1;
            continue;
        }
        if verdicts[i].is_none() {
            verdicts[i] = Some(verdict(Label::Body, "introduces a list"));
        }
        let first = i + 1;
        i = first;
        // A numbered list may set blank lines between and inside items: the
        // next number, on this line or one of the next two, carries it on.
        let mut number = None;
        while i < blocks.len() && item(&verdicts[i]) {
            let item_number = list_number(&blocks[i].text);
            let next_number_near = number.is_some_and(|n| {
                blocks[i..].iter().take(LIST_NUMBER_LOOKAHEAD).any(|b| list_number(&b.text) == Some(n + 1))
            });
            let continues = i == first || !blocks[i].gap_before || next_number_near;
            if !continues {
                break;
            }
            number = item_number.or(number);
            verdicts[i] = Some(verdict(Label::Body, "item of a list the body introduces"));
            i += 1;
        }
        last_decided_is_body = true;
    }
}

/// The number that starts an item of a numbered list: `12) ...`, `12. ...`.
fn list_number(text: &str) -> Option<u32> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &text[digits..];
    let numbered = (1..=3).contains(&digits) && (rest.starts_with(") ") || rest.starts_with(". "));
    numbered.then(|| text[..digits].parse().ok()).flatten()
}

/// Extracted text breaks a paragraph where the page had a `<br>`: an
/// undecided line set directly under a body line, with no blank between,
/// continues it.
fn keep_broken_lines(page: &Page, verdicts: &mut [Option<Verdict>]) {
    for i in 1..verdicts.len() {
        let above_is_body = matches!(&verdicts[i - 1], Some(v) if v.label == Label::Body);
        if verdicts[i].is_none() && above_is_body && !page.blocks[i].gap_before {
            verdicts[i] = Some(verdict(Label::Body, "continues the line above"));
        }
    }
}

/// Short and near-good blocks take the side of the nearest decided blocks around them.
fn resolve_by_neighbours(page: &Page, features: &[Features], quality: &[Quality], verdicts: &mut [Option<Verdict>]) {
    let n = page.blocks.len();
    let kept = |v: &Option<Verdict>| matches!(v, Some(v) if v.label == Label::Body);
    // Whether the nearest deciding block before (after) each block is body:
    // undecided blocks and interruptions are looked past.
    let deciding = |i: usize, v: &Option<Verdict>| v.as_ref().is_some_and(|v| !interrupts_body(&page.blocks[i], v));
    let mut before = vec![false; n];
    let mut seen_body_before = vec![false; n];
    let mut last = false;
    let mut any_body = false;
    for i in 0..n {
        before[i] = last;
        seen_body_before[i] = any_body;
        if deciding(i, &verdicts[i]) {
            last = kept(&verdicts[i]);
            any_body |= last;
        }
    }
    let mut after = vec![false; n];
    let mut next = false;
    for i in (0..n).rev() {
        after[i] = next;
        if deciding(i, &verdicts[i]) {
            next = kept(&verdicts[i]);
        }
    }
    let first_body = (0..n).find(|&i| kept(&verdicts[i]));
    for i in 0..n {
        if verdicts[i].is_some() {
            continue;
        }
        let f = &features[i];
        let block = &page.blocks[i];
        let gap_after = page.blocks.get(i + 1).is_none_or(|b| b.gap_before);
        let stands_alone = block.gap_before && gap_after;
        let follows_title = i > 0 && matches!(&verdicts[i - 1], Some(v) if v.label == Label::Title);
        // A standfirst is a sentence; on a text page, a line under the title
        // with fewer stopwords than sparse prose is a writer's name and
        // title, or a row of links.
        let reads_as_prose = !page.containers.is_empty() || f.stopword_density >= STOPWORDS_SPARSE;
        let verdict = if before[i] && after[i] {
            if stands_alone && f.words <= HEADING_MAX_WORDS && !f.sentence_end {
                verdict(Label::Heading, "crosshead between body paragraphs")
            } else if quality[i] == Quality::NearGood || f.sentence_end || !stands_alone || f.code {
                verdict(Label::Body, "between body paragraphs")
            } else {
                verdict(Label::Boilerplate, "fragment between body paragraphs")
            }
        } else if quality[i] == Quality::NearGood && (before[i] || after[i]) && f.sentence_end {
            verdict(Label::Body, "prose beside the body")
        } else if after[i] && block.text.ends_with(':') && f.words > 1 {
            verdict(Label::Body, "introduces the body that follows")
        } else if !seen_body_before[i] && first_body.is_some_and(|b| b > i) && stands_alone && (quality[i] == Quality::NearGood || (follows_title && f.words >= STANDFIRST_MIN_WORDS && reads_as_prose)) {
            verdict(Label::Heading, "standfirst before the body")
        } else {
            verdict(Label::Boilerplate, format!("short text away from the body ({} words)", f.words))
        };
        verdicts[i] = Some(verdict);
    }
}

/// Under a related-stories header ("Most Popular Today") on a text page, the
/// headlines that follow are the list's, up to the first block that ends a
/// sentence: a headline does not, a paragraph does. (On HTML the list's
/// markup already says where it ends.)
fn mark_headline_lists(page: &Page, features: &[Features], verdicts: &mut [Option<Verdict>]) {
    for i in 0..verdicts.len() {
        let is_header = matches!(&verdicts[i], Some(v) if v.label == Label::Related && RELATED_SECTION.is_match(&page.blocks[i].text));
        if !is_header {
            continue;
        }
        for j in i + 1..verdicts.len().min(i + 1 + RELATED_BOX_MAX_BLOCKS) {
            match &verdicts[j] {
                Some(v) if v.label.is_kept() && features[j].sentence_end => break,
                Some(v) if v.label.is_kept() => {
                    verdicts[j] = Some(verdict(Label::Related, "headline under a related-stories header"));
                }
                _ => {}
            }
        }
    }
}

/// A page may have no article: a shop's front, a page whose text loads by
/// script. Then the best container is a newsletter box or a footer's headings,
/// and printing it would pass chaff off as the article. There is none when
/// the best container's own class says chaff (a negative score), or when
/// what is kept is short and no block of it is long enough to be a sentence.
/// On a text page the sentence must also end like one: there a long line
/// may as well be a title or a button's label repeating one ("Save this
/// event: ..."); in HTML, a paragraph of the article is one by its markup.
fn drop_when_no_article(features: &[Features], text_page: bool, top_score: f32, verdicts: &mut [Option<Verdict>]) {
    let (mut chars, mut sentence) = (0, false);
    for (f, _) in features.iter().zip(verdicts.iter()).filter(|(_, v)| is_kept(v)) {
        chars += f.chars;
        // Scripts without spaces have few "words": a full stop marks their sentences.
        let long_enough = f.words >= SENTENCE_MIN_WORDS && (f.sentence_end || !text_page);
        sentence |= long_enough || (f.cjk && f.sentence_end);
    }
    let reason = if top_score < 0.0 {
        "no article: the best container looks like chaff"
    } else if chars < MIN_ARTICLE_CHARS && !sentence {
        "no article: too little text and no sentence"
    } else {
        return;
    };
    for v in verdicts.iter_mut().filter(|v| is_kept(v)) {
        *v = Some(verdict(Label::Boilerplate, reason));
    }
}

/// Text pages have no container, so the article is the run of blocks where
/// body text outweighs what was dropped (the maximum-sum run): body blocks
/// weigh their length, dropped blocks a penalty. Teasers, comment threads and
/// "most popular" lists outside that run are dropped.
fn keep_main_run(features: &[Features], verdicts: &mut [Option<Verdict>]) {
    let weight = |i: usize| -> f32 {
        match verdicts[i].as_ref().map(|v| v.label) {
            Some(Label::Body | Label::Heading) => features[i].chars as f32,
            // These sit inside or at the head of an article.
            // The headline printed over the article (the first line is the page's title).
            Some(Label::Title) if i > 0 => RUN_HEADLINE_WEIGHT,
            Some(Label::Title | Label::Byline | Label::Date | Label::Caption) => -RUN_PENALTY_HEAD,
            Some(Label::Boilerplate) | None => -RUN_PENALTY_UNLABELLED,
            Some(_) => -RUN_PENALTY_LABELLED,
        }
    };
    let (mut best, mut best_range) = (0.0f32, None);
    let (mut sum, mut start) = (0.0f32, 0);
    for i in 0..verdicts.len() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += weight(i);
        if sum > best {
            best = sum;
            best_range = Some(start..=i);
        }
    }
    let Some(range) = best_range else { return };
    for (i, slot) in verdicts.iter_mut().enumerate() {
        if !range.contains(&i) && is_kept(slot) {
            *slot = Some(verdict(Label::Boilerplate, "outside the main run of body text"));
        }
    }
}

/// A text page's article is one stretch of the page. Between two body
/// blocks, a gap that only the prose rules dropped (`fillable`: no pattern
/// labelled it) is the article's own: list items, a table's rows, a code
/// sample, a crosshead too short to vouch for itself. A gap that also holds
/// labelled chaff (a related box, a byline, a caption) is an inset: of it,
/// only the blocks that end a sentence are the article's. Blocks with no
/// words (a lone bullet) take neither side.
fn fill_body_gaps(features: &[Features], fillable: &[bool], verdicts: &mut [Option<Verdict>]) {
    let mut previous_kept = None;
    for i in 0..verdicts.len() {
        if !is_kept(&verdicts[i]) {
            continue;
        }
        if let Some(start) = previous_kept {
            let gap = start + 1..i;
            let plain = gap.clone().all(|j| fillable[j] || !features[j].has_alphanumeric);
            for j in gap.filter(|&j| fillable[j] && (plain || features[j].sentence_end)) {
                verdicts[j] = Some(verdict(Label::Body, "inside the body"));
            }
        }
        previous_kept = Some(i);
    }
}

/// A card's detail line with its figures masked: "20 reviews / 5 average"
/// and "161 reviews / 4.9 average" are both "# reviews / #.# average".
fn card_shape(text: &str) -> String {
    let mut shape = String::with_capacity(text.len());
    let mut in_figure = false;
    for c in text.chars() {
        let is_digit = c.is_ascii_digit();
        if is_digit && !in_figure {
            shape.push('#');
        } else if !is_digit {
            shape.extend(c.to_lowercase());
        }
        in_figure = is_digit;
    }
    shape
}

/// A text page may be a listing: a short intro, then a grid of cards, each
/// a name and a detail line with figures (a price, "84 reviews / 5 average").
/// The details repeat one shape down the grid; no prose vouches for them, so
/// the prose rules dropped them (`fillable`). When such a grid starts inside
/// or right under the body and holds more text than the body, the grid is
/// the page's content. Dates and bylines are not details: a news story
/// followed by dated teasers is not a listing.
fn keep_card_grid(page: &Page, features: &[Features], fillable: &[bool], verdicts: &mut [Option<Verdict>]) {
    let Some(last_kept) = verdicts.iter().rposition(is_kept) else { return };
    let has_figure = |i: usize| page.blocks[i].text.contains(|c: char| c.is_ascii_digit());
    let shapes: Vec<Option<String>> = (0..verdicts.len())
        .map(|i| (fillable[i] && features[i].words <= CARD_DETAIL_MAX_WORDS && has_figure(i)).then(|| card_shape(&page.blocks[i].text)))
        .collect();
    let mut repeats: HashMap<&str, usize> = HashMap::new();
    for shape in shapes.iter().flatten() {
        *repeats.entry(shape).or_default() += 1;
    }
    let details: Vec<usize> = (0..verdicts.len())
        .filter(|&i| shapes[i].as_deref().is_some_and(|shape| repeats[shape] >= CARD_MIN_DETAILS))
        .collect();
    let body_chars: usize = (0..verdicts.len()).filter(|&i| is_kept(&verdicts[i])).map(|i| features[i].chars).sum();
    // Grids: runs of details at most a card apart; each starts at its first card's name.
    let mut grids = Vec::new();
    let mut first = 0;
    for k in 1..=details.len() {
        if k < details.len() && details[k] - details[k - 1] <= CARD_MAX_LINES {
            continue;
        }
        if k - first >= CARD_MIN_DETAILS {
            grids.push(details[first].saturating_sub(1)..=details[k - 1]);
        }
        first = k;
    }
    for grid in grids {
        let grid_chars: usize = grid.clone().map(|i| features[i].chars).sum();
        if *grid.start() > last_kept + 1 || grid_chars <= body_chars {
            continue;
        }
        for i in grid.filter(|&i| fillable[i]) {
            verdicts[i] = Some(verdict(Label::Body, "card in a listing's grid"));
        }
    }
}

/// A text page may be an index of teasers: a headline, a blurb, and the same
/// bare link ("Read more") closing each. When that closer recurs inside the
/// body at least `TEASER_MIN_CLOSERS` times, the page is such an index, and
/// the teasers that go on after the body, each closed by the same link within
/// a card's reach, are its content too (their blurbs are often too short to
/// vouch for themselves). A story with "Read more" insets and a list of
/// teasers after it does not qualify: its closers are not inside the body.
fn keep_teaser_index(page: &Page, features: &[Features], fillable: &[bool], verdicts: &mut [Option<Verdict>]) {
    let (Some(first_kept), Some(last_kept)) = (verdicts.iter().position(is_kept), verdicts.iter().rposition(is_kept)) else { return };
    let closer_keys: Vec<Option<String>> = (0..verdicts.len())
        .map(|i| {
            let bare = features[i].words <= TEASER_CLOSER_MAX_WORDS && verdicts[i].as_ref().is_some_and(|v| v.label == Label::Related);
            bare.then(|| normalise(&page.blocks[i].text))
        })
        .collect();
    let mut closers: HashMap<&str, usize> = HashMap::new();
    for key in closer_keys[first_kept..last_kept].iter().flatten() {
        *closers.entry(key).or_default() += 1;
    }
    // The most frequent closer; a tie goes to the smaller text, so the choice does not depend on the map's order.
    let Some((closer, count)) = closers.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0))) else { return };
    if count < TEASER_MIN_CLOSERS {
        return;
    }
    let mut start = last_kept + 1;
    while let Some(end) = (start..verdicts.len().min(start + CARD_MAX_LINES)).find(|&i| closer_keys[i].as_deref() == Some(closer)) {
        for i in (start..end).filter(|&i| fillable[i]) {
            verdicts[i] = Some(verdict(Label::Body, "teaser in an index of teasers"));
        }
        start = end + 1;
    }
}

/// A name alone on the line right after the body is its sign-off ("Press Association").
fn mark_sign_off(page: &Page, features: &[Features], verdicts: &mut [Option<Verdict>]) {
    let Some(last_body) = verdicts.iter().rposition(is_kept) else { return };
    let Some(next) = page.blocks.get(last_body + 1) else { return };
    let f = &features[last_body + 1];
    let name_like = f.words <= BYLINE_MAX_WORDS
        && !f.sentence_end
        && next.text.split_whitespace().all(starts_upper);
    if name_like && matches!(&verdicts[last_body + 1], Some(v) if v.label == Label::Boilerplate) {
        verdicts[last_body + 1] = Some(verdict(Label::Byline, "name signing off the body"));
    }
}

/// Ends the article at a comments or related-stories header that follows most
/// of the body, and gives what comes after the body the label of its section.
/// Whether the article goes on after the related-stories box that starts at
/// `header`: a run of body sentences follows, close enough for the box to be
/// an inset, before the next end marker. Teaser lists alternate headlines and
/// blurbs, and never make such a run.
fn body_resumes_after(page: &Page, features: &[Features], verdicts: &[Option<Verdict>], header: usize) -> bool {
    if verdicts[header].as_ref().is_some_and(|v| v.label == Label::Comments) {
        return false;
    }
    let mut run = 0;
    for i in header + 1..verdicts.len().min(header + 1 + RELATED_BOX_MAX_BLOCKS + PROSE_RUN_BLOCKS) {
        let Some(v) = &verdicts[i] else {
            run = 0;
            continue;
        };
        if ends_article(&page.blocks[i], v) {
            return false;
        }
        run = if v.label == Label::Body && features[i].sentence_end { run + 1 } else { 0 };
        if run >= PROSE_RUN_BLOCKS {
            return true;
        }
    }
    false
}

fn cut_tail(page: &Page, features: &[Features], verdicts: &mut [Option<Verdict>]) {
    let n = page.blocks.len();
    let text_page = page.containers.is_empty();
    let body_chars: usize = (0..n).filter(|&i| is_kept(&verdicts[i])).map(|i| features[i].chars).sum();
    let mut seen = 0;
    let mut end = n;
    for i in 0..n {
        let at_end = verdicts[i].as_ref().is_some_and(|v| ends_article(&page.blocks[i], v));
        // On a text page, a comments header or the site's copyright notice
        // (after which come only the page's pop-ups: forms, sign-in boxes)
        // ends the article once any real body precedes it; otherwise (and on
        // HTML, where the container has already left most threads out, and a
        // class name can say "comments" mid-article) only after most of the body.
        let is_foot = text_page && verdicts[i].as_ref().is_some_and(|v| matches!(v.label, Label::Comments | Label::Legal));
        let enough_before = if is_foot { seen >= MIN_BODY_BEFORE_COMMENTS } else { seen * 2 > body_chars };
        if at_end && enough_before && !body_resumes_after(page, features, verdicts, i) {
            end = i;
            break;
        }
        if is_kept(&verdicts[i]) {
            seen += features[i].chars;
        }
    }
    for slot in verdicts.iter_mut().skip(end) {
        if is_kept(slot) {
            *slot = Some(verdict(Label::Boilerplate, "after the end of the article"));
        }
    }
    // After the last body block, unlabelled blocks belong to the section that holds them.
    let Some(last_body) = (0..n).rev().find(|&i| is_kept(&verdicts[i])) else { return };
    let mut section: Option<Label> = None;
    for slot in verdicts.iter_mut().skip(last_body + 1).flatten() {
        let opens_section = matches!(slot.label, Label::Subscription | Label::Comments | Label::Related);
        if opens_section {
            section = Some(slot.label);
        } else if let (Some(label), Label::Boilerplate) = (section, slot.label) {
            *slot = verdict(label, format!("in the {} section after the body", label.as_str()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{html, text};

    fn labels_of_text(input: &str) -> Vec<(String, Label)> {
        let page = text::segment(input);
        let verdicts = classify(&page, None).verdicts;
        page.blocks.iter().zip(verdicts).map(|(b, v)| (b.text.clone(), v.label)).collect()
    }

    fn label_of(labels: &[(String, Label)], text: &str) -> Label {
        labels.iter().find(|(t, _)| t == text).unwrap_or_else(|| panic!("no block {text:?}")).1
    }

    /// The label of the block reading `text` on the HTML page `html`.
    fn html_label(html: &str, text: &str) -> Label {
        let page = html::segment(html, crate::InlineMarkup::None);
        let verdicts = classify(&page, None).verdicts;
        verdicts[page.blocks.iter().position(|b| b.text == text).unwrap_or_else(|| panic!("no block {text:?}"))].label
    }

    const PARAGRAPH: &str = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built over the river before the end of the year, and that the old one would stay open until then.";

    #[test]
    fn quality_follows_length_and_stopwords() {
        let block = |text: &str| Block { text: text.into(), kind: BlockKind::Text, ancestors: vec![], own_element: false, link_chars: 0, line: 1, gap_before: true, markdown: None };
        assert_eq!(quality_of(&features(&block(PARAGRAPH), true)), Quality::Good);
        assert_eq!(quality_of(&features(&block("Home News Sport"), true)), Quality::Short);
        assert_eq!(quality_of(&features(&block("Tags: Bridge Council Budget Roads River Transport Infrastructure Planning Elections Votes"), true)), Quality::Bad);
        // Long sentences with few stopwords: context decides.
        let sparse = "The Atkins diet has two phases. In the first phase, carbohydrate intake stays under twenty grams daily: leafy vegetables, cheese, eggs, fish, poultry, seafood. The second phase brings gradual carbohydrate increases, weekly weight checks, careful portion control, regular exercise.";
        assert_eq!(quality_of(&features(&block(sparse), true)), Quality::NearGood);
        assert_eq!(quality_of(&features(&block(sparse.trim_end_matches('.')), true)), Quality::Bad);
    }

    #[test]
    fn sentences_end_in_the_stops_of_other_scripts_and_before_a_credit() {
        let block = |text: &str| Block { text: text.into(), kind: BlockKind::Text, ancestors: vec![], own_element: false, link_chars: 0, line: 1, gap_before: true, markdown: None };
        for sentence in ["The bridge will open next spring. (Reuters)", "पुल अगले साल खुलेगा।", "سيفتتح الجسر في الربيع؟", "He said it was \"done.\""] {
            assert!(features(&block(sentence), true).sentence_end, "{sentence}");
        }
        for line in ["Bridge opening (photos)", "The bridge (and the road", "Save this event: Tech Talk Replay"] {
            assert!(!features(&block(line), true).sentence_end, "{line}");
        }
    }

    #[test]
    fn text_page_keeps_paragraphs_and_drops_title_and_chaff() {
        let input = format!("A Headline Here\n\n{PARAGRAPH}\n\nALSO READ: Another story\n\n{PARAGRAPH} Again.\n\nNext Story\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "A Headline Here"), Label::Title);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        assert_eq!(label_of(&labels, "ALSO READ: Another story"), Label::Related);
        assert_eq!(label_of(&labels, "Next Story"), Label::Navigation);
    }

    #[test]
    fn near_good_prose_stands_in_when_no_paragraph_is_long() {
        let short = "The council met on Tuesday and agreed that the new bridge would be built this year.";
        let labels = labels_of_text(&format!("Title line\n\nHome\n\n{short}\n\nAnd it will open to traffic by the end of the next year.\n"));
        assert_eq!(label_of(&labels, short), Label::Body);
        assert_eq!(label_of(&labels, "Home"), Label::Navigation);
    }

    #[test]
    fn a_standfirst_under_the_title_reads_as_prose() {
        let dek = "The minister said the bridge would open in the spring";
        let labels = labels_of_text(&format!("Bridge to open\n\n{dek}\n\n{PARAGRAPH}\n"));
        assert_eq!(label_of(&labels, dek), Label::Heading);
        let writer = "Jane Roe, AP National Political Writer";
        let labels = labels_of_text(&format!("Bridge to open\n\n{writer}\n\n{PARAGRAPH}\n"));
        assert!(!label_of(&labels, writer).is_kept());
    }

    #[test]
    fn crossheads_between_paragraphs_are_kept_as_headings() {
        let input = format!("Title line\n\n{PARAGRAPH}\n\nWhat happens next\n\n{PARAGRAPH} More.\n");
        assert_eq!(label_of(&labels_of_text(&input), "What happens next"), Label::Heading);
    }

    #[test]
    fn a_name_beside_a_date_is_a_byline_and_a_line_beside_a_caption_is_a_caption() {
        let input = format!(
            "Title line\n\nCrowds on the square.\nPeople gather at dusk. Photo: Agency\nJane Roe London\nLast Updated : Nov 16 2015 | 9:42 AM IST\n{PARAGRAPH}\n"
        );
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "Crowds on the square."), Label::Caption);
        assert_eq!(label_of(&labels, "People gather at dusk. Photo: Agency"), Label::Caption);
        assert_eq!(label_of(&labels, "Jane Roe London"), Label::Byline);
        assert_eq!(label_of(&labels, "Last Updated : Nov 16 2015 | 9:42 AM IST"), Label::Date);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
    }

    #[test]
    fn a_plan_table_after_the_body_is_labelled_subscription() {
        let input = format!("Title line\n\n{PARAGRAPH}\nSubscribe to our digital edition\n\nGold Plan\n\n$9.99/month\n\n1 Year\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "Gold Plan"), Label::Subscription);
        assert_eq!(label_of(&labels, "$9.99/month"), Label::Subscription);
        assert_eq!(label_of(&labels, "1 Year"), Label::Subscription);
    }

    #[test]
    fn a_date_inside_a_sentence_is_not_a_date_line() {
        let f = Features { words: 12, ..Default::default() };
        assert!(is_date_line("Last Updated : Nov 16 2015 | 9:42 AM IST", &f));
        assert!(!is_date_line("On Nov 16 2015 the police arrested six people in the northern suburbs.", &f));
        assert!(is_date_line("New Delhi, News Bureau | Updated : 19 November 2019, 09:01 AM", &f));
        assert!(!is_date_line("The report, published on Nov 18, 2019, showed a rise in cases.", &f));
    }

    #[test]
    fn comments_after_the_body_end_the_article() {
        let input = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n3 Comments\n\n{PARAGRAPH} From a reader.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} From a reader.")), Label::Comments);
    }

    #[test]
    fn the_sites_copyright_notice_ends_the_article_before_a_pop_up_form() {
        let form = "Please read the policy below before you sign: sessions cancelled with less than a day's notice are forfeited, the fee is due on the first of each month, and a late payment adds a fee of ten dollars to the next invoice.";
        let input = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n© 2025 Example Tutoring\n\nRegistration Agreement\n\nName *\n\n{form}\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        assert!(!label_of(&labels, form).is_kept());
        // A sentence of the body that speaks of copyright does not end it.
        let sentence = "The photographer, who holds the copyright, sold the picture in 2019 to a museum in the city.";
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{sentence}\n\n{PARAGRAPH} Two.\n"));
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Two.")), Label::Body);
    }

    #[test]
    fn html_container_wins_over_menus_and_footers() {
        let html = format!(
            "<html><head><title>Bridge vote - Gazette</title></head><body>\
             <nav><ul><li><a href=/>Home</a></li><li><a href=/n>News</a></li></ul></nav>\
             <div class=article><h1>Bridge vote</h1><p>{PARAGRAPH}</p><h2>Next steps</h2><p>{PARAGRAPH} Two.</p>\
             <figure><img src=x><figcaption>The river at dawn.</figcaption></figure></div>\
             <footer><p>© 2024 Gazette. All rights reserved.</p><p>About us and our long history of reporting on the town and its people, since 1890.</p></footer>\
             </body></html>"
        );
        let page = html::segment(&html, crate::InlineMarkup::None);
        let verdicts = classify(&page, Some("Bridge vote")).verdicts;
        let got: Vec<_> = page.blocks.iter().zip(&verdicts).map(|(b, v)| (b.text.as_str(), v.label)).collect();
        assert_eq!(got[0], ("Home", Label::Navigation));
        assert_eq!(got[2], ("Bridge vote", Label::Title));
        assert_eq!(got[3].1, Label::Body);
        assert_eq!(got[4], ("Next steps", Label::Heading));
        assert_eq!(got[6], ("The river at dawn.", Label::Caption));
        assert_eq!(got[7].1, Label::Legal);
        assert!(!got[8].1.is_kept());
    }

    #[test]
    fn an_article_split_over_layout_blocks_is_kept_whole_but_not_its_neighbours() {
        let section = |heading: &str, paragraphs: usize| {
            let body = format!("<p>{PARAGRAPH}</p>").repeat(paragraphs);
            format!("<div class=block-{heading}><div class=text-{heading}><h2>{heading}</h2>{body}</div></div>")
        };
        let html = format!(
            "<html><body><div class=layout><h1>Bridge vote</h1><p><a href=/a>Jane Roe</a> | 3 min read</p>\
             {}{}{}</div><div class=bio><p>Jane Roe writes about towns and rivers, and has done so for the paper since the year 2001.</p></div></body></html>",
            section("Background", 4),
            section("Costs", 1),
            section("Next", 1),
        );
        let page = html::segment(&html, crate::InlineMarkup::None);
        let verdicts = classify(&page, Some("Bridge vote")).verdicts;
        let label = |text: &str| verdicts[page.blocks.iter().position(|b| b.text.starts_with(text)).unwrap()].label;
        assert_eq!(label("Costs"), Label::Heading);
        assert_eq!(label("Next"), Label::Heading);
        let kept_paragraphs = page.blocks.iter().zip(&verdicts).filter(|(b, v)| b.text == PARAGRAPH && v.label.is_kept()).count();
        assert_eq!(kept_paragraphs, 6);
        assert!(!label("Jane Roe writes").is_kept());
    }

    #[test]
    fn a_bem_element_of_the_article_is_not_the_article() {
        assert!(names_content("article-body pagination-first"));
        assert!(names_content("post__content"));
        assert!(!names_content("article__share"));
        assert!(!names_content("sidebar"));
    }

    #[test]
    fn short_paragraphs_in_a_row_are_an_article_even_beside_one_long_block() {
        let short = [
            "The council met on Tuesday and agreed that the new bridge would be built before the end of the year.",
            "The old bridge will stay open until then, and the ferry will run on weekends for those who need it.",
            "Residents said they were pleased with the decision, though some worried about the cost to the town.",
            "Work is due to start in the spring, when the river is lower and the roads are quieter than they are now.",
        ];
        let long = "Popular now: the ten best walks in the hills and the valley, the new cafe on the square and its cakes, the school that won the prize for the science fair and the team that went to the national finals with the whole town behind it";
        let input = format!("Bridge vote\n\nHome\n\nNews\n\n{long}\n\nSubmit\n\nShare\n\nEmail\n\n{}\n", short.join("\n\n"));
        let labels = labels_of_text(&input);
        for paragraph in short {
            assert_eq!(label_of(&labels, paragraph), Label::Body, "{paragraph}");
        }
    }

    #[test]
    fn an_inset_related_box_does_not_end_the_article_but_a_final_one_does() {
        let sentences = |tag: &str, count: usize| (1..=count).map(|n| format!("{PARAGRAPH} Part {tag}{n}.")).collect::<Vec<_>>().join("\n\n");
        let input = format!(
            "Title line\n\n{}\n\nRelated Articles\n\nStorm hits the coast\n\nTrains cancelled\n\n{}\n\nRelated Articles\n\nA bridge too far\n\nSeveral things you did not know about the weather, and why they matter for the town today.\n",
            sentences("a", 4),
            sentences("b", 3),
        );
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Part b3.")), Label::Body);
        assert!(!label_of(&labels, "Several things you did not know about the weather, and why they matter for the town today.").is_kept());
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
        let page = html::segment(&html, crate::InlineMarkup::None);
        let verdicts = classify(&page, None).verdicts;
        let label = |text: &str| verdicts[page.blocks.iter().position(|b| b.text.starts_with(text)).unwrap()].label;
        assert_eq!(label(reply), Label::Body);
        assert_eq!(label(&format!("{reply} Same")), Label::Body);
        assert!(!label("Other threads").is_kept());
    }

    #[test]
    fn a_long_figcaption_is_still_a_caption() {
        let caption = "Once a dream of science fiction, long sleep for crews on the way to Mars is now studied by engineers, who say it would let ships carry less food, less water and smaller living quarters for the crew.";
        let html = format!("<html><body><article><p>{PARAGRAPH}</p><figure><img src=x><figcaption>{caption}</figcaption></figure><p>{PARAGRAPH} Two.</p></article></body></html>");
        let page = html::segment(&html, crate::InlineMarkup::None);
        let verdicts = classify(&page, None).verdicts;
        let index = page.blocks.iter().position(|b| b.text == caption).unwrap();
        assert_eq!(verdicts[index].label, Label::Caption);
    }

    #[test]
    fn a_list_introduced_by_a_body_line_with_a_colon_is_kept() {
        let input = format!(
            "Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\nThe tour dates:\nJune 9 -- City Hall, Springfield\nJune 14 -- Arena Stadium Amphitheatre (formerly the Dome), Shelbyville\nJune 20 -- Town Park, Ogdenville\n\nShare\n\nHome\n"
        );
        let labels = labels_of_text(&input);
        for line in ["The tour dates:", "June 9 -- City Hall, Springfield", "June 14 -- Arena Stadium Amphitheatre (formerly the Dome), Shelbyville", "June 20 -- Town Park, Ogdenville"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        assert!(!label_of(&labels, "Home").is_kept());
    }

    #[test]
    fn a_line_ending_in_a_colon_before_the_body_introduces_it() {
        let input = format!("Title line\n\nHome\n\nNews\n\nThe plan has three parts:\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "The plan has three parts:"), Label::Body);
        assert!(!label_of(&labels, "News").is_kept());
    }

    /// Cleans two body paragraphs ending "...offers:" and then `list`, and
    /// checks that the `kept` lines are body and the `dropped` ones are not.
    fn assert_offers_list(list: &str, kept: &[&str], dropped: &[&str]) {
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Here are the best offers:\n\n{list}"));
        for line in kept {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        for line in dropped {
            assert!(!label_of(&labels, line).is_kept(), "{line}");
        }
    }

    #[test]
    fn a_short_story_under_its_headline_outweighs_a_longer_footer_blurb() {
        let story = "The new bridge over the river opened on Tuesday morning, three months later than the council had promised, and the first buses crossed it before nine o'clock.";
        let second = "Cyclists will have to wait until the spring for their own lane, which the council says is still being designed by the engineers.";
        let footer = format!("{PARAGRAPH} {PARAGRAPH}");
        let links: String = (1..=70).map(|n| format!("Section {n}\n")).collect();
        let input = format!("Bridge opens over the river\n\nHome\n\nBridge opens over the river\n\n{story}\n\n{second}\n\n{links}\n{footer}\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, story), Label::Body);
        assert_eq!(label_of(&labels, second), Label::Body);
        assert!(!label_of(&labels, &footer).is_kept());
    }

    #[test]
    fn a_grid_of_cards_under_a_short_intro_is_the_content() {
        let intro = "Our favourite recipes for the air fryer, tested in our kitchen and loved by readers.";
        let cards = recipe_cards(&["Crispy Tofu", "Honey Chicken Skewers", "Salmon Bites", "Smashed Potatoes", "Chicken Tenders"]);
        let labels = labels_of_text(&format!("Air Fryer Recipes\n\n{intro}\n\n{cards}About us\n"));
        for line in [intro, "Crispy Tofu", "10 reviews / 4.0 average", "Chicken Tenders", "14 reviews / 4.4 average"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        assert!(!label_of(&labels, "About us").is_kept());
    }

    /// Recipe cards: a name, then "N reviews / 4.N average".
    fn recipe_cards(names: &[&str]) -> String {
        names.iter().enumerate().map(|(n, name)| format!("{name}\n{} reviews / 4.{n} average\n\n", 10 + n)).collect()
    }

    #[test]
    fn a_grid_of_cards_goes_on_after_a_newsletter_box_inside_it() {
        let intro = "Our favourite recipes for the air fryer, tested in our kitchen and loved by readers.";
        let before = recipe_cards(&["Crispy Tofu", "Honey Chicken Skewers", "Salmon Bites", "Smashed Potatoes"]);
        let after = recipe_cards(&["Garlic Beef Skewers", "Roast Broccoli", "Buffalo Cauliflower", "Chicken Thighs"]);
        let input = format!("Air Fryer Recipes\n\n{intro}\n\n{before}Sign up for email updates\n\n{after}");
        let labels = labels_of_text(&input);
        for line in ["Crispy Tofu", "Garlic Beef Skewers", "Chicken Thighs", "13 reviews / 4.3 average"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        assert_eq!(label_of(&labels, "Sign up for email updates"), Label::Subscription);
    }

    /// Teasers: a headline, a blurb, and a bare "Read more" under each.
    fn teasers(blurbs: &[&str]) -> String {
        blurbs.iter().enumerate().map(|(n, blurb)| format!("Headline number {n} of the index\n\n{blurb}\n\nRead more\n\n")).collect()
    }

    #[test]
    fn an_index_of_teasers_closed_by_read_more_keeps_its_short_teasers_too() {
        let long = [PARAGRAPH; 4];
        let short = ["Tips for getting your kids into books. – City News", "We must act to reverse a disaster. – The Tribune"];
        let labels = labels_of_text(&format!("In the News\n\n{}{}About us\n", teasers(&long), teasers(&short)));
        for line in short {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        assert!(!label_of(&labels, "About us").is_kept());
    }

    #[test]
    fn teasers_closed_by_read_more_after_a_story_are_not_its_body() {
        let short = ["Tips for getting your kids into books. – City News", "We must act to reverse a disaster. – The Tribune", "Schools reopen after the storm. – The Herald"];
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Again.\n\n{}", teasers(&short)));
        for line in short {
            assert!(!label_of(&labels, line).is_kept(), "{line}");
        }
    }

    #[test]
    fn dated_teasers_after_a_short_story_are_not_a_grid() {
        let places = ["Dover", "Brighton", "Hastings", "Margate", "Whitstable", "Folkestone", "Eastbourne", "Worthing"];
        let teasers: String = places.iter().enumerate().map(|(n, place)| format!("11/{n}/2019 01:14 PM\n\nStorm hits the seafront at {place}\n\nBy Reuters\n\n")).collect();
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{teasers}"));
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        for place in places {
            assert!(!label_of(&labels, &format!("Storm hits the seafront at {place}")).is_kept(), "{place}");
        }
    }

    #[test]
    fn a_gap_only_the_prose_rules_dropped_is_the_body() {
        let items = "Transcript analysis, course selection, test planning, activity review, college list";
        let input = format!("Title line\n\n{PARAGRAPH}\n\nWhat the package holds\n\n{items}\nTwo interview workshops\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        for line in ["What the package holds", items, "Two interview workshops"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
    }

    #[test]
    fn a_gap_with_labelled_chaff_keeps_only_its_sentences() {
        let headlines = "Mayor opens the old bridge to cyclists, walkers, buses, taxis and delivery vans";
        let sentence = "The vote was close.";
        let input = format!("Title line\n\n{PARAGRAPH}\n\nBy Jane Doe\n\n{headlines}\n\n{sentence}\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        assert!(!label_of(&labels, headlines).is_kept());
        assert_eq!(label_of(&labels, sentence), Label::Body);
    }

    #[test]
    fn a_list_may_start_one_blank_line_under_the_colon() {
        let list = "1) A red bicycle\nhttp://example.com/a\n2) A blue kite\nhttp://example.com/b\n\nHome\n";
        assert_offers_list(list, &["1) A red bicycle", "http://example.com/a", "2) A blue kite", "http://example.com/b"], &["Home"]);
    }

    #[test]
    fn a_numbered_list_carries_on_across_blank_lines_to_its_next_number() {
        let list = "1) A red bicycle\nhttp://example.com/a\n\n2) A blue kite\n\nhttp://example.com/b\n3) A green tent\n\nHome\n\n5) Not the list\n";
        assert_offers_list(list, &["1) A red bicycle", "2) A blue kite", "http://example.com/b", "3) A green tent"], &["Home", "5) Not the list"]);
        assert_eq!(list_number("12. Twelve"), Some(12));
        assert_eq!(list_number("2019. A year"), None);
        assert_eq!(list_number("3 Months"), None);
    }

    #[test]
    fn headlines_under_a_related_header_are_related_up_to_the_first_sentence() {
        let headlines = "1 Storm hits the coast and closes the harbour for a week 2 Council votes on the new bridge after a long debate 3 The school that won the science prize again this year";
        let input = format!("Title line\n\nMost Popular Today\n\n{headlines}\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n{PARAGRAPH} Three.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, headlines), Label::Related);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
    }

    #[test]
    fn a_timestamp_inside_the_article_does_not_cut_the_short_lines_after_it() {
        let input = format!("Title line\n\n{PARAGRAPH}\n\n(Published Monday, Nov. 18, 2019)\n\nThe suspect said he needed to get dressed.\n\nPolice used a ram to force open the door.\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "(Published Monday, Nov. 18, 2019)"), Label::Date);
        assert_eq!(label_of(&labels, "The suspect said he needed to get dressed."), Label::Body);
        assert_eq!(label_of(&labels, "Police used a ram to force open the door."), Label::Body);
    }

    #[test]
    fn a_line_under_a_body_line_without_a_blank_continues_it() {
        let input = format!("Title line\n\n{PARAGRAPH}\nand so the work went on\n\nHome\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "and so the work went on"), Label::Body);
        assert!(!label_of(&labels, "Home").is_kept());
    }

    #[test]
    fn a_reply_button_under_the_first_post_does_not_end_the_thread() {
        let input = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} One.\n\nReply\n\n{PARAGRAPH} Two.\n\n{PARAGRAPH} Three.\n\nReply\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Three.")), Label::Body);
        assert_eq!(label_of(&labels, "Reply"), Label::Comments);
    }

    #[test]
    fn a_long_cookie_banner_does_not_draw_the_article_container() {
        let notice = "We and our partners store and read information on your device, such as cookies, unique identifiers, browsing data and settings, to measure, improve and personalise what you see, and you may object at any time.";
        let html = format!(
            "<html><body><div class=consent-bar><p>{notice}</p></div>\
             <div class=col><p>{PARAGRAPH}</p><p>It will open next year.</p></div></body></html>"
        );
        let page = html::segment(&html, crate::InlineMarkup::None);
        let classification = classify(&page, None);
        assert!(classification.container.as_deref().is_some_and(|c| c.starts_with("div.col")), "{:?}", classification.container);
        let index = page.blocks.iter().position(|b| b.text == PARAGRAPH).unwrap();
        assert_eq!(classification.verdicts[index].label, Label::Body);
    }

    #[test]
    fn a_heading_slug_in_an_id_is_not_a_class_hint() {
        assert_eq!(without_heading_slugs("section respond-to-review-comments"), "section");
        assert_eq!(without_heading_slugs("social-share-buttons-bar comments"), "social-share-buttons-bar comments");
        assert_eq!(without_heading_slugs("show-total-share-count-after"), "show-total-share-count-after");
    }

    #[test]
    fn the_article_is_inside_the_pages_main_region() {
        let product = "Soft cotton socks, knitted in one piece, cushioned under the heel and the toe, with a ribbed top that stays up all day and a blend that dries fast after a wash.";
        for (main, close) in [("<main>", "</main>"), ("<div role=main>", "</div>"), ("<div role=main><main>", "</main></div>")] {
            let html = format!(
                "<html><body>{main}<h1>Crew Socks</h1><p>{product}</p><p>Sizes S, M and L; six colours.</p>{close}\
                 <div class=about><p>{PARAGRAPH}</p><p>{PARAGRAPH} Again.</p></div></body></html>"
            );
            let page = html::segment(&html, crate::InlineMarkup::None);
            let verdicts = classify(&page, None).verdicts;
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
        let page = html::segment(&html, crate::InlineMarkup::None);
        let classification = classify(&page, None);
        assert!(classification.container.as_deref().is_some_and(|c| c.starts_with("main (listing")), "{:?}", classification.container);
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
    fn code_is_told_from_prose_tables_and_title_quotes() {
        let code = |text: &str| looks_like_code(text, text.chars().count());
        assert!(code("from pydantic import BaseModel, Field class Model (BaseModel): name: str = Field (frozen = True)"));
        assert!(code("const response = await fetch(url); if (!response.ok) { throw new Error(response.status); }"));
        assert!(!code(PARAGRAPH));
        assert!(!code("Travel delay $300 (per insured) $800 (per insured) $1,600 (per insured)"));
        assert!(!code("주말 밤 9시 MBC는 이유리 주연의 <숨바꼭질>로 승부를 보고 있다."));
    }

    #[test]
    fn a_code_sample_between_body_paragraphs_is_kept_on_a_text_page() {
        let sample = "let total = items.iter().map(|item| item.price).sum::<u32>(); println!(\"{total}\");";
        let input = format!("Home\n\n{PARAGRAPH}\n\n{sample}\n\nThe total is then printed, and the council can check it against the budget it agreed.\n\n{sample}\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, sample), Label::Body);
        assert_eq!(label_of(&labels, "The total is then printed, and the council can check it against the budget it agreed."), Label::Body);
    }

    #[test]
    fn a_page_with_no_article_keeps_nothing() {
        let kept = |html: &str| {
            let page = html::segment(html, crate::InlineMarkup::None);
            let verdicts = classify(&page, None).verdicts;
            page.blocks.iter().zip(verdicts).filter(|(_, v)| v.label.is_kept()).map(|(b, _)| b.text.clone()).collect::<Vec<_>>()
        };
        // The only scored text is a newsletter box deep in the footer: every candidate's class says chaff.
        let footer = "<footer class=site-footer><div class=footer-columns><div class=footer-column><div class=footer-signup>\
                      <div class=footer-newsletter-form><p>Enter your email for 10% off your first order, and our news.</p></div></div></div></div></footer>";
        assert_eq!(kept(&format!("<body><div class=grid><div class=card>Crew Socks</div><div class=card>Ankle Socks</div></div>{footer}</body>")), Vec::<String>::new());
        // Only a footer's headings are left.
        assert_eq!(kept("<body><div class=x><h3>Help</h3><div>Browse by Category</div><div>Our Group</div></div></body>"), Vec::<String>::new());
        // One sentence is enough, full stop or not.
        let brief = "The council agreed on Tuesday that the new bridge will open next spring";
        assert_eq!(kept(&format!("<body><div class=x><p>{brief}</p></div></body>")), [brief]);
    }

    #[test]
    fn a_short_text_page_needs_a_sentence_that_ends_like_one() {
        // An event's title, long and with stopwords enough to pass for prose, printed twice.
        let title = "Part 3 – How to Write an Application for the Fellowship: a Session for Techs";
        let date = "Wednesday at 2:30 PM GMT";
        let labels = labels_of_text(&format!("Events\n\nSales end soon\n\n{title}\n\n{date}\n\nFree\n\n{title}\n\n{date}\n"));
        assert!(labels.iter().all(|(_, label)| !label.is_kept()), "{labels:?}");
        let brief = "The council agreed on Tuesday that the new bridge will open next spring. (Reuters)";
        let labels = labels_of_text(&format!("Bridge to open\n\n{brief}\n"));
        assert_eq!(label_of(&labels, brief), Label::Body);
    }
}
