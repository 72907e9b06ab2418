//! Tables written as lists of cells rather than rows of a line each: the `sc` spreadsheet's cell
//! assignments (`leftstring C1 = "…"`), Typst's `#table(columns: 4, [a], [b], …)`, and the
//! list-tables of MyST and reStructuredText (`* - a` then `  - b` for each cell of a row).

use std::collections::BTreeMap;
use std::ops::Range;

use super::text_sheets::{grid_tables, number};
use super::{Cells, Row, cell_texts, collect_row, header_or_row, lines, trim_cell};

/// `sc` (the Spreadsheet Calculator): one `leftstring A0 = "text"` line per cell (`rightstring`,
/// `label` and `let` too), columns named by letters, rows numbered from 0. Row 0 is the header.
pub(super) fn sc_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut grid: BTreeMap<usize, BTreeMap<usize, Range<usize>>> = BTreeMap::new();
    for (start, line) in lines(bytes) {
        let Some((command, rest)) = split_word(line) else { continue };
        if !matches!(command, b"leftstring" | b"rightstring" | b"label" | b"let") {
            continue;
        }
        let Some((cell, value)) = split_word(rest) else { continue };
        let Some((column, row)) = cell_name(cell) else { continue };
        let Some(value) = value.trim_ascii_start().strip_prefix(b"=") else { continue };
        let value_start = start + line.len() - value.len();
        grid.entry(row)
            .or_default()
            .insert(column, trim_cell(bytes, value_start..start + line.len()));
    }
    grid_tables(bytes, grid.into_values(), found);
}

/// The first blank-separated word of `text` and the rest after it.
fn split_word(text: &[u8]) -> Option<(&[u8], &[u8])> {
    let text = text.trim_ascii_start();
    let end = text.iter().position(u8::is_ascii_whitespace)?;
    Some((&text[..end], &text[end..]))
}

/// `C12` → column 3 (from 1), row 12; `AB0` → column 28, row 0.
fn cell_name(name: &[u8]) -> Option<(usize, usize)> {
    let letters = name.iter().take_while(|byte| byte.is_ascii_uppercase()).count();
    let (column, row) = name.split_at(letters);
    if letters == 0 || letters > 3 || row.is_empty() || !row.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let column = column.iter().fold(0, |sum, &letter| sum * 26 + usize::from(letter - b'A') + 1);
    Some((column, number(row)?))
}

/// Typst: `#table(columns: N, [cell], [cell], …)`, where `columns` is a count or a tuple of
/// widths; cells fill the rows in order, the first row being the header.
pub(super) fn typst_tables(bytes: &[u8], found: &mut Cells<'_>) {
    for at in memchr::memmem::find_iter(bytes, b"#table(") {
        let body = at + 7;
        let Some(columns) = column_count(&bytes[body..]) else { continue };
        let cells = bracketed_cells(bytes, body);
        let mut rows = cells.chunks(columns);
        let Some(first) = rows.next() else { continue };
        let header = cell_texts(bytes, first);
        for row in rows {
            collect_row(bytes, &header, row, found);
        }
    }
}

/// The `columns:` argument at the start of a table's arguments: a count, or a tuple whose
/// entries are counted.
fn column_count(arguments: &[u8]) -> Option<usize> {
    let at = memchr::memmem::find(&arguments[..arguments.len().min(400)], b"columns:")?;
    let value = arguments[at + 8..].trim_ascii_start();
    if let Some(tuple) = value.strip_prefix(b"(") {
        let end = tuple.iter().position(|&byte| byte == b')')?;
        return Some(tuple[..end].iter().filter(|&&byte| byte == b',').count() + 1);
    }
    let digits = value.iter().take_while(|byte| byte.is_ascii_digit()).count();
    number(&value[..digits]).filter(|&count| count > 0)
}

/// The `[…]` cells from `from` to the parenthesis that closes the table (content brackets
/// nest; a `[` inside a cell is part of it).
fn bracketed_cells(bytes: &[u8], from: usize) -> Vec<Range<usize>> {
    let mut cells = Vec::new();
    let (mut parens, mut brackets, mut opened) = (0usize, 0usize, 0);
    for (at, &byte) in bytes.iter().enumerate().skip(from) {
        match byte {
            b'[' => {
                if brackets == 0 {
                    opened = at + 1;
                }
                brackets += 1;
            }
            b']' if brackets > 0 => {
                brackets -= 1;
                if brackets == 0 {
                    cells.push(trim_cell(bytes, opened..at));
                }
            }
            b'(' if brackets == 0 => parens += 1,
            b')' if brackets == 0 => match parens.checked_sub(1) {
                Some(left) => parens = left,
                None => break,
            },
            _ => {}
        }
    }
    cells
}

/// MyST's ```` ```{list-table} ```` and reStructuredText's `.. list-table::`: each row opens
/// with `* - cell` and each further cell is a `- cell` line indented under it. The first row is
/// the header.
pub(super) fn list_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut inside = false;
    let mut header: Option<Vec<String>> = None;
    let mut row: Row = Vec::new();
    let finish = |row: &mut Row, header: &mut Option<Vec<String>>, found: &mut Cells<'_>| {
        if !row.is_empty() {
            header_or_row(bytes, header, row, found);
            row.clear();
        }
    };
    for (start, line) in lines(bytes) {
        let trimmed = line.trim_ascii_start();
        let lead = start + line.len() - trimmed.len();
        if memchr::memmem::find(line, b"list-table").is_some() {
            finish(&mut row, &mut header, found);
            (inside, header) = (true, None);
        } else if !inside || trimmed.is_empty() || trimmed.starts_with(b":") {
            continue;
        } else if let Some(cell) = trimmed.strip_prefix(b"* - ") {
            finish(&mut row, &mut header, found);
            row.push(trim_cell(bytes, lead + 4..lead + 4 + cell.len()));
        } else if let (Some(cell), false) = (trimmed.strip_prefix(b"- "), row.is_empty()) {
            row.push(trim_cell(bytes, lead + 2..lead + 2 + cell.len()));
        } else {
            finish(&mut row, &mut header, found);
            inside = false;
        }
    }
    finish(&mut row, &mut header, found);
}
