//! Keywords that only path-limited rules use (COBOL's `value`, a wiki rule's `link`): searched
//! only in the files one of those rules applies to, never by the keyword pass every file gets.
//! There such common words cost a hit each in every file for rules that cannot run on it (about
//! 2 of the 5 million hits on the 1 GB benchmark corpus), and states in the shared automaton.

use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};

use super::keywords::Hit;
use super::rule::{RulePath, SecretRule};
use crate::config::{PathGlobs, PathGlobsBuilder};

/// Files of the kinds most repositories are full of. A rule limited to one of them keeps its
/// keywords in the shared pass: a second pass over every JSON or YAML file (CloudFormation
/// templates) would cost more than the hits it saves.
const WIDESPREAD: [&str; 31] = [
    "a.json",
    "a.yaml",
    "a.yml",
    "a.xml",
    "a.toml",
    "a.ini",
    "a.cfg",
    "a.conf",
    "a.properties",
    "a.md",
    "a.txt",
    "a.rst",
    "a.html",
    "a.py",
    "a.js",
    "a.ts",
    "a.jsx",
    "a.tsx",
    "a.go",
    "a.rs",
    "a.java",
    "a.kt",
    "a.rb",
    "a.php",
    "a.c",
    "a.h",
    "a.cpp",
    "a.cs",
    "a.sh",
    "a.pl",
    "a.env",
];

/// Per rule: whether it is limited to paths none of which is a widespread kind of file. Its
/// keywords that no other rule uses are then searched only in its files.
pub(super) fn narrow_rules(rules: &[Arc<SecretRule>]) -> Vec<bool> {
    // A widespread file at the root and deeper down, named once for every rule.
    let deep = WIDESPREAD.iter().map(|name| format!("some/dir/{name}"));
    let samples: Vec<String> = WIDESPREAD.iter().map(|name| name.to_string()).chain(deep).collect();
    let narrow = |rule: &Arc<SecretRule>| {
        rule.paths.as_ref().is_some_and(|paths| !samples.iter().any(|name| paths.matches(name)))
    };
    rules.iter().map(narrow).collect()
}

/// The path-only keywords and the rules behind them.
#[derive(Debug, Default)]
pub(super) struct PathKeywords {
    /// Every `paths` glob of the rules below, in one set: a file's matches name its rules.
    globs: PathGlobs,
    /// Per glob in `globs`: the rule it belongs to.
    glob_rule: Vec<u32>,
    /// Per rule with path-only keywords: those keywords (indexes into the engine's keyword list).
    keywords_of: HashMap<u32, Vec<usize>>,
    /// The lower-case text of each keyword index above.
    texts: HashMap<usize, String>,
}

/// Per-thread working memory: the automaton for each set of rules a file has needed, built on
/// first use (files of one kind need the same set: a scan builds a handful).
#[derive(Debug, Default)]
pub(crate) struct PathAutomata {
    built: HashMap<Vec<u32>, Option<PathAutomaton>>,
    matched: Vec<usize>,
    rules: Vec<u32>,
}

/// One set of rules' path-only keywords.
#[derive(Debug)]
struct PathAutomaton {
    automaton: AhoCorasick,
    /// Per automaton pattern: its index in the engine's keyword list.
    keyword: Vec<usize>,
}

impl PathKeywords {
    /// Path-only keywords: `keywords` lists (index in the engine's keyword list, lower-case
    /// text, the rules that use it), each of which has `paths`.
    pub(super) fn new(
        rules: &[Arc<SecretRule>],
        keywords: Vec<(usize, String, Vec<u32>)>,
    ) -> Result<Self, String> {
        let mut keywords_of: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut texts = HashMap::new();
        for (index, text, owners) in keywords {
            for rule in owners {
                keywords_of.entry(rule).or_default().push(index);
            }
            texts.insert(index, text);
        }
        let mut owners: Vec<u32> = keywords_of.keys().copied().collect();
        owners.sort_unstable();
        let mut builder = PathGlobsBuilder::default();
        let mut glob_rule = Vec::new();
        for rule in owners {
            let Some(paths) = &rules[rule as usize].paths else {
                return Err(format!("rule {rule} has path-only keywords but no paths"));
            };
            for pattern in paths.patterns() {
                builder.add(pattern).map_err(|error| error.to_string())?;
                glob_rule.push(rule);
            }
        }
        let globs = builder.build().map_err(|error| error.to_string())?;
        Ok(PathKeywords { globs, glob_rule, keywords_of, texts })
    }

    /// Calls `found` with every hit in `bytes` of the path-only keywords of the rules that apply
    /// to `path`.
    pub(super) fn for_each_hit(
        &self,
        rules: &[Arc<SecretRule>],
        path: &RulePath<'_>,
        bytes: &[u8],
        scratch: &mut PathAutomata,
        mut found: impl FnMut(Hit),
    ) {
        if self.glob_rule.is_empty() {
            return;
        }
        let PathAutomata { built, matched, rules: applying } = scratch;
        self.globs.matching_into(path.prepared(), matched);
        if matched.is_empty() {
            return;
        }
        applying.clear();
        applying.extend(matched.iter().map(|&glob| self.glob_rule[glob]));
        applying.sort_unstable();
        applying.dedup();
        // `paths` matched; `exclude_paths` and `in_source_code` may still rule a rule out.
        applying.retain(|&rule| rules[rule as usize].applies_to(path));
        if applying.is_empty() {
            return;
        }
        let automaton = match built.get(applying.as_slice()) {
            Some(automaton) => automaton,
            None => built.entry(applying.clone()).or_insert_with(|| self.build(applying)),
        };
        let Some(automaton) = automaton else { return };
        for hit in automaton.automaton.find_overlapping_iter(bytes) {
            let keyword = automaton.keyword[hit.pattern().as_usize()];
            found(Hit { keyword, start: hit.start(), end: hit.end() });
        }
    }

    /// The automaton over the path-only keywords of `rules` (`None` if it cannot be built, which
    /// the same keywords in the shared automaton's NFA rule out).
    fn build(&self, rules: &[u32]) -> Option<PathAutomaton> {
        let mut keyword: Vec<usize> =
            rules.iter().flat_map(|rule| self.keywords_of[rule].iter().copied()).collect();
        keyword.sort_unstable();
        keyword.dedup();
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(keyword.iter().map(|index| &self.texts[index]))
            .ok()?;
        Some(PathAutomaton { automaton, keyword })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::Catalog;
    use crate::secret::{Scratch, SecretEngine};
    use crate::source::ContentUnit;

    fn engine() -> SecretEngine {
        let file = crate::rules::test_rule_file(
            r#"["value"]"#,
            r"(?i)value[ ]{1,4}(?P<secret>[a-f0-9]{12})",
            "paths = [\"*.cbl\", \"jobs/**\"]\nexclude_paths = [\"jobs/old/\"]\n\
             examples = [{ path = \"a.cbl\", text = \"value 0123456789ab\" }]\n",
        );
        let catalog = Catalog::from_files([("t.toml", file.as_str())]).unwrap();
        SecretEngine::new(catalog.secret_rules().to_vec()).unwrap()
    }

    fn found(engine: &SecretEngine, scratch: &mut Scratch, path: &str) -> usize {
        let mut out = Vec::new();
        let unit = ContentUnit { path, bytes: b"  05 KEY PIC X(12) VALUE 0123456789ab.\n" };
        engine.scan(unit, scratch, &mut out);
        out.len()
    }

    #[test]
    fn a_path_only_keyword_is_searched_in_the_rules_files_only() {
        let engine = engine();
        let mut scratch = Scratch::default();
        assert_eq!(found(&engine, &mut scratch, "src/pay.cbl"), 1);
        assert_eq!(found(&engine, &mut scratch, "jobs/nightly/run.txt"), 1);
        assert_eq!(found(&engine, &mut scratch, "src/pay.py"), 0);
        assert_eq!(found(&engine, &mut scratch, "jobs/old/run.txt"), 0);
        // the automaton built for the first file serves the next of its kind
        assert_eq!(found(&engine, &mut scratch, "lib/other.cbl"), 1);
    }
}
