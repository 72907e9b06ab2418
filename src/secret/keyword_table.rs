//! The keyword DFA copied into a flat transition table that the lanes can step with a few
//! instructions a byte.
//!
//! aho-corasick's DFA checks two bounds and reloads its limits on every step; this table is
//! sized to a power of two, so a mask stands in for the bounds check, and its match states sit
//! in the upper half, so "is any of four states a match?" is three ORs and one bit test.

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};

/// Entries in the table: room for twice today's catalog, whose keyword DFA has about 10,500
/// states (2,800 of them matching) of 153 byte classes (the password word in seventy languages
/// brings most UTF-8 bytes), 1.6 million entries in all. Only the entries in use are ever
/// written, so the rest of the allocation is never backed by memory. A catalog that outgrows it
/// falls back to the NFA at half the speed: a test checks the built-in one fits.
const ENTRIES: usize = 1 << 22;
const MASK: usize = ENTRIES - 1;
/// Rows with this bit set are match states: the non-matching ones fill the lower half.
pub(super) const MATCH_BIT: Row = 1 << 21;

/// A state: its row's first entry in the table.
pub(super) type Row = u32;

/// The keyword DFA as a flat table.
#[derive(Debug)]
pub(super) struct KeywordTable {
    /// Each byte's class: bytes that no keyword holds share class 0, and the two cases of a
    /// letter share one.
    classes: [u8; 256],
    /// `next[row + class]` is the row after reading a byte of that class.
    next: Box<[Row; ENTRIES]>,
    /// The start state.
    start: Row,
    /// Per match state (row / stride): the keywords that end there, as (index, length).
    matches: Vec<Vec<(usize, usize)>>,
    stride: usize,
}

impl KeywordTable {
    /// Copies `automaton` (its transitions read as a DFA's), whose keywords (lower
    /// case) are `patterns`; `None` when it would not fit.
    pub(super) fn new(automaton: &impl Automaton, patterns: &[String]) -> Option<KeywordTable> {
        let (classes, representatives) = byte_classes(patterns);
        let stride = representatives.len();
        let start = automaton.start_state(Anchored::No).ok()?;
        let (states, transitions) = reachable_states(automaton, start, &representatives);
        let (matching, other): (Vec<StateID>, Vec<StateID>) =
            states.iter().partition(|&&state| automaton.is_match(state));
        let half = MATCH_BIT as usize;
        if matching.len() * stride > half || other.len() * stride > half {
            return None;
        }
        let rows = other.iter().enumerate().map(|(index, &state)| (state, index * stride));
        let match_rows =
            matching.iter().enumerate().map(|(index, &state)| (state, half + index * stride));
        let mut row_of = vec![0; states.iter().map(|state| state.as_usize() + 1).max()?];
        for (state, row) in rows.chain(match_rows) {
            row_of[state.as_usize()] = row as Row;
        }
        let row = |state: StateID| row_of[state.as_usize()];
        let mut next: Box<[Row; ENTRIES]> = vec![0; ENTRIES].into_boxed_slice().try_into().ok()?;
        for (at, &state) in states.iter().enumerate() {
            let base = row(state) as usize;
            let targets = &transitions[at * stride..(at + 1) * stride];
            for (class, &target) in targets.iter().enumerate() {
                next[base + class] = row(target);
            }
        }
        // In the order of the match rows: a match row's index is its entry's.
        let matches = (matching.iter())
            .map(|&state| {
                let ends = (0..automaton.match_len(state)).map(|index| {
                    let pattern = automaton.match_pattern(state, index);
                    (pattern.as_usize(), automaton.pattern_len(pattern))
                });
                ends.collect()
            })
            .collect();
        Some(KeywordTable { classes, next, start: row(start), matches, stride })
    }

    /// The start state.
    pub(super) fn start(&self) -> Row {
        self.start
    }

    /// The transitions, as a value the walk can keep in registers.
    pub(super) fn stepper(&self) -> Stepper<'_> {
        Stepper { classes: &self.classes, next: &self.next }
    }

    /// The keywords (index, length) that end in match state `row`.
    pub(super) fn matches(&self, row: Row) -> &[(usize, usize)] {
        &self.matches[(row - MATCH_BIT) as usize / self.stride]
    }
}

/// The table's transitions, borrowed.
#[derive(Clone, Copy)]
pub(super) struct Stepper<'a> {
    classes: &'a [u8; 256],
    next: &'a [Row; ENTRIES],
}

impl Stepper<'_> {
    /// The state after reading `byte` in `row`.
    #[inline(always)]
    pub(super) fn step(self, row: Row, byte: u8) -> Row {
        self.next[(row as usize + usize::from(self.classes[usize::from(byte)])) & MASK]
    }
}

/// Byte classes for case-insensitive keywords: one per distinct (lower-cased) keyword byte,
/// plus class 0 for the rest; and one representative byte per class.
fn byte_classes(patterns: &[String]) -> ([u8; 256], Vec<u8>) {
    let mut classes = [0u8; 256];
    // A byte outside every keyword: class 0's representative.
    let mut representatives = vec![];
    let mut used = [false; 256];
    for byte in patterns.iter().flat_map(|pattern| pattern.bytes()) {
        used[usize::from(byte.to_ascii_lowercase())] = true;
        used[usize::from(byte.to_ascii_uppercase())] = true;
    }
    let outside = (0..=255u8).find(|&byte| !used[usize::from(byte)]).unwrap_or(0);
    representatives.push(outside);
    for byte in 0..=255u8 {
        if used[usize::from(byte)] && byte == byte.to_ascii_lowercase() {
            let class = representatives.len() as u8;
            classes[usize::from(byte)] = class;
            classes[usize::from(byte.to_ascii_uppercase())] = class;
            representatives.push(byte);
        }
    }
    (classes, representatives)
}

/// Every state reachable from `start`, in breadth-first order, and each one's transitions on
/// `bytes` (one row per state, in the same order): an NFA's transition follows failure links,
/// so each is asked for once.
fn reachable_states(
    automaton: &impl Automaton,
    start: StateID,
    bytes: &[u8],
) -> (Vec<StateID>, Vec<StateID>) {
    // State ids are offsets into the automaton's own table: a flag per id is cheaper than a set.
    let mut seen = vec![false; start.as_usize() + 1];
    seen[start.as_usize()] = true;
    let mut states = vec![start];
    let mut transitions = Vec::new();
    let mut at = 0;
    while at < states.len() {
        let state = states[at];
        at += 1;
        for &byte in bytes {
            let next = automaton.next_state(Anchored::No, state, byte);
            transitions.push(next);
            if seen.len() <= next.as_usize() {
                seen.resize(next.as_usize() + 1, false);
            }
            if !std::mem::replace(&mut seen[next.as_usize()], true) {
                states.push(next);
            }
        }
    }
    (states, transitions)
}
