//! The body of an answer: the API's JSON shapes, and raw text turned into something safe to show.

use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// The API's error object: `{"type": "...", "message": "...", "details": {"error_code": "..."}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ApiError {
    /// `error.type`, e.g. `authentication_error`.
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    /// `error.message`, e.g. `invalid x-api-key`.
    #[serde(default)]
    pub message: Option<String>,
    /// `error.details` of newer bodies; `None` when absent or not shaped as expected. (Boxed: most
    /// answers have none, and every answer carries the room.)
    #[serde(default, deserialize_with = "lenient_details")]
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
}

/// `error.details`: the fields the SDKs ≥ 2.0 / 1.0 read (anthropic@2.14.0:anthropic/_exceptions.py:136,
/// `types/shared/organization_on_hold_error_details.py`); other fields are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ErrorDetails {
    /// The machine-readable cause, e.g. `organization_on_hold`; preferred over the message.
    #[serde(default)]
    pub error_code: Option<String>,
    /// Where an organization on hold can appeal, when the API names one.
    #[serde(default)]
    pub appeal_url: Option<String>,
}

/// Reads `error.details` without ever failing the whole body: an unexpected shape (a string, a
/// number, an `error_code` that is not a string) reads as no details, so the message still counts.
fn lenient_details<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Box<ErrorDetails>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Shape {
        Details(ErrorDetails),
        Other(IgnoredAny),
    }
    Ok(match Option::<Shape>::deserialize(deserializer)? {
        Some(Shape::Details(details)) => Some(Box::new(details)),
        Some(Shape::Other(_)) | None => None,
    })
}

/// One model from `GET /v1/models`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ModelInfo {
    /// The model id, e.g. `claude-sonnet-4-5-20250929`.
    #[serde(default)]
    pub id: Option<String>,
    /// The human name, e.g. `Claude Sonnet 4.5`.
    #[serde(default)]
    pub display_name: Option<String>,
}

/// Any JSON object the API (or something pretending to be it) may send; every field optional.
///
/// Only a JSON *object* deserializes into it: an array or a scalar is an error, so the
/// platform parser returns `None` for it (serde's derive would otherwise read an array
/// as the struct's fields in order).
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

/// The derived field reader behind [`ApiBody`]'s object-only `Deserialize`.
#[derive(Deserialize)]
struct ApiBodyFields {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    error: Option<ApiError>,
    #[serde(default)]
    request_id: Option<String>,
    #[serde(default)]
    data: Option<Vec<ModelInfo>>,
    #[serde(default)]
    input_tokens: Option<u64>,
}

impl<'de> Deserialize<'de> for ApiBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectOnly;
        impl<'de> Visitor<'de> for ObjectOnly {
            type Value = ApiBody;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ApiBody, A::Error> {
                let f = ApiBodyFields::deserialize(MapAccessDeserializer::new(map))?;
                Ok(ApiBody {
                    kind: f.kind,
                    error: f.error,
                    request_id: f.request_id,
                    data: f.data,
                    input_tokens: f.input_tokens,
                })
            }
        }
        deserializer.deserialize_map(ObjectOnly)
    }
}

/// The body of an answer, as far as the interpreter cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// Nothing, or only whitespace.
    Empty,
    /// A JSON object the platform parser read.
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
    /// Builds a body from raw text; `parse` is the JSON parser of the platform (serde_json
    /// natively, `JSON.parse` + serde-wasm-bindgen in the browser) and returns `None` for
    /// anything that is not a JSON object of the expected field types.
    pub fn from_text(text: &str, parse: impl FnOnce(&str) -> Option<ApiBody>) -> Body {
        if text.trim().is_empty() {
            return Body::Empty;
        }
        match parse(text) {
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
