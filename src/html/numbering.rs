//! Where the walk stands in a table and in a numbered list: the column a
//! cell stands in, across `colspan`s and `rowspan`s, and the number an
//! `<ol>`'s item shows.

use html5ever::local_name;
use scraper::Node;

use super::elements::{attribute, number};

/// How an `<ol>` numbers its items: from its `start` (by default 1, or the
/// item count when `reversed`), up or down.
pub(super) struct ListNumbers {
    next: u32,
    reversed: bool,
}

/// Item numbers past this are not list markers in CommonMark (nine digits at most).
const MAX_ITEM_NUMBER: u32 = 999_999_999;

impl ListNumbers {
    pub(super) fn new(element: &scraper::node::Element, node: ego_tree::NodeRef<Node>) -> ListNumbers {
        let reversed = attribute(element, "reversed").is_some();
        let items = || node.children().filter(|child| child.value().as_element().is_some_and(|e| e.name.local == local_name!("li"))).count();
        let start = attribute(element, "start").and_then(number).unwrap_or_else(|| if reversed { u32::try_from(items()).unwrap_or(MAX_ITEM_NUMBER) } else { 1 });
        ListNumbers { next: start, reversed }
    }

    /// The number of the next item: its own `value`, else the list's count, which goes on from it.
    pub(super) fn take(&mut self, value: Option<u32>) -> u32 {
        let number = value.unwrap_or(self.next).min(MAX_ITEM_NUMBER);
        self.next = if self.reversed { number.saturating_sub(1) } else { number.saturating_add(1) };
        number
    }
}

/// Where the cells of one table stand: columns are counted across `colspan`s,
/// and a `rowspan` keeps its column taken in the rows below, so that a cell
/// after an empty one or under a tall one keeps its column.
#[derive(Default)]
pub(super) struct TableGrid {
    /// The current row's ordinal, from 0; `None` before the first row.
    row: Option<u32>,
    /// The next free column in the current row.
    next_column: u16,
    /// For each column, the first row where it is free again.
    taken_until: Vec<u32>,
    /// The open cell's column and span.
    pub(super) cell: (u16, u16),
    /// Whether the table lays out a page's text rather than figures ([`super::elements::lays_out_text`]).
    pub(super) lays_out_text: bool,
}

/// Spans past this are taken as this: no table needs more, and the grid stays small.
const MAX_SPAN: u16 = 1000;

impl TableGrid {
    /// A table's grid, before its first row; `lays_out_text` as [`super::elements::lays_out_text`] tells.
    pub(super) fn new(lays_out_text: bool) -> TableGrid {
        TableGrid { lays_out_text, ..TableGrid::default() }
    }

    pub(super) fn start_row(&mut self) {
        self.row = Some(self.row.map_or(0, |row| row + 1));
        self.next_column = 0;
    }

    /// Places a cell spanning `columns` and `rows` at the first free column.
    pub(super) fn place_cell(&mut self, columns: u16, rows: u16) {
        let row = *self.row.get_or_insert(0);
        while self.taken_until.get(usize::from(self.next_column)).is_some_and(|&until| until > row) {
            self.next_column = self.next_column.saturating_add(1);
        }
        let (start, end) = (self.next_column, self.next_column.saturating_add(columns));
        if self.taken_until.len() < usize::from(end) {
            self.taken_until.resize(usize::from(end), 0);
        }
        for until in &mut self.taken_until[usize::from(start)..usize::from(end)] {
            *until = row + u32::from(rows);
        }
        self.cell = (start, columns);
        self.next_column = end;
    }
}

/// A `colspan` or `rowspan` as a number from 1 to [`MAX_SPAN`].
pub(super) fn span(element: &scraper::node::Element, attr: &str) -> u16 {
    attribute(element, attr).and_then(|v| v.trim().parse::<u16>().ok()).unwrap_or(1).clamp(1, MAX_SPAN)
}
