//! One key tested both ways (`x-api-key` + 2023-06-01, `Authorization: Bearer` + 2026-10-21): do
//! the two verdicts agree? A difference is itself a diagnosis ("works in curl and Claude Code,
//! fails in my Python 2.x script").

use super::cause::OutcomeCause::{self, *};
use super::cause::VerdictKind;
use super::text;

/// Whether the two answers agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Agreement {
    /// The same verdict on the key both ways, whatever the wording.
    Same,
    /// Only one way works, or both are refused for different reasons.
    Differ,
    /// At least one test said nothing about the key (network, timeout, cancel, rate limit,
    /// outage, something else answered): no comparison.
    Inconclusive,
}

impl Agreement {
    /// A stable lower-case name, for the page's styles.
    pub fn slug(self) -> &'static str {
        match self {
            Agreement::Same => "same",
            Agreement::Differ => "differ",
            Agreement::Inconclusive => "inconclusive",
        }
    }
}

/// The two verdicts side by side, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Same, Differ or Inconclusive.
    pub agreement: Agreement,
    /// One plain sentence.
    pub headline: String,
    /// What the agreement or the difference means, and what to do.
    pub explanation: String,
}

/// Compares the verdict of the `x-api-key` test with that of the Bearer test.
pub fn compare(x_api_key: OutcomeCause, bearer: OutcomeCause) -> Comparison {
    let agreement = if x_api_key.kind() == VerdictKind::CouldntTell || bearer.kind() == VerdictKind::CouldntTell {
        Agreement::Inconclusive
    } else if same_verdict(x_api_key) == same_verdict(bearer) {
        Agreement::Same
    } else {
        Agreement::Differ
    };
    let (headline, explanation) = text::describe_comparison(agreement, x_api_key, bearer);
    Comparison { agreement, headline, explanation }
}

/// Causes that say the same thing about the key in the two styles' wordings.
fn same_verdict(cause: OutcomeCause) -> OutcomeCause {
    match cause {
        WorksAdmin | CountTokensOk => Works,
        KeyRejectedAsBearer | InvalidCredentials => InvalidKey,
        other => other,
    }
}
