//! Markdown (CommonMark with GitHub tables): the kept blocks with their
//! shape. Code keeps its lines in a fence longer than any backtick run in
//! it, after its language; lists nest by indentation and keep the page's
//! numbers, and an item keeps what it holds after its text; a block quote's paragraphs stay in one quote; a table's cells
//! keep their columns; line breaks stay; images (when kept) stand where they
//! stood; and text that would read as markup at the start of a line ("# 1
//! reason", "1. ") is escaped. Bold, italics and code come from the blocks'
//! Markdown, however the page was cleaned; links when
//! [`Options::links`](crate::Options) kept them.

use std::collections::{BTreeMap, BTreeSet};

use crate::blocks::{collapse_whitespace, escape_markdown, markdown_destination, BlockKind, Element, Image};
use crate::{Article, ClassifiedBlock, Label};

use super::{front_matter, groups, join_paragraphs, rows, Group, Layout};

/// Kept blocks as Markdown.
pub fn markdown(article: &Article, layout: Layout) -> String {
    let elements = &article.elements;
    // Each group's Markdown, with the block quotes that hold it, outermost first.
    let mut rendered: Vec<(Vec<u32>, String)> = Vec::new();
    let mut images = article.images.iter().peekable();
    let mut groups = groups(article, layout).into_iter().peekable();
    while let Some((index, group)) = groups.next() {
        // An image stands before the first group that comes after it in the page.
        while let Some(image) = images.next_if(|image| image.position <= index) {
            rendered.push((Vec::new(), image_markdown(image)));
        }
        let (first, text) = match group {
            Group::Block(b) => (b, block(b, elements)),
            Group::List(items) => {
                // What the list's items hold after their own text (a
                // paragraph, code, a table, a list nested after them) stays
                // in the list, under the item that holds it.
                let first = items[0];
                let mut run = ListRun::default();
                run.push(Group::List(items), elements);
                while let Some((_, held)) = groups.next_if(|(_, next)| run.holds(next, elements)) {
                    run.push(held, elements);
                }
                (first, list(&run.groups, elements))
            }
            Group::Table(cells) => (cells[0], table(&cells)),
        };
        let mut quotes: Vec<u32> = first.block.ancestors(elements).filter(|&id| elements[id as usize].tag == "blockquote").collect();
        quotes.reverse();
        rendered.push((quotes, text));
    }
    rendered.extend(images.map(|image| (Vec::new(), image_markdown(image))));
    // The groups of one block quote stay in one quote.
    let body = rendered.chunk_by(|(a, _), (b, _)| !a.is_empty() && a.first() == b.first()).map(in_their_quotes);
    let title = layout.title.then(|| article.meta.title.as_ref().map(|t| heading(1, &inline_text(t)))).flatten();
    join_paragraphs(front_matter(article, layout).into_iter().chain(title).chain(body))
}

/// One block that is not part of a list or a table.
fn block(b: &ClassifiedBlock, elements: &[Element]) -> String {
    match b.block.kind {
        BlockKind::Preformatted => fenced(&b.block.text, b.block.code_language.as_deref().unwrap_or_default()),
        // A heading is one line: its line breaks (`<br>`) become spaces, or its second line would be a paragraph.
        BlockKind::Heading(level) => heading(level.clamp(2, 6), &inline(b)),
        _ if b.verdict.label == Label::Heading => heading(2, &inline(b)),
        // A `<blockquote>`'s own text: the quote around it comes from `markdown`.
        BlockKind::Quote if enclosing(b, elements, &["blockquote"]).is_some() => line_starts_escaped(&inline(b)),
        BlockKind::Quote => quoted(&line_starts_escaped(&inline(b))),
        _ => line_starts_escaped(&inline(b)),
    }
}

/// `![alt](src)`.
fn image_markdown(image: &Image) -> String {
    format!("![{}]({})", escape_markdown(&image.alt), markdown_destination(&image.src))
}

/// A block's inline Markdown: as segmented, or its text escaped.
fn inline(b: &ClassifiedBlock) -> String {
    b.block.markdown.clone().unwrap_or_else(|| inline_text(&b.block.text))
}

/// Plain text made inline Markdown: markup characters escaped, line breaks
/// hard, and each line's whitespace collapsed (a paragraph that keeps its
/// white space may indent a line, and four spaces or a tab would start code).
fn inline_text(text: &str) -> String {
    text.split('\n').map(collapse_whitespace).filter(|line| !line.is_empty()).map(|line| escape_markdown(&line)).collect::<Vec<_>>().join("\\\n")
}

/// Code in a fence of backticks longer than any run of backticks inside it,
/// its language (if known) after the opening fence.
fn fenced(code: &str, language: &str) -> String {
    let longest_run = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat((longest_run + 1).max(3));
    format!("{fence}{language}\n{code}\n{fence}")
}

/// `text` inside a block quote: every line starts with `> `.
fn quoted(text: &str) -> String {
    in_quotes(text, 1)
}

/// `text` inside `depth` block quotes, one inside the other: every line
/// starts with as many `> `. (In none, it is left as it is.)
fn in_quotes(text: &str, depth: usize) -> String {
    if depth == 0 {
        return text.to_string();
    }
    let marks = "> ".repeat(depth);
    text.lines().map(|line| if line.is_empty() { marks.trim_end().to_string() } else { format!("{marks}{line}") }).collect::<Vec<_>>().join("\n")
}

/// Consecutive groups that one block quote holds (or one group that none
/// does), each set inside the quotes that hold it, and between two groups
/// a line that keeps open the quotes they share: a quote inside a quote
/// stays inside it, and a quote's paragraphs stay in one quote.
fn in_their_quotes(run: &[(Vec<u32>, String)]) -> String {
    let mut out = String::new();
    for (i, (quotes, text)) in run.iter().enumerate() {
        if i > 0 {
            let shared = quotes.iter().zip(&run[i - 1].0).take_while(|(a, b)| a == b).count();
            out.push('\n');
            out.push_str("> ".repeat(shared).trim_end());
            out.push('\n');
        }
        out.push_str(&in_quotes(text, quotes.len()));
    }
    out
}

/// A list: its items, nested by how many lists enclose each and numbered as
/// the page numbers them, and the blocks they hold after their own text,
/// each indented to the text of the item that holds it and set apart by
/// blank lines (the list reads as loose).
fn list(run: &[Group], elements: &[Element]) -> String {
    let depth_of = |b: &ClassifiedBlock| b.block.ancestors(elements).filter(|&id| is_list(&elements[id as usize])).count();
    // The items this one is nested under: each one's depth in the page and
    // its marker's width (a nested item is indented past them). Markdown
    // nests one level at a time, so an item sits one level under the last
    // shallower item, however many lists the page set between them, and its
    // siblings with it.
    let mut parents: Vec<(usize, usize)> = Vec::new();
    // Each item's `<li>` and the column its text starts at, where what it holds is indented.
    let mut text_columns: BTreeMap<Option<u32>, usize> = BTreeMap::new();
    let mut out = String::new();
    let mut after_held_block = false;
    for group in run {
        let (b, held) = match group {
            Group::List(items) => {
                for b in items {
                    let depth = depth_of(b);
                    while parents.last().is_some_and(|&(parent_depth, _)| parent_depth >= depth) {
                        parents.pop();
                    }
                    let marker = match b.block.kind {
                        BlockKind::ListItem { number: Some(number) } => format!("{number}. "),
                        _ => "- ".to_string(),
                    };
                    let indent = parents.iter().map(|&(_, width)| width).sum::<usize>();
                    let continuation = format!("\n{}", " ".repeat(indent + marker.len()));
                    if !out.is_empty() {
                        out.push_str(if after_held_block { "\n\n" } else { "\n" });
                    }
                    after_held_block = false;
                    out.push_str(&format!("{}{marker}{}", " ".repeat(indent), line_starts_escaped(&inline(b)).replace('\n', &continuation)));
                    parents.push((depth, marker.len()));
                    text_columns.insert(enclosing(b, elements, &["li"]), indent + marker.len());
                }
                continue;
            }
            Group::Block(b) => (*b, block(b, elements)),
            Group::Table(cells) => (cells[0], table(cells)),
        };
        let holder = enclosing(b, elements, &["li"]);
        let column = text_columns.get(&holder).copied().unwrap_or(0);
        // The items nested deeper than the one that holds the block end
        // before it: a list after it nests under that item, not under them.
        while parents.iter().map(|&(_, width)| width).sum::<usize>() > column {
            parents.pop();
        }
        // The quotes between the block and its item are set inside the item.
        let quotes = b.block.ancestors(elements).take_while(|&id| Some(id) != holder).filter(|&id| elements[id as usize].tag == "blockquote").count();
        let indent = " ".repeat(column);
        let indented: Vec<String> =
            in_quotes(&held, quotes).lines().map(|line| if line.is_empty() { String::new() } else { format!("{indent}{line}") }).collect();
        out.push_str("\n\n");
        out.push_str(&indented.join("\n"));
        after_held_block = true;
    }
    out
}

/// A list's groups: its items, and what they hold after their own text.
#[derive(Default)]
struct ListRun<'a> {
    groups: Vec<Group<'a>>,
    /// The `<li>` of each of its items.
    item_lis: BTreeSet<u32>,
    /// The `<ul>` or `<ol>` of each of its items.
    item_lists: BTreeSet<u32>,
}

impl<'a> ListRun<'a> {
    fn push(&mut self, group: Group<'a>, elements: &[Element]) {
        if let Group::List(items) = &group {
            for b in items {
                self.item_lis.extend(enclosing(b, elements, &["li"]));
                self.item_lists.extend(enclosing(b, elements, &["ul", "ol"]));
            }
        }
        self.groups.push(group);
    }

    /// Whether `next`, the group after the run, belongs in it: a block or a
    /// table that one of its items holds, or items that one of its lists or
    /// items holds (is around their own `<li>`).
    fn holds(&self, next: &Group, elements: &[Element]) -> bool {
        let held = |b: &ClassifiedBlock| enclosing(b, elements, &["li"]).is_some_and(|li| self.item_lis.contains(&li));
        match next {
            Group::Block(b) => held(b),
            Group::Table(cells) => held(cells[0]),
            Group::List(items) => {
                let own_li = enclosing(items[0], elements, &["li"]);
                items[0]
                    .block
                    .ancestors(elements)
                    .skip_while(|&id| Some(id) != own_li)
                    .skip(1)
                    .any(|id| self.item_lis.contains(&id) || self.item_lists.contains(&id))
            }
        }
    }
}

fn is_list(element: &Element) -> bool {
    matches!(element.tag.as_str(), "ul" | "ol")
}

/// The innermost ancestor of `b` with one of `tags`.
fn enclosing(b: &ClassifiedBlock, elements: &[Element], tags: &[&str]) -> Option<u32> {
    b.block.ancestors(elements).find(|&id| tags.contains(&elements[id as usize].tag.as_str()))
}

/// A GFM table: the first row is the header row; every row has every column,
/// empty where a cell was empty or spanned.
fn table(cells: &[&ClassifiedBlock]) -> String {
    let rows = rows(cells);
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let line = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
    let mut lines = Vec::with_capacity(rows.len() + 1);
    for (i, row) in rows.iter().enumerate() {
        // A cell holds one line: its line breaks become spaces, and its bars are escaped.
        let mut texts: Vec<String> =
            row.iter().map(|cell| cell.map(|b| cell_text(&inline(b))).unwrap_or_default()).collect();
        texts.resize(columns, String::new());
        lines.push(line(texts));
        if i == 0 {
            lines.push(line(vec!["---".to_string(); columns]));
        }
    }
    lines.join("\n")
}

/// A heading of `level`, on one line. A `#` that ends it after a space
/// (`Tips #`) is escaped: CommonMark takes a closing run of `#`s for the
/// heading's optional end and prints none of it.
fn heading(level: u8, inline: &str) -> String {
    let mut text = one_line(inline);
    let without_closing_run = text.trim_end_matches('#');
    if without_closing_run.len() < text.len() && (without_closing_run.is_empty() || without_closing_run.ends_with(' ')) {
        text.insert(without_closing_run.len(), '\\');
    }
    format!("{} {text}", "#".repeat(usize::from(level)))
}

/// Inline Markdown on one line: its hard breaks become spaces.
fn one_line(inline: &str) -> String {
    inline.replace("\\\n", " ").replace('\n', " ")
}

/// Inline Markdown made fit for a table cell. Every bar in it must be
/// escaped, inline code's too: a table's row is cut at its bars before its
/// cells are read, and that cut takes a backslash before a bar as the bar's
/// escape, even inside code (where `a\|b` is written `a\\|b`).
fn cell_text(inline: &str) -> String {
    let one_line = one_line(inline);
    let mut out = String::with_capacity(one_line.len());
    let mut escaped = false;
    // The delimiter of the code span we are in: a run of backticks.
    let mut code_delimiter: Option<usize> = None;
    let mut chars = one_line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '`' && !escaped {
            let mut run = 1;
            while chars.next_if_eq(&'`').is_some() {
                run += 1;
            }
            code_delimiter = match code_delimiter {
                None => Some(run),
                Some(open) if open == run => None,
                inside => inside,
            };
            out.extend(std::iter::repeat_n('`', run));
            continue;
        }
        // Bars escaped while segmenting are already `\|`; escape the others,
        // and in code every one.
        if c == '|' && (!escaped || code_delimiter.is_some()) {
            out.push('\\');
        }
        escaped = c == '\\' && !escaped && code_delimiter.is_none();
        out.push(c);
    }
    out
}

/// Every line of `text` with what would start markup there escaped: a
/// heading's `#`, a list's `-`, `+`, `*` or `1.`, a quote's `>`, a rule or a
/// setext underline, a fence.
fn line_starts_escaped(text: &str) -> String {
    text.split('\n').map(line_start_escaped).collect::<Vec<_>>().join("\n")
}

fn line_start_escaped(line: &str) -> String {
    // Spaces before a marker still let it start a quote or an item (a
    // paragraph that keeps its white space keeps them): the escape goes after them.
    let text = line.trim_start_matches([' ', '\t']);
    let indent = &line[..line.len() - text.len()];
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let after_digits = &text[digits..];
    if digits > 0 && digits <= 9 && (after_digits.starts_with(". ") || after_digits.starts_with(") ") || matches!(after_digits, "." | ")")) {
        return format!("{indent}{}\\{}", &text[..digits], after_digits);
    }
    let line = text;
    let starts_markup = line.starts_with('#')
        || line.starts_with('>')
        || line.starts_with("- ")
        || line.starts_with("+ ")
        || line.starts_with("* ")
        || matches!(line, "-" | "+" | "*")
        || line.starts_with("~~~")
        || line.starts_with('=')
        || (line.len() >= 3 && line.chars().all(|c| c == '-' || c == ' '));
    if starts_markup {
        format!("{indent}\\{line}")
    } else {
        format!("{indent}{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fence_is_longer_than_the_backticks_inside_and_names_the_language() {
        assert_eq!(fenced("let a = 1;", ""), "```\nlet a = 1;\n```");
        assert_eq!(fenced("```rust\nx\n```", "markdown"), "````markdown\n```rust\nx\n```\n````");
    }

    #[test]
    fn a_headings_closing_hashes_are_escaped_and_other_hashes_are_not() {
        assert_eq!(heading(2, "Tips #"), "## Tips \\#");
        assert_eq!(heading(3, "Council\\\n##"), "### Council \\##");
        assert_eq!(heading(2, "#"), "## \\#");
        assert_eq!(heading(2, "Learn C#"), "## Learn C#");
        assert_eq!(heading(1, "We're #1 in town"), "# We're #1 in town");
    }

    #[test]
    fn text_that_would_start_markup_is_escaped_and_other_text_is_not() {
        assert_eq!(line_starts_escaped("# 1 reason to go"), "\\# 1 reason to go");
        assert_eq!(line_starts_escaped("1. Preheat the oven"), "1\\. Preheat the oven");
        assert_eq!(line_starts_escaped("- dash\n> quote"), "\\- dash\n\\> quote");
        assert_eq!(line_starts_escaped("2024 was a year. 1.5 million came"), "2024 was a year. 1.5 million came");
        assert_eq!(line_starts_escaped("-5 degrees"), "-5 degrees");
    }

    #[test]
    fn plain_text_lines_lose_their_indentation_and_blank_lines_in_markdown() {
        // A tab or four spaces would start code, and a hard break before a blank line would be printed.
        assert_eq!(inline_text("\tcouncil\n\n  met *today*"), "council\\\nmet \\*today\\*");
    }

    #[test]
    fn markup_after_spaces_at_the_start_of_a_line_is_escaped() {
        // A paragraph that keeps its white space keeps the spaces before a line's text; a quote or an item may still start there.
        assert_eq!(line_starts_escaped(" > quote\n  - dash\n   1. one\n    # hash"), " \\> quote\n  \\- dash\n   1\\. one\n    \\# hash");
    }

    #[test]
    fn bars_in_a_cell_are_escaped_once() {
        assert_eq!(cell_text("a | b"), "a \\| b");
        assert_eq!(cell_text("a \\| b"), "a \\| b");
        assert_eq!(cell_text("line\\\nbreak"), "line break");
    }

    #[test]
    fn a_backslash_before_a_bar_in_a_cells_code_is_kept() {
        // In code a backslash is itself: the bar after it is escaped all the same.
        assert_eq!(cell_text("`a\\|b` c\\|d"), "`a\\\\|b` c\\|d");
        assert_eq!(cell_text("``x`|`` |"), "``x`\\|`` \\|");
    }
}
