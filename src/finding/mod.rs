//! Findings: one hit of one rule at one location, as detectors produce them.
//!
//! A finding records *what* was found and *where*; what it means for the run (its mode, whether it
//! is suppressed) is decided later by [`crate::policy`].

mod fingerprint;
mod ignore_comment;
mod location;
mod redact;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use fingerprint::secret_fingerprint;
pub use ignore_comment::{IgnoreComment, comment_only_line, parse_ignore_comments};
pub use location::{LineIndex, Location};
pub use redact::redact;

/// How bad a finding of a rule is, from the rule's catalog entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informational: worth knowing, rarely worth failing a build for.
    Info,
    /// Low impact or low likelihood.
    Low,
    /// Medium impact.
    Medium,
    /// High impact: a credential with real reach.
    High,
    /// Critical: a credential that grants broad access on its own.
    Critical,
}

impl Severity {
    /// The lowercase name used in rule files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which engine produced a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// A leaked credential found by the secret engine.
    Secret,
    /// An over-broad permission found by the privilege engine.
    Privilege,
}

/// Result of a token's offline structural check (CRC suffix, decodable payload, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Checksum {
    /// The token carries a check and it verifies.
    Valid,
    /// The token carries a check and it does not verify.
    Invalid,
    /// The format has no offline check.
    None,
}

/// The secret a finding is about. The raw value never leaves nhiscan unless `--show-secrets`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretValue {
    /// The secret as found (invalid UTF-8 replaced).
    pub raw: String,
    /// A redacted preview that is safe to print.
    pub redacted: String,
    /// Outcome of the offline check for this format.
    pub checksum: Checksum,
    /// What decoding the secret revealed.
    pub details: SecretDetails,
}

/// What an offline check learned by decoding a secret.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecretDetails {
    /// When the credential expires (RFC 3339, UTC), for formats that say (a JWT's `exp`).
    pub expires: Option<String>,
    /// Whether a private key is encrypted (a passphrase protects it).
    pub encrypted: Option<bool>,
    /// The other half of the credential pair, found nearby.
    pub partner: Option<PartnerFound>,
    /// How the secret is encoded where it is written (`base64` in a Kubernetes Secret's data).
    pub encoding: Option<String>,
}

/// The other half of a credential pair, and where it is (same file).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PartnerFound {
    /// What it is ("AWS access key ID").
    pub name: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

/// The source line a finding sits on, with every known secret on it marked for redaction.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// 1-based number of the line shown.
    pub line: u32,
    /// The line's text, shortened around the finding when long (marked with `…`).
    pub text: String,
    /// Byte ranges in `text` that hold secrets, each with its redacted form.
    pub secrets: Vec<SnippetSecret>,
}

/// One secret inside a [`Snippet`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetSecret {
    /// Byte range of the secret inside the snippet text.
    pub range: std::ops::Range<usize>,
    /// What to print instead of the secret.
    pub redacted: String,
}

impl Snippet {
    /// The snippet text with every secret replaced by its redacted form unless `show_secrets`.
    pub fn render(&self, show_secrets: bool) -> String {
        if show_secrets {
            return self.text.clone();
        }
        let mut out = String::with_capacity(self.text.len());
        let mut at = 0;
        for secret in &self.secrets {
            out.push_str(&self.text[at..secret.range.start]);
            out.push_str(&secret.redacted);
            at = secret.range.end;
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// One hit of one rule at one location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable rule id, `<domain>/<name>`.
    pub rule: String,
    /// Which engine found it.
    pub kind: FindingKind,
    /// The rule's severity.
    pub severity: Severity,
    /// Where the finding is: for secrets, the span of the secret value itself.
    pub location: Location,
    /// One-line description for people.
    pub message: String,
    /// The secret, for secret findings.
    pub secret: Option<SecretValue>,
    /// The line it sits on, for display.
    pub snippet: Snippet,
    /// Stable identity that survives unrelated edits (no line numbers inside).
    pub fingerprint: String,
    /// `nhiscan:ignore` comments on the finding's line or the comment line above it.
    pub ignore_comments: Vec<IgnoreComment>,
}

impl Finding {
    /// The order reports use: path, line, column, then rule.
    pub fn sort_key(&self) -> (&str, u32, u32, &str) {
        (&self.location.path, self.location.line, self.location.column, &self.rule)
    }
}
