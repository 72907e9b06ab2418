//! Embeds every `rules/**/*.toml` file into the binary, so adding a rule file is a data-only change.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules_dir = manifest.join("rules");
    println!("cargo:rerun-if-changed={}", rules_dir.display());

    let mut files = Vec::new();
    collect_toml(&rules_dir, &mut files);
    files.sort();

    let mut out = String::from(
        "/// Rule files embedded at build time: (path relative to the crate, contents).\n",
    );
    out.push_str("pub(crate) static EMBEDDED_RULE_FILES: &[(&str, &str)] = &[\n");
    for file in &files {
        // Each directory is watched too, so a new file triggers a rebuild.
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file.strip_prefix(&manifest).expect("rule file lies under the crate");
        let relative = relative.to_string_lossy().replace('\\', "/");
        writeln!(out, "    ({relative:?}, include_str!({:?})),", file.display().to_string())
            .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");

    let dest =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_rules.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

fn collect_toml(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_toml(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            files.push(path);
        }
    }
}
