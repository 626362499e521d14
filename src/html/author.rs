//! The page's author as the markup marks them while the walk reads it: the
//! first `itemprop="author"` element, or the first element whose class
//! names a user or an author, and the name it holds.

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::collapse_whitespace;

use super::elements::{attribute, has_itemprop};

/// An element read for an author's name: a Person's `name` inside it, when
/// it has one, is the name; else its whole text is ("Ralston18 Titan
/// Moderator" holds a name and a rank).
#[derive(Default)]
pub(super) struct AuthorCapture {
    /// How many elements deep the walk is inside the author element.
    depth: usize,
    text: String,
    /// The depth of the open `itemprop="name"` element, if inside one.
    name_depth: Option<usize>,
    name: String,
}

impl AuthorCapture {
    pub(super) fn start() -> AuthorCapture {
        AuthorCapture { depth: 1, ..AuthorCapture::default() }
    }

    /// An element opens inside the author element.
    pub(super) fn enter(&mut self, element: &scraper::node::Element) {
        self.depth += 1;
        if self.name_depth.is_none() && self.name.is_empty() && has_itemprop(element, "name") {
            match attribute(element, "content") {
                Some(content) => self.name = content.to_string(),
                None => self.name_depth = Some(self.depth),
            }
        }
    }

    pub(super) fn push_text(&mut self, text: &str) {
        self.text.push_str(text);
        if self.name_depth.is_some() {
            self.name.push_str(text);
        }
    }

    /// An element closes; when it is the author element itself, the name it held.
    pub(super) fn leave(&mut self) -> Option<String> {
        if self.name_depth == Some(self.depth) {
            self.name_depth = None;
        }
        self.depth -= 1;
        if self.depth > 0 {
            return None;
        }
        let name = collapse_whitespace(&self.name);
        Some(if name.is_empty() { collapse_whitespace(&self.text) } else { name })
    }
}

/// A class that marks a user's or an author's name, as a token of the
/// attribute or a part of one between hyphens or underscores: a forum's
/// `username`, `message-author`, `author-name`, `posted-by`; not
/// `authorization-link`. (Its element must also hold a short text:
/// `author-box` bios are longer.)
pub(super) static CLASS_AUTHOR_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[\s_-])(?:user-?name|author(?:-?name)?|poster|creator|posted-?by)(?:[\s_-]|$)").expect("class author pattern is valid"));

/// A name read from a class ([`CLASS_AUTHOR_NAME`]) has at most this many
/// words; a longer text is a bio or a box of links.
pub(super) const CLASS_AUTHOR_MAX_WORDS: usize = 4;

/// Elements whose author is a photo's or a quotation's, not the page's.
pub(super) const CREDIT_TAGS: [&str; 3] = ["figure", "figcaption", "blockquote"];

pub(super) fn is_author_class(element: &scraper::node::Element) -> bool {
    // One search over the whole attribute: its tokens are parted by spaces, as a token's parts by hyphens.
    attribute(element, "class").is_some_and(|class| CLASS_AUTHOR_NAME.is_match(class))
}
