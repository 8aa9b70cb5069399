//! Where credentials sit in a long text (a log, a traceback, an environment dump): every stretch
//! that starts like a key of a family the checker knows, in one pass over the bytes.
//!
//! The same rules as the single-key check: `sk-ant-` counts anywhere (in any case, with dashes
//! or underscores), other providers' prefixes only at the start of a word and followed by key
//! characters, and [`family::classify`] decides what the stretch is. A key of known length cut
//! by a line break, an escape (`\n`, `%0A`), an invisible or a look-alike character is joined
//! while it is still short, so no piece of it is left in the open; a terminal colour code just
//! before a key is not taken for part of it.

use super::family::{self, Classified};
use super::joins::{join_pieces, tail_before_quote};
use super::{Family, hint, placeholder};

/// A credential-shaped stretch of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySpan {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset after its last character (pieces and what joins them included).
    pub end: usize,
    /// What the key is; [`Family::Placeholder`] for example text in a key's shape, which is
    /// hidden all the same.
    pub family: Family,
    /// The Console-style hint (`sk-ant-api03-R2D...igAA`), for `sk-ant-` credentials long enough.
    pub hint: Option<String>,
    /// What stands for the key once it is hidden: its hint, else its prefix and `…`.
    pub mask: String,
    /// The key as a program would read it: its pieces joined with what was between them
    /// decoded (`\n` → a line break), plus a decoded escape or space just before a closing
    /// quote (`b'…\n'`), so the key check can see the artefact.
    pub as_sent: String,
}

/// A run of key characters shorter than this after its prefix hides nothing worth hiding.
const MIN_BODY: usize = 8;
/// Only this much of a run is classified: enough for every prefix rule.
const HEAD: usize = 96;
/// The shortest run that can be a key: `hf_` and eight characters.
const MIN_KEY: usize = 11;

/// Every credential-shaped stretch of `text`, in order, without overlaps.
pub fn find_keys(text: &str) -> Vec<KeySpan> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !is_key_byte(b[i]) {
            i = after_colour_code(b, i).unwrap_or(i + 1);
            continue;
        }
        let run_end = run(b, i);
        let mut at = i;
        i = run_end;
        // The run's start is a word start; `sk-ant-` may also begin inside it.
        while at < run_end {
            if let Some(span) = key_at(text, at, run_end) {
                at = span.end;
                i = i.max(span.end);
                found.push(span);
                continue;
            }
            match next_anthropic(b, at + 1, run_end) {
                Some(next) => at = next,
                None => break,
            }
        }
    }
    found
}

/// After a terminal colour code (`ESC [ 31 m`) at `at`: its digits and letter are not the start
/// of a key that follows it.
fn after_colour_code(b: &[u8], at: usize) -> Option<usize> {
    if b[at] != 0x1B || b.get(at + 1) != Some(&b'[') {
        return None;
    }
    // Only a colour code (digits, `;`, then `m`): a code ending in a letter would eat a key's.
    let params = b[at + 2..].iter().take(32).take_while(|c| c.is_ascii_digit() || **c == b';').count();
    let end = at + 2 + params;
    (b.get(end) == Some(&b'm')).then_some(end + 1)
}

/// The key starting at `start`, whose run of key characters ends at `run_end`.
fn key_at(text: &str, start: usize, run_end: usize) -> Option<KeySpan> {
    let b = text.as_bytes();
    if !matches!(b[start], b's' | b'S' | b'A' | b'b' | b'g' | b'x' | b'p' | b'h') {
        return damaged_at(text, start, run_end);
    }
    // A Bedrock key is standard base64: `+`, `/` and `=` padding belong to it.
    let end = if b[start..].starts_with(b"ABSK") { base64_end(b, run_end) } else { run_end };
    if end - start < MIN_KEY {
        return None;
    }
    let head = &text[start..run_end.min(start + HEAD)];
    let cls = if head.len() < HEAD { family::classify(head) } else { classify_long(text, start, run_end) };
    let anthropic = family::is_anthropic(cls.family);
    let known = anthropic || matches!(cls.family, Family::OtherProvider(_));
    if !known || end - start < cls.prefix_len + MIN_BODY {
        return None;
    }
    let mut end = end;
    let mut as_sent = text[start..end].to_string();
    if let Some(full) = family::full_length(cls.family) {
        end = join_pieces(text, end, full, &mut as_sent);
    }
    let fixed = match &cls.canonical {
        Some(canonical) => format!("{canonical}{}", &as_sent[cls.prefix_len.min(as_sent.len())..]),
        None => as_sent.clone(),
    };
    let key_only: String = fixed.chars().filter(|c| !c.is_whitespace()).collect();
    // Example text is hidden too (a real key may hold a word by chance), but named for what it
    // most likely is.
    let family =
        if placeholder::recognise(&key_only, cls.prefix_len).is_some() { Family::Placeholder } else { cls.family };
    let hint = if anthropic && family != Family::Placeholder { hint::of(&key_only, cls.prefix_len) } else { None };
    let prefix = cls.canonical.clone().unwrap_or_else(|| text[start..start + cls.prefix_len].to_string());
    let mask = hint.clone().unwrap_or_else(|| format!("{prefix}…"));
    as_sent.push_str(&tail_before_quote(text, end));
    Some(KeySpan { start, end, family, hint, mask, as_sent })
}

/// Marks in the first characters of a run that show the rest of an `sk-ant-` key whose
/// beginning was lost (the same clues the single-key check reads).
const DAMAGED_HEADS: [&str; 6] = ["k-ant-", "-ant-", "ant-api", "api03-", "admin01-", "oat01-"];
/// The shortest run taken for the rest of a key.
const MIN_DAMAGED: usize = 40;

/// The rest of an Anthropic key whose first characters were lost (cut off on copy, or eaten
/// with a terminal escape), at `start`: hidden too, with no hint to give.
fn damaged_at(text: &str, start: usize, run_end: usize) -> Option<KeySpan> {
    if run_end - start < MIN_DAMAGED {
        return None;
    }
    let head = text[start..start + 12].to_ascii_lowercase();
    if !DAMAGED_HEADS.iter().any(|mark| head.contains(mark)) {
        return None;
    }
    let as_sent = text[start..run_end].to_string();
    Some(KeySpan {
        start,
        end: run_end,
        family: Family::AnthropicOther,
        hint: None,
        mask: "[part of a key]".into(),
        as_sent,
    })
}

/// Classifies a long run: the prefix rules need its start, the OpenAI and DeepSeek rules the
/// whole run, which is scanned once.
fn classify_long(text: &str, start: usize, run_end: usize) -> Classified {
    let head = family::classify(&text[start..start + HEAD]);
    if head.family != Family::Unrecognized {
        return head;
    }
    let whole = &text[start..run_end];
    if whole.starts_with("sk-") && whole.contains("T3BlbkFJ") { family::classify(whole) } else { head }
}

/// Bytes of the key alphabet (base64url), as a table: the scan is the hot loop.
static KEY_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
        i += 1;
    }
    table
};

#[inline(always)]
fn is_key_byte(b: u8) -> bool {
    KEY_BYTE[usize::from(b)]
}

/// The end of the run of key bytes starting at `from`.
pub(super) fn run(b: &[u8], from: usize) -> usize {
    from + b[from..].iter().take_while(|&&c| is_key_byte(c)).count()
}

/// The next `sk-ant-` (any case, `-` or `_`) in `b[from..to]`.
fn next_anthropic(b: &[u8], from: usize, to: usize) -> Option<usize> {
    (from..to.saturating_sub(6)).find(|&i| {
        let sep = |k: usize| matches!(b[k], b'-' | b'_');
        b[i..i + 2].eq_ignore_ascii_case(b"sk")
            && sep(i + 2)
            && b[i + 3..i + 6].eq_ignore_ascii_case(b"ant")
            && sep(i + 6)
    })
}

/// The end of standard base64 from `from`, with up to two `=` of padding.
fn base64_end(b: &[u8], from: usize) -> usize {
    let mut end = from;
    while end < b.len() && (is_key_byte(b[end]) || matches!(b[end], b'+' | b'/')) {
        end += 1;
    }
    let mut pad = 0;
    while end < b.len() && pad < 2 && b[end] == b'=' {
        end += 1;
        pad += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::key::Provider;

    fn api_key(seed: char) -> String {
        format!("sk-ant-api03-{}AA", seed.to_string().repeat(40) + &"Zz9_-".repeat(10) + "abc")
    }

    #[test]
    fn finds_keys_of_every_shape_in_a_log() {
        let key = api_key('Q');
        assert_eq!(key.len(), 108);
        let text = format!(
            "x-api-key: {key}\nOPENAI_API_KEY=sk-proj-abcdefghijklmnop ghp_0123456789abcdefABCDEF hf_token AKIAABCDEFGHIJKLMNOP"
        );
        let found = find_keys(&text);
        let families: Vec<Family> = found.iter().map(|k| k.family).collect();
        assert_eq!(
            families,
            vec![
                Family::AnthropicApiKey,
                Family::OtherProvider(Provider::OpenAi),
                Family::OtherProvider(Provider::GitHub),
                Family::OtherProvider(Provider::AwsAccessKey),
            ]
        );
        assert_eq!(&text[found[0].start..found[0].end], key);
        assert_eq!(found[0].mask, "sk-ant-api03-QQQ...bcAA");
        assert_eq!(found[1].mask, "sk-proj-…");
    }

    #[test]
    fn sk_ant_counts_inside_a_word_placeholders_are_named_and_hints_are_not_keys() {
        let key = api_key('R');
        let text = format!("token=x{key} and sk-ant-api03-your-key-here and sk-ant-api03-R2D...igAA");
        let found = find_keys(&text);
        let families: Vec<(usize, Family)> = found.iter().map(|k| (k.start, k.family)).collect();
        assert_eq!(families, vec![(7, Family::AnthropicApiKey), (120, Family::Placeholder)]);
        assert_eq!(found[1].mask, "sk-ant-api03-…");
    }

    #[test]
    fn joins_a_key_split_by_a_wrap_or_an_escape_and_keeps_the_escape() {
        let key = api_key('S');
        let wrapped = format!("key: {}\n      {} done", &key[..70], &key[70..]);
        let found = find_keys(&wrapped);
        assert_eq!(found.len(), 1);
        assert_eq!(&wrapped[found[0].end..], " done");
        let escaped = format!("b'Bearer {}\\n{}\\n'", &key[..50], &key[50..]);
        let found = find_keys(&escaped);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].as_sent, format!("{}\n{}\n", &key[..50], &key[50..]));
    }

    #[test]
    fn the_rest_of_a_key_whose_start_was_lost_is_hidden_too() {
        let key = api_key('T');
        let text = format!("key: {} and k-ant-short", &key[1..]);
        let found = find_keys(&text);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].family), (5, Family::AnthropicOther));
    }

    #[test]
    fn a_colour_code_before_a_key_is_not_part_of_it() {
        let text = "_\u{1b}[31msk-proj-abcdefghijklmnop\u{1b}[0m";
        let found = find_keys(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], "sk-proj-abcdefghijklmnop");
    }

    #[test]
    fn bedrock_keys_take_their_base64_tail() {
        let text = "AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS1+abc/def== next";
        let found = find_keys(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], "ABSKQmVkcm9ja0FQSUtleS1+abc/def==");
    }
}
