//! A small JSON reader, for the JSON the browser reads: the API's answers, the walk's index and
//! what the recognizer's module hands the page; and the writer of that last one.
//! The wasm reads them with this rather than serde: serde's derives and its bridge to
//! JavaScript values were an eighth of the wasm (measured: 203 → 176 KB gzip without them).
//!
//! Numbers are kept as their text (nothing here needs arithmetic); nesting deeper than
//! [`MAX_DEPTH`] is refused, so a hostile answer cannot exhaust the stack.

/// The deepest nesting read; the API's answers and the index are a few levels deep.
pub const MAX_DEPTH: usize = 64;

/// A JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number, as written.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in the order written (a repeated name keeps every member; [`Json::get`] finds the first).
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Reads a whole text (whitespace around it allowed); `None` if it is not exactly one JSON
    /// value or is nested deeper than [`MAX_DEPTH`].
    pub fn parse(text: &str) -> Option<Json> {
        let mut reader = Reader { bytes: text.as_bytes(), at: 0 };
        let value = reader.value(0)?;
        reader.skip_space();
        (reader.at == reader.bytes.len()).then_some(value)
    }

    /// The member `name` of an object (`None` for a missing member or a value that is no object).
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// The member `name`, if it is a string.
    pub fn str_of(&self, name: &str) -> Option<String> {
        self.get(name).and_then(Json::as_str).map(str::to_string)
    }

    /// The items of an array (none for anything else).
    pub fn items(&self) -> &[Json] {
        match self {
            Json::Array(items) => items,
            _ => &[],
        }
    }

    /// A whole, non-negative number that fits a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// True for an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    /// The value as JSON text, on one line; [`Json::parse`] reads it back as it was.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(text) => out.push_str(text),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (name, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(name, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// A JSON string: quotes, backslashes and control characters escaped, the rest as it is.
fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        match *self.bytes.get(self.at)? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => self.string().map(Json::String),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'n' => self.word("null", Json::Null),
            _ => self.number(),
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut members = Vec::new();
        if self.next_is(b'}') {
            return Some(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return None;
            }
            let name = self.string()?;
            if !self.next_is(b':') {
                return None;
            }
            members.push((name, self.value(depth + 1)?));
            if self.next_is(b'}') {
                return Some(Json::Object(members));
            }
            if !self.next_is(b',') {
                return None;
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut items = Vec::new();
        if self.next_is(b']') {
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.next_is(b']') {
                return Some(Json::Array(items));
            }
            if !self.next_is(b',') {
                return None;
            }
        }
    }

    /// A string, from its opening quote; escapes decoded, a lone surrogate read as U+FFFD.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The input is a &str and the stop bytes are ASCII, so this is a whole UTF-8 run.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match *self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    let escaped = *self.bytes.get(self.at + 1)?;
                    self.at += 2;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
    }

    /// After `\u`: four hex digits, and a second `\uXXXX` if they are a high surrogate.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.bytes.get(self.at..self.at + 2) == Some(b"\\u") {
            let save = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                return char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
            }
            self.at = save;
        }
        Some(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = std::str::from_utf8(self.bytes.get(self.at..self.at + 4)?).ok()?;
        let value = u32::from_str_radix(digits, 16).ok()?;
        self.at += 4;
        Some(value)
    }

    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let int = self.digits();
        if int == 0 {
            return None;
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return None;
            }
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.bytes.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        Some(Json::Number(std::str::from_utf8(&self.bytes[start..self.at]).ok()?.to_string()))
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        self.at - start
    }

    fn word(&mut self, word: &str, value: Json) -> Option<Json> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end) == Some(word.as_bytes())).then(|| {
            self.at = end;
            value
        })
    }

    /// Skips whitespace; true (and past it) if the next byte is `b`.
    fn next_is(&mut self, b: u8) -> bool {
        self.skip_space();
        let found = self.bytes.get(self.at) == Some(&b);
        if found {
            self.at += 1;
        }
        found
    }

    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Json {
        Json::String(text.to_string())
    }

    #[test]
    fn reads_what_the_api_sends() {
        let body = r#" {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011"} "#;
        let json = Json::parse(body).expect("valid");
        assert_eq!(json.str_of("type").as_deref(), Some("error"));
        assert_eq!(json.get("error").and_then(|e| e.str_of("message")).as_deref(), Some("invalid x-api-key"));
        assert_eq!(
            Json::parse(r#"{"input_tokens": 12}"#).unwrap().get("input_tokens").and_then(Json::as_u64),
            Some(12)
        );
    }

    #[test]
    fn writes_what_it_reads_back() {
        let value = Json::Object(vec![
            ("text".into(), s("quote \" backslash \\ line\n tab\t bell\u{7} é 😀 \u{2028} </script>")),
            (
                "list".into(),
                Json::Array(vec![Json::Null, Json::Bool(true), Json::Number("401".into()), Json::Array(vec![])]),
            ),
            ("empty".into(), Json::Object(vec![])),
        ]);
        let text = value.to_text();
        assert!(!text.contains('\n') && !text.contains('\t'), "one line, control characters escaped: {text}");
        assert_eq!(Json::parse(&text), Some(value));
    }

    #[test]
    fn every_kind_of_value() {
        assert_eq!(
            Json::parse(r#"[null, true, false, -1.5e3, 0, "a\"b\\c\/d\n\u00e9\ud83d\ude00\ud800x", [], {}]"#),
            Some(Json::Array(vec![
                Json::Null,
                Json::Bool(true),
                Json::Bool(false),
                Json::Number("-1.5e3".into()),
                Json::Number("0".into()),
                s("a\"b\\c/d\né😀\u{FFFD}x"),
                Json::Array(vec![]),
                Json::Object(vec![]),
            ]))
        );
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{'a':1}",
            "01x",
            "-",
            "1.",
            "tru",
            "\"\\x\"",
            "\"a",
            "\"\u{1}\"",
            "{} {}",
            "<html>",
        ] {
            assert_eq!(Json::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(Json::parse(&deep), None);
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Json::parse(&ok).is_some());
    }

    #[test]
    fn large_bodies_read_in_one_pass() {
        let big =
            format!(r#"{{"data":[{}{{"id":"last"}}]}}"#, r#"{"id":"claude-x","display_name":"X"},"#.repeat(50_000));
        let json = Json::parse(&big).expect("valid");
        assert_eq!(json.get("data").map(|d| d.items().len()), Some(50_001));
    }
}
