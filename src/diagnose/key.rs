//! Key classification and paste-artefact findings: what a pasted credential is and what is wrong with it.
// CONTRACT STUB: replaced by the real checker.

/// Another provider whose key people paste by mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    OpenAi,
    Google,
    AwsAccessKey,
    BedrockApiKey,
    OpenRouter,
    Groq,
    Xai,
    Perplexity,
    HuggingFace,
    GitHub,
    DeepSeekLike,
}

/// What kind of credential the pasted text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Empty,
    AnthropicApiKey,
    AnthropicAdminKey,
    AnthropicComplianceKey,
    AnthropicOauthToken,
    AnthropicRefreshToken,
    AnthropicSessionCookie,
    AnthropicOther,
    OtherProvider(Provider),
    Placeholder,
    MaskedHint,
    Unrecognized,
}

impl Family {
    /// Short name, e.g. "Anthropic API key".
    pub fn name(self) -> &'static str {
        "unknown"
    }
    /// One or two plain sentences: what this credential is and what it is for.
    pub fn explanation(self) -> &'static str {
        ""
    }
    /// Whether a live test call may be made with this kind of credential.
    pub fn may_test(self) -> bool {
        matches!(self, Family::AnthropicApiKey | Family::AnthropicAdminKey)
    }
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Blocks,
    Likely,
    Note,
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingKind {
    Placeholder,
}

/// One thing wrong (or worth knowing) about the pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub positions: Vec<usize>,
    pub excerpt: Option<String>,
    pub message: String,
    pub action: String,
}

/// The whole answer for one pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyReport {
    pub family: Family,
    pub headline: String,
    pub findings: Vec<Finding>,
    pub cleaned: Option<String>,
    pub hint: Option<String>,
    pub chars: usize,
}

/// Checks pasted text.
pub fn check(text: &str) -> KeyReport {
    KeyReport {
        family: Family::Unrecognized,
        headline: String::new(),
        findings: Vec::new(),
        cleaned: None,
        hint: None,
        chars: text.chars().count(),
    }
}

/// The text to check: the raw paste when the field holds that paste minus line breaks.
pub fn effective_input<'a>(field: &'a str, pasted: Option<&'a str>) -> &'a str {
    match pasted {
        Some(raw) if raw.chars().filter(|c| *c != '\r' && *c != '\n').eq(field.chars()) => raw,
        _ => field,
    }
}
