//! Stage 6: a classified [`Article`] in; text, Markdown, JSON or an explanation out.
//!
//! Every format is a pure function of the article, so the same page always
//! gives the same bytes. Paragraphs are separated by exactly one blank line
//! and the output ends with one newline (or is empty when nothing was kept).

use serde::Serialize;

use crate::blocks::BlockKind;
use crate::{Article, ClassifiedBlock, Meta};

/// How many characters of a block `--explain` shows.
const EXPLAIN_PREVIEW_CHARS: usize = 90;

/// The formats one article can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

impl Format {
    /// The file extension of an output in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }
}

/// The article in `format`.
pub fn render(article: &Article, format: Format, with_title: bool) -> String {
    match format {
        Format::Text => text(article, with_title),
        Format::Markdown => markdown(article, with_title),
        Format::Json => json(article),
    }
}

/// Kept blocks as plain text, one paragraph per block; the title first if asked.
pub fn text(article: &Article, with_title: bool) -> String {
    let paragraphs = title_paragraph(article, with_title, |t| t.to_string())
        .into_iter()
        .chain(article.kept().map(|b| b.block.text.clone()));
    join_paragraphs(paragraphs)
}

/// Kept blocks as Markdown: headings, list items, quotes and code keep their shape.
pub fn markdown(article: &Article, with_title: bool) -> String {
    let paragraphs = title_paragraph(article, with_title, |t| format!("# {t}"))
        .into_iter()
        .chain(article.kept().map(|b| markdown_block(b)));
    join_paragraphs(paragraphs)
}

fn markdown_block(classified: &ClassifiedBlock) -> String {
    let text = &classified.block.text;
    match classified.block.kind {
        BlockKind::Heading(level) => format!("{} {text}", "#".repeat(usize::from(level.clamp(2, 6)))),
        BlockKind::ListItem => format!("- {text}"),
        BlockKind::Quote => format!("> {text}"),
        BlockKind::Preformatted => format!("```\n{text}\n```"),
        _ if classified.verdict.label == crate::Label::Heading => format!("## {text}"),
        _ => text.clone(),
    }
}

fn title_paragraph(article: &Article, with_title: bool, shape: impl Fn(&str) -> String) -> Option<String> {
    with_title.then(|| article.meta.title.as_deref().map(&shape)).flatten()
}

fn join_paragraphs(paragraphs: impl Iterator<Item = String>) -> String {
    let mut out = String::new();
    for paragraph in paragraphs {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&paragraph);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    #[serde(flatten)]
    meta: &'a Meta,
    text: String,
    blocks: Vec<JsonBlock<'a>>,
}

#[derive(Serialize)]
struct JsonBlock<'a> {
    text: &'a str,
    label: &'static str,
    kept: bool,
    reason: &'a str,
}

/// The article's metadata, its text, and every block with its label, as one JSON object.
pub fn json(article: &Article) -> String {
    let value = JsonArticle {
        meta: &article.meta,
        text: text(article, false).trim_end().to_string(),
        blocks: article
            .blocks
            .iter()
            .map(|b| JsonBlock {
                text: &b.block.text,
                label: b.verdict.label.as_str(),
                kept: b.verdict.label.is_kept(),
                reason: &b.verdict.reason,
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&value).expect("the article serialises");
    out.push('\n');
    out
}

/// One line per block: KEEP or DROP, label, where it was, a preview, and the reason.
pub fn explain(article: &Article) -> String {
    let kept = article.kept().count();
    let mut out = format!("{} blocks, {} kept\n", article.blocks.len(), kept);
    if let Some(container) = &article.container {
        out.push_str(&format!("article container: {container}\n"));
    }
    for (index, b) in article.blocks.iter().enumerate() {
        let label = b.verdict.label;
        let place = if b.block.line > 0 { format!("line {}", b.block.line) } else { b.block.path.clone() };
        let mut preview: String = b.block.text.chars().take(EXPLAIN_PREVIEW_CHARS).collect();
        if preview.len() < b.block.text.len() {
            preview.push('…');
        }
        out.push_str(&format!(
            "{index:>4} {} {:<12} {preview}\n     {place}: {}\n",
            if label.is_kept() { "KEEP" } else { "DROP" },
            label.as_str(),
            b.verdict.reason
        ));
    }
    out
}
