//! The fixture repository: every planted secret found at its exact place, the JSON report valid
//! against its documented schema, and what users see, snapshotted.

use std::collections::BTreeSet;

use crate::harness::{fixture, nhiscan, scan_json};

type Place = (String, String, u64, u64, u64, u64, bool);

fn place(value: &serde_json::Value, suppressed: bool) -> Place {
    let location = if value.get("location").is_some() { &value["location"] } else { value };
    (
        value["rule"].as_str().unwrap().to_owned(),
        location["path"].as_str().unwrap().to_owned(),
        location["line"].as_u64().unwrap(),
        location["column"].as_u64().unwrap(),
        location["end_line"].as_u64().unwrap(),
        location["end_column"].as_u64().unwrap(),
        suppressed,
    )
}

fn expected(include_ignored: bool) -> BTreeSet<Place> {
    let text = std::fs::read_to_string(fixture("expected/secrets.json")).unwrap();
    let planted: serde_json::Value = serde_json::from_str(&text).unwrap();
    planted
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| include_ignored || p.get("ignored").is_none())
        .map(|p| place(p, p["suppressed"].as_bool().unwrap()))
        .collect()
}

fn found(report: &serde_json::Value) -> BTreeSet<Place> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| place(f, !f["suppressed"].is_null()))
        .collect()
}

#[test]
fn every_planted_secret_is_found_at_its_exact_place_and_nothing_else() {
    let (report, code) = scan_json(&[fixture("secrets").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(found(&report), expected(false));
}

#[test]
fn no_ignore_also_scans_gitignored_files() {
    let (report, _) = scan_json(&["--no-ignore", fixture("secrets").to_str().unwrap()]);
    assert_eq!(found(&report), expected(true));
}

#[test]
fn inline_suppressions_keep_the_finding_with_its_reason() {
    let (report, _) = scan_json(&[fixture("secrets").to_str().unwrap()]);
    let suppressed: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["suppressed"].is_null())
        .collect();
    assert_eq!(suppressed.len(), 2);
    assert_eq!(suppressed[0]["suppressed"]["by"], "inline");
    assert_eq!(suppressed[0]["suppressed"]["reason"], "documentation example");
    assert_eq!(report["summary"]["suppressed"], 2);
    assert_eq!(report["summary"]["enforced"], report["summary"]["findings"].as_u64().unwrap() - 2);
}

#[test]
fn json_report_validates_against_the_documented_schema() {
    let schema_text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json-report.schema.json"),
    )
    .unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for args in [vec!["--no-ignore"], vec!["--show-secrets"], vec![]] {
        let mut args: Vec<&str> = args;
        let root = fixture("secrets");
        args.push(root.to_str().unwrap());
        let (report, _) = scan_json(&args);
        let errors: Vec<String> = validator
            .iter_errors(&report)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // A report carrying a notice about an expiring mode entry.
    let modes = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        modes.path(),
        "[rules]\n\"secret/*\" = { mode = \"warn\", until = 2026-11-30, owner = \"sec\" }\n",
    )
    .unwrap();
    let output = nhiscan()
        .env("NHISCAN_TODAY", "2026-11-22")
        .args(["scan", "--format", "json", "--modes"])
        .arg(modes.path())
        .arg(fixture("secrets"))
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["notices"][0]["days_left"], 8);
    let errors: Vec<String> = validator.iter_errors(&report).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // An empty scan is valid too.
    let dir = tempfile::tempdir().unwrap();
    let (report, code) = scan_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(validator.is_valid(&report));
}

#[test]
fn human_report_snapshot() {
    let output = nhiscan().arg("scan").arg(fixture("secrets")).output().unwrap();
    insta::assert_snapshot!("human_fixture_secrets", String::from_utf8(output.stdout).unwrap());
}

#[test]
fn json_report_snapshot() {
    let output =
        nhiscan().args(["scan", "--format", "json"]).arg(fixture("secrets")).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    insta::with_settings!({ filters => vec![(r#""version": "[0-9.]+""#, r#""version": "[version]""#)] }, {
        insta::assert_snapshot!("json_fixture_secrets", stdout);
    });
}
