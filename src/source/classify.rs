//! What kind of file a unit is, from its path: decided once, used by detectors.

/// Extensions of programming-language source files, where an unquoted value is code (an
/// identifier or expression) rather than a literal. Configuration formats (`.env`, `.ini`,
/// `.yaml`, `.properties`, …) are not in the list: there unquoted values are strings.
const SOURCE_EXTENSIONS: &[&str] = &[
    "c", "cc", "cjs", "cpp", "cs", "cxx", "dart", "el", "ex", "exs", "fs", "go", "groovy", "h",
    "hpp", "java", "js", "jsx", "kt", "kts", "lua", "m", "mjs", "mm", "mts", "php", "pl", "pm",
    "py", "pyi", "r", "rb", "rs", "scala", "swift", "ts", "tsx", "vb", "vim", "zig",
];

/// Whether `path` names a programming-language source file (by extension, case-insensitive).
pub fn is_source_code(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some((_, extension)) = name.rsplit_once('.') else {
        return false;
    };
    let extension = extension.to_ascii_lowercase();
    SOURCE_EXTENSIONS.binary_search(&extension.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_for_binary_search() {
        assert!(SOURCE_EXTENSIONS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn code_and_configuration() {
        assert!(is_source_code("src/app.py"));
        assert!(is_source_code("web/App.TSX"));
        assert!(is_source_code("dist/aws-sdk.min.js"));
        assert!(!is_source_code(".env"));
        assert!(!is_source_code("config/app.yaml"));
        assert!(!is_source_code("Makefile"));
        assert!(!is_source_code("dir.py/settings"));
    }
}
