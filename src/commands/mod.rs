//! The subcommands: each turns parsed arguments into work and an exit code.

mod rules;
mod scan;

use std::io::Write;

use miette::Diagnostic;

use std::path::Path;

use crate::cli::{Cli, Command};
use crate::config::{Config, ConfigError};
use crate::rules::{CUSTOM_RULES_DIR, Catalog, RuleLoadError};

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
    }
}

/// The built-in rules plus the project's custom rules under `root`.
fn load_catalog(root: &Path, config: &Config) -> Result<Catalog, CommandError> {
    let (dir, required) = match &config.rules_dir {
        Some(dir) => (root.join(dir), true),
        None => (root.join(CUSTOM_RULES_DIR), false),
    };
    Ok(Catalog::builtin()?.with_custom_dir(&dir, required)?)
}
