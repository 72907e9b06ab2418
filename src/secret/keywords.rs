//! The keyword pass: every occurrence of every rule keyword (ASCII case ignored), overlapping
//! ones included. It is the only step that reads every byte of the input.
//!
//! A DFA walk is bound by the latency of its transition lookups: each byte's lookup needs the
//! state the previous one produced. Walking four stretches of the input side by side keeps four
//! independent lookups in flight, which more than doubles the bytes searched per second.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Input, MatchKind};

use super::keyword_table::{KeywordTable, MATCH_BIT, Row};

/// One keyword occurrence: which keyword, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Hit {
    /// Index of the keyword, in the order given to `Keywords::new`.
    pub(super) keyword: usize,
    /// Byte offset of its first byte.
    pub(super) start: usize,
    /// Byte offset just past its last byte.
    pub(super) end: usize,
}

/// The keyword automaton in two forms that find the same hits: a quick-to-build NFA for the
/// first megabyte a scan reads (a pre-commit run reads a few kilobytes and should not pay for
/// more), and a faster table, copied from the NFA once, for everything after.
#[derive(Debug)]
pub(super) struct Keywords {
    patterns: Vec<String>,
    nfa: Option<NFA>,
    table: OnceLock<Option<KeywordTable>>,
    bytes_seen: AtomicU64,
    /// The longest keyword: a lane that starts this far before its stretch is in step by then.
    longest: usize,
}

/// After this many bytes a scan switches to the DFA.
const DFA_AFTER_BYTES: u64 = 1 << 20;

/// Inputs shorter than this are walked in one lane: the lanes' warm-up would not pay.
const LANES_FROM_BYTES: usize = 4096;

impl Keywords {
    /// The automaton over `patterns`, which are lower case.
    pub(super) fn new(patterns: Vec<String>) -> Result<Keywords, String> {
        let nfa = if patterns.is_empty() {
            None
        } else {
            let built = NFA::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .map_err(|error| format!("cannot build the keyword automaton: {error}"))?;
            Some(built)
        };
        let longest = patterns.iter().map(String::len).max().unwrap_or(0);
        Ok(Keywords {
            patterns,
            nfa,
            table: OnceLock::new(),
            bytes_seen: AtomicU64::new(0),
            longest,
        })
    }

    /// Calls `found` with every keyword hit in `bytes`, in no particular order.
    pub(super) fn for_each_hit(&self, bytes: &[u8], mut found: impl FnMut(Hit)) {
        let seen = self.bytes_seen.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let table = if seen + bytes.len() as u64 > DFA_AFTER_BYTES { self.table() } else { None };
        match (table, &self.nfa) {
            (Some(table), _) => self.walk_table(table, bytes, &mut found),
            (None, Some(nfa)) => {
                // A Standard-semantics NFA searching unanchored input cannot fail.
                let Ok(hits) = nfa.try_find_overlapping_iter(Input::new(bytes)) else { return };
                for hit in hits {
                    found(Hit {
                        keyword: hit.pattern().as_usize(),
                        start: hit.start(),
                        end: hit.end(),
                    });
                }
            }
            (None, None) => {}
        }
    }

    /// The table, built on first use; `None` without keywords, or when the table would not fit.
    /// It is copied from the NFA (whose states carry the matches of their failure chain, as a
    /// DFA's would) rather than from a DFA built for the purpose: that would take several
    /// megabytes for a moment, which the allocator then keeps.
    fn table(&self) -> Option<&KeywordTable> {
        self.table.get_or_init(|| KeywordTable::new(self.nfa.as_ref()?, &self.patterns)).as_ref()
    }

    /// Whether the keywords fit the flat table (else every search walks the NFA).
    #[cfg(test)]
    pub(super) fn has_table(&self) -> bool {
        self.table().is_some()
    }

    fn walk_table(&self, table: &KeywordTable, bytes: &[u8], found: &mut impl FnMut(Hit)) {
        let start = table.start();
        if bytes.len() < LANES_FROM_BYTES {
            walk_one(table, start, bytes, 0, 0, found);
            return;
        }
        // Lane j reports the hits that end in its quarter; lanes after the first start
        // `longest` bytes early, so that they are in the state a single walk would be in.
        let quarter = bytes.len() / 4;
        let report = [0, quarter, 2 * quarter, 3 * quarter];
        let from = report.map(|at| at.saturating_sub(self.longest));
        let ends = [quarter, 2 * quarter, 3 * quarter, bytes.len()];
        let lanes = [0, 1, 2, 3].map(|j| &bytes[from[j]..ends[j]]);
        // Every lane is at least a quarter long: walk that much of each in step.
        let (a, b, c, d) = (
            &lanes[0][..quarter],
            &lanes[1][..quarter],
            &lanes[2][..quarter],
            &lanes[3][..quarter],
        );
        let stepper = table.stepper();
        // Four locals, not an array, and the rare match handled out of line: the loop then
        // keeps every state and pointer in a register.
        let (mut s0, mut s1, mut s2, mut s3) = (start, start, start, start);
        for i in 0..quarter {
            s0 = stepper.step(s0, a[i]);
            s1 = stepper.step(s1, b[i]);
            s2 = stepper.step(s2, c[i]);
            s3 = stepper.step(s3, d[i]);
            if (s0 | s1 | s2 | s3) & MATCH_BIT != 0 {
                let ends = [0, 1, 2, 3].map(|lane| from[lane] + i + 1);
                report_lanes(table, [s0, s1, s2, s3], ends, report, found);
            }
        }
        let states = [s0, s1, s2, s3];
        for lane in 0..4 {
            let rest = &lanes[lane][quarter..];
            walk_one(table, states[lane], rest, from[lane] + quarter, report[lane], found);
        }
    }
}

/// Walks `bytes` (which sit at `offset` in the input) from `state`, reporting the hits that
/// end at or after `report_from`.
fn walk_one(
    table: &KeywordTable,
    mut state: Row,
    bytes: &[u8],
    offset: usize,
    report_from: usize,
    found: &mut impl FnMut(Hit),
) {
    let stepper = table.stepper();
    for (i, &byte) in bytes.iter().enumerate() {
        state = stepper.step(state, byte);
        if state & MATCH_BIT != 0 && offset + i >= report_from {
            report_hits(table, state, offset + i + 1, found);
        }
    }
}

/// Reports the hits of the lanes in a match state, each lane's only if it ends at or after
/// where that lane reports from.
#[cold]
#[inline(never)]
fn report_lanes(
    table: &KeywordTable,
    states: [Row; 4],
    ends: [usize; 4],
    report: [usize; 4],
    found: &mut impl FnMut(Hit),
) {
    for lane in 0..4 {
        if ends[lane] > report[lane] && states[lane] & MATCH_BIT != 0 {
            report_hits(table, states[lane], ends[lane], found);
        }
    }
}

/// Reports every keyword that ends at `end` in match state `state`.
fn report_hits(table: &KeywordTable, state: Row, end: usize, found: &mut impl FnMut(Hit)) {
    for &(keyword, length) in table.matches(state) {
        found(Hit { keyword, start: end - length, end });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn hits_of(keywords: &Keywords, bytes: &[u8], use_dfa: bool) -> Vec<Hit> {
        let mut hits = Vec::new();
        match keywords.table().filter(|_| use_dfa) {
            Some(table) => keywords.walk_table(table, bytes, &mut |hit| hits.push(hit)),
            None => {
                let nfa = keywords.nfa.as_ref().unwrap();
                for hit in nfa.try_find_overlapping_iter(Input::new(bytes)).unwrap() {
                    let keyword = hit.pattern().as_usize();
                    hits.push(Hit { keyword, start: hit.start(), end: hit.end() });
                }
            }
        }
        hits.sort();
        hits
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// The four lanes find exactly the hits one walk (the NFA's overlapping search) finds,
        /// including hits that straddle the lanes' boundaries.
        #[test]
        fn lanes_find_what_one_walk_finds(
            keywords in proptest::collection::vec("[ab_]{1,6}|pass[a-c]{0,3}", 1..12),
            text in proptest::collection::vec(proptest::sample::select(b"abAB_pasSc \n".to_vec()), 0..12_000),
        ) {
            let keywords: Vec<String> = keywords.into_iter().map(|k| k.to_ascii_lowercase()).collect();
            let automaton = Keywords::new(keywords).unwrap();
            prop_assert_eq!(hits_of(&automaton, &text, true), hits_of(&automaton, &text, false));
        }
    }

    #[test]
    fn a_hit_across_a_lane_boundary_is_found_once() {
        let automaton = Keywords::new(vec!["password".into(), "word".into()]).unwrap();
        let mut text = vec![b'.'; 8000];
        // The second quarter starts at 2000: put a keyword across it.
        text[1996..2004].copy_from_slice(b"PassWord");
        let hits = hits_of(&automaton, &text, true);
        assert_eq!(
            hits,
            vec![
                Hit { keyword: 0, start: 1996, end: 2004 },
                Hit { keyword: 1, start: 2000, end: 2004 }
            ]
        );
    }
}
