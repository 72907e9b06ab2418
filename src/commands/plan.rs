//! `nhiscan modes plan`: the policy simulation. Every rule runs whatever its mode; per rule, the
//! findings now, what would fail if it were enforced, and whether it is ready to promote.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use super::CommandError;
use super::rules::facts;
use super::scan::{RuleSelection, collect, open};
use crate::cli::{PlanFormat, SettingsArgs, TargetArgs};
use crate::policy::{Mode, Policy};
use crate::report::ReportEntry;
use crate::rules::Catalog;

/// The plan for one rule.
#[derive(Debug, Serialize)]
struct RulePlan {
    rule: String,
    mode: Mode,
    decided_by: Option<DecidedBy>,
    until: Option<String>,
    then: Option<Mode>,
    findings: usize,
    suppressed: usize,
    would_fail: usize,
    failing_now: usize,
    ready_to_promote: bool,
}

#[derive(Debug, Serialize)]
struct DecidedBy {
    line: usize,
    entry: String,
}

#[derive(Debug, Serialize)]
struct Plan {
    version: u32,
    today: String,
    rules: Vec<RulePlan>,
    summary: PlanSummary,
}

#[derive(Debug, Serialize)]
struct PlanSummary {
    rules: usize,
    failing_now: usize,
    would_fail_if_enforced: usize,
    ready_to_promote: Vec<String>,
}

/// Runs the simulation and writes the plan; exits 0 (it never fails a build).
pub fn run(
    target: &TargetArgs,
    format: PlanFormat,
    settings: &SettingsArgs,
    out: &mut dyn Write,
) -> Result<u8, CommandError> {
    let (project, target) = open(target, settings, (None, false))?;
    let (findings, _) = collect(&project, &target, RuleSelection::All)?;
    let entries: Vec<ReportEntry> = findings
        .into_iter()
        .map(|finding| ReportEntry { decision: project.policy.decide(&finding), finding })
        .collect();
    let plan = build(&project.catalog, &project.policy, &entries);
    match format {
        PlanFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &plan).map_err(std::io::Error::other)?;
            writeln!(out)?;
        }
        PlanFormat::Human => human(&plan, out)?,
        PlanFormat::Markdown => markdown(&plan, out)?,
    }
    Ok(0)
}

fn build(catalog: &Catalog, policy: &Policy, entries: &[ReportEntry]) -> Plan {
    let mut by_rule: BTreeMap<&str, Vec<&ReportEntry>> = BTreeMap::new();
    for entry in entries {
        by_rule.entry(entry.finding.rule.as_str()).or_default().push(entry);
    }
    let rules: Vec<RulePlan> = catalog
        .secret_rules()
        .iter()
        .map(|rule| {
            let resolution = policy.resolve(facts(rule), None);
            let found = by_rule.get(rule.id.as_str()).map(Vec::as_slice).unwrap_or_default();
            let open: Vec<&&ReportEntry> =
                found.iter().filter(|e| e.decision.suppressed.is_none()).collect();
            let entry = resolution.entry.as_ref();
            RulePlan {
                rule: rule.id.clone(),
                mode: resolution.mode,
                decided_by: entry
                    .map(|e| DecidedBy { line: e.origin.line, entry: e.origin.key.clone() }),
                until: entry.and_then(|e| e.until).map(|until| until.to_string()),
                then: entry.filter(|e| e.until.is_some()).map(|e| e.then),
                findings: found.len(),
                suppressed: found.len() - open.len(),
                would_fail: open.len(),
                failing_now: open.iter().filter(|e| e.decision.mode == Mode::Enforce).count(),
                ready_to_promote: resolution.mode < Mode::Enforce && open.is_empty(),
            }
        })
        .collect();
    let summary = PlanSummary {
        rules: rules.len(),
        failing_now: rules.iter().map(|r| r.failing_now).sum(),
        would_fail_if_enforced: rules.iter().map(|r| r.would_fail).sum(),
        ready_to_promote: rules
            .iter()
            .filter(|r| r.ready_to_promote)
            .map(|r| r.rule.clone())
            .collect(),
    };
    Plan { version: 1, today: policy.today().to_string(), rules, summary }
}

/// The rules worth a line: those with findings or not yet enforced.
fn notable(plan: &Plan) -> impl Iterator<Item = &RulePlan> {
    plan.rules.iter().filter(|rule| rule.findings > 0 || rule.mode != Mode::Enforce)
}

fn status(rule: &RulePlan) -> String {
    match (rule.mode, rule.would_fail) {
        (Mode::Enforce, 0) => "enforced, clean".to_owned(),
        (Mode::Enforce, n) => format!("failing: {n} to fix, suppress or baseline"),
        (_, 0) => "ready to promote to enforce".to_owned(),
        (_, n) => format!("{n} to fix or accept before enforcing"),
    }
}

fn human(plan: &Plan, out: &mut dyn Write) -> std::io::Result<()> {
    let width = notable(plan).map(|rule| rule.rule.len()).max().unwrap_or(4).max(4);
    writeln!(
        out,
        "{:<width$}  {:<7}  {:>8}  {:>10}  {:>10}  STATUS",
        "RULE", "MODE", "FINDINGS", "SUPPRESSED", "WOULD FAIL"
    )?;
    for rule in notable(plan) {
        writeln!(
            out,
            "{:<width$}  {:<7}  {:>8}  {:>10}  {:>10}  {}",
            rule.rule,
            rule.mode,
            rule.findings,
            rule.suppressed,
            rule.would_fail,
            status(rule)
        )?;
    }
    let quiet = plan.rules.len() - notable(plan).count();
    writeln!(out, "\n{quiet} more enforced rules have no findings.")?;
    let summary = &plan.summary;
    writeln!(
        out,
        "{} findings fail the run now; {} would if every rule were enforced; {} rules are ready to promote.",
        summary.failing_now,
        summary.would_fail_if_enforced,
        summary.ready_to_promote.len()
    )
}

fn markdown(plan: &Plan, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "### nhiscan rollout plan ({})\n", plan.today)?;
    writeln!(out, "| rule | mode | findings | suppressed | would fail | status |")?;
    writeln!(out, "|---|---|---:|---:|---:|---|")?;
    for rule in notable(plan) {
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            rule.rule,
            rule.mode,
            rule.findings,
            rule.suppressed,
            rule.would_fail,
            status(rule)
        )?;
    }
    let summary = &plan.summary;
    writeln!(
        out,
        "\n**{}** findings fail the run now, **{}** would if every rule were enforced; **{}** rules are ready to promote.",
        summary.failing_now,
        summary.would_fail_if_enforced,
        summary.ready_to_promote.len()
    )
}
