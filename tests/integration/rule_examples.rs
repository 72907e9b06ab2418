//! Every rule's `examples` must yield exactly one finding of that rule through the real engine,
//! and its `negative_examples` none.

use nhiscan::rules::Catalog;

use crate::harness::scan_text;

#[test]
fn every_example_of_every_rule_is_found_once() {
    let catalog = Catalog::builtin().unwrap();
    let mut failures = Vec::new();
    for rule in catalog.secret_rules() {
        for example in &rule.examples {
            let hits = scan_text(example.path(), example.text())
                .into_iter()
                .filter(|f| f.rule == rule.id)
                .count();
            if hits != 1 {
                failures.push(format!(
                    "{}: {hits} findings in example {example:?}",
                    rule.id
                ));
            }
        }
        for example in &rule.negative_examples {
            let hits = scan_text(example.path(), example.text())
                .into_iter()
                .filter(|f| f.rule == rule.id)
                .count();
            if hits != 0 {
                failures.push(format!(
                    "{}: {hits} findings in negative example {example:?}",
                    rule.id
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_is_documented() {
    let catalog = Catalog::builtin().unwrap();
    for rule in catalog.secret_rules() {
        assert!(!rule.references.is_empty(), "{} has no references", rule.id);
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
