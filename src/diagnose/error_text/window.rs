//! The values read around the winning clue: the status before it, the error object it sits in
//! (message, type, error_code), the request ids near it and the model nearest to it. Only a
//! few kilobytes around the clue are read, so a huge log costs nothing more here.

use super::fields;
use super::patterns::{self, Field, Rendering};
use super::status::{self, Status};

/// How far around the clue the error object's values are looked for, in bytes.
const REACH: usize = 4000;
/// How far around the clue request ids count as this request's.
const ID_REACH: usize = 1500;
/// The most request ids reported.
const MAX_IDS: usize = 5;

/// What was read around a clue.
#[derive(Debug, Default)]
pub(super) struct Around {
    pub status: Option<(Status, usize)>,
    pub message: Option<String>,
    pub error_type: Option<String>,
    pub error_code: Option<String>,
    pub request_ids: Vec<String>,
    pub model: Option<String>,
    /// An error body in Anthropic's shape (`"type": "error"`) near the clue.
    pub anthropic_body: bool,
    /// An error body in another shape (`{"error": "…"}`, `{"detail": …}`) near the clue.
    pub foreign_body: bool,
}

/// How near the clue an error body counts as its own, in bytes.
const BODY_REACH: usize = 300;

/// Reads around the clue at `at..to` of `text`; `reach` limits the window (the whole text
/// when there is no clue).
pub(super) fn read(text: &str, at: usize, to: usize, reach: usize) -> Around {
    let from = floor(text, at.saturating_sub(reach));
    let until = ceil(text, to.saturating_add(reach).min(text.len()));
    let window = &text[from..until];
    let b = window.as_bytes();
    let (p, q) = (at - from, to - from);
    let table = patterns::window_table();
    let mut statuses: Vec<(Status, usize)> = Vec::new();
    let mut messages: Vec<(usize, usize)> = Vec::new();
    let mut types: Vec<(usize, String)> = Vec::new();
    let mut type_names: Vec<(usize, String)> = Vec::new();
    let mut error_shape = false;
    let mut codes: Vec<(usize, String)> = Vec::new();
    let mut ids: Vec<(usize, usize)> = Vec::new();
    let mut models: Vec<(usize, usize)> = Vec::new();
    patterns::window_index().scan(window, |row, start, end| match table[row].field {
        Some(Field::Status(rendering)) => {
            if let Some(s) = status::read(b, start, end, rendering) {
                statuses.push((s, start));
                // Claude Code prints a bare message after the status: `API Error: 403 The …`.
                if s.rendering == Rendering::ClaudeCode {
                    messages.extend(status::bare_message(b, start, end));
                }
            }
        }
        Some(Field::Message) => messages.extend(fields::value_after(b, end)),
        Some(Field::Type) => match fields::value_after(b, end) {
            Some((a, z)) if fields::is_error_type(&window[a..z]) => types.push((a, window[a..z].to_string())),
            Some((a, z)) if &window[a..z] == "error" && a.abs_diff(p) <= BODY_REACH => error_shape = true,
            _ => {}
        },
        Some(Field::TypeName) => type_names.push((start, window[start..end].to_string())),
        Some(Field::ErrorCode) => {
            if let Some((a, z)) = fields::value_after(b, end).filter(|(a, z)| fields::is_error_code(&window[*a..*z])) {
                codes.push((a, window[a..z].to_string()));
            }
        }
        Some(Field::RequestId) => {
            if let Some(id) = fields::request_id(b, start, end).filter(|(a, _)| a.abs_diff(p) <= ID_REACH) {
                ids.push(id);
            }
        }
        Some(Field::Model) => models.extend(fields::model(b, start)),
        _ => {}
    });
    let mut request_ids: Vec<String> = Vec::new();
    for (a, z) in ids {
        let id = window[a..z].to_string();
        if !request_ids.contains(&id) && request_ids.len() < MAX_IDS {
            request_ids.push(id);
        }
    }
    Around {
        status: telling_status(&statuses, p).map(|(s, at)| (s, at + from)),
        message: message_of(&messages, p, q).map(|(a, z)| fields::unescape(&window[*a..*z])).filter(|m| !m.is_empty()),
        error_type: before_else_after(&types, p, |(a, _)| *a)
            .or_else(|| nearest(&type_names, p, |(a, _)| *a))
            .map(|(_, t)| t.clone()),
        error_code: before_else_after(&codes, p, |(a, _)| *a).map(|(_, c)| c.clone()),
        request_ids,
        model: nearest(&models, p, |(a, _)| *a).map(|(a, z)| window[*a..*z].to_string()),
        anthropic_body: error_shape,
        foreign_body: foreign_body(window, p),
    }
}

/// The message of the error the clue at `p..q` belongs to: one that starts just after it (a
/// type, then its message), else the innermost one holding it, else the nearest before, else
/// after.
fn message_of(values: &[(usize, usize)], p: usize, q: usize) -> Option<&(usize, usize)> {
    values
        .iter()
        .find(|(a, _)| *a > p && *a - p <= 150)
        .or_else(|| values.iter().filter(|(a, z)| *a <= p && q <= *z + 1).min_by_key(|(a, z)| z - a))
        .or_else(|| before_else_after(values, p, |(a, _)| *a))
}

/// Whether an error body of another shape than Anthropic's sits near `p`: `{"error": "…"}`,
/// `{"error": {"message": …}}` without a type of `error`, or `{"detail": …}`.
fn foreign_body(window: &str, p: usize) -> bool {
    let from = floor(window, p.saturating_sub(BODY_REACH));
    let to = ceil(window, (p + BODY_REACH).min(window.len()));
    let near = window[from..to].to_ascii_lowercase().replace(['\\', '\'', ' '], "").replace('"', "");
    (near.contains("{error:") || near.contains("{detail:")) && !near.contains("type:error")
}

/// The default reach around a clue.
pub(super) fn around(text: &str, at: usize, to: usize) -> Around {
    read(text, at, to, REACH)
}

/// The status before the clue (else after it); of two renderings of one status close
/// together (Go's `": 401 Unauthorized`), the one that tells the SDK.
fn telling_status(statuses: &[(Status, usize)], p: usize) -> Option<(Status, usize)> {
    let &(chosen, at) = before_else_after(statuses, p, |(_, at)| *at)?;
    let telling = statuses
        .iter()
        .rev()
        .find(|(s, a)| s.code == chosen.code && *a <= at && at - *a <= 100 && s.source().is_some());
    Some(*telling.unwrap_or(&(chosen, at)))
}

/// The last item at or before `p`, else the first after it.
fn before_else_after<T>(items: &[T], p: usize, at: impl Fn(&T) -> usize) -> Option<&T> {
    items.iter().rev().find(|i| at(i) <= p).or_else(|| items.iter().find(|i| at(i) > p))
}

fn nearest<T>(items: &[T], p: usize, at: impl Fn(&T) -> usize) -> Option<&T> {
    items.iter().min_by_key(|i| at(i).abs_diff(p))
}

/// The nearest character boundary at or before `i`.
pub(super) fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary at or after `i`.
pub(super) fn ceil(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
