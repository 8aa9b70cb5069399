//! Secrets in the paste. Every credential-shaped stretch (found with the key checker's own
//! rules, `key::find_keys`) is replaced by its hint before anything else reads the text, so
//! no output can carry a key. Each distinct key also goes through the key checker, whose
//! findings (a trailing line break inside `b'…\n'`, an OAuth token, another provider's key)
//! are shown and may point to the cause.

use super::FoundKey;
use crate::diagnose::key::{self, FindingKind, KeySpan};
use crate::diagnose::route;

/// The most distinct keys listed (and checked); further ones are hidden and counted.
pub(super) const MAX_LISTED: usize = 20;

/// The text with its keys hidden, and what was hidden.
#[derive(Debug)]
pub(super) struct Redacted {
    pub text: String,
    pub keys: Vec<FoundKey>,
    /// Key occurrences hidden but not listed.
    pub more: usize,
    /// Where each hidden key now sits in `text` (its mask), and which of `keys` it is.
    pub places: Vec<(usize, usize, Option<usize>)>,
}

/// Hides every key in `text`.
pub(super) fn redact(text: &str) -> Redacted {
    let spans = key::find_keys(text);
    let mut out = String::with_capacity(text.len());
    let mut keys: Vec<FoundKey> = Vec::new();
    // The key text of each listed key, to count repeats; never leaves this function.
    let mut seen: Vec<String> = Vec::new();
    let mut places = Vec::with_capacity(spans.len());
    let mut more = 0;
    let mut last = 0;
    for span in spans {
        out.push_str(&text[last..span.start]);
        let start = out.len();
        out.push_str(&span.mask);
        let raw = &text[span.start..span.end];
        let listed = match seen.iter().position(|s| s == raw) {
            Some(i) => {
                keys[i].count += 1;
                Some(i)
            }
            None if keys.len() < MAX_LISTED => {
                seen.push(raw.to_string());
                keys.push(found(&span));
                Some(keys.len() - 1)
            }
            None => {
                more += 1;
                None
            }
        };
        places.push((start, out.len(), listed));
        last = span.end;
    }
    out.push_str(&text[last..]);
    Redacted { text: out, keys, more, places }
}

/// What the key checker says about one key, as it would be sent.
fn found(span: &KeySpan) -> FoundKey {
    let report = key::check(&span.as_sent);
    let step = report
        .findings
        .iter()
        .filter(|f| !matches!(f.kind, FindingKind::TooShort | FindingKind::TooLong | FindingKind::WrongSuffix))
        .find_map(route::for_finding)
        .or_else(|| route::for_family(span.family));
    FoundKey {
        family: span.family,
        hint: span.hint.clone(),
        shown_as: span.mask.clone(),
        count: 1,
        findings: report.findings,
        step,
    }
}
