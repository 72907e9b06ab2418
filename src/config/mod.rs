//! `.nhiscan/config.toml`: what to skip and how big a file may be.
//!
//! ```toml
//! exclude = ["fixtures/**", "*.min.js"]   # globs over paths relative to the scan root
//! max_file_size = "10 MiB"                # or a number of bytes
//! rules_dir = ".nhiscan/rules"            # custom rule files (the default, when present)
//!
//! [[allow]]                                # accepted findings: reported as suppressed
//! rules = ["secret/generic-password"]      # ids or globs; all rules when absent
//! paths = ["tests/fixtures/**"]            # and/or
//! values = ["^test-"]                      # regexes over the secret
//! reason = "throwaway test credentials"
//! ```

use std::path::{Path, PathBuf};

use miette::Diagnostic;
use regex_automata::meta::Regex;
use serde::Deserialize;

mod glob_set;
mod globs;
mod wild_globs;

pub use globs::{PathGlobs, PathGlobsBuilder, PreparedPath};

use crate::diagnostic::FileError;
use crate::policy::AllowEntry;
use crate::policy::modes::RuleSelector;

/// Where the configuration lives under the scan root.
pub const CONFIG_PATH: &str = ".nhiscan/config.toml";
/// The default `max_file_size`: 10 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// The project configuration, resolved.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Paths not to scan.
    pub exclude: PathGlobs,
    /// Skip files larger than this many bytes (the command line wins over this).
    pub max_file_size: Option<u64>,
    /// Directory of custom rule files, relative to the scan root, when set explicitly (it must
    /// then exist); otherwise `.nhiscan/rules` is used if present.
    pub rules_dir: Option<PathBuf>,
    /// Accepted findings (`[[allow]]`).
    pub allow: Vec<AllowEntry>,
}

/// A configuration file that cannot be used; shown with the offending line and column.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum ConfigError {
    /// The file exists but cannot be read.
    #[error("cannot read {path}: {source}")]
    #[diagnostic(code(nhiscan::config::read))]
    Read {
        /// The file.
        path: String,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is not valid, with the place it goes wrong.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Invalid(FileError),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    exclude: Vec<toml::Spanned<String>>,
    max_file_size: Option<toml::Spanned<Size>>,
    rules_dir: Option<PathBuf>,
    #[serde(default)]
    allow: Vec<toml::Spanned<RawAllow>>,
}

/// An `[[allow]]` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAllow {
    #[serde(default)]
    rules: Vec<String>,
    #[serde(default)]
    paths: Vec<String>,
    #[serde(default)]
    values: Vec<String>,
    reason: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Size {
    Bytes(u64),
    Text(String),
}

impl Config {
    /// Loads `explicit` if given (it must exist), else `<root>/.nhiscan/config.toml` if present.
    pub fn load(explicit: Option<&Path>, root: &Path) -> Result<Config, ConfigError> {
        let (path, required) = match explicit {
            Some(path) => (path.to_path_buf(), true),
            None if root == Path::new(".") => (PathBuf::from(CONFIG_PATH), false),
            None => (root.join(CONFIG_PATH), false),
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => Config::parse(&text, &path),
            Err(error) if !required && error.kind() == std::io::ErrorKind::NotFound => {
                Ok(Config::default())
            }
            Err(source) => Err(ConfigError::Read { path: path.display().to_string(), source }),
        }
    }

    /// Parses configuration text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let name = path.display().to_string();
        let invalid = |message: String, span: Option<std::ops::Range<usize>>| {
            ConfigError::Invalid(FileError::new(
                "invalid configuration file",
                &name,
                text,
                message,
                span,
            ))
        };
        let raw: RawConfig = toml::from_str(text)
            .map_err(|error| invalid(error.message().to_owned(), error.span()))?;
        let mut exclude = PathGlobsBuilder::default();
        for pattern in &raw.exclude {
            exclude
                .add(pattern.get_ref())
                .map_err(|error| invalid(error.to_string(), Some(pattern.span())))?;
        }
        let max_file_size = match raw.max_file_size {
            None => None,
            Some(size) => Some(match size.get_ref() {
                Size::Bytes(bytes) => *bytes,
                Size::Text(text) => {
                    parse_size(text).map_err(|message| invalid(message, Some(size.span())))?
                }
            }),
        };
        let exclude = exclude.build().map_err(|error| invalid(error.to_string(), None))?;
        let allow = raw
            .allow
            .iter()
            .map(|entry| {
                allow_entry(entry.get_ref()).map_err(|message| invalid(message, Some(entry.span())))
            })
            .collect::<Result<_, _>>()?;
        Ok(Config { exclude, max_file_size, rules_dir: raw.rules_dir, allow })
    }
}

/// Checks an `[[allow]]` entry: it must narrow by path or value (to turn a rule off everywhere,
/// the mode file says `off`), and its globs and regexes must compile.
fn allow_entry(raw: &RawAllow) -> Result<AllowEntry, String> {
    if raw.paths.is_empty() && raw.values.is_empty() {
        return Err(
            "an [[allow]] entry needs `paths` or `values` (to turn a rule off, use the mode file)"
                .into(),
        );
    }
    let rules = raw
        .rules
        .iter()
        .map(|id| {
            if id.contains(['*', '?']) {
                RuleSelector::Glob(id.clone())
            } else {
                RuleSelector::Exact(id.clone())
            }
        })
        .collect();
    let paths = if raw.paths.is_empty() {
        None
    } else {
        let mut builder = PathGlobsBuilder::default();
        for glob in &raw.paths {
            builder.add(glob).map_err(|e| e.to_string())?;
        }
        Some(builder.build().map_err(|e| e.to_string())?)
    };
    let values = raw
        .values
        .iter()
        .map(|pattern| Regex::new(pattern).map_err(|e| format!("value pattern `{pattern}`: {e}")))
        .collect::<Result<_, _>>()?;
    Ok(AllowEntry { rules, paths, values, reason: raw.reason.clone() })
}

/// Parses a size such as `10MiB`, `512 KB`, `2M` or `1048576` into bytes (K/M/G are powers of
/// 1024, with or without `iB`/`B`).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let trimmed = text.trim();
    let split = trimmed.find(|c: char| !c.is_ascii_digit()).unwrap_or(trimmed.len());
    let (digits, unit) = trimmed.split_at(split);
    let number: u64 = digits.parse().map_err(|_| format!("`{text}` is not a size like 10MiB"))?;
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => {
            return Err(format!("`{text}` has an unknown unit (use B, KiB, MiB or GiB)"));
        }
    };
    number.checked_mul(multiplier).ok_or_else(|| format!("`{text}` is too large"))
}

/// The directory whose `.nhiscan/config.toml` applies and that reported paths are relative to:
/// the one directory given, or else the current directory.
pub fn scan_root(roots: &[PathBuf]) -> PathBuf {
    match roots {
        [single] if single.is_dir() => single.clone(),
        _ => PathBuf::from("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("10MiB"), Ok(10 << 20));
        assert_eq!(parse_size("512 kb"), Ok(512 << 10));
        assert_eq!(parse_size("123"), Ok(123));
        assert!(parse_size("ten").is_err());
        assert!(parse_size("5 parsecs").is_err());
    }

    #[test]
    fn unknown_keys_are_errors_with_a_position() {
        let error =
            Config::parse("exclude = []\nexlude = [\"x\"]\n", Path::new("c.toml")).unwrap_err();
        let ConfigError::Invalid(error) = error else { panic!("not invalid") };
        assert!(error.message.contains("exlude"), "{}", error.message);
        assert_eq!(error.line_column(), Some((2, 1)));
    }

    #[test]
    fn a_bad_glob_points_at_the_pattern() {
        let error = Config::parse("exclude = [\"a/[b\"]\n", Path::new("c.toml")).unwrap_err();
        let ConfigError::Invalid(error) = error else { panic!("not invalid") };
        assert_eq!(error.line_column(), Some((1, 12)));
    }
}
