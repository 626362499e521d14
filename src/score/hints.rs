//! The **markup hints** that the container pass reads: what an element's tag,
//! role, class or id says it holds (`<nav>`, `class="share"`), inherited by
//! everything inside it. A hint on an element that encloses the article says
//! nothing about the article's parts; a class that names the content itself
//! (`article__share` is the article's share bar, `entry-content` the entry)
//! gets no chaff hint.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::blocks::{Block, BlockKind, Element, Label, Page};
use crate::model::{Rule, Switches};
use crate::patterns::{any_of, ClassRule, Matcher, CLASS_CONTENT, CLASS_LAYOUT, CLASS_RULES};

use super::container::Totals;

/// Elements that a `<figure>` may set out as content rather than caption:
/// a table, a paragraph, a list, code, a heading.
const FIGURE_CONTENT_TAGS: [&str; 12] = ["table", "p", "ul", "ol", "dl", "pre", "h1", "h2", "h3", "h4", "h5", "h6"];

/// Whether any of `CLASS_RULES` matches: most classes match none, and are read once.
static ANY_CLASS_RULE: LazyLock<Matcher> = LazyLock::new(|| any_of(&CLASS_RULES.iter().map(|rule| rule.table).collect::<Vec<_>>()));

/// `CLASS_CONTENT` or `CLASS_LAYOUT`, read at once.
static CONTENT_OR_LAYOUT: LazyLock<Matcher> = LazyLock::new(|| any_of(&[&CLASS_CONTENT, &CLASS_LAYOUT]));

/// What markup says an element holds: a label, the rule that says so, and the element it is on.
#[derive(Clone, Copy, Debug)]
pub(super) struct Hint {
    pub(super) label: Label,
    pub(super) rule: Rule,
    source: u32,
}

/// Labels that markup gives elements, inherited by what they hold.
pub(super) struct MarkupHints {
    /// Per element: the nearest hint on it or an ancestor.
    nearest: Vec<Option<Hint>>,
    /// Containers that enclose the article: their hints say nothing about its parts.
    encloses_article: Vec<bool>,
    tags: Vec<String>,
}

impl MarkupHints {
    /// No hints: a text page.
    pub(super) fn none() -> MarkupHints {
        MarkupHints { nearest: Vec::new(), encloses_article: Vec::new(), tags: Vec::new() }
    }

    pub(super) fn new(page: &Page, totals: &Totals, switches: Switches, thread: bool) -> MarkupHints {
        let n = page.elements.len();
        let mut nearest: Vec<Option<Hint>> = Vec::with_capacity(n);
        // Pages repeat the same tag and class on many elements: match each pair once.
        let mut seen: FxHashMap<(&str, &str), Option<(Label, Rule)>> = FxHashMap::default();
        let figure_content = switches.on(Rule::FigureContent);
        let anchors = if switches.on(Rule::HeadingAnchors) { spelled_anchors(page) } else { vec![false; n] };
        for (a, element) in page.elements.iter().enumerate() {
            let found = *seen.entry((&element.tag, &element.class_id)).or_insert_with(|| markup_label(element, switches, thread));
            let found = found.filter(|&(_, rule)| !(anchors[a] && rule != Rule::HintTag));
            let own = found.filter(|_| !totals.holds_most_of_page(a)).map(|(label, rule)| Hint { label, rule, source: a as u32 });
            // A figure's caption is its own: the table, code or text that it
            // sets out is content (a block editor wraps every table in one).
            let sets_out = figure_content && FIGURE_CONTENT_TAGS.contains(&element.tag.as_str());
            let from_figure = |hint: &Hint| page.elements[hint.source as usize].tag == "figure";
            let inherited = element.parent.and_then(|p| nearest[p as usize]).filter(|hint| !(sets_out && from_figure(hint)));
            nearest.push(own.or(inherited));
        }
        MarkupHints { nearest, encloses_article: vec![false; n], tags: page.elements.iter().map(|c| c.tag.clone()).collect() }
    }

    /// Drops every hint of `label`: what markup called a comment thread is the page.
    pub(super) fn forget(&mut self, label: Label) {
        for hint in &mut self.nearest {
            if hint.is_some_and(|h| h.label == label) {
                *hint = None;
            }
        }
    }

    /// Marks the containers around the article, whose hints stop counting.
    pub(super) fn set_article(&mut self, page: &Page, top: Option<u32>) {
        let mut node = top;
        while let Some(a) = node {
            self.encloses_article[a as usize] = true;
            node = page.elements[a as usize].parent;
        }
    }

    /// Whether container `a` is in a menu, comment thread, share bar, related
    /// list, ad slot, cookie banner or subscription box.
    pub(super) fn marks_chaff_region(&self, a: u32) -> bool {
        self.nearest[a as usize].is_some_and(|hint| hint.label.is_chaff_region())
    }

    /// The hint for `block`, unless it comes from an element around the article.
    /// The tag the hint comes from is returned too: it goes in the reason, and a
    /// `<figcaption>` is a caption whatever its length.
    pub(super) fn for_block(&self, block: &Block) -> Option<(Hint, &str)> {
        let hint = self.nearest[block.container? as usize]?;
        if self.encloses_article[hint.source as usize] {
            return None;
        }
        Some((hint, self.tags[hint.source as usize].as_str()))
    }
}

/// A heading's class or id that spells this many of its words or more is an
/// anchor made from them: no box of a site's template is named with a
/// whole phrase that a heading repeats. (A shorter one, `related-posts` on
/// "Related posts", may name the box.)
const ANCHOR_MIN_WORDS: usize = 3;

/// Per element: whether it is a heading whose class or id spells its own
/// words, as a table of contents' anchors are made (`id="the-child-tax-credit"`
/// on "The child tax credit", `ANCHOR_MIN_WORDS` words or more; or
/// Asciidoctor's `_discussion` on "DISCUSSION"): a name made from the text,
/// which says nothing of what kind of box the heading opens.
fn spelled_anchors(page: &Page) -> Vec<bool> {
    let mut anchors = vec![false; page.elements.len()];
    for block in &page.blocks {
        let Some(a) = block.container.filter(|_| block.own_element && matches!(block.kind, BlockKind::Heading(_))) else { continue };
        let words = block.text.split_whitespace().count();
        let spelled: String = block.text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        if spelled.is_empty() {
            continue;
        }
        anchors[a as usize] = page.elements[a as usize].class_id.split_whitespace().any(|token| {
            let compact: String = token.chars().filter(|c| c.is_alphanumeric()).collect();
            compact == spelled && (words >= ANCHOR_MIN_WORDS || token.starts_with('_'))
        });
    }
    anchors
}

/// What an element's tag, role, class or id say it holds, and the rule that
/// says so; `thread` when the page declares a discussion thread.
fn markup_label(element: &Element, switches: Switches, thread: bool) -> Option<(Label, Rule)> {
    let by_tag = match element.tag.as_str() {
        "nav" | "menu" => Some(Label::Navigation),
        "figcaption" | "figure" => Some(Label::Caption),
        "footer" | "aside" | "header" => Some(Label::Boilerplate),
        "html" | "body" | "main" | "article" => return None,
        _ => None,
    }
    .filter(|_| switches.on(Rule::HintTag));
    if by_tag.is_some() || names_content(&element.class_id) {
        return by_tag.map(|label| (label, Rule::HintTag));
    }
    let by_class = ANY_CLASS_RULE.is_match(&element.class_id).then(|| {
        CLASS_RULES.iter().find(|ClassRule { table, rule, .. }| switches.on(*rule) && table.is_match(&element.class_id))
    });
    let by_class = by_class.flatten().map(|rule| (rule.label, rule.rule));
    // A form is something to fill in (a search box, a sign-up, a product's
    // options and cart button), not something to read; but forum software
    // puts a thread's posts in one (to quote or moderate several at once).
    let form = element.tag == "form" && !thread && switches.on(Rule::HintForm);
    by_class.or(form.then_some((Label::Boilerplate, Rule::HintForm)))
}

/// Whether a class names the content itself, or the layout that holds it
/// (`c-layout-sidebar-left`: no sidebar). In BEM names (`article__share`)
/// the part after the last `__` is the element the class describes, and
/// `article` only names the block it belongs to.
fn names_content(class_id: &str) -> bool {
    class_id.split_whitespace().any(|token| {
        let element = token.rsplit("__").next().unwrap_or(token);
        CONTENT_OR_LAYOUT.is_match(element)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_union_of_the_class_tables_matches_where_one_of_them_does() {
        let classes = ["related-posts", "post-related", "xrelated", "comments_area", "Comments", "entry-content", "content", "sidebar", "", "nav menu", "c-layout-sidebar-left"];
        for class in classes {
            assert_eq!(ANY_CLASS_RULE.is_match(class), CLASS_RULES.iter().any(|rule| rule.table.is_match(class)), "{class:?}");
            assert_eq!(CONTENT_OR_LAYOUT.is_match(class), CLASS_CONTENT.is_match(class) || CLASS_LAYOUT.is_match(class), "{class:?}");
        }
        // Each table keeps its own anchors: no alternative joins another's.
        assert!(ANY_CLASS_RULE.is_match("post related") && !ANY_CLASS_RULE.is_match("unrelatedness"));
    }

    #[test]
    fn a_bem_element_of_the_article_is_not_the_article() {
        assert!(names_content("article-body pagination-first"));
        assert!(names_content("post__content"));
        assert!(!names_content("article__share"));
        assert!(!names_content("sidebar"));
        assert!(names_content("c-layout-sidebar-left has-sidebar"));
        assert!(!names_content("layout__right-sidebar"));
    }
}
