//! Values read where no error object holds them: the API's message quoted bare or in prose
//! (`… error "x-api-key header is required"`), and a status printed just before the message
//! (`… 401 Invalid bearer token`).

use super::fields;
use super::patterns::{self, Field};

/// The API's message where no error object holds one: the clue itself, or from the clue to
/// its closing quote or the end of its line, for rows that know the message starts there.
pub(super) fn message_at(text: &str, row: Option<usize>, start: usize, end: usize) -> Option<String> {
    let row = patterns::table().get(row?)?;
    match row.field {
        Some(Field::MessageIs) => Some(text[start..end].to_string()),
        Some(Field::MessageFrom) => {
            let b = text.as_bytes();
            let closing = fields::closing_quote(&b[..start]);
            let end = (start..b.len())
                .find(|&i| {
                    matches!(b[i], b'\n' | b'\\' | b'"' | b'`') || closing.is_some_and(|q| fields::closes(b, i, q))
                })
                .unwrap_or(b.len());
            let message = text[start..end].trim();
            (!message.is_empty()).then(|| message.to_string())
        }
        _ => None,
    }
}

/// A status printed just before the clue: `… 401 Invalid bearer token`.
pub(super) fn status_before(text: &str, start: usize) -> Option<u16> {
    let before = text[..start].trim_end_matches(' ').as_bytes();
    let n = before.len();
    let digits = before.get(n.checked_sub(3)?..)?;
    let fresh = n == 3 || !before[n - 4].is_ascii_alphanumeric();
    let code = digits.iter().try_fold(0u16, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0')))?;
    (fresh && (400..=599).contains(&code)).then_some(code)
}
