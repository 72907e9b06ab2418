//! Reading a mode file, failing closed: every problem is an error at its line and column, with a
//! "did you mean" when a name is close to a known one. A typo must never un-enforce a rule.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{EntryOrigin, ModeEntry, ModeFile, PathOverride, RuleEntry, RuleSelector};
use crate::config::PathGlobsBuilder;
use crate::date::Date;
use crate::diagnostic::FileError;
use crate::finding::Severity;
use crate::policy::Mode;
use crate::suggest::closest;

/// Every rule domain nhiscan has or will have; a glob must name at least one of them.
pub const RULE_DOMAINS: [&str; 8] =
    ["secret", "gha", "gitlab", "k8s", "aws", "gcp", "azure", "policy"];

const TOP_KEYS: [&str; 4] = ["default", "severity", "rules", "paths"];
const ENTRY_KEYS: [&str; 5] = ["mode", "until", "then", "owner", "reason"];
const PATH_KEYS: [&str; 2] = ["paths", "rules"];
const MODES: [&str; 4] = ["off", "audit", "warn", "enforce"];
const SEVERITIES: [&str; 5] = ["critical", "high", "medium", "low", "info"];

/// The rule ids a mode file may name exactly.
#[derive(Debug, Clone, Default)]
pub struct KnownRules {
    /// Every rule id in the catalog (built-in and custom).
    pub ids: Vec<String>,
}

type Error = Box<FileError>;

struct Parser<'t> {
    path: &'t str,
    text: &'t str,
    known: &'t KnownRules,
}

/// Parses and validates the mode file `text` (named `path` in errors) against the `known` rules.
pub fn parse_mode_file(
    text: &str,
    path: &str,
    known: &KnownRules,
) -> Result<ModeFile, Box<FileError>> {
    let parser = Parser { path, text, known };
    let document = DeTable::parse(text)
        .map_err(|error| parser.error(error.message().to_owned(), error.span()))?;
    let mut file = ModeFile {
        path: path.to_owned(),
        default: None,
        severity: Vec::new(),
        rules: Vec::new(),
        paths: Vec::new(),
    };
    for (key, value) in document.get_ref().iter() {
        match key.get_ref().as_ref() {
            "default" => file.default = Some(parser.entry(key, value)?),
            "severity" => file.severity = parser.severity_table(value)?,
            "rules" => file.rules = parser.rule_table(value)?,
            "paths" => file.paths = parser.path_blocks(value)?,
            other => return Err(parser.unknown("key", other, &TOP_KEYS, key.span())),
        }
    }
    Ok(file)
}

impl Parser<'_> {
    fn error(&self, message: String, span: Option<std::ops::Range<usize>>) -> Error {
        Box::new(FileError::new("invalid mode file", self.path, self.text, message, span))
    }

    fn unknown(
        &self,
        what: &str,
        name: &str,
        expected: &[&str],
        span: std::ops::Range<usize>,
    ) -> Error {
        let hint = match closest(name, expected.iter().copied()) {
            Some(near) => format!("; did you mean `{near}`?"),
            None => format!("; expected one of {}", expected.join(", ")),
        };
        self.error(format!("unknown {what} `{name}`{hint}"), Some(span))
    }

    fn line(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())].matches('\n').count() + 1
    }

    fn table<'v, 'i>(
        &self,
        value: &'v Spanned<DeValue<'i>>,
        what: &str,
    ) -> Result<&'v DeTable<'i>, Error> {
        value
            .get_ref()
            .as_table()
            .ok_or_else(|| self.error(format!("{what} must be a table"), Some(value.span())))
    }

    fn severity_table(
        &self,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<Vec<(Severity, ModeEntry)>, Error> {
        let mut entries = Vec::new();
        for (key, value) in self.table(value, "[severity]")?.iter() {
            let severity = match key.get_ref().as_ref() {
                "critical" => Severity::Critical,
                "high" => Severity::High,
                "medium" => Severity::Medium,
                "low" => Severity::Low,
                "info" => Severity::Info,
                other => return Err(self.unknown("severity", other, &SEVERITIES, key.span())),
            };
            entries.push((severity, self.entry(key, value)?));
        }
        Ok(entries)
    }

    fn rule_table(&self, value: &Spanned<DeValue<'_>>) -> Result<Vec<RuleEntry>, Error> {
        let mut entries = Vec::new();
        for (key, value) in self.table(value, "[rules]")?.iter() {
            let selector = self.selector(key)?;
            entries.push(RuleEntry { selector, entry: self.entry(key, value)? });
        }
        Ok(entries)
    }

    fn path_blocks(&self, value: &Spanned<DeValue<'_>>) -> Result<Vec<PathOverride>, Error> {
        let blocks = value.get_ref().as_array().ok_or_else(|| {
            self.error(
                "`paths` must be an array of tables: write [[paths]]".into(),
                Some(value.span()),
            )
        })?;
        blocks.iter().map(|block| self.path_block(block)).collect()
    }

    fn path_block(&self, block: &Spanned<DeValue<'_>>) -> Result<PathOverride, Error> {
        let table = self.table(block, "a [[paths]] block")?;
        for (key, _) in table.iter() {
            if !PATH_KEYS.contains(&key.get_ref().as_ref()) {
                return Err(self.unknown("key", key.get_ref(), &PATH_KEYS, key.span()));
            }
        }
        let missing = |what: &str| {
            self.error(format!("a [[paths]] block needs `{what}`"), Some(block.span()))
        };
        let globs = table.get("paths").ok_or_else(|| missing("paths"))?;
        let rules = table.get("rules").ok_or_else(|| missing("rules"))?;
        let list = globs.get_ref().as_array().filter(|list| !list.is_empty()).ok_or_else(|| {
            self.error("`paths` must be a non-empty list of path globs".into(), Some(globs.span()))
        })?;
        let mut builder = PathGlobsBuilder::default();
        for glob in list.iter() {
            let text = glob.get_ref().as_str().ok_or_else(|| {
                self.error("a path glob must be a string".into(), Some(glob.span()))
            })?;
            builder.add(text).map_err(|error| self.error(error.to_string(), Some(glob.span())))?;
        }
        let paths =
            builder.build().map_err(|error| self.error(error.to_string(), Some(globs.span())))?;
        Ok(PathOverride { paths, rules: self.rule_table(rules)? })
    }

    /// A `[rules]` key: an exact id that must exist, or a glob over at least one known domain.
    fn selector(&self, key: &Spanned<std::borrow::Cow<'_, str>>) -> Result<RuleSelector, Error> {
        let text = key.get_ref().as_ref();
        if text.contains(['*', '?']) {
            let domain = text.split('/').next().unwrap_or_default();
            let glob = RuleSelector::Glob(domain.to_owned());
            if !RULE_DOMAINS.iter().any(|known| glob.matches(known)) {
                return Err(self.unknown("rule domain", domain, &RULE_DOMAINS, key.span()));
            }
            return Ok(RuleSelector::Glob(text.to_owned()));
        }
        if self.known.ids.iter().any(|id| id == text) {
            return Ok(RuleSelector::Exact(text.to_owned()));
        }
        let hint = closest(text, self.known.ids.iter().map(String::as_str))
            .map(|near| format!("; did you mean `{near}`?"))
            .unwrap_or_else(|| "; `nhiscan rules list` shows every id".to_owned());
        Err(self.error(format!("unknown rule `{text}`{hint}"), Some(key.span())))
    }

    /// A mode entry: `"warn"` or `{ mode, until, then, owner, reason }`.
    fn entry(
        &self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<ModeEntry, Error> {
        let origin =
            EntryOrigin { line: self.line(key.span().start), key: key.get_ref().to_string() };
        if let Some(name) = value.get_ref().as_str() {
            let mode = self.mode(name, value.span())?;
            return Ok(ModeEntry {
                mode,
                until: None,
                then: Mode::Enforce,
                owner: None,
                reason: None,
                origin,
            });
        }
        let table = value.get_ref().as_table().ok_or_else(|| {
            self.error("a mode is a string (\"warn\") or a table ({ mode = \"warn\", until = 2027-01-31 })".into(), Some(value.span()))
        })?;
        for (field, _) in table.iter() {
            if !ENTRY_KEYS.contains(&field.get_ref().as_ref()) {
                return Err(self.unknown("field", field.get_ref(), &ENTRY_KEYS, field.span()));
            }
        }
        let mode_value = table
            .get("mode")
            .ok_or_else(|| self.error("the entry needs a `mode`".into(), Some(value.span())))?;
        let mode = self.mode_value(mode_value)?;
        let until = table.get("until").map(|until| self.date(until)).transpose()?;
        let then = match table.get("then") {
            None => Mode::Enforce,
            Some(then) if until.is_none() => {
                return Err(self.error("`then` needs an `until` date".into(), Some(then.span())));
            }
            Some(then) => {
                let then_mode = self.mode_value(then)?;
                if then_mode < mode {
                    let message = format!(
                        "`then = \"{then_mode}\"` is weaker than `mode = \"{mode}\"`: an expiring entry may only tighten"
                    );
                    return Err(self.error(message, Some(then.span())));
                }
                then_mode
            }
        };
        let owner = table.get("owner").map(|owner| self.string(owner, "owner")).transpose()?;
        let reason = table.get("reason").map(|reason| self.string(reason, "reason")).transpose()?;
        Ok(ModeEntry { mode, until, then, owner, reason, origin })
    }

    fn mode_value(&self, value: &Spanned<DeValue<'_>>) -> Result<Mode, Error> {
        let name = value
            .get_ref()
            .as_str()
            .ok_or_else(|| self.error("a mode must be a string".into(), Some(value.span())))?;
        self.mode(name, value.span())
    }

    fn mode(&self, name: &str, span: std::ops::Range<usize>) -> Result<Mode, Error> {
        match name {
            "off" => Ok(Mode::Off),
            "audit" => Ok(Mode::Audit),
            "warn" => Ok(Mode::Warn),
            "enforce" => Ok(Mode::Enforce),
            other => Err(self.unknown("mode", other, &MODES, span)),
        }
    }

    fn date(&self, value: &Spanned<DeValue<'_>>) -> Result<Date, Error> {
        let bad =
            || self.error("`until` must be a date like 2027-01-31".into(), Some(value.span()));
        match value.get_ref() {
            DeValue::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
                let date = datetime.date.ok_or_else(bad)?;
                Date::new(i32::from(date.year), date.month, date.day).ok_or_else(bad)
            }
            DeValue::String(text) => Date::parse(text).ok_or_else(bad),
            _ => Err(bad()),
        }
    }

    fn string(&self, value: &Spanned<DeValue<'_>>, field: &str) -> Result<String, Error> {
        value
            .get_ref()
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| self.error(format!("`{field}` must be a string"), Some(value.span())))
    }
}
