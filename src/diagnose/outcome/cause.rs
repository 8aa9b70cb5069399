//! What a live call's answer points at: one cause per kind of answer, grouped in three families.

/// The three families of verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerdictKind {
    /// The API accepted the key.
    Works,
    /// The API (or its edge) refused the request, and said why.
    Rejected,
    /// No verdict on the key: rate limit, outage, something else answered, or no answer.
    CouldntTell,
}

impl VerdictKind {
    /// The family's name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            VerdictKind::Works => "Works",
            VerdictKind::Rejected => "Rejected",
            VerdictKind::CouldntTell => "Couldn't tell",
        }
    }

    /// A stable lower-case name, for the page's styles.
    pub fn slug(self) -> &'static str {
        match self {
            VerdictKind::Works => "works",
            VerdictKind::Rejected => "rejected",
            VerdictKind::CouldntTell => "couldnt-tell",
        }
    }
}

/// The cause a verdict points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutcomeCause {
    /// 200 from `GET /v1/models`: the API key is accepted.
    Works,
    /// 200 from the Admin API: an Admin key, accepted, good only for the Admin API.
    WorksAdmin,
    /// 200 from `count_tokens`: the billing check passed.
    CountTokensOk,
    /// 401 `invalid x-api-key` (or the 2023 form `Invalid API Key`).
    InvalidKey,
    /// 401 `x-api-key header is required`: no key arrived.
    MissingKey,
    /// 401 `Invalid bearer token`: a credential came as `Authorization: Bearer`.
    BearerRejected,
    /// 401 `OAuth authentication is currently not supported.`
    OauthNotSupported,
    /// 401 `OAuth authentication is currently not allowed for this organization.`
    OauthNotAllowedForOrg,
    /// 401 `OAuth token has expired…`
    OauthExpired,
    /// 400 `This credential is only authorized for use with Claude Code…`
    ClaudeCodeOnlyCredential,
    /// 401 `Invalid authentication credentials`.
    InvalidCredentials,
    /// 401 `CORS requests must set 'anthropic-dangerous-direct-browser-access' header`.
    CorsHeaderMissing,
    /// 401 `CORS requests are not allowed for this Organization…`: the key may be fine.
    OrgForbidsBrowser,
    /// 404: likely a disabled or deleted key (secret scanners' observation, not documented).
    NotFoundOrDisabled,
    /// 403 `permission_error`.
    PermissionDenied,
    /// 403 `{"error":{"type":"forbidden","message":"Request not allowed"}}`: region or network policy.
    RegionOrPolicy,
    /// 400 `This organization has been disabled.`
    OrgDisabled,
    /// 400 `anthropic-workspace-id is required…` (identity-linked keys).
    WorkspaceIdRequired,
    /// 400 `Your credit balance is too low…`
    CreditTooLow,
    /// 402 `billing_error`.
    Billing,
    /// 400 `You have reached your specified API usage limits…`: a spend limit.
    SpendLimit,
    /// 400 about the `anthropic-version` header.
    VersionHeader,
    /// Any other 4xx, shown with the API's own type and message.
    OtherRejection,
    /// 429: the key is valid, the API asks to wait.
    RateLimited,
    /// 529 `overloaded_error`.
    Overloaded,
    /// 500, 504 or another 5xx.
    ServerError,
    /// An HTML or non-JSON answer: a proxy, captive portal or firewall answered, not Anthropic.
    NotAnthropic,
    /// JSON, but not in any shape the API uses for this answer.
    UnknownShape,
    /// The request failed in transit; the browser gives no detail.
    Network,
    /// No answer before the timeout.
    Timeout,
    /// The user cancelled the call.
    Cancelled,
}

impl OutcomeCause {
    /// Every cause, in declaration order (for tables and tests that must cover them all).
    pub const ALL: [OutcomeCause; 31] = [
        OutcomeCause::Works,
        OutcomeCause::WorksAdmin,
        OutcomeCause::CountTokensOk,
        OutcomeCause::InvalidKey,
        OutcomeCause::MissingKey,
        OutcomeCause::BearerRejected,
        OutcomeCause::OauthNotSupported,
        OutcomeCause::OauthNotAllowedForOrg,
        OutcomeCause::OauthExpired,
        OutcomeCause::ClaudeCodeOnlyCredential,
        OutcomeCause::InvalidCredentials,
        OutcomeCause::CorsHeaderMissing,
        OutcomeCause::OrgForbidsBrowser,
        OutcomeCause::NotFoundOrDisabled,
        OutcomeCause::PermissionDenied,
        OutcomeCause::RegionOrPolicy,
        OutcomeCause::OrgDisabled,
        OutcomeCause::WorkspaceIdRequired,
        OutcomeCause::CreditTooLow,
        OutcomeCause::Billing,
        OutcomeCause::SpendLimit,
        OutcomeCause::VersionHeader,
        OutcomeCause::OtherRejection,
        OutcomeCause::RateLimited,
        OutcomeCause::Overloaded,
        OutcomeCause::ServerError,
        OutcomeCause::NotAnthropic,
        OutcomeCause::UnknownShape,
        OutcomeCause::Network,
        OutcomeCause::Timeout,
        OutcomeCause::Cancelled,
    ];

    /// The family this cause belongs to.
    pub fn kind(self) -> VerdictKind {
        use OutcomeCause::*;
        match self {
            Works | WorksAdmin | CountTokensOk => VerdictKind::Works,
            InvalidKey
            | MissingKey
            | BearerRejected
            | OauthNotSupported
            | OauthNotAllowedForOrg
            | OauthExpired
            | ClaudeCodeOnlyCredential
            | InvalidCredentials
            | CorsHeaderMissing
            | OrgForbidsBrowser
            | NotFoundOrDisabled
            | PermissionDenied
            | RegionOrPolicy
            | OrgDisabled
            | WorkspaceIdRequired
            | CreditTooLow
            | Billing
            | SpendLimit
            | VersionHeader
            | OtherRejection => VerdictKind::Rejected,
            RateLimited | Overloaded | ServerError | NotAnthropic | UnknownShape | Network | Timeout | Cancelled => {
                VerdictKind::CouldntTell
            }
        }
    }
}
