//! Claude Code: a cloud switch first, then the token and key sources in the order its docs give
//! (`anthropic-auth-facts.md` D1, D2) refined by `sdk-2026-facts.md` §3, which reads that order
//! from minified code and calls it approximate: every answer here is "likely".

use super::env::{self, Federation, Ticked};
use super::generation::{Generation, VERSION_2023};
use super::input::Input::{self, *};
use super::resolution::{Request, Resolution, Sent};
use super::texts;
use super::wire::{Credential, Header};

/// One credential source Claude Code may use, in precedence order.
#[derive(Clone, Copy, Debug)]
struct Source {
    /// The input that stands for it.
    input: Input,
    credential: Credential,
    /// How Claude Code's own messages name it.
    name: &'static str,
    /// A token (Authorization: Bearer) rather than a key (X-Api-Key).
    token_side: bool,
}

/// Reasons about Claude Code.
pub(super) fn resolve(t: Ticked) -> Resolution {
    let mut r = Resolution::new(Generation::ClaudeCode);
    r.likely = true;
    r.unused = t.0.iter().copied().filter(|i| !i.applies_to(Generation::ClaudeCode)).collect();
    let env = env::credentials(t, &mut r);
    let mut key = env.key;
    if key.is_some() && t.has(KeyDeclined) {
        let said = r.warn(None, texts::CC_KEY_NOT_USED, "claude-code-env-overrides-login");
        said.when = Some("in an interactive session");
        r.conflict(
            env.key_input(),
            "You declined the key at Claude Code's prompt, so ANTHROPIC_API_KEY is not used.",
            "claude-code-env-overrides-login",
        );
        key = None;
    }
    let sources = sources(t, key);
    if let Some(platform) = env::platform(t, &mut r) {
        let ignored: Vec<Input> = sources.iter().map(|s| s.input).collect();
        r.request = Some(env::cloud(platform, t, &ignored, &mut r));
        return r;
    }
    let host = env::host(t, &mut r);
    warnings(t, &sources, &mut r);
    let Some(winner) = sources.first().copied() else {
        r.fail(None, texts::CC_NOT_LOGGED_IN, "claude-code-not-logged-in").when = Some("in an interactive session");
        r.fail(Some("Error"), texts::TS_NO_CREDENTIAL_093, "claude-code-not-logged-in").when =
            Some("in -p, background and Agent SDK runs");
        return r;
    };
    let mut sent = headers(winner);
    let key_source = sources.iter().find(|s| !s.token_side && s.input != ApiKeyHelper);
    let key_too = key_source.filter(|s| winner.input == Token && (s.input == Key || s.input == Dotenv));
    if let Some(also) = key_too {
        // The bundled 0.x SDK sends a key and a token together.
        sent.push(Sent { credential: also.credential, header: Header::XApiKey });
    }
    for loser in sources.iter().skip(1) {
        if sent.iter().any(|s| s.credential == loser.credential) {
            continue;
        }
        let text = format!("{} is set, but Claude Code likely uses {} instead.", loser.name, winner.name);
        r.conflict(loser.input, text, cause_of_loss(winner, *loser)).likely = true;
    }
    winner_notes(winner, &mut r);
    r.request = Some(Request { sent, beta: None, version: Some(VERSION_2023), host });
    r
}

/// The sources that are set, in the order Claude Code likely tries them.
fn sources(t: Ticked, key: Option<Credential>) -> Vec<Source> {
    let source = |input, credential, name, token_side| Source { input, credential, name, token_side };
    let mut all = Vec::new();
    if t.has(Token) {
        all.push(source(Token, Credential::EnvAuthToken, "ANTHROPIC_AUTH_TOKEN", true));
    }
    if let Some(key) = key {
        let input = if key == Credential::DotenvApiKey { Dotenv } else { Key };
        all.push(source(input, key, "ANTHROPIC_API_KEY", false));
    }
    if t.has(ApiKeyHelper) {
        all.push(source(ApiKeyHelper, Credential::ApiKeyHelper, "apiKeyHelper", false));
    }
    if t.has(ClaudeCodeOauthToken) {
        all.push(source(ClaudeCodeOauthToken, Credential::ClaudeCodeOauthToken, "CLAUDE_CODE_OAUTH_TOKEN", true));
    }
    if t.has(LoginConsole) {
        all.push(source(LoginConsole, Credential::ConsoleLoginKey, "the API key saved by /login", false));
    }
    if t.has(Profile) {
        all.push(source(Profile, Credential::EnvProfile, "the profile in ANTHROPIC_PROFILE", true));
    }
    if env::federation(t) == Federation::Complete {
        all.push(source(FederationRule, Credential::Federation, "the federation variables", true));
    }
    if t.has(LoginSubscription) && !t.has(LoginConsole) {
        all.push(source(LoginSubscription, Credential::SubscriptionLogin, "the claude.ai login", true));
    }
    if t.has(ActiveConfig) {
        all.push(source(ActiveConfig, Credential::ActiveProfile, "your Anthropic profile", true));
    } else if t.has(DefaultProfile) {
        all.push(source(DefaultProfile, Credential::DefaultProfile, "your Anthropic profile", true));
    }
    all
}

/// The headers one source travels in (apiKeyHelper's output goes out as both, D2).
fn headers(source: Source) -> Vec<Sent> {
    let credential = source.credential;
    match source.input {
        ApiKeyHelper => vec![Sent { credential, header: Header::XApiKey }, Sent { credential, header: Header::Bearer }],
        _ if source.token_side => vec![Sent { credential, header: Header::Bearer }],
        _ => vec![Sent { credential, header: Header::XApiKey }],
    }
}

/// The start-up messages Claude Code shows for pairs of sources (§3), filled in where they are
/// templates.
fn warnings(t: Ticked, sources: &[Source], r: &mut Resolution) {
    let has = |input: Input| sources.iter().any(|s| s.input == input);
    let key = has(Key) || has(Dotenv);
    let subscription = has(LoginSubscription);
    let implicit_profile = has(ActiveConfig) || has(DefaultProfile);
    let any_profile = has(Profile) || implicit_profile;
    let mut both = |token: &str, key: &str, cause: &str| {
        let said = r.warn(None, texts::cc_both(token, key), cause);
        said.when = Some("at start-up (the two names are filled into Claude Code's template)");
        said.likely = true;
    };
    if has(Token) && key {
        both("ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_API_KEY", "key-and-token-both-set");
    }
    if has(ClaudeCodeOauthToken) && key {
        both("CLAUDE_CODE_OAUTH_TOKEN", "ANTHROPIC_API_KEY", "key-and-token-both-set");
    }
    if subscription && key {
        both("claude.ai", "ANTHROPIC_API_KEY", "claude-code-env-overrides-login");
    }
    if subscription && has(ApiKeyHelper) {
        both("claude.ai", "apiKeyHelper", "claude-code-api-key-helper");
    }
    let mut exact = |text: &str, cause: &str| {
        let said = r.warn(None, text.to_string(), cause);
        said.when = Some("at start-up");
        said.likely = true;
    };
    if has(Token) && subscription {
        exact(texts::CC_TOKEN_OVER_SUBSCRIPTION, "stray-auth-token");
    }
    if key && has(LoginConsole) {
        exact(texts::CC_KEY_OVER_CONSOLE, "claude-code-env-overrides-login");
    }
    if key && any_profile {
        exact(texts::CC_KEY_OVER_PROFILE, "env-key-shadows-profile");
    } else if has(LoginConsole) && any_profile {
        exact(texts::CC_CONSOLE_OVER_PROFILE, "env-key-shadows-profile");
    }
    if t.has(Profile) && subscription {
        exact(texts::CC_PROFILE_OVER_SUBSCRIPTION, "claude-code-profile");
    } else if implicit_profile && subscription {
        exact(texts::CC_SUBSCRIPTION_OVER_PROFILE, "claude-code-profile");
    }
}

/// The step that explains why `loser` is not used when `winner` is.
fn cause_of_loss(winner: Source, loser: Source) -> &'static str {
    let profile_like = matches!(loser.input, Profile | ActiveConfig | DefaultProfile | FederationRule);
    match winner.input {
        Token | ClaudeCodeOauthToken if loser.input == Key || loser.input == Dotenv => "key-and-token-both-set",
        Token | ClaudeCodeOauthToken => "stray-auth-token",
        Key | Dotenv | LoginConsole if profile_like => "env-key-shadows-profile",
        Key | Dotenv | LoginConsole => "claude-code-env-overrides-login",
        ApiKeyHelper => "claude-code-api-key-helper",
        _ => "claude-code-profile",
    }
}

/// What to watch for with the winning source.
fn winner_notes(winner: Source, r: &mut Resolution) {
    match winner.input {
        ClaudeCodeOauthToken => r.note(
            "CLAUDE_CODE_OAUTH_TOKEN has no refresh token: when it expires or is revoked, mint a new one with `claude setup-token`.",
            "claude-code-login-expired",
        ),
        LoginSubscription => r.note(
            "A claude.ai login that expired or was revoked shows “Login expired · Please run /login” or “OAuth token revoked · Please run /login”.",
            "claude-code-login-expired",
        ),
        Profile | ActiveConfig | DefaultProfile | FederationRule => r.note(
            "Claude Code reads the same profiles as the SDKs (ant auth login); an expired profile login shows “Anthropic profile login expired · Re-authenticate your Anthropic profile”.",
            "claude-code-profile",
        ),
        ApiKeyHelper => r.note(
            "apiKeyHelper's output must be the key alone, on one line; it is called again after 5 minutes or on a 401.",
            "claude-code-api-key-helper",
        ),
        _ => {}
    }
}
