//! A compiled set of globs: the common shapes (`**/*.ext`, `**/name`, a plain path) looked up
//! as strings, the rest each a small regex found through its literal text (`wild_globs`).
//!
//! globset's own sets build a full DFA for every glob with an extension, which for a catalog's
//! worth of rule globs cost more than the rest of a small scan's start-up; a lazy DFA for every
//! glob cost the large scans 2% more instructions than globset's string tests.

use std::collections::HashMap;

use globset::Glob;

use super::wild_globs::WildGlobs;

/// Globs compiled for matching paths relative to the scan root.
#[derive(Debug, Clone, Default)]
pub(super) struct GlobSet {
    /// The globs of a common shape, looked up by the part of a path they test.
    plain: PlainGlobs,
    /// The other globs.
    wild: WildGlobs,
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
        let mut plain = PlainGlobs::default();
        let mut wild = Vec::new();
        for (index, glob) in globs.iter().enumerate() {
            if !plain.add(index, glob.glob()) {
                wild.push((index, glob));
            }
        }
        Ok(GlobSet { plain, wild: WildGlobs::build(&wild)? })
    }

    /// Whether any glob matches `path`.
    pub(super) fn is_match(&self, path: &str) -> bool {
        let mut any = false;
        self.plain.for_each_match(path, |_| any = true);
        if !any {
            self.wild.for_each_match(path, |_| {
                any = true;
                false
            });
        }
        any
    }

    /// The indexes of the globs that match `path`, in ascending order.
    pub(super) fn matching_into(&self, path: &str, into: &mut Vec<usize>) {
        into.clear();
        self.plain.for_each_match(path, |index| into.push(index));
        self.wild.for_each_match(path, |index| {
            into.push(index);
            true
        });
        into.sort_unstable();
        into.dedup();
    }
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

    proptest::proptest! {
        // Paths built from pieces of the catalog's wildcard globs, so that they often match.
        #[test]
        fn wildcard_globs_match_as_globset_would(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "radicale", "users", "etc", "kafka_jaas.conf", "jaas", ".vault_pass", "tests",
                    "x.test.js", "ls.1", "a", "openvpn", "creds.txt", "k0s", "join-token", ".lproj",
                    "en.lproj", "strings", "apcupsd", "ups.conf", "grub.d", "40_custom",
                ]),
                1..5,
            )
        ) {
            let globs = [
                "**/radicale/**/users", "**/*jaas*.conf", "**/.vault[_-]pass", "**/{test,tests}/**",
                "**/*.test.*", "**/*.[1-9]", "**/openvpn/**/*.txt", "**/k0s/*token*",
                "**/*.lproj/**", "**/apcupsd/**/*.conf", "**/grub.d/*", "*/ups.conf",
            ];
            let ours = set(&globs);
            let mut reference = globset::GlobSetBuilder::new();
            for glob in globs {
                reference.add(build(glob));
            }
            let reference = reference.build().unwrap();
            let path = parts.join("/");
            let mut matched = Vec::new();
            ours.matching_into(&path, &mut matched);
            proptest::prop_assert_eq!(matched, reference.matches(&path), "{}", path);
            proptest::prop_assert_eq!(ours.is_match(&path), reference.is_match(&path));
        }
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
            "**/*jaas*.conf",
            "**/radicale/**/users",
            "**/{test,tests}/**",
            "*/.condarc",
            "**/.vault[_-]pass",
            "**/*.[1-9]",
        ];
        let ours = set(&globs);
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
            "etc/kafka_jaas.conf",
            "kafka_jaas.conf",
            "jaas.conf.bak",
            "radicale/users",
            "srv/radicale/collections/users",
            "radicale-users",
            "tests/a.py",
            "src/tests",
            "x/.condarc",
            ".condarc",
            "a/.vault_pass",
            "a/.vault-pass",
            "man/ls.1",
            "man/ls.10",
        ];
        let mut matched = Vec::new();
        for path in paths {
            ours.matching_into(path, &mut matched);
            assert_eq!(matched, reference.matches(path), "{path}");
            assert_eq!(ours.is_match(path), reference.is_match(path), "{path}");
        }
    }
}
