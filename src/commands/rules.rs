//! `nhiscan rules list|explain|test`.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::CommandError;
use super::{Project, SettingsPaths};
use crate::cli::{Format, RulesCommand, SettingsArgs};
use crate::finding::FindingKind;
use crate::policy::RuleFacts;
use crate::rules::{Catalog, check_examples};
use crate::secret::SecretRule;

/// Runs a `rules` subcommand; returns the exit code.
pub fn run(command: RulesCommand, out: &mut dyn Write) -> Result<u8, CommandError> {
    match command {
        RulesCommand::List { format, settings } => list(&current_project(&settings)?, format, out),
        RulesCommand::Explain { id, settings } => explain(&current_project(&settings)?, &id, out),
        RulesCommand::Test { dir } => test(dir, out),
    }
}

/// The project in the current directory.
pub(super) fn current_project(settings: &SettingsArgs) -> Result<Project, CommandError> {
    let paths = SettingsPaths {
        config: settings.config.as_deref(),
        modes: settings.modes.as_deref(),
        ..SettingsPaths::default()
    };
    Project::load(PathBuf::from("."), paths)
}

/// What the resolver needs to know about a secret rule.
pub(super) fn facts(rule: &SecretRule) -> RuleFacts<'_> {
    RuleFacts { id: &rule.id, kind: FindingKind::Secret, severity: rule.severity }
}

#[derive(Serialize)]
struct ListedRule<'a> {
    id: &'a str,
    name: &'a str,
    provider: &'a str,
    severity: &'a str,
    mode: &'a str,
    custom: bool,
}

fn list(project: &Project, format: Format, out: &mut dyn Write) -> Result<u8, CommandError> {
    let rules: Vec<ListedRule<'_>> = project
        .catalog
        .secret_rules()
        .iter()
        .map(|rule| ListedRule {
            id: &rule.id,
            name: &rule.name,
            provider: &rule.provider,
            severity: rule.severity.as_str(),
            mode: project.policy.resolve(facts(rule), None).mode.as_str(),
            custom: !rule.origin.builtin,
        })
        .collect();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &rules).map_err(std::io::Error::other)?;
            writeln!(out)?;
        }
        Format::Human => {
            let width = rules.iter().map(|rule| rule.id.len()).max().unwrap_or(2);
            writeln!(out, "{:<width$}  {:<8}  {:<7}  PROVIDER", "ID", "SEVERITY", "MODE")?;
            for rule in &rules {
                let custom = if rule.custom { " (custom)" } else { "" };
                writeln!(
                    out,
                    "{:<width$}  {:<8}  {:<7}  {}{custom}",
                    rule.id, rule.severity, rule.mode, rule.provider
                )?;
            }
            let providers: std::collections::BTreeSet<&str> =
                rules.iter().map(|rule| rule.provider).collect();
            writeln!(out, "\n{} rules from {} providers", rules.len(), providers.len())?;
        }
    }
    Ok(0)
}

fn explain(project: &Project, id: &str, out: &mut dyn Write) -> Result<u8, CommandError> {
    let catalog = &project.catalog;
    let Some(rule) = catalog.secret_rule(id) else {
        let suggestion =
            crate::suggest::closest(id, catalog.secret_rules().iter().map(|rule| rule.id.as_str()));
        return Err(CommandError::UnknownRule {
            id: id.to_owned(),
            suggestion: suggestion.map(str::to_owned),
        });
    };
    let resolution = project.policy.resolve(facts(rule), None);
    let line = catalog.line_of(&rule.origin.file, rule.origin.span.start).unwrap_or(0);
    let source = if rule.origin.builtin { "built-in" } else { "custom" };
    writeln!(out, "{}: {}", rule.id, rule.name)?;
    let (mode, decider) = (resolution.mode, resolution.decider);
    writeln!(
        out,
        "provider: {}   severity: {}   mode: {mode} ({decider})",
        rule.provider, rule.severity
    )?;
    writeln!(out, "defined in: {}:{line} ({source})", rule.origin.file)?;
    writeln!(out, "\n{}", paragraph(&rule.description))?;
    writeln!(out, "\nRemediation\n  {}", paragraph(&rule.remediation))?;
    detection(rule, out)?;
    if !rule.references.is_empty() {
        writeln!(out, "\nReferences")?;
        for reference in &rule.references {
            writeln!(out, "  - {reference}")?;
        }
    }
    Ok(0)
}

fn detection(rule: &SecretRule, out: &mut dyn Write) -> std::io::Result<()> {
    let keywords: Vec<&str> = rule.keywords.iter().map(|k| k.text.as_str()).collect();
    writeln!(out, "\nDetection")?;
    writeln!(out, "  keywords: {}", keywords.join(", "))?;
    writeln!(out, "  pattern:  {}", rule.pattern.trim())?;
    match rule.window() {
        Ok(window) => writeln!(
            out,
            "  window:   {} bytes before, {} after each keyword",
            window.before, window.after
        )?,
        Err(error) => writeln!(out, "  window:   unavailable: {error}")?,
    }
    if let Some(entropy) = rule.entropy {
        writeln!(out, "  entropy:  at least {entropy} bits per byte")?;
    }
    if let Some(checksum) = rule.checksum {
        writeln!(
            out,
            "  checksum: {} (tokens whose check fails are not reported)",
            checksum.as_str()
        )?;
    }
    if rule.generic {
        writeln!(out, "  generic:  gives way to a provider rule matching the same text")?;
    }
    if rule.quoted_in_code {
        writeln!(out, "  quoted_in_code: in source code, only quoted values count")?;
    }
    writeln!(
        out,
        "  examples: {} that must match, {} that must not",
        rule.examples.len(),
        rule.negative_examples.len()
    )
}

/// A TOML multi-line text as one paragraph.
fn paragraph(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn test(dir: Option<PathBuf>, out: &mut dyn Write) -> Result<u8, CommandError> {
    let (catalog, only_custom) = match &dir {
        Some(dir) => (Catalog::builtin()?.with_custom_dir(dir, true)?, true),
        None => (current_project(&SettingsArgs::default())?.catalog, false),
    };
    let check = check_examples(&catalog, |rule| !only_custom || !rule.origin.builtin)
        .map_err(CommandError::Usage)?;
    for failure in &check.failures {
        writeln!(out, "{}:{}: {}: {}", failure.file, failure.line, failure.rule, failure.problem)?;
    }
    let verdict = match check.failures.len() {
        0 => "all passed".to_owned(),
        1 => "1 failure".to_owned(),
        n => format!("{n} failures"),
    };
    writeln!(out, "checked {} rules and {} examples: {verdict}", check.rules, check.examples)?;
    Ok(u8::from(!check.failures.is_empty()))
}
