//! Rows: what Claude Code says (sdk-2026-facts.md section 3, anthropic-auth-facts.md D4): its
//! `·`-separated errors, start-up warnings about conflicting credentials, named-profile
//! messages and `/status` lines. The `·` is matched as written; copies that turn it into
//! another bullet are made `·` by the cleaning pass.

use super::cause::ErrorCause::*;
use super::patterns::{Pattern, api, said, ui, warn};
use super::source::Source::*;

pub(super) const ROWS: &[Pattern] = &[
    // Not logged in, or the login is gone.
    api("not logged in · please run /login", ClaudeCodeNotLoggedIn).from(ClaudeCode),
    api("missing api key · run /login", ClaudeCodeNotLoggedIn).from(ClaudeCode),
    said("not logged in", ClaudeCodeNotLoggedIn),
    api("oauth error: invalid code", ClaudeCodeNotLoggedIn).from(ClaudeCode),
    api("authentication required · sign in again", LoginExpired).from(ClaudeCode),
    api("oauth token revoked", LoginExpired).from(ClaudeCode),
    api("login expired · please run /login", LoginExpired).from(ClaudeCode),
    api("reached its time limit", LoginExpired).from(ClaudeCode),
    api("oauth session expired and could not be refreshed", LoginExpired).from(ClaudeCode),
    api("could not refresh your login", LoginExpired).from(ClaudeCode),
    api("it cannot self-heal", LoginExpired).from(ClaudeCode),
    api("or re-authenticate your anthropic profile", LoginExpiredOrProfile).from(ClaudeCode),
    api("anthropic profile login expired", ProfileLoginExpired).from(ClaudeCode),
    ui("please run /login", LoginExpired).from(ClaudeCode),
    // Keys and tokens from outside the login.
    api("fix external api key", ClaudeCodeExternalKey).from(ClaudeCode),
    api("invalid api key · please run /login", ClaudeCodeInvalidKeyOrNoLogin).from(ClaudeCode),
    api("fix external auth token", ClaudeCodeAuthToken).from(ClaudeCode),
    api("invalid anthropic_custom_headers", PasteArtefact).from(ClaudeCode),
    api("invalid request header from the environment", PasteArtefact).from(ClaudeCode),
    api("invalid x-api-key header value from", PasteArtefact).from(ClaudeCode),
    api("invalid authorization header value from", PasteArtefact).from(ClaudeCode),
    api("invalid api key format", PasteArtefact).from(ClaudeCode),
    api("your apikeyhelper script is failing", ClaudeCodeHelper).from(ClaudeCode),
    api("belongs to a disabled organization", ClaudeCodeKeyDisabledOrg).from(ClaudeCode),
    api("your organization has disabled api key authentication", ClaudeCodeApiKeyAuthDisabled).from(ClaudeCode),
    api("has disabled claude subscription access for claude code", ClaudeCodeSubscriptionDisabled).from(ClaudeCode),
    api("this may be a temporary network issue", Network).from(ClaudeCode),
    // Named profiles.
    api("that anthropic_profile names", ClaudeCodeProfile).from(ClaudeCode),
    api("anthropic_profile isn't a valid profile name", ClaudeCodeProfile).from(ClaudeCode),
    api("anthropic_profile names a profile, but no anthropic config directory", ClaudeCodeProfile).from(ClaudeCode),
    api("can't be found or read on this machine", ClaudeCodeProfile).from(ClaudeCode),
    api("has a config file that claude code can't use", ClaudeCodeProfile).from(ClaudeCode),
    warn("is configured, but a claude.ai login exists", ClaudeCodeProfile).from(ClaudeCode),
    warn("so claude code won't use a claude account sign-in", ClaudeCodeProfile).from(ClaudeCode),
    // Start-up warnings about credentials that conflict.
    warn("auth may not work as expected", KeyAndTokenBothSet).from(ClaudeCode),
    // Its older wording of the same warning (no longer among 2.1.332's strings).
    warn("auth conflict: both a token", KeyAndTokenBothSet).from(ClaudeCode),
    warn("instead of your anthropic profile", EnvKeyShadowsProfile).from(ClaudeCode),
    warn("anthropic_auth_token overriding claude subscription login", ClaudeCodeTokenOverride).from(ClaudeCode),
    warn("anthropic_api_key overriding saved console key", ClaudeCodeEnvOverride).from(ClaudeCode),
    warn("anthropic_api_key not used here", ClaudeCodeEnvOverride).from(ClaudeCode),
    warn("detected a custom api key in your environment", ClaudeCodeEnvOverride).from(ClaudeCode),
    // `/status` lines: what is in use, a last resort.
    ui("api key: anthropic_api_key", ClaudeCodeEnvOverride).from(ClaudeCode),
    ui("api key: apikeyhelper", ClaudeCodeHelper).from(ClaudeCode),
    ui("auth token: anthropic_auth_token", StrayAuthToken).from(ClaudeCode),
];
