//! Text written escaped, one line at a time: percent-encoded (`det%20er%20K4u70k%21`, as chat
//! clients such as Trillian store every message, and as form posts and query strings carry
//! sentences) or with libedit's octal escapes (`CREATE\040ROLE\040…`, as cqlsh, LLDB, sqlite3 and
//! other readline-alike histories store each command), and mail bodies in quoted-printable
//! (`=E1=83=9E…`, lines joined by a soft break `=` at their end), and manual pages, whose troff
//! source writes every hyphen as `\-` (`mosquitto_sub \-u ops \-P 'x'`), and markup escaped into
//! an XML export (`H0m1ny#8321&lt;br /&gt;`, as blog exports, feeds and issue trackers' XML keep a
//! post's HTML). Such lines are decoded and scanned again, with matches moved back to where the
//! escaped text is.

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::extract::{line_end, line_start, lines};

/// The decoded copy of a file's escaped lines, with a map back to the file.
#[derive(Debug, Default)]
pub(crate) struct EscapedLines {
    /// The file's text with every line that holds an escaped blank (`%20`, `\040`) decoded, and
    /// every other line left empty, so the decoded lines keep their neighbours (a question and
    /// the message that answers it) and their line numbers; or, for a quoted-printable mail,
    /// every line after the header decoded, soft breaks joined (`marks` map offsets back).
    pub(crate) text: Vec<u8>,
    /// Where each decoded line starts, ascending in both offsets: a match is mapped back by
    /// decoding its line again up to it (a mark per escape took 16 bytes an escape, 17 MB for one
    /// large file of the 1 GB corpus).
    marks: Vec<LineMark>,
    /// The one escaping of every decoded line, when the kind of file decides it (a
    /// quoted-printable mail, decoded whole from its header on; a manual page's troff source; an
    /// XML export's escaped markup) rather than each line's escaped blank.
    file_escaping: Option<Escaping>,
}

/// The longest line decoded for percent or octal escapes. A chat message, a form post or a
/// shell command is far shorter; a minified bundle or source map is one line of megabytes that
/// holds a `%20` somewhere, and decoding it meant copying and scanning it all again (14 MB for
/// one source map of the 1 GB corpus).
const LONGEST_ESCAPED_LINE: usize = 64 * 1024;

/// The start of a decoded line: its offset in the decoded text and in the file, and its escaping.
#[derive(Debug, Clone, Copy)]
struct LineMark {
    decoded: usize,
    file: usize,
    escaping: Escaping,
}

/// How a line escapes its bytes; an escaped blank on the line says which (a `%2F` alone is a
/// URL's, not prose's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Escaping {
    /// `%XX`, two hex digits.
    Percent,
    /// `\NNN`, three octal digits.
    Octal,
    /// `=XX`, two hex digits (RFC 2045's quoted-printable).
    QuotedPrintable,
    /// `\-`, troff's hyphen.
    Troff,
    /// `&lt;`, `&quot;`, `&#39;`: markup escaped as XML character entities.
    Markup,
}

impl Escaping {
    /// The name a finding gives the encoding of a secret written with escapes.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Escaping::Percent => "percent",
            Escaping::Octal => "octal",
            Escaping::QuotedPrintable => "quoted-printable",
            Escaping::Troff => "troff",
            Escaping::Markup => "markup",
        }
    }

    /// The escaping of the line of `bytes` that holds byte `at`.
    pub(crate) fn of_line_at(bytes: &[u8], at: usize) -> Option<Escaping> {
        Escaping::of_line(&bytes[line_start(bytes, at)..line_end(bytes, at)])
    }

    /// The escaping of `line`: the first escaped blank on it decides.
    fn of_line(line: &[u8]) -> Option<Escaping> {
        find_escaped_blank(line).map(|(_, escaping)| escaping)
    }

    /// The byte escaped at `line[at..]` and the escape's length.
    fn decode_at(self, line: &[u8], at: usize) -> Option<(u8, usize)> {
        match self {
            Escaping::Percent if line[at] == b'%' => hex_pair(line, at),
            Escaping::Octal if line[at] == b'\\' => {
                let digits = line.get(at + 1..at + 4)?;
                let value = digits.iter().try_fold(0u32, |value, &b| {
                    (b'0'..=b'7').contains(&b).then(|| value * 8 + u32::from(b - b'0'))
                })?;
                Some((u8::try_from(value).ok()?, 4))
            }
            Escaping::QuotedPrintable if line[at] == b'=' => hex_pair(line, at),
            Escaping::Troff if line[at] == b'\\' && line.get(at + 1) == Some(&b'-') => {
                Some((b'-', 2))
            }
            Escaping::Markup if line[at] == b'&' => character_entity(&line[at..]),
            _ => None,
        }
    }
}

impl EscapedLines {
    /// The decoded lines of `bytes`, or `None` when no line holds an escaped blank and the file
    /// is no quoted-printable mail.
    pub(crate) fn decode(bytes: &[u8]) -> Option<EscapedLines> {
        if let Some(header) = quoted_printable_header(bytes) {
            return Some(EscapedLines::decode_quoted_printable(bytes, header));
        }
        let (first, _) = find_escaped_blank(bytes)?;
        let mut decoded = EscapedLines::default();
        // Lines before the first escaped one are left empty: keep their newlines only.
        let from = line_start(bytes, first);
        decoded.text.extend(bytes[..from].iter().filter(|&&b| b == b'\n'));
        for (start, line) in lines(&bytes[from..]) {
            let start = from + start;
            // Marks only where decoded text is: a match starts and ends on decoded lines, and a
            // mark per line of a large file would cost more than the file.
            let escaping = (line.len() <= LONGEST_ESCAPED_LINE).then(|| Escaping::of_line(line));
            if let Some(escaping) = escaping.flatten() {
                decoded.decode_line(line, start, escaping);
            }
            if start + line.len() < bytes.len() {
                decoded.text.push(b'\n');
            }
        }
        (!decoded.marks.is_empty()).then_some(decoded)
    }

    /// The lines of a manual page's troff source (`path` ends in a section number, `.8`,
    /// `.3pm`, or in `.man`) that hold an escaped hyphen, decoded; `None` for other files.
    pub(crate) fn decode_man_page(path: &str, bytes: &[u8]) -> Option<EscapedLines> {
        is_man_page(path)
            .then(|| EscapedLines::decode_lines_holding(bytes, b"\\-", Escaping::Troff))?
    }

    /// The lines of an XML export (`path` ends in `.xml`, `.rss`, `.atom`) that hold markup
    /// escaped into it (`&lt;p&gt;`: a blog post's, a feed item's or an issue comment's HTML),
    /// decoded; `None` for other files. An HTML page's escaped tags are code shown on the page,
    /// which the page's own text already reads as it is.
    pub(crate) fn decode_markup_export(path: &str, bytes: &[u8]) -> Option<EscapedLines> {
        is_markup_export(path)
            .then(|| EscapedLines::decode_lines_holding(bytes, ESCAPED_TAG, Escaping::Markup))?
    }

    /// The lines of `bytes` that hold `escape`, decoded with `escaping`, or `None` when none does.
    fn decode_lines_holding(
        bytes: &[u8],
        escape: &[u8],
        escaping: Escaping,
    ) -> Option<EscapedLines> {
        memchr::memmem::find(bytes, escape)?;
        let mut decoded = EscapedLines { file_escaping: Some(escaping), ..EscapedLines::default() };
        for (start, line) in lines(bytes) {
            if line.len() <= LONGEST_ESCAPED_LINE && memchr::memmem::find(line, escape).is_some() {
                decoded.decode_line(line, start, escaping);
            }
            if start + line.len() < bytes.len() {
                decoded.text.push(b'\n');
            }
        }
        Some(decoded)
    }

    /// Every line of a quoted-printable mail from the line after its header on, decoded, with a
    /// soft break joining a line to the next one (a sentence and the password wrapped after it).
    fn decode_quoted_printable(bytes: &[u8], header: usize) -> EscapedLines {
        let mut decoded = EscapedLines {
            file_escaping: Some(Escaping::QuotedPrintable),
            ..EscapedLines::default()
        };
        let from = (line_end(bytes, header) + 1).min(bytes.len());
        decoded.text.extend(bytes[..from].iter().filter(|&&b| b == b'\n'));
        for (start, line) in lines(&bytes[from..]) {
            let start = from + start;
            let content = line.strip_suffix(b"\r").unwrap_or(line);
            let soft_break = content.strip_suffix(b"=");
            decoded.decode_line(soft_break.unwrap_or(line), start, Escaping::QuotedPrintable);
            if soft_break.is_none() && start + line.len() < bytes.len() {
                decoded.text.push(b'\n');
            }
        }
        decoded
    }

    /// The name of the encoding the secret at file offset `at` of `bytes` was written in.
    pub(crate) fn encoding_at(&self, bytes: &[u8], at: usize) -> &'static str {
        let escaping = self.file_escaping.or_else(|| Escaping::of_line_at(bytes, at));
        escaping.map_or("percent", Escaping::name)
    }

    /// Appends `line` (at file offset `offset`) decoded; a decoded line break becomes a blank, so
    /// lines stay as they are in the file.
    fn decode_line(&mut self, line: &[u8], offset: usize, escaping: Escaping) {
        self.marks.push(LineMark { decoded: self.text.len(), file: offset, escaping });
        let mut at = 0;
        while at < line.len() {
            let (byte, length) = escaping.decode_at(line, at).unwrap_or((line[at], 1));
            self.text.push(if length > 1 && (byte == b'\n' || byte == b'\r') {
                b' '
            } else {
                byte
            });
            at += length;
        }
    }

    /// Whether the file text at `range` holds escaped markup (`&lt;`, `&amp;gt;`) on a line that was
    /// decoded: a match read from it raw takes the entities for the value (`&amp;lt;password`),
    /// and the decoded line is read again anyway.
    pub(crate) fn reads_escaped_markup_again(&self, file: &[u8], range: Range<usize>) -> bool {
        if self.file_escaping != Some(Escaping::Markup) {
            return false;
        }
        let (start, end) = (range.start.min(file.len()), range.end.min(file.len()));
        // `&amp;lt;`: a `<` the post's own HTML escaped, escaped again by the export
        let escaped = [&b"&lt;"[..], b"&gt;", b"&amp;lt;", b"&amp;gt;"]
            .iter()
            .any(|entity| memchr::memmem::find(&file[start..end], entity).is_some());
        let line = line_start(file, start);
        escaped && self.marks.binary_search_by_key(&line, |mark| mark.file).is_ok()
    }

    /// The offset in `file` (the bytes decoded) of decoded offset `at`, which is on a decoded
    /// line (the others are empty): a byte decoded from an escape maps to the escape's first
    /// byte, so a match's range covers the escapes it was decoded from.
    pub(crate) fn file_offset(&self, file: &[u8], at: usize) -> usize {
        let index = self.marks.partition_point(|mark| mark.decoded <= at);
        let Some(mark) = index.checked_sub(1).map(|i| self.marks[i]) else { return at };
        let mut offset = mark.file;
        for _ in mark.decoded..at {
            if offset >= file.len() {
                break;
            }
            // No escape holds a line break, so decoding on does not cross into the next line
            // before `at` is reached; a literal byte steps one.
            offset += mark.escaping.decode_at(file, offset).map_or(1, |(_, length)| length);
        }
        offset
    }
}

/// The entity that opens escaped markup: a tag's `<`. A line with `&quot;` or `&amp;` alone is
/// an attribute's or a link's, read well enough as it is.
const ESCAPED_TAG: &[u8] = b"&lt;";

/// The ASCII character that the XML character entity at the start of `text` stands for
/// (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#39;`, `&#x27;`), and the entity's length.
/// Entities for other characters stay as they are: a decoded byte stands for one character.
fn character_entity(text: &[u8]) -> Option<(u8, usize)> {
    let end = memchr::memchr(b';', &text[..text.len().min(10)])?;
    let name = &text[1..end];
    let byte = match name {
        b"lt" => b'<',
        b"gt" => b'>',
        b"amp" => b'&',
        b"quot" => b'"',
        b"apos" => b'\'',
        _ => {
            let number = name.strip_prefix(b"#")?;
            let (digits, radix) = match number.strip_prefix(b"x").or(number.strip_prefix(b"X")) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            if digits.is_empty() || !digits.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            let value = u32::from_str_radix(std::str::from_utf8(digits).ok()?, radix).ok()?;
            u8::try_from(value).ok().filter(|b| b.is_ascii_graphic() || *b == b' ')?
        }
    };
    Some((byte, end + 1))
}

/// Whether `path` names an XML file that may carry escaped markup: an export, a feed.
fn is_markup_export(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    [".xml", ".rss", ".atom"].iter().any(|extension| name.ends_with(extension))
}

/// Whether `path` names a manual page's source: `name.8`, `name.3pm`, `name.1ssl`, `name.man`.
fn is_man_page(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some((stem, extension)) = name.rsplit_once('.') else { return false };
    let mut chars = extension.chars();
    let section = chars.next().is_some_and(|c| ('1'..='9').contains(&c))
        && extension.len() <= 4
        && chars.all(|c| c.is_ascii_lowercase());
    !stem.is_empty() && (section || extension == "man")
}

/// The byte that the two hex digits after `line[at]` (`%2F`, `=C3`) stand for, and the escape's
/// length.
fn hex_pair(line: &[u8], at: usize) -> Option<(u8, usize)> {
    let pair = line.get(at + 1..at + 3)?;
    let digit = |b: u8| (b as char).to_digit(16);
    Some(((digit(pair[0])? * 16 + digit(pair[1])?) as u8, 3))
}

/// Where the header that declares a quoted-printable body starts, if `bytes` has one. Mail may
/// write the value in any case, and prose may name the encoding before the header does: one
/// case-insensitive pass over the file looks at each mention until one ends a header line.
fn quoted_printable_header(bytes: &[u8]) -> Option<usize> {
    static ENCODING: OnceLock<AhoCorasick> = OnceLock::new();
    let encoding = ENCODING.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["quoted-printable"])
            .expect("one literal pattern always builds")
    });
    encoding.find_iter(bytes).find_map(|found| {
        let line = line_start(bytes, found.start());
        let header = bytes[line..found.start()].to_ascii_lowercase();
        header.starts_with(b"content-transfer-encoding:").then_some(line)
    })
}

/// The first escaped blank (`%20`, `\040`) in `bytes` and its escaping: `%` and `\` are rare in
/// most files, and a search for the two bytes is several times cheaper than a substring search.
fn find_escaped_blank(bytes: &[u8]) -> Option<(usize, Escaping)> {
    memchr::memchr2_iter(b'%', b'\\', bytes).find_map(|at| {
        let rest = &bytes[at + 1..];
        match bytes[at] {
            b'%' if rest.starts_with(b"20") => Some((at, Escaping::Percent)),
            b'\\' if rest.starts_with(b"040") => Some((at, Escaping::Octal)),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_lines_are_decoded_in_place_and_others_left_empty() {
        let file = b"plain %41 line\ntext=\"a%20b%3Ac\"\nlast";
        let lines = EscapedLines::decode(file).unwrap();
        assert_eq!(lines.text, b"\ntext=\"a b:c\"\n");
        // `b` follows one escape, `c` two; the end maps past the last escape.
        let b = lines.text.iter().position(|&x| x == b'b').unwrap();
        assert_eq!(file[lines.file_offset(file, b)], b'b');
        assert_eq!(file[lines.file_offset(file, b + 2)], b'c');
        assert_eq!(&file[lines.file_offset(file, b - 1)..lines.file_offset(file, b)], b"%20");
        let line_end = lines.text.len() - 1;
        assert_eq!(lines.file_offset(file, line_end), file.len() - "\nlast".len());
    }

    #[test]
    fn markup_escaped_into_an_xml_export_is_decoded_on_its_lines() {
        let file =
            b"<title>a &amp; b</title>\n<event>H0m1ny#8321&lt;br /&gt; it&#39;s &#x2014;</event>\n";
        let lines = EscapedLines::decode_markup_export("blog/Export.XML", file).unwrap();
        assert_eq!(lines.text, b"\n<event>H0m1ny#8321<br /> it's &#x2014;</event>\n");
        let tag = lines.text.windows(3).position(|w| w == b"<br").unwrap();
        let after = lines.text[tag..].iter().position(|&b| b == b'/').unwrap() + tag;
        assert_eq!(&file[lines.file_offset(file, tag)..][..4], b"&lt;");
        assert_eq!(file[lines.file_offset(file, after)], b'/');
        assert_eq!(lines.encoding_at(file, 30), "markup");
        // An HTML page's escaped tags are code it shows; a file without any is left alone.
        assert!(EscapedLines::decode_markup_export("docs/api.html", file).is_none());
        assert!(EscapedLines::decode_markup_export("feed.rss", b"<a>&amp;</a>").is_none());
        assert_eq!(character_entity(b"&#+5;"), None);
        assert_eq!(character_entity(b"&unknown;"), None);
    }

    #[test]
    fn a_raw_match_over_escaped_markup_on_a_decoded_line_is_read_again() {
        let file = b"<a>x &amp;lt;pw</a>\n<b>&lt;p&gt;pw: &amp;lt;password&amp;gt;&lt;/p&gt;</b>\n";
        let lines = EscapedLines::decode_markup_export("qa/Posts.xml", file).unwrap();
        let entities = file.windows(8).position(|w| w == b"&amp;lt;").unwrap();
        let second =
            entities + 1 + file[entities + 1..].windows(8).position(|w| w == b"&amp;lt;").unwrap();
        // The second line is decoded, so a raw match holding its entities is read again.
        assert!(lines.reads_escaped_markup_again(file, second..second + 20));
        // The first line has no escaped tag: it is not decoded, and its raw text stands.
        assert!(!lines.reads_escaped_markup_again(file, entities..entities + 10));
        // A match without escaped markup on a decoded line stands too.
        assert!(!lines.reads_escaped_markup_again(file, second - 4..second - 1));
    }

    #[test]
    fn lines_longer_than_a_message_are_not_decoded() {
        let bundle = format!("x%20{}\n", "a".repeat(LONGEST_ESCAPED_LINE));
        assert!(EscapedLines::decode(bundle.as_bytes()).is_none());
        let both = format!("{bundle}pass%20is%20K4u70k\n");
        let lines = EscapedLines::decode(both.as_bytes()).unwrap();
        assert_eq!(lines.text, b"\npass is K4u70k\n");
    }

    #[test]
    fn libedit_histories_are_decoded_from_octal() {
        let file = b"_HiStOrY_V2_\nCREATE\\040ROLE\\040x\\040WITH\\040PASSWORD\\040'a\\134b'\n";
        let lines = EscapedLines::decode(file).unwrap();
        assert_eq!(lines.text, b"\nCREATE ROLE x WITH PASSWORD 'a\\b'\n");
        let quote = lines.text.iter().position(|&b| b == b'\'').unwrap();
        assert_eq!(file[lines.file_offset(file, quote)], b'\'');
        assert_eq!(Escaping::of_line_at(file, quote + 20), Some(Escaping::Octal));
        assert!(
            EscapedLines::decode(b"C:\\040x and \\777")
                .is_some_and(|l| l.text == b"C: x and \\777")
        );
    }

    #[test]
    fn quoted_printable_mail_is_decoded_with_soft_breaks_joined() {
        let file = b"Subject: x\nContent-Transfer-Encoding: quoted-printable\n\n\
                     Fjal=C3=ABkalimi i ri =\r\n=C3=ABsht=C3=AB Vlora2291#\r\nbye=\n";
        let lines = EscapedLines::decode(file).unwrap();
        assert_eq!(
            lines.text,
            "\n\n\nFjal\u{eb}kalimi i ri \u{eb}sht\u{eb} Vlora2291#\r\nbye".as_bytes()
        );
        let value = lines.text.iter().position(|&b| b == b'V').unwrap();
        let at = lines.file_offset(file, value);
        assert_eq!(&file[at..at + 10], b"Vlora2291#");
        assert_eq!(lines.encoding_at(file, at), "quoted-printable");
        // the header must name the encoding: a sentence about it is no mail, but one before the
        // header does not hide it
        assert!(EscapedLines::decode(b"we send quoted-printable =41 here").is_none());
        let mentioned =
            b"we send quoted-printable\nCONTENT-TRANSFER-ENCODING: Quoted-Printable\n\na=3Db\n";
        assert_eq!(EscapedLines::decode(mentioned).unwrap().text, b"\n\n\na=b\n");
    }

    #[test]
    fn manual_pages_are_decoded_from_troff_hyphens() {
        let file = b".TH LEDGER 8\n.SH USAGE\nrsync \\-avz host\\-a:/srv /backup\\-b\nplain\n";
        let lines = EscapedLines::decode_man_page("docs/man8/ledger.8", file).unwrap();
        assert_eq!(lines.text, b"\n\nrsync -avz host-a:/srv /backup-b\n\n");
        let host = lines.text.iter().position(|&b| b == b'h').unwrap();
        let at = lines.file_offset(file, host);
        assert_eq!(&file[at..at + 7], b"host\\-a");
        assert_eq!(lines.encoding_at(file, at), "troff");
        // other files keep their backslashes: a regex's `[a-z\-]` is no hyphen escape
        assert!(EscapedLines::decode_man_page("src/lexer.rs", file).is_none());
        assert!(is_man_page("share/man/man3/SSL_new.3ssl") && is_man_page("x/tool.man"));
        assert!(!is_man_page("notes.10") && !is_man_page("lib.rs") && !is_man_page(".8"));
    }

    #[test]
    fn text_without_an_encoded_blank_is_left_alone() {
        assert!(EscapedLines::decode(b"https://x.test/a%2Fb?q=%3D").is_none());
    }

    #[test]
    fn broken_escapes_and_line_breaks_stay_harmless() {
        let lines = EscapedLines::decode(b"a%20b%0Ac%2\n%20%zz%").unwrap();
        assert_eq!(lines.text, b"a b c%2\n %zz%");
    }
}
