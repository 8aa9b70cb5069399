//! Values read where no error object holds them: the API's message quoted bare or in prose
//! (`… error "x-api-key header is required"`), and a status printed just before the message
//! (`… 401 Invalid bearer token`).

use super::patterns::{self, Field};

/// The API's message where no error object holds one: the clue itself, or from the clue to
/// its closing quote or the end of its line, for rows that know the message starts there.
pub(super) fn message_at(text: &str, row: Option<usize>, start: usize, end: usize) -> Option<String> {
    let row = patterns::table().get(row?)?;
    match row.field {
        Some(Field::MessageIs) => Some(text[start..end].to_string()),
        Some(Field::MessageFrom) => {
            let opening = text[..start].chars().next_back().filter(|c| matches!(c, '"' | '\'' | '`'));
            let rest = &text[start..];
            let end = rest
                .find(|c: char| c == '\n' || c == '\\' || c == '"' || c == '`' || Some(c) == opening)
                .unwrap_or(rest.len());
            let message = rest[..end].trim();
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
