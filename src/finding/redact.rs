//! Redacted previews of secrets, safe to print in any report.

/// How many leading characters a long secret may show: enough to recognise a provider prefix
/// (`ghp_`, `AKIA`), never enough to matter for guessing the rest.
const SHOWN_PREFIX: usize = 4;
/// Secrets shorter than this show nothing at all.
const MIN_LEN_FOR_PREFIX: usize = 16;

/// A redacted preview of `secret`: its first four characters and `****` when the secret has at
/// least 16 characters, otherwise `****` alone. The preview never grows with the secret's length.
pub fn redact(secret: &str) -> String {
    let mut chars = secret.chars();
    if secret.chars().count() < MIN_LEN_FOR_PREFIX {
        return "****".to_owned();
    }
    let mut preview: String = chars.by_ref().take(SHOWN_PREFIX).collect();
    // A preview must stay on one line, whatever the secret holds.
    preview.retain(|c| !c.is_control());
    preview.push_str("****");
    preview
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_secrets_show_nothing() {
        assert_eq!(redact("hunter2"), "****");
        assert_eq!(redact("0123456789abcde"), "****");
    }

    #[test]
    fn long_secrets_show_their_prefix() {
        assert_eq!(redact("abcd0123456789xyzw"), "abcd****");
    }

    proptest! {
        #[test]
        fn a_redaction_never_contains_more_than_four_characters_of_the_secret(secret in ".{0,80}") {
            let shown = redact(&secret);
            prop_assert!(shown.ends_with("****"));
            prop_assert!(shown.chars().count() <= SHOWN_PREFIX + 4);
        }
    }
}
