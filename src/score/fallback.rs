//! Pass 14, **fallback** (HTML): the text passes' second opinion.
//!
//! The HTML passes can keep a sliver of a page whose markup misleads them: a
//! table of links whose rows every rule drops as menus (a link aggregator's
//! front page, a jobs board, a library's subject index), a thread whose
//! post is set as its headline, a discussion whose comments are the page.
//! The text passes need no markup: they read the same blocks as lines of
//! plain text. When the HTML passes keep under
//! `MAX_SHARE_OF_TEXT_READING` of what the text passes keep, the markup misled
//! them, and the text passes' verdicts stand (as trafilatura turns to a
//! baseline extractor when its own result is short), unless what they keep
//! is nearly all link lists.
//!
//! Reads `features` and `verdicts`; runs the text passes over the blocks' text.

use crate::blocks::{Block, Page};
use crate::model::Rule;

use super::quality::MAX_LINK_DENSITY;
use super::{is_kept, run_passes, Classification, Scoring, TEXT_PASSES};

/// The HTML passes' article is a sliver when it holds under this share of
/// the characters the text passes keep. Swept on wcxb's HTML track (mean F1
/// gained, tune / check): 0.10 +0.0032 / +0.0025, 0.15 +0.0043 / +0.0044,
/// 0.20 +0.0033 / +0.0031, 0.25 +0.0031 / +0.0017, 0.30 +0.0035 / -0.0004.
const MAX_SHARE_OF_TEXT_READING: f32 = 0.15;

/// A text reading with under this share of its characters in blocks that
/// are not link lists (over `MAX_LINK_DENSITY`) is a menu, however it reads
/// as text: a page of nothing but links, or a site's list of every story
/// (titles written as sentences) beside a short one. A link aggregator's
/// index keeps its rank numbers outside its links: 0.02 moves no wcxb page,
/// 0.05 loses one such index, 0.10 two.
const MIN_SHARE_OUTSIDE_LINK_LISTS: f32 = 0.02;

/// The text passes' verdicts on `html`'s page, when the HTML passes kept a
/// sliver of what those keep; `None` otherwise.
pub(super) fn read_as_text(html: &Scoring) -> Option<Classification> {
    let kept = html.kept_chars();
    let page_chars: usize = html.features.iter().map(|f| f.chars).sum();
    // The text passes keep the whole page at most: most pages need no second reading.
    if kept as f32 >= MAX_SHARE_OF_TEXT_READING * page_chars as f32 {
        return None;
    }
    let lines = as_lines(html.page);
    // An HTML page read as lines is no text that a tool extracted already,
    // whatever chrome its text shows.
    let switches = html.switches.with_off(&[Rule::ExtractedText]);
    let text = run_passes(&lines, html.declared, switches, &TEXT_PASSES);
    let text_kept = text.kept_chars();
    // What they keep in blocks that are not link lists.
    let outside_link_lists: usize = text.verdicts.iter().zip(&html.features).filter(|(v, f)| is_kept(v) && f.link_density <= MAX_LINK_DENSITY).map(|(_, f)| f.chars).sum();
    if kept as f32 >= MAX_SHARE_OF_TEXT_READING * text_kept as f32 || (outside_link_lists as f32) < MIN_SHARE_OUTSIDE_LINK_LISTS * text_kept as f32 {
        return None;
    }
    let container = html.describe_container().unwrap_or_else(|| "none".to_string());
    let mut classification = text.into_classification();
    classification.container = Some(format!(
        "{container}, keeping {kept} characters of the {text_kept} that the text passes keep: read as text [{}]",
        Rule::TextFallback.name()
    ));
    // Whether the page is a listing of cards is the markup's to say.
    classification.listing = html.region.listing;
    classification.linked_cards = html.region.linked_cards;
    Some(classification)
}

/// The page's blocks as a text page: each block's text a line of its own
/// after a blank line, without the markup's kinds, elements or links.
fn as_lines(page: &Page) -> Page {
    let blocks = page.blocks.iter().enumerate().map(|(i, block)| Block::text_line(block.text.clone(), 2 * i + 1, true)).collect();
    Page { blocks, ..Page::default() }
}

#[cfg(test)]
mod tests {
    use crate::html;
    use crate::model::Switches;
    use crate::score::test_support::*;
    use crate::score::{classify, Declared};

    const TITLE: &str = "The council says that the harbour will have its new ferry number 3 by the end of the year (example.com)";

    /// A link aggregator's index: rows of linked titles, each over a line of
    /// points and links, which the HTML passes drop as menus, under a line
    /// `about` it; over it, `story`.
    fn link_index(story: &str, about: &str) -> String {
        let rows: String = (1..=10)
            .map(|n| {
                format!(
                    "<tr><td>{n}.</td><td><a href=\"/s{n}\">The council says that the harbour will have its new ferry number {n} by the end of the year</a> (example.com)</td></tr>\
                     <tr><td>{n}0 points by <a href=\"/u{n}\">alice</a> <a href=\"/i{n}\">3 hours ago</a> | <a href=\"/h{n}\">hide</a> | <a href=\"/p{n}\">past</a> | <a href=\"/c{n}\">discuss</a></td></tr>"
                )
            })
            .collect();
        format!("<html><body>{story}<table><tr><td><a href=\"/\">News</a> <a href=\"/new\">new</a> | <a href=\"/past\">past</a></td></tr><tr><td>{about}</td></tr>{rows}</table></body></html>")
    }

    #[test]
    fn a_page_whose_html_reading_keeps_a_sliver_is_read_as_text() {
        let page = html::segment(&link_index("", "Stories from the harbour, ranked by our readers every hour."), &crate::Options::default()).unwrap();
        assert!(!label_without(&page, TITLE, "fallback/text-passes").is_kept());
        let classification = classify(&page, Declared::default(), Switches::default());
        let title = page.blocks.iter().position(|b| b.text == TITLE).unwrap();
        assert!(classification.verdicts[title].label.is_kept());
        assert!(classification.container.unwrap().ends_with("read as text [fallback/text-passes]"));
    }

    /// An index with no title whose lines show no chrome, read as text, is
    /// still an HTML page: not a text extracted already, whose every line
    /// would be kept (`extracted/every-line` is off in the text reading).
    #[test]
    fn an_html_page_read_as_text_is_no_text_extracted_already() {
        let rows: String = (1..=10)
            .map(|n| format!("<tr><td>{n}.</td><td><a href=\"/s{n}\">{}</a> (example.com)</td></tr><tr><td><a href=\"/u{n}\">alice</a> <a href=\"/c{n}\">discuss</a></td></tr>", &TITLE[..TITLE.len() - " (example.com)".len()].replace(" 3 ", &format!(" {n} "))))
            .collect();
        let html = format!("<html><body><table><tr><td>Stories from the harbour, ranked by our readers every hour.</td></tr>{rows}</table></body></html>");
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let classification = classify(&page, Declared::default(), Switches::default());
        assert!(classification.container.unwrap().ends_with("read as text [fallback/text-passes]"));
        let last = page.blocks.len() - 1;
        assert_eq!(page.blocks[last].text, "alice discuss");
        assert!(!classification.verdicts[last].label.is_kept(), "{:?}", classification.verdicts[last]);
    }

    #[test]
    fn a_story_beside_a_menu_of_links_written_as_sentences_is_not_read_as_text() {
        // Too long for item titles: the HTML passes drop them all as a related list.
        let sentence = |n: u32| format!("The council says that the harbour will have its new ferry number {n} by the end of the year, and that the old one will stay in service until then.");
        let links: String = (1..=300).map(|n| format!("<li><a href=\"/s{n}\">{}</a></li>", sentence(n))).collect();
        let html = format!("<html><body><article><p>{PARAGRAPH}</p></article><div class=\"menu\"><ul>{links}</ul></div></body></html>");
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let classification = classify(&page, Declared::default(), Switches::default());
        let kept: Vec<&str> = page.blocks.iter().zip(&classification.verdicts).filter(|(_, v)| v.label.is_kept()).map(|(b, _)| b.text.as_str()).collect();
        assert_eq!(kept, [PARAGRAPH]);
    }

    #[test]
    fn a_story_over_an_index_is_more_than_a_sliver_and_stays_the_markups_reading() {
        let page = html::segment(&link_index(&format!("<div class=\"story\"><p>{PARAGRAPH}</p></div>"), ""), &crate::Options::default()).unwrap();
        let classification = classify(&page, Declared::default(), Switches::default());
        let kept: Vec<&str> = page.blocks.iter().zip(&classification.verdicts).filter(|(_, v)| v.label.is_kept()).map(|(b, _)| b.text.as_str()).collect();
        assert!(kept.contains(&PARAGRAPH) && !kept.contains(&TITLE));
        assert!(!classification.container.unwrap().contains("read as text"));
    }
}
