//! Sources: where content comes from (the working tree, stdin), turned into content units.

mod classify;
mod read;
mod stdin;
mod worktree;

use serde::Serialize;

pub use classify::is_source_code;
pub use read::{FileReader, ReadOutcome};
pub use stdin::read_stdin;
pub use worktree::{WalkOptions, walk_worktree};

/// One piece of content to scan: bytes plus where they came from.
#[derive(Debug, Clone, Copy)]
pub struct ContentUnit<'a> {
    /// Path relative to the scan root, `/`-separated (`<stdin>` for standard input).
    pub path: &'a str,
    /// The content, which need not be valid UTF-8.
    pub bytes: &'a [u8],
}

/// Why a file was not scanned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// Binary content (a NUL byte near the start).
    Binary,
    /// Larger than `--max-file-size`.
    TooLarge,
    /// Could not be opened or read.
    Unreadable,
    /// A symbolic link, not followed (see `--follow-links`).
    Symlink,
    /// A link cycle met while following links.
    SymlinkLoop,
    /// Not a regular file (a FIFO, socket or device).
    NotAFile,
}

/// A file that was not scanned, and why; every one is counted and listed in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Path relative to the scan root.
    pub path: String,
    /// The reason.
    pub reason: SkipReason,
    /// Details, such as the operating system's error or the file's size.
    pub detail: Option<String>,
}

/// Receives what a source produces; one per worker thread.
pub trait UnitSink {
    /// Called with each readable, non-binary unit.
    fn unit(&mut self, unit: ContentUnit<'_>);
    /// Called with each file that was not scanned.
    fn skipped(&mut self, skipped: Skipped);
}
