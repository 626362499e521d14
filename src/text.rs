//! Stage 2 (text): text already extracted from a page in; a [`Page`] of line blocks out.
//!
//! Every non-empty line is one block: extracted page text puts a caption,
//! a byline, a date and the first paragraph on consecutive lines, so lines,
//! not blank-separated paragraphs, are the unit a label can be given to.
//! Whether a blank line came before each block is kept, since it is the
//! only layout this input still has. `\n`, `\r\n` and a lone `\r` all end a line.

use crate::blocks::{collapse_whitespace, Block, Page};
use crate::model::Error;

/// A text with more lines than this is refused: each line is a block, which
/// takes a few hundred bytes to clean, so a text of one-letter lines would
/// take two hundred times its size in memory. The longest of the 1,585 texts
/// of wcxb and aeb-dev has under 3,000.
pub const MAX_LINES: usize = 1_000_000;

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
        page.blocks.push(Block::text_line(collapsed, index + 1, gap_before));
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

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let page = segment("a\r\nb\rc").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| (b.line, b.text.as_str())).collect();
        assert_eq!(got, [(1, "a"), (2, "b"), (3, "c")]);
    }

    #[test]
    fn whitespace_only_lines_count_as_blank() {
        let page = segment("a\n   \t\nb").unwrap();
        assert!(page.blocks[1].gap_before);
    }
}
