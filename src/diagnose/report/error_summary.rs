//! What the report says about a pasted error message: what the page shows of it ([`Reading`])
//! summarized for a help desk, and the SDK generation its wording shows.
//! The paste itself never enters it; every text field is redacted again when the report is
//! built, whatever the recognizer already hid.

use crate::diagnose::credentials::Generation;
use crate::diagnose::error_text::Reading;
use crate::diagnose::tree::{self, StepId};

/// A recognized error message, summarized for a help desk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorSummary {
    /// What it was recognized as, in a sentence or two (the recognizer's headline).
    pub headline: String,
    /// What printed it, e.g. "Python SDK (anthropic)", "Claude Code", "curl"; "not recognized"
    /// when nothing tells.
    pub source: String,
    /// What the wording shows about the SDK's version, e.g. "Python SDK 2.0 or newer: …".
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
    /// An organization id shown.
    pub organization_id: Option<String>,
    /// The credentials the paste held, each by what stands for it (its Console-style hint, else
    /// its prefix): to be treated as exposed.
    pub keys: Vec<String>,
    /// The tree steps the recognizer points at, most likely first.
    pub causes: Vec<StepId>,
}

impl ErrorSummary {
    /// The summary of what a paste was recognized as; `None` when nothing was pasted.
    pub fn of(reading: &Reading) -> Option<ErrorSummary> {
        if reading.is_empty() {
            return None;
        }
        let mut keys: Vec<String> =
            reading.keys.iter().map(|key| format!("{} ({})", key.family, key.shown_as)).collect();
        if reading.more_keys > 0 {
            keys.push(format!("{} more", reading.more_keys));
        }
        Some(ErrorSummary {
            headline: reading.headline.clone(),
            source: reading.source.clone().unwrap_or_else(|| "not recognized".to_string()),
            version_range: reading.version.clone(),
            status: reading.status,
            error_type: reading.error_type.clone(),
            error_code: reading.error_code.clone(),
            message: reading.message.clone(),
            request_ids: reading.request_ids.clone(),
            organization_id: reading.organization_id.clone(),
            keys,
            causes: reading.steps.clone(),
        })
    }
}

/// The SDK generation a report names: the one the walk's answers give (as the walk's index reads
/// them; the user said so), else the one a pasted error's wording shows.
pub fn known_generation(from_walk: Option<&tree::Generation>, error: Option<&Reading>) -> Option<Generation> {
    let answered = from_walk.and_then(|g| match Generation::for_sdk_answer(g.slug()) {
        [one] => Some(*one),
        _ => None,
    });
    answered.or_else(|| error.and_then(|e| e.generation))
}
