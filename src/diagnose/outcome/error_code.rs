//! `error.details.error_code`: the API's machine-readable cause, read before the message text.
//!
//! Python ≥ 2.0 and TypeScript ≥ 1.0 pick their error classes by status and code, and say not to
//! match on the message, whose wording can change (sdk-2026-facts.md §1.3). The codes below are
//! those the facts file names (§1.3, and §3: the codes Claude Code 2.1 knows), plus the two spend
//! limits the Python SDK answers with a 429 (anthropic@2.14.0:anthropic/_error_classes.py:330-331).

use super::cause::OutcomeCause::{self, *};

/// Every code Key Doctor knows, with the cause it points at.
pub const KNOWN_ERROR_CODES: [(&str, OutcomeCause); 15] = [
    ("organization_on_hold", OrganizationOnHold),
    ("claude_code_key_creator_not_member", KeyCreatorNotMember),
    ("api_key_scope_missing", KeyScopeMissing),
    ("ip_not_in_allowed_range", IpNotAllowed),
    ("organization_disabled", OrgDisabled),
    ("restricted_regime_endpoint", RestrictedRegime),
    ("oauth_not_allowed_for_organization", OauthNotAllowedForOrg),
    ("oauth_scope_insufficient", OauthScopeInsufficient),
    ("token_expired", OauthExpired),
    ("oauth_application_deactivated", OauthAppDeactivated),
    ("oauth_token_no_organization", OauthTokenIncomplete),
    ("oauth_token_no_account", OauthTokenIncomplete),
    ("oauth_account_not_member", AccountNotMember),
    ("enforced_spend_limit_reached", SpendLimit),
    ("contract_spend_limit_reached", SpendLimit),
];

/// The cause `code` names, if Key Doctor knows it (codes are matched exactly, as the SDKs do).
pub(super) fn cause_of_code(code: &str) -> Option<OutcomeCause> {
    KNOWN_ERROR_CODES.iter().find(|(known, _)| *known == code).map(|(_, cause)| *cause)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_never_point_at_a_guess() {
        let mut codes: Vec<_> = KNOWN_ERROR_CODES.iter().map(|(code, _)| *code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), KNOWN_ERROR_CODES.len());
        for (code, cause) in KNOWN_ERROR_CODES {
            assert!(![UnknownErrorCode, OtherRejection, UnknownShape].contains(&cause), "{code}");
        }
    }

    #[test]
    fn matching_is_exact() {
        assert_eq!(cause_of_code("organization_on_hold"), Some(OrganizationOnHold));
        assert_eq!(cause_of_code("Organization_On_Hold"), None);
        assert_eq!(cause_of_code("organization_on_hold_v2"), None);
    }
}
