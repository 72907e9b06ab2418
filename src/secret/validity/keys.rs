//! Private keys that parse: a PEM body that decodes to exactly one DER structure, or an OpenSSH
//! key with its magic header; both report whether the key is encrypted.

use super::{Verdict, decode_base64};

const OPENSSH_MAGIC: &[u8] = b"openssh-key-v1\0";

/// Checks a PEM private key block (`-----BEGIN … PRIVATE KEY-----` … `-----END …-----`).
pub(super) fn verify_pem(block: &[u8]) -> Verdict {
    let text = unescape_line_breaks(&percent_decoded(&String::from_utf8_lossy(block)));
    let mut lines = text.lines().map(without_string_syntax).filter(|line| !line.is_empty());
    let Some(begin) = lines.next() else { return Verdict::invalid() };
    let body_lines: Vec<&str> = lines.take_while(|line| !line.starts_with("-----END")).collect();
    let legacy_encrypted =
        body_lines.iter().any(|line| line.starts_with("Proc-Type:") && line.contains("ENCRYPTED"));
    let body: String = body_lines.iter().filter(|line| !line.contains(':')).copied().collect();
    let Some(der) = decode_base64(body.as_bytes()) else { return Verdict::invalid() };
    // A legacy encrypted body is ciphertext (a whole number of cipher blocks), not DER.
    let valid = if legacy_encrypted {
        !der.is_empty() && der.len() % 8 == 0
    } else {
        is_one_der_sequence(&der)
    };
    let mut verdict = Verdict::of(valid);
    verdict.details.encrypted = valid.then_some(legacy_encrypted || begin.contains("ENCRYPTED"));
    verdict
}

/// Checks an OpenSSH private key block.
pub(super) fn verify_openssh(block: &[u8]) -> Verdict {
    let text = unescape_line_breaks(&String::from_utf8_lossy(block));
    let body: String =
        text.lines().map(without_string_syntax).filter(|line| !line.starts_with("-----")).collect();
    let Some(key) = decode_base64(body.as_bytes()) else { return Verdict::invalid() };
    let Some(rest) = key.strip_prefix(OPENSSH_MAGIC) else { return Verdict::invalid() };
    let Some(cipher) = ssh_string(rest) else { return Verdict::invalid() };
    let mut verdict = Verdict::valid();
    verdict.details.encrypted = Some(cipher != b"none");
    verdict
}

/// Checks base64 of a whole private key file: a Kubernetes value, an environment variable
/// (`SIGNING_KEY_B64=LS0tLS1CRUdJTi…`) or a CI variable that carries the PEM file encoded.
pub(super) fn verify_base64_pem(encoded: &[u8]) -> Verdict {
    let Some(decoded) = decode_base64(encoded) else { return Verdict::invalid() };
    let text = String::from_utf8_lossy(&decoded);
    let Some(begin) = text.lines().next() else { return Verdict::invalid() };
    if !begin.starts_with("-----BEGIN ") || !begin.contains("PRIVATE KEY") {
        // a certificate or a public key, encoded the same way
        return Verdict::invalid();
    }
    if begin.contains("OPENSSH") { verify_openssh(&decoded) } else { verify_pem(&decoded) }
}

/// Checks a PEM body written on one line without its armour (`MIIEvQIBADANBgkqhkiG9w0B…`), as
/// key-pair settings such as Snowflake's `private_key` take it.
pub(super) fn verify_der(encoded: &[u8]) -> Verdict {
    let valid = decode_base64(encoded).is_some_and(|der| is_one_der_sequence(&der));
    let mut verdict = Verdict::of(valid);
    verdict.details.encrypted = valid.then_some(false);
    verdict
}

/// A key in a `data:` URL (Ignition's and Butane's file contents) is percent-encoded
/// (`-----BEGIN%20PRIVATE%20KEY-----%0AMIIEvQ…%2F…`): decode it. Other blocks are left alone.
fn percent_decoded(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.starts_with("-----BEGIN%20") {
        return text.into();
    }
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let escaped = bytes
            .get(at + 1..at + 3)
            .and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok());
        match (bytes[at], escaped) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                at += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned().into()
}

/// A key inside a JSON or code string has its line breaks escaped (`\n`, `\r\n`, or a `\` at
/// the end of a line): turn them back into line breaks.
fn unescape_line_breaks(text: &str) -> String {
    text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\\n", "\n")
}

/// A line of a key written as string literals joined in code (`"MIIEvQ…\n" +` in Java, C#,
/// JavaScript) or as a JSON array of lines (a Jupyter notebook's `"MIIEvQ…\n",`): the quotes,
/// the joining `+` and a closing `;` or `,` are syntax, not key. A base64 line may itself end
/// in `+`: that one is kept, as no quote comes before it. A batch or shell script writes a key
/// a line at a time (`echo MIIEvQ…>> %KEYFILE%`): the command and the redirection are syntax.
fn without_string_syntax(line: &str) -> &str {
    let line = line.trim();
    // Zig's multiline string lines (`\\MIIE…`), Scala's stripMargin (`|MIIE…`), Objective-C's
    // string literals (`@"MIIE…\n"`)
    let line = line.strip_prefix("\\\\").or_else(|| line.strip_prefix('|')).unwrap_or(line);
    let line = line.strip_prefix('@').filter(|rest| rest.starts_with('"')).unwrap_or(line);
    let echoed = line.strip_prefix("@echo ").or_else(|| line.strip_prefix("echo "));
    let line = echoed.map_or(line, |rest| rest.split('>').next().unwrap_or(rest).trim());
    let joined =
        line.strip_suffix('+').map(str::trim_end).filter(|rest| rest.ends_with(['"', '\'']));
    let line = joined.unwrap_or(line);
    let line = line.strip_suffix([';', ',']).unwrap_or(line);
    line.trim_matches(['"', '\'']).trim()
}

/// Whether `der` is one DER SEQUENCE whose length covers exactly the bytes given.
fn is_one_der_sequence(der: &[u8]) -> bool {
    let (Some(&0x30), Some(&first)) = (der.first(), der.get(1)) else { return false };
    let (header, length) = if first < 0x80 {
        (2, usize::from(first))
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 3 || der.len() < 2 + count {
            return false;
        }
        (
            2 + count,
            der[2..2 + count].iter().fold(0usize, |length, &b| length << 8 | usize::from(b)),
        )
    };
    header + length == der.len()
}

/// An SSH wire-format string: a big-endian u32 length, then the bytes.
fn ssh_string(data: &[u8]) -> Option<&[u8]> {
    let length = u32::from_be_bytes(data.get(..4)?.try_into().ok()?) as usize;
    data.get(4..4 + length)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Checksum;
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;

    fn pem(label: &str, der: &[u8], headers: &str) -> String {
        let body = STANDARD.encode(der);
        let wrapped: Vec<String> =
            body.as_bytes().chunks(64).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
        format!("-----BEGIN {label}-----\n{headers}{}\n-----END {label}-----", wrapped.join("\n"))
    }

    fn sequence(content_len: usize) -> Vec<u8> {
        let mut der = vec![0x30, 0x82, (content_len >> 8) as u8, content_len as u8];
        der.extend((0..content_len).map(|i| (i * 7) as u8));
        der
    }

    #[test]
    fn pem_keys_that_parse() {
        let verdict = verify_pem(pem("RSA PRIVATE KEY", &sequence(600), "").as_bytes());
        assert_eq!(
            (verdict.checksum, verdict.details.encrypted),
            (Some(Checksum::Valid), Some(false))
        );
        let encrypted = verify_pem(pem("ENCRYPTED PRIVATE KEY", &sequence(300), "").as_bytes());
        assert_eq!(encrypted.details.encrypted, Some(true));
        let legacy = pem(
            "RSA PRIVATE KEY",
            &[9u8; 64],
            "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00FF\n\n",
        );
        assert_eq!(verify_pem(legacy.as_bytes()).details.encrypted, Some(true));
    }

    #[test]
    fn percent_encoded_keys_in_data_urls_parse() {
        let key = pem("PRIVATE KEY", &sequence(600), "")
            .replace('\n', "%0A")
            .replace(' ', "%20")
            .replace('/', "%2F")
            .replace('+', "%2B");
        assert_eq!(verify_pem(key.as_bytes()).checksum, Some(Checksum::Valid));
        let broken = key.replacen("%0A", "%0AAAAA", 2);
        assert_eq!(verify_pem(broken.as_bytes()).checksum, Some(Checksum::Invalid));
    }

    #[test]
    fn keys_in_zig_scala_and_objective_c_strings_parse() {
        let key = pem("PRIVATE KEY", &sequence(600), "");
        let zig: String = key.lines().map(|line| format!("    \\\\{line}\n")).collect();
        let scala: String = key.lines().map(|line| format!("       |{line}\n")).collect();
        let objc: String = key.lines().map(|line| format!("    @\"{line}\\n\"\n")).collect();
        for block in [zig, scala, objc] {
            assert_eq!(verify_pem(block.trim_start().as_bytes()).checksum, Some(Checksum::Valid));
        }
    }

    #[test]
    fn keys_in_json_strings_parse() {
        let key = pem("PRIVATE KEY", &sequence(600), "").replace('\n', "\\n");
        assert_eq!(verify_pem(key.as_bytes()).checksum, Some(Checksum::Valid));
    }

    #[test]
    fn keys_joined_from_string_literals_parse() {
        let key = pem("PRIVATE KEY", &sequence(600), "");
        let joined: Vec<String> =
            key.lines().map(|line| format!("        \"{line}\\n\" +")).collect();
        let code = format!("static final String KEY =\n{};", joined.join("\n"));
        let block = &code[code.find("-----BEGIN").unwrap()..code.rfind("-----").unwrap() + 5];
        assert_eq!(verify_pem(block.as_bytes()).checksum, Some(Checksum::Valid));
        // a base64 line that ends in `+` keeps it
        assert_eq!(without_string_syntax("  abc+"), "abc+");
        assert_eq!(without_string_syntax("\"abc+\" +"), "abc+");
    }

    #[test]
    fn keys_echoed_a_line_at_a_time_parse() {
        let key = pem("PRIVATE KEY", &sequence(600), "");
        let lines: Vec<String> =
            key.lines().map(|line| format!("echo {line}>> %KEYFILE%")).collect();
        let script = format!("@echo off\n{}\nicacls %KEYFILE%", lines.join("\r\n"));
        let block = &script[script.find("-----BEGIN").unwrap()..script.rfind("-----").unwrap() + 5];
        assert_eq!(verify_pem(block.as_bytes()).checksum, Some(Checksum::Valid));
    }

    #[test]
    fn keys_in_a_notebooks_json_lines_parse() {
        let key = pem("PRIVATE KEY", &sequence(600), "");
        let cells: Vec<String> = key.lines().map(|line| format!("    \"{line}\\n\",")).collect();
        let notebook = format!("   \"source\": [\n{}\n    \"'''\"\n   ]", cells.join("\n"));
        let block =
            &notebook[notebook.find("-----BEGIN").unwrap()..notebook.rfind("-----").unwrap() + 5];
        assert_eq!(verify_pem(block.as_bytes()).checksum, Some(Checksum::Valid));
    }

    #[test]
    fn pem_lookalikes_are_invalid() {
        let mut truncated = sequence(600);
        truncated.truncate(400);
        assert_eq!(
            verify_pem(pem("PRIVATE KEY", &truncated, "").as_bytes()).checksum,
            Some(Checksum::Invalid)
        );
        assert_eq!(
            verify_pem(pem("PRIVATE KEY", &[0x42; 100], "").as_bytes()).checksum,
            Some(Checksum::Invalid)
        );
        assert_eq!(
            verify_pem(b"-----BEGIN PRIVATE KEY-----\n!!not base64!!\n-----END PRIVATE KEY-----")
                .checksum,
            Some(Checksum::Invalid)
        );
    }

    #[test]
    fn whole_key_files_in_base64() {
        let file = pem("EC PRIVATE KEY", &sequence(300), "");
        let verdict = verify_base64_pem(STANDARD.encode(&file).as_bytes());
        assert_eq!(
            (verdict.checksum, verdict.details.encrypted),
            (Some(Checksum::Valid), Some(false))
        );
        let certificate = file.replace("EC PRIVATE KEY", "CERTIFICATE");
        assert_eq!(
            verify_base64_pem(STANDARD.encode(certificate).as_bytes()).checksum,
            Some(Checksum::Invalid)
        );
        let cut = &STANDARD.encode(&file)[..200];
        assert_eq!(verify_base64_pem(cut.as_bytes()).checksum, Some(Checksum::Invalid));
    }

    #[test]
    fn one_line_der_bodies() {
        let der = sequence(600);
        assert_eq!(verify_der(STANDARD.encode(&der).as_bytes()).checksum, Some(Checksum::Valid));
        // the first line of a wrapped PEM body is not a whole key
        let first_line = &STANDARD.encode(&der)[..64];
        assert_eq!(verify_der(first_line.as_bytes()).checksum, Some(Checksum::Invalid));
    }

    #[test]
    fn openssh_keys_and_their_cipher() {
        let key = |cipher: &str| {
            let mut raw = OPENSSH_MAGIC.to_vec();
            raw.extend((cipher.len() as u32).to_be_bytes());
            raw.extend(cipher.as_bytes());
            raw.extend([0u8; 40]);
            format!(
                "-----BEGIN OPENSSH PRIVATE KEY-----\n{}\n-----END OPENSSH PRIVATE KEY-----",
                STANDARD.encode(raw)
            )
        };
        assert_eq!(verify_openssh(key("none").as_bytes()).details.encrypted, Some(false));
        assert_eq!(verify_openssh(key("aes256-ctr").as_bytes()).details.encrypted, Some(true));
        let escaped = key("none").replace('\n', "\\n");
        assert_eq!(verify_openssh(escaped.as_bytes()).details.encrypted, Some(false));
        let fake = format!(
            "-----BEGIN OPENSSH PRIVATE KEY-----\n{}\n-----END OPENSSH PRIVATE KEY-----",
            STANDARD.encode([1u8; 90])
        );
        assert_eq!(verify_openssh(fake.as_bytes()).checksum, Some(Checksum::Invalid));
    }
}
