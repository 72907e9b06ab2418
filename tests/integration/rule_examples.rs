//! Every rule's `examples` must yield exactly one finding of that rule through the real engine,
//! and its `negative_examples` none.

use nhiscan::rules::{Catalog, check_examples};

#[test]
fn every_example_of_every_builtin_rule_behaves() {
    let catalog = Catalog::builtin().unwrap();
    let check = check_examples(&catalog, |_| true).unwrap();
    assert_eq!(check.rules, catalog.secret_rules().len());
    let failures: Vec<String> = check
        .failures
        .iter()
        .map(|f| format!("{}:{}: {}: {}", f.file, f.line, f.rule, f.problem))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_is_documented() {
    let catalog = Catalog::builtin().unwrap();
    for rule in catalog.secret_rules() {
        assert!(!rule.references.is_empty(), "{} has no references", rule.id);
        assert!(
            rule.references.iter().all(|r| r.starts_with("https://")),
            "{} has a non-https reference",
            rule.id
        );
        assert!(rule.examples.len() >= 2, "{} needs two examples", rule.id);
        let anchored = rule
            .keywords
            .iter()
            .all(|k| k.exact_case || k.text.ends_with('_') || k.text.ends_with('-'));
        assert!(
            anchored || !rule.negative_examples.is_empty(),
            "{} is not prefix-anchored and has no negative examples",
            rule.id
        );
    }
}
