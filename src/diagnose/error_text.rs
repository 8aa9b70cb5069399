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
//! of a message, which beats a class named after the cause, an API error type, a generic
//! class, a set-up warning and, last, a user interface's own words). The strongest clue wins; `route::for_error` turns its cause into
//! steps of the decision tree. Rate limits, overloads, server errors, invalid requests, other
//! providers' errors and network failures are named as what they are, never as a bad key.
//!
//! Matching is hand-written rather than `regex-lite`. Almost every pattern is a literal phrase
//! (a space standing for any run of whitespace, `~` for an optional one, a backtick for an
//! optional quote), so an index keyed by a hash of each needle's first three bytes finds all of
//! them in one pass with a table lookup per byte, and the rows stay plain strings anyone can
//! read. Measured on the project's shared 2-core machine (timings are rough under its load):
//! - speed: the table's 461 global needles as one case-insensitive `regex-lite` alternation take
//!   14.6 s over a 1 MiB log (`find_iter`, native, `opt-level = "z"`: regex-lite has no literal
//!   prefilter); the whole recognizer takes 7–17 ms on the same text (`cargo bench --bench
//!   error_text` reports the median).
//! - size: a throwaway cdylib built `--release --target wasm32-unknown-unknown` (opt-level z,
//!   LTO, one codegen unit, panic abort), then `wasm-opt -Oz` (binaryen 132), then `gzip -9`:
//!   the key checker alone 105,650 B (49,310 B gzipped); with the recognizer 192,862 B
//!   (83,094 B), so the recognizer adds 87,212 B (33,784 B); matching the same table with
//!   `regex-lite` as well adds another 68,294 B (30,463 B).
//! - in the browser's engine: the same wasm in Node 20's V8 takes 17 ms on 1.1 MiB and 32 ms
//!   on 2.2 MiB (median of 7), well inside the 200 ms a paste may block the tab.
//!
//! The table ships in the recognizer's own wasm module (`src/bin/recognizer.rs`), which the page
//! fetches on the first paste, not in the app's: 521 rows of 20 bytes (10,420 B) plus 11,580 B
//! of needles, and about 10.5 KB of cause labels and "what tells them apart" lines. The page gets
//! back a [`Reading`] (`reading.rs`).

mod bare;
mod cause;
mod clean;
mod decide;
mod evidence;
mod fields;
mod key_cause;
mod matcher;
mod patterns;
mod reading;
mod refine;
mod scan;
mod secrets;
mod shown;
mod source;
mod status;
mod table_api;
mod table_claude_code;
mod table_sdk;
mod table_signs;
mod version;
mod window;

pub use cause::{ErrorCause, Kind, NotAuth};
pub use reading::{EvidenceLine, KeyInPaste, Reading, Verdict, generation_of};
pub use shown::{FIELD_LIMIT, Item, Section, ShownField, field_part, long_paste_note};
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
    /// What it shows: "the error", "the SDK version", "the key", "the example text", "also".
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
