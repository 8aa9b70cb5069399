//! Text that stands where a key should be: example text, variable references, empty values,
//! masked keys and Console hints. Families of these are recognised, not a fixed list.

use super::chars::is_mask_char;

/// What stands in for the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Stand {
    /// Example text (`your_api_key_here`, `<your-key>`, `sk-ant-xxxx`, `sk-ant-...`).
    Placeholder,
    /// A variable's name or a reference to it (`$ANTHROPIC_API_KEY`, `%X%`, `process.env.X`);
    /// the name, when one can be read.
    Variable(Option<String>),
    /// What code prints for a missing value (`undefined`, `null`, `None`, `""`); the word.
    Empty(String),
    /// A masked key or Console hint (`sk-ant-api03-R2D...igAA`, `••••`).
    Masked,
}

/// Words printed for a missing value.
const EMPTY_WORDS: [&str; 9] =
    ["undefined", "null", "none", "nil", "nan", "(null)", "<null>", "[object object]", "<empty>"];

/// Pieces of example text; looked for only in short values, where a random key is unlikely to
/// hold one by chance.
const WORDS: [&str; 20] = [
    "your",
    "here",
    "placeholder",
    "changeme",
    "replace",
    "insert",
    "example",
    "redacted",
    "dummy",
    "xxxx",
    "todo",
    "fixme",
    "enter",
    "paste",
    "sample",
    "fake",
    "mykey",
    "apikey",
    "secretkey",
    "test",
];

/// Whole values that are example text.
const EXACT: [&str; 16] = [
    "key", "token", "secret", "password", "pass", "foo", "bar", "foobar", "abc", "abc123", "123", "1234", "12345",
    "123456", "string", "value",
];

/// Markers of code that reads a variable: no key contains a dot, bracket or brace.
const VARIABLE_MARKERS: [&str; 9] = [
    "process.env",
    "os.environ",
    "getenv",
    "secrets.",
    "import.meta.env",
    "env::var",
    "getenvironmentvariable",
    "{{",
    "env[",
];

/// Values longer than this are not examined for words: a random key of that length holds a
/// four-letter word by chance too often.
const SHORT: usize = 40;

/// What `value` stands for, if it is not a key. `body_start` is where the part after a
/// recognised prefix begins (0 without one).
pub(super) fn recognise(value: &str, body_start: usize) -> Option<Stand> {
    let value = value.trim();
    if value.is_empty() {
        return Some(Stand::Empty(String::new()));
    }
    let body = value.get(body_start..).unwrap_or(value);
    if body_start > 0 && body.is_empty() {
        return Some(Stand::Placeholder);
    }
    if let Some(stand) = masked(body) {
        return Some(stand);
    }
    if value.len() > 200 || super::identity::ID_PREFIXES.iter().any(|(prefix, _)| value.starts_with(prefix)) {
        return None;
    }
    let lower = value.to_ascii_lowercase();
    if EMPTY_WORDS.contains(&lower.as_str()) {
        return Some(Stand::Empty(value.to_string()));
    }
    let sigil =
        value.starts_with('$') && value.len() > 1 || value.len() > 2 && value.starts_with('%') && value.ends_with('%');
    if sigil || VARIABLE_MARKERS.iter().any(|m| lower.contains(m)) {
        return Some(Stand::Variable(last_name(value)));
    }
    let invitation =
        ["your", "here", "placeholder", "example", "insert", "replace", "changeme", "dummy", "sample", "fake"]
            .iter()
            .any(|w| lower.contains(w));
    if body_start == 0 && is_variable_name(value) && !invitation {
        return Some(Stand::Variable(Some(value.to_string())));
    }
    example(value, body).then_some(Stand::Placeholder)
}

/// Masking characters in the body: a hint when some real characters remain visible, example
/// text when only dots do (`sk-ant-...`), a password field's dots when only bullets do.
fn masked(body: &str) -> Option<Stand> {
    let dots = body.contains("..") || body.contains('…') || body.contains('⋯');
    let bullets = body.chars().any(|c| is_mask_char(c) && c != '.' && c != '…' && c != '⋯');
    if !dots && !bullets {
        return None;
    }
    let visible = body.strip_prefix("sk-").unwrap_or(body).chars().filter(|c| c.is_ascii_alphanumeric());
    let letters: Vec<char> = visible.map(|c| c.to_ascii_lowercase()).collect();
    let only_x = letters.iter().all(|c| *c == 'x');
    Some(match (letters.is_empty(), only_x, bullets) {
        (true, _, true) => Stand::Masked,
        (_, true, _) => Stand::Placeholder,
        _ => Stand::Masked,
    })
}

/// Example text: bracketed, holding a telltale word, or a few characters repeated.
fn example(value: &str, body: &str) -> bool {
    let bracketed = [('<', '>'), ('[', ']'), ('{', '}'), ('(', ')')]
        .iter()
        .any(|(open, close)| value.len() > 2 && value.starts_with(*open) && value.ends_with(*close));
    if bracketed {
        return true;
    }
    let normal: String = body.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    if normal.len() <= SHORT && WORDS.iter().any(|w| normal.contains(w)) {
        return true;
    }
    if EXACT.contains(&normal.as_str()) {
        return true;
    }
    let mut distinct: Vec<char> = normal.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    normal.len() >= 4 && distinct.len() <= 2 || body.len() >= 4 && normal.is_empty()
}

/// `ANTHROPIC_API_KEY`, `api_key`: an identifier with an underscore that names a key or token.
fn is_variable_name(value: &str) -> bool {
    let identifier = value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let upper = value.to_ascii_uppercase();
    identifier
        && value.len() <= 64
        && value.contains('_')
        && (value == upper || value == value.to_ascii_lowercase())
        && ["KEY", "TOKEN", "SECRET"].iter().any(|w| upper.contains(w))
}

/// The last identifier in a reference: `ANTHROPIC_API_KEY` in `${{ secrets.ANTHROPIC_API_KEY }}`.
/// A name is only repeated back when it reads as one (`ANTHROPIC_API_KEY`, `anthropic_key`,
/// `apiKey`): a run of random letters and digits may be a piece of a key, and is not shown.
fn last_name(value: &str) -> Option<String> {
    if value.contains("sk-") {
        return None;
    }
    value
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .rfind(|part| part.len() >= 2 && !part.eq_ignore_ascii_case("env"))
        .filter(|name| reads_as_name(name))
        .map(|name| name.chars().take(40).collect())
}

/// One case throughout (`ANTHROPIC_API_KEY`, `claude_key`), or a mixed-case name without
/// digits that holds a word a credential's variable would (`apiKey`, `ClaudeToken`).
fn reads_as_name(name: &str) -> bool {
    let one_case = name == name.to_ascii_uppercase() || name == name.to_ascii_lowercase();
    let upper = name.to_ascii_uppercase();
    let worded = !name.bytes().any(|b| b.is_ascii_digit())
        && ["KEY", "TOKEN", "SECRET", "API", "ANTHROPIC", "CLAUDE"].iter().any(|w| upper.contains(w));
    one_case || worded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_of_placeholders() {
        for text in ["your_api_key_here", "<your-key>", "YOUR_ANTHROPIC_API_KEY", "[API KEY]", "xxxxxxxx", "changeme"] {
            assert_eq!(recognise(text, 0), Some(Stand::Placeholder), "{text}");
        }
        assert_eq!(recognise("sk-ant-xxxx", 7), Some(Stand::Placeholder));
        assert_eq!(recognise("sk-ant-...", 7), Some(Stand::Placeholder));
    }

    #[test]
    fn variables_and_empty_values() {
        assert_eq!(recognise("$ANTHROPIC_API_KEY", 0), Some(Stand::Variable(Some("ANTHROPIC_API_KEY".into()))));
        assert_eq!(recognise("${{ secrets.CLAUDE_KEY }}", 0), Some(Stand::Variable(Some("CLAUDE_KEY".into()))));
        assert_eq!(recognise("%ANTHROPIC_API_KEY%", 0), Some(Stand::Variable(Some("ANTHROPIC_API_KEY".into()))));
        assert_eq!(recognise("ANTHROPIC_API_KEY", 0), Some(Stand::Variable(Some("ANTHROPIC_API_KEY".into()))));
        assert_eq!(recognise("process.env.apiKey", 0), Some(Stand::Variable(Some("apiKey".into()))));
        // A run of random characters may be a piece of a key: the reference is named, not it.
        assert_eq!(recognise("{{C5p5RsGTcDQ}}", 0), Some(Stand::Variable(None)));
        assert_eq!(recognise("ask-proj--C5p5RsGTcDQ-{{", 0), Some(Stand::Variable(None)));
        assert_eq!(recognise("None", 0), Some(Stand::Empty("None".into())));
        assert_eq!(recognise("", 0), Some(Stand::Empty(String::new())));
    }

    #[test]
    fn masks_and_hints() {
        assert_eq!(recognise("sk-ant-api03-R2D...igAA", 13), Some(Stand::Masked));
        assert_eq!(recognise("••••••••", 0), Some(Stand::Masked));
        assert_eq!(recognise("sk-...abcd", 0), Some(Stand::Masked));
    }

    #[test]
    fn a_random_key_body_is_not_a_placeholder() {
        let body = "Qm9vbGVhbi1rZXktZXhhbXBsZS1mb3ItdGVzdHMtb25seS1ub3QtYS1yZWFsLWtleS0xMjM0NTY3ODkwYWJjZGVmZ2hpams";
        assert_eq!(recognise(&format!("sk-ant-api03-{body}"), 13), None);
    }
}
