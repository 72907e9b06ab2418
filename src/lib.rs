//! nhiscan finds leaked secrets and over-broad non-human-identity permissions, and decides per rule
//! whether a finding is recorded (audit), shown (warn) or fails the build (enforce).
//!
//! The modules follow the data: [`source`] produces content units, [`secret`] detects,
//! [`finding`] records, [`policy`] decides and [`report`] renders.

pub mod cli;
pub mod commands;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod finding;
pub mod policy;
pub mod report;
pub mod rules;
pub mod secret;
pub mod source;
pub mod suggest;
