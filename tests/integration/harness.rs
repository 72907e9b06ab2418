//! Shared helpers: run the real binary on fixtures and generated inputs.

use assert_cmd::Command;

/// The nhiscan binary built by cargo, with a clean environment for reproducible output.
pub fn nhiscan() -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin!("nhiscan"));
    command.env("NO_COLOR", "1").env_remove("RUST_LOG");
    command
}

/// A path under the repository's `fixtures/`.
pub fn fixture(relative: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(relative)
}

/// Runs `nhiscan scan --format json ARGS…` and returns the parsed report and the exit code.
pub fn scan_json(args: &[&str]) -> (serde_json::Value, i32) {
    let output = nhiscan().arg("scan").arg("--format").arg("json").args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}); stderr: {stderr}"));
    (report, output.status.code().unwrap_or(-1))
}

/// A synthetic classic GitHub token with a valid checksum, made at run time from `seed` so no
/// token-shaped literal sits in the test sources.
pub fn synthetic_github_token(seed: u64) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let body: String = (0..30)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            char::from(ALPHABET[(state >> 33) as usize % ALPHABET.len()])
        })
        .collect();
    format!("{}_{body}{}", "ghp", nhiscan::secret::base62_crc32(body.as_bytes()))
}

/// A temporary project holding `files` (relative path, text); parent directories are created.
pub fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }
    dir
}
