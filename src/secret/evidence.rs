//! Turning confirmed matches into findings: location, snippet, fingerprint, nearby ignore comments.

use std::sync::Arc;

use super::engine::RawMatch;
use super::rule::SecretRule;
use crate::finding::{
    Finding, FindingKind, LineIndex, PartnerFound, SecretDetails, SecretValue, Snippet,
    SnippetSecret, comment_only_line, parse_ignore_comments, redact, secret_fingerprint,
};
use crate::source::ContentUnit;

/// Lines up to this many bytes are shown whole; longer ones (minified code) are cut around the
/// finding.
const MAX_SNIPPET_LINE: usize = 160;
/// Context kept either side of the finding on a cut line.
const SNIPPET_CONTEXT: usize = 60;

/// Appends one finding per match (`matches` sorted by start).
pub(crate) fn build_findings(
    unit: ContentUnit<'_>,
    matches: &[RawMatch],
    rules: &[Arc<SecretRule>],
    out: &mut Vec<Finding>,
) {
    let lines = LineIndex::new(unit.bytes);
    for found in matches {
        let rule = &rules[found.rule as usize];
        // A secret decoded from the text is judged and fingerprinted by its decoded value.
        let value =
            found.decoded.as_ref().map_or(&unit.bytes[found.start..found.end], |d| &d.value);
        let raw = String::from_utf8_lossy(value).into_owned();
        let location = lines.location(unit.path, found.start, found.end);
        out.push(Finding {
            rule: rule.id.clone(),
            kind: FindingKind::Secret,
            severity: rule.severity,
            message: rule.name.clone(),
            snippet: snippet(unit.bytes, &lines, found, matches),
            fingerprint: secret_fingerprint(&rule.id, unit.path, value),
            ignore_comments: ignore_comments_near(unit.bytes, &lines, found.start),
            secret: Some(SecretValue {
                redacted: redact(&raw),
                raw,
                checksum: found.checksum,
                details: SecretDetails {
                    partner: partner(rule, &lines, found.partner_at),
                    encoding: found.decoded.as_ref().map(|d| d.encoding.to_owned()),
                    ..found.details.clone()
                },
            }),
            location,
        });
    }
}

/// The partner a match found, located.
fn partner(rule: &SecretRule, lines: &LineIndex<'_>, at: Option<usize>) -> Option<PartnerFound> {
    let (partner, at) = (rule.partner.as_ref()?, at?);
    let (line, column) = lines.position(at);
    Some(PartnerFound { name: partner.name.clone(), line, column })
}

/// `nhiscan:ignore` comments on the finding's line, and on the line above when that line is
/// nothing but a comment.
fn ignore_comments_near(
    bytes: &[u8],
    lines: &LineIndex<'_>,
    start: usize,
) -> Vec<crate::finding::IgnoreComment> {
    let line = lines.line_of(start);
    let mut found = parse_ignore_comments(&bytes[lines.line_range(line)], line_number(line));
    if line > 0 {
        let above = &bytes[lines.line_range(line - 1)];
        if comment_only_line(above) {
            found.extend(parse_ignore_comments(above, line_number(line - 1)));
        }
    }
    found
}

/// The finding's first line, cut around it when long, with every secret on it marked.
fn snippet(bytes: &[u8], lines: &LineIndex<'_>, found: &RawMatch, all: &[RawMatch]) -> Snippet {
    let line = lines.line_of(found.start);
    let range = lines.line_range(line);
    let (mut from, mut to) = (range.start, range.end);
    if to - from > MAX_SNIPPET_LINE {
        from = char_start(bytes, found.start.saturating_sub(SNIPPET_CONTEXT).max(range.start));
        to = char_start(
            bytes,
            found.end.min(range.end).saturating_add(SNIPPET_CONTEXT).min(range.end),
        );
    }
    let mut text = String::new();
    let mut secrets = Vec::new();
    if from > range.start {
        text.push('…');
    }
    let mut at = from;
    for other in all.iter().filter(|m| m.start < to && m.end > from) {
        let (start, end) = (other.start.max(at), other.end.min(to));
        if start >= end {
            continue;
        }
        push_clean(&mut text, &bytes[at..start]);
        let begin = text.len();
        push_clean(&mut text, &bytes[start..end]);
        let redacted = redact(&String::from_utf8_lossy(&bytes[other.start..other.end]));
        secrets.push(SnippetSecret { range: begin..text.len(), redacted });
        at = end;
    }
    push_clean(&mut text, &bytes[at..to]);
    if to < range.end {
        text.push('…');
    }
    Snippet { line: line_number(line), text, secrets }
}

/// Appends `bytes` as text, with invalid UTF-8 replaced and control characters (terminal escape
/// sequences among them) shown as `�`, so a snippet cannot drive the reader's terminal.
fn push_clean(text: &mut String, bytes: &[u8]) {
    for c in String::from_utf8_lossy(bytes).chars() {
        text.push(if c.is_control() && c != '\t' { '\u{FFFD}' } else { c });
    }
}

/// Moves `at` back to the start of the UTF-8 character it falls in.
fn char_start(bytes: &[u8], mut at: usize) -> usize {
    while at > 0 && at < bytes.len() && (bytes[at] & 0xC0) == 0x80 {
        at -= 1;
    }
    at
}

fn line_number(line: usize) -> u32 {
    u32::try_from(line + 1).unwrap_or(u32::MAX)
}
