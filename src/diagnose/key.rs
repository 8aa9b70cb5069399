//! Key classification and paste-artefact findings: what a pasted credential is and what is wrong with it.
//!
//! [`check`] is a pure function from the pasted text to a [`KeyReport`]. It never panics, runs in
//! time linear in the input, and never puts the whole key into a message: excerpts hold at most
//! four characters around a problem. The rules live in the submodules, one idea per file.

mod anatomy;
mod artefacts;
mod chars;
mod extract;
mod family;
mod findings;
mod hint;
mod identity;
mod joins;
mod large;
mod placeholder;
mod report;
mod spans;
mod verdict;
mod wrappers;

pub use spans::{KeySpan, find_keys};

/// Another provider whose key people paste by mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    /// OpenAI: `sk-proj-`, `sk-svcacct-`, `sk-admin-`, or a legacy `sk-…T3BlbkFJ…` key.
    OpenAi,
    /// A Google API key (Gemini, Maps, …): `AIza…`.
    Google,
    /// An AWS access key ID: `AKIA`, `ASIA`, `ABIA` or `ACCA` and 16 capitals or digits.
    AwsAccessKey,
    /// An Amazon Bedrock API key: `ABSK…` (long-lived) or `bedrock-api-key-…` (short-lived).
    BedrockApiKey,
    /// OpenRouter: `sk-or-v1-…`.
    OpenRouter,
    /// Groq: `gsk_…`.
    Groq,
    /// xAI (Grok): `xai-…`.
    Xai,
    /// Perplexity: `pplx-…`.
    Perplexity,
    /// Hugging Face access token: `hf_…`.
    HuggingFace,
    /// GitHub token: `ghp_…`, `github_pat_…` and the other `gh?_` forms.
    GitHub,
    /// A bare `sk-` and 32 hexadecimal characters, the shape DeepSeek and several others use.
    DeepSeekLike,
}

/// What kind of credential the pasted text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Nothing pasted, or only whitespace.
    Empty,
    /// A standard Claude API key, `sk-ant-api03-…`.
    AnthropicApiKey,
    /// An Admin API key, `sk-ant-admin01-…`.
    AnthropicAdminKey,
    /// A claude.ai Compliance Access Key, `sk-ant-api01-…`.
    AnthropicComplianceKey,
    /// A Claude subscription OAuth access token, `sk-ant-oat01-…`.
    AnthropicOauthToken,
    /// A Claude subscription OAuth refresh token, `sk-ant-ort01-…`.
    AnthropicRefreshToken,
    /// A claude.ai session cookie value, `sk-ant-sid01-…`.
    AnthropicSessionCookie,
    /// `sk-ant-` with a segment Key Doctor does not know.
    AnthropicOther,
    /// Another provider's key.
    OtherProvider(Provider),
    /// Example text, a variable reference or an empty value instead of a key.
    Placeholder,
    /// A masked key or a Console hint such as `sk-ant-api03-R2D...igAA`.
    MaskedHint,
    /// Text that matches no known key format.
    Unrecognized,
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The text as pasted cannot work as a key: something must be removed, fixed or replaced.
    Blocks,
    /// Probably wrong, judged by heuristics (length, suffix, alphabet) that Anthropic does not publish.
    Likely,
    /// Worth knowing; not a problem by itself.
    Note,
}

impl Severity {
    /// The label shown next to a finding.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Blocks => "Blocks use",
            Severity::Likely => "Likely problem",
            Severity::Note => "Note",
        }
    }

    /// A stable lower-case name, for the page's styles.
    pub fn slug(self) -> &'static str {
        match self {
            Severity::Blocks => "blocks",
            Severity::Likely => "likely",
            Severity::Note => "note",
        }
    }
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingKind {
    /// Spaces or tabs (including no-break and other Unicode spaces) before the key.
    LeadingWhitespace,
    /// Spaces or tabs after the key.
    TrailingWhitespace,
    /// A line break (CR, LF or a Unicode line separator) anywhere in the text.
    LineBreak,
    /// Spaces inside the key.
    InnerWhitespace,
    /// Straight, curly or back quotes around or inside the key.
    Quotes,
    /// A `Bearer ` prefix.
    BearerPrefix,
    /// An HTTP header name such as `x-api-key:` or `Authorization:` before the key.
    HeaderPrefix,
    /// A variable assignment around the key: `ANTHROPIC_API_KEY=`, `export …`, `$env:…`, JSON or YAML.
    EnvAssignment,
    /// A `,`, `;` or `.` after the key.
    TrailingPunctuation,
    /// Zero-width, invisible or control characters.
    Invisible,
    /// Non-ASCII characters that look like Latin letters, digits or dashes (never auto-fixed).
    LookAlike,
    /// Other non-ASCII characters inside the key (never auto-fixed).
    NonAscii,
    /// Other text before or after the key.
    SurroundingText,
    /// The same key pasted more than once.
    Doubled,
    /// Two or more different keys in one paste.
    SeveralKeys,
    /// The `sk-ant-…` prefix in the wrong letter case.
    WrongCase,
    /// Underscores where the `sk-ant-…` prefix has dashes.
    Underscores,
    /// Shorter than a full key of its kind: probably cut off.
    TooShort,
    /// Longer than a full key of its kind.
    TooLong,
    /// Far too long to be any key (a whole file or log was pasted).
    FarTooLong,
    /// Full length but not ending in `AA` as full keys do.
    WrongSuffix,
    /// ASCII characters outside the key alphabet (`A–Z a–z 0–9 _ -`).
    BadCharacters,
    /// Example text instead of a key.
    Placeholder,
    /// The name of a variable (or a reference to one) instead of its value.
    VariableReference,
    /// `undefined`, `null`, `None`, an empty string: the key was missing when the text was made.
    EmptyValue,
    /// A masked key or Console hint instead of the full key.
    MaskedHint,
    /// An Admin key: only for the Admin API.
    AdminKey,
    /// A Compliance Access Key: not for model calls.
    ComplianceKey,
    /// A Claude subscription OAuth token: not an API key.
    OauthToken,
    /// An OAuth refresh token: never to be used or shared.
    RefreshToken,
    /// A claude.ai session cookie: not an API credential.
    SessionCookie,
    /// An `sk-ant-` credential of a kind Key Doctor does not know.
    UnknownAnthropicKind,
    /// Another provider's key.
    OtherProvider,
    /// Matches no known key format.
    Unrecognized,
}

impl FindingKind {
    /// Every kind, in declaration order.
    pub const ALL: [FindingKind; 34] = [
        FindingKind::LeadingWhitespace,
        FindingKind::TrailingWhitespace,
        FindingKind::LineBreak,
        FindingKind::InnerWhitespace,
        FindingKind::Quotes,
        FindingKind::BearerPrefix,
        FindingKind::HeaderPrefix,
        FindingKind::EnvAssignment,
        FindingKind::TrailingPunctuation,
        FindingKind::Invisible,
        FindingKind::LookAlike,
        FindingKind::NonAscii,
        FindingKind::SurroundingText,
        FindingKind::Doubled,
        FindingKind::SeveralKeys,
        FindingKind::WrongCase,
        FindingKind::Underscores,
        FindingKind::TooShort,
        FindingKind::TooLong,
        FindingKind::FarTooLong,
        FindingKind::WrongSuffix,
        FindingKind::BadCharacters,
        FindingKind::Placeholder,
        FindingKind::VariableReference,
        FindingKind::EmptyValue,
        FindingKind::MaskedHint,
        FindingKind::AdminKey,
        FindingKind::ComplianceKey,
        FindingKind::OauthToken,
        FindingKind::RefreshToken,
        FindingKind::SessionCookie,
        FindingKind::UnknownAnthropicKind,
        FindingKind::OtherProvider,
        FindingKind::Unrecognized,
    ];

    /// A stable kebab-case id, for tables and tests.
    pub fn id(self) -> &'static str {
        findings::kind_id(self)
    }
}

/// One thing wrong (or worth knowing) about the pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What the finding is about.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// Where, as 1-based character positions in the pasted text: each offending character, or
    /// the first character of an offending stretch of text. At most 20; the message gives the total.
    pub positions: Vec<usize>,
    /// At most four characters around the first problem, invisible ones spelled like `[U+200B]`.
    pub excerpt: Option<String>,
    /// What is wrong, in plain words; never the whole key.
    pub message: String,
    /// What to do next.
    pub action: String,
}

/// The whole answer for one pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyReport {
    /// What kind of credential the text is (judged after removing paste artefacts).
    pub family: Family,
    /// One plain sentence: the verdict.
    pub headline: String,
    /// What is wrong or worth knowing, worst first.
    pub findings: Vec<Finding>,
    /// The key with mechanical damage undone (whitespace, quotes, prefixes, invisible characters,
    /// a doubled paste, the prefix's case), for Anthropic credentials only; `None` when nothing
    /// needed undoing or when the damage is not mechanical (look-alike characters, two different
    /// keys, placeholders, hints).
    pub cleaned: Option<String>,
    /// For `sk-ant-` credentials, the Console-style hint (`sk-ant-api03-R2D...igAA`: prefix, first
    /// three and last four characters) computed from the cleaned key. Other providers get none:
    /// there is nothing at Anthropic to look them up in.
    pub hint: Option<String>,
    /// The number of characters pasted.
    pub chars: usize,
}

/// Checks pasted text: what it is, what is wrong with it, and the cleaned key when the damage
/// is mechanical.
pub fn check(text: &str) -> KeyReport {
    report::check(text)
}

/// The text to check: the raw paste when the field holds that paste minus its line breaks.
///
/// A single-line input drops a paste's line breaks (Chromium) or turns each into a space
/// (Firefox), so the field no longer shows what the user's own code would read. When the field
/// holds exactly the paste transformed one of those ways, the raw paste is the truth.
pub fn effective_input<'a>(field: &'a str, pasted: Option<&'a str>) -> &'a str {
    match pasted {
        Some(raw) if raw != field && pasted_into_single_line(raw, field) => raw,
        _ => field,
    }
}

fn pasted_into_single_line(raw: &str, field: &str) -> bool {
    let is_break = |c: char| c == '\r' || c == '\n';
    let dropped = raw.chars().filter(|c| !is_break(*c));
    if dropped.eq(field.chars()) {
        return true;
    }
    // Firefox's default: each line break (CRLF counted once) becomes a space, outer ones too.
    let mut spaced = String::with_capacity(raw.len());
    let mut previous_cr = false;
    for c in raw.chars() {
        match c {
            '\n' if previous_cr => {}
            '\r' | '\n' => spaced.push(' '),
            c => spaced.push(c),
        }
        previous_cr = c == '\r';
    }
    spaced == field || spaced.trim_matches(' ') == field
}
