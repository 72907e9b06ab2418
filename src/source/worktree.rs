//! The working tree: a parallel walk that honours ignore files, feeding one sink per thread.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use ignore::{DirEntry, ParallelVisitor, ParallelVisitorBuilder, WalkBuilder, WalkState};

use super::{ContentUnit, FileReader, ReadOutcome, SkipReason, Skipped, UnitSink};
use crate::config::PathGlobs;

/// What to walk and how.
#[derive(Debug, Clone)]
pub struct WalkOptions {
    /// Files and directories to scan; each must exist.
    pub roots: Vec<PathBuf>,
    /// Reported paths are relative to this directory (the scan root).
    pub base: PathBuf,
    /// Honour `.gitignore`, `.ignore` and git's exclude files.
    pub respect_ignore_files: bool,
    /// Follow symbolic links (cycles are detected and reported).
    pub follow_links: bool,
    /// Worker threads; 0 picks one per core.
    pub threads: usize,
    /// Files larger than this are skipped.
    pub max_file_size: u64,
    /// Paths excluded by the configuration.
    pub exclude: PathGlobs,
}

/// Walks the working tree in parallel; each worker thread gets its own sink from `make_sink`,
/// and every sink is returned when the walk is over.
pub fn walk_worktree<S, F>(options: &WalkOptions, make_sink: F) -> Vec<S>
where
    S: UnitSink + Send,
    F: Fn() -> S + Sync,
{
    let Some((first, rest)) = options.roots.split_first() else {
        return Vec::new();
    };
    let mut builder = WalkBuilder::new(first);
    for root in rest {
        builder.add(root);
    }
    let respect = options.respect_ignore_files;
    let base = options.base.clone();
    let exclude = options.exclude.clone();
    builder
        .hidden(false)
        .follow_links(options.follow_links)
        .threads(options.threads)
        .git_ignore(respect)
        .git_global(respect)
        .git_exclude(respect)
        .ignore(respect)
        .parents(respect)
        // .gitignore is honoured in any directory, not only inside a git checkout.
        .require_git(false)
        .filter_entry(move |entry| keep_entry(entry, &base, &exclude));

    let finished = Mutex::new(Vec::new());
    let mut visitors = VisitorBuilder { options, make_sink: &make_sink, finished: &finished };
    builder.build_parallel().visit(&mut visitors);
    finished.into_inner().unwrap_or_else(PoisonError::into_inner)
}

/// Prunes `.git` directories and configured exclusions before they are read or descended into.
fn keep_entry(entry: &DirEntry, base: &Path, exclude: &PathGlobs) -> bool {
    let is_dir = entry.file_type().is_some_and(|kind| kind.is_dir());
    if is_dir && entry.file_name() == ".git" {
        return false;
    }
    if entry.depth() == 0 {
        return true;
    }
    let path = display_path(entry.path(), base);
    if is_dir { !exclude.covers_dir(&path) } else { !exclude.matches(&path) }
}

/// `path` relative to `base`, `/`-separated, without a leading `./`.
pub(crate) fn display_path(path: &Path, base: &Path) -> String {
    let relative = path.strip_prefix(base).unwrap_or(path);
    let relative = if relative.as_os_str().is_empty() { path } else { relative };
    let text = relative.to_string_lossy();
    let text = if std::path::MAIN_SEPARATOR == '/' { text } else { text.replace('\\', "/").into() };
    text.strip_prefix("./").unwrap_or(&text).to_owned()
}

struct VisitorBuilder<'s, S, F> {
    options: &'s WalkOptions,
    make_sink: &'s F,
    finished: &'s Mutex<Vec<S>>,
}

impl<'s, S, F> ParallelVisitorBuilder<'s> for VisitorBuilder<'s, S, F>
where
    S: UnitSink + Send + 's,
    F: Fn() -> S + Sync,
{
    fn build(&mut self) -> Box<dyn ParallelVisitor + 's> {
        Box::new(Visitor {
            sink: Some((self.make_sink)()),
            reader: FileReader::new(self.options.max_file_size),
            base: &self.options.base,
            finished: self.finished,
        })
    }
}

/// One worker thread's state: its sink and its reusable read buffer.
struct Visitor<'s, S: UnitSink + Send> {
    sink: Option<S>,
    reader: FileReader,
    base: &'s Path,
    finished: &'s Mutex<Vec<S>>,
}

impl<S: UnitSink + Send> Visitor<'_, S> {
    fn visit_entry(&mut self, entry: &DirEntry, sink: &mut S) {
        let Some(kind) = entry.file_type() else {
            return;
        };
        if kind.is_dir() {
            return;
        }
        let path = display_path(entry.path(), self.base);
        let reason = if kind.is_symlink() {
            SkipReason::Symlink
        } else if !kind.is_file() {
            SkipReason::NotAFile
        } else {
            match self.reader.read(entry.path()) {
                ReadOutcome::Content(bytes) => {
                    sink.unit(ContentUnit { path: &path, bytes });
                    return;
                }
                ReadOutcome::Skip(reason, detail) => {
                    sink.skipped(Skipped { path, reason, detail });
                    return;
                }
            }
        };
        sink.skipped(Skipped { path, reason, detail: None });
    }

    fn visit_error(&self, error: &ignore::Error, sink: &mut S) {
        let (path, is_loop) = error_path(error);
        let path = path.map_or_else(String::new, |path| display_path(path, self.base));
        let reason = if is_loop { SkipReason::SymlinkLoop } else { SkipReason::Unreadable };
        sink.skipped(Skipped { path, reason, detail: Some(error.to_string()) });
    }
}

impl<S: UnitSink + Send> ParallelVisitor for Visitor<'_, S> {
    fn visit(&mut self, entry: Result<DirEntry, ignore::Error>) -> WalkState {
        let Some(mut sink) = self.sink.take() else {
            return WalkState::Quit;
        };
        match entry {
            Ok(entry) => self.visit_entry(&entry, &mut sink),
            Err(error) => self.visit_error(&error, &mut sink),
        }
        self.sink = Some(sink);
        WalkState::Continue
    }
}

impl<S: UnitSink + Send> Drop for Visitor<'_, S> {
    fn drop(&mut self) {
        if let Some(sink) = self.sink.take() {
            self.finished.lock().unwrap_or_else(PoisonError::into_inner).push(sink);
        }
    }
}

/// The path an walk error is about, and whether it is a link cycle.
fn error_path(error: &ignore::Error) -> (Option<&Path>, bool) {
    match error {
        ignore::Error::WithPath { path, err } => {
            let (inner, is_loop) = error_path(err);
            (inner.or(Some(path)), is_loop)
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => (Some(child), true),
        _ => (None, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths_are_relative_to_the_base() {
        assert_eq!(display_path(Path::new("./src/a.rs"), Path::new(".")), "src/a.rs");
        assert_eq!(display_path(Path::new("/r/x/a.env"), Path::new("/r/x")), "a.env");
        assert_eq!(display_path(Path::new("a/b.py"), Path::new(".")), "a/b.py");
        assert_eq!(display_path(Path::new("/abs/c"), Path::new(".")), "/abs/c");
    }
}
