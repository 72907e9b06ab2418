//! Tables in documents: pipe tables (Markdown, Org, Textile, Confluence, DokuWiki, AsciiDoc,
//! reStructuredText), MediaWiki tables, HTML `<table>`s and spreadsheets saved as XML.

use std::ops::Range;

use super::{Cells, Row, Tags, cell_texts, collect_row, find_tag, header_or_row, text, trim_cell};
use crate::secret::extract::lines;

/// Pipe tables: a header row, a delimiter row (`|---|:--:|`, Org's `|---+---|`), then rows
/// until a line without `|`; or a header row marked as one, Textile's `|_. Password |`,
/// Confluence and Jira's `|| Password ||` or DokuWiki's `^ Password ^`, then its rows; or
/// AsciiDoc's first row after `|===`.
pub(super) fn markdown_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let all: Vec<(usize, &[u8])> = lines(bytes).collect();
    let mut index = 0;
    while index + 1 < all.len() {
        let (start, line) = all[index];
        let after_asciidoc_fence = index > 0 && all[index - 1].1.trim_ascii() == b"|===";
        let dokuwiki = is_dokuwiki_header(line);
        let rows_from = if dokuwiki {
            Some(index + 1)
        } else if !is_pipe_row(line) {
            None
        } else if after_asciidoc_fence {
            Some(index + 1)
        } else if is_delimiter_row(all[index + 1].1) {
            Some(index + 2)
        } else if is_marked_header(line) {
            Some(index + 1)
        } else {
            None
        };
        let Some(rows_from) = rows_from else {
            index += 1;
            continue;
        };
        // Confluence's `||` leaves an empty cell between names; Textile marks each with `_.`.
        let confluence = line.trim_ascii_start().starts_with(b"||");
        let header_cells =
            if dokuwiki { separated_cells(line, start, b'^') } else { pipe_cells(line, start) };
        let header: Vec<String> = header_cells
            .iter()
            .map(|cell| text(bytes, cell))
            .filter(|name| !(confluence && name.is_empty()))
            .map(|name| name.trim_start_matches("_.").trim().to_owned())
            .collect();
        if after_asciidoc_fence {
            index = asciidoc_rows(bytes, &all, rows_from, &header, found);
            continue;
        }
        index = rows_from;
        while let Some(&(start, line)) =
            all.get(index).filter(|(_, line)| is_pipe_row(line) || is_border_row(line))
        {
            if !is_border_row(line) {
                // Trac and PmWiki separate data cells with `||` too.
                let row = if confluence && line.trim_ascii_start().starts_with(b"||") {
                    double_pipe_cells(bytes, start..start + line.len())
                } else {
                    pipe_cells(line, start)
                };
                collect_row(bytes, &header, &row, found);
            }
            index += 1;
        }
    }
}

/// Gherkin's Examples and data tables (`.feature` files): pipe rows with no delimiter row,
/// whose first row names the columns (`| user | password | page |`).
pub(super) fn gherkin_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut header: Option<Vec<String>> = None;
    for (start, line) in lines(bytes) {
        if !is_pipe_row(line) {
            header = None;
            continue;
        }
        let row = pipe_cells(line, start);
        match &header {
            Some(names) => collect_row(bytes, names, &row, found),
            None => header = Some(row.iter().map(|cell| text(bytes, cell)).collect()),
        }
    }
}

/// The rows of an AsciiDoc table after its header, up to the closing `|===`: a row's cells may
/// share a line or sit one per line, with blank lines between rows. Returns the index of the
/// line after the table.
fn asciidoc_rows(
    bytes: &[u8],
    all: &[(usize, &[u8])],
    from: usize,
    header: &[String],
    found: &mut Cells<'_>,
) -> usize {
    let mut row: Row = Vec::new();
    let mut index = from;
    while let Some(&(start, line)) = all.get(index) {
        let trimmed = line.trim_ascii();
        if trimmed == b"|===" || !trimmed.is_empty() && !is_pipe_row(line) {
            break;
        }
        if !trimmed.is_empty() {
            row.extend(pipe_cells(line, start));
        }
        if row.len() >= header.len().max(1) {
            collect_row(bytes, header, &row, found);
            row.clear();
        }
        index += 1;
    }
    if !row.is_empty() {
        collect_row(bytes, header, &row, found);
    }
    index + 1
}

fn is_pipe_row(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    line != b"|===" && (line.iter().filter(|&&b| b == b'|').count() >= 2 || line.starts_with(b"|"))
}

/// DokuWiki marks header cells with `^` instead of `|`: `^ System ^ User ^ Password ^`.
fn is_dokuwiki_header(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    line.starts_with(b"^")
        && line.ends_with(b"^")
        && line.iter().filter(|&&b| b == b'^').count() >= 3
}

/// `|---|:--:|`, Org's `|---+---|`, a reStructuredText grid table's `+=====+=====+`, or the
/// rule under a psql result's header (`-----+------`, pasted into mail and tickets).
fn is_delimiter_row(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    let psql = memchr::memmem::find(line, b"-+-").is_some() && !line.starts_with(b"+");
    (line.contains(&b'-') && line.contains(&b'|')
        || line.contains(&b'=') && line.starts_with(b"+")
        || psql)
        && line.iter().all(|b| matches!(b, b'|' | b'-' | b'=' | b':' | b'+' | b' ' | b'\t'))
}

/// A reStructuredText grid table's border between rows: `+-------+------+`.
fn is_border_row(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    line.len() > 2
        && line.starts_with(b"+")
        && line.ends_with(b"+")
        && line.iter().all(|b| matches!(b, b'-' | b'=' | b'+'))
}

/// A header row that says so itself: Textile's `|_. name |`, Confluence's `|| name ||` (Trac's
/// `||= name =||`, PmWiki's `||! name ||`, txt2tags' `|| name | name |`, Tiki's
/// `||__name__|__name__`), Creole's `|= name |`, or Foswiki's row of bold cells
/// `| *name* | *name* |`. PmWiki's `||border=1` line sets the table's attributes.
fn is_marked_header(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    // (txt2tags and Tiki open a header with `||` and separate its names with single pipes)
    let attributes = line.starts_with(b"||") && !line[2..].contains(&b'|');
    let bold_cells = || {
        let inner = line.strip_prefix(b"|").and_then(|line| line.strip_suffix(b"|"));
        inner.is_some_and(|inner| {
            inner
                .split(|&b| b == b'|')
                .map(<[u8]>::trim_ascii)
                .all(|cell| cell.len() > 2 && cell.starts_with(b"*") && cell.ends_with(b"*"))
        })
    };
    line.starts_with(b"|_.")
        || line.starts_with(b"||") && !attributes
        || line.starts_with(b"|=")
        || line.starts_with(b"|") && bold_cells()
}

/// The cells of a pipe row whose first byte is at `offset` in the file.
fn pipe_cells(line: &[u8], offset: usize) -> Row {
    separated_cells(line, offset, b'|')
}

/// The cells of a row split at unescaped `separator`s, edges trimmed.
fn separated_cells(line: &[u8], offset: usize, separator: u8) -> Row {
    let mut cells = Vec::new();
    let mut start = 0;
    for (at, &byte) in line.iter().enumerate() {
        if byte == separator && (at == 0 || line[at - 1] != b'\\') {
            cells.push(start..at);
            start = at + 1;
        }
    }
    cells.push(start..line.len());
    // A leading and a trailing separator leave empty edges that are not cells.
    if line.trim_ascii_start().starts_with(&[separator]) {
        cells.remove(0);
    }
    if line.trim_ascii_end().ends_with(&[separator]) {
        cells.pop();
    }
    cells
        .into_iter()
        .map(|cell| trim_cell(line, cell))
        .map(|c| c.start + offset..c.end + offset)
        .collect()
}

/// MediaWiki tables: `{|` opens one, `!` lines hold header cells (`! a !! b`), `|-` starts a
/// row, `|` lines hold data cells (`| a || b`, or one cell per line), `|}` closes the table.
pub(super) fn mediawiki_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let mut in_table = false;
    let mut header: Option<Vec<String>> = None;
    let mut row: Row = Vec::new();
    let mut header_row = false;
    for (start, line) in lines(bytes) {
        let trimmed = line.trim_ascii();
        let skipped = line.len() - line.trim_ascii_start().len();
        if trimmed.starts_with(b"{|") {
            (in_table, header, header_row) = (true, None, false);
            row.clear();
            continue;
        }
        if !in_table {
            continue;
        }
        let (ends_row, ends_table) = (trimmed.starts_with(b"|-"), trimmed.starts_with(b"|}"));
        if ends_row || ends_table {
            if header_row && header.is_none() {
                header = Some(cell_texts(bytes, &row));
            } else if !row.is_empty() {
                collect_row(bytes, header.as_deref().unwrap_or(&[]), &row, found);
            }
            row.clear();
            header_row = false;
            in_table = !ends_table;
            continue;
        }
        let (marker, separator): (u8, &[u8]) = match trimmed.first() {
            // `|+` is the table's caption
            Some(b'|') if trimmed.starts_with(b"|+") => continue,
            Some(b'!') => (b'!', b"!!"),
            Some(b'|') => (b'|', b"||"),
            _ => continue,
        };
        header_row |= marker == b'!';
        let cells_from = start + skipped + 1;
        row.extend(double_separated_cells(bytes, cells_from..start + line.len(), separator));
    }
}

/// The cells of a row written `|| a || b ||`, without the empty edges.
fn double_pipe_cells(bytes: &[u8], range: Range<usize>) -> Row {
    let mut cells = double_separated_cells(bytes, range, b"||");
    if cells.first().is_some_and(Range::is_empty) {
        cells.remove(0);
    }
    if cells.last().is_some_and(Range::is_empty) {
        cells.pop();
    }
    cells
}

/// The cells of `range` split at a two-byte `separator` (`||`, `!!`), trimmed.
pub(super) fn double_separated_cells(bytes: &[u8], range: Range<usize>, separator: &[u8]) -> Row {
    let mut cells = Vec::new();
    let mut at = range.start;
    for found in memchr::memmem::find_iter(&bytes[range.clone()], separator) {
        let end = range.start + found;
        if end >= at {
            cells.push(trim_cell(bytes, at..end));
            at = end + separator.len();
        }
    }
    cells.push(trim_cell(bytes, at..range.end));
    cells
}

/// `<tr>` rows of `<table>`s: a first row of `<th>` cells is the header; a table without one
/// still gives the cells next to credential-named ones.
pub(super) fn html_tables(bytes: &[u8], found: &mut Cells<'_>) {
    const TABLE: usize = 0;
    const ROW: usize = 1;
    let lower = bytes.to_ascii_lowercase();
    let mut tags = Tags::new(&lower, &[b"<table", b"<tr", b"</tr", b"</table"]);
    let mut header: Option<Vec<String>> = None;
    let mut at = 0;
    while let Some((next, tag)) = tags.next_of(at, &[TABLE, ROW]) {
        if tag == TABLE {
            header = None;
            at = next + 1;
            continue;
        }
        let end = tags.next_of(next + 3, &[0, 1, 2, 3]).map_or(lower.len(), |(end, _)| end);
        let (row, all_th) = html_cells(bytes, &lower, next..end);
        match &header {
            None if all_th || names_columns(bytes, &row) => header = Some(cell_texts(bytes, &row)),
            None => {
                header = Some(Vec::new());
                collect_row(bytes, &[], &row, found);
            }
            Some(names) => collect_row(bytes, names, &row, found),
        }
        at = end;
    }
}

/// Whether a first row of `<td>` cells is a header all the same (Excel saves its sheets as HTML
/// so): three or more names without digits, one of which names a credential. A first row that
/// labels its value (`Password | Xq7…`) has a digit in it, or fewer cells.
fn names_columns(bytes: &[u8], row: &Row) -> bool {
    let names: Vec<String> = cell_texts(bytes, row);
    names.len() >= 3
        && names.iter().all(|name| !name.is_empty() && !name.bytes().any(|b| b.is_ascii_digit()))
        && names.iter().any(|name| super::names_credential(name))
}

/// The tags of a spreadsheet saved as XML: its tables, rows and cells.
pub(super) struct SheetTags {
    table: &'static [u8],
    row: &'static [u8],
    row_end: &'static [u8],
    cell: &'static [u8],
    cell_end: &'static [u8],
}

/// A flat OpenDocument spreadsheet (`.fods`).
pub(super) const OPEN_DOCUMENT: SheetTags = SheetTags {
    table: b"<table:table ",
    row: b"<table:table-row",
    row_end: b"</table:table-row",
    cell: b"<table:table-cell",
    cell_end: b"</table:table-cell",
};

/// Excel's XML Spreadsheet 2003 (`<Workbook><Worksheet><Table><Row><Cell><Data>`).
pub(super) const SPREADSHEET_ML: SheetTags = SheetTags {
    table: b"<table",
    row: b"<row",
    row_end: b"</row",
    cell: b"<cell",
    cell_end: b"</cell",
};

/// A DocBook table (`<tgroup><thead><row><entry>`): its first row is the header.
pub(super) const DOCBOOK: SheetTags = SheetTags {
    table: b"<tgroup",
    row: b"<row",
    row_end: b"</row",
    cell: b"<entry",
    cell_end: b"</entry",
};

/// A worksheet of an Office Open XML workbook (`xl/worksheets/sheet1.xml` of an `.xlsx`):
/// `<sheetData><row><c><is><t>`. Only inline strings are read: shared ones are indexes.
pub(super) const OFFICE_OPEN_XML: SheetTags = SheetTags {
    table: b"<sheetdata",
    row: b"<row",
    row_end: b"</row",
    cell: b"<c ",
    cell_end: b"</c>",
};

/// Cells of a Gnumeric workbook saved as plain XML: `<gnm:Cell Row="1" Col="3">` elements,
/// not grouped by row. Each sheet's row 0 is its header.
pub(super) fn gnumeric_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let lower = bytes.to_ascii_lowercase();
    let mut sheets: Vec<std::collections::BTreeMap<usize, Row>> = Vec::new();
    let mut at = 0;
    while let Some(open) = find_tag(&lower, at, &[b"<gnm:cell ", b"<gnm:cells>"]) {
        at = open + 1;
        if lower[open..].starts_with(b"<gnm:cells>") {
            sheets.push(Default::default());
            continue;
        }
        let Some(gt) = memchr::memchr(b'>', &lower[open..]).map(|gt| open + gt) else { break };
        let attribute = |name: &[u8]| {
            let value = memchr::memmem::find(&lower[open..gt], name)? + open + name.len();
            let digits = lower[value..gt].iter().take_while(|b| b.is_ascii_digit()).count();
            std::str::from_utf8(&lower[value..value + digits]).ok()?.parse::<usize>().ok()
        };
        let (Some(row), Some(column), Some(sheet)) =
            (attribute(b" row=\""), attribute(b" col=\""), sheets.last_mut())
        else {
            continue;
        };
        let close = find_tag(&lower, gt, &[b"</gnm:cell"]).unwrap_or(lower.len());
        let cells = sheet.entry(row).or_default();
        if cells.len() <= column {
            cells.resize(column + 1, gt..gt);
        }
        cells[column] = first_text_run(bytes, gt + 1..close);
    }
    for mut sheet in sheets {
        let Some(header) = sheet.remove(&0) else { continue };
        let names: Vec<String> = cell_texts(bytes, &header);
        for row in sheet.values() {
            collect_row(bytes, &names, row, found);
        }
    }
}

/// Rows of a spreadsheet saved as XML, one cell per line or not: each table's first row is its
/// header, as in a CSV file.
pub(super) fn sheet_tables(bytes: &[u8], sheet: &SheetTags, found: &mut Cells<'_>) {
    const TABLE: usize = 0;
    const ROW: usize = 1;
    let lower = bytes.to_ascii_lowercase();
    let names = [sheet.table, sheet.row, sheet.row_end];
    let mut tags = Tags::new(&lower, &names);
    let mut header: Option<Vec<String>> = None;
    let mut at = 0;
    while let Some((next, tag)) = tags.next_of(at, &[TABLE, ROW]) {
        at = next + 1;
        if tag == TABLE {
            header = None;
            continue;
        }
        let end = tags.next_of(at, &[TABLE, ROW, 2]).map_or(lower.len(), |(end, _)| end);
        let row = sheet_cells(bytes, &lower, next..end, sheet);
        header_or_row(bytes, &mut header, &row, found);
        at = end;
    }
}

/// The cells of one spreadsheet row: each cell's first run of text.
fn sheet_cells(bytes: &[u8], lower: &[u8], row: Range<usize>, sheet: &SheetTags) -> Row {
    let mut cells = Vec::new();
    let mut at = row.start + sheet.row.len();
    while let Some(open) = find_tag(&lower[..row.end], at, &[sheet.cell]) {
        // `<table:table-cell/>` and `<Cell/>` are empty cells, and still take a column.
        let Some(gt) = memchr::memchr(b'>', &lower[open..row.end]).map(|gt| open + gt) else {
            break;
        };
        if lower[gt - 1] == b'/' {
            cells.push(gt..gt);
            at = gt;
            continue;
        }
        let close =
            find_tag(&lower[..row.end], gt, &[sheet.cell_end, sheet.cell]).unwrap_or(row.end);
        cells.push(first_text_run(bytes, gt + 1..close));
        at = close.max(gt + 1);
    }
    cells
}

/// Finds the next of several tags in lower-cased text. Each tag's next position is remembered,
/// The cells of one `<tr>`: each cell's first run of text, and whether all cells were `<th>`.
fn html_cells(bytes: &[u8], lower: &[u8], row: Range<usize>) -> (Row, bool) {
    let mut cells = Vec::new();
    let mut all_th = true;
    let mut at = row.start;
    while let Some(open) = find_tag(&lower[..row.end], at, &[b"<td", b"<th"]) {
        all_th &= lower[open..].starts_with(b"<th");
        let Some(content) = memchr::memchr(b'>', &lower[open..row.end]).map(|gt| open + gt + 1)
        else {
            break;
        };
        let close = find_tag(&lower[..row.end], content, &[b"</td", b"</th", b"<td", b"<th"])
            .unwrap_or(row.end);
        cells.push(first_text_run(bytes, content..close));
        at = close.max(content);
    }
    let all_th = all_th && !cells.is_empty();
    (cells, all_th)
}

/// The first stretch of text between tags inside `range`, trimmed.
fn first_text_run(bytes: &[u8], range: Range<usize>) -> Range<usize> {
    let mut at = range.start;
    while at < range.end {
        if bytes[at] == b'<' {
            at = memchr::memchr(b'>', &bytes[at..range.end]).map_or(range.end, |gt| at + gt + 1);
            continue;
        }
        let end = memchr::memchr(b'<', &bytes[at..range.end]).map_or(range.end, |lt| at + lt);
        let run = trim_cell(bytes, at..end);
        if !run.is_empty() {
            return run;
        }
        at = end;
    }
    range.end..range.end
}
