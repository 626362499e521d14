//! dechaff: strips the chaff from a scraped news page and keeps the article.
//!
//! One pipeline, one module per stage, data flowing one way:
//! [`input`] (decode, sniff) → `html` or `text` (segment into [`Block`]s)
//! → `score` (label every block) → [`meta`] (title, byline, date) → [`output`].
//! The types they share live in [`model`].
//!
//! ```
//! let page = b"<html><body><nav>Home | News</nav><article><p>The council met on Tuesday \
//!     and agreed, after a long debate, that the new bridge would be built this year.</p>\
//!     </article></body></html>";
//! let article = dechaff::clean(page, &dechaff::Options::default()).unwrap();
//! assert_eq!(dechaff::output::text(&article, Default::default()),
//!     "The council met on Tuesday and agreed, after a long debate, that the new bridge would be built this year.\n");
//! ```

#![warn(missing_docs)]

#[cfg(feature = "batch")]
pub mod batch;
pub mod blocks;
mod headline;
mod html;
pub mod input;
pub mod meta;
pub mod model;
pub mod output;
mod patterns;
mod score;
mod text;

pub use blocks::{Block, BlockKind, Image, Label};
pub use input::{encoding_for_label, InputKind};
pub use meta::{Meta, PageType};
pub use model::{Article, ClassifiedBlock, Error, Favor, Options, Rule, Switches, Verdict};
pub use patterns::compile_tables;

/// Cleans one page. Undecodable bytes are replaced and a page with no article
/// gives an article with no kept blocks; only binary data (an image, an
/// archive) is an error.
pub fn clean(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    let decoded = input::decode(bytes, options)?;
    let page = if decoded.is_html { html::segment(&decoded.text, options)? } else { text::segment_with(&decoded.text, options)? };
    let switches = options.switched_off.with_off(options.favor.rules());
    let given = meta::Given { url: options.declared_url.as_deref(), title: options.declared_title.as_deref() };
    let markup = meta::read_markup(&page.head, given, switches, !options.text_only);
    let thread = markup.declares_thread();
    let declared = score::Declared {
        title: markup.title(),
        article: markup.declares_article(),
        thread,
        product: markup.declares_product(),
        product_url: markup.has_product_url(),
        // Only a thread's answers tell its comments apart; other pages need no scan.
        answers: thread && html::marks_answers(&page.elements),
        language: markup.language().or(options.declared_language.as_deref()),
    };
    let classification = score::classify(&page, declared, switches);
    let meta = if options.text_only { Meta::default() } else { metadata(markup, &page, &classification, switches, options) };
    let images = score::images::kept_images(page.images, &page.blocks, &page.elements, &classification.verdicts);
    let blocks = page
        .blocks
        .into_iter()
        .zip(classification.verdicts)
        .map(|(block, verdict)| ClassifiedBlock { block, verdict })
        .collect();
    let english_patterns_only = classification.english_patterns_only;
    Ok(Article { meta, blocks, images, container: classification.container, english_patterns_only, elements: page.elements })
}

/// The page's metadata: what its markup declares, completed by its labelled
/// blocks, and the language of the text it keeps.
fn metadata(markup: meta::Markup, page: &blocks::Page, classification: &score::Classification, switches: Switches, options: &Options) -> Meta {
    let mut meta = meta::extract(markup, &page.blocks, &page.elements, classification, switches);
    if meta.lang.is_none() {
        meta.lang = options.declared_language.clone();
    }
    let rule = if meta.lang.is_none() { Rule::DetectedLanguage } else { Rule::DeclaredLanguageChecked };
    if switches.on(rule) {
        let kept = page.blocks.iter().zip(&classification.verdicts).filter(|(_, verdict)| verdict.label.is_kept());
        meta.lang = meta::language::of_article(meta.lang.take(), kept.map(|(block, _)| block.text.as_str()));
    }
    meta
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A story whose markup names its author and date, and whose text prints them.
    const STORY: &str = concat!(
        "<html lang=\"en\"><head><title>Storm Hits the Coast | Example News</title>",
        "<meta name=\"author\" content=\"Jane Doe\"><meta property=\"article:published_time\" content=\"2024-03-01T08:00:00Z\"></head>",
        "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Storm Hits the Coast</h1>",
        "<p>By Jane Doe</p><p>March 1, 2024</p>",
        "<p>A storm reached the coast on Friday night, and by the morning the river had risen over the harbour wall, the roads along the front were closed and the ferries stayed in port.</p>",
        "<p>The town's council opened the school hall to the families whose houses stood nearest the water, and the rescue boats went out twice before noon to fetch people from the lower streets.</p>",
        "</article><footer>© 2024 Example News. All rights reserved.</footer></body></html>"
    );

    #[test]
    fn text_only_keeps_the_same_blocks_and_looks_for_no_metadata() {
        let full = clean(STORY.as_bytes(), &Options::default()).unwrap();
        let text_only = clean(STORY.as_bytes(), &Options { text_only: true, ..Options::default() }).unwrap();
        assert_eq!(full.meta.byline.as_deref(), Some("Jane Doe"));
        assert!(full.meta.date.as_deref().is_some_and(|date| date.starts_with("2024-03-01")));
        assert_eq!(text_only.meta, Meta::default());
        let verdicts = |article: &Article| article.blocks.iter().map(|b| (b.block.text.clone(), b.verdict.clone())).collect::<Vec<_>>();
        assert_eq!(verdicts(&text_only), verdicts(&full));
        assert!(text_only.kept().any(|b| b.block.text.starts_with("A storm reached")));
    }

    #[test]
    fn compiling_the_tables_on_another_thread_while_a_page_is_cleaned_changes_nothing() {
        let helper = std::thread::spawn(compile_tables);
        let during = clean(STORY.as_bytes(), &Options::default()).unwrap();
        helper.join().expect("every table compiles");
        let after = clean(STORY.as_bytes(), &Options::default()).unwrap();
        let rendered = |article: &Article| output::render(article, output::Format::Json, Default::default());
        assert_eq!(rendered(&during), rendered(&after));
        assert!(after.kept().any(|b| b.block.text.starts_with("A storm reached")));
    }
}
