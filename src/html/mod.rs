//! Stage 2 (HTML): a decoded page in; a [`Page`] of paragraph-level blocks out.
//!
//! Pathologically deep nesting and tags with thousands of attributes are
//! cut down first (see `parse_guard`). Then one
//! parse with `scraper`/`html5ever`, one walk over the tree with an
//! explicit stack (no recursion, so nesting depth cannot overflow it).
//! Elements that never hold article text (scripts, styles, forms' controls,
//! media, dialogs and what an ARIA role calls a pop-up, hidden elements) are
//! skipped whole, except an accordion's parts:
//! its toggle buttons and its collapsed panels hold the page's text. Every
//! other block-level element becomes an [`Element`]; text collects into the
//! innermost one and is cut into a block at each block-level boundary.
//! Deciding what the blocks *are* is left to `score`, so nav menus and
//! footers arrive here as ordinary blocks with their tags and classes, and
//! leave with a label and a reason.
//!
//! What an element is, from its tag and attributes alone, is in `elements`;
//! where a table's cell stands and what number a list's item shows, in
//! `numbering`; the author the markup marks, in `author`; where bold and
//! italics markers may stand in the Markdown, in `emphasis`.

use std::borrow::Cow;

use ego_tree::iter::Edge;
use html5ever::local_name;
use html5ever::tendril::TendrilSink;
use scraper::{Html, Node};

use crate::blocks::{collapse_whitespace, drop_invisible, escape_markdown, is_invisible, markdown_destination, shows_nothing, Block, BlockKind, Element, Image, Page};
use crate::input::{has_escaped_double_encoding, repair_double_encoding};
use crate::model::{Error, Rule};
use crate::Options;

mod author;
mod elements;
mod emphasis;
mod numbering;
mod parse_guard;

use author::{is_author_class, AuthorCapture, CLASS_AUTHOR_MAX_WORDS, CREDIT_TAGS};
use elements::{
    attribute, code_language, has_itemprop, has_pop_up_role, is_block_level, is_disclosure_panel, is_disclosure_toggle, is_never_content, is_permalink,
    is_preformatted, is_shadow_root, is_web_address, lays_out_text, number, own_block_kind, starts_inline_box, Display,
};
use emphasis::{delimit_code_spans, escapes_next, move_end_marker_before_punctuation, settle_emphasis, CODE_BACKTICK};
use numbering::{span, ListNumbers, TableGrid};

/// Containers deeper than this are folded into their ancestor at this depth.
/// It bounds the walker's stack of open containers and the chain of
/// ancestors that the passes walk up from each block.
const MAX_CONTAINER_DEPTH: usize = 256;

/// A page whose `<noscript>` holds at least this many characters of text, and
/// more than the rest of the page, is read with it: a forum served by script
/// puts its whole thread there for readers without JavaScript. The same holds
/// for hidden elements: a page may hide its whole body until a script shows it.
const UNREAD_MIN_CHARS: usize = 200;

/// Whether `text` ends in a word and a mark that closes a word or a clause:
/// `!`, `?`, `:`, `;`, `,`, a closing bracket or quote ("available!",
/// "Return Policy:", "(125)"), after which a box's word is set apart as
/// after a word ("available! In Stock"). Not a full stop, which a reference
/// sets between a qualified name's boxes (`json.` `dump`).
fn ends_in_closing_mark(text: &str) -> bool {
    let mut last = text.chars().rev();
    let (Some(mark), Some(before)) = (last.next(), last.next()) else { return false };
    matches!(mark, '!' | '?' | ':' | ';' | ',' | ')' | ']' | '”' | '"') && before.is_alphanumeric()
}

/// Parses `html` and cuts it into blocks, with their inline markup as
/// Markdown (links if `options` asks for them), and the images if it asks for them.
///
/// The page is parsed as a browser without scripts would, so that a
/// `<noscript>` holds elements, not a string. Its subtree is skipped, as are
/// hidden elements, unless they hold the page's text (see
/// [`UNREAD_MIN_CHARS`]); then the tree is walked once more with them.
pub fn segment(html: &str, options: &Options) -> Result<Page, Error> {
    let parsing = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts { scripting_enabled: false, ..Default::default() },
        ..Default::default()
    };
    let document = html5ever::parse_document(scraper::HtmlTreeSink::new(Html::new_document()), parsing).one(parse_guard::cap_parse_cost(html)?.as_ref());
    // A page may write double-encoded text with entities ("isn&acirc;&euro;&trade;t"),
    // which only the parser turns into the marks that the input's repair reads:
    // its texts are repaired one by one. (An encoding the user forced is taken
    // at its word, as in `input`.)
    let repair_texts = options.encoding.is_none() && has_escaped_double_encoding(html);
    let walked = walk(&document, options, Unread::default(), repair_texts);
    let visible: usize = walked.page.blocks.iter().map(|b| b.text.len()).sum();
    let holds_the_text = |chars: usize| chars >= UNREAD_MIN_CHARS && chars > visible;
    let read = Unread { noscript: holds_the_text(walked.skipped.noscript), hidden: holds_the_text(walked.skipped.hidden) };
    if read.noscript || read.hidden {
        return Ok(walk(&document, options, read, repair_texts).page);
    }
    Ok(walked.page)
}

/// Subtrees a walk skips unless told to read them, or (counting) the bytes of text they held.
#[derive(Clone, Copy, Debug, Default)]
struct Unread<T = bool> {
    /// `<noscript>`.
    noscript: T,
    /// `hidden`, `aria-hidden`, `display: none`, `visibility: hidden`.
    hidden: T,
}

/// What one walk over the tree found: the page, and how much text it skipped.
struct Walked {
    page: Page,
    skipped: Unread<usize>,
}

/// Walks the parsed tree into blocks, reading the subtrees `read` names, and
/// decoding double-encoded texts once more where `repair_texts` says to.
fn walk(document: &Html, options: &Options, read: Unread, repair_texts: bool) -> Walked {
    let mut walker = Walker {
        links: options.links,
        images: options.images,
        address: options.base_url.clone(),
        address_given: options.base_url.is_some(),
        base: options.base_url.clone(),
        read,
        find_authors: !options.text_only,
        skip_pop_up_roles: options.switched_off.on(Rule::PopUpRoles),
        read_layout_tables: options.switched_off.on(Rule::LayoutTables),
        ..Walker::default()
    };
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if walker.skip_depth > 0 {
                    match node.value() {
                        Node::Element(_) => walker.skip_depth += 1,
                        Node::Text(text) => match walker.skipping {
                            Skip::Noscript => walker.skipped.noscript += text.trim().len(),
                            Skip::Hidden => walker.skipped.hidden += text.trim().len(),
                            Skip::NeverContent => {}
                        },
                        _ => {}
                    }
                    continue;
                }
                match node.value() {
                    Node::Text(text) if repair_texts && !text.is_ascii() => walker.push_text(&repair_double_encoding(Cow::Borrowed(text))),
                    Node::Text(text) => walker.push_text(text),
                    Node::Element(element) => walker.open(element, node),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    if walker.skip_depth > 0 {
                        walker.skip_depth -= 1;
                        if walker.skip_depth == 0 {
                            walker.close_skipped(element);
                        }
                        continue;
                    }
                    walker.close(element);
                }
            }
        }
    }
    walker.flush();
    Walked { page: walker.page, skipped: walker.skipped }
}

/// Why a subtree is skipped; the text of the last two is counted.
#[derive(Clone, Copy, Debug, Default)]
enum Skip {
    /// Scripts, styles, media, form controls: never article text.
    #[default]
    NeverContent,
    Noscript,
    Hidden,
}

/// One open element on the walk's stack.
struct Open {
    /// The container it became, if it is block-level and within the depth limit.
    container: Option<u32>,
    is_link: bool,
    /// What closes its inline markup in the Markdown buffer: `**`, `_`, a backtick, or `](href)`.
    markdown_close: Option<String>,
    /// The run it opened in (see `Walker::run`).
    run: u32,
    /// How it lays its text out: its whitespace is its text's in code and in
    /// an element styled `white-space: pre`.
    layout: TextLayout,
    /// `Walker::words_pushed` when it opened: if no word came since, it leaves no markers.
    words_at_open: usize,
}

/// How an element lays out the text inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TextLayout {
    /// As a browser flows text: whitespace collapsed.
    Flowing,
    /// Its whitespace is its text's (`white-space: pre`, or `pre-wrap` as site
    /// builders set on every paragraph; a multi-line `<code>` standing alone,
    /// [`is_preformatted`]): its paragraphs stay paragraphs.
    WhiteSpace,
    /// A `<pre>`: its whitespace is its text's, and the blocks inside it are
    /// its lines (a highlighter's `<div>` per line).
    Code,
}

/// One open `<li>`.
struct OpenItem {
    /// Its number in its `<ol>`; `None` in a `<ul>`.
    number: Option<u32>,
    /// Whether a block inside it was made yet.
    has_block: bool,
}

#[derive(Default)]
struct Walker {
    page: Page,
    stack: Vec<Open>,
    /// Open container ids, outermost first.
    containers: Vec<u32>,
    /// Text gathered since the last block boundary.
    buffer: String,
    buffer_link_chars: usize,
    open_links: usize,
    /// Depth inside a skipped subtree; 0 when not skipping.
    skip_depth: usize,
    /// The subtrees read that are skipped by default; what the others held is counted in `skipped`.
    read: Unread,
    skipped: Unread<usize>,
    /// Why the subtree being skipped is skipped.
    skipping: Skip,
    /// Text of `<title>` while inside it.
    in_title: bool,
    /// Inside a JSON-LD `<script>`, whose text goes to `Head::json_ld`.
    in_json_ld: bool,
    /// Whether links become Markdown links.
    links: bool,
    /// The current run as Markdown, once an inline element (bold, italics,
    /// code, a link) has opened in it: until then it is the run's text escaped,
    /// so a run without any, most of a page, costs nothing.
    markdown: Option<String>,
    /// Counts the runs: inline markup opened in one run is closed in it, not in a later one.
    run: u32,
    /// Open `<pre>` elements and the like: inside one, whitespace is the text's.
    in_pre: usize,
    /// Open code elements ([`TextLayout::Code`]): inside one, a block is a line.
    in_code: usize,
    /// The language the open `<pre>` (or its `<code>`, or a wrapper) names in its class.
    code_language: Option<String>,
    /// Open lists, innermost last: the next number of an `<ol>`'s items, `None` for a `<ul>`.
    lists: Vec<Option<ListNumbers>>,
    /// Open `<li>`s, innermost last: each one's number in its `<ol>`, and
    /// whether a block inside it was made yet.
    items: Vec<OpenItem>,
    /// Whether to gather the page's `<img>`s into `Page::images`.
    images: bool,
    /// The page's address: as given, else its canonical link.
    address: Option<url::Url>,
    /// Whether the address was given (`Options::base_url`): then the canonical link does not replace it.
    address_given: bool,
    /// The first `<base href>`, which applies on top of the address.
    base_href: Option<String>,
    /// What relative links and image sources resolve against.
    base: Option<url::Url>,
    /// Open tables, innermost last: where their cells stand.
    tables: Vec<TableGrid>,
    /// While inside the first `itemprop="author"` element: what it holds so far.
    item_author: Option<AuthorCapture>,
    /// While inside an element whose class names an author or a user
    /// ([`author::CLASS_AUTHOR_NAME`]), until one holds a short name: what it holds so far.
    class_author: Option<AuthorCapture>,
    /// Whether the page's author is looked for in its markup (`item_author`,
    /// `class_author`): only the metadata reads it (not with `Options::text_only`).
    find_authors: bool,
    /// Whether an element with one of [`elements::POP_UP_ROLES`] is skipped as `<dialog>` is (`hints/pop-up-roles`).
    skip_pop_up_roles: bool,
    /// Whether a table that lays out text ([`lays_out_text`]) has its cells read as a `<div>`'s lines.
    read_layout_tables: bool,
    /// A `<button>` (a tab's, an accordion's) opened or closed, or an inline
    /// box opened, since the last text: the next word, if it follows a word,
    /// is set apart from it.
    word_break_pending: bool,
    /// Whether the last text was marks alone in a box of their own: a
    /// separator that the page sets tight between two boxes ("Category" ":"
    /// "Programming languages"), after which no space goes.
    boxed_mark: bool,
    /// Whether the last text held words apart (a sentence's end, not a
    /// qualified name's part such as `json.`).
    last_text_is_a_phrase: bool,
    /// Where the markup opened since the last text starts in the Markdown: a
    /// space or the whitespace that opens the next text goes before it
    /// (`[Caching](/a) [HTTP](/b)`, `word **bold**`; not `[Caching](/a)[ HTTP](/b)`,
    /// `word** bold**`, which is no emphasis).
    markup_opened_at: Option<usize>,
    /// Where the Markdown ended when an end marker was last written right
    /// after its text: the same marker opening there continues the run
    /// (`**trends**`, not `**trend****s**`, which is no emphasis).
    marker_closed_at: Option<usize>,
    /// Inline code elements open in this run: their text is not escaped.
    open_code_spans: usize,
    /// Texts with a word in them, so far.
    words_pushed: usize,
}

/// The microdata properties (lower-cased, as elements' `class_id` holds
/// them) that mark a question's answers (schema.org `QAPage`).
const ANSWER_ITEMPROPS: [&str; 2] = ["acceptedanswer", "suggestedanswer"];

/// Whether the page's microdata marks a question's answers: beside them,
/// what it calls comments are remarks on the question and the answers, not replies.
pub fn marks_answers(elements: &[Element]) -> bool {
    elements.iter().any(|e| e.class_id.split(' ').any(|token| ANSWER_ITEMPROPS.contains(&token)))
}

/// Marks a `<br>` in a run of text until the run becomes a block: the HTML
/// parser replaces NUL in text, so no text holds one.
const LINE_BREAK: char = '\0';

impl Walker {
    /// Whether `element` is, or opens inside, a figure or a quotation ([`CREDIT_TAGS`]).
    fn in_credit(&self, element: &scraper::node::Element) -> bool {
        let open = self.containers.iter().map(|&id| self.page.elements[id as usize].tag.as_str());
        std::iter::once(&*element.name.local).chain(open).any(|tag| CREDIT_TAGS.contains(&tag))
    }

    /// Whether the text so far ends in a word, so that a box's `next` word
    /// is set apart from it: a letter or a figure; a word and a closing mark
    /// (see [`ends_in_closing_mark`]) unless the mark is a box of its own; a
    /// sentence's full stop when a capital follows ("Authorized
    /// distributor." then "In Stock"), but not a qualified name's (`json.`
    /// then `JSONDecoder`).
    /// (Invisible characters at the text's end, such as a zero-width space
    /// after a spec's value, stand for no word and no gap.)
    fn ends_in_a_word(&self, next: &str) -> bool {
        let shown = self.buffer.trim_end_matches(is_invisible);
        let before_last = || shown.chars().rev().nth(1);
        shown.ends_with(char::is_alphanumeric)
            || (ends_in_closing_mark(shown) && !self.boxed_mark)
            || (shown.ends_with('.') && before_last().is_some_and(char::is_lowercase) && self.last_text_is_a_phrase && next.starts_with(char::is_uppercase))
    }

    fn push_text(&mut self, text: &str) {
        if self.in_json_ld {
            if let Some(script) = self.page.head.json_ld.last_mut() {
                script.push_str(text);
            }
            return;
        }
        if self.in_title {
            let title = self.page.head.title.get_or_insert_with(String::new);
            title.push_str(text);
            return;
        }
        for author in [&mut self.item_author, &mut self.class_author].into_iter().flatten() {
            author.push_text(text);
        }
        if self.open_links > 0 {
            self.buffer_link_chars += text.trim().chars().count();
        }
        // A button or an inline box is a box of its own: its words and the ones beside it do not run together.
        let word_break = self.word_break_pending && {
            let shown = text.trim_start_matches(is_invisible);
            shown.starts_with(char::is_alphanumeric) && self.ends_in_a_word(shown)
        };
        // (A zero-width space alone is no word: the text drops it.)
        if text.contains(|c: char| !shows_nothing(c)) {
            self.boxed_mark = self.word_break_pending && !text.contains(char::is_alphanumeric);
            self.last_text_is_a_phrase = text.trim().contains(char::is_whitespace);
            self.word_break_pending = false;
            self.words_pushed += 1;
        }
        let space = if word_break { " " } else { "" };
        self.buffer.push_str(space);
        self.buffer.push_str(text);
        if let Some(markdown) = &mut self.markdown {
            // Inside inline code every character is itself: a backslash there
            // would be printed. Its backticks wait as stand-ins until the span's
            // delimiter is known (`emphasis::CODE_BACKTICK`).
            let escaped = if self.open_code_spans > 0 { text.replace(CODE_BACKTICK, "").replace('`', &CODE_BACKTICK.to_string()) } else { escape_markdown(text) };
            // Text that keeps its white space keeps its newlines as line breaks.
            let escaped = if self.in_pre > 0 && self.open_code_spans == 0 { escaped.replace('\n', &LINE_BREAK.to_string()) } else { escaped };
            let word = escaped.trim_start_matches(|c: char| c == LINE_BREAK || shows_nothing(c));
            if escaped.starts_with(char::is_alphanumeric) && self.marker_closed_at == Some(markdown.len()) {
                move_end_marker_before_punctuation(markdown);
            }
            let opened_at = self.markup_opened_at.take().filter(|&at| at <= markdown.len() && markdown.is_char_boundary(at));
            let at = opened_at.unwrap_or(markdown.len());
            let leading = &escaped[..escaped.len() - word.len()];
            markdown.insert_str(at, leading);
            markdown.insert_str(at, space);
            markdown.push_str(word);
            // Only whitespace: the markers still wait for their text, just after it.
            if word.is_empty() {
                self.markup_opened_at = opened_at.map(|at| at + space.len() + leading.len());
            }
        }
    }

    /// Opens an element: records what it says of the page, skips it if it
    /// is never content, and otherwise sets up its block, list, table, code
    /// or link and the Markdown around it.
    fn open(&mut self, element: &scraper::node::Element, node: ego_tree::NodeRef<Node>) {
        let name = &element.name.local;
        self.record(element);
        if *name == local_name!("script") && attribute(element, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) {
            self.in_json_ld = true;
            self.page.head.json_ld.push(String::new());
            self.stack.push(Open { container: None, is_link: false, markdown_close: None, run: self.run, layout: TextLayout::Flowing, words_at_open: self.words_pushed });
            return;
        }
        let display = Display::of(element);
        if let Some(skip) = self.skip_reason(element, node, &display) {
            self.skip_depth = 1;
            self.skipping = skip;
            return;
        }
        if *name == local_name!("br") {
            self.break_line();
            return;
        }
        // Inside code a block is a line of it (a highlighter writes a `<div>` per line).
        let code_line = self.in_code > 0 && is_block_level(name);
        if code_line && !self.buffer.is_empty() && !self.buffer.ends_with('\n') {
            self.buffer.push('\n');
        }
        // The text before a block ends where the block starts, before the
        // block says what it is: the words before a `<pre>` are not code.
        let block_level = is_block_level(name) && !code_line;
        if block_level {
            self.flush();
        }
        let layout = self.open_preformatted(element, node, &display);
        self.open_list_part(element, node);
        if self.find_authors {
            self.watch_for_authors(element);
        }
        self.open_table_part(element, node);
        // A heading's permalink (`<h2><a href="#making-a-request">`) points at the
        // heading itself: its text is the heading's, not a link away from the page.
        let is_link = *name == local_name!("a") && !(self.in_heading() && attribute(element, "href").is_some_and(|href| href.starts_with('#')));
        self.open_links += usize::from(is_link);
        let container = if block_level { (self.containers.len() < MAX_CONTAINER_DEPTH).then(|| self.new_container(element)) } else { None };
        if *name == local_name!("button") || (self.in_pre == 0 && starts_inline_box(element, node)) {
            self.word_break_pending = true;
        }
        let markdown_close = self.open_inline_markup(element);
        self.stack.push(Open { container, is_link, markdown_close, run: self.run, layout, words_at_open: self.words_pushed });
    }

    /// Records what an element says of the page, whether or not its text is
    /// read: the `<title>`, a `<meta>`, the language, the canonical and base
    /// addresses, an image (with `--images`), a `<time>`'s datetime.
    fn record(&mut self, element: &scraper::node::Element) {
        match element.name.local {
            local_name!("title") if self.page.head.title.is_none() => self.in_title = true,
            local_name!("meta") => self.read_meta(element),
            local_name!("html") => {
                self.page.head.lang = attribute(element, "lang").map(|lang| lang.trim().to_string()).filter(|l| !l.is_empty());
            }
            local_name!("link") if self.page.head.canonical.is_none() => {
                let canonical = attribute(element, "rel").is_some_and(|rel| rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")));
                self.page.head.canonical = attribute(element, "href").filter(|_| canonical).map(|href| href.trim().to_string());
                if !self.address_given {
                    self.address = self.page.head.canonical.as_deref().and_then(|href| url::Url::parse(href).ok());
                    self.update_base();
                }
            }
            local_name!("base") if self.base_href.is_none() => {
                self.base_href = attribute(element, "href").map(|href| href.trim().to_string());
                self.update_base();
            }
            local_name!("img") if self.images => self.add_image(element),
            local_name!("time") => {
                if let Some(datetime) = attribute(element, "datetime").map(str::trim).filter(|d| !d.is_empty()) {
                    self.page.head.times.push(datetime.to_string());
                }
            }
            _ => {}
        }
    }

    /// Why the element and all it holds are skipped, if they are: a
    /// `<noscript>` (unless the page is read again for it), an element that
    /// is never content or pops up over the page, a permalink, or a hidden
    /// element (unless read again for it, or an accordion's panel).
    fn skip_reason(&self, element: &scraper::node::Element, node: ego_tree::NodeRef<Node>, display: &Display) -> Option<Skip> {
        let name = &element.name.local;
        if *name == local_name!("noscript") {
            (!self.read.noscript).then_some(Skip::Noscript)
        } else if (is_never_content(name) && !is_disclosure_toggle(element) && !is_shadow_root(element))
            || (self.skip_pop_up_roles && has_pop_up_role(element))
            || is_permalink(element, node)
        {
            Some(Skip::NeverContent)
        } else if display.hidden && !is_disclosure_panel(node) {
            (!self.read.hidden).then_some(Skip::Hidden)
        } else {
            None
        }
    }

    /// A `<br>`: a line break ends a bare text run (`text<br><br>text` in a
    /// div); inside a paragraph of its own it breaks the line (a poem, an
    /// address), and so it does in text that keeps its white space (code, or
    /// a paragraph set `white-space: pre-wrap`, whose Markdown breaks there too).
    fn break_line(&mut self) {
        if self.in_pre == 0 && !self.in_own_block() {
            self.flush();
        } else {
            self.buffer.push(if self.in_pre > 0 { '\n' } else { LINE_BREAK });
            if let Some(markdown) = &mut self.markdown {
                // Inline code holds no line break (its backslash would be printed): a space stands for it.
                if self.open_code_spans > 0 {
                    markdown.push(' ');
                    return;
                }
                // Before the markers that wait for their text (`**` then a break then `Total`).
                match self.markup_opened_at.filter(|&at| at <= markdown.len() && markdown.is_char_boundary(at)) {
                    Some(at) => {
                        markdown.insert(at, LINE_BREAK);
                        self.markup_opened_at = Some(at + LINE_BREAK.len_utf8());
                    }
                    None => markdown.push(LINE_BREAK),
                }
            }
        }
    }

    /// Opens a block of code if the element is one (or lays its text out as
    /// one), noting the code's language; returns how it lays its text out.
    fn open_preformatted(&mut self, element: &scraper::node::Element, node: ego_tree::NodeRef<Node>, display: &Display) -> TextLayout {
        let name = &element.name.local;
        // A `<code>` standing alone may wrap a whole widget: only a `<pre>`'s blocks are lines.
        let layout = match is_preformatted(element, node, || self.in_pre == 0 && !self.in_own_block()) {
            true if *name == local_name!("pre") => TextLayout::Code,
            true => TextLayout::WhiteSpace,
            false if display.white_space_pre => TextLayout::WhiteSpace,
            false => TextLayout::Flowing,
        };
        self.in_code += usize::from(layout == TextLayout::Code);
        if layout != TextLayout::Flowing {
            // An inline element laid out as a block of code is cut from the text around it.
            if !is_block_level(name) {
                self.flush();
            }
            self.in_pre += 1;
            if self.code_language.is_none() {
                // A highlighter marks the language on the `<pre>` or on a wrapper or two around it.
                let wrappers = self.containers.iter().rev().take(2).map(|&id| self.page.elements[id as usize].class());
                self.code_language = attribute(element, "class").into_iter().chain(wrappers).find_map(code_language);
            }
        }
        if *name == local_name!("code") && self.in_pre > 0 && self.code_language.is_none() {
            self.code_language = attribute(element, "class").and_then(code_language);
        }
        layout
    }

    /// A list opens, numbered or not, or a list item takes its number.
    fn open_list_part(&mut self, element: &scraper::node::Element, node: ego_tree::NodeRef<Node>) {
        match element.name.local {
            local_name!("ol") => self.lists.push(Some(ListNumbers::new(element, node))),
            local_name!("ul") | local_name!("menu") => self.lists.push(None),
            local_name!("li") => {
                let numbers = self.lists.last_mut().and_then(Option::as_mut);
                let number = numbers.map(|numbers| numbers.take(attribute(element, "value").and_then(number)));
                self.items.push(OpenItem { number, has_block: false });
            }
            _ => {}
        }
    }

    /// Follows an author capture into the element, or starts one where
    /// microdata (`itemprop="author"`) or a class (`class="author"`) marks the
    /// page's author; a custom element may carry the name as an attribute.
    fn watch_for_authors(&mut self, element: &scraper::node::Element) {
        if let Some(author) = &mut self.item_author {
            author.enter(element);
        } else if self.page.head.item_author.is_none() && has_itemprop(element, "author") {
            self.item_author = Some(AuthorCapture::start());
        }
        if let Some(author) = &mut self.class_author {
            author.enter(element);
        } else if self.page.head.class_author.is_none() {
            // A custom element (its name has a hyphen) may carry the name as
            // an attribute (`<shreddit-post author="...">`); HTML's own have none.
            let custom = element.name.local.contains('-');
            let is_name = |name: &String| (1..=CLASS_AUTHOR_MAX_WORDS).contains(&name.split_whitespace().count());
            let attribute = custom.then(|| attribute(element, "author")).flatten().map(collapse_whitespace).filter(is_name);
            if attribute.is_some() {
                self.page.head.class_author = attribute.map(|name| (self.page.blocks.len(), name));
            } else if is_author_class(element) && !self.in_credit(element) {
                self.class_author = Some(AuthorCapture::start());
            }
        }
    }

    /// A table opens, a row starts, or a cell takes its place in the grid.
    fn open_table_part(&mut self, element: &scraper::node::Element, node: ego_tree::NodeRef<Node>) {
        match element.name.local {
            local_name!("table") => self.tables.push(TableGrid::new(self.read_layout_tables && lays_out_text(node))),
            local_name!("tr") => {
                if let Some(grid) = self.tables.last_mut() {
                    grid.start_row();
                }
            }
            local_name!("td") | local_name!("th") => {
                if let Some(grid) = self.tables.last_mut() {
                    grid.place_cell(span(element, "colspan"), span(element, "rowspan"));
                }
            }
            _ => {}
        }
    }

    /// Opens the Markdown for an inline element, returning what closes it.
    fn open_inline_markup(&mut self, element: &scraper::node::Element) -> Option<String> {
        // Inside inline code every character is printed as it is: markup there would be too.
        if self.open_code_spans > 0 {
            return None;
        }
        let (open, close) = match element.name.local {
            local_name!("strong") | local_name!("b") => ("**", "**".to_string()),
            local_name!("em") | local_name!("i") => ("_", "_".to_string()),
            local_name!("code") => ("`", "`".to_string()),
            local_name!("a") if self.links => {
                let href = attribute(element, "href").map(str::trim).filter(|h| !h.is_empty() && is_web_address(h))?;
                ("[", format!("]({})", markdown_destination(&self.resolve(href))))
            }
            _ => return None,
        };
        // Bold inside bold, italics inside italics: the text is already so.
        if open != "[" && self.stack.iter().any(|o| o.run == self.run && o.markdown_close.as_deref() == Some(open)) {
            return None;
        }
        if open == "`" {
            self.open_code_spans += 1;
        }
        // (The run so far: in text that keeps its white space, its newlines are line breaks.)
        let in_pre = self.in_pre > 0;
        let markdown = self.markdown.get_or_insert_with(|| {
            let escaped = escape_markdown(&self.buffer);
            if in_pre { escaped.replace('\n', &LINE_BREAK.to_string()) } else { escaped }
        });
        if self.marker_closed_at == Some(markdown.len()) && close == open && markdown.ends_with(open) {
            markdown.truncate(markdown.len() - open.len());
            self.marker_closed_at = None;
            return Some(close);
        }
        self.markup_opened_at.get_or_insert(markdown.len());
        markdown.push_str(open);
        Some(close)
    }

    /// Closes inline Markdown: an element with no text leaves no markers, and
    /// spaces stay outside the markers (`**bold** text`, not `**bold **text`).
    /// An element that a block boundary cut (`<b>one<p>two</p></b>`) closes
    /// nothing in the new run.
    fn close_inline_markup(&mut self, close: &str, words_at_open: usize) {
        let no_words = self.words_pushed == words_at_open;
        let Some(markdown) = &mut self.markdown else { return };
        let opener = if close.starts_with(']') { "[" } else { close };
        // A line break before the end marker stays outside it, as spaces do,
        // and so does what the text drops (`council&#8203;&nbsp;`): dropped,
        // it would leave the space before the marker.
        let trimmed = markdown.trim_end_matches(|c: char| c == LINE_BREAK || shows_nothing(c));
        // Markup that waited for text after this point waits no more: what is written next goes after the end marker.
        self.markup_opened_at = self.markup_opened_at.filter(|&at| at < trimmed.len());
        // (Not a text's escaped `\_`: an element that continued the one before it, `_a\_` then `<em></em>`, wrote no opener.)
        let ends_with_opener = trimmed.strip_suffix(opener).is_some_and(|before| !escapes_next(before));
        if no_words && ends_with_opener {
            let cut = trimmed.len() - opener.len();
            self.markup_opened_at = self.markup_opened_at.filter(|&at| at < cut);
            let spaces = markdown[trimmed.len()..].to_string();
            markdown.truncate(cut);
            markdown.push_str(&spaces);
            return;
        }
        let spaces = markdown[trimmed.len()..].to_string();
        markdown.truncate(trimmed.len());
        markdown.push_str(close);
        let closed_at = spaces.is_empty().then_some(markdown.len());
        markdown.push_str(&spaces);
        self.marker_closed_at = closed_at;
    }

    fn close(&mut self, element: &scraper::node::Element) {
        let name = &element.name.local;
        if *name == local_name!("title") {
            self.in_title = false;
        }
        if *name == local_name!("script") {
            self.in_json_ld = false;
        }
        if *name == local_name!("br") {
            return;
        }
        if let Some(name) = self.item_author.as_mut().and_then(AuthorCapture::leave) {
            self.page.head.item_author = (!name.is_empty()).then_some((self.page.blocks.len(), name));
            self.item_author = None;
        }
        if let Some(name) = self.class_author.as_mut().and_then(AuthorCapture::leave) {
            // Too long or empty: not a name; the next element so marked may hold one.
            let words = name.split_whitespace().count();
            self.page.head.class_author = (1..=CLASS_AUTHOR_MAX_WORDS).contains(&words).then_some((self.page.blocks.len(), name));
            self.class_author = None;
        }
        if let Some(layout) = self.stack.last().map(|open| open.layout).filter(|&layout| layout != TextLayout::Flowing) {
            // The block ends with its own whitespace, before the count drops.
            self.flush();
            self.in_pre = self.in_pre.saturating_sub(1);
            self.in_code = self.in_code.saturating_sub(usize::from(layout == TextLayout::Code));
            if self.in_pre == 0 {
                self.code_language = None;
            }
        }
        let Some(open) = self.stack.pop() else { return };
        if open.is_link {
            self.open_links -= 1;
        }
        if let Some(close) = open.markdown_close.as_deref().filter(|_| open.run == self.run) {
            if close == "`" {
                self.open_code_spans = self.open_code_spans.saturating_sub(1);
            }
            self.close_inline_markup(close, open.words_at_open);
        }
        if is_block_level(name) && self.in_code == 0 {
            self.flush();
        } else if *name == local_name!("button") {
            self.word_break_pending = true;
        }
        // After the flush: an item's last text is numbered as the item.
        match *name {
            local_name!("ol") | local_name!("ul") | local_name!("menu") => {
                self.lists.pop();
            }
            local_name!("li") => {
                self.items.pop();
            }
            _ => {}
        }
        if open.container.is_some() {
            self.containers.pop();
        }
        if *name == local_name!("table") {
            self.tables.pop();
        }
    }

    /// A skipped element that ends a paragraph (a `<form>`, a hidden `<div>`) still marks a boundary.
    fn close_skipped(&mut self, element: &scraper::node::Element) {
        if is_block_level(&element.name.local) && self.in_code == 0 {
            self.flush();
        }
    }

    fn new_container(&mut self, element: &scraper::node::Element) -> u32 {
        let mut class_id = String::new();
        let mut class_span = 0..0;
        for (attr, value) in element.attrs() {
            if matches!(attr, "class" | "id" | "role" | "itemprop") {
                if !class_id.is_empty() {
                    class_id.push(' ');
                }
                let start = class_id.len();
                class_id.push_str(value);
                class_id[start..].make_ascii_lowercase();
                if attr == "class" {
                    class_span = start..class_id.len();
                }
            }
        }
        let id = self.page.elements.len() as u32;
        let tag = element.name.local.to_string();
        let main = tag == "main" || attribute(element, "role").is_some_and(|role| role.eq_ignore_ascii_case("main"));
        self.page.elements.push(Element { parent: self.containers.last().copied(), tag, class_id, class_span, main });
        self.containers.push(id);
        id
    }

    /// Whether the innermost container is a heading, `<h1>` to `<h6>`.
    fn in_heading(&self) -> bool {
        self.containers.last().is_some_and(|&id| matches!(self.page.elements[id as usize].tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
    }

    /// Whether the innermost container is a cell of a table that lays out
    /// text ([`lays_out_text`]): its lines are blocks, as a `<div>`'s are.
    fn in_layout_cell(&self) -> bool {
        let in_cell = self.containers.last().is_some_and(|&id| matches!(self.page.elements[id as usize].tag.as_str(), "td" | "th"));
        in_cell && self.tables.last().is_some_and(|table| table.lays_out_text)
    }

    /// Whether the innermost container is a paragraph-level element that
    /// owns its text (not a cell of a table that lays out text).
    fn in_own_block(&self) -> bool {
        let own = self.containers.last().is_some_and(|&id| own_block_kind(&self.page.elements[id as usize].tag, None).is_some());
        own && !self.in_layout_cell()
    }

    /// The base that links resolve against: the `<base href>` on top of the page's address.
    fn update_base(&mut self) {
        self.base = match (&self.base_href, &self.address) {
            (Some(href), Some(address)) => address.join(href).ok(),
            (Some(href), None) => url::Url::parse(href).ok(),
            (None, address) => address.clone(),
        };
    }

    /// `href` made absolute when the page's base is known and `href` is a URL reference; else as it is.
    fn resolve(&self, href: &str) -> String {
        self.base.as_ref().and_then(|base| base.join(href).ok()).map_or_else(|| href.to_string(), String::from)
    }

    /// Records an `<img>`: its source (a lazy loader's `data-src` first: `src` then
    /// holds a placeholder), unless it is a tracking pixel or has no source.
    fn add_image(&mut self, element: &scraper::node::Element) {
        let is_pixel = ["width", "height"].iter().any(|attr| attribute(element, attr).and_then(number).is_some_and(|size| size <= 1));
        let usable = |src: &&str| !src.is_empty() && is_web_address(src);
        let first_of_set = |set: &str| set.split(',').next().and_then(|candidate| candidate.split_whitespace().next()).map(str::to_string);
        let src = ["data-src", "data-lazy-src", "data-original", "src"]
            .iter()
            .find_map(|attr| attribute(element, attr).map(str::trim).filter(usable).map(str::to_string))
            .or_else(|| ["data-srcset", "srcset"].iter().find_map(|attr| attribute(element, attr).and_then(first_of_set)).filter(|s| usable(&s.as_str())));
        let Some(src) = src.filter(|_| !is_pixel) else { return };
        self.page.images.push(Image {
            src: self.resolve(&src),
            alt: collapse_whitespace(attribute(element, "alt").unwrap_or_default()),
            container: self.containers.last().copied(),
            position: self.page.blocks.len(),
        });
    }

    fn read_meta(&mut self, element: &scraper::node::Element) {
        let key = ["property", "name", "itemprop"].iter().find_map(|attr| attribute(element, attr));
        if let (Some(key), Some(content)) = (key, attribute(element, "content")) {
            self.page.head.meta.push((key.trim().to_ascii_lowercase(), collapse_whitespace(content)));
        }
    }

    /// Ends the current text run as a block, if it holds any text.
    fn flush(&mut self) {
        if self.markdown.is_some() {
            // Markup a block boundary cuts (`<b>one<p>two</p></b>`) is closed in the run it opened in.
            let open: Vec<(String, usize)> =
                self.stack.iter().rev().filter(|o| o.run == self.run).filter_map(|o| Some((o.markdown_close.clone()?, o.words_at_open))).collect();
            for (close, words_at_open) in &open {
                self.close_inline_markup(close, *words_at_open);
            }
        }
        self.run = self.run.wrapping_add(1);
        let markdown = self.markdown.take();
        self.markup_opened_at = None;
        self.marker_closed_at = None;
        self.open_code_spans = 0;
        if self.buffer.trim().is_empty() {
            self.buffer.clear();
            self.buffer_link_chars = 0;
            return;
        }
        let text = if self.in_pre > 0 { preformatted(&self.buffer) } else { lines(&self.buffer, "\n") };
        self.buffer.clear();
        let link_chars = std::mem::take(&mut self.buffer_link_chars).min(text.chars().count());
        // Only characters nobody sees (a zero-width space, a stray joiner): no block.
        if text.is_empty() {
            return;
        }
        let containers = &self.page.elements;
        let parent = self.containers.len().checked_sub(2).map(|i| self.containers[i]);
        let own_kind = self.containers.last().and_then(|&id| own_block_kind(&containers[id as usize].tag, parent));
        let item_number = self.items.last().and_then(|item| item.number);
        let own_kind = match own_kind {
            // A cell of a table that lays out text holds lines of text, not figures.
            Some(BlockKind::Cell { .. }) if self.in_layout_cell() => None,
            Some(BlockKind::Cell { header, row, .. }) => {
                let (column, span) = self.tables.last().map_or((0, 1), |grid| grid.cell);
                Some(BlockKind::Cell { header, row, column, span })
            }
            Some(BlockKind::ListItem { .. }) => Some(BlockKind::ListItem { number: item_number }),
            // An item that sets its text in paragraphs (`<li><p>…</p></li>`): its first paragraph is the item.
            Some(BlockKind::Paragraph) if self.is_items_first_paragraph(parent) => Some(BlockKind::ListItem { number: item_number }),
            // A bare run inside a `<code>` or a `white-space: pre` element is code too.
            None if self.in_pre > 0 => Some(BlockKind::Preformatted),
            other => other,
        };
        let kind = own_kind.unwrap_or(BlockKind::Text);
        // Code keeps its lines as they stand; a paragraph that keeps its
        // white space (`pre-wrap`) keeps an empty line, but not two in a
        // row, where paragraphs are one empty line apart.
        let text = if self.in_pre > 0 && kind != BlockKind::Preformatted { one_empty_line_at_most(&text) } else { text };
        self.page.blocks.push(Block {
            text,
            kind,
            container: self.containers.last().copied(),
            own_element: own_kind.is_some(),
            link_chars,
            line: 0,
            gap_before: true,
            // A hard line break in Markdown is a backslash at the end of the line.
            markdown: markdown.map(|markdown| delimit_code_spans(lines(&settle_emphasis(visible_markdown(markdown)), "\\\n"))),
            code_language: self.code_language.clone().filter(|_| self.in_pre > 0),
        });
        if let Some(item) = self.items.last_mut() {
            item.has_block = true;
        }
    }

    /// Whether a paragraph whose element's parent is `parent` is the first
    /// block of the innermost open `<li>`, and that item its parent.
    fn is_items_first_paragraph(&self, parent: Option<u32>) -> bool {
        let parent_is_item = parent.is_some_and(|p| self.page.elements[p as usize].tag == "li");
        let own_is_paragraph = self.containers.last().is_some_and(|&id| self.page.elements[id as usize].tag == "p");
        parent_is_item && own_is_paragraph && self.items.last().is_some_and(|item| !item.has_block)
    }
}

/// A run's Markdown without the characters the text drops (its line breaks
/// kept): settled so, each marker's neighbours are the final ones
/// (`council&#8203;**, council**` reads `council**, council**`, no bold).
fn visible_markdown(markdown: String) -> String {
    if markdown.contains(|c| c != LINE_BREAK && is_invisible(c)) {
        markdown.chars().filter(|&c| c == LINE_BREAK || !is_invisible(c)).collect()
    } else {
        markdown
    }
}

/// A run's lines, each with its whitespace collapsed, joined by `separator`:
/// the `<br>`s in a paragraph are its only line breaks.
fn lines(run: &str, separator: &str) -> String {
    if !run.contains(LINE_BREAK) {
        return collapse_whitespace(run);
    }
    run.split(LINE_BREAK).map(collapse_whitespace).filter(|line| !line.is_empty()).collect::<Vec<_>>().join(separator)
}

/// `text` with each line of only white space emptied, and no two empty lines in a row.
fn one_empty_line_at_most(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        let line = if line.trim().is_empty() { "" } else { line };
        if !(line.is_empty() && out.last() == Some(&"")) {
            out.push(line);
        }
    }
    out.join("\n")
}

/// A `<pre>`'s text as it stands, without the blank lines around it and the
/// characters nobody sees: code keeps its line breaks and its indentation.
/// A vertical tab or a form feed (`&#11;`, `&#12;`) is a space, and a
/// carriage return (`&#13;`) goes: a terminal would move its cursor for them.
fn preformatted(run: &str) -> String {
    // (Invisible characters first: one on the last line would keep the line break before it.)
    let visible = drop_invisible(run);
    let run = visible.trim_end();
    let first_line = run.find(|c: char| c != '\n' && c != '\r' && !c.is_whitespace()).map_or(0, |at| run[..at].rfind('\n').map_or(0, |nl| nl + 1));
    let code = &run[first_line..];
    if code.contains(['\u{b}', '\u{c}', '\r']) {
        code.chars().filter(|&c| c != '\r').map(|c| if matches!(c, '\u{b}' | '\u{c}') { ' ' } else { c }).collect()
    } else {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each block's text, kind and code language.
    fn kinds_and_languages(page: &Page) -> Vec<(&str, BlockKind, Option<&str>)> {
        page.blocks.iter().map(|b| (b.text.as_str(), b.kind, b.code_language.as_deref())).collect()
    }

    fn texts(page: &Page) -> Vec<&str> {
        page.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn an_attribute_is_read_as_element_attr_reads_it() {
        let html = Html::parse_document(r#"<div CLASS="story" data-x=""><svg><a xlink:href="/elsewhere"></a></svg></div>"#);
        for node in html.tree.nodes() {
            if let Node::Element(element) = node.value() {
                for name in ["class", "data-x", "href", "id", "xlink:href"] {
                    assert_eq!(attribute(element, name), element.attr(name), "<{}> {name}", element.name());
                }
            }
        }
        let link = html.tree.nodes().find_map(|node| node.value().as_element().filter(|e| e.name() == "a")).unwrap();
        assert_eq!(attribute(link, "href"), None, "the namespaced xlink:href is another attribute");
    }

    #[test]
    fn a_page_hidden_until_a_script_shows_it_is_read() {
        let text = "Machine learning lets a program improve at a task from examples, without being told each step: it finds the patterns itself.";
        let hidden = format!("<html><body><div style=\"visibility:hidden\"><p>{text}</p><p>{text} Again.</p></div></body></html>");
        assert_eq!(texts(&segment(&hidden, &Options::default()).unwrap()), [text.to_string(), format!("{text} Again.")]);
        // A page with its own text keeps its hidden menus out.
        let story = format!("<html><body><ul hidden><li>Sign in to comment on this story and see your saved articles</li></ul><p>{text}</p><p>{text}</p></body></html>");
        assert_eq!(texts(&segment(&story, &Options::default()).unwrap()), [text, text]);
    }

    #[test]
    fn a_pop_up_or_a_live_message_by_its_aria_role_is_skipped_as_a_dialog_is() {
        let text = "Machine learning lets a program improve at a task from examples, without being told each step: it finds the patterns itself.";
        let pop_up = "Get our weekly newsletter with the best stories of the week, straight to your inbox every Friday morning.";
        let message = "The item was added to your cart and will be kept there for the next seven days.";
        let page = format!(
            r#"<html><body><p>{text}</p><div class="klaviyo-form" role="dialog" aria-modal="true"><p>{pop_up}</p></div><div role="status"><p>{message}</p></div><p>{text}</p></body></html>"#
        );
        assert_eq!(texts(&segment(&page, &Options::default()).unwrap()), [text, text]);
        let mut options = Options::default();
        options.switched_off.switch_off("hints/pop-up-roles").unwrap();
        assert_eq!(texts(&segment(&page, &options).unwrap()), [text, pop_up, message, text]);
    }

    #[test]
    fn a_thread_served_only_inside_noscript_is_read() {
        let post = "I bought the smaller telescope first and never regretted it: it sets up in two minutes, so I use it every clear night.";
        let thread = format!("<html><body><div id=app></div><noscript><div class=post><p>{post}</p></div><div class=post><p>{post} Same here.</p></div></noscript></body></html>");
        assert_eq!(texts(&segment(&thread, &Options::default()).unwrap()), [post.to_string(), format!("{post} Same here.")]);
        // A page with its own text keeps its noscript notice out.
        let story = format!("<html><body><noscript><p>Please enable JavaScript to see the comments.</p></noscript><article><p>{post}</p><p>{post}</p></article></body></html>");
        assert_eq!(texts(&segment(&story, &Options::default()).unwrap()), [post, post]);
    }

    #[test]
    fn double_encoded_text_written_with_entities_is_decoded_once_more() {
        let page = "<body><p>It isn&acirc;&euro;&trade;t over &#226;&#8364;&#8220; not yet.</p><p>Un cr&acirc;ne, d&eacute;j&agrave; vu.</p></body>";
        assert_eq!(texts(&segment(page, &Options::default()).unwrap()), ["It isn\u{2019}t over \u{2013} not yet.", "Un cr\u{e2}ne, d\u{e9}j\u{e0} vu."]);
        // A page that writes no such mark is read as written: "Ã" and a
        // control (which the text drops) that a stray end tag set apart are
        // not joined into "Ï".
        assert_eq!(texts(&segment("<p>Ã</h1>\u{8f}Posted by Ann</p>", &Options::default()).unwrap()), ["ÃPosted by Ann"]);
        // An encoding the user forced is taken at its word.
        let forced = Options { encoding: Some(encoding_rs::UTF_8), ..Options::default() };
        assert_eq!(texts(&segment(page, &forced).unwrap())[0], "It isn\u{e2}\u{20ac}\u{2122}t over \u{e2}\u{20ac}\u{201c} not yet.");
    }

    #[test]
    fn paragraphs_headings_and_items_become_blocks() {
        let page = segment("<body><h2>Head</h2><p>One <b>two</b>\n three.</p><ul><li>a</li><li>b</li></ul></body>", &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Head", "One two three.", "a", "b"]);
        assert_eq!(page.blocks[0].kind, BlockKind::Heading(2));
        assert_eq!(page.blocks[2].kind, BlockKind::ListItem { number: None });
    }

    #[test]
    fn bare_text_runs_in_divs_are_cut_at_block_boundaries_and_double_breaks() {
        let page = segment("<div>first run<p>para</p>second run<br><br>third run</div>", &Options::default()).unwrap();
        assert_eq!(texts(&page), ["first run", "para", "second run", "third run"]);
        assert_eq!(page.blocks[0].kind, BlockKind::Text);
        assert!(!page.blocks[0].own_element);
    }

    #[test]
    fn ruby_annotations_stay_out_of_the_base_text() {
        // A browser sets a reading (`<rt>`) over its characters, and the
        // fallback parentheses (`<rp>`) only show where ruby is not supported:
        // the line reads 漢字, not 漢(かん)字(じ).
        let page = segment("<p>今日は<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>の勉強。</p>", &Options::default()).unwrap();
        assert_eq!(texts(&page), ["今日は漢字の勉強。"]);
    }

    #[test]
    fn never_content_and_hidden_elements_are_skipped() {
        let page = segment(
            "<p>keep</p><script>var x;</script><style>p{}</style><div hidden>h</div>\
             <div style='display: none'>n</div><form><input value=v><button>Go</button></form><p>end</p>",
            &Options::default(),
        ).unwrap();
        assert_eq!(texts(&page), ["keep", "end"]);
    }

    #[test]
    fn a_declared_shadow_root_is_read_and_an_ordinary_template_is_not() {
        let page = segment(
            "<story-card><template shadowrootmode='open'><p>shown</p></template></story-card>\
             <old-card><template shadowroot='closed'><p>shown too</p></template></old-card><template><p>inert</p></template>",
            &Options::default(),
        )
        .unwrap();
        assert_eq!(texts(&page), ["shown", "shown too"]);
    }

    /// Once, an old site's table that set out its article in one cell
    /// (`<br><br>` between paragraphs) made the whole cell one block, headline,
    /// byline, story and "More news" alike, printed as a table's row.
    #[test]
    fn a_table_whose_cell_breaks_a_line_twice_lays_out_text_and_its_lines_are_blocks() {
        let html = "<table><tr><td><a href=/>Home</a><br><a href=/n>News</a></td><td><b>Bridge opens</b><br><i>By Ann Lee</i><br><br>The council met.<br><br><a href=/m>More news</a></td></tr></table>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Home", "News", "Bridge opens", "By Ann Lee", "The council met.", "More news"]);
        assert!(page.blocks.iter().all(|b| b.kind == BlockKind::Text), "{:?}", page.blocks);
        let mut off = Options::default();
        off.switched_off.switch_off("hints/layout-tables").unwrap();
        let page = segment(html, &off).unwrap();
        assert_eq!(texts(&page), ["Home\nNews", "Bridge opens\nBy Ann Lee\nThe council met.\nMore news"]);
        // Near misses: a table of figures whose cells break a line once, and a
        // table of figures inside a cell of a layout table: its own cells stay cells.
        let page = segment("<table><tr><td>Ann Lee<br>Mayor</td><td>12 Main St<br>Dover</td></tr></table>", &Options::default()).unwrap();
        assert!(page.blocks.iter().all(|b| matches!(b.kind, BlockKind::Cell { .. })), "{:?}", page.blocks);
        let page = segment("<table><tr><td>Intro.<br><br><table><tr><td>Ann<br>Mayor</td><td>42</td></tr></table></td></tr></table>", &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Intro.", "Ann\nMayor", "42"]);
        assert!(matches!(page.blocks[1].kind, BlockKind::Cell { .. }) && page.blocks[0].kind == BlockKind::Text);
    }

    #[test]
    fn inline_markup_becomes_markdown_and_links_only_when_asked_for() {
        let html = "<p>A <b>bold </b>and <i>italic</i> <a href='/x'>link</a> with a_star*<em></em></p><ol><li>one</li></ol><table><tr><th>h</th></tr></table>\
                    <p>Plain with a_star*<br>and a break</p><b>Cut <p>by a block</p> and closed</b>";
        let page = segment(html, &Options { links: true, ..Options::default() }).unwrap();
        assert_eq!(page.blocks[0].markdown.as_deref(), Some("A **bold** and _italic_ [link](/x) with a\\_star\\*"));
        assert_eq!(page.blocks[1].kind, BlockKind::ListItem { number: Some(1) });
        assert!(matches!(page.blocks[2].kind, BlockKind::Cell { header: true, .. }));
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(page.blocks[0].markdown.as_deref(), Some("A **bold** and _italic_ link with a\\_star\\*"));
        // A run with no inline element needs no Markdown of its own: its text, escaped, is its Markdown.
        assert_eq!(page.blocks[3].markdown, None);
        // Markup that a block cuts leaves no stray marker in the next run.
        let texts: Vec<Option<&str>> = page.blocks[4..].iter().map(|b| b.markdown.as_deref()).collect();
        assert_eq!(texts, [Some("**Cut**"), None, None]);
    }

    /// A script's or a data address in Markdown runs when the reader clicks
    /// it. Once, only a lower-case "javascript:" was left out, so
    /// "JavaScript:", "java<TAB>script:" and "data:" links were written.
    #[test]
    fn links_and_images_keep_web_addresses_only_whatever_the_case_or_tabs() {
        let html = "<p><a href='JavaScript:alert(1)'>one</a> <a href='java\tscript:alert(2)'>two</a> <a href=' data:text/html,x'>three</a> \
                    <a href='vbscript:x'>four</a> <a href='HTTPS://e.example/a'>five</a> <a href='mailto:a@e.example'>six</a> <a href='/rel'>seven</a>\
                    <img src='JAVASCRIPT:alert(3)' alt='bad'><img src='DATA:image/png;base64,AA' alt='inline'><img src='/photo.jpg' alt='ok'></p>";
        let page = segment(html, &Options { links: true, images: true, ..Options::default() }).unwrap();
        assert_eq!(
            page.blocks[0].markdown.as_deref(),
            Some("one two three four [five](HTTPS://e.example/a) [six](mailto:a@e.example) [seven](/rel)")
        );
        let sources: Vec<&str> = page.images.iter().map(|image| image.src.as_str()).collect();
        assert_eq!(sources, ["/photo.jpg"]);
    }

    /// Once, a `<pre>` took the text before it in its container for code
    /// (its white space kept, its language the `<pre>`'s): a step's words
    /// printed indented, a `<div>`'s lead-in fenced as code.
    #[test]
    fn the_words_before_a_pre_in_one_element_are_not_code() {
        let html = "<ol><li>\n    Tidy the module.\n    <pre class='lang-go'>$ go mod tidy</pre></li></ol>\
                    <div>\n  Run this command:\n  <pre>$ go install</pre></div>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(
            kinds_and_languages(&page),
            [
                ("Tidy the module.", BlockKind::ListItem { number: Some(1) }, None),
                ("$ go mod tidy", BlockKind::Preformatted, Some("go")),
                ("Run this command:", BlockKind::Text, None),
                ("$ go install", BlockKind::Preformatted, None),
            ]
        );
    }

    /// Once, each `<div>` a highlighter writes per line inside a `<pre>` was
    /// a code block of its own (a fence per line in Markdown, empty lines lost).
    #[test]
    fn a_highlighters_lines_in_a_pre_are_one_block_of_code() {
        let html = "<pre class='language-rust'><code><div class=line>fn main() {</div><div class=line><br></div>\
                    <div class=line>    println!(1);</div><div class=line>}</div></code></pre>\
                    <div><code>\n<div>A feed's first post.</div><div>Its second post.</div></code></div>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(
            kinds_and_languages(&page),
            [
                ("fn main() {\n\n    println!(1);\n}", BlockKind::Preformatted, Some("rust")),
                // A `<code>` that wraps a widget's blocks is no `<pre>`: its blocks stay blocks.
                ("A feed's first post.", BlockKind::Preformatted, None),
                ("Its second post.", BlockKind::Preformatted, None),
            ]
        );
    }

    /// Found by fuzzing: a paragraph in an element that keeps its white space
    /// printed its run of empty lines, where paragraphs are one empty line apart.
    #[test]
    fn a_paragraph_that_keeps_its_white_space_keeps_one_empty_line_in_a_row() {
        let html = "<div style='white-space:pre-wrap'><p>Council\n\n \n\t\n\nmet.\n\nAt noon.</p></div><pre>a\n\n\nb</pre>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Council\n\nmet.\n\nAt noon.", "a\n\n\nb"]);
    }

    #[test]
    fn a_syntax_highlighters_brush_class_names_the_codes_language() {
        let html = "<pre class='brush: js notranslate'>let x;</pre><pre class='brush:css'>a { }</pre>\
                    <pre class='brush:'>c</pre><pre class='toothbrush: js'>d</pre><pre class='brush: plain'>e</pre>";
        let page = segment(html, &Options::default()).unwrap();
        let languages: Vec<_> = kinds_and_languages(&page).into_iter().map(|(_, _, language)| language).collect();
        // Near misses: a brush with no language after it, a class that only
        // ends in "brush:", and the highlighter's plain text.
        assert_eq!(languages, [Some("js"), Some("css"), None, None, None]);
    }

    #[test]
    fn code_without_pre_and_white_space_pre_keep_their_lines_but_inline_code_does_not() {
        let html = "<div class=highlight-python><code>def f():\n    return 1</code></div><div style='White-Space: pre-wrap'>a\n  b</div>\
                    <p>Inline <code>x\ny</code> code.</p><pre class='lang-js'>let x;</pre>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(
            kinds_and_languages(&page),
            [
                ("def f():\n    return 1", BlockKind::Preformatted, Some("python")),
                ("a\n  b", BlockKind::Preformatted, None),
                ("Inline x y code.", BlockKind::Paragraph, None),
                ("let x;", BlockKind::Preformatted, Some("js")),
            ]
        );
    }

    #[test]
    fn link_characters_are_counted() {
        let page = segment("<p>see <a href=x>this link</a> now</p>", &Options::default()).unwrap();
        assert_eq!(page.blocks[0].link_chars, "this link".len());
    }

    #[test]
    fn an_accordions_titles_and_collapsed_panels_are_read_but_other_hidden_text_is_not() {
        let html = "<h3>Can I use it outside?</h3><div style='display: none'><p>Yes, on a terrace or a balcony.</p></div>\
                    <button aria-controls=p1>Learn fast</button><div id=p1 hidden><p>Build the skills you need.</p></div>\
                    <p>Shown.</p><div style='display:none'><p>A hidden pop-up.</p></div><button>Subscribe</button>";
        let texts: Vec<String> = segment(html, &Options::default()).unwrap().blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(texts, ["Can I use it outside?", "Yes, on a terrace or a balcony.", "Learn fast", "Build the skills you need.", "Shown."]);
    }

    #[test]
    fn tab_buttons_side_by_side_keep_their_words_apart() {
        let html = "<div role=tablist><button aria-controls=a>Session Replay</button><button aria-controls=b>Web Analytics</button></div>\
                    <p>Read the <button aria-expanded=false>notes</button>, then begin.</p>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Session Replay Web Analytics", "Read the notes, then begin."]);
    }

    #[test]
    fn a_paragraph_of_only_invisible_characters_makes_no_block() {
        let page = segment("<p>\u{200B}</p><p>\u{200D}&nbsp;</p><p>Text.\u{200D}</p>", &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Text."]);
    }

    #[test]
    fn invisible_separators_between_letters_are_dropped() {
        let page = segment("<p>N\u{2063}e\u{2063}w listing, a\u{2062}b</p>", &Options::default()).unwrap();
        assert_eq!(texts(&page), ["New listing, ab"]);
    }

    #[test]
    fn a_vertical_tab_form_feed_or_carriage_return_in_code_is_no_control_character() {
        let page = segment("<pre>&#11; sudo make&#13;\nls&#12;-la</pre>", &Options::default()).unwrap();
        assert_eq!(texts(&page), ["  sudo make\nls -la"]);
    }

    #[test]
    fn inline_boxes_side_by_side_keep_their_words_apart() {
        let html = "<p><a href=/tags/shooter class=tag>Shooter</a><!-- tag --><a href=/tags/sandbox class=tag>Sandbox</a></p>\
                    <p><cite><span class=name>Sally Oldfield</span><span class=role>Parent</span></cite></p>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Shooter Sandbox", "Sally Oldfield Parent"]);
        // Near misses: one run of text an editor split mid-word, a link split in two, a word's styled part.
        let html = "<p><span style='font-weight: 400'>up to 30 colleges f</span><span style='font-weight: 400'>or you</span></p>\
                    <p><a href=/contact>Co</a><a href=/contact>ntact</a> us</p><p><b>un</b><i>likely</i>, H<sub>2</sub>O</p>\
                    <p><span>super</span><wbr><span>califragilistic</span></p>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["up to 30 colleges for you", "Contact us", "unlikely, H2O", "supercalifragilistic"]);
    }

    #[test]
    fn neighbours_alike_in_markup_stay_apart_where_a_capital_or_a_measure_follows() {
        let html = "<div><span class=meta>Dec 17, 2025</span><span class=meta>Julian K. Arni</span></div>\
                    <div><span class=item>2026</span><span class=item>1h 54m</span><span class=item>R</span></div>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Dec 17, 2025 Julian K. Arni", "2026 1h 54m R"]);
        // Near misses: a run split mid-word, an all-capitals word split, and a number split in two.
        let html = "<p><span class=run>Read the appli</span><span class=run>cation form</span></p><p><span class=c>HEAD</span><span class=c>LINE</span></p>\
                    <p><span class=n>287</span><span class=n>1 points</span></p>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Read the application form", "HEADLINE", "2871 points"]);
    }

    #[test]
    fn a_box_after_a_word_and_its_closing_mark_stays_apart() {
        let html = "<div><span class=d>Large sizes available!</span><span class=s>In Stock</span></div>\
                    <div><span>Return Policy</span>:<span class=gap></span><span>Returns are free.</span></div>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Large sizes available! In Stock", "Return Policy: Returns are free."]);
        let html = "<div><span class=d>Preferred by chefs. Authorized distributor.</span><span class=s>In Stock</span></div>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Preferred by chefs. Authorized distributor. In Stock"]);
        // Near misses: a separator in a box of its own, set tight; a qualified name's parts after a full stop.
        let html = "<h1><span class=ns>Category</span><span class=sep>:</span><span class=main>Programming languages</span></h1>\
                    <p><span class=prename>json.</span><span class=name>dump</span></p><p><span class=prename>json.</span><span class=name>JSONDecoder</span></p>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Category:Programming languages", "json.dump", "json.JSONDecoder"]);
    }

    #[test]
    fn an_invisible_character_at_a_boxs_edge_leaves_it_apart() {
        // A spec sheet's values end in a zero-width space, an icon font's glyph stands before a label.
        let html = "<div><span class=h>Product Type</span><span class=v> Over-Ear\u{200B}</span><span class=h>Connection Type</span></div>\
                    <div><span class=icon>\u{F09A}</span><span class=label>Facebook</span><span class=v>\u{200B}Share</span></div>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Product Type Over-Ear Connection Type", "Facebook Share"]);
        // Near miss: a zero-width space inside one run of text marks where a long word may break.
        let html = "<p><span class=run>super\u{200B}</span><span class=run>califragilistic</span></p>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["supercalifragilistic"]);
    }

    #[test]
    fn a_word_styled_neighbour_stays_apart_where_a_capital_follows() {
        let html = "<h2><a href=/artist/earth-ball>Earth Ball</a><em>Outside Over There</em></h2>\
                    <div><strong class=label>Proprietary</strong><span class=block>Notion is proprietary too.</span></div>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Earth Ball Outside Over There", "Proprietary Notion is proprietary too."]);
        // Near misses: a word styled in two parts, and a plural's ending set apart.
        let html = "<p><b>un</b><i>likely</i></p><p><strong>Note</strong><span class=s>s</span></p>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["unlikely", "Notes"]);
    }

    #[test]
    fn an_inline_boxs_space_goes_before_its_markdown() {
        let html = "<p>Topics: <a href=/a>Caching</a><a href=/b>HTTP</a>, <span class=x>one</span><span class=y><b>two</b></span></p>";
        let page = segment(html, &Options { links: true, ..Options::default() }).unwrap();
        assert_eq!(page.blocks[0].text, "Topics: Caching HTTP, one two");
        assert_eq!(page.blocks[0].markdown.as_deref(), Some("Topics: [Caching](/a) [HTTP](/b), one **two**"));
    }

    #[test]
    fn whitespace_that_opens_marked_up_text_goes_before_its_marker() {
        let html = "<p>Read<a href=/d> our disclosure</a> and<b> bold</b>, <b><i> both</i></b> and<code> x = 1</code>; <b>kept </b>apart.</p>\
                    <p>Monitors:<strong>\n  <a href=/m>\n   ViewSonic 27</a></strong></p>";
        let page = segment(html, &Options { links: true, ..Options::default() }).unwrap();
        assert_eq!(page.blocks[0].markdown.as_deref(), Some("Read [our disclosure](/d) and **bold**, **_both_** and `x = 1`; **kept** apart."));
        assert_eq!(page.blocks[1].markdown.as_deref(), Some("Monitors: **[ViewSonic 27](/m)**"));
    }

    /// The Markdown of the first block of `html`. (The tests below each
    /// fixed a marker that CommonMark read as text: `**$500\`,
    /// `**trend****s**`, `there?**The`, `read\_file`.)
    fn markdown_of(html: &str) -> String {
        segment(html, &Options::default()).unwrap().blocks[0].markdown.clone().unwrap_or_default()
    }

    /// The same, with links kept.
    fn linked_markdown_of(html: &str) -> String {
        segment(html, &Options { links: true, ..Options::default() }).unwrap().blocks[0].markdown.clone().unwrap_or_default()
    }

    #[test]
    fn a_line_break_at_either_end_of_marked_up_text_stays_outside_its_markers() {
        assert_eq!(markdown_of("<p>Save <b>$500<br></b>Book by <b><br>Dec 31</b></p>"), "Save **$500**\\\nBook by\\\n**Dec 31**");
        assert_eq!(markdown_of("<p><strong>Faster builds<br>&zwj;</strong>Tools write it.</p>"), "**Faster builds**\\\nTools write it.");
    }

    #[test]
    fn a_line_break_at_the_start_of_inline_code_holding_a_backtick_still_parts_the_words() {
        // The span's padding comes after the run's whitespace is collapsed: a reader strips one space, not the line break's.
        assert_eq!(markdown_of("<p>council<code><br>`</code></p>"), "council``  ` ``");
    }

    #[test]
    fn characters_the_text_drops_neither_part_a_marker_from_its_word_nor_make_a_word() {
        // An end marker goes before a zero-width space as before a space; an opener after one is read without it.
        assert_eq!(markdown_of("<p>Save <b>council &#8203;&nbsp;</b>now</p>"), "Save **council** now");
        assert_eq!(markdown_of("<p>council<b>&#8203;, council</b></p>"), "council, council");
        // Inline code holding only a zero-width space is no code span (an empty one would print its backticks).
        assert_eq!(markdown_of("<p>council<code>&#8203;</code> now</p>"), "council now");
    }

    #[test]
    fn a_paragraph_that_keeps_its_white_space_ends_at_its_last_visible_character() {
        let page = segment("<p style='white-space:pre-wrap'>council\n&#8203;</p>", &Options::default()).unwrap();
        assert_eq!(page.blocks[0].text, "council");
    }

    #[test]
    fn an_items_first_paragraph_is_the_item() {
        // `<li><p>…</p></li>`: the item's number goes with its first paragraph; a second paragraph stays a paragraph.
        let page = segment("<ol start=4><li><p>Bridge vote</p><p>Passed at night.</p></li><li><p>Road budget</p></li></ol>", &Options::default()).unwrap();
        let kinds: Vec<_> = page.blocks.iter().map(|b| (b.text.as_str(), b.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("Bridge vote", BlockKind::ListItem { number: Some(4) }),
                ("Passed at night.", BlockKind::Paragraph),
                ("Road budget", BlockKind::ListItem { number: Some(5) })
            ]
        );
    }

    #[test]
    fn a_paragraph_that_keeps_its_white_space_keeps_its_line_breaks_in_markdown() {
        // Site builders set `white-space: pre-wrap` on every paragraph: its `<br>`s and its newlines are line breaks.
        let html = "<p style='white-space:pre-wrap'><strong>Why work with us?<br></strong><br>Numbers talk.\nAnd more.</p>";
        assert_eq!(markdown_of(html), "**Why work with us?**\\\nNumbers talk.\\\nAnd more.");
        assert_eq!(markdown_of("<p style='white-space:pre-wrap'>Save\n<b>\n$500</b></p>"), "Save\\\n**$500**");
        // A newline before the first markup, too.
        assert_eq!(markdown_of("<p style='white-space:pre-wrap'>Save\nthe <b>date</b></p>"), "Save\\\nthe **date**");
    }

    #[test]
    fn an_end_marker_after_punctuation_and_before_a_letter_goes_before_the_punctuation() {
        let markdown = markdown_of("<p><b>Is it licensed there?</b>The policies vary; <b>it is</b>, mostly.</p>");
        assert_eq!(markdown, "**Is it licensed there**?The policies vary; **it is**, mostly.");
    }

    #[test]
    fn the_same_marker_closed_and_opened_again_with_nothing_between_is_one_run() {
        let markdown = markdown_of("<p>Corporate event <b>trend</b><b>s</b>, <i>re</i><i>read</i>, <b>one</b> <b>two</b></p>");
        assert_eq!(markdown, "Corporate event **trends**, _reread_, **one** **two**");
    }

    #[test]
    fn an_empty_element_inside_a_link_leaves_no_space_in_its_address() {
        let html = "<div><a href='https://example.com/browse#filters'>\n\t<span>Filter (1)</span>\n\t<i>\n\t</i>\n</a>\n<div>Sort by</div></div>";
        assert_eq!(linked_markdown_of(html), "[Filter (1)](https://example.com/browse#filters)");
    }

    #[test]
    fn an_exclamation_mark_before_a_link_does_not_make_it_an_image() {
        let markdown = linked_markdown_of("<p>Sign up now!<a href='/x'>here</a>, or later! <a href='/y'>there</a></p>");
        assert_eq!(markdown, "Sign up now\\![here](/x), or later! [there](/y)");
        // After a backslash of the text's, written `\\`, the mark is still unescaped.
        assert_eq!(linked_markdown_of("<p>Type \\!<a href='/x'>here</a></p>"), "Type \\\\\\![here](/x)");
        // Italics around no word are taken out, and the mark they held comes to stand before the link.
        assert_eq!(linked_markdown_of("<p>council<i>, !</i><a href='/x'>here</a></p>"), "council, \\![here](/x)");
    }

    #[test]
    fn bold_inside_bold_and_italics_inside_italics_add_no_markers() {
        let markdown = markdown_of("<p><strong><strong>Other considerations:</strong></strong> and <b></b>one <b> </b>two, <i>an <em>inner</em> one</i></p>");
        assert_eq!(markdown, "**Other considerations:** and one two, _an inner one_");
    }

    #[test]
    fn bold_around_no_letter_or_that_cannot_open_is_left_out() {
        let markdown = markdown_of("<p>Cool Down<b>:</b> Ensure, Combo<b>®</b> j7+, the top<b>.</b> But real<strong>: cups are <strong>5-oz</strong> in all</strong>. <b>Kept:</b> yes</p>");
        assert_eq!(markdown, "Cool Down: Ensure, Combo® j7+, the top. But real: cups are 5-oz in all. **Kept:** yes");
    }

    #[test]
    fn an_end_marker_is_not_moved_over_another_marker_a_code_span_or_a_links_end() {
        // ("Actuarie_**s"; the italics, which cannot end before a letter beside bold's asterisks, are left out.)
        let markdown = markdown_of("<p>In <em><strong>A Guide for Actuarie</strong></em>s: big, <b>open</b><b>?</b>no</p>");
        assert_eq!(markdown, "In **A Guide for Actuarie**s: big, **open**?no");
        assert_eq!(markdown_of("<p><strong><code>council</code></strong>council meets</p>"), "`council`council meets");
        assert_eq!(linked_markdown_of("<p><b><a href='/x'>council</a></b>meets</p>"), "[council](/x)meets");
    }

    #[test]
    fn an_escaped_underscore_is_no_opener_to_cut_from_an_empty_element() {
        // The second `<em>`, which the parser re-created, continued the first and wrote no opener.
        assert_eq!(markdown_of("<p>council<a href='/x'><em>_<a href='/y'></a></em></a> meets</p>"), "council\\_ meets");
    }

    #[test]
    fn pairs_that_a_pair_left_out_parted_or_unsettled_are_settled_again() {
        // Bold runs that only the italics parted are one run.
        assert_eq!(markdown_of("<p>council<em><b>council</em>meets</b></p>"), "council**councilmeets**");
        // Italics left out leave the bold after them between a letter and punctuation.
        assert_eq!(markdown_of("<p>council<i>council<strong></i>, council</strong></p>"), "councilcouncil, council");
    }

    #[test]
    fn italics_beside_a_letter_take_asterisks_and_italics_around_no_letter_are_left_out() {
        let markdown = markdown_of("<p>S<i>amurai Champloo</i> and <i>G-SYNC</i>NVIDIA, Showgirl<i>,</i> which, said<i>\"so\"</i> once</p>");
        assert_eq!(markdown, "S*amurai Champloo* and *G-SYNC*NVIDIA, Showgirl, which, said\"so\" once");
        let html = "<p>An <i>italic</i> word, <b><i>both</i></b>, <code>read_file</code>, <a href='/x_y'>a_b</a>_<i>c</i></p>";
        assert_eq!(linked_markdown_of(html), "An _italic_ word, **_both_**, `read_file`, [a\\_b](/x_y)\\__c_");
    }

    #[test]
    fn inline_code_is_not_escaped() {
        let markdown = markdown_of("<p>Call <code>read_file</code> on <code>Box&lt;dyn Error&gt;</code>, not read_file.</p>");
        assert_eq!(markdown, "Call `read_file` on `Box<dyn Error>`, not read\\_file.");
    }

    #[test]
    fn inline_code_holds_no_markup_no_line_break_and_no_span_beside_it() {
        // Markup inside inline code would be printed: the code span is all there is.
        let markdown = markdown_of("<p><code>TABLESAMPLE <i><code>sampling_method</code></i> ( <b>seed</b> )</code> runs.</p>");
        assert_eq!(markdown, "`TABLESAMPLE sampling_method ( seed )` runs.");
        // Nor can it break a line: a space stands for the break.
        assert_eq!(markdown_of("<p>Run <code>make<br>make install</code> now.</p>"), "Run `make make install` now.");
        // Code spans that only italics left out parted are one span.
        assert_eq!(markdown_of("<p>council<em><code>make</code></em><code>install</code> now</p>"), "council`makeinstall` now");
    }

    #[test]
    fn a_permalinks_symbol_is_not_text() {
        let html = "<h2 id=cache>Cache middleware<a class=headerlink href='#cache'>¶</a></h2>\
                    <p>Read on.<sup><a href='#fn1'>1</a></sup></p><p>A footnote. <a href='#fnref1'>↩︎</a></p>";
        let page = segment(html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["Cache middleware", "Read on.1", "A footnote."]);
    }

    #[test]
    fn a_headings_permalink_is_not_a_link_but_a_linked_headline_is() {
        let page = segment("<h2 id=setup><a href='#setup'>Setup</a></h2><h2><a href='/story'>Other story</a></h2><p><a href='#setup'>back</a></p>", &Options::default()).unwrap();
        let link_chars: Vec<usize> = page.blocks.iter().map(|b| b.link_chars).collect();
        assert_eq!(link_chars, [0, "Other story".len(), "back".len()]);
    }

    #[test]
    fn containers_record_tag_class_and_parent() {
        let page = segment("<div class='Entry Body' id=main><p>t</p></div>", &Options::default()).unwrap();
        let block = &page.blocks[0];
        let own = &page.elements[block.container.unwrap() as usize];
        let parent = &page.elements[own.parent.unwrap() as usize];
        assert_eq!(own.tag, "p");
        assert_eq!(parent.class_id, "entry body main");
        assert_eq!(block.path(&page.elements), "body > div.entry > p");
    }

    #[test]
    fn head_title_meta_and_lang_are_read() {
        let page = segment(
            "<html lang=fr><head><title> A  title </title><meta property='og:site_name' content='Site'></head><body></body></html>",
            &Options::default(),
        ).unwrap();
        assert_eq!(page.head.title.as_deref().map(collapse_whitespace).as_deref(), Some("A title"));
        assert_eq!(page.head.meta_content(&["og:site_name"]), Some("Site"));
        assert_eq!(page.head.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn json_ld_canonical_and_time_are_read_and_scripts_stay_out_of_blocks() {
        let page = segment(
            "<head><link rel='canonical' href=' https://x/a '><script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script>\
             <script>var x = 1;</script></head><body><p>text <time datetime='2024-01-02'>2 Jan</time></p></body>",
            &Options::default(),
        ).unwrap();
        assert_eq!(page.head.json_ld, ["{\"@type\":\"NewsArticle\"}"]);
        assert_eq!(page.head.canonical.as_deref(), Some("https://x/a"));
        assert_eq!(page.head.times, ["2024-01-02"]);
        assert_eq!(texts(&page), ["text 2 Jan"]);
    }

    #[test]
    fn deep_nesting_is_bounded_and_does_not_overflow() {
        let html = "<div>".repeat(3_000) + "deep text" + &"</div>".repeat(3_000);
        let page = segment(&html, &Options::default()).unwrap();
        assert_eq!(texts(&page), ["deep text"]);
        assert!(page.blocks[0].ancestors(&page.elements).count() <= MAX_CONTAINER_DEPTH);
    }

    #[test]
    fn the_first_microdata_author_is_read_by_its_name_when_it_has_one() {
        let page = |inner: &str| segment(&format!("<html><body>{inner}<p>Text of the post, long enough to be a block of its own.</p></body></html>"), &Options::default()).unwrap();
        let named = page(r#"<div itemprop="author" itemscope><a><span itemprop="name">Ralston18</span></a> Titan Moderator</div><div itemprop="author">Second</div>"#);
        assert_eq!(named.head.item_author.map(|(_, name)| name).as_deref(), Some("Ralston18"));
        let plain = page(r#"<a itemprop="author"> hayley.p </a>"#);
        assert_eq!(plain.head.item_author.map(|(_, name)| name).as_deref(), Some("hayley.p"));
        let meta_name = page(r#"<span itemprop="author" itemscope><meta itemprop="name" content="blumo">blumo (Blue)</span>"#);
        assert_eq!(meta_name.head.item_author.map(|(_, name)| name).as_deref(), Some("blumo"));
        assert_eq!(page("<p>No author here at all.</p>").head.item_author, None);
    }

    #[test]
    fn the_first_short_text_classed_as_a_user_or_an_author_is_read_with_its_block() {
        let page = |inner: &str| segment(&format!("<html><body><p>Thread title of the page</p>{inner}</body></html>"), &Options::default()).unwrap();
        let author = |inner: &str| page(inner).head.class_author;
        // A bio is too long to be a name: the next element so classed is read.
        let bio_then_name = r#"<div class="author-bio">Ann Lee writes about gardens and the people who keep them.</div><dl><dt><a class="username">b.scherer</a></dt></dl>"#;
        assert_eq!(author(bio_then_name), Some((2, "b.scherer".to_string())));
        assert_eq!(author(r#"<shreddit-post author="ControlCAD"><p>Post text.</p></shreddit-post>"#), Some((1, "ControlCAD".to_string())));
        assert_eq!(author(r#"<p>By <span class="forum-post-author">Pepper Pot</span></p>"#), Some((1, "Pepper Pot".to_string())));
        // Near misses: a class that only starts like one, and no class at all.
        assert_eq!(author(r#"<ul><li class="authorization-link">Sign In</li></ul>"#), None);
        assert_eq!(author("<p>No author here at all.</p>"), None);
    }
}
