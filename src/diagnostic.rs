//! Errors in files people write (configuration, rules), shown with the offending line and column.

use std::ops::Range;
use std::sync::Arc;

use miette::{Diagnostic, NamedSource, SourceSpan};

/// A problem at a place in a user-written file; rendered by miette with the line it is on.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{what} {path}: {message}")]
pub struct FileError {
    what: &'static str,
    /// The file.
    pub path: String,
    /// What is wrong.
    pub message: String,
    #[source_code]
    source_code: Arc<NamedSource<String>>,
    /// Where in the file (byte range), when known.
    #[label("{message}")]
    pub span: Option<SourceSpan>,
}

impl FileError {
    /// A problem in `path` (whose text is `text`), described as `what` (e.g. "invalid rule file").
    pub fn new(
        what: &'static str,
        path: &str,
        text: &str,
        message: String,
        span: Option<Range<usize>>,
    ) -> Self {
        FileError {
            what,
            path: path.to_owned(),
            message,
            source_code: Arc::new(NamedSource::new(path, text.to_owned())),
            span: span.map(SourceSpan::from),
        }
    }

    /// 1-based line and column of the problem, when its place is known.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        let offset = self.span?.offset();
        let text = self.source_code.inner();
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Some((line, column))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_of_the_span() {
        let error =
            FileError::new("invalid file", "f.toml", "a = 1\nbé = x\n", "bad".into(), Some(11..12));
        assert_eq!(error.line_column(), Some((2, 5)));
        assert_eq!(error.to_string(), "invalid file f.toml: bad");
    }
}
