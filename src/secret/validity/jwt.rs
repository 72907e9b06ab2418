//! JSON Web Tokens: the header and payload must decode to JSON objects (the header naming its
//! algorithm); the payload's `exp` is reported. Tokens that are public by design are not
//! credentials.

use super::{Verdict, decode_base64};
use crate::date::Date;
use crate::finding::Checksum;

/// Decodes a JWT's header and payload; a lookalike (`eyJ…` that is not JSON) is invalid.
pub(super) fn verify(token: &[u8]) -> Verdict {
    let mut parts = token.split(|&b| b == b'.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Verdict::invalid();
    };
    let header = json_object(header);
    let payload = json_object(payload);
    let (Some(header), Some(payload)) = (header, payload) else { return Verdict::invalid() };
    if !header.get("alg").is_some_and(serde_json::Value::is_string) || signature.is_empty() {
        return Verdict::invalid();
    }
    // Marked invalid so that no rule reports the text, generic ones included.
    if is_public(&payload) || needs_its_seed(&header, &payload) {
        return Verdict::invalid();
    }
    let mut verdict = Verdict { checksum: Some(Checksum::Valid), ..Verdict::default() };
    verdict.details.expires = payload
        .get("exp")
        .and_then(serde_json::Value::as_f64)
        .map(|exp| Date::timestamp(exp as i64));
    verdict
}

/// Tokens that grant nothing by themselves: the `anon` role of Supabase and PostgREST (the key
/// every browser client ships), and the sample token of jwt.io that documentation copies.
fn is_public(payload: &serde_json::Map<String, serde_json::Value>) -> bool {
    let claim = |name: &str| payload.get(name);
    let anonymous = claim("role").and_then(serde_json::Value::as_str) == Some("anon");
    let jwt_io_sample = claim("sub").and_then(serde_json::Value::as_str) == Some("1234567890")
        && claim("iat").and_then(serde_json::Value::as_i64) == Some(1_516_239_022);
    anonymous || jwt_io_sample
}

/// A NATS user JWT (`alg` ed25519-nkey): the server also asks for a signature by the user's nkey
/// seed, which is the secret (a `.creds` file holds both), unless the account made it a bearer
/// token.
fn needs_its_seed(
    header: &serde_json::Map<String, serde_json::Value>,
    payload: &serde_json::Map<String, serde_json::Value>,
) -> bool {
    let nkey_signed = header.get("alg").and_then(serde_json::Value::as_str) == Some("ed25519-nkey");
    let bearer = payload
        .get("nats")
        .and_then(|nats| nats.get("bearer_token"))
        .and_then(serde_json::Value::as_bool)
        == Some(true);
    nkey_signed && !bearer
}

fn json_object(segment: &[u8]) -> Option<serde_json::Map<String, serde_json::Value>> {
    match serde_json::from_slice(&decode_base64(segment)?).ok()? {
        serde_json::Value::Object(object) => Some(object),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    fn token(header: &str, payload: &str) -> String {
        format!(
            "{}.{}.c2lnbmF0dXJlLWJ5dGVz",
            URL_SAFE_NO_PAD.encode(header),
            URL_SAFE_NO_PAD.encode(payload)
        )
    }

    #[test]
    fn a_token_with_exp_reports_its_expiry() {
        let verdict = verify(
            token(r#"{"alg":"HS256","typ":"JWT"}"#, r#"{"sub":"42","exp":1700000000}"#).as_bytes(),
        );
        assert_eq!(verdict.checksum, Some(Checksum::Valid));
        assert_eq!(verdict.details.expires.as_deref(), Some("2023-11-14T22:13:20Z"));
    }

    #[test]
    fn lookalikes_are_invalid() {
        assert_eq!(
            verify(token(r#"{"typ":"JWT"}"#, "{}").as_bytes()).checksum,
            Some(Checksum::Invalid)
        );
        assert_eq!(
            verify(token(r#"{"alg":"none"}"#, "[1,2]").as_bytes()).checksum,
            Some(Checksum::Invalid)
        );
        assert_eq!(verify(b"eyJub3Qgd.eyJhbGci.xyz").checksum, Some(Checksum::Invalid));
        let valid = token(r#"{"alg":"RS256"}"#, r#"{"iss":"x"}"#);
        assert_eq!(verify(valid.as_bytes()).details.expires, None);
    }

    #[test]
    fn public_tokens_are_not_credentials() {
        let header = r#"{"alg":"HS256","typ":"JWT"}"#;
        let anon =
            token(header, r#"{"iss":"supabase","ref":"abc","role":"anon","iat":1700000000}"#);
        let sample = token(header, r#"{"sub":"1234567890","name":"Jo","iat":1516239022}"#);
        let service = token(header, r#"{"iss":"supabase","role":"service_role"}"#);
        assert_eq!(verify(anon.as_bytes()).checksum, Some(Checksum::Invalid));
        assert_eq!(verify(sample.as_bytes()).checksum, Some(Checksum::Invalid));
        assert_eq!(verify(service.as_bytes()).checksum, Some(Checksum::Valid));
    }

    #[test]
    fn a_nats_user_jwt_needs_its_seed_unless_it_is_a_bearer_token() {
        let header = r#"{"typ":"JWT","alg":"ed25519-nkey"}"#;
        let user = token(header, r#"{"sub":"UABC","nats":{"type":"user","version":2}}"#);
        let bearer = token(header, r#"{"sub":"UABC","nats":{"type":"user","bearer_token":true}}"#);
        assert_eq!(verify(user.as_bytes()).checksum, Some(Checksum::Invalid));
        assert_eq!(verify(bearer.as_bytes()).checksum, Some(Checksum::Valid));
    }
}
