//! What the user gives for a local check, validated so it can be pasted into code safely: the
//! environment variable's name and, optionally, the hint Console shows for the key.

use crate::diagnose::report::is_credential_shaped;

/// The variable the SDKs read when none is named.
pub const DEFAULT_VARIABLE: &str = "ANTHROPIC_API_KEY";

/// Why the input cannot go into a local check.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SpecError {
    /// Not a variable name a shell accepts.
    #[error("“{0}” is not a variable name: use letters, digits and _, not starting with a digit (at most 64)")]
    BadVariable(String),
    /// Not in the form Console shows.
    #[error(
        "this is not a Console hint: it looks like sk-ant-api03-R2D...igAA (the prefix, 3 characters, ..., 4 characters)"
    )]
    BadHint,
    /// A whole key (or something shaped like one) where only its hint belongs. Never echoed.
    #[error(
        "this looks like a key, not its hint: it was not used, and the field was cleared. Type only what Console shows, e.g. sk-ant-api03-R2D...igAA"
    )]
    KeyInHint,
}

/// A validated request for local checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckSpec {
    variable: String,
    hint: Option<String>,
}

impl Default for CheckSpec {
    fn default() -> Self {
        CheckSpec { variable: DEFAULT_VARIABLE.to_string(), hint: None }
    }
}

impl CheckSpec {
    /// Validates the variable's name (blank: `ANTHROPIC_API_KEY`) and the Console hint (blank:
    /// none; `…` is accepted for `...`). Never echoes a rejected hint: it might be a key.
    pub fn new(variable: Option<&str>, hint: Option<&str>) -> Result<CheckSpec, SpecError> {
        let variable = match variable.map(str::trim).filter(|v| !v.is_empty()) {
            None => DEFAULT_VARIABLE.to_string(),
            Some(name) if is_variable_name(name) => name.to_string(),
            Some(name) => return Err(SpecError::BadVariable(name.chars().take(20).collect())),
        };
        let hint = match hint.map(str::trim).filter(|h| !h.is_empty()) {
            None => None,
            Some(text) if looks_like_key(text) => return Err(SpecError::KeyInHint),
            Some(text) => Some(console_hint(text).ok_or(SpecError::BadHint)?),
        };
        Ok(CheckSpec { variable, hint })
    }

    /// The environment variable the check reads.
    pub fn variable(&self) -> &str {
        &self.variable
    }

    /// The Console hint to compare with, normalized to `...`.
    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }
}

fn is_variable_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    name.len() <= 64
        && bytes.next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A key, or any long credential, rather than a hint being typed: no `...` / `…` in it, and as
/// long and shaped as a credential (a hint is at most 25 characters, and is typed with its `...`).
fn looks_like_key(text: &str) -> bool {
    !text.contains("...") && !text.contains('…') && text.chars().count() >= 24 && is_credential_shaped(text)
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// `sk-ant-[<letters><2 digits>-]XXX...YYYY`, with `...` or `…`, as Console writes it.
fn console_hint(text: &str) -> Option<String> {
    let rest = text.strip_prefix("sk-ant-")?;
    let (head, tail) = rest.split_once("...").or_else(|| rest.split_once('…'))?;
    let (segment, shown) = match head.len() {
        _ if !head.is_ascii() => return None,
        3 => ("", head),
        n if n > 4 => head.split_at(n - 3),
        _ => return None,
    };
    let segment_ok = segment.is_empty() || segment.strip_suffix('-').is_some_and(is_segment);
    let key_chars = |s: &str, n: usize| s.chars().count() == n && s.chars().all(is_key_char);
    (segment_ok && key_chars(shown, 3) && key_chars(tail, 4)).then(|| format!("sk-ant-{segment}{shown}...{tail}"))
}

/// A key segment: 2 to 8 small letters and two digits (`api03`, `admin01`, `oat01`).
fn is_segment(s: &str) -> bool {
    let letters = s.bytes().take_while(u8::is_ascii_lowercase).count();
    (2..=8).contains(&letters) && s.len() == letters + 2 && s.bytes().skip(letters).all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_are_normalized_and_checked() {
        let ok = |h: &str| CheckSpec::new(None, Some(h)).map(|s| s.hint().map(str::to_string));
        assert_eq!(ok(" sk-ant-api03-R2D…igAA "), Ok(Some("sk-ant-api03-R2D...igAA".into())));
        assert_eq!(ok("sk-ant-admin01-x_-...-9Zz"), Ok(Some("sk-ant-admin01-x_-...-9Zz".into())));
        assert_eq!(ok("sk-ant-R2D...igAA"), Ok(Some("sk-ant-R2D...igAA".into())));
        assert_eq!(ok(""), Ok(None));
        for bad in [
            "sk-ant-api03-R2D...igA",
            "sk-ant-api03-R2D...igAA'",
            "sk-ant-API03-R2D...igAA",
            "R2D...igAA",
            "sk-ant-api03-R2Dx...igAA",
            "sk-ant-éé...igAA",
        ] {
            assert_eq!(ok(bad), Err(SpecError::BadHint), "{bad}");
        }
    }

    #[test]
    fn a_key_in_the_hint_field_is_refused_and_never_echoed() {
        let key = format!("sk-ant-api03-{}AA", "R2Dx".repeat(23));
        for typed in
            [key.as_str(), " sk-ant-admin01-abcdefghijklmnopqrstuvwxyz ", "sk-proj-abcdefghijklmnopqrstuvwxyz0123"]
        {
            let refused = CheckSpec::new(None, Some(typed));
            assert_eq!(refused, Err(SpecError::KeyInHint), "{typed}");
            assert!(!SpecError::KeyInHint.to_string().contains(typed.trim()));
        }
        // Typing a hint character by character is never taken for a key.
        let hint = "sk-ant-admin01-x_-...-9Zz";
        for end in 1..=hint.len() {
            assert_ne!(CheckSpec::new(None, Some(&hint[..end])), Err(SpecError::KeyInHint), "{}", &hint[..end]);
        }
    }

    #[test]
    fn variables_are_shell_names() {
        assert_eq!(CheckSpec::new(Some("  "), None).unwrap().variable(), DEFAULT_VARIABLE);
        assert_eq!(CheckSpec::new(Some("MY_KEY_2"), None).unwrap().variable(), "MY_KEY_2");
        for bad in ["2KEY", "MY-KEY", "A B", "$KEY", "KEY;rm", "É"] {
            assert!(matches!(CheckSpec::new(Some(bad), None), Err(SpecError::BadVariable(_))), "{bad}");
        }
    }
}
