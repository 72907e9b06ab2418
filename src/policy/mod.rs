//! Policy: what each finding means for the run. Pure functions of findings and settings (mode
//! file, baseline, allowlists, today's date), no I/O; the commands load the settings.

mod allowlist;
mod baseline;
mod inline;
pub mod modes;

use std::fmt;

use serde::Serialize;

use crate::finding::{Finding, FindingKind, Severity};

pub use crate::date::Date;
pub use allowlist::AllowEntry;
pub use baseline::{BASELINE_PATH, Baseline, BaselineEntry};
pub use inline::rule_matches;
pub use modes::{Decider, ModeEntry, ModeFile, NOTICE_DAYS, Resolution, RuleFacts};

/// What a finding of a rule does to the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The rule does not run.
    Off,
    /// Recorded in machine reports as "would fail", not shown.
    Audit,
    /// Shown, never fails the run.
    Warn,
    /// Shown, and fails the run.
    Enforce,
}

impl Mode {
    /// The lowercase name used in files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Off => "off",
            Mode::Audit => "audit",
            Mode::Warn => "warn",
            Mode::Enforce => "enforce",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The built-in defaults, used when no mode file entry applies: secret rules enforce; privilege
/// rules warn when critical or high, audit otherwise.
pub fn builtin_mode(kind: FindingKind, severity: Severity) -> Mode {
    match kind {
        FindingKind::Secret => Mode::Enforce,
        FindingKind::Privilege if severity >= Severity::High => Mode::Warn,
        FindingKind::Privilege => Mode::Audit,
    }
}

/// What suppressed a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SuppressedBy {
    /// The baseline file lists its fingerprint.
    Baseline,
    /// A `nhiscan:ignore` comment.
    Inline,
    /// A configuration allowlist.
    Allowlist,
}

/// Why a finding does not count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suppression {
    /// The mechanism.
    pub by: SuppressedBy,
    /// The reason given, if any.
    pub reason: Option<String>,
}

/// The policy's verdict on one finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The rule's mode for this finding.
    pub mode: Mode,
    /// Set when the finding is suppressed; it is then kept in machine reports but never counts.
    pub suppressed: Option<Suppression>,
}

/// How many findings ended up where, and the exit code that follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Enforced and not suppressed: these fail the run.
    pub enforced: usize,
    /// Shown as warnings.
    pub warned: usize,
    /// Recorded only: would fail if enforced.
    pub audited: usize,
    /// Suppressed by a comment, allowlist or baseline.
    pub suppressed: usize,
}

impl Tally {
    /// Counts decisions.
    pub fn of<'a>(decisions: impl IntoIterator<Item = &'a Decision>) -> Tally {
        let mut tally = Tally::default();
        for decision in decisions {
            match (&decision.suppressed, decision.mode) {
                (Some(_), _) => tally.suppressed += 1,
                (None, Mode::Enforce) => tally.enforced += 1,
                (None, Mode::Warn) => tally.warned += 1,
                (None, Mode::Audit) => tally.audited += 1,
                (None, Mode::Off) => {}
            }
        }
        tally
    }

    /// 1 when anything enforced remains, else 0.
    pub fn exit_code(&self) -> u8 {
        u8::from(self.enforced > 0)
    }
}

/// A time-bound entry whose `until` date is near: every run says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// The entry's key (`secret/*`, `high`, `default`).
    pub entry: String,
    /// Its line in the mode file.
    pub line: usize,
    /// The mode until then.
    pub mode: Mode,
    /// The mode after.
    pub then: Mode,
    /// The last day of `mode`.
    pub until: String,
    /// Days left (0 on the last day).
    pub days_left: i64,
    /// Who owns it.
    pub owner: Option<String>,
}

/// The settings that decide findings' fates.
#[derive(Debug, Clone)]
pub struct Policy {
    modes: Option<ModeFile>,
    baseline: Baseline,
    allowlist: Vec<AllowEntry>,
    today: Date,
}

impl Policy {
    /// A policy from its parts; `today` decides time-bound entries.
    pub fn new(
        modes: Option<ModeFile>,
        baseline: Baseline,
        allowlist: Vec<AllowEntry>,
        today: Date,
    ) -> Policy {
        Policy { modes, baseline, allowlist, today }
    }

    /// The built-in defaults only: no mode file, baseline or allowlist.
    pub fn builtin(today: Date) -> Policy {
        Policy::new(None, Baseline::default(), Vec::new(), today)
    }

    /// The mode file, if there is one.
    pub fn modes(&self) -> Option<&ModeFile> {
        self.modes.as_ref()
    }

    /// The baseline.
    pub fn baseline(&self) -> &Baseline {
        &self.baseline
    }

    /// The date time-bound entries are judged on.
    pub fn today(&self) -> Date {
        self.today
    }

    /// The mode of a rule for a finding at `path` (`None`: regardless of path), and why.
    pub fn resolve(&self, rule: RuleFacts<'_>, path: Option<&str>) -> Resolution {
        match &self.modes {
            Some(modes) => modes.resolve(rule, path, self.today),
            None => Resolution {
                mode: builtin_mode(rule.kind, rule.severity),
                decider: Decider::Builtin,
                entry: None,
            },
        }
    }

    /// Whether a rule must run: it is not off, or some `[[paths]]` entry turns it on somewhere.
    pub fn runs(&self, rule: RuleFacts<'_>) -> bool {
        self.resolve(rule, None).mode != Mode::Off
            || self.modes.as_ref().is_some_and(|modes| modes.runs_somewhere(rule.id, self.today))
    }

    /// The verdict on `finding`: its rule's mode at its path, and the first suppression that
    /// applies (inline comment, then allowlist, then baseline).
    pub fn decide(&self, finding: &Finding) -> Decision {
        let facts = RuleFacts { id: &finding.rule, kind: finding.kind, severity: finding.severity };
        let mode = self.resolve(facts, Some(&finding.location.path)).mode;
        let suppressed = inline::suppression(finding)
            .or_else(|| {
                self.allowlist.iter().find(|entry| entry.allows(finding)).map(|entry| Suppression {
                    by: SuppressedBy::Allowlist,
                    reason: entry.reason.clone(),
                })
            })
            .or_else(|| {
                self.baseline
                    .contains(&finding.fingerprint)
                    .then_some(Suppression { by: SuppressedBy::Baseline, reason: None })
            });
        Decision { mode, suppressed }
    }

    /// Time-bound entries whose `until` is at most [`NOTICE_DAYS`] away (and not yet past).
    pub fn notices(&self) -> Vec<Notice> {
        let Some(modes) = &self.modes else { return Vec::new() };
        modes
            .entries()
            .filter_map(|entry| {
                let until = entry.until?;
                let days_left = self.today.days_until(until);
                ((0..=NOTICE_DAYS).contains(&days_left) && entry.then != entry.mode).then(|| {
                    Notice {
                        entry: entry.origin.key.clone(),
                        line: entry.origin.line,
                        mode: entry.mode,
                        then: entry.then,
                        until: until.to_string(),
                        days_left,
                        owner: entry.owner.clone(),
                    }
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_modes() {
        assert_eq!(builtin_mode(FindingKind::Secret, Severity::Low), Mode::Enforce);
        assert_eq!(builtin_mode(FindingKind::Privilege, Severity::Critical), Mode::Warn);
        assert_eq!(builtin_mode(FindingKind::Privilege, Severity::High), Mode::Warn);
        assert_eq!(builtin_mode(FindingKind::Privilege, Severity::Medium), Mode::Audit);
    }

    #[test]
    fn tally_and_exit_code() {
        let decision = |mode, suppressed: bool| Decision {
            mode,
            suppressed: suppressed
                .then_some(Suppression { by: SuppressedBy::Inline, reason: None }),
        };
        let decisions = [
            decision(Mode::Enforce, false),
            decision(Mode::Enforce, true),
            decision(Mode::Warn, false),
            decision(Mode::Audit, false),
        ];
        let tally = Tally::of(&decisions);
        assert_eq!(tally, Tally { enforced: 1, warned: 1, audited: 1, suppressed: 1 });
        assert_eq!(tally.exit_code(), 1);
        assert_eq!(Tally::of(&decisions[1..]).exit_code(), 0);
    }
}
