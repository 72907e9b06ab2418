//! Values that sit in a structure rather than in plain text: the entries of Kubernetes Secret
//! manifests, and the cells of tables (Markdown, HTML, CSV, SQL dumps) whose column says they
//! hold a credential. Rules with an `extractor` run on each value instead of on the text.

mod kubernetes;
mod tables;

use std::ops::Range;

use regex_automata::meta::Regex;
use serde::Deserialize;

pub use kubernetes::{is_identity_key, kubernetes_secret_values};
pub use tables::table_secret_cells;

/// Which structure a rule's values come from (`extractor = "…"` in a rule file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExtractorKind {
    /// Every value of a Kubernetes Secret's `data:` (decoded) and `stringData:`.
    KubernetesSecretData,
    /// Table cells under a credential-named column header, or next to a credential-named cell.
    TableColumns,
}

impl ExtractorKind {
    /// Every kind, in the order the engine runs them.
    pub const ALL: [ExtractorKind; 2] =
        [ExtractorKind::KubernetesSecretData, ExtractorKind::TableColumns];

    /// The values of this kind of structure in the file at `path`. Tables also give the cells
    /// under columns (or next to labels) that match one of `keys`, the names some rule asks for
    /// (its `keys`) although they do not name a credential in general.
    pub fn extract(self, path: &str, bytes: &[u8], keys: &[Regex]) -> Vec<Extracted> {
        match self {
            ExtractorKind::KubernetesSecretData => kubernetes_secret_values(bytes),
            ExtractorKind::TableColumns => table_secret_cells(path, bytes, keys),
        }
    }
}

/// One extracted value: where it is written in the file and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// What names the value: the entry's key (`password`, `tls.key`) or the column header.
    pub key: String,
    /// Byte range of the value as written (the base64 text for `data:`).
    pub span: Range<usize>,
    /// The value (decoded for `data:`).
    pub value: Vec<u8>,
    /// Whether `value` was base64-decoded from the text at `span`.
    pub decoded: bool,
    /// Whether `key` names a credential by itself (`password`, `client_secret`). Values that
    /// were taken only because a rule's `keys` name them (`AppKey`) go to that rule alone.
    pub credential: bool,
}

/// Whether the key `name` (a column header, a row label, a manifest key) matches one of a rule's
/// `keys`.
pub fn is_named_by(keys: &[Regex], name: &str) -> bool {
    keys.iter().any(|key| key.is_match(name.trim().as_bytes()))
}

/// Offset of the start of the line that holds byte `at`.
pub(crate) fn line_start(bytes: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |newline| newline + 1)
}

/// Offset of the end (the newline, or the end of input) of the line that holds byte `at`.
pub(crate) fn line_end(bytes: &[u8], at: usize) -> usize {
    memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |newline| at + newline)
}

/// Lines with their start offsets, without terminators.
pub(crate) fn lines(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |at| start + at);
        let line = &bytes[start..end];
        let line_start = start;
        start = end + 1;
        Some((line_start, line))
    })
}
