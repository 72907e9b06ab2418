//! A compiled set of globs: the common shapes (`**/*.ext`, `**/name`, a plain path) tested as
//! strings, the rest through one regex run by a lazy DFA.
//!
//! globset's own sets build a full DFA for every glob with an extension, which for a catalog's
//! worth of rule globs cost more than the rest of a small scan's start-up; a lazy DFA for every
//! glob cost the large scans 2% more instructions than globset's string tests.

use globset::Glob;
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternSet};

/// Globs compiled for matching paths relative to the scan root.
#[derive(Debug, Clone, Default)]
pub(super) struct GlobSet {
    /// Per glob of a common shape: its index among the globs, and its test.
    plain: Vec<(usize, PlainGlob)>,
    /// The other globs, one pattern each.
    regex: Option<Regex>,
    /// Per pattern of `regex`: its glob's index.
    regex_globs: Vec<usize>,
}

/// A glob that needs no regex.
#[derive(Debug, Clone)]
enum PlainGlob {
    /// `**/*.ext`: a path ending in `.ext` (`*` stays within the file's name).
    Suffix(String),
    /// `**/name`: a file called `name` at any depth.
    Name(String),
    /// A path without wildcards.
    Path(String),
}

impl PlainGlob {
    fn of(glob: &str) -> Option<PlainGlob> {
        let plain = |text: &str| !text.contains(['*', '?', '[', ']', '{', '}', '\\']);
        if let Some(extension) = glob.strip_prefix("**/*.") {
            return (plain(extension) && !extension.contains('/'))
                .then(|| PlainGlob::Suffix(format!(".{extension}")));
        }
        if let Some(name) = glob.strip_prefix("**/") {
            return (plain(name) && !name.contains('/') && !name.is_empty())
                .then(|| PlainGlob::Name(name.to_owned()));
        }
        plain(glob).then(|| PlainGlob::Path(glob.to_owned()))
    }

    fn matches(&self, path: &str) -> bool {
        match self {
            PlainGlob::Suffix(suffix) => path.ends_with(suffix.as_str()),
            PlainGlob::Name(name) => path
                .strip_suffix(name.as_str())
                .is_some_and(|dir| dir.is_empty() || dir.ends_with('/')),
            PlainGlob::Path(whole) => path == whole,
        }
    }
}

impl GlobSet {
    /// Compiles `globs`; a glob's index in the slice is the one [`GlobSet::matching_into`] gives.
    pub(super) fn build(globs: &[Glob]) -> Result<GlobSet, String> {
        let mut set = GlobSet::default();
        let mut patterns = Vec::new();
        for (index, glob) in globs.iter().enumerate() {
            match PlainGlob::of(glob.glob()) {
                Some(plain) => set.plain.push((index, plain)),
                None => {
                    patterns.push(glob.regex());
                    set.regex_globs.push(index);
                }
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
        self.plain.iter().any(|(_, plain)| plain.matches(path))
            || self.regex.as_ref().is_some_and(|regex| regex.is_match(anchored(path)))
    }

    /// The indexes of the globs that match `path`, in ascending order.
    pub(super) fn matching_into(&self, path: &str, into: &mut Vec<usize>) {
        into.clear();
        into.extend(self.plain.iter().filter(|(_, plain)| plain.matches(path)).map(|(i, _)| *i));
        if let Some(regex) = &self.regex {
            let mut matched = PatternSet::new(regex.pattern_len());
            regex.which_overlapping_matches(&anchored(path), &mut matched);
            into.extend(matched.iter().map(|pattern| self.regex_globs[pattern.as_usize()]));
        }
        into.sort_unstable();
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
        let globs = ["**/*.po", "**/Cargo.lock", "docs/a.md", "**/x/*.conf", "**/*.{yml,yaml}"];
        let ours = set(&globs);
        assert_eq!(ours.plain.len(), 3);
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
        ];
        let mut matched = Vec::new();
        for path in paths {
            ours.matching_into(path, &mut matched);
            assert_eq!(matched, reference.matches(path), "{path}");
            assert_eq!(ours.is_match(path), reference.is_match(path), "{path}");
        }
    }
}
