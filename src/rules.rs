//! The rule catalog: the rule files embedded in the binary, checked and indexed by id.

use std::collections::HashSet;
use std::sync::Arc;

use crate::diagnostic::FileError;
use crate::secret::{RuleFile, RuleOrigin, SecretRule};

include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));

/// A rule file that cannot be loaded, pointing at the place in it.
pub type RuleLoadError = FileError;

/// Every rule nhiscan knows, in a stable order (by id).
#[derive(Debug, Clone)]
pub struct Catalog {
    secret_rules: Vec<Arc<SecretRule>>,
}

impl Catalog {
    /// The rules built into this binary.
    pub fn builtin() -> Result<Catalog, RuleLoadError> {
        Catalog::from_files(EMBEDDED_RULE_FILES.iter().map(|&(path, text)| (path, text)))
    }

    /// Loads rule files given as (path, text) pairs; ids must be unique across all of them.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Catalog, RuleLoadError> {
        let mut secret_rules = Vec::new();
        let mut seen = HashSet::new();
        for (path, text) in files {
            for rule in load_secret_file(path, text)? {
                if !seen.insert(rule.id.clone()) {
                    let span = rule.origin.span.clone();
                    return Err(load_error(
                        path,
                        text,
                        format!("duplicate rule id {}", rule.id),
                        Some(span),
                    ));
                }
                secret_rules.push(Arc::new(rule));
            }
        }
        secret_rules.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(Catalog { secret_rules })
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
}

fn load_secret_file(path: &str, text: &str) -> Result<Vec<SecretRule>, RuleLoadError> {
    let file: RuleFile = toml::from_str(text)
        .map_err(|error| load_error(path, text, error.message().to_owned(), error.span()))?;
    file.rules
        .into_iter()
        .map(|spanned| {
            let span = spanned.span();
            let origin = RuleOrigin {
                file: path.to_owned(),
                span: span.clone(),
            };
            SecretRule::from_raw(spanned.into_inner(), &file.provider, origin)
                .map_err(|message| load_error(path, text, message, Some(span)))
        })
        .collect()
}

fn load_error(
    path: &str,
    text: &str,
    message: String,
    span: Option<std::ops::Range<usize>>,
) -> RuleLoadError {
    FileError::new("invalid rule file", path, text, message, span)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: &str = r#"
provider = "Test"
[[rule]]
id = "secret/test-token"
name = "Test token"
severity = "high"
description = "A token."
remediation = "Revoke it."
keywords = ["tst_"]
pattern = '(?P<secret>tst_[a-z0-9]{8})'
examples = ["tst_abcd1234"]
"#;

    #[test]
    fn duplicate_ids_are_refused() {
        let error = Catalog::from_files([("a.toml", RULE), ("b.toml", RULE)]).unwrap_err();
        assert!(
            error
                .message
                .contains("duplicate rule id secret/test-token"),
            "{}",
            error.message
        );
        assert_eq!(error.path, "b.toml");
    }

    #[test]
    fn unknown_fields_point_at_their_line() {
        let text = RULE.replace("keywords", "keywrods");
        let error = Catalog::from_files([("a.toml", text.as_str())]).unwrap_err();
        assert!(error.message.contains("keywrods"), "{}", error.message);
        assert!(error.span.is_some());
    }

    #[test]
    fn the_builtin_catalog_loads() {
        let catalog = Catalog::builtin().unwrap();
        assert!(catalog.secret_rules().len() >= 20);
        assert!(catalog.secret_rule("secret/github-pat").is_some());
    }
}
