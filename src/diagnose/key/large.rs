//! The short check for pastes far too long to be a key: one pass over the bytes that still
//! says whether, and where, a key is inside.

use super::family::{self, Classified};
use super::findings::{article, finding};
use super::{Family, FindingKind as K, KeyReport, Severity, hint};

/// A run shorter than this is not worth classifying as a key.
const MIN_KEY: usize = 20;

/// Checks a paste of `chars` characters that is over the size limit.
pub(super) fn check(text: &str, chars: usize) -> KeyReport {
    let (first, total) = first_key(text);
    let mut message = format!(
        "{chars} characters is far too long for a key (an Anthropic API key has 108): this looks like a whole file, page or log."
    );
    let mut positions = Vec::new();
    let (mut family, mut hint) = (Family::Unrecognized, None);
    if let Some((start, end, cls)) = first {
        let pos = text[..start].chars().count() + 1;
        family = cls.family;
        hint = if family::is_anthropic(family) && end - start <= 300 {
            let key = &text[start..end];
            let fixed = format!("{}{}", cls.canonical.as_deref().unwrap_or(""), &key[cls.prefix_len..]);
            hint::of(&fixed, cls.prefix_len)
        } else {
            None
        };
        let name = family.name();
        message.push_str(&format!(
            " The first thing in it that looks like a key is {} {name}, at character {pos}",
            article(name)
        ));
        message.push_str(&if total > 1 { format!("; {total} things in it look like keys.") } else { ".".to_string() });
        positions.push(pos);
    } else {
        message.push_str(" Nothing in it looks like a key.");
    }
    let findings = vec![finding(
        K::FarTooLong,
        Severity::Blocks,
        positions,
        None,
        message,
        "Paste only the key itself: one line of about 108 characters, starting with sk-ant-api03-.",
    )];
    KeyReport {
        family,
        headline: format!("Far too long to be a key: {chars} characters."),
        findings,
        cleaned: None,
        hint,
        chars,
    }
}

/// Bytes of the key alphabet (base64url), as a table: the scan below is the hot loop.
static KEY_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
        i += 1;
    }
    table
};

/// The first key-like run of key characters (an Anthropic one if there is any), as byte range
/// and classification, and how many key-like runs there are.
fn first_key(text: &str) -> (Option<(usize, usize, Classified)>, usize) {
    let (mut first, mut first_anthropic, mut total) = (None, None, 0);
    let mut consider = |start: usize, end: usize| {
        // Only these first letters begin a known prefix; the rest need no closer look.
        if end - start < MIN_KEY
            || !matches!(text.as_bytes()[start], b's' | b'S' | b'A' | b'b' | b'g' | b'x' | b'p' | b'h')
        {
            return;
        }
        // The run is ASCII, so these byte offsets are character boundaries.
        let cls = family::classify(&text[start..end]);
        if cls.family == Family::Unrecognized {
            return;
        }
        total += 1;
        if first_anthropic.is_none() && family::is_anthropic(cls.family) {
            first_anthropic = Some((start, end, cls.clone()));
        }
        if first.is_none() {
            first = Some((start, end, cls));
        }
    };
    let mut run = 0;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if KEY_BYTE[b as usize] {
            run += 1;
        } else if run > 0 {
            consider(i - run, i);
            run = 0;
        }
    }
    if run > 0 {
        consider(text.len() - run, text.len());
    }
    (first_anthropic.or(first), total)
}
