//! Which keywords a file is searched for, and which rules each hit is for.
//!
//! One pass over every file finds the catalog's keywords, except those that only rules limited
//! to a few kinds of file use: they are searched in those files alone (`path_keywords`).
//! (A second automaton for source code, without the prose rules' keywords, was tried: 6,912
//! states instead of 7,840, no measurable gain in wall time, 2.5 MiB more peak memory.)

use std::collections::HashMap;
use std::sync::Arc;

use super::keywords::{Hit, Keywords};
use super::path_keywords::{self, PathAutomata, PathKeywords};
use super::rule::{RulePath, SecretRule};

/// The catalog's keywords, the passes that search for them, and the rules behind each.
#[derive(Debug)]
pub(super) struct KeywordPasses {
    /// Per keyword: the rules it belongs to. Those of the shared pass come first, in its order.
    rules_of: Vec<KeywordRules>,
    /// Every keyword but the path-only ones.
    shared: Keywords,
    /// Keywords only path-limited rules use, searched in those rules' files alone.
    path: PathKeywords,
}

/// The rules behind one keyword, split by whether they need the keyword's exact case.
#[derive(Debug, Default)]
struct KeywordRules {
    any_case: Vec<u32>,
    exact: Vec<(Vec<u8>, Vec<u32>)>,
}

impl KeywordRules {
    /// Every rule behind the keyword, whatever the case.
    fn all(&self) -> impl Iterator<Item = u32> + '_ {
        self.any_case.iter().chain(self.exact.iter().flat_map(|(_, rules)| rules)).copied()
    }
}

impl KeywordPasses {
    /// Indexes the keywords of `rules` and builds the passes.
    pub(super) fn new(rules: &[Arc<SecretRule>]) -> Result<Self, String> {
        let (entries, texts) = index_keywords(rules)?;
        let narrow = path_keywords::narrow_rules(rules);
        let path_only = |entry: &KeywordRules| entry.all().all(|rule| narrow[rule as usize]);
        let (shared, limited): (Vec<_>, Vec<_>) =
            entries.into_iter().zip(texts).partition(|(entry, _)| !path_only(entry));
        let limited_keywords = (limited.iter().enumerate())
            .map(|(at, (entry, text))| (shared.len() + at, text.clone(), entry.all().collect()))
            .collect();
        let path = PathKeywords::new(rules, limited_keywords)?;
        let shared_pass = Keywords::new(shared.iter().map(|(_, text)| text.clone()).collect())?;
        let rules_of = shared.into_iter().chain(limited).map(|(entry, _)| entry).collect();
        Ok(KeywordPasses { rules_of, shared: shared_pass, path })
    }

    /// Calls `found` with each keyword hit in the file at `path` and each rule it is for (rules
    /// that need the keyword's exact case only where it has it). A hit's rules may still not
    /// apply to the file: the caller decides, once per rule and file.
    pub(super) fn for_each_hit(
        &self,
        rules: &[Arc<SecretRule>],
        path: &RulePath<'_>,
        bytes: &[u8],
        path_automata: &mut PathAutomata,
        mut found: impl FnMut(Hit, u32),
    ) {
        let mut dispatch = |hit: Hit| {
            let entry = &self.rules_of[hit.keyword];
            for &rule in &entry.any_case {
                found(hit, rule);
            }
            for (text, exact) in &entry.exact {
                if &bytes[hit.start..hit.end] == text.as_slice() {
                    exact.iter().for_each(|&rule| found(hit, rule));
                }
            }
        };
        self.shared.for_each_hit(bytes, &mut dispatch);
        self.path.for_each_hit(rules, path, bytes, path_automata, dispatch);
    }
}

/// Each distinct keyword of `rules` (ASCII case folded), with the rules behind it.
fn index_keywords(rules: &[Arc<SecretRule>]) -> Result<(Vec<KeywordRules>, Vec<String>), String> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut texts: Vec<String> = Vec::new();
    let mut entries: Vec<KeywordRules> = Vec::new();
    for (rule_index, rule) in rules.iter().enumerate() {
        let rule_index = u32::try_from(rule_index).map_err(|_| "too many rules".to_owned())?;
        for keyword in &rule.keywords {
            let folded = keyword.text.to_ascii_lowercase();
            let slot = *index.entry(folded.clone()).or_insert_with(|| {
                texts.push(folded);
                entries.push(KeywordRules::default());
                entries.len() - 1
            });
            let entry = &mut entries[slot];
            if !keyword.exact_case {
                entry.any_case.push(rule_index);
            } else if let Some((_, exact)) =
                entry.exact.iter_mut().find(|(text, _)| text == keyword.text.as_bytes())
            {
                exact.push(rule_index);
            } else {
                entry.exact.push((keyword.text.as_bytes().to_vec(), vec![rule_index]));
            }
        }
    }
    Ok((entries, texts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Catalog;

    fn rule(id: &str, keyword: &str, extra: &str) -> String {
        format!(
            "[[rule]]\nid = \"secret/{id}\"\nname = \"n\"\nseverity = \"high\"\ndescription = \"d\"\n\
             remediation = \"r\"\nkeywords = [\"{keyword}\"]\npattern = '{keyword}(?P<secret>[a-f0-9]{{12}})'\n\
             {extra}examples = [{{ path = \"a.md\", text = \"{keyword}0123456789ab\" }}]\n"
        )
    }

    /// (rule, start) of every hit in a file at `path` holding each rule's keyword once.
    fn hits(passes: &KeywordPasses, rules: &[Arc<SecretRule>], path: &str) -> Vec<(u32, usize)> {
        let mut found = Vec::new();
        let bytes = b"pw is: x; token: y; value z";
        let path = RulePath::new(path);
        let mut automata = PathAutomata::default();
        passes.for_each_hit(rules, &path, bytes, &mut automata, |hit, rule| {
            found.push((rule, hit.start));
        });
        found.sort_unstable();
        found
    }

    #[test]
    fn a_path_only_keyword_is_searched_only_in_its_rules_files() {
        let text = format!(
            "provider = \"Test\"\n\n{}{}{}",
            rule("prose", "pw is", "in_source_code = false\n"),
            rule("any", "token", ""),
            rule("cobol", "value", "paths = [\"*.cbl\"]\n"),
        );
        let catalog = Catalog::from_files([("t.toml", text.as_str())]).unwrap();
        let rules = catalog.secret_rules().to_vec();
        let passes = KeywordPasses::new(&rules).unwrap();
        // the catalog orders rules by id: any (0), cobol (1), prose (2)
        assert_eq!(hits(&passes, &rules, "notes.md"), vec![(0, 10), (2, 0)]);
        assert_eq!(hits(&passes, &rules, "pay.cbl"), vec![(0, 10), (1, 20), (2, 0)]);
        // COBOL's `value` only where its rule applies, even if a shared keyword hits there
        assert_eq!(hits(&passes, &rules, "jobs/pay.txt"), vec![(0, 10), (2, 0)]);
    }

    #[test]
    fn the_builtin_catalogs_keywords_fit_the_flat_table() {
        // a catalog whose keyword DFA outgrows the table is searched by the NFA, twice as slow
        let catalog = Catalog::builtin().unwrap();
        let passes = KeywordPasses::new(catalog.secret_rules()).unwrap();
        assert!(passes.shared.has_table());
    }
}
