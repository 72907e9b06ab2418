//! The baseline and configuration allowlists: accepted findings are reported as suppressed and
//! never fail the run; new ones do.

use predicates::prelude::*;

use crate::harness::{nhiscan, project, scan_json, synthetic_github_token};

fn findings(report: &serde_json::Value) -> Vec<(String, u64, Option<String>)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let by = f["suppressed"]["by"].as_str().map(str::to_owned);
            (
                f["location"]["path"].as_str().unwrap().to_owned(),
                f["location"]["line"].as_u64().unwrap(),
                by,
            )
        })
        .collect()
}

#[test]
fn a_baseline_accepts_old_findings_moves_with_them_and_catches_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let old = synthetic_github_token(31);
    std::fs::write(dir.path().join("app.env"), format!("A=1\nTOKEN={old}\n")).unwrap();
    let root = dir.path().to_str().unwrap();
    nhiscan().arg("scan").arg(root).assert().code(1);

    nhiscan()
        .args(["baseline", "create", root])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("1 findings accepted"));
    let text = std::fs::read_to_string(dir.path().join(".nhiscan/baseline.json")).unwrap();
    assert!(!text.contains(&old), "the baseline must not hold the secret");
    assert!(
        !text.contains("line") && !text.contains("date"),
        "no line numbers or timestamps: {text}"
    );
    let (report, code) = scan_json(&[root]);
    assert_eq!(code, 0);
    assert_eq!(findings(&report), [("app.env".to_owned(), 2, Some("baseline".to_owned()))]);

    // The old secret moves three lines down and a new one appears: only the new one counts.
    let new = synthetic_github_token(32);
    std::fs::write(
        dir.path().join("app.env"),
        format!("A=1\nB=2\nC=3\nD=4\nTOKEN={old}\nOTHER={new}\n"),
    )
    .unwrap();
    let (report, code) = scan_json(&[root]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&report),
        [("app.env".to_owned(), 5, Some("baseline".to_owned())), ("app.env".to_owned(), 6, None)]
    );
    assert_eq!(report["summary"]["enforced"], 1);
    let (_, code) = scan_json(&["--no-baseline", root]);
    assert_eq!(code, 1);

    // update drops what no longer occurs, and never adds the new one.
    std::fs::write(dir.path().join("app.env"), format!("OTHER={new}\n")).unwrap();
    nhiscan()
        .args(["baseline", "update", root])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("kept 0, dropped 1"));
    let text = std::fs::read_to_string(dir.path().join(".nhiscan/baseline.json")).unwrap();
    assert_eq!(text, "{\n  \"version\": 1,\n  \"findings\": []\n}\n");
}

#[test]
fn baseline_files_are_sorted_and_stable() {
    let dir = tempfile::tempdir().unwrap();
    for (name, seed) in [("b.env", 41), ("a.env", 42), ("c/d.env", 43)] {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, format!("T={}\n", synthetic_github_token(seed))).unwrap();
    }
    let root = dir.path().to_str().unwrap();
    nhiscan().args(["baseline", "create", root]).assert().code(0);
    let first = std::fs::read_to_string(dir.path().join(".nhiscan/baseline.json")).unwrap();
    let paths: Vec<&str> = first
        .lines()
        .filter_map(|line| line.split('"').nth(3))
        .filter(|p| p.ends_with(".env"))
        .collect();
    assert_eq!(paths, ["a.env", "b.env", "c/d.env"]);
    nhiscan().args(["baseline", "create", "--threads", "1", root]).assert().code(0);
    assert_eq!(std::fs::read_to_string(dir.path().join(".nhiscan/baseline.json")).unwrap(), first);
}

#[test]
fn a_corrupt_baseline_fails_closed() {
    let dir = project(&[(".nhiscan/baseline.json", "{\n  \"version\": 1,\n  \"findings\": [\n")]);
    nhiscan()
        .arg("scan")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid baseline"))
        .stderr(predicate::str::contains("baseline.json:4:1"));
    nhiscan().args(["baseline", "update"]).arg(dir.path().join("nothing-here")).assert().code(2);
}

#[test]
fn allowlists_suppress_by_path_and_value_with_their_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("tests/data")).unwrap();
    std::fs::create_dir(dir.path().join(".nhiscan")).unwrap();
    std::fs::write(
        dir.path().join("tests/data/a.env"),
        format!("T={}\n", synthetic_github_token(51)),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.env"),
        "DB_PASSWORD=testing-q7Vx2Lm9\nSMTP_PASSWORD=prod-Kq8Zr2Lm0Vxy\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join(".nhiscan/config.toml"),
        "[[allow]]\npaths = [\"tests/**\"]\nreason = \"test data\"\n\n\
         [[allow]]\nrules = [\"secret/generic-password\"]\nvalues = [\"^testing-\"]\nreason = \"local test database\"\n",
    )
    .unwrap();
    let (report, code) = scan_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    let reasons: Vec<(String, Option<String>)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["location"]["path"].as_str().unwrap().to_owned(),
                f["suppressed"]["reason"].as_str().map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(
        reasons,
        [
            ("b.env".to_owned(), Some("local test database".to_owned())),
            ("b.env".to_owned(), None),
            ("tests/data/a.env".to_owned(), Some("test data".to_owned())),
        ]
    );
    assert_eq!(report["findings"][0]["suppressed"]["by"], "allowlist");

    std::fs::write(dir.path().join(".nhiscan/config.toml"), "[[allow]]\nrules = [\"secret/*\"]\n")
        .unwrap();
    nhiscan()
        .arg("scan")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs `paths` or `values`"));
}
