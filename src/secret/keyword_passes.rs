//! Which keywords a file is searched for, and which rules each hit is for.
//!
//! Every keyword pass reads the whole file, and its cost grows with its automaton: the more
//! keywords, the more states, the more of its table falls out of the CPU's caches. So a file is
//! searched only for the keywords of rules that can run on it. Source code gets a pass without
//! the keywords of prose rules (`in_source_code = false`: "log in as", "its ", "-> ", …), which
//! are a third of the catalog's; keywords that only rules limited to a few kinds of file use
//! are searched in those files alone (`path_keywords`).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::keywords::{Hit, Keywords};
use super::path_keywords::{self, PathAutomata, PathKeywords};
use super::rule::{RulePath, SecretRule};

/// The catalog's keywords, the passes that search for them, and the rules behind each.
#[derive(Debug)]
pub(super) struct KeywordPasses {
    /// Per keyword: the rules it belongs to. Those of the full pass come first, in its order.
    rules_of: Vec<KeywordRules>,
    /// Every keyword but the path-only ones: for files that are not source code.
    full: Keywords,
    /// The keywords of rules that run on source code, and each one's index in `rules_of`; built
    /// on the first source file (`None` if it fails: the full pass finds the same hits and more).
    source: OnceLock<Option<Keywords>>,
    source_keyword: Vec<usize>,
    source_texts: Vec<String>,
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
        let path_only = |entry: &KeywordRules| {
            entry.all().all(|rule| path_keywords::is_narrow(&rules[rule as usize]))
        };
        let (shared, limited): (Vec<_>, Vec<_>) =
            entries.into_iter().zip(texts).partition(|(entry, _)| !path_only(entry));
        let limited_keywords = (limited.iter().enumerate())
            .map(|(at, (entry, text))| (shared.len() + at, text.clone(), entry.all().collect()))
            .collect();
        let path = PathKeywords::new(rules, limited_keywords)?;
        let runs_on_source =
            |entry: &KeywordRules| entry.all().any(|rule| rules[rule as usize].in_source_code);
        let source_keyword: Vec<usize> = (shared.iter().enumerate())
            .filter(|(_, (entry, _))| runs_on_source(entry))
            .map(|(index, _)| index)
            .collect();
        let source_texts = source_keyword.iter().map(|&at| shared[at].1.clone()).collect();
        let full = Keywords::new(shared.iter().map(|(_, text)| text.clone()).collect())?;
        let rules_of = shared.into_iter().chain(limited).map(|(entry, _)| entry).collect();
        let source = OnceLock::new();
        Ok(KeywordPasses { rules_of, full, source, source_keyword, source_texts, path })
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
        let source = || Keywords::new(self.source_texts.clone()).ok();
        let source_pass = path.is_source_code().then(|| self.source.get_or_init(source));
        if let Some(Some(pass)) = source_pass {
            pass.for_each_hit(bytes, |hit| {
                dispatch(Hit { keyword: self.source_keyword[hit.keyword], ..hit });
            });
        } else {
            self.full.for_each_hit(bytes, &mut dispatch);
        }
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
    fn each_file_is_searched_for_the_keywords_of_the_rules_that_can_run_on_it() {
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
        assert_eq!(hits(&passes, &rules, "app.py"), vec![(0, 10)], "no prose keywords in code");
        assert_eq!(hits(&passes, &rules, "pay.cbl"), vec![(0, 10), (1, 20), (2, 0)]);
    }
}
