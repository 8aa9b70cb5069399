//! One table for "what sends the user where": what the pasted text is, each key finding and each
//! live-call verdict (and the comparison of the two ways of sending a key), mapped to a step of the
//! decision tree. (Recognized error texts join here.)
//! `tests/tree_valid.rs` proves every target exists in the tree.

use super::key::{Family, Finding, FindingKind, Provider};
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
        .collect()
}

fn step(slug: &str) -> Option<StepId> {
    slug.parse().ok()
}
