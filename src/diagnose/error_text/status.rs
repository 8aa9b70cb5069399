//! Reading an HTTP status where a status anchor was found, and what its rendering shows about
//! the SDK and its version: Python's `Error code: 401 - {…}`, TypeScript's `Error: 401 {…}`
//! (before 1.6) or `AuthenticationError: 401 {…}` (1.6+), Go's `": 401 Unauthorized`,
//! Java's `Exception: 401: {…}`, C#'s `Status Code: Unauthorized`, Claude Code's
//! `API Error: 401`, and the generic `HTTP/1.1 401`, `status: 401`, `401 Unauthorized`.

use super::fields;
use super::patterns::Rendering;
use super::source::Source;
use super::version::Version;

/// A status read from the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Status {
    pub code: u16,
    pub rendering: Rendering,
    /// For TypeScript: whether the class name came first (`AuthenticationError: 401`), 1.6+.
    pub named: bool,
}

impl Status {
    /// The SDK the rendering shows, and how sure that sign is.
    pub fn source(self) -> Option<(Source, u8)> {
        use super::patterns::HINT_RANK;
        match self.rendering {
            // OpenAI's and Groq's Python SDKs print the same `Error code: 401 - {…}`.
            Rendering::PythonDict => None,
            Rendering::TypeScript => Some((Source::TypeScriptSdk, HINT_RANK)),
            Rendering::Go => Some((Source::GoSdk, HINT_RANK)),
            Rendering::Java => Some((Source::JavaSdk, HINT_RANK)),
            Rendering::CSharp => Some((Source::CsharpSdk, HINT_RANK)),
            Rendering::ClaudeCode => Some((Source::ClaudeCode, HINT_RANK + 1)),
            Rendering::Http | Rendering::Reason | Rendering::Leading => None,
        }
    }

    /// The version range the rendering shows.
    pub fn version(self) -> Option<Version> {
        match (self.rendering, self.named) {
            (Rendering::TypeScript, true) => Some(Version::Ts16),
            (Rendering::TypeScript, false) => Some(Version::TsBefore16),
            _ => None,
        }
    }
}

const REASONS: [(&str, u16); 12] = [
    ("unauthorized", 401),
    ("forbidden", 403),
    ("paymentrequired", 402),
    ("notfound", 404),
    ("badrequest", 400),
    ("toomanyrequests", 429),
    ("internalservererror", 500),
    ("badgateway", 502),
    ("serviceunavailable", 503),
    ("gatewaytimeout", 504),
    ("requesttimeout", 408),
    ("requestentitytoolarge", 413),
];

/// The status after (or, for a reason phrase, before) the anchor `b[start..end]`.
pub(super) fn read(b: &[u8], start: usize, end: usize, rendering: Rendering) -> Option<Status> {
    let plain = |code| Some(Status { code, rendering, named: false });
    match rendering {
        Rendering::PythonDict | Rendering::ClaudeCode => {
            let code = digits(b, skip(b, end, b" ", 3))?;
            // `[API Error: 401 …]` in brackets is the Gemini CLI family's (LLxprt, Qwen Code),
            // which also run Claude models: a status, not a sign of Claude Code.
            let bracketed = rendering == Rendering::ClaudeCode && start > 0 && b[start - 1] == b'[';
            Some(Status { code, rendering: if bracketed { Rendering::Http } else { rendering }, named: false })
        }
        Rendering::TypeScript => {
            let at = skip(b, end, b" ", 1);
            let code = digits(b, at)?;
            let after = b.get(at + 3).copied();
            // `API Error: 401` is Claude Code's; Python's `TypeError: 401` is not a status.
            let word = word_before(b, start);
            if !matches!(after, None | Some(b' ' | b'{' | b'\n')) || at == end || word.eq_ignore_ascii_case(b"api") {
                return None;
            }
            // `…Error: 401 - …` is a program's own f-string, not the SDK's rendering.
            if after == Some(b' ') && b.get(at + 4) == Some(&b'-') {
                return Some(Status { code, rendering: Rendering::Http, named: false });
            }
            let named = start > 0 && b[start - 1].is_ascii_alphabetic();
            Some(Status { code, rendering, named })
        }
        Rendering::Java => {
            let at = skip(b, end, b" ", 1);
            let code = digits(b, at)?;
            let rendering = if b.get(at + 3) == Some(&b':') { Rendering::Java } else { Rendering::Http };
            Some(Status { code, rendering, named: false })
        }
        Rendering::CSharp => {
            let at = skip(b, end, b" ", 3);
            if let Some(code) = digits(b, at) {
                return Some(Status { code, rendering: Rendering::Http, named: false });
            }
            let word: Vec<u8> =
                b[at..].iter().take(24).take_while(|c| c.is_ascii_alphabetic()).map(u8::to_ascii_lowercase).collect();
            REASONS.iter().find(|(name, _)| name.as_bytes() == word.as_slice()).and_then(|(_, code)| plain(*code))
        }
        Rendering::Http => {
            let mut at = end;
            if b.get(at) == Some(&b'/') {
                at += 1;
                while at < b.len() && at - end < 5 && (b[at].is_ascii_digit() || b[at] == b'.') {
                    at += 1;
                }
            }
            for suffix in [&b"_code"[..], b"code", b" code", b"-code"] {
                if b.len() >= at + suffix.len() && b[at..at + suffix.len()].eq_ignore_ascii_case(suffix) {
                    at += suffix.len();
                    break;
                }
            }
            let from = skip(b, at, b" :=\"'\\()", 6);
            plain(digits(b, from).or_else(|| digits(b, skip_non_ascii(b, from)))?)
        }
        // `401 {…}` at the start of a message: the status is the needle's own digits.
        Rendering::Leading => plain(digits(b, start)?),
        // `401 Unauthorized`; Go prints it after the URL: `POST "https://…": 401 Unauthorized`.
        Rendering::Reason | Rendering::Go => {
            let before = start.checked_sub(4)?;
            if b[start - 1] != b' ' || before > 0 && b[before - 1].is_ascii_digit() {
                return None;
            }
            let code = digits(b, before)?;
            let go = before >= 3 && &b[before - 3..before] == b"\": ";
            Some(Status { code, rendering: if go { Rendering::Go } else { Rendering::Reason }, named: false })
        }
    }
}

/// The bare message after Claude Code's `API Error: 403 ` or `API Error (403 ` whose anchor
/// runs from `start` to `end`: up to a closing parenthesis, a ` · `, the end of the line, or
/// the closing quote when the whole is quoted in prose (`returns "API Error: 401 …" — and`);
/// not a JSON body.
pub(super) fn bare_message(b: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
    let closing = fields::closing_quote(&b[..start]);
    let at = skip(b, end, b" (", 2);
    digits(b, at)?;
    let from = skip(b, at + 3, b" ", 2);
    if from == at + 3 || b.get(from).is_none_or(|c| matches!(c, b'{' | b'[' | b'\n')) {
        return None;
    }
    let mut to = from;
    while to < b.len()
        && to - from < 300
        && !matches!(b[to], b'\n' | b')')
        && !b[to..].starts_with("·".as_bytes())
        && !closing.is_some_and(|q| fields::closes(b, to, q))
    {
        to += 1;
    }
    to = fields::boundary(b, to);
    while to > from && matches!(b[to - 1], b' ' | b'\'' | b'"') {
        to -= 1;
    }
    (to > from).then_some((from, to))
}

/// Three digits at `at` making a 4xx or 5xx status, not followed by another digit.
fn digits(b: &[u8], at: usize) -> Option<u16> {
    let d = b.get(at..at + 3)?;
    if !d.iter().all(u8::is_ascii_digit) || b.get(at + 3).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let code = d.iter().fold(0u16, |n, c| n * 10 + u16::from(c - b'0'));
    (400..=599).contains(&code).then_some(code)
}

/// Skips at most `max` bytes from `set`.
fn skip(b: &[u8], from: usize, set: &[u8], max: usize) -> usize {
    let mut at = from;
    while at < b.len() && at - from < max && set.contains(&b[at]) {
        at += 1;
    }
    at
}

/// Skips a full-width colon and spaces after a translated anchor.
fn skip_non_ascii(b: &[u8], from: usize) -> usize {
    let mut at = from;
    while at < b.len() && at - from < 6 && (b[at] >= 0x80 || b[at] == b' ') {
        at += 1;
    }
    at
}

/// The letters just before `start` (`API` in `API Error:`), after one space.
fn word_before(b: &[u8], start: usize) -> &[u8] {
    let end = match start.checked_sub(1) {
        Some(i) if b[i] == b' ' => i,
        _ => return &[],
    };
    let mut from = end;
    while from > 0 && end - from < 8 && b[from - 1].is_ascii_alphabetic() {
        from -= 1;
    }
    &b[from..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, anchor: &str, rendering: Rendering) -> Option<(u16, Rendering, bool)> {
        let lower = text.to_ascii_lowercase();
        let start = lower.find(anchor)?;
        read(text.as_bytes(), start, start + anchor.len(), rendering).map(|s| (s.code, s.rendering, s.named))
    }

    #[test]
    fn each_rendering() {
        use Rendering::*;
        assert_eq!(at("Error code: 401 - {'type'", "error code:", PythonDict), Some((401, PythonDict, false)));
        assert_eq!(at("AuthenticationError: 401 {\"type\"", "error:", TypeScript), Some((401, TypeScript, true)));
        assert_eq!(at("Error: 403 {\"type\"", "error:", TypeScript), Some((403, TypeScript, false)));
        assert_eq!(at("API Error: 401 Invalid", "api error:", ClaudeCode), Some((401, ClaudeCode, false)));
        assert_eq!(at("✕ [API Error: 401 {", "api error:", ClaudeCode), Some((401, Http, false)));
        assert_eq!(at("Exception: Error: 401 - {\"type\"", "error:", TypeScript), Some((401, Http, false)));
        assert_eq!(at("API Error: 401 {\"type\"", "error:", TypeScript), None);
        assert_eq!(at("TypeError: \"Could not", "error:", TypeScript), None);
        assert_eq!(at("messages\": 401 Unauthorized (Request-ID", "unauthorized", Reason), Some((401, Go, false)));
        assert_eq!(at("UnauthorizedException: 401: {", "exception:", Java), Some((401, Java, false)));
        assert_eq!(at("Status Code: Unauthorized\n{", "status code:", CSharp), Some((401, CSharp, false)));
        assert_eq!(at("< HTTP/1.1 429 Too Many", "http", Http), Some((429, Http, false)));
        assert_eq!(at("statusCode: 401,", "status", Http), Some((401, Http, false)));
        assert_eq!(at("(HTTP 401): {", "http", Http), Some((401, Http, false)));
        assert_eq!(at("got 529 Overloaded; 401 Unauthorized", "unauthorized", Reason), Some((401, Reason, false)));
        assert_eq!(at("status 2024-01-01", "status", Http), None);
        assert_eq!(at("Código de error: 401 - {", "código de error", Http), Some((401, Http, false)));
    }

    fn bare(text: &str) -> Option<&str> {
        let start = text.find("API Error")?;
        let (a, z) = bare_message(text.as_bytes(), start, start + "API Error:".len())?;
        Some(&text[a..z])
    }

    #[test]
    fn a_bare_message_ends_at_its_mark() {
        assert_eq!(
            bare("API Error: 401 Invalid authentication credentials · Please run /login"),
            Some("Invalid authentication credentials")
        );
        assert_eq!(bare("API Error: 403 Request not allowed\nnext"), Some("Request not allowed"));
        // Quoted in prose: the message ends at the closing quote, not at the end of the line.
        let prose = "every call returns \"API Error: 401 Invalid authentication credentials\" — including login";
        assert_eq!(bare(prose), Some("Invalid authentication credentials"));
        assert_eq!(bare("it says “API Error: 401 Invalid bearer token” each time"), Some("Invalid bearer token"));
        let apostrophe = "'API Error: 403 Your organization doesn't allow this' it said";
        assert_eq!(bare(apostrophe), Some("Your organization doesn't allow this"));
        assert_eq!(bare("API Error: 401 {\"type\""), None);
    }
}
