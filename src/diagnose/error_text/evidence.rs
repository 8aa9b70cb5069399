//! Quoting the evidence: the line(s) that hold a match, whitespace collapsed, cut around the
//! match when long, with their line number. The text quoted from has its keys hidden already.

use super::Evidence;
use super::window::floor;

/// The most characters of a line quoted as evidence.
const QUOTE_CHARS: usize = 300;

/// The line(s) holding `start..end`, whitespace collapsed, cut around the match when long.
pub(super) fn quote(text: &str, start: usize, end: usize, shows: &'static str) -> Evidence {
    let end = end.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let (from, to) = if line_end - line_start <= QUOTE_CHARS {
        (line_start, line_end)
    } else {
        let from = floor(text, line_start.max(start.saturating_sub(QUOTE_CHARS / 3)));
        (from, floor(text, line_end.min(from + QUOTE_CHARS)))
    };
    let mut quoted = String::new();
    if from > line_start {
        quoted.push('…');
    }
    quoted.push_str(&text[from..to].split_whitespace().collect::<Vec<_>>().join(" "));
    if to < line_end {
        quoted.push('…');
    }
    let line = 1 + text[..start].matches('\n').count();
    Evidence { line, text: quoted, shows }
}

/// Whether `a` and `b` are on the same line of `text`.
pub(super) fn same_line(text: &str, a: usize, b: usize) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    !text.as_bytes()[lo..hi.min(text.len())].contains(&b'\n')
}
