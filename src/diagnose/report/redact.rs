//! Free text made safe for a report: anything shaped like a credential becomes `[redacted]`,
//! and the text becomes one bounded line.
//!
//! A "word" is a run of ASCII letters, digits, `-` and `_` (invisible characters inside it count as
//! part of it, so a zero-width space cannot split a key into innocent pieces). A word is
//! redacted when it holds `sk-ant-` (any case, `-` or `_`) with 8 or more characters after the
//! prefix and segment; another provider's key prefix with 8 or more after it; `sk-` with 20 or
//! more after it; or when it is 32 characters or longer and is not an id the API prints (a
//! request id, a UUID, `wrkspc_…`), plain words (`claude_code_key_creator_not_member`), a
//! variable's name or a git hash. A Console hint (`sk-ant-api03-R2D...igAA`) shows 7 characters and is kept.

/// What a redacted word becomes.
pub const REDACTED: &str = "[redacted]";

/// The longest field a report keeps, in characters (after redaction).
const MAX_FIELD: usize = 400;

/// Prefixes of other providers' keys (those of `key::family`), matched case-sensitively anywhere
/// in a word.
const PREFIXES: [&str; 22] = [
    "sk-or-",
    "sk-proj-",
    "sk-svcacct-",
    "sk-admin-",
    "sk-None-",
    "AIza",
    "ABSK",
    "bedrock-api-key-",
    "gsk_",
    "xai-",
    "pplx-",
    "hf_",
    "github_pat_",
    "ghp_",
    "gho_",
    "ghs_",
    "ghu_",
    "glpat-",
    "AKIA",
    "ASIA",
    "ABIA",
    "ACCA",
];

/// Ids the API and the SDKs print, kept even when long.
const ID_PREFIXES: [&str; 8] = ["req_", "msg_", "wrkspc_", "apikey_", "user_", "svac_", "fdrl_", "org_"];

/// `text` with every credential-shaped word replaced by [`REDACTED`], whitespace and control
/// characters collapsed to single spaces, trimmed, at most 400 characters (then `…`).
pub fn one_line(text: &str) -> String {
    let redacted = redact(text);
    let mut out = String::with_capacity(redacted.len().min(MAX_FIELD * 4));
    let mut kept = 0;
    let mut space = false;
    for c in redacted.chars() {
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            continue;
        }
        if kept + usize::from(space) >= MAX_FIELD {
            out.push('…');
            break;
        }
        if space {
            out.push(' ');
            kept += 1;
            space = false;
        }
        out.push(c);
        kept += 1;
    }
    out
}

/// `text` with every credential-shaped word replaced by [`REDACTED`]; everything else as is.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if is_word_char(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn flush(word: &mut String, out: &mut String) {
    if !word.is_empty() {
        out.push_str(if is_credential_shaped(word) { REDACTED } else { word });
        word.clear();
    }
}

/// ASCII letters and digits only: every credential is ASCII, and a non-ASCII letter beside one
/// ends the word without hiding it (and the browser build needs no Unicode tables for this).
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || is_invisible(c)
}

/// Zero-width and other format characters that hide inside pasted keys.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}')
}

/// Whether a word looks like a credential (see the module's doc).
pub fn is_credential_shaped(word: &str) -> bool {
    // Visible characters only, so invisible ones count neither for nor against.
    let word: String = word.chars().filter(|c| !is_invisible(*c)).collect();
    anthropic_rest(&word).is_some_and(|rest| rest >= 8)
        || PREFIXES.iter().any(|p| after(&word, p).is_some_and(|rest| rest >= 8))
        || ["sk-", "sk_"].iter().any(|p| after(&word, p).is_some_and(|rest| rest >= 20))
        || (word.chars().count() >= 32 && !is_known_long_word(&word))
}

/// Characters after the first occurrence of `prefix` in `word`.
fn after(word: &str, prefix: &str) -> Option<usize> {
    word.find(prefix).map(|at| word[at + prefix.len()..].chars().count())
}

/// Characters after `sk-ant-` (any case, `-` or `_`) and its segment, at the first occurrence.
fn anthropic_rest(word: &str) -> Option<usize> {
    let lower = word.to_ascii_lowercase().replace('_', "-");
    let at = lower.find("sk-ant-")?;
    let rest = &lower[at + "sk-ant-".len()..];
    let letters = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let digits = rest.bytes().skip(letters).take_while(u8::is_ascii_digit).count();
    let segment = (2..=8).contains(&letters) && digits == 2 && rest.as_bytes().get(letters + 2) == Some(&b'-');
    let body = if segment { &rest[letters + 3..] } else { rest };
    Some(body.chars().count())
}

/// Long words that are not secrets: ids the API prints, UUIDs, plain words, git hashes.
fn is_known_long_word(word: &str) -> bool {
    let id = ID_PREFIXES
        .iter()
        .any(|p| word.strip_prefix(p).is_some_and(|rest| rest.bytes().all(|b| b.is_ascii_alphanumeric())));
    let uuid = word.len() == 36
        && word
            .bytes()
            .enumerate()
            .all(|(i, b)| if [8, 13, 18, 23].contains(&i) { b == b'-' } else { b.is_ascii_hexdigit() });
    let plain = word.split(['-', '_']).all(|part| {
        [u8::is_ascii_lowercase, u8::is_ascii_uppercase, u8::is_ascii_digit]
            .iter()
            .any(|class| part.bytes().all(|b| class(&b)))
    });
    let hash = word.len() <= 40 && word.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    id || uuid || plain || hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_go_and_hints_ids_and_words_stay() {
        let key = "sk-ant-api03-R2DxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxigAA";
        let cases = [
            (format!("Illegal header value b'Bearer {key}\\n'"), "Illegal header value b'Bearer [redacted]\\n'"),
            (
                "hint sk-ant-api03-R2D...igAA, req_011CYhr1kdGzCrPHfrhibMen".into(),
                "hint sk-ant-api03-R2D...igAA, req_011CYhr1kdGzCrPHfrhibMen",
            ),
            (
                "org 5b1d7f0e-8c2a-4e67-9a3b-2f4c6d8e0a1b claude_code_key_creator_not_member".into(),
                "org 5b1d7f0e-8c2a-4e67-9a3b-2f4c6d8e0a1b claude_code_key_creator_not_member",
            ),
            ("SK_ANT_API03_abcdefgh and xsk-ant-oat01-abcdefghij".into(), "[redacted] and [redacted]"),
            (
                "AKIAIOSFODNN7EXAMPLE, ghp_abcdefgh1234, sk-0123456789abcdef0123456789abcdef".into(),
                "[redacted], [redacted], [redacted]",
            ),
            (
                "task-runner-12345678, CLAUDE_CODE_API_KEY_HELPER_TTL_MS, AppleWebKit/537.36".into(),
                "task-runner-12345678, CLAUDE_CODE_API_KEY_HELPER_TTL_MS, AppleWebKit/537.36",
            ),
            ("a3F9kLm2Qw8Zx7Vb1Nc4Rt6Yu0Io5PeAsDf".into(), "[redacted]"),
            (format!("{}\u{200B}{}", &key[..60], &key[60..]), "[redacted]"),
        ];
        for (input, expected) in cases {
            assert_eq!(redact(&input), expected, "{input:?}");
        }
    }

    #[test]
    fn one_line_collapses_and_bounds() {
        assert_eq!(one_line("  a\n\tb\u{0}  c "), "a b c");
        let long = "word ".repeat(200);
        let line = one_line(&long);
        assert!(line.chars().count() <= MAX_FIELD + 1 && line.chars().count() > MAX_FIELD - 5);
        assert!(line.ends_with('…'));
    }
}
