//! Checking rules against their own examples, through the real engine.

use std::sync::Arc;

use super::Catalog;
use crate::secret::{Example, Scratch, SecretEngine, SecretRule};
use crate::source::ContentUnit;

/// One example that did not behave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// The rule.
    pub rule: String,
    /// The rule file.
    pub file: String,
    /// 1-based line of the example in the rule file.
    pub line: usize,
    /// What went wrong.
    pub problem: String,
}

/// The outcome of checking a set of rules.
#[derive(Debug, Clone, Default)]
pub struct ExampleCheck {
    /// Rules checked.
    pub rules: usize,
    /// Examples and negative examples run.
    pub examples: usize,
    /// The ones that failed.
    pub failures: Vec<ExampleFailure>,
}

/// Runs every example of each rule of `catalog` for which `select` holds through an engine of the
/// whole catalog (so rules interact as in a scan): an example must give exactly one finding of its
/// rule, a negative example none.
pub fn check_examples(
    catalog: &Catalog,
    select: impl Fn(&SecretRule) -> bool,
) -> Result<ExampleCheck, String> {
    let engine = SecretEngine::new(catalog.secret_rules().to_vec())?;
    let mut check = ExampleCheck::default();
    let mut scratch = Scratch::default();
    for rule in catalog.secret_rules().iter().filter(|rule| select(rule)) {
        check.rules += 1;
        let cases = rule
            .examples
            .iter()
            .map(|e| (e, 1))
            .chain(rule.negative_examples.iter().map(|e| (e, 0)));
        for (example, wanted) in cases {
            check.examples += 1;
            let found = findings_of(&engine, &mut scratch, rule, example);
            if let Some(error) = scratch.rule_errors.pop() {
                check.failures.push(failure(
                    catalog,
                    rule,
                    example,
                    format!("rule {} does not compile: {}", error.0, error.1),
                ));
            } else if found != wanted {
                let kind = if wanted == 1 { "example" } else { "negative example" };
                let problem =
                    format!("{kind} gave {found} findings of {}, expected {wanted}", rule.id);
                check.failures.push(failure(catalog, rule, example, problem));
            }
        }
    }
    Ok(check)
}

fn findings_of(
    engine: &SecretEngine,
    scratch: &mut Scratch,
    rule: &Arc<SecretRule>,
    example: &Example,
) -> usize {
    let mut findings = Vec::new();
    engine.scan_every_rule(
        ContentUnit { path: example.path(), bytes: example.text().as_bytes() },
        scratch,
        &mut findings,
    );
    findings.iter().filter(|finding| finding.rule == rule.id).count()
}

fn failure(
    catalog: &Catalog,
    rule: &SecretRule,
    example: &Example,
    problem: String,
) -> ExampleFailure {
    ExampleFailure {
        rule: rule.id.clone(),
        file: rule.origin.file.clone(),
        line: catalog.line_of(&rule.origin.file, example.span.start).unwrap_or(0),
        problem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_example_is_reported_with_its_line() {
        let text = crate::rules::test_rule_file(
            r#"["tst_"]"#,
            r"(?P<secret>tst_[a-z0-9]{8})\b",
            "examples = [\n  \"tst_k3v9q2x7\",\n  \"tst_ABCD1234\",\n]\nnegative_examples = [\"tst_abcd12345678\"]\n",
        );
        let catalog = Catalog::from_files([("custom.toml", text.as_str())]).unwrap();
        let check = check_examples(&catalog, |_| true).unwrap();
        assert_eq!((check.rules, check.examples), (1, 3));
        assert_eq!(
            check.failures,
            [ExampleFailure {
                rule: "secret/test-token".into(),
                file: "custom.toml".into(),
                line: 13,
                problem: "example gave 0 findings of secret/test-token, expected 1".into(),
            }]
        );
    }
}
