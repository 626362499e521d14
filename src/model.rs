//! The types every stage shares: how to read a page ([`Options`]), what can
//! go wrong ([`Error`]), the classifier's decision on a block ([`Verdict`],
//! with the [`Rule`] that made it), and the cleaned page ([`Article`]).

use std::borrow::Cow;

use crate::blocks::{self, Block, Label};
use crate::input::InputKind;
use crate::meta::Meta;

/// What can go wrong with a page or the options to read it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// `--encoding` named no encoding the WHATWG standard knows.
    #[error("unknown encoding label {0:?} (try utf-8, windows-1252, shift_jis, ...)")]
    UnknownEncoding(String),
    /// `--encoding` named one of the labels (`iso-2022-kr`, `hz-gb-2312`...)
    /// that the WHATWG standard maps to its replacement encoding, which
    /// decodes a whole page to one U+FFFD.
    #[error("the encoding label {0:?} decodes nothing: the WHATWG standard reads it as its replacement encoding, one U+FFFD for the whole page")]
    ReplacementEncoding(String),
    /// The bytes are an image, an archive or other binary data.
    #[error("not a page: the input is {0}")]
    Binary(&'static str),
    /// The text is an XML document that no browser shows as a page: a feed or a sitemap.
    #[error("not a page: the input is {0}, a list of links to pages")]
    XmlDocument(&'static str),
    /// More tags (HTML) or lines (text) than any page has: cleaning them
    /// would hold hundreds of bytes of memory for each.
    #[error("not a page: more than {limit} {what}, where the largest pages have tens of thousands")]
    TooManyParts {
        /// `tags` or `lines`.
        what: &'static str,
        /// How many a page may have.
        limit: usize,
    },
    /// `--disable` named no pass or rule (`--list-rules` prints them).
    #[error("unknown pass or rule {0:?} (dechaff --list-rules prints them)")]
    UnknownRule(String),
}

/// How to read a page.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// HTML, text, or decide from the content.
    pub input: InputKind,
    /// Decode with this encoding instead of detecting one.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// The charset the page's transport declared (an HTTP `Content-Type`):
    /// trusted like a `<meta charset>`, after a byte-order mark and valid UTF-8.
    pub declared_encoding: Option<&'static encoding_rs::Encoding>,
    /// The language the page's transport declared (an HTTP `Content-Language`,
    /// a WET record's identified language), as a language tag: the page's
    /// `lang` when the page itself declares none.
    pub declared_language: Option<String>,
    /// The page's address as its source gives it (a WARC record's
    /// `WARC-Target-URI`, a JSON line's `url`): the metadata reads it before
    /// the addresses the page declares (`<link rel="canonical">`, `og:url`...),
    /// as the output's `url` field does.
    pub declared_url: Option<String>,
    /// The page's title as its source gives it (a JSON line's `title`): a
    /// title the page itself declares comes first (`meta/given-title`).
    pub declared_title: Option<String>,
    /// Keep links in the blocks' Markdown as `[text](href)` (HTML only).
    pub links: bool,
    /// Keep the article's images ([`Article::images`]; HTML only).
    pub images: bool,
    /// The page's address, against which relative links and image sources are
    /// resolved; without it, the page's `<link rel="canonical">`. A `<base href>`
    /// in the page applies on top of either.
    pub base_url: Option<url::Url>,
    /// Passes and rules switched off: a measuring aid (see [`Rule`]), empty by default.
    pub switched_off: Switches,
    /// Whether to keep less, surer text or more, less sure text than the default.
    pub favor: Favor,
    /// Read the page for its text alone: no title, bylines, dates, language
    /// or page type are looked for, and [`Article::meta`] stays empty. The
    /// text is the same either way (the classifier reads only what the
    /// markup declares of itself, which is read all the same); a one-page
    /// run that prints the text alone spends a fifth less.
    pub text_only: bool,
}

/// What to favour when a block could go either way: a corpus builder picks
/// one. Each mode switches off a whole family of rules, no threshold moves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Favor {
    /// The balance the rules were measured for.
    #[default]
    Balanced,
    /// Less, surer text: the article is the best container alone, not joined
    /// with near-best ones elsewhere, a text page keeps only its main run, and
    /// no page reads a list of item titles under a lone paragraph as its content.
    Precision,
    /// More text, some of it chaff: nothing after the body is cut as a tail,
    /// short text away from the body stays, link-heavy blocks inside the
    /// article are not taken for menus, and a passage printed twice stays twice.
    Recall,
}

impl Favor {
    /// The family of rules this mode switches off.
    pub fn rules(self) -> &'static [Rule] {
        match self {
            Favor::Balanced => &[],
            Favor::Precision => &[Rule::SplitArticle, Rule::OtherRuns, Rule::TitleList],
            Favor::Recall => &[
                Rule::AwayFromBody,
                Rule::LinkDensity,
                Rule::CommentsHeader,
                Rule::RelatedHeader,
                Rule::AuthorBox,
                Rule::CopyrightNotice,
                Rule::InsetBox,
                Rule::TailSections,
                Rule::SignOff,
                Rule::RepeatedPassage,
            ],
        }
    }
}

/// Declares the classifier's rules once: the enum, its names and what each catches.
macro_rules! rules {
    ($($variant:ident => $name:literal, $what:literal;)*) => {
        /// Every rule the classifier applies, named `pass/rule`. A verdict
        /// records the rule that decided it (`--explain`, `--format json`), and
        /// any rule, or a whole pass, can be switched off by name to measure
        /// what it is worth (`--disable`, `scripts/ablate.py`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $(#[doc = $what] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order the passes run.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// `pass/rule`, as `--explain` prints it and `--disable` takes it.
            pub fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            /// What the rule catches, one line.
            pub fn what(self) -> &'static str {
                match self { $(Rule::$variant => $what,)* }
            }
        }
    };
}

rules! {
    PageLanguageStopwords => "features/page-language-stopwords", "on a text page in a language outside the merged stoplists (Polish, Greek, Arabic...), told from its text, that language's stopwords count too, and a sentence of 70 characters with 15% of them is sparse prose, as a long one is elsewhere";
    NearGoodStandIn => "quality/near-good-stand-in", "with no good paragraph on the page, near-good prose counts as good";
    ProseRuns => "quality/prose-runs", "three or more near-good sentences in a row are good prose";
    SparseProse => "quality/sparse-prose", "long sentences with few stopwords (a language the stoplist covers thinly) are near-good";
    CodeSample => "quality/code", "a block that reads like source code is left to its neighbours";
    DeclaredThread => "container/declared-thread", "on a page that says it is a thread (JSON-LD, its URL), the replies marked as comments are content";
    AnswerComments => "container/answer-comments", "on a thread whose replies are marked as answers (a question-and-answer page), what is marked as comments stays comments: remarks on the question and the answers";
    MainRegion => "container/main-region", "a page's one main element (or role=main) is where the article is looked for";
    ChaffRegionsUnscored => "container/chaff-regions", "text in menus, comment threads and the like adds nothing to a container's score";
    SplitArticle => "container/split-article", "near-best containers in other branches: their common ancestor is the article";
    ClimbToParent => "container/climb", "the article climbs to a parent that scores higher";
    TemplateParts => "container/template-parts", "the article climbs to an ancestor holding more boxes of its template and more prose (a guide set in parts)";
    ThreadNotListing => "container/thread-not-listing", "a page that declares a thread is never read as a listing (its member links and dates are chaff)";
    ProductNotListing => "container/product-not-listing", "a page that declares one product on offer is never read as a listing (its grids of other products are chaff)";
    ProductUrl => "container/product-url", "a page at a product's URL (/product/, /products/, /p/, /dp/, /item/) that declares no article is one product, as if it declared one: never read as a listing";
    RepeatedUnits => "container/repeated-units", "containers repeating the best one's tag and class (a thread's posts) are all the article";
    ListingBesideGrid => "container/listing-beside-grid", "a best container with a fifth of the main region's text is a box beside a grid: the region is the article";
    SectionsPage => "container/sections-page", "a best container with under 30% of a page that has no main region and is no article is one section: the body is the article";
    ListingGrid => "container/listing-grid", "a best container in a main region that is mostly not prose is a grid of cards";
    WeakBest => "container/weak-best", "a best container scoring under 30 (a landing page of headings and short lines) is a guess: the main region, or the body, is the article";
    HeadlineAbove => "container/headline-above", "on a page that declares no article, thread or product and is no listing, a best container that the page's headline (its first h1) stands above, at most four levels up, grows to their common ancestor where that holds half as much text again and no more links";
    Siblings => "container/siblings", "siblings of the best container that score close to it join the article";
    LinkedTitles => "container/linked-titles", "an article headed four times by linked titles is an index of cards";
    HintTag => "hints/tag", "nav, figure, footer, aside and header elements label what they hold";
    LinkReferences => "context/link-references", "a text that ends with its links' addresses listed under \"References\" (a terminal browser's dump) reads without that list and without the numbers it sets before each link (`[12]Home`)";
    MarkdownText => "context/markdown-text", "a text page written in Markdown (a link on 5% of its lines or more, or a `# Title` first or `##` sections) is read as a reader sees it: a link as its words (not counted as link text), an image as nothing, a heading's, a quote's and emphasis's markers and a code fence left out; a reader service's header (`Title:`, `URL Source:`, `Published Time:`, `Markdown Content:`) is the page's head";
    FencedCode => "context/fenced-code", "a Markdown text's fenced block of code is one block of code, its lines as written and its language named, as a `<pre>` is";
    FrontMatter => "context/front-matter", "a text that opens with a front matter (`---`, `key: value` lines, `---`: Hugo's and Jekyll's pages, trafilatura's and dechaff's own `--with-metadata`) reads it as the page's head, its title, author, dates, address, description, site and language, not as text";
    CutSentences => "context/cut-sentences", "in text written one text node a line (a scraper's `get_text(\"\\n\")`: two lines open with a comma, a full stop or a bracket and go on, \", or not\"), a line that continues the sentence the line above left open (opening with that punctuation, in lower case under a line that ends mid-sentence, or any word under one that ends in a short stopword) is joined to it: a link or a bold word no longer cuts its sentence";
    OneLineText => "context/one-line-text", "in text whose lines hold 250 words or more on average (a page written on one line, its text nodes parted by spaces: BeautifulSoup's `get_text(\" \")`), each line is cut into its sentences: after a full stop, a question or an exclamation mark and a space, at a capital or an opening quote";
    RunTogetherText => "context/run-together-text", "in text whose lines run to 60 words and more on average and whose words run together (once in a thousand words or more: \"BookmarksShopping\", \"positive.Expect\"), as a scraper's `textContent` or `get_text()` writes a page whose HTML has no line breaks, each line is cut into paragraphs where a capitalised word runs on from a small letter, a figure or a sentence's end";
    HardWrappedLines => "context/hard-wrapped-lines", "in text wrapped at a fixed width (its longest line 40 to 160 characters, and many lines within 15 of it), a line that the next line's first word would not have fitted on is joined with it: one paragraph, one block";
    LayoutTables => "hints/layout-tables", "a table one of whose own cells breaks a line twice in a row (`<br><br>`) lays out a page's text, as old sites' tables do: its cells' lines are blocks, as a `<div>`'s are, not a table's cells";
    PopUpRoles => "hints/pop-up-roles", "an element whose ARIA role is dialog, alertdialog, tooltip, alert or status (a pop-up, a tooltip, a live message) is skipped, as a dialog element is";
    FigureContent => "hints/figure-content", "a table, paragraph, list, code or heading inside a figure element is content, not its caption";
    HintForm => "hints/form", "a form element (search box, sign-up, a product's options) holds no content, but on a declared thread (posts in a moderation form)";
    HintComments => "hints/class-comments", "a class or id that says comments";
    HintSubscription => "hints/class-subscription", "a class or id that says subscribe, paywall or newsletter";
    HintRelated => "hints/class-related", "a class or id that says related or recommended";
    HintSidebar => "hints/class-sidebar", "a class or id that says sidebar: a column beside the article";
    HeadingAnchors => "hints/heading-anchors", "a heading whose class or id spells its own words (a table of contents' anchor, `id=\"the-child-tax-credit\"`) gets no hint from it";
    PostFurniture => "buttons/post-furniture", "on a page that declares a thread (HTML), a line that is a post's furniture (figures alone, its score, likes or number; a member card's label, \"Link to post\") goes";
    HintLegal => "hints/class-legal", "a class or id that says cookie, consent, copyright or disclaimer";
    HintCaption => "hints/class-caption", "a class or id that says caption or credit";
    AuthorBoxHint => "evidence/author-box-hint", "a class that says author or byline labels a block of any length (an author's bio), not only a short one";
    CardCaption => "evidence/card-caption", "in a listing, a card's text that its class calls a caption is the card's, not a photo's";
    HintByline => "hints/class-byline", "a class or id that says author or byline";
    PatternLegal => "evidence/pattern-legal", "cookie, copyright or terms notice";
    PatternConsent => "evidence/pattern-consent", "a consent manager's dialog (we and our partners, its purposes, its cookie categories)";
    PatternCaption => "evidence/pattern-caption", "caption or photo credit";
    PatternRelatedMarker => "evidence/pattern-related-marker", "related-story marker";
    PatternRelatedHeader => "evidence/pattern-related-header", "related-stories header";
    PatternSubscription => "evidence/pattern-subscription", "subscription or pricing";
    PatternShare => "evidence/pattern-share", "share or follow buttons";
    PatternNavigation => "evidence/pattern-navigation", "menu, breadcrumb or story link";
    PipedTable => "evidence/piped-table", "a text page's table, rows of cells parted by pipes one under another, is no breadcrumb";
    PatternAd => "evidence/pattern-ad", "advertising marker";
    PatternComments => "evidence/pattern-comments", "comment section";
    PatternByline => "evidence/pattern-byline", "author line";
    BylineBeforeDate => "evidence/byline-before-date", "a byline line's length is counted up to its date";
    DateBeforeByline => "evidence/date-before-byline", "author line after its date";
    PatternAuthorBox => "evidence/pattern-author-box", "author box";
    PatternBrowserNotice => "evidence/pattern-browser-notice", "browser notice";
    PatternFeedback => "evidence/pattern-feedback", "a prompt for the reader's feedback on the page (\"Was this page helpful?\", \"Send us feedback\", \"Take our survey\")";
    PatternDateLine => "evidence/pattern-date-line", "date line";
    EnglishTables => "evidence/english-tables", "a page whose text reads as English and that declares no other language is read with the text patterns' English alone: their other languages (\"Alle Rechte vorbehalten\", \"Lesen Sie auch\") are compiled only for a page that needs them";
    ScriptText => "evidence/script-text", "a script's or a page's data, on a text page (code's marks and JSON's quoted keys or escapes, as `textContent` writes a page's scripts)";
    OpeningHours => "evidence/opening-hours", "a line of opening hours, its times a range (\"Mon-Fri: 8:00am - 5:00pm\"), is no date line";
    NoWords => "evidence/no-words", "a block with no letter or digit";
    OutsideContainer => "evidence/outside-container", "a block outside the article's container";
    LinkDensity => "evidence/link-density", "a block mostly made of links is a menu or a related list";
    InContainer => "evidence/in-container", "a block inside the article's container is body (a heading is a heading)";
    ProseClass => "evidence/prose-class", "on a text page, good prose is body and bad prose is dropped";
    TitleRepeat => "title/repeats-title", "a block repeating the page's title is the title";
    TitleStart => "title/title-start", "on a text page, a block that is the first words of the page's title is the title (a headline under a long \"Headline | Site name\")";
    TitleFirstLine => "title/first-line", "a text page's first short line is its title";
    TitleH1 => "title/h1", "the article's first h1 is its title";
    PageHeader => "title/page-header", "on an HTML page whose article is its main region or its body, blocks kept before its first h1 (in the page's first half) are the page's header";
    HeadlineLine => "title/headline-line", "on a text page, the line of its header (before the body) that agrees with its first line, the page's `<title>`, is the headline: the title, left out of the text as an HTML page's `<h1>` is";
    BeforeHeadline => "title/before-headline", "on a text page, blocks kept before the headline (the first line after the first that repeats the title or its first part, in the page's first half) are the page's header";
    BylineBesideDate => "context/byline-beside-date", "a short name beside a date line is the byline";
    SplitByline => "context/split-byline", "on a text page, a byline's label alone on its line (\"By\", \"Written by:\", \"Author\") and the name on the next line are the byline, where the page prints no more than two such pairs";
    CaptionGroup => "context/caption-group", "short lines grouped with a caption are the caption's";
    IntroducedList => "context/introduced-list", "a body line ending in a colon introduces the list under it";
    BrokenLine => "context/broken-line", "a line under a body line with no blank between continues it";
    LinkedSentence => "context/linked-sentence", "on HTML, a paragraph or list item of eight words or more that link density dropped but that ends a sentence, beside the body in its section, is body";
    Crosshead => "context/crosshead", "a short line alone between body paragraphs is a crosshead";
    BesideBody => "context/beside-body", "a near-good sentence beside the body is body";
    Standfirst => "context/standfirst", "a line alone before the body (after the title) is its standfirst";
    AwayFromBody => "context/away-from-body", "short text away from the body is dropped";
    HeadlineList => "context/headline-list", "headlines under a related-stories header are the list's";
    MainRun => "main-run/run", "on a text page, the maximum-sum run of body is the article";
    OtherRuns => "main-run/other-runs", "other runs of body of a fifth of the best run's weight, two blocks or more, are content too";
    ThreadGaps => "main-run/thread-gaps", "on a text page that prints three short lines of a thread's furniture (Reply, Quote, Joined), a long stretch of dropped blocks costs more per block: it parts the posts from the menus after them";
    HeadlineWeight => "main-run/headline-weight", "the headline over a text page's article weighs a long paragraph in the run";
    CommentsHeader => "tail/comments-header", "a comments header after the body ends the article";
    RelatedHeader => "tail/related-header", "a related-stories header after the body ends the article";
    AuthorBox => "tail/author-box", "an author box after the body ends the article";
    CopyrightNotice => "tail/copyright-notice", "the site's copyright notice ends the article";
    ConsentDialog => "tail/consent-dialog", "a consent manager's dialog ends the article";
    FeedbackPrompt => "tail/feedback-prompt", "on a text page, a prompt for the reader's feedback (\"Was this page helpful?\") ends the article, unless body resumes after it";
    CopyrightFoot => "tail/copyright-foot", "on a text page, the last copyright notice ends the article even where prose follows (a pop-up's policy)";
    InsetBox => "tail/inset-box", "a related box that the body resumes after is an inset, not the end";
    RepeatedCommentPrompt => "tail/repeated-comment-prompt", "a comment prompt printed under several posts (\"Add a comment\") is each post's button and ends nothing";
    TailSections => "tail/sections", "after the body, a block takes the label of the section it is in";
    BodyGaps => "grids/body-gaps", "a gap between body blocks that only the prose rules dropped is body";
    TitleList => "grids/title-list", "on a page that kept under 1,000 characters and one paragraph, a list of six or more item titles is the content";
    CardGrid => "grids/card-grid", "a grid of cards whose details repeat one shape is a listing's content";
    QuestionThread => "grids/question-thread", "on a text page that prints a question's asked card (\"asked Feb 11, 2011 at 23:49\"), the writers' cards are a thread's, not a listing's grid: no card grid is read";
    SignOff => "tail/sign-off", "a name alone right after the body is its sign-off";
    ClosingProse => "tail/closing-prose", "on a text page, an author's bio, a legal notice or a call to action among the article's last six blocks closes it";
    TableOfContents => "buttons/table-of-contents", "a table of contents kept in the content (a \"Table of Contents\" or \"In this article\" header, and the lines under it that the page prints again below: its sections' headings) is dropped";
    MemberCards => "buttons/member-cards", "on a text page that numbers three posts or more (\"#12\") each under a date line, the short lines of each post's member card, up to its number, are dropped";
    ButtonLabel => "buttons/label", "a button's label kept as body (\"Learn more\", \"Get started for free\", \"Request a demo\"), five words at most, is dropped";
    Control => "buttons/control", "a line that is only a shop's or a thread's control (\"Add to cart\", \"Select size\", \"Compare\", \"Reply\", \"View profile\") is dropped";
    RepeatedPassage => "repeats/passage", "a run of kept blocks of 20 words or more that repeats an earlier one text for text is a copy";
    ExtractedText => "extracted/every-line", "on a text page with no title and no block labelled as a region of chaff (menu, share bar, related list, legal notice...), a text extracted already, every line with words that was dropped as plain boilerplate is kept";
    TooShort => "no-article/too-short", "under 200 characters kept and no sentence: no article";
    ArticleElement => "no-article/article-element", "a short text with no sentence that sits in the page's one article element (HTML's article tag) is the article, not a page with none: the markup says so (a snippet, a short post, a clean page)";
    TextFallback => "fallback/text-passes", "on an HTML page whose article holds under 15% of the text that the text passes keep from the same blocks read as plain lines, the text passes' verdicts stand (unless under 2% of what they keep is outside link lists)";
    BylineCleaning => "meta/byline-cleaning", "a byline loses its label, a date, a role after a dash and encoded entities; a label alone is no byline; its authors are names alone (no credential, role or bio after a comma)";
    CitationAuthors => "meta/citation-authors", "with no JSON-LD author, a paper's citation_author tags (Google Scholar's; citation_authors too), one name each, are its authors in their order";
    AuthorReference => "meta/author-reference", "a JSON-LD author given as an @id reference is the object with that @id";
    PublishedMetaName => "meta/published-meta-name", "with no common meta tag's date, a meta tag whose name says published (\"published-date\", \"publishtime\") gives the date";
    DateOrderByLanguage => "meta/date-order-by-language", "a printed numeric date that reads both ways (\"05/12/2026\") is read as the page's language writes dates: month first in American English and in English with no region, day first in other languages and in British English; with no language, or in Canada's English, it is no date";
    DetectedLanguage => "meta/detected-language", "a page that declares no language, in its markup or its transport, is given the language its article is written in, when it runs to 200 bytes and whatlang is sure of it";
    DeclaredLanguageChecked => "meta/declared-language-checked", "a declared language that the article's text, 200 bytes of it, does not read as (under 20% of its words that language's stopwords, another language's list holding more, or no list at hand) gives way to the language whatlang is sure the text is in, when that is another (a template that declares English over a German story)";
    PageDate => "meta/page-date", "with no article's or meta tag's date, any JSON-LD object's datePublished (a WebPage's) is the date";
    BylineDate => "meta/byline-date", "with no other date, a date printed in a byline (\"By Ann Lee - Mar 27, 2024\") is the date";
    HeaderDate => "meta/header-date", "with no other date, the first date printed on a short line just before the article's first paragraph (not an update, a review, an expiry or an event) is the date";
    BodyDate => "meta/body-date", "with no other date, on a page of one text (article, documentation, forum), the first date printed on a short kept line, an update's too, is the date";
    HeaderPublished => "meta/header-published", "with no date in the markup, a date line of the article's header that is not an update dates the page before the first date line (\"Last Updated: August 5, 2025\" over \"July 31, 2024\")";
    PrintedDate => "meta/printed-date", "the first date line printed in the article's header (not an update, a review, an expiry or an event date) beats the metadata's date";
    ForumPosting => "meta/forum-posting", "with no JSON-LD article, a thread's posting (DiscussionForumPosting, a QAPage's Question) gives the metadata";
    HeaderByline => "meta/header-byline", "a name in the article's header is the author: a date line's name, the line after a label alone (\"Written by\"), a name beside a date line; first on a text page, last on HTML";
    GivenName => "meta/given-name", "on a page typed an article that names no author otherwise, the first line of the article's header that reads as a person's name is the author: two to four capitalised words (after a title such as \"Dr.\"), the first a given name in the `fake` crate's tables (English, French, German, Italian, Portuguese, Welsh), none of the others printed in lower case on the page (\"Bill Pay\", \"Urban Projects\")";
    ChromeByline => "meta/chrome-byline", "a block labelled byline in the site's menus, its footer (a nav; a footer outside article and main) or a comments section names no author of the page";
    SignOffNotAuthor => "meta/sign-off-not-author", "a name alone after the body (a text's sign-off) names no author of the page: it is a post's or a box's signature as often as a menu's last line";
    AuthorBoxBio => "meta/author-box-bio", "an author box's heading (\"About Jane Doe\") names the author only when a bio follows it, a sentence of six words or more: a footer's \"About UCLA Health\" over its menu (\"Giving\", \"Newsroom\") names the site";
    ByLineFirst => "meta/by-line-first", "among the byline lines printed on the page, and among the lines of a text page's header, one that says \"By\" a name names the author before lines read as bylines from where they stand (beside a date, in an author's box)";
    FacetNotName => "meta/facet-not-name", "what a menu sorts or filters by (\"By Industry\", \"By Company Size\", \"Sort by Date\") names no author";
    CommonWordsNoName => "meta/common-words-no-name", "a line read as a byline for standing beside a date names no one when the page prints each of its capitalised words (acronyms aside) in lower case too: a category (\"Smart Home\", \"Climate Change\", \"HR Strategy\")";
    BesideDateName => "meta/beside-date-name", "a line read as a byline for standing beside a date names the author only if it reads as a name: one word (a member's name), or words that each start with a capital (\"Back to posts\", \"Everyday living\" name no one)";
    CardBylines => "meta/card-bylines", "on a page that the rules and the model both take for a listing, a collection, a product or a service, a byline printed on the page names a card's author, a reviewer, a client or a menu's line, not the page's author: only the markup's author stands";
    PrintedByline => "meta/printed-byline", "where the metadata names the site as the author, a byline printed on the page that names someone else is the author";
    MarkupByline => "meta/markup-byline", "with no other byline, a short block whose markup says author (class byline, author) or that reads \"By Ann Lee\" names the author, wherever the classifier put it";
    ClassAuthor => "meta/class-author", "with no other byline, the first short text of an element whose class names a user or an author (a.username, span.forum-post-author), or an element's author attribute, names the author";
    MicrodataAuthor => "meta/microdata-author", "the first element marked itemprop=author names the author when no JSON-LD or meta tag does";
    FirstNamed => "meta/first-named", "a user's name (a.username) standing before the first itemprop=author names the author instead: a thread's starter, above the replies";
    CodeDocumentation => "meta/code-documentation", "an undated page that keeps five code blocks or more is documentation";
    UnlinkedCardsService => "meta/unlinked-cards-service", "a grid of cards that do not link to items (a service's feature boxes) makes a service's page, not a listing";
    CallsToActionService => "meta/calls-to-action-service", "a listing that prints four calls to action or more (\"Get started\", \"Request a demo\") is a service's page";
    PricedCollection => "meta/priced-collection", "a listing whose kept text holds 25 prices or more is a collection";
    QuotedPosts => "meta/quoted-posts", "a page that prints the heading of a post it quotes (\"Ann said:\", \"Originally Posted by Ann\") is a thread, whatever its shape";
    NumberedPosts => "meta/numbered-posts", "a page that heads two posts or more with their author, date, time and number (\"blumo September 22, 2024, 2:43pm 1\") is a thread, whatever its shape";
    QuestionAsker => "meta/question-asker", "a Q&A site's card over its question, \"asked\" and the date (\"asked Feb 11, 2011 at 23:49\") over the asker's name: with no author in the markup and no line naming a thread's starter, the name is the byline; with no date in the markup, the date is the page's; and the page is a thread";
    ThreadStarter => "meta/thread-starter", "with no author in the markup, a thread's starter is the byline: the name after \"Thread starter\" or \"Started by\" on a line of its own, else, on a page that heads two posts or more with their author, date, time and number, the first post's author (\"blumo\" from \"blumo September 22, 2024, 2:43pm 1\")";
    PageTypeModel => "meta/page-type-model", "a linear model trained on the tune half (one for HTML pages, one for text pages) weighs the rules' type with the page's shape (kept blocks, prices, buttons), its title and its URL's slug, and names the type";
    ExtractedByRules => "meta/extracted-by-rules", "a page with no title and no block labelled as a region of chaff (menu, share bar, related list, legal notice...), a text extracted already or a snippet, is typed by the rules, not by the model: both models learned from whole pages, and took such texts' plain stories for documentation or listings";
    SiteName => "meta/site-name", "a declared title's part that names the site (og:site_name, the host) is cut off";
    VisibleTitle => "meta/visible-title", "the h1 that best agrees with a declared title is the title";
    GivenTitle => "meta/given-title", "the title a page's source gives (a JSON line's `title`) is the page's declared title when the page declares none of its own (a text with no front matter): the metadata's title, and the block that repeats it is the title";
    GivenUrl => "meta/given-url", "the address a page's source gives (a WARC record's, a JSON line's) is read before the addresses the page declares: its page type's URL shapes, its title's site name and slug";
    SlugTitle => "meta/slug-title", "where no h1 agrees with a declared title, the h1 that agrees with the words of the page's address (its last path part, three words or more) is the title";
    TextHeadline => "meta/text-headline", "on a text page, the header's line that agrees best with the first line's headline part (and is not the site's name) is the title";
    TitleLead => "meta/title-lead", "on a text page, one or two words before a dash or a pipe at the title's start are a tag, a section or the site, not the headline (\"backup - How to back up my entire system?\"), where four words or more follow, and a breadcrumb's mark before the headline (\"» \", \"► \") goes";
    TextTitleFirstPart => "meta/text-title-first-part", "on a text page of 100 words or more that the page type calls a listing, collection, product, service or documentation, the title is its first line's part before the first separator (\"Emergency Plumbers in Leeds | Acme\"), not a header line: there those are slogans and section names";
    TitleTagline => "meta/title-tagline", "a title ends at its first pipe, and at its last hyphen after a few words: what follows is a tagline or the site (Headline | Top 19 Companies)";
}

impl Rule {
    /// The pass the rule belongs to: its name up to the `/`.
    pub fn pass(self) -> &'static str {
        self.name().split('/').next().unwrap_or_default()
    }
}

/// The rules switched off, as a set (one bit per rule): a measuring aid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Switches([u64; 4]);

const _: () = assert!(Rule::ALL.len() <= 4 * 64, "Switches holds one bit per rule");

/// Where a rule's bit is in [`Switches`]: the word, and the bit in it.
fn bit_of(rule: Rule) -> (usize, u64) {
    let index = rule as usize;
    (index / 64, 1 << (index % 64))
}

impl Switches {
    /// Switches off a rule by its name (`tail/comments-header`), or every rule
    /// of a pass by the pass's name (`tail`).
    pub fn switch_off(&mut self, name: &str) -> Result<(), Error> {
        let matching: Vec<Rule> = Rule::ALL.iter().copied().filter(|r| r.name() == name || r.pass() == name).collect();
        if matching.is_empty() {
            return Err(Error::UnknownRule(name.to_string()));
        }
        *self = self.with_off(&matching);
        Ok(())
    }

    /// These switches with `rules` switched off too.
    pub fn with_off(mut self, rules: &[Rule]) -> Switches {
        for &rule in rules {
            let (word, bit) = bit_of(rule);
            self.0[word] |= bit;
        }
        self
    }

    /// Whether `rule` applies (it is on unless switched off).
    pub fn on(self, rule: Rule) -> bool {
        let (word, bit) = bit_of(rule);
        self.0[word] & bit == 0
    }
}

/// The classifier's decision on one block.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Why the block is, or is not, part of the body.
    pub label: Label,
    /// The rule that decided it.
    pub decided_by: Rule,
    /// Most reasons are fixed phrases; only those with figures in them are built.
    pub reason: Cow<'static, str>,
}

impl Verdict {
    /// A verdict of `label` by `rule`, for `reason`.
    pub fn new(label: Label, decided_by: Rule, reason: impl Into<Cow<'static, str>>) -> Verdict {
        Verdict { label, decided_by, reason: reason.into() }
    }
}

/// A block with the classifier's decision on it.
#[derive(Clone, Debug)]
pub struct ClassifiedBlock {
    /// The block as segmented.
    pub block: Block,
    /// What the classifier decided about it.
    pub verdict: Verdict,
}

/// A cleaned page: its metadata and every block, kept or not, in document order.
#[derive(Clone, Debug)]
pub struct Article {
    /// Title, byline, date and the like.
    pub meta: Meta,
    /// Every block of the page with its verdict.
    pub blocks: Vec<ClassifiedBlock>,
    /// The article's images, when [`Options::images`] asks for them: those that sit with kept blocks.
    pub images: Vec<blocks::Image>,
    /// The HTML element chosen as the article, for `--explain`.
    pub container: Option<String>,
    /// Whether the text patterns read the page in English alone, for
    /// `--explain` (`evidence/english-tables`: a page that reads as English
    /// and declares no other language).
    pub english_patterns_only: bool,
    /// The page's block-level elements, which the blocks' `container`s index.
    pub elements: Vec<blocks::Element>,
}

impl Article {
    /// The blocks that make up the article body, in order.
    pub fn kept(&self) -> impl Iterator<Item = &ClassifiedBlock> {
        self.blocks.iter().filter(|b| b.verdict.label.is_kept())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_unique_and_name_their_pass() {
        // The classifier's passes, and meta, which reads the title from the markup and the blocks.
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
        let passes = ["features", "quality", "container", "hints", "evidence", "title", "context", "main-run", "tail", "grids", "buttons", "repeats", "extracted", "no-article", "fallback", "meta"];
        for rule in Rule::ALL {
            assert!(passes.contains(&rule.pass()), "{} is in no pass", rule.name());
        }
    }

    #[test]
    fn a_rule_or_a_whole_pass_is_switched_off_by_name() {
        let mut switches = Switches::default();
        switches.switch_off("tail/sign-off").unwrap();
        assert!(!switches.on(Rule::SignOff) && switches.on(Rule::CommentsHeader));
        switches.switch_off("tail").unwrap();
        assert!(!switches.on(Rule::CommentsHeader) && !switches.on(Rule::TailSections));
        assert!(switches.on(Rule::MainRun));
        assert!(matches!(Switches::default().switch_off("tail/no-such-rule"), Err(Error::UnknownRule(_))));
    }
}
