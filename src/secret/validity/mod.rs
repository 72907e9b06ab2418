//! Offline validity checks: a token's own redundancy (a CRC, a bech32 checksum, a decodable
//! structure) tells a real token from a lookalike, a typo or a truncated copy, with no network.

mod base58;
mod bech32;
mod crc;
mod jwt;
mod keys;
mod macaroon;
mod nkey;
mod structured;

use base64::Engine as _;
use serde::Deserialize;

use crate::finding::{Checksum, SecretDetails};

pub use crc::base62_crc32;

/// Which offline check a rule's tokens carry (`checksum = "…"` in a rule file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChecksumKind {
    /// GitHub's and npm's format: `<prefix>_` + 30 random base62 characters + the CRC32 of
    /// those 30 characters in 6 base62 digits (`0-9A-Za-z`, most significant first, `0`-padded).
    Crc32Base62,
    /// A bech32 string (BIP 173) whose checksum verifies, such as an age secret key.
    Bech32,
    /// A PyPI token: `pypi-` + a base64url macaroon (version 2) that parses to the end.
    PypiMacaroon,
    /// A JSON Web Token whose header and payload decode to JSON objects; `exp` is reported.
    Jwt,
    /// A base64 value that decodes to exactly 64 bytes (Azure storage account keys).
    Base64Key64,
    /// A PEM private key whose body decodes to one DER structure (or is an encrypted PEM body).
    PemPrivateKey,
    /// An OpenSSH private key whose body starts `openssh-key-v1`; the cipher tells if encrypted.
    OpensshPrivateKey,
    /// Base64 of a whole PEM or OpenSSH private key file (`LS0tLS1CRUdJTi…`), which must pass
    /// the PEM or OpenSSH check once decoded.
    Base64PemPrivateKey,
    /// A PEM body on one line: base64 of exactly one DER SEQUENCE (PKCS#1, PKCS#8, SEC1 keys).
    DerPrivateKey,
    /// HTTP basic credentials: base64 of `user:password`, both parts printable and non-empty.
    BasicAuth,
    /// A BitLocker recovery password: eight blocks of six digits, each a multiple of 11 whose
    /// quotient fits in 16 bits (every block encodes two bytes of the 128-bit key).
    BitlockerRecovery,
    /// A Neptune API token: base64 of a JSON object with `api_address` and `api_key` (not the
    /// public anonymous token's).
    NeptuneApiToken,
    /// A Cloudflare Tunnel token: base64 of a JSON object with the account tag `a`, the tunnel
    /// UUID `t` and the tunnel secret `s`.
    CloudflareTunnelToken,
    /// An Incus or LXD trust token: base64 of a JSON object with the client's (or cluster
    /// member's) name, the server's certificate fingerprint, its addresses and the join secret.
    IncusTrustToken,
    /// A Discord bot token whose first part is base64 of the bot's user ID: 17–20 digits, a
    /// snowflake that fits in 64 bits.
    DiscordBotToken,
    /// A BIP 32 extended private key (`xprv…`, `tprv…`, `zprv…`): Base58Check of 78 bytes whose
    /// double-SHA-256 checksum verifies and whose version bytes name a private key.
    Bip32PrivateKey,
    /// A NATS nkey seed (`SU…`, `SA…`, `SO…`): base32 of its prefix, a 32-byte Ed25519 seed and
    /// a CRC-16/XMODEM of both.
    NkeySeed,
    /// Base64 of gzip data (`H4sI…`): the value decodes to bytes that open with the gzip magic
    /// and the deflate method (`1f 8b 08`), as a k0s join token does.
    Base64Gzip,
    /// An EdgeVPN network token (Kairos `p2p.network_token`): base64 of the YAML configuration
    /// `edgevpn -g` writes, which opens with `otp:` and holds the DHT and crypto keys.
    EdgevpnToken,
}

/// The outcome of a check, and what it learned about the token.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdict {
    /// Whether the check passed.
    pub checksum: Option<Checksum>,
    /// What decoding revealed (expiry, encryption).
    pub details: SecretDetails,
}

impl Verdict {
    fn valid() -> Verdict {
        Verdict { checksum: Some(Checksum::Valid), details: SecretDetails::default() }
    }

    fn invalid() -> Verdict {
        Verdict { checksum: Some(Checksum::Invalid), details: SecretDetails::default() }
    }

    fn of(valid: bool) -> Verdict {
        if valid { Verdict::valid() } else { Verdict::invalid() }
    }
}

impl ChecksumKind {
    /// The name used in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            ChecksumKind::Crc32Base62 => "crc32-base62",
            ChecksumKind::Bech32 => "bech32",
            ChecksumKind::PypiMacaroon => "pypi-macaroon",
            ChecksumKind::Jwt => "jwt",
            ChecksumKind::Base64Key64 => "base64-key64",
            ChecksumKind::PemPrivateKey => "pem-private-key",
            ChecksumKind::OpensshPrivateKey => "openssh-private-key",
            ChecksumKind::Base64PemPrivateKey => "base64-pem-private-key",
            ChecksumKind::DerPrivateKey => "der-private-key",
            ChecksumKind::BasicAuth => "basic-auth",
            ChecksumKind::BitlockerRecovery => "bitlocker-recovery",
            ChecksumKind::NeptuneApiToken => "neptune-api-token",
            ChecksumKind::CloudflareTunnelToken => "cloudflare-tunnel-token",
            ChecksumKind::IncusTrustToken => "incus-trust-token",
            ChecksumKind::DiscordBotToken => "discord-bot-token",
            ChecksumKind::Bip32PrivateKey => "bip32-private-key",
            ChecksumKind::NkeySeed => "nkey-seed",
            ChecksumKind::Base64Gzip => "base64-gzip",
            ChecksumKind::EdgevpnToken => "edgevpn-token",
        }
    }

    /// Checks `token` (the whole secret as matched).
    pub fn verify(self, token: &[u8]) -> Verdict {
        match self {
            ChecksumKind::Crc32Base62 => Verdict::of(crc::verify(token)),
            ChecksumKind::Bech32 => Verdict::of(bech32::verify(token)),
            ChecksumKind::PypiMacaroon => Verdict::of(macaroon::verify_pypi(token)),
            ChecksumKind::Jwt => jwt::verify(token),
            ChecksumKind::Base64Key64 => {
                Verdict::of(decode_base64(token).is_some_and(|key| key.len() == 64))
            }
            ChecksumKind::PemPrivateKey => keys::verify_pem(token),
            ChecksumKind::OpensshPrivateKey => keys::verify_openssh(token),
            ChecksumKind::Base64PemPrivateKey => keys::verify_base64_pem(token),
            ChecksumKind::DerPrivateKey => keys::verify_der(token),
            ChecksumKind::BasicAuth => {
                Verdict::of(decode_base64(token).is_some_and(|pair| is_basic_credentials(&pair)))
            }
            ChecksumKind::BitlockerRecovery => Verdict::of(is_bitlocker_recovery(token)),
            ChecksumKind::NeptuneApiToken => Verdict::of(structured::is_neptune_api_token(token)),
            ChecksumKind::CloudflareTunnelToken => {
                Verdict::of(structured::is_cloudflare_tunnel_token(token))
            }
            ChecksumKind::IncusTrustToken => Verdict::of(structured::is_incus_trust_token(token)),
            ChecksumKind::DiscordBotToken => Verdict::of(structured::is_discord_bot_token(token)),
            ChecksumKind::Bip32PrivateKey => Verdict::of(base58::is_extended_private_key(token)),
            ChecksumKind::NkeySeed => Verdict::of(nkey::verify_seed(token)),
            ChecksumKind::Base64Gzip => Verdict::of(structured::is_base64_gzip(token)),
            ChecksumKind::EdgevpnToken => Verdict::of(structured::is_edgevpn_token(token)),
        }
    }
}

/// `user:password` with both parts non-empty and printable ASCII or UTF-8 text, and a password
/// that is not a placeholder or a shipped default (`user:changeme`).
fn is_basic_credentials(pair: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(pair) else { return false };
    match text.split_once(':') {
        Some((user, password)) => {
            !user.is_empty()
                && !password.is_empty()
                && !text.chars().any(char::is_control)
                && !crate::secret::placeholder::is_placeholder(password.as_bytes())
                && !crate::secret::default_passwords::is_well_known_default(
                    password.as_bytes(),
                    &[],
                )
        }
        None => false,
    }
}

/// `123456-…` in eight blocks, each block a multiple of 11 below 11 × 65536.
fn is_bitlocker_recovery(token: &[u8]) -> bool {
    let blocks: Vec<&[u8]> = token.split(|&b| b == b'-').collect();
    blocks.len() == 8
        && blocks.iter().all(|block| {
            block.len() == 6
                && block.iter().all(u8::is_ascii_digit)
                && std::str::from_utf8(block)
                    .ok()
                    .and_then(|digits| digits.parse::<u32>().ok())
                    .is_some_and(|value| value % 11 == 0 && value / 11 < 65_536)
        })
}

/// Decodes standard or URL-safe base64, padded or not, ignoring whitespace (PEM bodies wrap) and
/// stray bits in the last character (they carry no data).
pub(crate) fn decode_base64(text: &[u8]) -> Option<Vec<u8>> {
    use base64::alphabet::{STANDARD, URL_SAFE};
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    let compact: Vec<u8> = text.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
    let url_safe = compact.iter().any(|&b| b == b'-' || b == b'_');
    let config = GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent);
    let engine = GeneralPurpose::new(if url_safe { &URL_SAFE } else { &STANDARD }, config);
    engine.decode(&compact).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_in_every_dialect() {
        assert_eq!(decode_base64(b"aGVsbG8="), Some(b"hello".to_vec()));
        assert_eq!(decode_base64(b"aGVsbG8"), Some(b"hello".to_vec()));
        assert_eq!(decode_base64(b"aGVs\n bG8="), Some(b"hello".to_vec()));
        assert_eq!(decode_base64(b"-_-_"), Some(vec![0xfb, 0xff, 0xbf]));
        assert_eq!(decode_base64(b"not base64!"), None);
    }

    #[test]
    fn bitlocker_recovery_blocks() {
        let check = |text: &str| ChecksumKind::BitlockerRecovery.verify(text.as_bytes()).checksum;
        // nhiscan:ignore[secret/bitlocker-recovery-key] synthetic test value
        let valid = "038478-524854-170500-007579-619564-218262-451308-000000";
        assert_eq!(check(valid), Some(Checksum::Valid));
        // 038479 is not a multiple of 11; 720896 = 11 × 65536 is one past the largest block.
        assert_eq!(check(&valid.replace("038478", "038479")), Some(Checksum::Invalid));
        assert_eq!(check(&valid.replace("000000", "720896")), Some(Checksum::Invalid));
        assert_eq!(check("038478-524854"), Some(Checksum::Invalid));
    }

    #[test]
    fn basic_credentials() {
        use base64::engine::general_purpose::STANDARD;
        let check =
            |text: &str| ChecksumKind::BasicAuth.verify(STANDARD.encode(text).as_bytes()).checksum;
        assert_eq!(check("deploy:s3cr3t-Pass"), Some(Checksum::Valid));
        assert_eq!(check("deploy:"), Some(Checksum::Invalid));
        assert_eq!(check("user:changeme"), Some(Checksum::Invalid));
        assert_eq!(check("no colon here"), Some(Checksum::Invalid));
        assert_eq!(ChecksumKind::BasicAuth.verify(&[0xff, 0xfe]).checksum, Some(Checksum::Invalid));
    }

    #[test]
    fn azure_style_keys_decode_to_64_bytes() {
        use base64::engine::general_purpose::STANDARD;
        let key = STANDARD.encode([7u8; 64]);
        assert_eq!(
            ChecksumKind::Base64Key64.verify(key.as_bytes()).checksum,
            Some(Checksum::Valid)
        );
        let short = STANDARD.encode([7u8; 63]);
        assert_eq!(
            ChecksumKind::Base64Key64.verify(short.as_bytes()).checksum,
            Some(Checksum::Invalid)
        );
    }
}
