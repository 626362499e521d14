//! dechaff: strips the chaff from a scraped news page and keeps the article.
//!
//! One pipeline, one module per stage, data flowing one way:
//! [`input`] (decode, sniff) → [`html`] or [`text`] (segment into [`Block`]s)
//! → [`score`] (label every block) → [`meta`] (title, byline, date) → [`output`].
//!
//! ```
//! let page = b"<html><body><nav>Home | News</nav><article><p>The council met on Tuesday \
//!     and agreed, after a long debate, that the new bridge would be built this year.</p>\
//!     </article></body></html>";
//! let article = dechaff::clean(page, &dechaff::Options::default()).unwrap();
//! assert_eq!(dechaff::output::text(&article, Default::default()),
//!     "The council met on Tuesday and agreed, after a long debate, that the new bridge would be built this year.\n");
//! ```

pub mod batch;
pub mod blocks;
pub mod html;
pub mod input;
pub mod meta;
pub mod output;
pub mod patterns;
pub mod score;
pub mod text;

pub use blocks::{Block, BlockKind, InlineMarkup, Label};
pub use input::{encoding_for_label, InputKind};
pub use meta::Meta;
pub use score::Verdict;

/// What can go wrong with a page or the options to read it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("unknown encoding label {0:?} (try utf-8, windows-1252, shift_jis, ...)")]
    UnknownEncoding(String),
    #[error("not a page: the input is {0}")]
    Binary(&'static str),
}

/// How to read a page.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// HTML, text, or decide from the content.
    pub input: InputKind,
    /// Decode with this encoding instead of detecting one.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// The charset the page's transport declared (an HTTP `Content-Type`):
    /// trusted like a `<meta charset>`, after a byte-order mark and valid UTF-8.
    pub declared_encoding: Option<&'static encoding_rs::Encoding>,
    /// Inline markup to keep for Markdown output (HTML only).
    pub inline_markup: InlineMarkup,
}

/// A block with the classifier's decision on it.
#[derive(Clone, Debug)]
pub struct ClassifiedBlock {
    pub block: Block,
    pub verdict: Verdict,
}

/// A cleaned page: its metadata and every block, kept or not, in document order.
#[derive(Clone, Debug)]
pub struct Article {
    pub meta: Meta,
    pub blocks: Vec<ClassifiedBlock>,
    /// The HTML container chosen as the article, for `--explain`.
    pub container: Option<String>,
    /// The page's block-level elements, which the blocks' `ancestors` index.
    pub containers: Vec<blocks::Container>,
}

impl Article {
    /// The blocks that make up the article body, in order.
    pub fn kept(&self) -> impl Iterator<Item = &ClassifiedBlock> {
        self.blocks.iter().filter(|b| b.verdict.label.is_kept())
    }
}

/// Cleans one page. Undecodable bytes are replaced and a page with no article
/// gives an article with no kept blocks; only binary data (an image, an
/// archive) is an error.
pub fn clean(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    let decoded = input::decode(bytes, options)?;
    let page = if decoded.is_html { html::segment(&decoded.text, options.inline_markup) } else { text::segment(&decoded.text) };
    let markup = meta::read_markup(&page.head);
    let classification = score::classify(&page, markup.title());
    let meta = meta::extract(markup, &page.blocks, &classification.verdicts);
    let blocks = page
        .blocks
        .into_iter()
        .zip(classification.verdicts)
        .map(|(block, verdict)| ClassifiedBlock { block, verdict })
        .collect();
    Ok(Article { meta, blocks, container: classification.container, containers: page.containers })
}
