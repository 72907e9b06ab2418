//! Rule patterns as the engine compiles them: bytes not text, line-aware anchors, bounded
//! lazy-DFA caches, and the span finders that find where a generic pattern's matches may start
//! (its branches, its lead-in, or the pattern with long counts left open).

use regex_automata::meta::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// `(?:A|B|C)REST` as `A REST`, `B REST`, …; empty when the pattern does not open with an
/// alternation.
pub(super) fn leading_branches(hir: &Hir) -> Vec<Hir> {
    let count = split_leading(hir).map_or(0, |(branches, _)| branches.len());
    grouped_branches(hir, &(0..count).collect::<Vec<_>>())
}

/// Like `leading_branches`, but only the branches at the positions in `alone` are split off:
/// the others stay together as one alternation, followed by the rest.
pub(super) fn grouped_branches(hir: &Hir, alone: &[usize]) -> Vec<Hir> {
    let Some((branches, rest)) = split_leading(hir) else {
        return Vec::new();
    };
    let with_rest =
        |lead: Hir| Hir::concat(std::iter::once(lead).chain(rest.iter().cloned()).collect());
    let (split, together): (Vec<_>, Vec<_>) =
        branches.iter().enumerate().partition(|(position, _)| alone.contains(position));
    let together: Vec<Hir> = together.into_iter().map(|(_, branch)| branch.clone()).collect();
    let mut groups: Vec<Hir> =
        split.into_iter().map(|(_, branch)| with_rest(branch.clone())).collect();
    if !together.is_empty() {
        groups.push(with_rest(Hir::alternation(together)));
    }
    groups
}

/// A pattern's leading alternation's branches and the parts after it.
fn split_leading(hir: &Hir) -> Option<(&[Hir], &[Hir])> {
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let (first, rest) = parts.split_first()?;
    match first.kind() {
        HirKind::Alternation(branches) => Some((branches, rest)),
        _ => None,
    }
}

/// The parts of a pattern's top-level sequence up to and including the first one that holds the
/// group called `name`: every match of the pattern starts with a match of them. `Ok(None)` when
/// the pattern has no such group; an error when the pattern is not a sequence or the group's
/// part ends it (the lead-in would be the whole pattern).
pub(super) fn lead_in(hir: &Hir, name: &str) -> Result<Option<Hir>, String> {
    if !has_capture(hir, name) {
        return Ok(None);
    }
    let HirKind::Concat(parts) = hir.kind() else {
        return Err(format!(
            "a `{name}` group needs a pattern that is a sequence at its top level: this one is not a sequence"
        ));
    };
    let last = parts.iter().position(|part| has_capture(part, name)).unwrap_or(parts.len());
    if last + 1 >= parts.len() {
        return Err(format!("the `{name}` group must be followed by the rest of the pattern"));
    }
    Ok(Some(Hir::concat(parts[..=last].to_vec())))
}

/// Whether every match of `hir` opens, right after a line start or a byte that is not an ASCII
/// letter or digit, with text that `starts_with_keyword` accepts: the shape of a prefixed
/// token's pattern, `(?:^|[^A-Za-z0-9_-])(?P<secret>pat…)`. A keyword hit right after a letter
/// or digit then cannot open a match, and any match it lies in opens with a hit of its own.
pub(super) fn opens_with_keyword(hir: &Hir, starts_with_keyword: impl Fn(&[u8]) -> bool) -> bool {
    let HirKind::Concat(parts) = hir.kind() else {
        return false;
    };
    let Some((HirKind::Alternation(boundaries), rest)) =
        parts.split_first().map(|(first, rest)| (first.kind(), rest))
    else {
        return false;
    };
    let outside_words = |boundary: &Hir| match boundary.kind() {
        HirKind::Look(look) => matches!(look, Look::Start | Look::StartLF | Look::StartCRLF),
        HirKind::Class(Class::Bytes(class)) => class
            .iter()
            .all(|range| !holds_ascii_alphanumeric(range.start().into(), range.end().into())),
        HirKind::Class(Class::Unicode(class)) => class
            .iter()
            .all(|range| !holds_ascii_alphanumeric(range.start().into(), range.end().into())),
        _ => false,
    };
    if !boundaries.iter().all(outside_words) {
        return false;
    }
    let openings = Extractor::new().kind(ExtractKind::Prefix).extract(&Hir::concat(rest.to_vec()));
    openings.literals().is_some_and(|literals| {
        !literals.is_empty()
            && literals.iter().all(|literal| starts_with_keyword(literal.as_bytes()))
    })
}

/// What must follow a prefixed token's opening literal: `EAA` then 147 letters or digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TokenOpening {
    /// The literal the token opens with.
    pub(super) literal: Vec<u8>,
    /// The bytes the run after the literal may hold.
    run_bytes: [bool; 256],
    /// How many of them must follow (capped: a short check says enough).
    run_len: usize,
}

/// The longest run after the literal that a keyword hit checks.
const OPENING_RUN_CHECKED: usize = 16;

impl TokenOpening {
    /// Whether a token can open at `at` in `bytes`: the run after its literal is there.
    pub(super) fn may_open_at(&self, bytes: &[u8], at: usize) -> bool {
        let from = at + self.literal.len();
        bytes
            .get(from..from + self.run_len)
            .is_some_and(|run| run.iter().all(|&byte| self.run_bytes[usize::from(byte)]))
    }
}

/// For a pattern `opens_with_keyword` accepts whose opening is a literal and then a repeated
/// byte class (`(?:^|[^A-Za-z0-9])(?P<secret>EAA[A-Za-z0-9]{147,300})`): that literal's length
/// and the run that must follow it. A keyword hit not followed by the run opens no match, and a
/// file of source maps (`EAAE,CAAC`) need not be searched around each of its hits.
pub(super) fn token_opening(hir: &Hir) -> Option<TokenOpening> {
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    opening_of(&parts[1..])
}

/// Where a token opens inside a longer pattern (`fb_token = EAA…`): the literal and run that
/// open the top-level part holding the group `name`, and the longest text the pattern matches
/// before that part and from its start on (`None` where unbounded).
#[derive(Debug)]
pub(super) struct InnerOpening {
    /// The literal and the run after it.
    pub(super) opening: TokenOpening,
    /// The longest match of the parts before.
    pub(super) before: Option<usize>,
    /// The longest match of the part and those after it.
    pub(super) from: Option<usize>,
}

/// The `InnerOpening` of the group `name` in `hir`, if that group's part opens with a literal
/// and a repeated byte class.
pub(super) fn inner_opening(hir: &Hir, name: &str) -> Option<InnerOpening> {
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let at = parts.iter().position(|part| has_capture(part, name))?;
    let opening = opening_of(&parts[at..])?;
    let longest = |parts: &[Hir]| Hir::concat(parts.to_vec()).properties().maximum_len();
    Some(InnerOpening { opening, before: longest(&parts[..at]), from: longest(&parts[at..]) })
}

/// The literal and repeated byte class that `parts` open with, if they do.
fn opening_of(parts: &[Hir]) -> Option<TokenOpening> {
    let mut atoms = Vec::new();
    leading_atoms(parts, 2, &mut atoms);
    let [literal, run] = atoms[..] else {
        return None;
    };
    let (HirKind::Literal(literal), HirKind::Repetition(run)) = (literal.kind(), run.kind()) else {
        return None;
    };
    let HirKind::Class(Class::Bytes(class)) = run.sub.kind() else {
        return None;
    };
    let mut run_bytes = [false; 256];
    for range in class.iter() {
        for byte in range.start()..=range.end() {
            run_bytes[usize::from(byte)] = true;
        }
    }
    let run_len = usize::try_from(run.min).ok()?.min(OPENING_RUN_CHECKED);
    (run_len > 0).then(|| TokenOpening { literal: literal.0.to_vec(), run_bytes, run_len })
}

/// The first `count` parts of the sequence `parts`, looking through groups and nested
/// sequences.
fn leading_atoms<'h>(parts: &'h [Hir], count: usize, atoms: &mut Vec<&'h Hir>) {
    for part in parts {
        if atoms.len() == count {
            return;
        }
        match part.kind() {
            HirKind::Capture(capture) => {
                leading_atoms(std::slice::from_ref(&capture.sub), count, atoms)
            }
            HirKind::Concat(subs) => leading_atoms(subs, count, atoms),
            _ => atoms.push(part),
        }
    }
}

/// Whether the code points `start..=end` include an ASCII letter or digit.
fn holds_ascii_alphanumeric(start: u32, end: u32) -> bool {
    [('0', '9'), ('A', 'Z'), ('a', 'z')]
        .iter()
        .any(|&(low, high)| start <= u32::from(high) && u32::from(low) <= end)
}

/// Counted repetitions with a larger maximum than this lose their maximum in a span finder.
const LOOSE_REPETITION: u32 = 8;

/// The pattern a span finder searches for: no capture groups, and counted repetitions with a
/// large maximum (`[^\n]{1,48}`, `{5,126}`) left open. It matches wherever the pattern does and
/// a little more. A lazy DFA tracks a counted repetition as one state per count, and the
/// overlapping starts of an unanchored search multiply them until its cache thrashes; the
/// pattern itself then runs anchored, from one start, at each span found.
pub(super) fn span_finder_pattern(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Capture(capture) => span_finder_pattern(&capture.sub),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(span_finder_pattern).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(span_finder_pattern).collect())
        }
        HirKind::Repetition(repetition) => Hir::repetition(regex_syntax::hir::Repetition {
            sub: Box::new(span_finder_pattern(&repetition.sub)),
            max: repetition.max.filter(|&max| max <= LOOSE_REPETITION),
            ..repetition.clone()
        }),
        _ => hir.clone(),
    }
}

/// Patterns match bytes: ASCII classes, `.` any byte but a line break, input need not be UTF-8,
/// and `^`/`$` match at line boundaries (`\n` or `\r\n`).
pub(super) fn parse_pattern(pattern: &str) -> Result<Hir, String> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .multi_line(true)
        .crlf(true)
        .build()
        .parse(pattern)
        .map_err(|e| e.to_string())
}

/// Whether `hir` has a capture group called `name`.
pub(super) fn has_capture(hir: &Hir, name: &str) -> bool {
    capture_index(hir, name).is_some()
}

/// The index of the capture group called `name` in `hir`, as the compiled regex numbers it.
pub(super) fn capture_index(hir: &Hir, name: &str) -> Option<usize> {
    match hir.kind() {
        HirKind::Capture(capture) if capture.name.as_deref() == Some(name) => {
            Some(capture.index as usize)
        }
        HirKind::Capture(capture) => capture_index(&capture.sub, name),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            subs.iter().find_map(|sub| capture_index(sub, name))
        }
        HirKind::Repetition(repetition) => capture_index(&repetition.sub, name),
        _ => None,
    }
}

/// Lazy-DFA cache per regex and thread (forward and reverse DFA each). The default (2 MiB) times
/// the generic rules and two threads would take a third of the 100 MiB budget; the windows are
/// short, so 384 KiB rarely fills. The rules whose automata do overflow it search with span
/// finders (`search_by_branch`, a `lead` group, `loose_search`) rather than being given more.
pub(super) const DFA_CACHE_BYTES: usize = 384 * 1024;

/// Compiles a rule's regex with the engine's memory limits. No one-pass DFA: groups are resolved
/// only inside a match span already found, where the bounded backtracker is as quick, and the
/// one-pass tables took about 4 MB across the catalog.
pub(super) fn compile(hir: &Hir) -> Result<Regex, String> {
    Regex::builder()
        .configure(Regex::config().hybrid_cache_capacity(DFA_CACHE_BYTES).onepass(false))
        .build_from_hir(hir)
        .map_err(|e| e.to_string())
}

/// One automaton for a list of patterns that says whether any of them matches (`None` for an
/// empty list): a rule's allow list, which would cost an automaton and a cache per pattern.
pub(super) fn compile_any(patterns: &[String]) -> Result<Option<Regex>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let hirs =
        patterns.iter().map(|pattern| parse_pattern(pattern)).collect::<Result<Vec<_>, _>>()?;
    Regex::builder()
        .configure(Regex::config().hybrid_cache_capacity(ANY_DFA_CACHE_BYTES).onepass(false))
        .build_many_from_hir(&hirs)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// Allow lists run over one value or one match, a few hundred bytes at most; but a rule's list
/// is one automaton of dozens of patterns, and at 64 KiB its cache thrashed (4% more work in a
/// scan, counted with cachegrind). 256 KiB saves 1% more, for 5 MiB more peak memory.
const ANY_DFA_CACHE_BYTES: usize = 128 * 1024;

/// A single branch's automaton is a fraction of its pattern's, and so is its lazy-DFA cache.
pub(super) const BRANCH_DFA_CACHE_BYTES: usize = 128 * 1024;

/// A branch named to be searched alone opens a long run of text (`user … password`): its
/// states are many, and so are those of the other branches searched together (prose-password's
/// twenty-odd: at 192 KiB their cache thrashed, and the scan did 10% more work).
pub(super) const GROUP_DFA_CACHE_BYTES: usize = 1024 * 1024;

/// A lead-in (a key name such as `api_key`, `client_secret`, … and its separator) or a whole
/// pattern left loose is searched over every window: at 128 KiB the cache of `generic-api-key`'s
/// lead-in thrashes and its search runs 3× slower, and at 384 KiB a scan of the 1 GB corpus
/// still does 2.5% more work than at 768 KiB (cachegrind), for the same peak memory.
pub(super) const FINDER_DFA_CACHE_BYTES: usize = 768 * 1024;

/// Compiles a branch that only finds match spans (no group tracking), with a lazy-DFA cache of
/// `cache_bytes`. A literal prefilter only where asked: a finder runs on a window around a
/// keyword hit, where a prefilter for a pattern that opens with the keyword finds the keyword
/// again and costs more than the lazy DFA's walk (cachegrind: 2-5% of a scan's instructions);
/// a screen for a pattern whose literals are elsewhere (`123~` + 64 characters, Canvas) skips
/// most windows with one memchr (2% of a scan's instructions).
pub(super) fn compile_span_finder(
    hir: &Hir,
    cache_bytes: usize,
    prefilter: bool,
) -> Result<Regex, String> {
    Regex::builder()
        .configure(
            Regex::config()
                .hybrid_cache_capacity(cache_bytes)
                .auto_prefilter(prefilter)
                .onepass(false)
                .backtrack(false)
                .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit),
        )
        .build_from_hir(hir)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn capture_indexes_are_the_compiled_regex_s() {
        let hir = parse_pattern(r"(a)(?:(?P<lead>b)|(c))(?P<user>d)?(?P<secret>e+)").unwrap();
        let regex = compile(&hir).unwrap();
        for name in ["lead", "user", "secret"] {
            let compiled = regex.group_info().to_index(regex_automata::PatternID::ZERO, name);
            assert_eq!(capture_index(&hir, name), compiled, "{name}");
        }
        assert_eq!(capture_index(&hir, "quote"), None);
    }

    #[test]
    fn one_automaton_matches_where_any_pattern_does() {
        let patterns = [r"^\$".to_owned(), r"(?i)^changeme$".to_owned(), r"^[0-9]+$".to_owned()];
        let any = compile_any(&patterns).unwrap().unwrap();
        for value in ["$HOME", "ChangeMe", "12345"] {
            assert!(any.is_match(value), "{value}");
        }
        for value in ["Tq8vLm2Rw9xK", "changeme2", "a$b"] {
            assert!(!any.is_match(value), "{value}");
        }
        assert!(compile_any(&[]).unwrap().is_none());
    }

    #[test]
    fn a_leading_alternation_splits_into_branches_with_the_rest() {
        let hir = parse_pattern(r"(?:user |login )(?P<secret>[a-z]+)!").unwrap();
        let branches: Vec<Regex> = leading_branches(&hir)
            .iter()
            .map(|branch| {
                compile_span_finder(&span_finder_pattern(branch), BRANCH_DFA_CACHE_BYTES, false)
                    .unwrap()
            })
            .collect();
        assert_eq!(branches.len(), 2);
        assert!(branches[0].is_match("user abc!") && !branches[0].is_match("login abc!"));
        assert!(branches[1].is_match("login abc!") && !branches[1].is_match("login abc"));
        assert!(leading_branches(&parse_pattern(r"tok_(?P<secret>[a-z]+)").unwrap()).is_empty());
    }

    #[test]
    fn a_lead_in_is_the_sequence_up_to_its_group() {
        let hir =
            parse_pattern(r"(?i)(?P<lead>(?:api|app)_key)\s*=\s*(?P<secret>[a-z]{8})").unwrap();
        let lead = compile_span_finder(
            &span_finder_pattern(&lead_in(&hir, "lead").unwrap().unwrap()),
            1 << 16,
            false,
        )
        .unwrap();
        let span = lead.find("x = 1; APP_KEY = abcdefgh").unwrap();
        assert_eq!(span.range(), 7..14);
        assert!(lead_in(&parse_pattern("a(?P<secret>b)").unwrap(), "lead").unwrap().is_none());
        let nested = parse_pattern(r"(?:(?P<lead>a)|b)c(?P<secret>d)").unwrap();
        assert!(lead_in(&nested, "lead").unwrap().is_some(), "any opening part is a lead-in");
        let branch = parse_pattern(r"(?P<lead>a)(?P<secret>b)|c").unwrap();
        assert!(lead_in(&branch, "lead").unwrap_err().contains("not a sequence"));
        let alone = parse_pattern(r"x(?P<secret>b)(?P<lead>c)").unwrap();
        assert!(lead_in(&alone, "lead").unwrap_err().contains("followed by"));
    }

    #[test]
    fn a_prefixed_token_opens_with_its_keyword() {
        let opens = |pattern: &str, keyword: &str| {
            let hir = parse_pattern(pattern).unwrap();
            opens_with_keyword(&hir, |text| text.starts_with(keyword.as_bytes()))
        };
        assert!(opens(r"(?:^|[^A-Za-z0-9_-])(?P<secret>pat[A-Za-z0-9]{14})", "pat"));
        assert!(!opens(r"(?:\A|^|[\s=:])(?P<secret>(?:sk|rk)_live_[a-z]{8})", "sk_live_"));
        assert!(opens(r"(?:^|[\s=:])(?P<secret>sk_live_[a-z]{8})", "sk_live_"));
        // A boundary that may be a letter, a keyword that is not the opening, or no boundary.
        assert!(!opens(r"(?:^|[^0-9])(?P<secret>pat[A-Za-z0-9]{14})", "pat"));
        assert!(!opens(r"(?:^|[^A-Za-z0-9])(?P<secret>[a-z]{4}pat[0-9]{6})", "pat"));
        assert!(!opens(r"(?P<secret>xoxb-[0-9]{8,14})", "xoxb-"));
    }

    #[test]
    fn a_token_opening_is_its_literal_and_the_run_after_it() {
        let opening = |pattern: &str| token_opening(&parse_pattern(pattern).unwrap());
        let facebook = opening(r"(?:^|[^A-Za-z0-9])(?P<secret>EAA[A-Za-z0-9]{147,300})").unwrap();
        assert!(facebook.may_open_at(b" EAA0123456789abcdefXYZ", 1));
        // A source map's segments: the run breaks at once; and a file that ends too soon.
        assert!(!facebook.may_open_at(b",EAAE,CAAC,IAAI;", 1));
        assert!(!facebook.may_open_at(b" EAA0123", 1));
        let short = opening(r"(?:^|[^a-z])(?P<secret>tk_[a-f0-9]{4})(?:[^a-f0-9]|$)").unwrap();
        assert!(short.may_open_at(b"tk_beef", 0) && !short.may_open_at(b"tk_bee", 0));
        // Openings that are not one literal then one repeated class are left to the regex.
        assert!(opening(r"(?:^|[^a-z])(?P<secret>gh[pousr]_[A-Za-z0-9]{36})").is_none());
        assert!(opening(r"(?:^|[^a-z])(?P<secret>(?i:eaa)[a-z]{9})").is_none());
        assert!(opening(r"(?:^|[^a-z])(?P<secret>tok_(?:[a-z]{8}|[0-9]{12}))").is_none());
    }

    #[test]
    fn an_inner_opening_knows_the_longest_text_around_it() {
        let inner = |pattern: &str| inner_opening(&parse_pattern(pattern).unwrap(), "secret");
        let found =
            inner(r"(?:fb|meta)_token[ ]{0,4}=[ ]{0,4}(?P<secret>EAA[A-Za-z0-9]{80,300})(?:\s|$)");
        let found = found.unwrap();
        assert_eq!(
            (found.opening.literal.as_slice(), found.before, found.from),
            (&b"EAA"[..], Some(19), Some(304))
        );
        assert!(found.opening.may_open_at(b"fb_token = EAAabcdefghijklmnopq", 11));
        assert!(!found.opening.may_open_at(b"EAAE,CAAC", 0));
        assert_eq!(inner(r"token[^\n]*(?P<secret>EAA[a-z]{9})").unwrap().before, None);
        assert!(inner(r"token=(?P<secret>[a-z]{9})").is_none());
    }

    proptest! {
        /// A span finder matches wherever its pattern does, starting at the same place or earlier.
        #[test]
        fn a_span_finder_finds_every_match(text in "[a-c :\n]{0,80}") {
            let hir = parse_pattern(r"(?:a[ :]{1,3}|b[^\n]{0,12}?:)(?P<secret>[a-c]{2,10})").unwrap();
            let exact = compile(&hir).unwrap();
            let finder = compile_span_finder(&span_finder_pattern(&hir), 1 << 16, true).unwrap();
            if let Some(found) = exact.find(&text) {
                let start = finder.find(&text).expect("the finder finds a span").start();
                prop_assert!(start <= found.start());
            }
        }
    }
}
