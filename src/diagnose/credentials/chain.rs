//! The SDKs' discovery chain after the environment's key and token: `ANTHROPIC_PROFILE`, then
//! the federation variables, then the active or default profile (`sdk-2026-facts.md` §1.4, 2.4).

use super::env::{self, EnvCredentials, Federation, Ticked};
use super::generation::{Generation, Tool};
use super::input::Input::{self, *};
use super::resolution::{Resolution, Sent};
use super::sdk::{Chosen, LOGGED_ONCE};
use super::texts;
use super::wire::{Credential, Header};

/// The beta header on the profile, federation and credentials-provider paths.
pub(super) const OAUTH_BETA: &str = "oauth-2025-04-20";

/// The first step of the chain that matches, with conflicts for the ones below it; `None`
/// when nothing matches (or when TypeScript raises, which is recorded in `r`).
pub(super) fn resolve(generation: Generation, t: Ticked, r: &mut Resolution) -> Option<Chosen> {
    let federation = env::federation(t);
    let bearer = |credential| Some((vec![Sent { credential, header: Header::Bearer }], Some(OAUTH_BETA)));
    if t.has(Profile) {
        explicit_profile_note(generation, r);
        let mut below = if federation == Federation::Complete { vec![FederationRule] } else { Vec::new() };
        below.extend(t.among(&[ActiveConfig, DefaultProfile]));
        shadowed(&below, "ANTHROPIC_PROFILE", r);
        directory_note(generation, t, r);
        return bearer(Credential::EnvProfile);
    }
    if federation == Federation::Complete {
        if !t.has(WorkspaceId) {
            r.note(
                "If your federation rule is scoped to several workspaces, the exchange also needs ANTHROPIC_WORKSPACE_ID.",
                "federation-workspace-missing",
            );
        }
        r.note(
            format!(
                "If the identity token does not match the rule, the exchange fails: `{}`",
                texts::TOKEN_EXCHANGE_FAILED
            ),
            "federation-rule-mismatch",
        );
        shadowed(&t.among(&[ActiveConfig, DefaultProfile]), "The federation variables", r);
        return bearer(Credential::Federation);
    }
    let token_missing = t.has(FederationRule) && t.has(OrganizationId) && !t.has(IdentityToken);
    if generation.tool() == Tool::TypeScript && token_missing {
        let error = r.fail(Some("WorkloadIdentityError"), texts::TS_FEDERATION_NO_TOKEN, "federation-partial-env");
        error.when = Some("at the first request, and again on every request");
        error.likely = generation == Generation::TypeScript093;
        return None;
    }
    if t.has(ActiveConfig) {
        r.note(
            "active_config names the profile to use; if that profile does not exist or is broken, the SDK raises instead of trying anything else.",
            "active-profile-missing",
        );
        directory_note(generation, t, r);
        return bearer(Credential::ActiveProfile);
    }
    if t.has(DefaultProfile) {
        if generation.tool() == Tool::Python && !t.has(ConfigDir) {
            r.note(
                "A broken default profile (bad JSON, no authentication object, wrong file modes) is skipped silently, and the SDK then raises “Could not resolve authentication method”.",
                "profile-bad-json",
            );
        }
        directory_note(generation, t, r);
        return bearer(Credential::DefaultProfile);
    }
    None
}

/// ANTHROPIC_PROFILE or `profile=` select a profile explicitly: its failures are raised.
pub(super) fn explicit_profile_note(generation: Generation, r: &mut Resolution) {
    let text =
        if generation.tool() == Tool::Python { texts::PY_PROFILE_NOT_FOUND } else { texts::TS_PROFILE_NOT_FOUND };
    r.note(
        format!("The profile is chosen explicitly, so a missing or broken profile is raised, not skipped: `{text}`"),
        "profile-not-found",
    );
}

/// A key or token in the environment comes before every profile and the federation variables.
pub(super) fn shadowed_by_environment(generation: Generation, t: Ticked, env: EnvCredentials, r: &mut Resolution) {
    let variable = if env.key.is_some() { "ANTHROPIC_API_KEY" } else { "ANTHROPIC_AUTH_TOKEN" };
    let federation = env::federation(t) == Federation::Complete;
    let noticed = t.has(Profile) || t.has(ConfigDir) || t.has(ActiveConfig) || federation;
    let warns = generation.tool() == Tool::Python && noticed;
    if warns {
        r.warn(None, texts::shadows_discovery(variable), "env-key-shadows-profile").when = Some(LOGGED_ONCE);
    }
    let mut below = t.among(&[Profile, ActiveConfig, DefaultProfile]);
    if federation {
        below.push(FederationRule);
    }
    for input in below {
        let silently = if warns { "" } else { ", and nothing is logged about it" };
        let text = format!("{variable} comes first: {} is not used{silently}.", what(input));
        r.conflict(input, text, "env-key-shadows-profile");
    }
}

fn shadowed(inputs: &[Input], winner: &str, r: &mut Resolution) {
    for input in inputs {
        let text = format!("{winner} comes first: {} is not used.", what(*input));
        r.conflict(*input, text, "env-key-shadows-profile");
    }
}

/// How a shadowed input is named in a sentence (the federation rule stands for all three variables).
fn what(input: Input) -> &'static str {
    match input {
        FederationRule => "the federation variables",
        ActiveConfig => "the active profile",
        DefaultProfile => "the default profile",
        Profile => "the profile in ANTHROPIC_PROFILE",
        other => other.label(),
    }
}

/// XDG_CONFIG_HOME moves TypeScript's profile directory but not Python's.
fn directory_note(generation: Generation, t: Ticked, r: &mut Resolution) {
    if !t.has(XdgConfigHome) || t.has(ConfigDir) {
        return;
    }
    let text = match generation.tool() {
        Tool::TypeScript => {
            "TypeScript reads profiles from $XDG_CONFIG_HOME/anthropic, while Python and ant use ~/.config/anthropic: this may be another profile than the one you logged in to. Set ANTHROPIC_CONFIG_DIR to make them agree."
        }
        _ => {
            "Python ignores XDG_CONFIG_HOME and reads ~/.config/anthropic, while TypeScript reads $XDG_CONFIG_HOME/anthropic. Set ANTHROPIC_CONFIG_DIR to make them agree."
        }
    };
    r.note(text, "profile-dir-mismatch");
}
