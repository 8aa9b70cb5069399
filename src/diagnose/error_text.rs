//! Recognizer for pasted error messages, tracebacks and logs: what printed it (SDK or tool, and
//! the version range its wording shows), what the API answered (status, type, `error_code`,
//! message, request ids, organization, model, a gateway's base URL), and the cause it points to,
//! with the evidence quoted, or an honest "not recognized". Keys in the paste are hidden.
//!
//! [`recognize`] is a pure function. It never panics and runs in time linear in the text:
//! a sweep that finds every credential-shaped stretch (`key::find_keys`, the key checker's own
//! rules), a cleaning sweep (ANSI codes, CRLF, padding) that puts each key's hint in its place,
//! a second key sweep over the cleaned text, and one sweep of the pattern table; then a few
//! kilobytes around the winning clue are read for the error object's values. Nothing reads the
//! text before its keys are hidden, and no step backtracks over it.
//!
//! The patterns are data (`table_*.rs`): each row is a lower-case needle and what it means,
//! most often a cause and how strong that evidence is (an `error_code` beats the exact wording
//! of a message, which beats a class name, a set-up warning, a generic error type, and a user
//! interface's own words). The strongest clue wins; `route::for_error` turns its cause into
//! steps of the decision tree. Rate limits, overloads, server errors, invalid requests, other
//! providers' errors and network failures are named as what they are, never as a bad key.
//!
//! Matching is hand-written rather than `regex-lite`: almost every pattern is a literal phrase,
//! so a two-byte index of the needles finds them all in one pass with a table lookup per byte,
//! while a regex engine would need one alternation of some 300 phrases (or 300 scans) and
//! gives no literal prefilter. Measured on a 1 MB log, release build, this machine: hand-written
//! matcher MATCHER_MS; the same phrases as one `regex-lite` alternation REGEX_MS. Release wasm
//! of a throwaway cdylib calling the recognizer (opt-level z, LTO, `wasm-opt -Oz`, gzip -9):
//! WASM_HAND bytes hand-written; with `regex-lite` matching the same table, WASM_REGEX bytes.
//! The table ships in the wasm: TABLE_BYTES bytes of needles.

mod bare;
mod cause;
mod clean;
mod decide;
mod evidence;
mod fields;
mod key_cause;
mod matcher;
mod patterns;
mod refine;
mod scan;
mod secrets;
mod source;
mod status;
mod table_api;
mod table_claude_code;
mod table_sdk;
mod table_signs;
mod version;
mod window;

pub use cause::{ErrorCause, Kind, NotAuth};
pub use source::{OtherProvider, Source};
pub use version::Version;

use super::key::{Family, Finding};
use super::tree::StepId;

/// A line of the paste that shows what was recognized, keys hidden.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// Its 1-based line number in the paste (after CRLF became LF).
    pub line: usize,
    /// The line, whitespace collapsed; long lines are cut to the part around the match (`…`).
    pub text: String,
    /// What it shows: "the error", "the SDK version", "the key", "also".
    pub shows: &'static str,
}

/// A key found in the paste. Its full text is never kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundKey {
    /// What kind of credential it is.
    pub family: Family,
    /// The Console-style hint, for `sk-ant-` credentials.
    pub hint: Option<String>,
    /// What stands for it in every text of the result: its hint, else its prefix and `…`.
    pub shown_as: String,
    /// How many times it appears.
    pub count: usize,
    /// The key checker's findings on the key as a program would send it (a trailing `\n`
    /// inside `b'…\n'` is a line-break finding).
    pub findings: Vec<Finding>,
    /// The step its findings or its kind point to, if any.
    pub step: Option<StepId>,
}

/// What a pasted text is, as far as Key Doctor can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recognition {
    /// Authentication problem, something else, or not recognized.
    pub kind: Kind,
    /// The diagnosis, if any.
    pub cause: Option<ErrorCause>,
    /// One or two plain sentences: what was recognized.
    pub headline: String,
    /// The steps to go to, most likely first: none, one or two.
    pub steps: Vec<StepId>,
    /// With two steps: what tells them apart.
    pub tells_apart: Option<String>,
    /// The SDK or tool that printed the text.
    pub source: Option<Source>,
    /// The SDK version range the wording shows.
    pub version: Option<Version>,
    /// The HTTP status shown.
    pub status: Option<u16>,
    /// The API's `error.type`.
    pub error_type: Option<String>,
    /// The API's `error.details.error_code`.
    pub error_code: Option<String>,
    /// The API's `error.message` (or Claude Code's `API Error:` text).
    pub message: Option<String>,
    /// Request ids near the error, in order.
    pub request_ids: Vec<String>,
    /// An organization id shown.
    pub organization_id: Option<String>,
    /// The Claude model named near the error (else the first one in the text).
    pub model: Option<String>,
    /// A base URL that is not Anthropic's: a proxy or gateway on the way.
    pub base_url: Option<String>,
    /// Another provider the error comes from (or, for an unrecognized text, that it mentions).
    pub provider: Option<OtherProvider>,
    /// The lines that show it.
    pub evidence: Vec<Evidence>,
    /// The keys in the paste (hidden everywhere above): treat each as exposed.
    pub keys: Vec<FoundKey>,
    /// Further key occurrences, hidden but not listed.
    pub more_keys: usize,
    /// The number of characters pasted.
    pub chars: usize,
}

impl Recognition {
    /// The warning to show when the paste holds keys, naming each by what stands for it:
    /// treat them as exposed, and how to replace them. `None` when it holds none.
    pub fn key_warning(&self) -> Option<String> {
        let total = self.keys.iter().map(|k| k.count.max(1)).sum::<usize>() + self.more_keys;
        if total == 0 {
            return None;
        }
        let named: Vec<String> = self.keys.iter().map(|k| format!("{} ({})", k.family.name(), k.shown_as)).collect();
        let what = match (named.len(), self.more_keys) {
            (1, 0) => format!("a credential: {}", named[0]),
            (_, 0) => format!("{} credentials: {}", named.len(), named.join(", ")),
            (_, more) => format!("{} credentials, among them {} and {more} more", named.len() + more, named.join(", ")),
        };
        Some(format!(
            "This paste holds {what}. Anyone who sees the text can use it, so treat it as exposed: make a new one (an Anthropic API key in Claude Console › Settings › API keys, another provider's in its own console), switch your program to it, then disable or delete the old one, which Console lists by the same hint. Key Doctor shows only the hint."
        ))
    }

    /// Every text the result carries, joined: for checks that no key leaks into the output.
    pub fn shown_text(&self) -> String {
        let warning = self.key_warning();
        let mut all: Vec<&str> = vec![&self.headline];
        all.extend(warning.as_deref());
        all.extend(self.steps.iter().map(StepId::as_str));
        all.extend(self.tells_apart.as_deref());
        all.extend(
            [&self.error_type, &self.error_code, &self.message, &self.organization_id, &self.model, &self.base_url]
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
        all.extend(self.request_ids.iter().map(String::as_str));
        all.extend(self.evidence.iter().map(|e| e.text.as_str()));
        for key in &self.keys {
            all.extend(key.hint.as_deref());
            all.push(&key.shown_as);
            for finding in &key.findings {
                all.extend([finding.message.as_str(), finding.action.as_str()]);
                all.extend(finding.excerpt.as_deref());
            }
        }
        all.join("\n")
    }
}

/// Recognizes a pasted error message, traceback or log.
pub fn recognize(text: &str) -> Recognition {
    let redacted = secrets::hide(text);
    let scan = scan::scan(&redacted.text);
    decide::decide(redacted, &scan, text.chars().count())
}
