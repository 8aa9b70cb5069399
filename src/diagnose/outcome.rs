//! Interpretation of a live call: status, headers and body (or the transport failure) → an honest verdict.
//!
//! Never calls a network failure, a timeout, a web page or a 429 an invalid key: those are
//! "Couldn't tell". An `error.details.error_code` decides before the message ([`error_code`]);
//! without one, messages are recognised by case-insensitive substrings of the API's own
//! `error.message` and `error.type` ([`classify`]). Two tests of one key, sent two ways, are
//! compared in [`compare`]. The words shown live in [`text`].

mod body;
mod cause;
mod classify;
mod compare;
mod error_code;
mod text;

pub use body::{ApiBody, ApiError, Body, EXCERPT_CHARS, ErrorDetails, ModelInfo};
pub use cause::{OutcomeCause, VerdictKind};
pub use compare::{Agreement, Comparison, compare};
pub use error_code::KNOWN_ERROR_CODES;

use super::probe::{Method, Probe};

/// An HTTP answer: status, headers (names lower-case) and body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The HTTP status code.
    pub status: u16,
    /// Every readable response header as (name, value); names are matched case-insensitively.
    pub headers: Vec<(String, String)>,
    /// The body, as read by [`Body::from_text`].
    pub body: Body,
}

/// Why no answer was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The request failed in transit (the browser's `TypeError: Failed to fetch`, CORS included).
    Network,
    /// No answer within [`super::probe::TIMEOUT_MS`].
    Timeout,
    /// The user pressed Cancel.
    Cancelled,
}

/// What came back from the call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallResult {
    /// Some server answered.
    Answered(Answer),
    /// Nothing was read.
    Failed(Failure),
}

/// The verdict shown to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// The test this verdict answers (and so how the key was sent).
    pub probe: Probe,
    /// Works, Rejected or Couldn't tell.
    pub kind: VerdictKind,
    /// What the answer points at.
    pub cause: OutcomeCause,
    /// One plain sentence, e.g. "Rejected: the API does not accept this key (invalid x-api-key)."
    pub headline: String,
    /// Two to four sentences: what it means, what it does not mean, what to do next.
    pub explanation: String,
    /// The HTTP status, if an answer came.
    pub status: Option<u16>,
    /// The API's error object, as sent.
    pub api_error: Option<ApiError>,
    /// The `request-id` header, else the body's `request_id`.
    pub request_id: Option<String>,
    /// The `anthropic-organization-id` header.
    pub organization_id: Option<String>,
    /// The `retry-after` header.
    pub retry_after: Option<String>,
    /// Every `anthropic-ratelimit-*` header (names lower-case), sorted by name.
    pub ratelimits: Vec<(String, String)>,
    /// The models listed by `GET /v1/models` (empty for other probes).
    pub models: Vec<ModelInfo>,
    /// How long the call took.
    pub elapsed_ms: u64,
    /// The start of a non-JSON answer (whitespace collapsed, at most [`EXCERPT_CHARS`] characters).
    pub body_excerpt: Option<String>,
    /// A curl command that makes the same call from a terminal, reading the key from the
    /// environment; set where testing outside the browser tells more.
    pub terminal_check: Option<String>,
}

impl Verdict {
    /// The optional second step after a working API key: a free `count_tokens` call with one of
    /// the models the key can see. Offered once, after the `x-api-key` test; `None` for any other
    /// verdict.
    pub fn billing_probe(&self) -> Option<Probe> {
        if self.cause != OutcomeCause::Works || self.probe != Probe::Models {
            return None;
        }
        let model = self.models.iter().find_map(|m| m.id.clone())?;
        Some(Probe::CountTokens { model })
    }
}

/// Interprets the result of one call of `probe`.
pub fn interpret(probe: &Probe, result: &CallResult, elapsed_ms: u64) -> Verdict {
    let (cause, answer) = match result {
        CallResult::Failed(Failure::Network) => (OutcomeCause::Network, None),
        CallResult::Failed(Failure::Timeout) => (OutcomeCause::Timeout, None),
        CallResult::Failed(Failure::Cancelled) => (OutcomeCause::Cancelled, None),
        CallResult::Answered(answer) => (classify::cause_of(probe, answer.status, &answer.body), Some(answer)),
    };
    let json = answer.and_then(|a| match &a.body {
        Body::Json(json) => Some(json),
        _ => None,
    });
    let read = |name: &str| answer.and_then(|a| header(&a.headers, name));
    let retry_after = read("retry-after");
    let models = match (probe, json) {
        (Probe::Models | Probe::ModelsBearer, Some(json)) => json.data.clone().unwrap_or_default(),
        _ => Vec::new(),
    };
    let facts = text::Facts {
        probe,
        status: answer.map(|a| a.status),
        error: json.and_then(|j| j.error.as_ref()),
        retry_after: retry_after.as_deref(),
        models: models.len(),
        input_tokens: json.and_then(|j| j.input_tokens),
        html: matches!(answer.map(|a| &a.body), Some(Body::Text { html: true, .. })),
    };
    let (headline, explanation) = text::describe(cause, &facts);
    let wants_terminal = matches!(
        cause,
        OutcomeCause::Network
            | OutcomeCause::Timeout
            | OutcomeCause::OrgForbidsBrowser
            | OutcomeCause::CorsHeaderMissing
            | OutcomeCause::NotAnthropic
            | OutcomeCause::UnknownShape
    );
    Verdict {
        probe: probe.clone(),
        kind: cause.kind(),
        cause,
        headline,
        explanation,
        status: answer.map(|a| a.status),
        api_error: json.and_then(|j| j.error.clone()),
        request_id: read("request-id").or_else(|| json.and_then(|j| nonblank(j.request_id.as_deref()))),
        organization_id: read("anthropic-organization-id"),
        retry_after,
        ratelimits: answer.map(|a| ratelimits(&a.headers)).unwrap_or_default(),
        models,
        elapsed_ms,
        body_excerpt: answer.and_then(|a| match &a.body {
            Body::Text { excerpt, .. } => Some(excerpt.clone()),
            _ => None,
        }),
        terminal_check: wants_terminal.then(|| terminal_command(probe)),
    }
}

/// The same call as `probe`, sent the same way, as a curl command that reads the key from an
/// environment variable, so the key never lands in the shell history.
pub fn terminal_command(probe: &Probe) -> String {
    let variable = if *probe == Probe::AdminApiKeys { "ANTHROPIC_ADMIN_KEY" } else { "ANTHROPIC_API_KEY" };
    let spec = probe.request("");
    let mut command = format!("curl \"{}\"", spec.url);
    for (name, value) in probe.style().headers(&format!("${variable}")) {
        command.push_str(&format!(" -H \"{name}: {value}\""));
    }
    if spec.method == Method::Post {
        command.push_str(" -H \"content-type: application/json\"");
    }
    if let Some(body) = spec.body {
        command.push_str(&format!(" -d '{}'", body.replace('\'', r"'\''")));
    }
    command
}

/// The first header called `name` (any case), trimmed; `None` if absent or blank.
fn header(headers: &[(String, String)], name: &str) -> Option<String> {
    headers.iter().find(|(n, _)| n.trim().eq_ignore_ascii_case(name)).and_then(|(_, value)| nonblank(Some(value)))
}

fn nonblank(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_string)
}

fn ratelimits(headers: &[(String, String)]) -> Vec<(String, String)> {
    const PREFIX: &str = "anthropic-ratelimit-";
    let mut found: Vec<(String, String)> = headers
        .iter()
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .filter(|(name, _)| name.starts_with(PREFIX))
        .collect();
    found.sort();
    found.dedup_by(|a, b| a.0 == b.0);
    found
}
