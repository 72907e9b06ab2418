//! The checks a regex match passes to become a finding: its context (allowed match text, an
//! unquoted value in code, a user name repeated as the password, a required partner), then its
//! secret (placeholders, well-known defaults, entropy, allow patterns, the offline checksum).

use std::ops::Range;

use regex_automata::Input;
use regex_automata::util::captures::Captures;

use super::cut_tokens::is_cut_short_token;
use super::default_passwords::is_well_known_default;
use super::engine::RawMatch;
use super::entropy::shannon_entropy;
use super::extract::{line_end, line_start};
use super::placeholder::is_placeholder;
use super::remarks::remark_says_not_secret;
use super::rule::{MatchChecks, Matcher, SecretRule};
use super::shapes::{is_passphrase, is_script_character};
use super::validity::Verdict;
use crate::finding::Checksum;

/// Judges one regex match: its context (allowed match text, an unquoted value in code, a
/// required partner) and then its secret; `None` drops it. The returned match's `rule` is
/// filled in by the caller.
pub(super) fn confirm_match(
    rule: &SecretRule,
    (matcher, checks): (&Matcher, &MatchChecks),
    caps: &Captures,
    bytes: &[u8],
    in_code: impl FnOnce() -> bool,
) -> Option<RawMatch> {
    let whole = caps.get_match()?;
    let secret = without_typographic_quotes(bytes, caps.get_group(matcher.secret_group)?.range());
    let value = &bytes[secret.clone()];
    // Cheap checks first: in code, most matches of a generic rule are unquoted expressions.
    // In source code an unquoted value is an identifier or expression, not a literal.
    if matcher.quote_group.is_some_and(|group| caps.get_group(group).is_none()) && in_code() {
        return None;
    }
    // `app:app@localhost`: a password that repeats its user name is a local default.
    let user = matcher.user_group.and_then(|group| caps.get_group(group));
    if user.is_some_and(|user| bytes[user.range()].eq_ignore_ascii_case(value)) {
        return None;
    }
    if checks.allow_match.as_ref().is_some_and(|allow| allow.is_match(&bytes[whole.range()])) {
        return None;
    }
    // A generic rule guesses; a remark after the value ("public by design", "MD5 of the MAC")
    // or a comment above it is the writer's word that it is no secret.
    if rule.generic && remark_says_not_secret(bytes, secret.clone()) {
        return None;
    }
    let partner_at = find_partner(rule, checks, bytes, secret.clone());
    if rule.partner.as_ref().is_some_and(|partner| partner.required) && partner_at.is_none() {
        return None;
    }
    let verdict = check_secret(rule, checks, value)?;
    Some(RawMatch {
        rule: 0,
        start: secret.start,
        end: secret.end,
        checksum: verdict.checksum.unwrap_or(Checksum::None),
        details: verdict.details,
        partner_at,
        decoded: None,
    })
}

/// Quotation marks of other scripts around a value (`«…»`, `„…“`, `「…」`): rules' value classes
/// exclude only ASCII quotes, so a value in these takes them in (both, or the closing one when the
/// rule's lead took the opening one); the value is what they enclose.
fn without_typographic_quotes(bytes: &[u8], range: Range<usize>) -> Range<usize> {
    const PAIRS: [(&str, &[&str]); 6] = [
        ("\u{ab}", &["\u{bb}"]),
        ("\u{201e}", &["\u{201c}", "\u{201d}"]),
        ("\u{201c}", &["\u{201d}"]),
        ("\u{2018}", &["\u{2019}"]),
        ("\u{300c}", &["\u{300d}"]),
        ("\u{300e}", &["\u{300f}"]),
    ];
    let value = &bytes[range.clone()];
    for (open, closes) in PAIRS {
        for close in closes {
            let (open, close) = (open.as_bytes(), close.as_bytes());
            if value.len() <= open.len() + close.len() || !value.ends_with(close) {
                continue;
            }
            if value.starts_with(open) {
                return range.start + open.len()..range.end - close.len();
            }
            if bytes[..range.start].ends_with(open) {
                return range.start..range.end - close.len();
            }
        }
    }
    range
}

/// The checks every candidate passes before it is a finding; `None` drops it.
fn check_secret(rule: &SecretRule, checks: &MatchChecks, value: &[u8]) -> Option<Verdict> {
    // The entropy floor is the cheapest check, the placeholder lists the next cheapest.
    if value.is_empty()
        || rule
            .entropy
            .is_some_and(|floor| shannon_entropy(value) < entropy_floor(floor, value.len()))
    {
        return None;
    }
    if is_placeholder(value) {
        return None;
    }
    // A generic rule reading around a token cut short takes what the provider's rule refused.
    if rule.generic && is_cut_short_token(value) {
        return None;
    }
    if rule.defaults.as_ref().is_some_and(|extra| is_well_known_default(value, extra)) {
        return None;
    }
    if rule.reads_prose && is_script_word(value) {
        return None;
    }
    let reported_anyway = rule.report_passphrases && is_passphrase(value);
    if !reported_anyway && checks.allow.as_ref().is_some_and(|allow| allow.is_match(value)) {
        return None;
    }
    // A token whose own check fails comes back marked invalid: it is not reported, but it keeps
    // generic rules from reporting the same text (see `resolve_overlaps`).
    Some(rule.checksum.map(|kind| kind.verify(value)).unwrap_or_default())
}

/// Whether `value` is one word of letters outside ASCII, with no digit of any script and at most
/// a closing mark (`ᤕᤢᤸᤐ:`, `თხოვუქ*`, `𐓵𐓟`): what a sentence in Limbu, Georgian or Osage goes
/// on with after the word for password. `ᬲᬸᬩᬓ᭄᭒᭐᭑᭙`, with Balinese digits, stays a candidate.
fn is_script_word(value: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(value) else {
        return false;
    };
    let word = text.trim_end_matches(['*', '.', ',', '!', '?', ':']);
    !word.is_empty() && word.chars().all(is_script_character)
}

/// The entropy a value must reach: the rule's floor, eased for short values, whose entropy
/// cannot exceed log2 of their length (`Fall2022!` has 2.4 bits of a possible 3.2). Under 16
/// bytes, more so: a leet password repeats the digit it swaps for a vowel (`z4f4r4n434`, 2.2 of
/// 3.3); a longer one has room for that, and a hex digest is what a long floor keeps out.
fn entropy_floor(floor: f64, len: usize) -> f64 {
    let share = if len < 16 { 0.62 } else { 0.7 };
    floor.min(share * (len as f64).log2())
}

/// Where the rule's partner pattern matches within its line distance of `secret`, outside it.
fn find_partner(
    rule: &SecretRule,
    checks: &MatchChecks,
    bytes: &[u8],
    secret: std::ops::Range<usize>,
) -> Option<usize> {
    let (partner, regex) = (rule.partner.as_ref()?, checks.partner.as_ref()?);
    let mut start = line_start(bytes, secret.start);
    let mut end = line_end(bytes, secret.end);
    for _ in 0..partner.within_lines {
        start = if start == 0 { 0 } else { line_start(bytes, start - 1) };
        end = if end >= bytes.len() { end } else { line_end(bytes, end + 1) };
    }
    let mut input = Input::new(bytes).range(start..end);
    while let Some(found) = regex.search(&input) {
        if found.end() <= secret.start || found.start() >= secret.end {
            return Some(found.start());
        }
        input.set_start(found.end().max(found.start() + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_need_less_entropy_than_the_rule_floor() {
        // `Fall2022!` (2.42 bits) passes a 2.5 floor at nine characters; a long value keeps it.
        let fall = shannon_entropy(b"Fall2022!");
        assert!(fall < 2.5 && fall >= entropy_floor(2.5, 9));
        assert_eq!(entropy_floor(2.5, 64), 2.5);
        assert!(shannon_entropy(b"aaaaaaa1") < entropy_floor(2.5, 8));
    }

    #[test]
    fn a_word_of_another_script_alone_is_a_word() {
        for value in ["ᤕᤢᤸᤐ:", "თხოვუქ*", "𐓵𐓟", "کرو*"] {
            assert!(is_script_word(value.as_bytes()), "{value}");
        }
        // digits of any script, ASCII letters or a blank make it something else
        for value in ["ᬲᬸᬩᬓ᭄᭒᭐᭑᭙!", "ᤕᤠᤰᤌᤢᤱ᥉᥉᥇᥍", "ちゅら１１０６", "Tȟatȟáŋka", "ᤕᤢ ᤸᤐ", ""]
        {
            assert!(!is_script_word(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn typographic_quotes_around_a_value_are_not_part_of_it() {
        let inner = |text: &str, value: &str| {
            let start = text.find(value).unwrap();
            let range = without_typographic_quotes(text.as_bytes(), start..start + value.len());
            text[range].to_owned()
        };
        assert_eq!(inner("bi «Kv7!pQ2x» ye", "«Kv7!pQ2x»"), "Kv7!pQ2x");
        assert_eq!(inner("Wužij „Kv7!pQ2x“ za", "„Kv7!pQ2x“"), "Kv7!pQ2x");
        // the lead took the opening bracket, the value the closing one
        assert_eq!(inner("密碼係「Kv7!pQ2x」", "Kv7!pQ2x」"), "Kv7!pQ2x");
        // a closing mark without its opening one stays
        assert_eq!(inner("x Kv7!pQ2x» y", "Kv7!pQ2x»"), "Kv7!pQ2x»");
        assert_eq!(inner("«»", "«»"), "«»");
    }
}
