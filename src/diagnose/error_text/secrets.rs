//! Secrets in the paste. Every credential-shaped stretch (found with the key checker's own
//! rules, `key::find_keys`) is replaced by its hint before anything else reads the text, so
//! no output can carry a key: first in the raw paste (the cleaning pass copies each hint
//! verbatim, so a colour code cannot eat into a key), then once more in the cleaned text when
//! cleaning dropped something (a key that an invisible character or a colour code had split). Each distinct key also goes
//! through the key checker, whose findings (a trailing line break inside `b'…\n'`, an OAuth
//! token, another provider's key) are shown and may point to the cause.

use super::{FoundKey, clean};
use crate::diagnose::key::{self, Family, FindingKind, KeySpan};
use crate::diagnose::route;

/// The most distinct keys listed (and checked); further ones are hidden and counted.
pub(super) const MAX_LISTED: usize = 20;

/// The cleaned text with its keys hidden, and what was hidden.
#[derive(Debug)]
pub(super) struct Redacted {
    pub text: String,
    pub keys: Vec<FoundKey>,
    /// Key occurrences hidden but not listed.
    pub more: usize,
    /// Where each hidden key now sits in `text` (its hint), and what it is.
    pub places: Vec<Place>,
}

/// Where a hidden key sits in the redacted text, and what it is.
#[derive(Clone, Copy, Debug)]
pub(super) struct Place {
    pub start: usize,
    pub end: usize,
    pub hidden: Hidden,
}

/// What a hidden key is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Hidden {
    /// One of the listed keys.
    Listed(usize),
    /// Example text in a key's shape (`sk-ant-api03-your-key-here`): it exposes nothing, but a
    /// program that sends it is refused.
    Example,
    /// A key past the listed ones, counted.
    Unlisted,
}

/// Cleans `raw` and hides every key in it.
pub(super) fn hide(raw: &str) -> Redacted {
    let first = key::find_keys(raw);
    let replace: Vec<(usize, usize, &str)> = first.iter().map(|k| (k.start, k.end, k.mask.as_str())).collect();
    let clean::Cleaned { text: cleaned, starts, joined } = clean::clean(raw, &replace);
    let mut list = Listing::default();
    let mut places: Vec<Place> = first
        .iter()
        .zip(starts)
        .map(|(span, at)| Place {
            start: at,
            end: at + span.mask.len(),
            hidden: list.add(span, &raw[span.start..span.end]),
        })
        .collect();
    // Only dropping something (a colour code, an invisible character) can join a new key.
    let second = if joined { key::find_keys(&cleaned) } else { Vec::new() };
    if second.is_empty() {
        return Redacted { text: cleaned, keys: list.keys, more: list.more, places };
    }
    let mut text = String::with_capacity(cleaned.len());
    let mut last = 0;
    // How far each earlier hint moved: (old start, shift so far).
    let mut shifts: Vec<(usize, isize)> = Vec::with_capacity(second.len());
    let mut new_places = Vec::with_capacity(second.len());
    for span in &second {
        text.push_str(&cleaned[last..span.start]);
        let at = text.len();
        text.push_str(&span.mask);
        new_places.push(Place { start: at, end: text.len(), hidden: list.add(span, &cleaned[span.start..span.end]) });
        shifts.push((span.end, text.len() as isize - span.end as isize));
        last = span.end;
    }
    text.push_str(&cleaned[last..]);
    for place in &mut places {
        let shift = shifts.iter().rev().find(|(end, _)| *end <= place.start).map_or(0, |(_, by)| *by);
        place.start = place.start.saturating_add_signed(shift);
        place.end = place.end.saturating_add_signed(shift);
    }
    places.extend(new_places);
    Redacted { text, keys: list.keys, more: list.more, places }
}

/// The keys listed so far, each once with its count.
#[derive(Default)]
struct Listing {
    keys: Vec<FoundKey>,
    /// The text of each listed key, to count repeats; never leaves this module.
    seen: Vec<String>,
    more: usize,
}

impl Listing {
    /// Counts one occurrence of `span` (whose text is `raw`): what it is among the hidden.
    /// Example text in a key's shape is hidden but not listed: it exposes nothing.
    fn add(&mut self, span: &KeySpan, raw: &str) -> Hidden {
        if span.family == Family::Placeholder {
            return Hidden::Example;
        }
        if let Some(i) = self.seen.iter().position(|s| s == raw) {
            self.keys[i].count += 1;
            return Hidden::Listed(i);
        }
        if self.keys.len() >= MAX_LISTED {
            self.more += 1;
            return Hidden::Unlisted;
        }
        self.seen.push(raw.to_string());
        self.keys.push(found(span));
        Hidden::Listed(self.keys.len() - 1)
    }
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
