//! The command line: exit codes, errors, stdin, redaction, determinism.

use predicates::prelude::*;

use crate::harness::{fixture, nhiscan, project, scan_json, synthetic_github_token};

#[test]
fn a_clean_tree_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.rs"), "fn main() { println!(\"hello\"); }\n").unwrap();
    nhiscan()
        .arg("scan")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("nhiscan passed: 0 enforced"));
}

#[test]
fn an_enforced_finding_exits_one() {
    nhiscan().arg("scan").arg(fixture("secrets")).assert().code(1);
}

#[test]
fn a_missing_path_exits_two_with_a_message() {
    nhiscan()
        .args(["scan", "does/not/exist"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("path `does/not/exist` does not exist"));
}

#[test]
fn usage_errors_exit_two() {
    nhiscan().args(["scan", "--format", "yaml"]).assert().code(2);
    nhiscan()
        .args(["scan", "--max-file-size", "ten"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--max-file-size"));
    nhiscan().arg("frobnicate").assert().code(2);
}

#[test]
fn a_malformed_config_exits_two_with_line_and_column() {
    let dir = project(&[(".nhiscan/config.toml", "exclude = [\"a\"]\nmax_file_size = \"ten\"\n")]);
    nhiscan()
        .arg("scan")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid configuration file"))
        .stderr(predicate::str::contains("config.toml:2:17"));
}

#[test]
fn config_error_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".nhiscan")).unwrap();
    std::fs::write(
        dir.path().join(".nhiscan/config.toml"),
        "# project settings\nexclude = [\"vendor/**\"]\nmax_file_sise = \"1MiB\"\n",
    )
    .unwrap();
    let output = nhiscan().arg("scan").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let root = escape_regex(dir.path().to_str().unwrap());
    insta::with_settings!({ filters => vec![(root.as_str(), "[SCAN_ROOT]")] }, {
        insta::assert_snapshot!("config_error", stderr);
    });
}

/// `text` as a regex that matches it literally (for insta's path filters).
fn escape_regex(text: &str) -> String {
    text.chars()
        .flat_map(|c| if r"\.+*?()|[]{}^$#&-~".contains(c) { vec!['\\', c] } else { vec![c] })
        .collect()
}

#[test]
fn an_explicit_config_must_exist() {
    nhiscan()
        .args(["scan", "--config", "no/such/config.toml", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
}

#[test]
fn stdin_is_scanned_as_one_unit() {
    let token = synthetic_github_token(7);
    let output = nhiscan()
        .args(["scan", "--format", "json", "-"])
        .write_stdin(format!("first line\nexport GH={token}\n"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let location = &report["findings"][0]["location"];
    assert_eq!(location["path"], "<stdin>");
    assert_eq!((location["line"].as_u64(), location["column"].as_u64()), (Some(2), Some(11)));
}

#[test]
fn secrets_are_redacted_unless_asked_for() {
    let planted = planted_values();
    for format in ["human", "json"] {
        let output = nhiscan()
            .args(["scan", "--no-ignore", "--format", format])
            .arg(fixture("secrets"))
            .output()
            .unwrap();
        let everything = [output.stdout, output.stderr].concat();
        let everything = String::from_utf8_lossy(&everything);
        for value in &planted {
            assert!(!everything.contains(value.as_str()), "{format} output leaks {value}");
        }
    }
    let (report, _) = scan_json(&["--show-secrets", fixture("secrets").to_str().unwrap()]);
    let shown: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["secret"]["value"].as_str())
        .collect();
    assert!(planted.iter().any(|value| shown.contains(&value.as_str())));
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let root = fixture("secrets");
    let run = |threads: &str| {
        nhiscan()
            .args(["scan", "--format", "json", "--threads", threads])
            .arg(&root)
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    assert_eq!(one, run("8"));
}

#[test]
fn reported_paths_follow_the_scan_root() {
    let dir = project(&[("app/conf/a.env", &format!("T={}\n", synthetic_github_token(3)))]);
    let (report, _) = scan_json(&[dir.path().join("app").to_str().unwrap()]);
    assert_eq!(report["findings"][0]["location"]["path"], "conf/a.env");
    // With a file argument, paths are relative to the current directory.
    let output = nhiscan()
        .current_dir(dir.path())
        .args(["scan", "--format", "json", "app/conf/a.env"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["findings"][0]["location"]["path"], "app/conf/a.env");
}

#[test]
fn config_excludes_and_gitignore_are_honoured() {
    let secret = format!("T={}\n", synthetic_github_token(11));
    let dir = project(&[
        ("keep/a.env", &secret),
        ("vendor/lib/b.env", &secret),
        ("build/c.env", &secret),
        (".gitignore", "build/\n"),
        (".nhiscan/config.toml", "exclude = [\"vendor/**\"]\n"),
    ]);
    let paths = |report: serde_json::Value| -> Vec<String> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["location"]["path"].as_str().unwrap().to_owned())
            .collect()
    };
    let root = dir.path().to_str().unwrap();
    assert_eq!(paths(scan_json(&[root]).0), ["keep/a.env"]);
    assert_eq!(paths(scan_json(&["--no-ignore", root]).0), ["build/c.env", "keep/a.env"]);
}

/// Every secret value planted in the fixtures, read back from the fixture files.
fn planted_values() -> Vec<String> {
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("expected/secrets.json")).unwrap())
            .unwrap();
    expected
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let text = std::fs::read(fixture("secrets").join(p["path"].as_str().unwrap())).unwrap();
            let text = String::from_utf8_lossy(&text);
            let line = text.lines().nth(p["line"].as_u64().unwrap() as usize - 1).unwrap();
            let chars: Vec<char> = line.chars().collect();
            let start = p["column"].as_u64().unwrap() as usize - 1;
            let end = if p["end_line"] == p["line"] {
                p["end_column"].as_u64().unwrap() as usize - 1
            } else {
                chars.len()
            };
            chars[start..end].iter().collect()
        })
        .collect()
}
