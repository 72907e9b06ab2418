//! Inline suppression: a `nhiscan:ignore` comment next to a finding.

use super::{SuppressedBy, Suppression};
use crate::finding::Finding;

/// The suppression an ignore comment next to `finding` grants, if one names its rule.
pub(super) fn suppression(finding: &Finding) -> Option<Suppression> {
    finding
        .ignore_comments
        .iter()
        .find(|comment| {
            comment.rules.is_empty() || comment.rules.iter().any(|r| rule_matches(r, &finding.rule))
        })
        .map(|comment| Suppression { by: SuppressedBy::Inline, reason: comment.reason.clone() })
}

/// Whether `pattern` names rule `id`: the exact id, an id glob ending in `*` (`secret/*`), or
/// the id without its domain (`github-pat` for `secret/github-pat`).
pub fn rule_matches(pattern: &str, id: &str) -> bool {
    if let Some(prefix) = pattern.strip_suffix('*') {
        return id.starts_with(prefix);
    }
    pattern == id
        || (!pattern.contains('/') && id.split_once('/').is_some_and(|(_, name)| name == pattern))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{FindingKind, IgnoreComment, Location, Severity, Snippet};

    fn finding(comments: Vec<IgnoreComment>) -> Finding {
        Finding {
            rule: "secret/github-pat".into(),
            kind: FindingKind::Secret,
            severity: Severity::High,
            location: Location { path: "a".into(), line: 2, column: 1, end_line: 2, end_column: 5 },
            message: String::new(),
            secret: None,
            snippet: Snippet::default(),
            fingerprint: String::new(),
            ignore_comments: comments,
        }
    }

    fn comment(rules: &[&str], reason: Option<&str>) -> IgnoreComment {
        IgnoreComment {
            line: 2,
            rules: rules.iter().map(|r| r.to_string()).collect(),
            reason: reason.map(String::from),
        }
    }

    #[test]
    fn a_bare_comment_suppresses_with_its_reason() {
        let found = suppression(&finding(vec![comment(&[], Some("test key"))])).unwrap();
        assert_eq!(
            found,
            Suppression { by: SuppressedBy::Inline, reason: Some("test key".into()) }
        );
    }

    #[test]
    fn a_comment_for_another_rule_does_not() {
        assert_eq!(suppression(&finding(vec![comment(&["secret/jwt"], None)])), None);
        assert_eq!(suppression(&finding(vec![])), None);
    }

    #[test]
    fn rule_names_globs_and_short_names() {
        assert!(rule_matches("secret/github-pat", "secret/github-pat"));
        assert!(rule_matches("secret/*", "secret/github-pat"));
        assert!(rule_matches("github-pat", "secret/github-pat"));
        assert!(!rule_matches("github", "secret/github-pat"));
        assert!(!rule_matches("gha/*", "secret/github-pat"));
    }
}
