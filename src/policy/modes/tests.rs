//! Table-driven tests: every precedence step, time-bound entries on both sides of their date,
//! the 14-day notice, path overrides, and every way a mode file is refused.

use super::*;
use crate::policy::{Baseline, Policy};

const IDS: [&str; 4] =
    ["secret/github-pat", "secret/jwt", "secret/generic-password", "secret/aws-secret-access-key"];

fn known() -> KnownRules {
    KnownRules { ids: IDS.iter().map(|id| id.to_string()).collect() }
}

fn parse(text: &str) -> ModeFile {
    parse_mode_file(text, "modes.toml", &known())
        .unwrap_or_else(|e| panic!("{e}: {:?}", e.line_column()))
}

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn rule(id: &str, severity: Severity) -> RuleFacts<'_> {
    RuleFacts { id, kind: FindingKind::Secret, severity }
}

/// A file with an entry at every precedence level, so each case can show one level winning.
const LAYERED: &str = r#"
default = "audit"

[severity]
low = "warn"

[rules]
"secret/*" = "warn"
"secret/git*" = "audit"
"secret/jwt" = "off"

[[paths]]
paths = ["tests/**"]
rules = { "secret/*" = "off", "secret/github-pat" = "warn" }

[[paths]]
paths = ["tests/fixtures/**"]
rules = { "secret/g*" = "enforce" }
"#;

#[test]
fn precedence_table() {
    let file = parse(LAYERED);
    let today = day("2026-11-22");
    // (rule, severity, path, expected mode, expected decider, deciding line)
    type Case<'a> = (&'a str, Severity, Option<&'a str>, Mode, Decider, Option<usize>);
    let cases: &[Case<'_>] = &[
        // A [[paths]] entry for the exact id beats every glob, in any block.
        (
            "secret/github-pat",
            Severity::High,
            Some("tests/unit/a.env"),
            Mode::Warn,
            Decider::PathExact,
            Some(14),
        ),
        (
            "secret/github-pat",
            Severity::High,
            Some("tests/fixtures/a.env"),
            Mode::Warn,
            Decider::PathExact,
            Some(14),
        ),
        // A [[paths]] glob beats [rules]; the more specific glob wins ("secret/g*" over "secret/*").
        (
            "secret/generic-password",
            Severity::High,
            Some("tests/fixtures/a.env"),
            Mode::Enforce,
            Decider::PathGlob,
            Some(18),
        ),
        (
            "secret/jwt",
            Severity::High,
            Some("tests/unit/a.env"),
            Mode::Off,
            Decider::PathGlob,
            Some(14),
        ),
        // Outside those paths: the [rules] exact id.
        ("secret/jwt", Severity::High, Some("src/a.env"), Mode::Off, Decider::RuleExact, Some(10)),
        // The most specific [rules] glob: "secret/git*" beats "secret/*".
        (
            "secret/github-pat",
            Severity::High,
            Some("src/a.env"),
            Mode::Audit,
            Decider::RuleGlob,
            Some(9),
        ),
        ("secret/generic-password", Severity::High, None, Mode::Warn, Decider::RuleGlob, Some(8)),
    ];
    for &(id, severity, path, mode, decider, line) in cases {
        let resolved = file.resolve(rule(id, severity), path, today);
        assert_eq!((resolved.mode, resolved.decider), (mode, decider), "{id} at {path:?}");
        assert_eq!(resolved.entry.map(|e| e.origin.line), line, "{id} at {path:?}");
    }
}

#[test]
fn severity_then_default_then_builtin() {
    let file = parse("default = \"audit\"\n[severity]\nlow = \"warn\"\n");
    let today = day("2026-11-22");
    let low = file.resolve(rule("secret/jwt", Severity::Low), None, today);
    assert_eq!((low.mode, low.decider), (Mode::Warn, Decider::Severity));
    let high = file.resolve(rule("secret/jwt", Severity::High), None, today);
    assert_eq!((high.mode, high.decider), (Mode::Audit, Decider::Default));
    let empty = parse("# nothing yet\n");
    let builtin = empty.resolve(rule("secret/jwt", Severity::High), None, today);
    assert_eq!(
        (builtin.mode, builtin.decider, builtin.entry),
        (Mode::Enforce, Decider::Builtin, None)
    );
    let privilege =
        RuleFacts { id: "gha/x", kind: FindingKind::Privilege, severity: Severity::Medium };
    assert_eq!(empty.resolve(privilege, None, today).mode, Mode::Audit);
}

#[test]
fn later_path_blocks_win_ties() {
    let file = parse(
        "[[paths]]\npaths = [\"a/**\"]\nrules = { \"secret/jwt\" = \"warn\" }\n\
         [[paths]]\npaths = [\"a/b/**\"]\nrules = { \"secret/jwt\" = \"audit\" }\n",
    );
    let today = day("2026-11-22");
    assert_eq!(
        file.resolve(rule("secret/jwt", Severity::High), Some("a/b/c.env"), today).mode,
        Mode::Audit
    );
    assert_eq!(
        file.resolve(rule("secret/jwt", Severity::High), Some("a/c.env"), today).mode,
        Mode::Warn
    );
    assert_eq!(
        file.resolve(rule("secret/jwt", Severity::High), Some("c.env"), today).mode,
        Mode::Enforce
    );
}

#[test]
fn time_bound_entries_on_both_sides_of_their_date() {
    let file = parse(
        r#"[rules]
"secret/*" = { mode = "warn", until = 2027-01-31, owner = "platform-security", reason = "rollout" }
"secret/jwt" = { mode = "audit", until = "2027-01-31", then = "warn" }
"#,
    );
    // (today, rule, expected mode, expired)
    let cases = [
        ("2027-01-30", "secret/github-pat", Mode::Warn, false),
        ("2027-01-31", "secret/github-pat", Mode::Warn, false),
        ("2027-02-01", "secret/github-pat", Mode::Enforce, true),
        ("2027-01-31", "secret/jwt", Mode::Audit, false),
        ("2027-02-01", "secret/jwt", Mode::Warn, true),
    ];
    for (today, id, mode, expired) in cases {
        let resolved = file.resolve(rule(id, Severity::High), None, day(today));
        assert_eq!(resolved.mode, mode, "{id} on {today}");
        assert_eq!(resolved.expired(day(today)), expired, "{id} on {today}");
    }
}

#[test]
fn notices_start_fourteen_days_before_until_and_stop_after_it() {
    let file =
        parse("[rules]\n\"secret/*\" = { mode = \"warn\", until = 2027-01-31, owner = \"sec\" }\n");
    let notices = |today: &str| {
        Policy::new(Some(file.clone()), Baseline::default(), Vec::new(), day(today)).notices()
    };
    assert!(notices("2027-01-16").is_empty(), "15 days before");
    let first = notices("2027-01-17");
    assert_eq!(first.len(), 1, "14 days before");
    assert_eq!(
        (first[0].days_left, first[0].owner.as_deref(), first[0].line),
        (14, Some("sec"), 2)
    );
    assert_eq!(notices("2027-01-31")[0].days_left, 0);
    assert!(notices("2027-02-01").is_empty(), "after: it already acts as its then");
}

#[test]
fn rules_that_are_off_do_not_run_unless_a_path_turns_them_on() {
    let file = parse(
        "[rules]\n\"secret/jwt\" = \"off\"\n\"secret/github-pat\" = \"off\"\n[[paths]]\npaths = [\"deploy/**\"]\nrules = { \"secret/github-pat\" = \"warn\" }\n",
    );
    let policy = Policy::new(Some(file), Baseline::default(), Vec::new(), day("2026-11-22"));
    assert!(!policy.runs(rule("secret/jwt", Severity::High)));
    assert!(policy.runs(rule("secret/github-pat", Severity::High)));
    assert!(policy.runs(rule("secret/aws-secret-access-key", Severity::High)));
}

/// Every way a mode file is refused, with the line and column of the problem.
#[test]
fn invalid_files_fail_closed_with_a_position() {
    let cases: &[(&str, &str, (usize, usize))] = &[
        ("default = \"enforced\"\n", "unknown mode `enforced`; did you mean `enforce`?", (1, 11)),
        (
            "[rules]\n\"secret/githb-pat\" = \"warn\"\n",
            "unknown rule `secret/githb-pat`; did you mean `secret/github-pat`?",
            (2, 1),
        ),
        (
            "[rules]\n\"secrets/*\" = \"warn\"\n",
            "unknown rule domain `secrets`; did you mean `secret`?",
            (2, 1),
        ),
        (
            "[rules]\n\"secret/*\" = { mode = \"warn\", until = 2027-02-30 }\n",
            "invalid date, expected day between 01 and 28",
            (2, 39),
        ),
        (
            "[rules]\n\"secret/*\" = { mode = \"warn\", until = \"soon\" }\n",
            "`until` must be a date",
            (2, 39),
        ),
        (
            "[rules]\n\"secret/*\" = { mode = \"enforce\", until = 2027-01-31, then = \"warn\" }\n",
            "is weaker than",
            (2, 61),
        ),
        (
            "[rules]\n\"secret/*\" = { mode = \"warn\", then = \"enforce\" }\n",
            "`then` needs an `until` date",
            (2, 38),
        ),
        (
            "[rules]\n\"secret/*\" = { mode = \"warn\", owner = \"a\", ower = \"b\" }\n",
            "unknown field `ower`; did you mean `owner`?",
            (2, 44),
        ),
        ("[rules]\n\"secret/*\" = \"warn\"\n\"secret/*\" = \"audit\"\n", "duplicate key", (3, 1)),
        (
            "[severity]\nhigh = \"warn\"\nhihg = \"audit\"\n",
            "unknown severity `hihg`; did you mean `high`?",
            (3, 1),
        ),
        ("defualt = \"warn\"\n", "unknown key `defualt`; did you mean `default`?", (1, 1)),
        ("[[paths]]\nrules = { \"secret/*\" = \"audit\" }\n", "needs `paths`", (1, 1)),
        ("[[paths]]\npaths = []\nrules = {}\n", "non-empty list", (2, 9)),
        ("default = \"warn\"\n[rules\n", "", (2, 7)),
    ];
    for &(text, message, position) in cases {
        let error = parse_mode_file(text, "modes.toml", &known()).expect_err(text);
        assert!(error.message.contains(message), "{text:?}: {}", error.message);
        assert_eq!(error.line_column(), Some(position), "{text:?}: {}", error.message);
    }
}

#[test]
fn globs_over_domains_without_rules_are_accepted() {
    let file = parse("[rules]\n\"gitlab/*\" = \"audit\"\n\"*\" = \"warn\"\n");
    assert_eq!(file.rules.len(), 2);
}

#[test]
fn glob_matching() {
    assert!(glob_matches(b"secret/*", b"secret/github-pat"));
    assert!(glob_matches(b"*", b"gha/x"));
    assert!(glob_matches(b"secret/git?ub-*", b"secret/github-pat"));
    assert!(!glob_matches(b"secret/*", b"gha/secret"));
    assert!(!glob_matches(b"secret/jwt", b"secret/jwt2"));
}
