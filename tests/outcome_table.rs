//! The live-call interpreter as a table: every kind of answer the API (or something in its
//! place) gives, with real bodies, and the verdict it must produce.

use std::collections::HashSet;

use key_doctor::diagnose::outcome::{
    Answer, Body, CallResult, Failure, KNOWN_ERROR_CODES, OutcomeCause, OutcomeCause as C, Verdict, VerdictKind,
    interpret,
};
use key_doctor::diagnose::probe::Probe;
use proptest::prelude::*;

fn body(text: &str) -> Body {
    Body::from_text(text)
}

fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
}

const ORG: &str = "1b8e5c4a-0d2f-4a7e-9c61-3f5b2a9d8e70";
const REQ: &str = "req_011CYhr1kdGzCrPHfrhibMen";

/// Headers the real API sends on every answer.
fn api_headers() -> Vec<(String, String)> {
    headers(&[("request-id", REQ), ("anthropic-organization-id", ORG), ("content-type", "application/json")])
}

fn err(kind: &str, message: &str) -> String {
    format!(r#"{{"type":"error","error":{{"type":"{kind}","message":"{message}"}},"request_id":"req_body_only"}}"#)
}

/// An error body with `error.details.error_code`, as the SDKs ≥ 2.0 / 1.0 read it.
fn coded(kind: &str, message: &str, code: &str) -> String {
    serde_json::json!({
        "type": "error",
        "error": {"type": kind, "message": message, "details": {"error_code": code}},
        "request_id": "req_body_only",
    })
    .to_string()
}

/// Every error code of sdk-2026-facts.md (§1.3, §3) and the SDK's 429 spend limits: the status the
/// SDK pairs it with where known (else 400 or 401, as the facts give none), and the cause.
/// Messages are invented on purpose: the code must decide, whatever the wording.
const CODE_ROWS: [(u16, &str, &str, OutcomeCause); 15] = [
    (400, "invalid_request_error", "organization_on_hold", C::OrganizationOnHold),
    (400, "invalid_request_error", "claude_code_key_creator_not_member", C::KeyCreatorNotMember),
    (403, "permission_error", "api_key_scope_missing", C::KeyScopeMissing),
    (403, "permission_error", "ip_not_in_allowed_range", C::IpNotAllowed),
    (400, "invalid_request_error", "organization_disabled", C::OrgDisabled),
    (403, "permission_error", "restricted_regime_endpoint", C::RestrictedRegime),
    (401, "authentication_error", "oauth_not_allowed_for_organization", C::OauthNotAllowedForOrg),
    (403, "permission_error", "oauth_scope_insufficient", C::OauthScopeInsufficient),
    (401, "authentication_error", "token_expired", C::OauthExpired),
    (401, "authentication_error", "oauth_application_deactivated", C::OauthAppDeactivated),
    (401, "authentication_error", "oauth_token_no_organization", C::OauthTokenIncomplete),
    (401, "authentication_error", "oauth_token_no_account", C::OauthTokenIncomplete),
    (403, "permission_error", "oauth_account_not_member", C::AccountNotMember),
    (429, "rate_limit_error", "enforced_spend_limit_reached", C::SpendLimit),
    (429, "rate_limit_error", "contract_spend_limit_reached", C::SpendLimit),
];

const MODELS: &str = r#"{"data":[
 {"type":"model","id":"claude-opus-4-1-20250805","display_name":"Claude Opus 4.1","created_at":"2025-08-05T00:00:00Z"},
 {"type":"model","id":"claude-sonnet-4-5-20250929","display_name":"Claude Sonnet 4.5","created_at":"2025-09-29T00:00:00Z"},
 {"type":"model","id":"claude-haiku-4-5-20251001","display_name":"Claude Haiku 4.5","created_at":"2025-10-01T00:00:00Z"}],
 "has_more":false,"first_id":"claude-opus-4-1-20250805","last_id":"claude-haiku-4-5-20251001"}"#;

const ADMIN_KEYS: &str = r#"{"data":[{"id":"apikey_01Rj2N8SVvo6BePZj99NhmiT","type":"api_key","name":"Developer Key",
 "partial_key_hint":"sk-ant-api03-R2D...igAA","status":"active","workspace_id":"wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
 "created_at":"2024-10-30T23:58:27.427722Z","created_by":{"id":"user_01WCz1FkmYMm4gnmykNKUu3Q","type":"user"}}],
 "has_more":false,"first_id":"apikey_01Rj2N8SVvo6BePZj99NhmiT","last_id":"apikey_01Rj2N8SVvo6BePZj99NhmiT"}"#;

const HTML_PAGE: &str = "<!DOCTYPE html>\n<html><head><title>Access denied</title></head>\n<body><h1>Access denied</h1><p>Blocked by corporate policy.</p></body></html>";

/// One row: an answer and the verdict it must give.
struct Row {
    name: &'static str,
    probe: Probe,
    result: CallResult,
    kind: VerdictKind,
    cause: OutcomeCause,
    request_id: Option<&'static str>,
    organization_id: Option<&'static str>,
    retry_after: Option<&'static str>,
    models: usize,
}

fn answered(status: u16, hdrs: Vec<(String, String)>, text: &str) -> CallResult {
    CallResult::Answered(Answer { status, headers: hdrs, body: body(text) })
}

/// A row for the usual case: the API's headers, a Models probe.
fn api(name: &'static str, status: u16, text: &str, cause: OutcomeCause) -> Row {
    Row {
        name,
        probe: Probe::Models,
        result: answered(status, api_headers(), text),
        kind: cause.kind(),
        cause,
        request_id: Some(REQ),
        organization_id: Some(ORG),
        retry_after: None,
        models: 0,
    }
}

/// A row where nothing but the given headers came back.
fn bare(name: &'static str, status: u16, hdrs: &[(&str, &str)], text: &str, cause: OutcomeCause) -> Row {
    Row {
        result: answered(status, headers(hdrs), text),
        request_id: None,
        organization_id: None,
        ..api(name, status, text, cause)
    }
}

fn failed(name: &'static str, failure: Failure, cause: OutcomeCause) -> Row {
    Row { result: CallResult::Failed(failure), request_id: None, organization_id: None, ..api(name, 0, "", cause) }
}

fn table() -> Vec<Row> {
    let count_tokens = || Probe::CountTokens { model: "claude-haiku-4-5-20251001".into() };
    let codes = CODE_ROWS.iter().map(|&(status, kind, code, cause)| {
        let name: &'static str = Box::leak(format!("error code {code}").into_boxed_str());
        api(name, status, &coded(kind, "Wording that may change.", code), cause)
    });
    codes.chain(vec![
        Row { models: 3, ..api("works", 200, MODELS, C::Works) },
        Row { probe: Probe::AdminApiKeys, ..api("admin key works", 200, ADMIN_KEYS, C::WorksAdmin) },
        Row { probe: count_tokens(), ..api("billing check passes", 200, r#"{"input_tokens":8}"#, C::CountTokensOk) },
        api(
            "invalid key (real body)",
            401,
            r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CYhr1kdGzCrPHfrhibMen"}"#,
            C::InvalidKey,
        ),
        bare(
            "invalid key, 2023 form, no headers",
            401,
            &[],
            r#"{"error":{"type":"authentication_error","message":"Invalid API Key"}}"#,
            C::InvalidKey,
        ),
        Row {
            request_id: Some("req_body_only"),
            ..bare(
                "request id from the body",
                401,
                &[],
                &err("authentication_error", "invalid x-api-key"),
                C::InvalidKey,
            )
        },
        api("missing key", 401, &err("authentication_error", "x-api-key header is required"), C::MissingKey),
        api("bearer added to an x-api-key call", 401, &err("authentication_error", "Invalid bearer token"), C::BearerRejected),
        api(
            "oauth access token invalid to an x-api-key call",
            401,
            &err("authentication_error", "OAuth access token is invalid"),
            C::BearerRejected,
        ),
        Row { models: 3, probe: Probe::ModelsBearer, ..api("works sent as Bearer", 200, MODELS, C::Works) },
        Row {
            probe: Probe::ModelsBearer,
            ..api("key refused as Bearer", 401, &err("authentication_error", "Invalid bearer token"), C::KeyRejectedAsBearer)
        },
        Row {
            probe: Probe::ModelsBearer,
            ..api(
                "key refused as Bearer, OAuth wording",
                401,
                &err("authentication_error", "OAuth access token is invalid"),
                C::KeyRejectedAsBearer,
            )
        },
        Row {
            probe: Probe::ModelsBearer,
            ..api("invalid x-api-key to a Bearer call", 401, &err("authentication_error", "invalid x-api-key"), C::InvalidKey)
        },
        Row {
            probe: Probe::ModelsBearer,
            ..api(
                "Authorization stripped on the way",
                401,
                &err("authentication_error", "x-api-key header is required"),
                C::MissingKey,
            )
        },
        Row {
            probe: Probe::ModelsBearer,
            ..api(
                "new version refused on the way",
                400,
                &err("invalid_request_error", r#"anthropic-version: \"2026-10-21\" is not a valid version"#),
                C::VersionHeader,
            )
        },
        api(
            "oauth not supported",
            401,
            &err("authentication_error", "OAuth authentication is currently not supported."),
            C::OauthNotSupported,
        ),
        api(
            "oauth not allowed for org",
            401,
            &err("authentication_error", "OAuth authentication is currently not allowed for this organization."),
            C::OauthNotAllowedForOrg,
        ),
        api(
            "oauth expired",
            401,
            &err(
                "authentication_error",
                "OAuth token has expired. Please obtain a new token or refresh your existing token.",
            ),
            C::OauthExpired,
        ),
        api(
            "oauth access token expired (Claude Code prefix)",
            401,
            &err("authentication_error", "OAuth access token has expired"),
            C::OauthExpired,
        ),
        api("oauth token revoked", 401, &err("authentication_error", "OAuth token has been revoked"), C::TokenRevoked),
        api(
            "oauth access token revoked",
            401,
            &err("authentication_error", "OAuth access token has been revoked"),
            C::TokenRevoked,
        ),
        api(
            "oauth application deactivated",
            401,
            &err("authentication_error", "OAuth token application has been deactivated"),
            C::OauthAppDeactivated,
        ),
        api(
            "token without organization",
            401,
            &err("authentication_error", "Token lacks associated organization"),
            C::OauthTokenIncomplete,
        ),
        api(
            "token without account",
            401,
            &err("authentication_error", "Token lacks associated account"),
            C::OauthTokenIncomplete,
        ),
        api(
            "account no longer a member",
            403,
            &err("permission_error", "Account is no longer a member of the organization"),
            C::AccountNotMember,
        ),
        api(
            "organization access revoked",
            403,
            &err("permission_error", "Organization access has been revoked"),
            C::AccessRevoked,
        ),
        api(
            "workspace access revoked",
            403,
            &err("permission_error", "Workspace access has been revoked"),
            C::AccessRevoked,
        ),
        api("credential is invalid", 401, &err("authentication_error", "Credential is invalid"), C::InvalidCredentials),
        api(
            "claude code only",
            400,
            &err(
                "invalid_request_error",
                "This credential is only authorized for use with Claude Code and cannot be used for other API requests.",
            ),
            C::ClaudeCodeOnlyCredential,
        ),
        api(
            "invalid credentials",
            401,
            &err("authentication_error", "Invalid authentication credentials"),
            C::InvalidCredentials,
        ),
        api(
            "cors opt-in missing",
            401,
            r#"{"type":"error","error":{"type":"authentication_error","message":"CORS requests must set 'anthropic-dangerous-direct-browser-access' header"}}"#,
            C::CorsHeaderMissing,
        ),
        api(
            "organization forbids browser",
            401,
            &err(
                "authentication_error",
                "CORS requests are not allowed for this Organization because of its settings. If you believe this in error, contact support at https://support.anthropic.com/.",
            ),
            C::OrgForbidsBrowser,
        ),
        api("not found", 404, &err("not_found_error", "Not found"), C::NotFoundOrDisabled),
        Row {
            probe: count_tokens(),
            ..api("count_tokens unknown model", 404, &err("not_found_error", "model: claude-nope"), C::OtherRejection)
        },
        api(
            "permission",
            403,
            &err("permission_error", "Your API key does not have permission to use the specified resource."),
            C::PermissionDenied,
        ),
        bare(
            "region (edge body, no request id)",
            403,
            &[("content-type", "application/json")],
            r#"{"error":{"type":"forbidden","message":"Request not allowed"}}"#,
            C::RegionOrPolicy,
        ),
        api(
            "organization disabled",
            400,
            &err("invalid_request_error", "This organization has been disabled."),
            C::OrgDisabled,
        ),
        api(
            "workspace id required",
            400,
            &err(
                "invalid_request_error",
                "anthropic-workspace-id is required when authenticating with an identity-linked API key; send the id of the workspace this request acts in.",
            ),
            C::WorkspaceIdRequired,
        ),
        Row {
            probe: count_tokens(),
            ..api(
                "credit too low",
                400,
                &err(
                    "invalid_request_error",
                    "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
                ),
                C::CreditTooLow,
            )
        },
        api("payment required", 402, &err("billing_error", "There is an issue with your payment method."), C::PaymentRequired),
        api("402 without a type", 402, r#"{"type":"error","error":{"message":"Payment required"}}"#, C::PaymentRequired),
        api("billing_error at another status", 400, &err("billing_error", "Billing is not set up."), C::Billing),
        Row {
            probe: count_tokens(),
            ..api(
                "spend limit",
                400,
                &err(
                    "invalid_request_error",
                    "You have reached your specified API usage limits. You will regain access on 2026-04-01 at 00:00 UTC.",
                ),
                C::SpendLimit,
            )
        },
        api(
            "version header missing",
            400,
            &err("invalid_request_error", "anthropic-version: header is required"),
            C::VersionHeader,
        ),
        api(
            "version header invalid",
            400,
            &err("invalid_request_error", r#"anthropic-version: \"2023-06-01, 2023-06-01\" is not a valid version"#),
            C::VersionHeader,
        ),
        api("other 401 message", 401, &err("authentication_error", "Key has been quarantined"), C::OtherRejection),
        api("conflict", 409, &err("conflict_error", "Conflict"), C::OtherRejection),
        Row {
            retry_after: Some("17"),
            result: answered(
                429,
                [api_headers(), headers(&[("retry-after", "17")])].concat(),
                &err(
                    "rate_limit_error",
                    "This request would exceed your account's rate limit. Please try again later.",
                ),
            ),
            ..api("rate limited", 429, "", C::RateLimited)
        },
        api(
            "overloaded",
            529,
            r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#,
            C::Overloaded,
        ),
        api("server error", 500, &err("api_error", "Internal server error"), C::ServerError),
        api("gateway timeout", 504, &err("timeout_error", "Request timed out"), C::ServerError),
        bare("503 in plain text", 503, &[], "upstream connect error", C::ServerError),
        bare("proxy HTML page", 502, &[("content-type", "text/html")], HTML_PAGE, C::NotAnthropic),
        bare("captive portal says 200", 200, &[], "<html><title>Hotel Wi-Fi login</title></html>", C::NotAnthropic),
        bare("HTML pretending to be a 401", 401, &[], HTML_PAGE, C::NotAnthropic),
        bare("plain text 403", 403, &[], "Forbidden", C::NotAnthropic),
        bare("empty 401", 401, &[], "  \n", C::NotAnthropic),
        bare("JSON array", 200, &[], r#"["unexpected"]"#, C::UnknownShape),
        bare("object without data", 200, &[], r#"{"ok":true}"#, C::UnknownShape),
        bare("error field of the wrong type", 401, &[], r#"{"error":"Unauthorized"}"#, C::UnknownShape),
        Row {
            retry_after: Some("5"),
            ..bare(
                "429 not from the API",
                429,
                &[("retry-after", "5")],
                r#"{"message":"Too many requests"}"#,
                C::UnknownShape,
            )
        },
        api(
            "the code decides over the message",
            400,
            &coded("invalid_request_error", "invalid x-api-key", "organization_on_hold"),
            C::OrganizationOnHold,
        ),
        api(
            "unknown code, shown verbatim",
            400,
            &coded("invalid_request_error", "This organization has been disabled.", "quantum_flux_exceeded"),
            C::UnknownErrorCode,
        ),
        api(
            "unknown 402 code",
            402,
            &coded("billing_error", "Billing unavailable.", "linked_organization_billing_unavailable"),
            C::UnknownErrorCode,
        ),
        api("code only, no message", 403, r#"{"type":"error","error":{"details":{"error_code":"no_such_code"}}}"#, C::UnknownErrorCode),
        api(
            "blank code: the message counts",
            400,
            &coded("invalid_request_error", "This organization has been disabled.", "  "),
            C::OrgDisabled,
        ),
        api(
            "details of an odd shape: the message counts",
            401,
            r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key","details":"none"}}"#,
            C::InvalidKey,
        ),
        api(
            "error_code not a string: the message counts",
            401,
            r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key","details":{"error_code":7}}}"#,
            C::InvalidKey,
        ),
        api(
            "429 with an unknown code is still a rate limit",
            429,
            &coded("rate_limit_error", "Slow down.", "ramp_limit_exceeded"),
            C::RateLimited,
        ),
        api(
            "429 with a non-spend code is still a rate limit",
            429,
            &coded("rate_limit_error", "Slow down.", "organization_on_hold"),
            C::RateLimited,
        ),
        api("5xx with a code is still an outage", 500, &coded("api_error", "Oops.", "organization_on_hold"), C::ServerError),
        failed("network", Failure::Network, C::Network),
        failed("timeout", Failure::Timeout, C::Timeout),
        failed("cancelled", Failure::Cancelled, C::Cancelled),
    ])
    .collect()
}

fn check(row: &Row) -> Verdict {
    let verdict = interpret(&row.probe, &row.result, 1234);
    let name = row.name;
    assert_eq!(verdict.cause, row.cause, "{name}: cause");
    assert_eq!(verdict.kind, row.kind, "{name}: kind");
    assert_eq!(verdict.request_id.as_deref(), row.request_id, "{name}: request id");
    assert_eq!(verdict.organization_id.as_deref(), row.organization_id, "{name}: organization id");
    assert_eq!(verdict.models.len(), row.models, "{name}: models");
    assert_eq!(verdict.elapsed_ms, 1234, "{name}: elapsed");
    assert!(!verdict.headline.is_empty() && !verdict.explanation.is_empty(), "{name}: words");
    verdict
}

#[test]
fn every_row_gives_its_verdict() {
    for row in table() {
        let verdict = check(&row);
        if row.retry_after.is_some() {
            assert_eq!(verdict.retry_after.as_deref(), row.retry_after, "{}: retry-after", row.name);
        }
    }
}

#[test]
fn the_table_covers_every_cause() {
    let covered: HashSet<OutcomeCause> = table().iter().map(|row| row.cause).collect();
    let all: HashSet<OutcomeCause> = OutcomeCause::ALL.into_iter().collect();
    assert_eq!(all.len(), OutcomeCause::ALL.len(), "ALL lists a cause twice");
    let missing: Vec<_> = all.difference(&covered).collect();
    assert!(missing.is_empty(), "causes without a row: {missing:?}");
}

#[test]
fn families_are_the_issues_three() {
    let works = [C::Works, C::WorksAdmin, C::CountTokensOk];
    let couldnt = [
        C::RateLimited,
        C::Overloaded,
        C::ServerError,
        C::NotAnthropic,
        C::UnknownShape,
        C::Network,
        C::Timeout,
        C::Cancelled,
    ];
    for cause in OutcomeCause::ALL {
        let expected = if works.contains(&cause) {
            VerdictKind::Works
        } else if couldnt.contains(&cause) {
            VerdictKind::CouldntTell
        } else {
            VerdictKind::Rejected
        };
        assert_eq!(cause.kind(), expected, "{cause:?}");
    }
    assert_eq!(VerdictKind::Works.label(), "Works");
    assert_eq!(VerdictKind::Rejected.label(), "Rejected");
    assert_eq!(VerdictKind::CouldntTell.label(), "Couldn't tell");
}

#[test]
fn only_rejections_speak_of_an_invalid_key() {
    for row in table().iter().filter(|row| row.kind != VerdictKind::Rejected) {
        let verdict = check(row);
        let words = format!("{} {}", verdict.headline, verdict.explanation).to_lowercase();
        assert!(!words.contains("invalid x-api-key"), "{}: {words}", row.name);
        if row.kind == VerdictKind::CouldntTell {
            assert!(!words.contains("invalid") && !words.contains("rejected"), "{}: {words}", row.name);
        }
    }
}

#[test]
fn invalid_key_reads_plainly_and_shows_the_api_error() {
    let row = table().into_iter().find(|row| row.name == "invalid key (real body)").unwrap();
    let verdict = check(&row);
    assert_eq!(verdict.headline, "Rejected: the API does not accept this key (invalid x-api-key).");
    let error = verdict.api_error.unwrap();
    assert_eq!(error.kind.as_deref(), Some("authentication_error"));
    assert_eq!(error.message.as_deref(), Some("invalid x-api-key"));
    assert_eq!(verdict.status, Some(401));
}

#[test]
fn other_rejections_quote_the_api() {
    let verdict =
        interpret(&Probe::Models, &answered(401, vec![], &err("authentication_error", "Key has been quarantined")), 0);
    assert!(verdict.headline.contains("401 authentication_error"), "{}", verdict.headline);
    assert!(verdict.headline.contains("Key has been quarantined"), "{}", verdict.headline);
    let typed_only = r#"{"type":"error","error":{"type":"authentication_error"}}"#;
    let verdict = interpret(&Probe::Models, &answered(401, vec![], typed_only), 0);
    assert_eq!(verdict.cause, C::OtherRejection);
    assert_eq!(verdict.headline, "Rejected (401 authentication_error), without a message.");
}

#[test]
fn works_lists_models_and_sorted_ratelimit_headers() {
    let hdrs = headers(&[
        ("Request-Id", "req_works"),
        ("anthropic-ratelimit-requests-reset", "2026-11-28T07:00:00Z"),
        ("Anthropic-Ratelimit-Requests-Limit", "50"),
        ("anthropic-ratelimit-requests-remaining", "49"),
        ("x-unrelated", "1"),
    ]);
    let verdict = interpret(&Probe::Models, &answered(200, hdrs, MODELS), 80);
    assert_eq!(verdict.cause, C::Works);
    assert_eq!(verdict.request_id.as_deref(), Some("req_works"));
    let names: Vec<&str> = verdict.ratelimits.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "anthropic-ratelimit-requests-limit",
            "anthropic-ratelimit-requests-remaining",
            "anthropic-ratelimit-requests-reset"
        ]
    );
    assert_eq!(verdict.models[1].id.as_deref(), Some("claude-sonnet-4-5-20250929"));
    assert_eq!(verdict.models[1].display_name.as_deref(), Some("Claude Sonnet 4.5"));
    assert!(verdict.explanation.contains("3 models"));
}

#[test]
fn admin_keys_are_named_either_way() {
    let ok = interpret(&Probe::AdminApiKeys, &answered(200, api_headers(), ADMIN_KEYS), 0);
    assert!(ok.headline.contains("Admin key"));
    assert!(ok.models.is_empty(), "an api_keys list is not a model list");
    let bad = interpret(
        &Probe::AdminApiKeys,
        &answered(401, api_headers(), &err("authentication_error", "invalid x-api-key")),
        0,
    );
    assert_eq!(bad.cause, C::InvalidKey);
    assert!(bad.explanation.contains("Admin key"));
}

#[test]
fn network_failure_offers_a_terminal_test_that_reads_the_key_from_the_environment() {
    let verdict = interpret(&Probe::Models, &CallResult::Failed(Failure::Network), 20);
    for needle in ["offline", "DNS", "firewall", "VPN", "proxy", "extension", "organization"] {
        let found = verdict.explanation.to_lowercase().contains(&needle.to_lowercase())
            || (needle == "offline" && verdict.explanation.contains("no internet connection"));
        assert!(found, "missing {needle}: {}", verdict.explanation);
    }
    let command = verdict.terminal_check.unwrap();
    assert!(command.contains(r#"-H "x-api-key: $ANTHROPIC_API_KEY""#), "{command}");
    assert!(command.contains("https://api.anthropic.com/v1/models"));
    // The page shows the command once, in its own block with a copy button.
    assert!(!verdict.explanation.contains(&command));
    assert!(verdict.explanation.contains("command below"));
}

#[test]
fn html_and_text_bodies_keep_a_short_excerpt() {
    let verdict = interpret(&Probe::Models, &answered(502, vec![], HTML_PAGE), 0);
    let excerpt = verdict.body_excerpt.unwrap();
    assert!(excerpt.starts_with("<!DOCTYPE html> <html><head><title>Access denied"), "{excerpt}");
    assert!(excerpt.chars().count() <= 121);
}

#[test]
fn from_text_sorts_bodies() {
    assert_eq!(body(" \n\t"), Body::Empty);
    assert!(matches!(body(r#"{"type":"error"}"#), Body::Json(_)));
    assert!(matches!(body("<HTML><body>x"), Body::Text { html: true, .. }));
    assert!(matches!(body("42"), Body::Text { html: false, .. }));
    assert!(matches!(body(r#"{"data":"not a list"}"#), Body::Text { html: false, .. }));
    assert!(matches!(body(r#"["unexpected"]"#), Body::Text { html: false, .. }));
}

#[test]
fn megabyte_bodies_are_handled() {
    let padding = "é".repeat(1_500_000);
    let big_json = format!(r#"{{"padding":"{padding}",{}"#, &MODELS[1..]);
    let verdict = interpret(&Probe::Models, &answered(200, vec![], &big_json), 0);
    assert_eq!(verdict.models.len(), 3);
    let big_text = format!("{padding}<html>");
    let verdict = interpret(&Probe::Models, &answered(200, vec![], &big_text), 0);
    assert_eq!(verdict.cause, C::NotAnthropic);
    assert!(verdict.body_excerpt.unwrap().chars().count() <= 121);
}

fn any_probe() -> impl Strategy<Value = Probe> {
    prop_oneof![
        Just(Probe::Models),
        Just(Probe::ModelsBearer),
        Just(Probe::AdminApiKeys),
        "[a-z0-9-]{0,20}".prop_map(|model| Probe::CountTokens { model }),
    ]
}

/// Bodies that reach the interesting branches more often than random text does.
fn any_body_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        (any::<String>(), any::<String>()).prop_map(|(kind, message)| {
            serde_json::json!({"type": "error", "error": {"type": kind, "message": message}}).to_string()
        }),
        any::<String>().prop_map(|tail| format!("<!doctype html>{tail}")),
        "[{}\\[\\]\",:a-z0-9 ]{0,60}",
        (proptest::sample::select(KNOWN_ERROR_CODES.map(|(code, _)| code).to_vec()), any::<String>())
            .prop_map(|(code, message)| coded("invalid_request_error", &message, code)),
        (any::<String>(), any::<String>()).prop_map(|(code, message)| coded("error", &message, &code)),
    ]
}

proptest! {
    #[test]
    fn never_panics_and_never_calls_an_outage_an_invalid_key(
        probe in any_probe(),
        status in any::<u16>(),
        text in any_body_text(),
        names in proptest::collection::vec(("[a-zA-Z-]{0,30}", any::<String>()), 0..6),
        elapsed in any::<u64>(),
    ) {
        let result = CallResult::Answered(Answer { status, headers: names, body: body(&text) });
        let verdict = interpret(&probe, &result, elapsed);
        prop_assert_eq!(verdict.kind, verdict.cause.kind());
        if status >= 500 {
            prop_assert_ne!(verdict.kind, VerdictKind::Rejected);
        }
        // A 429 is a verdict on the key only when its error code names a spend limit.
        if status == 429 && verdict.kind == VerdictKind::Rejected {
            prop_assert_eq!(verdict.cause, C::SpendLimit);
        }
        if !(200..300).contains(&status) {
            prop_assert_ne!(verdict.kind, VerdictKind::Works);
        }
    }
}

#[test]
fn only_a_working_api_key_offers_the_billing_check_with_one_of_its_own_models() {
    let works = interpret(&Probe::Models, &answered(200, api_headers(), MODELS), 80);
    assert_eq!(works.billing_probe(), Some(Probe::CountTokens { model: "claude-opus-4-1-20250805".into() }));
    let admin = interpret(&Probe::AdminApiKeys, &answered(200, api_headers(), ADMIN_KEYS), 80);
    assert_eq!(admin.billing_probe(), None);
    let rejected =
        interpret(&Probe::Models, &answered(401, api_headers(), &err("authentication_error", "invalid x-api-key")), 80);
    assert_eq!(rejected.billing_probe(), None);
    let no_models = interpret(&Probe::Models, &answered(200, api_headers(), r#"{"data":[],"has_more":false}"#), 80);
    assert_eq!(no_models.billing_probe(), None);
}

#[test]
fn every_known_error_code_has_a_row_with_its_cause() {
    let mut rows: Vec<(&str, OutcomeCause)> = CODE_ROWS.iter().map(|&(_, _, code, cause)| (code, cause)).collect();
    let mut known = KNOWN_ERROR_CODES.to_vec();
    rows.sort_by_key(|(code, _)| *code);
    known.sort_by_key(|(code, _)| *code);
    assert_eq!(rows, known);
}

#[test]
fn an_unknown_code_is_shown_verbatim_and_not_guessed_at() {
    let body = coded("invalid_request_error", "This organization has been disabled.", "quantum_flux_exceeded");
    let verdict = interpret(&Probe::Models, &answered(400, api_headers(), &body), 0);
    assert_eq!(verdict.cause, C::UnknownErrorCode);
    assert!(verdict.headline.contains("`quantum_flux_exceeded`"), "{}", verdict.headline);
    assert!(verdict.explanation.contains("does not know this code"), "{}", verdict.explanation);
    // The message is shown as sent, not used to guess.
    assert!(verdict.explanation.contains("This organization has been disabled"), "{}", verdict.explanation);
    assert_eq!(verdict.api_error.unwrap().error_code(), Some("quantum_flux_exceeded"));
    let step = key_doctor::diagnose::route::for_outcome(C::UnknownErrorCode).unwrap();
    assert_eq!(step.to_string(), "what-says");
}

#[test]
fn an_organization_on_hold_names_its_appeal_page_only_when_it_is_https() {
    let on_hold = |url: &str| {
        let body =
            serde_json::json!({"type": "error", "error": {"type": "invalid_request_error", "message": "On hold.",
            "details": {"error_code": "organization_on_hold", "appeal_url": url}}})
            .to_string();
        interpret(&Probe::Models, &answered(400, api_headers(), &body), 0)
    };
    let with_page = on_hold("https://support.anthropic.com/appeal?x=1");
    assert_eq!(with_page.cause, C::OrganizationOnHold);
    assert_eq!(with_page.api_error.as_ref().unwrap().appeal_url(), Some("https://support.anthropic.com/appeal?x=1"));
    assert!(with_page.explanation.contains("appeal (below)"), "{}", with_page.explanation);
    let plain = on_hold("javascript:alert(1)");
    assert_eq!(plain.api_error.as_ref().unwrap().appeal_url(), None);
    assert!(plain.explanation.contains("Contact Anthropic support"), "{}", plain.explanation);
}

#[test]
fn a_key_refused_as_bearer_is_likely_a_refused_key_and_says_the_wording_is_unconfirmed() {
    let verdict = interpret(
        &Probe::ModelsBearer,
        &answered(401, api_headers(), &err("authentication_error", "Invalid bearer token")),
        0,
    );
    assert_eq!(verdict.cause, C::KeyRejectedAsBearer);
    assert!(verdict.explanation.contains("likely") && verdict.explanation.contains("unconfirmed"));
    assert!(verdict.explanation.contains("2026-10-21"));
    let step = key_doctor::diagnose::route::for_outcome(C::KeyRejectedAsBearer).unwrap();
    assert_eq!(step.to_string(), "key-listed", "the same step as invalid x-api-key");
    // The same words to a key sent in x-api-key mean something added a Bearer header.
    let added = interpret(
        &Probe::Models,
        &answered(401, api_headers(), &err("authentication_error", "Invalid bearer token")),
        0,
    );
    assert_eq!(added.cause, C::BearerRejected);
    assert!(added.explanation.contains("added an Authorization header"), "{}", added.explanation);
}

#[test]
fn a_bearer_verdict_says_how_the_key_went_and_its_terminal_check_sends_it_the_same_way() {
    let works = interpret(&Probe::ModelsBearer, &answered(200, api_headers(), MODELS), 0);
    assert!(works.headline.contains("sent as Bearer"), "{}", works.headline);
    assert!(works.explanation.contains("`Authorization: Bearer`") && works.explanation.contains("2026-10-21"));
    assert_eq!(works.billing_probe(), None, "the billing check is offered once, after the x-api-key test");
    let failed = interpret(&Probe::ModelsBearer, &CallResult::Failed(Failure::Network), 0);
    let command = failed.terminal_check.unwrap();
    assert!(command.contains(r#"-H "authorization: Bearer $ANTHROPIC_API_KEY""#), "{command}");
    assert!(command.contains(r#"-H "anthropic-version: 2026-10-21""#), "{command}");
    assert!(!command.contains("x-api-key"), "{command}");
    assert!(failed.explanation.contains("preflight"), "{}", failed.explanation);
    let stripped = interpret(
        &Probe::ModelsBearer,
        &answered(401, api_headers(), &err("authentication_error", "x-api-key header is required")),
        0,
    );
    assert!(stripped.explanation.contains("`Authorization: Bearer` header"), "{}", stripped.explanation);
}

#[test]
fn the_version_header_verdict_names_the_version_that_was_sent() {
    let body = err("invalid_request_error", "anthropic-version: header is required");
    for (probe, version) in [(Probe::Models, "`2023-06-01`"), (Probe::ModelsBearer, "`2026-10-21`")] {
        let verdict = interpret(&probe, &answered(400, api_headers(), &body), 0);
        assert!(verdict.explanation.contains(&format!("Key Doctor sent {version}")), "{}", verdict.explanation);
    }
}

#[test]
fn a_coded_answer_quotes_the_code_and_the_sdk_class_where_there_is_one() {
    let payment = interpret(&Probe::Models, &answered(402, api_headers(), &err("billing_error", "Pay up.")), 0);
    assert!(payment.explanation.contains("PaymentRequiredError"), "{}", payment.explanation);
    assert!(payment.explanation.contains("“Pay up”"), "{}", payment.explanation);
    for &(status, kind, code, _) in &CODE_ROWS {
        let verdict = interpret(&Probe::Models, &answered(status, api_headers(), &coded(kind, "Words.", code)), 0);
        assert!(verdict.explanation.contains(&format!("`{code}`")), "{code}: {}", verdict.explanation);
    }
}
