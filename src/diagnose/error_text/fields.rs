//! Reading values where an anchor was found: a key's quoted value in JSON, a Python dict repr,
//! escaped JSON inside a string, a Ruby hash or a `key=value` log (`message`, `type`,
//! `error_code`); request ids; Claude model ids; organization UUIDs; URLs.

/// The most bytes of a value that are read.
const MAX_VALUE: usize = 400;

/// The byte range of the value of the key that ends at `end`: `"key": "value"`,
/// `'key': 'value'`, `\"key\":\"value\"`, `:key=>"value"`, `key: 'value'`, `key=value`.
pub(super) fn value_after(b: &[u8], end: usize) -> Option<(usize, usize)> {
    let mut i = end;
    while i < b.len() && i - end < 4 && matches!(b[i], b'"' | b'\'' | b'\\') {
        i += 1;
    }
    if i >= b.len() || !matches!(b[i], b':' | b'=') {
        return None;
    }
    let mut logfmt = b[i] == b'=';
    i += 1;
    if b.get(i) == Some(&b'>') {
        logfmt = false;
        i += 1;
    }
    while i < b.len() && i - end < 12 && b[i] == b' ' {
        i += 1;
    }
    let escaped = b.get(i) == Some(&b'\\');
    while i < b.len() && b[i] == b'\\' {
        i += 1;
    }
    let quote = match b.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            i += 1;
            Some(q)
        }
        _ => None,
    };
    let from = i;
    let limit = (from + MAX_VALUE).min(b.len());
    while i < limit {
        let c = b[i];
        // A quoted value may be wrapped over lines by a terminal; a bare one ends with its line,
        // and in a `key=value` log with its word.
        let closes = match quote {
            Some(q) if c == b'\\' && escaped => b.get(i + 1) == Some(&q),
            Some(q) => c == q && (i == from || b[i - 1] != b'\\'),
            None => matches!(c, b',' | b'}' | b'\n' | b')' | b']') || logfmt && c == b' ',
        };
        if closes {
            break;
        }
        i += 1;
    }
    let mut end = boundary(b, i);
    while end > from && b[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    (end > from).then_some((from, end))
}

/// Whether quote `q` at `at` closes a quotation: not an apostrophe inside a word (`doesn't`).
pub(super) fn closes(b: &[u8], at: usize, q: &[u8]) -> bool {
    b[at..].starts_with(q) && !b.get(at + q.len()).is_some_and(u8::is_ascii_alphanumeric)
}

/// The quote that closes the one `before` ends with, if it ends with one: a message quoted in
/// prose (`returns "API Error: 401 …" — and`) ends there.
pub(super) fn closing_quote(before: &[u8]) -> Option<&'static [u8]> {
    match before {
        [.., b'"'] => Some(b"\""),
        [.., b'\''] => Some(b"'"),
        [.., b'`'] => Some(b"`"),
        [.., 0xE2, 0x80, 0x9C] => Some("\u{201D}".as_bytes()),
        _ => None,
    }
}

/// `to`, moved back to the start of the character it falls in (a read cut by a length limit).
pub(super) fn boundary(b: &[u8], mut to: usize) -> usize {
    while to > 0 && b.get(to).is_some_and(|c| c & 0xC0 == 0x80) {
        to -= 1;
    }
    to
}

/// The value as text, with the common escapes undone (`\"`, `\\`, `\'`, `\n`) and
/// whitespace runs (a terminal's wrapping) made one space.
pub(super) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push(' '),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `value` is an API error type: `authentication_error` and kin, or `forbidden`.
pub(super) fn is_error_type(value: &str) -> bool {
    value != "error"
        && value.len() <= 40
        && value.bytes().all(|c| c.is_ascii_lowercase() || c == b'_')
        && (value.ends_with("_error") || value == "forbidden" || value == "request_too_large")
}

/// Whether `value` looks like an `error_code`.
pub(super) fn is_error_code(value: &str) -> bool {
    (3..=60).contains(&value.len()) && value.bytes().all(|c| c.is_ascii_lowercase() || c == b'_')
}

/// A request id at an anchor: `req_…` itself (`start` is its first byte), or the value after
/// `request-id`, `request_id`, `requestID` (`end` is after the name).
pub(super) fn request_id(b: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
    let token = |from: usize| {
        let mut to = from;
        while to < b.len() && to - from < 80 && (b[to].is_ascii_alphanumeric() || matches!(b[to], b'_' | b'-')) {
            to += 1;
        }
        (to - from >= 10).then_some((from, to))
    };
    if b[start..end].eq_ignore_ascii_case(b"req_") {
        let fresh = start == 0 || !b[start - 1].is_ascii_alphanumeric();
        return if fresh { token(start) } else { None };
    }
    let mut at = end;
    while at < b.len() && at - end < 6 && matches!(b[at], b'"' | b'\'' | b'\\' | b':' | b'=' | b' ' | b'(' | b'[') {
        at += 1;
    }
    if at == end {
        return None;
    }
    token(at)
}

/// A Claude model id around `claude-` at `start` (with an `anthropic.` or `anthropic/`
/// prefix before it): the family after `claude-` must be a version number or a model name.
pub(super) fn model(b: &[u8], start: usize) -> Option<(usize, usize)> {
    let rest = &b[start + "claude-".len()..];
    let family = |name: &[u8]| rest.len() >= name.len() && rest[..name.len()].eq_ignore_ascii_case(name);
    let known = rest.first().is_some_and(u8::is_ascii_digit)
        || [&b"opus"[..], b"sonnet", b"haiku", b"instant", b"v1", b"v2"].iter().any(|n| family(n));
    if !known || (start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'_')) {
        return None;
    }
    let mut end = start;
    while end < b.len()
        && end - start < 80
        && (b[end].is_ascii_alphanumeric() || matches!(b[end], b'-' | b'.' | b'_' | b'@' | b':'))
    {
        end += 1;
    }
    while end > start && matches!(b[end - 1], b'.' | b':' | b'-' | b'_' | b'@') {
        end -= 1;
    }
    let mut from = start;
    for prefix in [&b"anthropic."[..], b"anthropic/"] {
        if start >= prefix.len() && b[start - prefix.len()..start].eq_ignore_ascii_case(prefix) {
            from = start - prefix.len();
        }
    }
    Some((from, end))
}

/// An organization UUID after a name that ends at `end`.
pub(super) fn uuid_after(b: &[u8], end: usize) -> Option<(usize, usize)> {
    let mut at = end;
    while at < b.len() && at - end < 8 && matches!(b[at], b'"' | b'\'' | b'\\' | b':' | b'=' | b' ') {
        at += 1;
    }
    let candidate = b.get(at..at + 36)?;
    let dashes = [8, 13, 18, 23];
    let ok =
        candidate.iter().enumerate().all(|(i, c)| if dashes.contains(&i) { *c == b'-' } else { c.is_ascii_hexdigit() })
            && !b.get(at + 36).is_some_and(u8::is_ascii_hexdigit);
    ok.then_some((at, at + 36))
}

/// The URL after a base-URL setting whose name ends at `end`.
pub(super) fn url_after(b: &[u8], end: usize) -> Option<(usize, usize)> {
    let mut at = end;
    while at < b.len() && at - end < 10 && matches!(b[at], b'"' | b'\'' | b'\\' | b':' | b'=' | b' ' | b'>') {
        at += 1;
    }
    url_at(b, at)
}

/// The URL starting at `start` (`http://` or `https://`), up to a space, quote or bracket.
pub(super) fn url_at(b: &[u8], start: usize) -> Option<(usize, usize)> {
    let rest = &b[start..];
    let scheme = [&b"https://"[..], b"http://"]
        .into_iter()
        .find(|s| rest.len() > s.len() && rest[..s.len()].eq_ignore_ascii_case(s))?;
    let mut end = start + scheme.len();
    while end < b.len()
        && end - start < 300
        && !matches!(
            b[end],
            b' ' | b'\n' | b'\t' | b'"' | b'\'' | b'`' | b'<' | b'>' | b')' | b']' | b'}' | b',' | b'\\'
        )
    {
        end += 1;
    }
    end = boundary(b, end);
    while end > start && matches!(b[end - 1], b'.' | b':' | b';') {
        end -= 1;
    }
    (end > start + scheme.len()).then_some((start, end))
}

/// Hosts that are Anthropic's own API or pages that are not an API endpoint at all.
const NOT_A_GATEWAY: [&str; 12] = [
    "api.anthropic.com",
    "docs.anthropic.com",
    "console.anthropic.com",
    "support.anthropic.com",
    "www.anthropic.com",
    "anthropic.com",
    "platform.claude.com",
    "docs.claude.com",
    "code.claude.com",
    "support.claude.com",
    "claude.ai",
    "github.com",
];

/// The base URL a request went to, if `url` is one that is not Anthropic's: scheme, host and
/// the path before `/v1`, without credentials or query. `setting` is true when the URL was
/// given as a base URL; otherwise it counts only if its path is an API path.
pub(super) fn gateway(url: &str, setting: bool) -> Option<String> {
    if !setting && !url.contains("/v1") {
        return None;
    }
    let (scheme, rest) = url.split_once("://")?;
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let (authority, path) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let bare = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    if bare.is_empty() || NOT_A_GATEWAY.contains(&bare.as_str()) {
        return None;
    }
    let path = format!("/{path}");
    let api_at = ["/v1/messages", "/v1/complete", "/v1/models", "/v1/"].iter().find_map(|p| path.find(p));
    let base = match (api_at, setting) {
        (Some(at), _) => &path[..at],
        (None, true) => path.trim_end_matches('/'),
        (None, false) => return None,
    };
    Some(format!("{}://{host}{base}", scheme.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str, key: &str) -> Option<String> {
        let end = text.find(key)? + key.len();
        value_after(text.as_bytes(), end).map(|(a, b)| unescape(&text[a..b]))
    }

    #[test]
    fn values_in_every_rendering() {
        assert_eq!(value(r#"{"message":"invalid x-api-key"}"#, "message").as_deref(), Some("invalid x-api-key"));
        assert_eq!(value("{'message': 'invalid x-api-key'}", "message").as_deref(), Some("invalid x-api-key"));
        assert_eq!(value(r#"b'{\"message\":\"invalid x-api-key\"}'"#, "message").as_deref(), Some("invalid x-api-key"));
        assert_eq!(value(r#"{:message=>"invalid x-api-key"}"#, "message").as_deref(), Some("invalid x-api-key"));
        assert_eq!(value("type=authentication_error msg", "type").as_deref(), Some("authentication_error"));
        assert_eq!(value(r#""message": "it's \"quoted\"""#, "message").as_deref(), Some("it's \"quoted\""));
        assert_eq!(value("'message': 'invalid x-api-", "message").as_deref(), Some("invalid x-api-"));
        let long = format!("'message': '{}", "é".repeat(300));
        assert_eq!(value(&long, "message").map(|m| m.chars().count()), Some(200));
        assert_eq!(
            value("{type: error, message: invalid x-api-key}}", "message").as_deref(),
            Some("invalid x-api-key")
        );
        assert_eq!(value("\"message\":\"invalid\nx-api-key\"}", "message").as_deref(), Some("invalid x-api-key"));
    }

    #[test]
    fn ids_models_and_urls() {
        let text = b"(Request-ID: req_011CYhr1kdGzCrPHfrhibMen) model=anthropic.claude-3-5-sonnet-20240620-v1:0.";
        let (a, b) = request_id(text, 1, 11).unwrap();
        assert_eq!(&text[a..b], b"req_011CYhr1kdGzCrPHfrhibMen");
        let at = text.windows(7).position(|w| w == b"claude-").unwrap();
        let (a, b) = model(text, at).unwrap();
        assert_eq!(&text[a..b], b"anthropic.claude-3-5-sonnet-20240620-v1:0");
        assert_eq!(model(b"claude-code v2", 0), None);
        assert_eq!(
            gateway("https://user:pw@gw.example.com:4000/anthropic/v1/messages?key=x", false).as_deref(),
            Some("https://gw.example.com:4000/anthropic")
        );
        assert_eq!(gateway("https://api.anthropic.com/v1/messages", false), None);
        assert_eq!(gateway("https://docs.example.com/page", false), None);
        assert_eq!(gateway("http://localhost:4000", true).as_deref(), Some("http://localhost:4000"));
    }

    #[test]
    fn organization_uuid() {
        let text = b"anthropic-organization-id: 1b2c3d4e-0000-4a5b-8c9d-0123456789ab\n";
        let (a, b) = uuid_after(text, 25).unwrap();
        assert_eq!(b - a, 36);
    }
}
