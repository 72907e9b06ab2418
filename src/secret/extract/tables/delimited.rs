//! Delimited tables: CSV, TSV and PSV files whose first line is the header, and JSON files that
//! write rows as arrays of strings, one per line.

use super::{Cells, Row, cell_texts, collect_row, header_or_row, trim_cell};
use crate::secret::extract::lines;

/// The first line is the header; fields are separated by `separator` or, when the format does
/// not fix one, by tabs, commas or semicolons (whichever the header uses), and may be quoted.
pub(super) fn delimited_table(bytes: &[u8], separator: Option<u8>, found: &mut Cells<'_>) {
    let mut rows = lines(bytes).filter(|(_, line)| !line.trim_ascii().is_empty());
    let Some((start, first)) = rows.next() else { return };
    let count = |sep: u8| first.iter().filter(|&&b| b == sep).count();
    let separator = separator.unwrap_or(if count(b'\t') > 0 {
        b'\t'
    } else if count(b';') > count(b',') {
        b';'
    } else {
        b','
    });
    let header: Vec<String> = cell_texts(bytes, &delimited_cells(first, start, separator));
    for (start, line) in rows {
        collect_row(bytes, &header, &delimited_cells(line, start, separator), found);
    }
}

/// Whether a JSON file holds a `"values"` key whose value is an array of arrays (cheap: API
/// descriptions name `"values"` often, and reading every line of them is not).
pub(super) fn has_row_arrays(bytes: &[u8]) -> bool {
    memchr::memmem::find_iter(bytes, b"\"values\"").any(|at| {
        let mut rest = bytes[at + 8..].iter().copied().filter(|b| !b.is_ascii_whitespace());
        rest.next() == Some(b':') && rest.next() == Some(b'[') && rest.next() == Some(b'[')
    })
}

/// Rows written as JSON arrays of strings, one per line: each run of such lines is a table
/// whose first row is its header.
pub(super) fn json_row_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut header: Option<Vec<String>> = None;
    for (start, line) in lines(bytes) {
        let lead = line.len() - line.trim_ascii_start().len();
        let trimmed = line.trim_ascii();
        let trimmed = trimmed.strip_suffix(b",").unwrap_or(trimmed);
        let inner = trimmed.strip_prefix(b"[").and_then(|inner| inner.strip_suffix(b"]"));
        let Some(inner) = inner.filter(|inner| inner.trim_ascii_start().starts_with(b"\"")) else {
            header = None;
            continue;
        };
        let row = delimited_cells(inner, start + lead + 1, b',');
        header_or_row(bytes, &mut header, &row, found);
    }
}

/// Fields of one delimited line whose first byte is at `offset`; quotes are not part of a field.
pub(super) fn delimited_cells(line: &[u8], offset: usize, separator: u8) -> Row {
    let mut cells = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (at, &byte) in line.iter().enumerate() {
        if byte == b'"' {
            quoted = !quoted;
        } else if byte == separator && !quoted {
            cells.push(start..at);
            start = at + 1;
        }
    }
    cells.push(start..line.len());
    cells
        .into_iter()
        .map(|cell| trim_cell(line, cell))
        .map(|c| c.start + offset..c.end + offset)
        .collect()
}
