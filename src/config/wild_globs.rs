//! Globs with wildcards inside a name or a path (`**/*jaas*.conf`, `**/radicale/**/users`): each
//! is its own small regex, tried only on paths that hold the longest piece of literal text every
//! path it matches holds (`jaas`, `radicale`). The regexes compile on first use.
//!
//! One regex over a catalog's two hundred such globs made lazy-DFA states of hundreds of NFA
//! states each, and every new directory name made more: 18,000 instructions a path.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind as LiteralMatchKind};
use globset::Glob;
use regex_automata::meta::Regex;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind};

/// Literal pieces shorter than this are in too many paths to be worth a lookup.
const SHORTEST_LITERAL: usize = 3;

/// Wildcard globs, indexed by their literal pieces.
#[derive(Debug, Clone, Default)]
pub(super) struct WildGlobs {
    globs: Vec<WildGlob>,
    /// The globs' literal pieces, one pattern each.
    literals: Option<AhoCorasick>,
    /// Per pattern of `literals`: the globs (positions in `globs`) that need it.
    needing: Vec<Vec<usize>>,
    /// Globs without a literal piece long enough: tried on every path.
    always: Vec<usize>,
}

/// One glob: its index in the set and its regex, compiled on first use.
#[derive(Debug, Clone)]
struct WildGlob {
    index: usize,
    pattern: String,
    regex: OnceLock<Option<Regex>>,
}

impl WildGlob {
    fn is_match(&self, path: &str) -> bool {
        let regex = self.regex.get_or_init(|| compile(&self.pattern).ok());
        regex.as_ref().is_some_and(|regex| regex.is_match(Input::new(path).anchored(Anchored::Yes)))
    }
}

impl WildGlobs {
    /// Indexes `globs`, each with its index in the whole set; fails on a glob whose regex does
    /// not parse.
    pub(super) fn build(globs: &[(usize, &Glob)]) -> Result<WildGlobs, String> {
        let mut set = WildGlobs::default();
        let mut literals: Vec<String> = Vec::new();
        for &(index, glob) in globs {
            let pattern = glob.regex().to_owned();
            syntax::parse_with(&pattern, &syntax_config()).map_err(|error| error.to_string())?;
            let at = set.globs.len();
            set.globs.push(WildGlob { index, pattern, regex: OnceLock::new() });
            match longest_literal(glob.glob()) {
                Some(literal) => match literals.iter().position(|known| *known == literal) {
                    Some(known) => set.needing[known].push(at),
                    None => {
                        literals.push(literal);
                        set.needing.push(vec![at]);
                    }
                },
                None => set.always.push(at),
            }
        }
        if !literals.is_empty() {
            let automaton =
                AhoCorasick::builder().match_kind(LiteralMatchKind::Standard).build(&literals);
            set.literals = Some(automaton.map_err(|error| error.to_string())?);
        }
        Ok(set)
    }

    /// Calls `found` with the index of each glob that matches `path`, in no particular order,
    /// until it returns false.
    pub(super) fn for_each_match(&self, path: &str, mut found: impl FnMut(usize) -> bool) {
        if self.globs.is_empty() {
            return;
        }
        // A glob is either always tried or needs a literal: only the latter repeat (a literal
        // found twice in the path, or globs sharing one).
        let mut needed = Vec::new();
        if let Some(literals) = &self.literals {
            for hit in literals.find_overlapping_iter(path) {
                needed.extend(&self.needing[hit.pattern().as_usize()]);
            }
        }
        needed.sort_unstable();
        needed.dedup();
        for &at in self.always.iter().chain(&needed) {
            let glob = &self.globs[at];
            if glob.is_match(path) && !found(glob.index) {
                return;
            }
        }
    }
}

/// The syntax globset's regexes are written for: paths are bytes, and `*` may cross a newline
/// in a name.
fn syntax_config() -> syntax::Config {
    syntax::Config::new().utf8(false).dot_matches_new_line(true)
}

fn compile(pattern: &str) -> Result<Regex, String> {
    let config = Regex::config().match_kind(MatchKind::All).utf8_empty(false).dfa(false);
    let built = Regex::builder().syntax(syntax_config()).configure(config).build(pattern);
    built.map_err(|error| error.to_string())
}

/// The longest run of literal text in `glob` outside its wildcards, classes, alternations and
/// slashes (`radicale` in `**/radicale/**/users`), if one is long enough.
fn longest_literal(glob: &str) -> Option<String> {
    let mut longest = String::new();
    let mut run = String::new();
    let mut depth = 0usize;
    let mut chars = glob.chars();
    while let Some(c) = chars.next() {
        let literal = match c {
            '\\' => chars.next().filter(|_| depth == 0),
            '{' | '[' => {
                depth += 1;
                None
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                None
            }
            // `**/` matches nothing at the start of a path, and `/**/` one slash: a slash is
            // not always where the glob writes it.
            '*' | '?' | '/' => None,
            other => (depth == 0).then_some(other),
        };
        match literal {
            Some(c) => run.push(c),
            None => {
                if run.len() > longest.len() {
                    longest = std::mem::take(&mut run);
                }
                run.clear();
            }
        }
    }
    if run.len() > longest.len() {
        longest = run;
    }
    (longest.len() >= SHORTEST_LITERAL).then_some(longest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glob_is_found_through_its_longest_literal_piece() {
        assert_eq!(longest_literal("**/radicale/**/users").as_deref(), Some("radicale"));
        assert_eq!(longest_literal("**/*jaas*").as_deref(), Some("jaas"));
        assert_eq!(longest_literal("**/*jaas*.conf").as_deref(), Some(".conf"));
        assert_eq!(longest_literal("**/.vault[_-]password").as_deref(), Some("password"));
        assert_eq!(longest_literal("**/{test,tests}/**"), None);
        assert_eq!(longest_literal("**/*.[1-9]"), None);
        assert_eq!(longest_literal("**/a\\*bc*"), Some("a*bc".to_owned()));
    }
}
