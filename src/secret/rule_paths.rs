//! Every rule's path conditions decided for a file at once: the catalog's `paths` and
//! `exclude_paths` globs, each distinct glob once, are matched against the file's path in one
//! pass, and each rule then looks up its own globs' results.
//!
//! Matched rule by rule, the globs were 6% of a large scan's instructions: the rules a file's
//! keywords woke each ran their own glob sets, many of them the same (`locales/`, `*.min.js`),
//! over the same path.

use std::collections::HashMap;
use std::sync::Arc;

use crate::config::{PathGlobs, PathGlobsBuilder};

use super::rule::{RulePath, SecretRule};

/// The catalog's path globs in one set, and which of them each rule reads.
#[derive(Debug)]
pub(super) struct CatalogPaths {
    /// Every distinct glob of every rule; `None` when the set would not compile, and every
    /// rule then matches its own globs.
    globs: Option<PathGlobs>,
    /// Per rule, in catalog order.
    rules: Vec<RuleGlobs>,
}

/// One rule's globs, as indexes into the catalog's set.
#[derive(Debug, Default)]
struct RuleGlobs {
    /// The globs a path must match one of (`None`: every path).
    paths: Option<Box<[u32]>>,
    /// The globs no path may match.
    excluded: Box<[u32]>,
}

impl CatalogPaths {
    /// Collects the globs of `rules`.
    pub(super) fn new(rules: &[Arc<SecretRule>]) -> CatalogPaths {
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut builder = PathGlobsBuilder::default();
        let mut usable = true;
        let mut ids_of = |globs: &Option<PathGlobs>| -> Option<Box<[u32]>> {
            let globs = globs.as_ref()?;
            let ids = (globs.patterns().iter()).map(|pattern| {
                if let Some(&id) = index.get(pattern) {
                    return id;
                }
                // Each glob adds one file glob, so a glob's index is its order of adding.
                let id = index.len() as u32;
                usable &= builder.add(pattern).is_ok();
                index.insert(pattern.clone(), id);
                id
            });
            Some(ids.collect())
        };
        let rules = (rules.iter())
            .map(|rule| RuleGlobs {
                paths: ids_of(&rule.paths),
                excluded: ids_of(&rule.exclude_paths).unwrap_or_default(),
            })
            .collect();
        let globs = if usable { builder.build().ok() } else { None };
        CatalogPaths { globs, rules }
    }

    /// Whether rule `index` (`rule`) applies to the file at `path`.
    pub(super) fn applies(&self, index: u32, rule: &SecretRule, path: &RulePath<'_>) -> bool {
        let (Some(globs), Some(own)) = (&self.globs, self.rules.get(index as usize)) else {
            return rule.applies_to(path);
        };
        if !rule.applies_to_kind(path) {
            return false;
        }
        if own.paths.is_none() && own.excluded.is_empty() {
            return true;
        }
        let matched = path.matched_globs(|| matched_globs(globs, path));
        let hit =
            |id: &u32| matched.get(*id as usize / 64).is_some_and(|w| w >> (id % 64) & 1 == 1);
        own.paths.as_ref().is_none_or(|ids| ids.iter().any(hit)) && !own.excluded.iter().any(hit)
    }
}

/// The globs of `globs` that `path` matches, as a bit set.
fn matched_globs(globs: &PathGlobs, path: &RulePath<'_>) -> Box<[u64]> {
    let mut matched = Vec::new();
    globs.matching_into(path.prepared(), &mut matched);
    let mut bits = vec![0u64; matched.last().map_or(0, |&last| last / 64 + 1)];
    for id in matched {
        bits[id / 64] |= 1 << (id % 64);
    }
    bits.into_boxed_slice()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Catalog;

    fn rules(toml: &str) -> Vec<Arc<SecretRule>> {
        let text = format!("provider = \"Test\"\n\n{toml}");
        Catalog::from_files([("t.toml", text.as_str())]).unwrap().secret_rules().to_vec()
    }

    fn rule(id: &str, globs: &str) -> String {
        format!(
            "[[rule]]\nid = \"secret/{id}\"\nname = \"n\"\nseverity = \"high\"\ndescription = \"d\"\n\
             remediation = \"r\"\nkeywords = [\"pwd\"]\npattern = 'pwd(?P<secret>[a-f0-9]{{12}})'\n\
             {globs}\nexamples = [{{ path = \"a.md\", text = \"pwd0123456789ab\" }}]\n"
        )
    }

    #[test]
    fn the_shared_set_decides_as_each_rule_would_alone() {
        let toml = [
            rule("a", "exclude_paths = [\"locales/\", \"*.min.js\", \"docs/*.md\"]"),
            rule("b", "paths = [\"**/*.conf\", \"etc/app*.ini\"]\nexclude_paths = [\"locales/\"]"),
            rule("c", ""),
            rule("d", "paths = [\"/top.env\", \"{test,tests}/\"]"),
        ]
        .concat();
        let rules = rules(&toml);
        let paths = [
            "app/locales/fr/x.conf",
            "web/app.min.js",
            "docs/a.md",
            "docs/sub/a.md",
            "etc/app-prod.ini",
            "etc/sub/app.ini",
            "srv/x.conf",
            "top.env",
            "sub/top.env",
            "tests/a.py",
            "src/main.rs",
        ];
        same_verdicts(&rules, &paths);
        // and the built-in catalog's
        let builtin = Catalog::builtin().unwrap();
        let more =
            ["a/package-lock.json", "x/i18n/de.json", "srv/apcupsd/ups.conf", "k/Cargo.lock"];
        same_verdicts(builtin.secret_rules(), &[&paths[..], &more[..]].concat());
    }

    fn same_verdicts(rules: &[Arc<SecretRule>], paths: &[&str]) {
        let catalog = CatalogPaths::new(rules);
        assert!(catalog.globs.is_some());
        for &path in paths {
            for (index, rule) in rules.iter().enumerate() {
                for rule_path in [RulePath::new(path), RulePath::comments_of(path)] {
                    let shared = catalog.applies(index as u32, rule, &rule_path);
                    assert_eq!(shared, rule.applies_to(&rule_path), "{} on {path}", rule.id);
                }
            }
        }
    }
}
