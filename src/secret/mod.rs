//! The secret detector: rules as data, a keyword prefilter, windowed regexes, offline checks.

mod checksum;
mod engine;
mod entropy;
mod evidence;
mod placeholder;
mod rule;

pub use checksum::{ChecksumKind, base62_crc32};
pub use engine::{Scratch, SecretEngine};
pub use entropy::shannon_entropy;
pub use placeholder::is_placeholder;
pub use rule::{
    Example, Keyword, Matcher, QUOTE_GROUP, RawExample, RawSecretRule, RuleFile, RuleOrigin,
    SECRET_GROUP, SecretRule, Window,
};
