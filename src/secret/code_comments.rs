//! The prose of a source file: its comments and Python docstrings, where people write the
//! sentences the prose rules read ("# the staging password is …", a notebook's Markdown cell as
//! `# MAGIC …` or `mo.md(r"""…""")`). The prose rules stay out of code itself, whose
//! assignments the assignment rules read; this gives them a copy of the file with everything but
//! the prose blanked, byte for byte, so a match's offsets are the file's own.

use super::extract::lines;

/// How a language marks its comments, as far as prose is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CommentSyntax {
    /// What opens a comment that runs to the line's end, when it starts the line.
    line: &'static [&'static str],
    /// Whether `"""…"""` and `'''…'''` hold prose (docstrings, notebook Markdown).
    triple_quotes: bool,
}

/// The comment syntax of the source file at `path` (by extension), if its prose is read: the
/// languages notebooks are written in (Databricks' `# MAGIC` cells, marimo's `mo.md(…)`, R
/// Markdown chunks' comments) and scripts whose comments people write notes in. Comments of
/// the C family are mostly API documentation, and reading them cost the 1 GB corpus's scan a
/// fifth more time for no secret found.
fn syntax_of(path: &str) -> Option<CommentSyntax> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let (_, extension) = name.rsplit_once('.')?;
    let hash = CommentSyntax { line: &["#"], triple_quotes: false };
    match extension.to_ascii_lowercase().as_str() {
        "py" | "pyi" => Some(CommentSyntax { triple_quotes: true, ..hash }),
        "r" | "rb" | "pl" | "pm" | "ex" | "exs" => Some(hash),
        "lua" => Some(CommentSyntax { line: &["--"], triple_quotes: false }),
        "vb" => Some(CommentSyntax { line: &["'"], triple_quotes: false }),
        _ => None,
    }
}

/// Files past this size are bundles and generated code, not notes.
const LARGEST_FILE_READ: usize = 512 * 1024;

/// A copy of `bytes` (the source file at `path`) in which only comment and docstring text is
/// kept: every other byte but line breaks is a blank, and so are the comment markers. `None` when
/// the language is not known or the file holds no prose.
pub(crate) fn prose_of(path: &str, bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.len() > LARGEST_FILE_READ {
        return None;
    }
    let syntax = syntax_of(path)?;
    let mut prose: Vec<u8> = bytes.iter().map(|&b| if b == b'\n' { b'\n' } else { b' ' }).collect();
    let mut kept = false;
    // The delimiter that closes the docstring an earlier line left open.
    let mut open: Option<&'static [u8]> = None;
    for (line_start, line) in lines(bytes) {
        let line_end = line_start + line.len();
        let mut at = line_start;
        loop {
            let (start, close) = match open.take() {
                Some(close) => (at, close),
                None => match prose_opening(syntax, bytes, at, line_end) {
                    Some(found) => found,
                    None => break,
                },
            };
            let end = find(bytes, start, line_end, close);
            let until = end.unwrap_or(line_end);
            prose[start..until].copy_from_slice(&bytes[start..until]);
            kept |= until > start;
            match end {
                // closed on this line: a comment may open again after it
                Some(end) => at = end + close.len(),
                None => {
                    open = (!close.is_empty()).then_some(close);
                    break;
                }
            }
        }
    }
    kept.then_some(prose)
}

/// What opens and closes a Python docstring or long string.
const TRIPLE_QUOTES: [&[u8]; 2] = [b"\"\"\"", b"'''"];

/// Where prose starts on the line from `at` (after the marker) and what closes it (empty: the
/// line's end), if a comment or a docstring opens there.
fn prose_opening(
    syntax: CommentSyntax,
    bytes: &[u8],
    at: usize,
    line_end: usize,
) -> Option<(usize, &'static [u8])> {
    let rest = &bytes[at..line_end];
    let indent = rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    let text = &rest[indent..];
    if let Some(marker) = syntax.line.iter().find(|marker| text.starts_with(marker.as_bytes())) {
        return Some((at + indent + marker.len(), b""));
    }
    if syntax.triple_quotes {
        let (offset, quote) = TRIPLE_QUOTES
            .into_iter()
            .filter_map(|quote| memchr::memmem::find(rest, quote).map(|offset| (offset, quote)))
            .min_by_key(|&(offset, _)| offset)?;
        return Some((at + offset + quote.len(), quote));
    }
    None
}

/// Where `close` starts in `bytes[from..line_end]` (an empty `close` never does).
fn find(bytes: &[u8], from: usize, line_end: usize, close: &[u8]) -> Option<usize> {
    if close.is_empty() {
        return None;
    }
    memchr::memmem::find(&bytes[from..line_end], close).map(|offset| from + offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(path: &str, text: &str) -> String {
        let prose = prose_of(path, text.as_bytes()).map(String::from_utf8).unwrap().unwrap();
        assert_eq!(prose.len(), text.len(), "offsets kept");
        prose.split('\n').map(str::trim).collect::<Vec<_>>().join("|")
    }

    #[test]
    fn comments_are_kept_and_code_blanked() {
        let text = "x = 1\n# the staging password is Kq7!\ny = \"#no\"  # trailing\n";
        assert_eq!(kept("a.py", text), "|the staging password is Kq7!||");
        let text = "local x = 1\n-- pass: a1!\n";
        assert_eq!(kept("a.lua", text), "|pass: a1!|");
        assert!(prose_of("a.c", b"// pass: a1!\n").is_none());
    }

    #[test]
    fn docstrings_and_notebook_markdown_are_prose() {
        let text = "def f():\n    \"\"\"Login: admin (Xy9!a).\"\"\"\n    mo.md(r\"\"\"\n    Password: Kq7!\n    \"\"\")\n";
        assert_eq!(kept("nb.py", text), "|Login: admin (Xy9!a).||Password: Kq7!||");
        let text = "# Databricks notebook source\n# MAGIC Mana: Min0r4.58\nx = 1\n";
        assert_eq!(kept("nb.py", text), "Databricks notebook source|MAGIC Mana: Min0r4.58||");
    }

    #[test]
    fn files_without_prose_or_of_unknown_languages_give_none() {
        assert!(prose_of("a.py", b"x = 1\ny = 2\n").is_none());
        assert!(prose_of("a.txt", b"# hello\n").is_none());
        assert!(prose_of("Makefile", b"# hello\n").is_none());
    }
}
