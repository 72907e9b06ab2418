//! Path globs in `.gitignore` conventions, compiled into glob sets now or on first use.

use std::sync::OnceLock;

use globset::{Glob, GlobBuilder};

use super::glob_set::GlobSet;

/// Path globs (`exclude` in the configuration, `paths` in the mode file and allowlists, a rule's
/// `paths`), matched against paths relative to the scan root.
///
/// `*` stays within one directory and `**` crosses directories; a pattern without `/` matches at
/// any depth, a trailing `/` names a directory, and a leading `/` anchors at the root, as in
/// `.gitignore`.
#[derive(Debug, Clone, Default)]
pub struct PathGlobs {
    files: Vec<Glob>,
    dirs: Vec<Glob>,
    /// The compiled sets, built the first time a path is matched: a catalog's worth of them
    /// costs start-up time in every scan, while a scan consults only the rules its keywords hit.
    sets: OnceLock<GlobSets>,
    patterns: Vec<String>,
}

#[derive(Debug, Clone, Default)]
struct GlobSets {
    files: GlobSet,
    dirs: GlobSet,
}

impl GlobSets {
    fn build(files: &[Glob], dirs: &[Glob]) -> Result<GlobSets, String> {
        Ok(GlobSets { files: GlobSet::build(files)?, dirs: GlobSet::build(dirs)? })
    }
}

/// A path as the globs match it (relative to the scan root, `/`-separated).
pub struct PreparedPath<'a>(&'a str);

impl<'a> PreparedPath<'a> {
    /// Prepares `path` (relative to the scan root, `/`-separated).
    pub fn new(path: &'a str) -> Self {
        PreparedPath(path)
    }
}

impl PathGlobs {
    /// Whether the file at `path` matches.
    pub fn matches(&self, path: &str) -> bool {
        self.sets().files.is_match(path)
    }

    /// Whether the file at a prepared path matches.
    pub fn matches_prepared(&self, path: &PreparedPath<'_>) -> bool {
        self.sets().files.is_match(path.0)
    }

    /// The indexes (in the order they were added) of the patterns a prepared path matches.
    pub fn matching_into(&self, path: &PreparedPath<'_>, into: &mut Vec<usize>) {
        self.sets().files.matching_into(path.0, into);
    }

    /// Whether everything under directory `path` matches, so a walk that skips matches need not
    /// enter it.
    pub fn covers_dir(&self, path: &str) -> bool {
        self.sets().dirs.is_match(path)
    }

    /// The patterns as written.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Compiles the sets now if they are not yet, reporting what stops them.
    pub fn compile(&self) -> Result<(), String> {
        if self.sets.get().is_none() {
            let sets = GlobSets::build(&self.files, &self.dirs)?;
            let _ = self.sets.set(sets);
        }
        Ok(())
    }

    fn sets(&self) -> &GlobSets {
        // A set that fails to compile matches nothing. Every glob was parsed when it was added,
        // and sets built by `build` or checked by `compile` (the catalog's, in `rules test`)
        // have compiled once already, so this is only a guard.
        self.sets.get_or_init(|| GlobSets::build(&self.files, &self.dirs).unwrap_or_default())
    }
}

/// Collects patterns for a [`PathGlobs`].
#[derive(Debug, Default)]
pub struct PathGlobsBuilder {
    files: Vec<Glob>,
    dirs: Vec<Glob>,
    patterns: Vec<String>,
}

impl PathGlobsBuilder {
    /// Adds one `.gitignore`-style glob.
    pub fn add(&mut self, pattern: &str) -> Result<(), globset::Error> {
        let anchored = pattern.starts_with('/');
        let body = pattern.trim_start_matches('/');
        let dir_only = body.ends_with('/');
        let body = body.trim_end_matches('/');
        let rooted =
            if anchored || body.contains('/') { body.to_owned() } else { format!("**/{body}") };
        if dir_only {
            self.dirs.push(glob(&rooted)?);
            self.files.push(glob(&format!("{rooted}/**"))?);
        } else {
            self.files.push(glob(&rooted)?);
            if let Some(dir) = rooted.strip_suffix("/**") {
                self.dirs.push(glob(dir)?);
            }
        }
        self.patterns.push(pattern.to_owned());
        Ok(())
    }

    /// The finished filter, compiled now.
    pub fn build(self) -> Result<PathGlobs, String> {
        let globs = self.build_lazily();
        globs.compile()?;
        Ok(globs)
    }

    /// The finished filter, compiled when it is first matched (see [`PathGlobs::compile`]).
    pub fn build_lazily(self) -> PathGlobs {
        PathGlobs {
            files: self.files,
            dirs: self.dirs,
            sets: OnceLock::new(),
            patterns: self.patterns,
        }
    }
}

fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    GlobBuilder::new(pattern).literal_separator(true).backslash_escape(true).build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(patterns: &[&str]) -> PathGlobs {
        let mut builder = PathGlobsBuilder::default();
        for pattern in patterns {
            builder.add(pattern).unwrap();
        }
        builder.build().unwrap()
    }

    #[test]
    fn globs_follow_gitignore_conventions() {
        let f = filter(&["fixtures/**", "*.pem", "/top.txt", "build/"]);
        assert!(f.matches("fixtures/a/b.env"));
        assert!(f.covers_dir("fixtures"));
        assert!(f.matches("deep/dir/key.pem"));
        assert!(f.matches("top.txt"));
        assert!(!f.matches("sub/top.txt"));
        assert!(f.covers_dir("build") && f.covers_dir("x/build"));
        assert!(f.matches("build/out.js"));
        assert!(!f.matches("src/main.rs"));
    }

    #[test]
    fn single_star_stays_in_one_directory() {
        let f = filter(&["docs/*.md"]);
        assert!(f.matches("docs/a.md"));
        assert!(!f.matches("docs/sub/a.md"));
        assert!(!f.covers_dir("docs"));
    }

    #[test]
    fn lazily_built_globs_compile_on_first_match() {
        let mut builder = PathGlobsBuilder::default();
        for pattern in ["riemann/**/*.clj", "locales/", "*.po"] {
            builder.add(pattern).unwrap();
        }
        let lazy = builder.build_lazily();
        assert!(lazy.sets.get().is_none());
        assert!(lazy.matches("riemann/streams/main.clj") && !lazy.matches("etc/riemann/main.clj"));
        assert!(lazy.matches("app/locales/fr/messages.json") && lazy.covers_dir("app/locales"));
        assert!(lazy.matches("po/de.po") && !lazy.matches("riemann/main.config"));
        assert!(lazy.compile().is_ok());
    }
}
