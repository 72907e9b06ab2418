//! The baseline (`.nhiscan/baseline.json`): fingerprints of accepted, pre-existing findings.
//!
//! The file is written sorted, one finding per line, with no timestamps, line numbers or
//! secrets, so that it diffs and merges like code.

use std::collections::{BTreeSet, HashSet};

use serde::Deserialize;

use crate::diagnostic::FileError;

/// Where the baseline lives under the scan root.
pub const BASELINE_PATH: &str = ".nhiscan/baseline.json";
const VERSION: u32 = 1;

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    /// Path relative to the scan root (for people reading the file; the fingerprint covers it).
    pub path: String,
    /// Rule id (for people reading the file; the fingerprint covers it).
    pub rule: String,
    /// The finding's fingerprint.
    pub fingerprint: String,
}

/// A set of accepted findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    entries: BTreeSet<BaselineEntry>,
    fingerprints: HashSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBaseline {
    version: u32,
    findings: Vec<BaselineEntry>,
}

impl Baseline {
    /// A baseline of these entries.
    pub fn new(entries: impl IntoIterator<Item = BaselineEntry>) -> Baseline {
        let entries: BTreeSet<BaselineEntry> = entries.into_iter().collect();
        let fingerprints = entries.iter().map(|entry| entry.fingerprint.clone()).collect();
        Baseline { entries, fingerprints }
    }

    /// Parses a baseline file; `path` names it in errors.
    pub fn parse(text: &str, path: &str) -> Result<Baseline, Box<FileError>> {
        let error = |message: String, span| {
            Box::new(FileError::new("invalid baseline", path, text, message, span))
        };
        let raw: RawBaseline = serde_json::from_str(text).map_err(|e| {
            let offset = offset_of(text, e.line(), e.column());
            error(e.to_string(), Some(offset..offset))
        })?;
        if raw.version != VERSION {
            return Err(error(
                format!(
                    "unsupported baseline version {} (this nhiscan reads {VERSION})",
                    raw.version
                ),
                None,
            ));
        }
        Ok(Baseline::new(raw.findings))
    }

    /// Whether a finding with this fingerprint is accepted.
    pub fn contains(&self, fingerprint: &str) -> bool {
        self.fingerprints.contains(fingerprint)
    }

    /// The entries, sorted by path, rule and fingerprint.
    pub fn entries(&self) -> impl Iterator<Item = &BaselineEntry> {
        self.entries.iter()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The file's text: sorted, one entry per line.
    pub fn render(&self) -> String {
        let mut out = format!("{{\n  \"version\": {VERSION},\n  \"findings\": [");
        for (index, entry) in self.entries.iter().enumerate() {
            let separator = if index == 0 { "\n" } else { ",\n" };
            let quote = |text: &str| serde_json::Value::from(text).to_string();
            out.push_str(separator);
            out.push_str(&format!(
                "    {{\"path\": {}, \"rule\": {}, \"fingerprint\": {}}}",
                quote(&entry.path),
                quote(&entry.rule),
                quote(&entry.fingerprint)
            ));
        }
        out.push_str(if self.entries.is_empty() { "]\n}\n" } else { "\n  ]\n}\n" });
        out
    }
}

/// Byte offset of a 1-based line and column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, rule: &str, fingerprint: &str) -> BaselineEntry {
        BaselineEntry { path: path.into(), rule: rule.into(), fingerprint: fingerprint.into() }
    }

    #[test]
    fn renders_sorted_one_entry_per_line_and_parses_back() {
        let baseline = Baseline::new([
            entry("b.env", "secret/jwt", "22"),
            entry("a.env", "secret/jwt", "11"),
            entry("a.env", "secret/jwt", "11"),
        ]);
        let text = baseline.render();
        assert_eq!(
            text,
            "{\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": \"a.env\", \"rule\": \"secret/jwt\", \"fingerprint\": \"11\"},\n    {\"path\": \"b.env\", \"rule\": \"secret/jwt\", \"fingerprint\": \"22\"}\n  ]\n}\n"
        );
        assert_eq!(Baseline::parse(&text, "b.json").unwrap(), baseline);
        assert!(baseline.contains("22") && !baseline.contains("33"));
    }

    #[test]
    fn an_empty_baseline_round_trips() {
        let text = Baseline::default().render();
        assert_eq!(Baseline::parse(&text, "b.json").unwrap(), Baseline::default());
    }

    #[test]
    fn malformed_files_point_at_the_problem() {
        let error =
            Baseline::parse("{\n  \"version\": 1,\n  \"findings\": [ {\"path\": 1} ]\n}", "b.json")
                .unwrap_err();
        assert_eq!(error.line_column().map(|(line, _)| line), Some(3));
        assert!(
            Baseline::parse("{\"version\": 2, \"findings\": []}", "b.json")
                .unwrap_err()
                .message
                .contains("version 2")
        );
    }
}
