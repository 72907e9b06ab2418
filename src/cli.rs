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
    /// The mode file (.nhiscan/modes.toml): write a starter, check it, explain a rule's mode, plan
    /// promotions.
    #[command(subcommand)]
    Modes(ModesCommand),
    /// The baseline (.nhiscan/baseline.json): accept today's findings so only new ones count.
    #[command(subcommand)]
    Baseline(BaselineCommand),
}

/// Rollout stages `modes init` can start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Stage {
    /// Record what would fail; nothing is shown, nothing fails. Entries move to warn in 30 days.
    Audit,
    /// Show findings without failing. Entries move to enforce in 30 days.
    Warn,
    /// Fail the run on findings.
    Enforce,
}

/// Output formats of `modes plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    /// A table for the terminal.
    Human,
    /// JSON (docs/modes.md).
    Json,
    /// A Markdown table, for a pull-request comment or job summary.
    Markdown,
}

/// `nhiscan modes …`.
#[derive(Debug, Subcommand)]
pub enum ModesCommand {
    /// Write a commented starter mode file covering every rule domain.
    Init {
        /// The stage to start from.
        #[arg(long, value_enum, default_value_t = Stage::Warn)]
        stage: Stage,
        /// Where to write it (default: .nhiscan/modes.toml).
        #[arg(long, value_name = "PATH")]
        modes: Option<PathBuf>,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Validate the mode file; also warn about audit/warn entries without an `until` date and
    /// about entries already past due.
    Check {
        /// Settings files.
        #[command(flatten)]
        settings: SettingsArgs,
    },
    /// Print a rule's mode (at a path) and the line of the mode file that decides it.
    Explain {
        /// The rule id.
        id: String,
        /// The path of a finding, relative to the project root.
        #[arg(long, value_name = "PATH")]
        path: Option<String>,
        /// Settings files.
        #[command(flatten)]
        settings: SettingsArgs,
    },
    /// Run every rule regardless of its mode and show, per rule, the findings now, what would
    /// fail if it were enforced, and which audit/warn rules are ready to promote.
    Plan {
        /// What to scan.
        #[command(flatten)]
        target: TargetArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = PlanFormat::Human)]
        format: PlanFormat,
        /// Settings files.
        #[command(flatten)]
        settings: SettingsArgs,
    },
}

/// `nhiscan baseline …`.
#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Record every current finding (except those already suppressed) as accepted.
    Create(BaselineArgs),
    /// Drop baseline entries that no longer occur; never adds new ones.
    Update(BaselineArgs),
}

/// Arguments of `baseline create|update`.
#[derive(Debug, Args)]
pub struct BaselineArgs {
    /// What to scan.
    #[command(flatten)]
    pub target: TargetArgs,
    /// Settings files.
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Baseline file (default: .nhiscan/baseline.json under the scan root).
    #[arg(long, value_name = "PATH")]
    pub baseline: Option<PathBuf>,
}

/// `nhiscan rules …`: built-in rules and the project's custom rules (`.nhiscan/rules/`).
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List every rule: id, severity, mode, provider and name.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Settings files.
        #[command(flatten)]
        settings: SettingsArgs,
    },
    /// Print one rule's documentation: what it finds, how to fix it, how it detects.
    Explain {
        /// The rule id, e.g. secret/github-pat.
        id: String,
        /// Settings files.
        #[command(flatten)]
        settings: SettingsArgs,
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
    /// What to scan.
    #[command(flatten)]
    pub target: TargetArgs,

    /// Output format, written to standard output.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Print secrets in full instead of redacted (local triage only; never in CI logs).
    #[arg(long)]
    pub show_secrets: bool,

    /// Where the scan's settings come from.
    #[command(flatten)]
    pub settings: SettingsArgs,

    /// Baseline file (default: .nhiscan/baseline.json under the scan root).
    #[arg(long, value_name = "PATH", conflicts_with = "no_baseline")]
    pub baseline: Option<PathBuf>,

    /// Ignore the baseline: report baselined findings as new.
    #[arg(long)]
    pub no_baseline: bool,
}

/// What a scan covers and how it reads it (shared by `scan`, `baseline` and `modes plan`).
#[derive(Debug, Clone, Args)]
pub struct TargetArgs {
    /// Files or directories to scan; `-` reads standard input.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

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
}

/// The settings files a command reads, when not the defaults under the scan root.
#[derive(Debug, Clone, Args, Default)]
pub struct SettingsArgs {
    /// Configuration file (default: .nhiscan/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Mode file (default: .nhiscan/modes.toml).
    #[arg(long, value_name = "PATH")]
    pub modes: Option<PathBuf>,
}
