//! Loading a project's settings for a command: scan root, configuration, rule catalog, policy.

use std::path::{Path, PathBuf};

use super::CommandError;
use crate::config::Config;
use crate::policy::modes::{KnownRules, MODE_FILE_PATH, parse_mode_file};
use crate::policy::{BASELINE_PATH, Baseline, Date, ModeFile, Policy};
use crate::rules::{CUSTOM_RULES_DIR, Catalog};

/// Where the settings come from: explicit paths, or the defaults under the scan root.
#[derive(Debug, Clone, Copy, Default)]
pub struct SettingsPaths<'a> {
    /// `--config`.
    pub config: Option<&'a Path>,
    /// `--modes`.
    pub modes: Option<&'a Path>,
    /// `--baseline`.
    pub baseline: Option<&'a Path>,
    /// `--no-baseline`.
    pub no_baseline: bool,
}

/// A project's settings, loaded and checked.
#[derive(Debug)]
pub struct Project {
    /// The scan root: reported paths are relative to it; settings are looked up under it.
    pub root: PathBuf,
    /// `.nhiscan/config.toml`.
    pub config: Config,
    /// Built-in and custom rules.
    pub catalog: Catalog,
    /// Modes, baseline, allowlists and today's date.
    pub policy: Policy,
    /// Where the baseline is read from and written to.
    pub baseline_path: PathBuf,
}

impl Project {
    /// Loads every setting of the project at `root`; any unusable file is an error (exit 2).
    pub fn load(root: PathBuf, paths: SettingsPaths<'_>) -> Result<Project, CommandError> {
        let config = Config::load(paths.config, &root)?;
        let catalog = load_catalog(&root, &config)?;
        let today = Date::today().map_err(CommandError::Usage)?;
        let modes = load_modes(&root, paths.modes, &catalog)?;
        let baseline_path =
            paths.baseline.map_or_else(|| under(&root, BASELINE_PATH), Path::to_path_buf);
        let baseline = if paths.no_baseline {
            Baseline::default()
        } else {
            load_baseline(&baseline_path, paths.baseline.is_some())?
        };
        let policy = Policy::new(modes, baseline, config.allow.clone(), today);
        Ok(Project { root, config, catalog, policy, baseline_path })
    }
}

/// The built-in rules plus the project's custom rules under `root`.
pub fn load_catalog(root: &Path, config: &Config) -> Result<Catalog, CommandError> {
    let (dir, required) = match &config.rules_dir {
        Some(dir) => (root.join(dir), true),
        None => (under(root, CUSTOM_RULES_DIR), false),
    };
    Ok(Catalog::builtin()?.with_custom_dir(&dir, required)?)
}

/// The mode file: `explicit` (which must exist), else `.nhiscan/modes.toml` if present.
pub fn load_modes(
    root: &Path,
    explicit: Option<&Path>,
    catalog: &Catalog,
) -> Result<Option<ModeFile>, CommandError> {
    let path = explicit.map_or_else(|| under(root, MODE_FILE_PATH), Path::to_path_buf);
    let Some(text) = read_optional(&path, explicit.is_some())? else { return Ok(None) };
    let known =
        KnownRules { ids: catalog.secret_rules().iter().map(|rule| rule.id.clone()).collect() };
    let file = parse_mode_file(&text, &path.display().to_string(), &known)
        .map_err(|error| CommandError::File(*error))?;
    Ok(Some(file))
}

/// `relative` under `root`, without a leading `./` when the root is the current directory, so
/// messages name files the way people type them.
fn under(root: &Path, relative: &str) -> PathBuf {
    if root == Path::new(".") { PathBuf::from(relative) } else { root.join(relative) }
}

fn load_baseline(path: &Path, required: bool) -> Result<Baseline, CommandError> {
    match read_optional(path, required)? {
        Some(text) => Baseline::parse(&text, &path.display().to_string())
            .map_err(|error| CommandError::File(*error)),
        None => Ok(Baseline::default()),
    }
}

/// The file's text; `None` when it does not exist and is not `required`.
fn read_optional(path: &Path, required: bool) -> Result<Option<String>, CommandError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(error) if !required && error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(CommandError::Read { path: path.display().to_string(), source }),
    }
}
