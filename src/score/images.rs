//! After the passes, with `Options::images`: which of the page's images are the article's.
//!
//! An image has no text to score, so it goes with the block it sits with:
//! the nearest block inside the innermost element that holds both (the
//! paragraph it is in, its figure's caption, else a neighbour in the body).
//! It is kept when that block is kept. A caption or the headline beside it
//! is not kept, yet a figure or a lead image belongs to the article, so then
//! the image is kept when the article's body is its next or last
//! neighbour, past the captions, headline, byline and date around it.

use std::collections::BTreeSet;

use crate::blocks::{Block, Element, Image, Label};
use crate::model::Verdict;

/// The images that go with the kept blocks, in document order, each source once.
pub(crate) fn kept_images(images: Vec<Image>, blocks: &[Block], elements: &[Element], verdicts: &[Verdict]) -> Vec<Image> {
    let mut kept: Vec<Image> = Vec::new();
    let mut sources: BTreeSet<String> = BTreeSet::new();
    for image in images {
        let Some(owner) = owner(&image, blocks, elements) else { continue };
        let goes_with_body = match verdicts[owner].label {
            label if label.is_kept() => true,
            Label::Caption | Label::Title => beside_body(owner, verdicts),
            _ => false,
        };
        if goes_with_body && sources.insert(image.src.clone()) {
            kept.push(image);
        }
    }
    kept
}

/// The block the image sits with: the block right after it, else the one
/// right before it, inside the image's innermost element; else inside the
/// element around that, and so on out.
fn owner(image: &Image, blocks: &[Block], elements: &[Element]) -> Option<usize> {
    let mut container = image.container;
    while let Some(id) = container {
        // An element's blocks are contiguous: any inside it sit right beside the image.
        let inside = |index: usize| blocks.get(index).is_some_and(|b| b.ancestors(elements).any(|a| a == id));
        if inside(image.position) {
            return Some(image.position);
        }
        if let Some(before) = image.position.checked_sub(1).filter(|&i| inside(i)) {
            return Some(before);
        }
        container = elements[id as usize].parent;
    }
    None
}

/// Whether the first block after `index`, or else the last before it, that
/// is not article furniture (a caption, the headline, a byline, a date) is kept.
fn beside_body(index: usize, verdicts: &[Verdict]) -> bool {
    let is_furniture = |v: &&Verdict| matches!(v.label, Label::Caption | Label::Title | Label::Byline | Label::Date);
    let next = verdicts[index + 1..].iter().find(|v| !is_furniture(v));
    let previous = verdicts[..index].iter().rev().find(|v| !is_furniture(v));
    next.into_iter().chain(previous).any(|v| v.label.is_kept())
}

#[cfg(test)]
mod tests {
    use crate::{clean, Options};

    fn kept_sources(html: &str) -> Vec<String> {
        let options = Options { images: true, base_url: url::Url::parse("https://example.com/news/story").ok(), ..Options::default() };
        clean(html.as_bytes(), &options).unwrap().images.into_iter().map(|image| image.src).collect()
    }

    const PARAGRAPH: &str = "<p>The council met on Tuesday and agreed, after a long debate about the costs, that the new bridge over the river would be built this year.</p>";
    /// Another: the same paragraph twice is a copy, which the classifier drops.
    const SECOND_PARAGRAPH: &str = "<p>Work on the bridge starts in the spring, and the old crossing stays open to buses and cyclists until the new one is finished.</p>";

    #[test]
    fn an_image_in_the_body_or_its_figure_is_kept_and_one_in_a_menu_or_a_related_box_is_not() {
        let html = format!(
            "<html><body><nav><a href=/><img src=/logo.png alt=Home> Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>\
             <article><h1>Bridge approved</h1><figure><img src=lead.jpg alt='The river'><figcaption>The river at dawn.</figcaption></figure>\
             {PARAGRAPH}<p><img src='data:image/gif;base64,R0lGOD' data-src=inline.jpg alt=''>{}</p>{SECOND_PARAGRAPH}\
             <img src=pixel.gif width=1 height=1></article>\
             <aside class=related><h2>Related stories</h2><ul><li><a href=/a><img src=thumb.jpg> Another story</a></li><li><a href=/b>A third story</a></li></ul></aside>\
             </body></html>",
            "Engineers said the river bed was firmer than they had feared, which keeps the cost of the foundations down."
        );
        assert_eq!(kept_sources(&html), ["https://example.com/news/lead.jpg", "https://example.com/news/inline.jpg"]);
    }

    #[test]
    fn a_base_element_applies_on_top_of_the_pages_address() {
        let html = format!("<html><head><base href='/media/'></head><body><article>{PARAGRAPH}<img src=a.png alt=A>{SECOND_PARAGRAPH}</article></body></html>");
        assert_eq!(kept_sources(&html), ["https://example.com/media/a.png"]);
    }
}
