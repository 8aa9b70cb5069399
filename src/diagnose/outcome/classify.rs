//! Which cause an answer points at: status first where it decides, then the API's own words.

use super::super::probe::Probe;
use super::body::{ApiBody, ApiError, Body};
use super::cause::OutcomeCause::{self, *};

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
    let error = body.error.as_ref().filter(|e| e.kind.is_some() || e.message.is_some());
    match (status, error) {
        (200..=299, None) => success(probe, body),
        (429, Some(_)) => RateLimited,
        (400..=499, Some(error)) => rejection(status, error),
        _ => UnknownShape,
    }
}

fn success(probe: &Probe, body: &ApiBody) -> OutcomeCause {
    match probe {
        Probe::Models if body.data.is_some() => Works,
        Probe::AdminApiKeys if body.data.is_some() => WorksAdmin,
        Probe::CountTokens { .. } if body.input_tokens.is_some() => CountTokensOk,
        _ => UnknownShape,
    }
}

fn rejection(status: u16, error: &ApiError) -> OutcomeCause {
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
    } else if says("invalid bearer token") {
        BearerRejected
    } else if says("oauth") && says("not supported") {
        OauthNotSupported
    } else if says("oauth") && says("not allowed for this organization") {
        OauthNotAllowedForOrg
    } else if says("oauth token") && says("expired") {
        OauthExpired
    } else if says("only authorized for use with claude code") {
        ClaudeCodeOnlyCredential
    } else if says("invalid authentication credentials") {
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
    } else if typed("billing_error") || status == 402 {
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
