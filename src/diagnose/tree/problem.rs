//! `Problem`: one thing wrong with the tree, as `validate()` reports it.

use super::{Role, StepId, Surface};

/// Where a snippet sits: on a cause's card, or in `common` (`None`).
pub type Owner = Option<StepId>;

fn owner_name(o: &Owner) -> String {
    match o {
        Some(id) => format!("cause “{id}”"),
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
    #[error("the tree has no `start`: set `start = \"which-tool\"` in questions.toml")]
    NoStart,
    #[error("two files set different starts, “{0}” and “{1}”: keep one `start`")]
    StartConflict(StepId, StepId),
    #[error("`start` is “{0}”, but no question or cause has that id")]
    DanglingStart(StepId),
    #[error("“{0}” names more than one question or cause: ids must be unique")]
    DuplicateId(StepId),
    #[error("“{0}” is a special page drawn by the UI: no question or cause may use that id")]
    ReservedId(StepId),
    #[error("question “{question}”, answer “{value}”, leads to “{next}”, which does not exist")]
    DanglingAnswer { question: StepId, value: String, next: StepId },
    #[error("cause “{cause}”: `next` is “{next}”, which does not exist")]
    DanglingNext { cause: StepId, next: StepId },
    #[error(
        "cause “{cause}”: `next` is “{next}”, but “Did this fix it? No” must lead to another cause (or all-causes)"
    )]
    NextNotCause { cause: StepId, next: StepId },
    #[error("“{0}” cannot be reached from the start through answers or causes’ `next`")]
    Unreachable(StepId),
    #[error("questions lead round in a circle: {}", path(.0))]
    QuestionCycle(Vec<StepId>),
    #[error("“Did this fix it? No” goes round in a circle: {} (the last cause of a chain has no `next`)", path(.0))]
    CauseCycle(Vec<StepId>),
    #[error("question “{0}” has no answers")]
    NoAnswers(StepId),
    #[error("question “{question}” has the answer value “{value}” more than once")]
    DuplicateAnswer { question: StepId, value: String },
    #[error(
        "question “{question}” records its answer in “{param}”, which is not in tree::PARAMS (the URL would drop it)"
    )]
    UnknownParam { question: StepId, param: String },
    #[error("question “{question}”: answer value “{value}” must be 1 to 40 lower-case letters, digits and `-`")]
    BadAnswerValue { question: StepId, value: String },
    #[error("“{id}” has an empty {field}")]
    EmptyText { id: StepId, field: &'static str },
    #[error("cause “{0}” has no fix steps")]
    NoSteps(StepId),
    #[error("cause “{0}” has no `verify` snippet that proves the fix")]
    NoVerify(StepId),
    #[error("cause “{0}” has no prevention")]
    NoPrevention(StepId),
    #[error("cause “{0}” does not say what the user sees (`sees` is empty)")]
    NoSees(StepId),
    #[error("cause “{0}” does not say why it happens (`why` is empty)")]
    EmptyWhy(StepId),
    #[error("{}: the {surface} {role} snippet has no code", owner_name(.owner))]
    EmptySnippet { owner: Owner, surface: Surface, role: Role },
    #[error("{}: the {surface} {role} snippet prints the secret (show its length or first characters instead)", owner_name(.owner))]
    PrintsSecret { owner: Owner, surface: Surface, role: Role },
    #[error("{}: the {surface} {role} snippet hard-codes a key (read it from the environment instead)", owner_name(.owner))]
    HardCodedKey { owner: Owner, surface: Surface, role: Role },
}
