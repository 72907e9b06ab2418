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
/// An X (Twitter) archive's messages and posts are data in a `.js` file
/// (`window.YTD.direct_messages.part0 = [ … ]`): they are not code.
pub fn is_source_code(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some((_, extension)) = name.rsplit_once('.') else {
        return false;
    };
    let extension = extension.to_ascii_lowercase();
    SOURCE_EXTENSIONS.binary_search(&extension.as_str()).is_ok()
        && !(extension == "js" && is_social_archive_data(name))
}

/// Whether `name` (a `.js` file's) is one of an X (Twitter) archive's data files: direct
/// messages and posts.
fn is_social_archive_data(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("direct-message")
        || matches!(name.as_str(), "tweets.js" | "tweet.js" | "note-tweet.js")
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
        assert!(!is_source_code("archive/data/direct-messages-group.js"));
        assert!(!is_source_code("archive/data/tweets.js"));
        assert!(is_source_code("src/tweets-feed.js"));
    }
}
