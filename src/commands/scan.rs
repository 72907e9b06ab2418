//! `nhiscan scan`: sources → secret engine → policy → report.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{CommandError, Project, SettingsPaths};
use crate::cli::{Format, ScanArgs, SettingsArgs, TargetArgs};
use crate::config::{self, DEFAULT_MAX_FILE_SIZE};
use crate::finding::{Finding, FindingKind};
use crate::policy::{Mode, Notice, Policy, RuleFacts, Tally};
use crate::report::{self, RenderOptions, ReportEntry, ScanReport, ScanStats};
use crate::secret::{Scratch, SecretEngine};
use crate::source::{self, ContentUnit, Skipped, UnitSink, WalkOptions};

/// Runs a scan and writes its report; returns the exit code (0 or 1).
pub fn run(args: &ScanArgs, out: &mut dyn Write) -> Result<u8, CommandError> {
    let baseline = (args.baseline.as_deref(), args.no_baseline);
    let (project, target) = open(&args.target, &args.settings, baseline)?;
    let (findings, stats) = collect(&project, &target, RuleSelection::ByPolicy)?;
    let entries = judge(&project.policy, findings);
    let tally = Tally::of(entries.iter().map(|entry| &entry.decision));
    let notices = project.policy.notices();
    warn_about(&notices);
    let report = ScanReport { entries, stats, tally, exit_code: tally.exit_code(), notices };
    let options = RenderOptions { show_secrets: args.show_secrets };
    let written = match args.format {
        Format::Human => report::human::render(&report, &project.catalog, options, out),
        Format::Json => report::json::render(&report, options, out),
    };
    match written.and_then(|()| out.flush()) {
        // A reader that stops early (`nhiscan scan | head`) does not change the verdict.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(report.exit_code),
        Err(error) => Err(error.into()),
        Ok(()) => Ok(report.exit_code),
    }
}

/// What to walk, resolved from the command line and the configuration.
pub(super) struct Target {
    walk: WalkOptions,
    read_stdin: bool,
}

/// Which rules a scan runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RuleSelection {
    /// The rules the policy does not turn off.
    ByPolicy,
    /// Every rule, whatever its mode (for `modes plan`).
    All,
}

/// Loads the project of the scan root the target implies, and resolves the walk.
pub(super) fn open(
    target: &TargetArgs,
    settings: &SettingsArgs,
    (baseline, no_baseline): (Option<&Path>, bool),
) -> Result<(Project, Target), CommandError> {
    let (roots, read_stdin) = split_stdin(&target.paths);
    check_roots_exist(&roots)?;
    let root = config::scan_root(&roots);
    let paths = SettingsPaths {
        config: settings.config.as_deref(),
        modes: settings.modes.as_deref(),
        baseline,
        no_baseline,
    };
    let project = Project::load(root.clone(), paths)?;
    let max_file_size = match &target.max_file_size {
        Some(text) => config::parse_size(text)
            .map_err(|e| CommandError::Usage(format!("--max-file-size: {e}")))?,
        None => project.config.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE),
    };
    let walk = WalkOptions {
        roots,
        base: root,
        respect_ignore_files: !target.no_ignore,
        follow_links: target.follow_links,
        threads: target.threads.unwrap_or(0),
        max_file_size,
        exclude: project.config.exclude.clone(),
    };
    Ok((project, Target { walk, read_stdin }))
}

/// Scans the target with the selected rules; findings come back sorted.
pub(super) fn collect(
    project: &Project,
    target: &Target,
    selection: RuleSelection,
) -> Result<(Vec<Finding>, ScanStats), CommandError> {
    let rules = project
        .catalog
        .secret_rules()
        .iter()
        .filter(|rule| {
            let facts =
                RuleFacts { id: &rule.id, kind: FindingKind::Secret, severity: rule.severity };
            selection == RuleSelection::All || project.policy.runs(facts)
        })
        .cloned()
        .collect();
    let engine = SecretEngine::new(rules).map_err(CommandError::Usage)?;
    let mut sinks = source::walk_worktree(&target.walk, || ScanSink::new(&engine));
    if target.read_stdin {
        let mut sink = ScanSink::new(&engine);
        source::read_stdin(target.walk.max_file_size, &mut sink);
        sinks.push(sink);
    }
    merge(sinks)
}

/// The policy's verdict on each finding; findings of rules that are off at their path are dropped.
pub(super) fn judge(policy: &Policy, findings: Vec<Finding>) -> Vec<ReportEntry> {
    findings
        .into_iter()
        .map(|finding| ReportEntry { decision: policy.decide(&finding), finding })
        .filter(|entry| entry.decision.mode != Mode::Off)
        .collect()
}

/// Upcoming expiries go to standard error whatever the format, so no run misses them.
fn warn_about(notices: &[Notice]) {
    for notice in notices {
        let owner = notice.owner.as_deref().map(|o| format!(" (owner: {o})")).unwrap_or_default();
        let when = match notice.days_left {
            0 => "after today".to_owned(),
            1 => "in 1 day".to_owned(),
            n => format!("in {n} days"),
        };
        #[allow(clippy::print_stderr)]
        {
            eprintln!(
                "notice: mode entry `{}` (line {}){owner} is {} until {}; it becomes {} {when}",
                notice.entry, notice.line, notice.mode, notice.until, notice.then
            );
        }
    }
}

/// Separates `-` (standard input) from the paths to walk.
fn split_stdin(paths: &[PathBuf]) -> (Vec<PathBuf>, bool) {
    let read_stdin = paths.iter().any(|path| path == Path::new("-"));
    let roots = paths.iter().filter(|path| *path != Path::new("-")).cloned().collect();
    (roots, read_stdin)
}

fn check_roots_exist(roots: &[PathBuf]) -> Result<(), CommandError> {
    for root in roots {
        // symlink_metadata: a dangling link given by name is still something to report on.
        if std::fs::symlink_metadata(root).is_err() {
            return Err(CommandError::Usage(format!("path `{}` does not exist", root.display())));
        }
    }
    Ok(())
}

/// Collects one thread's findings and coverage.
struct ScanSink<'e> {
    engine: &'e SecretEngine,
    scratch: Scratch,
    findings: Vec<Finding>,
    stats: ScanStats,
}

impl<'e> ScanSink<'e> {
    fn new(engine: &'e SecretEngine) -> Self {
        ScanSink {
            engine,
            scratch: Scratch::default(),
            findings: Vec::new(),
            stats: ScanStats::default(),
        }
    }
}

impl UnitSink for ScanSink<'_> {
    fn unit(&mut self, unit: ContentUnit<'_>) {
        self.stats.files_scanned += 1;
        self.stats.bytes_scanned += unit.bytes.len() as u64;
        self.engine.scan(unit, &mut self.scratch, &mut self.findings);
    }

    fn skipped(&mut self, skipped: Skipped) {
        self.stats.skipped.push(skipped);
    }
}

/// Joins the threads' results in a deterministic order, whatever the thread count.
fn merge(sinks: Vec<ScanSink<'_>>) -> Result<(Vec<Finding>, ScanStats), CommandError> {
    let mut findings = Vec::new();
    let mut stats = ScanStats::default();
    for sink in sinks {
        if let Some((rule, reason)) = sink.scratch.rule_errors.into_iter().next() {
            return Err(CommandError::RuleCompile { rule, reason });
        }
        findings.extend(sink.findings);
        stats.files_scanned += sink.stats.files_scanned;
        stats.bytes_scanned += sink.stats.bytes_scanned;
        stats.skipped.extend(sink.stats.skipped);
    }
    findings.sort_by(|a, b| {
        let end = |f: &Finding| (f.location.end_line, f.location.end_column);
        a.sort_key().cmp(&b.sort_key()).then_with(|| end(a).cmp(&end(b)))
    });
    stats.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((findings, stats))
}
