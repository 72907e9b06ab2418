//! NATS nkey seeds: RFC 4648 base32 (no padding) of two prefix bytes, a 32-byte Ed25519 seed and
//! a CRC-16/XMODEM of the rest, stored little-endian; the first letter is `S`.

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const SEED_LEN: usize = 2 + 32 + 2;

/// Whether `token` is an nkey seed whose checksum verifies.
pub(super) fn verify_seed(token: &[u8]) -> bool {
    let Some(raw) = decode_base32(token) else { return false };
    if raw.len() != SEED_LEN || token.first() != Some(&b'S') {
        return false;
    }
    let (body, checksum) = raw.split_at(SEED_LEN - 2);
    crc16_xmodem(body) == u16::from_le_bytes([checksum[0], checksum[1]])
}

/// Base32 without padding; the bits left over after the last whole byte must be zero.
fn decode_base32(text: &[u8]) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &c in text {
        let value = ALPHABET.iter().position(|&a| a == c)? as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    (buffer == 0).then_some(bytes)
}

/// CRC-16/XMODEM: polynomial 0x1021, initial value 0, no reflection.
fn crc16_xmodem(bytes: &[u8]) -> u16 {
    let mut crc = 0u16;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Base32 of `raw`, for building seeds in tests.
    fn encode_base32(raw: &[u8]) -> String {
        let mut text = String::new();
        let (mut buffer, mut bits) = (0u32, 0u32);
        for &byte in raw {
            buffer = (buffer << 8) | u32::from(byte);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                text.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
            }
        }
        if bits > 0 {
            text.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
        }
        text
    }

    fn seed(kind: u8, key: [u8; 32]) -> String {
        // the seed prefix (18 << 3) carries the key's own prefix (user: 20 << 3) across two bytes
        let mut raw = vec![(18 << 3) | (kind >> 5), (kind & 31) << 3];
        raw.extend_from_slice(&key);
        let crc = crc16_xmodem(&raw);
        raw.extend_from_slice(&crc.to_le_bytes());
        encode_base32(&raw)
    }

    #[test]
    fn crc16_xmodem_check_value() {
        assert_eq!(crc16_xmodem(b"123456789"), 0x31C3);
    }

    #[test]
    fn a_user_seed_verifies_and_a_changed_letter_does_not() {
        let user = seed(20 << 3, [7; 32]);
        assert!(user.starts_with("SU"), "{user}");
        assert_eq!(user.len(), 58);
        assert!(verify_seed(user.as_bytes()));
        let mut changed = user.into_bytes();
        changed[20] = if changed[20] == b'A' { b'B' } else { b'A' };
        assert!(!verify_seed(&changed));
    }
}
