//! Which cause an answer points at: status first where it decides, then the API's error code,
//! then its own words.

use super::super::probe::{HeaderStyle, Probe};
use super::body::{ApiBody, ApiError, Body};
use super::cause::OutcomeCause::{self, *};
use super::error_code::cause_of_code;

/// The cause of one answer of `probe` with `status` and `body`.
pub(super) fn cause_of(probe: &Probe, status: u16, body: &Body) -> OutcomeCause {
    match body {
        // A web page is never Anthropic's answer, whatever its status says.
        Body::Text { html: true, .. } => NotAnthropic,
        _ if status == 529 => Overloaded,
        _ if (500..=599).contains(&status) => ServerError,
        Body::Empty => NotAnthropic,
        Body::Text { excerpt, .. } if excerpt.starts_with(['{', '[']) => UnknownShape,
        Body::Text { .. } => NotAnthropic,
        Body::Json(json) => from_json(probe, status, json),
    }
}

fn from_json(probe: &Probe, status: u16, body: &ApiBody) -> OutcomeCause {
    // An error object is the API's signature; without one a 4xx or 429 may be anyone's.
    let error = body.error.as_ref().filter(|e| e.kind.is_some() || e.message.is_some() || e.error_code().is_some());
    match (status, error) {
        (200..=299, None) => success(probe, body),
        // A 429 is a rate limit unless its code names a spend limit.
        (429, Some(error)) => {
            error.error_code().and_then(cause_of_code).filter(|c| *c == SpendLimit).unwrap_or(RateLimited)
        }
        (400..=499, Some(error)) => match error.error_code() {
            // The code names the cause; the message's wording may change.
            Some(code) => cause_of_code(code).unwrap_or(UnknownErrorCode),
            None => rejection(status, error, probe.style()),
        },
        _ => UnknownShape,
    }
}

fn success(probe: &Probe, body: &ApiBody) -> OutcomeCause {
    match probe {
        Probe::Models | Probe::ModelsBearer if body.data.is_some() => Works,
        Probe::AdminApiKeys if body.data.is_some() => WorksAdmin,
        Probe::CountTokens { .. } if body.input_tokens.is_some() => CountTokensOk,
        _ => UnknownShape,
    }
}

/// A 4xx without an error code, told apart by the message (case-insensitive substrings of the
/// texts quoted in the facts files, among them Claude Code's 401/403 prefix list).
fn rejection(status: u16, error: &ApiError, style: HeaderStyle) -> OutcomeCause {
    let message = error.message.as_deref().unwrap_or("").to_ascii_lowercase();
    let kind = error.kind.as_deref().unwrap_or("");
    let says = |words: &str| message.contains(words);
    let typed = |name: &str| kind.eq_ignore_ascii_case(name);

    // Most specific first: the CORS messages also say "not allowed for this organization".
    if says("cors requests must set") {
        CorsHeaderMissing
    } else if says("cors requests are not allowed") {
        OrgForbidsBrowser
    } else if says("x-api-key header is required") {
        MissingKey
    } else if says("invalid x-api-key") || says("invalid api key") {
        InvalidKey
    } else if says("invalid bearer token") || says("oauth access token is invalid") {
        // Sent as Bearer, this is how a wrong key likely reads; sent in x-api-key, something added a Bearer.
        if style == HeaderStyle::Bearer { KeyRejectedAsBearer } else { BearerRejected }
    } else if says("oauth") && says("not supported") {
        OauthNotSupported
    } else if says("oauth") && says("not allowed for this organization") {
        OauthNotAllowedForOrg
    } else if says("token has been revoked") {
        TokenRevoked
    } else if says("token has expired") || (says("oauth token") && says("expired")) {
        OauthExpired
    } else if says("application has been deactivated") {
        OauthAppDeactivated
    } else if says("token lacks associated") {
        OauthTokenIncomplete
    } else if says("no longer a member of the organization") {
        AccountNotMember
    } else if says("access has been revoked") {
        AccessRevoked
    } else if says("only authorized for use with claude code") {
        ClaudeCodeOnlyCredential
    } else if says("invalid authentication credentials") || says("credential is invalid") {
        InvalidCredentials
    } else if says("organization has been disabled") {
        OrgDisabled
    } else if says("anthropic-workspace-id") {
        WorkspaceIdRequired
    } else if says("credit balance") {
        CreditTooLow
    } else if says("api usage limits") || says("spend limit") {
        SpendLimit
    } else if says("anthropic-version") {
        VersionHeader
    } else if status == 402 {
        PaymentRequired
    } else if typed("billing_error") {
        Billing
    } else if status == 404 || typed("not_found_error") {
        // count_tokens answers 404 `model: …` for an unknown model: the key is not at fault.
        if message.starts_with("model:") { OtherRejection } else { NotFoundOrDisabled }
    } else if typed("forbidden") || (status == 403 && says("request not allowed")) {
        RegionOrPolicy
    } else if typed("permission_error") {
        PermissionDenied
    } else {
        OtherRejection
    }
}
