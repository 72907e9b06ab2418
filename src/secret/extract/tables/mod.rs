//! Cells of tables that hold credentials: a column whose header names one (`Password`,
//! `client_secret`, `API key`), or a cell right after one that names it (`| Auth token | … |`).
//! Wiki pages, exported spreadsheets and database dumps keep shared credentials this way, with
//! nothing on the value's own line that says what it is.
//!
//! Pipe tables (Markdown, Org, Textile, Confluence, DokuWiki, AsciiDoc, Trac, Creole, Foswiki)
//! Gherkin's Examples tables, and HTML tables in documents, CSV/TSV/PSV files, spreadsheets saved as XML (flat ODS, Excel's
//! XML Spreadsheet, an unzipped .xlsx worksheet, Gnumeric), spreadsheets exported as SYLK, DIF
//! or fixed-width text, `sc` sheets, DocBook, Texinfo, man-page `tbl` and mdoc `.Bl -column`,
//! MediaWiki's `{| … |}` (in `.wiki` pages and XML exports), Emacs Muse and Typst
//! tables, MyST and reStructuredText list-tables, Google Sheets ranges as JSON, and SQL dumps
//! (`INSERT` with a column list or after the table's `CREATE TABLE`, and PostgreSQL `COPY …
//! FROM stdin`).

use std::ops::Range;

use regex_automata::meta::Regex;

mod cell_lists;
mod delimited;
mod markup;
mod sql;
mod text_sheets;

use super::super::password_words::password_word_regex;
use super::{Extracted, is_named_by, lines};
use delimited::{delimited_table, has_row_arrays, json_row_tables};

/// Candidate cells of every table in the file at `path`, chosen by the file's extension: cells
/// under (or next to) a name that names a credential, or that matches one of `keys`.
pub fn table_secret_cells(path: &str, bytes: &[u8], keys: &[Regex]) -> Vec<Extracted> {
    let extension = path.rsplit_once('.').map_or("", |(_, ext)| ext).to_ascii_lowercase();
    let mut found = Cells { keys, found: Vec::new() };
    match extension.as_str() {
        "md" | "markdown" | "mdx" | "mdwn" | "mkd" | "mdown" | "rst" => {
            markup::markdown_tables(bytes, &mut found);
            if memchr::memmem::find(bytes, b"list-table").is_some() {
                cell_lists::list_tables(bytes, &mut found);
            }
        }
        "dj" | "txt" | "textile" | "org" | "confluence" | "jira" | "adoc" | "asciidoc"
        | "creole" | "moin" | "tiki" | "t2t" | "wikka" => {
            markup::markdown_tables(bytes, &mut found)
        }
        // DokuWiki's pipe tables or MediaWiki's `{| … |}`
        "wiki" | "mediawiki" => {
            markup::markdown_tables(bytes, &mut found);
            markup::mediawiki_tables(bytes, &mut found);
        }
        "feature" => markup::gherkin_tables(bytes, &mut found),
        "html" | "htm" | "xhtml" => markup::html_tables(bytes, &mut found),
        "fods" => markup::sheet_tables(bytes, &markup::OPEN_DOCUMENT, &mut found),
        "dbk" | "docbook" => markup::sheet_tables(bytes, &markup::DOCBOOK, &mut found),
        "xml" if memchr::memmem::find(bytes, b"docbook.org").is_some() => {
            markup::sheet_tables(bytes, &markup::DOCBOOK, &mut found)
        }
        "xml"
            if memchr::memmem::find(bytes, b"urn:schemas-microsoft-com:office:spreadsheet")
                .is_some() =>
        {
            markup::sheet_tables(bytes, &markup::SPREADSHEET_ML, &mut found)
        }
        // a worksheet of an unzipped .xlsx, with its strings inline
        "xml" if memchr::memmem::find(bytes, b"spreadsheetml/2006/main").is_some() => {
            markup::sheet_tables(bytes, &markup::OFFICE_OPEN_XML, &mut found)
        }
        "xml" | "gnumeric" if memchr::memmem::find(bytes, b"gnumeric.org").is_some() => {
            markup::gnumeric_tables(bytes, &mut found)
        }
        // a MediaWiki export: each page's wikitext, `{| … |}` tables and all
        "xml" if memchr::memmem::find(bytes, b"<mediawiki").is_some() => {
            markup::mediawiki_tables(bytes, &mut found)
        }
        // Confluence's storage format and other XML exports of wiki pages hold HTML tables
        "xml" if memchr::memmem::find(bytes, b"<table").is_some() => {
            markup::html_tables(bytes, &mut found)
        }
        "csv" => delimited_table(bytes, None, &mut found),
        "tsv" => delimited_table(bytes, Some(b'\t'), &mut found),
        "psv" => delimited_table(bytes, Some(b'|'), &mut found),
        // a Google Sheets range (`"values": [["Host", "Password"], …]`)
        "json" if has_row_arrays(bytes) => json_row_tables(bytes, &mut found),
        "sql" => sql::sql_tables(bytes, &mut found),
        "slk" | "sylk" => text_sheets::sylk_tables(bytes, &mut found),
        "dif" => text_sheets::dif_tables(bytes, &mut found),
        "prn" => text_sheets::fixed_width_tables(bytes, &mut found),
        "texi" | "texinfo" | "txi" => text_sheets::texinfo_tables(bytes, &mut found),
        "muse" => text_sheets::muse_tables(bytes, &mut found),
        "sc" => cell_lists::sc_tables(bytes, &mut found),
        "typ" => cell_lists::typst_tables(bytes, &mut found),
        // a man page (`rku-ops.8`, `tool.1`) with `tbl` tables or mdoc column lists
        "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "man" => {
            text_sheets::tbl_tables(bytes, &mut found);
            if memchr::memmem::find(bytes, b".Bl -column").is_some() {
                text_sheets::mdoc_column_tables(bytes, &mut found);
            }
        }
        // PmWiki names a page `Group.Page`: no extension, so the folder says what it is
        _ if is_pmwiki_page(path) => markup::markdown_tables(bytes, &mut found),
        // mail and news bodies (maildir messages, news spool articles: files without an
        // extension, `.eml`) carry pipe tables pasted from wikis
        "eml" | "mbox" | "mbx" | "msg" => markup::markdown_tables(bytes, &mut found),
        _ if is_mail_or_news_file(path) => markup::markdown_tables(bytes, &mut found),
        _ => {}
    }
    found.found
}

/// Whether `path` is a maildir message or a news spool article: a file whose name has no
/// extension, or any file under a `Maildir/`, `Mail/`, `cur/`, `new/` or `news/` folder.
fn is_mail_or_news_file(path: &str) -> bool {
    let mut parts = path.rsplit(['/', '\\']);
    let name = parts.next().unwrap_or(path);
    !name.contains('.')
        || parts.any(|folder| matches!(folder, "Maildir" | "Mail" | "cur" | "new" | "news"))
}

/// Whether `path` is a PmWiki page: a file in a `pmwiki/` or `wiki.d/` folder.
fn is_pmwiki_page(path: &str) -> bool {
    path.split(['/', '\\']).rev().skip(1).any(|folder| folder == "pmwiki" || folder == "wiki.d")
}

/// The cells taken so far, and the extra names (rules' `keys`) whose cells are taken too.
struct Cells<'a> {
    keys: &'a [Regex],
    found: Vec<Extracted>,
}

impl Cells<'_> {
    /// Whether the cells a header or label names are taken: `Some(true)` when it names a
    /// credential, `Some(false)` when only a rule's `keys` name it.
    fn takes(&self, name: &str) -> Option<bool> {
        if names_credential(name) {
            Some(true)
        } else if is_named_by(self.keys, name) {
            Some(false)
        } else {
            None
        }
    }
}

/// One row of a table: each cell's text range in the file (trimmed, quotes removed).
type Row = Vec<Range<usize>>;

/// The text of each cell of `row`: a header's names.
fn cell_texts(bytes: &[u8], row: &[Range<usize>]) -> Vec<String> {
    row.iter().map(|cell| text(bytes, cell)).collect()
}

/// One row of a table whose first row is its header: the header while none is set, else data.
fn header_or_row(
    bytes: &[u8],
    header: &mut Option<Vec<String>>,
    row: &[Range<usize>],
    found: &mut Cells<'_>,
) {
    match header {
        None => *header = Some(cell_texts(bytes, row)),
        Some(names) => collect_row(bytes, names, row, found),
    }
}

/// Collects the candidate cells of one data row, given the header's cells.
fn collect_row(bytes: &[u8], header: &[String], row: &[Range<usize>], found: &mut Cells<'_>) {
    for (index, cell) in row.iter().enumerate() {
        // `| Twilio | Account SID | AC… |` under a `Key` column: the row says it is an ID.
        let labelled_identifier = index > 0 && names_identifier(&text(bytes, &row[index - 1]));
        if let Some(name) = header.get(index)
            && let Some(credential) = found.takes(name)
            && !labelled_identifier
        {
            push_cell(bytes, name, cell.clone(), credential, found);
        }
        // | device | login | note |: a note right after the login is where its password goes
        // (a sentence, "see the vault", has spaces and is not taken); so is a second login
        // column (| device | user | login |): the first names the account. Either is taken as
        // the account's password, which is what it holds (a `login` key would read as a name).
        if index > 0
            && let (Some(login), Some(next)) = (header.get(index - 1), header.get(index))
            && names_login(login)
            && (names_note(next) || names_login(next) && next != login)
        {
            push_cell(bytes, "password", cell.clone(), true, found);
        }
        // A row that labels its own value: | Twilio | Auth token | f1f1… |; but a cell under a
        // Password column is a value (`in 1Password`), not a label for the next one (under a
        // `Credential` column it may be a label).
        let label = text(bytes, cell);
        let under_password = header.get(index).is_some_and(|name| is_password_name(name));
        if let Some(next) = row.get(index + 1)
            && !under_password
            && let Some(credential) = found.takes(&label)
        {
            push_cell(bytes, &label, next.clone(), credential, found);
        }
    }
}

fn push_cell(
    bytes: &[u8],
    name: &str,
    span: Range<usize>,
    credential: bool,
    found: &mut Cells<'_>,
) {
    let value = &bytes[span.clone()];
    if value.is_empty() || value.iter().any(u8::is_ascii_whitespace) {
        return;
    }
    if is_password_name(name) && looks_like_digest(value) {
        return;
    }
    if found.found.iter().any(|seen| seen.span == span) {
        return;
    }
    let key = name.to_owned();
    found.found.push(Extracted { key, span, value: value.to_vec(), decoded: false, credential });
}

/// Whether a header or label names a credential (`DB password`, `client_secret`, `API key`),
/// and not something about one (`password_hash`, `token_expires_at`, `Key ID`).
fn names_credential(label: &str) -> bool {
    const CREDENTIALS: [&str; 46] = [
        "password",
        // German, Dutch, French, Portuguese, Spanish, Finnish, Polish, Norwegian, Danish,
        // Swedish, Czech and Slovak, Hungarian, Turkish, Croatian and Serbian, Slovenian,
        // Estonian, Indonesian and Malay, Catalan (not Italian's `parola`: a word)
        "passwort",
        "kennwort",
        "wachtwoord",
        "mot de passe",
        "senha",
        "contrasena",
        "salasana",
        "haslo",
        "kata sandi",
        "contrasenya",
        "passord",
        "adgangskode",
        "losenord",
        "heslo",
        "jelszo",
        "sifre",
        "lozinka",
        "geslo",
        "parool",
        "passwd",
        "passphrase",
        "secret",
        "token",
        "apikey",
        "api key",
        "access key",
        "secret key",
        "private key",
        "auth key",
        "signing key",
        "credential",
        "pwd",
        // Wi-Fi and VPN keys, RADIUS and OCPP shared keys, SNMP read-write communities, a
        // domain's transfer code (EPP authInfo), software licence keys
        "psk",
        "wi fi key",
        "wifi key",
        "wlan key",
        "shared key",
        "authorization key",
        "rw community",
        "write community",
        "auth code",
        "authcode",
        "authinfo",
        "licence key",
        "license key",
    ];
    const ABOUT: [&str; 44] = [
        "ssid",
        "hash",
        "hashed",
        "digest",
        "salt",
        "encrypted",
        "crypt",
        "fingerprint",
        "prefix",
        "suffix",
        "last4",
        "hint",
        "expires",
        "expiry",
        "expiration",
        "id",
        "type",
        "name",
        "policy",
        "length",
        "created",
        "updated",
        "at",
        "date",
        "url",
        "uri",
        "path",
        "file",
        "ref",
        "reset",
        "public",
        "ttl",
        "status",
        "scope",
        "description",
        "count",
        "limit",
        "size",
        "format",
        "example",
        "rotation",
        "owner",
        "location",
        "manager",
    ];
    let words = label_words(label);
    // the word for password in any language the prose rules know (`Iphasiwedi`, `Нууц үг`,
    // `パスワード`), in a short header that says nothing about it (`Parol hash`)
    let label = label.trim();
    if label.chars().count() < 32
        && password_word_regex().is_match(label)
        && !words.iter().any(|word| ABOUT.contains(&word.as_str()))
    {
        return true;
    }
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let joined = words.join(" ");
    // a column named for a Wi-Fi network (`Barge Wi-Fi`) holds its key
    let credential = CREDENTIALS.iter().any(|word| joined.contains(word))
        || matches!(joined.as_str(), "pass" | "pw" | "key")
        || joined.ends_with("wi fi")
        || joined.ends_with("wifi");
    credential && !words.iter().any(|word| ABOUT.contains(&word.as_str()))
}

/// Whether a header names an account's login (`login`, `user`, `Username`, `account`).
fn names_login(label: &str) -> bool {
    let joined = label_words(label).join(" ");
    matches!(joined.as_str(), "login" | "user" | "username" | "user name" | "account" | "logon")
}

/// Whether a header names a free-form note (`note`, `Notes`, `remarks`, `comment`).
fn names_note(label: &str) -> bool {
    let joined = label_words(label).join(" ");
    matches!(joined.as_str(), "note" | "notes" | "remark" | "remarks" | "comment" | "comments")
}

/// Whether a cell labels the next one as an identifier (`Account SID`, `Client ID`).
fn names_identifier(label: &str) -> bool {
    let words = label_words(label);
    words.len() <= 3
        && words.iter().any(|word| matches!(word.as_str(), "id" | "sid" | "uid" | "guid" | "uuid"))
}

/// Whether a credential name is a password's, whose column may hold digests instead.
fn is_password_name(name: &str) -> bool {
    let joined = label_words(name).join(" ");
    ["pass", "pwd", "pw"].iter().any(|word| joined.contains(word))
}

/// A label in lower-case words: `clientSecret`, `client_secret` and `Client secret` all give
/// `client secret`.
fn label_words(label: &str) -> Vec<String> {
    let mut spaced = String::with_capacity(label.len() + 4);
    let mut previous_lower = false;
    for c in label.chars().map(without_accent) {
        if c.is_ascii_uppercase() && previous_lower {
            spaced.push(' ');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        spaced.push(if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { ' ' });
    }
    spaced.split_whitespace().map(str::to_owned).collect()
}

/// The plain letter under an accented one, so that `Contraseña` and `Hasło` read as the
/// `contrasena` and `haslo` the list holds.
fn without_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'å' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ö' | 'Ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => 'u',
        'ñ' | 'Ñ' | 'ń' => 'n',
        'ç' | 'ć' | 'č' | 'Č' => 'c',
        'ł' | 'Ł' => 'l',
        'ś' | 'š' | 'ş' | 'Ş' | 'Š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ý' => 'y',
        'ğ' => 'g',
        'ı' => 'i',
        _ => c,
    }
}

/// Password digests stored in a password column: crypt strings (`$2b$…`, `$argon2id$…`),
/// `{SSHA}…`, Django's `pbkdf2_sha256$…`, Werkzeug's `pbkdf2:sha256:…` (Flask apps such as
/// calibre-web), MySQL `*…` and bare hex digests.
fn looks_like_digest(value: &[u8]) -> bool {
    let hex = |v: &[u8]| v.iter().all(u8::is_ascii_hexdigit);
    let bare_hex = matches!(value.len(), 32 | 40 | 64 | 128) && hex(value);
    let mysql = value.len() == 41 && value[0] == b'*' && hex(&value[1..]);
    let tagged = value.starts_with(b"$") || value.starts_with(b"{");
    let scheme_prefixed =
        [&b"pbkdf2_"[..], b"pbkdf2:", b"bcrypt", b"argon2", b"scrypt", b"sha1$", b"md5$"]
            .iter()
            .any(|prefix| value.starts_with(prefix));
    bare_hex || mysql || tagged || scheme_prefixed
}

/// The text of a cell, for matching it as a label.
fn text(bytes: &[u8], span: &Range<usize>) -> String {
    String::from_utf8_lossy(&bytes[span.clone()]).into_owned()
}

/// `range` within `bytes` without surrounding blanks, quotes, backticks, `**` and a code
/// element (`<code>…</code>`, as MediaWiki and HTML tables mark a value to copy).
fn trim_cell(bytes: &[u8], mut range: Range<usize>) -> Range<usize> {
    const CODE_TAGS: [(&[u8], &[u8]); 4] = [
        (b"<code>", b"</code>"),
        (b"<tt>", b"</tt>"),
        (b"<kbd>", b"</kbd>"),
        (b"<nowiki>", b"</nowiki>"),
    ];
    loop {
        while range.start < range.end && bytes[range.start].is_ascii_whitespace() {
            range.start += 1;
        }
        while range.end > range.start && bytes[range.end - 1].is_ascii_whitespace() {
            range.end -= 1;
        }
        let inner = &bytes[range.clone()];
        let wrapped = inner.len() >= 2
            && matches!(inner[0], b'\'' | b'"' | b'`' | b'*')
            && inner[inner.len() - 1] == inner[0];
        if wrapped {
            range = range.start + 1..range.end - 1;
            continue;
        }
        let tagged = CODE_TAGS.iter().find(|(open, close)| {
            inner.len() > open.len() + close.len()
                && inner[..open.len()].eq_ignore_ascii_case(open)
                && inner[inner.len() - close.len()..].eq_ignore_ascii_case(close)
        });
        match tagged {
            Some((open, close)) => range = range.start + open.len()..range.end - close.len(),
            None => return range,
        }
    }
}

/// Positions of markup tags in lower-cased text, remembered per tag from the last search,
/// so a walk from left to right reads the text once per tag however often it asks.
struct Tags<'a> {
    lower: &'a [u8],
    tags: &'a [&'a [u8]],
    /// Per tag: the position found by the last search (`usize::MAX`: none), and where that
    /// search started.
    next: Vec<Option<(usize, usize)>>,
}

impl<'a> Tags<'a> {
    fn new(lower: &'a [u8], tags: &'a [&'a [u8]]) -> Tags<'a> {
        Tags { lower, tags, next: vec![None; tags.len()] }
    }

    /// The first of the tags numbered `wanted` at or after `from`, and which one it is.
    fn next_of(&mut self, from: usize, wanted: &[usize]) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for &tag in wanted {
            let position = match self.next[tag] {
                Some((position, searched_from)) if searched_from <= from && position >= from => {
                    position
                }
                _ => {
                    let start = from.min(self.lower.len());
                    let position = memchr::memmem::find(&self.lower[start..], self.tags[tag])
                        .map_or(usize::MAX, |p| start + p);
                    self.next[tag] = Some((position, start));
                    position
                }
            };
            if position != usize::MAX && best.is_none_or(|(b, _)| position < b) {
                best = Some((position, tag));
            }
        }
        best
    }
}

/// The first occurrence of any of `tags` in `lower` at or after `from` (a short, bounded search).
fn find_tag(lower: &[u8], from: usize, tags: &[&[u8]]) -> Option<usize> {
    tags.iter()
        .filter_map(|tag| memchr::memmem::find(&lower[from..], tag))
        .min()
        .map(|at| from + at)
}

#[cfg(test)]
mod tests;
