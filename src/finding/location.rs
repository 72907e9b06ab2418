//! Byte offsets to 1-based lines and character columns.

use serde::Serialize;

/// Where a finding is: path relative to the scan root, 1-based line and column (in characters),
/// and the end, exclusive (the column just after the last character, as in SARIF).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Path relative to the scan root, `/`-separated.
    pub path: String,
    /// 1-based line of the first character.
    pub line: u32,
    /// 1-based column of the first character, counted in characters.
    pub column: u32,
    /// 1-based line of the last character.
    pub end_line: u32,
    /// 1-based column just after the last character.
    pub end_column: u32,
}

/// The starts of every line of a buffer, for turning byte offsets into lines and columns.
///
/// Built only for units that have findings, so clean files never pay for it.
#[derive(Debug)]
pub struct LineIndex<'a> {
    bytes: &'a [u8],
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        let mut starts = Vec::with_capacity(64);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', bytes).map(|at| at + 1));
        LineIndex { bytes, starts }
    }

    /// 0-based index of the line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Byte range of 0-based line `line`, without its line terminator.
    pub fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).map_or(self.bytes.len(), |next| next - 1);
        if end > start && self.bytes[end - 1] == b'\r' {
            end -= 1;
        }
        start..end.max(start)
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 1-based (line, column) of byte `offset`; columns count characters, and each byte of an
    /// invalid UTF-8 sequence counts as one.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = char_count(&self.bytes[start..offset]) + 1;
        (to_u32(line + 1), to_u32(column))
    }

    /// The location of the byte span `start..end` in `path`.
    pub fn location(&self, path: &str, start: usize, end: usize) -> Location {
        let (line, column) = self.position(start);
        // A span that ends in a line break ends on that line, not at the start of the next.
        let mut end = end.clamp(start, self.bytes.len());
        while end > start && matches!(self.bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        let (end_line, end_column) = self.position(end);
        Location { path: path.to_owned(), line, column, end_line, end_column }
    }
}

/// Characters in `bytes`: every byte that does not continue a UTF-8 sequence starts one.
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "ab\ncé x\r\nlast";
        let index = LineIndex::new(text.as_bytes());
        assert_eq!(index.position(0), (1, 1));
        assert_eq!(index.position(3), (2, 1));
        // 'x' follows "cé " — 3 characters but 4 bytes.
        let x = text.find('x').unwrap();
        assert_eq!(index.position(x), (2, 4));
        assert_eq!(index.line_range(1), 3..8);
        assert_eq!(index.position(text.len() - 1), (3, 4));
    }

    #[test]
    fn end_column_is_exclusive() {
        let text = "key = SECRET\n";
        let index = LineIndex::new(text.as_bytes());
        let loc = index.location("f", 6, 12);
        assert_eq!((loc.line, loc.column, loc.end_line, loc.end_column), (1, 7, 1, 13));
    }

    proptest! {
        #[test]
        fn position_agrees_with_a_naive_count(text in "[a-zé\n]{0,200}", pick in 0usize..1000) {
            let bytes = text.as_bytes();
            prop_assume!(!bytes.is_empty());
            let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let offset = offsets[pick % offsets.len()];
            let before = &text[..offset];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap().chars().count() + 1;
            let index = LineIndex::new(bytes);
            prop_assert_eq!(index.position(offset), (line as u32, column as u32));
        }
    }
}
