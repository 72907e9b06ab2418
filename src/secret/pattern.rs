//! Rule patterns as the engine compiles them: bytes not text, line-aware anchors, bounded
//! lazy-DFA caches, and a pattern that opens with an alternation split into its branches.

use regex_automata::meta::Regex;
use regex_syntax::hir::{Hir, HirKind};

/// `(?:A|B|C)REST` as `A REST`, `B REST`, …; empty when the pattern does not open with an
/// alternation.
pub(super) fn leading_branches(hir: &Hir) -> Vec<Hir> {
    let count = split_leading(hir).map_or(0, |(branches, _)| branches.len());
    grouped_branches(hir, &(0..count).collect::<Vec<_>>())
}

/// Like `leading_branches`, but only the branches at the positions in `alone` are split off:
/// the others stay together as one alternation, followed by the rest.
pub(super) fn grouped_branches(hir: &Hir, alone: &[usize]) -> Vec<Hir> {
    let Some((branches, rest)) = split_leading(hir) else {
        return Vec::new();
    };
    let with_rest =
        |lead: Hir| Hir::concat(std::iter::once(lead).chain(rest.iter().cloned()).collect());
    let (split, together): (Vec<_>, Vec<_>) =
        branches.iter().enumerate().partition(|(position, _)| alone.contains(position));
    let together: Vec<Hir> = together.into_iter().map(|(_, branch)| branch.clone()).collect();
    let mut groups: Vec<Hir> =
        split.into_iter().map(|(_, branch)| with_rest(branch.clone())).collect();
    if !together.is_empty() {
        groups.push(with_rest(Hir::alternation(together)));
    }
    groups
}

/// A pattern's leading alternation's branches and the parts after it.
fn split_leading(hir: &Hir) -> Option<(&[Hir], &[Hir])> {
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let (first, rest) = parts.split_first()?;
    match first.kind() {
        HirKind::Alternation(branches) => Some((branches, rest)),
        _ => None,
    }
}

/// The same pattern without capture groups (a span finder needs none).
pub(super) fn strip_groups(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Capture(capture) => strip_groups(&capture.sub),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(strip_groups).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(strip_groups).collect()),
        HirKind::Repetition(repetition) => Hir::repetition(regex_syntax::hir::Repetition {
            sub: Box::new(strip_groups(&repetition.sub)),
            ..repetition.clone()
        }),
        _ => hir.clone(),
    }
}

/// Patterns match bytes: ASCII classes, `.` any byte but a line break, input need not be UTF-8,
/// and `^`/`$` match at line boundaries (`\n` or `\r\n`).
pub(super) fn parse_pattern(pattern: &str) -> Result<Hir, String> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .multi_line(true)
        .crlf(true)
        .build()
        .parse(pattern)
        .map_err(|e| e.to_string())
}

/// Whether `hir` has a capture group called `name`.
pub(super) fn has_capture(hir: &Hir, name: &str) -> bool {
    match hir.kind() {
        HirKind::Capture(capture) => {
            capture.name.as_deref() == Some(name) || has_capture(&capture.sub, name)
        }
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            subs.iter().any(|sub| has_capture(sub, name))
        }
        HirKind::Repetition(repetition) => has_capture(&repetition.sub, name),
        _ => false,
    }
}

/// Lazy-DFA cache per regex and thread (forward and reverse DFA each). The default (2 MiB) times
/// the generic rules and two threads would take a third of the 100 MiB budget; the windows are
/// short, so 384 KiB rarely fills. The rules whose automata do overflow it are split with
/// `search_by_branch` rather than given more.
const DFA_CACHE_BYTES: usize = 384 * 1024;

/// Compiles a rule's regex with the engine's memory limits. No one-pass DFA: groups are resolved
/// only inside a match span already found, where the bounded backtracker is as quick, and the
/// one-pass tables took about 4 MB across the catalog.
pub(super) fn compile(hir: &Hir) -> Result<Regex, String> {
    Regex::builder()
        .configure(Regex::config().hybrid_cache_capacity(DFA_CACHE_BYTES).onepass(false))
        .build_from_hir(hir)
        .map_err(|e| e.to_string())
}

/// A single branch's automaton is a fraction of its pattern's, and so is its lazy-DFA cache.
pub(super) const BRANCH_DFA_CACHE_BYTES: usize = 128 * 1024;

/// A branch named to be searched alone opens a long run of text (`user … password`): its
/// states are many, and so are those of the other branches searched together.
pub(super) const GROUP_DFA_CACHE_BYTES: usize = 192 * 1024;

/// Compiles a branch that only finds match spans (no group tracking), with a lazy-DFA cache of
/// `cache_bytes`.
pub(super) fn compile_span_finder(hir: &Hir, cache_bytes: usize) -> Result<Regex, String> {
    Regex::builder()
        .configure(
            Regex::config()
                .hybrid_cache_capacity(cache_bytes)
                .onepass(false)
                .backtrack(false)
                .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit),
        )
        .build_from_hir(hir)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leading_alternation_splits_into_branches_with_the_rest() {
        let hir = parse_pattern(r"(?:user |login )(?P<secret>[a-z]+)!").unwrap();
        let branches: Vec<Regex> = leading_branches(&hir)
            .iter()
            .map(|branch| {
                compile_span_finder(&strip_groups(branch), BRANCH_DFA_CACHE_BYTES).unwrap()
            })
            .collect();
        assert_eq!(branches.len(), 2);
        assert!(branches[0].is_match("user abc!") && !branches[0].is_match("login abc!"));
        assert!(branches[1].is_match("login abc!") && !branches[1].is_match("login abc"));
        assert!(leading_branches(&parse_pattern(r"tok_(?P<secret>[a-z]+)").unwrap()).is_empty());
    }
}
