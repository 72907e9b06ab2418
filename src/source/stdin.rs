//! Standard input as a content unit (`nhiscan scan -`).

use std::io;

use super::{ContentUnit, FileReader, ReadOutcome, Skipped, UnitSink};

/// The path reported for findings in standard input.
pub const STDIN_PATH: &str = "<stdin>";

/// Reads all of standard input under the same size and binary rules as files, and hands it to
/// `sink`.
pub fn read_stdin(max_size: u64, sink: &mut impl UnitSink) {
    let mut reader = FileReader::new(max_size);
    match reader.read_from(io::stdin().lock()) {
        ReadOutcome::Content(bytes) => sink.unit(ContentUnit { path: STDIN_PATH, bytes }),
        ReadOutcome::Skip(reason, detail) => {
            sink.skipped(Skipped { path: STDIN_PATH.to_owned(), reason, detail });
        }
    }
}
