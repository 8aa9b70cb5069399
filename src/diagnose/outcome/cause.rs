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
    /// 401 `Invalid bearer token` to a key sent in `x-api-key`: something added an `Authorization` header.
    BearerRejected,
    /// 401 `Invalid bearer token` (or `OAuth access token is invalid`) to the key sent as
    /// `Authorization: Bearer`: likely a rejected key; the API's wording for that is unconfirmed.
    KeyRejectedAsBearer,
    /// 401 `OAuth authentication is currently not supported.`
    OauthNotSupported,
    /// 401 `OAuth authentication is currently not allowed for this organization.`
    OauthNotAllowedForOrg,
    /// 401 `OAuth (access) token has expired…`, or the code `token_expired`.
    OauthExpired,
    /// `OAuth (access) token has been revoked`.
    TokenRevoked,
    /// The code `oauth_scope_insufficient`: the OAuth token lacks a scope the request needs.
    OauthScopeInsufficient,
    /// `OAuth token application has been deactivated`, or the code `oauth_application_deactivated`.
    OauthAppDeactivated,
    /// `Token lacks associated organization|account`, or the codes `oauth_token_no_organization` and
    /// `oauth_token_no_account`.
    OauthTokenIncomplete,
    /// `Account is no longer a member of the organization`, or the code `oauth_account_not_member`.
    AccountNotMember,
    /// `Organization access has been revoked` or `Workspace access has been revoked`.
    AccessRevoked,
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
    /// 400 `This organization has been disabled.`, or the code `organization_disabled`.
    OrgDisabled,
    /// The code `organization_on_hold` (400, `OrganizationOnHoldError`): on hold for trust and safety reasons.
    OrganizationOnHold,
    /// The code `claude_code_key_creator_not_member` (400): the Claude Code key's creator left.
    KeyCreatorNotMember,
    /// The code `api_key_scope_missing` (403, `BetaAPIKeyScopeMissingError`).
    KeyScopeMissing,
    /// The code `ip_not_in_allowed_range`: the organization accepts only certain IP addresses.
    IpNotAllowed,
    /// The code `restricted_regime_endpoint`; its meaning is not documented (likely a regional restriction).
    RestrictedRegime,
    /// 400 `anthropic-workspace-id is required…` (identity-linked keys).
    WorkspaceIdRequired,
    /// 400 `Your credit balance is too low…`
    CreditTooLow,
    /// 402 (`PaymentRequiredError` in Python ≥ 2.0 and TypeScript ≥ 1.0).
    PaymentRequired,
    /// `billing_error` with another status than 402.
    Billing,
    /// 400 `You have reached your specified API usage limits…`: a spend limit.
    SpendLimit,
    /// 400 about the `anthropic-version` header.
    VersionHeader,
    /// Any other 4xx, shown with the API's own type and message.
    OtherRejection,
    /// A 4xx whose `error.details.error_code` Key Doctor does not know, shown verbatim.
    UnknownErrorCode,
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
    pub const ALL: [OutcomeCause; 45] = [
        OutcomeCause::Works,
        OutcomeCause::WorksAdmin,
        OutcomeCause::CountTokensOk,
        OutcomeCause::InvalidKey,
        OutcomeCause::MissingKey,
        OutcomeCause::BearerRejected,
        OutcomeCause::KeyRejectedAsBearer,
        OutcomeCause::OauthNotSupported,
        OutcomeCause::OauthNotAllowedForOrg,
        OutcomeCause::OauthExpired,
        OutcomeCause::TokenRevoked,
        OutcomeCause::OauthScopeInsufficient,
        OutcomeCause::OauthAppDeactivated,
        OutcomeCause::OauthTokenIncomplete,
        OutcomeCause::AccountNotMember,
        OutcomeCause::AccessRevoked,
        OutcomeCause::ClaudeCodeOnlyCredential,
        OutcomeCause::InvalidCredentials,
        OutcomeCause::CorsHeaderMissing,
        OutcomeCause::OrgForbidsBrowser,
        OutcomeCause::NotFoundOrDisabled,
        OutcomeCause::PermissionDenied,
        OutcomeCause::RegionOrPolicy,
        OutcomeCause::OrgDisabled,
        OutcomeCause::OrganizationOnHold,
        OutcomeCause::KeyCreatorNotMember,
        OutcomeCause::KeyScopeMissing,
        OutcomeCause::IpNotAllowed,
        OutcomeCause::RestrictedRegime,
        OutcomeCause::WorkspaceIdRequired,
        OutcomeCause::CreditTooLow,
        OutcomeCause::PaymentRequired,
        OutcomeCause::Billing,
        OutcomeCause::SpendLimit,
        OutcomeCause::VersionHeader,
        OutcomeCause::OtherRejection,
        OutcomeCause::UnknownErrorCode,
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
            | KeyRejectedAsBearer
            | OauthNotSupported
            | OauthNotAllowedForOrg
            | OauthExpired
            | TokenRevoked
            | OauthScopeInsufficient
            | OauthAppDeactivated
            | OauthTokenIncomplete
            | AccountNotMember
            | AccessRevoked
            | ClaudeCodeOnlyCredential
            | InvalidCredentials
            | CorsHeaderMissing
            | OrgForbidsBrowser
            | NotFoundOrDisabled
            | PermissionDenied
            | RegionOrPolicy
            | OrgDisabled
            | OrganizationOnHold
            | KeyCreatorNotMember
            | KeyScopeMissing
            | IpNotAllowed
            | RestrictedRegime
            | WorkspaceIdRequired
            | CreditTooLow
            | PaymentRequired
            | Billing
            | SpendLimit
            | VersionHeader
            | OtherRejection
            | UnknownErrorCode => VerdictKind::Rejected,
            RateLimited | Overloaded | ServerError | NotAnthropic | UnknownShape | Network | Timeout | Cancelled => {
                VerdictKind::CouldntTell
            }
        }
    }
}
