//! The `data:` and `stringData:` entries of Kubernetes `kind: Secret` manifests (YAML or JSON).
//! `data:` values are base64 and are decoded, so rules can see what they hold.

use std::ops::Range;

use super::{Extracted, line_end, line_start, lines};
use crate::secret::validity::decode_base64;

/// Every `data:`/`stringData:` value of every `kind: Secret` document in `bytes`.
pub fn kubernetes_secret_values(bytes: &[u8]) -> Vec<Extracted> {
    // Most files are not manifests: only the lines around each `Secret` are looked at before
    // the file is split into documents.
    if !memchr::memmem::find_iter(bytes, b"Secret")
        .any(|at| is_secret_document(&bytes[line_start(bytes, at)..line_end(bytes, at)]))
    {
        return Vec::new();
    }
    let mut found = Vec::new();
    for document in yaml_documents(bytes) {
        if is_secret_document(&bytes[document.clone()]) {
            collect_entries(bytes, document, &mut found);
        }
    }
    found
}

/// Byte ranges of the documents of a YAML stream (split at `---` lines).
fn yaml_documents(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut documents = Vec::new();
    let mut start = 0;
    for (line_start, line) in lines(bytes) {
        if line.starts_with(b"---") {
            documents.push(start..line_start);
            start = line_start + line.len();
        }
    }
    documents.push(start..bytes.len());
    documents
}

/// `kind: Secret` at the top level (YAML), or `"kind": "Secret"` anywhere (JSON).
fn is_secret_document(document: &[u8]) -> bool {
    let contains = |line: &[u8], needle: &[u8]| memchr::memmem::find(line, needle).is_some();
    lines(document).any(|(_, line)| {
        let yaml = line.strip_prefix(b"kind:").is_some_and(|value| {
            matches!(value.trim_ascii(), b"Secret" | b"\"Secret\"" | b"'Secret'")
        });
        yaml || (contains(line, b"\"kind\"") && contains(line, b"\"Secret\""))
    })
}

/// The entries under `data:` and `stringData:` (YAML block maps, or JSON objects on their own
/// lines): one `key: value` per line, until the indentation returns to the section's level.
fn collect_entries(bytes: &[u8], document: Range<usize>, found: &mut Vec<Extracted>) {
    let mut section: Option<(bool, usize)> = None; // (base64, indentation of the section key)
    for (line_start, line) in lines(&bytes[document.clone()]) {
        let line_start = document.start + line_start;
        let indent = line.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
        let content = &line[indent..];
        let key = section_key(content);
        if let Some(base64) = key.and_then(|key| match key {
            "data" => Some(true),
            "stringData" => Some(false),
            _ => None,
        }) {
            section = Some((base64, indent));
            continue;
        }
        let Some((base64, section_indent)) = section else { continue };
        if content.is_empty() || content.starts_with(b"#") {
            continue;
        }
        if indent <= section_indent || content.starts_with(b"}") {
            section = None;
            continue;
        }
        if let Some((key, value)) = entry_key(content).zip(entry_value(content)) {
            let span = (line_start + indent + value.start)..(line_start + indent + value.end);
            let text = &bytes[span.clone()];
            let (value, decoded) = if base64 {
                match decode_base64(text) {
                    Some(decoded) => (decoded, true),
                    None => continue,
                }
            } else {
                (text.to_vec(), false)
            };
            found.push(Extracted { key, span, value, decoded, credential: true });
        }
    }
}

/// The key of a line that opens a section (`data:`, `"data": {`), if it does.
fn section_key(content: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(content).ok()?.trim_end();
    let text = text.strip_suffix('{').unwrap_or(text).trim_end();
    let key = text.strip_suffix(':')?;
    Some(unquote(key.trim()))
}

/// The key in `key: value` (or `"key": "value"`).
fn entry_key(content: &[u8]) -> Option<String> {
    let colon = content.iter().position(|&b| b == b':')?;
    Some(unquote(String::from_utf8_lossy(&content[..colon]).trim()).to_owned())
}

/// Keys whose values name things or are public by design (`CLIENT_ID`, `RECAPTCHA_SITE_KEY`,
/// `STRIPE_PUBLISHABLE_KEY`, `ALGOLIA_SEARCH_ONLY_KEY`) rather than being credentials: such
/// values are not reported on their own (rules still look inside them).
pub fn is_identity_key(key: &str) -> bool {
    const IDENTITY: [&str; 16] = [
        "username",
        "user",
        "login",
        "email",
        "host",
        "hostname",
        "port",
        "database",
        "db",
        "name",
        "namespace",
        "region",
        "endpoint",
        "url",
        "id",
        "site_key",
    ];
    const PUBLIC: [&str; 5] = ["public", "publishable", "sitekey", "search_only", "searchonly"];
    let key = key.to_ascii_lowercase();
    PUBLIC.iter().any(|public| key.contains(public))
        || IDENTITY.iter().any(|identity| {
            // the whole key, or its last `_`, `.` or `-` part (`DB_HOST`, `db.host`, `key-id`)
            key.strip_suffix(identity)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(['_', '.', '-']))
        })
}

/// The byte range of the value in `key: value` (or `"key": "value",`), quotes excluded.
fn entry_value(content: &[u8]) -> Option<Range<usize>> {
    let colon = content.iter().position(|&b| b == b':')?;
    let mut start = colon + 1;
    while content.get(start).is_some_and(|b| *b == b' ' || *b == b'\t') {
        start += 1;
    }
    let mut end = content.len();
    while end > start && matches!(content[end - 1], b' ' | b'\t' | b',' | b'\r') {
        end -= 1;
    }
    if end > start && matches!(content[start], b'"' | b'\'') && content[end - 1] == content[start] {
        start += 1;
        end -= 1;
    }
    (end > start).then_some(start..end)
}

fn unquote(text: &str) -> &str {
    text.trim_matches(|c| c == '"' || c == '\'')
}

#[cfg(test)]
mod tests {
    use super::*;

    // nhiscan:ignore[secret/generic-password] synthetic test manifest
    const MANIFEST: &str = "apiVersion: v1\nkind: ConfigMap\ndata:\n  plain: not-a-secret\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: \"czNjcjN0LVBhc3N3MHJk\"\nstringData:\n  url: postgres://db:5432/app\n";

    #[test]
    fn values_of_secret_documents_only() {
        let found = kubernetes_secret_values(MANIFEST.as_bytes());
        let values: Vec<(String, bool)> = found
            .iter()
            .map(|e| (String::from_utf8_lossy(&e.value).into_owned(), e.decoded))
            .collect();
        assert_eq!(
            values,
            [
                ("admin".to_owned(), true),
                ("s3cr3t-Passw0rd".to_owned(), true),
                ("postgres://db:5432/app".to_owned(), false)
            ]
        );
        assert_eq!(&MANIFEST[found[1].span.clone()], "czNjcjN0LVBhc3N3MHJk");
    }

    #[test]
    fn keys_that_name_things_or_hold_public_values() {
        for key in [
            "username",
            "DB_HOST",
            "CLIENT_ID",
            "RECAPTCHA_SITE_KEY",
            "STRIPE_PUBLISHABLE_KEY",
            "ALGOLIA_SEARCH_ONLY_KEY",
            "key-id",
        ] {
            assert!(is_identity_key(key), "{key}");
        }
        for key in [
            "password",
            "JWT_SIGNING_KEY",
            "RUNNER_TOKEN",
            "SITE_KEYSTORE_PASS",
            "valid",
            "api-key",
        ] {
            assert!(!is_identity_key(key), "{key}");
        }
    }

    #[test]
    fn json_manifests() {
        // nhiscan:ignore[secret/generic-api-key] synthetic test manifest
        let json = "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Secret\",\n  \"data\": {\n    \"token\": \"dG9rZW4tdmFsdWU=\"\n  }\n}\n";
        let found = kubernetes_secret_values(json.as_bytes());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, b"token-value");
    }

    #[test]
    fn other_kinds_and_broken_base64_are_ignored() {
        assert!(
            kubernetes_secret_values(b"kind: SecretProviderClass\ndata:\n  a: YQ==\n").is_empty()
        );
        assert!(kubernetes_secret_values(b"kind: Secret\ndata:\n  a: not base64!\n").is_empty());
    }
}
