//! Shapes of value that many rules drop, written once: a word (`(?&word)` inside an `allow`
//! pattern) and the names code passes where a literal password would go (`allow_shapes`).

use serde::Deserialize;

/// What `(?&word)` stands for in an allow pattern: one word of at most three case runs
/// (`MacDonald`, `HTTPServer`, `CONSTANT`), each lower-case run with a vowel. Random letters
/// switch case more often (`fWjIusoNYxDq`) or have a vowelless run (`Kiosk-ycMKNm`, `VmbMnxxk`).
const WORD: &str = "(?:[A-Z]+|[A-Z]?[a-z]*[aeiouy][a-z]*){1,3}";

/// The name rules write for [`WORD`]: PCRE's syntax for calling a named group, which the regex
/// crate refuses, so it never clashes with a pattern of its own.
const WORD_CALL: &str = "(?&word)";

/// An allow pattern with every `(?&word)` written out.
pub fn expand_words(pattern: &str) -> String {
    pattern.replace(WORD_CALL, WORD)
}

/// A rule's allow patterns: its own, with `(?&word)` written out, then its shapes' lists.
pub fn allow_patterns(written: &[String], shapes: &[AllowShape]) -> Vec<String> {
    let own = written.iter().map(|pattern| expand_words(pattern));
    let shared =
        shapes.iter().flat_map(|shape| shape.patterns()).map(|pattern| pattern.to_string());
    own.chain(shared).collect()
}

/// A named list of allow patterns a rule takes whole (`allow_shapes = ["code-argument"]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AllowShape {
    /// What code passes where a literal password would go when it is not one: a variable,
    /// attribute or dotted path (`self.config.password`, `cfg.db.pass`), a CONSTANT_NAME, a plain
    /// word, or a value that says it is not real (`dummy`, `P@ssw0rd`). Dotted words that read as
    /// a passphrase stay reportable (see the comments on each pattern).
    CodeArgument,
}

impl AllowShape {
    /// The allow patterns (regexes over the secret) this shape stands for.
    pub fn patterns(self) -> &'static [&'static str] {
        match self {
            AllowShape::CodeArgument => CODE_ARGUMENT,
        }
    }
}

const CODE_ARGUMENT: &[&str] = &[
    // a path of one or two dots ends in a name (orchard.wren.glacier60 is a passphrase)
    r"^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)?\.[A-Za-z_$][A-Za-z_$]*$",
    // a longer path needs a capital, digit, `_` or `$` somewhere: four or more plain lower-case
    // words are a passphrase (lilac.pine.moss.otter)
    r"^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*){2,}\.[A-Za-z_$]*[A-Z_$][A-Za-z_$]*$",
    r"^[A-Za-z_$]*[A-Z0-9_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*){2,}\.[A-Za-z_$][A-Za-z_$]*$",
    // two parts, each with at most two trailing digits (db1.pass2)
    r"^[a-z_$][A-Za-z_$]*[0-9]{0,2}\.[A-Za-z_$][A-Za-z_$]*[0-9]{0,2}$",
    r"^[A-Z][A-Za-z_$]*[0-9]{0,2}\.[A-Za-z_$][A-Za-z_$]*$",
    // up to three lower-case words; with a number only up to two (tango.walrus.granite66 is a
    // passphrase)
    r"^[a-z]+(?:[_.-][a-z]+){0,2}$",
    r"^[a-z]+(?:[_.-][a-z]+)?[0-9]{0,2}$",
    r"^[A-Za-z]+$",
    r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
    // says it is not real
    r"(?i)p[a@4][s$5]{2}w(?:[o0]r)?d",
    r"(?i)(?:dummy|fake|mock|sample)",
];

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;

    fn allowed_by(patterns: &[String], value: &str) -> bool {
        patterns.iter().any(|pattern| Regex::new(pattern).unwrap().is_match(value))
    }

    #[test]
    fn a_word_has_few_case_runs_each_with_a_vowel() {
        let pattern = vec![expand_words("^(?&word)(?:-(?&word))?$")];
        for word in ["MacDonald", "HTTPServer", "CONSTANT", "admin", "Kiosk-exit"] {
            assert!(allowed_by(&pattern, word), "{word}");
        }
        for random in ["fWjIusoNYxDq", "Kiosk-ycMKNm", "VmbMnxxk", "Summer22"] {
            assert!(!allowed_by(&pattern, random), "{random}");
        }
    }

    #[test]
    fn a_pattern_without_the_call_is_unchanged() {
        assert_eq!(expand_words(r"^[a-z]{3}(?:x|y)$"), r"^[a-z]{3}(?:x|y)$");
    }

    #[test]
    fn code_arguments_are_names_and_passphrases_are_not() {
        let patterns = allow_patterns(&[], &[AllowShape::CodeArgument]);
        for name in ["self.config.password", "cfg.db.pass", "DB_PASSWORD", "settings.Db.Pass", "x"]
        {
            assert!(allowed_by(&patterns, name), "{name}");
        }
        for secret in [
            "lilac.pine.moss.otter",
            "orchard.wren.glacier60",
            "tango.walrus.granite66",
            "Rn#WaNU5NMi8",
            "Juniper-Vault4471",
        ] {
            assert!(!allowed_by(&patterns, secret), "{secret}");
        }
    }
}
