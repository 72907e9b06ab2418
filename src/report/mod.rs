//! Reports: render a finished scan. Reporters never decide anything; they print what the policy
//! decided.

pub mod human;
pub mod json;

use crate::finding::Finding;
use crate::policy::{Decision, Notice, Tally};
use crate::source::{SkipReason, Skipped};

/// A finding and the policy's verdict on it.
#[derive(Debug, Clone)]
pub struct ReportEntry {
    /// What was found.
    pub finding: Finding,
    /// What it means for the run.
    pub decision: Decision,
}

/// What the scan covered.
#[derive(Debug, Clone, Default)]
pub struct ScanStats {
    /// Files (and stdin) scanned.
    pub files_scanned: u64,
    /// Bytes scanned.
    pub bytes_scanned: u64,
    /// Files not scanned, sorted by path.
    pub skipped: Vec<Skipped>,
}

impl ScanStats {
    /// How many files were skipped for `reason`.
    pub fn skipped_for(&self, reason: &SkipReason) -> usize {
        self.skipped.iter().filter(|skipped| &skipped.reason == reason).count()
    }
}

/// Everything a reporter needs: sorted entries, coverage, the tally and the exit code.
#[derive(Debug, Clone)]
pub struct ScanReport {
    /// Findings sorted by path, line, column and rule.
    pub entries: Vec<ReportEntry>,
    /// Coverage.
    pub stats: ScanStats,
    /// Counts per outcome.
    pub tally: Tally,
    /// The process exit code the run ends with.
    pub exit_code: u8,
    /// Time-bound mode entries about to change.
    pub notices: Vec<Notice>,
}

/// How reports render.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Print secrets in full (local triage only).
    pub show_secrets: bool,
}
