//! Tables in plain-text formats without pipe rows: spreadsheets exported as SYLK (`.slk`), DIF
//! (`.dif`) or a fixed-width printout (`.prn`), Texinfo's `@multitable`, troff's `tbl` tables and
//! mdoc's column lists in man pages, and Emacs Muse tables (`Name || Name`, then `cell | cell`).

use std::collections::BTreeMap;
use std::ops::Range;

use super::markup::double_separated_cells;
use super::{Cells, Row, cell_texts, collect_row, header_or_row, lines, trim_cell};

/// SYLK: one `C;Y<row>;X<column>;K"value"` record per cell (`Y` may be left out when the row
/// stays the same). The first row is the header.
pub(super) fn sylk_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut grid: BTreeMap<usize, BTreeMap<usize, Range<usize>>> = BTreeMap::new();
    let mut row = 0;
    for (start, line) in lines(bytes) {
        let Some(fields) = line.strip_prefix(b"C;") else { continue };
        let mut offset = start + 2;
        let mut column = None;
        for field in fields.split(|&byte| byte == b';') {
            match field.first() {
                Some(b'Y') => row = number(&field[1..]).unwrap_or(row),
                Some(b'X') => column = number(&field[1..]),
                Some(b'K') => {
                    if let Some(column) = column {
                        let value = trim_cell(bytes, offset + 1..offset + field.len());
                        grid.entry(row).or_default().insert(column, value);
                    }
                }
                _ => {}
            }
            offset += field.len() + 1;
        }
    }
    grid_tables(bytes, grid.into_values(), found);
}

/// DIF: after `DATA`, each row opens with `-1,0` / `BOT`, and each cell is two lines: `1,0` and
/// the quoted string, or `0,<number>` and `V`. The first row is the header.
pub(super) fn dif_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let all: Vec<(usize, &[u8])> = lines(bytes).collect();
    let Some(data) = all.iter().position(|(_, line)| line.trim_ascii() == b"DATA") else {
        return;
    };
    let mut rows: Vec<BTreeMap<usize, Range<usize>>> = Vec::new();
    let mut at = data + 3;
    while let (Some(&(start, kind)), Some(&(value_start, value))) = (all.get(at), all.get(at + 1)) {
        let kind = kind.trim_ascii();
        let value_text = value.trim_ascii();
        if kind.starts_with(b"-1,") && value_text == b"EOD" {
            break;
        }
        if kind.starts_with(b"-1,") && value_text == b"BOT" {
            rows.push(BTreeMap::new());
        } else if let Some(row) = rows.last_mut() {
            let cell = if kind.starts_with(b"0,") {
                trim_cell(bytes, start + 2..start + kind.len())
            } else {
                trim_cell(bytes, value_start..value_start + value.len())
            };
            row.insert(row.len() + 1, cell);
        }
        at += 2;
    }
    grid_tables(bytes, rows.into_iter(), found);
}

/// A fixed-width printout (Excel's `.prn`): the first line's names start the columns, each set
/// apart from the one before by two or more blanks; every line is cut at the same places.
pub(super) fn fixed_width_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut rows = lines(bytes).filter(|(_, line)| !line.trim_ascii().is_empty());
    let Some((start, first)) = rows.next() else { return };
    let starts: Vec<usize> = (0..first.len())
        .filter(|&at| first[at] != b' ' && (at == 0 || at >= 2 && first[at - 2..at] == *b"  "))
        .collect();
    if starts.len() < 2 {
        return;
    }
    let bounds: Vec<usize> = starts.iter().copied().chain([usize::MAX]).collect();
    let cut = |start: usize, line: &[u8]| -> Row {
        bounds
            .windows(2)
            .map(|pair| {
                let (from, to) = (pair[0].min(line.len()), pair[1].min(line.len()));
                trim_cell(bytes, start + from..start + to)
            })
            .collect()
    };
    let header: Vec<String> = cell_texts(bytes, &cut(start, first));
    for (start, line) in rows {
        collect_row(bytes, &header, &cut(start, line), found);
    }
}

/// Texinfo: `@headitem Name @tab Name` is the header of a `@multitable`, `@item a @tab b` a row.
pub(super) fn texinfo_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut header: Option<Vec<String>> = None;
    for (start, line) in lines(bytes) {
        let trimmed = line.trim_ascii_start();
        let lead = start + line.len() - trimmed.len();
        if trimmed.starts_with(b"@end multitable") {
            header = None;
        } else if let Some(rest) = trimmed.strip_prefix(b"@headitem ") {
            let cells = separated(bytes, rest, lead + 10, b"@tab");
            header = Some(cell_texts(bytes, &cells));
        } else if let (Some(rest), Some(names)) = (trimmed.strip_prefix(b"@item "), &header) {
            collect_row(bytes, names, &separated(bytes, rest, lead + 6, b"@tab"), found);
        }
    }
}

/// troff `tbl` (man pages): between `.TS` and `.TE`, option lines end in `;` (`tab(|);`), format
/// lines in `.`, and the first data line is the header. Cells are split at the `tab` character
/// (a tab unless the options say otherwise).
pub(super) fn tbl_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut inside = false;
    let mut separator = b'\t';
    let mut in_format = false;
    let mut header: Option<Vec<String>> = None;
    for (start, line) in lines(bytes) {
        let trimmed = line.trim_ascii();
        if trimmed.starts_with(b".TS") {
            (inside, in_format, separator, header) = (true, true, b'\t', None);
            continue;
        }
        if !inside {
            continue;
        }
        if trimmed.starts_with(b".TE") {
            inside = false;
        } else if in_format {
            if let Some(at) = memchr::memmem::find(trimmed, b"tab(") {
                separator = trimmed.get(at + 4).copied().unwrap_or(b'\t');
            }
            in_format = !trimmed.ends_with(b".") || trimmed.ends_with(b";");
        } else if !trimmed.starts_with(b".") && !matches!(trimmed, b"_" | b"=") {
            let row = separated(bytes, line, start, &[separator]);
            header_or_row(bytes, &mut header, &row, found);
        }
    }
}

/// mdoc's column lists (BSD-style man pages): `.Bl -column "system" "user" "password"` opens
/// one, each `.It a Ta b Ta c` is a row, `.El` closes it. The `.Bl` line's width strings are
/// the header when they name a credential; otherwise the first row is (`.It Sy System Ta Sy
/// Password`, its names set in bold).
pub(super) fn mdoc_column_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut inside = false;
    let mut header: Option<Vec<String>> = None;
    for (start, line) in lines(bytes) {
        let trimmed = line.trim_ascii();
        if let Some(widths) = trimmed.strip_prefix(b".Bl -column") {
            let names: Vec<String> = (widths.split(|&b| b == b'"').skip(1).step_by(2))
                .map(|name| String::from_utf8_lossy(name).trim().to_owned())
                .collect();
            inside = true;
            header = names.iter().any(|name| found.takes(name).is_some()).then_some(names);
        } else if trimmed.starts_with(b".El") {
            inside = false;
        } else if inside && trimmed.starts_with(b".It ") {
            let from = start + (line.len() - line.trim_ascii_start().len()) + 4;
            let row: Row = separated(bytes, &bytes[from..start + line.len()], from, b" Ta ")
                .into_iter()
                .map(|cell| without_font_macro(bytes, cell))
                .collect();
            header_or_row(bytes, &mut header, &row, found);
        }
    }
}

/// An mdoc cell without the font macro that sets it (`Sy System`, `Li value`).
fn without_font_macro(bytes: &[u8], cell: Range<usize>) -> Range<usize> {
    let text = &bytes[cell.clone()];
    let set = [b"Sy ", b"Em ", b"Li ", b"Ql ", b"Dq "].iter().any(|m| text.starts_with(*m));
    if set { cell.start + 3..cell.end } else { cell }
}

/// Emacs Muse: a header row separates its names with `||`, data rows with `|`; a cell may be
/// set in monospace (`=value=`).
pub(super) fn muse_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut header: Option<Vec<String>> = None;
    for (start, line) in lines(bytes) {
        let has = |separator: &[u8]| memchr::memmem::find(line, separator).is_some();
        if has(b"|||") || !has(b"|") {
            header = None;
        } else if has(b"||") {
            let cells = separated(bytes, line, start, b"||");
            header = Some(cell_texts(bytes, &cells));
        } else if let Some(names) = &header {
            let row: Row = separated(bytes, line, start, b"|")
                .into_iter()
                .map(|c| monospace(bytes, c))
                .collect();
            collect_row(bytes, names, &row, found);
        }
    }
}

/// Rows of cells keyed by column number (from 1): the first row is the header.
pub(super) fn grid_tables(
    bytes: &[u8],
    mut rows: impl Iterator<Item = BTreeMap<usize, Range<usize>>>,
    found: &mut Cells<'_>,
) {
    let as_row = |cells: BTreeMap<usize, Range<usize>>| -> Row {
        let width = cells.keys().max().copied().unwrap_or(0);
        (1..=width).map(|column| cells.get(&column).cloned().unwrap_or(0..0)).collect()
    };
    let Some(first) = rows.next() else { return };
    let header: Vec<String> = cell_texts(bytes, &as_row(first));
    for cells in rows {
        collect_row(bytes, &header, &as_row(cells), found);
    }
}

/// The trimmed cells of `line` (which starts at `start` in the file) split at `separator`.
fn separated(bytes: &[u8], line: &[u8], start: usize, separator: &[u8]) -> Row {
    double_separated_cells(bytes, start..start + line.len(), separator)
}

/// A Muse cell without its monospace markers (`=value=`).
fn monospace(bytes: &[u8], cell: Range<usize>) -> Range<usize> {
    let inner = &bytes[cell.clone()];
    if inner.len() > 2 && inner[0] == b'=' && inner[inner.len() - 1] == b'=' {
        cell.start + 1..cell.end - 1
    } else {
        cell
    }
}

/// A decimal number written in ASCII digits.
pub(super) fn number(digits: &[u8]) -> Option<usize> {
    std::str::from_utf8(digits).ok()?.trim().parse().ok()
}
