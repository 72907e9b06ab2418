//! Passwords that ship as defaults or fill test data (`admin`, `changeit`, `P@ssw0rd!`): found
//! in a configuration they are what a product came with, not a secret anyone chose.

/// Passwords that ship as defaults or fill test data: with a trivial suffix (`admin123`,
/// `Welcome2024!`) they are still not a secret anyone chose.
const DEFAULT_PASSWORDS: &[&str] = &[
    "pass",
    "mypass",
    "secret",
    "admin",
    "test",
    "testing",
    "demo",
    "user",
    "guest",
    "root",
    "letmein",
    "qwerty",
    "welcome",
    "default",
    "changeit",
    "hello",
    "foobar",
    "example",
    // Icecast ships every password (source, relay, admin) as `hackme`
    "hackme",
    // Oracle's sample schema (scott/tiger, every SQLAlchemy example), Firebird's SYSDBA password
    "tiger",
    "masterkey",
    "abc",
    "foobarbaz",
    // the word itself and the phrases documentation and tests build from it, often spelt with
    // digits for letters (P@ssw0rd, Sup3rS3cr3t, 0ldP@ssW0rd1!)
    "password",
    "mypassword",
    "newpassword",
    "oldpassword",
    "strongpassword",
    "secretpassword",
    "supersecret",
    "supersecretpassword",
    "topsecret",
];

/// How people spell letters with digits and symbols in a password they think strong.
const LEET_LETTERS: &[(u8, u8)] = &[
    (b'@', b'a'),
    (b'4', b'a'),
    (b'0', b'o'),
    (b'$', b's'),
    (b'5', b's'),
    (b'3', b'e'),
    (b'1', b'i'),
    (b'7', b't'),
];

/// Suffixes that keep a default a default: a short count or a year.
const TRIVIAL_SUFFIXES: &[&str] = &["123456", "12345", "1234", "123", "12", "1"];

/// Whether `value` is a well-known default password (the shared list or `extra`, lower-case)
/// with at most a trivial suffix: `1`…`123456` or a year 19xx/20xx, then one of `!@#$.`.
/// Spelt with digits and symbols for letters, and `_`/`-` between words, a default counts only
/// without a number after it (`P@ssw0rd!`, `sup3r_s3cr3t`; `Passw0rd123` and `Admin_123` are
/// what people set); letters that end in the word itself (`iamaverylongp@ssword`,
/// `myaw3s0m3pa$$phr4$3`) describe a password rather than being one.
pub fn is_well_known_default(value: &[u8], extra: &[String]) -> bool {
    let lower = value.to_ascii_lowercase();
    let word = match lower.split_last() {
        Some((b'!' | b'@' | b'#' | b'$' | b'.', rest)) => rest,
        _ => &lower[..],
    };
    let is_known = |word: &[u8]| {
        DEFAULT_PASSWORDS.iter().any(|known| known.as_bytes() == word)
            || extra.iter().any(|known| known.as_bytes() == word)
    };
    let bare = strip_trivial_number(word);
    if is_known(bare) {
        return true;
    }
    let letters: Vec<u8> = bare
        .iter()
        .filter(|&&b| b != b'_' && b != b'-')
        .map(|&b| {
            LEET_LETTERS.iter().find(|(digit, _)| *digit == b).map_or(b, |(_, letter)| *letter)
        })
        .collect();
    let names_itself = letters.iter().all(u8::is_ascii_lowercase)
        && ["password", "passwd", "passphrase"]
            .iter()
            .any(|name| letters.len() >= name.len() + 2 && letters.ends_with(name.as_bytes()));
    names_itself || bare.len() == word.len() && is_known(&letters)
}

/// `word` without a trailing count (`123`) or year (`2024`, `1999`).
fn strip_trivial_number(word: &[u8]) -> &[u8] {
    let year = word.len() >= 4 && {
        let tail = &word[word.len() - 4..];
        (tail.starts_with(b"19") || tail.starts_with(b"20")) && tail.iter().all(u8::is_ascii_digit)
    };
    if year {
        return &word[..word.len() - 4];
    }
    TRIVIAL_SUFFIXES.iter().find_map(|suffix| word.strip_suffix(suffix.as_bytes())).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_defaults_with_trivial_suffixes() {
        let extra = vec!["foobared".to_owned()];
        for value in
            ["admin", "Admin123", "welcome2024!", "changeit", "ROOT#", "foobared1", "test1."]
        {
            assert!(is_well_known_default(value.as_bytes(), &extra), "{value}");
        }
        for value in
            ["admin1x", "Welcome589.", "admin2024!!", "foobared", "secretive", "Kettle2024!"]
        {
            let extra: &[String] = if value == "foobared" { &[] } else { &extra };
            assert!(!is_well_known_default(value.as_bytes(), extra), "{value}");
        }
    }

    #[test]
    fn defaults_spelt_with_digits_and_symbols() {
        for value in ["P@ssw0rd!", "0ldP@ssW0rd1!", "sup3r_s3cr3t", "Pa55w0rd!", "foobar123!"] {
            assert!(is_well_known_default(value.as_bytes(), &[]), "{value}");
        }
        for value in ["iamaverylongp@ssword", "myaw3s0m3pa$$phr4$3", "MySekretPa$$word"] {
            assert!(is_well_known_default(value.as_bytes(), &[]), "{value}");
        }
        // a word with a number of one's own is what people really use
        for value in ["Password82#", "P@ssw0rd82", "Tr0ub4dor&3", "s3cr3t-P4ss", "Passphrase"] {
            assert!(!is_well_known_default(value.as_bytes(), &[]), "{value}");
        }
        // nor is a default spelt differently with a number after it
        for value in ["Passw0rd123", "Admin_123", "Tig3r_1993", "Welcome2020^"] {
            assert!(!is_well_known_default(value.as_bytes(), &[]), "{value}");
        }
    }
}
