//! The mode file end to end: the same repository under enforce, warn and audit; time-bound
//! entries; malformed files; `modes init|check|explain|plan`.

use std::path::Path;

use predicates::prelude::*;

use crate::harness::{fixture, nhiscan};

/// A copy of the fixture repository with `modes` as its mode file.
fn repo_with_modes(modes: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture("secrets"), dir.path());
    std::fs::create_dir_all(dir.path().join(".nhiscan")).unwrap();
    std::fs::write(dir.path().join(".nhiscan/modes.toml"), modes).unwrap();
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn scan(dir: &Path, format: &str) -> std::process::Output {
    nhiscan()
        .env("NHISCAN_TODAY", "2026-11-22")
        .args(["scan", "--format", format])
        .arg(dir)
        .output()
        .unwrap()
}

#[test]
fn the_same_repository_under_enforce_warn_and_audit() {
    let enforce = repo_with_modes("default = \"enforce\"\n");
    assert_eq!(scan(enforce.path(), "human").status.code(), Some(1));

    let warn = repo_with_modes("default = \"warn\"\n");
    let output = scan(warn.path(), "human");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("warn  secret/github-pat"), "{stdout}");
    assert!(stdout.contains("nhiscan passed: 0 enforced, 20 warned"), "{stdout}");

    let audit = repo_with_modes("default = \"audit\"\n");
    let output = scan(audit.path(), "human");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.starts_with("nhiscan passed: 0 enforced, 0 warned, 20 audited"),
        "silent terminal expected: {stdout}"
    );
    let report: serde_json::Value =
        serde_json::from_slice(&scan(audit.path(), "json").stdout).unwrap();
    let modes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["mode"].as_str().unwrap())
        .collect();
    assert!(modes.len() == 22 && modes.iter().all(|mode| *mode == "audit"), "{modes:?}");
    assert_eq!(report["summary"]["audited"], 20);
}

#[test]
fn off_rules_do_not_report_and_paths_override() {
    let dir = repo_with_modes(
        "default = \"enforce\"\n[rules]\n\"secret/github-pat\" = \"off\"\n\
         [[paths]]\npaths = [\"legacy/**\"]\nrules = { \"secret/*\" = \"warn\", \"secret/github-pat\" = \"audit\" }\n",
    );
    let report: serde_json::Value =
        serde_json::from_slice(&scan(dir.path(), "json").stdout).unwrap();
    let found: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["location"]["path"].as_str().unwrap().starts_with("legacy/")
                || f["rule"] == "secret/github-pat"
        })
        .map(|f| {
            let text = |v: &serde_json::Value| v.as_str().unwrap().to_owned();
            (text(&f["location"]["path"]), text(&f["rule"]), text(&f["mode"]))
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "legacy/latin1.properties".to_owned(),
                "secret/github-pat".to_owned(),
                "audit".to_owned()
            ),
            (
                "legacy/windows.ini".to_owned(),
                "secret/stripe-restricted-key".to_owned(),
                "warn".to_owned()
            ),
        ]
    );
}

#[test]
fn an_expired_warn_entry_fails_the_run_and_a_near_one_gives_notice() {
    let modes = "[rules]\n\"secret/*\" = { mode = \"warn\", until = 2026-12-01, owner = \"platform-security\" }\n";
    let dir = repo_with_modes(modes);
    let run = |today: &str| {
        nhiscan().env("NHISCAN_TODAY", today).arg("scan").arg(dir.path()).output().unwrap()
    };

    let before = run("2026-11-10");
    assert_eq!(before.status.code(), Some(0));
    assert!(before.stderr.is_empty(), "no notice 21 days before");

    let near = run("2026-11-22");
    assert_eq!(near.status.code(), Some(0));
    let stderr = String::from_utf8(near.stderr).unwrap();
    assert!(
        stderr.contains("notice: mode entry `secret/*` (line 2) (owner: platform-security) is warn until 2026-12-01; it becomes enforce in 9 days"),
        "{stderr}"
    );

    let after = run("2026-12-02");
    assert_eq!(after.status.code(), Some(1));
    assert!(String::from_utf8(after.stdout).unwrap().contains("enforce  secret/github-pat"));
}

#[test]
fn a_malformed_mode_file_exits_two_with_line_and_column() {
    let dir = repo_with_modes("default = \"warn\"\n[rules]\n\"secret/githb-pat\" = \"off\"\n");
    let output = scan(dir.path(), "human");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("unknown rule `secret/githb-pat`; did you mean `secret/github-pat`?"),
        "{stderr}"
    );
    assert!(stderr.contains("modes.toml:3:1"), "{stderr}");

    let missing = nhiscan().args(["scan", "--modes", "no/such/modes.toml", "."]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let bad_today =
        nhiscan().env("NHISCAN_TODAY", "someday").arg("scan").arg(dir.path()).output().unwrap();
    assert_eq!(bad_today.status.code(), Some(2));
}

#[test]
fn init_writes_a_file_that_check_accepts_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let modes = || {
        let mut command = nhiscan();
        command.current_dir(dir.path()).env("NHISCAN_TODAY", "2026-11-22").arg("modes");
        command
    };
    modes()
        .args(["init", "--stage", "audit"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("wrote .nhiscan/modes.toml"));
    let text = std::fs::read_to_string(dir.path().join(".nhiscan/modes.toml")).unwrap();
    for domain in ["secret", "gha", "gitlab", "k8s", "aws", "gcp", "azure", "policy"] {
        assert!(text.contains(&format!("\"{domain}/*\" = ")), "{domain} missing");
    }
    assert!(text.contains("mode = \"audit\", until = 2026-12-22, then = \"warn\""));
    modes()
        .arg("check")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(".nhiscan/modes.toml is valid: 9 entries, 0 warnings"));
    modes().args(["init"]).assert().code(2).stderr(predicate::str::contains("--force"));
    modes().args(["init", "--stage", "enforce", "--force"]).assert().code(0);
}

#[test]
fn check_warns_about_open_ended_and_past_due_entries() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".nhiscan")).unwrap();
    std::fs::write(
        dir.path().join(".nhiscan/modes.toml"),
        "[rules]\n\"gha/*\" = \"audit\"\n\"secret/*\" = { mode = \"warn\", until = 2026-10-01 }\n",
    )
    .unwrap();
    nhiscan()
        .current_dir(dir.path())
        .env("NHISCAN_TODAY", "2026-11-22")
        .args(["modes", "check"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(".nhiscan/modes.toml:2: warning: `gha/*`: audit with no `until` date will never be enforced"))
        .stdout(predicate::str::contains(".nhiscan/modes.toml:3: warning: `secret/*`: past due"))
        .stdout(predicate::str::contains("2 entries, 2 warnings"));
}

#[test]
fn explain_names_the_deciding_line() {
    let dir = repo_with_modes(
        "[rules]\n\"secret/*\" = \"warn\"\n[[paths]]\npaths = [\"docs/**\"]\nrules = { \"secret/github-pat\" = \"audit\" }\n",
    );
    let explain = |args: &[&str]| {
        nhiscan().current_dir(dir.path()).args(["modes", "explain"]).args(args).assert()
    };
    explain(&["secret/github-pat"]).code(0).stdout(predicate::str::contains(
        "secret/github-pat: warn\n  decided by .nhiscan/modes.toml:2: the most specific [rules] glob (`secret/*`)",
    ));
    explain(&["secret/github-pat", "--path", "docs/setup.md"]).code(0).stdout(predicate::str::contains(
        "secret/github-pat at docs/setup.md: audit\n  decided by .nhiscan/modes.toml:5: a [[paths]] entry for the rule (`secret/github-pat`)",
    ));
    explain(&["secret/jwtt"])
        .code(2)
        .stderr(predicate::str::contains("did you mean `secret/jwt`?"));
    let empty = tempfile::tempdir().unwrap();
    nhiscan()
        .current_dir(empty.path())
        .args(["modes", "explain", "secret/jwt"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "decided by the built-in defaults (there is no mode file)",
        ));
}

#[test]
fn plan_counts_findings_and_promotion_readiness_per_rule() {
    let dir = repo_with_modes(
        "default = \"warn\"\n[rules]\n\"secret/jwt\" = \"off\"\n\"secret/pypi-api-token\" = \"audit\"\n",
    );
    let output = nhiscan()
        .env("NHISCAN_TODAY", "2026-11-22")
        .args(["modes", "plan", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let plan: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rule = |id: &str| {
        plan["rules"].as_array().unwrap().iter().find(|r| r["rule"] == id).unwrap().clone()
    };
    let jwt = rule("secret/jwt");
    assert_eq!(
        (jwt["mode"].as_str(), jwt["findings"].as_u64(), jwt["would_fail"].as_u64()),
        (Some("off"), Some(1), Some(1))
    );
    assert_eq!(jwt["ready_to_promote"], false);
    let pat = rule("secret/github-pat");
    assert_eq!(
        (pat["findings"].as_u64(), pat["suppressed"].as_u64(), pat["would_fail"].as_u64()),
        (Some(3), Some(1), Some(2))
    );
    let pypi = rule("secret/pypi-api-token");
    assert_eq!(
        (pypi["mode"].as_str(), pypi["findings"].as_u64(), pypi["ready_to_promote"].as_bool()),
        (Some("audit"), Some(0), Some(true))
    );
    assert_eq!(pypi["decided_by"]["line"], 4);
    assert_eq!(plan["summary"]["failing_now"], 0);
    assert_eq!(plan["summary"]["would_fail_if_enforced"], 20);

    let human = nhiscan()
        .env("NHISCAN_TODAY", "2026-11-22")
        .args(["modes", "plan"])
        .arg(dir.path())
        .output()
        .unwrap();
    let human = String::from_utf8(human.stdout).unwrap();
    assert!(
        human.contains("secret/pypi-api-token") && human.contains("ready to promote to enforce"),
        "{human}"
    );
    let markdown =
        nhiscan().args(["modes", "plan", "--format", "markdown"]).arg(dir.path()).output().unwrap();
    assert!(
        String::from_utf8(markdown.stdout)
            .unwrap()
            .contains("| `secret/github-pat` | warn | 3 | 1 | 2 |")
    );
}
