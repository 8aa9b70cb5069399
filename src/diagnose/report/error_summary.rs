//! What the report says about a pasted error message: the recognizer's result
//! ([`Recognition`]) summarized for a help desk, and the SDK generation its wording shows.
//! The paste itself never enters it; every text field is redacted again when the report is
//! built, whatever the recognizer already hid.

use crate::diagnose::credentials::Generation;
use crate::diagnose::error_text::{Recognition, Source, Version};
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
    pub fn of(recognition: &Recognition) -> Option<ErrorSummary> {
        if recognition.chars == 0 {
            return None;
        }
        let source = match recognition.source {
            Some(source) => source.name(),
            None => "not recognized",
        };
        let mut keys: Vec<String> =
            recognition.keys.iter().map(|key| format!("{} ({})", key.family.name(), key.shown_as)).collect();
        if recognition.more_keys > 0 {
            keys.push(format!("{} more", recognition.more_keys));
        }
        Some(ErrorSummary {
            headline: recognition.headline.clone(),
            source: source.to_string(),
            version_range: recognition.version.map(|v| v.meaning().to_string()),
            status: recognition.status,
            error_type: recognition.error_type.clone(),
            error_code: recognition.error_code.clone(),
            message: recognition.message.clone(),
            request_ids: recognition.request_ids.clone(),
            organization_id: recognition.organization_id.clone(),
            keys,
            causes: recognition.steps.clone(),
        })
    }
}

/// The SDK generation a recognized error shows: Claude Code (or the Agent SDK built on it) by
/// its source, else the one generation its version range falls in; `None` when the range spans
/// generations or nothing tells.
pub fn generation_of(recognition: &Recognition) -> Option<Generation> {
    if matches!(recognition.source, Some(Source::ClaudeCode | Source::AgentSdk)) {
        return Some(Generation::ClaudeCode);
    }
    Some(match recognition.version? {
        Version::PyUpTo097 => Generation::Python097,
        Version::Py098To117 | Version::Py098To14 => Generation::Python098,
        Version::Py2 => Generation::Python2,
        Version::TsUpTo092 => Generation::TypeScript092,
        Version::Ts093To0137 => Generation::TypeScript093,
        Version::Ts1 | Version::Ts16 => Generation::TypeScript1,
        _ => return None,
    })
}

/// The SDK generation a report names: the one the walk's answers give (as the walk's index reads
/// them; the user said so), else the one a pasted error's wording shows.
pub fn known_generation(from_walk: Option<&tree::Generation>, error: Option<&Recognition>) -> Option<Generation> {
    let answered = from_walk.and_then(|g| match Generation::for_sdk_answer(g.slug()) {
        [one] => Some(*one),
        _ => None,
    });
    answered.or_else(|| error.and_then(generation_of))
}
