//! Character classes of a paste: line breaks, spaces, quotes, invisible characters, look-alikes.

/// One visible character of the paste: its 1-based position, the character, and its ASCII twin
/// (`f`) when it is a look-alike (the character itself otherwise).
#[derive(Clone, Copy, Debug)]
pub(super) struct Ch {
    pub pos: usize,
    pub c: char,
    pub f: char,
}

/// Test input: each character at its 1-based position, unfolded.
#[cfg(test)]
pub(super) fn plain_chars(text: &str) -> Vec<Ch> {
    text.chars().enumerate().map(|(i, c)| Ch { pos: i + 1, c, f: c }).collect()
}

/// CR, LF and the other characters that end a line.
pub(super) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Spaces and tabs, including the no-break and other Unicode spaces, but not line breaks.
pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() && !is_line_break(c)
}

/// Whitespace of any kind.
pub(super) fn is_blank(c: char) -> bool {
    c.is_whitespace()
}

/// Straight, curly, back and full-width quotes.
pub(super) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\u{B4}' | '\u{2018}'
            ..='\u{201F}'
                | '\u{2032}'
                | '\u{2033}'
                | '\u{AB}'
                | '\u{BB}'
                | '\u{2039}'
                | '\u{203A}'
                | '\u{FF02}'
                | '\u{FF07}'
                | '\u{FF40}'
    )
}

/// Quotes that no shell or language treats as string delimiters: they end up inside the value.
pub(super) fn is_smart_quote(c: char) -> bool {
    is_quote(c) && !matches!(c, '"' | '\'' | '`')
}

/// Characters that take no space or are not meant to be seen: zero-width and other format
/// characters, controls, variation selectors, fillers. A key never holds one; they are dropped.
pub(super) fn is_invisible(c: char) -> bool {
    if c.is_control() {
        // Tab and the line breaks are reported as what they are.
        return !c.is_whitespace();
    }
    matches!(
        c,
        '\u{AD}'
            | '\u{34F}'
            | '\u{61C}'
            | '\u{115F}' | '\u{1160}'
            | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// The ASCII character a non-ASCII character passes for, if it is a look-alike.
pub(super) fn ascii_twin(c: char) -> Option<char> {
    let twin = match c {
        // Dashes and minus signs.
        '\u{2010}'..='\u{2015}'
        | '\u{2043}'
        | '\u{2212}'
        | '\u{2E3A}'
        | '\u{2E3B}'
        | '\u{FE58}'
        | '\u{FE63}'
        | '\u{2D7}' => '-',
        // Full-width ASCII.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0)?,
        // Cyrillic.
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'Ѕ' => 'S',
        'І' => 'I',
        'Ј' => 'J',
        'Ү' => 'Y',
        'Һ' => 'h',
        'Ԛ' => 'Q',
        'Ԝ' => 'W',
        'Ӏ' | 'ӏ' => 'l',
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'і' => 'i',
        'ј' => 'j',
        'һ' => 'h',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ь' => 'b',
        // Greek.
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        'α' => 'a',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'υ' => 'u',
        'χ' => 'x',
        // Latin letters that pass for plain ones.
        'ı' => 'i',
        'ȷ' => 'j',
        'ɡ' => 'g',
        'ℓ' => 'l',
        _ => return None,
    };
    Some(twin)
}

/// Characters of the key alphabet (base64url).
pub(super) fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Characters that mask part of a key in hints and settings screens.
pub(super) fn is_mask_char(c: char) -> bool {
    matches!(c, '.' | '…' | '*' | '•' | '●' | '·' | '∙' | '⋯' | '◦' | '⦁')
}

/// Characters that can belong to a key token as pasted: the alphabet, masks, `+` and `/` of
/// standard base64 (Bedrock keys; `=` padding is taken only at the end), and any other non-space, non-quote character
/// (a look-alike or stray symbol inside a key is reported, not a reason to cut the key).
pub(super) fn is_token_char(ch: &Ch) -> bool {
    let c = ch.f;
    if c.is_ascii() {
        is_key_char(c) || is_mask_char(c) || matches!(c, '+' | '/')
    } else {
        !is_blank(c) && !is_quote(c)
    }
}

/// A short name for a character that cannot be shown as itself: `[U+200B]`.
pub(super) fn code(c: char) -> String {
    format!("[U+{:04X}]", c as u32)
}

/// A plain-words name for a character class, for messages.
pub(super) fn describe(c: char) -> String {
    let what = match c {
        ' ' => return "a space".into(),
        '\t' => return "a tab".into(),
        '\n' => return "a line feed (LF)".into(),
        '\r' => return "a carriage return (CR)".into(),
        '\u{A0}' => "no-break space",
        '\u{AD}' => "soft hyphen",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => "direction mark",
        '\u{2060}' => "word joiner",
        '\u{FEFF}' => "byte-order mark (zero-width no-break space)",
        '\u{2013}' => "en dash",
        '\u{2014}' => "em dash",
        '\u{2010}' | '\u{2011}' => "Unicode hyphen",
        '\u{2212}' => "minus sign",
        '\u{3000}' => "full-width space",
        '\u{FF01}'..='\u{FF5E}' => "full-width character",
        '\u{0370}'..='\u{03FF}' => "Greek letter",
        '\u{0400}'..='\u{052F}' => "Cyrillic letter",
        c if c.is_control() => "control character",
        c if is_space(c) => "Unicode space",
        c if is_invisible(c) => "invisible character",
        c if is_line_break(c) => "line separator",
        _ => "non-ASCII character",
    };
    let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {what} {}", code(c))
}

/// How a character is shown in an excerpt.
pub(super) fn render(c: char) -> String {
    match c {
        ' ' => "␣".into(),
        '\t' => "⇥".into(),
        '\n' | '\r' => "⏎".into(),
        c if c.is_ascii_graphic() => c.to_string(),
        c if is_quote(c) => c.to_string(),
        c => code(c),
    }
}
