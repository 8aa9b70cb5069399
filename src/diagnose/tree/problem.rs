//! `Problem`: one thing wrong with the tree, as `validate()` reports it.

use super::{Generation, Role, StepId, Surface};

/// Where a snippet sits: on a cause's card, or in `common` (`None`).
pub type Owner = Option<StepId>;

fn owner_name(o: &Owner) -> String {
    match o {
        Some(id) => format!("cause “{id}”"),
        None => "the common snippets".to_string(),
    }
}

fn step_name(o: &Owner) -> String {
    match o {
        Some(id) => format!("“{id}”"),
        None => "the common snippets".to_string(),
    }
}

fn path(ids: &[StepId]) -> String {
    let mut text: Vec<String> = ids.iter().map(ToString::to_string).collect();
    if let Some(first) = ids.first() {
        text.push(first.to_string());
    }
    text.join(" → ")
}

/// One thing wrong with the tree. Every variant says what to fix.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The tree has no start.
    #[error("the tree has no `start`: set `start = \"which-tool\"` in questions.toml")]
    NoStart,
    /// Two files name different starts.
    #[error("two files set different starts, “{0}” and “{1}”: keep one `start`")]
    StartConflict(StepId, StepId),
    /// The start names no node.
    #[error("`start` is “{0}”, but no question or cause has that id")]
    DanglingStart(StepId),
    /// Two nodes share an id.
    #[error("“{0}” names more than one question or cause: ids must be unique")]
    DuplicateId(StepId),
    /// A node uses a special page's id.
    #[error("“{0}” is a special page drawn by the UI: no question or cause may use that id")]
    ReservedId(StepId),
    /// An answer leads nowhere.
    #[error("question “{question}”, answer “{value}”, leads to “{next}”, which does not exist")]
    DanglingAnswer { question: StepId, value: String, next: StepId },
    /// A cause's `next` leads nowhere.
    #[error("cause “{cause}”: `next` is “{next}”, which does not exist")]
    DanglingNext { cause: StepId, next: StepId },
    /// A cause's `next` is not a cause.
    #[error(
        "cause “{cause}”: `next` is “{next}”, but “Did this fix it? No” must lead to another cause (or all-causes)"
    )]
    NextNotCause { cause: StepId, next: StepId },
    /// No path from the start reaches the node.
    #[error("“{0}” cannot be reached from the start through answers or causes’ `next`")]
    Unreachable(StepId),
    /// Questions lead round in a circle.
    #[error("questions lead round in a circle: {}", path(.0))]
    QuestionCycle(Vec<StepId>),
    /// "No" chains go round in a circle.
    #[error("“Did this fix it? No” goes round in a circle: {} (the last cause of a chain has no `next`)", path(.0))]
    CauseCycle(Vec<StepId>),
    /// A question has no answers.
    #[error("question “{0}” has no answers")]
    NoAnswers(StepId),
    /// A question repeats an answer value.
    #[error("question “{question}” has the answer value “{value}” more than once")]
    DuplicateAnswer { question: StepId, value: String },
    /// A question records its answer in a param the URL drops.
    #[error(
        "question “{question}” records its answer in “{param}”, which is not in tree::PARAMS (the URL would drop it)"
    )]
    UnknownParam { question: StepId, param: String },
    /// An answer value is not a short slug.
    #[error("question “{question}”: answer value “{value}” must be 1 to 40 lower-case letters, digits and `-`")]
    BadAnswerValue { question: StepId, value: String },
    /// A title, label or step is empty.
    #[error("“{id}” has an empty {field}")]
    EmptyText { id: StepId, field: &'static str },
    /// A cause has no fix steps.
    #[error("cause “{0}” has no fix steps")]
    NoSteps(StepId),
    /// A cause has no `verify` snippet.
    #[error("cause “{0}” has no `verify` snippet that proves the fix")]
    NoVerify(StepId),
    /// A cause has no prevention.
    #[error("cause “{0}” has no prevention")]
    NoPrevention(StepId),
    /// A cause does not say what the user sees.
    #[error("cause “{0}” does not say what the user sees (`sees` is empty)")]
    NoSees(StepId),
    /// A cause does not say why it happens.
    #[error("cause “{0}” does not say why it happens (`why` is empty)")]
    EmptyWhy(StepId),
    /// A snippet has no code.
    #[error("{}: the {surface} {role} snippet has no code", owner_name(.owner))]
    EmptySnippet { owner: Owner, surface: Surface, role: Role },
    /// A snippet prints the secret.
    #[error("{}: the {surface} {role} snippet prints the secret (show its length or first characters instead)", owner_name(.owner))]
    PrintsSecret { owner: Owner, surface: Surface, role: Role },
    /// A snippet (other than a broken example) contains a key.
    #[error("{}: the {surface} {role} snippet hard-codes a key (read it from the environment instead)", owner_name(.owner))]
    HardCodedKey { owner: Owner, surface: Surface, role: Role },
    /// A line, row, snippet or answer is labelled with a generation the tree does not know.
    #[error(
        "“{id}”: `sdk = \"{sdk}\"` is not a known SDK generation (use py-2, py-1, ts-1, ts-0, claude-code or raw-http)"
    )]
    UnknownSdk { id: StepId, sdk: Generation },
    /// A snippet is labelled with a generation of another language.
    #[error("{}: a {surface} {role} snippet is labelled `sdk = \"{sdk}\"`, which is another language's SDK", owner_name(.owner))]
    SdkOnWrongSurface { owner: Owner, surface: Surface, role: Role, sdk: Generation },
    /// A cause has two "By version" rows for one generation.
    #[error("cause “{cause}” has more than one `by_sdk` row for “{sdk}”")]
    RepeatedSdkRow { cause: StepId, sdk: Generation },
    /// Text states what only older SDKs do, without saying so.
    #[error(
        "{}: “{sentence}” states what only Python ≤ 1.17, TypeScript ≤ 0.137 and Claude Code do (the key as x-api-key, or both headers): name the versions, or label it with `sdk`",
        step_name(.owner)
    )]
    StaleClaim { owner: Owner, sentence: String },
}
