//! The one block model that both input paths produce and the classifier reads.
//!
//! The HTML path fills `elements` with the block-level elements it walked
//! (tag, class and id, parent), and gives every block the chain of elements
//! it sits in. The text path has no markup: its blocks are lines, with no
//! elements, and it records the source line and whether a blank line came
//! before. Everything downstream works on [`Page`] alone.

use std::borrow::Cow;

use serde::Serialize;

/// Why a block is, or is not, part of the article body. The set is fixed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// Article text: kept.
    Body,
    /// A crosshead or dek inside the article: kept.
    Heading,
    /// The headline (kept out of the text; it is the title).
    Title,
    /// Who wrote it.
    Byline,
    /// When it was published.
    Date,
    /// Photo captions and credits.
    Caption,
    /// ALSO READ, READ MORE, Related, More From This Section.
    Related,
    /// Subscribe, paywall, pricing, plans, newsletter sign-up.
    Subscription,
    /// Share buttons and counts.
    Share,
    /// Menus, breadcrumbs, Next Story.
    Navigation,
    /// Advertisements and sponsored notes.
    Ad,
    /// Readers' comments and the furniture around them.
    Comments,
    /// Cookie notices, copyright, terms.
    Legal,
    /// Anything else dropped.
    Boilerplate,
}

impl Label {
    /// Every label, in the order the README lists them.
    pub const ALL: [Label; 14] = [
        Label::Body,
        Label::Heading,
        Label::Title,
        Label::Byline,
        Label::Date,
        Label::Caption,
        Label::Related,
        Label::Subscription,
        Label::Share,
        Label::Navigation,
        Label::Ad,
        Label::Comments,
        Label::Legal,
        Label::Boilerplate,
    ];

    /// The label's name, as `--explain` and JSON write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Body => "body",
            Label::Heading => "heading",
            Label::Title => "title",
            Label::Byline => "byline",
            Label::Date => "date",
            Label::Caption => "caption",
            Label::Related => "related",
            Label::Subscription => "subscription",
            Label::Share => "share",
            Label::Navigation => "navigation",
            Label::Ad => "ad",
            Label::Comments => "comments",
            Label::Legal => "legal",
            Label::Boilerplate => "boilerplate",
        }
    }

    /// Body text and headings are what the cleaner emits; every other label is dropped.
    pub fn is_kept(self) -> bool {
        matches!(self, Label::Body | Label::Heading)
    }

    /// Labels of whole page regions that never hold the article: menus, share
    /// bars, related lists, comment threads, ads, subscription boxes, legal notices.
    pub fn is_chaff_region(self) -> bool {
        matches!(
            self,
            Label::Navigation | Label::Share | Label::Related | Label::Comments | Label::Ad | Label::Subscription | Label::Legal
        )
    }
}

/// The structural role of a block, as far as its source shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum BlockKind {
    /// A `<p>`, or a paragraph of plain text.
    Paragraph,
    /// `<h1>`..`<h6>`, with the level.
    Heading(u8),
    /// An `<li>`.
    ListItem {
        /// Its number in an `<ol>`, as the page shows it (counting from the
        /// list's `start`, or set by the item's `value`); `None` in a `<ul>`.
        number: Option<u32>,
    },
    /// A `<blockquote>`.
    Quote,
    /// A `<pre>`.
    Preformatted,
    /// A table cell: `<th>` or not, and the container of its row, so cells can be set out as rows again.
    Cell {
        /// A `<th>`.
        header: bool,
        /// The element index of the cell's row.
        row: u32,
        /// The first column it stands in, counting the cells before it in
        /// its row, their `colspan`s and the `rowspan`s of the rows above.
        column: u16,
        /// How many columns it spans.
        span: u16,
    },
    /// Text with no block element of its own: a bare run inside a `<div>`, or a line of plain text.
    Text,
}

impl BlockKind {
    /// The kind's name, as JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading(_) => "heading",
            BlockKind::ListItem { .. } => "list-item",
            BlockKind::Quote => "quote",
            BlockKind::Preformatted => "code",
            BlockKind::Cell { .. } => "cell",
            BlockKind::Text => "text",
        }
    }
}

/// One paragraph-level piece of the page.
#[derive(Clone, Debug)]
pub struct Block {
    /// The block's text, whitespace collapsed to single spaces, trimmed.
    pub text: String,
    /// Its structural role.
    pub kind: BlockKind,
    /// The innermost element the block sits in, an index into
    /// [`Page::elements`]: its own element for a `<p>`, `<li>` or `<h2>`;
    /// `None` on a text page. The elements around it are its parents'
    /// chain ([`Block::ancestors`]): each block holds one index, not a copy
    /// of the chain, so a page nested 250 deep costs no more per block.
    pub container: Option<u32>,
    /// Whether `container` is the block's own element rather than
    /// the container a bare text run sits in.
    pub own_element: bool,
    /// Characters of `text` that sit inside links.
    pub link_chars: usize,
    /// The 1-based source line, for text input; 0 for HTML.
    pub line: usize,
    /// Whether a blank line (text) or a block boundary (HTML) comes before the block.
    pub gap_before: bool,
    /// The text with its inline markup as Markdown (bold, italics, code, and
    /// links when [`Options::links`](crate::Options) asks for them), when it
    /// has any; `None` when the text, escaped, is its Markdown.
    pub markdown: Option<String>,
    /// The language a code block's class names (`language-rust`), lower-cased.
    pub code_language: Option<String>,
}

/// An image in the page (`<img>`), kept when [`Options::images`](crate::Options) asks for images.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Image {
    /// Its source, resolved against the page's address when one is known.
    pub src: String,
    /// Its `alt` text, whitespace collapsed; empty when it has none.
    pub alt: String,
    /// The innermost block-level element it sits in, if any.
    #[serde(skip)]
    pub container: Option<u32>,
    /// Where it sits among the blocks: before the block with this index.
    #[serde(skip)]
    pub position: usize,
}

/// A block-level element of an HTML page, kept for container scoring and hints.
#[derive(Clone, Debug)]
pub struct Element {
    /// The index of the enclosing element, if any.
    pub parent: Option<u32>,
    /// Lower-case tag name.
    pub tag: String,
    /// The `class` and `id` attributes and the ARIA `role`, lower-cased and joined by spaces.
    pub class_id: String,
    /// Where the `class` attribute stands in `class_id` (see [`Element::class`]).
    pub class_span: std::ops::Range<usize>,
    /// Whether the element is `<main>` or has `role="main"`: the page's mark for its primary content.
    pub main: bool,
}

/// How many elements `--explain` shows in a block's path.
const PATH_DEPTH: usize = 3;

impl Block {
    /// A line of plain text, as the text path makes blocks: no markup, no
    /// links; `line` is its 1-based source line.
    pub(crate) fn text_line(text: String, line: usize, gap_before: bool) -> Block {
        Block { text, kind: BlockKind::Text, container: None, own_element: false, link_chars: 0, line, gap_before, markdown: None, code_language: None }
    }

    /// Where the block sat: `line 12` on a text page, else its [`path`](Self::path).
    pub fn place(&self, elements: &[Element]) -> String {
        if self.line > 0 {
            format!("line {}", self.line)
        } else {
            self.path(elements)
        }
    }

    /// A short tag path for `--explain`, such as `div.entry > p`; empty for text input.
    pub fn path(&self, elements: &[Element]) -> String {
        let mut path: Vec<String> = self.ancestors(elements).take(PATH_DEPTH).map(|id| elements[id as usize].describe()).collect();
        path.reverse();
        path.join(" > ")
    }

    /// The elements the block sits in, innermost first: its container, then
    /// each parent out to the root.
    pub fn ancestors<'e>(&self, elements: &'e [Element]) -> impl Iterator<Item = u32> + 'e {
        ancestors(self.container, elements)
    }
}

/// Element `innermost` and the elements around it, innermost first.
pub fn ancestors(innermost: Option<u32>, elements: &[Element]) -> impl Iterator<Item = u32> + '_ {
    std::iter::successors(innermost, |&id| elements[id as usize].parent)
}

impl Element {
    /// The `class` attribute alone, lower-cased: what a template repeats, where ids differ.
    pub fn class(&self) -> &str {
        &self.class_id[self.class_span.clone()]
    }

    /// `div.entry-content`: the tag and its first class (or id), for `--explain`.
    pub fn describe(&self) -> String {
        match self.class_id.split_whitespace().next() {
            Some(class) => format!("{}.{}", self.tag, class),
            None => self.tag.clone(),
        }
    }
}

/// What the page's markup says about itself, gathered while segmenting.
#[derive(Clone, Debug, Default)]
pub struct Head {
    /// `<title>`, whitespace collapsed.
    pub title: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<meta name|property|itemprop=... content=...>` pairs, names lower-cased, in document order.
    pub meta: Vec<(String, String)>,
    /// The text of each `<script type="application/ld+json">`, in document order.
    pub json_ld: Vec<String>,
    /// `<link rel="canonical" href>`.
    pub canonical: Option<String>,
    /// The `datetime` of each `<time>`, in document order.
    pub times: Vec<String>,
    /// The text of the first element marked `itemprop="author"` (microdata)
    /// that has any: a thread's opening post names its author so. With it,
    /// the index of the block it is read in.
    pub item_author: Option<(usize, String)>,
    /// The first short text (a name) of an element whose class names a
    /// user or an author (`a.username`, `span.forum-post-author`), or an
    /// element's `author` attribute: a thread's first post names its author
    /// so. With it, the index of the block it is read in.
    pub class_author: Option<(usize, String)>,
}

impl Head {
    /// The first `content` of a `<meta>` with any of these names, in the order given.
    pub fn meta_content(&self, names: &[&str]) -> Option<&str> {
        names.iter().find_map(|name| {
            self.meta
                .iter()
                .find(|(key, value)| key == name && !value.trim().is_empty())
                .map(|(_, value)| value.trim())
        })
    }
}

/// A segmented page: blocks in document order, and the elements they refer to.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// Every block, in document order.
    pub blocks: Vec<Block>,
    /// The elements the blocks' `container`s index.
    pub elements: Vec<Element>,
    /// What the `<head>` says about the page.
    pub head: Head,
    /// The images, when asked for, in document order.
    pub images: Vec<Image>,
    /// A text page whose lines were cut where its blocks ran together or
    /// its sentences met (a page's `textContent`, a page on one line): a
    /// whole page's text, whatever chrome it shows.
    pub lines_cut: bool,
}

/// Characters that print nothing and join nothing: a zero-width space, a word
/// joiner, the invisible operators (a shop's listing sets an invisible
/// separator between every two letters), a zero-width no-break space (a
/// stray byte-order mark), a soft hyphen. Pages put them on otherwise empty
/// lines and inside words; they are dropped. So are control characters
/// other than whitespace (an escape sequence's ESC, a bell, a backspace): a
/// browser shows nothing for them, and a terminal that printed the output
/// would obey them. And the private use areas: what a page writes there is
/// an icon font's glyph (a heading's link icon, a search box's magnifier,
/// a social network's logo), no letter, and any other font prints a box.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}')
        || (c.is_control() && !c.is_whitespace())
}

/// `text` without the characters nobody sees (zero-width characters, soft
/// hyphens, control characters other than whitespace) and icon fonts'
/// glyphs in the private use areas; whitespace is left as it is.
pub fn drop_invisible(text: &str) -> Cow<'_, str> {
    // Every invisible character is a control byte or outside ASCII: most text is checked in one fast pass.
    let may_hold_invisible = text.bytes().any(|b| !(b' '..=b'~').contains(&b) && !b.is_ascii_whitespace());
    if may_hold_invisible && text.contains(is_invisible) {
        text.chars().filter(|&c| !is_invisible(c)).collect::<String>().into()
    } else {
        text.into()
    }
}

/// Whether `c` shows nothing in the text output: whitespace, or a character
/// that [`collapse_whitespace`] drops (an invisible one, a joiner at a word's edge).
pub(crate) fn shows_nothing(c: char) -> bool {
    c.is_whitespace() || is_invisible(c) || JOINERS.contains(&c)
}

/// A zero-width joiner and non-joiner join the characters on either side (an
/// emoji's parts, a Persian word's); at a word's edge they join nothing: a
/// page's editor leaves them at the end of a paragraph or on an empty line.
const JOINERS: [char; 2] = ['\u{200C}', '\u{200D}'];

/// Han, kana and Thai: scripts written without spaces between words.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

/// The scripts of [`is_unspaced`] and hangul, whose words (spaced) are
/// long: a sentence in them is prose at fewer characters than in Latin.
pub(crate) fn is_cjk(c: char) -> bool {
    is_unspaced(c) || matches!(c as u32, 0xAC00..=0xD7AF)
}

/// Characters of a script written without spaces that count as one word
/// (a Chinese word has one to three, a Japanese phrase between its
/// particles about as many).
const UNSPACED_CHARS_PER_WORD: usize = 2;

/// How many words `text` holds: its runs between spaces, where a run in a
/// script written without spaces (Chinese, Japanese, Thai) counts one word
/// per `UNSPACED_CHARS_PER_WORD` of its characters of that script, so that
/// a paragraph of Japanese weighs as a paragraph and not as one word.
pub fn word_count(text: &str) -> usize {
    if text.is_ascii() {
        // (Byte by byte: a word starts at each byte that is no space after one that is.)
        let mut after_space = true;
        let mut words = 0;
        for &byte in text.as_bytes() {
            let space = is_ascii_white_space(byte);
            words += usize::from(after_space && !space);
            after_space = space;
        }
        return words;
    }
    text.split_whitespace().map(|run| run.chars().filter(|&c| is_unspaced(c)).count().div_ceil(UNSPACED_CHARS_PER_WORD).max(1)).sum()
}

/// Collapses runs of whitespace to one space, drops invisible characters
/// (and joiners at a word's edge) and trims the ends.
pub fn collapse_whitespace(text: &str) -> String {
    let visible = drop_invisible(text);
    if visible.is_ascii() {
        return collapse_ascii_white_space(&visible);
    }
    let mut out = String::with_capacity(text.len());
    let has_joiners = visible.contains(JOINERS);
    let words = visible.split_whitespace().map(|word| if has_joiners { word.trim_matches(JOINERS) } else { word });
    for word in words.filter(|word| !word.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `byte` is white space as [`char::is_whitespace`] reads ASCII:
/// the space, tab, line feed, vertical tab, form feed and carriage return.
fn is_ascii_white_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t'..=b'\r')
}

/// [`collapse_whitespace`] for ASCII text, which has no joiners and no white
/// space but ASCII's: the stretches between runs of white space are copied
/// whole (a single space between two words is one of them), not word by word.
fn collapse_ascii_white_space(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut at = bytes.iter().position(|&b| !is_ascii_white_space(b)).unwrap_or(bytes.len());
    let mut stretch = at;
    while at < bytes.len() {
        if !is_ascii_white_space(bytes[at]) {
            at += 1;
            continue;
        }
        if bytes[at] == b' ' && bytes.get(at + 1).is_some_and(|&next| !is_ascii_white_space(next)) {
            at += 2;
            continue;
        }
        out.push_str(&text[stretch..at]);
        at += bytes[at..].iter().position(|&b| !is_ascii_white_space(b)).unwrap_or(bytes.len() - at);
        if at < bytes.len() {
            out.push(' ');
        }
        stretch = at;
    }
    out.push_str(&text[stretch..]);
    out
}

/// Text made safe inside Markdown: characters that would start markup are
/// escaped, and so is a "&" that starts what reads as a character reference
/// ("&amp;", "&#39;"), which a reader would decode.
pub(crate) fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '\\' | '<' | '|') || (c == '&' && reads_as_reference(&text[at + 1..])) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether what follows a "&" reads as a character reference's name or
/// number and its ";" ("amp;", "#39;", "#x27;").
fn reads_as_reference(rest: &str) -> bool {
    let name = rest.strip_prefix('#').unwrap_or(rest);
    let length = name.bytes().take_while(u8::is_ascii_alphanumeric).count();
    (1..=32).contains(&length) && name.as_bytes().get(length) == Some(&b';')
}

/// A link's or an image's destination as Markdown writes it: spaces and
/// parentheses escaped, so that it ends where it should.
pub(crate) fn markdown_destination(url: &str) -> String {
    url.replace(' ', "%20").replace('(', "%28").replace(')', "%29")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_without_spaces_counts_a_word_per_two_characters() {
        assert_eq!(word_count("The bridge opens"), 3);
        assert_eq!(word_count("Straße über die Brücke"), 4);
        // Seven characters of Japanese, then a run that mixes in a Latin word.
        assert_eq!(word_count("港湾局は月曜日"), 4);
        assert_eq!(word_count("iPhoneを販売 2024年"), 3);
        // Korean spaces its words: they count as they are spaced.
        assert_eq!(word_count("이것은 긴 문장입니다"), 3);
    }

    #[test]
    fn collapse_whitespace_joins_words_with_single_spaces() {
        assert_eq!(collapse_whitespace("  a \n\t b   c "), "a b c");
        assert_eq!(collapse_whitespace(" \n "), "");
        assert_eq!(collapse_whitespace("\u{200B}"), "");
        assert_eq!(collapse_whitespace("a \u{200B} b\u{00AD}c \u{FEFF}"), "a bc");
        assert_eq!(collapse_whitespace("a\u{1b}[31mred\u{7} \u{9b}b\u{7f}"), "a[31mred b");
    }

    proptest::proptest! {
        /// ASCII text is collapsed and counted byte by byte, other text word by word: both read the same words.
        #[test]
        fn ascii_text_is_collapsed_and_counted_as_word_by_word(text in "[ a-c.\t\n\u{b}\u{c}\r\u{1b}]{0,60}") {
            let visible = drop_invisible(&text);
            proptest::prop_assert_eq!(collapse_whitespace(&text), visible.split_whitespace().collect::<Vec<_>>().join(" "));
            proptest::prop_assert_eq!(word_count(&text), text.split_whitespace().count());
        }
    }

    #[test]
    fn joiners_at_a_words_edge_are_dropped_and_inside_a_word_kept() {
        assert_eq!(collapse_whitespace("on their own.\u{200D}\n\u{200D}\n"), "on their own.");
        assert_eq!(collapse_whitespace("\u{200C} family 👨\u{200D}👩\u{200D}👧 می\u{200C}خواهم"), "family 👨\u{200D}👩\u{200D}👧 می\u{200C}خواهم");
    }

    #[test]
    fn only_body_and_heading_are_kept() {
        let kept: Vec<_> = Label::ALL.iter().filter(|l| l.is_kept()).collect();
        assert_eq!(kept, [&Label::Body, &Label::Heading]);
    }
}
