//! Input that must not break a scan: binary, invalid UTF-8, empty, huge, link cycles,
//! unreadable files and FIFOs are handled without a panic and reported where skipped.

use std::path::Path;

use predicates::prelude::*;

use crate::harness::{nhiscan, scan_json, synthetic_github_token};

fn skipped(report: &serde_json::Value) -> Vec<(String, String)> {
    report["summary"]["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap().to_owned(), s["reason"].as_str().unwrap().to_owned()))
        .collect()
}

fn rules_found(report: &serde_json::Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["location"]["path"].as_str().unwrap().to_owned(),
                f["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn binary_empty_and_invalid_utf8_files() {
    let dir = tempfile::tempdir().unwrap();
    let token = synthetic_github_token(21);
    let mut binary = b"\x7fELF\x02\x01\x01\0\0\0".to_vec();
    binary.extend_from_slice(token.as_bytes());
    std::fs::write(dir.path().join("tool.bin"), binary).unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let mut latin1 = b"nom=Fran\xe7ois \xff\xfe\n".to_vec();
    latin1.extend_from_slice(format!("jeton={token}\n").as_bytes());
    std::fs::write(dir.path().join("latin1.txt"), latin1).unwrap();
    let (report, code) = scan_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(skipped(&report), [("tool.bin".to_owned(), "binary".to_owned())]);
    assert_eq!(rules_found(&report), [("latin1.txt".to_owned(), "secret/github-pat".to_owned())]);
    assert_eq!(report["findings"][0]["location"]["line"], 2);
    assert_eq!(report["summary"]["files_scanned"], 2);
}

#[test]
fn a_50_mib_file_is_skipped_by_default_and_scanned_when_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = "0123456789abcdef\n".repeat(50 * 1024 * 1024 / 17 + 1).into_bytes();
    big.extend_from_slice(format!("token={}\n", synthetic_github_token(5)).as_bytes());
    std::fs::write(dir.path().join("big.log"), &big).unwrap();
    let root = dir.path().to_str().unwrap();

    let (report, code) = scan_json(&[root]);
    assert_eq!(code, 0);
    assert_eq!(skipped(&report), [("big.log".to_owned(), "too-large".to_owned())]);
    nhiscan()
        .args(["scan", root])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("skipped big.log (too large"));

    let (report, code) = scan_json(&["--max-file-size", "64MiB", root]);
    assert_eq!(code, 1);
    assert_eq!(
        report["findings"][0]["location"]["line"].as_u64(),
        Some(big.iter().filter(|&&b| b == b'\n').count() as u64)
    );
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed_by_default_and_cycles_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/a.env"), format!("T={}\n", synthetic_github_token(8)))
        .unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("sub/up")).unwrap();
    std::os::unix::fs::symlink("a.env", dir.path().join("sub/alias.env")).unwrap();
    let root = dir.path().to_str().unwrap();

    let (report, _) = scan_json(&[root]);
    assert_eq!(rules_found(&report).len(), 1);
    assert_eq!(
        skipped(&report),
        [
            ("sub/alias.env".to_owned(), "symlink".to_owned()),
            ("sub/up".to_owned(), "symlink".to_owned())
        ]
    );

    let (report, code) = scan_json(&["--follow-links", root]);
    assert_eq!(code, 1);
    let found: Vec<String> = rules_found(&report).into_iter().map(|(path, _)| path).collect();
    assert_eq!(found, ["sub/a.env", "sub/alias.env"]);
    assert_eq!(skipped(&report), [("sub/up".to_owned(), "symlink-loop".to_owned())]);
}

#[cfg(unix)]
#[test]
fn fifos_are_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let status =
        std::process::Command::new("mkfifo").arg(dir.path().join("pipe")).status().unwrap();
    assert!(status.success());
    let (report, code) = scan_json(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(skipped(&report), [("pipe".to_owned(), "not-a-file".to_owned())]);
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_skipped_and_the_rest_is_scanned() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let token = synthetic_github_token(13);
    std::fs::write(dir.path().join("secret.env"), format!("T={token}\n")).unwrap();
    std::fs::write(dir.path().join("readable.env"), format!("T={token}\n")).unwrap();
    std::fs::set_permissions(dir.path().join("secret.env"), std::fs::Permissions::from_mode(0o000))
        .unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();

    let output = unprivileged_scan(dir.path());
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(skipped(&report), [("secret.env".to_owned(), "unreadable".to_owned())]);
    assert_eq!(rules_found(&report), [("readable.env".to_owned(), "secret/github-pat".to_owned())]);
    assert!(
        report["summary"]["skipped"][0]["detail"].as_str().unwrap().contains("ermission denied")
    );
}

/// Runs a JSON scan of `root` as a user who cannot read files with mode 000: the current user,
/// or `nobody` when the tests run as root (root reads everything).
#[cfg(unix)]
fn unprivileged_scan(root: &Path) -> std::process::Output {
    let binary = assert_cmd::cargo::cargo_bin!("nhiscan");
    let running_as_root =
        std::process::Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let mut command = if running_as_root {
        let mut command = std::process::Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(binary);
        command
    } else {
        std::process::Command::new(binary)
    };
    command.args(["scan", "--format", "json"]).arg(root).output().unwrap()
}
