//! Tokens of a fixed documented length cut short: the start of a GitHub or npm token copied from a
//! screenshot, a log that keeps a token's first characters. Such a value cannot be used, and the
//! provider's own rule, which knows the length, does not take it; a generic rule reading the
//! sentence around it would otherwise report it.

/// A token format whose body after the prefix has one documented length and alphabet.
struct FixedToken {
    prefix: &'static [u8],
    body_length: usize,
    alphabet: fn(u8) -> bool,
}

/// Letters and digits.
fn base62(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// RFC 4648 base32: capitals and the digits 2 to 7.
fn base32_upper(b: u8) -> bool {
    b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)
}

/// Lower-case hexadecimal digits.
fn lower_hex(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(&b)
}

/// The formats: GitHub's classic, OAuth, user-to-server, server-to-server and refresh tokens and
/// npm's access tokens (36 base62 characters, the last six a CRC32), AWS access key ids (16
/// base32 characters), Shopify's access tokens (32 hex digits).
const FIXED_TOKENS: &[FixedToken] = &[
    FixedToken { prefix: b"ghp_", body_length: 36, alphabet: base62 },
    FixedToken { prefix: b"gho_", body_length: 36, alphabet: base62 },
    FixedToken { prefix: b"ghu_", body_length: 36, alphabet: base62 },
    FixedToken { prefix: b"ghs_", body_length: 36, alphabet: base62 },
    FixedToken { prefix: b"ghr_", body_length: 36, alphabet: base62 },
    FixedToken { prefix: b"npm_", body_length: 36, alphabet: base62 },
    FixedToken { prefix: b"AKIA", body_length: 16, alphabet: base32_upper },
    FixedToken { prefix: b"ASIA", body_length: 16, alphabet: base32_upper },
    FixedToken { prefix: b"shpat_", body_length: 32, alphabet: lower_hex },
    FixedToken { prefix: b"shpss_", body_length: 32, alphabet: lower_hex },
];

/// Fewer body characters than this are a mention of the prefix ("tokens start with ghp_"), not a
/// token cut short, and are left to the other checks.
const SHORTEST_CUT: usize = 8;

/// Whether `value` is the start of a fixed-length token with the rest cut off: its prefix, then
/// fewer characters of the format's alphabet than the format has (`ghp_ZZE0vRxfckLBXTny`).
pub(super) fn is_cut_short_token(value: &[u8]) -> bool {
    FIXED_TOKENS.iter().any(|format| {
        value.strip_prefix(format.prefix).is_some_and(|body| {
            (SHORTEST_CUT..format.body_length).contains(&body.len())
                && body.iter().all(|&b| (format.alphabet)(b))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_of_a_fixed_length_token_is_cut_short() {
        assert!(is_cut_short_token(b"ghp_ZZE0vRxfckLBXTnyxuf2yL"));
        assert!(is_cut_short_token(b"npm_4kQx9ZrT2mW"));
        assert!(is_cut_short_token(b"AKIAQ7ZT4MWX"));
    }

    #[test]
    fn whole_tokens_and_other_values_are_not() {
        // full length: the provider's rule judges it (and its checksum)
        assert!(!is_cut_short_token(b"ghp_ZZE0vRxfckLBXTnyxuf2yLq7Wm3Tz9KdP4aB"));
        // longer than the format, or outside its alphabet: something else
        assert!(!is_cut_short_token(b"ghp_ZZE0vRxfckLBXTnyxuf2yLq7Wm3Tz9KdP4aBxx"));
        assert!(!is_cut_short_token(b"ghp_ZZE0vR-xfckLBXTny"));
        assert!(!is_cut_short_token(b"AKIAq7zt4mwx"));
        // a bare prefix or a few characters are a mention of the format
        assert!(!is_cut_short_token(b"ghp_abc"));
        assert!(!is_cut_short_token(b"Zr8mQp2Lx7Wv4kT9"));
    }
}
