//! Policy: what each finding means for the run. Pure functions of findings and settings, no I/O.
//!
//! This first version has the built-in defaults only (secret rules enforce; privilege rules warn
//! when critical or high, audit otherwise) and inline `nhiscan:ignore` comments.

mod inline;

use std::fmt;

use serde::Serialize;

use crate::finding::{Finding, FindingKind, Severity};

pub use inline::rule_matches;

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

/// The settings that decide findings' fates.
#[derive(Debug, Clone, Default)]
pub struct Policy {}

impl Policy {
    /// The built-in defaults, used when there is no mode file.
    pub fn builtin() -> Policy {
        Policy {}
    }

    /// The mode of a rule of this kind and severity.
    pub fn mode_for(&self, kind: FindingKind, severity: Severity) -> Mode {
        match kind {
            FindingKind::Secret => Mode::Enforce,
            FindingKind::Privilege if severity >= Severity::High => Mode::Warn,
            FindingKind::Privilege => Mode::Audit,
        }
    }

    /// The verdict on `finding`.
    pub fn decide(&self, finding: &Finding) -> Decision {
        Decision {
            mode: self.mode_for(finding.kind, finding.severity),
            suppressed: inline::suppression(finding),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_modes() {
        let policy = Policy::builtin();
        assert_eq!(
            policy.mode_for(FindingKind::Secret, Severity::Low),
            Mode::Enforce
        );
        assert_eq!(
            policy.mode_for(FindingKind::Privilege, Severity::Critical),
            Mode::Warn
        );
        assert_eq!(
            policy.mode_for(FindingKind::Privilege, Severity::High),
            Mode::Warn
        );
        assert_eq!(
            policy.mode_for(FindingKind::Privilege, Severity::Medium),
            Mode::Audit
        );
    }

    #[test]
    fn tally_and_exit_code() {
        let decision = |mode, suppressed: bool| Decision {
            mode,
            suppressed: suppressed.then_some(Suppression {
                by: SuppressedBy::Inline,
                reason: None,
            }),
        };
        let decisions = [
            decision(Mode::Enforce, false),
            decision(Mode::Enforce, true),
            decision(Mode::Warn, false),
            decision(Mode::Audit, false),
        ];
        let tally = Tally::of(&decisions);
        assert_eq!(
            tally,
            Tally {
                enforced: 1,
                warned: 1,
                audited: 1,
                suppressed: 1
            }
        );
        assert_eq!(tally.exit_code(), 1);
        assert_eq!(Tally::of(&decisions[1..]).exit_code(), 0);
    }
}
