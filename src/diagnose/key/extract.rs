//! Where keys start in a paste, and which pieces (split by line breaks, spaces or quotes) make
//! up each one.

use super::chars::{Ch, is_blank, is_key_char, is_quote, is_token_char};
use super::family::{self, ANTHROPIC};

/// A key as found in the paste.
#[derive(Clone, Debug)]
pub(super) struct Found {
    /// Index ranges (into the visible characters) of its pieces.
    pub pieces: Vec<(usize, usize)>,
    /// Indexes of the spaces, line breaks and quotes joined over between pieces.
    pub seps: Vec<usize>,
    /// Index after its last piece.
    pub end: usize,
}

/// Every index in `w[from..to]` where a key starts. `sk-ant-` counts anywhere (a key pasted twice
/// has no gap); other prefixes only at the start of a word and followed by a few key characters.
pub(super) fn starts(w: &[Ch], from: usize, to: usize) -> Vec<usize> {
    (from..to).filter(|&i| starts_key(w, i, to)).collect()
}

fn starts_key(w: &[Ch], i: usize, to: usize) -> bool {
    if !matches!(w[i].f, 's' | 'S' | 'A' | 'b' | 'g' | 'x' | 'p' | 'h') {
        return false;
    }
    if matches_at(w, i, to, ANTHROPIC) {
        return true;
    }
    if i > 0 && is_key_char(w[i - 1].f) {
        return false;
    }
    if anthropic_variant(w, i, to) {
        return true;
    }
    if family::provider_prefixes().any(|p| matches_at(w, i, to, p) && token_run(w, i + p.len(), to, 8) >= 8) {
        return true;
    }
    is_aws_access_key(w, i, to)
}

/// `AKIA…` and relatives, read in place: a prefix and 16 capitals or digits.
fn is_aws_access_key(w: &[Ch], i: usize, to: usize) -> bool {
    i + 20 <= to
        && family::AWS.iter().any(|p| matches_at(w, i, to, p))
        && w[i + 4..i + 20].iter().all(|ch| ch.f.is_ascii_uppercase() || ch.f.is_ascii_digit())
}

/// `sk-ant-` in any letter case, with dashes or underscores.
fn anthropic_variant(w: &[Ch], i: usize, to: usize) -> bool {
    i + 7 <= to
        && w[i..i + 7]
            .iter()
            .zip(ANTHROPIC.chars())
            .all(|(ch, want)| if want == '-' { matches!(ch.f, '-' | '_') } else { ch.f.eq_ignore_ascii_case(&want) })
}

fn matches_at(w: &[Ch], i: usize, to: usize, prefix: &str) -> bool {
    i + prefix.len() <= to && w[i..i + prefix.len()].iter().zip(prefix.chars()).all(|(ch, want)| ch.f == want)
}

/// How many token characters follow `from`, counting up to `cap`.
fn token_run(w: &[Ch], from: usize, to: usize, cap: usize) -> usize {
    w[from.min(to)..to].iter().take(cap).take_while(|ch| is_token_char(ch)).count()
}

/// The index after the token starting at `from`, with up to two `=` of base64 padding.
fn token_end(w: &[Ch], from: usize, to: usize) -> usize {
    let mut end = from;
    while end < to && is_token_char(&w[end]) {
        end += 1;
    }
    let mut padded = end;
    while padded < to && padded - end < 2 && w[padded].f == '=' {
        padded += 1;
    }
    if padded > end && (padded == to || !is_token_char(&w[padded]) && w[padded].f != '=') {
        end = padded;
    }
    end
}

/// The key starting at `start`, within `w[start..to]`. Pieces after a space, line break or quote
/// belong to it while a key of known length is still short, or, for other keys, when nothing
/// but key pieces follows.
pub(super) fn take(w: &[Ch], start: usize, to: usize) -> Found {
    let first_end = token_end(w, start, to);
    let head: String = w[start..first_end].iter().take(24).map(|ch| ch.f).collect();
    let full = family::full_length(family::classify(&head).family);
    let plain = |ch: &Ch| is_token_char(ch) || is_blank(ch.c) || is_quote(ch.c) || matches!(ch.f, ',' | ';');
    let has_other = !w[start..to].iter().all(plain);
    let mut found = Found { pieces: vec![(start, first_end)], seps: Vec::new(), end: first_end };
    let mut len = first_end - start;
    loop {
        let j = found.end;
        let mut s = j;
        while s < to && (is_blank(w[s].c) || is_quote(w[s].c)) {
            s += 1;
        }
        if s == j || s >= to || !is_token_char(&w[s]) {
            break;
        }
        let t = token_end(w, s, to);
        let names_a_variable = t < to && matches!(w[t].f, '=' | ':');
        let wanted = match full {
            Some(n) => len < n,
            None => !has_other,
        };
        if !wanted || names_a_variable {
            break;
        }
        found.seps.extend(j..s);
        found.pieces.push((s, t));
        found.end = t;
        len += t - s;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::chars::plain_chars as chs;

    #[test]
    fn finds_starts_at_word_boundaries_and_doubled_keys() {
        let w = chs("x=sk-ant-a sk-ant-b sk-ant-csk-ant-d task-force-something");
        assert_eq!(starts(&w, 0, w.len()), vec![2, 11, 20, 28]);
        let w = chs("Bearer sk-proj-abcdefgh12 hf_token");
        assert_eq!(starts(&w, 0, w.len()), vec![7]);
    }

    #[test]
    fn joins_a_short_known_key_across_a_line_break_only() {
        let body = "a".repeat(60);
        let text = format!("sk-ant-api03-{body}\n{body}AA # note");
        let w = chs(&text);
        let found = take(&w, 0, w.len());
        assert_eq!(found.pieces, vec![(0, 73), (74, 136)]);
        assert_eq!(found.seps, vec![73]);
    }
}
