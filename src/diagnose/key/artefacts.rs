//! The wording of paste-artefact findings: what is wrong, where, and what to do.

use super::chars::{describe, is_smart_quote};
use super::findings::{Marks, article, excerpt, finding};
use super::wrappers::Assignment;
use super::{Family, Finding, FindingKind as K, Severity};

const RECOPY: &str = "Do not fix it by hand: copy the key again from where it was created or stored (Claude Console shows a key only once; your password manager or secret store), not from a document, email or chat. If you no longer have the original, create a new key in Claude Console › Settings › API keys.";

/// A finding about single characters, with the excerpt around the first one.
fn at_chars(kind: K, severity: Severity, marks: &Marks, all: &[char], message: String, action: &str) -> Finding {
    let excerpt = marks.list.first().and_then(|pos| excerpt(all, *pos));
    finding(kind, severity, marks.list.clone(), excerpt, message, action)
}

/// Spaces before the key.
pub(super) fn leading(marks: &Marks, all: &[char]) -> Finding {
    let message = format!("{} before the key, at {}.", spaces(marks), marks.at());
    at_chars(
        K::LeadingWhitespace,
        Severity::Blocks,
        marks,
        all,
        message,
        "Remove it: a key starts directly with its first character. In a .env file, make sure nothing stands between = and the key.",
    )
}

/// Spaces after the key.
pub(super) fn trailing(marks: &Marks, all: &[char]) -> Finding {
    let message = format!("{} after the key, at {}.", spaces(marks), marks.at());
    at_chars(
        K::TrailingWhitespace,
        Severity::Blocks,
        marks,
        all,
        message,
        "Remove it: most programs send the key exactly as written, trailing spaces included.",
    )
}

/// Spaces inside the key.
pub(super) fn inner(marks: &Marks, all: &[char]) -> Finding {
    let message = format!("{} inside the key, at {}. A key has no spaces.", spaces(marks), marks.at());
    at_chars(
        K::InnerWhitespace,
        Severity::Blocks,
        marks,
        all,
        message,
        "Remove it so the key is one unbroken string. If you are not sure nothing else was lost, copy the key again.",
    )
}

fn spaces(marks: &Marks) -> String {
    match marks.first {
        None => String::new(),
        Some(c) if marks.total == 1 => capitalized(&describe(c)),
        Some(' ') => format!("{} spaces", marks.total),
        Some(c) => format!("{} spaces (the first is {})", marks.total, describe(c)),
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Line breaks anywhere.
pub(super) fn line_breaks(marks: &Marks, all: &[char]) -> Finding {
    let noun = if marks.total == 1 { "Line break" } else { "Line breaks" };
    let message =
        format!("{noun} at {}. A key is one line; a line break in or after it breaks the request.", marks.at());
    at_chars(
        K::LineBreak,
        Severity::Blocks,
        marks,
        all,
        message,
        "Remove the line breaks. If the key is read from a file, strip the trailing newline (.strip() in Python, .trim() in JavaScript); if it was split across lines, join the parts with nothing between them.",
    )
}

/// Quote marks around or inside the key.
pub(super) fn quotes(marks: &Marks, all: &[char], inside: bool) -> Finding {
    let smart = marks.first.is_some_and(is_smart_quote);
    let mut message = match marks.total {
        1 => format!("A quote mark at {} is not part of the key", marks.at()),
        _ => format!("Quote marks at {} are not part of the key", marks.at()),
    };
    message.push_str(if inside { ", and some are inside it." } else { "." });
    if smart {
        message.push_str(" Curly quotes come from word processors, notes and chat apps; no program strips them, so they become part of the key.");
    }
    at_chars(
        K::Quotes,
        Severity::Blocks,
        marks,
        all,
        message,
        "Remove the quotes. Straight quotes around the value in a .env file or in code are fine there; quotes that end up inside the value are not.",
    )
}

/// `Bearer ` before the key.
pub(super) fn bearer(pos: usize) -> Finding {
    finding(
        K::BearerPrefix,
        Severity::Blocks,
        vec![pos],
        None,
        format!(
            "The text has “Bearer ” at character {pos}. That word belongs to an Authorization header, not to the key."
        ),
        "Remove “Bearer ”: the key is only the part after it. Give the SDK the key alone (for example in `ANTHROPIC_API_KEY`) and it builds the header itself: `Authorization: Bearer` from Python ≥ 2.0 and TypeScript ≥ 1.0, `x-api-key` from older versions and Claude Code.",
    )
}

/// A header name before the key.
pub(super) fn header(pos: usize, name: &str) -> Finding {
    let message = if name == "-H" {
        format!("The text is part of a curl command (the -H option at character {pos}); only the value is the key.")
    } else {
        format!("The text has the header name “{name}:” at character {pos}; only the value after it is the key.")
    };
    let action = if name == "Authorization" {
        "Paste only the value. In hand-written calls, an API key goes in `x-api-key` with `anthropic-version: 2023-06-01`, or in `Authorization: Bearer` only with `anthropic-version: 2026-10-21` (as Python ≥ 2.0 and TypeScript ≥ 1.0 send it)."
    } else {
        "Paste only the value after the colon."
    };
    finding(K::HeaderPrefix, Severity::Blocks, vec![pos], None, message, action)
}

/// A variable assignment around the key.
pub(super) fn assignment(a: &Assignment, family: Family) -> Finding {
    let written = match (a.shell, a.name.is_empty()) {
        (Some("$env:"), false) => format!("$env:{}{}", a.name, a.sep),
        (Some(shell), false) => format!("{shell} {}{}", a.name, a.sep),
        (Some(shell), true) => shell.to_string(),
        (None, _) => format!("{}{}", a.name, a.sep),
    };
    let message = format!(
        "The text has a variable assignment (“{written}…”, from character {}), copied from a shell, a .env file or code. Only the value is the key.",
        a.pos
    );
    let mut action = String::from(
        "Paste only the value. In the file itself the line is fine, as long as the program that needs the key really reads it.",
    );
    let name = a.name.to_ascii_uppercase();
    if family == Family::AnthropicApiKey && name == "ANTHROPIC_AUTH_TOKEN" {
        action.push_str(" But note: `ANTHROPIC_AUTH_TOKEN` is meant for OAuth tokens and gateways; an API key belongs in `ANTHROPIC_API_KEY`.");
    } else if family == Family::AnthropicApiKey && name == "CLAUDE_CODE_OAUTH_TOKEN" {
        action.push_str(" But note: `CLAUDE_CODE_OAUTH_TOKEN` is for subscription OAuth tokens; an API key belongs in `ANTHROPIC_API_KEY`.");
    }
    finding(K::EnvAssignment, Severity::Blocks, vec![a.pos], None, message, action)
}

/// `,`, `;` or `.` after the key.
pub(super) fn punctuation(marks: &Marks, all: &[char]) -> Finding {
    let message = format!("Punctuation after the key, at {}, is not part of it.", marks.at());
    at_chars(
        K::TrailingPunctuation,
        Severity::Blocks,
        marks,
        all,
        message,
        "Remove it. In JSON or code, keep the comma outside the quotes.",
    )
}

/// Other text before or after the key (`pos` is where it starts).
pub(super) fn surrounding(pos: usize, chars: usize, after: bool) -> Finding {
    let (side, range) = if after {
        ("after", format!("from character {pos}"))
    } else {
        ("before", format!("characters {pos}–{}", pos + chars - 1))
    };
    finding(
        K::SurroundingText,
        Severity::Blocks,
        vec![pos],
        None,
        format!("There is other text {side} the key ({range})."),
        "Paste only the key itself, nothing around it.",
    )
}

/// Zero-width and other invisible characters.
pub(super) fn invisible(marks: &Marks, all: &[char]) -> Finding {
    let message = format!(
        "{}. They cannot be seen, but they are part of the text and no key contains them.",
        counted(marks, "invisible character")
    );
    at_chars(
        K::Invisible,
        Severity::Blocks,
        marks,
        all,
        message,
        "Remove them. They come from copying out of web pages, documents and chat apps; next time copy the key from Claude Console or your password manager directly.",
    )
}

/// Characters that look like ASCII but are not.
pub(super) fn look_alike(marks: &Marks, all: &[char]) -> Finding {
    let message = format!(
        "{}: only look-alikes of the letters, digits or dashes a key holds, so the key cannot match. This happens when a key passes through a word processor, a translator or a chat app.",
        counted(marks, "look-alike character")
    );
    at_chars(K::LookAlike, Severity::Blocks, marks, all, message, RECOPY)
}

/// Other non-ASCII characters inside the key.
pub(super) fn non_ascii(marks: &Marks, all: &[char]) -> Finding {
    let message =
        format!("{}: keys hold only plain ASCII letters, digits, - and _.", counted(marks, "non-ASCII character"));
    at_chars(K::NonAscii, Severity::Blocks, marks, all, message, RECOPY)
}

/// The same key more than once.
pub(super) fn doubled(copies: usize, second: usize) -> Finding {
    finding(
        K::Doubled,
        Severity::Blocks,
        vec![second],
        None,
        format!("The same key was pasted {copies} times; the second copy starts at character {second}."),
        "Keep one copy. If your .env file or settings hold it twice, fix it there too.",
    )
}

/// Prefix in the wrong case; `whole` when the rest of the key seems changed too.
pub(super) fn wrong_case(pos: usize, written: &str, canonical: &str, whole: bool) -> Finding {
    let mut message = format!("The prefix is written “{written}”, but keys start with “{canonical}” in small letters.");
    let action = if whole {
        message.push_str(
            " The whole key seems to be in capitals, so its original mix of capitals and small letters is lost.",
        );
        "Copy the key again from where it was created (or create a new one), and check that nothing on the way, such as a form, spreadsheet or script, changes its letters."
    } else {
        "Write the prefix in small letters and leave the rest exactly as it is: capitals and small letters differ in a key."
    };
    finding(K::WrongCase, Severity::Blocks, vec![pos], None, message, action)
}

/// Underscores in the prefix.
pub(super) fn underscores(pos: usize, written: &str, canonical: &str) -> Finding {
    finding(
        K::Underscores,
        Severity::Blocks,
        vec![pos],
        None,
        format!("The prefix is written “{written}” with underscores; keys start with “{canonical}”, with dashes."),
        "Use dashes in the prefix and leave the rest exactly as it is (the rest may hold underscores).",
    )
}

/// Characters outside the key alphabet.
pub(super) fn bad_characters(marks: &Marks, all: &[char]) -> Finding {
    let message =
        format!("{}: keys hold only letters, digits, - and _.", counted(marks, "character outside the key alphabet"));
    at_chars(
        K::BadCharacters,
        Severity::Likely,
        marks,
        all,
        message,
        "Copy the key again from where it was created or stored.",
    )
}

/// "An invisible character at character 17 (a zero-width space [U+200B])", or with a count
/// and "the first is" for several.
fn counted(marks: &Marks, noun: &str) -> String {
    let first = marks.first.map(describe).unwrap_or_default();
    if marks.total == 1 {
        capitalized(&format!("{} {noun} at {} ({first})", article(noun), marks.at()))
    } else {
        format!("{} {noun}s at {} (the first is {first})", marks.total, marks.at())
    }
}

/// Every letter after a correct prefix in the same case: something changed the key's letters.
pub(super) fn case_lost(pos: usize, upper: bool) -> Finding {
    let case = if upper { "capitals" } else { "small letters" };
    finding(
        K::WrongCase,
        Severity::Likely,
        vec![pos],
        None,
        format!(
            "Every letter of the key is in {case}; real keys mix capitals and small letters, so something may have changed it."
        ),
        "Copy the key again from where it was created (or create a new one), and check that nothing on the way, such as a form, spreadsheet or script, changes its letters.",
    )
}
