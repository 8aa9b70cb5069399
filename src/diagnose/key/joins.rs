//! One key in pieces: a key of known length cut by a line break (a terminal's wrap), an escape
//! (`\n`, `%0A`), an invisible or a look-alike character is joined while it is still short;
//! and what a program would send after it (`b'…\n'`).

use super::chars::{ascii_twin, is_invisible};
use super::spans::run;

/// The most bytes skipped between two pieces of one key.
const MAX_GAP: usize = 12;
/// A piece on the next line shorter than this joins a key only if it completes it.
const WRAPPED_PIECE: usize = 20;

/// Joins the pieces of a key of `full` characters split by a line break (and the next line's
/// indentation), an escape, an invisible or a look-alike character, while the joined key still
/// fits. Returns the new end; `as_sent` gets the pieces and the decoded joins.
pub(super) fn join_pieces(text: &str, mut end: usize, full: usize, as_sent: &mut String) -> usize {
    let b = text.as_bytes();
    let mut len = as_sent.chars().count();
    while len < full {
        let Some((gap_end, decoded, counted, wrapped)) = gap(text, end) else { break };
        let piece_end = run(b, gap_end);
        let piece = piece_end - gap_end;
        let total = len + counted + piece;
        // Across a line break only the rest of the key, or a whole terminal line of it, joins:
        // a short word on the next line is text, not key, even one that happens to make up the
        // length (`…\nInvalid API key`): the rest of a key ends the way a full key does, in `AA`.
        let rest = &text[gap_end..piece_end];
        let completes = total == full && (rest.ends_with("AA") || rest == "A" && as_sent.ends_with('A'));
        if piece == 0 || total > full || wrapped && piece < WRAPPED_PIECE && !completes {
            break;
        }
        as_sent.push_str(&decoded);
        as_sent.push_str(&text[gap_end..piece_end]);
        len += counted + piece;
        end = piece_end;
    }
    end
}

/// What may stand between two pieces of one key at `from`: its end, the text a program would
/// read for it, how many key characters it counts as (look-alikes count, joins do not), and
/// whether it holds a real line break.
fn gap(text: &str, from: usize) -> Option<(usize, String, usize, bool)> {
    let rest = text.get(from..)?;
    let mut decoded = String::new();
    let mut counted = 0;
    let mut line_breaks = 0;
    let mut real_break = false;
    let mut at = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if i > MAX_GAP {
            return None;
        }
        let escape = escape_at(&rest[i..]);
        if let Some((len, as_char)) = escape {
            decoded.push(as_char);
            line_breaks += usize::from(as_char == '\n');
            at = i + len;
            // Skip the escape's remaining characters.
            while chars.peek().is_some_and(|(j, _)| *j < at) {
                chars.next();
            }
            continue;
        }
        match c {
            '\n' | '\r' => {
                decoded.push(c);
                line_breaks += usize::from(c == '\n');
                real_break = true;
            }
            ' ' | '\t' if line_breaks > 0 => decoded.push(c),
            c if is_invisible(c) => decoded.push(c),
            c if !c.is_ascii() && ascii_twin(c).is_some() => {
                decoded.push(c);
                counted += 1;
            }
            _ => {
                at = i;
                break;
            }
        }
        at = i + c.len_utf8();
    }
    (at > 0 && line_breaks <= 1).then_some((from + at, decoded, counted, real_break))
}

/// A literal escape for a line break, tab or space (`\n`, `\r`, `\t`, `%0A`, `%0D`, `%20`).
fn escape_at(s: &str) -> Option<(usize, char)> {
    let b = s.as_bytes();
    match b {
        [b'\\', b'n', ..] => Some((2, '\n')),
        [b'\\', b'r', ..] => Some((2, '\r')),
        [b'\\', b't', ..] => Some((2, '\t')),
        [b'%', b'0', b'A' | b'a', ..] => Some((3, '\n')),
        [b'%', b'0', b'D' | b'd', ..] => Some((3, '\r')),
        [b'%', b'2', b'0', ..] => Some((3, ' ')),
        _ => None,
    }
}

/// Spaces and escaped line breaks after a key that stop at a closing quote belong to what a
/// program sends (`b'Bearer sk-…\n'`); anything else after the key does not.
pub(super) fn tail_before_quote(text: &str, end: usize) -> String {
    let rest = &text[end..];
    let mut decoded = String::new();
    let mut i = 0;
    while i < rest.len() && i <= MAX_GAP {
        if let Some((len, c)) = escape_at(&rest[i..]) {
            decoded.push(c);
            i += len;
        } else if rest.as_bytes()[i] == b' ' || rest.as_bytes()[i] == b'\t' {
            decoded.push(rest.as_bytes()[i] as char);
            i += 1;
        } else {
            break;
        }
    }
    let closes = rest[i..].starts_with(['\'', '"', '`']);
    if closes { decoded } else { String::new() }
}
