//! GitHub's and npm's token checksum: a CRC32 of the random part, in base62.

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const CRC_DIGITS: usize = 6;
const CRC_BODY_LEN: usize = 30;

/// Whether the last six characters are the base62 CRC32 of the thirty before them, after the
/// prefix's `_`.
pub(super) fn verify(token: &[u8]) -> bool {
    let Some(underscore) = token.iter().rposition(|&b| b == b'_') else { return false };
    let tail = &token[underscore + 1..];
    if tail.len() != CRC_BODY_LEN + CRC_DIGITS {
        return false;
    }
    let (body, digits) = tail.split_at(CRC_BODY_LEN);
    base62_crc32(body).as_bytes() == digits
}

/// The CRC32 (ISO-HDLC) of `body` in six base62 digits.
pub fn base62_crc32(body: &[u8]) -> String {
    let mut value = crc32fast::hash(body);
    let mut digits = [b'0'; CRC_DIGITS];
    for digit in digits.iter_mut().rev() {
        *digit = BASE62[(value % 62) as usize];
        value /= 62;
    }
    digits.iter().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// An expired token GitHub users published to document the format (body and checksum kept
    /// apart so the literal token never sits in this repository).
    const PUBLISHED_BODY: &str = "zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ";
    const PUBLISHED_CRC: &str = "0mLq17";

    #[test]
    fn matches_the_published_vector() {
        assert_eq!(base62_crc32(PUBLISHED_BODY.as_bytes()), PUBLISHED_CRC);
        let token = format!("ghp_{PUBLISHED_BODY}{PUBLISHED_CRC}");
        assert!(verify(token.as_bytes()));
    }

    #[test]
    fn empty_body_pads_with_zeros() {
        assert_eq!(base62_crc32(b""), "000000");
    }

    #[test]
    fn wrong_length_or_no_prefix_is_invalid() {
        assert!(!verify(b"ghp_short"));
        assert!(!verify(PUBLISHED_BODY.as_bytes()));
    }

    proptest! {
        #[test]
        fn any_single_change_to_the_body_breaks_it(body in "[A-Za-z0-9]{30}", at in 0usize..30) {
            let token = format!("npm_{body}{}", base62_crc32(body.as_bytes()));
            prop_assert!(verify(token.as_bytes()));
            let mut changed = token.into_bytes();
            changed[4 + at] = if changed[4 + at] == b'a' { b'b' } else { b'a' };
            prop_assert!(!verify(&changed));
        }
    }
}
