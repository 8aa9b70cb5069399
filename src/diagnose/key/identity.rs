//! The wording of findings about what the text is (not an API key, a placeholder, a hint) and
//! about its shape (cut off, too long, wrong ending).

use super::findings::{article, finding};
use super::placeholder::Stand;
use super::{Family, Finding, FindingKind as K, Provider, Severity};

const NEW_KEY: &str = "create an API key in Claude Console › Settings › API keys (it starts with sk-ant-api03-)";

/// The finding that says what a non-API-key credential is, if the family needs one.
/// `prefix` is the key's prefix as it should be written; `value` the (folded) text, for hints.
pub(super) fn of_family(family: Family, prefix: &str, value: &str) -> Option<Finding> {
    let (kind, severity, message, action): (K, Severity, String, String) = match family {
        Family::AnthropicApiKey | Family::Empty | Family::Placeholder | Family::MaskedHint => return None,
        Family::AnthropicAdminKey => (K::AdminKey, Severity::Likely,
            "This is an Admin key (sk-ant-admin01-). It works only for the Admin API (members, workspaces, API keys); calls to Claude models with it are rejected.".into(),
            format!("To call Claude models, {NEW_KEY}. Keep the Admin key for admin tasks only.")),
        Family::AnthropicComplianceKey => (K::ComplianceKey, Severity::Blocks,
            "This is a Compliance Access Key (sk-ant-api01-) from claude.ai › Organization settings › API. It unlocks the Compliance API of Claude Enterprise and cannot call Claude models.".into(),
            format!("To call Claude, {NEW_KEY}.")),
        Family::AnthropicOauthToken => (K::OauthToken, Severity::Blocks,
            "This is an OAuth access token of a Claude Pro or Max subscription (sk-ant-oat01-), not an API key. Sent as an API key it is rejected (“invalid x-api-key” from older SDKs and Claude Code, likely an OAuth message from Python ≥ 2.0 and TypeScript ≥ 1.0).".into(),
            format!("For Claude Code, put it in `CLAUDE_CODE_OAUTH_TOKEN` (or simply run `/login`) and unset `ANTHROPIC_API_KEY`. For your own code and other tools, {NEW_KEY}; API use is billed separately from the subscription.")),
        Family::AnthropicRefreshToken => (K::RefreshToken, Severity::Blocks,
            "This is an OAuth refresh token (sk-ant-ort01-): a long-lived secret that can mint new access tokens for a Claude account. It is never used as a key.".into(),
            format!("Do not paste or share it anywhere. If it may have been exposed, log out of Claude Code (/logout) and log in again, which should replace it. To call the API, {NEW_KEY}.")),
        Family::AnthropicSessionCookie => (K::SessionCookie, Severity::Blocks,
            "This looks like claude.ai's session cookie (sk-ant-sid01-), which keeps a browser logged in. It is not an API credential, and whoever holds it can use that claude.ai account.".into(),
            format!("Do not use or share it. Log out of claude.ai to invalidate it (do that now if you have shared it). To call the API, {NEW_KEY}.")),
        Family::AnthropicOther => (K::UnknownAnthropicKind, Severity::Likely,
            format!("This starts with “{prefix}”, which is not a kind of Anthropic key that Key Doctor knows. Standard API keys start with sk-ant-api03-."),
            format!("If you meant to use an API key, copy it again from where you saved it, or {NEW_KEY}.")),
        Family::OtherProvider(provider) => (K::OtherProvider, Severity::Blocks,
            format!("This is {} {}, not an Anthropic key: the Anthropic API rejects it.", article(provider.key_name()), provider.key_name()),
            other_provider_action(provider)),
        Family::Unrecognized => (K::Unrecognized, Severity::Blocks, unrecognized(value),
            format!("Copy the key from where you saved it when it was created, or {NEW_KEY}. The full key is shown only once, at creation.")),
    };
    Some(finding(kind, severity, Vec::new(), None, message, action))
}

fn other_provider_action(provider: Provider) -> String {
    match provider {
        Provider::AwsAccessKey | Provider::BedrockApiKey => format!(
            "Claude on Amazon Bedrock uses AWS credentials through Bedrock's own endpoint (in Claude Code: CLAUDE_CODE_USE_BEDROCK=1 and your AWS profile), never in place of an Anthropic key. For the Anthropic API itself, {NEW_KEY}."
        ),
        Provider::OpenRouter => format!(
            "Use it only with OpenRouter's own base URL (https://openrouter.ai/api/v1). For the Anthropic API, {NEW_KEY}."
        ),
        _ => format!(
            "Check that the variable or setting holds the Anthropic key, not {}'s. If you have none yet, {NEW_KEY}.",
            provider.name()
        ),
    }
}

/// IDs that Console, the Admin API and API responses show, which people paste for a key.
pub(super) const ID_PREFIXES: [(&str, &str); 4] = [
    ("apikey_", "the ID of an API key (apikey_…), as Console and the Admin API list it"),
    ("wrkspc_", "a workspace ID (wrkspc_…)"),
    ("req_", "a request ID (req_…) from an API response"),
    ("msg_", "a message ID (msg_…) from an API response"),
];

fn unrecognized(value: &str) -> String {
    if let Some((_, what)) = ID_PREFIXES.iter().find(|(prefix, _)| value.starts_with(prefix)) {
        return format!("This is {what}, not a key: IDs name things, only the key itself authenticates.");
    }
    let lower = value.to_ascii_lowercase();
    let head = lower.get(..lower.len().min(12)).unwrap_or(&lower);
    if ["api03-", "admin01-", "ant-api", "k-ant-"].iter().any(|p| head.contains(p)) {
        "This looks like the end of an Anthropic key whose beginning (sk-ant-) is missing.".into()
    } else if value.starts_with("sk-") {
        "This starts with sk- but not sk-ant-: it is probably another provider's key (OpenAI, DeepSeek and others use sk-). Anthropic keys start with sk-ant-.".into()
    } else {
        "This does not look like an Anthropic key: they start with sk-ant-.".into()
    }
}

/// The finding for text that stands where a key should be.
pub(super) fn stand_in(stand: &Stand) -> Finding {
    let (kind, message, action) = match stand {
        Stand::Placeholder => (K::Placeholder,
            "This is placeholder text, not a real key.".to_string(),
            "Replace it with your real key from Claude Console › Settings › API keys. If your code, .env file or settings hold this text, that is the problem: put the real key there.".to_string()),
        Stand::Variable(name) => (K::VariableReference,
            match name {
                Some(name) => format!("This is the variable {name} (its name, or code that reads it), not its value."),
                None => "This is a variable (its name, or code that reads it), not its value.".to_string(),
            },
            "Paste the key itself here. If your program sends this text as it is, the variable is not being filled in: check that it is set in the environment your program runs in, and that the file or shell that sets it is the one actually used.".to_string()),
        Stand::Empty(word) => (K::EmptyValue,
            if word.is_empty() { "The value is empty.".to_string() } else { format!("This is “{word}”, what code prints for a missing value: the key was not there when this was copied.") },
            "Check that ANTHROPIC_API_KEY (or your tool's key setting) is set where your program runs, then paste the key itself here.".to_string()),
        Stand::Masked => (K::MaskedHint,
            "This is only a hint or masked form of a key, not the key itself: the full key is shown only once, when it is created.".to_string(),
            "Find this hint in Claude Console › Settings › API keys to see the key's status, or create a new key and copy it in full.".to_string()),
    };
    finding(kind, Severity::Blocks, Vec::new(), None, message, action)
}

/// A key of known length that is shorter than a full one. `hint_start` is `sk-ant-api03-R2D`.
pub(super) fn too_short(len: usize, full: usize, last_pos: usize, hint_start: Option<&str>) -> Finding {
    let mut action = String::from(
        "Copy it again in full. Claude Console shows a key only once, at creation: if you no longer have it whole, create a new key",
    );
    match hint_start {
        Some(start) => action.push_str(&format!(" (and disable the old one, whose hint starts with {start}).")),
        None => action.push('.'),
    }
    finding(
        K::TooShort,
        Severity::Likely,
        vec![last_pos],
        None,
        format!("The key looks cut off: {len} characters, a full key has {full}."),
        action,
    )
}

/// A key of known length that is longer than a full one; `extra_from` is where the excess
/// starts when the key's usual ending sits at the full length.
pub(super) fn too_long(len: usize, full: usize, extra_from: Option<usize>) -> Finding {
    let message = match extra_from {
        Some(pos) => format!(
            "The key is {len} characters, a full key has {full}: there are {} extra characters at the end, from character {pos}.",
            len - full
        ),
        None => format!("The key is {len} characters, a full key has {full}."),
    };
    finding(
        K::TooLong,
        Severity::Likely,
        extra_from.into_iter().collect(),
        None,
        message,
        "Check what was pasted along with the key and remove it; if unsure, copy the key again from where you saved it.",
    )
}

/// A full-length key that does not end like full keys do.
pub(super) fn wrong_suffix(last_pos: usize) -> Finding {
    finding(
        K::WrongSuffix,
        Severity::Likely,
        vec![last_pos - 1],
        None,
        "The key has the full length but does not end in “AA” as full keys do, so a character may have been changed.",
        "Copy the key again from where you saved it; if the live test rejects it, create a new key.",
    )
}

/// Two or more different keys; `keys` lists each one's family, hint and position.
pub(super) fn several(keys: &[(Family, Option<String>, usize)], different: usize) -> Finding {
    const LISTED: usize = 5;
    let listed: Vec<String> = keys
        .iter()
        .take(LISTED)
        .map(|(family, hint, pos)| {
            let name = family.name();
            match hint {
                Some(hint) => format!("{} {name} ({hint}) at character {pos}", article(name)),
                None => format!("{} {name} at character {pos}", article(name)),
            }
        })
        .collect();
    let more = keys.len().saturating_sub(LISTED);
    let mut message =
        format!("The text holds {} keys, {different} of them different: {}", keys.len(), listed.join("; "));
    message.push_str(&if more > 0 { format!("; and {more} more.") } else { ".".into() });
    let positions = keys.iter().take(20).map(|(_, _, pos)| *pos).collect();
    finding(
        K::SeveralKeys,
        Severity::Blocks,
        positions,
        None,
        message,
        "Paste only the key you mean to check. Where your program reads its key (ANTHROPIC_API_KEY, a .env file, settings), make sure there is exactly one.",
    )
}
