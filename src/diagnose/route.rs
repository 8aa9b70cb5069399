//! One table for "what sends the user where": what the pasted text is, each key finding, each
//! live-call verdict (and the comparison of the two ways of sending a key) and each recognized
//! error text, mapped to a step of the decision tree. `tests/tree_valid.rs` proves every target
//! exists in the tree.

use super::error_text::ErrorCause;
use super::key::{Family, Finding, FindingKind, Provider};
use super::one_liners::KeyIssue;
use super::outcome::{Agreement, OutcomeCause};
use super::tree::StepId;

/// The step that explains what to do with this kind of credential, if it is not a plain API key.
pub fn for_family(family: Family) -> Option<StepId> {
    let slug = match family {
        Family::Empty | Family::AnthropicApiKey => return None,
        Family::AnthropicAdminKey => "admin-key-for-messages",
        Family::AnthropicOauthToken => "oauth-token-as-key",
        Family::OtherProvider(Provider::AwsAccessKey | Provider::BedrockApiKey) => "bedrock-vertex-credentials",
        Family::OtherProvider(_) => "other-provider-key",
        Family::AnthropicComplianceKey
        | Family::AnthropicRefreshToken
        | Family::AnthropicSessionCookie
        | Family::AnthropicOther
        | Family::Placeholder
        | Family::MaskedHint
        | Family::Unrecognized => "not-an-api-key",
    };
    step(slug)
}

/// The step that explains a finding and its fix.
pub fn for_finding(finding: &Finding) -> Option<StepId> {
    step(finding_slug(finding.kind))
}

fn finding_slug(kind: FindingKind) -> &'static str {
    use FindingKind::*;
    match kind {
        LeadingWhitespace | TrailingWhitespace | LineBreak | InnerWhitespace | Quotes | HeaderPrefix
        | EnvAssignment | TrailingPunctuation | Invisible | LookAlike | NonAscii | SurroundingText | Doubled
        | SeveralKeys | WrongCase | Underscores | BadCharacters | TooLong | FarTooLong => "paste-artefacts",
        BearerPrefix => "bearer-instead-of-x-api-key",
        TooShort | WrongSuffix => "truncated-key",
        VariableReference | EmptyValue => "key-not-set",
        AdminKey => "admin-key-for-messages",
        OauthToken => "oauth-token-as-key",
        OtherProvider => "other-provider-key",
        Placeholder | MaskedHint | ComplianceKey | RefreshToken | SessionCookie | UnknownAnthropicKind
        | Unrecognized => "not-an-api-key",
    }
}

/// The step a live-call verdict leads to; `None` only for a cancelled call, which says nothing.
pub fn for_outcome(cause: OutcomeCause) -> Option<StepId> {
    use OutcomeCause::*;
    let slug = match cause {
        // The key works, so the question is where the failing program gets its key from.
        Works | CountTokensOk => "which-tool",
        WorksAdmin => "admin-key-for-messages",
        // A key refused as Bearer is, as far as anyone knows, a refused key (the wording is unconfirmed).
        InvalidKey | KeyRejectedAsBearer => "key-listed",
        InvalidCredentials | NotFoundOrDisabled => "key-revoked",
        MissingKey => "key-not-set",
        // Only reached by a key sent in x-api-key: raw HTTP and third-party clients.
        BearerRejected => "bearer-instead-of-x-api-key",
        OauthNotSupported | OauthNotAllowedForOrg | ClaudeCodeOnlyCredential | OauthAppDeactivated => {
            "oauth-token-as-key"
        }
        // Fixed by signing in again.
        OauthExpired | TokenRevoked | OauthScopeInsufficient | OauthTokenIncomplete => "claude-code-login-expired",
        AccountNotMember | AccessRevoked => "owner-left",
        CorsHeaderMissing => "browser-opt-in-header",
        OrgForbidsBrowser => "org-forbids-browser",
        PermissionDenied => "wrong-workspace",
        RegionOrPolicy | RestrictedRegime => "region-blocked",
        OrgDisabled => "org-disabled",
        OrganizationOnHold => "organization-on-hold",
        KeyCreatorNotMember => "key-creator-not-member",
        KeyScopeMissing => "key-scope-missing",
        IpNotAllowed => "ip-not-allowed",
        WorkspaceIdRequired => "workspace-id-required",
        CreditTooLow | Billing => "no-credits",
        PaymentRequired => "payment-required",
        SpendLimit => "spend-limit",
        VersionHeader => "missing-version-header",
        OtherRejection | UnknownErrorCode => "what-says",
        RateLimited => "rate-limited",
        Overloaded | ServerError => "api-unavailable",
        NotAnthropic | UnknownShape | Network | Timeout => "network-unreachable",
        Cancelled => return None,
    };
    step(slug)
}

/// The step a comparison of the two ways of sending a key leads to: only a difference has one
/// of its own (each verdict already links to its next step).
pub fn for_comparison(agreement: Agreement) -> Option<StepId> {
    match agreement {
        Agreement::Differ => step("bearer-works-differently"),
        Agreement::Same | Agreement::Inconclusive => None,
    }
}

/// The step a problem with the variable, as a no-key check reports it, leads to.
pub fn for_key_issue(issue: KeyIssue) -> Option<StepId> {
    step(match issue {
        KeyIssue::NotSet | KeyIssue::Empty => "key-not-set",
        // The program still gets an older key from somewhere else.
        KeyIssue::OtherKey => "key-source",
        KeyIssue::EdgeWhitespace => "paste-artefacts",
    })
}

/// The steps a recognized error text leads to, most likely first: none, one, or two (then
/// [`ErrorCause::tells_apart`] says how to choose).
pub fn for_error(cause: ErrorCause) -> Vec<StepId> {
    use ErrorCause::*;
    let slugs: &[&str] = match cause {
        RejectedKey => &["key-listed"],
        RevokedCredential => &["key-revoked"],
        BearerRejected => &["bearer-instead-of-x-api-key", "stray-auth-token"],
        BearerRejectedNewSdk => &["key-listed", "bearer-works-differently"],
        BearerRejectedClaudeCode | ClaudeCodeAuthToken | StrayAuthToken => &["stray-auth-token"],
        KeyNotSet => &["key-not-set"],
        CiSecretMissing => &["ci-secret-missing"],
        KeyNotSetFederation => &["key-not-set", "federation-partial-env"],
        PasteArtefact => &["paste-artefacts"],
        EmptyAuthToken => &["stray-auth-token", "key-not-set"],
        NoCredits => &["no-credits", "subscription-not-api"],
        ClaudeCodeCredits => &["claude-code-env-overrides-login", "no-credits"],
        SpendLimit => &["spend-limit"],
        PaymentRequired => &["payment-required"],
        OrgDisabled => &["org-disabled"],
        ClaudeCodeOrgDisabled => &["org-disabled", "claude-code-env-overrides-login"],
        ClaudeCodeCredentialRefused => &["claude-code-login-expired", "org-disabled"],
        ClaudeCodeOauthRefused => &["claude-code-login-expired", "oauth-token-as-key"],
        ClaudeCodeLoginRefused => &["claude-code-login-expired", "wrong-workspace"],
        CloudInsteadOfLogin => &["bedrock-vertex-credentials", "claude-code-not-logged-in"],
        ClaudeCodeKeyDisabledOrg => &["claude-code-env-overrides-login", "org-disabled"],
        OrganizationOnHold => &["organization-on-hold"],
        WorkspaceIdRequired => &["workspace-id-required"],
        PermissionDenied => &["wrong-workspace"],
        RegionBlocked => &["region-blocked"],
        IpNotAllowed => &["ip-not-allowed"],
        KeyScopeMissing => &["key-scope-missing"],
        KeyCreatorNotMember => &["key-creator-not-member"],
        OwnerLeft => &["owner-left"],
        CorsHeaderMissing => &["browser-opt-in-header", "proxy-forwards-origin"],
        BrowserCors | BrowserGuard => &["browser-opt-in-header"],
        BrowserFetchFailed => &["browser-opt-in-header", "network-unreachable"],
        OrgForbidsBrowser => &["org-forbids-browser"],
        VersionHeader => &["missing-version-header"],
        OauthAsKey | OauthNotAllowed => &["oauth-token-as-key"],
        OauthScope => &["oauth-token-as-key", "claude-code-login-expired"],
        LoginExpired => &["claude-code-login-expired"],
        LoginExpiredOrProfile => &["claude-code-login-expired", "profile-login-expired"],
        ClaudeCodeNotLoggedIn => &["claude-code-not-logged-in"],
        ClaudeCodeExternalKey => &["claude-code-env-overrides-login", "key-listed"],
        ClaudeCodeInvalidKeyOrNoLogin => &["claude-code-env-overrides-login", "claude-code-not-logged-in"],
        ClaudeCodeHelper => &["claude-code-api-key-helper"],
        ClaudeCodeApiKeyAuthDisabled => &["claude-code-api-key-auth-disabled"],
        ClaudeCodeSubscriptionDisabled => &["claude-code-subscription-disabled"],
        ClaudeCodeProfile => &["claude-code-profile"],
        ClaudeCodeEnvOverride => &["claude-code-env-overrides-login"],
        ClaudeCodeTokenOverride => &["stray-auth-token", "claude-code-env-overrides-login"],
        Gateway => &["base-url-proxy"],
        CloudCredentials => &["bedrock-vertex-credentials"],
        TwoCredentialArguments => &["two-credential-arguments"],
        KeyAndTokenBothSet => &["key-and-token-both-set"],
        EnvKeyShadowsProfile => &["env-key-shadows-profile"],
        ProfileNotFound => &["profile-not-found"],
        ProfileBadJson => &["profile-bad-json"],
        ProfileUnknownType => &["profile-unknown-type"],
        ProfileFileModes => &["profile-file-modes"],
        ProfileLoginExpired => &["profile-login-expired"],
        ProfileCredentialsMissing => &["profile-login-expired", "profile-not-found"],
        FederationRuleMismatch => &["federation-rule-mismatch", "federation-workspace-missing"],
        FederationWorkspaceMissing => &["federation-workspace-missing"],
        IdentityTokenFileMissing => &["identity-token-file-missing"],
        FederationPartialEnv => &["federation-partial-env"],
        RateLimited => &["rate-limited"],
        Overloaded | ServerError => &["api-unavailable"],
        ModelNotFound | NotFound => &["not-found"],
        Network | Timeout => &["network-unreachable"],
        InvalidRequest | OtherProviderError => &[],
    };
    slugs.iter().filter_map(|slug| step(slug)).collect()
}

/// Every target this table can produce, for the test that checks them against the tree.
pub fn all_targets() -> Vec<StepId> {
    use super::key::Severity;
    let families = [
        Family::AnthropicAdminKey,
        Family::AnthropicOauthToken,
        Family::OtherProvider(Provider::AwsAccessKey),
        Family::OtherProvider(Provider::OpenAi),
        Family::Placeholder,
    ];
    let findings = FindingKind::ALL.iter().map(|kind| Finding {
        kind: *kind,
        severity: Severity::Note,
        positions: Vec::new(),
        excerpt: None,
        message: String::new(),
        action: String::new(),
    });
    families
        .into_iter()
        .filter_map(for_family)
        .chain(findings.filter_map(|f| for_finding(&f)))
        .chain(OutcomeCause::ALL.into_iter().filter_map(for_outcome))
        .chain([Agreement::Same, Agreement::Differ, Agreement::Inconclusive].into_iter().filter_map(for_comparison))
        .chain(ErrorCause::ALL.iter().flat_map(|cause| for_error(*cause)))
        .chain(KeyIssue::ALL.into_iter().filter_map(for_key_issue))
        .collect()
}

fn step(slug: &str) -> Option<StepId> {
    slug.parse().ok()
}
