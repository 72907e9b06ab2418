//! What the writer says about a value in the rest of its line or in a comment right above it:
//! that it is public, or a hash of something else; or a block's flag above it that says its
//! password is stored hashed. A generic rule only guesses that a value is a secret; the writer knows.

use std::ops::Range;
use std::sync::OnceLock;

use regex_automata::meta::Regex;

use super::extract::{line_end, line_start};

/// How far after the value a remark may start: a trailing comment or a dash and a few words.
const REACH: usize = 60;

/// A remark that says the value is not a secret: public by design, publishable, safe to commit,
/// or a digest of something else ("MD5 of the station MAC", "sha256 of the firmware"). An
/// UnrealIRCd authentication type after a password (`password "…" { spkifp; }`) says the same in
/// the file's own syntax: the value is a key or certificate fingerprint, or a hash.
fn not_a_secret() -> &'static Regex {
    static REMARK: OnceLock<Regex> = OnceLock::new();
    REMARK.get_or_init(|| {
        Regex::new(r"(?i-u)\b(?:(?:is|are)[ \t]+(?:meant[ \t]+to[ \t]+be[ \t]+)?public\b|public[ \t]+by[ \t]+design|publishable\b|safe[ \t]+to[ \t]+(?:commit|share|publish|expose)|not[ \t]+(?:a[ \t]+)?secret\b|(?:md5|sha-?1|sha-?256|sha-?512|hash|digest|checksum)[ \t]+of[ \t])|^[\x22\x27]?[ \t]*\{[ \t]*(?:spkifp|certfp|sslclientcertfp|tlsclientcertfp|sslclientcert|tlsclientcert|crypt|md5|sha1|ripemd160|bcrypt|argon2)[ \t]*;")
            .expect("the remark pattern compiles")
    })
}

/// How much of a comment line above the value is read.
const COMMENT_ABOVE: usize = 200;

/// Whether the writer says that the value at `value` in `bytes` is public or a hash of
/// something else: in the rest of its line, or in a comment line right above it
/// (`// sha256 of the admin password, not the password itself`).
pub(super) fn remark_says_not_secret(bytes: &[u8], value: Range<usize>) -> bool {
    remark_after(bytes, value.end)
        || comment_above(bytes, value.start)
        || hashed_flag_above(bytes, value.start)
}

/// The rest of the line after the value, when its first word starts near the value (a long
/// line's far end speaks of something else).
fn remark_after(bytes: &[u8], end: usize) -> bool {
    let rest = &bytes[end..line_end(bytes, end)];
    let first_word = rest.iter().position(|b| b.is_ascii_alphabetic()).unwrap_or(rest.len());
    first_word <= REACH && not_a_secret().is_match(&rest[..rest.len().min(first_word + REACH)])
}

/// The line above the value's, when it is a comment and nothing else.
fn comment_above(bytes: &[u8], start: usize) -> bool {
    let this_line = line_start(bytes, start);
    if this_line == 0 {
        return false;
    }
    let above = &bytes[line_start(bytes, this_line - 1)..this_line - 1];
    let text = above.trim_ascii_start();
    let comment = [&b"//"[..], b"#", b";", b"/*", b"--", b"<!--", b"*"]
        .iter()
        .any(|marker| text.starts_with(marker));
    comment && not_a_secret().is_match(&text[..text.len().min(COMMENT_ABOVE)])
}

/// How many lines above the value a block's `hashed` flag may stand.
const FLAG_REACH: usize = 4;

/// A flag saying that the block's password is stored hashed (`hashed True` in an IRC bot's
/// users.conf, `hashed: true`, `password_hashed = yes`).
fn hashed_flag() -> &'static Regex {
    static FLAG: OnceLock<Regex> = OnceLock::new();
    FLAG.get_or_init(|| {
        Regex::new(r"(?i-u)^[ \t]*[\x22\x27]?(?:pass(?:word)?[_.-]?)?(?:is[_.-]?)?hashed[\x22\x27]?[ \t]*[:=]?[ \t]*(?:true|yes|on|1)[ \t,;]*\r?$")
            .expect("the hashed-flag pattern compiles")
    })
}

/// Whether one of the few lines above the value's is the block's flag that its password is
/// stored hashed: the value is then the digest, not the password.
fn hashed_flag_above(bytes: &[u8], start: usize) -> bool {
    let mut line = line_start(bytes, start);
    for _ in 0..FLAG_REACH {
        if line == 0 {
            return false;
        }
        let above = line_start(bytes, line - 1);
        if hashed_flag().is_match(&bytes[above..line - 1]) {
            return true;
        }
        line = above;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn says(line: &str, value: &str) -> bool {
        let start = line.find(value).unwrap();
        remark_says_not_secret(line.as_bytes(), start..start + value.len())
    }

    #[test]
    fn a_value_declared_public_or_a_hash_is_not_a_secret() {
        assert!(says("AC6ff0aa2b5ba1 — this one is public by design", "AC6ff0aa2b5ba1"));
        assert!(says("passkey: 1DD1BC904   # MD5 of the station MAC", "1DD1BC904"));
        assert!(says("site_key = 'x4AAAA' // publishable, safe to commit", "x4AAAA"));
        assert!(says("token: abc123XYZ  # not a secret, the demo tenant's", "abc123XYZ"));
        let above = "// sha256 of the admin password, not the password itself\n$cfg['admin_password'] = 'Zqaxaa';";
        assert!(says(above, "Zqaxaa"));
        assert!(says("\tpassword \"Qk7vXw2LmR9tZp4NcB6h=\" { spkifp; }", "Qk7vXw2LmR9tZp4NcB6h="));
        assert!(says("\tpassword \"f3a1c0de9b\" { certfp; }", "f3a1c0de9b"));
        let flagged = "user 1\n  name ops\n  hashed True\n  password 5e2b9c0d7a1f\n";
        assert!(says(flagged, "5e2b9c0d7a1f"));
        assert!(says("\"hashed\": true,\n\"password\": \"x9Qw2Lz7\"", "x9Qw2Lz7"));
    }

    #[test]
    fn other_remarks_keep_the_value() {
        assert!(!says("password: Fr0st!bite  # rotate every quarter", "Fr0st!bite"));
        assert!(!says("key: Zq81aa  # from the vault export, public repo forbidden", "Zq81aa"));
        assert!(!says("api_key=Zq81aa\npublic by design", "Zq81aa"));
        assert!(!says("\tpassword \"Hv7nQx2wKt9m\"; # { spkifp; } next time", "Hv7nQx2wKt9m"));
        let far = format!("secret: Zq81aa {} is public", "x".repeat(80));
        assert!(!says(&far, "Zq81aa"));
        assert!(!says("  hashed False\n  password 5e2b9c0d7a1f\n", "5e2b9c0d7a1f"));
        let far_flag = "hashed True\na\nb\nc\nd\npassword 5e2b9c0d7a1f";
        assert!(!says(far_flag, "5e2b9c0d7a1f"));
        // prose above the value is not a comment of the code's
        assert!(!says("The key is public by design.\nsecret: Zq81aa", "Zq81aa"));
    }
}
