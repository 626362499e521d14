//! Stage 6: a classified [`Article`] in; text, Markdown, JSON or an explanation out.
//!
//! Every format is a pure function of the article, so the same page always
//! gives the same bytes. Paragraphs are separated by exactly one blank line
//! and the output ends with one newline (or is empty when nothing was kept).

use serde::Serialize;

mod markdown;

pub use markdown::markdown;

use crate::blocks::BlockKind;
use crate::{Article, ClassifiedBlock, Meta};

/// How many characters of a block `--explain` shows.
const EXPLAIN_PREVIEW_CHARS: usize = 90;

/// The formats one article can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Paragraphs separated by blank lines.
    Text,
    /// CommonMark with GitHub tables.
    Markdown,
    /// The metadata, the text and every block with its verdict.
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
pub fn render(article: &Article, format: Format, layout: Layout) -> String {
    match format {
        Format::Text => text(article, layout),
        Format::Markdown => markdown(article, layout),
        Format::Json => json(article, layout),
    }
}

/// What an article's text holds besides its body, and which of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The title as the first paragraph.
    pub title: bool,
    /// A front-matter block of the metadata (`---`, `key: "value"` lines, `---`).
    pub metadata: bool,
    /// The tables kept in the body (`--no-tables` leaves them out).
    pub tables: bool,
}

impl Default for Layout {
    /// The body alone, tables and all.
    fn default() -> Layout {
        Layout { title: false, metadata: false, tables: true }
    }
}

/// Kept blocks as plain text: one paragraph per block, a list's items one per
/// line, a table's rows one per line with cells between ` | `.
pub fn text(article: &Article, layout: Layout) -> String {
    let body = groups(article, layout).into_iter().map(|(_, group)| match group {
        Group::Block(b) => b.block.text.clone(),
        Group::List(items) => items.iter().map(|b| b.block.text.as_str()).collect::<Vec<_>>().join("\n"),
        // A cell's line breaks (`<br>`) become spaces: a row stays one line.
        Group::Table(cells) => rows(&cells)
            .iter()
            .map(|row| row.iter().map(|cell| cell.map_or(String::new(), |b| b.block.text.replace('\n', " "))).collect::<Vec<_>>().join(" | "))
            .collect::<Vec<_>>()
            .join("\n"),
    });
    let title = layout.title.then(|| article.meta.title.clone()).flatten();
    join_paragraphs(front_matter(article, layout).into_iter().chain(title).chain(body))
}

/// A kept block, or a run of list items or of one table's cells.
enum Group<'a> {
    Block(&'a ClassifiedBlock),
    List(Vec<&'a ClassifiedBlock>),
    Table(Vec<&'a ClassifiedBlock>),
}

/// Kept blocks, with runs of list items and runs of table cells gathered,
/// each group with the index of its first block; without tables when the
/// layout leaves them out.
fn groups(article: &Article, layout: Layout) -> Vec<(usize, Group<'_>)> {
    let table_of = |b: &ClassifiedBlock| b.block.ancestors(&article.elements).find(|&id| article.elements[id as usize].tag == "table");
    let mut groups: Vec<(usize, Group)> = Vec::new();
    for (index, b) in article.blocks.iter().enumerate().filter(|(_, b)| b.verdict.label.is_kept()) {
        match (b.block.kind, groups.last_mut().map(|(_, group)| group)) {
            (BlockKind::ListItem { .. }, Some(Group::List(items))) => items.push(b),
            (BlockKind::ListItem { .. }, _) => groups.push((index, Group::List(vec![b]))),
            // Two tables side by side stay two tables.
            (BlockKind::Cell { .. }, Some(Group::Table(cells))) if table_of(cells[0]) == table_of(b) => cells.push(b),
            (BlockKind::Cell { .. }, _) if layout.tables => groups.push((index, Group::Table(vec![b]))),
            (BlockKind::Cell { .. }, _) => {}
            _ => groups.push((index, Group::Block(b))),
        }
    }
    groups
}

/// A table's cells set out in rows, each cell at its column; a column with
/// no kept cell (an empty one, or one a span covers) is `None`. A column
/// where no row keeps a cell (a table's spacer, its icons, its dropped
/// buttons) is left out: it would print an empty cell on every row.
fn rows<'a>(cells: &[&'a ClassifiedBlock]) -> Vec<Vec<Option<&'a ClassifiedBlock>>> {
    let mut rows: Vec<Vec<Option<&ClassifiedBlock>>> = Vec::new();
    let mut current_row = None;
    for &cell in cells {
        let BlockKind::Cell { row, column, .. } = cell.block.kind else { continue };
        if current_row != Some(row) {
            rows.push(Vec::new());
            current_row = Some(row);
        }
        let cells = rows.last_mut().expect("a row was just pushed");
        let column = usize::from(column);
        if cells.len() <= column {
            cells.resize(column + 1, None);
        }
        cells[column] = Some(cell);
    }
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let filled: Vec<bool> = (0..columns).map(|column| rows.iter().any(|row| row.get(column).is_some_and(Option::is_some))).collect();
    for row in &mut rows {
        *row = row.iter().zip(&filled).filter(|(_, &filled)| filled).map(|(cell, _)| *cell).collect();
    }
    rows
}

/// The metadata as front matter, when asked for: each known field as `key: "value"`.
fn front_matter(article: &Article, layout: Layout) -> Option<String> {
    if !layout.metadata {
        return None;
    }
    let meta = &article.meta;
    let authors = (!meta.authors.is_empty()).then(|| yaml_printable(serde_json::to_string(&meta.authors).expect("strings serialise")));
    let quoted = |value: &Option<String>| value.as_ref().map(|v| yaml_printable(serde_json::to_string(v).expect("strings serialise")));
    let fields = [
        ("title", quoted(&meta.title)),
        ("byline", quoted(&meta.byline)),
        ("authors", authors),
        ("date", quoted(&meta.date)),
        ("modified", quoted(&meta.modified)),
        ("site", quoted(&meta.site)),
        ("lang", quoted(&meta.lang)),
        ("description", quoted(&meta.description)),
        ("url", quoted(&meta.url)),
        ("page_type", Some(serde_json::to_string(&meta.page_type).expect("a page type serialises"))),
    ];
    let lines: Vec<String> = fields.into_iter().filter_map(|(key, value)| value.map(|v| format!("{key}: {v}"))).collect();
    Some(format!("---\n{}{}---", lines.join("\n"), if lines.is_empty() { "" } else { "\n" }))
}

/// A JSON string or list of strings made a valid YAML flow value: JSON leaves
/// DEL, the C1 controls and U+FFFE/U+FFFF as they are, and YAML allows none
/// of them unescaped (a page's metadata holds them when it was decoded with
/// the wrong charset). JSON's `\uXXXX` escape means the same in YAML.
fn yaml_printable(json: String) -> String {
    let is_unprintable = |c: char| matches!(c, '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}');
    if !json.contains(is_unprintable) {
        return json;
    }
    json.chars().map(|c| if is_unprintable(c) { format!("\\u{:04x}", u32::from(c)) } else { c.to_string() }).collect()
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
    /// The article's images, when asked for (`--images`).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    images: &'a [crate::Image],
    blocks: Vec<JsonBlock<'a>>,
}

#[derive(Serialize)]
struct JsonBlock<'a> {
    text: &'a str,
    /// What the block is: paragraph, heading, list-item, quote, code, cell or text.
    kind: &'static str,
    /// Where it sat: its elements (`article.post > p`), or `line 12` on a text page.
    path: String,
    label: &'static str,
    kept: bool,
    /// The pass and rule that decided the label: `tail/comments-header`.
    decided_by: &'static str,
    reason: &'a str,
}

/// The article's metadata, its text, and every block with its label, as one JSON object.
pub fn json(article: &Article, layout: Layout) -> String {
    let value = JsonArticle {
        meta: &article.meta,
        text: text(article, Layout { title: false, metadata: false, ..layout }).trim_end().to_string(),
        images: &article.images,
        blocks: article
            .blocks
            .iter()
            .map(|b| JsonBlock {
                text: &b.block.text,
                kind: b.block.kind.name(),
                path: b.block.place(&article.elements),
                label: b.verdict.label.as_str(),
                kept: b.verdict.label.is_kept(),
                decided_by: b.verdict.decided_by.name(),
                reason: &b.verdict.reason,
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&value).expect("the article serialises");
    out.push('\n');
    out
}

/// Which blocks `--explain` lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Blocks {
    /// Every block.
    #[default]
    All,
    /// The blocks kept.
    Kept,
    /// The blocks dropped.
    Dropped,
}

/// A summary, the blocks dropped counted by label, then one line per block
/// that `which` names: KEEP or DROP, label, where it was, a preview, and the
/// rule and reason. On a page full of menus, `Blocks::Kept` or the summary
/// shows at a glance what `Blocks::All` spreads over hundreds of lines.
pub fn explain(article: &Article, which: Blocks) -> String {
    let kept = article.kept().count();
    let mut out = format!("{} blocks, {} kept\n", article.blocks.len(), kept);
    let dropped: Vec<String> = crate::Label::ALL
        .iter()
        .filter(|label| !label.is_kept())
        .map(|&label| (label, article.blocks.iter().filter(|b| b.verdict.label == label).count()))
        .filter(|&(_, count)| count > 0)
        .map(|(label, count)| format!("{} {count}", label.as_str()))
        .collect();
    if !dropped.is_empty() {
        out.push_str(&format!("dropped: {}\n", dropped.join(", ")));
    }
    if let Some(container) = &article.container {
        out.push_str(&format!("article container: {container}\n"));
    }
    if article.english_patterns_only {
        out.push_str("text patterns: English alone, the page reads as English [evidence/english-tables]\n");
    }
    let sources = &article.meta.sources;
    let from: Vec<String> = [("title", &sources.title), ("byline", &sources.byline), ("date", &sources.date)]
        .into_iter()
        .filter_map(|(field, source)| source.as_ref().map(|source| format!("{field} from {source}")))
        .collect();
    if !from.is_empty() {
        out.push_str(&format!("metadata: {}\n", from.join(", ")));
    }
    for (index, b) in article.blocks.iter().enumerate() {
        let label = b.verdict.label;
        let listed = match which {
            Blocks::All => true,
            Blocks::Kept => label.is_kept(),
            Blocks::Dropped => !label.is_kept(),
        };
        if !listed {
            continue;
        }
        let place = b.block.place(&article.elements);
        let mut preview: String = b.block.text.chars().take(EXPLAIN_PREVIEW_CHARS).collect();
        if preview.len() < b.block.text.len() {
            preview.push('…');
        }
        out.push_str(&format!(
            "{index:>4} {} {:<12} {preview}\n     {place}: {} [{}]\n",
            if label.is_kept() { "KEEP" } else { "DROP" },
            label.as_str(),
            b.verdict.reason,
            b.verdict.decided_by.name()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    /// Once, a table whose first column kept nothing (an icon, a dropped
    /// button) printed each row with an empty cell before its text: " | $9,000".
    #[test]
    fn a_column_where_no_row_keeps_a_cell_is_left_out() {
        let story = "<p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built over the river before the end of the year.</p>";
        let row = |name: &str, price: &str| format!("<tr><td><img src=i.png></td><td>{name}</td><td>{price}</td></tr>");
        let html = format!("<html><body><article>{story}<table>{}{}</table>{story}</article></body></html>", row("Movers", "$9,000"), row("Packers", "$7,746"));
        let article = crate::clean(html.as_bytes(), &Options::default()).unwrap();
        let printed = text(&article, Layout::default());
        assert!(printed.contains("Movers | $9,000\nPackers | $7,746"), "{printed}");
        // Near miss: a column empty in one row only keeps its place.
        let html = format!("<html><body><article>{story}<table>{}{}</table>{story}</article></body></html>", row("Movers", "$9,000"), row("", "$7,746"));
        let article = crate::clean(html.as_bytes(), &Options::default()).unwrap();
        assert!(text(&article, Layout::default()).contains("Movers | $9,000\n | $7,746"));
    }
}
