//! Tables in SQL dumps: `CREATE TABLE` column lists, `INSERT` tuples and `COPY … FROM stdin`.

use std::collections::HashMap;
use std::ops::Range;

use super::delimited::delimited_cells;
use super::{Cells, Row, Tags, collect_row, text};
use crate::secret::extract::lines;

/// `CREATE TABLE` column lists, `INSERT INTO … VALUES (…)` tuples, and `COPY … FROM stdin` rows.
pub(super) fn sql_tables(bytes: &[u8], found: &mut Cells<'_>) {
    let lower = bytes.to_ascii_lowercase();
    let mut tags = Tags::new(&lower, &[b"create table", b"insert into", b"copy "]);
    let mut columns: HashMap<String, Vec<String>> = HashMap::new();
    let mut at = 0;
    while let Some((next, tag)) = tags.next_of(at, &[0, 1, 2]) {
        let stop = match tag {
            0 => create_table(bytes, next, &mut columns),
            1 => insert_values(bytes, &lower, next, &columns, found),
            _ => copy_rows(bytes, next, found),
        };
        at = stop.max(next + 1);
    }
}

/// Records the columns of `CREATE TABLE name (…)`; returns where parsing stopped.
fn create_table(bytes: &[u8], at: usize, columns: &mut HashMap<String, Vec<String>>) -> usize {
    let after = at + "create table".len();
    let Some(open) = memchr::memchr(b'(', &bytes[after..]).map(|p| after + p) else {
        return after;
    };
    let name = table_name(&bytes[after..open]);
    let Some(body) = parenthesised(bytes, open) else { return open + 1 };
    const NOT_COLUMNS: [&str; 9] = [
        "primary",
        "key",
        "unique",
        "constraint",
        "index",
        "foreign",
        "check",
        "fulltext",
        "spatial",
    ];
    let names = split_top_level(bytes, body.clone())
        .into_iter()
        .filter_map(|item| {
            let item = String::from_utf8_lossy(&bytes[item]).trim().to_owned();
            let first =
                item.split_whitespace().next()?.trim_matches(['`', '"', '[', ']']).to_owned();
            (!NOT_COLUMNS.contains(&first.to_ascii_lowercase().as_str())).then_some(first)
        })
        .collect();
    columns.insert(name, names);
    body.end + 1
}

/// Candidate cells of `INSERT INTO name [(cols)] VALUES (…), (…);`.
fn insert_values(
    bytes: &[u8],
    lower: &[u8],
    at: usize,
    columns: &HashMap<String, Vec<String>>,
    found: &mut Cells<'_>,
) -> usize {
    // The table name and column list come before VALUES, within a few kilobytes.
    let after = at + "insert into".len();
    let head_end = (after + 8192).min(lower.len());
    let Some(values) = memchr::memmem::find(&lower[after..head_end], b"values").map(|p| after + p)
    else {
        return after;
    };
    let head = &bytes[after..values];
    let (name, header) = match memchr::memchr(b'(', head) {
        Some(open) => {
            let list = parenthesised(bytes, after + open);
            let names = list.map(|list| {
                split_top_level(bytes, list)
                    .into_iter()
                    .map(|c| text(bytes, &c).trim().trim_matches(['`', '"', '[', ']']).to_owned())
                    .collect()
            });
            (table_name(&head[..open]), names)
        }
        None => (table_name(head), None),
    };
    let Some(header) = header.or_else(|| columns.get(&name).cloned()) else { return values };
    let mut cursor = values + "values".len();
    loop {
        while bytes.get(cursor).is_some_and(|b| b.is_ascii_whitespace() || *b == b',') {
            cursor += 1;
        }
        if bytes.get(cursor) != Some(&b'(') {
            return cursor;
        }
        let Some(tuple) = parenthesised(bytes, cursor) else { return cursor + 1 };
        let row: Row = split_top_level(bytes, tuple.clone())
            .into_iter()
            .map(|value| sql_string(bytes, value))
            .collect();
        collect_row(bytes, &header, &row, found);
        cursor = tuple.end + 1;
    }
}

/// Candidate cells of `COPY name (cols) FROM stdin;` and its tab-separated rows up to `\.`.
fn copy_rows(bytes: &[u8], at: usize, found: &mut Cells<'_>) -> usize {
    let line_end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |p| at + p);
    let statement = bytes[at..line_end].to_ascii_lowercase();
    if !statement.windows(10).any(|w| w == b"from stdin") {
        return at + 5;
    }
    let Some(header) = memchr::memchr(b'(', &bytes[at..line_end])
        .and_then(|open| parenthesised(bytes, at + open))
        .map(|list| {
            split_top_level(bytes, list)
                .into_iter()
                .map(|c| text(bytes, &c).trim().trim_matches('"').to_owned())
                .collect::<Vec<_>>()
        })
    else {
        return line_end;
    };
    let first_row = (line_end + 1).min(bytes.len());
    for (start, line) in lines(&bytes[first_row..]) {
        let start = first_row + start;
        if line.starts_with(b"\\.") {
            return start + line.len();
        }
        collect_row(bytes, &header, &delimited_cells(line, start, b'\t'), found);
    }
    bytes.len()
}

/// The table name in `` `db`.`users` ``, `public.users` or `IF NOT EXISTS users`, lower-cased.
fn table_name(text: &[u8]) -> String {
    let text = String::from_utf8_lossy(text).to_ascii_lowercase();
    let last = text.split_whitespace().last().unwrap_or("");
    let last = last.rsplit('.').next().unwrap_or(last);
    last.trim_matches(['`', '"', '[', ']']).to_owned()
}

/// The range inside the parenthesis that opens at `open` (quotes respected).
fn parenthesised(bytes: &[u8], open: usize) -> Option<Range<usize>> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut at = open;
    while at < bytes.len() {
        let byte = bytes[at];
        match quote {
            Some(_) if byte == b'\\' => at += 1,
            Some(q) if byte == q => quote = None,
            Some(_) => {}
            None => match byte {
                b'\'' | b'"' | b'`' => quote = Some(byte),
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(open + 1..at);
                    }
                }
                _ => {}
            },
        }
        at += 1;
    }
    None
}

/// The comma-separated items of `range`, skipping commas inside quotes and parentheses.
fn split_top_level(bytes: &[u8], range: Range<usize>) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let (mut depth, mut quote, mut start) = (0usize, None::<u8>, range.start);
    let mut at = range.start;
    while at < range.end {
        let byte = bytes[at];
        match quote {
            Some(_) if byte == b'\\' => at += 1,
            Some(q) if byte == q => quote = None,
            Some(_) => {}
            None => match byte {
                b'\'' | b'"' | b'`' => quote = Some(byte),
                b'(' => depth += 1,
                b')' => depth = depth.saturating_sub(1),
                b',' if depth == 0 => {
                    items.push(start..at);
                    start = at + 1;
                }
                _ => {}
            },
        }
        at += 1;
    }
    items.push(start..range.end);
    items
}

/// A SQL value's string content (inside its quotes); other values (numbers, NULL, calls) give an
/// empty range, which is never a candidate.
fn sql_string(bytes: &[u8], value: Range<usize>) -> Range<usize> {
    let value = trim_cell_blanks(bytes, value);
    let inner = &bytes[value.clone()];
    if inner.len() >= 2 && inner[0] == b'\'' && inner[inner.len() - 1] == b'\'' {
        value.start + 1..value.end - 1
    } else {
        value.end..value.end
    }
}

fn trim_cell_blanks(bytes: &[u8], mut range: Range<usize>) -> Range<usize> {
    while range.start < range.end && bytes[range.start].is_ascii_whitespace() {
        range.start += 1;
    }
    while range.end > range.start && bytes[range.end - 1].is_ascii_whitespace() {
        range.end -= 1;
    }
    range
}
