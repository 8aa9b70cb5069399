//! `StepId`: the stable slug that names a step in the URL (`?step=<slug>`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The slug of the "it works now" page, handled by the UI (not a tree node).
pub const DONE: &str = "done";
/// The slug of the page that lists every cause, handled by the UI (not a tree node).
pub const ALL_CAUSES: &str = "all-causes";

/// A stable, URL-safe step id (`?step=<slug>`): lower-case ASCII letters, digits and `-`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct StepId(String);

/// Why a text is not a step id.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a step id: use 1 to 64 lower-case letters, digits and inner hyphens")]
pub struct BadStepId(pub String);

impl FromStr for StepId {
    type Err = BadStepId;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let ok = (1..=64).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-')
            && !text.ends_with('-');
        if ok { Ok(StepId(text.to_string())) } else { Err(BadStepId(text.chars().take(80).collect())) }
    }
}

impl TryFrom<String> for StepId {
    type Error = BadStepId;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<StepId> for String {
    fn from(id: StepId) -> String {
        id.0
    }
}

impl fmt::Display for StepId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl StepId {
    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The "it works now" page (`?step=done`).
    pub fn done() -> StepId {
        StepId(DONE.to_string())
    }

    /// The page listing every cause (`?step=all-causes`).
    pub fn all_causes() -> StepId {
        StepId(ALL_CAUSES.to_string())
    }

    /// True for the pages the UI draws itself (`done`, `all-causes`): valid link targets,
    /// but never the id of a question or cause.
    pub fn is_special(&self) -> bool {
        self.0 == DONE || self.0 == ALL_CAUSES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_parse_and_print_back() {
        for ok in ["which-tool", "key-not-set", "a", "x1-2y", DONE, ALL_CAUSES] {
            assert_eq!(ok.parse::<StepId>().unwrap().to_string(), ok);
        }
    }

    #[test]
    fn bad_slugs_are_refused() {
        let too_long = "a".repeat(65);
        for bad in ["", "-a", "a-", "Key", "a_b", "a b", "é", too_long.as_str()] {
            assert!(bad.parse::<StepId>().is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn special_pages_are_special() {
        assert!(StepId::done().is_special());
        assert!(StepId::all_causes().is_special());
        assert!(!"which-tool".parse::<StepId>().unwrap().is_special());
    }
}
