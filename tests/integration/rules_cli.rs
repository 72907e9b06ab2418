//! `nhiscan rules list|explain|test` and custom rules in scans.

use predicates::prelude::*;

use crate::harness::{nhiscan, project};

const CUSTOM_RULE: &str = r#"provider = "Acme"

[[rule]]
id = "secret/acme-api-key"
name = "Acme API key"
severity = "high"
description = "An Acme API key."
remediation = "Revoke it in the Acme console."
references = ["https://acme.example/docs/keys"]
keywords = ["acme_"]
pattern = '(?P<secret>acme_[a-z0-9]{24})\b'
examples = [
  "ACME_KEY=acme_q8zr2lmt0vxy5nca7bwd3kfe",
  "key: acme_q8zr2lmt0vxy5nca7bwd3kfe",
]
negative_examples = ["acme_short"]
"#;

fn project_with_rule(rule_text: &str) -> tempfile::TempDir {
    project(&[(".nhiscan/rules/acme.toml", rule_text)])
}

#[test]
fn list_shows_builtin_and_custom_rules() {
    let dir = project_with_rule(CUSTOM_RULE);
    nhiscan()
        .current_dir(dir.path())
        .args(["rules", "list"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("secret/github-pat"))
        .stdout(
            predicate::str::is_match(r"secret/acme-api-key\s+high\s+enforce\s+Acme \(custom\)")
                .unwrap(),
        );
    let output = nhiscan()
        .current_dir(dir.path())
        .args(["rules", "list", "--format", "json"])
        .output()
        .unwrap();
    let rules: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let acme = rules.as_array().unwrap().iter().find(|r| r["id"] == "secret/acme-api-key").unwrap();
    assert_eq!(acme["custom"], true);
    assert_eq!(acme["mode"], "enforce");
}

#[test]
fn explain_prints_documentation_and_suggests_on_typos() {
    nhiscan()
        .args(["rules", "explain", "secret/github-pat"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("GitHub personal access token"))
        .stdout(predicate::str::contains("Remediation"))
        .stdout(predicate::str::contains("checksum: crc32-base62"));
    nhiscan()
        .args(["rules", "explain", "secret/githb-pat"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `secret/github-pat`?"));
}

#[test]
fn custom_rules_find_secrets_in_scans() {
    let dir = project_with_rule(CUSTOM_RULE);
    std::fs::write(dir.path().join("app.env"), "ACME=acme_t4zq8lmr2vxy5nca7bwd3kfe\n").unwrap();
    nhiscan()
        .arg("scan")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("secret/acme-api-key"));
}

#[test]
fn a_broken_custom_rule_stops_the_scan_with_its_place() {
    let broken = CUSTOM_RULE.replace("keywords = [\"acme_\"]", "keywords = [\"ac\"]");
    let dir = project_with_rule(&broken);
    nhiscan()
        .arg("scan")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid rule file"))
        .stderr(predicate::str::contains("keyword `ac` is shorter than 3 bytes"))
        .stderr(predicate::str::contains("acme.toml:3:1"));
}

#[test]
fn rules_test_reports_failing_examples_by_file_and_line() {
    let dir = project_with_rule(
        &CUSTOM_RULE.replace("\"acme_short\"", "\"acme_q8zr2lmt0vxy5nca7bwd3kfe\""),
    );
    nhiscan()
        .args(["rules", "test"])
        .arg(dir.path().join(".nhiscan/rules"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("acme.toml:16: secret/acme-api-key: negative example gave 1 findings of secret/acme-api-key, expected 0"))
        .stdout(predicate::str::contains("checked 1 rules and 3 examples: 1 failure"));
    let good = project_with_rule(CUSTOM_RULE);
    nhiscan()
        .args(["rules", "test"])
        .arg(good.path().join(".nhiscan/rules"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("all passed"));
}

#[test]
fn rules_test_without_a_directory_checks_the_builtin_catalog() {
    let empty = tempfile::tempdir().unwrap();
    nhiscan()
        .current_dir(empty.path())
        .args(["rules", "test"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("all passed"));
}
