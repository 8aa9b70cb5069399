//! Interpretation of a live call: status, headers and body (or the transport failure) → an honest verdict.
// CONTRACT STUB: replaced by the real interpreter.

use serde::Deserialize;

use super::probe::Probe;

/// The API's error object: `{"type": "...", "message": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ApiError {
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
}

/// One model from `GET /v1/models`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ModelInfo {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
}

/// Any JSON object the API (or something pretending to be it) may send; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ApiBody {
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub error: Option<ApiError>,
    #[serde(default)]
    pub request_id: Option<String>,
    #[serde(default)]
    pub data: Option<Vec<ModelInfo>>,
    #[serde(default)]
    pub input_tokens: Option<u64>,
}

/// The body of an answer, as far as the interpreter cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    Empty,
    Json(ApiBody),
    Text { html: bool, excerpt: String },
}

impl Body {
    /// Builds a body from raw text; `parse` is the JSON parser of the platform.
    pub fn from_text(text: &str, parse: impl FnOnce(&str) -> Option<ApiBody>) -> Body {
        if text.trim().is_empty() {
            return Body::Empty;
        }
        match parse(text) {
            Some(body) => Body::Json(body),
            None => Body::Text { html: false, excerpt: String::new() },
        }
    }
}

/// An HTTP answer: status, headers (names lower-case) and body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Body,
}

/// Why no answer was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    Network,
    Timeout,
    Cancelled,
}

/// What came back from the call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallResult {
    Answered(Answer),
    Failed(Failure),
}

/// The three families of verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerdictKind {
    Works,
    Rejected,
    CouldntTell,
}

/// The cause a verdict points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutcomeCause {
    Works,
}

/// The verdict shown to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub kind: VerdictKind,
    pub cause: OutcomeCause,
    pub headline: String,
    pub explanation: String,
    pub status: Option<u16>,
    pub api_error: Option<ApiError>,
    pub request_id: Option<String>,
    pub organization_id: Option<String>,
    pub retry_after: Option<String>,
    pub ratelimits: Vec<(String, String)>,
    pub models: Vec<ModelInfo>,
    pub elapsed_ms: u64,
}

/// Interprets the result of one call of `probe`.
pub fn interpret(_probe: &Probe, _result: &CallResult, elapsed_ms: u64) -> Verdict {
    Verdict {
        kind: VerdictKind::CouldntTell,
        cause: OutcomeCause::Works,
        headline: String::new(),
        explanation: String::new(),
        status: None,
        api_error: None,
        request_id: None,
        organization_id: None,
        retry_after: None,
        ratelimits: Vec::new(),
        models: Vec::new(),
        elapsed_ms,
    }
}
