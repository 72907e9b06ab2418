//! Reading one file into a reused buffer, with the size limit and binary sniffing applied.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use super::SkipReason;

/// How many leading bytes are sniffed for a NUL byte, as ripgrep and git do.
const SNIFF_LEN: usize = 8 * 1024;

/// Reads files for one worker thread, reusing one buffer so a scan does not allocate per file.
#[derive(Debug)]
pub struct FileReader {
    buffer: Vec<u8>,
    max_size: u64,
}

/// What reading a file gave.
#[derive(Debug)]
pub enum ReadOutcome<'a> {
    /// Text content to scan.
    Content(&'a [u8]),
    /// The file is not scanned, for this reason.
    Skip(SkipReason, Option<String>),
}

impl FileReader {
    /// A reader that refuses files over `max_size` bytes.
    pub fn new(max_size: u64) -> Self {
        FileReader { buffer: Vec::new(), max_size }
    }

    /// Reads `path`, or says why it is skipped.
    pub fn read(&mut self, path: &Path) -> ReadOutcome<'_> {
        match self.try_read(path) {
            Ok(None) => ReadOutcome::Content(&self.buffer),
            Ok(Some((reason, detail))) => ReadOutcome::Skip(reason, detail),
            Err(error) => ReadOutcome::Skip(SkipReason::Unreadable, Some(error.to_string())),
        }
    }

    /// Reads any source (stdin) under the same size and binary rules.
    pub fn read_from(&mut self, source: impl Read) -> ReadOutcome<'_> {
        match self.fill(source, 0) {
            Ok(None) => ReadOutcome::Content(&self.buffer),
            Ok(Some((reason, detail))) => ReadOutcome::Skip(reason, detail),
            Err(error) => ReadOutcome::Skip(SkipReason::Unreadable, Some(error.to_string())),
        }
    }

    fn try_read(&mut self, path: &Path) -> io::Result<Option<(SkipReason, Option<String>)>> {
        let file = File::open(path)?;
        let metadata = file.metadata()?;
        if !metadata.is_file() {
            return Ok(Some((SkipReason::NotAFile, None)));
        }
        if metadata.len() > self.max_size {
            return Ok(Some((SkipReason::TooLarge, Some(size_detail(metadata.len())))));
        }
        self.fill(file, metadata.len())
    }

    /// Reads the sniff window first so binary files cost one small read, then the rest, bounded
    /// by the size limit even when the file grows while it is read.
    fn fill(
        &mut self,
        source: impl Read,
        size_hint: u64,
    ) -> io::Result<Option<(SkipReason, Option<String>)>> {
        self.buffer.clear();
        // One allocation for the whole file (plus the end-of-file probe) instead of doublings;
        // exact, so a thread's buffer is never more than its largest file.
        self.buffer.reserve_exact(usize::try_from(size_hint).unwrap_or(0).saturating_add(1));
        let mut limited = source.take(self.max_size.saturating_add(1));
        (&mut limited).take(SNIFF_LEN as u64).read_to_end(&mut self.buffer)?;
        if memchr::memchr(0, &self.buffer).is_some() {
            return Ok(Some((SkipReason::Binary, None)));
        }
        if self.buffer.len() == SNIFF_LEN {
            limited.read_to_end(&mut self.buffer)?;
        }
        if self.buffer.len() as u64 > self.max_size {
            return Ok(Some((SkipReason::TooLarge, Some(format!("over {} bytes", self.max_size)))));
        }
        Ok(None)
    }
}

fn size_detail(len: u64) -> String {
    format!("{len} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(reader: &mut FileReader, bytes: &[u8]) -> Result<Vec<u8>, SkipReason> {
        match reader.read_from(bytes) {
            ReadOutcome::Content(content) => Ok(content.to_vec()),
            ReadOutcome::Skip(reason, _) => Err(reason),
        }
    }

    #[test]
    fn text_is_read_whole() {
        let mut reader = FileReader::new(1 << 20);
        let text = "line\n".repeat(5000);
        assert_eq!(outcome(&mut reader, text.as_bytes()).unwrap(), text.as_bytes());
    }

    #[test]
    fn nul_in_the_sniff_window_means_binary() {
        let mut reader = FileReader::new(1 << 20);
        assert_eq!(outcome(&mut reader, b"abc\0def"), Err(SkipReason::Binary));
    }

    #[test]
    fn over_the_limit_is_too_large() {
        let mut reader = FileReader::new(10);
        assert_eq!(outcome(&mut reader, b"0123456789A"), Err(SkipReason::TooLarge));
        assert_eq!(outcome(&mut reader, b"0123456789").unwrap(), b"0123456789");
    }

    #[test]
    fn invalid_utf8_is_content_not_an_error() {
        let mut reader = FileReader::new(100);
        assert_eq!(outcome(&mut reader, b"\xff\xfe ok").unwrap(), b"\xff\xfe ok");
    }
}
