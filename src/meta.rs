//! Stage 5: the page's markup and its labelled blocks in; title, authors,
//! dates, site, language, description and canonical URL out.
//!
//! Sources, most trusted first: JSON-LD (`NewsArticle`, `Article`,
//! `BlogPosting`..., also inside `@graph`), OpenGraph and Twitter `<meta>`,
//! other `<meta>` and `itemprop` tags, `<time datetime>`, `<link rel=canonical>`,
//! the `<title>` without its site suffix, and last the blocks the classifier
//! labelled `title`, `byline` and `date`, so a text page still yields what its
//! own lines say. Dates come out in ISO 8601, with the offset where known.

use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashSet;
use serde::Serialize;
use serde_json::{Map, Value};

mod byline;
mod date;
mod json_ld;
pub mod language;
mod page_type;
pub(crate) mod page_type_model;
mod title;

pub use date::normalise_date;
pub use page_type::PageType;
pub use page_type_model::INPUTS as PAGE_TYPE_INPUTS;

use crate::blocks::{collapse_whitespace, word_count, Block, BlockKind, Element, Head, Label};
use crate::headline::{agreeing_headline, first_part, strip_tagline, text_headline};
use crate::patterns::{heads_the_asker, is_call_to_action, is_numbered_post_header, is_quoted_post_heading, BYLINE, CLASS_BYLINE, CLASS_COMMENTS};
use crate::model::{Rule, Switches, Verdict};
use crate::score::features::FULL_STOPS;
use crate::score::{is_button_label, Classification};

use date::{normalise_printed_date, same_day, NumericOrder};
use json_ld::{first_object_of, first_object_where, names_of, object_with_id, text_of};

/// Words that mark a printed date as something other than the publication:
/// a review, an expiry, an event. ("Next review due: 11 Jan 2029".)
static NOT_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u)\b(?:review(?:ed)?\s+(?:due|by|date)|next\s+review|expir(?:es|y|ation)|valid\s+(?:until|through)|deadline|event\s+date|closing\s+date)\b")
        .expect("the not-published pattern is valid")
});
/// Words that mark a printed date as an update: it does not replace the
/// publication date the metadata gives. In English, and in the other
/// languages of the month table ("Mis à jour le", "Aktualisiert am",
/// "Обновлено", "更新").
static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i-u)\b(?:updated|modified|edited|revised|reviewed)\b",
        r"|(?iu)\b(?:aktualisiert|geändert|mis à jour|modifié|actualizado|modificado|aggiornato|atualizado|bijgewerkt|uppdaterad|opdateret|oppdatert|diperbarui|güncellendi|zaktualizowano|обновлено|обновлён|обновлен)\b",
        // (Scripts without spaces: no word boundary before the word.)
        r"|更新|تحديث",
    ))
    .expect("the updated pattern is valid")
});
/// Other `<meta>` names that say their date is the publication's, as sites
/// and plugins spell them: "published", "published-date", "publishtime",
/// "og:article:published_time", "date-pub", "citation_publication_date". (Not
/// "publisher", nor a modified date.)
static PUBLISHED_META_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^a-z])(?:published(?:[-_. ]?(?:date|time|at|on))?|publish[-_. ]?(?:date|time)|pub[-_. ]?date|date[-_. ]?pub(?:lished)?|publication[-_. ]?date)$")
        .expect("the published-meta pattern is valid")
});
/// JSON-LD types of a thread's opening post: a forum's posting, a Q&A page's question.
const POSTING_TYPES: [&str; 2] = ["DiscussionForumPosting", "Question"];
/// JSON-LD types that describe an article.
const ARTICLE_TYPES: [&str; 11] = [
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
];

/// Facts about the article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Meta {
    /// The headline.
    pub title: Option<String>,
    /// The authors as one line, as a reader would write them.
    pub byline: Option<String>,
    /// Each author's name.
    pub authors: Vec<String>,
    /// Published, in ISO 8601.
    pub date: Option<String>,
    /// Last modified, in ISO 8601.
    pub modified: Option<String>,
    /// The site's name.
    pub site: Option<String>,
    /// The page's language, as it declares it (`en`, `de-AT`).
    pub lang: Option<String>,
    /// The page's own summary (`description`, `og:description`).
    pub description: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
    /// What kind of page it is (see [`PageType`]).
    pub page_type: PageType,
    /// Where the title, the byline and the date came from.
    pub sources: Sources,
    /// The page-type model's inputs (named by [`PAGE_TYPE_INPUTS`]; empty on a
    /// text page): what `scripts/train_page_type.py` learns from.
    #[serde(skip)]
    pub page_type_inputs: Vec<f32>,
}

/// Where each of the title, the byline and the date came from, `None`
/// where the field is: a source in the markup ("og:title", "json-ld
/// author", "<meta name=article:published_time>"), or the `meta/` rule (or,
/// for a block taken whole, the classifier's rule) that read it from the
/// page's text ("meta/visible-title", "meta/header-byline"). A golden file
/// says why a field reads as it does, and a field that is wrong shows where
/// to look.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Sources {
    /// Where the title came from.
    pub title: Option<String>,
    /// Where the byline (and the authors) came from.
    pub byline: Option<String>,
    /// Where the date came from.
    pub date: Option<String>,
}

/// What the markup alone says; read once, before classification (which needs the title).
#[derive(Clone, Debug, Default)]
pub struct Markup {
    meta: Meta,
    /// Every title the markup declares, most trusted first (the first is `meta.title`).
    titles: Vec<String>,
    declares_article: bool,
    og_type: Option<String>,
    /// Every `@type` the page's JSON-LD names.
    ld_types: Vec<String>,
    /// The name an element's class or `author` attribute gives, and the
    /// index of its block (`Head::class_author`).
    class_author: Option<(usize, String)>,
}

impl Markup {
    /// The title the markup gives, to find the blocks that repeat it.
    pub fn title(&self) -> Option<&str> {
        self.meta.title.as_deref()
    }

    /// The language the markup declares (`<html lang>`, `content-language`, JSON-LD `inLanguage`, `og:locale`).
    pub fn language(&self) -> Option<&str> {
        self.meta.lang.as_deref()
    }

    /// Whether the page says it is an article: a JSON-LD object of an
    /// article type, or `og:type` `article` on a page with no JSON-LD.
    pub fn declares_article(&self) -> bool {
        self.declares_article
    }

    /// Whether the page says it is a discussion thread: a JSON-LD posting or
    /// Q&A page, or a thread's URL (`/t/slug/123`, `/threads/`, `forum.example.com`).
    pub fn declares_thread(&self) -> bool {
        page_type::declares_thread(&self.ld_types, self.meta.url.as_deref())
    }

    /// Whether the page says it is one product on offer: JSON-LD `Product`
    /// with an `Offer`, not in a list.
    pub fn declares_product(&self) -> bool {
        page_type::declares_product(&self.ld_types)
    }

    /// Whether the page's URL is one product's (`/products/slug`, `/dp/B0...`).
    pub fn has_product_url(&self) -> bool {
        page_type::has_product_url(self.meta.url.as_deref())
    }
}

/// What the page's source says of it (a WARC record, a JSON line), beside the page.
#[derive(Clone, Copy, Default)]
pub struct Given<'a> {
    /// The page's address (`Options::declared_url`).
    pub url: Option<&'a str>,
    /// The page's title (`Options::declared_title`).
    pub title: Option<&'a str>,
}

/// Reads every metadata source in the page's markup, and what its source
/// gives; without `metadata` (`Options::text_only`), only what the
/// classifier reads (the declared title and types), and no authors or dates.
pub fn read_markup(head: &Head, given: Given, switches: Switches, metadata: bool) -> Markup {
    let scripts: Vec<Value> = head.json_ld.iter().filter_map(|script| serde_json::from_str(script.trim()).ok()).collect();
    let ld_article = scripts.iter().find_map(|script| first_object_of(script, &ARTICLE_TYPES, &["@graph"]));
    let og_article = head.meta_content(&["og:type"]).is_some_and(|kind| kind.to_ascii_lowercase().starts_with("article"));
    // Site generators stamp `og:type` `article` on every page; where the page
    // also has JSON-LD, that says what it is, and it has no article in it.
    let declares_article = ld_article.is_some() || (og_article && head.json_ld.is_empty());
    // A thread says who started it and when in its own JSON-LD type.
    let ld_posting = || scripts.iter().find_map(|script| first_object_of(script, &POSTING_TYPES, &["@graph", "mainEntity"]));
    let no_object = Map::new();
    let ld = ld_article.or_else(|| ld_posting().filter(|_| switches.on(Rule::ForumPosting))).unwrap_or(&no_object);
    let ld_str = |key: &str| ld.get(key).and_then(text_of);
    let meta = |names: &[&str]| head.meta_content(names).map(str::to_string);
    let (date, date_source) = metadata.then(|| markup_date(head, ld, &scripts, switches)).flatten().unzip();
    let modified = metadata.then(|| markup_modified(head, ld)).flatten();
    let site = meta(&["og:site_name", "application-name"])
        .or_else(|| ld.get("publisher").and_then(|p| names_of(p).into_iter().next()))
        .map(|site| plain_text(site.trim_matches(|c: char| c.is_whitespace() || TRIMMED_MARKS.contains(&c))))
        .filter(|site| !site.is_empty());
    let lang = [head.lang.clone(), meta(&["content-language", "language", "dc.language"]), ld_str("inLanguage"), meta(&["og:locale"])]
        .into_iter()
        .flatten()
        .find_map(|l| language_tag(&l));
    let description = ld_str("description").or_else(|| meta(&["og:description", "twitter:description", "description"])).map(|d| plain_text(&d)).filter(|d| !d.is_empty());
    let main_entity = || ld.get("mainEntityOfPage").and_then(|m| text_of(m).or_else(|| m.get("@id").and_then(text_of)));
    // The address the page's source gives (a WARC record's, a JSON line's) comes first, as in the output.
    let given_url = given.url.filter(|_| switches.on(Rule::GivenUrl)).map(str::to_string);
    let url = [given_url, head.canonical.clone(), meta(&["og:url"]), ld_str("url"), main_entity()].into_iter().flatten().find_map(|u| page_address(&u));
    let site_names = title::SiteNames::new(site.as_deref(), url.as_deref());
    // The title the page's source gives comes after every title the page declares.
    let given_title = given.title.filter(|_| switches.on(Rule::GivenTitle)).map(str::to_string);
    let declared = title::declared(head, ld_str("headline"), given_title, &site_names, switches);
    let (title, title_source) = declared.first().map(|(title, source)| (title.clone(), *source)).unzip();
    let titles = declared.into_iter().map(|(title, _)| title).collect();
    let (byline, authors, byline_source) = if metadata { markup_authors(head, ld, &scripts, switches) } else { (None, Vec::new(), None) };
    let sources = Sources { title: title_source.map(str::to_string), byline: byline_source, date: date_source };
    let meta = Meta { title, byline, authors, date, modified, site, lang, description, url, page_type: PageType::default(), sources, page_type_inputs: Vec::new() };
    let og_type = head.meta_content(&["og:type"]).map(str::to_string);
    let class_author = head.class_author.clone().filter(|_| switches.on(Rule::ClassAuthor));
    Markup { meta, titles, declares_article, og_type, ld_types: page_type::declared_types(&head.json_ld), class_author }
}

/// The date the markup says the page was last changed: JSON-LD's
/// `dateModified`, then the `<meta>` names for it.
fn markup_modified(head: &Head, ld: &Map<String, Value>) -> Option<String> {
    let modified_metas = ["article:modified_time", "og:updated_time", "datemodified", "last-modified"];
    let ld_modified = ld.get("dateModified").and_then(text_of);
    let meta_modified = modified_metas.iter().filter_map(|name| head.meta_content(&[name]).map(str::to_string));
    std::iter::once(ld_modified).flatten().chain(meta_modified).find_map(|date| normalise_date(&date))
}

/// The publication date the markup gives: each source in turn, until one
/// gives a date that can be one. JSON-LD's article (a question has a
/// `dateCreated`, not a `datePublished`), the `<meta>` names for it, any
/// JSON-LD object's `datePublished` (a page that is no article may still
/// date itself: a WebPage's), then the first `<time>`.
fn markup_date(head: &Head, ld: &Map<String, Value>, scripts: &[Value], switches: Switches) -> Option<(String, String)> {
    let published_metas = ["article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate", "publish-date"];
    let named_meta = |name: &str| head.meta_content(&[name]).map(|date| (date.to_string(), meta_source(name)));
    let page_date = || {
        scripts
            .iter()
            .find_map(|script| first_object_where(script, &["@graph"], |object| object.contains_key("datePublished")))
            .and_then(|object| object.get("datePublished").and_then(text_of))
            .filter(|_| switches.on(Rule::PageDate))
    };
    let from = |source: &'static str| move |date: String| (date, source.to_string());
    [ld.get("datePublished").and_then(text_of).map(from("json-ld datePublished")), ld.get("dateCreated").and_then(text_of).map(from("json-ld dateCreated"))]
        .into_iter()
        .chain(published_metas.iter().map(|name| named_meta(name)))
        .chain(std::iter::once_with(|| published_meta(head).filter(|_| switches.on(Rule::PublishedMetaName))))
        .chain(std::iter::once_with(|| page_date().map(from(Rule::PageDate.name()))))
        .chain(std::iter::once(head.times.first().cloned().map(from("<time datetime>"))))
        .flatten()
        .find_map(|(date, source)| Some((normalise_date(&date)?, source)))
}

/// The authors the markup names: JSON-LD's (an `@id` reference resolved),
/// else the scholarly tags', else a `<meta>` tag's or the microdata's. The
/// blocks labelled byline come in `extract`, after classification. (An
/// author with the site's name is kept: on the tune half, dropping it unless
/// JSON-LD typed it an Organization cost 5 points of bylines, for the gold
/// names the site as often as the page does.)
/// Gives the byline as the page writes it, the names in it, and its source (see [`Sources`]).
fn markup_authors(head: &Head, ld: &Map<String, Value>, scripts: &[Value], switches: Switches) -> (Option<String>, Vec<String>, Option<String>) {
    let mut authors = ld.get("author").map(|author| authors_of(author, scripts, switches)).unwrap_or_default();
    let mut source = "json-ld author";
    if authors.is_empty() && switches.on(Rule::CitationAuthors) {
        authors = citation_authors(head);
        source = "<meta name=citation_author>";
    }
    if !authors.is_empty() {
        // A name written surname first ("Kaufman, Jeff T.") keeps its comma: then semicolons part the names.
        let separator = if authors.iter().any(|author| author.contains(',')) { "; " } else { ", " };
        return (Some(authors.join(separator)), authors, Some(source.to_string()));
    }
    let meta_author = ["author", "article:author", "dc.creator", "sailthru.author", "parsely-author"]
        .into_iter()
        .find_map(|name| Some((head.meta_content(&[name])?, name)))
        .filter(|(author, _)| !author.starts_with("http"))
        .map(|(author, name)| (author.to_string(), meta_source(name)));
    let (byline, source) = meta_author
        .or_else(|| microdata_author(head, switches).map(|author| (author, Rule::MicrodataAuthor.name().to_string())))
        .and_then(|(author, source)| Some((clean_byline(&author, switches)?, source)))
        .unzip();
    let authors = byline.as_deref().map(|b| byline::split(b, switches)).unwrap_or_default();
    (byline, authors, source)
}

/// The authors a paper names in Google Scholar's tags (the Highwire Press
/// set that scholarly publishers print): one `citation_author` tag per
/// name, in the paper's order, as the paper writes it ("Kaufman, Jeff T.").
/// Some publishers write `citation_authors`, once per name or once for all,
/// parted by semicolons.
fn citation_authors(head: &Head) -> Vec<String> {
    head.meta
        .iter()
        .filter(|(name, _)| name == "citation_author" || name == "citation_authors")
        .flat_map(|(_, names)| names.split(';'))
        .map(collapse_whitespace)
        .filter(|name| !name.is_empty())
        .collect()
}

/// Labels of blocks that name no author of the page, whatever they read:
/// a menu's "By Sector", a comment's "by jdoe", a photo's credit, the
/// headline (beside its date line, it reads as a name of capitalised words).
const NAMES_NO_AUTHOR: [Label; 4] = [Label::Navigation, Label::Comments, Label::Caption, Label::Title];

/// A short block that the markup calls the author's line (its element or
/// the one around it has a class or id such as `byline`, `author-name`) or
/// that reads as one ("By Ann Lee"), whatever label the classifier gave it:
/// an article's header often sits outside its container, or in a listing's
/// first card, where a byline is a card's detail. A menu's "By Sector", a
/// comment's "by jdoe", a photo's credit ("By Sam Roe") and a line in the
/// site's footer name no author of the page.
fn markup_byline(blocks: &[Block], verdicts: &[Verdict], elements: &[Element], switches: Switches) -> Option<String> {
    if !switches.on(Rule::MarkupByline) {
        return None;
    }
    // A page's container names its author's slug in its class
    // (`<article class="hentry author-ann-lee">`), above every block of it.
    let marked_author = |block: &Block| {
        block.ancestors(elements).take(MARKUP_BYLINE_DEPTH).map(|a| &elements[a as usize]).any(|element| {
            !matches!(element.tag.as_str(), "html" | "body" | "main" | "article") && CLASS_BYLINE.is_match(&element.class_id)
        })
    };
    let in_chrome = |block: &Block| switches.on(Rule::ChromeByline) && in_page_chrome(block, elements);
    blocks
        .iter()
        .zip(verdicts)
        // The cheap tests first; the chrome's reads every element around the block.
        .filter(|(block, verdict)| {
            !NAMES_NO_AUTHOR.contains(&verdict.label)
                && block.text.split_whitespace().count() < MARKUP_BYLINE_MAX_WORDS
                && (marked_author(block) || BYLINE.is_match(&block.text))
                && !in_chrome(block)
        })
        .find_map(|(block, _)| clean_byline(&block.text, switches))
}

/// Whether `block` sits in the site's chrome: a `<nav>`, a `<footer>`
/// that is the page's, not the article's (an article's footer holds its
/// author box, so one inside `<article>` or `<main>` does not count), or a
/// comments section (`class="comments"`), whose bylines name commenters.
fn in_page_chrome(block: &Block, elements: &[Element]) -> bool {
    let tags = || block.ancestors(elements).map(|a| elements[a as usize].tag.as_str());
    let in_article = tags().any(|tag| matches!(tag, "article" | "main"));
    let in_comments = block.ancestors(elements).any(|a| CLASS_COMMENTS.is_match(&elements[a as usize].class_id));
    in_comments || tags().any(|tag| tag == "nav" || (tag == "footer" && !in_article))
}

/// How many elements up from a block a class saying author is looked for:
/// its own and the one around it.
const MARKUP_BYLINE_DEPTH: usize = 2;

/// A block of this many words or more is a bio or a sentence, not a byline.
const MARKUP_BYLINE_MAX_WORDS: usize = 8;

/// The first `<meta>` whose name says it holds the publication date
/// ([`PUBLISHED_META_NAME`]), beyond the names read in order before it.
fn published_meta(head: &Head) -> Option<(String, String)> {
    let (name, date) = head.meta.iter().find(|(key, value)| PUBLISHED_META_NAME.is_match(key) && !value.trim().is_empty())?;
    Some((date.trim().to_string(), meta_source(name)))
}

/// A `<meta>` named as a source ([`Sources`]): `<meta name=pubdate>`. A
/// name that a page wrote over lines or at length is given on one line
/// and cut, so that `--explain` keeps to its lines.
fn meta_source(name: &str) -> String {
    /// Longer than any name that a publishing tool gives a `<meta>`.
    const LONGEST_NAME: usize = 64;
    let name = collapse_whitespace(name);
    let cut = name.char_indices().nth(LONGEST_NAME).map_or(name.as_str(), |(at, _)| &name[..at]);
    format!("<meta name={cut}>")
}

/// The article's header is the blocks just before its first paragraph of
/// body (a kept block of this many words or more), at most `HEADER_MAX_BLOCKS` of them.
const PARAGRAPH_MIN_WORDS: usize = 15;
const HEADER_MAX_BLOCKS: usize = 12;
/// A line in the header that dates the article has at most this many words
/// ("Dec 26, 2025 • Mahua Das in Project Management").
const HEADER_DATE_MAX_WORDS: usize = 16;

/// The index of the article's first paragraph of body: its first kept block of `PARAGRAPH_MIN_WORDS` or more.
fn first_paragraph(blocks: &[Block], verdicts: &[Verdict]) -> Option<usize> {
    blocks.iter().zip(verdicts).position(|(b, v)| v.label == Label::Body && word_count(&b.text) >= PARAGRAPH_MIN_WORDS)
}

/// The first date printed on a short line of the article's header, whatever
/// the classifier called that line (a listing's card detail, a line of a
/// byline box, a tagged line), unless a word before the date says it is an
/// update, or the line says it is a review, expiry or event date.
fn header_date(blocks: &[Block], verdicts: &[Verdict], order: NumericOrder) -> Option<String> {
    let first_paragraph = first_paragraph(blocks, verdicts)?;
    let updated_before_date = |text: &str| {
        let first_digit = text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len());
        UPDATED.find(text).is_some_and(|m| m.start() < first_digit)
    };
    blocks[first_paragraph.saturating_sub(HEADER_MAX_BLOCKS)..first_paragraph]
        .iter()
        .filter(|b| word_count(&b.text) <= HEADER_DATE_MAX_WORDS && !NOT_PUBLISHED.is_match(&b.text) && !updated_before_date(&b.text))
        .find_map(|b| normalise_printed_date(&b.text, order))
}

/// The first date printed on a short kept line anywhere in the text, an
/// update's too: a manual's "Last updated: November 13, 2025" at its foot,
/// an interview's date line below its introduction. A page that prints only
/// its update date was published, for its readers, on that day.
fn body_date(blocks: &[Block], verdicts: &[Verdict], order: NumericOrder) -> Option<String> {
    blocks
        .iter()
        .zip(verdicts)
        .filter(|(block, verdict)| verdict.label.is_kept() && word_count(&block.text) <= HEADER_DATE_MAX_WORDS && !NOT_PUBLISHED.is_match(&block.text))
        .find_map(|(block, _)| normalise_printed_date(&block.text, order))
}

/// The first `itemprop=author`'s name; unless another user's name
/// (`a.username`) stands before it: a thread's header names its starter,
/// whose post carries no microdata where the replies' do. (The same name with
/// a role, "Emma Ryan Writer", is the same author, and a label, "Written by",
/// no author: the microdata's name stays.)
fn microdata_author(head: &Head, switches: Switches) -> Option<String> {
    let (at, name) = head.item_author.as_ref().filter(|_| switches.on(Rule::MicrodataAuthor))?;
    match &head.class_author {
        Some((user_at, user))
            if user_at < at
                && !user.contains(name.as_str())
                && !name.contains(user.as_str())
                && clean_byline(user, switches).is_some()
                && switches.on(Rule::FirstNamed) =>
        {
            Some(user.clone())
        }
        _ => Some(name.clone()),
    }
}

/// The page's blocks with the classifier's verdicts: where the metadata
/// reads what the page prints (its headline, its byline, its date lines).
struct Printed<'a> {
    blocks: &'a [Block],
    verdicts: &'a [Verdict],
    elements: &'a [Element],
    switches: Switches,
    /// How the page's language writes a numeric date that reads both ways.
    date_order: NumericOrder,
    /// The block of a Q&A question's card over its asker ("asked Feb 11,
    /// 2011 at 23:49"), when the page prints one (`meta/question-asker`).
    asked_card: Option<usize>,
    /// The words the page prints in lower case, each as a word of its own,
    /// gathered the first time a name is checked against them.
    lower_case_words: OnceCell<FxHashSet<&'a str>>,
}

impl<'a> Printed<'a> {
    /// The text of the blocks labelled `label`, in page order.
    fn labelled(&self, label: Label) -> impl Iterator<Item = &'a str> {
        self.blocks.iter().zip(self.verdicts).filter(move |(_, v)| v.label == label).map(|(b, _)| b.text.as_str())
    }

    /// The byline blocks the page prints, outside its menus and its footer,
    /// and not a text's sign-off, nor an author box's heading with no bio under it.
    fn bylines(&self) -> impl Iterator<Item = (&'a str, Rule)> {
        let (chrome, sign_off, elements) = (self.switches.on(Rule::ChromeByline), self.switches.on(Rule::SignOffNotAuthor), self.elements);
        let bio_needed = self.switches.on(Rule::AuthorBoxBio);
        let blocks = self.blocks;
        let over_bio = move |i: usize, v: &Verdict| !bio_needed || v.decided_by != Rule::PatternAuthorBox || bio_follows(blocks, i);
        blocks
            .iter()
            .zip(self.verdicts)
            .enumerate()
            .filter(move |&(i, (b, v))| {
                v.label == Label::Byline && !(chrome && in_page_chrome(b, elements)) && !(sign_off && v.decided_by == Rule::SignOff) && over_bio(i, v)
            })
            .map(|(_, (b, v))| (b.text.as_str(), v.decided_by))
    }

    /// Whether each capitalised word of a line read as a name for standing
    /// beside a date is one the page also prints in lower case: a category
    /// ("Smart Home", "Climate Change", "Courses", "HR Strategy"), not a name.
    fn names_common_words(&self, name: &str) -> bool {
        if !self.switches.on(Rule::CommonWordsNoName) {
            return false;
        }
        // (An acronym, "HR Strategy", "Best Free VPN", is printed in capitals
        // everywhere: the words beside it say what the line is.)
        let mut capitalised = name
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase))
            .peekable();
        capitalised.peek().is_some() && capitalised.all(|word| self.prints_in_lower_case(&word.to_lowercase()))
    }

    /// Whether some block prints `word` (in lower case) as a word of its own,
    /// not inside an address, a handle or a file's name.
    fn prints_in_lower_case(&self, word: &str) -> bool {
        self.lower_case_words.get_or_init(|| lower_case_words(self.blocks)).contains(word)
    }
}

/// The words `blocks` print in lower case as words of their own: the runs
/// of letters between spaces and punctuation, a full stop that ends a
/// sentence aside ("python."), but not those inside an address, a handle,
/// a file's name or a compound ("ann.marlow@...", "python.org",
/// "python-based", "python3").
fn lower_case_words(blocks: &[Block]) -> FxHashSet<&str> {
    // (What joins a word to more of an address or a name, not a separator.)
    let joins = |c: char| c.is_alphanumeric() || matches!(c, '@' | '_' | '-' | '/' | '.');
    blocks
        .iter()
        .flat_map(|block| block.text.split(move |c: char| !joins(c)))
        .map(|chunk| chunk.trim_end_matches('.'))
        .filter(|word| !word.is_empty() && word.chars().all(char::is_lowercase))
        .collect()
}

/// A bio's sentence has at least this many words ("Amar is an avid traveler
/// and ..."); a footer's menu under "About UCLA Health" has lines of one to
/// three ("Giving", "Newsroom", "Mission, Vision & Values").
const BIO_MIN_WORDS: usize = 6;

/// Whether the first line with words after block `at` is a bio's sentence:
/// `BIO_MIN_WORDS` words or more (as a script without spaces counts them),
/// ending as a sentence ends.
fn bio_follows(blocks: &[Block], at: usize) -> bool {
    let next = blocks[at + 1..].iter().map(|b| b.text.trim()).find(|text| text.chars().any(char::is_alphanumeric));
    next.is_some_and(|text| word_count(text) >= BIO_MIN_WORDS && text.ends_with(FULL_STOPS))
}

/// Completes the markup's facts with what the labelled blocks say, and tells
/// the page's type (from, among others, whether the classifier took the page
/// for a listing of cards).
pub fn extract(markup: Markup, blocks: &[Block], elements: &[Element], classification: &Classification, switches: Switches) -> Meta {
    let mut meta = markup.meta;
    let date_order = if switches.on(Rule::DateOrderByLanguage) { NumericOrder::of_language(meta.lang.as_deref()) } else { NumericOrder::Unknown };
    let asked_card = blocks.iter().position(|b| heads_the_asker(&b.text)).filter(|_| switches.on(Rule::QuestionAsker));
    let printed = Printed { blocks, verdicts: &classification.verdicts, elements, switches, date_order, asked_card, lower_case_words: OnceCell::new() };
    // (Owned, as the steps below fill in `meta`.)
    let (site_name, url) = (meta.site.clone(), meta.url.clone());
    let site = title::SiteNames::new(site_name.as_deref(), url.as_deref());
    set_title(&mut meta, &markup.titles, &site, &printed);
    let byline_in_markup = meta.byline.is_some();
    // A thread's post headers ("blumo September 22, 2024, 2:43pm 1"): the
    // first one's, where it prints two or more.
    let mut post_headers = blocks.iter().filter(|b| is_numbered_post_header(&b.text));
    let first_post_header = post_headers.next().filter(|_| post_headers.next().is_some()).map(|b| b.text.as_str());
    set_byline(&mut meta, markup.class_author.as_ref(), first_post_header, &site, &printed);
    set_date(&mut meta, &printed);
    let kept = || blocks.iter().zip(&classification.verdicts).filter(|(_, v)| v.label.is_kept()).map(|(b, _)| b);
    // No title (an HTML page's `<h1>` counts, unlike in the classifier's
    // `extracted` pass, which runs on text pages) and nothing labelled as a
    // region of chaff (a menu, a share bar, a legal notice): a text some tool
    // extracted already, or a snippet.
    let extracted_already = meta.title.is_none() && !classification.verdicts.iter().any(|v| v.label.is_chaff_region());
    let evidence = page_type::Evidence {
        ld_types: &markup.ld_types,
        og_type: markup.og_type.as_deref(),
        url: meta.url.as_deref(),
        title: meta.title.as_deref(),
        listing: classification.listing,
        linked_cards: classification.linked_cards,
        code_blocks: kept().filter(|b| b.kind == BlockKind::Preformatted).count(),
        // Only a listing's prices count, and a regex over the text is not free.
        prices: if classification.listing { kept().map(|b| page_type::count_prices(&b.text)).sum() } else { 0 },
        calls_to_action: if classification.listing { blocks.iter().filter(|b| is_call_to_action(&b.text)).count() } else { 0 },
        dated: meta.date.is_some(),
        text_page: elements.is_empty(),
        forms: elements.iter().filter(|e| e.tag == "form").count(),
        quotes_posts: switches.on(Rule::QuotedPosts) && blocks.iter().any(|b| is_quoted_post_heading(&b.text)),
        numbers_posts: switches.on(Rule::NumberedPosts) && first_post_header.is_some(),
        asks_question: printed.asked_card.is_some(),
        // A page with no text at all gives the model nothing to weigh: its
        // bias alone typed an empty page a listing or a product. Nor is a
        // text extracted already what the models learned from: wcxb's whole
        // pages, each with its title and its menus; with neither, a plain
        // story read as documentation or a listing.
        shape: (switches.on(Rule::PageTypeModel) && !blocks.is_empty() && !(switches.on(Rule::ExtractedByRules) && extracted_already))
            .then(|| page_type::Shape::measure(blocks.iter().zip(classification.verdicts.iter().map(|v| v.label)), meta.byline.is_some())),
        switches,
    };
    let typed = page_type::page_type(evidence);
    meta.page_type = typed.page_type;
    meta.page_type_inputs = typed.model_input.map(|input| input.to_vec()).unwrap_or_default();
    // Read once the page is typed (whether it names an author is one of the
    // model's inputs): only an article's header names its writer so.
    if meta.authors.is_empty() && typed.page_type == PageType::Article && switches.on(Rule::GivenName) {
        if let Some(name) = given_name_byline(&printed) {
            meta.authors = byline::split(&name, switches);
            meta.byline = Some(name);
            meta.sources.byline = Some(Rule::GivenName.name().to_string());
        }
    }
    // A text page gives the rules no URL and no markup to go on: there the
    // model's type alone decides, on a page long enough for it to read.
    let model_alone = || elements.is_empty() && kept().map(|b| word_count(&b.text)).sum::<usize>() >= CARD_PAGE_MIN_KEPT_WORDS;
    if names_a_thing(typed.page_type) && model_alone() {
        set_text_title_from_first_line(&mut meta, &printed);
    }
    let card_page = is_card_page(typed.page_type) && (is_card_page(typed.listed) || model_alone());
    if !byline_in_markup && switches.on(Rule::CardBylines) && card_page {
        meta.byline = None;
        meta.authors.clear();
        meta.sources.byline = None;
    }
    set_date_from_the_text(&mut meta, classification.listing, &printed);
    meta
}

/// The page-type model learned from whole pages; on a text page that keeps
/// fewer words than this (a short story pasted alone) its type is a guess,
/// and a printed byline and a printed headline stay. (On wcxb's text track,
/// pages under the bar that it types a listing or a product give 0.3 and 0.2
/// points of bylines where the gold names no one, and no right name.)
const CARD_PAGE_MIN_KEPT_WORDS: usize = 100;

/// Whether a page of this type is a listing's, a collection's, a product's
/// or a service's. On such a page the names printed are its cards' authors
/// ("by Arriana Vasquez" under a section page's first story), its reviewers
/// and its clients' testimonials ("Justin", "Lynn B."), or its menus' lines
/// ("Account", "Locks & Hardware"): none is the page's author, which only
/// its markup names (`meta/card-bylines`). On HTML both the rules' type
/// and the model's must say so: the model alone takes a short page with no
/// title for a listing.
fn is_card_page(page_type: PageType) -> bool {
    matches!(page_type, PageType::Listing | PageType::Collection | PageType::Product | PageType::Service)
}

/// Whether a page of this type names a thing rather than a story: a
/// listing's, a collection's, a product's, a service's or a manual's.
fn names_a_thing(page_type: PageType) -> bool {
    is_card_page(page_type) || page_type == PageType::Documentation
}

/// A text page that names a thing (a shop's category, a service, a manual's
/// entry) is titled by its first line, the page's `<title>`, up to its first
/// separator ("Emergency Plumbers in Leeds" of "Emergency Plumbers in Leeds |
/// Acme Plumbing"): the header lines that agree with it there are slogans
/// and section names ("Emergency Plumbers in Leeds, Day and Night"), where a
/// story's are its headline. Only where the classifier took the first line
/// for the title. (wcxb's text track, `scripts/text_meta.py`: titles tune
/// 68.1 -> 72.2, check 69.3 -> 72.2; on HTML the `<title>`'s first part in
/// place of the agreeing `<h1>` loses, tune 77.4 -> 76.4, check 80.0 -> 76.0.)
fn set_text_title_from_first_line(meta: &mut Meta, printed: &Printed) {
    if !printed.switches.on(Rule::TextTitleFirstPart) || printed.verdicts.first().is_none_or(|v| v.label != Label::Title) {
        return;
    }
    let Some(first_line) = printed.blocks.first() else { return };
    meta.title = Some(collapse_whitespace(first_part(&first_line.text)));
    meta.sources.title = Some(Rule::TextTitleFirstPart.name().to_string());
}

/// The title: the printed headline that agrees with a title the markup
/// declares, else the declared title, else the block labelled the title.
fn set_title(meta: &mut Meta, declared: &[String], site: &title::SiteNames, printed: &Printed) {
    let switches = printed.switches;
    if switches.on(Rule::VisibleTitle) {
        let headlines = || printed.blocks.iter().filter(|b| b.kind == BlockKind::Heading(1)).map(|b| b.text.as_str());
        let spelled = || meta.url.as_deref().and_then(title::slug_title).and_then(|slug| agreeing_headline(headlines(), &[slug]));
        let agreeing = agreeing_headline(headlines(), declared).or_else(|| spelled().filter(|_| switches.on(Rule::SlugTitle)));
        if let Some(headline) = agreeing {
            // A headline broken over lines (`<br>`) is one line as a title; one
            // whose entities were encoded twice (`&amp;#x26;`) reads as the page shows it.
            let headline = collapse_whitespace(&decode_entities(headline));
            // Some sites print their name in the headline too ("Coverage | WRAL").
            let headline = if switches.on(Rule::SiteName) { title::strip_site_name(&headline, site) } else { &headline };
            let headline = if switches.on(Rule::TitleTagline) { strip_tagline(headline) } else { headline };
            meta.title = Some(headline.to_string());
            meta.sources.title = Some(Rule::VisibleTitle.name().to_string());
        }
    }
    if meta.title.is_none() && printed.elements.is_empty() {
        set_text_title(meta, printed);
    }
    if meta.title.is_none() {
        // (Named by the rule that labelled the block the title.)
        let labelled = printed.blocks.iter().zip(printed.verdicts).find(|(_, v)| v.label == Label::Title);
        meta.title = labelled.map(|(b, _)| collapse_whitespace(&b.text));
        meta.sources.title = labelled.map(|(_, v)| v.decided_by.name().to_string());
    }
    // A page that declares no title of its own (an empty `<title>`, or one
    // that names the site alone): its headline.
    if meta.title.is_none() && switches.on(Rule::VisibleTitle) {
        let headline = printed.blocks.iter().find(|b| b.kind == BlockKind::Heading(1));
        meta.title = headline.map(|b| collapse_whitespace(&b.text)).filter(|t| !t.is_empty());
        meta.sources.title = meta.title.as_ref().map(|_| "the first <h1>".to_string());
    }
}

/// A text page's title: the headline printed in its header (the lines
/// before its body) that agrees with its first line, the page's `<title>`;
/// else that line, when the classifier took it for the title; either with
/// its tagline cut off. (A first line that ends like a sentence, "JF Possibilities,
/// Inc.", is a title when a headline agrees with it.)
fn set_text_title(meta: &mut Meta, printed: &Printed) {
    let switches = printed.switches;
    let Some(first_line) = printed.blocks.first().map(|b| b.text.as_str()) else { return };
    let header_end = printed.verdicts.iter().position(|v| v.label == Label::Body).unwrap_or(printed.blocks.len()).max(1);
    // (A list's item is no headline.)
    let header = printed.blocks[1..header_end].iter().filter(|b| b.kind == BlockKind::Text).map(|b| b.text.as_str());
    let headline = if switches.on(Rule::TextHeadline) { text_headline(first_line, header) } else { None };
    // A headline loses its tagline as an HTML page's `<h1>` does: the first
    // line printed again carries it ("... Coverage | WRAL"), and so does a
    // headline of its own ("Best Residential Movers in NYC 2025 | Top 19
    // Companies"). (It was cut from the first line printed again alone;
    // cut from every headline, text titles went tune 67.5 -> 68.1, check
    // 69.0 -> 69.3.)
    let source = if headline.is_some() { Rule::TextHeadline } else { printed.verdicts[0].decided_by };
    let title = match headline {
        Some(headline) if switches.on(Rule::TitleTagline) => strip_tagline(headline),
        Some(headline) => headline,
        None if printed.verdicts[0].label != Label::Title => return,
        None if switches.on(Rule::TitleTagline) => strip_tagline(first_line),
        None => first_line,
    };
    let title = if switches.on(Rule::TitleLead) { title::strip_lead(title) } else { title };
    meta.title = Some(collapse_whitespace(title));
    meta.sources.title = Some(source.name().to_string());
}

/// The byline: the markup's author, unless that names the site and the page
/// prints a person's byline; with none in the markup, a thread's starter
/// (named by a line, or the author in `first_post_header`, the first of two
/// post headers or more), the printed byline, a line the markup calls the
/// author's, a post's author name above the text, or a name in the article's
/// header (which on a text page comes before the printed byline).
fn set_byline(meta: &mut Meta, class_author: Option<&(usize, String)>, first_post_header: Option<&str>, site: &title::SiteNames, printed: &Printed) {
    let switches = printed.switches;
    // The site named as the author (a company blog's JSON-LD, a shop's
    // `<meta name=author>`) where the page prints a person's byline and not
    // the site's: the person. (A personal blog's site is its author's name.)
    let site_author = meta.byline.clone().filter(|byline| site.is_named(byline));
    if let Some(site_author) = site_author.filter(|_| switches.on(Rule::PrintedByline)) {
        let site_author = site_author.to_lowercase();
        let site_printed = printed.bylines().any(|(b, _)| b.to_lowercase().contains(&site_author));
        let person = || printed.bylines().filter_map(|(b, _)| clean_byline(b, switches)).find(|name| byline::is_capitalised_name(name) && !site.is_named(name));
        if let Some(byline) = person().filter(|_| !site_printed) {
            meta.authors = byline::split(&byline, switches);
            meta.byline = Some(byline);
            meta.sources.byline = Some(Rule::PrintedByline.name().to_string());
        }
    }
    if !meta.authors.is_empty() {
        return;
    }
    let markup_byline = || markup_byline(printed.blocks, printed.verdicts, printed.elements, switches);
    // Last, a forum's "username" or a post's "author-name" that stands
    // above the text it signs (a review's below a product is not the page's author).
    let class_author = || {
        let (at, name) = class_author?;
        let above_text = first_paragraph(printed.blocks, printed.verdicts).is_none_or(|paragraph| *at <= paragraph);
        above_text.then(|| clean_byline(name, switches)).flatten()
    };
    // The article's header: on a text page, where no markup says which line
    // is the byline, before the lines the classifier labelled bylines
    // anywhere on the page (a related story's author, a guessed sign-off);
    // on HTML, when nothing else names the author.
    let text_page = printed.elements.is_empty();
    let header = || header_byline(printed).filter(|_| switches.on(Rule::HeaderByline));
    let header_first = || if text_page { header() } else { None };
    let header_last = || if text_page { None } else { header() };
    // A line that says "By" a name first: the lines read as bylines from
    // where they stand (a short line beside a date, an author's box) are
    // more often a category, a button or a job title.
    let says_by = |rule: Rule| matches!(rule, Rule::PatternByline | Rule::SplitByline) || !switches.on(Rule::ByLineFirst);
    // A line read as a byline for standing beside a date must read as a name.
    // (Named by the rule that labelled the line a byline.)
    let named = |(line, rule): (&str, Rule)| {
        clean_byline(line, switches)
            .filter(|name| rule != Rule::BylineBesideDate || (reads_as_name(name, switches) && !printed.names_common_words(name)))
            .map(|name| (name, rule))
    };
    let printed_byline = || printed.bylines().filter(|&(_, rule)| says_by(rule)).find_map(named).or_else(|| printed.bylines().find_map(named));
    // A thread's starter: the name a line gives as the thread's starter
    // ("Thread starter ann_lee"), or the first post's author where the posts
    // are headed with their authors; whatever a line beside a date says (its category).
    let thread_starter = || {
        if !switches.on(Rule::ThreadStarter) {
            return None;
        }
        // (Byline cleaning takes the label off.)
        let labelled = printed.blocks.iter().find(|b| byline::names_thread_starter(&b.text)).map(|b| b.text.as_str());
        // A question's asker, on the line under "asked" and the date.
        let asker = || printed.blocks.get(printed.asked_card? + 1).map(|b| b.text.as_str());
        let first_author = || first_post_header.map(|header| header.trim_end_matches(|c: char| c.is_ascii_digit() || c == '#' || c.is_whitespace()));
        clean_byline(labelled.or_else(asker).or_else(first_author)?, switches)
    };
    let from = |rule: Rule| move |byline: String| (byline, rule);
    let found = thread_starter()
        .map(from(Rule::ThreadStarter))
        .or_else(|| header_first().map(from(Rule::HeaderByline)))
        .or_else(printed_byline)
        .or_else(|| markup_byline().map(from(Rule::MarkupByline)))
        .or_else(|| class_author().map(from(Rule::ClassAuthor)))
        .or_else(|| header_last().map(from(Rule::HeaderByline)));
    if let Some((byline, rule)) = found {
        meta.authors = byline::split(&byline, switches);
        meta.byline = Some(byline);
        meta.sources.byline = Some(rule.name().to_string());
    }
}

/// Whether a line read as a byline for standing beside a date is a name: a
/// member's name in one word of two letters or more, or words that each
/// start with a capital ("Back to posts", "Everyday living" are not), and no
/// button's label ("Get Started", "Ask Question" stand beside a question's
/// date) nor a member card's field ("Location: WA", "Reactions: 12").
fn reads_as_name(name: &str, switches: Switches) -> bool {
    // (An avatar's initial, "L", is no name.)
    let letters = name.chars().filter(|c| c.is_alphabetic()).nth(1).is_some();
    let field = name.split_whitespace().next().is_some_and(|first| first.ends_with(':'));
    let words_read_as_name = !name.contains(char::is_whitespace) || byline::is_capitalised_name(name);
    !switches.on(Rule::BesideDateName) || (letters && !is_button_label(name) && !field && words_read_as_name)
}

/// The article's header, where its byline stands: this many blocks before
/// its first paragraph of body, and this many into it. (Measured on the
/// text track's tune half: 5, 8, 12, 16 and 24 before, with 0, 2 and 4 into.)
const HEADER_BLOCKS_BEFORE_BODY: usize = 12;
const HEADER_BLOCKS_INTO_BODY: usize = 4;

/// Where an article's header names its author, the name: the first of its
/// lines that is a date line with a name beside the date ("Tom Talbot
/// October 14, 2025", "Faith Katunga • Oct 20, 2025"), a label alone whose
/// next line is the name ("Written by", then "David Jackson"), or a name of
/// two to four capitalised words beside a date line. (A line labelled a
/// byline is read as any other: taking it first gained on the text track's
/// tune half only, +1.2 points, check +0.0.) Extracted text
/// sets a byline's parts on lines of their own, which the classifier, reading
/// line by line, does not see as one.
fn header_byline(printed: &Printed) -> Option<String> {
    let (blocks, verdicts, switches) = (printed.blocks, printed.verdicts, printed.switches);
    let is_date = |i: usize| verdicts.get(i).is_some_and(|v| v.label == Label::Date);
    header_lines(printed).find_map(|i| {
        let text = blocks[i].text.as_str();
        let name = |text: &str| clean_byline(text, switches);
        if byline::is_label_alone(text) {
            return blocks.get(i + 1).and_then(|next| name(&next.text));
        }
        match verdicts[i].label {
            // A line that says "By" a name is the byline wherever it stands
            // in the header, before a role beside the date ("By Keith Barry",
            // "Senior Autos Reporter", "Updated March 11, 2026").
            Label::Byline if switches.on(Rule::ByLineFirst) && verdicts[i].decided_by == Rule::PatternByline => name(text),
            Label::Date => name(text).filter(|name| byline::is_capitalised_name(name) && name.split_whitespace().count() >= 2),
            Label::Body => None,
            _ => {
                // (An icon's glyph alone on a line between them parts nothing.)
                let has_words = |j: &usize| blocks[*j].text.chars().any(char::is_alphanumeric);
                let (before, after) = ((0..i).rev().find(has_words), (i + 1..blocks.len()).find(has_words));
                let beside_date = before.is_some_and(is_date) || after.is_some_and(is_date);
                let words = text.split_whitespace().count();
                // (The page's words are read last, where everything else says name.)
                let named = || byline::is_capitalised_name(text) && reads_as_name(text, switches) && !printed.names_common_words(text);
                (beside_date && (2..=4).contains(&words) && named()).then(|| name(text)).flatten()
            }
        }
    })
}

/// The blocks of the article's header that may name its author: from
/// `HEADER_BLOCKS_BEFORE_BODY` before its first paragraph of body to
/// `HEADER_BLOCKS_INTO_BODY` into it (none on a page with no body), but
/// for the site's chrome and the labels that name no author.
fn header_lines<'p, 'a>(printed: &'p Printed<'a>) -> impl Iterator<Item = usize> + use<'p, 'a> {
    let first_body = printed.verdicts.iter().position(|v| v.label == Label::Body);
    let header = first_body.map(|first| first.saturating_sub(HEADER_BLOCKS_BEFORE_BODY)..(first + HEADER_BLOCKS_INTO_BODY).min(printed.blocks.len()));
    let in_chrome = |i: usize| printed.switches.on(Rule::ChromeByline) && in_page_chrome(&printed.blocks[i], printed.elements);
    header.into_iter().flatten().filter(move |&i| !in_chrome(i) && !NAMES_NO_AUTHOR.contains(&printed.verdicts[i].label))
}

/// The first line of the article's header that reads as a person's name
/// (`byline::after_given_name`: "Rachel MacDonald", "Dr. Andrew Huberman"),
/// is no button's label, and whose words after the given name the page
/// never prints in lower case ("Bill Pay", "Urban Projects" name no one).
/// Asked of an article that names no author otherwise: a story's header
/// prints its writer's name alone on a line as often as after a "By", where
/// a shop's or a service's prints a product's or a team's.
fn given_name_byline(printed: &Printed) -> Option<String> {
    let (blocks, verdicts, switches) = (printed.blocks, printed.verdicts, printed.switches);
    let is_person = |line: &str| {
        let surname = byline::after_given_name(line);
        // (A particle, "van", is printed in lower case by the name itself.)
        let common = |word: &&str| word.starts_with(char::is_uppercase) && printed.prints_in_lower_case(&word.to_lowercase());
        surname.is_some_and(|words| !is_button_label(line) && !words.iter().any(common))
    };
    header_lines(printed)
        .filter(|&i| !verdicts[i].label.is_chaff_region())
        .map(|i| blocks[i].text.trim())
        .find(|line| is_person(line))
        .and_then(|line| clean_byline(line, switches))
}

/// The date: with none in the markup, a publication date printed in the
/// article's header, else the first date or byline line that dates the
/// publication; with one, the article header's first date line, when it
/// prints a publication date on another day.
fn set_date(meta: &mut Meta, printed: &Printed) {
    let (blocks, verdicts, switches) = (printed.blocks, printed.verdicts, printed.switches);
    let read_date = |line: &str| normalise_printed_date(line, printed.date_order);
    // The article's header: the blocks before its first paragraph of body.
    let header_end = verdicts.iter().position(|v| v.label == Label::Body).unwrap_or(0);
    if meta.date.is_none() {
        let bylines = printed.labelled(Label::Byline).filter(|_| switches.on(Rule::BylineDate));
        let dates_publication = |line: &&str| !NOT_PUBLISHED.is_match(line);
        // First a date line of the header that is not an update's: under
        // "Last Updated: August 5, 2025" the header often prints the publication.
        let published_in_header = || {
            let dated = |label: Label| label == Label::Date || (label == Label::Byline && switches.on(Rule::BylineDate));
            let lines = blocks[..header_end].iter().zip(verdicts).filter(|(_, v)| dated(v.label)).map(|(b, _)| b.text.as_str());
            lines.filter(dates_publication).filter(|line| !UPDATED.is_match(line)).find_map(read_date)
        };
        let first_date = || printed.labelled(Label::Date).chain(bylines).filter(dates_publication).find_map(read_date);
        // A question's date, on its card over the asker ("asked Feb 11, 2011
        // at 23:49"), before its header's "Modified" and its answers' dates.
        let asked = printed.asked_card.and_then(|at| read_date(&blocks[at].text));
        let from = |source: &'static str| move |date: String| (date, source);
        let found = asked
            .map(from(Rule::QuestionAsker.name()))
            .or_else(|| switches.on(Rule::HeaderPublished).then(published_in_header).flatten().map(from(Rule::HeaderPublished.name())))
            .or_else(|| first_date().map(from("a date line")));
        (meta.date, meta.sources.date) = found.map(|(date, source)| (date, source.to_string())).unzip();
    } else if switches.on(Rule::PrintedDate) {
        // The header's first date line only: when it reads both ways
        // ("8/1/2025"), the line after it is often the update ("8/27/2025").
        let printed = blocks[..header_end]
            .iter()
            .zip(verdicts)
            .find(|(block, verdict)| verdict.label == Label::Date && !NOT_PUBLISHED.is_match(&block.text) && !UPDATED.is_match(&block.text))
            .and_then(|(block, _)| read_date(&block.text));
        // The same day printed with less precision than the metadata's
        // timestamp: keep the timestamp. (Keeping it for the days either side
        // too, as the same day in another zone, gained 0.2 points of dates on
        // the tune half and lost 0.9 on the check half.)
        if let Some(printed) = printed.filter(|printed| !same_day(printed, meta.date.as_deref().unwrap_or_default())) {
            meta.date = Some(printed);
            meta.sources.date = Some(Rule::PrintedDate.name().to_string());
        }
    }
}

/// With still no date, one printed on a short line of the article's header,
/// or, on a page of one text (an article, a manual, a thread), in its body.
fn set_date_from_the_text(meta: &mut Meta, listing: bool, printed: &Printed) {
    let switches = printed.switches;
    // (A listing's header holds its first card's date, not the page's.)
    if meta.date.is_none() && !listing && switches.on(Rule::HeaderDate) {
        meta.date = header_date(printed.blocks, printed.verdicts, printed.date_order);
        meta.sources.date = meta.date.as_ref().map(|_| Rule::HeaderDate.name().to_string());
    }
    // A shop's or a listing's kept lines date its reviews and its cards, not the page.
    let one_text = matches!(meta.page_type, PageType::Article | PageType::Documentation | PageType::Forum);
    if meta.date.is_none() && one_text && switches.on(Rule::BodyDate) {
        meta.date = body_date(printed.blocks, printed.verdicts, printed.date_order);
        meta.sources.date = meta.date.as_ref().map(|_| Rule::BodyDate.name().to_string());
    }
}

/// The authors in a JSON-LD `author`: strings, objects with a `name`, or
/// references (`{"@id": ...}`) to an object elsewhere in the page's JSON-LD.
fn authors_of(value: &Value, scripts: &[Value], switches: Switches) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().flat_map(|item| authors_of(item, scripts, switches)).collect(),
        Value::Object(object) => {
            let referenced = object
                .get("name")
                .is_none()
                .then(|| object.get("@id").and_then(Value::as_str))
                .flatten()
                .filter(|_| switches.on(Rule::AuthorReference))
                .and_then(|id| object_with_id(scripts, id));
            let name = referenced.unwrap_or(object).get("name").and_then(text_of);
            name.and_then(|name| clean_byline(&name, switches)).into_iter().collect()
        }
        other => text_of(other).and_then(|name| clean_byline(&name, switches)).into_iter().collect(),
    }
}

/// A byline's names ([`byline::clean`]), or with the rule off its text as it is.
fn clean_byline(raw: &str, switches: Switches) -> Option<String> {
    if switches.on(Rule::BylineCleaning) {
        byline::clean(raw).filter(|name| !(switches.on(Rule::FacetNotName) && byline::is_facet(name)))
    } else {
        Some(collapse_whitespace(raw)).filter(|b| !b.is_empty())
    }
}

/// Marks a site's name does not end or open with: what is left of a
/// `<title>`'s separator ("Netsmartz |", "Mindesigns -").
const TRIMMED_MARKS: [char; 8] = ['|', '-', '–', '—', ':', '·', '•', '»'];

/// A metadata value as plain text: what a CMS wrote into it encoded once
/// more (`that&#039;s`, `&amp;nbsp;`) or as markup (`<p>I did <a
/// href=...>Advent of Code</a></p>`) read as a browser would, its
/// whitespace collapsed. A value with no entity and no closing tag is left
/// as it is: a `<table>` named in a sentence is text.
fn plain_text(text: &str) -> String {
    let mut plain = collapse_whitespace(text);
    // Twice at most: a value encoded twice over ("&amp;nbsp;").
    for _ in 0..2 {
        if !(plain.contains("</") || ENTITY.is_match(&plain)) {
            break;
        }
        plain = collapse_whitespace(&fragment_text(&plain));
    }
    plain
}

/// A character reference: `&amp;`, `&#039;`, `&#x27;`.
static ENTITY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});").expect("the entity pattern is valid"));

/// Entities left in metadata text: JSON-LD is never decoded by the HTML
/// parser, and some sites encode their `<meta>` content twice (`&amp;#038;`).
fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(fragment_text(text))
}

/// The text a browser shows for `html`, a fragment: its entities decoded, its tags gone.
fn fragment_text(html: &str) -> String {
    scraper::Html::parse_fragment(html).root_element().text().collect()
}

/// `address` as the page's address: an absolute web address (`http` or
/// `https`) written as the URL standard writes it (spaces and control
/// characters percent-encoded), or a path on the page's own site as it
/// stands (`/2024/05/story`: there is no base to resolve it against). `None`
/// for another scheme (`javascript:`), a path with spaces or control
/// characters in it, or what is no URL at all, which gives way to the next source.
fn page_address(address: &str) -> Option<String> {
    match url::Url::parse(address) {
        Ok(url) => matches!(url.scheme(), "http" | "https").then(|| url.into()),
        Err(url::ParseError::RelativeUrlWithoutBase) => (!address.contains(|c: char| c.is_whitespace() || c.is_control())).then(|| address.to_string()),
        Err(_) => None,
    }
}

/// `tag` as a language tag in its canonical case (`en-US`, `zh-Hant-TW`,
/// whether the page wrote `en-us` or `EN_US`), so that a batch user who
/// groups pages by language gets one spelling of each. `None` when it
/// reads as no tag ("en, fr", text with control characters in it, a tag
/// longer than a real one runs): the next source is tried.
fn language_tag(tag: &str) -> Option<String> {
    /// Longer than any tag a page means ("en-US-u-ca-gregory-nu-latn" is 26).
    const LONGEST_TAG: usize = 64;
    let tag = tag.trim().replace('_', "-");
    if tag.len() > LONGEST_TAG {
        return None;
    }
    icu_locale_core::Locale::normalize(&tag).ok().map(|tag| tag.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_whose_entities_were_encoded_twice_is_decoded() {
        let page = "<html><head><title>Data Tools for 2026: Python, SQL &#x26; AI | Splunk</title></head><body><article>\
                    <h1>Data Tools for 2026: Python, SQL &amp;#x26; AI</h1><p>The council met on Tuesday and agreed, after a long debate, that the new bridge would be built.</p></article></body></html>";
        let article = crate::clean(page.as_bytes(), &crate::Options::default()).unwrap();
        assert_eq!(article.meta.title.as_deref(), Some("Data Tools for 2026: Python, SQL & AI"));
    }

    #[test]
    fn a_printed_date_that_reads_both_ways_is_read_as_the_pages_language_writes_it() {
        let body = "<p>Le conseil municipal a décidé lundi de fermer le vieux pont à la circulation, après que les experts ont trouvé de graves dommages.</p>";
        let page = |lang: &str| format!("<html lang='{lang}'><body><article><h1>Le pont</h1><p>Publié le 05/12/2026</p>{body}{body}</article></body></html>");
        let date_of = |page: &str, options: &crate::Options| crate::clean(page.as_bytes(), options).unwrap().meta.date;
        assert_eq!(date_of(&page("fr"), &crate::Options::default()).as_deref(), Some("2026-12-05"));
        assert_eq!(date_of(&page("en-US"), &crate::Options::default()).as_deref(), Some("2026-05-12"));
        // Near misses: the rule switched off, and a language written both ways.
        let mut off = crate::Options::default();
        off.switched_off.switch_off("meta/date-order-by-language").unwrap();
        assert_eq!(date_of(&page("fr"), &off), None);
        assert_eq!(date_of(&page("en-CA"), &crate::Options::default()), None);
    }

    #[test]
    fn a_headline_that_prints_the_sites_name_loses_it() {
        let page = "<html><head><title>Bridge vote coverage | WRAL</title><meta property='og:site_name' content='WRAL.com'></head><body><article>\
                    <h1>Bridge vote coverage | WRAL</h1><p>The council met on Tuesday and agreed, after a long debate, that the new bridge would be built.</p></article></body></html>";
        let article = crate::clean(page.as_bytes(), &crate::Options::default()).unwrap();
        assert_eq!(article.meta.title.as_deref(), Some("Bridge vote coverage"));
    }

    #[test]
    fn a_web_pages_json_ld_date_dates_a_page_with_no_article_but_comes_after_an_articles() {
        let page = r#"{"@graph": [{"@type": "WebPage", "datePublished": "2018-11-22T14:30:24+00:00"}, {"@type": "Organization", "name": "Motors"}]}"#;
        assert_eq!(read_markup_of(&head_with(&[], &[page])).meta.date.as_deref(), Some("2018-11-22T14:30:24+00:00"));
        let story = r#"{"@type": "NewsArticle", "datePublished": "2024-05-02"}"#;
        assert_eq!(read_markup_of(&head_with(&[], &[page, story])).meta.date.as_deref(), Some("2024-05-02"));
        assert_eq!(read_markup_of(&head_with(&[("article:published_time", "2023-01-01")], &[page])).meta.date.as_deref(), Some("2023-01-01"));
        let mut switches = Switches::default();
        switches.switch_off("meta/page-date").unwrap();
        assert_eq!(read_markup(&head_with(&[], &[page]), Given::default(), switches, true).meta.date, None);
    }

    #[test]
    fn a_meta_tag_whose_name_says_published_dates_the_page_but_a_publisher_or_a_modified_date_does_not() {
        let date_of = |meta: &[(&str, &str)]| read_markup_of(&head_with(meta, &[])).meta.date;
        assert_eq!(date_of(&[("published", "July 17, 2025")]).as_deref(), Some("2025-07-17"));
        assert_eq!(date_of(&[("modified-date", "2024-07-30"), ("published-date", "2021-02-16")]).as_deref(), Some("2021-02-16"));
        assert_eq!(date_of(&[("cxenseparse:publishtime", "2020-05-03T10:00:00Z")]).as_deref(), Some("2020-05-03T10:00:00+00:00"));
        assert_eq!(date_of(&[("citation_publication_date", "2023 Jan 7")]).as_deref(), Some("2023-01-07"));
        // Near misses: the publisher's name, a modified date, a page's dates under other names.
        assert_eq!(date_of(&[("article:publisher", "https://facebook.com/example"), ("modified-date", "2024-07-30")]), None);
        let mut switches = Switches::default();
        switches.switch_off("meta/published-meta-name").unwrap();
        assert_eq!(read_markup(&head_with(&[("published-date", "2021-02-16")], &[]), Given::default(), switches, true).meta.date, None);
    }

    #[test]
    fn an_author_line_outside_the_article_names_the_author_when_nothing_else_does() {
        let paragraph = "<p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.</p>";
        let menu = r#"<nav><ul><li>By Sector</li><li>By Region</li></ul></nav>"#;
        let page = |header: &str, switches: Switches| {
            let html = format!(r#"<html><body>{menu}<header><h1>Bridge vote</h1>{header}</header><article class="hentry author-sam-roe"><h2>The vote</h2>{paragraph}{paragraph}</article></body></html>"#);
            crate::clean(html.as_bytes(), &crate::Options { switched_off: switches, ..crate::Options::default() }).unwrap().meta.byline
        };
        let on = Switches::default();
        // A date line in a box whose class says author: labelled a date, it names the author too.
        let author = r#"<div class="post-meta"><div class="author-name">Ann Lee | March 3, 2024</div></div>"#;
        assert_eq!(page(author, on).as_deref(), Some("Ann Lee"));
        // Near misses: the menu's "By Sector"; the article's class naming its
        // author's slug over a short heading; a photo's credit.
        assert_eq!(page("<p>Filed under bridges</p>", on), None);
        assert_eq!(page(r#"<figure><img src="b.jpg"><figcaption class="photo-author">Sam Roe</figcaption></figure>"#, on), None);
        // (The header's date line names her too: both rules go.)
        let mut off = Switches::default();
        off.switch_off("meta/markup-byline").unwrap();
        off.switch_off("meta/header-byline").unwrap();
        assert_eq!(page(author, off), None);
    }

    #[test]
    fn a_threads_starter_named_above_the_replies_microdata_is_the_author() {
        let paragraph = "<p>My old laptop finally died after six years, and I need something light with a long battery life for lectures.</p>";
        let reply = |name: &str| format!(r#"<div class="post"><div itemprop="author" itemscope><span itemprop="name">{name}</span></div>{paragraph}</div>"#);
        let page = |header: &str| format!(r#"<html><body><h1>Best laptop for college?</h1>{header}<div class="post"><h4><a class="username">sean_g</a></h4>{paragraph}{paragraph}</div>{}</body></html>"#, reply("Packard"));
        let byline = |html: &str, switches: Switches| {
            crate::clean(html.as_bytes(), &crate::Options { switched_off: switches, ..crate::Options::default() }).unwrap().meta.byline
        };
        let on = Switches::default();
        let starter = page("");
        assert_eq!(byline(&starter, on).as_deref(), Some("sean_g"));
        let mut off = Switches::default();
        off.switch_off("meta/first-named").unwrap();
        assert_eq!(byline(&starter, off).as_deref(), Some("Packard"));
        // Near misses: a label classed as a user's ("Written by"), the same
        // name with a role, and a user named only after the microdata.
        let label = format!(r#"<html><body><h1>Bridge</h1><span class="user-name">Written by</span>{}</body></html>"#, reply("Emma Ryan"));
        assert_eq!(byline(&label, on).as_deref(), Some("Emma Ryan"));
        let role = format!(r#"<html><body><h1>Bridge</h1><span class="user-name">Emma Ryan Writer</span>{}</body></html>"#, reply("Emma Ryan"));
        assert_eq!(byline(&role, on).as_deref(), Some("Emma Ryan"));
        let later = format!(r#"<html><body><h1>Bridge</h1>{}<a class="username">Packard</a></body></html>"#, reply("sean_g"));
        assert_eq!(byline(&later, on).as_deref(), Some("sean_g"));
    }

    #[test]
    fn a_name_classed_as_a_user_above_the_text_names_the_author_when_nothing_else_does() {
        let paragraph = "<p>My old laptop finally died after six years, and I need something light with a long battery life for lectures.</p>";
        let byline = |html: &str, switches: Switches| {
            crate::clean(html.as_bytes(), &crate::Options { switched_off: switches, ..crate::Options::default() }).unwrap().meta.byline
        };
        let on = Switches::default();
        let thread = format!(r#"<html><body><h1>Best laptop for college?</h1><div class="post"><a class="username" href="/u/1">DeliriumletNot</a>{paragraph}{paragraph}</div></body></html>"#);
        assert_eq!(byline(&thread, on).as_deref(), Some("DeliriumletNot"));
        let mut off = Switches::default();
        off.switch_off("meta/class-author").unwrap();
        assert_eq!(byline(&thread, off), None);
        // Near misses: a review's author below a product's description, a photo's credit.
        let review = format!(r#"<html><body><h1>Standing desk</h1>{paragraph}{paragraph}<div class="review"><span class="review-author">Scott B.</span><p>Sturdy.</p></div></body></html>"#);
        assert_eq!(byline(&review, on), None);
        let credit = format!(r#"<html><body><h1>Bridge</h1><figure><img src="b.jpg"><figcaption class="photo-author">Sam Roe</figcaption></figure>{paragraph}{paragraph}</body></html>"#);
        assert_eq!(byline(&credit, on), None);
    }

    fn head_with(meta: &[(&str, &str)], json_ld: &[&str]) -> Head {
        Head {
            title: Some("Tag title | Site".into()),
            meta: meta.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            json_ld: json_ld.iter().map(|s| s.to_string()).collect(),
            ..Head::default()
        }
    }

    #[test]
    fn og_type_article_is_trusted_only_where_no_json_ld_says_otherwise() {
        let og_article = [("og:type", "article")];
        assert!(read_markup_of(&head_with(&og_article, &[])).declares_article());
        assert!(read_markup_of(&head_with(&[], &[r#"{"@type": "NewsArticle", "headline": "Bridge"}"#])).declares_article());
        // A shop's collection page that its site generator also stamped `article`.
        assert!(!read_markup_of(&head_with(&og_article, &[r#"{"@type": "CollectionPage", "name": "Cups"}"#])).declares_article());
    }

    #[test]
    fn a_byline_in_the_sites_footer_names_no_author_but_one_in_the_articles_footer_does() {
        let body = "<p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built.</p>";
        let byline_of = |page: &str, options: &crate::Options| crate::clean(page.as_bytes(), options).unwrap().meta.byline;
        let site_footer = format!("<html><body><article><h1>Bridge</h1>{body}{body}</article><footer><p>By Example Media Group</p></footer></body></html>");
        assert_eq!(byline_of(&site_footer, &crate::Options::default()), None);
        let mut off = crate::Options::default();
        off.switched_off.switch_off("meta/chrome-byline").unwrap();
        assert_eq!(byline_of(&site_footer, &off).as_deref(), Some("Example Media Group"));
        let article_footer = format!("<html><body><article><h1>Bridge</h1>{body}{body}<footer><p>By Ann Lee</p></footer></article></body></html>");
        assert_eq!(byline_of(&article_footer, &crate::Options::default()).as_deref(), Some("Ann Lee"));
        // A commenter's byline under the article names a reader.
        let comments = format!("<html><body><article><h1>Bridge</h1>{body}{body}</article><div class=comments><p>by Fons ( 1311177 )</p>{body}</div></body></html>");
        assert_eq!(byline_of(&comments, &crate::Options::default()), None);
        assert_eq!(byline_of(&comments, &off).as_deref(), Some("Fons ( 1311177 )"));
    }

    #[test]
    fn the_site_named_as_author_yields_to_a_persons_printed_byline_but_not_to_its_own_or_to_a_reading_time() {
        let page = |printed: &str| {
            format!(
                "<html><head><meta property='og:site_name' content='Example Health'>\
                 <script type='application/ld+json'>{{\"@type\":\"Article\",\"author\":{{\"@type\":\"Organization\",\"name\":\"Example Health\"}}}}</script></head>\
                 <body><article><h1>Bridge</h1><p class='byline'>{printed}</p>\
                 <p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built.</p>\
                 <p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built.</p></article></body></html>"
            )
        };
        let byline_of = |page: &str, options: &crate::Options| crate::clean(page.as_bytes(), options).unwrap().meta.byline;
        assert_eq!(byline_of(&page("By Ann Lee"), &crate::Options::default()).as_deref(), Some("Ann Lee"));
        let mut off = crate::Options::default();
        off.switched_off.switch_off("meta/printed-byline").unwrap();
        assert_eq!(byline_of(&page("By Ann Lee"), &off).as_deref(), Some("Example Health"));
        // Near misses: the page prints the site's name as its byline, or a reading time.
        for printed in ["By Example Health", "By Example Health Team", "By 5 mins read"] {
            assert_eq!(byline_of(&page(printed), &crate::Options::default()).as_deref(), Some("Example Health"), "{printed}");
        }
    }

    #[test]
    fn a_short_kept_line_with_a_date_dates_the_page_but_a_sentence_or_a_dropped_line_does_not() {
        let lines = |texts: &[(&str, Label)]| -> (Vec<Block>, Vec<Verdict>) {
            let blocks = texts.iter().enumerate().map(|(i, (text, _))| Block::text_line(text.to_string(), i + 1, true)).collect();
            let verdicts = texts.iter().map(|&(_, label)| Verdict::new(label, Rule::InContainer, "test")).collect();
            (blocks, verdicts)
        };
        let sentence = "The council first met about the bridge on November 13, 2025, and again in the spring when the budget was agreed.";
        let (blocks, verdicts) = lines(&[(sentence, Label::Body), ("Printed March 2, 2024", Label::Boilerplate), ("Last updated: November 14, 2025", Label::Body)]);
        assert_eq!(body_date(&blocks, &verdicts, NumericOrder::Unknown).as_deref(), Some("2025-11-14"));
        // Near misses: a date inside a long sentence, a date on a line the classifier dropped.
        let (blocks, verdicts) = lines(&[(sentence, Label::Body), ("Printed March 2, 2024", Label::Boilerplate)]);
        assert_eq!(body_date(&blocks, &verdicts, NumericOrder::Unknown), None);
    }

    #[test]
    fn json_ld_is_trusted_first_and_found_inside_a_graph() {
        let ld = r#"{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
            {"@type": ["NewsArticle"], "headline": "LD headline", "datePublished": "2024-04-22T08:30:00+01:00",
             "author": [{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chan"}], "publisher": {"name": "The Post"},
             "description": "What happened.", "mainEntityOfPage": {"@id": "https://example.com/a"}}]}"#;
        let markup = read_markup_of(&head_with(&[("og:title", "OG title"), ("author", "Meta Author")], &[ld]));
        let meta = &markup.meta;
        assert_eq!(meta.title.as_deref(), Some("LD headline"));
        assert_eq!(meta.authors, ["Ann Lee", "Bo Chan"]);
        assert_eq!(meta.byline.as_deref(), Some("Ann Lee, Bo Chan"));
        assert_eq!(meta.date.as_deref(), Some("2024-04-22T08:30:00+01:00"));
        assert_eq!(meta.site.as_deref(), Some("The Post"));
        assert_eq!(meta.description.as_deref(), Some("What happened."));
        assert_eq!(meta.url.as_deref(), Some("https://example.com/a"));
    }

    #[test]
    fn a_description_encoded_twice_or_written_as_markup_and_a_site_name_left_with_its_separator_read_as_plain_text() {
        let ld = r#"{"@type": "Article", "headline": "Tips", "description": "Here&#039;s how &amp;nbsp; to start."}"#;
        let meta = read_markup_of(&head_with(&[("og:site_name", "Netsmartz |")], &[ld])).meta;
        assert_eq!(meta.description.as_deref(), Some("Here's how to start."));
        assert_eq!(meta.site.as_deref(), Some("Netsmartz"));
        let meta = read_markup_of(&head_with(&[("og:description", "<p>I did <a href=\"https://example.com\">Advent of Code</a> again.</p>")], &[])).meta;
        assert_eq!(meta.description.as_deref(), Some("I did Advent of Code again."));
        // Near misses: an element named in a sentence stays, and so does a site's name with a hyphen inside it.
        let meta = read_markup_of(&head_with(&[("og:description", "The <table> element holds rows."), ("og:site_name", "Wall-Street Daily")], &[])).meta;
        assert_eq!(meta.description.as_deref(), Some("The <table> element holds rows."));
        assert_eq!(meta.site.as_deref(), Some("Wall-Street Daily"));
    }

    #[test]
    fn opengraph_and_title_fill_in_without_json_ld() {
        let meta = read_markup_of(&head_with(&[("og:site_name", "Site"), ("og:locale", "en_GB")], &["not json"])).meta;
        assert_eq!(meta.title.as_deref(), Some("Tag title"));
        assert_eq!((meta.site.as_deref(), meta.lang.as_deref()), (Some("Site"), Some("en-GB")));
        let meta = read_markup_of(&head_with(&[("og:title", "Open Graph title")], &[])).meta;
        assert_eq!(meta.title.as_deref(), Some("Open Graph title"));
    }

    fn read_markup_of(head: &Head) -> Markup {
        read_markup(head, Given::default(), Switches::default(), true)
    }

    #[test]
    fn a_papers_authors_are_read_from_its_citation_tags_in_order() {
        let byline_of = |meta: &[(&str, &str)]| read_markup_of(&head_with(meta, &[])).meta.byline;
        let paper = [
            ("citation_title", "Physical Activity and Mental Health"),
            ("citation_author", "Aditya Mahindru"),
            ("citation_author_institution", "Department of Psychiatry, Datta Meghe Institute"),
            ("citation_author", "Pradeep Patil"),
            ("author", "Aditya Mahindru"),
        ];
        assert_eq!(byline_of(&paper).as_deref(), Some("Aditya Mahindru, Pradeep Patil"));
        // A name written surname first keeps its comma: the names are told apart by semicolons.
        let surname_first = [("citation_author", "Kaufman, Jeff T."), ("citation_author", "Lee, Ann")];
        assert_eq!(byline_of(&surname_first).as_deref(), Some("Kaufman, Jeff T.; Lee, Ann"));
        // Near misses: an institution is no author, and JSON-LD's author comes first.
        assert_eq!(byline_of(&[("citation_author_institution", "Pukyong National University")]), None);
        let ld = r#"{"@type": "ScholarlyArticle", "author": {"@type": "Person", "name": "Bo Chan"}}"#;
        assert_eq!(read_markup_of(&head_with(&paper, &[ld])).meta.byline.as_deref(), Some("Bo Chan"));
    }

    #[test]
    fn a_url_that_is_no_web_address_gives_way_to_the_next_source() {
        let url_of = |canonical: &str| {
            let head = Head { canonical: Some(canonical.into()), ..head_with(&[("og:url", "https://example.com/story")], &[]) };
            read_markup_of(&head).meta.url
        };
        assert_eq!(url_of("https://example.com/a?b=1#c").as_deref(), Some("https://example.com/a?b=1#c"));
        assert_eq!(url_of("https://example.com/a\u{1b}[1m b").as_deref(), Some("https://example.com/a%1B[1m%20b"));
        assert_eq!(url_of("/2024/05/story").as_deref(), Some("/2024/05/story"));
        for bad in ["javascript:alert(1)", "/a story", "mailto:desk@example.com", "https://exa mple.com/"] {
            assert_eq!(url_of(bad).as_deref(), Some("https://example.com/story"), "{bad:?}");
        }
    }

    #[test]
    fn a_page_that_declares_no_language_is_given_the_language_of_its_article() {
        let body = "<p>Il consiglio si è riunito martedì sera e ha deciso, dopo un lungo dibattito sul bilancio e sulle strade, che il nuovo ponte sarà costruito sul fiume prima della fine dell'anno.</p>\
                    <p>I lavori inizieranno in primavera e il vecchio ponte resterà aperto al traffico finché quello nuovo non sarà pronto.</p>";
        let lang_of = |page: &str, options: &crate::Options| crate::clean(page.as_bytes(), options).unwrap().meta.lang;
        let undeclared = format!("<html><body><article><h1>Il ponte</h1>{body}</article></body></html>");
        assert_eq!(lang_of(&undeclared, &crate::Options::default()).as_deref(), Some("it"));
        // Near misses: the rule switched off gives none, and a language
        // declared by the transport or the page stands (for the Italian
        // text, only with `meta/declared-language-checked` off).
        let mut off = crate::Options::default();
        off.switched_off.switch_off("meta/detected-language").unwrap();
        off.switched_off.switch_off("meta/declared-language-checked").unwrap();
        assert_eq!(lang_of(&undeclared, &off).as_deref(), None);
        let transport = crate::Options { declared_language: Some("de".into()), ..off };
        assert_eq!(lang_of(&undeclared, &transport).as_deref(), Some("de"));
        assert_eq!(lang_of(&undeclared.replace("<html>", "<html lang=en-GB>"), &transport).as_deref(), Some("en-GB"));
    }

    #[test]
    fn a_declared_language_that_the_text_is_not_written_in_gives_way_to_the_texts() {
        let italian = "<p>Il consiglio si è riunito martedì sera e ha deciso, dopo un lungo dibattito sul bilancio e sulle strade, che il nuovo ponte sarà costruito sul fiume prima della fine dell'anno.</p>\
                       <p>I lavori inizieranno in primavera e il vecchio ponte resterà aperto al traffico finché quello nuovo non sarà pronto.</p>";
        let english = "<p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built over the river.</p>\
                       <p>Work will start in the spring, and the old bridge will stay open to traffic until the new one is ready, officials said.</p>";
        let lang_of = |lang: &str, body: &str, options: &crate::Options| {
            let page = format!("<html lang={lang}><body><article><h1>Il ponte</h1>{body}</article></body></html>");
            crate::clean(page.as_bytes(), options).unwrap().meta.lang
        };
        // A template's English over an Italian story, and over a Polish one
        // (whose stopwords the merged lists lack).
        assert_eq!(lang_of("en-GB", italian, &crate::Options::default()).as_deref(), Some("it"));
        let polish = "<p>Rada miasta zebrała się we wtorek wieczorem i po długiej debacie o budżecie i drogach zdecydowała, że nowy most zostanie zbudowany nad rzeką przed końcem roku.</p>\
                      <p>Prace rozpoczną się wiosną, a stary most pozostanie otwarty dla ruchu, dopóki nowy nie będzie gotowy.</p>";
        assert_eq!(lang_of("en", polish, &crate::Options::default()).as_deref(), Some("pl"));
        let transport = crate::Options { declared_language: Some("de".into()), ..Default::default() };
        assert_eq!(lang_of("", italian, &transport).as_deref(), Some("it"));
        // Near misses: a text in its declared language keeps the tag, region
        // and all; the rule switched off keeps what is declared.
        assert_eq!(lang_of("en-GB", english, &crate::Options::default()).as_deref(), Some("en-GB"));
        assert_eq!(lang_of("it-CH", italian, &crate::Options::default()).as_deref(), Some("it-CH"));
        let mut off = crate::Options::default();
        off.switched_off.switch_off("meta/declared-language-checked").unwrap();
        assert_eq!(lang_of("en-GB", italian, &off).as_deref(), Some("en-GB"));
    }

    #[test]
    fn a_language_tag_is_given_in_its_canonical_case_however_the_page_wrote_it() {
        let lang_of = |lang: &str| {
            let mut head = head_with(&[], &[]);
            head.lang = Some(lang.into());
            read_markup_of(&head).meta.lang
        };
        for (written, canonical) in [("en-us", "en-US"), ("EN", "en"), ("EN_GB", "en-GB"), ("zh-hant-tw", "zh-Hant-TW"), (" pt-br ", "pt-BR"), ("de-DE-u-CO-phonebk", "de-DE-u-co-phonebk")] {
            assert_eq!(lang_of(written).as_deref(), Some(canonical), "{written:?}");
        }
        // Near misses: a tag already canonical, and one with no region, stay as they are.
        assert_eq!(lang_of("en-US").as_deref(), Some("en-US"));
        assert_eq!(lang_of("fr").as_deref(), Some("fr"));
    }

    #[test]
    fn a_lang_that_is_no_language_tag_gives_way_to_the_next_source() {
        let lang_of = |lang: &str| {
            let mut head = head_with(&[("og:locale", "fr_CA")], &[]);
            head.lang = Some(lang.into());
            read_markup_of(&head).meta.lang
        };
        assert_eq!(lang_of("de-AT").as_deref(), Some("de-AT"));
        assert_eq!(lang_of("zh_Hant_TW").as_deref(), Some("zh-Hant-TW"));
        for bad in ["en, fr", "en\u{1b}[31m", "1", "-en", "english-usa"] {
            assert_eq!(lang_of(bad).as_deref(), Some("fr-CA"), "{bad:?}");
        }
    }

    #[test]
    fn the_site_name_is_cut_from_the_title_when_the_page_names_its_site() {
        let mut no_tagline = Switches::default();
        no_tagline.switch_off("meta/title-tagline").unwrap();
        let titled = |extra: &[(&str, &str)]| {
            let mut head = head_with(extra, &[]);
            head.title = Some("Bridge opens at last - The Gazette".into());
            read_markup(&head, Given::default(), no_tagline, true).meta.title
        };
        assert_eq!(titled(&[("og:site_name", "The Gazette")]).as_deref(), Some("Bridge opens at last"));
        assert_eq!(titled(&[]).as_deref(), Some("Bridge opens at last - The Gazette"));
    }

    #[test]
    fn a_declared_title_ends_at_a_pipe_or_a_last_hyphen_after_its_headline() {
        let titled = |title: &str, switches: Switches| {
            let mut head = head_with(&[], &[]);
            head.title = Some(title.into());
            read_markup(&head, Given::default(), switches, true).meta.title
        };
        let mut off = Switches::default();
        off.switch_off("meta/title-tagline").unwrap();
        let tagged = "Best Residential Movers in NYC 2025 | Top 19 Companies | Supermove";
        assert_eq!(titled(tagged, Switches::default()).as_deref(), Some("Best Residential Movers in NYC 2025"));
        assert_eq!(titled(tagged, off).as_deref(), Some(tagged));
        assert_eq!(titled("Survival Guide to SysV Init - JF Possibilities, Inc.", Switches::default()).as_deref(), Some("Survival Guide to SysV Init"));
        // Near misses: one word before the pipe, two before the hyphen.
        assert_eq!(titled("Home | Acme Tools", Switches::default()).as_deref(), Some("Home | Acme Tools"));
        assert_eq!(titled("Nintendo Switch - OLED Model", Switches::default()).as_deref(), Some("Nintendo Switch - OLED Model"));
    }

    #[test]
    fn a_json_ld_author_given_by_reference_is_found_and_entities_are_decoded() {
        let graph = r#"{"@graph": [{"@type": "Article", "headline": "Bridge", "author": [{"@id": "https://x/#/person/1"}]},
            {"@type": "Person", "@id": "https://x/#/person/1", "name": "Maria &amp; Katerina"}]}"#;
        let meta = read_markup_of(&head_with(&[], &[graph])).meta;
        assert_eq!(meta.authors, ["Maria & Katerina"]);
        let mut switches = Switches::default();
        switches.switch_off("meta/author-reference").unwrap();
        assert!(read_markup(&head_with(&[], &[graph]), Given::default(), switches, true).meta.authors.is_empty());
    }

    /// The metadata of a small page cleaned end to end.
    fn cleaned(head: &str, body: &str) -> Meta {
        let paragraph = "<p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.</p>";
        let page = format!("<html><head>{head}</head><body><article><h1>Bridge vote</h1>{body}{paragraph}{paragraph}</article></body></html>");
        crate::clean(page.as_bytes(), &crate::Options::default()).unwrap().meta
    }

    #[test]
    fn a_date_on_a_short_line_of_the_header_dates_a_page_with_no_other_date() {
        let line = "<div class=\"meta\">Dec 26, 2025 • Jane Roe in Project Management</div>";
        assert_eq!(cleaned("", line).date.as_deref(), Some("2025-12-26"));
        // The published date before an update on the same line; a countdown is none.
        assert_eq!(cleaned("", "<p>December 3, 2025. Updated: December 7, 2025</p>").date.as_deref(), Some("2025-12-03"));
        assert_eq!(cleaned("", "<div>Sale ends November 20, 9999 7:00 PM</div>").date, None);
        // Near miss: the same line after the first paragraph is not in the header.
        let paragraph = crate::score::test_support::PARAGRAPH;
        let after = format!("<html><body><article><h1>Bridge vote</h1><p>{paragraph}</p>{line}<p>{paragraph}</p></article></body></html>");
        assert_eq!(crate::clean(after.as_bytes(), &crate::Options::default()).unwrap().meta.date, None);
        let mut options = crate::Options::default();
        options.switched_off.switch_off("meta/header-date").unwrap();
        let page = format!("<html><body><article><h1>Bridge vote</h1>{line}<p>{paragraph}</p></article></body></html>");
        assert_eq!(crate::clean(page.as_bytes(), &options).unwrap().meta.date, None);
    }

    #[test]
    fn a_placeholder_date_is_no_date_and_the_next_source_gives_it() {
        let ld = r#"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}</script>"#;
        let head = format!(r#"{ld}<meta property="article:published_time" content="2019-11-18T10:00:00Z">"#);
        assert_eq!(cleaned(&head, "").date.as_deref(), Some("2019-11-18T10:00:00+00:00"));
        assert_eq!(cleaned(ld, "").date, None);
    }

    #[test]
    fn a_meta_named_over_lines_or_at_length_is_named_on_one_short_line() {
        let long = format!("x{}\n published", " y".repeat(100));
        let source = cleaned(&format!(r#"<meta name="{long}" content="2024-09-06">"#), "").sources.date.unwrap();
        assert!(!source.contains('\n') && source.chars().count() < 80, "{source}");
        assert_eq!(meta_source("pubdate"), "<meta name=pubdate>");
    }

    #[test]
    fn each_field_says_where_it_came_from() {
        let ld = r#"<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ann Lee"}}</script>"#;
        let published = r#"<meta property="article:published_time" content="2024-09-06T13:12:36Z">"#;
        let sources = |head: &str, body: &str| {
            let meta = cleaned(head, body);
            (meta.sources.title, meta.sources.byline, meta.sources.date)
        };
        let of = |source: &str| Some(source.to_string());
        // The markup's, where the page's headline ("Bridge vote") does not agree with its title.
        let head = format!(r#"{ld}<meta property="og:title" content="Orchard growers try sheep instead of mowers">{published}"#);
        assert_eq!(sources(&head, ""), (of("og:title"), of("json-ld author"), of("<meta name=article:published_time>")));
        // The printed headline that agrees with the markup, and a printed date that beats its date.
        let head = format!(r#"{ld}<meta property="og:title" content="Bridge vote | The Gazette">{published}"#);
        assert_eq!(sources(&head, "<p>November 14, 2025</p>"), (of("meta/visible-title"), of("json-ld author"), of("meta/printed-date")));
        // With nothing in the markup, the lines that printed them, named by the rule that labelled them.
        let (title, byline, date) = sources("", "<p>By Ann Lee</p><p>November 14, 2025</p>");
        assert_eq!((title, byline), (of("the first <h1>"), of("evidence/pattern-byline")));
        assert!(date.is_some());
        // Near miss: a field there is not has no source.
        let (_, byline, date) = sources("", "");
        assert_eq!((byline, date), (None, None));
    }

    #[test]
    fn a_date_printed_in_the_header_beats_the_metadata_but_an_update_or_a_review_does_not() {
        let head = r#"<meta property="article:published_time" content="2024-09-06T13:12:36Z">"#;
        assert_eq!(cleaned(head, "<p>November 14, 2025</p>").date.as_deref(), Some("2025-11-14"));
        assert_eq!(cleaned(head, "<p>Updated November 14, 2025</p>").date.as_deref(), Some("2024-09-06T13:12:36+00:00"));
        assert_eq!(cleaned("", "<p>Next review due: 11 Jan 2029</p>").date, None);
    }

    #[test]
    fn a_first_date_line_that_reads_both_ways_leaves_the_metadatas_date_not_the_update_under_it() {
        let head = r#"<meta property="article:published_time" content="2025-08-01T15:01:58Z">"#;
        let header = "<p>8/1/2025</p><p>8/27/2025</p>";
        assert_eq!(cleaned(head, header).date.as_deref(), Some("2025-08-01T15:01:58+00:00"));
        // Near miss: a first line with one reading is printed, and beats the metadata.
        assert_eq!(cleaned(head, "<p>8/13/2025</p><p>8/27/2025</p>").date.as_deref(), Some("2025-08-13"));
    }

    #[test]
    fn a_date_in_a_byline_dates_a_page_with_no_other_date() {
        let byline = r#"<p class="byline">By <a href="/team/ann-lee">Ann Lee</a> - Mar 27, 2024</p>"#;
        assert_eq!(cleaned("", byline).date.as_deref(), Some("2024-03-27"));
        // A byline with no date gives none, and the metadata's date comes first.
        assert_eq!(cleaned("", r#"<p class="byline">By Ann Lee</p>"#).date, None);
        let head = r#"<meta property="article:published_time" content="2024-03-01">"#;
        assert_eq!(cleaned(head, byline).date.as_deref(), Some("2024-03-01"));
        let mut options = crate::Options::default();
        options.switched_off.switch_off("meta/byline-date").unwrap();
        // (A byline is a short line of the header too.)
        options.switched_off.switch_off("meta/header-date").unwrap();
        let page = format!("<html><body><article><h1>Bridge vote</h1>{byline}<p>{}</p></article></body></html>", crate::score::test_support::PARAGRAPH);
        assert_eq!(crate::clean(page.as_bytes(), &options).unwrap().meta.date, None);
    }

    #[test]
    fn a_publication_date_in_a_text_pages_header_beats_an_update_before_it() {
        let story = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.\n\n\
                     Work will start in the spring, once the river is low enough for the engineers to reach the old piers, and should take two years.";
        let date_of = |header: &str, footer: &str, off: &[&str]| {
            let page = format!("Bridge vote | The Gazette\n\nHome\n\nBridge vote\n\n{header}\n\n{story}\n\n{footer}\n");
            text_meta_of(&page, off).date
        };
        let header = "Last Updated: August 5, 2025\n\nJuly 31, 2024";
        assert_eq!(date_of(header, "", &[]).as_deref(), Some("2024-07-31"));
        assert_eq!(date_of(header, "", &["meta/header-published"]).as_deref(), Some("2025-08-05"));
        // Near misses: an update alone still dates the page, and so it does
        // when the publication is printed after the body (a story's foot).
        assert_eq!(date_of("Last Updated: August 5, 2025", "", &[]).as_deref(), Some("2025-08-05"));
        assert_eq!(date_of("Last Updated: August 5, 2025", "First Published: July 31, 2024", &[]).as_deref(), Some("2025-08-05"));
        // An update in the other languages of the month table.
        for update in ["Mis à jour le 5 août 2025", "Aktualisiert am 5. August 2025", "Обновлено 5 августа 2025", "更新 2025年8月5日"] {
            assert_eq!(date_of(&format!("{update}\n\nJuly 31, 2024"), "", &[]).as_deref(), Some("2024-07-31"), "{update}");
        }
    }

    #[test]
    fn dates_in_other_languages_are_date_lines_and_give_the_date() {
        for (line, date) in [("16. März 2015", "2015-03-16"), ("16 de noviembre de 2015", "2015-11-16"), ("le 3 décembre 2019 à 18h30 CET", "2019-12-03T18:30:00+01:00")] {
            let article = crate::clean(
                format!("<html><body><article><h1>Bridge vote</h1><p>{line}</p><p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.</p></article></body></html>").as_bytes(),
                &crate::Options::default(),
            )
            .unwrap();
            assert_eq!(article.meta.date.as_deref(), Some(date), "{line}");
            assert!(article.kept().all(|block| block.block.text != line), "{line} is dropped as a date line");
        }
    }

    #[test]
    fn a_threads_posting_gives_its_author_and_date_when_no_article_does() {
        let posting = r#"{"@type": "DiscussionForumPosting", "headline": "Squad 2024", "author": {"@type": "Person", "name": "Spursidol"}, "datePublished": "2024-06-30T10:00:00Z"}"#;
        let meta = read_markup_of(&head_with(&[], &[posting])).meta;
        assert_eq!((meta.byline.as_deref(), meta.date.as_deref()), (Some("Spursidol"), Some("2024-06-30T10:00:00+00:00")));
        let question = r#"{"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "Why?", "author": {"name": "blumo"}, "dateCreated": "2024-09-22"}}"#;
        let meta = read_markup_of(&head_with(&[], &[question])).meta;
        assert_eq!((meta.byline.as_deref(), meta.date.as_deref()), (Some("blumo"), Some("2024-09-22")));
        // The posting is not an article: the page does not declare one.
        assert!(!read_markup_of(&head_with(&[], &[posting])).declares_article());
        let mut switches = Switches::default();
        switches.switch_off("meta/forum-posting").unwrap();
        assert_eq!(read_markup(&head_with(&[], &[posting]), Given::default(), switches, true).meta.byline, None);
    }

    /// The metadata of the text page `text`, with `off` switched off.
    fn text_meta_of(text: &str, off: &[&str]) -> Meta {
        let mut options = crate::Options { input: crate::InputKind::Text, ..crate::Options::default() };
        off.iter().for_each(|rule| options.switched_off.switch_off(rule).unwrap());
        crate::clean(text.as_bytes(), &options).unwrap().meta
    }

    /// The title of the text page `text`, with `off` switched off.
    fn text_title(text: &str, off: &[&str]) -> Option<String> {
        text_meta_of(text, off).title
    }

    #[test]
    fn a_text_pages_title_is_its_printed_headline_or_its_first_line_without_the_tagline() {
        let story = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.";
        let page = format!("Bridge vote: what it means | The Gazette\nHome\nThe Gazette\nBridge vote: what it means for the town\n\n{story}\n");
        assert_eq!(text_title(&page, &[]).as_deref(), Some("Bridge vote: what it means for the town"));
        assert_eq!(text_title(&page, &["meta/text-headline"]).as_deref(), Some("Bridge vote: what it means"));
        assert_eq!(text_title(&page, &["meta/text-headline", "meta/title-tagline"]).as_deref(), Some("Bridge vote: what it means | The Gazette"));
        // A near miss: a header that prints only the site's name.
        let page = format!("Bridge vote: what it means | The Gazette\nThe Gazette\n\n{story}\n");
        assert_eq!(text_title(&page, &[]).as_deref(), Some("Bridge vote: what it means"));
        // A first line that ends like a sentence is the title when a headline
        // agrees with it, and not when none does: then it is a sentence.
        let page = format!("Survival Guide to SysV Init - JF Possibilities, Inc.\nHome\nSurvival Guide to SysV Init\n\n{story}\n");
        assert_eq!(text_title(&page, &[]).as_deref(), Some("Survival Guide to SysV Init"));
        let page = format!("The council met on Tuesday.\nHome\n\n{story}\n");
        assert_eq!(text_title(&page, &[]), None);
        // The first line printed again as the headline loses its tagline as the first line does.
        let page = format!("Bridge vote: what it means | The Gazette\nHome\nBridge vote: what it means | The Gazette\n\n{story}\n");
        assert_eq!(text_title(&page, &[]).as_deref(), Some("Bridge vote: what it means"));
        assert_eq!(text_title(&page, &["meta/title-tagline"]).as_deref(), Some("Bridge vote: what it means | The Gazette"));
    }

    #[test]
    fn a_text_pages_headline_of_its_own_loses_its_tagline_as_an_h1_does() {
        let story = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.";
        let page = format!("Bridge vote: what it means | The Gazette\nHome\nBridge vote: what it means for the town | Explained\n\n{story}\n");
        assert_eq!(text_title(&page, &[]).as_deref(), Some("Bridge vote: what it means for the town"));
        assert_eq!(text_title(&page, &["meta/title-tagline"]).as_deref(), Some("Bridge vote: what it means for the town | Explained"));
        // A near miss: an en dash parts no tagline (a headline's own clause).
        let page = format!("Bridge vote: what it means | The Gazette\nHome\nBridge vote: what it means for the town – explained\n\n{story}\n");
        assert_eq!(text_title(&page, &[]).as_deref(), Some("Bridge vote: what it means for the town – explained"));
    }

    #[test]
    fn a_text_pages_title_loses_a_lead_of_a_word_or_two_before_a_dash_and_a_breadcrumbs_mark() {
        let story = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.";
        let title_of = |first_line: &str, off: &[&str]| text_title(&format!("{first_line}\nHome\n\n{story}\n"), off);
        let tagged = "backup - How to back up my entire system? - Ask Ubuntu";
        assert_eq!(title_of(tagged, &[]).as_deref(), Some("How to back up my entire system?"));
        assert_eq!(title_of(tagged, &["meta/title-lead"]).as_deref(), Some("backup - How to back up my entire system?"));
        // Near misses: a headline of three words after the lead, and a lead of three words.
        assert_eq!(title_of("Sudo - Root access explained - ArchWiki", &[]).as_deref(), Some("Sudo - Root access explained"));
        assert_eq!(title_of("The Bridge Vote - What it means for us - The Gazette", &[]).as_deref(), Some("The Bridge Vote - What it means for us"));
        // A forum's breadcrumb mark before the headline goes too; a title's own sign stays.
        let page = format!("How is everyone voting on the bridge? - Town Forum\nHome\n\n► How is everyone voting on the bridge?\n\n{story}\n");
        assert_eq!(text_title(&page, &[]).as_deref(), Some("How is everyone voting on the bridge?"));
        assert_eq!(text_title(&page, &["meta/title-lead"]).as_deref(), Some("► How is everyone voting on the bridge?"));
        assert_eq!(title_of("#1 Rated Bridge Tours in Town", &[]).as_deref(), Some("#1 Rated Bridge Tours in Town"));
    }

    #[test]
    fn a_text_page_that_names_a_thing_is_titled_by_its_first_lines_first_part() {
        let service = "Emergency Plumbers in Leeds | Acme Plumbing\n\nHome\nServices\nAbout Us\nContact\n\n\
                       Emergency Plumbers in Leeds, Day and Night\n\nOur Services\n\n\
                       Burst pipes, blocked drains and broken boilers fixed the same day by qualified local engineers who arrive within the hour.\n\n\
                       Boiler Repair\nDrain Unblocking\nLeak Detection\nBathroom Fitting\n\n\
                       Why choose Acme Plumbing? We have served Leeds homes and businesses for over twenty years, with fixed prices and no call-out charge at any hour.\n\n\
                       Our engineers carry the parts for most repairs in their vans, so that nine jobs in ten are finished on the first visit, and every repair is guaranteed for a year.\n\n\
                       We cover every postcode in the city and the towns around it, and we answer the phone ourselves, whatever the time, so you never wait for a call back.\n\n\
                       Get a free quote\nCall us today on 0113 496 0000\nBook now\n";
        let options = crate::Options { input: crate::InputKind::Text, ..crate::Options::default() };
        assert_eq!(crate::clean(service.as_bytes(), &options).unwrap().meta.page_type, PageType::Service);
        assert_eq!(text_title(service, &[]).as_deref(), Some("Emergency Plumbers in Leeds"));
        assert_eq!(text_title(service, &["meta/text-title-first-part"]).as_deref(), Some("Emergency Plumbers in Leeds, Day and Night"));
        // Near misses: a story's header line is its headline, and so is a
        // short page's, whatever type the model gives it.
        let story = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.";
        let long_story = format!("{story}\n\nWork will start in the spring, once the river is low enough for the engineers to reach the old piers, and it should take two years, the council said.\n\n\
                                  Residents who spoke at the meeting were divided: some welcomed a shorter drive to the station, while others worried about the noise and the traffic on the narrow streets by the river.\n\n\
                                  The mayor said that the town had waited forty years for the bridge and that the vote showed it was ready to build it.\n");
        for body in [long_story.as_str(), story] {
            let page = format!("Bridge vote: what it means | The Gazette\nHome\nThe Gazette\nBridge vote: what it means for the town\n\n{body}\n");
            assert_eq!(text_title(&page, &[]).as_deref(), Some("Bridge vote: what it means for the town"));
        }
    }

    /// The byline of a text page whose header holds `header`, with `off` switched off.
    fn text_byline(header: &str, off: &[&str]) -> Option<String> {
        let story = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.\n\n\
                     Work will start in the spring, once the river is low enough for the engineers to reach the old piers, and should take two years.\n\n\
                     The mayor said the town had waited long enough for a crossing that did not close whenever the river rose, and thanked the engineers.\n\n\
                     Some residents asked whether the old ferry would keep running while the work goes on; the council said it would, at least until next winter.\n";
        let page = format!("Bridge vote | The Gazette\n\nHome\nNews\n\nBridge vote: what it means\n\n{header}\n\n{story}");
        text_meta_of(&page, off).byline
    }

    #[test]
    fn a_threads_starter_is_named_by_its_label_or_its_first_post_header() {
        let thread = "Best way to season a cast iron pan? - Cookware - Kitchen Talk\n\nCookware\n\n\
                      ann_lee March 3, 2025, 9:12am 1\n\n\
                      I bought an old cast iron pan at a yard sale and scrubbed the rust off, and now everything I cook in it sticks.\n\n\
                      sam_okafor March 3, 2025, 10:40am 2\n\n\
                      Wipe on a very thin coat of shortening, wipe it off again, and bake it upside down at 450°F for an hour.\n";
        let byline = |off: &[&str]| text_meta_of(thread, off).byline;
        assert_eq!(byline(&[]).as_deref(), Some("ann_lee"));
        assert_ne!(byline(&["meta/thread-starter"]).as_deref(), Some("ann_lee"));
        // Near miss: one post header alone is no thread's.
        let one_post = thread.split("sam_okafor").next().unwrap();
        let options = crate::Options { input: crate::InputKind::Text, ..crate::Options::default() };
        assert_ne!(crate::clean(one_post.as_bytes(), &options).unwrap().meta.byline.as_deref(), Some("ann_lee"));
        // A line that names the starter, as a forum's thread header prints it
        // above a category line that stands beside the date.
        let header = "Thread starter greta_m\n\nCookware and Bakeware Discussions\n\nMarch 3, 2025";
        assert_eq!(text_byline(header, &[]).as_deref(), Some("greta_m"));
        assert_ne!(text_byline(header, &["meta/thread-starter"]).as_deref(), Some("greta_m"));
        // Near miss: a sentence that opens with the label.
        assert_eq!(text_byline("Started by the town council in 1990 with a grant from the state", &[]), None);
    }

    #[test]
    fn a_name_printed_on_a_products_or_a_services_page_is_a_reviewers_not_the_pages_author() {
        let review = r#"<h2>Reviews</h2><p class="review-author">By Ann Lee</p><p>Sturdy and beautiful, and it arrived well packed; the drawers run smoothly.</p>"#;
        let offer = r#"<script type="application/ld+json">{"@type": "Product", "name": "Oak desk", "offers": {"@type": "Offer", "price": "499.00"}}</script>"#;
        let description = "<p>A solid oak desk with two drawers, made by hand in our workshop from wood grown in managed forests, and finished with oil.</p>";
        let product = format!(r#"<html><head>{offer}</head><body><main><h1>Oak desk</h1><p>$499.00</p><button>Add to cart</button>{description}{review}</main></body></html>"#);
        let meta_of = |html: &str, off: &[&str]| {
            let mut options = crate::Options::default();
            off.iter().for_each(|rule| options.switched_off.switch_off(rule).unwrap());
            crate::clean(html.as_bytes(), &options).unwrap().meta
        };
        let meta = meta_of(&product, &[]);
        assert_eq!((meta.page_type, meta.byline), (PageType::Product, None));
        assert_eq!(meta_of(&product, &["meta/card-bylines"]).byline.as_deref(), Some("Ann Lee"));
        // Near misses: the markup's author stands on a product's page, and a story keeps the byline it prints.
        let authored = product.replace("<head>", r#"<head><meta name="author" content="Jo Marsh">"#);
        assert_eq!(meta_of(&authored, &[]).byline.as_deref(), Some("Jo Marsh"));
        let paragraphs = "<p>After a year of daily use the top shows no warping, and the drawers still run smoothly on their rails.</p>\
                          <p>The finish needed one more coat of oil in the spring, which took an afternoon and left the grain richer.</p>";
        let story = format!(r#"<html><head><title>Our oak desk, a year on</title></head><body><article><h1>Our oak desk, a year on</h1><p class="byline">By Ann Lee</p>{description}{paragraphs}</article></body></html>"#);
        let meta = meta_of(&story, &[]);
        assert_eq!((meta.page_type, meta.byline.as_deref()), (PageType::Article, Some("Ann Lee")));
        // A service's home page signs its testimonial with a client's name.
        let calls = r#"<a href="/book">Book an appointment</a><a href="/start">Get started</a><a href="/quote">Request a quote</a><a href="/call">Contact us today</a>"#;
        let service = format!(
            r#"<html><head><title>Family dentistry | Bright Smiles</title><link rel="canonical" href="https://brightsmiles.example.com/"></head><body><main>
            <h1>Gentle family dentistry</h1><p>We look after the teeth of the whole family, from a first visit to implants and crowns, in one friendly practice.</p>{calls}
            <h2>What our patients say</h2><p>The whole team made my son feel at ease, and the check-up was over before he knew it.</p><p class="author">By Lynn B.</p></main></body></html>"#
        );
        let meta = meta_of(&service, &[]);
        assert_eq!((meta.page_type, meta.byline), (PageType::Service, None));
        assert_eq!(meta_of(&service, &["meta/card-bylines"]).byline.as_deref(), Some("Lynn B."));
        // A shop's page as extracted text: the model's type alone decides. (Near
        // miss: a short story's text keeps its byline whatever the model calls it,
        // as in `a_name_in_a_text_pages_header_is_its_byline_where_extracted_text_split_the_byline`.)
        let shop = "Oak desk | Woodshop\n\nHome\nShop\nDesks\nCart\n\nOak desk\n\n$499.00\n\nAdd to cart\n\n\
                    A solid oak desk with two drawers, made by hand in our workshop from wood grown in managed forests, and finished with oil.\n\n\
                    Each desk takes a week to build. We cut the top from three boards, join them with hidden dowels, and plane it flat by hand.\n\n\
                    The drawers run on waxed wooden rails, and the legs unscrew so that the desk travels flat and fits through any door.\n\n\
                    We ship it in a wooden crate by a carrier who brings it into the room of your choice, and we take the crate away.\n\n\
                    Reviews\n\nBy Ann Lee\n\nSturdy and beautiful, and it arrived well packed; the drawers run smoothly and the finish is even.\n";
        let text_meta = |off: &[&str]| text_meta_of(shop, off);
        assert_eq!((text_meta(&[]).page_type, text_meta(&[]).byline), (PageType::Product, None));
        assert_eq!(text_meta(&["meta/card-bylines"]).byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_name_in_a_text_pages_header_is_its_byline_where_extracted_text_split_the_byline() {
        // A label alone, the name on the next line.
        assert_eq!(text_byline("Written by\nDavid Jackson", &[]).as_deref(), Some("David Jackson"));
        // A date line with a name beside the date.
        assert_eq!(text_byline("Tom Talbot October 14, 2025", &[]).as_deref(), Some("Tom Talbot"));
        assert_eq!(text_byline("Faith Katunga • Oct 20, 2025", &[]).as_deref(), Some("Faith Katunga"));
        // A name on a line beside a date line, blank lines between.
        assert_eq!(text_byline("Andrew King\n\nSeptember 4, 2025", &[]).as_deref(), Some("Andrew King"));
        assert_eq!(text_byline("Andrew King\n\nSeptember 4, 2025", &["meta/header-byline", "meta/given-name"]), None);
        // An icon's glyph alone on a line between the date and the name.
        assert_eq!(text_byline("March 4, 2025\n\n\u{e08a}\n\nJoaquin Fernandez", &[]).as_deref(), Some("Joaquin Fernandez"));
        // Near misses: a section beside a date, a reading time, a name with
        // no date beside it (which `meta/given-name` reads by its given name).
        assert_eq!(text_byline("Sourdough · December 9, 2021", &[]), None);
        assert_eq!(text_byline("September 4, 2025\n\n5 min read", &[]), None);
        assert_eq!(text_byline("Andrew King", &["meta/given-name"]), None);
    }

    #[test]
    fn a_persons_name_alone_in_an_articles_header_is_its_byline() {
        assert_eq!(text_byline("Rachel MacDonald", &[]).as_deref(), Some("Rachel MacDonald"));
        assert_eq!(text_byline("Nick van Mead", &[]).as_deref(), Some("Nick van Mead"));
        assert_eq!(text_byline("Rachel MacDonald", &["meta/given-name"]), None);
        // Near misses: a heading with no given name, a given name over a word
        // the story prints in lower case ("the council").
        assert_eq!(text_byline("Key Features", &[]), None);
        assert_eq!(text_byline("Grant Council", &[]), None);
    }

    /// Once, a Q&A site's question read as text named the last editor or a
    /// commenter as its author, not its asker, and was dated by the edit.
    #[test]
    fn a_questions_asker_and_date_are_read_from_the_card_that_says_asked() {
        let question = "How do I season a cast iron pan? - Seasoned Advice\n\nAsked 3 years, 2 months ago\n\n\
                        I bought an old cast iron pan at a yard sale and scrubbed the rust off, and now everything I cook in it sticks to the bottom.\n\n\
                        edited Mar 4, 2011 at 10:02\nAaronut\n\nasked Feb 11, 2011 at 23:49\nann_lee\n\n\
                        Wipe on a very thin coat of shortening, wipe it off again, and bake it upside down at 450°F for an hour.\n\n\
                        answered Feb 12, 2011 at 8:15\nsam_okafor\n";
        let byline = |text: &str, off: &[&str]| text_meta_of(text, off).byline;
        assert_eq!(byline(question, &[]).as_deref(), Some("ann_lee"));
        assert_ne!(byline(question, &["meta/question-asker"]).as_deref(), Some("ann_lee"));
        // The question's date is the one on its card, not the edit's or the answer's.
        let date = |off: &[&str]| text_meta_of(question, off).date;
        assert_eq!(date(&[]).as_deref(), Some("2011-02-11T23:49:00"));
        assert_ne!(date(&["meta/question-asker"]).as_deref(), Some("2011-02-11T23:49:00"));
        // Near miss: with no "asked" line, the answerer is no asker.
        let answered_only = question.replace("asked Feb 11, 2011 at 23:49\nann_lee\n\n", "");
        assert_ne!(byline(&answered_only, &[]).as_deref(), Some("sam_okafor"));
    }

    /// Once, a text page that printed "Written by" and the name on lines of
    /// their own under its story named no author.
    #[test]
    fn a_bylines_label_and_name_on_lines_of_their_own_under_the_story_name_the_author() {
        let paragraph = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.";
        let story = [paragraph; 6].join("\n\n");
        let byline = |foot: &str, off: &[&str]| {
            let page = format!("Bridge vote | The Gazette\n\nHome\nNews\n\nBridge vote: what it means\n\n{story}\n\n{foot}\n\nPrivacy policy\n");
            text_meta_of(&page, off).byline
        };
        assert_eq!(byline("Written by\n\nAnn Lee", &[]).as_deref(), Some("Ann Lee"));
        assert_eq!(byline("Written by\n\nAnn Lee", &["context/split-byline"]), None);
        // Near miss: a name alone under the story signs it off; it names no author.
        assert_eq!(byline("Ann Lee", &[]), None);
    }

    #[test]
    fn a_line_that_says_by_names_the_author_before_a_word_beside_a_date() {
        let header = "Recipes\nDecember 18, 2025\n\nShare\n\nBy Ann Lee";
        assert_eq!(text_byline(header, &[]).as_deref(), Some("Ann Lee"));
        assert_eq!(text_byline(header, &["meta/by-line-first"]).as_deref(), Some("Recipes"));
        // In the header, before a role over the date.
        let header = "By Keith Barry\nSenior Autos Reporter\nUpdated March 11, 2026";
        assert_eq!(text_byline(header, &[]).as_deref(), Some("Keith Barry"));
        assert_eq!(text_byline(header, &["meta/by-line-first"]).as_deref(), Some("Senior Autos Reporter"));
        // Near miss: with no "By" line, the word beside the date is still read as the byline.
        assert_eq!(text_byline("Recipes\nDecember 18, 2025", &[]).as_deref(), Some("Recipes"));
    }

    #[test]
    fn a_phrase_beside_a_date_that_reads_as_no_name_is_no_byline() {
        // A link back to the blog, a section in lower case: words, not a name.
        assert_eq!(text_byline("Back to posts\nDecember 18, 2025", &[]), None);
        assert_eq!(text_byline("Back to posts\nDecember 18, 2025", &["meta/beside-date-name"]).as_deref(), Some("Back to posts"));
        // Near misses: a name of capitalised words, and a member's name in one word.
        assert_eq!(text_byline("Ann Lee\nDecember 18, 2025", &[]).as_deref(), Some("Ann Lee"));
        assert_eq!(text_byline("Longshot99\nDecember 18, 2025", &[]).as_deref(), Some("Longshot99"));
    }

    #[test]
    fn a_member_cards_field_or_an_avatars_initial_beside_a_date_is_no_byline() {
        assert_eq!(text_byline("Location: WA\nDecember 18, 2025", &[]), None);
        assert_eq!(text_byline("Location: WA\nDecember 18, 2025", &["meta/beside-date-name"]).as_deref(), Some("Location: WA"));
        assert_eq!(text_byline("L\nDecember 18, 2025", &[]), None);
        // The thread's furniture, "Joined" or "Posts: 12", is no name either way.
        assert_eq!(text_byline("Joined\nDecember 18, 2025", &["meta/beside-date-name"]), None);
        // A near miss: a member's name of two letters.
        assert_eq!(text_byline("Jo\nDecember 18, 2025", &[]).as_deref(), Some("Jo"));
    }

    #[test]
    fn a_buttons_label_beside_a_date_is_no_byline() {
        // A Q&A site's button over the question's dates, a blog's call to action over its post's.
        assert_eq!(text_byline("Ask Question\nDecember 17, 2025", &[]), None);
        assert_eq!(text_byline("Ask Question\nDecember 17, 2025", &["meta/beside-date-name"]).as_deref(), Some("Ask Question"));
        assert_eq!(text_byline("Get Started\nDecember 17, 2025", &[]), None);
        // Near miss: a name that starts with a word a button could start with.
        assert_eq!(text_byline("Chase Reading\nDecember 17, 2025", &[]).as_deref(), Some("Chase Reading"));
    }

    #[test]
    fn the_headline_beside_its_date_is_no_byline() {
        // The headline printed again over the date: capitalised words, no name.
        let header = "Stop Nesting Database Systems\nDecember 17, 2025";
        use crate::score::test_support::PARAGRAPH;
        let page = format!("Stop Nesting Database Systems | The Gazette\n\nHome\n\n{header}\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n");
        let byline = |text: &str| crate::clean(text.as_bytes(), &crate::Options { input: crate::InputKind::Text, ..crate::Options::default() }).unwrap().meta.byline;
        assert_eq!(byline(&page), None);
        // Near miss: the same line under another title is read as a name beside a date.
        assert_eq!(byline(&page.replacen("Stop Nesting Database Systems |", "Bridge vote |", 1)).as_deref(), Some("Stop Nesting Database Systems"));
    }

    #[test]
    fn what_a_menu_filters_by_names_no_author() {
        let header = "By Industry\nDecember 18, 2025";
        assert_eq!(text_byline(header, &[]), None);
        assert_eq!(text_byline(header, &["meta/facet-not-name"]).as_deref(), Some("Industry"));
        // Near miss: a name holding a facet's word.
        assert_eq!(text_byline("By Ann Price\nDecember 18, 2025", &[]).as_deref(), Some("Ann Price"));
    }

    #[test]
    fn a_texts_sign_off_names_no_author_of_the_page() {
        let story = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.\n\n\
                     Work will start in the spring, once the river is low enough for the engineers to reach the old piers, and should take two years.";
        let byline_of = |footer: &str, off: &[&str]| {
            let page = format!("Bridge vote | The Gazette\n\nHome\n\nBridge vote\n\n{story}\n\n{footer}\n");
            text_meta_of(&page, off).byline
        };
        assert_eq!(byline_of("Samuel Miz", &[]), None);
        assert_eq!(byline_of("Samuel Miz", &["meta/sign-off-not-author"]).as_deref(), Some("Samuel Miz"));
        // Near miss: a "By" line after the story still names the author.
        assert_eq!(byline_of("By Samuel Miz", &[]).as_deref(), Some("Samuel Miz"));
    }

    #[test]
    fn a_category_beside_a_date_whose_words_the_page_prints_in_lower_case_names_no_one() {
        // The story prints "council" and "budget" in lower case.
        assert_eq!(text_byline("Council Budget\nDecember 18, 2025", &[]), None);
        assert_eq!(text_byline("Council Budget\nDecember 18, 2025", &["meta/common-words-no-name"]).as_deref(), Some("Council Budget"));
        // An acronym is read past; a line of acronyms alone is left as it is.
        assert_eq!(text_byline("BBC Council Budget\nDecember 18, 2025", &[]), None);
        assert_eq!(text_byline("BBC\nDecember 18, 2025", &[]).as_deref(), Some("BBC"));
        // Near misses: a name with one word the page prints in lower case ("river"), and one the page prints only in an address.
        assert_eq!(text_byline("Ann River\nDecember 18, 2025", &[]).as_deref(), Some("Ann River"));
        let page = |header: &str| {
            format!(
                "Bridge vote | The Gazette\n\nBridge vote: what it means\n\n{header}\n\n\
                 The council met on Tuesday evening and agreed, after a long debate about the budget, that the bridge would be built.\n\n\
                 Write to the desk at ann.marlow@gazette.example or see marlow.example for the plans drawn by the engineers.\n"
            )
        };
        assert_eq!(text_meta_of(&page("Ann Marlow\nDecember 18, 2025"), &[]).byline.as_deref(), Some("Ann Marlow"));
        // A full stop after the word ends a sentence: "engineers." is printed in lower case.
        assert_eq!(text_meta_of(&page("Engineers\nDecember 18, 2025"), &[]).byline, None);
        assert_eq!(text_meta_of(&page("Engineers\nDecember 18, 2025"), &["meta/common-words-no-name"]).byline.as_deref(), Some("Engineers"));
    }

    #[test]
    fn an_author_boxs_heading_names_the_author_only_over_a_bio() {
        let story = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.\n\n\
                     Work will start in the spring, once the river is low enough for the engineers to reach the old piers, and should take two years.";
        let byline_of = |footer: &str, off: &[&str]| {
            let page = format!("Bridge vote | The Gazette\n\nHome\n\nBridge vote\n\n{story}\n\n{footer}\n");
            text_meta_of(&page, off).byline
        };
        // A footer's menu under the site's name.
        let menu = "About Valley Health\n\nGiving\n\nNewsroom\n\nCareers";
        assert_eq!(byline_of(menu, &[]), None);
        assert_eq!(byline_of(menu, &["meta/author-box-bio"]).as_deref(), Some("Valley Health"));
        // Near misses: a bio under the heading, and a bio of one short sentence.
        let bio = "About Ann Lee\n\nAnn Lee has covered the county council for the Gazette since 2019.";
        assert_eq!(byline_of(bio, &[]).as_deref(), Some("Ann Lee"));
        assert_eq!(byline_of("About Ann Lee\n\nAnn covers the council.", &[]), None);
        let line = |text: &str| Block::text_line(text.to_string(), 1, true);
        assert!(bio_follows(&[line("About Ann Lee"), line("•"), line("She writes about schools and roads!")], 0));
        assert!(!bio_follows(&[line("About Ann Lee")], 0));
        // A bio in a script written without spaces counts its words as that script does.
        assert!(bio_follows(&[line("About 王小明"), line("王小明是一位记者，十年来一直报道本市的教育和交通新闻。")], 0));
    }

    #[test]
    fn an_html_articles_header_names_its_author_only_when_nothing_else_does() {
        let story = "<p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.</p>";
        let byline_of = |head: &str, header: &str| {
            let page = format!("<html><head><title>Bridge vote</title>{head}</head><body><article><h1>Bridge vote</h1>{header}{story}</article></body></html>");
            crate::clean(page.as_bytes(), &crate::Options::default()).unwrap().meta.byline
        };
        assert_eq!(byline_of("", "<div>Written by</div><div>Ann Lee</div>").as_deref(), Some("Ann Lee"));
        // The markup's author comes first.
        assert_eq!(byline_of("<meta name=author content='Jo Marsh'>", "<div>Written by</div><div>Ann Lee</div>").as_deref(), Some("Jo Marsh"));
    }

    #[test]
    fn a_title_whose_headline_slot_is_empty_gives_way_to_the_pages_headline() {
        let body = "<body><article><h1>Electronic Gadgets</h1><p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.</p></article></body>";
        let titled = |title: &str, switches: &[&str]| {
            let page = format!("<html><head><title>{title}</title></head>{body}</html>");
            let mut options = crate::Options::default();
            for rule in switches {
                options.switched_off.switch_off(rule).unwrap();
            }
            crate::clean(page.as_bytes(), &options).unwrap().meta.title
        };
        assert_eq!(titled(" | Nuts &amp; Bolts Magazine", &[]).as_deref(), Some("Electronic Gadgets"));
        assert_eq!(titled("Gadgets for the kitchen |", &[]).as_deref(), Some("Gadgets for the kitchen"));
        // Near misses: a headline in its slot stands, though the page's
        // headline says something else; the rule off.
        assert_eq!(titled("Gadgets for the kitchen | Nuts &amp; Bolts Magazine", &[]).as_deref(), Some("Gadgets for the kitchen"));
        assert_eq!(titled(" | Nuts &amp; Bolts Magazine", &["meta/site-name"]).as_deref(), Some("| Nuts & Bolts Magazine"));
    }

    #[test]
    fn a_headline_that_the_pages_address_spells_is_the_title_where_no_declared_title_agrees() {
        let body = "<body><article><h1>FCC chair warns Europe over satellite rules</h1><p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.</p></article></body>";
        let titled = |canonical: &str, given: Option<&str>, switches: &[&str]| {
            let page = format!("<html><head><title>Forum - The heart of the web</title><link rel=canonical href='{canonical}'></head>{body}</html>");
            let mut options = crate::Options { declared_url: given.map(str::to_string), ..crate::Options::default() };
            for rule in switches {
                options.switched_off.switch_off(rule).unwrap();
            }
            let meta = crate::clean(page.as_bytes(), &options).unwrap().meta;
            (meta.title.unwrap_or_default(), meta.url.unwrap_or_default())
        };
        let spelled = "https://example.com/r/news/comments/1x/fcc_chair_warns_europe_over_satellite/";
        let headline = "FCC chair warns Europe over satellite rules";
        assert_eq!(titled(spelled, None, &[]).0, headline);
        // The address a record gives comes before the page's own.
        assert_eq!(titled("https://example.com/", Some(spelled), &[]), (headline.to_string(), spelled.to_string()));
        // Near misses: an address that spells something else, or too few
        // words to spell a headline; each rule off.
        assert_eq!(titled("https://example.com/r/news/comments/1x/bridge_opens_over_the_river/", None, &[]).0, "Forum - The heart of the web");
        assert_eq!(titled("https://example.com/news/fcc-chair/", None, &[]).0, "Forum - The heart of the web");
        assert_eq!(titled(spelled, None, &["meta/slug-title"]).0, "Forum - The heart of the web");
        assert_eq!(titled("https://example.com/", Some(spelled), &["meta/given-url"]), ("Forum - The heart of the web".to_string(), "https://example.com/".to_string()));
    }

    #[test]
    fn a_headline_broken_over_lines_is_a_one_line_title() {
        let page = "<html><head><title>Remote jobs for engineers</title></head><body><article><h1>Remote<br>jobs for engineers</h1><p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.</p></article></body></html>";
        let article = crate::clean(page.as_bytes(), &crate::Options::default()).unwrap();
        assert_eq!(article.meta.title.as_deref(), Some("Remote jobs for engineers"));
    }

    /// The title a JSON line gives comes after every title the page declares.
    #[test]
    fn a_given_title_is_the_title_of_a_page_that_declares_none() {
        let story = "The council voted on Tuesday to close the old bridge to cars from next spring, after a long debate.\n";
        let title_of = |page: &str, input: crate::InputKind, switched_off: &[&str]| {
            let mut options = crate::Options { input, declared_title: Some("Bridge to close".to_string()), ..crate::Options::default() };
            for rule in switched_off {
                options.switched_off.switch_off(rule).unwrap();
            }
            crate::clean(page.as_bytes(), &options).unwrap().meta.title
        };
        assert_eq!(title_of(story, crate::InputKind::Text, &[]).as_deref(), Some("Bridge to close"));
        assert_eq!(title_of(story, crate::InputKind::Text, &["meta/given-title"]), None);
        // Near misses: a front matter's title, and an HTML page's <title>, come first.
        let front_matter = format!("---\ntitle: The old bridge\n---\n{story}");
        assert_eq!(title_of(&front_matter, crate::InputKind::Text, &[]).as_deref(), Some("The old bridge"));
        let html = format!("<html><head><title>The old bridge</title></head><body><p>{story}</p></body></html>");
        assert_eq!(title_of(&html, crate::InputKind::Html, &[]).as_deref(), Some("The old bridge"));
    }
}
