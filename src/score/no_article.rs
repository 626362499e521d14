//! Pass 13, **no article**: a page may have none: a shop's front, a page
//! whose text loads by script. Then the best container is a newsletter box or
//! a footer's headings, and printing it would pass chaff off as the article.
//!
//! Reads `features`; refines `verdicts`.

use crate::blocks::Label;
use crate::model::{Rule, Verdict};

use super::{is_kept, Scoring};

/// Kept text shorter than this, with no block long enough to be a sentence, is not an article.
const MIN_ARTICLE_CHARS: usize = 200;
/// A block of this many words is long enough to be a sentence.
pub(super) const SENTENCE_MIN_WORDS: usize = 8;

/// There is no article when what is kept is short and no block of it is
/// long enough to be a sentence.
/// On a text page the sentence must also end like one: there a long line
/// may as well be a title or a button's label repeating one ("Save this
/// event: ..."); in HTML, a paragraph of the article is one by its markup.
/// Unless what is kept sits in the page's one `<article>` element: the
/// markup says that a short text there is the article (a short post, a
/// product's snippet, a page whose HTML holds nothing else). A shop's
/// front prints an `<article>` a card. On wcxb no page that the rule
/// empties has its text in one; of its gold texts written as clean HTML,
/// five pages of short lines did.
pub(super) fn drop_if_none(s: &mut Scoring) {
    let (features, text_page) = (&s.features, s.page.elements.is_empty());
    let (mut chars, mut sentence) = (0, false);
    for (f, _) in features.iter().zip(s.verdicts.iter()).filter(|(_, v)| is_kept(v)) {
        chars += f.chars;
        // Scripts without spaces have few "words": a full stop marks their sentences.
        let long_enough = f.words >= SENTENCE_MIN_WORDS && (f.sentence_end || !text_page);
        sentence |= long_enough || (f.cjk && f.sentence_end);
    }
    if chars >= MIN_ARTICLE_CHARS || sentence || !s.on(Rule::TooShort) {
        return;
    }
    if s.on(Rule::ArticleElement) && kept_in_the_article_element(s) {
        return;
    }
    for v in s.verdicts.iter_mut().filter(|v| is_kept(v)) {
        *v = Some(Verdict::new(Label::Boilerplate, Rule::TooShort, "no article: too little text and no sentence"));
    }
}

/// Whether the page has one `<article>` element and every kept block sits in it.
fn kept_in_the_article_element(s: &Scoring) -> bool {
    let elements = &s.page.elements;
    let mut articles = elements.iter().enumerate().filter(|(_, e)| e.tag == "article").map(|(id, _)| id as u32);
    let (Some(article), None) = (articles.next(), articles.next()) else { return false };
    let mut kept = s.page.blocks.iter().zip(&s.verdicts).filter(|(_, v)| is_kept(v)).map(|(b, _)| b).peekable();
    kept.peek().is_some() && kept.all(|b| b.ancestors(elements).any(|id| id == article))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;
    use crate::html;
    use crate::model::Switches;
    use crate::score::{classify, Declared};

    #[test]
    fn a_page_with_no_article_keeps_nothing() {
        let kept = |html: &str| {
            let page = html::segment(html, &crate::Options::default()).unwrap();
            let verdicts = classify(&page, Declared::default(), Switches::default()).verdicts;
            page.blocks.iter().zip(verdicts).filter(|(_, v)| v.label.is_kept()).map(|(b, _)| b.text.clone()).collect::<Vec<_>>()
        };
        // Only a footer's headings are left.
        assert_eq!(kept("<body><div class=x><h3>Help</h3><div>Browse by Category</div><div>Our Group</div></div></body>"), Vec::<String>::new());
        // One sentence is enough, full stop or not.
        let brief = "The council agreed on Tuesday that the new bridge will open next spring";
        assert_eq!(kept(&format!("<body><div class=x><p>{brief}</p></div></body>")), [brief]);
    }

    #[test]
    fn a_short_text_in_an_article_element_is_an_article() {
        let kept = |html: &str, switches: Switches| {
            let page = html::segment(html, &crate::Options::default()).unwrap();
            let verdicts = classify(&page, Declared::default(), switches).verdicts;
            page.blocks.iter().zip(verdicts).filter(|(_, v)| v.label.is_kept()).map(|(b, _)| b.text.clone()).collect::<Vec<_>>()
        };
        // A short product snippet: a name and two lines, no sentence.
        let lines = ["Blue enamel mug", "Holds 350 ml, dishwasher safe", "Made in Portugal"];
        let paragraphs: String = lines.iter().map(|line| format!("<p>{line}</p>")).collect();
        let in_article = format!("<body><article>{paragraphs}</article></body>");
        assert_eq!(kept(&in_article, Switches::default()), lines);
        assert_eq!(kept(&in_article, Switches::default().with_off(&[Rule::ArticleElement])), Vec::<String>::new());
        // The same lines in a plain box are what a page with no article
        // leaves, and in one card of a shop's grid of them.
        assert_eq!(kept(&format!("<body><div class=x>{paragraphs}</div></body>"), Switches::default()), Vec::<String>::new());
        let grid = format!("<body><main><article>{paragraphs}</article><article><p>Teapot</p></article></main></body>");
        assert_eq!(kept(&grid, Switches::default()), Vec::<String>::new());
    }

    #[test]
    fn a_short_text_page_needs_a_sentence_that_ends_like_one() {
        // An event's title, long and with stopwords enough to pass for prose, printed twice.
        let title = "Part 3 – How to Write an Application for the Fellowship: a Session for Techs";
        let date = "Wednesday at 2:30 PM GMT";
        let labels = labels_of_text(&format!("Events\n\nSales end soon\n\n{title}\n\n{date}\n\nFree\n\n{title}\n\n{date}\n"));
        assert!(labels.iter().all(|(_, label)| !label.is_kept()), "{labels:?}");
        let brief = "The council agreed on Tuesday that the new bridge will open next spring. (Reuters)";
        let labels = labels_of_text(&format!("Bridge to open\n\n{brief}\n"));
        assert_eq!(label_of(&labels, brief), Label::Body);
    }
}
