//! `nhiscan:ignore` comments, found next to findings by the detectors and judged by the policy.

use serde::Serialize;

/// The marker that starts an inline suppression comment.
const MARKER: &str = "nhiscan:ignore";

/// One `nhiscan:ignore` comment: which rules it names (none = every rule) and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IgnoreComment {
    /// 1-based line the comment is on.
    pub line: u32,
    /// Rule ids or id globs in brackets; empty means the comment ignores every rule.
    pub rules: Vec<String>,
    /// Free text after the marker, if any.
    pub reason: Option<String>,
}

/// Every `nhiscan:ignore` comment in `line`, which is in any comment syntax (`#`, `//`, `/* */`,
/// `<!-- -->`, `--`, …): the marker is found wherever it is, and a closing `*/` or `-->` is not
/// part of the reason.
pub fn parse_ignore_comments(line: &[u8], line_number: u32) -> Vec<IgnoreComment> {
    let text = String::from_utf8_lossy(line);
    let mut found = Vec::new();
    let mut rest = text.as_ref();
    while let Some(at) = rest.find(MARKER) {
        rest = &rest[at + MARKER.len()..];
        let mut rules = Vec::new();
        if let Some(list) = rest.strip_prefix('[') {
            let Some(close) = list.find(']') else { break };
            rules = list[..close]
                .split(',')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .map(str::to_owned)
                .collect();
            rest = &list[close + 1..];
        } else if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-') {
            // `nhiscan:ignored` or `nhiscan:ignore-foo` is some other word, not our marker.
            continue;
        }
        let reason_end = rest.find(MARKER).unwrap_or(rest.len());
        let reason = clean_reason(&rest[..reason_end]);
        found.push(IgnoreComment { line: line_number, rules, reason });
    }
    found
}

/// Whether `line` holds nothing but a comment, so that an ignore comment on it applies to the
/// line below.
pub fn comment_only_line(line: &[u8]) -> bool {
    let text = String::from_utf8_lossy(line);
    let trimmed = text.trim_start();
    ["#", "//", "/*", "*", "--", ";", "<!--", "%", "'", "rem ", "REM "]
        .iter()
        .any(|opener| trimmed.starts_with(opener))
}

fn clean_reason(raw: &str) -> Option<String> {
    let mut reason = raw.trim();
    for closer in ["*/", "-->", "#}", "%>", "--}}"] {
        reason = reason.strip_suffix(closer).unwrap_or(reason).trim_end();
    }
    let reason = reason.trim_start_matches([':', '-', '—']).trim();
    (!reason.is_empty()).then(|| reason.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Vec<IgnoreComment> {
        parse_ignore_comments(line.as_bytes(), 7)
    }

    #[test]
    fn bare_marker_ignores_every_rule() {
        let found = parse(r#"token = "abc" # nhiscan:ignore"#);
        assert_eq!(found, vec![IgnoreComment { line: 7, rules: vec![], reason: None }]);
    }

    #[test]
    fn bracketed_rules_and_reason() {
        let found = parse("x // nhiscan:ignore[secret/github-pat, secret/jwt] test fixture */");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rules, ["secret/github-pat", "secret/jwt"]);
        assert_eq!(found[0].reason.as_deref(), Some("test fixture"));
    }

    #[test]
    fn html_comment_closer_is_not_part_of_the_reason() {
        let found = parse("<!-- nhiscan:ignore documented example -->");
        assert_eq!(found[0].reason.as_deref(), Some("documented example"));
    }

    #[test]
    fn longer_words_are_not_the_marker() {
        assert!(parse("nhiscan:ignored here").is_empty());
        assert!(parse("an unclosed nhiscan:ignore[secret/x").is_empty());
    }

    #[test]
    fn comment_only_lines() {
        assert!(comment_only_line(b"   # nhiscan:ignore"));
        assert!(comment_only_line(b"// nhiscan:ignore"));
        assert!(!comment_only_line(b"key = 1 # nhiscan:ignore"));
    }
}
