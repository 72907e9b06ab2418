//! The rule file as written: the TOML tables a provider's file holds, before they are checked.

use std::ops::Range;

use serde::Deserialize;

use crate::finding::Severity;
use crate::secret::extract::ExtractorKind;
use crate::secret::shapes::AllowShape;
use crate::secret::validity::ChecksumKind;

/// One provider's rule file, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// The provider the rules are about (`GitHub`, `AWS`, …).
    pub provider: String,
    /// The rules.
    #[serde(rename = "rule", default)]
    pub rules: Vec<toml::Spanned<RawSecretRule>>,
}

/// One rule as written in TOML, before it is checked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSecretRule {
    /// Stable id, `secret/<name>`.
    pub id: String,
    /// Short human name.
    pub name: String,
    /// How bad a leak of this secret is.
    pub severity: Severity,
    /// What the secret is and why it matters.
    pub description: String,
    /// How to revoke or rotate it.
    pub remediation: String,
    /// The provider's documentation of the format.
    #[serde(default)]
    pub references: Vec<String>,
    /// Literal strings, one of which must occur near every match (the prefilter).
    pub keywords: Vec<String>,
    /// Regex over bytes; the secret is the named group `secret`.
    pub pattern: String,
    /// Minimum Shannon entropy of the secret, in bits per byte.
    pub entropy: Option<f64>,
    /// Offline structural check of the token.
    pub checksum: Option<ChecksumKind>,
    /// Regexes over the secret: a secret matching any of them is not reported.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Regexes over the whole match (key and value): a match containing one is not reported,
    /// e.g. `csrf_token` for a generic token rule.
    #[serde(default)]
    pub allow_match: Vec<String>,
    /// Named lists of allow patterns the rule takes whole (`code-argument`).
    #[serde(default)]
    pub allow_shapes: Vec<AllowShape>,
    /// A value shaped like a passphrase of joined words is reported even when an allow pattern
    /// (for words, names and paths) matches it.
    #[serde(default)]
    pub report_passphrases: bool,
    /// Bytes searched around a keyword; by default the pattern's longest match either side.
    pub window: Option<Window>,
    /// A generic rule (no provider prefix) gives way to any specific rule on the same text.
    #[serde(default)]
    pub generic: bool,
    /// In source code, only values whose opening quote the `quote` group captured count: there an
    /// unquoted value is an identifier or an expression, not a literal.
    #[serde(default)]
    pub quoted_in_code: bool,
    /// Whether the rule runs on programming-language source files (by extension) at all.
    #[serde(default = "yes")]
    pub in_source_code: bool,
    /// Whether a rule kept out of source code still reads its comments and docstrings.
    #[serde(default)]
    pub in_code_comments: bool,
    /// Search the branches of the pattern's leading alternation on their own (see `Matcher`).
    #[serde(default)]
    pub search_by_branch: BranchSearch,
    /// Find where matches may start with the pattern's long counted repetitions left open, then
    /// run the pattern anchored there (see `Matcher`).
    #[serde(default)]
    pub loose_search: bool,
    /// Drop well-known default passwords (`admin123`, `changeit`, `Welcome1!`): the shared list
    /// plus these words of the rule's own (`redis`, `foobared`).
    pub defaults: Option<Vec<String>>,
    /// The other half of a credential pair, looked for near each match.
    pub partner: Option<Partner>,
    /// Rules this one replaces on the same text: a provider rule that needs context over a
    /// broader rule with the same token shape (Paystack's `sk_live_` over Stripe's).
    #[serde(default)]
    pub supersedes: Vec<String>,
    /// Only files matching these globs (`.pgpass`, `**/.netrc`); a rule with `paths` may have no
    /// keywords, and then runs on the whole of every matching file.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Never files matching these globs (lockfiles for generic rules).
    #[serde(default)]
    pub exclude_paths: Vec<String>,
    /// Run the pattern on values taken from a structure (a Kubernetes Secret's decoded `data:`)
    /// instead of on the text around keywords.
    pub extractor: Option<ExtractorKind>,
    /// With an extractor: the keys (table column headers or row labels) whose values this rule
    /// reads, as regexes over the key, instead of the keys that name a credential in general.
    /// For names that are a secret only in one context (a LoRaWAN `AppKey` column).
    #[serde(default)]
    pub keys: Vec<String>,
    /// Texts that must yield exactly one finding of this rule.
    pub examples: Vec<toml::Spanned<RawExample>>,
    /// Texts that must yield no finding of this rule.
    #[serde(default)]
    pub negative_examples: Vec<toml::Spanned<RawExample>>,
}

/// An example as written: a plain string, or `{ path = "app.js", text = "…" }` when the kind of
/// file matters.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum RawExample {
    /// Text scanned as `example.txt`.
    Text(String),
    /// Text scanned as a file at `path`.
    File {
        /// The file name the text is scanned under.
        path: String,
        /// The text.
        text: String,
    },
}

/// An example text of a rule, and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The file name the text is scanned under, when not `example.txt`.
    pub path: Option<String>,
    /// The text.
    pub text: String,
    /// Byte range of the example in its rule file.
    pub span: Range<usize>,
}

impl Example {
    pub(super) fn from_raw(raw: toml::Spanned<RawExample>) -> Self {
        let span = raw.span();
        match raw.into_inner() {
            RawExample::Text(text) => Example { path: None, text, span },
            RawExample::File { path, text } => Example { path: Some(path), text, span },
        }
    }

    /// The path the example is scanned under.
    pub fn path(&self) -> &str {
        self.path.as_deref().unwrap_or("example.txt")
    }

    /// The example's text.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// The other half of a credential pair (an AWS key id for its secret key, a Twilio account SID
/// for its auth token): a pattern looked for within a few lines of each match.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// What the partner is, for people ("AWS access key ID").
    pub name: String,
    /// Regex over bytes for the partner (same dialect as `pattern`, no group needed).
    pub pattern: String,
    /// How many lines above and below the match to look (0: the same line).
    #[serde(default = "default_partner_lines")]
    pub within_lines: usize,
    /// Drop matches without a partner nearby (for formats that need the pair to be told apart).
    #[serde(default)]
    pub required: bool,
}

fn yes() -> bool {
    true
}

fn default_partner_lines() -> usize {
    5
}

/// How a pattern's leading alternation is searched for match spans.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum BranchSearch {
    /// `true`: each branch on its own; `false` (the default): the whole pattern at once.
    Each(bool),
    /// The branches at these (0-based) positions on their own, all others together.
    Alone(Vec<usize>),
}

impl Default for BranchSearch {
    fn default() -> Self {
        BranchSearch::Each(false)
    }
}

impl BranchSearch {
    /// Whether the pattern is split at all.
    pub fn splits(&self) -> bool {
        !matches!(self, BranchSearch::Each(false))
    }
}

/// How far around a keyword hit the pattern is searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// Bytes before the keyword's start.
    pub before: usize,
    /// Bytes after the keyword's end.
    pub after: usize,
    /// Lines above and below the keyword's own line(s) the window may reach (unlimited when
    /// absent). For a rule whose matches hold their keyword, 0 keeps the search on its line.
    #[serde(default)]
    pub lines: Option<usize>,
    /// For a rule with a `lead` group: bytes after the keyword's end within which the lead-in
    /// ends. Its search then stops there; the pattern still runs up to the window's end.
    #[serde(default)]
    pub lead_after: Option<usize>,
}
