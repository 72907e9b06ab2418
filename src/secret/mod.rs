//! The secret detector: rules as data, a keyword prefilter, windowed regexes, offline checks.

mod checks;
mod code_comments;
mod cut_tokens;
mod default_passwords;
mod documented_examples;
mod engine;
mod entropy;
mod escaped;
mod evidence;
mod extract;
mod keyword_passes;
mod keyword_table;
mod keywords;
mod overlaps;
mod password_words;
mod path_keywords;
mod pattern;
mod placeholder;
mod remarks;
mod rule;
mod rule_paths;
mod search_caches;
mod shapes;
mod validity;

pub use engine::{Scratch, SecretEngine};
pub use entropy::shannon_entropy;
pub use extract::{Extracted, ExtractorKind, kubernetes_secret_values};
pub use placeholder::is_placeholder;
pub use rule::{
    Example, Keyword, MatchChecks, Matcher, Partner, QUOTE_GROUP, RawExample, RawSecretRule,
    RuleFile, RuleOrigin, RulePath, SECRET_GROUP, SecretRule, Window,
};
pub use validity::{ChecksumKind, Verdict, base62_crc32};
