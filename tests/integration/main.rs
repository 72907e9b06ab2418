//! The integration tests: one binary, one module per area.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used)]

mod baseline;
mod cli;
mod code_comments;
mod encoded_values;
mod fixtures;
mod harness;
mod hostile_input;
mod modes;
mod rule_examples;
mod rules_cli;
