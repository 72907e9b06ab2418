//! The secret engine: one keyword pass over the input, then each hit rule's regex on a bounded
//! window around its hits, then the per-match checks (`checks.rs`).
//!
//! The keyword automaton is the only thing that reads every byte. Regexes run only where one of
//! their rule's keywords occurs, on windows merged per rule, so no byte is searched twice by the
//! same rule; they compile on first use.

use std::sync::Arc;

use regex_automata::meta::{Cache, Regex};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use super::checks::confirm_match;
use super::code_comments;
use super::escaped::EscapedLines;
use super::extract::{Extracted, ExtractorKind, is_identity_key, is_named_by};
use super::keyword_passes::{KeywordPasses, Markers};
use super::keywords::Hit;
use super::path_keywords::PathAutomata;
use super::rule::{MatchChecks, Matcher, RulePath, SecretRule, Window as RuleWindow};
use super::rule_paths::CatalogPaths;
use super::search_caches::{RuleCaches, SearchCaches};
use super::{evidence, overlaps};
use crate::finding::{Checksum, Finding, SecretDetails};
use crate::source::ContentUnit;

/// Scans content units for every rule of a catalog. Shared by all threads.
#[derive(Debug)]
pub struct SecretEngine {
    rules: Vec<Arc<SecretRule>>,
    /// The keyword passes, and which rules each keyword is for.
    keywords: KeywordPasses,
    /// Rules without keywords: they search the whole of each file their `paths` match.
    whole_file_rules: Vec<u32>,
    /// Rules that run on values extracted from structures (Kubernetes Secret data, tables).
    extractor_rules: Vec<u32>,
    /// The rules' path globs, matched once per file for all of them.
    paths: CatalogPaths,
}

/// Whether a rule applies to the file being scanned, decided on the rule's first keyword hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Applies {
    Unknown,
    Yes,
    No,
}

/// How many windows' room a thread keeps from one file to the next.
const KEPT_WINDOWS: usize = 1 << 14;

/// Per-thread working memory, reused from unit to unit.
#[derive(Debug, Default)]
pub struct Scratch {
    windows: Vec<Window>,
    matches: Vec<RawMatch>,
    /// Per rule: its search caches, so searches need no shared pool.
    caches: SearchCaches,
    /// Per rule: whether it applies to the current file.
    applies: Vec<Applies>,
    /// Per rule: the index of its latest window in `windows`, which a hit close by extends.
    latest_window: Vec<usize>,
    /// The rules whose `applies` and `latest_window` entries the current unit has set: only
    /// these are reset for the next unit, rather than all 500-odd for every small file.
    touched: Vec<u32>,
    /// Rules whose matcher could not be built, with the reason.
    pub rule_errors: Vec<(String, String)>,
    /// The automata of path-only keywords this thread has built.
    path_automata: PathAutomata,
    /// Working memory for scanning decoded values inside this unit.
    nested: Option<Box<Scratch>>,
    /// Whether a rule that reads code comments had a keyword hit in this source file: its
    /// comments are then scanned for prose.
    prose_rule_woken_in_code: bool,
    /// What the keyword pass found in the latest unit besides keywords.
    markers: Markers,
}

impl Scratch {
    /// Trades search caches with `other`: the scan of decoded values borrows the outer scan's
    /// (path-keyword automata included: each is built once per thread and set of rules).
    fn swap_caches(&mut self, other: &mut Scratch) {
        std::mem::swap(&mut self.caches, &mut other.caches);
        std::mem::swap(&mut self.path_automata, &mut other.path_automata);
    }
}

/// A region of the input one rule's pattern must be run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Window {
    rule: u32,
    start: usize,
    end: usize,
    /// Where the search for lead-ins stops (`end` unless the rule bounds its lead-in).
    lead_end: usize,
}

/// A confirmed secret: which rule, where, and what its offline check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawMatch {
    pub(crate) rule: u32,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) checksum: Checksum,
    pub(crate) details: SecretDetails,
    /// Byte offset of the credential's partner, when the rule has one and it is nearby.
    pub(crate) partner_at: Option<usize>,
    /// The secret itself when the text at `start..end` encodes it (base64 in a Secret manifest).
    pub(crate) decoded: Option<Decoded>,
}

/// A secret found in decoded text, and how its text in the file encodes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub(crate) value: Vec<u8>,
    /// `base64`, `percent` or `octal`.
    pub(crate) encoding: &'static str,
}

impl SecretEngine {
    /// Builds the keyword passes over all `rules`.
    pub fn new(rules: Vec<Arc<SecretRule>>) -> Result<Self, String> {
        let keywords = KeywordPasses::new(&rules)?;
        let indexes = |select: fn(&SecretRule) -> bool| -> Vec<u32> {
            rules
                .iter()
                .enumerate()
                .filter(|(_, rule)| select(rule))
                .filter_map(|(index, _)| u32::try_from(index).ok())
                .collect()
        };
        let whole_file_rules = indexes(|rule| rule.keywords.is_empty() && rule.extractor.is_none());
        let extractor_rules = indexes(|rule| rule.extractor.is_some());
        let paths = CatalogPaths::new(&rules);
        Ok(SecretEngine { rules, keywords, whole_file_rules, extractor_rules, paths })
    }

    /// Whether rule `rule` applies to the file at `path`.
    fn applies(&self, rule: u32, path: &RulePath<'_>) -> bool {
        self.paths.applies(rule, &self.rules[rule as usize], path)
    }

    /// The rules, in the order findings refer to them.
    pub fn rules(&self) -> &[Arc<SecretRule>] {
        &self.rules
    }

    /// Scans one unit, appending its findings to `out`: one per secret, the most specific rule's.
    pub fn scan(&self, unit: ContentUnit<'_>, scratch: &mut Scratch, out: &mut Vec<Finding>) {
        self.scan_with(unit, scratch, out, true);
    }

    /// Scans one unit as [`SecretEngine::scan`] does, but keeps the finding of every rule that
    /// reads a secret, so each rule's examples can be checked in the whole catalog.
    pub fn scan_every_rule(
        &self,
        unit: ContentUnit<'_>,
        scratch: &mut Scratch,
        out: &mut Vec<Finding>,
    ) {
        self.scan_with(unit, scratch, out, false);
    }

    fn scan_with(
        &self,
        unit: ContentUnit<'_>,
        scratch: &mut Scratch,
        out: &mut Vec<Finding>,
        one_per_span: bool,
    ) {
        scratch.matches.clear();
        let path = RulePath::new(unit.path);
        self.find_matches(unit, &path, scratch);
        self.scan_extracted(unit, &path, scratch);
        self.scan_escaped_lines(unit, &path, scratch);
        self.scan_code_comments(unit, scratch);
        if scratch.matches.is_empty() {
            return;
        }
        overlaps::resolve_overlaps(&mut scratch.matches, &self.rules, one_per_span);
        if !scratch.matches.is_empty() {
            evidence::build_findings(unit, &scratch.matches, &self.rules, out);
        }
    }

    /// Keyword windows (and whole-file rules) → confirmed matches, appended to `scratch.matches`.
    fn find_matches(&self, unit: ContentUnit<'_>, path: &RulePath<'_>, scratch: &mut Scratch) {
        scratch.windows.clear();
        // A file dense with hits leaves a long list behind: give the memory back, not keep it
        // for the rest of the scan.
        scratch.windows.shrink_to(KEPT_WINDOWS);
        if scratch.applies.len() == self.rules.len() {
            for rule in scratch.touched.drain(..) {
                scratch.applies[rule as usize] = Applies::Unknown;
                scratch.latest_window[rule as usize] = usize::MAX;
            }
        } else {
            scratch.touched.clear();
            scratch.applies = vec![Applies::Unknown; self.rules.len()];
            scratch.latest_window = vec![usize::MAX; self.rules.len()];
        }
        self.collect_windows(unit, path, scratch);
        for &rule in &self.whole_file_rules {
            if self.applies(rule, path) {
                let end = unit.bytes.len();
                scratch.windows.push(Window { rule, start: 0, end, lead_end: end });
            }
        }
        if scratch.windows.is_empty() {
            return;
        }
        merge_windows(&mut scratch.windows);
        self.confirm(unit, path, scratch);
    }

    /// Values inside structures (a Kubernetes Secret's base64 `data:`, table cells): every rule
    /// runs on a decoded value, extractor rules on each value of their kind, and matches point at
    /// the value as written. A structure is parsed only when one of its rules applies to the file.
    fn scan_extracted(&self, unit: ContentUnit<'_>, path: &RulePath<'_>, scratch: &mut Scratch) {
        for kind in ExtractorKind::ALL {
            // A manifest names its kind: a file without the word holds no Secret.
            if kind == ExtractorKind::KubernetesSecretData
                && !scratch.markers.any_of(Markers::SECRET_WORD)
            {
                continue;
            }
            let rules: Vec<u32> = (self.extractor_rules.iter().copied())
                .filter(|&index| {
                    let rule = &self.rules[index as usize];
                    rule.extractor == Some(kind) && self.applies(index, path)
                })
                .collect();
            if !rules.is_empty() {
                // The extra keys these rules read (their matchers are built here, on first use).
                let keys: Vec<_> = (rules.iter())
                    .filter_map(|&index| self.rules[index as usize].matcher().ok())
                    .flat_map(|matcher| matcher.keys.iter().cloned())
                    .collect();
                let values = kind.extract(unit.path, unit.bytes, &keys);
                self.scan_values(unit, path, &values, &rules, scratch);
            }
        }
    }

    /// Runs `rules` (and, on decoded values, the whole catalog) on extracted `values`.
    fn scan_values(
        &self,
        unit: ContentUnit<'_>,
        path: &RulePath<'_>,
        values: &[Extracted],
        rules: &[u32],
        scratch: &mut Scratch,
    ) {
        if values.is_empty() {
            return;
        }
        with_nested(scratch, |nested, scratch| {
            for value in values {
                self.scan_value(unit, path, value, rules, nested, scratch);
            }
        });
    }

    /// Runs `rules` on one extracted value, and the whole catalog on it when it was decoded.
    fn scan_value(
        &self,
        unit: ContentUnit<'_>,
        path: &RulePath<'_>,
        value: &Extracted,
        rules: &[u32],
        nested: &mut Scratch,
        scratch: &mut Scratch,
    ) {
        if value.decoded {
            nested.matches.clear();
            let decoded = ContentUnit { path: unit.path, bytes: &value.value };
            self.find_matches(decoded, path, nested);
            scratch.matches.extend(nested.matches.drain(..).map(|found| remap(found, value)));
            // The decoded value has been judged: generic rules must not take its base64
            // text for a secret (`DEFAULT_ADMIN_PASSWORD: Y2hhbmdlbWU=` is "changeme").
            if let Some(&rule) = rules.first() {
                scratch.matches.push(judged_encoding(rule, value));
            }
        }
        if is_identity_key(&value.key) {
            return;
        }
        for &rule_index in rules {
            let rule = &self.rules[rule_index as usize];
            let Ok(matcher) = rule.matcher() else { continue };
            // A rule reads the values its `keys` name, or else those of credential names.
            let reads = if matcher.keys.is_empty() {
                value.credential
            } else {
                is_named_by(&matcher.keys, &value.key)
            };
            if !reads {
                continue;
            }
            let regex = match rule.exact() {
                Ok(regex) => regex,
                Err(error) => {
                    note_rule_error(&mut scratch.rule_errors, rule, error);
                    continue;
                }
            };
            let mut caps = regex.create_captures();
            regex.search_captures(&Input::new(&value.value), &mut caps);
            let Some(checks) = checks_for(rule, &caps, &mut scratch.rule_errors) else {
                continue;
            };
            let found = confirm_match(rule, (matcher, checks), &caps, &value.value, || false);
            if let Some(found) = found {
                scratch.matches.push(remap(RawMatch { rule: rule_index, ..found }, value));
            }
        }
    }

    /// Escaped lines (chat logs and shell histories that store each message or command so,
    /// manual pages' troff hyphens, and markup escaped into XML):
    /// every rule runs on them decoded, and matches point at the escaped text.
    fn scan_escaped_lines(
        &self,
        unit: ContentUnit<'_>,
        path: &RulePath<'_>,
        scratch: &mut Scratch,
    ) {
        // Only a manual page, or a file that holds an escaped blank or names the encoding, can
        // have such lines.
        let markers = scratch.markers;
        let lines = if let Some(page) = EscapedLines::decode_man_page(unit.path, unit.bytes) {
            page
        } else if let Some(export) = (markers.any_of(Markers::ESCAPED_MARKUP))
            .then(|| EscapedLines::decode_markup_export(unit.path, unit.bytes))
            .flatten()
        {
            export
        } else if markers.any_of(Markers::ESCAPED_BLANK)
            || markers.any_of(Markers::QUOTED_PRINTABLE)
        {
            let Some(lines) = EscapedLines::decode(unit.bytes) else { return };
            lines
        } else {
            return;
        };
        scratch
            .matches
            .retain(|found| !lines.reads_escaped_markup_again(unit.bytes, found.start..found.end));
        with_nested(scratch, |nested, scratch| {
            nested.matches.clear();
            self.find_matches(ContentUnit { path: unit.path, bytes: &lines.text }, path, nested);
            for found in nested.matches.drain(..) {
                let (start, end) = (
                    lines.file_offset(unit.bytes, found.start),
                    lines.file_offset(unit.bytes, found.end),
                );
                let value = &lines.text[found.start..found.end];
                let decoded = (unit.bytes[start..end] != *value).then(|| Decoded {
                    value: value.to_vec(),
                    encoding: lines.encoding_at(unit.bytes, start),
                });
                let partner_at = found.partner_at.map(|at| lines.file_offset(unit.bytes, at));
                scratch.matches.push(RawMatch { start, end, decoded, partner_at, ..found });
            }
        });
    }

    /// The comments and docstrings of a source file whose keywords woke a rule that reads them
    /// (`in_code_comments`, prose rules kept out of code): those rules alone run on the prose,
    /// the code blanked in place, so matches keep the file's offsets.
    fn scan_code_comments(&self, unit: ContentUnit<'_>, scratch: &mut Scratch) {
        if !std::mem::take(&mut scratch.prose_rule_woken_in_code) {
            return;
        }
        let Some(prose) = code_comments::prose_of(unit.path, unit.bytes) else { return };
        let comments = RulePath::comments_of(unit.path);
        with_nested(scratch, |nested, scratch| {
            nested.matches.clear();
            self.find_matches(ContentUnit { path: unit.path, bytes: &prose }, &comments, nested);
            scratch.matches.append(&mut nested.matches);
        });
    }

    /// Every keyword hit becomes one window per rule of that keyword that applies to the file.
    fn collect_windows(&self, unit: ContentUnit<'_>, path: &RulePath<'_>, scratch: &mut Scratch) {
        let bytes = unit.bytes;
        let Scratch { windows, applies, latest_window, touched, path_automata, markers, .. } =
            scratch;
        let prose_woken = &mut scratch.prose_rule_woken_in_code;
        let on_hit = |hit: Hit, rule: u32| {
            let rule_at = &self.rules[rule as usize];
            // A path-limited rule's common keyword (COBOL's `value`) hits everywhere:
            // decide once per file whether the rule applies, not once per hit.
            let known = &mut applies[rule as usize];
            if *known == Applies::Unknown {
                *known = if self.applies(rule, path) { Applies::Yes } else { Applies::No };
                touched.push(rule);
                *prose_woken |= path.is_source_code() && rule_at.in_code_comments;
            }
            if *known == Applies::No {
                return;
            }
            if !rule_at.may_open_at(bytes, hit.start) {
                return;
            }
            // A rule whose pattern is broken gets an empty window, so that running it
            // reports the error.
            let window = rule_at.window().unwrap_or(RuleWindow {
                before: 0,
                after: 0,
                lines: None,
                lead_after: None,
            });
            let start = hit.start.saturating_sub(window.before);
            let end = hit.end.saturating_add(window.after).min(bytes.len());
            let (start, end) = match window.lines {
                Some(lines) => within_lines(bytes, start..end, hit.start..hit.end, lines),
                None => (start, end),
            };
            let lead_end =
                window.lead_after.map_or(end, |after| hit.end.saturating_add(after).min(end));
            // Hits of one rule come in order (within each lane of the keyword pass), and in
            // dense text they overlap: extend the rule's latest window instead of adding one,
            // so a file full of hits does not hold a window per hit.
            let latest = &mut latest_window[rule as usize];
            if let Some(last) = windows.get_mut(*latest)
                && start <= last.end
                && last.start <= end
            {
                last.start = last.start.min(start);
                last.end = last.end.max(end);
                last.lead_end = last.lead_end.max(lead_end);
            } else {
                *latest = windows.len();
                windows.push(Window { rule, start, end, lead_end });
            }
        };
        *markers = self.keywords.for_each_hit(&self.rules, path, bytes, path_automata, on_hit);
    }

    /// Runs each rule's pattern on its windows (only rules that apply to the file have any) and
    /// keeps the matches that pass the checks.
    fn confirm(&self, unit: ContentUnit<'_>, path: &RulePath<'_>, scratch: &mut Scratch) {
        let bytes = unit.bytes;
        let Scratch { windows, matches, caches, rule_errors, .. } = scratch;
        for (at, window) in windows.iter().enumerate() {
            let rule = &self.rules[window.rule as usize];
            let searched = rule.matcher().and_then(|matcher| {
                let rule_caches = caches.get(window.rule, matcher);
                if !screen_passes(matcher, rule_caches, bytes, window) {
                    return Ok(());
                }
                let regex = rule.exact()?;
                let (cache, caps, finder_caches) = rule_caches.for_pattern(regex);
                let mut confirm = |caps: &Captures| {
                    let Some(checks) = checks_for(rule, caps, rule_errors) else { return };
                    let in_code = || path.is_source_code();
                    if let Some(found) =
                        confirm_match(rule, (matcher, checks), caps, bytes, in_code)
                    {
                        matches.push(RawMatch { rule: window.rule, ..found });
                    }
                };
                if matcher.finders.is_empty() {
                    // Find a match span first (cheap, a DFA); resolve groups only inside it.
                    let range = window.start..window.end;
                    for_each_span(regex, cache, bytes, range, |cache, input, span| {
                        regex.search_captures_with(cache, &input.clone().span(span), caps);
                        confirm(caps);
                    });
                }
                for (finder, finder_cache) in matcher.finders.iter().zip(finder_caches) {
                    let input = Input::new(bytes).range(window.start..window.lead_end);
                    let exact = (regex, &mut *cache, &mut *caps);
                    for_each_found_start(
                        finder,
                        finder_cache,
                        exact,
                        input,
                        window.end,
                        &mut confirm,
                    );
                }
                Ok(())
            });
            if let Err(error) = searched {
                note_rule_error(rule_errors, rule, error);
            }
            // Windows come sorted by rule: the caches are counted once the rule's last is done.
            if windows.get(at + 1).is_none_or(|next| next.rule != window.rule) {
                caches.used(window.rule);
            }
        }
    }
}

/// Whether `window` may hold a match of the rule: its screen finds one there, or it has none.
fn screen_passes(
    matcher: &Matcher,
    caches: &mut RuleCaches,
    bytes: &[u8],
    window: &Window,
) -> bool {
    let (Some(screen), Some(cache)) = (&matcher.screen, caches.screen.as_mut()) else {
        return true;
    };
    let input = Input::new(bytes).range(window.start..window.end).earliest(true);
    screen.search_half_with(cache, &input).is_some()
}

/// Runs `work` with the thread's scratch for scanning decoded text. The outer scan is done with
/// its search caches: they are lent to it, so each thread keeps one cache per rule, not two.
fn with_nested(scratch: &mut Scratch, work: impl FnOnce(&mut Scratch, &mut Scratch)) {
    let mut nested = scratch.nested.take().unwrap_or_default();
    nested.swap_caches(scratch);
    work(&mut nested, scratch);
    nested.swap_caches(scratch);
    scratch.rule_errors.append(&mut nested.rule_errors);
    scratch.nested = Some(nested);
}

/// The rule's checks when `caps` holds a match to check; a rule whose checks cannot be built
/// is recorded in `errors`.
fn checks_for<'r>(
    rule: &'r SecretRule,
    caps: &Captures,
    errors: &mut Vec<(String, String)>,
) -> Option<&'r MatchChecks> {
    if !caps.is_match() {
        return None;
    }
    rule.checks().map_err(|error| note_rule_error(errors, rule, error)).ok()
}

/// Records that `rule` cannot run, once per rule.
fn note_rule_error(errors: &mut Vec<(String, String)>, rule: &SecretRule, error: &str) {
    if !errors.iter().any(|(id, _)| id == &rule.id) {
        errors.push((rule.id.clone(), error.to_owned()));
    }
}

/// `window` narrowed to `reach` lines above the hit's first line and below its last.
fn within_lines(
    bytes: &[u8],
    window: std::ops::Range<usize>,
    hit: std::ops::Range<usize>,
    reach: usize,
) -> (usize, usize) {
    let before = &bytes[window.start..hit.start];
    let start = match memchr::memrchr_iter(b'\n', before).nth(reach) {
        Some(newline) => window.start + newline + 1,
        None => window.start,
    };
    let after = &bytes[hit.end..window.end];
    let end = match memchr::memchr_iter(b'\n', after).nth(reach) {
        Some(newline) => hit.end + newline,
        None => window.end,
    };
    (start, end)
}

/// Calls `found` with each leftmost-first, non-overlapping match span of `regex` in `range`.
fn for_each_span(
    regex: &Regex,
    cache: &mut Cache,
    bytes: &[u8],
    range: std::ops::Range<usize>,
    mut found: impl FnMut(&mut Cache, &Input<'_>, std::ops::Range<usize>),
) {
    let mut input = Input::new(bytes).range(range);
    while input.start() <= input.end() {
        let Some(span) = regex.search_with(cache, &input) else { break };
        found(cache, &input, span.range());
        // Step past an empty match so the search always advances.
        let next = if span.is_empty() { span.end() + 1 } else { span.end() };
        if next > input.end() {
            break;
        }
        input.set_start(next);
    }
}

/// Runs the exact pattern anchored at each start that `finder` finds in `input`, up to `end`,
/// handing every outcome to `found` (`caps` holds no match where a start did not become one).
/// The next search starts past a match, or one byte on from a start that failed: a later match
/// may begin inside the span the finder gave.
fn for_each_found_start(
    finder: &Regex,
    finder_cache: &mut Cache,
    (regex, cache, caps): (&Regex, &mut Cache, &mut Captures),
    mut input: Input<'_>,
    end: usize,
    mut found: impl FnMut(&Captures),
) {
    while let Some(span) = finder.search_with(finder_cache, &input) {
        let at = input.clone().span(span.start()..end).anchored(Anchored::Yes);
        regex.search_captures_with(cache, &at, caps);
        let next = caps.get_match().map_or(span.start() + 1, |m| m.end().max(span.start() + 1));
        found(caps);
        if next > input.end() {
            break;
        }
        input.set_start(next);
    }
}

/// A marker over the encoded text of a judged value: rejected itself (like a token whose checksum
/// fails), it keeps generic rules' matches on the raw text off that span (`resolve_overlaps`).
fn judged_encoding(rule: u32, value: &Extracted) -> RawMatch {
    RawMatch {
        rule,
        start: value.span.start,
        end: value.span.end,
        checksum: Checksum::Invalid,
        details: SecretDetails::default(),
        partner_at: None,
        decoded: None,
    }
}

/// A match inside an extracted value, moved to where the value is written: the whole encoded
/// text for a decoded value (keeping the decoded secret), the same bytes for a plain one.
fn remap(found: RawMatch, value: &Extracted) -> RawMatch {
    if value.decoded {
        RawMatch {
            start: value.span.start,
            end: value.span.end,
            decoded: Some(Decoded {
                value: value.value[found.start..found.end].to_vec(),
                encoding: "base64",
            }),
            partner_at: None,
            ..found
        }
    } else {
        let shift = value.span.start;
        RawMatch {
            start: found.start + shift,
            end: found.end + shift,
            partner_at: found.partner_at.map(|at| at + shift),
            ..found
        }
    }
}

/// Sorts windows and merges those of the same rule that touch, so each byte is searched once
/// per rule.
fn merge_windows(windows: &mut Vec<Window>) {
    // One integer per window sorts faster than comparing the fields in turn; the end does not
    // matter to the order, as overlapping windows of one rule are merged below.
    windows.sort_unstable_by_key(|window| (u64::from(window.rule) << 40) | window.start as u64);
    let mut merged = 0;
    for at in 1..windows.len() {
        let next = windows[at];
        let current = &mut windows[merged];
        if next.rule == current.rule && next.start <= current.end {
            current.end = current.end.max(next.end);
            current.lead_end = current.lead_end.max(next.lead_end);
        } else {
            merged += 1;
            windows[merged] = next;
        }
    }
    windows.truncate(merged + 1);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Catalog;

    fn paired_rule() -> String {
        crate::rules::test_rule_file(
            r#"["token="]"#,
            r"token=(?P<secret>[a-f0-9]{12})",
            "partner = { name = \"account id\", pattern = 'ACC[0-9]{4}', within_lines = 1, required = true }\n\
             examples = [\"ACC1234 token=0123456789ab\"]\n",
        )
    }

    fn scan(text: &str) -> Vec<Finding> {
        let rule_text = paired_rule();
        let catalog = Catalog::from_files([("t.toml", rule_text.as_str())]).unwrap();
        let engine = SecretEngine::new(catalog.secret_rules().to_vec()).unwrap();
        let mut findings = Vec::new();
        engine.scan(
            ContentUnit { path: "f", bytes: text.as_bytes() },
            &mut Scratch::default(),
            &mut findings,
        );
        findings
    }

    #[test]
    fn a_required_partner_must_be_within_its_lines() {
        let found = scan("x\nACC1234\ntoken=0123456789ab\n");
        assert_eq!(found.len(), 1);
        let partner = found[0].secret.as_ref().unwrap().details.partner.clone().unwrap();
        assert_eq!((partner.name.as_str(), partner.line, partner.column), ("account id", 2, 1));
        assert_eq!(scan("token=0123456789ab\nACC1234").len(), 1, "below counts too");
        assert!(scan("ACC1234\n\ntoken=0123456789ab").is_empty(), "two lines away");
        assert!(scan("token=0123456789ab").is_empty(), "alone");
    }

    #[test]
    fn escaped_lines_are_scanned_decoded() {
        // `%20` marks the line as encoded text; the token itself carries an escape (`%3D`).
        let text = "<x/>\n<m text=\"ACC1234%20and%20token%3D0123456789ab%20now\"/>\n";
        let found = scan(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let secret = found[0].secret.as_ref().unwrap();
        assert_eq!(secret.raw, "0123456789ab");
        assert_eq!(secret.details.encoding, None, "the token's own text is not encoded");
        assert_eq!((found[0].location.line, found[0].location.column), (2, 34));
        let escaped = scan("<m text=\"ACC1234%20token=0123456789%61b\"/>");
        let secret = escaped[0].secret.as_ref().unwrap();
        assert_eq!(
            (secret.raw.as_str(), secret.details.encoding.as_deref()),
            ("0123456789ab", Some("percent"))
        );
        assert_eq!(escaped[0].location.end_column, 40);
        assert!(
            scan("<m text=\"ACC1234 token%3D0123456789ab\"/>").is_empty(),
            "no %20, no decoding"
        );
        let octal = scan("ACC1234\\040token=0123456789\\141b\n");
        let secret = octal[0].secret.as_ref().unwrap();
        assert_eq!(
            (secret.raw.as_str(), secret.details.encoding.as_deref()),
            ("0123456789ab", Some("octal"))
        );
    }

    #[test]
    fn rules_that_read_the_same_secret_give_one_finding_the_providers() {
        let rule = |provider: &str, id: &str| {
            crate::rules::test_rule_file(
                r#"["key="]"#,
                r"key=(?P<secret>[a-z0-9]{12})",
                "examples = [\"key=0123456789ab\"]\n",
            )
            .replace("\"Test\"", &format!("\"{provider}\""))
            .replace("secret/test-token", id)
        };
        let (generic, acme) = (rule("Generic", "secret/a-generic"), rule("Acme", "secret/b-acme"));
        let catalog =
            Catalog::from_files([("a.toml", generic.as_str()), ("b.toml", acme.as_str())]).unwrap();
        let engine = SecretEngine::new(catalog.secret_rules().to_vec()).unwrap();
        let unit = ContentUnit { path: "f", bytes: b"x key=0123456789ab\n" };
        let (mut one, mut every) = (Vec::new(), Vec::new());
        engine.scan(unit, &mut Scratch::default(), &mut one);
        engine.scan_every_rule(unit, &mut Scratch::default(), &mut every);
        let rules = |found: &[Finding]| found.iter().map(|f| f.rule.clone()).collect::<Vec<_>>();
        assert_eq!(rules(&one), ["secret/b-acme"]);
        assert_eq!(rules(&every), ["secret/a-generic", "secret/b-acme"]);
        // Of two rules of no provider, the one a keyword woke stands over a whole-file rule
        // that reads values by their shape alone, wherever each comes in the catalog.
        let shape_alone = rule("Generic", "secret/a-shape")
            .replace(r#"keywords = ["key="]"#, "keywords = []\npaths = [\"f\"]");
        let worded = rule("Generic", "secret/b-worded");
        let catalog =
            Catalog::from_files([("a.toml", shape_alone.as_str()), ("b.toml", worded.as_str())])
                .unwrap();
        let engine = SecretEngine::new(catalog.secret_rules().to_vec()).unwrap();
        let (mut one, mut every) = (Vec::new(), Vec::new());
        engine.scan(unit, &mut Scratch::default(), &mut one);
        engine.scan_every_rule(unit, &mut Scratch::default(), &mut every);
        assert_eq!(rules(&one), ["secret/b-worded"]);
        assert_eq!(rules(&every), ["secret/a-shape", "secret/b-worded"]);
    }

    /// The secret spans one rule finds in `text` when its pattern is `pattern` plus `extra`.
    fn spans(pattern: &str, extra: &str, text: &str) -> Vec<(usize, usize)> {
        let extra = format!("{extra}examples = [\"key: abc1\"]\n");
        let rule_text = crate::rules::test_rule_file(r#"["key", "pass"]"#, pattern, &extra);
        let catalog = Catalog::from_files([("t.toml", rule_text.as_str())]).unwrap();
        let engine = SecretEngine::new(catalog.secret_rules().to_vec()).unwrap();
        let mut scratch = Scratch::default();
        engine.find_matches(
            ContentUnit { path: "f", bytes: text.as_bytes() },
            &RulePath::new("f"),
            &mut scratch,
        );
        let mut findings: Vec<_> = scratch.matches.iter().map(|m| (m.start, m.end)).collect();
        // Branches may each find the same secret (`passkey=`); overlaps are resolved later.
        findings.sort_unstable();
        findings.dedup();
        findings
    }

    proptest::proptest! {
        /// A lead-in, a loose search and a search by branch find what the plain pattern finds.
        #[test]
        fn span_finders_find_what_the_pattern_finds(text in "(?:key|pass|[:= ]|[ace ]{1,14}|b1|\n){0,40}") {
            let plain = r"(?:key|pass)[a-z ]{0,12}?[:=][ ]{0,3}(?P<secret>[a-e1]{3,10})";
            let lead = r"(?P<lead>(?:key|pass)[a-z ]{0,12}?[:=])[ ]{0,3}(?P<secret>[a-e1]{3,10})";
            let split = r"(?:key[a-z ]{0,12}?[:=]|pass[a-z ]{0,12}?[:=])[ ]{0,3}(?P<secret>[a-e1]{3,10})";
            let expected = spans(plain, "", &text);
            proptest::prop_assert_eq!(&spans(lead, "", &text), &expected, "lead-in");
            // The lead-in ends at most 13 bytes after its keyword: its search can stop there.
            let bounded = "window = { before = 0, after = 26, lead_after = 13 }\n";
            proptest::prop_assert_eq!(&spans(lead, bounded, &text), &expected, "bounded lead-in");
            proptest::prop_assert_eq!(&spans(plain, "loose_search = true\n", &text), &expected, "loose");
            proptest::prop_assert_eq!(&spans(split, "search_by_branch = true\n", &text), &expected, "branches");
        }
    }

    /// A rule over `text` with counted repetitions long enough for its screen to leave open.
    fn screened_rule() -> Catalog {
        let pattern = r"(?:key|pass)[a-z ]{0,20}?[:=][ ]{0,12}(?P<secret>[a-e1]{3,30})\b";
        let rule_text = crate::rules::test_rule_file(
            r#"["key", "pass"]"#,
            pattern,
            "examples = [\"key: abc1\"]\n",
        );
        Catalog::from_files([("t.toml", rule_text.as_str())]).unwrap()
    }

    proptest::proptest! {
        /// The screen passes every text the pattern matches in.
        #[test]
        fn screens_pass_every_match(text in "(?:key|pass|[:= ]{1,16}|[ace ]{1,40}|b1|\n){0,40}") {
            let catalog = screened_rule();
            let rule = &catalog.secret_rules()[0];
            let screen = rule.matcher().unwrap().screen.as_ref().unwrap();
            if rule.exact().unwrap().is_match(text.as_str()) {
                proptest::prop_assert!(screen.is_match(text.as_str()));
            }
        }
    }

    #[test]
    fn a_rule_whose_windows_fail_the_screen_never_compiles_its_pattern() {
        let catalog = screened_rule();
        let engine = SecretEngine::new(catalog.secret_rules().to_vec()).unwrap();
        let mut scratch = Scratch::default();
        let mut findings = Vec::new();
        let unit = |text: &'static str| ContentUnit { path: "f", bytes: text.as_bytes() };
        engine.scan(unit("the key is in the drawer\n"), &mut scratch, &mut findings);
        assert!(findings.is_empty() && !engine.rules()[0].exact_is_compiled());
        engine.scan(unit("key: cab1ace\n"), &mut scratch, &mut findings);
        assert_eq!(findings.len(), 1);
        assert!(engine.rules()[0].exact_is_compiled());
    }

    #[test]
    fn windows_merge_per_rule_only() {
        let window = |rule, start, end, lead_end| Window { rule, start, end, lead_end };
        let mut windows = vec![
            window(1, 10, 20, 14),
            window(0, 0, 5, 5),
            window(1, 15, 30, 19),
            window(0, 5, 8, 8),
            window(1, 31, 40, 40),
        ];
        merge_windows(&mut windows);
        assert_eq!(windows, vec![window(0, 0, 8, 8), window(1, 10, 30, 19), window(1, 31, 40, 40)]);
    }

    #[test]
    fn a_bounded_lead_in_is_searched_only_near_its_keyword() {
        let lead = r"(?P<lead>(?:key|pass)[a-z ]{0,12}?[:=])[ ]{0,3}(?P<secret>[a-e1]{3,10})";
        let text = "key  abcde: abcd";
        assert_eq!(
            spans(lead, "window = { before = 0, after = 26, lead_after = 8 }\n", text),
            [(12, 16)]
        );
        // A bound shorter than the rule's real lead-ins loses them: the examples catch it.
        assert!(
            spans(lead, "window = { before = 0, after = 26, lead_after = 7 }\n", text).is_empty()
        );
    }
}
