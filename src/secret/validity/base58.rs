//! Base58Check (Bitcoin's encoding with a double-SHA-256 checksum), as BIP 32 extended private
//! keys (`xprv…`) carry.

use sha2::{Digest, Sha256};

const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// The version bytes of BIP 32 extended private keys: mainnet and testnet, and the BIP 49 / 84
/// (`yprv`, `zprv`) and multisig (`Yprv`, `Zprv`) variants wallets write.
const PRIVATE_VERSIONS: [[u8; 4]; 8] = [
    [0x04, 0x88, 0xAD, 0xE4],
    [0x04, 0x35, 0x83, 0x94],
    [0x04, 0x9D, 0x78, 0x78],
    [0x04, 0x4A, 0x4E, 0x28],
    [0x04, 0xB2, 0x43, 0x0C],
    [0x04, 0x5F, 0x18, 0xBC],
    [0x02, 0x95, 0xB0, 0x05],
    [0x02, 0xAA, 0x7A, 0x99],
];

/// Whether `text` is a BIP 32 extended private key: Base58Check of 78 bytes (version, depth,
/// parent fingerprint, child number, chain code, then `0x00` and the 32-byte key) whose
/// checksum verifies and whose version names a private key.
pub(super) fn is_extended_private_key(text: &[u8]) -> bool {
    let Some(payload) = decode_check(text) else { return false };
    payload.len() == 78 && PRIVATE_VERSIONS.iter().any(|v| payload[..4] == *v) && payload[45] == 0
}

/// The payload of a Base58Check string, without its 4-byte checksum; `None` when a character is
/// not Base58 or the checksum does not match.
fn decode_check(text: &[u8]) -> Option<Vec<u8>> {
    let bytes = decode(text)?;
    if bytes.len() < 4 {
        return None;
    }
    let (payload, checksum) = bytes.split_at(bytes.len() - 4);
    let digest = Sha256::digest(Sha256::digest(payload));
    (digest[..4] == *checksum).then(|| payload.to_vec())
}

/// Base58 to bytes: each leading `1` is a zero byte, the rest a big-endian number.
fn decode(text: &[u8]) -> Option<Vec<u8>> {
    let mut number: Vec<u8> = Vec::with_capacity(text.len());
    for &c in text {
        let mut carry = ALPHABET.iter().position(|&a| a == c)? as u32;
        for byte in number.iter_mut().rev() {
            carry += u32::from(*byte) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            number.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = text.iter().take_while(|&&c| c == b'1').count();
    let mut bytes = vec![0u8; zeros];
    bytes.extend(number);
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Base58Check of `payload`, the inverse of `decode_check`.
    fn encode_check(payload: &[u8]) -> String {
        let digest = Sha256::digest(Sha256::digest(payload));
        let bytes: Vec<u8> = payload.iter().chain(&digest[..4]).copied().collect();
        let mut digits: Vec<u8> = Vec::new();
        for &byte in &bytes {
            let mut carry = u32::from(byte);
            for digit in digits.iter_mut().rev() {
                carry += u32::from(*digit) << 8;
                *digit = (carry % 58) as u8;
                carry /= 58;
            }
            while carry > 0 {
                digits.insert(0, (carry % 58) as u8);
                carry /= 58;
            }
        }
        let zeros = bytes.iter().take_while(|&&b| b == 0).count();
        std::iter::repeat_n(b'1', zeros)
            .chain(digits.iter().map(|&d| ALPHABET[d as usize]))
            .map(char::from)
            .collect()
    }

    fn synthetic_key(version: [u8; 4], key_prefix: u8) -> Vec<u8> {
        let mut payload = version.to_vec();
        payload.extend([0u8; 9]); // depth, parent fingerprint, child number
        payload.extend((0..32u8).map(|i| i.wrapping_mul(37).wrapping_add(11))); // chain code
        payload.push(key_prefix);
        payload.extend((0..32u8).map(|i| i.wrapping_mul(53).wrapping_add(7))); // key
        payload
    }

    #[test]
    fn extended_private_keys_verify() {
        let xprv = encode_check(&synthetic_key([0x04, 0x88, 0xAD, 0xE4], 0));
        assert!(xprv.starts_with("xprv") && xprv.len() == 111, "{xprv}");
        assert!(is_extended_private_key(xprv.as_bytes()));
        // one character changed breaks the checksum
        let mut typo = xprv.clone().into_bytes();
        typo[50] = if typo[50] == b'a' { b'b' } else { b'a' };
        assert!(!is_extended_private_key(&typo));
        // a public key (xpub) and a private key without its 0x00 marker are not private keys
        let xpub = encode_check(&synthetic_key([0x04, 0x88, 0xB2, 0x1E], 2));
        assert!(xpub.starts_with("xpub") && !is_extended_private_key(xpub.as_bytes()));
        let unmarked = encode_check(&synthetic_key([0x04, 0x88, 0xAD, 0xE4], 3));
        assert!(!is_extended_private_key(unmarked.as_bytes()));
        assert!(!is_extended_private_key(b"xprv0OIl"));
    }

    #[test]
    fn leading_ones_are_zero_bytes() {
        assert_eq!(decode(b"11"), Some(vec![0, 0]));
        assert_eq!(decode(b"1z"), Some(vec![0, 57]));
    }
}
