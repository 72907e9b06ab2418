//! Text written percent-encoded (`det%20er%20K4u70k%21`): chat clients such as Trillian store
//! every message that way, and form posts and query strings carry sentences so. Such lines are
//! decoded and scanned again, with matches moved back to where the encoded text is.

/// The decoded copy of a file's percent-encoded lines, with a map back to the file.
#[derive(Debug, Default)]
pub(crate) struct PercentLines {
    /// The file's text with every line that holds an encoded blank (`%20`) decoded, and every
    /// other line left empty, so the decoded lines keep their neighbours (a question and the
    /// message that answers it) and their line numbers.
    pub(crate) text: Vec<u8>,
    /// Points where decoded and file offsets agree, ascending in both: (decoded, file).
    marks: Vec<(usize, usize)>,
}

/// The encoded blank that marks a line as percent-encoded prose rather than a URL.
const ENCODED_BLANK: &[u8] = b"%20";

impl PercentLines {
    /// The decoded lines of `bytes`, or `None` when no line holds an encoded blank.
    pub(crate) fn decode(bytes: &[u8]) -> Option<PercentLines> {
        let first = find_encoded_blank(bytes)?;
        let mut decoded = PercentLines::default();
        // Lines before the first encoded one are left empty: keep their newlines only.
        let mut line_start = memchr::memrchr(b'\n', &bytes[..first]).map_or(0, |nl| nl + 1);
        decoded.text.extend(bytes[..line_start].iter().filter(|&&b| b == b'\n'));
        decoded.marks.push((decoded.text.len(), line_start));
        while line_start < bytes.len() {
            let line_end = memchr::memchr(b'\n', &bytes[line_start..])
                .map_or(bytes.len(), |nl| line_start + nl);
            let line = &bytes[line_start..line_end];
            if find_encoded_blank(line).is_some() {
                decoded.decode_line(line, line_start);
            }
            if line_end < bytes.len() {
                decoded.text.push(b'\n');
                decoded.marks.push((decoded.text.len(), line_end + 1));
            }
            line_start = line_end + 1;
        }
        Some(decoded)
    }

    /// Appends `line` (at file offset `offset`) decoded; a decoded line break becomes a blank, so
    /// lines stay as they are in the file.
    fn decode_line(&mut self, line: &[u8], offset: usize) {
        let mut at = 0;
        while at < line.len() {
            let escaped = match line[at] {
                b'%' => line.get(at + 1..at + 3).and_then(hex_pair),
                _ => None,
            };
            match escaped {
                Some(byte) => {
                    self.text.push(if byte == b'\n' || byte == b'\r' { b' ' } else { byte });
                    at += 3;
                    self.marks.push((self.text.len(), offset + at));
                }
                None => {
                    self.text.push(line[at]);
                    at += 1;
                }
            }
        }
    }

    /// The file offset of decoded offset `at`: a byte decoded from an escape maps to the escape's
    /// `%`, so a match's range covers the escapes it was decoded from.
    pub(crate) fn file_offset(&self, at: usize) -> usize {
        let index = self.marks.partition_point(|&(decoded, _)| decoded <= at);
        match index.checked_sub(1).map(|i| self.marks[i]) {
            Some((decoded, file)) => file + (at - decoded),
            None => at,
        }
    }
}

/// The first `%20` in `bytes`: `%` is rare in most files, and a one-byte search is several times
/// cheaper than a substring search over every file.
fn find_encoded_blank(bytes: &[u8]) -> Option<usize> {
    memchr::memchr_iter(b'%', bytes).find(|&at| bytes[at + 1..].starts_with(&ENCODED_BLANK[1..]))
}

fn hex_pair(pair: &[u8]) -> Option<u8> {
    let digit = |b: u8| (b as char).to_digit(16);
    Some((digit(pair[0])? * 16 + digit(pair[1])?) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_lines_are_decoded_in_place_and_others_left_empty() {
        let file = b"plain %41 line\ntext=\"a%20b%3Ac\"\nlast";
        let lines = PercentLines::decode(file).unwrap();
        assert_eq!(lines.text, b"\ntext=\"a b:c\"\n");
        // `b` follows one escape, `c` two; the end maps past the last escape.
        let b = lines.text.iter().position(|&x| x == b'b').unwrap();
        assert_eq!(file[lines.file_offset(b)], b'b');
        assert_eq!(file[lines.file_offset(b + 2)], b'c');
        assert_eq!(&file[lines.file_offset(b - 1)..lines.file_offset(b)], b"%20");
        assert_eq!(lines.file_offset(lines.text.len()), file.len() - "last".len());
    }

    #[test]
    fn text_without_an_encoded_blank_is_left_alone() {
        assert!(PercentLines::decode(b"https://x.test/a%2Fb?q=%3D").is_none());
    }

    #[test]
    fn broken_escapes_and_line_breaks_stay_harmless() {
        let lines = PercentLines::decode(b"a%20b%0Ac%2\n%20%zz%").unwrap();
        assert_eq!(lines.text, b"a b c%2\n %zz%");
    }
}
