//! Prose rules stay out of code but read its comments and docstrings, at the file's own offsets.

use crate::harness::{project, scan_json};

fn findings(path: &str, text: &str) -> Vec<(String, u64, u64)> {
    let dir = project(&[(path, text)]);
    let (report, _) = scan_json(&[dir.path().to_str().unwrap()]);
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let location = &f["location"];
            let rule = f["rule"].as_str().unwrap().to_owned();
            (rule, location["line"].as_u64().unwrap(), location["column"].as_u64().unwrap())
        })
        .collect()
}

#[test]
fn a_password_in_a_notebook_markdown_cell_is_reported_where_it_is_written() {
    // a synthetic value, put together so that the text of this test is not one
    let password = ["Kd4%", "rW9!", "tq2"].concat();
    let notebook = format!(
        "# Databricks notebook source\nrows = spark.table('sales')\n\
         # MAGIC Password for the SAP box: {password}\n"
    );
    let column = "# MAGIC Password for the SAP box: ".len() as u64 + 1;
    assert_eq!(
        findings("notebooks/sales.py", &notebook),
        [("secret/prose-password-near-word".to_owned(), 3, column)]
    );
}

#[test]
fn the_same_words_in_code_are_left_to_the_assignment_rules() {
    let code = "def login(session):\n    # the password comes from the vault\n    \
                return session.post(url, data={'user': name, 'password': vault.read(path)})\n";
    assert_eq!(findings("app/login.py", code), []);
}
