//! The exact texts the tools log and raise, as quoted in the facts files
//! (`sdk-2026-facts.md` §1.2, 1.9, 2.1, 2.2, 2.4, 3 and `anthropic-auth-facts.md` C1, C2, D4).

use super::generation::Generation;

/// Python ≤ 0.97, `TypeError` (the message carries literal double quotes).
pub const PY_NO_CREDENTIAL_097: &str = "\"Could not resolve authentication method. Expected either api_key or auth_token to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"";
/// Python 0.98 – 1.17, `TypeError`.
pub const PY_NO_CREDENTIAL_098: &str = "\"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"";
/// Python ≥ 2.0, `TypeError`.
pub const PY_NO_CREDENTIAL_2: &str = "\"Could not resolve authentication method. Expected one of api_key, auth_token, or credentials to be set. Or for the `Authorization` header to be explicitly omitted\"";
/// TypeScript ≤ 0.92, `Error`.
pub const TS_NO_CREDENTIAL_092: &str = "Could not resolve authentication method. Expected either apiKey or authToken to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted";
/// TypeScript 0.93 – 0.137 and Claude Code, `Error`.
pub const TS_NO_CREDENTIAL_093: &str = "Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted";
/// TypeScript ≥ 1.0, `Error`.
pub const TS_NO_CREDENTIAL_1: &str = "Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for the \"Authorization\" header to be explicitly omitted";

/// Python ≥ 2.0 and TypeScript ≥ 1.0, one-shot warning when both variables are set.
pub const BOTH_SET: &str =
    "Anthropic: ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY.";
/// Python 0.98+ when a key or token in the environment shadows profiles or federation.
pub fn shadows_discovery(variable: &str) -> String {
    format!(
        "{variable} is set and takes precedence over the SDK's profile / federation auto-discovery; unset {variable} to use the auto-discovered credential."
    )
}
/// Python 0.98 – 1.17 only, `api_key=` together with `credentials=`.
pub const PY_STATIC_WITH_PROVIDER: &str = "`api_key=` was passed alongside `credentials=`; the static credential takes precedence and the credentials provider is silently disabled. Pass only one.";
/// Python 0.98 – 1.17, `TypeError`, two of the provider arguments.
pub const PY_PROVIDER_TRIO: &str = "Pass at most one of `credentials=`, `config=`, or `profile=`.";
/// TypeScript 0.93 – 0.137, two of the provider options.
pub const TS_PROVIDER_TRIO: &str = "Pass at most one of `profile`, `credentials`, or `config`.";

/// Python ≥ 2.0 `ValueError` and TypeScript ≥ 1.0 `TypeError` for two credential arguments;
/// `received` are the argument names as the tool spells them (`api_key=` / `apiKey`).
pub fn at_most_one(generation: Generation, received: &[&str]) -> String {
    let listed: Vec<String> = received.iter().map(|name| format!("`{name}`")).collect();
    match generation {
        Generation::TypeScript1 => format!(
            "Pass at most one of `apiKey`, `authToken`, `credentials`, `config`, `profile`. Received {}.",
            listed.join(", ")
        ),
        _ => format!(
            "Pass at most one of `api_key=`, `auth_token=`, `credentials=`, `config=`, or `profile=`. Received {}.",
            listed.join(", ")
        ),
    }
}

/// TypeScript (observed on 1.14) when the rule and organization are set but no identity token.
pub const TS_FEDERATION_NO_TOKEN: &str = "oidc_federation config requires an identity token (set authentication.identity_token, ANTHROPIC_IDENTITY_TOKEN_FILE, or ANTHROPIC_IDENTITY_TOKEN)";
/// Python, a profile named by ANTHROPIC_PROFILE without a config file (paths shortened).
pub const PY_PROFILE_NOT_FOUND: &str = "Config file not found at …/configs/<name>.json (profile '<name>'). Set ANTHROPIC_PROFILE to select a different profile, or set ANTHROPIC_CONFIG_DIR to relocate the config directory.";
/// TypeScript, the same.
pub const TS_PROFILE_NOT_FOUND: &str = "ANTHROPIC_PROFILE names the profile \"<name>\", but …/configs/<name>.json does not exist. Set ANTHROPIC_PROFILE to a profile that exists, or unset it.";
/// The federation exchange refused (Python's wording; TypeScript says `with status 401`).
pub const TOKEN_EXCHANGE_FAILED: &str =
    "Token exchange failed (HTTP 401): {…} Ensure your federation rule matches your identity token. …";

/// Claude Code: a token source and a key source are both set (template; sources filled in).
pub fn cc_both(token_source: &str, key_source: &str) -> String {
    format!("Both {token_source} and {key_source} set · auth may not work as expected")
}
/// Claude Code: `ANTHROPIC_AUTH_TOKEN` beats a subscription login.
pub const CC_TOKEN_OVER_SUBSCRIPTION: &str = "ANTHROPIC_AUTH_TOKEN overriding Claude subscription login";
/// Claude Code: `ANTHROPIC_API_KEY` beats the key saved by /login.
pub const CC_KEY_OVER_CONSOLE: &str = "ANTHROPIC_API_KEY overriding saved Console key";
/// Claude Code: the environment's key beats an Anthropic profile.
pub const CC_KEY_OVER_PROFILE: &str = "Using ANTHROPIC_API_KEY instead of your Anthropic profile";
/// Claude Code: the key saved by /login beats an Anthropic profile.
pub const CC_CONSOLE_OVER_PROFILE: &str = "Using the API key saved by /login instead of your Anthropic profile";
/// Claude Code: an implicit profile loses to a claude.ai login.
pub const CC_SUBSCRIPTION_OVER_PROFILE: &str = "An Anthropic profile (~/.config/anthropic) is configured, but a claude.ai login exists — using the claude.ai login. Set ANTHROPIC_PROFILE=<name> to use the profile instead.";
/// Claude Code: ANTHROPIC_PROFILE beats a claude.ai login.
pub const CC_PROFILE_OVER_SUBSCRIPTION: &str = "ANTHROPIC_PROFILE is set, so Claude Code won't use a Claude account sign-in until you unset that variable and restart.";
/// Claude Code: the environment's key was declined at the prompt.
pub const CC_KEY_NOT_USED: &str = "ANTHROPIC_API_KEY not used here · turn on \"Use custom API key\" in /config";
/// Claude Code with no credential, interactively.
pub const CC_NOT_LOGGED_IN: &str = "Not logged in · Please run /login";
