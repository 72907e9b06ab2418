//! The terminal report: findings grouped by file with a redacted snippet and a fix, then a
//! summary of what counted and what was skipped.
//!
//! Audit-mode and suppressed findings are not listed (they are in the machine reports); the
//! summary counts them.

use std::io::{self, Write};

use super::{RenderOptions, ReportEntry, ScanReport};
use crate::finding::Finding;
use crate::policy::Mode;
use crate::rules::Catalog;
use crate::source::SkipReason;

/// At most this many skipped files are listed by name; the JSON report lists them all.
const MAX_LISTED_SKIPS: usize = 20;
/// Every skip reason, in the order the summary counts them.
const SKIP_REASONS: [SkipReason; 6] = [
    SkipReason::Binary,
    SkipReason::TooLarge,
    SkipReason::Unreadable,
    SkipReason::Symlink,
    SkipReason::SymlinkLoop,
    SkipReason::NotAFile,
];

/// Writes `report` for people.
pub fn render(
    report: &ScanReport,
    catalog: &Catalog,
    options: RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let shown: Vec<&ReportEntry> = report
        .entries
        .iter()
        .filter(|entry| entry.decision.suppressed.is_none() && entry.decision.mode >= Mode::Warn)
        .collect();
    let mut current_path: Option<&str> = None;
    for entry in shown {
        let finding = &entry.finding;
        if current_path != Some(finding.location.path.as_str()) {
            if current_path.is_some() {
                writeln!(out)?;
            }
            writeln!(out, "{}", finding.location.path)?;
            current_path = Some(&finding.location.path);
        }
        let position = format!("{}:{}", finding.location.line, finding.location.column);
        writeln!(
            out,
            "  {position:>7}  {}  {}  {} [{}]",
            entry.decision.mode,
            finding.rule,
            describe(finding),
            finding.severity
        )?;
        writeln!(
            out,
            "  {:>7}  │ {}",
            finding.snippet.line,
            finding.snippet.render(options.show_secrets)
        )?;
        if let Some(fix) = remediation(catalog, &finding.rule) {
            writeln!(out, "  {:>7}  ╰ fix: {fix}", "")?;
        }
    }
    if current_path.is_some() {
        writeln!(out)?;
    }
    summary(report, out)
}

/// The finding's message, with what decoding the secret revealed.
fn describe(finding: &Finding) -> String {
    let mut text = finding.message.clone();
    let Some(secret) = &finding.secret else { return text };
    if let Some(expires) = &secret.details.expires {
        text.push_str(&format!(" (exp {expires})"));
    }
    if secret.details.encrypted == Some(true) {
        text.push_str(" (encrypted)");
    }
    if let Some(encoding) = &secret.details.encoding {
        text.push_str(&format!(" ({encoding}-encoded)"));
    }
    if let Some(partner) = &secret.details.partner {
        text.push_str(&format!(" (with its {} on line {})", partner.name, partner.line));
    }
    text
}

/// The first sentence of a rule's remediation, on one line.
fn remediation(catalog: &Catalog, rule: &str) -> Option<String> {
    let text =
        catalog.secret_rule(rule)?.remediation.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = text.find(". ").map_or(text.len(), |at| at + 1);
    Some(text[..end].to_owned())
}

fn summary(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let tally = &report.tally;
    let verdict = if report.exit_code == 0 { "passed" } else { "failed" };
    writeln!(
        out,
        "nhiscan {verdict}: {} enforced, {} warned, {} audited (would fail if enforced), {} suppressed; exit code {}",
        tally.enforced, tally.warned, tally.audited, tally.suppressed, report.exit_code
    )?;
    let stats = &report.stats;
    write!(out, "scanned {} files ({})", stats.files_scanned, human_bytes(stats.bytes_scanned))?;
    if stats.skipped.is_empty() {
        return writeln!(out);
    }
    let counts: Vec<String> = SKIP_REASONS
        .iter()
        .filter_map(|reason| {
            let count = stats.skipped_for(reason);
            (count > 0).then(|| format!("{count} {}", skip_label(reason)))
        })
        .collect();
    writeln!(out, ", skipped {} ({})", stats.skipped.len(), counts.join(", "))?;
    // Binary files and links are expected; the rest are worth a look.
    let notable: Vec<_> = stats
        .skipped
        .iter()
        .filter(|skipped| !matches!(skipped.reason, SkipReason::Binary | SkipReason::Symlink))
        .collect();
    for skipped in notable.iter().take(MAX_LISTED_SKIPS) {
        let detail = skipped.detail.as_deref().map(|d| format!(": {d}")).unwrap_or_default();
        writeln!(out, "  skipped {} ({}{detail})", skipped.path, skip_label(&skipped.reason))?;
    }
    if notable.len() > MAX_LISTED_SKIPS {
        writeln!(
            out,
            "  … and {} more (the JSON report lists every one)",
            notable.len() - MAX_LISTED_SKIPS
        )?;
    }
    Ok(())
}

fn skip_label(reason: &SkipReason) -> &'static str {
    match reason {
        SkipReason::Binary => "binary",
        SkipReason::TooLarge => "too large",
        SkipReason::Unreadable => "unreadable",
        SkipReason::Symlink => "symlink",
        SkipReason::SymlinkLoop => "symlink loop",
        SkipReason::NotAFile => "not a file",
    }
}

fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 { format!("{bytes} B") } else { format!("{value:.1} {}", UNITS[unit]) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_naturally() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(10 * 1024 * 1024), "10.0 MiB");
    }
}
