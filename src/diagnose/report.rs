//! The help-desk report ("Copy report") and "Share this step".
//!
//! [`build`] turns what the page knows into Markdown and plain text: when and with what it was
//! made (all passed in: the core reads no clock and no browser), the key's family, hint, length
//! and findings (never the key), the live verdicts, the recognized error, the SDK generation,
//! the credential reasoner's answer, and the path through the tree with absolute links. Every
//! free-text field goes through [`redact`] first. It ends with a line saying what it leaves out.
//! [`share_link`] builds the link of the current step and answers, from slugs only.

mod document;
mod error_summary;
mod links;
mod reasoner;
mod redact;
mod sections;

pub use error_summary::known_generation;
pub use links::{CREDENTIALS_PAGE, credentials_url, share_link, step_url};
pub use redact::{REDACTED, is_credential_shaped, one_line, redact};

use super::credentials::{Generation, Setup, Summary};
use super::error_text::Reading;
use super::key::KeyReport;
use super::one_liners::AuthStyle;
use super::outcome::Verdict;
use super::probe::HeaderStyle;
use super::walk::{TrailItem, Walk};

/// One live test and how it was sent. The answer's `error_code` is read from the verdict's
/// `api_error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveCheck {
    /// The header style of the call, when the page knows it.
    pub style: Option<AuthStyle>,
    /// The verdict.
    pub verdict: Verdict,
}

impl LiveCheck {
    /// A finished live test, with the header style its probe sent the key in.
    pub fn of(verdict: Verdict) -> LiveCheck {
        let style = match verdict.probe.style() {
            HeaderStyle::XApiKey => AuthStyle::XApiKey,
            HeaderStyle::Bearer => AuthStyle::Bearer,
        };
        LiveCheck { style: Some(style), verdict }
    }
}

/// Everything the page hands over for a report. Owned, so the page can fill it from its state
/// at the moment of the click.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportInput {
    /// The time, in UTC, as the page formats it (e.g. `2026-12-01T10:04:05Z`).
    pub utc_time: String,
    /// Key Doctor's version (the crate's).
    pub version: String,
    /// The git commit it was built from (hex; anything else shows as unknown).
    pub git_hash: String,
    /// The browser's user agent string.
    pub user_agent: String,
    /// The app's own absolute URL, e.g. `https://keydoctor.example/` (links are built on it).
    pub base_url: String,
    /// The key check's result (the report takes family, hint, length and findings from it;
    /// never `cleaned`).
    pub key: Option<KeyReport>,
    /// The live tests, in the order they ran.
    pub live: Vec<LiveCheck>,
    /// What the page showed of the pasted error message, if one was pasted (never the paste).
    pub error: Option<Reading>,
    /// The SDK generation, when known (else the walk's `sdk` answer is used).
    pub sdk: Option<Generation>,
    /// The credential reasoner's ticks, if the user used it.
    pub credentials: Option<Setup>,
    /// The reasoner's answer for those ticks ([`Summary::of`]; in the browser, handed over by
    /// the tool pages' module).
    pub credentials_answer: Option<Summary>,
    /// Where the walk stands.
    pub walk: Walk,
    /// The walk's trail (`Walk::trail`), for the path with its links.
    pub trail: Vec<TrailItem>,
    /// The current step's title.
    pub step_title: Option<String>,
}

/// A report in both formats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Markdown, for tickets and chats that render it.
    pub markdown: String,
    /// Plain text, for everything else.
    pub text: String,
}

/// What the last line of every report says.
pub const LEFT_OUT: &str = "Left out on purpose: the key itself and any cleaned copy of it, everything you pasted (only the recognized fields above are kept, and anything shaped like a credential in them reads [redacted]), the models the key can see, and any stored data (Key Doctor stores none).";

/// Builds the report.
pub fn build(input: &ReportInput) -> Report {
    let document = sections::document(input);
    Report { markdown: document.markdown(), text: document.text() }
}
