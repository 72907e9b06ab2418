//! `nhiscan scan`: sources → secret engine → policy → report.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::{Format, ScanArgs};
use crate::config::{self, Config, DEFAULT_MAX_FILE_SIZE};
use crate::finding::Finding;
use crate::policy::{Policy, Tally};
use crate::report::{self, RenderOptions, ReportEntry, ScanReport, ScanStats};
use crate::secret::{Scratch, SecretEngine};
use crate::source::{self, ContentUnit, Skipped, UnitSink, WalkOptions};

use super::CommandError;

/// Runs a scan and writes its report; returns the exit code (0 or 1).
pub fn run(args: &ScanArgs, out: &mut dyn Write) -> Result<u8, CommandError> {
    let (roots, read_stdin) = split_stdin(&args.paths);
    check_roots_exist(&roots)?;
    let root = config::scan_root(&roots);
    let config = Config::load(args.config.as_deref(), &root)?;
    let max_file_size = match &args.max_file_size {
        Some(text) => config::parse_size(text)
            .map_err(|e| CommandError::Usage(format!("--max-file-size: {e}")))?,
        None => config.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE),
    };
    let catalog = super::load_catalog(&root, &config)?;
    let engine = SecretEngine::new(catalog.secret_rules().to_vec()).map_err(CommandError::Usage)?;

    let walk = WalkOptions {
        roots,
        base: root,
        respect_ignore_files: !args.no_ignore,
        follow_links: args.follow_links,
        threads: args.threads.unwrap_or(0),
        max_file_size,
        exclude: config.exclude.clone(),
    };
    let mut sinks = source::walk_worktree(&walk, || ScanSink::new(&engine));
    if read_stdin {
        let mut sink = ScanSink::new(&engine);
        source::read_stdin(max_file_size, &mut sink);
        sinks.push(sink);
    }
    let (findings, stats) = merge(sinks)?;

    let policy = Policy::builtin();
    let entries: Vec<ReportEntry> = findings
        .into_iter()
        .map(|finding| ReportEntry {
            decision: policy.decide(&finding),
            finding,
        })
        .collect();
    let tally = Tally::of(entries.iter().map(|entry| &entry.decision));
    let report = ScanReport {
        entries,
        stats,
        tally,
        exit_code: tally.exit_code(),
    };
    let options = RenderOptions {
        show_secrets: args.show_secrets,
    };
    let written = match args.format {
        Format::Human => report::human::render(&report, &catalog, options, out),
        Format::Json => report::json::render(&report, options, out),
    };
    match written.and_then(|()| out.flush()) {
        // A reader that stops early (`nhiscan scan | head`) does not change the verdict.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(report.exit_code),
        Err(error) => Err(error.into()),
        Ok(()) => Ok(report.exit_code),
    }
}

/// Separates `-` (standard input) from the paths to walk.
fn split_stdin(paths: &[PathBuf]) -> (Vec<PathBuf>, bool) {
    let read_stdin = paths.iter().any(|path| path == Path::new("-"));
    let roots = paths
        .iter()
        .filter(|path| *path != Path::new("-"))
        .cloned()
        .collect();
    (roots, read_stdin)
}

fn check_roots_exist(roots: &[PathBuf]) -> Result<(), CommandError> {
    for root in roots {
        // symlink_metadata: a dangling link given by name is still something to report on.
        if std::fs::symlink_metadata(root).is_err() {
            return Err(CommandError::Usage(format!(
                "path `{}` does not exist",
                root.display()
            )));
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
        self.engine
            .scan(unit, &mut self.scratch, &mut self.findings);
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
        a.sort_key()
            .cmp(&b.sort_key())
            .then_with(|| a.location.end_line.cmp(&b.location.end_line))
            .then_with(|| a.location.end_column.cmp(&b.location.end_column))
    });
    stats.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((findings, stats))
}
