//! The command line (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// nhiscan: finds leaked secrets and over-broad machine identities, and decides per rule whether
/// a finding is recorded, shown, or fails the build.
#[derive(Debug, Parser)]
#[command(name = "nhiscan", version, about, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories (default: the current directory) for secrets.
    Scan(ScanArgs),
    /// The rule catalog: list rules, explain one, check rule files' examples.
    #[command(subcommand)]
    Rules(RulesCommand),
}

/// `nhiscan rules …`: built-in rules and the project's custom rules (`.nhiscan/rules/`).
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List every rule: id, severity, mode, provider and name.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Configuration file (default: .nhiscan/config.toml).
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
    },
    /// Print one rule's documentation: what it finds, how to fix it, how it detects.
    Explain {
        /// The rule id, e.g. secret/github-pat.
        id: String,
        /// Configuration file (default: .nhiscan/config.toml).
        #[arg(long, value_name = "PATH")]
        config: Option<PathBuf>,
    },
    /// Run rule files' examples through the scanner and report the ones that fail, by file and
    /// line: the files under DIR, or else every built-in and project rule.
    Test {
        /// A directory of rule files (*.toml, searched recursively).
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// Output formats of `scan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Grouped by file, with redacted snippets and a summary.
    Human,
    /// The JSON report, version 1 (docs/json-report.md).
    Json,
}

/// Arguments of `nhiscan scan`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan; `-` reads standard input.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format, written to standard output.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Print secrets in full instead of redacted (local triage only; never in CI logs).
    #[arg(long)]
    pub show_secrets: bool,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// Skip files larger than this (e.g. 10MiB, 512KiB, 1048576); default 10 MiB.
    #[arg(long, value_name = "SIZE")]
    pub max_file_size: Option<String>,

    /// Scan files that .gitignore, .ignore and git's exclude files would skip.
    #[arg(long)]
    pub no_ignore: bool,

    /// Follow symbolic links (cycles are reported and skipped).
    #[arg(long)]
    pub follow_links: bool,

    /// Configuration file (default: .nhiscan/config.toml under the scan root).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}
