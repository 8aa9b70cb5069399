//! The shape of the pattern table: each row is a needle (lower-case; see `matcher` for what a
//! space and a backtick stand for) and what finding it means: a cause and how strong that
//! evidence is, the SDK or tool that prints it, the version range its wording shows, another
//! provider, or a field to read there. The rows live in the `table_*` files, one area each.

use super::cause::ErrorCause;
use super::matcher::{Index, Needle};
use super::source::{OtherProvider, Source};
use super::version::Version;
use super::{table_api, table_claude_code, table_sdk, table_signs};

use std::sync::OnceLock;

/// How strongly a text points to its cause. The strongest clue in a text decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Strength {
    /// A user interface's own words (`Invalid API key`) or a bare status: a last resort.
    Weak = 1,
    /// A warning about the set-up, printed before the failure.
    Warning,
    /// A generic exception class (`AuthenticationError`, `InternalServerError`).
    Generic,
    /// The API's `error.type` (`authentication_error`, `overloaded_error`).
    Type,
    /// An exception class named after the cause.
    Class,
    /// The exact message of the API, an SDK or a tool.
    Message,
    /// The API's `error.details.error_code`: beats any wording.
    Code,
}

/// How a status code is printed: which SDK and version the rendering shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rendering {
    /// Python: `Error code: 401 - {…}`.
    PythonDict,
    /// TypeScript: `Error: 401 {…}` (before 1.6) or `AuthenticationError: 401 {…}` (1.6+).
    TypeScript,
    /// Go: `POST "https://…": 401 Unauthorized (Request-ID: …)`, read from the reason phrase.
    Go,
    /// Java: `UnauthorizedException: 401: {…}`.
    Java,
    /// C#: `Status Code: Unauthorized`.
    CSharp,
    /// Claude Code: `API Error: 401 …`.
    ClaudeCode,
    /// HTTP itself or a generic log: `HTTP/1.1 401`, `status: 401`, `401 Unauthorized`.
    Http,
    /// A reason phrase (`Unauthorized`) with the number before it.
    Reason,
    /// A status leading an error body: `401 {…}`.
    Leading,
}

/// A value to read where the needle is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Field {
    /// An organization UUID after a header or variable name.
    OrgId,
    /// A URL after a base-URL setting.
    BaseUrl,
    /// A URL on its own (kept if it names an API path on a non-Anthropic host).
    Url,
    /// A Claude model id.
    Model,
    /// An exact SDK release (`anthropic==2.3.1`, `@anthropic-ai/sdk@1.2.0`).
    Release(Source),
    /// An HTTP status code.
    Status(Rendering),
    /// The API's `error.message`, read as a key's value.
    Message,
    /// Where the needle matches, it is the API's whole `error.message` (quoted bare, in prose).
    MessageIs,
    /// Where the needle matches, the API's `error.message` starts and runs to its closing quote
    /// or the end of the line.
    MessageFrom,
    /// The API's `error.type`, read as a key's value.
    Type,
    /// An `error.type` name on its own (`HTTP 401 authentication_error: …`).
    TypeName,
    /// The API's `error.details.error_code`.
    ErrorCode,
    /// A request id.
    RequestId,
}

/// One row of the table.
#[derive(Clone, Copy, Debug)]
pub(super) struct Pattern {
    /// What to look for.
    pub needle: &'static str,
    /// Match inside words too.
    pub anywhere: bool,
    /// The cause it points to and how strongly.
    pub clue: Option<(ErrorCause, Strength)>,
    /// The SDK or tool that prints it, and how specific the sign is.
    pub source: Option<(Source, u8)>,
    /// The version range its wording shows.
    pub version: Option<Version>,
    /// Another provider: its own error (`true`) or a mere mention of it.
    pub provider: Option<(OtherProvider, bool)>,
    /// A value to read there.
    pub field: Option<Field>,
    /// The text is about Anthropic: generic clues count only in such a text.
    pub anthropic: bool,
}

/// The rank of a weak sign of a source (a Python traceback, a Node stack).
pub(super) const HINT_RANK: u8 = 12;
/// The rank of a sign of claude-code-action: the CI run is the source, even of Claude Code's
/// own messages.
pub(super) const CI_ACTION: u8 = 60;
/// The rank of a mere mention of Claude Code in prose: a label, never enough to read the
/// error as Claude Code's.
pub(super) const MENTION_RANK: u8 = 14;

const fn row(needle: &'static str) -> Pattern {
    Pattern {
        needle,
        anywhere: false,
        clue: None,
        source: None,
        version: None,
        provider: None,
        field: None,
        anthropic: false,
    }
}

const fn clue(needle: &'static str, cause: ErrorCause, strength: Strength, anthropic: bool) -> Pattern {
    Pattern { clue: Some((cause, strength)), anthropic, ..row(needle) }
}

/// `error.details.error_code`, Anthropic's own.
pub(super) const fn code(needle: &'static str, cause: ErrorCause) -> Pattern {
    clue(needle, cause, Strength::Code, true)
}

/// A message only Anthropic's API, SDKs or tools print.
pub(super) const fn api(needle: &'static str, cause: ErrorCause) -> Pattern {
    clue(needle, cause, Strength::Message, true)
}

/// A message other software prints too: it counts in a text about Anthropic.
pub(super) const fn said(needle: &'static str, cause: ErrorCause) -> Pattern {
    clue(needle, cause, Strength::Message, false)
}

/// An exception class of Anthropic's SDKs named after the cause.
pub(super) const fn class(needle: &'static str, cause: ErrorCause) -> Pattern {
    clue(needle, cause, Strength::Class, true)
}

/// A generic exception class, or a word most errors of its kind hold.
pub(super) const fn kind(needle: &'static str, cause: ErrorCause) -> Pattern {
    clue(needle, cause, Strength::Generic, false)
}

/// An `error.type` of the API (other APIs use some of the same names).
pub(super) const fn typed(needle: &'static str, cause: ErrorCause) -> Pattern {
    clue(needle, cause, Strength::Type, false)
}

/// A set-up warning of Anthropic's SDKs or tools.
pub(super) const fn warn(needle: &'static str, cause: ErrorCause) -> Pattern {
    clue(needle, cause, Strength::Warning, true)
}

/// A user interface's own words.
pub(super) const fn ui(needle: &'static str, cause: ErrorCause) -> Pattern {
    clue(needle, cause, Strength::Weak, false)
}

/// A sure sign of the SDK or tool.
pub(super) const fn src(needle: &'static str, source: Source) -> Pattern {
    Pattern { source: Some((source, source.rank())), ..row(needle) }
}

/// A weak sign of an SDK's language (a Python traceback, a Node stack).
pub(super) const fn hint(needle: &'static str, source: Source) -> Pattern {
    Pattern { source: Some((source, HINT_RANK)), ..row(needle) }
}

/// A version fingerprint on its own.
pub(super) const fn ver(needle: &'static str, version: Version) -> Pattern {
    Pattern { version: Some(version), ..row(needle) }
}

/// Another provider's own error.
pub(super) const fn other(needle: &'static str, provider: OtherProvider) -> Pattern {
    Pattern {
        clue: Some((ErrorCause::OtherProviderError, Strength::Message)),
        provider: Some((provider, true)),
        ..row(needle)
    }
}

/// A mention of another provider (its host, its package).
pub(super) const fn host(needle: &'static str, provider: OtherProvider) -> Pattern {
    Pattern { provider: Some((provider, false)), ..row(needle) }
}

/// A word that shows the text is about Anthropic.
pub(super) const fn about(needle: &'static str) -> Pattern {
    Pattern { anthropic: true, ..row(needle) }
}

/// A word only a rule reads (a credential named by its kind): no meaning in the table itself.
pub(super) const fn word(needle: &'static str) -> Pattern {
    row(needle)
}

/// A value to read.
pub(super) const fn field(needle: &'static str, field: Field) -> Pattern {
    Pattern { field: Some(field), ..row(needle) }
}

impl Pattern {
    /// Printed by this SDK or tool.
    pub const fn from(self, source: Source) -> Pattern {
        Pattern { source: Some((source, source.rank())), ..self }
    }

    /// Its wording shows this version range.
    pub const fn shows(self, version: Version) -> Pattern {
        Pattern { version: Some(version), ..self }
    }

    /// It shows the text is about Anthropic.
    pub const fn anthropic(self) -> Pattern {
        Pattern { anthropic: true, ..self }
    }

    /// It also names another provider (the clue counts without Anthropic, the provider does).
    pub const fn mentions(self, provider: OtherProvider) -> Pattern {
        Pattern { provider: Some((provider, false)), ..self }
    }

    /// It matches inside words too.
    pub const fn anywhere(self) -> Pattern {
        Pattern { anywhere: true, ..self }
    }

    /// A value is read there too.
    pub const fn reads(self, field: Field) -> Pattern {
        Pattern { field: Some(field), ..self }
    }

    /// The needle is the API's whole message.
    pub const fn is_message(self) -> Pattern {
        self.reads(Field::MessageIs)
    }

    /// The API's message starts with the needle.
    pub const fn starts_message(self) -> Pattern {
        self.reads(Field::MessageFrom)
    }

    /// A sign of the source of this rank (a weak or a very specific one).
    pub const fn ranked(self, source: Source, rank: u8) -> Pattern {
        Pattern { source: Some((source, rank)), ..self }
    }

    fn as_needle(&self) -> Needle {
        Needle { text: self.needle, bounded: !self.anywhere }
    }
}

/// Every row of the table, in order: API, SDKs, Claude Code, then signs of sources and fields.
pub(super) fn table() -> &'static [Pattern] {
    static TABLE: OnceLock<Vec<Pattern>> = OnceLock::new();
    TABLE.get_or_init(|| [table_api::ROWS, table_sdk::ROWS, table_claude_code::ROWS, table_signs::ROWS].concat())
}

/// The index of [`table`].
pub(super) fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(table().iter().map(Pattern::as_needle)))
}

/// The rows read around the winning clue only (values, statuses, request ids).
pub(super) fn window_table() -> &'static [Pattern] {
    table_signs::WINDOW
}

/// The index of [`window_table`].
pub(super) fn window_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(window_table().iter().map(Pattern::as_needle)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needles_are_lower_case_and_start_plainly() {
        for p in table().iter().chain(window_table()) {
            assert_eq!(p.needle, p.needle.to_lowercase(), "needle {:?} must be lower case", p.needle);
            let b = p.needle.as_bytes();
            let head = super::super::matcher::HEAD;
            let plain = b.len() >= head && b[0] != b' ' && !b[..head].iter().any(|c| matches!(c, b'`' | b'~'));
            assert!(plain, "{:?} must start with {head} plain bytes", p.needle);
            assert!(!p.needle.ends_with(' '), "{:?} ends with a space", p.needle);
        }
    }
}
