//! Values that stand in for a secret rather than being one: templates, references, masks and
//! the words people write in example configs. Checked on every match, after the pattern.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::default_passwords::is_well_known_default;
use super::documented_examples::{DOCUMENTED_EXAMPLES, is_piece_of_documented_example};

/// Markers of templating or variable interpolation anywhere in the value.
/// (`%{NAME}` is vmauth's, Shibboleth's and Logstash's reference to a variable; `{0}` is a
/// positional argument of Python's `str.format` and .NET's `String.Format`.)
const TEMPLATE_MARKERS: &[&str] =
    &["${", "{{", "}}", "$(", "%(", "%{", "<%", "{%", "#{", "@{", "{0}", "{1}", "{2}"];

/// Words that mark an example or a blank to fill in (compared in lower case).
const PLACEHOLDER_WORDS: &[&str] = &[
    "example",
    "placeholder",
    "changethis",
    "replaceme",
    "replace_me",
    "replace-me",
    "replace-with",
    "replace_with",
    "change-this",
    "change_this",
    "set-me",
    "set_me",
    "fill-in",
    "fill_in",
    "your_",
    "your-",
    "yourpassword",
    "yoursecret",
    "yourtoken",
    "yourkey",
    "redacted",
    "dummy",
    // sequences in place of a value
    "a1b2c3d4",
    // the alphabet in groups, as in documentation of app-specific passwords (abcd-efgh-ijkl-mnop)
    "abcd-efgh",
    // xkcd's example passphrase, quoted in documentation and tests everywhere
    "correcthorse",
    "1a2b3c4d",
    "abcd1234",
    "1234abcd",
    // a name for the value in a usage text (`-passout pass:somepass`, `_authToken=MYTOKEN1`)
    "somepass",
    "somesecret",
    "sometoken",
    "mytoken",
    "mysecret",
    // the password an anonymous FTP login gives (an address, by convention `-anonymous@`)
    "anonymous@",
    "sample",
    "notreal",
    "not_real",
    "not-a-real",
    "not a real",
    "not my real",
    "fakepassword",
    "insert_",
    "insert-",
    // a blank to fill in that says so (PUT-KEY-HERE, password_here)
    "-here",
    "_here",
    "put-",
    "put_",
    "****",
    // bullets mask a value in UIs and in notes copied from them: sk_live_••••••••
    "\u{2022}\u{2022}\u{2022}",
    // an ellipsis: sk-ant-api03-... in documentation (or its one character, r"…")
    "...",
    "\u{2026}",
    "####",
    "0000000",
    "1234567890",
    "abcdefghij",
];

/// Whether `value` is a placeholder, a template or a reference rather than a secret.
pub fn is_placeholder(value: &[u8]) -> bool {
    let text = String::from_utf8_lossy(value);
    let lower = text.to_ascii_lowercase();
    holds_placeholder_text(value)
        || is_changeme_placeholder(&lower)
        || TODO_PREFIXES.iter().any(|prefix| lower.starts_with(prefix))
        || is_secret_store_reference(&lower)
        || ENCRYPTED_PREFIXES.iter().any(|prefix| text.starts_with(prefix))
        || is_bitwarden_cipher_string(&text)
        || is_transmission_digest(&text)
        || is_mysql_native_hash(&text)
        || names_password_manager(&lower)
        || is_reference(&text)
        || is_bracketed(&text)
        || is_html_escaped_text(&lower)
        || too_few_distinct(value)
        || is_tiny_base64_key(&text)
        || is_encoded_placeholder(value)
        || is_piece_of_documented_example(value)
}

/// `bm90IG15IHJlYWwgcGFzc3dvcmQ=`: base64 of printable text that is itself a placeholder or
/// says "password" (`cGFzc3dvcmQ=` in Kubernetes tutorials) stands in for a value.
fn is_encoded_placeholder(value: &[u8]) -> bool {
    let base64_shaped = (8..=96).contains(&value.len())
        && value.len().is_multiple_of(4)
        && value.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
    if !base64_shaped {
        return false;
    }
    let Some(decoded) = crate::secret::validity::decode_base64(value) else {
        return false;
    };
    let printable = decoded.len() >= 4 && decoded.iter().all(|&b| (b' '..=b'~').contains(&b));
    printable && {
        let lower = decoded.to_ascii_lowercase();
        holds_placeholder_text(&decoded)
            || lower.windows(8).any(|word| word == b"password")
            || is_well_known_default(&decoded, &[])
    }
}

/// Whether `value` holds a template marker or a placeholder word (in any case), four `x` in one
/// case (`xXxX` turns up inside one random token in about 16,000) or a documented example key:
/// one pass of two automata rather than a search per word (1.5% of a large scan).
fn holds_placeholder_text(value: &[u8]) -> bool {
    static ANY_CASE: OnceLock<AhoCorasick> = OnceLock::new();
    static EXACT: OnceLock<AhoCorasick> = OnceLock::new();
    let any_case = ANY_CASE.get_or_init(|| {
        let words = TEMPLATE_MARKERS.iter().chain(PLACEHOLDER_WORDS);
        let built = AhoCorasick::builder().ascii_case_insensitive(true).build(words);
        built.expect("literal words always build")
    });
    let exact = EXACT.get_or_init(|| {
        // AWS's documentation marks made-up IDs and keys with `xmpl`, in lower case (ignoring
        // case, one random private key in a few hundred holds it)
        let words = ["xxxx", "XXXX", "xmpl"].iter().chain(DOCUMENTED_EXAMPLES);
        AhoCorasick::new(words).expect("literal words always build")
    });
    any_case.is_match(value) || exact.is_match(value)
}

/// How values that a tool encrypted in place begin: ejson's `EJ[1:…]` and SOPS's
/// `ENC[AES256_GCM,data:…]` need a private key kept elsewhere to be read.
const ENCRYPTED_PREFIXES: &[&str] = &["EJ[1:", "ENC[AES256_GCM,"];

/// A Bitwarden cipher string (`2.<iv>|<data>|<mac>`, each part base64): a vault export's field,
/// encrypted with the account's key.
fn is_bitwarden_cipher_string(text: &str) -> bool {
    let Some((kind, parts)) = text.split_once('.') else { return false };
    let base64 = |part: &str| {
        part.len() >= 16
            && part.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
    };
    !kind.is_empty()
        && kind.len() <= 2
        && kind.bytes().all(|b| b.is_ascii_digit())
        && (2..=3).contains(&parts.split('|').count())
        && parts.split('|').all(base64)
}

/// Transmission's stored RPC password: `{`, a SHA-1 in hex and, as the daemon writes it, an
/// eight-character salt.
fn is_transmission_digest(text: &str) -> bool {
    text.strip_prefix('{').is_some_and(|rest| {
        let (digest, salt) = rest.split_at(rest.len().min(40));
        digest.len() == 40
            && digest.bytes().all(|b| b.is_ascii_hexdigit())
            && (salt.is_empty() || (salt.len() == 8 && salt.bytes().all(|b| b.is_ascii_graphic())))
    })
}

/// MySQL's and MariaDB's stored password (`mysql_native_password`, what `IDENTIFIED BY PASSWORD`
/// takes and `mysql.user` holds): `*` and a SHA-1 of a SHA-1 in capital hex.
fn is_mysql_native_hash(text: &str) -> bool {
    text.strip_prefix('*').is_some_and(|digest| {
        digest.len() == 40
            && digest.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    })
}

/// Password managers, named where a password would be to say where it is kept (`1Password ›
/// Ops › router`, `KeePassXC ops.kdbx`).
const PASSWORD_MANAGERS: &[&str] = &[
    "1password",
    "keepass",
    "keepassxc",
    "keepassx",
    "bitwarden",
    "vaultwarden",
    "lastpass",
    "dashlane",
    "passbolt",
    "enpass",
    "nordpass",
    "roboform",
    "psono",
];

/// Whether a value names the password manager that keeps the password, or its database file;
/// `lower` is the value in lower case.
fn names_password_manager(lower: &str) -> bool {
    let named = PASSWORD_MANAGERS.iter().any(|manager| {
        lower
            .strip_prefix(manager)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '/', ':']) || rest == ".")
    });
    named || lower.ends_with(".kdbx")
}

/// How a value left to be filled in later begins: `TODO-set-in-vault`, `TBD`, `FIXME`.
const TODO_PREFIXES: &[&str] = &["todo", "to-do", "to_do", "tbd", "fixme"];

/// `$NAME`, `%NAME%`: a value read from the environment at run time; `var.db_password`,
/// `data.azurerm_key_vault_secret.db.value`: a Terraform expression naming where it comes from.
fn is_reference(text: &str) -> bool {
    let starts_like_variable = text
        .strip_prefix('$')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_'));
    let windows_variable = text.len() > 2 && text.starts_with('%') && text.ends_with('%');
    let lookup = ENVIRONMENT_LOOKUPS.iter().any(|call| text.starts_with(call));
    starts_like_variable || windows_variable || lookup || is_terraform_reference(text)
}

/// How code reads a value from the environment or the build's properties where a value taken
/// for a literal stands (a Gradle `password System.getenv('REPO_PASS')`).
const ENVIRONMENT_LOOKUPS: &[&str] = &[
    "System.getenv(",
    "System.getProperty(",
    "System.env.",
    "os.getenv(",
    "os.environ",
    "getenv(",
    "process.env.",
    "process.env[",
    "ENV[",
    "ENV.fetch(",
    "Environment.GetEnvironmentVariable(",
    "providers.gradleProperty(",
    "providers.environmentVariable(",
    "findProperty(",
    "project.findProperty(",
];

/// `var.x`, `local.x`, `data.TYPE.NAME.ATTR`, `module.NAME.OUTPUT`: names and dots only.
fn is_terraform_reference(text: &str) -> bool {
    let Some((head, rest)) = text.split_once('.') else {
        return false;
    };
    let name_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.');
    matches!(head, "var" | "local" | "data" | "module")
        && rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && rest.chars().all(name_char)
}

/// How secret managers' references begin: the value names where the secret is kept.
const SECRET_STORE_PREFIXES: &[&str] = &[
    "op://",
    "vault:",
    "vault://",
    "keeper://",
    "@microsoft.keyvault(",
    "akv://",
    "azurekeyvault://",
    "sm://",
    "ssm:",
    "arn:aws:secretsmanager:",
    "arn:aws:ssm:",
    "gcpsm://",
    "bws://",
    // Salt's SDB references (sdb://keyring/key_pass): the value is fetched from that store
    "sdb://",
    // an ARN whose `arn:` a sentence read as a label (`密码放辣 arn:aws:secretsmanager:…`)
    "aws:secretsmanager:",
    // the Bitwarden, pass, gopass and LastPass references of secret-injecting tools
    "bw://",
    "pass://",
    "gopass://",
    "lastpass://",
    "doppler://",
    "infisical://",
    // Dashlane CLI's references (dl://<item id>/password), read by `dcli read` and `dcli exec`
    "dl://",
];

/// `changeme`, `CHANGE_ME_IN_PROD`, `changeme123`: a value left to be replaced. But `changeme`
/// followed by a number nobody would call trivial (`Changeme298!`) is the password someone set,
/// and people do.
fn is_changeme_placeholder(lower: &str) -> bool {
    if !["changeme", "change_me", "change-me"].iter().any(|word| lower.contains(word)) {
        return false;
    }
    let chosen_number = lower.strip_prefix("changeme").is_some_and(|rest| {
        let digits = rest.strip_suffix(['!', '@', '#', '$', '.', '*', '?']).unwrap_or(rest);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    });
    !chosen_number || is_well_known_default(lower.as_bytes(), &["changeme".to_owned()])
}

/// `op://vault/item/field`, `vault:secret/data/app#key`, `@Microsoft.KeyVault(SecretUri=…)`,
/// a Google Secret Manager path (`projects/…/secrets/name/versions/latest`); `lower` is the
/// value in lower case.
fn is_secret_store_reference(lower: &str) -> bool {
    SECRET_STORE_PREFIXES.iter().any(|prefix| lower.starts_with(prefix))
        || (lower.starts_with("projects/") && lower.contains("/secrets/"))
}

/// `<token>`, `&lt;token&gt;`, `[password]`, `{secret}`, `«TempPassword»`, `@db.password@`,
/// `@@PW@@`, `__SECRET__`, `#PASSWORD#`, `***masked***`: a blank to fill in or a value masked (guillemets are Word's mail-merge fields; the last two are Maven
/// resource filtering and template-marker style).
fn is_bracketed(text: &str) -> bool {
    let bracketed = [('<', '>'), ('[', ']'), ('{', '}'), ('«', '»')]
        .iter()
        .any(|&(open, close)| text.len() > 2 && text.starts_with(open) && text.ends_with(close));
    // `&lt;password&gt;`: the blank as an HTML page or mail writes it
    let escaped = text.len() > 8 && text.starts_with("&lt;") && text.ends_with("&gt;");
    // A name between `#` signs is a template's marker (Jeedom's `#PASSWORD#`).
    let hash_marked = text.len() > 2
        && text.starts_with('#')
        && text.ends_with('#')
        && text[1..text.len() - 1].bytes().all(|b| b.is_ascii_uppercase() || b == b'_');
    // As many `@` close the marker as open it: `@@Kq7wPz2Lm9@` is a password that starts with `@`.
    // Token-replacement steps mark a name with two underscores on each side (`__DB_PASSWORD__`).
    let at_marked = is_marked_name(text, '@', 1);
    let dunder_marked = is_marked_name(text, '_', 2);
    // A log or a note masks a value between asterisks: `***masked***`, `***1VBL`.
    let masked = text.len() > 3 && (text.starts_with("***") || text.ends_with("***"));
    bracketed || escaped || at_marked || dunder_marked || masked || hash_marked
}

/// Text of an HTML page written with character references, read as a value: one reference alone
/// (`&nbsp;` in an empty table cell), a blank whose `<` is escaped (`&#x3C;string>` in a
/// generated API reference), a word inside escaped quotes (`printf(&quot;Password is
/// correct.&quot;)`). `lower` is the value in lower case.
fn is_html_escaped_text(lower: &str) -> bool {
    const LESS_THAN: [&str; 3] = ["&lt;", "&#x3c;", "&#60;"];
    const QUOTES: [&str; 6] = ["&quot", "&#34", "&#x22", "&apos", "&#39", "&#x27"];
    let lone_reference = lower.strip_prefix('&').is_some_and(|rest| {
        let Some(name) = rest.strip_suffix(';') else { return false };
        let name = name.strip_prefix("#x").or_else(|| name.strip_prefix('#')).unwrap_or(name);
        (2..=8).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric())
    });
    let escaped_blank = LESS_THAN.iter().any(|escaped| {
        lower
            .strip_prefix(escaped)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
    });
    let before_semicolon = lower.strip_suffix(';').unwrap_or(lower);
    let quoted_word = QUOTES.iter().any(|quote| {
        before_semicolon.strip_suffix(quote).is_some_and(|word| {
            let word = word.trim_end_matches(['.', ',', '!', '?']);
            let word = QUOTES.iter().find_map(|open| word.strip_prefix(open)).unwrap_or(word);
            let word = word.strip_prefix(';').unwrap_or(word);
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphabetic())
        })
    });
    lone_reference || escaped_blank || quoted_word
}

/// Whether `text` is a name between at least `least` copies of `mark` on each side, as many
/// closing as opening.
fn is_marked_name(text: &str, mark: char, least: usize) -> bool {
    let name = text.trim_matches(mark);
    let opening = text.len() - text.trim_start_matches(mark).len();
    let closing = text.len() - text.trim_end_matches(mark).len();
    opening >= least
        && opening == closing
        && !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// `base64:AQ==`: a key written as base64 that holds fewer than four bytes (Meshtastic's
/// well-known one-byte channel keys) is an index into a documented table, not a secret.
fn is_tiny_base64_key(text: &str) -> bool {
    text.strip_prefix("base64:").is_some_and(|encoded| {
        encoded.len() <= 4
            && encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b))
    })
}

/// `***`, `aaaaaaaa`, `abababab`: too little variety to be a secret.
fn too_few_distinct(value: &[u8]) -> bool {
    let mut seen = [false; 256];
    let mut distinct = 0;
    for &byte in value {
        if !seen[usize::from(byte)] {
            seen[usize::from(byte)] = true;
            distinct += 1;
        }
    }
    distinct == 1 && value.len() >= 3 || value.len() >= 6 && distinct < 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_and_references() {
        for value in [
            "${{ secrets.TOKEN }}",
            "${DB_PASSWORD}",
            "{{ .Values.password }}",
            "%(pw)s",
            "$PASSWORD",
            "%APPDATA%",
            "%{VMAUTH_RO_PASSWORD}",
            "&lt;password&gt;",
            "#PASSWORD#",
        ] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        assert!(!is_placeholder(b"#k7Lq2Vx9#"), "a password between # signs");
    }

    #[test]
    fn html_character_references() {
        for value in
            ["&nbsp;", "&#160;", "&#x3C;string>]}", "&lt;Buffer|TypedArray", "correct.&quot"]
        {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        for value in ["Kx8&quot;Pq2!", "&Qv7mLp2x9", "&amp;Rt5vLq8Wz", "h7Kd2&quot"] {
            assert!(!is_placeholder(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn values_encrypted_in_place() {
        for value in [
            "EJ[1:t+zZRKmScOPZ=:yZKvVcvu:S4D7koa/ci1J]",
            "ENC[AES256_GCM,data:Qx9=,iv:a=,tag:b=,type:str]",
        ] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        assert!(!is_placeholder(b"EJ1kQ7vLm2Tx9Z"), "a password that begins with EJ");
    }

    #[test]
    fn documented_examples_are_not_secrets() {
        for value in
            ["mF_9.B5f-4.1JqM", "Bearer 2YotnFZFEjr1zCsicMWpAA", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"]
        {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        assert!(!is_placeholder(b"mF_9.B5f-4.1JqN"), "one letter off is a real value");
    }

    #[test]
    fn base64_of_a_placeholder_is_a_placeholder() {
        // "not my real password", "password", "admin123"
        for value in ["bm90IG15IHJlYWwgcGFzc3dvcmQ=", "cGFzc3dvcmQ=", "YWRtaW4xMjM="] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        // "deploy:Qx7!vLm2Rt", random bytes, and base64 of a chosen password
        for value in
            ["ZGVwbG95OlF4NyF2TG0yUnQ=", "q8Xv2nLw/7TzRk4mPb9Hc1YsJd6Ge3Fa", "VGlkZXBvb2w0Nzch"]
        {
            assert!(!is_placeholder(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn stored_password_hashes_are_not_passwords() {
        let digest = "*C29F3177F341F2261B4A7A299A2EDDDEB02826B0";
        assert!(is_placeholder(digest.as_bytes()));
        assert!(!is_placeholder(&digest.as_bytes()[1..]), "the digest without its star");
        assert!(!is_placeholder(b"*c29f3177f341f2261b4a7a299a2edddeb02826b0x"), "not its form");
    }

    #[test]
    fn values_left_to_fill_in() {
        for value in ["TODO-set-in-vault", "todo", "TBD_before_golive", "FIXME"] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        assert!(!is_placeholder(b"Tq8vTodoLx2mZ9"), "todo inside a random value");
    }

    #[test]
    fn environment_lookups_are_references() {
        for value in ["System.getenv('REPO_PASS')", "process.env.DB_PASSWORD", "ENV.fetch('X')"] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        assert!(!is_placeholder(b"Systemgetenv4!x"));
    }

    #[test]
    fn terraform_references_name_where_a_value_comes_from() {
        for value in ["var.db_password", "data.azurerm_key_vault_secret.db.value", "local.token"] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        for value in ["data.Rq7vT2mXw9Lk!", "variable.Rq7vT2mXw9Lk", "Tq8vLm2Rw9xK"] {
            assert!(!is_placeholder(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn blanks_and_masks() {
        for value in [
            "<token>",
            "«TempPassword»",
            "[password]",
            "@db.password@",
            "@@pw@@",
            "changeme",
            "your-api-key",
            "replace-with-real-secret",
            "change_this_in_production",
            "xxxxxxxxxxxx",
            "sk_live_XXXXXXXXXXXX",
            "********",
            "EXAMPLEKEY12345",
            "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
            "aaaaaaaaaa",
            "***",
            "***masked***",
            "***1VBL",
            "__SECRET__",
            "__DB_PASSWORD__",
            "base64:AQ==",
            "base64:CA==",
        ] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        // one underscore, or unmatched marks, belong to the value
        // (and a run of x in mixed case is chance inside a random token)
        for value in
            ["_Kq7wPz2Lm9_", "__Kq7wPz2Lm9_", "__Kq7w!z2Lm9__", "*Kq7wPz2Lm9*", "Ab3xXxX9kLmQ"]
        {
            assert!(!is_placeholder(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn changeme_is_a_placeholder_unless_a_number_was_chosen() {
        for value in ["changeme", "CHANGE_ME_IN_PROD", "changeme123", "Changeme2024!", "<changeme>"]
        {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        for value in ["Changeme298!", "changeme7731", "Changeme193!"] {
            assert!(!is_placeholder(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn secret_store_references_are_not_secrets() {
        for value in [
            "op://infra/smtp-password/credential",
            "bw://70c88bc7-bc92-4b13-8a07-e79661cfc9e4/password",
            "dl://2c9d1e40-6a7b-4f3e-9d21-5b8c7a0e4f13/password",
            "vault:secret/data/prod/hmac-secret#value",
            "keeper://RvCTatJSEP85MaxLjCM6v2/field/password",
            "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/)",
            "projects/542869953025/secrets/ldap-bind-password/versions/latest",
            "sm://mail-password",
        ] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        assert!(!is_placeholder(b"opaque-Kx8q2Lm9Rt4Zp"));
        assert!(!is_placeholder(b"projects-Kx8q2Lm9Rt4Zp"));
    }

    #[test]
    fn stored_forms_and_manager_names_are_not_secrets() {
        let iv = "dA9d2/fACnC/pBNN38E0TQ==";
        let data = "nl8dreUrYjcFgwRVI6VEg6uR8AS7TA4PUs6OBh39y+Y=";
        for value in [
            format!("2.{iv}|{data}|{data}"),
            format!("0.{iv}|{data}"),
            "{7c1849ff943293c462c6571dbeb2dc9b586dccaf".to_owned(),
            "{7c1849ff943293c462c6571dbeb2dc9b586dccafG4t.x9Qz".to_owned(),
            "1Password".to_owned(),
            "KeePassXC ops.kdbx".to_owned(),
            "Bitwarden: Ops/router".to_owned(),
        ] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        for value in ["2.Kq7wPz2Lm9x", "{7c1849ff9432", "1Password2024!", "keepass-Rq9Zt4"] {
            assert!(!is_placeholder(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn random_values_are_not_placeholders() {
        assert!(!is_placeholder(b"@Kq7wPz2Lm9@x"));
        assert!(!is_placeholder(b"@@zEee2HhoyDF6jV@"), "unbalanced @ markers");
        for value in ["q8Zr2LmT0vXy5NcA", "hunter2-Rq9", "Tr0ub4dor&3", "s3cr3t-P4ss"] {
            assert!(!is_placeholder(value.as_bytes()), "{value}");
        }
    }
}
