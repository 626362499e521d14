//! Guards before parsing: html5ever spends time or memory out of all
//! proportion to a page's size on a few shapes of page, so they are cut down
//! to size first, and a page of more than [`MAX_TAGS`] tags is refused. The
//! scan is linear and only the rare page that needs it is copied.
//!
//! - Depth: the tree builder's time grows with the square of the depth of
//!   open elements (100,000 nested `<div>`s take about a minute), and each
//!   stray end tag walks all of them, so start and end tags deeper than
//!   [`MAX_PARSE_DEPTH`] are removed, keeping their text. Depth is estimated from tags alone, without a tree: void elements
//!   and elements whose end tag may be omitted (`p`, `li`, `td`...) are not
//!   counted, so unclosed paragraphs in ordinary pages never trigger it.
//! - Attributes: the tokenizer checks each attribute of a tag against those
//!   before it (200,000 on one tag take about 9 s), so attributes past
//!   [`MAX_TAG_ATTRIBUTES`] are removed.
//! - Unclosed formatting: the tree builder re-creates every formatting
//!   element (`<b>`, `<font>`...) still unclosed inside each later
//!   paragraph, so a thousand unclosed `<b>`s before twenty thousand short
//!   paragraphs make twenty million elements (a 91 KB page took 15 s and
//!   3.5 GB). Formatting start tags past [`MAX_UNCLOSED_FORMATTING`] unclosed
//!   are removed, keeping their text (their end tags then close nothing).

use std::borrow::Cow;

use crate::model::Error;

/// A page with more tags than this is refused before it is parsed: the
/// parsed tree and the blocks take a few hundred bytes for each, so a page
/// of short tags (`<p>x`) would take a hundred times its size in memory. The
/// largest of the 1,585 pages of wcxb and aeb-dev holds about 22,000 tags; a
/// 50 MB page of 190-byte paragraphs holds 530,000.
pub const MAX_TAGS: usize = 1_000_000;

/// Deeper than this, start tags (and the end tags that close them) are
/// dropped. Besides the square of the depth, each end tag that closes
/// nothing (`</p>`) costs the tree builder a walk down the open elements:
/// 200,000 of them under 1,000 `<div>`s took 1.2 s. The deepest of the 1,585
/// pages of wcxb and aeb-dev reaches 130 by this count (99% stay under 40).
pub const MAX_PARSE_DEPTH: usize = 256;

/// A tag's attributes past this many are dropped; real pages put a few dozen on a tag at most.
pub const MAX_TAG_ATTRIBUTES: usize = 1000;

/// Formatting start tags past this many unclosed are dropped, so that each
/// paragraph costs the parser this many re-created elements at most.
/// Counted from the tags alone, which never see a table cell close them; even
/// so, none of the 1,585 pages of wcxb and aeb-dev goes past 8.
pub const MAX_UNCLOSED_FORMATTING: usize = 8;

/// The formatting elements the tree builder re-creates while they stay
/// unclosed: the HTML standard's list but `a`, which a new `<a>` closes.
const FORMATTING: [&str; 13] = ["b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];

/// `html` unchanged when it nests no deeper than [`MAX_PARSE_DEPTH`], no
/// tag has more than [`MAX_TAG_ATTRIBUTES`] and no more than
/// [`MAX_UNCLOSED_FORMATTING`] formatting elements are left unclosed;
/// otherwise a copy with the excess tags and attributes removed. A page
/// with more than [`MAX_TAGS`] tags is an error.
pub fn cap_parse_cost(html: &str) -> Result<Cow<'_, str>, Error> {
    let (mut depth, mut tags, mut costly) = (0usize, 0usize, false);
    let mut unclosed = UnclosedFormatting::default();
    for tag in Tags::new(html) {
        match tag.kind {
            TagKind::Open => depth += 1,
            TagKind::Close => depth = depth.saturating_sub(1),
            TagKind::Other => {}
        }
        let too_much_formatting = !unclosed.has_room_for(&tag);
        unclosed.count(&tag);
        costly |= depth > MAX_PARSE_DEPTH || tag.excess_attributes.is_some() || too_much_formatting;
        tags += 1;
        if tags > MAX_TAGS {
            return Err(Error::TooManyParts { what: "tags", limit: MAX_TAGS });
        }
    }
    if !costly {
        return Ok(Cow::Borrowed(html));
    }
    // Whether each open element's tags were kept, innermost last.
    let mut kept: Vec<bool> = Vec::new();
    let mut unclosed = UnclosedFormatting::default();
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for tag in Tags::new(html) {
        let keep = match tag.kind {
            // A formatting start tag past the limit (`<b/>` opens a `<b>` all the
            // same) goes, and the tags around it pair as if it never stood.
            _ if !unclosed.has_room_for(&tag) => false,
            TagKind::Open => {
                let keep = kept.len() < MAX_PARSE_DEPTH;
                kept.push(keep);
                keep
            }
            // An end tag whose start tag went closes nothing: it stays, pairing with nothing.
            TagKind::Close if !unclosed.closes_one(&tag) => true,
            TagKind::Close => kept.pop().unwrap_or(true),
            TagKind::Other => true,
        };
        if !keep {
            out.push_str(&html[copied..tag.start]);
            copied = tag.end;
            continue;
        }
        unclosed.count(&tag);
        if let Some(cut) = tag.excess_attributes {
            out.push_str(&html[copied..cut]);
            out.push('>');
            copied = tag.end;
        }
    }
    out.push_str(&html[copied..]);
    Ok(Cow::Owned(out))
}

/// The formatting elements left unclosed so far, as the tags alone tell:
/// a start tag opens one, an end tag of its name closes one.
#[derive(Default)]
struct UnclosedFormatting {
    by_name: [usize; FORMATTING.len()],
    total: usize,
}

impl UnclosedFormatting {
    /// Whether `tag` may stand: it is no formatting start tag, or fewer than
    /// [`MAX_UNCLOSED_FORMATTING`] are unclosed.
    fn has_room_for(&self, tag: &Tag) -> bool {
        tag.formatting.is_none() || tag.end_tag || self.total < MAX_UNCLOSED_FORMATTING
    }

    /// Whether `tag` is a formatting end tag with an unclosed element of its
    /// name to close, or no formatting tag at all.
    fn closes_one(&self, tag: &Tag) -> bool {
        tag.formatting.is_none_or(|name| self.by_name[name] > 0)
    }

    /// Counts a kept tag in.
    fn count(&mut self, tag: &Tag) {
        let Some(name) = tag.formatting else { return };
        if !tag.end_tag {
            self.by_name[name] += 1;
            self.total += 1;
        } else if self.by_name[name] > 0 {
            self.by_name[name] -= 1;
            self.total -= 1;
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TagKind {
    /// A start tag that opens an element with a required end tag.
    Open,
    /// An end tag of such an element.
    Close,
    /// Anything else: comments, void and optional-end elements, raw text.
    Other,
}

/// A tag's byte range in the page.
#[derive(Debug)]
struct Tag {
    start: usize,
    end: usize,
    kind: TagKind,
    /// Where the first [`MAX_TAG_ATTRIBUTES`] attributes end, if the tag has more.
    excess_attributes: Option<usize>,
    /// For a tag of a formatting element, its place in [`FORMATTING`].
    formatting: Option<usize>,
    /// Whether this is an end tag (`</b>`).
    end_tag: bool,
}

/// Walks the tags of a page without building a tree.
struct Tags<'a> {
    html: &'a str,
    at: usize,
}

impl<'a> Tags<'a> {
    fn new(html: &'a str) -> Self {
        Tags { html, at: 0 }
    }
}

impl Iterator for Tags<'_> {
    type Item = Tag;

    fn next(&mut self) -> Option<Tag> {
        let bytes = self.html.as_bytes();
        loop {
            // (memchr's search, not `str::find`'s: the text between tags is most of a page.)
            let start = self.at + memchr::memchr(b'<', &bytes[self.at..])?;
            let rest = &self.html[start..];
            if rest.starts_with("<!--") {
                self.at = memchr::memmem::find(rest.as_bytes(), b"-->").map_or(bytes.len(), |i| start + i + 3);
                return Some(Tag { start, end: self.at, kind: TagKind::Other, excess_attributes: None, formatting: None, end_tag: false });
            }
            let closing = rest.as_bytes().get(1) == Some(&b'/');
            let name_start = start + 1 + usize::from(closing);
            let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':').count();
            if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
                // `<` that starts no tag (text, `<!doctype>`, `<?xml`): step past it.
                self.at = start + 1;
                if rest.starts_with("<!") || rest.starts_with("<?") {
                    self.at = rest.find('>').map_or(bytes.len(), |i| start + i + 1);
                    return Some(Tag { start, end: self.at, kind: TagKind::Other, excess_attributes: None, formatting: None, end_tag: false });
                }
                continue;
            }
            let mut lower = [0u8; NAME_BUFFER];
            let name = lowercase_name(&bytes[name_start..name_start + name_len], &mut lower);
            let end = tag_end(bytes, name_start + name_len);
            self.at = end;
            let excess_attributes = excess_attributes(&bytes[..end], name_start + name_len);
            let formatting = FORMATTING.iter().position(|&element| element == name);
            let self_closing = end >= 2 && bytes[end - 2] == b'/';
            let counted = !is_void_or_optional_end(name);
            let kind = match (closing, counted && !self_closing) {
                (false, true) => TagKind::Open,
                (true, true) if counted => TagKind::Close,
                _ => TagKind::Other,
            };
            if !closing && is_raw_text(name) {
                // Skip the element's text: `<` inside a script is not a tag.
                self.at = raw_text_end(self.html, end, name);
                return Some(Tag { start, end, kind: TagKind::Other, excess_attributes, formatting, end_tag: closing });
            }
            return Some(Tag { start, end, kind, excess_attributes, formatting, end_tag: closing });
        }
    }
}

/// Tag names longer than this are no element this module knows by name.
const NAME_BUFFER: usize = 16;

/// The tag name in lower case, in `buffer`; a longer name comes back empty.
fn lowercase_name<'b>(name: &[u8], buffer: &'b mut [u8; NAME_BUFFER]) -> &'b str {
    if name.len() > NAME_BUFFER {
        return "";
    }
    for (slot, byte) in buffer.iter_mut().zip(name) {
        *slot = byte.to_ascii_lowercase();
    }
    std::str::from_utf8(&buffer[..name.len()]).unwrap_or("")
}

/// Where the raw text of element `name`, starting at `from`, ends: at its `</name`, or at the end.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    // (memmem: a script runs to many kilobytes, and `str::find` with a
    // two-byte needle does not scan them as fast.)
    while let Some(i) = memchr::memmem::find(&html.as_bytes()[at..], b"</") {
        let candidate = at + i;
        let after = &html.as_bytes()[candidate + 2..];
        if after.len() >= name.len() && after[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return candidate;
        }
        at = candidate + 2;
    }
    html.len()
}

/// The index just past the `>` ending a tag whose name ends at `from`, minding quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(i) = memchr::memchr3(b'>', b'"', b'\'', &bytes[at..]) {
        let found = at + i;
        match bytes[found] {
            b'>' => return found + 1,
            quote => match memchr::memchr(quote, &bytes[found + 1..]) {
                Some(close) => at = found + 1 + close + 1,
                None => return bytes.len(),
            },
        }
    }
    bytes.len()
}

/// Where the first [`MAX_TAG_ATTRIBUTES`] attributes end in a
/// tag whose attributes run from `from` to the end of `tag`; `None` when the
/// tag has no more than that.
fn excess_attributes(tag: &[u8], from: usize) -> Option<usize> {
    // Each attribute takes two bytes at least (a space and a name): a short tag has few.
    if tag.len() - from <= 2 * MAX_TAG_ATTRIBUTES {
        return None;
    }
    let skip = |mut at: usize, skipped: fn(u8) -> bool| {
        while at < tag.len() && skipped(tag[at]) {
            at += 1;
        }
        at
    };
    let mut at = from;
    for _ in 0..MAX_TAG_ATTRIBUTES {
        // A name, then an optional `=` and a value, quoted or not.
        at = skip(at, |b| b.is_ascii_whitespace() || b == b'/');
        at = skip(at, |b| !(b.is_ascii_whitespace() || matches!(b, b'=' | b'>' | b'/')));
        at = skip(at, |b| b.is_ascii_whitespace());
        if tag.get(at) == Some(&b'=') {
            at = skip(at + 1, |b| b.is_ascii_whitespace());
            at = match tag.get(at) {
                Some(&quote @ (b'"' | b'\'')) => memchr::memchr(quote, &tag[at + 1..]).map_or(tag.len(), |i| at + 1 + i + 1),
                _ => skip(at, |b| !(b.is_ascii_whitespace() || b == b'>')),
            };
        }
    }
    let next = skip(at, |b| b.is_ascii_whitespace() || b == b'/');
    (next < tag.len() && tag[next] != b'>').then_some(at)
}

/// Elements that never nest: void elements, and those whose end tag may be omitted.
fn is_void_or_optional_end(name: &str) -> bool {
    matches!(
        name,
        "area" | "base" | "br" | "col" | "embed" | "hr" | "img" | "input" | "link" | "meta" | "param" | "source"
            | "track" | "wbr" | "p" | "li" | "dt" | "dd" | "tr" | "td" | "th" | "tbody" | "thead" | "tfoot"
            | "option" | "optgroup" | "colgroup" | "caption" | "rb" | "rt" | "rp" | "rtc" | "html" | "head" | "body"
    )
}

/// Elements whose content is text, not markup.
fn is_raw_text(name: &str) -> bool {
    matches!(name, "script" | "style" | "textarea" | "title" | "xmp" | "iframe" | "noembed" | "noframes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_not_copied() {
        let page = "<div><p>one<p>two<ul><li>a<li>b</ul><script>if (a<b) {}</script></div>";
        assert!(matches!(cap_parse_cost(page).unwrap(), Cow::Borrowed(_)));
    }

    #[test]
    fn unclosed_paragraphs_do_not_count_as_depth() {
        let page = "<p>x".repeat(MAX_PARSE_DEPTH * 3);
        assert!(matches!(cap_parse_cost(&page).unwrap(), Cow::Borrowed(_)));
    }

    #[test]
    fn nesting_beyond_the_limit_loses_its_tags_but_keeps_its_text() {
        let depth = MAX_PARSE_DEPTH + 500;
        let page = "<div class=\"a>b\">".repeat(depth) + "deep text" + &"</div>".repeat(depth) + "<p>after</p>";
        let capped = cap_parse_cost(&page).unwrap();
        assert_eq!(capped.matches("<div").count(), MAX_PARSE_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_PARSE_DEPTH);
        assert!(capped.contains("deep text") && capped.ends_with("<p>after</p>"));
    }

    #[test]
    fn attributes_beyond_the_limit_are_dropped_and_the_first_kept() {
        let attributes: String = (0..MAX_TAG_ATTRIBUTES + 10).map(|n| format!(" a{n}='v {n}'")).collect();
        let page = format!("<p class=story{attributes} />text</p><p id=next>more</p>");
        let capped = cap_parse_cost(&page).unwrap();
        let last_kept = MAX_TAG_ATTRIBUTES - 2;
        assert!(capped.starts_with("<p class=story a0='v 0'"));
        assert!(capped.contains(&format!(" a{last_kept}='v {last_kept}'>text</p><p id=next>more</p>")), "{}", &capped[capped.len() - 80..]);
        assert!(!capped.contains(&format!("a{}=", last_kept + 1)));
    }

    #[test]
    fn formatting_left_unclosed_past_the_limit_loses_its_tags_but_keeps_its_text() {
        let opened: String = (0..MAX_UNCLOSED_FORMATTING + 5).map(|n| format!("<b id=b{n}>")).collect();
        let page = format!("<div>{opened}bold</div>{}<p><i/>x<b>y</b>", "<p>text".repeat(3));
        let capped = cap_parse_cost(&page).unwrap();
        assert_eq!(capped.matches("<b ").count(), MAX_UNCLOSED_FORMATTING, "{capped}");
        // Past the limit, even a formatting element that closes goes; its end tag stays.
        assert!(capped.ends_with(&format!("<b id=b{}>bold</div><p>text<p>text<p>text<p>xy</b>", MAX_UNCLOSED_FORMATTING - 1)), "{capped}");
        // Closed as they go, formatting tags are never too many.
        let closed = format!("<p>{}</p>", "<b>bold</b> <I>it</i> <br/>".repeat(MAX_UNCLOSED_FORMATTING * 3));
        assert!(matches!(cap_parse_cost(&closed).unwrap(), Cow::Borrowed(_)));
    }

    #[test]
    fn a_long_attribute_value_is_not_many_attributes() {
        let page = format!("<div data-props=\"{}\" class=x>text</div>", "a b c=d ".repeat(MAX_TAG_ATTRIBUTES));
        assert!(matches!(cap_parse_cost(&page).unwrap(), Cow::Borrowed(_)));
    }

    #[test]
    fn a_page_nested_300_deep_keeps_256_levels() {
        // A stray end tag walks every open element: 256 levels, not the 1,024 first allowed.
        let page = "<div>".repeat(300) + "deep";
        assert_eq!(cap_parse_cost(&page).unwrap().matches("<div>").count(), 256);
    }

    #[test]
    fn tags_inside_comments_and_scripts_are_not_counted() {
        let hidden = "<div>".repeat(MAX_PARSE_DEPTH + 1);
        for page in [format!("<!--{hidden}-->"), format!("<script>{hidden}</script>"), format!("<STYLE>{hidden}</Style>")] {
            assert!(matches!(cap_parse_cost(&page).unwrap(), Cow::Borrowed(_)), "{page:.40}");
        }
    }
}
