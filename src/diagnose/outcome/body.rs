//! The body of an answer: the API's JSON shapes, and raw text turned into something safe to show.

use crate::diagnose::json::Json;

/// The API's error object: `{"type": "...", "message": "...", "details": {"error_code": "..."}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApiError {
    /// `error.type`, e.g. `authentication_error`.
    pub kind: Option<String>,
    /// `error.message`, e.g. `invalid x-api-key`.
    pub message: Option<String>,
    /// `error.details` of newer bodies; `None` when absent or not shaped as expected. (Boxed: most
    /// answers have none, and every answer carries the room.)
    pub details: Option<Box<ErrorDetails>>,
}

impl ApiError {
    /// `error.details.error_code`, trimmed, if the body carries a non-blank one.
    pub fn error_code(&self) -> Option<&str> {
        let code = self.details.as_ref()?.error_code.as_deref()?.trim();
        (!code.is_empty()).then_some(code)
    }

    /// `error.details.appeal_url` (sent with `organization_on_hold`), if it is an https address.
    pub fn appeal_url(&self) -> Option<&str> {
        let url = self.details.as_ref()?.appeal_url.as_deref()?.trim();
        url.starts_with("https://").then_some(url)
    }

    /// Reads an `error` member: an object whose `type` and `message` are strings (or absent).
    fn read(json: &Json) -> Option<ApiError> {
        json.is_object().then_some(())?;
        Some(ApiError {
            kind: opt_str(json, "type")?,
            message: opt_str(json, "message")?,
            details: json.get("details").and_then(ErrorDetails::read).map(Box::new),
        })
    }
}

/// `error.details`: the fields the SDKs ≥ 2.0 / 1.0 read (anthropic@2.14.0:anthropic/_exceptions.py:136,
/// `types/shared/organization_on_hold_error_details.py`); other fields are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorDetails {
    /// The machine-readable cause, e.g. `organization_on_hold`; preferred over the message.
    pub error_code: Option<String>,
    /// Where an organization on hold can appeal, when the API names one.
    pub appeal_url: Option<String>,
}

impl ErrorDetails {
    /// Reads `error.details` without ever failing the whole body: an unexpected shape (a string,
    /// a number) reads as no details, so the message still counts.
    fn read(json: &Json) -> Option<ErrorDetails> {
        json.is_object()
            .then(|| ErrorDetails { error_code: json.str_of("error_code"), appeal_url: json.str_of("appeal_url") })
    }
}

/// One model from `GET /v1/models`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModelInfo {
    /// The model id, e.g. `claude-sonnet-4-5-20250929`.
    pub id: Option<String>,
    /// The human name, e.g. `Claude Sonnet 4.5`.
    pub display_name: Option<String>,
}

/// Any JSON object the API (or something pretending to be it) may send; every field optional,
/// but a known field of another type makes it no API answer at all (it is then shown as text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApiBody {
    /// The top-level `type`, `"error"` on error bodies.
    pub kind: Option<String>,
    /// The `error` object of an error body.
    pub error: Option<ApiError>,
    /// The `request_id` of newer error bodies.
    pub request_id: Option<String>,
    /// `data` of a list answer (models, or an Admin API list).
    pub data: Option<Vec<ModelInfo>>,
    /// `input_tokens` of a `count_tokens` answer.
    pub input_tokens: Option<u64>,
}

impl ApiBody {
    /// Reads a body that is a JSON object of the expected field types; `None` for anything else
    /// (an array, a scalar, a web page, broken JSON, `"data": "not a list"`).
    pub fn parse(text: &str) -> Option<ApiBody> {
        let json = Json::parse(text).filter(Json::is_object)?;
        let error = match json.get("error") {
            None | Some(Json::Null) => None,
            Some(error) => Some(ApiError::read(error)?),
        };
        let data = match json.get("data") {
            None | Some(Json::Null) => None,
            Some(Json::Array(items)) => Some(items.iter().map(ModelInfo::read).collect::<Option<Vec<_>>>()?),
            Some(_) => return None,
        };
        let input_tokens = match json.get("input_tokens") {
            None | Some(Json::Null) => None,
            Some(n) => Some(n.as_u64()?),
        };
        Some(ApiBody {
            kind: opt_str(&json, "type")?,
            error,
            request_id: opt_str(&json, "request_id")?,
            data,
            input_tokens,
        })
    }
}

impl ModelInfo {
    fn read(json: &Json) -> Option<ModelInfo> {
        json.is_object().then_some(())?;
        Some(ModelInfo { id: opt_str(json, "id")?, display_name: opt_str(json, "display_name")? })
    }
}

/// A member that must be a string if present: `Some(None)` when absent or null, `None` when it
/// is something else.
fn opt_str(json: &Json, name: &str) -> Option<Option<String>> {
    match json.get(name) {
        None | Some(Json::Null) => Some(None),
        Some(Json::String(text)) => Some(Some(text.clone())),
        Some(_) => None,
    }
}

/// The body of an answer, as far as the interpreter cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// Nothing, or only whitespace.
    Empty,
    /// A JSON object.
    Json(ApiBody),
    /// Anything else: `html` if it looks like a web page; `excerpt` is its start, whitespace
    /// collapsed, at most [`EXCERPT_CHARS`] characters (plus `…` when cut).
    Text { html: bool, excerpt: String },
}

/// How many characters of a non-JSON body are kept to show.
pub const EXCERPT_CHARS: usize = 120;
/// How far into the body HTML markers are looked for, in bytes.
const HTML_WINDOW: usize = 1024;
const HTML_MARKERS: [&str; 5] = ["<!doctype", "<html", "<head", "<body", "<title"];

impl Body {
    /// Builds a body from raw text: a JSON object, or else text to show (and tell apart from a
    /// web page).
    pub fn from_text(text: &str) -> Body {
        if text.trim().is_empty() {
            return Body::Empty;
        }
        match ApiBody::parse(text) {
            Some(body) => Body::Json(body),
            None => Body::Text { html: looks_like_html(text), excerpt: excerpt(text) },
        }
    }
}

fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let window = head(start, HTML_WINDOW).to_ascii_lowercase();
    HTML_MARKERS.iter().any(|marker| window.contains(marker))
}

/// The longest prefix of `text` of at most `max` bytes that ends on a char boundary.
fn head(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The body's start with whitespace collapsed; reads no further than it keeps, so it stays
/// cheap on megabytes.
fn excerpt(text: &str) -> String {
    let mut out = String::new();
    let mut kept = 0;
    let mut pending_space = false;
    let mut cut = false;
    for c in text.trim().chars() {
        if c.is_whitespace() || c.is_control() {
            pending_space = true;
            continue;
        }
        let space = pending_space && !out.is_empty();
        if kept + usize::from(space) >= EXCERPT_CHARS {
            cut = true;
            break;
        }
        if space {
            out.push(' ');
            kept += 1;
        }
        pending_space = false;
        out.push(c);
        kept += 1;
    }
    let mut out = redact_keys(&out);
    if cut {
        out.push('…');
    }
    out
}

/// Masks anything shaped like an Anthropic credential, in case a proxy page echoes the key.
fn redact_keys(text: &str) -> String {
    const PREFIX: &str = "sk-ant-";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(PREFIX) {
        out.push_str(&rest[..at + PREFIX.len()]);
        out.push('…');
        rest =
            rest[at + PREFIX.len()..].trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_collapses_whitespace_and_cuts_on_chars() {
        assert_eq!(excerpt("  a \n\t b  "), "a b");
        let long = "é".repeat(500);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn excerpt_never_shows_a_key() {
        let shown = excerpt("Denied for key sk-ant-api03-abcdEFGH_ij-kl rest");
        assert_eq!(shown, "Denied for key sk-ant-… rest");
    }

    #[test]
    fn html_is_found_near_the_start_only() {
        assert!(looks_like_html("\u{feff}\n <!DOCTYPE html><p>x"));
        assert!(looks_like_html("<?xml version=\"1.0\"?><HTML>"));
        assert!(!looks_like_html("plain words"));
        let late = format!("{}<html>", "x".repeat(HTML_WINDOW));
        assert!(!looks_like_html(&late));
    }

    #[test]
    fn head_respects_char_boundaries() {
        assert_eq!(head("aé", 2), "a");
        assert_eq!(head("ab", 10), "ab");
    }
}
