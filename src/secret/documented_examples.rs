//! Keys that providers publish in their documentation and test suites (Azurite's account key,
//! Stripe's API reference keys, RFC examples): a value that holds one (found by the placeholder
//! automaton, which takes this list), or a long piece of one cut out by a pattern, is not a leak.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Keys that providers publish for tests and documentation: they work only against a sandbox or
/// a local emulator, or pass every check on purpose, so a leak of one gives nothing away.
pub const DOCUMENTED_EXAMPLES: &[&str] = &[
    // Azurite, the Azure Storage emulator: its well-known account key
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    // the bot token of Slack's token-types documentation
    "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",
    // Stripe's API reference keys
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "pk_test_TYooMQauvdEDq54NiTphI7jx",
    // Google reCAPTCHA v2 test keys: every verification passes
    "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
    "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
    // Cloudflare Turnstile test secrets
    "1x0000000000000000000000000000000AA",
    "2x0000000000000000000000000000000AA",
    "3x0000000000000000000000000000000AA",
    // the signature of jwt.io's sample token
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    // the signature of RFC 7519's example JWT (section 3.1)
    "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    // the API key of Mailgun's documentation examples
    "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
    // OAuth 2.0's examples (RFC 6749 sections 2.3.1, 4.1 and 5.1; RFC 6750 section 2): client
    // secret, authorization code, access and refresh tokens, bearer token; API docs quote them
    "7Fjfp0ZBr1KtDRbnfVdmIw",
    "SplxlOBeZQQYbYS6WxSbIA",
    "2YotnFZFEjr1zCsicMWpAA",
    "tGzv3JOkF0XG5Qx2TlKWIA",
    "mF_9.B5f-4.1JqM",
    // RFC 6749's HTTP Basic example (section 2.3.1: s6BhdRkqt3 and gX1fBat3bV) and OAuth 1.0's
    // (RFC 5849 section 3.5.1: consumer key and token)
    "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
    "gX1fBat3bV",
    "0685bd9184jfhq22",
    "ad180jjd733klru7",
    // the session token of AWS's Signature Version 4 test suite (get-vanilla-with-session-token)
    "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267",
    // payment gateways' published test and integration keys: Redsys's test signing key,
    // Transbank's integration API key secret, Toss Payments' and PAY.JP's documentation keys
    "sq7HjrUOBfKmC576ILgskD5srU870gJ7",
    "579B532A7440BB0C9079DED94D31EA1615BACEB56610332264630D42D0A36B1C",
    "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R",
    "sk_test_c62fade9d045b54cd76d7036",
    // the registry token of the Cargo book's credentials example
    "854DvwSlUwEHtIo3kWy6x7UCPKHfzCmy",
    // OpenSSL's FIPS module integrity key (fipskey.h): published, it checks the module's HMAC
    "f4556650ac31d35461610bac4ed81b1a181b2d8a43ea2854cbae22ca74560813",
    // fipscheck's HMAC key (Fedora, RHEL and their packages' spec files check libraries with it)
    "orboDeJITITejsirpADONivirpUkvarP",
    // the secret_key of Rocket's configuration guide ("don't use this key! generate your own"),
    // which Rocket.toml files and ROCKET_SECRET_KEY settings copy
    "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk=",
    // LibreChat's .env.example values (credential key and IV, JWT secrets, Meilisearch key),
    // which its install guides quote and tell to replace
    "f34be427ebb29de8d88c107a71546019685ed8b241d8f2ed00c3df97ad2566f0",
    "e2341419ec3dd3d19b13a1a87fafcbfb",
    "16f8c0ef4a5d391b26034086c628469d3f9f497f08163ab9b40137092f2909ef",
    "eaa5191f2914e30b9387fd84e254e4ba6fc51b4654968a9b0803b456a54b8418",
    "DrhYf7zENyR6AlUCKmnz0eYASOQdl6zxH7s7MKFSfFCt",
    // Tibber's demo token from its developer documentation (a demo home's data, shared)
    "5K4MVS-OjfWhK_4yrjOlFe1F6kJXPVf7eQYggo8ebAE",
    // the Ed25519 secret keys of RFC 8032's test vectors (section 7.1, TEST 1 to 3), which
    // crypto libraries' tests and fixtures carry
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
    "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
    "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
    // aamarPay's sandbox signature key (store `aamarpaytest`), from its integration guide
    "dbb74894e82415a2f7ff0ec3a97e4183",
    // ECPay's published stage merchant (2000132): its HashKey and HashIV for the test site
    "5294y06JbISpM5x9",
    "v77hoKGq4kWxNNIS",
];
/// How long a piece of a documented example must be to count as one: shorter runs of random
/// characters could turn up in a real key by chance.
const FRAGMENT_LENGTH: usize = 24;

/// Whether `value` is a piece of a documented example key at least [`FRAGMENT_LENGTH`] long (a
/// pattern that stops at a `/` or at its length bound cuts the Azurite key short).
pub fn is_piece_of_documented_example(value: &[u8]) -> bool {
    static OPENINGS: OnceLock<HashSet<&'static [u8]>> = OnceLock::new();
    if value.len() < FRAGMENT_LENGTH {
        return false;
    }
    // every run of FRAGMENT_LENGTH bytes of every example: a piece must open with one
    let openings = OPENINGS.get_or_init(|| {
        let runs =
            DOCUMENTED_EXAMPLES.iter().flat_map(|key| key.as_bytes().windows(FRAGMENT_LENGTH));
        runs.collect()
    });
    openings.contains(&value[..FRAGMENT_LENGTH])
        && DOCUMENTED_EXAMPLES
            .iter()
            .any(|key| key.as_bytes().windows(value.len()).any(|run| run == value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::placeholder::is_placeholder;

    /// What the scan asks of a value: the whole list through the placeholder automaton, a piece
    /// through [`is_piece_of_documented_example`].
    fn holds_documented_example(value: &[u8]) -> bool {
        is_placeholder(value) || is_piece_of_documented_example(value)
    }

    #[test]
    fn documented_examples_and_long_pieces_of_them() {
        for value in ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "key: mF_9.B5f-4.1JqM"] {
            assert!(holds_documented_example(value.as_bytes()), "{value}");
        }
        // Azurite's key cut at its first `/`, and cut after 64 characters
        let azurite = DOCUMENTED_EXAMPLES[0];
        for end in [azurite.find('/').unwrap(), 64] {
            assert!(holds_documented_example(&azurite.as_bytes()[..end]), "{}", &azurite[..end]);
        }
        // a short piece, and a long one with one character changed
        assert!(!holds_documented_example(&azurite.as_bytes()[..20]));
        let mut changed = azurite.as_bytes()[..40].to_vec();
        changed[30] = if changed[30] == b'A' { b'B' } else { b'A' };
        assert!(!holds_documented_example(&changed));
    }
}
