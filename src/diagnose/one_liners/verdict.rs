//! What a pasted check output means, line by line: for each request a verdict (works, rejected
//! and which way, or couldn't tell) read by the live test's own interpreter from the status,
//! error type, `error_code` and message the line reports; for the key line, what is wrong with
//! the variable, if anything. Each with the step that explains it.

use super::format::{CheckLine, parse_output};
use super::style::AuthStyle;
use crate::diagnose::outcome::{
    Answer, ApiBody, ApiError, Body, CallResult, ErrorDetails, Failure, VerdictKind, interpret,
};
use crate::diagnose::probe::Probe;
use crate::diagnose::route;
use crate::diagnose::tree::StepId;

/// What the key line can say is wrong with the variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyIssue {
    /// The variable is not in the environment the check ran in.
    NotSet,
    /// It is set, but empty.
    Empty,
    /// Its key is not the one whose Console hint the user gave.
    OtherKey,
    /// Spaces or line breaks around the key.
    EdgeWhitespace,
}

impl KeyIssue {
    /// Every issue, for the route table's test.
    pub const ALL: [KeyIssue; 4] = [KeyIssue::NotSet, KeyIssue::Empty, KeyIssue::OtherKey, KeyIssue::EdgeWhitespace];
}

/// One verdict on one line of the output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineVerdict {
    /// What the line is about: the variable, or how the request was sent.
    pub about: String,
    /// Works, Rejected or Couldn't tell (for the key line: fine, or a problem), for styling.
    pub kind: VerdictKind,
    /// The kind in words: the verdict's label, or for the key line "Key found" / "Problem".
    pub label: &'static str,
    /// One plain sentence.
    pub headline: String,
    /// What the line reported, as (name, value), never the key.
    pub facts: Vec<(&'static str, String)>,
    /// The step that explains it, if any.
    pub cause: Option<StepId>,
}

/// A verdict for every check line in `text`, in order; empty when it holds none.
pub fn read_output(text: &str) -> Vec<LineVerdict> {
    parse_output(text).iter().flat_map(verdicts_of).collect()
}

fn verdicts_of(line: &CheckLine) -> Vec<LineVerdict> {
    match line {
        CheckLine::Key { variable, set, length, hint, hint_match, edge_whitespace } => {
            let name = variable.clone().unwrap_or_else(|| "The variable".into());
            let mut facts = Vec::new();
            if let Some(length) = length {
                facts.push(("length", format!("{length} characters")));
            }
            if let Some(hint) = hint {
                facts.push(("hint", hint.clone()));
            }
            let issues = [
                (
                    *set == Some(false),
                    KeyIssue::NotSet,
                    format!("{name} is not set where the check ran: nothing was sent."),
                ),
                (
                    *set == Some(true) && *length == Some(0),
                    KeyIssue::Empty,
                    format!("{name} is set, but empty: nothing was sent."),
                ),
                (
                    *hint_match == Some(false),
                    KeyIssue::OtherKey,
                    format!("The key in {name} is not the key whose hint you gave: your program gets another key."),
                ),
                (
                    *edge_whitespace == Some(true),
                    KeyIssue::EdgeWhitespace,
                    format!(
                        "{name} has spaces or line breaks around the key: the check trimmed them, your program may not."
                    ),
                ),
            ];
            let found: Vec<LineVerdict> = issues
                .into_iter()
                .filter(|(applies, _, _)| *applies)
                .map(|(_, issue, headline)| LineVerdict {
                    about: name.clone(),
                    kind: VerdictKind::Rejected,
                    label: "Problem",
                    headline,
                    facts: facts.clone(),
                    cause: route::for_key_issue(issue),
                })
                .collect();
            if !found.is_empty() {
                return found;
            }
            let matches = if *hint_match == Some(true) { ", and it is the key whose hint you gave" } else { "" };
            vec![LineVerdict {
                about: name.clone(),
                kind: VerdictKind::Works,
                label: "Key found",
                headline: format!("{name} holds a key{matches}."),
                facts,
                cause: None,
            }]
        }
        CheckLine::Call { style, status, error_type, error_code, request_id, message } => {
            let probe = match style {
                AuthStyle::XApiKey => Probe::Models,
                AuthStyle::Bearer => Probe::ModelsBearer,
            };
            let result = match status {
                None => CallResult::Failed(Failure::Network),
                Some(status) => CallResult::Answered(answer(*status, error_type, error_code, request_id, message)),
            };
            let verdict = interpret(&probe, &result, 0);
            let facts = [
                ("status", status.map(|s| s.to_string())),
                ("error type", error_type.clone()),
                ("error_code", error_code.clone()),
                ("message", message.clone()),
                ("request id", request_id.clone()),
            ];
            vec![LineVerdict {
                about: style.label().to_string(),
                kind: verdict.kind,
                label: verdict.kind.label(),
                headline: verdict.headline,
                facts: facts.into_iter().filter_map(|(name, value)| Some((name, value?))).collect(),
                cause: route::for_outcome(verdict.cause),
            }]
        }
    }
}

/// The answer a call line reports, as the live test's interpreter reads answers: an error body
/// when the line names an error, else (for a 2xx) a model list.
fn answer(
    status: u16,
    error_type: &Option<String>,
    error_code: &Option<String>,
    request_id: &Option<String>,
    message: &Option<String>,
) -> Answer {
    let has_error = error_type.is_some() || error_code.is_some() || message.is_some();
    let error = has_error.then(|| ApiError {
        kind: error_type.clone(),
        message: message.clone(),
        details: error_code.clone().map(|code| Box::new(ErrorDetails { error_code: Some(code), appeal_url: None })),
    });
    let body = ApiBody {
        kind: has_error.then(|| "error".to_string()),
        data: (!has_error && (200..300).contains(&status)).then(Vec::new),
        error,
        request_id: None,
        input_tokens: None,
    };
    let headers = request_id.iter().map(|id| ("request-id".to_string(), id.clone())).collect();
    Answer { status, headers, body: Body::Json(body) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(VerdictKind, Option<String>)> {
        read_output(text).into_iter().map(|v| (v.kind, v.cause.map(|c| c.to_string()))).collect()
    }

    #[test]
    fn each_line_gets_its_verdict_and_step() {
        let p = super::super::PREFIX;
        let text = format!(
            "{p} key var=MY_KEY set=yes length=108 hint=sk-ant-api03-R2D...igAA hint_match=yes edge_whitespace=no\n\
             {p} x-api-key status=401 type=authentication_error code=- request_id=req_1 message=\"invalid x-api-key\"\n\
             {p} bearer status=200 type=- code=- request_id=req_2 message=-\n\
             {p} bearer status=none message=\"no answer: curl exit 7\"\n\
             {p} x-api-key status=400 type=invalid_request_error code=organization_on_hold request_id=- message=\"This organization is on hold.\"\n\
             {p} x-api-key status=429 type=rate_limit_error code=- request_id=- message=\"Too many\"\n"
        );
        let step = |s: &str| Some(s.to_string());
        assert_eq!(
            kinds(&text),
            vec![
                (VerdictKind::Works, None),
                (VerdictKind::Rejected, step("key-listed")),
                (VerdictKind::Works, step("which-tool")),
                (VerdictKind::CouldntTell, step("network-unreachable")),
                (VerdictKind::Rejected, step("organization-on-hold")),
                (VerdictKind::CouldntTell, step("rate-limited")),
            ]
        );
        let first = &read_output(&text)[1];
        assert!(first.about.starts_with("x-api-key"));
        assert!(first.facts.contains(&("request id", "req_1".to_string())));
    }

    #[test]
    fn the_key_line_names_every_problem() {
        let p = super::super::PREFIX;
        let unset = format!("{p} key var=MY_KEY set=no length=0 hint=- hint_match=- edge_whitespace=no");
        assert_eq!(kinds(&unset), vec![(VerdictKind::Rejected, Some("key-not-set".into()))]);
        let both =
            format!("{p} key var=K set=yes length=110 hint=sk-ant-api03-abc...wxyz hint_match=no edge_whitespace=yes");
        assert_eq!(
            kinds(&both),
            vec![
                (VerdictKind::Rejected, Some("key-source".into())),
                (VerdictKind::Rejected, Some("paste-artefacts".into()))
            ]
        );
        assert!(read_output("nothing to see\n").is_empty());
    }
}
