//! The pass over the whole (cleaned, redacted) text: every row of the table that matches, kept
//! as its last place and count, plus the signs and values read from the whole text. Memory
//! stays fixed whatever the text's size: one slot per row, the first of each value.

use super::fields;
use super::patterns::{self, Field, Pattern};
use super::source::{OtherProvider, Source};
use super::version::Version;

/// Where a row matched last, and how often.
#[derive(Clone, Copy, Debug)]
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub count: usize,
}

/// A sign of something, with where it was seen.
#[derive(Clone, Copy, Debug)]
pub(super) struct Seen<T> {
    pub what: T,
    pub at: usize,
}

/// What the pass found.
#[derive(Debug, Default)]
pub(super) struct Scan {
    /// One slot per row of [`patterns::table`].
    pub hits: Vec<Option<Hit>>,
    /// The most specific source sign (highest rank; the first of equal rank).
    pub source: Option<(Source, u8, usize)>,
    /// The most precise version sign (the last of equal precision).
    pub version: Option<Seen<Version>>,
    /// The first exact SDK release read (`anthropic==2.3.1`).
    pub release: Option<Seen<Version>>,
    /// The last other-provider sign: its own error if any, else a mention.
    pub provider_error: Option<Seen<OtherProvider>>,
    pub provider_mention: Option<Seen<OtherProvider>>,
    /// Whether the text is about Anthropic.
    pub anthropic: bool,
    pub organization_id: Option<String>,
    /// The first non-Anthropic base URL: from a setting, else from an API URL.
    pub base_url_setting: Option<Seen<String>>,
    pub base_url_seen: Option<Seen<String>>,
    /// The first model id.
    pub model: Option<Seen<String>>,
}

/// Runs the pass over `text`.
pub(super) fn scan(text: &str) -> Scan {
    let table = patterns::table();
    let mut scan = Scan { hits: vec![None; table.len()], ..Scan::default() };
    let b = text.as_bytes();
    // A URL's own anchors inside a URL already read are skipped, which keeps reading linear.
    let mut url_until = 0;
    patterns::index().scan(text, |row, start, end| {
        let pattern = &table[row];
        let slot = &mut scan.hits[row];
        let count = slot.map_or(0, |h| h.count) + 1;
        *slot = Some(Hit { start, end, count });
        note(&mut scan, pattern, start);
        if let Some(field) = pattern.field {
            read(&mut scan, b, text, field, start, end, &mut url_until);
        }
    });
    scan
}

fn note(scan: &mut Scan, pattern: &Pattern, at: usize) {
    scan.anthropic |= pattern.anthropic;
    if let Some((source, rank)) = pattern.source
        && scan.source.is_none_or(|(_, best, _)| rank > best)
    {
        scan.source = Some((source, rank, at));
    }
    if let Some(version) = pattern.version
        && scan.version.is_none_or(|v| version.precision() >= v.what.precision())
    {
        scan.version = Some(Seen { what: version, at });
    }
    if let Some((provider, own_error)) = pattern.provider {
        let slot = if own_error { &mut scan.provider_error } else { &mut scan.provider_mention };
        *slot = Some(Seen { what: provider, at });
    }
}

fn read(scan: &mut Scan, b: &[u8], text: &str, field: Field, start: usize, end: usize, url_until: &mut usize) {
    match field {
        Field::OrgId if scan.organization_id.is_none() => {
            if let Some((a, z)) = fields::uuid_after(b, end) {
                scan.organization_id = Some(text[a..z].to_string());
            }
        }
        Field::BaseUrl if scan.base_url_setting.is_none() => {
            if let Some((a, z)) = fields::url_after(b, end) {
                *url_until = z;
                if let Some(base) = fields::gateway(&text[a..z], true) {
                    scan.base_url_setting = Some(Seen { what: base, at: a });
                }
            }
        }
        Field::Url if scan.base_url_seen.is_none() && start >= *url_until => {
            if let Some((a, z)) = fields::url_at(b, start) {
                *url_until = z;
                if let Some(base) = fields::gateway(&text[a..z], false) {
                    scan.base_url_seen = Some(Seen { what: base, at: a });
                }
            }
        }
        Field::Model if scan.model.is_none() => {
            if let Some((a, z)) = fields::model(b, start) {
                scan.model = Some(Seen { what: text[a..z].to_string(), at: a });
            }
        }
        Field::Release(sdk) if scan.release.is_none() => {
            if let Some(version) = release(b, end).and_then(|r| Version::of_release(sdk, r)) {
                scan.release = Some(Seen { what: version, at: start });
            }
        }
        _ => {}
    }
}

/// `major.minor` of a release number after `==`, `@`, `": "^` and the like.
fn release(b: &[u8], end: usize) -> Option<(u32, u32)> {
    let mut at = end;
    while at < b.len() && at - end < 8 && matches!(b[at], b'@' | b'"' | b'\'' | b':' | b' ' | b'^' | b'~' | b'=' | b'v')
    {
        at += 1;
    }
    let number = |from: usize| {
        let mut to = from;
        while to < b.len() && to - from < 4 && b[to].is_ascii_digit() {
            to += 1;
        }
        let digits = std::str::from_utf8(&b[from..to]).ok()?;
        digits.parse::<u32>().ok().map(|n| (n, to))
    };
    let (major, dot) = number(at)?;
    if b.get(dot) != Some(&b'.') {
        return None;
    }
    let (minor, _) = number(dot + 1)?;
    Some((major, minor))
}
