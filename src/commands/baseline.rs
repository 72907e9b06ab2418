//! `nhiscan baseline create|update`.

use std::io::Write;
use std::path::Path;

use super::CommandError;
use super::scan::{RuleSelection, collect, judge, open};
use crate::cli::{BaselineArgs, BaselineCommand};
use crate::policy::{Baseline, BaselineEntry, SuppressedBy};

/// Runs a `baseline` subcommand; returns the exit code.
pub fn run(command: BaselineCommand, out: &mut dyn Write) -> Result<u8, CommandError> {
    match command {
        BaselineCommand::Create(args) => create(&args, out),
        BaselineCommand::Update(args) => update(&args, out),
    }
}

/// Accepts every finding the scan reports that nothing else suppresses.
fn create(args: &BaselineArgs, out: &mut dyn Write) -> Result<u8, CommandError> {
    // Judged without the old baseline, so re-creating it starts from what is there now.
    let (project, target) = open(&args.target, &args.settings, (args.baseline.as_deref(), true))?;
    let (findings, _) = collect(&project, &target, RuleSelection::ByPolicy)?;
    let entries = judge(&project.policy, findings)
        .into_iter()
        .filter(|entry| entry.decision.suppressed.is_none())
        .map(|entry| BaselineEntry {
            path: entry.finding.location.path,
            rule: entry.finding.rule,
            fingerprint: entry.finding.fingerprint,
        });
    let baseline = Baseline::new(entries);
    write_baseline(&project.baseline_path, &baseline)?;
    writeln!(
        out,
        "wrote {}: {} findings accepted",
        project.baseline_path.display(),
        baseline.len()
    )?;
    Ok(0)
}

/// Keeps the entries whose findings still occur.
fn update(args: &BaselineArgs, out: &mut dyn Write) -> Result<u8, CommandError> {
    let (project, target) = open(&args.target, &args.settings, (args.baseline.as_deref(), false))?;
    if !project.baseline_path.exists() {
        let path = project.baseline_path.display();
        return Err(CommandError::Usage(format!(
            "no baseline at {path}: `nhiscan baseline create` writes one"
        )));
    }
    let (findings, _) = collect(&project, &target, RuleSelection::ByPolicy)?;
    let still_there: std::collections::HashSet<String> = judge(&project.policy, findings)
        .into_iter()
        .filter(|entry| {
            entry.decision.suppressed.as_ref().is_some_and(|s| s.by == SuppressedBy::Baseline)
        })
        .map(|entry| entry.finding.fingerprint)
        .collect();
    let old = project.policy.baseline();
    let kept = Baseline::new(
        old.entries().filter(|entry| still_there.contains(&entry.fingerprint)).cloned(),
    );
    write_baseline(&project.baseline_path, &kept)?;
    let dropped = old.len() - kept.len();
    writeln!(
        out,
        "updated {}: kept {}, dropped {dropped} that no longer occur",
        project.baseline_path.display(),
        kept.len()
    )?;
    Ok(0)
}

fn write_baseline(path: &Path, baseline: &Baseline) -> Result<(), CommandError> {
    let failed = |source| CommandError::Write { path: path.display().to_string(), source };
    if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(failed)?;
    }
    std::fs::write(path, baseline.render()).map_err(failed)
}
