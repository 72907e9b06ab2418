//! The mode file (`.nhiscan/modes.toml`): which mode each rule is in, per rule id, id glob,
//! severity and path, with time-bound entries. Parsing is in [`parse`]; resolving a rule's mode
//! is a pure function of the file, the rule, the path and today's date.

mod parse;
#[cfg(test)]
mod tests;

use std::fmt;

use super::{Mode, builtin_mode};
use crate::config::PathGlobs;
use crate::date::Date;
use crate::finding::{FindingKind, Severity};

pub use parse::{KnownRules, RULE_DOMAINS, parse_mode_file};

/// Where the mode file lives under the scan root.
pub const MODE_FILE_PATH: &str = ".nhiscan/modes.toml";
/// How many days before an entry's `until` every run says it is coming.
pub const NOTICE_DAYS: i64 = 14;

/// A parsed, validated mode file.
#[derive(Debug, Clone)]
pub struct ModeFile {
    /// The file's path, for messages.
    pub path: String,
    /// `default = …`: rules nothing else matches.
    pub default: Option<ModeEntry>,
    /// `[severity]`: by the rule's severity.
    pub severity: Vec<(Severity, ModeEntry)>,
    /// `[rules]`: by exact id or id glob.
    pub rules: Vec<RuleEntry>,
    /// `[[paths]]` blocks, in file order (later blocks win).
    pub paths: Vec<PathOverride>,
}

/// One mode setting: a bare mode, or a time-bound table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModeEntry {
    /// The mode until `until` (or for good).
    pub mode: Mode,
    /// The last day `mode` applies; after it the entry acts as `then`.
    pub until: Option<Date>,
    /// The mode after `until` (enforce unless given).
    pub then: Mode,
    /// Who owns the decision.
    pub owner: Option<String>,
    /// Why the entry is not enforcing yet.
    pub reason: Option<String>,
    /// Where it is written.
    pub origin: EntryOrigin,
}

/// The line and key of an entry in the mode file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryOrigin {
    /// 1-based line.
    pub line: usize,
    /// The key as written (`"secret/*"`, `high`, `default`).
    pub key: String,
}

/// Which rules a `[rules]` key names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleSelector {
    /// One rule id.
    Exact(String),
    /// An id glob: `*` any run of characters, `?` one.
    Glob(String),
}

impl RuleSelector {
    /// Whether the selector names rule `id`.
    pub fn matches(&self, id: &str) -> bool {
        match self {
            RuleSelector::Exact(exact) => exact == id,
            RuleSelector::Glob(glob) => glob_matches(glob.as_bytes(), id.as_bytes()),
        }
    }

    /// How specific a glob is: its literal characters (an exact id is more specific than any).
    fn specificity(&self) -> usize {
        match self {
            RuleSelector::Exact(_) => usize::MAX,
            RuleSelector::Glob(glob) => glob.chars().filter(|&c| c != '*' && c != '?').count(),
        }
    }
}

/// A `[rules]` entry.
#[derive(Debug, Clone)]
pub struct RuleEntry {
    /// The rules it names.
    pub selector: RuleSelector,
    /// Their mode.
    pub entry: ModeEntry,
}

/// A `[[paths]]` block: rule entries that apply to matching paths only.
#[derive(Debug, Clone)]
pub struct PathOverride {
    /// The paths it covers.
    pub paths: PathGlobs,
    /// Its rule entries.
    pub rules: Vec<RuleEntry>,
}

/// What decided a rule's mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decider {
    /// A `[[paths]]` entry naming the exact id.
    PathExact,
    /// A `[[paths]]` entry with an id glob.
    PathGlob,
    /// A `[rules]` entry naming the exact id.
    RuleExact,
    /// The most specific `[rules]` id glob.
    RuleGlob,
    /// `[severity]`.
    Severity,
    /// `default`.
    Default,
    /// No entry applies (or no mode file): the built-in defaults.
    Builtin,
}

impl fmt::Display for Decider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Decider::PathExact => "a [[paths]] entry for the rule",
            Decider::PathGlob => "a [[paths]] entry matching the rule",
            Decider::RuleExact => "the rule's [rules] entry",
            Decider::RuleGlob => "the most specific [rules] glob",
            Decider::Severity => "the [severity] table",
            Decider::Default => "the default",
            Decider::Builtin => "the built-in defaults",
        })
    }
}

/// A rule's mode, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The mode in force today.
    pub mode: Mode,
    /// Which step of the precedence decided it.
    pub decider: Decider,
    /// The entry that decided it (none for the built-in defaults).
    pub entry: Option<ModeEntry>,
}

impl Resolution {
    /// Whether the deciding entry is past its `until` date (and so acts as its `then`).
    pub fn expired(&self, today: Date) -> bool {
        self.entry.as_ref().and_then(|entry| entry.until).is_some_and(|until| today > until)
    }
}

/// What the resolver needs to know about a rule.
#[derive(Debug, Clone, Copy)]
pub struct RuleFacts<'a> {
    /// The rule id.
    pub id: &'a str,
    /// Secret or privilege.
    pub kind: FindingKind,
    /// The rule's severity.
    pub severity: Severity,
}

impl ModeEntry {
    /// The mode this entry gives on `today`: `mode`, or `then` once `until` has passed.
    pub fn mode_on(&self, today: Date) -> Mode {
        match self.until {
            Some(until) if today > until => self.then,
            _ => self.mode,
        }
    }
}

impl ModeFile {
    /// The mode of `rule` for a finding at `path` (`None`: regardless of path) on `today`.
    ///
    /// Precedence, first that applies: a `[[paths]]` entry for the exact id (later blocks win),
    /// a `[[paths]]` glob (most specific, then later), the `[rules]` exact id, the most specific
    /// `[rules]` glob, `[severity]`, `default`, the built-in defaults.
    pub fn resolve(&self, rule: RuleFacts<'_>, path: Option<&str>, today: Date) -> Resolution {
        let decided = |decider, entry: &ModeEntry| Resolution {
            mode: entry.mode_on(today),
            decider,
            entry: Some(entry.clone()),
        };
        let blocks: Vec<&PathOverride> = match path {
            Some(path) => self.paths.iter().filter(|block| block.paths.matches(path)).collect(),
            None => Vec::new(),
        };
        let in_blocks = blocks.iter().rev().flat_map(|block| block.rules.iter());
        if let Some(found) = best_match(in_blocks.clone(), rule.id, true) {
            return decided(Decider::PathExact, &found.entry);
        }
        if let Some(found) = best_match(in_blocks, rule.id, false) {
            return decided(Decider::PathGlob, &found.entry);
        }
        if let Some(found) = best_match(self.rules.iter(), rule.id, true) {
            return decided(Decider::RuleExact, &found.entry);
        }
        if let Some(found) = best_match(self.rules.iter(), rule.id, false) {
            return decided(Decider::RuleGlob, &found.entry);
        }
        if let Some((_, entry)) =
            self.severity.iter().find(|(severity, _)| *severity == rule.severity)
        {
            return decided(Decider::Severity, entry);
        }
        if let Some(entry) = &self.default {
            return decided(Decider::Default, entry);
        }
        Resolution {
            mode: builtin_mode(rule.kind, rule.severity),
            decider: Decider::Builtin,
            entry: None,
        }
    }

    /// Whether any `[[paths]]` entry names `id` (exactly or by glob) with a mode other than off,
    /// so the rule must run even when it is off elsewhere.
    pub fn runs_somewhere(&self, id: &str, today: Date) -> bool {
        self.paths
            .iter()
            .flat_map(|block| block.rules.iter())
            .any(|rule| rule.selector.matches(id) && rule.entry.mode_on(today) != Mode::Off)
    }

    /// Every entry, with its selector text, in file order of kind: default, severity, rules, paths.
    pub fn entries(&self) -> impl Iterator<Item = &ModeEntry> {
        self.default
            .iter()
            .chain(self.severity.iter().map(|(_, entry)| entry))
            .chain(self.rules.iter().map(|rule| &rule.entry))
            .chain(self.paths.iter().flat_map(|block| block.rules.iter().map(|rule| &rule.entry)))
    }
}

/// The first exact entry (when `exact`) or the most specific glob entry naming `id`; among
/// equally specific globs, the first in iteration order.
fn best_match<'a>(
    entries: impl Iterator<Item = &'a RuleEntry>,
    id: &str,
    exact: bool,
) -> Option<&'a RuleEntry> {
    let mut best: Option<&RuleEntry> = None;
    for entry in entries {
        let is_exact = matches!(entry.selector, RuleSelector::Exact(_));
        if is_exact != exact || !entry.selector.matches(id) {
            continue;
        }
        if best.is_none_or(|b| entry.selector.specificity() > b.selector.specificity()) {
            best = Some(entry);
        }
    }
    best
}

/// `*` matches any run of characters (`/` included), `?` one character.
fn glob_matches(glob: &[u8], text: &[u8]) -> bool {
    match glob.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) => (0..=text.len()).any(|skip| glob_matches(rest, &text[skip..])),
        Some((b'?', rest)) => !text.is_empty() && glob_matches(rest, &text[1..]),
        Some((&c, rest)) => text.first() == Some(&c) && glob_matches(rest, &text[1..]),
    }
}
