//! Tokens that are base64 of a known structure. A Neptune API token, a Cloudflare Tunnel token and
//! an Incus trust token encode a JSON object with fixed field names, an EdgeVPN token a YAML
//! document and a k0s join token gzip data; the first part of a Discord bot token encodes the
//! bot's user ID, a snowflake whose high bits are the time it was created.
//! A lookalike with the right prefix but not the structure (a truncated copy, a made-up value)
//! fails the check.

use serde_json::{Map, Value};

use super::decode_base64;

/// The `api_key` of the token Neptune ships for its public example projects
/// (`neptune.ANONYMOUS_API_TOKEN`): anyone may use it, so it is no one's credential.
// nhiscan:ignore[secret/generic-api-key] Neptune publishes this key for its public example projects
const NEPTUNE_ANONYMOUS_API_KEY: &str = "b706bc8f-76f9-4c2e-939d-4ba036f932e4";

/// A Neptune API token: base64 of `{"api_address": …, "api_url": …, "api_key": …}`.
pub(super) fn is_neptune_api_token(token: &[u8]) -> bool {
    let Some(object) = json_object(token) else { return false };
    text_field(&object, "api_address").is_some()
        && text_field(&object, "api_key").is_some_and(|key| key != NEPTUNE_ANONYMOUS_API_KEY)
}

/// A Cloudflare Tunnel token: base64 of `{"a": account tag, "t": tunnel UUID, "s": secret}`. The
/// account tag is 32 hex characters and the secret base64 of 32 bytes; the check asks less of
/// them (an alphanumeric tag, a secret of 16 characters or more) and all of the field names.
pub(super) fn is_cloudflare_tunnel_token(token: &[u8]) -> bool {
    let Some(object) = json_object(token) else { return false };
    let account = text_field(&object, "a")
        .is_some_and(|tag| tag.len() >= 16 && tag.bytes().all(|b| b.is_ascii_alphanumeric()));
    let tunnel = text_field(&object, "t").is_some_and(is_uuid);
    let secret = text_field(&object, "s").is_some_and(|secret| secret.len() >= 16);
    account && tunnel && secret
}

/// An Incus or LXD trust token: base64 of `{"client_name": …, "fingerprint": …, "addresses": […],
/// "secret": …, "expires_at": …}` (`incus config trust add`), or of the same with `server_name` for
/// a cluster join token. The secret is 32 random bytes in hex; the check asks for a secret of 16
/// characters or more, a fingerprint, a list of addresses and one of the two names.
pub(super) fn is_incus_trust_token(token: &[u8]) -> bool {
    let Some(object) = json_object(token) else { return false };
    let named =
        ["client_name", "server_name"].iter().any(|name| text_field(&object, name).is_some());
    let fingerprint = text_field(&object, "fingerprint").is_some();
    let addresses = object.get("addresses").is_some_and(Value::is_array);
    let secret = text_field(&object, "secret").is_some_and(|secret| secret.len() >= 16);
    named && fingerprint && addresses && secret
}

/// A Discord bot token whose first part decodes to the bot's user ID: 17 to 20 ASCII digits, no
/// leading zero, a snowflake that fits in 64 bits. Its date (the top 42 bits) is not checked: the
/// format does not bound it, and a token generated for a test or a demo with any ID is still
/// one to report.
pub(super) fn is_discord_bot_token(token: &[u8]) -> bool {
    let Some(first) = token.split(|&b| b == b'.').next() else { return false };
    let Some(digits) = decode_base64(first) else { return false };
    let well_formed = (17..=20).contains(&digits.len())
        && digits[0] != b'0'
        && digits.iter().all(u8::is_ascii_digit);
    well_formed && std::str::from_utf8(&digits).is_ok_and(|digits| digits.parse::<u64>().is_ok())
}

/// Base64 of gzip data: the decoded bytes open with the gzip magic `1f 8b` and compression method
/// 8 (deflate), the only one gzip defines. A k0s join token is base64 of a gzipped kubeconfig.
/// (Nothing here inflates the stream: the header is the check.)
pub(super) fn is_base64_gzip(token: &[u8]) -> bool {
    decode_base64(token)
        .is_some_and(|bytes| bytes.len() > 18 && bytes.starts_with(&[0x1f, 0x8b, 0x08]))
}

/// An EdgeVPN network token: base64 of the YAML configuration `edgevpn -g` prints, which opens
/// with the `otp:` section and holds the DHT and crypto keys (`key: …`) in it.
pub(super) fn is_edgevpn_token(token: &[u8]) -> bool {
    let Some(bytes) = decode_base64(token) else { return false };
    let Ok(text) = std::str::from_utf8(&bytes) else { return false };
    text.starts_with("otp:") && text.contains("key:")
}

/// The JSON object a base64 value decodes to.
fn json_object(token: &[u8]) -> Option<Map<String, Value>> {
    match serde_json::from_slice(&decode_base64(token)?).ok()? {
        Value::Object(object) => Some(object),
        _ => None,
    }
}

/// A non-empty string field.
fn text_field<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    object.get(name).and_then(Value::as_str).filter(|text| !text.trim().is_empty())
}

/// `8-4-4-4-12` hexadecimal digits.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};

    use super::*;

    fn encoded(json: &str) -> Vec<u8> {
        STANDARD.encode(json).into_bytes()
    }

    #[test]
    fn neptune_tokens_decode_to_their_fields() {
        let token = |key: &str| {
            encoded(&format!(
                r#"{{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"{key}"}}"#
            ))
        };
        assert!(is_neptune_api_token(&token("5f0c9a2e-81d4-4b7a-9c3e-2a6d8f1b4e70")));
        // The public anonymous token, and a token without its key.
        assert!(!is_neptune_api_token(&token(NEPTUNE_ANONYMOUS_API_KEY)));
        assert!(!is_neptune_api_token(&token("")));
        assert!(!is_neptune_api_token(&encoded(r#"{"api_address":"https://app.neptune.ai"}"#)));
        // Cut off mid-token, the JSON does not parse.
        let whole = token("5f0c9a2e-81d4-4b7a-9c3e-2a6d8f1b4e70");
        assert!(!is_neptune_api_token(&whole[..whole.len() - 12]));
    }

    #[test]
    fn cloudflare_tunnel_tokens_name_account_tunnel_and_secret() {
        let secret = STANDARD.encode([7u8; 32]);
        let token = |account: &str, tunnel: &str, secret: &str| {
            encoded(&format!(r#"{{"a":"{account}","t":"{tunnel}","s":"{secret}"}}"#))
        };
        let account = "3f6a1c9e8b2d4f70a5c1e9b3d7f2a6c4";
        let tunnel = "8d2e6f1a-4b7c-4e9d-a3f5-1c8b6e2d9a04";
        assert!(is_cloudflare_tunnel_token(&token(account, tunnel, &secret)));
        assert!(!is_cloudflare_tunnel_token(&token("acct", tunnel, &secret)));
        assert!(!is_cloudflare_tunnel_token(&token(account, "my-tunnel", &secret)));
        assert!(!is_cloudflare_tunnel_token(&token(account, tunnel, "c2hvcnQ=")));
        assert!(!is_cloudflare_tunnel_token(&token("3f6a1c9e-8b2d-4f70", tunnel, &secret)));
        assert!(!is_cloudflare_tunnel_token(&encoded(r#"{"a":"b"}"#)));
    }

    #[test]
    fn incus_trust_tokens_hold_a_fingerprint_addresses_and_a_secret() {
        let fingerprint = "3a9f0c17e2b84d5a61c8f3e0b7d29a456c1e8b3f7a0d92e54b6c1f89a3d2e7c0";
        let secret = "7e1c9b4a".repeat(8);
        let client = |secret: &str| {
            encoded(&format!(
                r#"{{"client_name":"laptop","fingerprint":"{fingerprint}","addresses":["10.0.0.5:8443"],"secret":"{secret}","expires_at":"0001-01-01T00:00:00Z"}}"#
            ))
        };
        assert!(is_incus_trust_token(&client(&secret)));
        // A cluster join token names the new member instead of a client.
        assert!(is_incus_trust_token(&encoded(&format!(
            r#"{{"server_name":"node3","fingerprint":"{fingerprint}","addresses":["10.0.0.5:8443"],"secret":"{secret}"}}"#
        ))));
        // No secret, a short one, no addresses, and a cut-off copy.
        assert!(!is_incus_trust_token(&encoded(&format!(
            r#"{{"client_name":"laptop","fingerprint":"{fingerprint}","addresses":["10.0.0.5:8443"]}}"#
        ))));
        assert!(!is_incus_trust_token(&client("abc")));
        assert!(!is_incus_trust_token(&encoded(&format!(
            r#"{{"client_name":"laptop","fingerprint":"{fingerprint}","secret":"{secret}"}}"#
        ))));
        let whole = client(&secret);
        assert!(!is_incus_trust_token(&whole[..whole.len() - 20]));
    }

    #[test]
    fn base64_gzip_opens_with_the_gzip_header() {
        let mut gzip = vec![0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff];
        gzip.extend([0x5a; 40]);
        assert!(is_base64_gzip(STANDARD.encode(&gzip).as_bytes()));
        // Another compression method, another magic, too short, and not base64 at all.
        gzip[2] = 0x07;
        assert!(!is_base64_gzip(STANDARD.encode(&gzip).as_bytes()));
        assert!(!is_base64_gzip(STANDARD.encode([0x50u8; 50]).as_bytes()));
        assert!(!is_base64_gzip(STANDARD.encode([0x1f, 0x8b, 0x08, 0x00]).as_bytes()));
        assert!(!is_base64_gzip(b"H4sI!!!!"));
    }

    #[test]
    fn edgevpn_tokens_decode_to_their_yaml() {
        let yaml = "otp:\n  dht:\n    interval: 9000\n    key: QWERTYUIOPASDFGH\n    length: 32\nroom: r\n";
        assert!(is_edgevpn_token(STANDARD.encode(yaml).as_bytes()));
        assert!(!is_edgevpn_token(
            STANDARD.encode("otp:\n  dht:\n    interval: 9000\n").as_bytes()
        ));
        assert!(!is_edgevpn_token(STANDARD.encode("room: r\nkey: x\n").as_bytes()));
    }

    #[test]
    fn discord_bot_tokens_start_with_a_user_id() {
        let token = |id: &str| format!("{}.Gx7Kq2.{}", URL_SAFE_NO_PAD.encode(id), "a".repeat(38));
        assert!(is_discord_bot_token(token("1183364719384203264").as_bytes()));
        assert!(is_discord_bot_token(token("81384788765712384").as_bytes()));
        // Dated any time (here 2062) that 64 bits hold.
        assert!(is_discord_bot_token(token("6230513685277403475").as_bytes()));
        // Not digits, a leading zero, too short, more than 64 bits.
        assert!(!is_discord_bot_token(token("11833647193842032a4").as_bytes()));
        assert!(!is_discord_bot_token(token("0183364719384203264").as_bytes()));
        assert!(!is_discord_bot_token(token("1183364719384").as_bytes()));
        assert!(!is_discord_bot_token(token("19981731698789124917").as_bytes()));
        assert!(!is_discord_bot_token(b"!!!.Gx7Kq2.abc"));
    }
}
