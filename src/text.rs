//! Stage 2 (text): text already extracted from a page in; a [`Page`] of line blocks out.
//!
//! Every non-empty line is one block: extracted page text puts a caption,
//! a byline, a date and the first paragraph on consecutive lines, so lines,
//! not blank-separated paragraphs, are the unit a label can be given to.
//! Whether a blank line came before each block is kept, since it is the
//! only layout this input still has. `\n`, `\r\n` and a lone `\r` all end a line.
//! A line that starts with a bullet is a list's item, as an `<li>` is.

use crate::blocks::{collapse_whitespace, Block, BlockKind, Page};
use crate::model::Error;

/// A text with more lines than this is refused: each line is a block, which
/// takes a few hundred bytes to clean, so a text of one-letter lines would
/// take two hundred times its size in memory. The longest of the 1,585 texts
/// of wcxb and aeb-dev has under 3,000.
pub const MAX_LINES: usize = 1_000_000;

/// What starts a line as a list's item, before a space: ASCII's `-` and
/// `*`, and the bullets that extracted text keeps from a page's lists. (Not
/// an en dash nor a middle dot: they start a comment's signature, "– Isaac",
/// and a count after a separator, "· 76 comments"; and not a number, which
/// numbers a heading as often as an item, "5. Surfshark Alert", and is a word
/// of the text.)
const BULLETS: [char; 5] = ['-', '*', '•', '◦', '▪'];

/// A line's text after its bullet, when it starts with one.
fn after_bullet(line: &str) -> Option<&str> {
    line.strip_prefix(BULLETS)?.strip_prefix(' ')
}

/// Cuts `text` into one block per non-empty line.
pub fn segment(text: &str) -> Result<Page, Error> {
    let mut page = Page::default();
    let mut gap_before = true;
    for (index, line) in lines(text).enumerate() {
        let collapsed = collapse_whitespace(line);
        if collapsed.is_empty() {
            gap_before = true;
            continue;
        }
        if page.blocks.len() == MAX_LINES {
            return Err(Error::TooManyParts { what: "lines", limit: MAX_LINES });
        }
        // The bullet is the item's marker, not its text, as in HTML.
        let block = match after_bullet(&collapsed) {
            Some(item) => Block { kind: BlockKind::ListItem { number: None }, ..Block::text_line(item.to_string(), index + 1, gap_before) },
            None => Block::text_line(collapsed, index + 1, gap_before),
        };
        page.blocks.push(block);
        gap_before = false;
    }
    Ok(page)
}

/// Lines ended by `\n`, `\r\n` or a lone `\r`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').flat_map(|line| line.strip_suffix('\r').unwrap_or(line).split('\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_non_empty_line_is_a_block_with_its_line_number() {
        let page = segment("Title\n\nFirst  line\nSecond line\n").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| (b.line, b.text.as_str(), b.gap_before)).collect();
        assert_eq!(got, [(1, "Title", true), (3, "First line", true), (4, "Second line", false)]);
    }

    /// Once, a heading's link icon (Font Awesome's U+F0C1) ended every heading
    /// of a text page, and a line of icons was a line of text.
    #[test]
    fn icon_glyphs_of_the_private_use_area_are_dropped_and_other_symbols_kept() {
        let page = segment("Playbook syntax \u{f0c1}\n\u{f09a} \u{f232}\nUp to 50% off 🙂 中文 ✓\n").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(got, ["Playbook syntax", "Up to 50% off 🙂 中文 ✓"]);
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let page = segment("a\r\nb\rc").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| (b.line, b.text.as_str())).collect();
        assert_eq!(got, [(1, "a"), (2, "b"), (3, "c")]);
    }

    #[test]
    fn a_line_that_starts_with_a_bullet_is_a_list_item_without_it() {
        let page = segment("- Flour\n* Two eggs\n• A pinch of salt\n").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        let item = BlockKind::ListItem { number: None };
        assert_eq!(got, [(item, "Flour"), (item, "Two eggs"), (item, "A pinch of salt")]);
        // Near misses: a signature, a count after a separator, a number, a
        // bullet with nothing after it, a minus sign.
        let page = segment("– Isaac\n· 76 comments\n5. Surfshark Alert\n-\n-5 degrees at night\n").unwrap();
        assert!(page.blocks.iter().all(|b| b.kind == BlockKind::Text), "{:?}", page.blocks);
    }

    #[test]
    fn whitespace_only_lines_count_as_blank() {
        let page = segment("a\n   \t\nb").unwrap();
        assert!(page.blocks[1].gap_before);
    }
}
