//! Percent-encoding for the few URL pieces the app writes and reads: query names and values.

/// Splits a query string (`?a=b&c=d`, the leading `?` optional) into decoded pairs.
pub fn parse_query(search: &str) -> Vec<(String, String)> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// `?a=b&c=d` from pairs, each name and value encoded; empty when there are none.
pub fn query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let parts: Vec<String> =
        pairs.into_iter().map(|(name, value)| format!("{}={}", encode(name), encode(value))).collect();
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

/// Percent-encodes everything but the unreserved characters (`A-Z a-z 0-9 - _ . ~`).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; a malformed escape is kept as it is.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_decode() {
        let pairs =
            |list: &[(&str, &str)]| list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>();
        assert_eq!(
            parse_query("?step=a%20b&x=1+2&bad=%zz&flag"),
            pairs(&[("step", "a b"), ("x", "1 2"), ("bad", "%zz"), ("flag", "")])
        );
    }

    #[test]
    fn query_strings_encode_and_round_trip() {
        assert_eq!(query_string([("says", "x&y=z"), ("tool", "python")]), "?says=x%26y%3Dz&tool=python");
        assert_eq!(query_string([]), "");
        let text = "ä b/c?d";
        assert_eq!(decode(&encode(text)), text);
    }
}
