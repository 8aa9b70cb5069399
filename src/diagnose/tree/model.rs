//! The tree's data types: the schema of `src/diagnose/tree/*.toml` and of `tree.json`.

use serde::{Deserialize, Serialize};

use super::{Generation, StepId};

/// The query parameters a question may record its answer in. The URL keeps only these
/// (and `step`), so a link never carries a key or pasted text; `validate()` refuses a
/// question whose `param` is missing here.
pub const PARAMS: &[&str] = &[
    "tool", "sdk", "says", "runs", "os", "set", "prefix", "listed", "source", "bearer", "pay", "from", "notfound",
    "envkey", "host", "profile", "fed", "code",
];

/// An answer value the URL can carry: 1 to 40 lower-case letters, digits and `-`, not starting
/// with `sk-` (so a value can never hold a key or pasted text: `sk-` and 32 hex digits is some
/// providers' key).
pub fn is_answer_value(text: &str) -> bool {
    (1..=40).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with("sk-")
}

/// The whole tree: where the walk starts, its questions and its causes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tree {
    /// The first question of the walk ("Walk me through it").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<StepId>,
    /// Every question, in file order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub question: Vec<Question>,
    /// Every cause, in file order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cause: Vec<Cause>,
    /// Snippets shown on every cause card (detection, the `AuthenticationError` workaround),
    /// unless the cause has its own snippet of the same role and surface.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub common: Vec<Snippet>,
}

/// A question page: one answer per link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// The step id of the page.
    pub id: StepId,
    /// The question as the page heading.
    pub title: String,
    /// A line under the heading that helps to answer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help: String,
    /// The query parameter that records the answer (`tool`, `runs`, `os`, `says`, …; see [`PARAMS`]).
    pub param: String,
    /// The answers, each a link.
    pub answer: Vec<Choice>,
}

/// One answer to a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The value stored in the URL, e.g. `python`: 1 to 40 lower-case letters, digits and `-`.
    pub value: String,
    /// The answer as the user reads it (and as the trail shows it).
    pub label: String,
    /// Where this answer leads: a question, a cause, or a special page.
    pub next: StepId,
    /// The SDK generation this answer tells (`sdk = "py-2"` on "Python 2.0 or later"), so
    /// that cards can point at the lines for the user's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdk: Option<Generation>,
}

/// The area a cause belongs to, for the "All causes" page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// The key never reaches the process (variables, .env, shells, containers, CI).
    Environment,
    /// The key itself is wrong (paste artefacts, cut short, revoked, not an API key).
    KeyValue,
    /// The account behind the key (workspace, owner, credits, limits, disabled organization).
    Account,
    /// The key is sent the wrong way, or the wrong credential is sent.
    AuthMethod,
    /// Profiles (`ant auth login`, `ANTHROPIC_PROFILE`) and workload identity federation.
    Profile,
    /// Calls made from a web page.
    Browser,
    /// Proxies, regions, the network and the service itself.
    Network,
    /// Claude Code's own credentials and login.
    ClaudeCode,
    /// Bedrock or Vertex AI credentials.
    Cloud,
}

/// Where a code snippet runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Surface {
    /// Bash or zsh.
    Bash,
    /// fish.
    Fish,
    /// PowerShell.
    Powershell,
    /// Windows Command Prompt.
    Cmd,
    /// Python.
    Python,
    /// TypeScript or JavaScript on Node.
    Typescript,
    /// Go.
    Go,
    /// Java.
    Java,
    /// Ruby.
    Ruby,
    /// C# / .NET.
    Csharp,
    /// `docker` commands (or a Dockerfile).
    Docker,
    /// A `compose.yaml` file.
    Compose,
    /// A GitHub Actions workflow.
    GithubActions,
    /// Claude Code: slash commands or the `claude` command.
    ClaudeCode,
    /// A curl command.
    Curl,
    /// A JSON file (e.g. settings.json).
    Json,
    /// Another YAML file.
    Yaml,
    /// A `.env` file.
    Dotenv,
    /// Plain text, e.g. output to compare with.
    Text,
}

/// What a snippet is for on the fix card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Logs whether the variable is present and its hint, never its value.
    Detect,
    /// The code as it fails.
    Broken,
    /// The same code, fixed (never with a key in the source).
    Fixed,
    /// Catch `AuthenticationError` and fail with a message that says what to check.
    Workaround,
    /// Proves the fix without printing the secret.
    Verify,
}

/// A code block on a fix card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    /// Where the code runs (the tab it sits in).
    pub surface: Surface,
    /// What the code is for.
    pub role: Role,
    /// The code, copied as is by the copy button.
    pub code: String,
    /// A line under the code.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The SDK generation the code is written for; none when it holds for every version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdk: Option<Generation>,
}

/// A line of "What you see": an exact message, and the generation that shows it in these
/// words, if only one does. In the TOML a plain string, or `{ text = "…", sdk = "py-2" }`,
/// with `likely = true` where the wording is not confirmed (e.g. the server's answer to a
/// key sent as Bearer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SeenText", into = "SeenText")]
pub struct Seen {
    /// The message, exactly as the user sees it.
    pub text: String,
    /// The generation that shows this wording; none when every version does.
    pub sdk: Option<Generation>,
    /// True when the wording is likely, not confirmed.
    pub likely: bool,
}

/// How a [`Seen`] line is written: a plain string, or a table with a label.
#[derive(Clone, Serialize, Deserialize)]
#[serde(untagged)]
enum SeenText {
    Plain(String),
    Labelled {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sdk: Option<Generation>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        likely: bool,
    },
}

impl From<SeenText> for Seen {
    fn from(seen: SeenText) -> Seen {
        match seen {
            SeenText::Plain(text) => Seen { text, sdk: None, likely: false },
            SeenText::Labelled { text, sdk, likely } => Seen { text, sdk, likely },
        }
    }
}

impl From<Seen> for SeenText {
    fn from(seen: Seen) -> SeenText {
        match (seen.sdk, seen.likely) {
            (None, false) => SeenText::Plain(seen.text),
            (sdk, likely) => SeenText::Labelled { text: seen.text, sdk, likely },
        }
    }
}

impl From<&str> for Seen {
    fn from(text: &str) -> Seen {
        Seen { text: text.to_string(), sdk: None, likely: false }
    }
}

/// One row of a card's "By version" table: what one generation does here (the header it
/// sends, the API version, which credential wins, the words of its message).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SdkRow {
    /// The generation the row is about.
    pub sdk: Generation,
    /// What it does, in a sentence or two (backticks mark code).
    pub text: String,
}

/// A cause page: the fix card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cause {
    /// The step id of the page.
    pub id: StepId,
    /// The cause in a few words, as the page heading.
    pub title: String,
    /// The area it belongs to.
    pub group: Group,
    /// True where the facts are UNCONFIRMED: the page says "likely", not "certain".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub likely: bool,
    /// What the user sees: exact messages, each labelled where only one generation shows it.
    pub sees: Vec<Seen>,
    /// Why it happens.
    pub why: String,
    /// The fix, as numbered steps.
    pub steps: Vec<String>,
    /// What each SDK generation does here, where they differ (at most one row each).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_sdk: Vec<SdkRow>,
    /// Code for the card: detect, broken, fixed, workaround, verify.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snippet: Vec<Snippet>,
    /// How to keep it from happening again.
    pub prevention: Vec<String>,
    /// "Did this fix it? No" leads here: the next most likely cause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<StepId>,
}
