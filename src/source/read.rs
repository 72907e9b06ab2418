//! Reading one file into a reused buffer, with the size limit and binary sniffing applied.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use memmap2::MmapMut;

use super::SkipReason;

/// How many leading bytes are sniffed for a NUL byte, as ripgrep and git do.
const SNIFF_LEN: usize = 8 * 1024;

/// Files over this size are read into their own anonymous memory map instead of the reused buffer.
const LARGE_FILE_BYTES: u64 = 1 << 20;

/// Reads files for one worker thread, reusing one buffer so a scan does not allocate per file.
///
/// A large file goes into an anonymous memory map, reused by the next large file that fits and
/// unmapped when a small one is read: kept in the buffer, every thread would hold its largest
/// file (up to the size limit) for the rest of the scan, and freed heap memory is not reliably
/// returned to the system.
#[derive(Debug)]
pub struct FileReader {
    buffer: Vec<u8>,
    large: Option<(MmapMut, usize)>,
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
        FileReader { buffer: Vec::new(), large: None, max_size }
    }

    /// Reads `path`, or says why it is skipped.
    pub fn read(&mut self, path: &Path) -> ReadOutcome<'_> {
        match self.try_read(path) {
            Ok(None) => ReadOutcome::Content(self.content()),
            Ok(Some((reason, detail))) => ReadOutcome::Skip(reason, detail),
            Err(error) => ReadOutcome::Skip(SkipReason::Unreadable, Some(error.to_string())),
        }
    }

    /// Reads any source (stdin) under the same size and binary rules.
    pub fn read_from(&mut self, source: impl Read) -> ReadOutcome<'_> {
        self.large = None;
        match self.fill(source, 0) {
            Ok(None) => ReadOutcome::Content(self.content()),
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
        if metadata.len() > LARGE_FILE_BYTES {
            return self.fill_large(file, metadata.len());
        }
        self.large = None;
        // The size the file has now is what is read: a read that reaches it ends without asking
        // the system for more (one call fewer per file, which on 40,000 small files counts). A
        // file that reports no size (procfs) is read to its end.
        let limit =
            if metadata.len() > 0 { metadata.len() } else { self.max_size.saturating_add(1) };
        self.fill(file.take(limit), metadata.len())
    }

    /// The content last read.
    fn content(&self) -> &[u8] {
        match &self.large {
            Some((map, len)) => &map[..*len],
            None => &self.buffer,
        }
    }

    /// Reads a large file into an anonymous map at least one byte longer than its size, the extra
    /// byte telling whether the file grew; a file that grew goes on through the buffer.
    fn fill_large(
        &mut self,
        mut file: impl Read,
        size: u64,
    ) -> io::Result<Option<(SkipReason, Option<String>)>> {
        let len = usize::try_from(size).map_err(io::Error::other)?;
        // Large files come in runs (bundles, data sets): a map big enough is reused, its pages
        // already faulted in; any other file unmaps it.
        let mut map = match self.large.take() {
            Some((map, _)) if map.len() > len => map,
            _ => MmapMut::map_anon(len + 1)?,
        };
        let sniffed = read_into(&mut file, &mut map[..SNIFF_LEN])?;
        if memchr::memchr(0, &map[..sniffed]).is_some() {
            return Ok(Some((SkipReason::Binary, None)));
        }
        let filled = sniffed + read_into(&mut file, &mut map[sniffed..=len])?;
        if filled <= len {
            self.large = Some((map, filled));
            return Ok(None);
        }
        self.buffer.clear();
        self.buffer.extend_from_slice(&map[..filled]);
        drop(map);
        let rest = self.max_size.saturating_add(1).saturating_sub(filled as u64);
        file.take(rest).read_to_end(&mut self.buffer)?;
        if self.buffer.len() as u64 > self.max_size {
            return Ok(Some((SkipReason::TooLarge, Some(format!("over {} bytes", self.max_size)))));
        }
        Ok(None)
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

/// Reads until `target` is full or the source ends; returns how many bytes were read.
fn read_into(source: &mut impl Read, target: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < target.len() {
        match source.read(&mut target[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok(filled)
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

    fn large_outcome(
        reader: &mut FileReader,
        bytes: &[u8],
        size: u64,
    ) -> Result<Vec<u8>, SkipReason> {
        reader.large = None;
        match reader.fill_large(bytes, size) {
            Ok(None) => Ok(reader.content().to_vec()),
            Ok(Some((reason, _))) => Err(reason),
            Err(error) => panic!("{error}"),
        }
    }

    #[test]
    fn a_large_file_is_read_whole_into_its_own_map() {
        let mut reader = FileReader::new(10 << 20);
        let text = "0123456789abcdef\n".repeat(200_000);
        assert_eq!(
            large_outcome(&mut reader, text.as_bytes(), text.len() as u64).unwrap(),
            text.as_bytes()
        );
        assert!(reader.large.is_some() && reader.buffer.capacity() == 0);
    }

    #[test]
    fn a_large_file_that_grew_while_read_is_read_whole_or_too_large() {
        let text = "grown line\n".repeat(300_000);
        let mut reader = FileReader::new(10 << 20);
        let grown = large_outcome(&mut reader, text.as_bytes(), text.len() as u64 - 1000);
        assert_eq!(grown.unwrap(), text.as_bytes());
        let mut reader = FileReader::new(text.len() as u64 - 1);
        let too_large = large_outcome(&mut reader, text.as_bytes(), text.len() as u64 - 1000);
        assert_eq!(too_large, Err(SkipReason::TooLarge));
    }

    #[test]
    fn a_large_file_with_a_nul_near_the_start_is_binary() {
        let mut bytes = vec![b'a'; 2 << 20];
        bytes[100] = 0;
        let mut reader = FileReader::new(10 << 20);
        assert_eq!(large_outcome(&mut reader, &bytes, bytes.len() as u64), Err(SkipReason::Binary));
    }

    #[test]
    fn reading_a_large_file_from_disk_uses_the_map() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let text = "key = value\n".repeat(200_000);
        std::fs::write(&path, &text).unwrap();
        let mut reader = FileReader::new(10 << 20);
        match reader.read(&path) {
            ReadOutcome::Content(content) => assert_eq!(content, text.as_bytes()),
            ReadOutcome::Skip(reason, _) => panic!("skipped: {reason:?}"),
        }
        assert!(reader.large.is_some());
        assert_eq!(outcome(&mut reader, b"small").unwrap(), b"small");
        assert!(reader.large.is_none());
    }

    #[test]
    fn small_files_from_disk_are_read_to_their_size() {
        let dir = tempfile::tempdir().unwrap();
        let mut reader = FileReader::new(10 << 20);
        // Under, at and over the sniff window, and empty.
        for len in [0, 1, SNIFF_LEN - 1, SNIFF_LEN, SNIFF_LEN + 1, 3 * SNIFF_LEN + 7] {
            let path = dir.path().join(format!("f{len}.txt"));
            let text: Vec<u8> = (0..len).map(|at| b'a' + (at % 26) as u8).collect();
            std::fs::write(&path, &text).unwrap();
            match reader.read(&path) {
                ReadOutcome::Content(content) => assert_eq!(content, &text[..], "{len} bytes"),
                ReadOutcome::Skip(reason, _) => panic!("{len} bytes skipped: {reason:?}"),
            }
        }
    }

    #[test]
    fn invalid_utf8_is_content_not_an_error() {
        let mut reader = FileReader::new(100);
        assert_eq!(outcome(&mut reader, b"\xff\xfe ok").unwrap(), b"\xff\xfe ok");
    }
}
