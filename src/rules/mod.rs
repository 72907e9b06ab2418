//! The rule catalog: the rule files embedded in the binary plus a project's custom rules
//! (`.nhiscan/rules/*.toml`), checked and indexed by id.

mod check;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::Diagnostic;

use crate::diagnostic::FileError;
use crate::secret::{RuleFile, RuleOrigin, SecretRule};

pub use check::{ExampleCheck, ExampleFailure, check_examples};

include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));

/// Where a project keeps its own rules, under the scan root.
pub const CUSTOM_RULES_DIR: &str = ".nhiscan/rules";

/// A rule file that cannot be read or used.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum RuleLoadError {
    /// The file or directory cannot be read.
    #[error("cannot read rule file {path}: {source}")]
    #[diagnostic(code(nhiscan::rules::read))]
    Read {
        /// The file or directory.
        path: String,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is not a valid rule file, with the place it goes wrong.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Invalid(FileError),
}

/// A rule file's text, kept to point at its lines in reports.
#[derive(Debug, Clone)]
pub struct RuleSource {
    /// The file's path (relative to the crate for built-in files).
    pub path: String,
    /// The file's text.
    pub text: Arc<str>,
}

/// Every rule nhiscan knows, in a stable order (by id).
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    secret_rules: Vec<Arc<SecretRule>>,
    ids: HashSet<String>,
    sources: Vec<RuleSource>,
}

impl Catalog {
    /// The rules built into this binary.
    pub fn builtin() -> Result<Catalog, RuleLoadError> {
        let mut catalog = Catalog::default();
        for &(path, text) in EMBEDDED_RULE_FILES {
            catalog.add_file(path, text, true)?;
        }
        catalog.check_supersedes()
    }

    /// The built-in rules plus every `*.toml` under `dir` (searched recursively, in path order).
    /// A missing `dir` adds nothing unless `required`.
    pub fn with_custom_dir(mut self, dir: &Path, required: bool) -> Result<Catalog, RuleLoadError> {
        let read_error =
            |path: &Path, source| RuleLoadError::Read { path: path.display().to_string(), source };
        if !dir.exists() && !required {
            return Ok(self);
        }
        let mut files = Vec::new();
        collect_toml_files(dir, &mut files).map_err(|source| read_error(dir, source))?;
        for file in files {
            let text =
                std::fs::read_to_string(&file).map_err(|source| read_error(&file, source))?;
            self.add_file(&file.display().to_string(), &text, false)?;
        }
        self.check_supersedes()
    }

    /// Loads rule files given as (path, text) pairs on top of this catalog; ids must be unique.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Catalog, RuleLoadError> {
        let mut catalog = Catalog::default();
        for (path, text) in files {
            catalog.add_file(path, text, false)?;
        }
        catalog.check_supersedes()
    }

    fn add_file(&mut self, path: &str, text: &str, builtin: bool) -> Result<(), RuleLoadError> {
        let invalid = |message, span| {
            RuleLoadError::Invalid(FileError::new("invalid rule file", path, text, message, span))
        };
        let file: RuleFile = toml::from_str(text)
            .map_err(|error| invalid(error.message().to_owned(), error.span()))?;
        let mut added = Vec::new();
        for spanned in file.rules {
            let span = spanned.span();
            let origin = RuleOrigin { file: path.to_owned(), span: span.clone(), builtin };
            let rule = SecretRule::from_raw(spanned.into_inner(), &file.provider, origin)
                .map_err(|message| invalid(message, Some(span.clone())))?;
            if !builtin {
                // A project's rule is compiled now, so a broken one fails the run before it starts.
                if let Err(error) = rule.matcher() {
                    return Err(invalid(format!("rule {}: {error}", rule.id), Some(span)));
                }
            }
            if !self.ids.insert(rule.id.clone()) {
                return Err(invalid(format!("duplicate rule id {}", rule.id), Some(span)));
            }
            added.push(Arc::new(rule));
        }
        self.secret_rules.extend(added);
        self.secret_rules.sort_by(|a, b| a.id.cmp(&b.id));
        self.sources.push(RuleSource { path: path.to_owned(), text: Arc::from(text) });
        Ok(())
    }

    /// Every `supersedes` entry must name a rule of the catalog: a typo would silently report
    /// both rules. Checked once all files are in, since files load in path order.
    fn check_supersedes(self) -> Result<Catalog, RuleLoadError> {
        for rule in &self.secret_rules {
            if let Some(missing) = rule.supersedes.iter().find(|id| !self.ids.contains(*id)) {
                let message = format!("rule {} supersedes unknown rule {missing}", rule.id);
                let text = self
                    .sources
                    .iter()
                    .find(|s| s.path == rule.origin.file)
                    .map_or("", |s| &s.text);
                let error = FileError::new(
                    "invalid rule file",
                    &rule.origin.file,
                    text,
                    message,
                    Some(rule.origin.span.clone()),
                );
                return Err(RuleLoadError::Invalid(error));
            }
        }
        Ok(self)
    }

    /// The secret rules, sorted by id.
    pub fn secret_rules(&self) -> &[Arc<SecretRule>] {
        &self.secret_rules
    }

    /// The secret rule with this id.
    pub fn secret_rule(&self, id: &str) -> Option<&Arc<SecretRule>> {
        self.secret_rules
            .binary_search_by(|rule| rule.id.as_str().cmp(id))
            .ok()
            .map(|at| &self.secret_rules[at])
    }

    /// 1-based line of byte `offset` in rule file `path`.
    pub fn line_of(&self, path: &str, offset: usize) -> Option<usize> {
        let source = self.sources.iter().find(|source| source.path == path)?;
        let before = source.text.get(..offset.min(source.text.len()))?;
        Some(before.bytes().filter(|&b| b == b'\n').count() + 1)
    }
}

fn collect_toml_files(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir)?.map(|entry| entry.map(|e| e.path())).collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_toml_files(&path, files)?;
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
    Ok(())
}

/// A one-rule file for unit tests: `secret/test-token` with these keywords, pattern and extra
/// lines (examples, options), the rule table starting on line 3.
#[cfg(test)]
pub(crate) fn test_rule_file(keywords: &str, pattern: &str, extra: &str) -> String {
    format!(
        "provider = \"Test\"\n\n[[rule]]\nid = \"secret/test-token\"\nname = \"Test token\"\nseverity = \"high\"\n\
         description = \"A token.\"\nremediation = \"Revoke it.\"\nkeywords = {keywords}\npattern = '{pattern}'\n{extra}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> String {
        test_rule_file(
            r#"["tst_"]"#,
            r"(?P<secret>tst_[a-z0-9]{8})",
            "examples = [\"tst_abcd1234\"]\n",
        )
    }

    fn invalid(error: RuleLoadError) -> FileError {
        match error {
            RuleLoadError::Invalid(error) => error,
            RuleLoadError::Read { .. } => panic!("not an invalid-file error"),
        }
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let rule = rule();
        let error = invalid(
            Catalog::from_files([("a.toml", rule.as_str()), ("b.toml", rule.as_str())])
                .unwrap_err(),
        );
        assert!(error.message.contains("duplicate rule id secret/test-token"), "{}", error.message);
        assert_eq!(error.path, "b.toml");
    }

    #[test]
    fn unknown_fields_point_at_their_line() {
        let text = rule().replace("keywords", "keywrods");
        let error = invalid(Catalog::from_files([("a.toml", text.as_str())]).unwrap_err());
        assert!(error.message.contains("keywrods"), "{}", error.message);
        assert_eq!(error.line_column(), Some((9, 1)));
    }

    #[test]
    fn a_custom_rule_that_does_not_compile_is_refused_at_load() {
        let text = rule().replace("[a-z0-9]{8}", "[a-z0-9]{8}[z-a]");
        assert!(Catalog::from_files([("a.toml", text.as_str())]).is_err());
    }

    #[test]
    fn lines_of_rules() {
        let text = rule();
        let catalog = Catalog::from_files([("a.toml", text.as_str())]).unwrap();
        let rule = catalog.secret_rule("secret/test-token").unwrap();
        assert_eq!(catalog.line_of("a.toml", rule.origin.span.start), Some(3));
    }

    #[test]
    fn the_builtin_catalog_loads() {
        let catalog = Catalog::builtin().unwrap();
        assert!(catalog.secret_rules().len() >= 20);
        assert!(catalog.secret_rule("secret/github-pat").is_some());
        assert!(catalog.secret_rules().iter().all(|rule| rule.origin.builtin));
    }
}
