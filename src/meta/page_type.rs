//! What kind of page this is: an article, a forum thread, a product, a
//! collection of products, a listing, documentation, or a service's page.
//!
//! The rules decide from what the page declares first (its JSON-LD types, then
//! `og:type`), then from the shape of its URL, then from what the classifier
//! kept (code; a listing of cards, priced or not), in that order: the first
//! that says something wins. A page that says nothing is an article.
//!
//! A linear model then weighs the rules' type with the page's shape (how
//! much was kept and in what blocks, dates and bylines, prices, cart
//! buttons, calls to action, a thread's furniture), its title and its URL's
//! slug, and names the type. Its weights (`page_type_model.rs`, one set for
//! HTML pages and one for text pages) are learned from the tune half of WCXB
//! by `scripts/train_page_type.py`; `meta/page-type-model` switches it off.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::blocks::{word_count, Block, BlockKind, Label};
use crate::meta::page_type_model;
use crate::model::{Rule, Switches};
use crate::patterns::{is_call_to_action, is_thread_furniture};
use crate::score::looks_like_code;

/// The page types of the WCXB benchmark, which a batch user can route pages by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageType {
    /// A story, a post, a guide: one text.
    #[default]
    Article,
    /// A discussion thread or a question with its answers.
    Forum,
    /// One product, with its description, specs and price.
    Product,
    /// A shop's grid of products.
    Collection,
    /// A list of items linking elsewhere: stories, jobs, search results.
    Listing,
    /// Technical documentation or an API reference.
    Documentation,
    /// A company's or a service's own page: a landing page, features, pricing.
    Service,
}

impl PageType {
    /// The type's name, as JSON writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Product => "product",
            PageType::Collection => "collection",
            PageType::Listing => "listing",
            PageType::Documentation => "documentation",
            PageType::Service => "service",
        }
    }
}

/// Every `@type` a JSON-LD script names.
static LD_TYPE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#""@type"\s*:\s*\[?\s*"([A-Za-z]+)""#).unwrap());

/// URL paths and hosts of forum threads: `/t/slug/123`, `/threads/`, `/topic/`,
/// `/comments/` (a link aggregator's thread), a forum platform's thread
/// script (`showthread.php`, `viewtopic.php`), `forum.example.com`. (Not
/// `/topics/`: a site's hub of pages on a subject. On the tune half it held
/// three articles, two documentation pages and a listing, no thread. The
/// scripts and `/comments/` matched five tune pages, all threads: page type
/// tune 84.4 -> 84.6, check 84.9 -> 85.1.)
static FORUM_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^https?://(?:(?:forums?|community|discuss|discourse)\.[^/]+|[^/]+/(?:.*/)?(?:(?:t|topic|threads?|forums?|community|discussions?|questions|comments)/|(?:showthread|viewtopic|viewthread)\.php))").unwrap()
});
/// URL paths of one product: `/product/`, `/products/`, `/p/`, `/dp/`, `/item/`.
static PRODUCT_URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^https?://[^/]+/(?:.*/)?(?:products?|p|dp|item)/").unwrap());
/// URL paths and hosts of documentation: `/docs/`, `/reference/`, `/api/`, `developer.example.com`.
static DOCUMENTATION_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^https?://(?:(?:docs|developers?)\.[^/]+|[^/]+/(?:.*/)?(?:docs?|documentation|reference|api|guides?|manual|tutorials?|learn)(?:/|$|\?|#))").unwrap()
});
/// URL paths of a shop's grid: `/collections/`, `/shop`, `/category/`, `/c/`.
static COLLECTION_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^https?://[^/]+/(?:.*/)?(?:collections?|shop|category|categories|product-category|catalog|c)(?:/|$|\?|#)").unwrap()
});
/// A story's URL: a year in the path, or a slug of four words or more.
static STORY_URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^https?://[^/]+/(?:.*/)?(?:(?:19|20)[0-9][0-9]/|[^/?#]*\w-\w+-\w+-\w)").unwrap());
/// URL paths of a service's own pages: `/services/`, `/pricing`, `/features`.
static SERVICE_URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^https?://[^/]+/(?:.*/)?(?:services?|pricing|about|solutions|features)(?:/|$|\?|#)").unwrap());

/// A price: a currency sign before a figure, or a currency after one.
static PRICE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[$€£¥]\s?[0-9]|[0-9][0-9.,]*\s?(?:€|USD|EUR|GBP|kr)").unwrap());

/// A page read as a listing that prints this many calls to action is a
/// service's page of feature cards, each with its button, not a list of
/// items. (Chosen on the tune half: 3 to 6 gained 2 to 3 pages there.)
const SERVICE_MIN_CALLS_TO_ACTION: usize = 4;

/// A listing whose kept text holds this many prices is a shop's grid of
/// products (a collection), not a list of stories or links.
const COLLECTION_MIN_PRICES: usize = 25;

/// A page with no date that keeps this many code blocks is documentation
/// (tech articles carry dates; reference pages rarely do).
const DOCUMENTATION_MIN_CODE_BLOCKS: usize = 5;

/// How many prices `text` holds.
pub fn count_prices(text: &str) -> usize {
    PRICE.find_iter(text).count()
}

/// A cart's button: the page sells what it shows.
static CART_BUTTON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)add to (?:cart|bag|basket)|buy now").unwrap());

/// The sections of a reference page, a line of their own (a colon after
/// them aside, any case): "Parameters", "Returns", "Syntax", "Examples",
/// "See also", "Browser compatibility".
const REFERENCE_HEADINGS: [&str; 21] = [
    "parameters", "return", "returns", "return value", "return values", "syntax", "example", "examples", "usage", "arguments", "options",
    "see also", "prerequisites", "installation", "requirements", "exceptions", "properties", "methods", "specifications",
    "browser compatibility", "specification",
];

/// Whether `text` is a line that heads a reference page's section ([`REFERENCE_HEADINGS`]).
fn is_reference_heading(text: &str) -> bool {
    let heading = text.trim().trim_end_matches(':').trim_end();
    REFERENCE_HEADINGS.iter().any(|name| heading.eq_ignore_ascii_case(name))
}

/// A kept block this short is a card's line or a button; this long, a paragraph of prose.
const SHORT_BLOCK_WORDS: usize = 6;
const LONG_BLOCK_WORDS: usize = 40;

/// A reference page's section heading is a word or two ("See also").
const REFERENCE_HEADING_MAX_WORDS: usize = 2;

/// A line of at most this many words may be a button ("Add to cart") or a
/// thread's furniture ("Reply", "Joined: Mar 2019"); longer ones are not read for them.
const BUTTON_MAX_WORDS: usize = 6;

/// What the page-type model reads besides the rules' evidence: the page's
/// shape, as the classifier left it. Counted on HTML pages only.
#[derive(Clone, Copy, Debug, Default)]
pub struct Shape {
    /// Whether a byline was found.
    pub byline: bool,
    /// Kept blocks, their words, and of them those under `SHORT_BLOCK_WORDS` and from `LONG_BLOCK_WORDS` words.
    pub kept_blocks: usize,
    pub kept_words: usize,
    pub short_blocks: usize,
    pub long_blocks: usize,
    /// Kept blocks of each kind: headings, list items, code, quotes, bare text.
    pub headings: usize,
    pub list_items: usize,
    pub code: usize,
    pub quotes: usize,
    pub bare_text: usize,
    /// Prices in the kept text, and anywhere on the page.
    pub kept_prices: usize,
    pub page_prices: usize,
    /// Lines anywhere on the page that are cart buttons, calls to action or a thread's furniture ([`is_thread_furniture`]).
    pub cart_buttons: usize,
    pub calls_to_action: usize,
    pub thread_words: usize,
    /// Lines anywhere on the page that head a reference page's section ([`REFERENCE_HEADINGS`]).
    pub reference_headings: usize,
    /// Blocks labelled date, and byline.
    pub date_lines: usize,
    pub byline_lines: usize,
}

impl Shape {
    /// Counts a page's shape from its blocks and their verdicts' labels.
    pub fn measure<'b>(blocks: impl Iterator<Item = (&'b Block, Label)>, byline: bool) -> Shape {
        let mut shape = Shape { byline, ..Shape::default() };
        for (block, label) in blocks {
            // Every price has a digit, and most blocks have none.
            let prices = if block.text.bytes().any(|b| b.is_ascii_digit()) { count_prices(&block.text) } else { 0 };
            shape.page_prices += prices;
            // Buttons, a thread's furniture and headings stand on short lines;
            // prose is not read for them.
            let at_most = |words: usize| block.text.split_whitespace().nth(words).is_none();
            if at_most(BUTTON_MAX_WORDS) {
                shape.cart_buttons += usize::from(CART_BUTTON.is_match(&block.text));
                shape.thread_words += usize::from(is_thread_furniture(&block.text));
                shape.calls_to_action += usize::from(is_call_to_action(&block.text));
                shape.reference_headings += usize::from(at_most(REFERENCE_HEADING_MAX_WORDS) && is_reference_heading(&block.text));
            }
            shape.date_lines += usize::from(label == Label::Date);
            shape.byline_lines += usize::from(label == Label::Byline);
            if !label.is_kept() {
                continue;
            }
            let words = word_count(&block.text);
            shape.kept_blocks += 1;
            shape.kept_words += words;
            shape.short_blocks += usize::from(words < SHORT_BLOCK_WORDS);
            shape.long_blocks += usize::from(words >= LONG_BLOCK_WORDS);
            shape.kept_prices += prices;
            match block.kind {
                BlockKind::Heading(_) => shape.headings += 1,
                BlockKind::ListItem { .. } => shape.list_items += 1,
                BlockKind::Preformatted => shape.code += 1,
                BlockKind::Quote => shape.quotes += 1,
                // A text page's code is lines like any other: what they hold tells it.
                BlockKind::Text if block.line > 0 && looks_like_code(&block.text, block.text.chars().count()) => shape.code += 1,
                BlockKind::Text => shape.bare_text += 1,
                _ => {}
            }
        }
        shape
    }
}

/// What the page type is decided from.
#[derive(Clone, Copy, Debug, Default)]
pub struct Evidence<'a> {
    /// Every `@type` the page's JSON-LD names (see [`declared_types`]).
    pub ld_types: &'a [String],
    /// The page's `og:type`, if any.
    pub og_type: Option<&'a str>,
    /// The page's canonical URL, if known.
    pub url: Option<&'a str>,
    /// The page's title, if known.
    pub title: Option<&'a str>,
    /// Whether the classifier took the page for a listing of cards.
    pub listing: bool,
    /// Whether those cards link to their items.
    pub linked_cards: bool,
    /// The code blocks kept.
    pub code_blocks: usize,
    /// The prices in the kept text (counted on a listing only: nothing else reads them).
    pub prices: usize,
    /// The calls to action anywhere on the page (counted on a listing only: nothing else reads them).
    pub calls_to_action: usize,
    /// Whether the page gives a publication date.
    pub dated: bool,
    /// The page's shape, for the model.
    pub shape: Option<Shape>,
    /// Whether the page was read as text: the model for text pages weighs its shape.
    pub text_page: bool,
    /// The page's forms (`<form>` elements): a cart button, a product's options, a grid's filters, a search box.
    pub forms: usize,
    /// Whether the page prints the heading of a post it quotes ([`is_quoted_post_heading`](crate::patterns::is_quoted_post_heading)).
    pub quotes_posts: bool,
    /// Whether the page heads two posts or more with their author, date, time and number ([`is_numbered_post_header`](crate::patterns::is_numbered_post_header)).
    pub numbers_posts: bool,
    /// Whether the page prints a Q&A site's card over its question's asker ("asked Feb 11, 2011 at 23:49").
    pub asks_question: bool,
    /// The rules switched off.
    pub switches: Switches,
}

/// Every `@type` the JSON-LD scripts name, in order.
pub fn declared_types(json_ld: &[String]) -> Vec<String> {
    json_ld.iter().flat_map(|script| LD_TYPE.captures_iter(script).filter_map(|c| c.get(1)).map(|m| m.as_str().to_string())).collect()
}

/// The type the page's JSON-LD declares, if any: a thread, one product on
/// offer, a reference page, a collection or an article, in that order.
fn declared_type(ld_types: &[String]) -> Option<PageType> {
    let declares = |types: &[&str]| ld_types.iter().any(|t| types.contains(&t.as_str()));
    if declares(&["DiscussionForumPosting", "QAPage"]) {
        Some(PageType::Forum)
    } else if declares(&["Product"]) && declares(&["Offer"]) && !declares(&["ItemList", "CollectionPage"]) {
        Some(PageType::Product)
    } else if declares(&["TechArticle", "APIReference"]) {
        Some(PageType::Documentation)
    } else if declares(&["CollectionPage"]) {
        Some(PageType::Collection)
    } else if declares(&["Article", "NewsArticle", "BlogPosting", "Report"]) {
        Some(PageType::Article)
    } else {
        None
    }
}

/// Whether a page's JSON-LD or its URL says it is a discussion thread.
pub fn declares_thread(ld_types: &[String], url: Option<&str>) -> bool {
    declared_type(ld_types) == Some(PageType::Forum) || url.is_some_and(|url| FORUM_URL.is_match(url))
}

/// Whether a page's URL is one product's (`/product/`, `/products/`, `/p/`, `/dp/`, `/item/`).
pub fn has_product_url(url: Option<&str>) -> bool {
    url.is_some_and(|url| PRODUCT_URL.is_match(url))
}

/// Whether a page's JSON-LD says it is one product on offer. (`og:type`
/// `product` is left out: shops set it on their category pages too.)
pub fn declares_product(ld_types: &[String]) -> bool {
    declared_type(ld_types) == Some(PageType::Product)
}

/// The model's inputs for one page, named by [`page_type_model::INPUTS`].
pub type ModelInput = [f32; page_type_model::INPUTS.len()];

/// The page's type, and what it was decided from.
#[derive(Clone, Copy, Debug)]
pub struct Typed {
    /// The type: the rules', weighed with the page's shape by the model when there is one.
    pub page_type: PageType,
    /// The rules' type alone ([`listed_type`]).
    pub listed: PageType,
    /// The model's inputs, if it read any.
    pub model_input: Option<ModelInput>,
}

/// The page's type: the rules' ([`listed_type`]), weighed with the page's
/// shape by the model when there is one.
pub fn page_type(evidence: Evidence) -> Typed {
    let listed = listed_type(evidence);
    let mut typed = match evidence.shape {
        Some(shape) if evidence.switches.on(Rule::PageTypeModel) => {
            let input = model_input(&evidence, &shape, listed);
            let weights = if evidence.text_page { &page_type_model::TEXT_WEIGHTS } else { &page_type_model::HTML_WEIGHTS };
            Typed { page_type: model_type(&input, weights), listed, model_input: Some(input) }
        }
        _ => Typed { page_type: listed, listed, model_input: None },
    };
    // Forum software heads each post it quotes ("Ann said:"); nothing else
    // prints that, and a thread's text alone, its furniture gone in
    // extraction, reads as an article to the model. (On the tune half 17
    // pages print one, all threads; of them the text model typed 8 as
    // articles, products or services. Text page type tune 70.6 -> 71.8,
    // check 68.6 -> 69.3; HTML one page each half.)
    // The same for a thread that numbers its posts under their authors and
    // times. (On the tune half 6 text pages print two such headers or more,
    // all threads, 5 of them typed articles; on the check half 13, all
    // threads, 10 typed articles.)
    // And for a question whose card says who asked it, and when.
    let thread_printed = (evidence.switches.on(Rule::QuotedPosts) && evidence.quotes_posts)
        || (evidence.switches.on(Rule::NumberedPosts) && evidence.numbers_posts)
        || (evidence.switches.on(Rule::QuestionAsker) && evidence.asks_question);
    if thread_printed {
        typed.page_type = PageType::Forum;
    }
    typed
}

/// The model's inputs, named by [`page_type_model::INPUTS`], each scaled to
/// about 0..1: the rules' type, the page's shape, its title's length and
/// figures, how many words its URL's slug has, its forms, and the JSON-LD
/// types that place it in its site ([`DECLARED_TYPES`]). (The markup's types
/// that name the page's kind, its `og:type` and the URL's path are left to
/// the rules: read by the model as well, they fitted the tune half better
/// and the check half no better. The title and the slug took the model from
/// 80.9% to 83.3% on the tune half and from 80.9% to 83.1% on the check half
/// (session 18); the forms and the site's types to 84.6% and 84.3% (session 19).)
pub fn model_input(evidence: &Evidence, shape: &Shape, listed: PageType) -> ModelInput {
    let share = |n: usize| if shape.kept_blocks == 0 { 0.0 } else { n as f32 / shape.kept_blocks as f32 };
    let log = |n: usize, scale: f32| (n as f32).ln_1p() / scale;
    let flag = |b: bool| f32::from(u8::from(b));
    let title = evidence.title.unwrap_or_default();
    let mut input = [0.0; page_type_model::INPUTS.len()];
    let values = page_type_model::TYPES.iter().map(|&t| flag(listed == t)).chain([
        flag(evidence.dated),
        flag(shape.byline),
        log(shape.kept_words, 10.0),
        log(shape.kept_blocks, 7.0),
        share(shape.short_blocks),
        share(shape.long_blocks),
        share(shape.headings),
        share(shape.list_items),
        share(shape.code),
        share(shape.quotes),
        share(shape.bare_text),
        log(shape.kept_prices, 5.0),
        log(shape.page_prices, 5.0),
        log(shape.thread_words, 5.0),
        log(shape.cart_buttons, 3.0),
        log(shape.calls_to_action, 3.0),
        log(shape.date_lines, 4.0),
        log(shape.byline_lines, 4.0),
        // A story's title is a sentence, often numbered ("9 Fitness Trends
        // to Keep An Eye On"), and its URL a slug of its words; a service's
        // page is named in a few words ("Payments") at a short path.
        (word_count(title).min(TITLE_WORDS_SCALE) as f32) / TITLE_WORDS_SCALE as f32,
        flag(title.trim_end().ends_with('?')),
        flag(title.split(|c: char| !c.is_alphanumeric()).any(|token| !token.is_empty() && token.chars().all(|c| c.is_ascii_digit()))),
        (slug_words(evidence.url.unwrap_or_default()).min(SLUG_WORDS_SCALE) as f32) / SLUG_WORDS_SCALE as f32,
        // A shop's pages are full of forms (a cart button, a product's
        // options, a grid's filters); a story's hold a search box at most.
        (evidence.forms.min(FORMS_SCALE) as f32) / FORMS_SCALE as f32,
        // A reference page heads its sections "Parameters", "Returns", "Examples".
        log(shape.reference_headings, 3.0),
    ])
    // Where the markup places the page in its site, type by type.
    .chain(DECLARED_TYPES.iter().map(|declared| flag(evidence.ld_types.iter().any(|t| t == declared))));
    for (slot, value) in input.iter_mut().zip(values) {
        *slot = value;
    }
    input
}

/// Forms count up to this many.
const FORMS_SCALE: usize = 5;

/// The schema.org types, naming the page's place in its site, whose
/// presence in the page's JSON-LD the model reads one by one (its inputs
/// `declares_Organization`...): a story's graph names its author (`Person`), a
/// shop's or a service's its `Organization` and a `BreadcrumbList`. (The
/// types that name the page's kind, `Product`, `FAQPage`, `ItemList`..., are
/// the rules' evidence; read by the model too, they fitted the tune half and
/// not the check half: 85.3% and 83.8%, against 84.6% and 84.3% without them.)
pub const DECLARED_TYPES: [&str; 5] = ["Organization", "WebSite", "WebPage", "BreadcrumbList", "Person"];

/// A title's words count up to this many (a longer one is as much a sentence).
const TITLE_WORDS_SCALE: usize = 15;

/// A URL slug's words count up to this many.
const SLUG_WORDS_SCALE: usize = 10;

/// The words (runs of ASCII letters) in the last part of a URL's path:
/// `best-drip-coffee-maker` has four, `/products/` one, the site's root none.
fn slug_words(url: &str) -> usize {
    last_path_part(url).split(|c: char| !c.is_ascii_alphabetic()).filter(|word| !word.is_empty()).count()
}

/// The last non-empty part of a URL's path, without its query and
/// fragment: `best-drip-coffee-maker` of `https://example.com/blog/best-drip-coffee-maker/?ref=x`;
/// empty at the site's root.
pub(crate) fn last_path_part(url: &str) -> &str {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest.find('/').map_or("", |at| &rest[at..]));
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.split('/').rfind(|part| !part.is_empty()).unwrap_or_default()
}

/// The type whose weights score `input` highest (ties: the earlier type).
fn model_type(input: &ModelInput, model: &[[f32; page_type_model::INPUTS.len() + 1]; page_type_model::TYPES.len()]) -> PageType {
    let score = |weights: &[f32; page_type_model::INPUTS.len() + 1]| {
        weights[page_type_model::INPUTS.len()] + weights.iter().zip(input).map(|(w, x)| w * x).sum::<f32>()
    };
    let mut best = (PageType::Article, f32::NEG_INFINITY);
    for (page_type, weights) in page_type_model::TYPES.iter().zip(model) {
        let s = score(weights);
        if s > best.1 {
            best = (*page_type, s);
        }
    }
    best.0
}

/// The page's type by the rules: from the first evidence that names one.
pub fn listed_type(evidence: Evidence) -> PageType {
    let on = |rule: Rule| evidence.switches.on(rule);
    let declared = declared_type(evidence.ld_types);
    let og_type = evidence.og_type.map(str::to_ascii_lowercase).unwrap_or_default();
    let url = evidence.url.unwrap_or_default();
    let path_depth = url.split(['?', '#']).next().unwrap_or_default().split('/').skip(3).filter(|s| !s.is_empty()).count();
    if declared == Some(PageType::Forum) || FORUM_URL.is_match(url) {
        PageType::Forum
    } else if declared == Some(PageType::Product) || og_type == "product" || PRODUCT_URL.is_match(url) {
        PageType::Product
    } else if declared == Some(PageType::Documentation) || DOCUMENTATION_URL.is_match(url) {
        PageType::Documentation
    } else if declared == Some(PageType::Collection) || og_type == "product.group" || COLLECTION_URL.is_match(url) {
        PageType::Collection
    } else if declared == Some(PageType::Article) || og_type == "article" {
        PageType::Article
    } else if on(Rule::CodeDocumentation) && evidence.code_blocks >= DOCUMENTATION_MIN_CODE_BLOCKS && !evidence.dated {
        PageType::Documentation
    } else if evidence.listing && !STORY_URL.is_match(url) {
        if on(Rule::PricedCollection) && evidence.prices >= COLLECTION_MIN_PRICES {
            PageType::Collection
        } else if (on(Rule::UnlinkedCardsService) && !evidence.linked_cards)
            || (on(Rule::CallsToActionService) && evidence.calls_to_action >= SERVICE_MIN_CALLS_TO_ACTION)
        {
            // Feature boxes that link nowhere, or buttons that sell ("Get started"): a service's page.
            PageType::Service
        } else {
            PageType::Listing
        }
    } else if !url.is_empty() && (path_depth == 0 || SERVICE_URL.is_match(url) || (path_depth == 1 && !STORY_URL.is_match(url))) {
        PageType::Service
    } else {
        PageType::Article
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::{is_call_to_action, is_numbered_post_header, is_quoted_post_heading};

    /// The type alone.
    fn page_type(evidence: Evidence) -> PageType {
        super::page_type(evidence).page_type
    }

    fn of_url(url: &str) -> PageType {
        page_type(Evidence { url: Some(url), ..Evidence::default() })
    }

    #[test]
    fn product_urls_are_one_products_paths() {
        assert!(has_product_url(Some("https://shop.example.com/products/crew-socks")));
        assert!(has_product_url(Some("https://www.example.com/dp/B0C1234567")));
        assert!(!has_product_url(Some("https://shop.example.com/collections/socks")));
        assert!(!has_product_url(Some("https://example.com/blog/our-products-story")));
        assert!(!has_product_url(None));
    }

    #[test]
    fn declared_types_come_first() {
        let product = declared_types(&[r#"{"@type": "Product", "offers": {"@type": "Offer", "price": "9.99"}}"#.to_string()]);
        assert_eq!(page_type(Evidence { ld_types: &product, url: Some("https://example.com/blog/"), ..Evidence::default() }), PageType::Product);
        let thread = declared_types(&[r#"{"@type": ["DiscussionForumPosting"]}"#.to_string()]);
        assert_eq!(page_type(Evidence { ld_types: &thread, ..Evidence::default() }), PageType::Forum);
        let story = declared_types(&[r#"{"@type": "NewsArticle"}"#.to_string()]);
        assert_eq!(page_type(Evidence { ld_types: &story, listing: true, ..Evidence::default() }), PageType::Article);
    }

    #[test]
    fn one_product_on_offer_is_declared_and_a_list_of_them_is_not() {
        let product = declared_types(&[r#"{"@type": "Product", "offers": {"@type": "Offer", "price": "9.99"}}"#.to_string()]);
        assert!(declares_product(&product));
        let list = declared_types(&[r#"{"@type": "ItemList", "itemListElement": [{"@type": "Product", "offers": {"@type": "Offer"}}]}"#.to_string()]);
        assert!(!declares_product(&list));
        assert!(!declares_product(&declared_types(&[r#"{"@type": "Product"}"#.to_string()])));
    }

    #[test]
    fn url_shapes_name_the_type_and_near_misses_do_not() {
        assert_eq!(of_url("https://forum.example.com/t/best-first-telescope/1555"), PageType::Forum);
        assert_eq!(of_url("https://example.com/products/wool-runner"), PageType::Product);
        assert_eq!(of_url("https://example.com/docs/getting-started"), PageType::Documentation);
        assert_eq!(of_url("https://example.com/collections/sneakers"), PageType::Collection);
        assert_eq!(of_url("https://example.com/"), PageType::Service);
        assert_eq!(of_url("https://example.com/2024/05/orchard-growers-try-sheep"), PageType::Article);
        // "docsis" is no documentation, "productivity" no product.
        assert_eq!(of_url("https://example.com/news/docsis-upgrade-brings-faster-cable-speeds"), PageType::Article);
        assert_eq!(of_url("https://example.com/blog/productivity-tips-for-remote-teams-that-work"), PageType::Article);
    }

    #[test]
    fn a_sites_topic_hubs_are_no_threads() {
        assert_eq!(of_url("https://example.com/topic/12345-my-first-telescope/"), PageType::Forum);
        // A site's hub of pages on a subject: `/topics/` is no thread.
        assert_ne!(of_url("https://www.example.gov/topics/natural-resources-environment/climate-change"), PageType::Forum);
        assert_ne!(of_url("https://www.example.com/topics/camping-and-hiking/best-gps-watch"), PageType::Forum);
    }

    #[test]
    fn a_forum_platforms_thread_scripts_and_a_comments_path_are_threads() {
        assert_eq!(of_url("https://www.example.com/showthread.php?t=1930933"), PageType::Forum);
        assert_eq!(of_url("https://example.com/board/viewtopic.php?f=2&t=1234"), PageType::Forum);
        assert_eq!(of_url("https://example.com/r/cooking/comments/1rl0nt4/enameled_pan/"), PageType::Forum);
        // A script named for something else, a slug that mentions comments: no thread.
        assert_ne!(of_url("https://example.com/showprofile.php?u=12"), PageType::Forum);
        assert_ne!(of_url("https://example.com/blog/readers-comments-on-our-2024-survey"), PageType::Forum);
    }

    #[test]
    fn an_undated_page_of_code_is_documentation_and_a_dated_one_is_not() {
        let reference = Evidence { code_blocks: 6, url: Some("https://example.com/2024/how-the-parser-reads-a-file"), ..Evidence::default() };
        assert_eq!(page_type(reference), PageType::Documentation);
        assert_eq!(page_type(Evidence { dated: true, ..reference }), PageType::Article);
        assert_eq!(page_type(Evidence { code_blocks: 4, ..reference }), PageType::Article);
    }

    #[test]
    fn a_listing_full_of_prices_is_a_collection() {
        let grid = Evidence { listing: true, linked_cards: true, prices: 30, url: Some("https://shop.example.com/monitor-arms"), ..Evidence::default() };
        assert_eq!(page_type(grid), PageType::Collection);
        assert_eq!(page_type(Evidence { prices: 3, ..grid }), PageType::Listing);
        assert_eq!(count_prices("From $1,299 or 12 x 108,25 € a month; was £5"), 3);
    }

    #[test]
    fn a_listing_of_cards_is_a_listing_unless_its_url_is_a_storys() {
        let cards = Evidence { listing: true, linked_cards: true, url: Some("https://example.com/jobs"), ..Evidence::default() };
        assert_eq!(page_type(cards), PageType::Listing);
        assert_eq!(page_type(Evidence { url: Some("https://example.com/2024/05/ten-best-walks-in-the-hills"), ..cards }), PageType::Article);
    }

    #[test]
    fn a_listing_with_a_call_to_action_on_its_cards_is_a_services_page() {
        let cards = Evidence { listing: true, linked_cards: true, calls_to_action: 5, url: Some("https://example.com/platform"), ..Evidence::default() };
        assert_eq!(page_type(cards), PageType::Service);
        assert_eq!(page_type(Evidence { calls_to_action: 1, ..cards }), PageType::Listing);
        let mut switches = Switches::default();
        switches.switch_off("meta/calls-to-action-service").unwrap();
        assert_eq!(page_type(Evidence { switches, ..cards }), PageType::Listing);
        assert!(is_call_to_action("Request a demo") && is_call_to_action("Learn More →") && is_call_to_action("GET A FREE QUOTE"));
        // Near misses: a headline that starts like a button, a link to read on.
        assert!(!is_call_to_action("Learn more about the council's new budget") && !is_call_to_action("Read more"));
    }

    #[test]
    fn a_text_pages_lines_of_code_count_as_code_and_an_html_pages_bare_text_does_not() {
        let line = |text: &str, number: usize| Block::text_line(text.to_string(), number, true);
        let code = "let total = items.iter().map(|item| item.price).sum::<u32>();";
        let prose = "The council met on Tuesday and agreed that the bridge would be built.";
        let text_page = [line(code, 1), line(prose, 2)];
        let shape = Shape::measure(text_page.iter().map(|b| (b, Label::Body)), false);
        assert_eq!((shape.code, shape.bare_text), (1, 1));
        // On HTML, code is what `<pre>` holds: a bare run of text is not read for it.
        let html_page = [Block { line: 0, ..line(code, 1) }];
        let shape = Shape::measure(html_page.iter().map(|b| (b, Label::Body)), false);
        assert_eq!((shape.code, shape.bare_text), (0, 1));
    }

    #[test]
    fn a_story_in_japanese_is_counted_in_words_not_in_runs_between_spaces() {
        // Japanese leaves no space between words: each paragraph is one run.
        let paragraph = "港湾局は月曜日、五月一日から港のフェリーを毎時運航すると発表した。乗客数は昨年倍増し、従来の時刻表では両方の桟橋に行列ができていた。";
        let page = [paragraph; 3].map(|text| Block::text_line(text.repeat(2), 1, true));
        let shape = Shape::measure(page.iter().map(|b| (b, Label::Body)), true);
        assert_eq!((shape.short_blocks, shape.long_blocks), (0, 3));
        let story = Evidence { dated: true, title: Some("港に新しいフェリー、五月から毎時運航"), shape: Some(shape), ..Evidence::default() };
        assert_eq!(page_type(story), PageType::Article);
        // Near miss: a card's line in Japanese is still short.
        let card = Block::text_line("新着記事".to_string(), 1, true);
        assert_eq!(Shape::measure([(&card, Label::Body)].into_iter(), false).short_blocks, 1);
    }

    #[test]
    fn a_reference_pages_section_headings_are_counted() {
        let line = |text: &str| Block::text_line(text.to_string(), 1, true);
        let page = ["Parameters", "Returns:", "See also", "Browser compatibility"].map(line);
        let shape = Shape::measure(page.iter().map(|b| (b, Label::Body)), false);
        assert_eq!(shape.reference_headings, 4);
        // Near misses: a sentence that opens with a section's name, a heading of three words.
        let page = ["Returns are free within 30 days of delivery.", "See also our guide"].map(line);
        let shape = Shape::measure(page.iter().map(|b| (b, Label::Body)), false);
        assert_eq!(shape.reference_headings, 0);
    }

    #[test]
    fn a_page_that_heads_the_posts_it_quotes_is_a_thread() {
        // A thread read as text: its furniture gone, the model takes it for a story.
        let shape = Shape { kept_blocks: 20, kept_words: 900, long_blocks: 6, ..Shape::default() };
        let thread = Evidence { text_page: true, dated: true, title: Some("Why the bridge vote went the way it did"), shape: Some(shape), quotes_posts: true, ..Evidence::default() };
        assert_eq!(page_type(thread), PageType::Forum);
        assert_eq!(page_type(Evidence { quotes_posts: false, ..thread }), PageType::Article);
        let mut switches = Switches::default();
        switches.switch_off("meta/quoted-posts").unwrap();
        assert_eq!(page_type(Evidence { switches, ..thread }), PageType::Article);
        // A thread that numbers its posts under their authors and times.
        let numbered = Evidence { quotes_posts: false, numbers_posts: true, ..thread };
        assert_eq!(page_type(numbered), PageType::Forum);
        let mut switches = Switches::default();
        switches.switch_off("meta/numbered-posts").unwrap();
        assert_eq!(page_type(Evidence { switches, ..numbered }), PageType::Article);
        // A question whose card says who asked it.
        let asked = Evidence { quotes_posts: false, asks_question: true, ..thread };
        assert_eq!(page_type(asked), PageType::Forum);
        let mut switches = Switches::default();
        switches.switch_off("meta/question-asker").unwrap();
        assert_eq!(page_type(Evidence { switches, ..asked }), PageType::Article);
        for header in ["blumo September 22, 2024, 2:43pm 1", "blue_emperor September 22, 2024, 11:24pm 2", "Molly January 3, 2025, 7:57pm #4"] {
            assert!(is_numbered_post_header(header), "{header}");
        }
        // Near misses: a date line with its time, an update, a line of prose that ends in a figure.
        for line in ["September 22, 2024, 2:43pm", "Updated September 22, 2024, 2:43pm", "The council met on 22 September 2024 at 7:30 and voted 5"] {
            assert!(!is_numbered_post_header(line), "{line}");
        }
        for heading in ["Poltergust said:", "On 3/5/2024 at 7:29 PM, Dave-in-Decatur said:", "10 hours ago, R C-R said:", "Jan White wrote:", "Originally Posted by jonburnaby", "Quote Originally Posted by ann_lee View Post"] {
            assert!(is_quoted_post_heading(heading), "{heading}");
        }
        // Near misses: a story's way into a quotation, a sentence that goes on,
        // a byline, a blog's comment headers (the time before "said:", not a name).
        for line in [
            "He said:",
            "The minister said:",
            "She said: the bridge will open in May.",
            "Posted by Ann Lee",
            "What the council said about the bridge and the roads, and why it matters so much to the town:",
            "Alex on September 17, 2018 at 6:34 am said:",
            "Catherine (GiveWell) on September 13, 2018 at 17:23 said:",
        ] {
            assert!(!is_quoted_post_heading(line), "{line}");
        }
    }

    #[test]
    fn the_model_reads_a_storys_title_and_slug_and_a_services_short_name() {
        // The same page of headings and short paragraphs, under a service's
        // name at a short path, and under a story's numbered title and slug.
        let shape = Shape { kept_blocks: 30, kept_words: 900, short_blocks: 12, long_blocks: 6, headings: 8, bare_text: 2, ..Shape::default() };
        let service = Evidence { title: Some("Payments"), url: Some("https://example.com/payments"), shape: Some(shape), ..Evidence::default() };
        assert_eq!(page_type(service), PageType::Service);
        let story = Evidence { title: Some("9 Ways to Take Payments Online Without a Card Reader"), url: Some("https://example.com/take-payments-online"), ..service };
        assert_eq!(page_type(story), PageType::Article);
        assert_eq!(slug_words("https://example.com/blog/best-drip-coffee-maker/?ref=top#reviews"), 4);
        assert_eq!(slug_words("https://example.com/"), 0);
        assert_eq!(slug_words("https://example.com/products/8231"), 0);
    }

    #[test]
    fn the_model_reads_the_sites_declared_types_and_the_pages_forms() {
        // A page of headings and short paragraphs: a story by the rules. A
        // graph that places it in a site's breadcrumbs under the
        // organisation makes it a service's page; one that names its author keeps it a story.
        let shape = Shape { kept_blocks: 30, kept_words: 900, short_blocks: 12, long_blocks: 6, headings: 8, bare_text: 2, ..Shape::default() };
        let page = Evidence { title: Some("Payroll services for small teams"), url: Some("https://example.com/payroll-for-small-teams"), shape: Some(shape), ..Evidence::default() };
        assert_eq!(page_type(page), PageType::Article);
        let site = ["WebPage", "BreadcrumbList", "Organization"].map(String::from);
        assert_eq!(page_type(Evidence { ld_types: &site, ..page }), PageType::Service);
        let authored = ["WebPage", "Person"].map(String::from);
        assert_eq!(page_type(Evidence { ld_types: &authored, ..page }), PageType::Article);
        // A grid of linked cards with a few prices: a shop's grid when the page is full of forms (carts, options, filters).
        let shape = Shape { kept_blocks: 40, kept_words: 500, short_blocks: 30, list_items: 10, kept_prices: 4, page_prices: 8, ..Shape::default() };
        let grid = Evidence { title: Some("Trail running shoes"), url: Some("https://example.com/trail-running-shoes"), shape: Some(shape), listing: true, linked_cards: true, ..Evidence::default() };
        assert_eq!(page_type(grid), PageType::Listing);
        assert_eq!(page_type(Evidence { forms: 5, ..grid }), PageType::Collection);
        // The model's input names follow the declared types it reads.
        let names = &page_type_model::INPUTS[page_type_model::INPUTS.len() - DECLARED_TYPES.len()..];
        assert!(names.iter().zip(DECLARED_TYPES).all(|(name, declared)| name.strip_prefix("declares_") == Some(declared)));
    }

    #[test]
    fn cards_that_link_nowhere_are_a_services_feature_boxes() {
        let boxes = Evidence { listing: true, linked_cards: false, url: Some("https://example.com/waf"), ..Evidence::default() };
        assert_eq!(page_type(boxes), PageType::Service);
        assert_eq!(page_type(Evidence { linked_cards: true, ..boxes }), PageType::Listing);
        let mut switches = Switches::default();
        switches.switch_off("meta/unlinked-cards-service").unwrap();
        assert_eq!(page_type(Evidence { switches, ..boxes }), PageType::Listing);
    }

    /// A page the rules call an article (WordPress sets `og:type` article on
    /// every page) with the shape of a service's landing page: undated,
    /// unsigned, its kept text in headings and short lines, its buttons selling.
    fn landing_page<'a>(switches: Switches) -> Evidence<'a> {
        let shape = Shape { kept_blocks: 40, kept_words: 600, short_blocks: 22, headings: 14, calls_to_action: 6, ..Shape::default() };
        Evidence { og_type: Some("article"), url: Some("https://example.com/payroll-services/"), shape: Some(shape), switches, ..Evidence::default() }
    }

    #[test]
    fn the_model_takes_an_undated_page_of_headings_and_buttons_for_a_service_unless_switched_off() {
        assert_eq!(listed_type(landing_page(Switches::default())), PageType::Article);
        assert_eq!(page_type(landing_page(Switches::default())), PageType::Service);
        let mut switches = Switches::default();
        switches.switch_off("meta/page-type-model").unwrap();
        assert_eq!(page_type(landing_page(switches)), PageType::Article);
    }

    #[test]
    fn the_model_leaves_a_dated_signed_story_an_article() {
        let shape = Shape { byline: true, kept_blocks: 30, kept_words: 1200, long_blocks: 14, headings: 4, date_lines: 1, byline_lines: 1, ..Shape::default() };
        let story = Evidence { url: Some("https://example.com/news/orchard-growers-try-sheep-to-keep-the-grass-down"), dated: true, shape: Some(shape), ..Evidence::default() };
        assert_eq!(page_type(story), PageType::Article);
    }

    /// Once, an empty page was typed by the model's bias alone: a listing
    /// on the HTML track, a product on the text track.
    #[test]
    fn a_page_with_no_text_at_all_is_typed_by_its_markup_not_by_the_models_bias() {
        let html = crate::Options { input: crate::InputKind::Html, ..crate::Options::default() };
        let text = crate::Options { input: crate::InputKind::Text, ..crate::Options::default() };
        let type_of = |page: &str, options: &crate::Options| crate::clean(page.as_bytes(), options).unwrap().meta.page_type;
        assert_eq!(type_of("<html><body></body></html>", &html), PageType::Article);
        assert_eq!(type_of("", &text), PageType::Article);
        let declared = r#"<html><head><meta property="og:type" content="product"></head><body></body></html>"#;
        assert_eq!(type_of(declared, &html), PageType::Product);
        // Near miss: a page with text is weighed by the model, as before.
        assert_eq!(type_of("Trail Running Shoes\n\nAdd to cart\n", &text), PageType::Product);
    }

    /// Once, a page of one sentence, in a JSON line or on standard input,
    /// was typed a listing: the models learned from whole pages only.
    #[test]
    fn a_text_extracted_already_is_typed_by_the_rules_not_by_the_model() {
        let story = "The council voted on Tuesday to close the old bridge to cars from next spring.\n\n\
                     Work on a new crossing will start in the summer and should take two years, the council said.\n";
        let text = crate::Options { input: crate::InputKind::Text, ..crate::Options::default() };
        let html = crate::Options { input: crate::InputKind::Html, ..crate::Options::default() };
        let meta = |page: &str, options: &crate::Options| crate::clean(page.as_bytes(), options).unwrap().meta;
        let first_sentence = story.lines().next().unwrap();
        for (page, options) in [(story.to_string(), &text), (first_sentence.to_string(), &text), (format!("<p>{first_sentence}</p>"), &html)] {
            let untitled = meta(&page, options);
            assert_eq!((untitled.title, untitled.page_type), (None, PageType::Article), "{page}");
            assert!(untitled.page_type_inputs.is_empty());
            let mut off = options.clone();
            off.switched_off.switch_off("meta/extracted-by-rules").unwrap();
            assert_eq!(meta(&page, &off).page_type, PageType::Listing, "{page}");
        }
        // Near misses: under a title, or over a cookie notice (a whole
        // page's), the model weighs the same story.
        let titled = meta(&format!("Bridge to close to cars\n\n{story}"), &text);
        assert_eq!(titled.title.as_deref(), Some("Bridge to close to cars"));
        assert!(!titled.page_type_inputs.is_empty());
        let with_notice = meta(&format!("{story}\nWe use cookies to improve your experience on our site.\n"), &text);
        assert_eq!(with_notice.title, None);
        assert!(!with_notice.page_type_inputs.is_empty());
    }

    #[test]
    fn a_text_pages_type_is_named_by_the_model_for_text() {
        let shoes = ["Summit Glide", "Boulder Dash", "Fell Racer", "Canyon Cruiser", "Ridge Runner", "Mudlark Grip", "Scree Hopper", "Tor Chaser"];
        let mut grid = String::from("Trail Running Shoes\n\n");
        for (i, shoe) in shoes.iter().enumerate() {
            grid += &format!("{shoe} Trail Shoe - Men's\n\n${}.95\n\n4.{i} out of 5 stars ({} reviews)\n\nAdd to cart\n\n", 99 + 5 * i, 20 + 7 * i);
        }
        let mut options = crate::Options { input: crate::InputKind::Text, ..crate::Options::default() };
        assert_eq!(crate::clean(grid.as_bytes(), &options).unwrap().meta.page_type, PageType::Collection);
        options.switched_off.switch_off("meta/page-type-model").unwrap();
        assert_eq!(crate::clean(grid.as_bytes(), &options).unwrap().meta.page_type, PageType::Article);
    }

    #[test]
    fn the_models_inputs_are_named_in_the_order_they_are_filled() {
        let shape = Shape::default();
        for page_type in page_type_model::TYPES {
            let input = model_input(&Evidence::default(), &shape, page_type);
            let slot = page_type_model::INPUTS.iter().position(|name| *name == format!("listed_{}", page_type.as_str())).unwrap();
            assert_eq!(input[slot], 1.0, "{}", page_type.as_str());
            assert_eq!(input[..page_type_model::TYPES.len()].iter().sum::<f32>(), 1.0);
        }
        let dated = model_input(&Evidence { dated: true, ..Evidence::default() }, &Shape { kept_blocks: 4, headings: 1, ..shape }, PageType::Article);
        let named = |name: &str| dated[page_type_model::INPUTS.iter().position(|n| *n == name).unwrap()];
        assert_eq!((named("dated"), named("heading_share"), named("byline")), (1.0, 0.25, 0.0));
    }
}
