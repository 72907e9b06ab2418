//! A thread's lazy-DFA search caches, one set per rule, held within a memory budget.
//!
//! A rule's caches grow towards their capacity as its automaton meets new text, and the rules
//! that common words wake (password, pass, auth, token) are many: kept all at once, their caches
//! were most of a scan's memory, and twice that with two threads. The store counts each rule's
//! cache memory after every use and, past the budget, drops the caches of the rules used least
//! recently (the largest of those first); a dropped cache is built again, empty, when its rule
//! next runs.

use std::cmp::Reverse;

use regex_automata::meta::{Cache, Regex};
use regex_automata::util::captures::Captures;

use super::rule::Matcher;

/// Bytes of cache memory a thread keeps (as the caches count them; their vectors' spare room
/// comes on top). Unlimited, the 1 GB corpus keeps about 24 MB a thread. At 12 MB its peak RSS
/// falls from 128 to about 105 MiB for 2.6% more instructions (cachegrind, `-j 1`: 6% more on
/// the prose-heavy pypi part, none on npm); at 14 MB to 113 MiB for 1.3%, at 10 MB to 100 MiB.
/// Since windows are screened (`Matcher::screen`) and most rules never make their pattern's
/// caches, the same budget holds more rules: at 12 MB peak RSS was 97–100 MiB, at the edge of
/// the 100 MiB target; 11 MB takes 1.8 MiB off for 0.7% more instructions (10 MB: 3 MiB, 2.5%).
const BUDGET: usize = 11 << 20;

/// One rule's caches: its screen's or span finders', and the pattern's once a window passes.
#[derive(Debug)]
pub(super) struct RuleCaches {
    /// The screen's search cache, when the rule has a screen.
    pub(super) screen: Option<Cache>,
    /// One cache per span finder.
    finders: Vec<Cache>,
    /// The pattern's search cache and capture slots, made when it first runs.
    exact: Option<(Cache, Captures)>,
}

impl RuleCaches {
    fn new(matcher: &Matcher) -> RuleCaches {
        RuleCaches {
            screen: matcher.screen.as_ref().map(Regex::create_cache),
            finders: matcher.finders.iter().map(Regex::create_cache).collect(),
            exact: None,
        }
    }

    /// The pattern's cache and capture slots (made for `regex`, the rule's pattern, if new),
    /// and the span finders' caches.
    pub(super) fn for_pattern(
        &mut self,
        regex: &Regex,
    ) -> (&mut Cache, &mut Captures, &mut [Cache]) {
        let (cache, captures) =
            self.exact.get_or_insert_with(|| (regex.create_cache(), regex.create_captures()));
        (cache, captures, &mut self.finders)
    }

    fn memory_usage(&self) -> usize {
        let caches = self.screen.iter().chain(&self.finders).chain(self.exact.iter().map(|e| &e.0));
        caches.map(Cache::memory_usage).sum()
    }
}

/// Per rule: its caches when it has any, what they held at last count, and when it last ran.
#[derive(Debug, Default)]
struct Slot {
    caches: Option<Box<RuleCaches>>,
    bytes: usize,
    last_used: u64,
}

/// The search caches of one thread's rules.
#[derive(Debug)]
pub(super) struct SearchCaches {
    slots: Vec<Slot>,
    /// Sum of the slots' `bytes`.
    total: usize,
    budget: usize,
    /// Counts uses, to order the slots by recency.
    clock: u64,
}

impl Default for SearchCaches {
    fn default() -> Self {
        SearchCaches::with_budget(BUDGET)
    }
}

impl SearchCaches {
    /// An empty store that keeps about `budget` bytes of caches.
    fn with_budget(budget: usize) -> SearchCaches {
        SearchCaches { slots: Vec::new(), total: 0, budget, clock: 0 }
    }

    /// Rule `rule`'s caches, made for its `matcher` when it has none.
    pub(super) fn get(&mut self, rule: u32, matcher: &Matcher) -> &mut RuleCaches {
        let index = rule as usize;
        if self.slots.len() <= index {
            self.slots.resize_with(index + 1, Slot::default);
        }
        self.clock += 1;
        let slot = &mut self.slots[index];
        slot.last_used = self.clock;
        slot.caches.get_or_insert_with(|| Box::new(RuleCaches::new(matcher)))
    }

    /// Recounts rule `rule`'s cache memory after a use, and keeps the total within the budget.
    pub(super) fn used(&mut self, rule: u32) {
        let Some(slot) = self.slots.get_mut(rule as usize) else { return };
        let bytes = slot.caches.as_ref().map_or(0, |caches| caches.memory_usage());
        self.total = self.total + bytes - slot.bytes;
        slot.bytes = bytes;
        if self.total > self.budget {
            self.evict(rule);
        }
    }

    /// Drops caches (never `keep`'s) until the total is nine tenths of the budget: evicting down
    /// to the line would evict again on the next use, and down to three quarters threw away
    /// caches still in use (cachegrind: 1% more work on pypi). The less recently used half goes
    /// first, largest first, then the rest by recency: files wake their rules in much the same
    /// order, a cycle in which pure LRU drops each cache just before its next use (largest-first
    /// over the less recent half did 2.8% less work on pypi; over all caches, 50% more).
    fn evict(&mut self, keep: u32) {
        let mut held: Vec<(u64, usize)> = (self.slots.iter().enumerate())
            .filter(|&(index, slot)| slot.caches.is_some() && index != keep as usize)
            .map(|(index, slot)| (slot.last_used, index))
            .collect();
        held.sort_unstable();
        let older = held.len().div_ceil(2);
        held[..older].sort_unstable_by_key(|&(_, index)| Reverse(self.slots[index].bytes));
        let target = self.budget / 10 * 9;
        for (_, index) in held {
            if self.total <= target {
                break;
            }
            let slot = &mut self.slots[index];
            slot.caches = None;
            self.total -= slot.bytes;
            slot.bytes = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warm(caches: &mut SearchCaches, rule: u32, matcher: &Matcher) {
        let text = "alpha beta gamma delta 0123456789 ".repeat(50);
        let screen = matcher.screen.as_ref().unwrap();
        let cache = caches.get(rule, matcher).screen.as_mut().unwrap();
        let _ = screen.search_with(cache, &regex_automata::Input::new(&text));
        caches.used(rule);
    }

    fn screened_by(pattern: &str) -> Matcher {
        let screen = Some(Regex::new(pattern).unwrap());
        let (secret_group, quote_group, user_group) = (1, None, None);
        Matcher { screen, finders: vec![], secret_group, quote_group, user_group, keys: vec![] }
    }

    #[test]
    fn past_the_budget_the_least_recently_used_caches_go_and_the_current_one_stays() {
        // Unicode classes (too big for a full DFA) and no match: the lazy DFA walks the whole text.
        let patterns = [r"\w+ \w+ #", r"\w{3,} \d+!", r"[\w-]+ @ \w+"];
        let matchers: Vec<Matcher> = patterns.iter().map(|p| screened_by(p)).collect();
        let mut unlimited = SearchCaches::with_budget(usize::MAX);
        for (rule, matcher) in matchers.iter().enumerate() {
            warm(&mut unlimited, rule as u32, matcher);
        }
        let one = unlimited.slots[0].bytes;
        assert!(
            one > 0 && unlimited.total == unlimited.slots.iter().map(|s| s.bytes).sum::<usize>()
        );
        // Room for about two: the third use evicts the oldest, not the rule just run.
        let mut limited = SearchCaches::with_budget(unlimited.total - one / 2);
        for (rule, matcher) in matchers.iter().enumerate() {
            warm(&mut limited, rule as u32, matcher);
        }
        assert!(limited.slots[0].caches.is_none(), "oldest kept");
        assert!(limited.slots[2].caches.is_some(), "current evicted");
        assert!(limited.total <= limited.budget);
        assert_eq!(limited.total, limited.slots.iter().map(|s| s.bytes).sum::<usize>());
        // An evicted rule runs again with a new, empty cache.
        warm(&mut limited, 0, &matchers[0]);
        assert!(limited.slots[0].caches.is_some());
    }

    #[test]
    fn the_larger_caches_of_the_less_recent_half_go_first() {
        let matcher = screened_by(r"\w+ #");
        let mut caches = SearchCaches::with_budget(1000);
        // Four rules used in order, with caches of 100, 600, 300 and 200 bytes.
        for (rule, bytes) in [100, 600, 300, 200].into_iter().enumerate() {
            caches.get(rule as u32, &matcher);
            caches.slots[rule].bytes = bytes;
            caches.total += bytes;
        }
        // Over budget: the less recent half is rules 0 and 1, and rule 1's 600 bytes bring the
        // total (1200) under nine tenths of the budget alone; the newer rules 2 and 3 stay.
        caches.evict(3);
        let kept: Vec<bool> = caches.slots.iter().map(|slot| slot.caches.is_some()).collect();
        assert_eq!(kept, [true, false, true, true]);
        assert_eq!(caches.total, 600);
    }
}
