//! The decision tree model: questions and causes as data, their stable ids, and `validate()`.
// CONTRACT STUB: the types below are the schema of `src/diagnose/tree/*.toml` and of `tree.json`;
// validate() and loading are filled in by the tree work.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

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
}

/// The whole tree: where the walk starts, its questions and its causes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tree {
    pub start: Option<StepId>,
    #[serde(default)]
    pub question: Vec<Question>,
    #[serde(default)]
    pub cause: Vec<Cause>,
    /// Snippets shown on every cause card (detection, the `AuthenticationError` workaround),
    /// unless the cause has its own snippet of the same role and surface.
    #[serde(default)]
    pub common: Vec<Snippet>,
}

/// A question page: one answer per link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: StepId,
    pub title: String,
    #[serde(default)]
    pub help: String,
    /// The query parameter that records the answer (`tool`, `runs`, `os`, `says`).
    pub param: String,
    pub answer: Vec<Choice>,
}

/// One answer to a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The value stored in the URL, e.g. `python`.
    pub value: String,
    pub label: String,
    pub next: StepId,
}

/// The area a cause belongs to, for the "All causes" page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    Environment,
    KeyValue,
    Account,
    AuthMethod,
    Browser,
    Network,
    ClaudeCode,
    Cloud,
}

/// Where a code snippet runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Surface {
    Bash,
    Fish,
    Powershell,
    Cmd,
    Python,
    Typescript,
    Go,
    Java,
    Ruby,
    Csharp,
    Docker,
    Compose,
    GithubActions,
    ClaudeCode,
    Curl,
    Json,
    Yaml,
    Dotenv,
    Text,
}

/// What a snippet is for on the fix card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Logs whether the variable is present and its hint, never its value.
    Detect,
    Broken,
    Fixed,
    /// Catch `AuthenticationError` and fail with a message that says what to check.
    Workaround,
    /// Proves the fix without printing the secret.
    Verify,
}

/// A code block on a fix card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    pub surface: Surface,
    pub role: Role,
    pub code: String,
    #[serde(default)]
    pub note: String,
}

/// A cause page: the fix card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cause {
    pub id: StepId,
    pub title: String,
    pub group: Group,
    /// True where the facts are UNCONFIRMED: the page says "likely", not "certain".
    #[serde(default)]
    pub likely: bool,
    /// What the user sees: exact messages.
    pub sees: Vec<String>,
    pub why: String,
    /// The fix, as numbered steps.
    pub steps: Vec<String>,
    #[serde(default)]
    pub snippet: Vec<Snippet>,
    pub prevention: Vec<String>,
    /// "Did this fix it? No" leads here: the next most likely cause.
    #[serde(default)]
    pub next: Option<StepId>,
}
