//! The lines the local checks print, and a parser that reads them back from a paste.
//!
//! Every line starts with [`PREFIX`], then a word, then `name=value` fields separated by single
//! spaces. Values are tokens of `A–Z a–z 0–9 _ . : -` (anything else became `_`), or `-` for
//! "none". The key line comes first:
//!
//! ```text
//! key-doctor-check: key var=ANTHROPIC_API_KEY set=yes length=108 hint=sk-ant-api03-R2D...igAA hint_match=yes edge_whitespace=no
//! ```
//!
//! `set`: whether the variable exists; `length`: characters of its raw value; `hint`: the
//! Console-style hint of the value with surrounding whitespace removed (`-` for a value that is
//! not an `sk-ant-` key long enough to have one); `hint_match`: `yes`/`no` against the hint the
//! user gave, `-` if none was given; `edge_whitespace`: whether the value has whitespace or line
//! breaks around it. Then, when the value is not empty, one line per request, `GET
//! /v1/models?limit=1` first as `x-api-key` with `anthropic-version: 2023-06-01`, then as
//! `Authorization: Bearer` with `2026-10-21`:
//!
//! ```text
//! key-doctor-check: x-api-key status=401 type=authentication_error code=- request_id=req_011CYhr1kdGzCrPHfrhibMen message="invalid x-api-key"
//! key-doctor-check: bearer status=none message="no answer: URLError"
//! ```
//!
//! `status`: the HTTP status, or `none` when no answer came (then only `message` follows, naming
//! the failure's class, never its text); `type`, `code`: `error.type` and
//! `error.details.error_code`; `request_id`: the `request-id` header (else the body's
//! `request_id`); `message`: `error.message` as a JSON string, always last (the key, should the
//! answer echo it, replaced by `[key]`), or `-`.

use super::style::AuthStyle;

/// What every line starts with.
pub const PREFIX: &str = "key-doctor-check:";

/// One line read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckLine {
    /// What the variable holds (never the value itself).
    Key {
        /// The variable's name.
        variable: Option<String>,
        /// Whether it exists in the environment.
        set: Option<bool>,
        /// Characters in its raw value.
        length: Option<usize>,
        /// The Console-style hint of its trimmed value.
        hint: Option<String>,
        /// Whether that hint is the one the user gave (`None`: none given).
        hint_match: Option<bool>,
        /// Whitespace or line breaks around the value.
        edge_whitespace: Option<bool>,
    },
    /// One request and its answer.
    Call {
        /// Which header style was sent.
        style: AuthStyle,
        /// The HTTP status; `None` when no answer came.
        status: Option<u16>,
        /// `error.type`.
        error_type: Option<String>,
        /// `error.details.error_code`.
        error_code: Option<String>,
        /// The request id.
        request_id: Option<String>,
        /// `error.message`, or for no answer, the failure's class.
        message: Option<String>,
    },
}

/// Every check line in `text` (a paste may hold prompts, other output or timestamps around them).
pub fn parse_output(text: &str) -> Vec<CheckLine> {
    text.lines().filter_map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<CheckLine> {
    let rest = &line[line.find(PREFIX)? + PREFIX.len()..];
    let rest = rest.trim_start();
    let (word, fields) = rest.split_once(' ').unwrap_or((rest, ""));
    let (fields, message) = match fields.find("message=") {
        Some(at) => (&fields[..at], Some(&fields[at + "message=".len()..])),
        None => (fields, None),
    };
    let field = |name: &str| {
        fields
            .split_whitespace()
            .find_map(|pair| pair.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
            .filter(|v| *v != "-")
            .map(str::to_string)
    };
    let flag = |name: &str| field(name).and_then(|v| (v == "yes" || v == "no").then_some(v == "yes"));
    match word {
        "key" => Some(CheckLine::Key {
            variable: field("var"),
            set: flag("set"),
            length: field("length").and_then(|v| v.parse().ok()),
            hint: field("hint"),
            hint_match: flag("hint_match"),
            edge_whitespace: flag("edge_whitespace"),
        }),
        _ => Some(CheckLine::Call {
            style: AuthStyle::from_slug(word)?,
            status: field("status").and_then(|v| v.parse().ok()),
            error_type: field("type"),
            error_code: field("code"),
            request_id: field("request_id"),
            message: message.map(str::trim_end).and_then(json_string),
        }),
    }
}

/// Decodes a JSON string literal (the whole of `text`); `None` for `-` or anything malformed.
fn json_string(text: &str) -> Option<String> {
    let mut chars = text.strip_prefix('"')?.strip_suffix('"')?.chars();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let decoded = match chars.next()? {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'u' => {
                let unit = hex4(&mut chars)?;
                if (0xD800..0xDC00).contains(&unit) {
                    let low = (chars.next()? == '\\' && chars.next()? == 'u').then(|| hex4(&mut chars)).flatten()?;
                    char::from_u32(0x10000 + ((unit - 0xD800) << 10) + low.checked_sub(0xDC00)?)?
                } else {
                    char::from_u32(unit)?
                }
            }
            other => other,
        };
        out.push(decoded);
    }
    Some(out)
}

fn hex4(chars: &mut std::str::Chars) -> Option<u32> {
    let digits: String = chars.take(4).collect();
    (digits.len() == 4).then(|| u32::from_str_radix(&digits, 16).ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_back_with_their_fields() {
        let text = "$ bash <<'KEYDOCTOR'\n\
            key-doctor-check: key var=MY_KEY set=yes length=109 hint=sk-ant-api03-R2D...igAA hint_match=no edge_whitespace=yes\n\
            noise\n\
            [12:00] key-doctor-check: x-api-key status=401 type=authentication_error code=- request_id=req_011C message=\"invalid x-api-key \\\"quoted\\\" \\u00e9\\ud83d\\ude00 message=x\"\n\
            key-doctor-check: bearer status=none message=\"no answer: URLError\"\n\
            key-doctor-check: other status=200\n";
        let lines = parse_output(text);
        assert_eq!(
            lines,
            vec![
                CheckLine::Key {
                    variable: Some("MY_KEY".into()),
                    set: Some(true),
                    length: Some(109),
                    hint: Some("sk-ant-api03-R2D...igAA".into()),
                    hint_match: Some(false),
                    edge_whitespace: Some(true),
                },
                CheckLine::Call {
                    style: AuthStyle::XApiKey,
                    status: Some(401),
                    error_type: Some("authentication_error".into()),
                    error_code: None,
                    request_id: Some("req_011C".into()),
                    message: Some("invalid x-api-key \"quoted\" é😀 message=x".into()),
                },
                CheckLine::Call {
                    style: AuthStyle::Bearer,
                    status: None,
                    error_type: None,
                    error_code: None,
                    request_id: None,
                    message: Some("no answer: URLError".into()),
                },
            ]
        );
    }

    #[test]
    fn malformed_messages_are_dropped_not_guessed() {
        for bad in ["\"unterminated", "\"bad \\u12\"", "-", "\"\\ud800\""] {
            assert_eq!(json_string(bad), None, "{bad}");
        }
    }
}
