//! What the report says about a recognized error message: a small placeholder shape.
//!
//! The recognizer of pasted error texts is being built in another branch; at merge, its output
//! is mapped into this struct (or this struct is replaced by it). Every text field is redacted
//! again when the report is built, whatever the recognizer already did.

use crate::diagnose::tree::StepId;

/// A recognized error message, summarized for a help desk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorSummary {
    /// What printed it, e.g. "Python SDK (anthropic)", "Claude Code", "curl".
    pub source: String,
    /// The versions whose wording it matches, e.g. "2.0.0 or later", if known.
    pub version_range: Option<String>,
    /// The HTTP status, if the message names one.
    pub status: Option<u16>,
    /// The API's `error.type`, e.g. `authentication_error`.
    pub error_type: Option<String>,
    /// The API's `error.details.error_code`, e.g. `organization_on_hold`.
    pub error_code: Option<String>,
    /// The API's `error.message` (or the tool's own message).
    pub message: Option<String>,
    /// Request ids found in the text.
    pub request_ids: Vec<String>,
    /// The tree steps the recognizer points at, most likely first.
    pub causes: Vec<StepId>,
}
