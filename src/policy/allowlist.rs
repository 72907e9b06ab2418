//! Configuration allowlists (`[[allow]]` in `.nhiscan/config.toml`): findings of some rules, in
//! some paths, or with some values, that a project has accepted.

use regex_automata::meta::Regex;

use super::modes::RuleSelector;
use crate::config::PathGlobs;
use crate::finding::Finding;

/// One `[[allow]]` entry; a finding is allowed when every part that is given matches.
#[derive(Debug, Clone)]
pub struct AllowEntry {
    /// Rule ids or id globs (`secret/*`); empty means every rule.
    pub rules: Vec<RuleSelector>,
    /// Paths; `None` means any path.
    pub paths: Option<PathGlobs>,
    /// Regexes over the secret value; empty means any value.
    pub values: Vec<Regex>,
    /// Why the project accepts these findings.
    pub reason: Option<String>,
}

impl AllowEntry {
    /// Whether this entry allows `finding`.
    pub fn allows(&self, finding: &Finding) -> bool {
        let rule = self.rules.is_empty()
            || self.rules.iter().any(|selector| selector.matches(&finding.rule));
        let path = self.paths.as_ref().is_none_or(|paths| paths.matches(&finding.location.path));
        let value = self.values.is_empty()
            || finding.secret.as_ref().is_some_and(|secret| {
                self.values.iter().any(|regex| regex.is_match(secret.raw.as_bytes()))
            });
        rule && path && value
    }
}
