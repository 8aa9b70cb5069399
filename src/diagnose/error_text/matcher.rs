//! Finds every needle of a table in one pass over the text. An index keyed by a hash of the
//! needles' first three bytes (lower-cased) leaves one table lookup per byte; only where a
//! needle could start is it compared, case-insensitively for ASCII. In a needle, a space
//! stands for any run of spaces, tabs and line breaks (terminal padding, wrapped lines), a `~`
//! for an optional such run (JSON printed with or without spaces), and a backtick for an
//! optional quote (`` ` ``, `'` or `"`, which rendered Markdown and some renderings drop,
//! escaped ones such as `\"` included). A
//! needle whose first or last byte is a letter, digit or `_` matches only at a word boundary
//! there, unless it is marked to match anywhere.

/// The longest whitespace run one space of a needle stands for.
const MAX_PAD: usize = 256;

/// One needle as the index sees it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Needle {
    pub text: &'static str,
    /// Match only at word boundaries (where the needle's edge is a word byte).
    pub bounded: bool,
}

/// Slots of the index: a power of two, addressed by a 16-bit hash.
const SLOTS: usize = 1 << 16;

/// The needles of a table, indexed by their first three bytes.
pub(super) struct Index {
    needles: Vec<Needle>,
    /// For each hashed three-byte head, 1 + its bucket's position in `buckets`; 0 when no
    /// needle has it.
    heads: Box<[u16; SLOTS]>,
    /// Each bucket's needles, with the needle's fourth byte as the index sees it (0 when it
    /// has none or it is optional): most candidates fail on it without a comparison.
    buckets: Vec<Vec<(u16, u8)>>,
}

/// The slot of a three-byte head (folded, packed into the low 24 bits).
#[inline(always)]
fn slot_of(head: u32) -> usize {
    (head.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Each byte as the index sees it: lower case, and tabs and line feeds as spaces.
static FOLD: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = match b {
            b'\t' | b'\n' => b' ',
            _ => b.to_ascii_lowercase(),
        };
        i += 1;
    }
    table
};

impl Index {
    /// Indexes `needles`; each must start with [`HEAD`] bytes that are not `~` or a backtick,
    /// the first not a space.
    pub fn new(needles: impl IntoIterator<Item = Needle>) -> Index {
        let needles: Vec<Needle> = needles.into_iter().collect();
        let mut heads = Box::new([0u16; SLOTS]);
        let mut buckets: Vec<Vec<(u16, u8)>> = Vec::new();
        for (n, needle) in needles.iter().enumerate() {
            let key =
                head(needle.text.as_bytes()).unwrap_or_else(|| panic!("needle {:?} has no plain head", needle.text));
            if heads[key] == 0 {
                buckets.push(Vec::new());
                heads[key] = buckets.len() as u16;
            }
            // After a space the text may hold more spaces: no fourth byte to check then.
            let bytes = needle.text.as_bytes();
            let fourth = match bytes.get(HEAD) {
                Some(b'`' | b'~') | None => 0,
                Some(_) if bytes[HEAD - 1] == b' ' => 0,
                Some(&b) => FOLD[usize::from(b)],
            };
            buckets[heads[key] as usize - 1].push((n as u16, fourth));
        }
        Index { needles, heads, buckets }
    }

    /// Calls `found(needle, start, end)` for every match, in the order of their starts.
    pub fn scan(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        let b = text.as_bytes();
        if b.len() < HEAD {
            return;
        }
        let mut head = (u32::from(FOLD[usize::from(b[0])]) << 8) | u32::from(FOLD[usize::from(b[1])]);
        for (i, &next) in b[HEAD - 1..].iter().enumerate() {
            head = ((head << 8) | u32::from(FOLD[usize::from(next)])) & 0xFF_FFFF;
            let slot = self.heads[slot_of(head)];
            if slot != 0 {
                self.try_bucket(b, i, slot, &mut found);
            }
        }
    }

    #[inline(never)]
    fn try_bucket(&self, b: &[u8], at: usize, slot: u16, found: &mut impl FnMut(usize, usize, usize)) {
        let fourth = b.get(at + HEAD).map_or(0, |&c| FOLD[usize::from(c)]);
        for &(n, want) in &self.buckets[usize::from(slot) - 1] {
            if want != 0 && want != fourth {
                continue;
            }
            if let Some(end) = match_at(b, at, self.needles[usize::from(n)]) {
                found(usize::from(n), at, end);
            }
        }
    }
}

/// How many plain bytes start every needle.
pub(super) const HEAD: usize = 3;

/// The index key of a needle: the slot of its first three bytes, folded. A space there
/// stands for one space, tab or line break of the text (further ones are matched by the
/// comparison); the head cannot start with a space or hold an optional `~` or backtick.
fn head(needle: &[u8]) -> Option<usize> {
    let first = needle.get(..HEAD)?;
    if first[0] == b' ' || first.iter().any(|c| matches!(c, b'`' | b'~')) {
        return None;
    }
    Some(slot_of(first.iter().fold(0u32, |h, c| (h << 8) | u32::from(FOLD[usize::from(*c)]))))
}

#[inline(always)]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[inline(always)]
fn is_pad(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n')
}

/// Where `needle` ends if it matches `text` at `at`.
fn match_at(text: &[u8], at: usize, needle: Needle) -> Option<usize> {
    let n = needle.text.as_bytes();
    if needle.bounded && is_word(n[0]) && at > 0 && is_word(text[at - 1]) {
        return None;
    }
    let mut t = at;
    for &want in n {
        match want {
            b' ' | b'~' => {
                let start = t;
                while t < text.len() && t - start < MAX_PAD && is_pad(text[t]) {
                    t += 1;
                }
                if t == start && want == b' ' {
                    return None;
                }
            }
            b'`' => {
                // Escaped JSON inside a string writes `\"`: backslashes may come first.
                let mut q = t;
                while q < text.len() && q - t < 4 && text[q] == b'\\' {
                    q += 1;
                }
                if q < text.len() && matches!(text[q], b'`' | b'\'' | b'"') {
                    t = q + 1;
                }
            }
            _ => {
                if t >= text.len() || text[t].to_ascii_lowercase() != want {
                    return None;
                }
                t += 1;
            }
        }
    }
    let last = n[n.len() - 1];
    if needle.bounded && is_word(last) && t < text.len() && is_word(text[t]) {
        return None;
    }
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(needles: &[(&'static str, bool)], text: &str) -> Vec<(usize, usize, usize)> {
        let index = Index::new(needles.iter().map(|&(text, bounded)| Needle { text, bounded }));
        let mut hits = Vec::new();
        index.scan(text, |n, s, e| hits.push((n, s, e)));
        hits
    }

    #[test]
    fn case_spaces_and_optional_quotes() {
        let hits = all(
            &[("invalid x-api-key", true), ("or for the `authorization` header", true)],
            "INVALID  X-API-KEY\nor for the\n   \"Authorization\" header",
        );
        assert_eq!(all(&[("is not valid json", true)], "is   not valid JSON").len(), 1);
        assert_eq!(hits, vec![(0, 0, 18), (1, 19, 55)]);
        assert_eq!(all(&[("or for the `authorization` header", true)], "or for the Authorization header").len(), 1);
        let json = &[("type`~:~`forbidden", true)];
        assert_eq!(all(json, r#"{\"type\":\"forbidden\"}"#).len(), 1);
        assert_eq!(all(json, "{\"type\":\"forbidden\"}").len(), 1);
        assert_eq!(all(json, "{'type': 'forbidden'}").len(), 1);
    }

    #[test]
    fn word_boundaries_only_where_asked() {
        assert!(all(&[("zed", true)], "authorized").is_empty());
        assert_eq!(all(&[("zed", true)], "in Zed: error").len(), 1);
        assert_eq!(all(&[("base_url", false)], "ANTHROPIC_BASE_URL=x").len(), 1);
    }
}
