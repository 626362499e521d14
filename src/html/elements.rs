//! What an element is, read from its tag and its attributes alone: whether
//! it starts a block and of what kind, whether it never holds the page's
//! text or is hidden, whether it is a pop-up, an accordion's toggle or
//! panel, code, and the attributes the walk reads (a number, a link's address).

use html5ever::{local_name, LocalName};
use scraper::Node;

use crate::blocks::BlockKind;

/// The value of `element`'s attribute `name` (lower case, no namespace).
/// `Element::attr` interns the name as an atom first, and the walk reads a
/// few attributes of every element: comparing the strings costs less.
pub(super) fn attribute<'e>(element: &'e scraper::node::Element, name: &str) -> Option<&'e str> {
    element.attrs.iter().find(|(qualified, _)| qualified.ns == html5ever::ns!() && &*qualified.local == name).map(|(_, value)| &**value)
}

/// Whether `element`'s `itemprop` names `property` (one of its space-separated tokens).
pub(super) fn has_itemprop(element: &scraper::node::Element, property: &str) -> bool {
    attribute(element, "itemprop").is_some_and(|p| p.split_whitespace().any(|p| p == property))
}

/// An attribute's whole number, such as an `<ol start>` or an `<li value>`.
pub(super) fn number(value: &str) -> Option<u32> {
    value.trim().parse::<u32>().ok()
}

/// Elements that start and end a block of text.
pub(super) fn is_block_level(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("body")
            | local_name!("caption")
            | local_name!("center")
            | local_name!("dd")
            | local_name!("details")
            | local_name!("div")
            | local_name!("dl")
            | local_name!("dt")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("hr")
            | local_name!("html")
            | local_name!("legend")
            | local_name!("li")
            | local_name!("main")
            | local_name!("menu")
            | local_name!("nav")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("pre")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("tbody")
            | local_name!("td")
            | local_name!("tfoot")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("tr")
            | local_name!("ul")
    )
}

/// The kind of block an element makes of its own text, if it is paragraph-level;
/// `parent` is the container around it (a `<tr>` for a cell).
pub(super) fn own_block_kind(tag: &str, parent: Option<u32>) -> Option<BlockKind> {
    Some(match tag {
        "p" | "figcaption" | "caption" | "address" | "summary" | "legend" | "dt" | "dd" => BlockKind::Paragraph,
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" => BlockKind::ListItem { number: None },
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        "td" | "th" => BlockKind::Cell { header: tag == "th", row: parent.unwrap_or(0), column: 0, span: 1 },
        _ => return None,
    })
}

/// Whether `table` lays out a page's text rather than figures: one of its
/// own cells (not a cell of a table inside it) breaks a line twice in a row
/// (`<br><br>`), as old sites set their paragraphs apart in the cell that
/// holds the article. (A table of figures breaks a line in a cell once at
/// most: an address, a name and its title.) Each element is looked at by
/// its innermost table only, so nested tables cost no more than one pass.
pub(super) fn lays_out_text(table: ego_tree::NodeRef<Node>) -> bool {
    let is_br = |node: &ego_tree::NodeRef<Node>| node.value().as_element().is_some_and(|e| e.name.local == local_name!("br"));
    let shows_something = |node: &ego_tree::NodeRef<Node>| match node.value() {
        Node::Text(text) => !text.trim().is_empty(),
        Node::Element(_) => true,
        _ => false,
    };
    let mut to_visit: Vec<ego_tree::NodeRef<Node>> = table.children().collect();
    while let Some(node) = to_visit.pop() {
        let Some(element) = node.value().as_element() else { continue };
        if element.name.local == local_name!("table") {
            continue;
        }
        if is_br(&node) && node.next_siblings().find(shows_something).is_some_and(|next| is_br(&next)) {
            return true;
        }
        to_visit.extend(node.children());
    }
    false
}

/// Elements whose whole subtree never holds article text. (A ruby's
/// readings, `<rt>`, and the parentheses shown around them where ruby is not
/// supported, `<rp>`, are set over the text, not in it: 漢字 reads as 漢字,
/// not 漢(かん)字(じ).)
pub(super) fn is_never_content(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("template")
            | local_name!("svg")
            | local_name!("math")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("canvas")
            | local_name!("video")
            | local_name!("audio")
            | local_name!("select")
            | local_name!("textarea")
            | local_name!("button")
            | local_name!("input")
            | local_name!("label")
            | local_name!("dialog")
            | local_name!("rt")
            | local_name!("rp")
    )
}

/// What an element's attributes say of how it shows, read in one pass over them.
#[derive(Clone, Copy, Default)]
pub(super) struct Display {
    /// `hidden`, `aria-hidden="true"`, or an inline style that hides it.
    pub(super) hidden: bool,
    /// An inline style `white-space: pre` (or `pre-wrap`, `pre-line`): its whitespace is its text's.
    pub(super) white_space_pre: bool,
}

impl Display {
    pub(super) fn of(element: &scraper::node::Element) -> Display {
        let mut display = Display::default();
        for (name, value) in element.attrs() {
            match name {
                "hidden" => display.hidden = true,
                "aria-hidden" => display.hidden |= value.trim().eq_ignore_ascii_case("true"),
                "style" => {
                    let style = compact_style(value);
                    display.hidden |= style.contains("display:none") || style.contains("visibility:hidden");
                    display.white_space_pre = style.contains("white-space:pre");
                }
                _ => {}
            }
        }
        display
    }
}

/// An inline style without whitespace, lower-cased: `display:none;`.
fn compact_style(style: &str) -> String {
    style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase()
}

/// ARIA roles of what pops up over a page or flashes on it: a dialog (a
/// newsletter sign-up, a quick view, a country picker built from `<div>`s),
/// a tooltip, a live message ("Added to your cart"). No more the page's text
/// than a `<dialog>`.
pub(super) const POP_UP_ROLES: [&str; 5] = ["dialog", "alertdialog", "tooltip", "alert", "status"];

/// Whether the element's ARIA role is one of [`POP_UP_ROLES`].
pub(super) fn has_pop_up_role(element: &scraper::node::Element) -> bool {
    attribute(element, "role").map(str::trim).is_some_and(|role| POP_UP_ROLES.iter().any(|pop_up| role.eq_ignore_ascii_case(pop_up)))
}

/// Whether `element` is a permalink: a link to a place on the same page
/// (`href="#..."`) that shows a symbol and no word (`¶`, `#`, `§`, `🔗`, a
/// footnote's `↩`), set after a heading or a definition so a reader can
/// copy its address. A handle, not text: "Cache middleware¶" reads as
/// "Cache middleware".
pub(super) fn is_permalink(element: &scraper::node::Element, node: ego_tree::NodeRef<Node>) -> bool {
    element.name.local == local_name!("a")
        && attribute(element, "href").is_some_and(|href| href.trim_start().starts_with('#'))
        && !node.descendants().filter_map(|d| d.value().as_text()).any(|text| text.contains(char::is_alphanumeric))
}

/// Whether `element` is a `<template>` that declares a shadow root
/// (`shadowrootmode`, or the older `shadowroot`): a browser shows its
/// content in place of the element's own, where an ordinary template's
/// content is never shown.
pub(super) fn is_shadow_root(element: &scraper::node::Element) -> bool {
    element.name.local == local_name!("template") && (attribute(element, "shadowrootmode").is_some() || attribute(element, "shadowroot").is_some())
}

/// A button that opens and closes a panel (`aria-controls`, `aria-expanded`):
/// an accordion's or a tab's title, whose text heads the panel.
pub(super) fn is_disclosure_toggle(element: &scraper::node::Element) -> bool {
    element.name.local == local_name!("button") && (attribute(element, "aria-controls").is_some() || attribute(element, "aria-expanded").is_some())
}

/// Whether `node` is a collapsed panel of an accordion or a set of tabs: it
/// comes right after its toggle button or its heading, and is hidden only
/// until the reader opens it, so its text is the page's (an FAQ's answers).
pub(super) fn is_disclosure_panel(node: ego_tree::NodeRef<Node>) -> bool {
    let Some(previous) = node.prev_siblings().find_map(|sibling| sibling.value().as_element()) else { return false };
    is_disclosure_toggle(previous) || matches!(previous.name.local, local_name!("h2") | local_name!("h3") | local_name!("h4") | local_name!("h5") | local_name!("h6"))
}

/// Inline tags that style words inside a sentence: a browser sets two of
/// them side by side with no space between, and so does a page that means
/// it, unless a new word plainly starts (`runs_into_a_new_word`).
const WORD_STYLES: [&str; 11] = ["b", "strong", "i", "em", "u", "s", "mark", "sub", "sup", "small", "abbr"];

/// Whether `node`, an inline element, starts a new box of words against the
/// element just before it, with no whitespace between them (`<a>Shooter</a><a>Sandbox</a>`,
/// `<span class=name>Sally</span><span class=role>Parent</span>`): pages
/// style such neighbours apart (tags, chips, a name over its title), so
/// their words do not run together. Neighbours alike in tag, class, style
/// and link are one run of text that an editor split (`<span
/// style="font-weight: 400">`, Word's text runs), mid-word as often as not,
/// and a word's styled part (`<b>un</b><i>likely</i>`) is no box of its own; but
/// a capital right after a small letter or a figure, or a measure right
/// after a figure, opens a new item even there (`runs_into_a_new_word`):
/// a card's fields styled alike, a name in `<strong>` over its role in a
/// `<span>`, an album's artist linked and its title in `<em>`.
pub(super) fn starts_inline_box(element: &scraper::node::Element, node: ego_tree::NodeRef<Node>) -> bool {
    // A `<wbr>` marks where a long word may break, with no space: it is passed over.
    let is_word_break = |node: &ego_tree::NodeRef<Node>| node.value().as_element().is_some_and(|e| e.name.local == local_name!("wbr"));
    if is_word_break(&node) || is_block_level(&element.name.local) {
        return false;
    }
    let previous_node = node.prev_siblings().find(|sibling| !is_word_break(sibling) && !sibling.value().is_comment());
    let Some(previous_node) = previous_node else { return false };
    let Some(previous) = previous_node.value().as_element() else { return false };
    let alike = |name: &str| attribute(element, name) == attribute(previous, name);
    let styles_words = |e: &scraper::node::Element| WORD_STYLES.contains(&&*e.name.local);
    let same_run = element.name.local == previous.name.local && alike("class") && alike("style") && alike("href");
    if is_block_level(&previous.name.local) {
        return false;
    }
    if styles_words(element) || styles_words(previous) {
        return runs_into_a_new_word(previous_node, node);
    }
    !same_run || runs_into_a_new_word(previous_node, node)
}

/// Whether two neighbours alike in markup still hold two items: the first
/// ends in a small letter or a figure and the second opens with a capital
/// ("Dec 17, 2025" then "Julian K. Arni", "1h 54m" then "R": a card's
/// fields styled one way), or the first ends in a figure and the second
/// opens with a word of figures and letters ("2026" then "1h 54m"). An
/// editor's split run goes on mid-word in small letters ("colleges f", "or
/// you"), and a capital after a small letter starts a word in running text.
fn runs_into_a_new_word(previous: ego_tree::NodeRef<Node>, node: ego_tree::NodeRef<Node>) -> bool {
    let last = visible_texts(previous).last().and_then(|t| t.chars().last());
    let first_text = visible_texts(node).next().unwrap_or_default();
    let (Some(last), Some(first)) = (last, first_text.chars().next()) else { return false };
    // A figure then a measure ("2026" then "1h 54m", "U+00B5" then "0x C2"),
    // where a number split in two ("287" then "1") goes on in figures.
    let opens_a_measure = || first_text.split_whitespace().next().is_some_and(|word| word.chars().any(char::is_alphabetic));
    ((last.is_lowercase() || last.is_ascii_digit()) && first.is_uppercase()) || (last.is_ascii_digit() && first.is_ascii_digit() && opens_a_measure())
}

/// The text nodes under `node` that hold more than whitespace, trimmed.
fn visible_texts<'a>(node: ego_tree::NodeRef<'a, Node>) -> impl Iterator<Item = &'a str> {
    node.descendants().filter_map(|d| d.value().as_text().map(|t| t.trim())).filter(|t| !t.is_empty())
}

/// Whether an element's whitespace is its text's, as a `<pre>`'s is (an
/// element styled `white-space: pre` is too; see [`Display`]): a `<pre>`, or,
/// when it `stands_alone` (not inside a paragraph or other code), a `<code>`
/// whose text breaks lines: a code block written without `<pre>`.
pub(super) fn is_preformatted(element: &scraper::node::Element, node: ego_tree::NodeRef<Node>, stands_alone: impl FnOnce() -> bool) -> bool {
    match element.name.local {
        local_name!("pre") => true,
        local_name!("code") => stands_alone() && node.descendants().any(|d| d.value().as_text().is_some_and(|t| t.contains('\n'))),
        _ => false,
    }
}

/// Code languages that name none: a highlighter's default or its off switch.
const NO_LANGUAGE: &[&str] = &["none", "default", "nohighlight", "plaintext", "text", "plain"];

/// The language a highlighter's class names: `language-rust`, `lang-js`
/// (Prism, highlight.js), `highlight-source-python` (GitHub), `highlight-python`
/// (Sphinx), `brush: js` or `brush:js` (SyntaxHighlighter, which MDN's and many
/// blogs' pages still write).
pub(super) fn code_language(class: &str) -> Option<String> {
    let mut tokens = class.split_whitespace();
    std::iter::from_fn(|| {
        let token = tokens.next()?;
        Some(match token {
            "brush:" => tokens.next(),
            _ => ["brush:", "language-", "lang-", "highlight-source-", "highlight-"].iter().find_map(|prefix| token.strip_prefix(prefix)),
        })
    })
    .find_map(|name| {
        let name = name?;
        let is_name = !name.is_empty() && name.len() <= 32 && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '-' | '_' | '.'));
        let name = name.to_ascii_lowercase();
        (is_name && !NO_LANGUAGE.contains(&name.as_str())).then_some(name)
    })
}

/// The schemes a link or an image keeps in the output: the web's, mail's
/// and the phone's. A `javascript:`, `vbscript:` or `data:` address in
/// Markdown is a script, or a page, that runs when the reader clicks it.
const WEB_SCHEMES: [&str; 5] = ["http", "https", "ftp", "mailto", "tel"];

/// Whether `address` is relative or has one of `WEB_SCHEMES`, read as a
/// browser reads it (any case, tabs and newlines inside ignored).
pub(super) fn is_web_address(address: &str) -> bool {
    match url::Url::parse(address) {
        Ok(url) => WEB_SCHEMES.contains(&url.scheme()),
        Err(url::ParseError::RelativeUrlWithoutBase) => true,
        Err(_) => false,
    }
}
