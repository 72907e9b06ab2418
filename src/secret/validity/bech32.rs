//! Bech32 (BIP 173) checksums, as age secret keys carry.

const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATOR: [u32; 5] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3];
const CHECKSUM_LEN: usize = 6;

/// Whether `text` is a bech32 string (human-readable part, `1`, data) whose checksum verifies.
/// Mixed case is invalid, as the specification says.
pub(super) fn verify(text: &[u8]) -> bool {
    let lower = text.iter().all(|b| !b.is_ascii_uppercase());
    let upper = text.iter().all(|b| !b.is_ascii_lowercase());
    if !(lower || upper) {
        return false;
    }
    let text = text.to_ascii_lowercase();
    let Some(separator) = text.iter().rposition(|&b| b == b'1') else { return false };
    let (hrp, data) = (&text[..separator], &text[separator + 1..]);
    if hrp.is_empty() || data.len() < CHECKSUM_LEN || hrp.iter().any(|b| !(33..=126).contains(b)) {
        return false;
    }
    let Some(values) = data
        .iter()
        .map(|&c| CHARSET.iter().position(|&x| x == c).map(|v| v as u32))
        .collect::<Option<Vec<u32>>>()
    else {
        return false;
    };
    let expanded = hrp
        .iter()
        .map(|&b| u32::from(b) >> 5)
        .chain([0])
        .chain(hrp.iter().map(|&b| u32::from(b) & 31));
    polymod(expanded.chain(values)) == 1
}

fn polymod(values: impl Iterator<Item = u32>) -> u32 {
    let mut checksum = 1u32;
    for value in values {
        let top = checksum >> 25;
        checksum = ((checksum & 0x01ff_ffff) << 5) ^ value;
        for (bit, generator) in GENERATOR.iter().enumerate() {
            if (top >> bit) & 1 == 1 {
                checksum ^= generator;
            }
        }
    }
    checksum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bip173_test_vectors() {
        for valid in [
            "A12UEL5L",
            "a12uel5l",
            "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
            "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
        ] {
            assert!(verify(valid.as_bytes()), "{valid}");
        }
        for invalid in [
            "A12uEL5L",
            "pzry9x0s0muk",
            "1pzry9x0s0muk",
            "x1b4n0q5v",
            "li1dgmt3",
            "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx",
        ] {
            assert!(!verify(invalid.as_bytes()), "{invalid}");
        }
    }
}
