//! One table for "what sends the user where": what the pasted text is, each key finding, each
//! live-call verdict and each recognized error text, mapped to a step of the decision tree.
//! `tests/tree_valid.rs` proves every target exists in the tree (or is pending, see
//! [`PENDING_STEPS`]).

use super::error_text::ErrorCause;
use super::key::{Family, Finding, FindingKind, Provider};
use super::outcome::OutcomeCause;
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
        InvalidKey => "key-listed",
        InvalidCredentials | NotFoundOrDisabled => "key-revoked",
        MissingKey => "key-not-set",
        BearerRejected => "bearer-instead-of-x-api-key",
        OauthNotSupported | OauthNotAllowedForOrg | ClaudeCodeOnlyCredential => "oauth-token-as-key",
        OauthExpired => "claude-code-login-expired",
        CorsHeaderMissing => "browser-opt-in-header",
        OrgForbidsBrowser => "org-forbids-browser",
        PermissionDenied => "wrong-workspace",
        RegionOrPolicy => "region-blocked",
        OrgDisabled => "org-disabled",
        WorkspaceIdRequired => "workspace-id-required",
        CreditTooLow | Billing => "no-credits",
        SpendLimit => "spend-limit",
        VersionHeader => "missing-version-header",
        OtherRejection => "what-says",
        RateLimited => "rate-limited",
        Overloaded | ServerError => "api-unavailable",
        NotAnthropic | UnknownShape | Network | Timeout => "network-unreachable",
        Cancelled => return None,
    };
    step(slug)
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

/// Step ids this table already uses that the decision tree does not have yet: they are
/// reserved for the causes of "Today's SDKs" (issue 7, /work/notes/new-slugs.md) and come
/// with the tree branch.
// TODO(merge of branch `sdk-tree`): once it is merged these ids exist in the tree, and
// `tests/error_text_routes.rs` fails, naming each id to delete from this list.
pub const PENDING_STEPS: &[&str] = &[
    "bearer-works-differently",
    "payment-required",
    "organization-on-hold",
    "ip-not-allowed",
    "key-scope-missing",
    "key-creator-not-member",
    "claude-code-api-key-auth-disabled",
    "claude-code-subscription-disabled",
    "claude-code-profile",
    "two-credential-arguments",
    "key-and-token-both-set",
    "env-key-shadows-profile",
    "profile-not-found",
    "profile-bad-json",
    "profile-unknown-type",
    "profile-file-modes",
    "profile-login-expired",
    "federation-rule-mismatch",
    "federation-workspace-missing",
    "identity-token-file-missing",
    "federation-partial-env",
];

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
        .chain(ErrorCause::ALL.iter().flat_map(|cause| for_error(*cause)))
        .collect()
}

fn step(slug: &str) -> Option<StepId> {
    slug.parse().ok()
}
