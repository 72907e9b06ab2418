//! Offline structural checks of tokens: no network, just the format's own redundancy.

use serde::Deserialize;

use crate::finding::Checksum;

/// Which offline check a rule's tokens carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChecksumKind {
    /// GitHub's and npm's format: `<prefix>_` + 30 random base62 characters + the CRC32 of
    /// those 30 characters in 6 base62 digits (`0-9A-Za-z`, most significant first, `0`-padded).
    Crc32Base62,
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const CRC_DIGITS: usize = 6;
const CRC_BODY_LEN: usize = 30;

impl ChecksumKind {
    /// The name used in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            ChecksumKind::Crc32Base62 => "crc32-base62",
        }
    }

    /// Checks `token` (the whole secret, prefix included).
    pub fn verify(self, token: &[u8]) -> Checksum {
        match self {
            ChecksumKind::Crc32Base62 => verify_crc32_base62(token),
        }
    }
}

fn verify_crc32_base62(token: &[u8]) -> Checksum {
    let Some(underscore) = token.iter().rposition(|&b| b == b'_') else {
        return Checksum::Invalid;
    };
    let tail = &token[underscore + 1..];
    if tail.len() != CRC_BODY_LEN + CRC_DIGITS {
        return Checksum::Invalid;
    }
    let (body, digits) = tail.split_at(CRC_BODY_LEN);
    if base62_crc32(body).as_bytes() == digits { Checksum::Valid } else { Checksum::Invalid }
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
        assert_eq!(ChecksumKind::Crc32Base62.verify(token.as_bytes()), Checksum::Valid);
    }

    #[test]
    fn empty_body_pads_with_zeros() {
        assert_eq!(base62_crc32(b""), "000000");
    }

    #[test]
    fn wrong_length_or_no_prefix_is_invalid() {
        assert_eq!(ChecksumKind::Crc32Base62.verify(b"ghp_short"), Checksum::Invalid);
        assert_eq!(ChecksumKind::Crc32Base62.verify(PUBLISHED_BODY.as_bytes()), Checksum::Invalid);
    }

    proptest! {
        #[test]
        fn any_single_change_to_the_body_breaks_it(body in "[A-Za-z0-9]{30}", at in 0usize..30) {
            let token = format!("npm_{body}{}", base62_crc32(body.as_bytes()));
            prop_assert_eq!(ChecksumKind::Crc32Base62.verify(token.as_bytes()), Checksum::Valid);
            let mut changed = token.into_bytes();
            changed[4 + at] = if changed[4 + at] == b'a' { b'b' } else { b'a' };
            prop_assert_eq!(ChecksumKind::Crc32Base62.verify(&changed), Checksum::Invalid);
        }
    }
}
