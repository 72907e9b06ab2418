//! The secret rule format: one `[[rule]]` table per rule in `rules/secret/<provider>.toml`.
//!
//! Rules are data. A rule is checked when it loads (its pattern parses and has a `secret` group,
//! its keywords are usable), but its matcher is only built the first time a keyword of the rule
//! is seen, and its full pattern only when a window passes the matcher's screen, so a scan pays
//! only for the rules its input needs.

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::{Mutex, OnceLock};

use regex_automata::meta::Regex;
use regex_syntax::hir::Hir;

use super::extract::ExtractorKind;
use super::password_words::expand_keywords;
use super::pattern::{
    BRANCH_DFA_CACHE_BYTES, DFA_CACHE_BYTES, FINDER_DFA_CACHE_BYTES, GROUP_DFA_CACHE_BYTES,
    TokenOpening, capture_index, compile, compile_any, compile_span_finder, grouped_branches,
    has_capture, inner_opening, lead_in, leading_branches, opens_with_keyword, parse_pattern,
    span_finder_pattern, token_opening,
};
use super::shapes::{AllowShape, allow_patterns, expand_calls};
use super::validity::ChecksumKind;
use crate::config::{PathGlobs, PathGlobsBuilder, PreparedPath};
use crate::finding::Severity;
use crate::source::is_source_code;

mod format;

pub use format::{BranchSearch, Example, Partner, RawExample, RawSecretRule, RuleFile, Window};

/// The capture group that holds the secret in every pattern.
pub const SECRET_GROUP: &str = "secret";
/// The capture group that holds a value's opening quote, for `quoted_in_code` rules.
pub const QUOTE_GROUP: &str = "quote";
/// The optional group holding the user a secret belongs to (`postgres://app:app@…`).
pub const USER_GROUP: &str = "user";
/// The group that ends a pattern's lead-in: the pattern up to it finds where matches start.
pub const LEAD_GROUP: &str = "lead";
/// Keywords shorter than this would hit nearly everywhere and make the prefilter useless.
const MIN_KEYWORD_LEN: usize = 3;

/// A keyword of a rule: matched ignoring ASCII case when written in lower case, exactly otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyword {
    /// The keyword as written.
    pub text: String,
    /// Whether case must match (the keyword has an upper-case letter).
    pub exact_case: bool,
}

/// A checked secret rule, ready for the engine.
#[derive(Debug)]
pub struct SecretRule {
    /// Stable id, `secret/<name>`.
    pub id: String,
    /// Short human name.
    pub name: String,
    /// The provider, from the rule file.
    pub provider: String,
    /// How bad a leak is.
    pub severity: Severity,
    /// What the secret is.
    pub description: String,
    /// How to revoke or rotate it.
    pub remediation: String,
    /// Documentation links.
    pub references: Vec<String>,
    /// Prefilter keywords.
    pub keywords: Vec<Keyword>,
    /// The pattern as written.
    pub pattern: String,
    /// Minimum entropy of the secret.
    pub entropy: Option<f64>,
    /// Offline check.
    pub checksum: Option<ChecksumKind>,
    /// Generic rules give way to specific ones.
    pub generic: bool,
    /// In source code, unquoted values do not count.
    pub quoted_in_code: bool,
    /// The rule runs on source code files.
    pub in_source_code: bool,
    /// The rule, kept out of source code, reads the comments and docstrings of source files.
    pub in_code_comments: bool,
    /// How the branches of the leading alternation are searched.
    pub search_by_branch: BranchSearch,
    /// A loose span finder runs first and the pattern anchored at each start it finds.
    pub loose_search: bool,
    /// When set, well-known default passwords are dropped: the shared words and these.
    pub defaults: Option<Vec<String>>,
    /// The other half of a credential pair.
    pub partner: Option<Partner>,
    /// Passphrases of joined words are reported over the allow patterns.
    pub report_passphrases: bool,
    /// Values are read from sentences (the `prose-value` shape): a word of another script's
    /// letters alone is then a sentence's word, not a value.
    pub reads_prose: bool,
    /// Rules this one replaces on the same text.
    pub supersedes: Vec<String>,
    /// Only files matching these.
    pub paths: Option<PathGlobs>,
    /// Never files matching these.
    pub exclude_paths: Option<PathGlobs>,
    /// Where the rule's values come from, when not the text itself.
    pub extractor: Option<ExtractorKind>,
    /// The keys whose extracted values the rule reads, when not the credential-named ones.
    keys: Vec<String>,
    /// The `window` the rule file gives, if any.
    explicit_window: Option<Window>,
    /// Texts that must match.
    pub examples: Vec<Example>,
    /// Texts that must not match.
    pub negative_examples: Vec<Example>,
    /// Where the rule comes from: file and byte range of its table.
    pub origin: RuleOrigin,
    allow: Vec<String>,
    allow_match: Vec<String>,
    checked: OnceLock<Result<Checked, String>>,
    matcher: OnceLock<Result<Matcher, String>>,
    exact: OnceLock<Result<Regex, String>>,
    checks: OnceLock<Result<MatchChecks, String>>,
}

/// What checking a rule's pattern found: its search window and how its matches open. The parsed
/// pattern itself is not kept (a few megabytes across the catalog): the matcher parses it again.
#[derive(Debug)]
struct Checked {
    window: Window,
    /// Every match opens with a keyword right after a byte that is not a letter or digit.
    opens_with_keyword: bool,
    /// For such a pattern, or one whose secret opens with a keyword that sees the whole match
    /// from its window, what must follow a keyword hit for it to open a match.
    token_opening: Option<TokenOpening>,
    /// The parsed pattern, until the matcher takes it: parsing the largest patterns twice was
    /// 1% of a large scan's instructions.
    hir: Mutex<Option<Hir>>,
}

/// The file and byte range a rule was loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleOrigin {
    /// The rule file's path.
    pub file: String,
    /// The byte range of the rule's table in that file.
    pub span: Range<usize>,
    /// Built into the binary, as opposed to a project's custom rule.
    pub builtin: bool,
}

/// A rule's compiled regexes, built on first use.
#[derive(Debug)]
pub struct Matcher {
    /// Says whether a window can hold a match at all: the whole pattern as a span finder
    /// (`span_finder_pattern`), a fraction of its automaton. Almost no window passes (a scan of
    /// the 1 GB corpus: 310 of 724,000), so the pattern itself is compiled, and its caches made,
    /// only for the few rules that ever match. `None` for a rule searched with `finders`.
    pub screen: Option<Regex>,
    /// Automata that find where matches may start, each without groups and with long counted
    /// repetitions left open (`span_finder_pattern`): the branches of a pattern searched by
    /// branch, or its lead-in. The pattern (`SecretRule::exact`) then runs anchored at each
    /// start found. Empty: the pattern finds its own matches in the windows the screen passes.
    pub finders: Vec<Regex>,
    /// Index of the `secret` group.
    pub secret_group: usize,
    /// Index of the `quote` group, for `quoted_in_code` rules.
    pub quote_group: Option<usize>,
    /// Index of the optional `user` group: a secret equal to its user is a default.
    pub user_group: Option<usize>,
    /// The keys of the extracted values the rule reads (empty: the credential-named ones).
    pub keys: Vec<Regex>,
}

/// The automata a rule's matches are checked with, built when the rule first has a match to
/// check: most rules whose keywords occur in a scan never match, and building their allow
/// lists up front was 2% of a scan's instructions.
#[derive(Debug)]
pub struct MatchChecks {
    /// The partner's pattern.
    pub partner: Option<Regex>,
    /// Allow patterns over the secret, as one automaton.
    pub allow: Option<Regex>,
    /// Allow patterns over the whole match, as one automaton.
    pub allow_match: Option<Regex>,
}

/// What the rules' path conditions read about one file, worked out once for all of them.
pub struct RulePath<'a> {
    prepared: PreparedPath<'a>,
    source_code: bool,
    /// Only the comments of a source file are scanned: only rules kept out of code apply.
    comments_only: bool,
    /// The catalog's path globs this path matches, as a bit set, once a rule has asked.
    matched_globs: OnceCell<Box<[u64]>>,
}

impl<'a> RulePath<'a> {
    /// Prepares `path` (relative to the scan root, `/`-separated).
    pub fn new(path: &'a str) -> Self {
        let source_code = is_source_code(path);
        let matched_globs = OnceCell::new();
        RulePath {
            prepared: PreparedPath::new(path),
            source_code,
            comments_only: false,
            matched_globs,
        }
    }

    /// The same path, for a scan of its comments alone (see `code_comments`).
    pub fn comments_of(path: &'a str) -> Self {
        let matched_globs = OnceCell::new();
        RulePath {
            prepared: PreparedPath::new(path),
            source_code: false,
            comments_only: true,
            matched_globs,
        }
    }

    /// The path, prepared for glob matching.
    pub fn prepared(&self) -> &PreparedPath<'a> {
        &self.prepared
    }

    /// Whether the file is source code (by its extension).
    pub fn is_source_code(&self) -> bool {
        self.source_code
    }

    /// The catalog's globs this path matches (a bit set by glob index), `match_all` the first
    /// time they are asked for.
    pub(crate) fn matched_globs(&self, match_all: impl FnOnce() -> Box<[u64]>) -> &[u64] {
        self.matched_globs.get_or_init(match_all)
    }
}

impl SecretRule {
    /// Checks a raw rule; `provider` and `origin` come from its file.
    pub fn from_raw(
        raw: RawSecretRule,
        provider: &str,
        origin: RuleOrigin,
    ) -> Result<Self, String> {
        check_id(&raw.id)?;
        for text in [&raw.name, &raw.description, &raw.remediation] {
            if text.trim().is_empty() {
                return Err(format!(
                    "rule {} needs a name, a description and a remediation",
                    raw.id
                ));
            }
        }
        if raw.examples.is_empty() {
            return Err(format!("rule {} needs at least one example", raw.id));
        }
        if raw.keywords.is_empty() && raw.paths.is_empty() && raw.extractor.is_none() {
            return Err(format!(
                "rule {} needs keywords (or `paths`, to run on whole files)",
                raw.id
            ));
        }
        if raw.extractor.is_some() && !raw.keywords.is_empty() {
            return Err(format!("rule {}: an extractor rule takes no keywords", raw.id));
        }
        if raw.extractor.is_none() && !raw.keys.is_empty() {
            return Err(format!("rule {}: `keys` needs an extractor", raw.id));
        }
        let keywords = check_keywords(&raw.id, &raw.keywords)?;
        let globs = |patterns: &[String], what: &str| -> Result<Option<PathGlobs>, String> {
            if patterns.is_empty() {
                return Ok(None);
            }
            let mut builder = PathGlobsBuilder::default();
            for pattern in patterns {
                builder
                    .add(pattern)
                    .map_err(|e| format!("rule {}: {what} `{pattern}`: {e}", raw.id))?;
            }
            Ok(Some(builder.build_lazily()))
        };
        let paths = globs(&raw.paths, "path")?;
        let exclude_paths = globs(&raw.exclude_paths, "excluded path")?;
        if raw.entropy.is_some_and(|entropy| !(0.0..=8.0).contains(&entropy)) {
            return Err(format!("rule {}: entropy must be between 0 and 8 bits", raw.id));
        }
        let rule = SecretRule {
            id: raw.id,
            name: raw.name,
            provider: provider.to_owned(),
            severity: raw.severity,
            description: raw.description,
            remediation: raw.remediation,
            references: raw.references,
            keywords,
            pattern: expand_calls(&raw.pattern),
            entropy: raw.entropy,
            checksum: raw.checksum,
            generic: raw.generic,
            quoted_in_code: raw.quoted_in_code,
            in_source_code: raw.in_source_code,
            in_code_comments: raw.in_code_comments,
            search_by_branch: raw.search_by_branch,
            loose_search: raw.loose_search,
            defaults: raw
                .defaults
                .map(|words| words.iter().map(|word| word.to_ascii_lowercase()).collect()),
            report_passphrases: raw.report_passphrases,
            reads_prose: raw.allow_shapes.contains(&AllowShape::ProseValue),
            partner: raw.partner,
            supersedes: raw.supersedes,
            paths,
            exclude_paths,
            extractor: raw.extractor,
            keys: raw.keys,
            explicit_window: raw.window,
            examples: raw.examples.into_iter().map(Example::from_raw).collect(),
            negative_examples: raw.negative_examples.into_iter().map(Example::from_raw).collect(),
            origin,
            allow: allow_patterns(&raw.allow, &raw.allow_shapes),
            allow_match: raw.allow_match.iter().map(|pattern| expand_calls(pattern)).collect(),
            checked: OnceLock::new(),
            matcher: OnceLock::new(),
            exact: OnceLock::new(),
            checks: OnceLock::new(),
        };
        // A project's rule is checked now, so a broken one is refused when it loads; built-in
        // rules are checked by the test suite and parsed on first use, so start-up stays fast.
        if !rule.origin.builtin {
            rule.checked().map_err(str::to_owned)?;
        }
        Ok(rule)
    }

    /// The parsed, checked pattern and its search window, worked out on first use.
    fn checked(&self) -> Result<&Checked, &str> {
        self.checked.get_or_init(|| self.check_pattern()).as_ref().map_err(String::as_str)
    }

    fn check_pattern(&self) -> Result<Checked, String> {
        let hir = parse_pattern(&self.pattern).map_err(|e| format!("rule {}: {e}", self.id))?;
        if !has_capture(&hir, SECRET_GROUP) {
            return Err(format!(
                "rule {}: the pattern has no `(?P<{SECRET_GROUP}>…)` group",
                self.id
            ));
        }
        if self.quoted_in_code && !has_capture(&hir, QUOTE_GROUP) {
            return Err(format!(
                "rule {}: `quoted_in_code` needs a `(?P<{QUOTE_GROUP}>…)` group",
                self.id
            ));
        }
        // Only checked here, so that a rule's bad `search_by_branch` fails when it loads; the
        // matcher builds the parts again.
        self.span_finder_parts(&hir)?;
        // A project's rule has its other patterns parsed now too, so that a broken one is refused
        // when it loads; a built-in rule's are parsed once, when they are compiled (the test
        // suite compiles them all).
        if !self.origin.builtin {
            self.check_other_patterns()?;
        }
        let window = match (self.explicit_window, hir.properties().maximum_len()) {
            (Some(window), _) => window,
            (None, Some(longest)) => {
                Window { before: longest, after: longest, lines: None, lead_after: None }
            }
            // A rule without keywords searches whole files or extracted values: no window.
            (None, None) if self.keywords.is_empty() => {
                Window { before: 0, after: 0, lines: None, lead_after: None }
            }
            (None, None) => {
                return Err(format!(
                    "rule {}: the pattern can match without bound; cap its repetitions or give a `window`",
                    self.id
                ));
            }
        };
        if window.lead_after.is_some() && !has_capture(&hir, LEAD_GROUP) {
            return Err(format!(
                "rule {}: `window.lead_after` bounds a lead-in: the pattern needs a `(?P<{LEAD_GROUP}>…)` group",
                self.id
            ));
        }
        let starts_with_keyword = |text: &[u8]| {
            self.keywords.iter().any(|keyword| {
                let opening = text.get(..keyword.text.len());
                opening.is_some_and(|opening| match keyword.exact_case {
                    true => opening == keyword.text.as_bytes(),
                    false => opening.eq_ignore_ascii_case(keyword.text.as_bytes()),
                })
            })
        };
        let opens_with_keyword = opens_with_keyword(&hir, starts_with_keyword);
        let token_opening = if opens_with_keyword {
            token_opening(&hir)
        } else {
            // A token inside a longer match (`fb_token = EAA…`) opens with a hit of its own,
            // whose window holds the whole match when the text around it is bounded to fit.
            inner_opening(&hir, SECRET_GROUP).and_then(|inner| {
                let fits = window.lines.is_none()
                    && starts_with_keyword(&inner.opening.literal)
                    && inner.before.is_some_and(|before| before <= window.before)
                    && inner.from.is_some_and(|from| from <= window.after);
                fits.then_some(inner.opening)
            })
        };
        Ok(Checked { window, opens_with_keyword, token_opening, hir: Mutex::new(Some(hir)) })
    }

    /// Parses the partner, allow and key patterns, for the error a broken one gives.
    fn check_other_patterns(&self) -> Result<(), String> {
        if let Some(partner) = &self.partner {
            parse_pattern(&partner.pattern)
                .map_err(|e| format!("rule {}: partner pattern: {e}", self.id))?;
        }
        for allow in self.allow.iter().chain(&self.allow_match) {
            parse_pattern(allow).map_err(|e| format!("rule {}: allow pattern: {e}", self.id))?;
        }
        for key in &self.keys {
            parse_pattern(key).map_err(|e| format!("rule {}: key pattern: {e}", self.id))?;
        }
        Ok(())
    }

    /// The parts of the pattern that find where matches may start: the branches named by
    /// `search_by_branch`, the lead-in up to the `lead` group, or the whole pattern for
    /// `loose_search`; at most one of the three. Empty when the pattern finds its own matches.
    fn span_finder_parts(&self, hir: &Hir) -> Result<Vec<(Hir, usize)>, String> {
        let lead = lead_in(hir, LEAD_GROUP).map_err(|e| format!("rule {}: {e}", self.id))?;
        let chosen = [self.search_by_branch.splits(), lead.is_some(), self.loose_search];
        if chosen.iter().filter(|&&on| on).count() > 1 {
            return Err(format!(
                "rule {}: use one of `search_by_branch`, a `{LEAD_GROUP}` group and `loose_search`",
                self.id
            ));
        }
        let (branches, bytes) = match &self.search_by_branch {
            BranchSearch::Each(false) => {
                let whole = lead.or_else(|| self.loose_search.then(|| hir.clone()));
                return Ok(whole.map(|part| (part, FINDER_DFA_CACHE_BYTES)).into_iter().collect());
            }
            BranchSearch::Each(true) => (leading_branches(hir), BRANCH_DFA_CACHE_BYTES),
            BranchSearch::Alone(alone) => {
                let count = leading_branches(hir).len();
                if let Some(position) =
                    alone.iter().find(|&&position| count > 0 && position >= count)
                {
                    return Err(format!(
                        "rule {}: `search_by_branch` names branch {position}, but the leading alternation has {count} (counted from 0)",
                        self.id
                    ));
                }
                (grouped_branches(hir, alone), GROUP_DFA_CACHE_BYTES)
            }
        };
        if branches.is_empty() {
            return Err(format!(
                "rule {}: `search_by_branch` needs a pattern that opens with an alternation",
                self.id
            ));
        }
        Ok(branches.into_iter().map(|branch| (branch, bytes)).collect())
    }

    /// How far around a keyword hit the pattern is searched: the rule's `window`, or by default
    /// the pattern's longest match on either side.
    pub fn window(&self) -> Result<Window, &str> {
        self.checked().map(|checked| checked.window)
    }

    /// Whether a keyword hit at `at` can open a match. A prefixed token opens after a line start
    /// or a byte that is not a letter or digit (`pat` in `path` is no Airtable token), and with
    /// the run of bytes its pattern requires after the prefix (`EAA` in a source map's
    /// `EAAE,CAAC` is no Facebook token). Every match opens with a hit that passes, so the others
    /// need no window.
    pub fn may_open_at(&self, bytes: &[u8], at: usize) -> bool {
        let Ok(checked) = self.checked() else { return true };
        let after_word = at > 0 && bytes[at - 1].is_ascii_alphanumeric();
        !(after_word && checked.opens_with_keyword)
            && checked.token_opening.as_ref().is_none_or(|opening| opening.may_open_at(bytes, at))
    }

    /// Whether the rule applies to the file at `path` (its `paths`, `exclude_paths`,
    /// `in_source_code` and, for the comments of source code, `in_code_comments`).
    pub fn applies_to(&self, path: &RulePath<'_>) -> bool {
        let prepared = &path.prepared;
        self.applies_to_kind(path)
            && self.paths.as_ref().is_none_or(|paths| paths.matches_prepared(prepared))
            && !self
                .exclude_paths
                .as_ref()
                .is_some_and(|excluded| excluded.matches_prepared(prepared))
    }

    /// Whether the rule reads this kind of file (source code, or only its comments), whatever
    /// its path globs say.
    pub fn applies_to_kind(&self, path: &RulePath<'_>) -> bool {
        (self.in_source_code || !path.source_code) && (!path.comments_only || self.in_code_comments)
    }

    /// The compiled matcher, built the first time it is asked for.
    pub fn matcher(&self) -> Result<&Matcher, &str> {
        self.matcher.get_or_init(|| self.build_matcher()).as_ref().map_err(String::as_str)
    }

    fn build_matcher(&self) -> Result<Matcher, String> {
        let checked = self.checked().map_err(str::to_owned)?;
        // The path globs compile here too, so that a project's rule (compiled when it loads) or
        // the catalog (compiled by `rules test`) shows a glob that will not compile.
        for globs in self.paths.iter().chain(&self.exclude_paths) {
            globs.compile().map_err(|e| format!("rule {}: paths: {e}", self.id))?;
        }
        let parsed = checked.hir.lock().ok().and_then(|mut hir| hir.take());
        let hir = parsed.map_or_else(|| parse_pattern(&self.pattern), Ok)?;
        let group = |name| capture_index(&hir, name);
        let secret_group = group(SECRET_GROUP)
            .ok_or_else(|| format!("rule {}: no `{SECRET_GROUP}` group", self.id))?;
        let quote_group = if self.quoted_in_code { group(QUOTE_GROUP) } else { None };
        let user_group = group(USER_GROUP);
        let compile_all = |patterns: &[String]| -> Result<Vec<Regex>, String> {
            patterns
                .iter()
                .map(|pattern| {
                    let hir = parse_pattern(pattern)?;
                    compile(&hir)
                })
                .collect()
        };
        let keys = compile_all(&self.keys)?;
        let finders = (self.span_finder_parts(&hir)?.iter())
            .map(|(part, bytes)| compile_span_finder(&span_finder_pattern(part), *bytes, false))
            .collect::<Result<Vec<_>, _>>()?;
        let screen = if finders.is_empty() {
            let prefilter = !checked.opens_with_keyword;
            Some(compile_span_finder(&span_finder_pattern(&hir), DFA_CACHE_BYTES, prefilter)?)
        } else {
            None
        };
        Ok(Matcher { screen, finders, secret_group, quote_group, user_group, keys })
    }

    /// The pattern itself, with its groups, compiled the first time a match is looked for.
    pub fn exact(&self) -> Result<&Regex, &str> {
        let build = || compile(&parse_pattern(&self.pattern)?);
        self.exact.get_or_init(build).as_ref().map_err(String::as_str)
    }

    /// Whether the pattern itself has been compiled.
    #[cfg(test)]
    pub(crate) fn exact_is_compiled(&self) -> bool {
        self.exact.get().is_some()
    }

    /// The automata its matches are checked with, built on first use.
    pub fn checks(&self) -> Result<&MatchChecks, &str> {
        self.checks.get_or_init(|| self.build_checks()).as_ref().map_err(String::as_str)
    }

    fn build_checks(&self) -> Result<MatchChecks, String> {
        let in_rule = |e: String| format!("rule {}: {e}", self.id);
        let partner = match &self.partner {
            Some(partner) => Some(compile(&parse_pattern(&partner.pattern)?).map_err(in_rule)?),
            None => None,
        };
        let allow = compile_any(&self.allow).map_err(in_rule)?;
        let allow_match = compile_any(&self.allow_match).map_err(in_rule)?;
        Ok(MatchChecks { partner, allow, allow_match })
    }
}

fn check_id(id: &str) -> Result<(), String> {
    let name = id
        .strip_prefix("secret/")
        .ok_or_else(|| format!("rule id `{id}` must start with `secret/`"))?;
    let kebab = !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-');
    if kebab {
        Ok(())
    } else {
        Err(format!("rule id `{id}` must be `secret/` and lower-case kebab-case"))
    }
}

fn check_keywords(id: &str, keywords: &[String]) -> Result<Vec<Keyword>, String> {
    expand_keywords(keywords)
        .iter()
        .map(|text| {
            if text.len() < MIN_KEYWORD_LEN {
                return Err(format!(
                    "rule {id}: keyword `{text}` is shorter than {MIN_KEYWORD_LEN} bytes"
                ));
            }
            Ok(Keyword {
                text: text.clone(),
                exact_case: text.bytes().any(|b| b.is_ascii_uppercase()),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lead_group_leaves_no_room_for_other_span_finders() {
        let lead = r"(?P<lead>tok_)(?P<secret>[a-z0-9]{8})";
        let mut rule = raw(lead);
        rule.loose_search = true;
        let error = SecretRule::from_raw(rule, "T", origin()).unwrap_err();
        assert!(error.contains("loose_search"), "{error}");
        let mut rule = raw(r"(?:(?P<lead>tok_)|tk_)(?P<secret>[a-z0-9]{8})");
        rule.search_by_branch = BranchSearch::Each(true);
        let error = SecretRule::from_raw(rule, "T", origin()).unwrap_err();
        assert!(error.contains("search_by_branch"), "{error}");
        let error = SecretRule::from_raw(raw(r"tok_(?P<secret>(?P<lead>[a-z]{8}))"), "T", origin());
        assert!(error.unwrap_err().contains("followed by"));
        let rule = SecretRule::from_raw(raw(lead), "T", origin()).unwrap();
        assert_eq!(rule.matcher().unwrap().finders.len(), 1);
    }

    #[test]
    fn a_lead_in_bound_needs_a_lead_in() {
        let mut rule = raw(r"tok_(?P<secret>[a-z0-9]{8})");
        rule.window = Some(Window { before: 0, after: 12, lines: None, lead_after: Some(2) });
        let error = SecretRule::from_raw(rule, "T", origin()).unwrap_err();
        assert!(error.contains("`window.lead_after`"), "{error}");
    }

    #[test]
    fn search_by_branch_needs_a_leading_alternation() {
        let mut rule = raw(r"tok_(?P<secret>[a-z0-9]{8})");
        rule.search_by_branch = BranchSearch::Each(true);
        let error = SecretRule::from_raw(rule, "T", origin()).unwrap_err();
        assert!(error.contains("search_by_branch"), "{error}");
    }

    #[test]
    fn a_rule_can_stay_out_of_source_code() {
        let mut rule = raw(r"tok_(?P<secret>[a-z0-9]{8})");
        rule.in_source_code = false;
        let rule = SecretRule::from_raw(rule, "T", origin()).unwrap();
        let applies = |path| rule.applies_to(&RulePath::new(path));
        assert!(!applies("src/app.py") && !applies("web/App.TSX"));
        assert!(applies("notes/handover.md") && applies("config/app.yaml"));
    }

    #[test]
    fn search_by_branch_names_branches_that_exist() {
        let mut rule = raw(r"(?:tok_|key_)(?P<secret>[a-z0-9]{8})");
        rule.search_by_branch = BranchSearch::Alone(vec![2]);
        let error = SecretRule::from_raw(rule, "T", origin()).unwrap_err();
        assert!(error.contains("names branch 2") && error.contains("has 2"), "{error}");
    }

    #[test]
    fn grouped_branches_find_what_the_whole_pattern_finds() {
        let mut rule = raw(r"(?:tok_|key_|(?:pw|pass)=)(?P<secret>[a-z0-9]{8})");
        rule.search_by_branch = BranchSearch::Alone(vec![1]);
        let rule = SecretRule::from_raw(rule, "T", origin()).unwrap();
        let matcher = rule.matcher().unwrap();
        assert_eq!(matcher.finders.len(), 2, "key_ alone, the other three together");
        for text in ["tok_abcd1234", "key_abcd1234", "pw=abcd1234", "pass=abcd1234"] {
            assert_eq!(matcher.finders.iter().filter(|b| b.is_match(text)).count(), 1, "{text}");
        }
    }

    fn raw(pattern: &str) -> RawSecretRule {
        RawSecretRule {
            id: "secret/test-rule".into(),
            name: "Test".into(),
            severity: Severity::High,
            description: "d".into(),
            remediation: "r".into(),
            references: vec![],
            keywords: vec!["tok_".into()],
            pattern: pattern.into(),
            entropy: None,
            checksum: None,
            allow: vec![],
            allow_match: vec![],
            allow_shapes: vec![],
            report_passphrases: false,
            window: None,
            generic: false,
            quoted_in_code: false,
            in_source_code: true,
            in_code_comments: false,
            search_by_branch: BranchSearch::default(),
            loose_search: false,
            defaults: None,
            partner: None,
            supersedes: vec![],
            paths: vec![],
            exclude_paths: vec![],
            extractor: None,
            keys: vec![],
            examples: vec![toml::Spanned::new(0..0, RawExample::Text("tok_abc".into()))],
            negative_examples: vec![],
        }
    }

    fn origin() -> RuleOrigin {
        // A project's rule: checked when it loads.
        RuleOrigin { file: "t.toml".into(), span: 0..0, builtin: false }
    }

    #[test]
    fn window_defaults_to_the_longest_match() {
        let rule =
            SecretRule::from_raw(raw(r"(?P<secret>tok_[a-z]{3,10})"), "T", origin()).unwrap();
        assert_eq!(
            rule.window(),
            Ok(Window { before: 14, after: 14, lines: None, lead_after: None })
        );
    }

    #[test]
    fn builtin_rules_are_checked_on_first_use() {
        let builtin = RuleOrigin { builtin: true, ..origin() };
        let rule = SecretRule::from_raw(raw(r"tok_([a-z]{3})"), "T", builtin).unwrap();
        assert!(rule.window().is_err());
        assert!(rule.matcher().unwrap_err().contains("secret"));
    }

    #[test]
    fn unbounded_patterns_need_a_window() {
        let error =
            SecretRule::from_raw(raw(r"(?P<secret>tok_[a-z]+)"), "T", origin()).unwrap_err();
        assert!(error.contains("without bound"), "{error}");
    }

    #[test]
    fn the_secret_group_is_required() {
        let error = SecretRule::from_raw(raw(r"tok_([a-z]{3})"), "T", origin()).unwrap_err();
        assert!(error.contains("secret"), "{error}");
    }

    #[test]
    fn ids_are_namespaced_kebab_case() {
        assert!(check_id("secret/github-pat").is_ok());
        assert!(check_id("github-pat").is_err());
        assert!(check_id("secret/GitHub").is_err());
        assert!(check_id("secret/").is_err());
    }

    #[test]
    fn keyword_case() {
        let keywords = check_keywords("x", &["AKIA".into(), "password".into()]).unwrap();
        assert!(keywords[0].exact_case);
        assert!(!keywords[1].exact_case);
        assert!(check_keywords("x", &["ab".into()]).is_err());
    }

    #[test]
    fn matcher_is_built_on_demand_and_finds_the_group() {
        let rule =
            SecretRule::from_raw(raw(r"key=(?P<secret>tok_[a-z]{3})"), "T", origin()).unwrap();
        let matcher = rule.matcher().unwrap();
        assert_eq!(matcher.secret_group, 1);
    }
}
