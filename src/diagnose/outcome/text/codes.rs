//! The words for answers named by an error code (sdk-2026-facts.md §1.3, §3), for the OAuth
//! answers of Claude Code's prefix list, and for a key refused when sent as Bearer.

use super::{Facts, type_hint};

type Words = (String, String);

/// 401 `Invalid bearer token` (or `OAuth access token is invalid`) to the key sent as Bearer.
pub(super) fn key_rejected_as_bearer(facts: &Facts<'_>) -> Words {
    (
        format!(
            "Rejected: the API does not accept this key sent as Bearer ({}).",
            facts.message().trim_end_matches('.')
        ),
        format!(
            "{} to the key sent as `Authorization: Bearer` with `anthropic-version: 2026-10-21`, the way Python ≥ 2.0 \
             and TypeScript ≥ 1.0 send it. What the API says to a wrong key sent this way is unconfirmed, so this \
             likely means what `invalid x-api-key` means: a mistyped, truncated, revoked or deleted key. Run the \
             x-api-key test too: if that one works, the difference is the diagnosis.",
            facts.answered()
        ),
    )
}

/// 402, `PaymentRequiredError` in the current SDKs.
pub(super) fn payment_required(facts: &Facts<'_>) -> Words {
    (
        "Rejected: payment required (402).".into(),
        format!(
            "{}: the key is recognised, but the organization's billing or payment needs attention (Python ≥ 2.0 and \
             TypeScript ≥ 1.0 raise `PaymentRequiredError` for it). {} Check Plans & Billing in the Console.",
            facts.answered(),
            says(facts)
        ),
    )
}

/// `organization_on_hold`.
pub(super) fn organization_on_hold(facts: &Facts<'_>) -> Words {
    let appeal = if facts.error.and_then(|e| e.appeal_url()).is_some() {
        "The answer names a page where the organization can appeal (below)."
    } else {
        "Contact Anthropic support to appeal."
    };
    (
        "Rejected: the organization is on hold (organization_on_hold).".into(),
        format!(
            "{}: Anthropic has put the organization on hold for trust and safety reasons. This is not about the key, \
             and no new key in this organization will help. {appeal}",
            facts.answered()
        ),
    )
}

/// `claude_code_key_creator_not_member`.
pub(super) fn key_creator_not_member(facts: &Facts<'_>) -> Words {
    (
        "Rejected: the key's creator is no longer a member (claude_code_key_creator_not_member).".into(),
        format!(
            "{}: the key belongs to the Claude Code workspace, and the person who created it is no longer a member of \
             the organization or of that workspace. The key will not work again: a current member creates a new \
             key, or signs in to Claude Code again.",
            facts.answered()
        ),
    )
}

/// `api_key_scope_missing`.
pub(super) fn key_scope_missing(facts: &Facts<'_>) -> Words {
    (
        "Rejected: the key lacks a scope this request needs (api_key_scope_missing).".into(),
        format!(
            "{}: the key is recognised, but it was created without a scope the request needs. An admin can create a \
             key with that scope in the Console.",
            facts.answered()
        ),
    )
}

/// `ip_not_in_allowed_range`.
pub(super) fn ip_not_allowed(facts: &Facts<'_>) -> Words {
    (
        "Rejected: this IP address is not in the organization's allowed range (ip_not_in_allowed_range).".into(),
        format!(
            "{}: the organization accepts requests only from certain IP addresses, and this one came from another. \
             The key may be fine. This test ran from this browser's network, which may not be where your program \
             runs: call from an allowed network (office, VPN or server), or ask an admin to allow this address.",
            facts.answered()
        ),
    )
}

/// `restricted_regime_endpoint`, a code Claude Code knows but no document explains.
pub(super) fn restricted_regime(facts: &Facts<'_>) -> Words {
    (
        "Rejected: this endpoint is restricted for this request (restricted_regime_endpoint).".into(),
        format!(
            "{}. What this code means is not documented; it likely says that the endpoint is not available in the \
             region or regulatory regime the request falls under, not that the key is wrong. Try from a supported \
             region without VPN, or ask Anthropic support.",
            facts.answered()
        ),
    )
}

/// `OAuth (access) token has been revoked`.
pub(super) fn token_revoked(facts: &Facts<'_>) -> Words {
    (
        "Rejected: the OAuth token has been revoked.".into(),
        format!(
            "{}: a saved sign-in was signed out or revoked. Sign in again: /login in Claude Code, `ant auth login` \
             for an Anthropic profile. It says nothing about your API keys.",
            facts.answered()
        ),
    )
}

/// `oauth_scope_insufficient`.
pub(super) fn oauth_scope_insufficient(facts: &Facts<'_>) -> Words {
    (
        "Rejected: the OAuth token lacks a scope this request needs.".into(),
        format!(
            "{}: the credential is an OAuth token without a scope the request needs (reported for tokens without \
             `user:inference`). Sign in again so that a token with that scope is issued (/login in Claude Code, \
             `ant auth login` for an Anthropic profile), or use an API key from the Console.",
            facts.answered()
        ),
    )
}

/// `OAuth token application has been deactivated` or `oauth_application_deactivated`.
pub(super) fn oauth_app_deactivated(facts: &Facts<'_>) -> Words {
    (
        "Rejected: the application that issued this OAuth token was deactivated.".into(),
        format!(
            "{}: the application behind the token has been deactivated, so the tokens it issued no longer work. Sign \
             in again with a current tool (/login in Claude Code, `ant auth login`), or use an API key from the \
             Console.",
            facts.answered()
        ),
    )
}

/// `Token lacks associated organization|account`, `oauth_token_no_organization`, `oauth_token_no_account`.
pub(super) fn oauth_token_incomplete(facts: &Facts<'_>) -> Words {
    (
        "Rejected: the OAuth token is not tied to an organization or an account.".into(),
        format!(
            "{}: the API cannot tell whom the token acts for. Sign in again and pick an organization (/login in \
             Claude Code, `ant auth login` for an Anthropic profile), or use an API key from the Console.",
            facts.answered()
        ),
    )
}

/// `Account is no longer a member of the organization` or `oauth_account_not_member`.
pub(super) fn account_not_member(facts: &Facts<'_>) -> Words {
    (
        "Rejected: the account is no longer a member of the organization.".into(),
        format!(
            "{}: the person this credential acts for left the organization or was removed from it, so credentials \
             tied to them stop working. Sign in with a current member's account, or have a current member create a \
             new key.",
            facts.answered()
        ),
    )
}

/// `Organization access has been revoked` or `Workspace access has been revoked`.
pub(super) fn access_revoked(facts: &Facts<'_>) -> Words {
    (
        "Rejected: access to the organization or workspace has been revoked.".into(),
        format!(
            "{}: the credential's access to that organization or workspace was taken away, likely by an admin who \
             removed the member or the workspace access. Ask an organization admin, or use a key from a workspace \
             you still belong to.",
            facts.answered()
        ),
    )
}

/// A 4xx with an error code Key Doctor does not know: shown verbatim, not guessed at.
pub(super) fn unknown_error_code(facts: &Facts<'_>) -> Words {
    let code = facts.code().unwrap_or_default();
    (
        format!(
            "Rejected ({} {}) with an error code Key Doctor does not know: `{code}`.",
            facts.status(),
            facts.kind()
        ),
        format!(
            "Anthropic answered {} with the error code `{code}`, shown here as sent. Key Doctor does not know this \
             code yet, so it cannot say what it means; the SDKs treat an unknown code like its bare error type. {} {}",
            facts.status(),
            type_hint(facts.kind()),
            says(facts)
        )
        .trim_end()
        .to_string(),
    )
}

/// "The API says “…”." when the answer has a message, else nothing.
fn says(facts: &Facts<'_>) -> String {
    if facts.message().is_empty() { String::new() } else { format!("The API says {}.", facts.said()) }
}
