//! Checks of the key itself, once it is cut out of the paste: the prefix's letters and dashes,
//! the characters, the length and the ending.

use super::chars::{Ch, is_key_char};
use super::family::{self, Classified};
use super::findings::Marks;
use super::{Finding, artefacts, hint, identity};

/// What the checks found, and whether the damage rules out a cleaned key.
#[derive(Debug, Default)]
pub(super) struct Anatomy {
    pub findings: Vec<Finding>,
    /// Set when the damage is not mechanical: look-alikes, non-ASCII, a whole key's case lost.
    pub veto: bool,
}

/// Examines `key` (its characters, as classified in `cls`); `fixed` is the key with its
/// prefix written as it should be, `all` the whole paste (for excerpts).
pub(super) fn examine(cls: &Classified, key: &[Ch], fixed: &str, all: &[char]) -> Anatomy {
    let mut out = Anatomy::default();
    let anthropic = family::is_anthropic(cls.family);
    let prefix_len = cls.prefix_len.min(key.len());
    if anthropic && !key.is_empty() {
        prefix(&mut out, cls, key, fixed);
    }
    characters(&mut out, key, anthropic.then_some(prefix_len), all);
    if let Some(full) = family::full_length(cls.family) {
        shape(&mut out, key, full, fixed, prefix_len);
    }
    out
}

/// Capitals or underscores in the `sk-ant-…` prefix, and a body whose case was changed.
fn prefix(out: &mut Anatomy, cls: &Classified, key: &[Ch], fixed: &str) {
    let canonical = cls.canonical.as_deref().unwrap_or("");
    let written: String = key[..cls.prefix_len.min(key.len())].iter().map(|ch| ch.f).collect();
    let body = fixed.get(cls.prefix_len..).unwrap_or("");
    let letters = || body.chars().filter(char::is_ascii_alphabetic);
    let all_upper = body.len() >= 20 && letters().all(|c| c.is_ascii_uppercase()) && letters().count() > 0;
    let all_lower = body.len() >= 40 && letters().all(|c| c.is_ascii_lowercase()) && letters().count() > 0;
    let pos = key[0].pos;
    if cls.wrong_case {
        out.veto |= all_upper;
        out.findings.push(artefacts::wrong_case(pos, &written, canonical, all_upper));
    } else if all_upper || all_lower {
        out.findings.push(artefacts::case_lost(pos, all_upper));
    }
    if cls.underscores {
        out.findings.push(artefacts::underscores(pos, &written, canonical));
    }
}

/// Look-alike and other non-ASCII characters anywhere in the key; characters outside the key
/// alphabet after the prefix (from `body_from`, for `sk-ant-` keys).
fn characters(out: &mut Anatomy, key: &[Ch], body_from: Option<usize>, all: &[char]) {
    let (mut look, mut other, mut bad) = (Marks::default(), Marks::default(), Marks::default());
    for (i, ch) in key.iter().enumerate() {
        if !ch.c.is_ascii() {
            if ch.f != ch.c { look.add(ch.pos, ch.c) } else { other.add(ch.pos, ch.c) }
        } else if body_from.is_some_and(|from| i >= from) && !is_key_char(ch.c) {
            bad.add(ch.pos, ch.c);
        }
    }
    if !look.is_empty() {
        out.veto = true;
        out.findings.push(artefacts::look_alike(&look, all));
    }
    if !other.is_empty() {
        out.veto = true;
        out.findings.push(artefacts::non_ascii(&other, all));
    }
    if !bad.is_empty() {
        out.findings.push(artefacts::bad_characters(&bad, all));
    }
}

/// Length and ending against the scanners' shape of a full key.
fn shape(out: &mut Anatomy, key: &[Ch], full: usize, fixed: &str, prefix_len: usize) {
    let len = key.len();
    let ends_in_aa = |end: usize| end >= 2 && key[end - 2].f == 'A' && key[end - 1].f == 'A';
    if len < full {
        let last = key.last().map_or(0, |ch| ch.pos);
        out.findings.push(identity::too_short(len, full, last, hint::start_of(fixed, prefix_len)));
    } else if len > full {
        let extra_from = ends_in_aa(full).then(|| key[full].pos);
        out.findings.push(identity::too_long(len, full, extra_from));
    } else if !ends_in_aa(len) {
        out.findings.push(identity::wrong_suffix(key[len - 1].pos));
    }
}
