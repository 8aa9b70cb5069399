//! A content lint for claims that held only before Python 2.0 and TypeScript 1.0 (2026-10-21):
//! that the SDKs send the key as `x-api-key`, or that they send both headers. Today both
//! generations are in use, so such a sentence must name the versions it holds for.

/// Words that name a generation (or say the claim no longer holds), which make a claim true.
const QUALIFIERS: &[&str] = &[
    "≤",
    "≥",
    "<=",
    ">=",
    "1.17",
    "0.137",
    "0.x",
    "1.x",
    "2.x",
    "2.0",
    "1.0",
    "older",
    "earlier",
    "no longer",
    "claude code",
    "apikeyhelper",
];

/// Words that make a sentence about the SDKs (or an SDK client in code).
const SDK: &[&str] = &["sdk", "client librar", "official librar", "anthropic(", "new anthropic"];

/// Verbs that make it a claim about what is sent.
const SENDS: &[&str] = &["send", "sent", "expect", "put", "goes", "go in", "use", "pass"];

fn any(sentence: &str, words: &[&str]) -> bool {
    words.iter().any(|w| sentence.contains(w))
}

/// The sentences of `text`: split after `.`, `!`, `?` or `;` followed by a space, and at line
/// breaks (so `1.17` and code stay whole). Trimmed, empty ones left out.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let end = c == '\n' || (matches!(c, '.' | '!' | '?' | ';') && next_is_space);
        if end {
            parts.push(&text[start..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    parts.into_iter().map(str::trim).filter(|s| !s.is_empty())
}

/// True when `sentence` states, without naming a version, that the SDKs send the key as
/// `x-api-key`, or that both headers are sent.
fn is_stale(sentence: &str) -> bool {
    let s = sentence.to_lowercase();
    if any(&s, QUALIFIERS) || !any(&s, SENDS) {
        return false;
    }
    let x_api_key = s.contains("x-api-key") && any(&s, SDK);
    let both =
        s.contains("both headers") || (s.contains("both") && s.contains("x-api-key") && s.contains("authorization"));
    x_api_key || both
}

/// The first sentence of `text` that states, unqualified, that the SDKs send the key as
/// `x-api-key` or that both headers are sent; `None` when there is none.
pub fn stale_claim(text: &str) -> Option<&str> {
    sentences(text).find(|s| is_stale(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_stops_but_not_inside_versions() {
        let parts: Vec<&str> = sentences("Python ≤ 1.17 sends it. Then `a.b` runs; done\nnext").collect();
        assert_eq!(parts, ["Python ≤ 1.17 sends it.", "Then `a.b` runs;", "done", "next"]);
    }

    #[test]
    fn unqualified_claims_are_found_and_qualified_ones_pass() {
        let stale = [
            "The API and the SDKs expect it in the x-api-key header.",
            "The Python SDK sends both headers when both variables are set.",
            "client = anthropic.Anthropic()  # reads ANTHROPIC_API_KEY and sends it as x-api-key",
            "Python sends both X-Api-Key and Authorization headers.",
        ];
        for text in stale {
            assert_eq!(stale_claim(text), Some(text), "{text}");
        }
        let fine = [
            "Python ≤ 1.17 and TypeScript ≤ 0.137 send the key as `x-api-key`.",
            "Claude Code still sends `X-Api-Key` with `anthropic-version: 2023-06-01`.",
            "Raw HTTP: send `x-api-key: <key>`.",
            "The SDKs no longer send x-api-key.",
            "Set ANTHROPIC_API_KEY and create the client without arguments.",
        ];
        for text in fine {
            assert_eq!(stale_claim(text), None, "{text}");
        }
    }

    #[test]
    fn the_stale_sentence_is_the_one_reported() {
        let text = "Keys start with sk-ant-api03-. The SDKs send it in x-api-key. Fine.";
        assert_eq!(stale_claim(text), Some("The SDKs send it in x-api-key."));
    }
}
