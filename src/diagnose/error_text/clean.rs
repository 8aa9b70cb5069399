//! A raw paste made plain, in one pass: ANSI colour and cursor codes removed (also the `[31m`
//! left when a copy lost the escape character, and the escaped `\x1b[`, `\u001b[`, `\033[`
//! forms of JSON logs), CRLF and lone CR made LF, control and invisible characters dropped,
//! Unicode spaces and terminal box-drawing padding made spaces (Claude Code's `⎿` stays: it
//! tells the source), bullets made `·`.

/// The cleaned text.
pub(super) struct Cleaned {
    pub text: String,
    /// Where each replacement starts in `text`.
    pub starts: Vec<usize>,
    /// Whether anything was dropped (rather than replaced by a space or a line break): only
    /// then can two stretches have joined into a new word.
    pub joined: bool,
}

/// The plain text of `raw`, with each of `replace` (byte ranges of `raw`, in order, not
/// overlapping) put in verbatim for its range; no escape sequence reaches into one.
pub(super) fn clean(raw: &str, replace: &[(usize, usize, &str)]) -> Cleaned {
    let mut out = String::with_capacity(raw.len());
    let mut starts = Vec::with_capacity(replace.len());
    let mut from = 0;
    let mut joined = false;
    for &(start, end, with) in replace {
        joined |= clean_into(&mut out, &raw[..start], from);
        starts.push(out.len());
        out.push_str(with);
        from = end;
    }
    joined |= clean_into(&mut out, raw, from);
    Cleaned { text: out, starts, joined }
}

/// Cleans `raw[from..]` onto `out`; whether anything was dropped.
fn clean_into(out: &mut String, raw: &str, from: usize) -> bool {
    let b = raw.as_bytes();
    let mut dropped = false;
    let mut i = from;
    while i < b.len() {
        let run = plain_run(b, i);
        if run > i {
            out.push_str(&raw[i..run]);
            i = run;
            continue;
        }
        let c = b[i];
        if c >= 0x80 {
            let ch = raw[i..].chars().next().unwrap_or(' ');
            match plain_char(ch) {
                Some(plain) => out.push(plain),
                None => dropped = true,
            }
            i += ch.len_utf8();
            continue;
        }
        let before = out.len();
        let at = i;
        i = match c {
            0x1B => after_escape(b, i),
            b'\r' => {
                out.push('\n');
                if b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 }
            }
            b'\\' => match written_escape(b, i) {
                Some(end) => end,
                None => {
                    out.push('\\');
                    i + 1
                }
            },
            b'[' => match sgr_end(b, i + 1) {
                Some(end) => end,
                None => {
                    out.push('[');
                    i + 1
                }
            },
            _ => i + 1,
        };
        dropped |= c != b'\r' && out.len() - before < i - at;
        // An escape sequence cut short may end inside a character: resume at the next one.
        while !raw.is_char_boundary(i) {
            i += 1;
        }
    }
    dropped
}

/// Bytes that stay as they are: printable ASCII but `[` and `\`, tabs and line feeds.
static PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(i as u8, b' '..=b'Z' | b']'..=b'~' | b'\t' | b'\n');
        i += 1;
    }
    table
};

/// The end of a run of bytes that stay as they are.
fn plain_run(b: &[u8], from: usize) -> usize {
    from + b[from..].iter().take_while(|&&c| PLAIN[usize::from(c)]).count()
}

/// What a non-ASCII character becomes: `None` to drop it.
fn plain_char(ch: char) -> Option<char> {
    match ch {
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' => None,
        c if c.is_control() => None,
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{2028}' | '\u{2029}' => {
            Some(if matches!(ch, '\u{2028}' | '\u{2029}') { '\n' } else { ' ' })
        }
        '\u{2500}'..='\u{257F}' | '\u{258F}' | '\u{2595}' => Some(' '),
        '•' | '∙' | '・' | '‧' | '⋅' => Some('·'),
        c => Some(c),
    }
}

/// After an escape sequence starting with ESC at `at`: CSI (`ESC [ … final`), OSC (`ESC ] …`
/// up to BEL or `ESC \`), or a two-byte sequence.
fn after_escape(b: &[u8], at: usize) -> usize {
    match b.get(at + 1) {
        Some(b'[') => csi_end(b, at + 2).unwrap_or(at + 2),
        Some(b']') => {
            let limit = (at + 512).min(b.len());
            let mut j = at + 2;
            while j < limit {
                if b[j] == 0x07 {
                    return j + 1;
                }
                if b[j] == 0x1B && b.get(j + 1) == Some(&b'\\') {
                    return j + 2;
                }
                j += 1;
            }
            j
        }
        // A two-byte sequence ends in a final byte; a lone ESC before anything else is dropped alone.
        Some(c) if (0x30..=0x7E).contains(c) => at + 2,
        _ => at + 1,
    }
}

/// The end of a CSI sequence's parameters, intermediates and final byte starting at `from`.
fn csi_end(b: &[u8], from: usize) -> Option<usize> {
    let mut j = from;
    while j < b.len() && j - from < 32 && (0x20..=0x3F).contains(&b[j]) {
        j += 1;
    }
    (j < b.len() && (0x40..=0x7E).contains(&b[j])).then_some(j + 1)
}

/// `[31m`, `[0;1m`: a colour code whose escape character was lost; `from` is after the `[`.
fn sgr_end(b: &[u8], from: usize) -> Option<usize> {
    let mut j = from;
    while j < b.len() && j - from < 16 && (b[j].is_ascii_digit() || b[j] == b';') {
        j += 1;
    }
    (j > from && b[from].is_ascii_digit() && b.get(j) == Some(&b'm')).then_some(j + 1)
}

/// A colour code written out as an escape (`\x1b[31m`, `\u001b[0m`, `\033[1m`, `\e[0m`) at `at`.
fn written_escape(b: &[u8], at: usize) -> Option<usize> {
    let rest = &b[at + 1..];
    let forms: [&[u8]; 4] = [b"x1b[", b"u001b[", b"033[", b"e["];
    let form = forms.iter().find(|f| rest.len() >= f.len() && rest[..f.len()].eq_ignore_ascii_case(f))?;
    csi_end(b, at + 1 + form.len())
}

#[cfg(test)]
mod tests {
    fn clean(raw: &str) -> String {
        super::clean(raw, &[]).text
    }

    #[test]
    fn removes_colour_codes_in_every_form() {
        let raw =
            "\u{1b}[31mError\u{1b}[0m: [1m401[0m \\x1b[33mwarn\\u001b[0m \u{1b}]8;;http://x\u{7}link\u{1b}]8;;\u{7}";
        assert_eq!(clean(raw), "Error: 401 warn link");
    }

    #[test]
    fn line_ends_spaces_padding_and_invisibles() {
        let raw = "a\r\nb\rc\u{a0}d\u{200b}e │ f ╰─ g • h";
        assert_eq!(clean(raw), "a\nb\nc de   f    g · h");
    }

    #[test]
    fn an_escape_cut_short_resumes_at_a_character() {
        let raw = format!("\u{1b}]8;;{}é done", "x".repeat(509));
        assert!(clean(&raw).ends_with(" done"));
    }

    #[test]
    fn replacements_go_in_verbatim_and_escapes_stop_at_them() {
        let raw = "a\u{1b}[=sk-x b\r\n";
        let cleaned = super::clean(raw, &[(4, 8, "[key]")]);
        assert_eq!(cleaned.text, "a=[key] b\n");
        assert_eq!(cleaned.starts, vec![2]);
        assert!(cleaned.joined);
        assert!(!super::clean("a\r\nb\u{a0}c │", &[]).joined);
    }

    #[test]
    fn keeps_brackets_and_backslashes_that_are_text() {
        assert_eq!(clean(r"list[0] and C:\path [m] \n"), r"list[0] and C:\path [m] \n");
    }
}
