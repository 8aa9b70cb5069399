//! Which credential a key is, judged from its prefix; what each family and provider is called.

use super::{Family, Provider};

/// The Anthropic prefix before the segment, and the length of a full key per family (the
/// scanners' shape `prefix + 93 base64url + AA`; Anthropic does not publish it).
pub(super) const ANTHROPIC: &str = "sk-ant-";

/// What the prefix of a key says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Classified {
    pub family: Family,
    /// Characters of the recognised prefix: for `sk-ant-` credentials through the segment's
    /// dash (`sk-ant-api03-`), for other providers their fixed prefix.
    pub prefix_len: usize,
    /// For `sk-ant-` credentials, the prefix as it should be written (lower case, dashes).
    pub canonical: Option<String>,
    /// The `sk-ant-…` prefix has capitals.
    pub wrong_case: bool,
    /// The `sk-ant-…` prefix has underscores instead of dashes.
    pub underscores: bool,
}

/// Anthropic segments and the family each one means.
const SEGMENTS: [(&str, Family); 6] = [
    ("api03", Family::AnthropicApiKey),
    ("admin01", Family::AnthropicAdminKey),
    ("api01", Family::AnthropicComplianceKey),
    ("oat01", Family::AnthropicOauthToken),
    ("ort01", Family::AnthropicRefreshToken),
    ("sid01", Family::AnthropicSessionCookie),
];

/// Other providers' prefixes, tried in order after `sk-ant-` (so `sk-or-` wins over `sk-`).
const PROVIDERS: [(&str, Provider); 18] = [
    ("sk-or-v1-", Provider::OpenRouter),
    ("sk-or-", Provider::OpenRouter),
    ("sk-proj-", Provider::OpenAi),
    ("sk-svcacct-", Provider::OpenAi),
    ("sk-admin-", Provider::OpenAi),
    ("sk-None-", Provider::OpenAi),
    ("AIza", Provider::Google),
    ("ABSK", Provider::BedrockApiKey),
    ("bedrock-api-key-", Provider::BedrockApiKey),
    ("gsk_", Provider::Groq),
    ("xai-", Provider::Xai),
    ("pplx-", Provider::Perplexity),
    ("hf_", Provider::HuggingFace),
    ("github_pat_", Provider::GitHub),
    ("ghp_", Provider::GitHub),
    ("gho_", Provider::GitHub),
    ("ghs_", Provider::GitHub),
    ("ghu_", Provider::GitHub),
];

/// Prefixes of AWS access key IDs, each followed by 16 capitals or digits.
pub(super) const AWS: [&str; 4] = ["AKIA", "ASIA", "ABIA", "ACCA"];

/// The length of a full key of this family, where the scanners' shape gives one.
pub(super) fn full_length(family: Family) -> Option<usize> {
    match family {
        Family::AnthropicApiKey => Some(108),
        Family::AnthropicAdminKey => Some(110),
        _ => None,
    }
}

/// Whether the family is an `sk-ant-` credential.
pub(super) fn is_anthropic(family: Family) -> bool {
    matches!(
        family,
        Family::AnthropicApiKey
            | Family::AnthropicAdminKey
            | Family::AnthropicComplianceKey
            | Family::AnthropicOauthToken
            | Family::AnthropicRefreshToken
            | Family::AnthropicSessionCookie
            | Family::AnthropicOther
    )
}

/// Classifies a key (look-alikes already folded to ASCII) by its prefix.
pub(super) fn classify(key: &str) -> Classified {
    if let Some(found) = anthropic(key) {
        return found;
    }
    let other =
        |family, prefix_len| Classified { family, prefix_len, canonical: None, wrong_case: false, underscores: false };
    for (prefix, provider) in PROVIDERS {
        if key.starts_with(prefix) {
            return other(Family::OtherProvider(provider), prefix.len());
        }
    }
    if let Some(rest) = key.strip_prefix("sk-") {
        if key.contains("T3BlbkFJ") {
            return other(Family::OtherProvider(Provider::OpenAi), 3);
        }
        if rest.len() == 32 && rest.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return other(Family::OtherProvider(Provider::DeepSeekLike), 3);
        }
    }
    if is_aws_access_key(key) {
        return other(Family::OtherProvider(Provider::AwsAccessKey), 4);
    }
    other(Family::Unrecognized, 0)
}

/// `AKIA…` and relatives: the prefix and 16 capitals or digits.
fn is_aws_access_key(key: &str) -> bool {
    let bytes = key.as_bytes();
    AWS.iter().any(|p| key.starts_with(p))
        && bytes.len() >= 20
        && bytes[4..20].iter().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Other providers' prefixes, for spotting where a key starts inside a longer paste.
pub(super) fn provider_prefixes() -> impl Iterator<Item = &'static str> {
    PROVIDERS.iter().map(|(prefix, _)| *prefix).chain(["sk-"])
}

/// `sk-ant-` in any letter case, with dashes or underscores, then an optional segment.
fn anthropic(key: &str) -> Option<Classified> {
    let b = key.as_bytes();
    let sep = |i: usize| matches!(b.get(i), Some(b'-' | b'_'));
    if b.len() < 7 || !b[..2].eq_ignore_ascii_case(b"sk") || !sep(2) || !b[3..6].eq_ignore_ascii_case(b"ant") || !sep(6)
    {
        return None;
    }
    let mut end = 7;
    while end < b.len() && end < 7 + 12 && b[end].is_ascii_alphanumeric() {
        end += 1;
    }
    let segment = if sep(end) { key.get(7..end) } else { None };
    let known = segment.and_then(|s| SEGMENTS.iter().find(|(name, _)| name.eq_ignore_ascii_case(s)));
    // An unknown segment counts only in the `letters + two digits` shape of the known ones, so a
    // random body that happens to hold a dash early is not mistaken for one.
    let unknown = segment.filter(|s| known.is_none() && looks_like_segment(s));
    let (family, prefix_len, checked) = match (known, unknown) {
        (Some((_, family)), _) => (*family, end + 1, end + 1),
        (None, Some(_)) => (Family::AnthropicOther, end + 1, 7),
        (None, None) => (Family::AnthropicOther, 7, 7),
    };
    let written = &b[..checked];
    let canonical: String = key[..prefix_len]
        .chars()
        .enumerate()
        .map(|(i, c)| if i < checked { if c == '_' { '-' } else { c.to_ascii_lowercase() } } else { c })
        .collect();
    Some(Classified {
        family,
        prefix_len,
        wrong_case: written.iter().any(u8::is_ascii_uppercase),
        underscores: written.contains(&b'_'),
        canonical: Some(canonical),
    })
}

fn looks_like_segment(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    (2..=8).contains(&letters) && b.len() == letters + 2 && b[letters..].iter().all(u8::is_ascii_digit)
}

impl Family {
    /// Short name, e.g. "Anthropic API key".
    pub fn name(self) -> &'static str {
        match self {
            Family::Empty => "empty field",
            Family::AnthropicApiKey => "Anthropic API key",
            Family::AnthropicAdminKey => "Anthropic Admin key",
            Family::AnthropicComplianceKey => "Compliance Access Key",
            Family::AnthropicOauthToken => "Claude subscription OAuth token",
            Family::AnthropicRefreshToken => "Claude OAuth refresh token",
            Family::AnthropicSessionCookie => "claude.ai session cookie",
            Family::AnthropicOther => "unknown kind of Anthropic credential",
            Family::OtherProvider(provider) => provider.key_name(),
            Family::Placeholder => "placeholder",
            Family::MaskedHint => "masked key or hint",
            Family::Unrecognized => "unrecognized text",
        }
    }

    /// One or two plain sentences: what this credential is and what it is for. Backticks mark
    /// code (commands, variables, headers), which the page shows as code.
    pub fn explanation(self) -> &'static str {
        match self {
            Family::Empty => "Nothing has been pasted yet.",
            Family::AnthropicApiKey => {
                "A standard Claude API key, created in Claude Console › Settings › API keys, for calling Claude (usually from `ANTHROPIC_API_KEY`). Python ≥ 2.0 and TypeScript ≥ 1.0 send it as `Authorization: Bearer`; older SDKs, Claude Code and curl examples send it as `x-api-key`."
            }
            Family::AnthropicAdminKey => {
                "An Admin API key, created in Claude Console › Settings › Admin keys. It manages the organization (members, workspaces, API keys) through the Admin API and cannot call Claude models."
            }
            Family::AnthropicComplianceKey => {
                "A Compliance Access Key, created in claude.ai › Organization settings › API (Claude Enterprise). It unlocks the Compliance API and cannot call Claude models."
            }
            Family::AnthropicOauthToken => {
                "An OAuth access token of a Claude Pro or Max subscription, made by Claude Code's login or `claude setup-token`. Claude Code reads it from `CLAUDE_CODE_OAUTH_TOKEN`; it is not an API key."
            }
            Family::AnthropicRefreshToken => {
                "An OAuth refresh token: a long-lived secret that mints new access tokens for a Claude subscription. It is never used as a key and should not be pasted anywhere."
            }
            Family::AnthropicSessionCookie => {
                "Most likely the value of claude.ai's `sessionKey` cookie, which keeps a browser logged in to claude.ai. It is not an API credential, and whoever holds it can use that claude.ai account."
            }
            Family::AnthropicOther => {
                "Starts like an Anthropic credential (`sk-ant-`), but not in a form Key Doctor knows. Standard API keys start with `sk-ant-api03-`."
            }
            Family::OtherProvider(provider) => provider.explanation(),
            Family::Placeholder => {
                "Text that stands where a key should be: example text from documentation or a template, the name of a variable, or an empty value."
            }
            Family::MaskedHint => {
                "A shortened or masked form of a key, as Claude Console and settings screens show it. The full key is shown only once, when it is created, and cannot be rebuilt from a hint."
            }
            Family::Unrecognized => {
                "Text that matches no known key format. Anthropic API keys start with `sk-ant-api03-`."
            }
        }
    }

    /// Whether a live test call may be made with this kind of credential.
    pub fn may_test(self) -> bool {
        matches!(self, Family::AnthropicApiKey | Family::AnthropicAdminKey)
    }
}

impl Provider {
    /// The provider's name, e.g. "OpenAI".
    pub fn name(self) -> &'static str {
        match self {
            Provider::OpenAi => "OpenAI",
            Provider::Google => "Google",
            Provider::AwsAccessKey => "AWS",
            Provider::BedrockApiKey => "Amazon Bedrock",
            Provider::OpenRouter => "OpenRouter",
            Provider::Groq => "Groq",
            Provider::Xai => "xAI",
            Provider::Perplexity => "Perplexity",
            Provider::HuggingFace => "Hugging Face",
            Provider::GitHub => "GitHub",
            Provider::DeepSeekLike => "DeepSeek or a similar provider",
        }
    }

    /// What its keys are called, e.g. "OpenAI key".
    pub fn key_name(self) -> &'static str {
        match self {
            Provider::OpenAi => "OpenAI key",
            Provider::Google => "Google API key",
            Provider::AwsAccessKey => "AWS access key ID",
            Provider::BedrockApiKey => "Amazon Bedrock API key",
            Provider::OpenRouter => "OpenRouter key",
            Provider::Groq => "Groq key",
            Provider::Xai => "xAI key",
            Provider::Perplexity => "Perplexity key",
            Provider::HuggingFace => "Hugging Face token",
            Provider::GitHub => "GitHub token",
            Provider::DeepSeekLike => "DeepSeek-style key",
        }
    }

    /// What the key is for, in a sentence or two.
    pub fn explanation(self) -> &'static str {
        match self {
            Provider::OpenAi => "A key for OpenAI's API. The Anthropic API accepts only Anthropic keys.",
            Provider::Google => {
                "A Google API key (Gemini and other Google APIs). The Anthropic API accepts only Anthropic keys; Claude on Google Cloud Vertex AI uses Google Cloud credentials, not an API key."
            }
            Provider::AwsAccessKey => {
                "An AWS access key ID. Claude on Amazon Bedrock uses AWS credentials like this one (with its secret), never in place of an Anthropic key."
            }
            Provider::BedrockApiKey => {
                "An Amazon Bedrock API key. It works only against Bedrock's endpoint, not api.anthropic.com."
            }
            Provider::OpenRouter => {
                "An OpenRouter key. It works only against OpenRouter's own URL, not api.anthropic.com."
            }
            Provider::Groq => "A key for Groq's API. The Anthropic API accepts only Anthropic keys.",
            Provider::Xai => "A key for xAI's API (Grok). The Anthropic API accepts only Anthropic keys.",
            Provider::Perplexity => "A key for Perplexity's API. The Anthropic API accepts only Anthropic keys.",
            Provider::HuggingFace => "A Hugging Face access token. The Anthropic API accepts only Anthropic keys.",
            Provider::GitHub => "A GitHub personal access token. The Anthropic API accepts only Anthropic keys.",
            Provider::DeepSeekLike => {
                "A key in the shape DeepSeek and several other providers use (sk- and 32 hexadecimal characters). The Anthropic API accepts only Anthropic keys."
            }
        }
    }
}
