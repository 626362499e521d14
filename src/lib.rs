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

/// Cleans one page. Undecodable bytes are replaced and a page with no article
/// gives an article with no kept blocks; only binary data (an image, an
/// archive) is an error.
pub fn clean(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    let decoded = input::decode(bytes, options)?;
    let page = if decoded.is_html { html::segment(&decoded.text, options)? } else { text::segment_with(&decoded.text, options)? };
    let switches = options.switched_off.with_off(options.favor.rules());
    let markup = meta::read_markup(&page.head, switches);
    let thread = markup.declares_thread();
    let declared = score::Declared {
        title: markup.title(),
        article: markup.declares_article(),
        thread,
        product: markup.declares_product(),
        product_url: markup.has_product_url(),
        // Only a thread's answers tell its comments apart; other pages need no scan.
        answers: thread && html::marks_answers(&page.elements),
    };
    let classification = score::classify(&page, declared, switches);
    let mut meta = meta::extract(markup, &page.blocks, &page.elements, &classification, switches);
    if meta.lang.is_none() {
        meta.lang = options.declared_language.clone();
    }
    let rule = if meta.lang.is_none() { Rule::DetectedLanguage } else { Rule::DeclaredLanguageChecked };
    if switches.on(rule) {
        let kept = page.blocks.iter().zip(&classification.verdicts).filter(|(_, verdict)| verdict.label.is_kept());
        meta.lang = meta::language::of_article(meta.lang.take(), kept.map(|(block, _)| block.text.as_str()));
    }
    let images = score::images::kept_images(page.images, &page.blocks, &page.elements, &classification.verdicts);
    let blocks = page
        .blocks
        .into_iter()
        .zip(classification.verdicts)
        .map(|(block, verdict)| ClassifiedBlock { block, verdict })
        .collect();
    Ok(Article { meta, blocks, images, container: classification.container, elements: page.elements })
}
