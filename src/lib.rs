//! Key Doctor: finds out why the Anthropic API rejects a key, without the key leaving the browser.
//!
//! `diagnose` is the pure core; `components` and `http` are the thin browser shell around it.

pub mod diagnose;
