//! The Console-style hint of an `sk-ant-` key: prefix, first three and last four characters,
//! the form the Admin API's `partial_key_hint` uses (`sk-ant-api03-R2D...igAA`).

/// The hint of `key`, whose prefix (through the segment's dash) is `prefix_len` characters long.
/// `None` when the rest is too short to hide anything, or when a shown character is not ASCII
/// (a look-alike there would not match what Console shows).
pub(super) fn of(key: &str, prefix_len: usize) -> Option<String> {
    let prefix = key.get(..prefix_len).filter(|p| p.is_ascii())?;
    let body: Vec<char> = key.get(prefix_len..)?.chars().collect();
    if body.len() < 8 {
        return None;
    }
    let head = &body[..3];
    let tail = &body[body.len() - 4..];
    if !head.iter().chain(tail).all(char::is_ascii) {
        return None;
    }
    Some(format!("{prefix}{}...{}", String::from_iter(head), String::from_iter(tail)))
}

/// The first part of the hint (`sk-ant-api03-R2D`), which stays right when the end is cut off.
pub(super) fn start_of(key: &str, prefix_len: usize) -> Option<&str> {
    let end = prefix_len + 3;
    key.get(..end).filter(|start| start.is_ascii() && key.len() > end)
}

/// `text` itself in the hint form (`sk-ant-<segment>-XXX...YYYY`, with `...` or `…`), as
/// a hint should be written.
pub(super) fn as_console_hint(text: &str, prefix_len: usize) -> Option<String> {
    let prefix = text.get(..prefix_len)?;
    let body = text.get(prefix_len..)?;
    let (head, tail) = body.split_once("...").or_else(|| body.split_once('…'))?;
    let key_chars =
        |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    (prefix.ends_with('-') && key_chars(head, 3) && key_chars(tail, 4)).then(|| format!("{prefix}{head}...{tail}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hint_has_prefix_three_and_four() {
        let key = format!("sk-ant-api03-R2D{}igAA", "x".repeat(89));
        assert_eq!(of(&key, 13).as_deref(), Some("sk-ant-api03-R2D...igAA"));
        assert_eq!(start_of(&key, 13), Some("sk-ant-api03-R2D"));
    }

    #[test]
    fn too_short_bodies_have_no_hint() {
        assert_eq!(of("sk-ant-api03-abcdefg", 13), None);
        assert_eq!(of("sk-ant-api03-", 13), None);
    }

    #[test]
    fn hint_form_is_recognised() {
        assert_eq!(as_console_hint("sk-ant-api03-R2D…igAA", 13).as_deref(), Some("sk-ant-api03-R2D...igAA"));
        assert_eq!(as_console_hint("sk-ant-api03-R2D...igA", 13), None);
    }
}
