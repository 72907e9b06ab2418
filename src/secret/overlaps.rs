//! Which of several matches on the same text stands: one finding per secret, the most specific
//! rule's.

use std::collections::HashMap;
use std::sync::Arc;

use super::engine::RawMatch;
use super::rule::SecretRule;
use crate::finding::Checksum;

/// Drops duplicate matches, generic matches on text a specific rule already explains (or
/// rejected: a lookalike token whose checksum fails), and matches of rules that an overlapping
/// match's rule `supersedes`; then the rejected tokens themselves; and, when `one_per_span`, all
/// but one of the matches that several rules make on the same text.
pub(super) fn resolve_overlaps(
    matches: &mut Vec<RawMatch>,
    rules: &[Arc<SecretRule>],
    one_per_span: bool,
) {
    let rejected: Vec<(usize, usize)> = matches
        .iter()
        .filter(|m| m.checksum == Checksum::Invalid)
        .map(|m| (m.start, m.end))
        .collect();
    // (a finding on a decoded value stands: only raw text can be misread)
    matches.retain(|m| {
        m.checksum != Checksum::Invalid
            && !(rules[m.rule as usize].generic
                && m.decoded.is_none()
                && rejected.iter().any(|&(start, end)| start < m.end && m.start < end))
    });
    // (of a rule's matches on the same text, the decoded one stands: a quoted-printable
    // `=3D` read raw is not the password)
    matches.sort_unstable_by_key(|m| (m.start, m.end, m.rule, m.decoded.is_none()));
    matches.dedup_by_key(|m| (m.start, m.end, m.rule));
    // A split rule's branches may find overlapping spans; the first one stands, as it would in
    // one leftmost-first search.
    let mut last_end: HashMap<u32, usize> = HashMap::new();
    matches.retain(|m| {
        let end = last_end.entry(m.rule).or_insert(0);
        let keep = m.start >= *end;
        if keep {
            *end = m.end;
        }
        keep
    });
    if matches.len() < 2 {
        return;
    }
    let overlapping = |a: &RawMatch, b: &RawMatch| a.start < b.end && b.start < a.end;
    let outranked = |m: &RawMatch, by: &RawMatch| {
        let (rule, other) = (&rules[m.rule as usize], &rules[by.rule as usize]);
        (rule.generic && !other.generic) || other.supersedes.iter().any(|id| *id == rule.id)
    };
    let keep: Vec<bool> = matches
        .iter()
        .map(|m| !matches.iter().any(|by| overlapping(m, by) && outranked(m, by)))
        .collect();
    let mut index = 0;
    matches.retain(|_| {
        index += 1;
        keep[index - 1]
    });
    // Rules that read the same text (a password in a sentence that two prose rules know, a W&B
    // key as a .netrc password) give one finding: a provider's rule before a rule of no provider,
    // a rule that words around the value woke before one that reads whole files by the value's
    // shape alone, a decoded reading before a raw one, then the first in the catalog.
    if !one_per_span {
        return;
    }
    let rank = |m: &RawMatch| {
        let rule = &rules[m.rule as usize];
        let by_shape_alone = rule.keywords.is_empty();
        (
            m.start,
            m.end,
            rule.generic,
            rule.provider == "Generic",
            by_shape_alone,
            m.decoded.is_none(),
            m.rule,
        )
    };
    matches.sort_unstable_by_key(rank);
    matches.dedup_by_key(|m| (m.start, m.end));
}
