//! The subcommands: each turns parsed arguments into work and an exit code.

mod baseline;
mod modes;
mod plan;
mod project;
mod rules;
mod scan;

use std::io::Write;

use miette::Diagnostic;

use crate::cli::{Cli, Command};
use crate::config::ConfigError;
use crate::diagnostic::FileError;
use crate::rules::RuleLoadError;

pub use project::{Project, SettingsPaths};

/// Why a command could not do its job: always exit code 2.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum CommandError {
    /// Arguments that cannot work (a path that does not exist, a bad size).
    #[error("{0}")]
    #[diagnostic(code(nhiscan::usage))]
    Usage(String),
    /// The configuration file is unusable.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(#[from] ConfigError),
    /// A rule file is unusable.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Rules(#[from] RuleLoadError),
    /// A settings file (mode file, baseline) that cannot be read.
    #[error("cannot read {path}: {source}")]
    #[diagnostic(code(nhiscan::settings::read))]
    Read {
        /// The file.
        path: String,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A settings file (mode file, baseline) that is not valid, with the place it goes wrong.
    #[error(transparent)]
    #[diagnostic(transparent)]
    File(FileError),
    /// A rule's pattern could not be compiled when it was first needed.
    #[error("rule {rule} cannot be used: {reason}")]
    #[diagnostic(code(nhiscan::rules::compile))]
    RuleCompile {
        /// The rule.
        rule: String,
        /// The compiler's message.
        reason: String,
    },
    /// `rules explain` of an id that no rule has.
    #[error("unknown rule `{id}`{}", suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
    #[diagnostic(code(nhiscan::rules::unknown))]
    UnknownRule {
        /// The id asked for.
        id: String,
        /// The closest known id.
        suggestion: Option<String>,
    },
    /// A file the command writes (baseline, mode file) cannot be written.
    #[error("cannot write {path}: {source}")]
    #[diagnostic(code(nhiscan::write))]
    Write {
        /// The file.
        path: String,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// Writing the report failed.
    #[error("cannot write the report: {0}")]
    #[diagnostic(code(nhiscan::output))]
    Output(#[from] std::io::Error),
}

/// Runs the parsed command line, writing reports to `out`; returns the exit code.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<u8, CommandError> {
    match cli.command {
        Command::Scan(args) => scan::run(&args, out),
        Command::Rules(command) => rules::run(command, out),
        Command::Modes(command) => modes::run(command, out),
        Command::Baseline(command) => baseline::run(command, out),
    }
}
