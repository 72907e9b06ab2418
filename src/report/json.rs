//! The JSON report, version 1: a frozen public format (`docs/json-report.md`).
//!
//! These types are the format; they are kept apart from the internal [`Finding`] so internal
//! changes cannot change the output by accident.

use std::io::{self, Write};

use serde::Serialize;

use super::{RenderOptions, ScanReport};
use crate::finding::{Checksum, Finding, FindingKind, Location, PartnerFound, Severity};
use crate::policy::{Mode, Notice, Suppression};
use crate::source::Skipped;

/// The format version; bumped only for incompatible changes.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    tool: Tool,
    findings: Vec<JsonFinding<'a>>,
    summary: Summary<'a>,
    notices: &'a [Notice],
    exit_code: u8,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    kind: FindingKind,
    severity: Severity,
    mode: Mode,
    suppressed: Option<&'a Suppression>,
    location: &'a Location,
    commit: Option<()>,
    message: &'a str,
    secret: Option<JsonSecret<'a>>,
    fingerprint: &'a str,
}

#[derive(Serialize)]
struct JsonSecret<'a> {
    redacted: &'a str,
    checksum: Checksum,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expires: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    encrypted: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    partner: Option<&'a PartnerFound>,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'a str>,
}

#[derive(Serialize)]
struct Summary<'a> {
    findings: usize,
    enforced: usize,
    warned: usize,
    audited: usize,
    suppressed: usize,
    files_scanned: u64,
    bytes_scanned: u64,
    skipped: &'a [Skipped],
}

/// Writes `report` as one JSON document and a newline.
pub fn render(report: &ScanReport, options: RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let findings = report
        .entries
        .iter()
        .map(|entry| {
            json_finding(
                &entry.finding,
                entry.decision.mode,
                entry.decision.suppressed.as_ref(),
                options,
            )
        })
        .collect();
    let tally = &report.tally;
    let document = Report {
        version: VERSION,
        tool: Tool { name: env!("CARGO_PKG_NAME"), version: env!("CARGO_PKG_VERSION") },
        findings,
        summary: Summary {
            findings: report.entries.len(),
            enforced: tally.enforced,
            warned: tally.warned,
            audited: tally.audited,
            suppressed: tally.suppressed,
            files_scanned: report.stats.files_scanned,
            bytes_scanned: report.stats.bytes_scanned,
            skipped: &report.stats.skipped,
        },
        notices: &report.notices,
        exit_code: report.exit_code,
    };
    serde_json::to_writer_pretty(&mut *out, &document).map_err(io::Error::other)?;
    writeln!(out)
}

fn json_finding<'a>(
    finding: &'a Finding,
    mode: Mode,
    suppressed: Option<&'a Suppression>,
    options: RenderOptions,
) -> JsonFinding<'a> {
    JsonFinding {
        rule: &finding.rule,
        kind: finding.kind,
        severity: finding.severity,
        mode,
        suppressed,
        location: &finding.location,
        commit: None,
        message: &finding.message,
        secret: finding.secret.as_ref().map(|secret| JsonSecret {
            redacted: &secret.redacted,
            checksum: secret.checksum,
            value: options.show_secrets.then_some(secret.raw.as_str()),
            expires: secret.details.expires.as_deref(),
            encrypted: secret.details.encrypted,
            partner: secret.details.partner.as_ref(),
            encoding: secret.details.encoding.as_deref(),
        }),
        fingerprint: &finding.fingerprint,
    }
}
