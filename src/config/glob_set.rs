//! A compiled set of globs: the common shapes (`**/*.ext`, `**/name`, a plain path) tested as
//! strings, the rest through one regex run by a lazy DFA.
//!
//! globset's own sets build a full DFA for every glob with an extension, which for a catalog's
//! worth of rule globs cost more than the rest of a small scan's start-up; a lazy DFA for every
//! glob cost the large scans 2% more instructions than globset's string tests.

use std::collections::HashMap;

use globset::Glob;
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternSet};

/// Globs compiled for matching paths relative to the scan root.
#[derive(Debug, Clone, Default)]
pub(super) struct GlobSet {
    /// The globs of a common shape, looked up by the part of a path they test.
    plain: PlainGlobs,
    /// The other globs, one pattern each.
    regex: Option<Regex>,
    /// Per pattern of `regex`: its glob's index.
    regex_globs: Vec<usize>,
}

/// The globs that need no regex, by shape; each entry lists the indexes of its globs. A
/// catalog's worth of them (hundreds) is tested with a few lookups a path rather than one
/// comparison each.
#[derive(Debug, Clone, Default)]
struct PlainGlobs {
    /// `**/*.ext`, by `.ext`: a path ending in `.ext` (`*` stays within the file's name).
    suffixes: HashMap<String, Vec<usize>>,
    /// `**/name`, by `name`: a file called `name` at any depth.
    names: HashMap<String, Vec<usize>>,
    /// Paths without wildcards.
    paths: HashMap<String, Vec<usize>>,
}

impl PlainGlobs {
    /// Adds glob `index` if it has a common shape; false if it has not.
    fn add(&mut self, index: usize, glob: &str) -> bool {
        let plain = |text: &str| !text.contains(['*', '?', '[', ']', '{', '}', '\\']);
        let (map, key) = if let Some(extension) = glob.strip_prefix("**/*.") {
            if !plain(extension) || extension.contains('/') {
                return false;
            }
            (&mut self.suffixes, format!(".{extension}"))
        } else if let Some(name) = glob.strip_prefix("**/") {
            if !plain(name) || name.contains('/') || name.is_empty() {
                return false;
            }
            (&mut self.names, name.to_owned())
        } else if plain(glob) {
            (&mut self.paths, glob.to_owned())
        } else {
            return false;
        };
        map.entry(key).or_default().push(index);
        true
    }

    fn is_empty(&self) -> bool {
        self.suffixes.is_empty() && self.names.is_empty() && self.paths.is_empty()
    }

    /// Calls `found` with the index of every glob that matches `path`.
    fn for_each_match(&self, path: &str, mut found: impl FnMut(usize)) {
        if self.is_empty() {
            return;
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        let mut report = |map: &HashMap<String, Vec<usize>>, key: &str| {
            map.get(key).into_iter().flatten().for_each(|&index| found(index));
        };
        report(&self.paths, path);
        report(&self.names, name);
        if !self.suffixes.is_empty() {
            for (at, _) in name.match_indices('.') {
                report(&self.suffixes, &name[at..]);
            }
        }
    }
}

impl GlobSet {
    /// Compiles `globs`; a glob's index in the slice is the one [`GlobSet::matching_into`] gives.
    pub(super) fn build(globs: &[Glob]) -> Result<GlobSet, String> {
        let mut set = GlobSet::default();
        let mut patterns = Vec::new();
        for (index, glob) in globs.iter().enumerate() {
            if !set.plain.add(index, glob.glob()) {
                patterns.push(glob.regex());
                set.regex_globs.push(index);
            }
        }
        if !patterns.is_empty() {
            // As globset compiles them: paths are bytes, and `*` may cross a newline in a name.
            let syntax = syntax::Config::new().utf8(false).dot_matches_new_line(true);
            let config = Regex::config().match_kind(MatchKind::All).utf8_empty(false).dfa(false);
            let regex = Regex::builder().syntax(syntax).configure(config).build_many(&patterns);
            set.regex = Some(regex.map_err(|error| error.to_string())?);
        }
        Ok(set)
    }

    /// Whether any glob matches `path`.
    pub(super) fn is_match(&self, path: &str) -> bool {
        let mut any = false;
        self.plain.for_each_match(path, |_| any = true);
        any || self.regex.as_ref().is_some_and(|regex| regex.is_match(anchored(path)))
    }

    /// The indexes of the globs that match `path`, in ascending order.
    pub(super) fn matching_into(&self, path: &str, into: &mut Vec<usize>) {
        into.clear();
        self.plain.for_each_match(path, |index| into.push(index));
        if let Some(regex) = &self.regex {
            let mut matched = PatternSet::new(regex.pattern_len());
            regex.which_overlapping_matches(&anchored(path), &mut matched);
            into.extend(matched.iter().map(|pattern| self.regex_globs[pattern.as_usize()]));
        }
        into.sort_unstable();
        into.dedup();
    }
}

fn anchored(path: &str) -> Input<'_> {
    Input::new(path).anchored(Anchored::Yes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(globs: &[&str]) -> GlobSet {
        let globs: Vec<Glob> = globs.iter().map(|glob| build(glob)).collect();
        GlobSet::build(&globs).unwrap()
    }

    fn build(glob: &str) -> Glob {
        globset::GlobBuilder::new(glob)
            .literal_separator(true)
            .backslash_escape(true)
            .build()
            .unwrap()
    }

    #[test]
    fn plain_shapes_match_as_globset_would() {
        let globs = [
            "**/*.po",
            "**/Cargo.lock",
            "docs/a.md",
            "**/x/*.conf",
            "**/*.{yml,yaml}",
            "**/*.min.js",
            "**/*.js",
            "**/.env",
            "**/*.env",
        ];
        let ours = set(&globs);
        assert_eq!(ours.regex_globs.len(), 2);
        let mut reference = globset::GlobSetBuilder::new();
        for glob in globs {
            reference.add(build(glob));
        }
        let reference = reference.build().unwrap();
        let paths = [
            "a.po",
            "x/y/b.po",
            "b.pot",
            ".po",
            "Cargo.lock",
            "a/Cargo.lock",
            "aCargo.lock",
            "docs/a.md",
            "x/docs/a.md",
            "x/a.conf",
            "x/y/a.conf",
            "q/x/z.conf",
            "c.yaml",
            "d/e.yml",
            "w/app.min.js",
            "w/app.js",
            ".env",
            "a/.env",
            "a/prod.env",
            "a.js/b",
        ];
        let mut matched = Vec::new();
        for path in paths {
            ours.matching_into(path, &mut matched);
            assert_eq!(matched, reference.matches(path), "{path}");
            assert_eq!(ours.is_match(path), reference.is_match(path), "{path}");
        }
    }
}
