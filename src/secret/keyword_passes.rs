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
    /// What a hit of the keyword tells the steps after the pass.
    markers: Markers,
}

/// Text that a step after the keyword pass needs a file to hold, found by the same pass: a file
/// without it skips that step's own search of every byte (decoding escaped lines searched each
/// file for `%20`, `\040` and `quoted-printable`, 3.5% of a large scan's instructions, and the
/// Kubernetes extractor for `Secret`, 1%).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Markers(u8);

impl Markers {
    /// A blank escaped as chat logs and shell histories do: `%20`, `\040`.
    pub(super) const ESCAPED_BLANK: Markers = Markers(1);
    /// The name of the encoding of a quoted-printable mail.
    pub(super) const QUOTED_PRINTABLE: Markers = Markers(2);
    /// The word `secret` in any case (a Kubernetes manifest's `kind: Secret`).
    pub(super) const SECRET_WORD: Markers = Markers(4);
    /// A tag's `<` escaped into XML or HTML (`&lt;`): a blog export's or a feed's post.
    pub(super) const ESCAPED_MARKUP: Markers = Markers(8);

    /// Whether any marker of `other` is among these.
    pub(super) fn any_of(self, other: Markers) -> bool {
        self.0 & other.0 != 0
    }

    fn add(&mut self, other: Markers) {
        self.0 |= other.0;
    }
}

/// The marker texts (lower case, as keywords are) and what each marks.
const MARKER_TEXTS: [(&str, Markers); 5] = [
    ("%20", Markers::ESCAPED_BLANK),
    ("\\040", Markers::ESCAPED_BLANK),
    ("quoted-printable", Markers::QUOTED_PRINTABLE),
    ("secret", Markers::SECRET_WORD),
    ("&lt;", Markers::ESCAPED_MARKUP),
];

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
        let path_only = |entry: &KeywordRules| {
            entry.markers == Markers::default() && entry.all().all(|rule| narrow[rule as usize])
        };
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
    /// apply to the file: the caller decides, once per rule and file. Returns the markers found.
    pub(super) fn for_each_hit(
        &self,
        rules: &[Arc<SecretRule>],
        path: &RulePath<'_>,
        bytes: &[u8],
        path_automata: &mut PathAutomata,
        mut found: impl FnMut(Hit, u32),
    ) -> Markers {
        let mut markers = Markers::default();
        let mut dispatch = |hit: Hit| {
            let entry = &self.rules_of[hit.keyword];
            markers.add(entry.markers);
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
        markers
    }
}

/// Each distinct keyword of `rules` (ASCII case folded), with the rules behind it.
fn index_keywords(rules: &[Arc<SecretRule>]) -> Result<(Vec<KeywordRules>, Vec<String>), String> {
    let mut index = KeywordIndex::default();
    for (rule_index, rule) in rules.iter().enumerate() {
        let rule_index = u32::try_from(rule_index).map_err(|_| "too many rules".to_owned())?;
        for keyword in &rule.keywords {
            let entry = index.entry(keyword.text.to_ascii_lowercase());
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
    for (text, marker) in MARKER_TEXTS {
        index.entry(text.to_owned()).markers.add(marker);
    }
    Ok((index.entries, index.texts))
}

/// Distinct keywords (ASCII case folded) in order of first use, each with its entry.
#[derive(Default)]
struct KeywordIndex {
    slots: HashMap<String, usize>,
    texts: Vec<String>,
    entries: Vec<KeywordRules>,
}

impl KeywordIndex {
    /// The entry of keyword `folded`, new if it has none.
    fn entry(&mut self, folded: String) -> &mut KeywordRules {
        let slot = *self.slots.entry(folded.clone()).or_insert_with(|| {
            self.texts.push(folded);
            self.entries.push(KeywordRules::default());
            self.entries.len() - 1
        });
        &mut self.entries[slot]
    }
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
    fn the_pass_reports_the_markers_a_file_holds() {
        let text = format!("provider = \"Test\"\n\n{}", rule("any", "token", ""));
        let catalog = Catalog::from_files([("t.toml", text.as_str())]).unwrap();
        let rules = catalog.secret_rules().to_vec();
        let passes = KeywordPasses::new(&rules).unwrap();
        let markers = |bytes: &[u8]| {
            let mut automata = PathAutomata::default();
            passes.for_each_hit(&rules, &RulePath::new("a.txt"), bytes, &mut automata, |_, _| {})
        };
        assert_eq!(markers(b"token: x, 100% 20 pages"), Markers::default());
        assert!(markers(b"pass%20is").any_of(Markers::ESCAPED_BLANK));
        assert!(markers(b"CREATE\\040ROLE").any_of(Markers::ESCAPED_BLANK));
        let mail = markers(b"Content-Transfer-Encoding: Quoted-Printable");
        assert!(mail.any_of(Markers::QUOTED_PRINTABLE) && !mail.any_of(Markers::ESCAPED_BLANK));
        assert!(markers(b"kind: Secret").any_of(Markers::SECRET_WORD));
    }

    #[test]
    fn the_builtin_catalogs_keywords_fit_the_flat_table() {
        // a catalog whose keyword DFA outgrows the table is searched by the NFA, twice as slow
        let catalog = Catalog::builtin().unwrap();
        let passes = KeywordPasses::new(catalog.secret_rules()).unwrap();
        assert!(passes.shared.has_table());
    }
}
