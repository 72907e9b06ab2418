//! Stable finding identities for baselines and SARIF `partialFingerprints`.

use sha2::{Digest, Sha256};

/// Fingerprint of a secret finding: a hash of (rule, path, secret value), with no line number in
/// it, so moving the secret within its file keeps the fingerprint. The secret cannot be read back
/// from it; domain separation keeps it from matching a plain hash of the secret.
pub fn secret_fingerprint(rule: &str, path: &str, secret: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"nhiscan-fingerprint-v1\0secret\0");
    hasher.update(rule.as_bytes());
    hasher.update(b"\0");
    hasher.update(path.as_bytes());
    hasher.update(b"\0");
    hasher.update(secret);
    let digest = hasher.finalize();
    digest[..16].iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_depends_on_rule_path_and_value_only() {
        let a = secret_fingerprint("secret/x", "a.env", b"value-1");
        assert_eq!(a.len(), 32);
        assert_eq!(a, secret_fingerprint("secret/x", "a.env", b"value-1"));
        assert_ne!(a, secret_fingerprint("secret/y", "a.env", b"value-1"));
        assert_ne!(a, secret_fingerprint("secret/x", "b.env", b"value-1"));
        assert_ne!(a, secret_fingerprint("secret/x", "a.env", b"value-2"));
    }

    #[test]
    fn fields_cannot_run_into_each_other() {
        assert_ne!(
            secret_fingerprint("secret/x", "ab", b"c"),
            secret_fingerprint("secret/x", "a", b"bc")
        );
    }
}
