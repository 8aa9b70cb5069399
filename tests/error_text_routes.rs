//! Where recognized error texts send the user: every target is a step of the tree, or one of
//! the ids reserved for the tree branch's new causes (issue 7) and not there yet; two steps
//! always come with what tells them apart; what is not a credential problem never leads to a
//! credential cause.

mod support;
use support::load_tree;

use key_doctor::diagnose::error_text::{ErrorCause, Kind};
use key_doctor::diagnose::route::{PENDING_STEPS, for_error};

/// The ids issue 7 reserves for its new causes (a copy of the table in the team's new-slugs
/// note), so a pending id cannot be a typo.
const RESERVED: &[&str] = &[
    "two-credential-arguments",
    "key-and-token-both-set",
    "env-key-shadows-profile",
    "profile-not-found",
    "profile-bad-json",
    "profile-unknown-type",
    "profile-file-modes",
    "profile-dir-mismatch",
    "active-profile-missing",
    "profile-login-expired",
    "federation-rule-mismatch",
    "federation-workspace-missing",
    "identity-token-file-missing",
    "federation-partial-env",
    "payment-required",
    "organization-on-hold",
    "key-creator-not-member",
    "key-scope-missing",
    "ip-not-allowed",
    "hosting-vercel",
    "hosting-netlify",
    "hosting-lambda",
    "hosting-cloud-run",
    "actions-secret-fork",
    "docker-build-vs-run",
    "claude-code-api-key-auth-disabled",
    "claude-code-subscription-disabled",
    "claude-code-profile",
    "bearer-works-differently",
    "which-sdk-version",
];

#[test]
fn every_target_is_in_the_tree_or_pending() {
    let tree = load_tree();
    for cause in ErrorCause::ALL {
        for step in for_error(*cause) {
            let known = tree.node(&step).is_some() || PENDING_STEPS.contains(&step.as_str());
            assert!(known, "{cause:?} leads to {step}, which is neither in the tree nor pending");
        }
    }
}

#[test]
fn pending_ids_are_reserved_and_still_missing() {
    let tree = load_tree();
    for id in PENDING_STEPS {
        assert!(RESERVED.contains(id), "{id} is not an id reserved for issue 7's causes");
    }
    // Fails once the tree branch is merged: then delete these from route::PENDING_STEPS.
    let arrived: Vec<&str> =
        PENDING_STEPS.iter().copied().filter(|id| tree.node(&id.parse().expect("slug")).is_some()).collect();
    assert!(arrived.is_empty(), "now in the tree, delete from route::PENDING_STEPS: {arrived:?}");
}

#[test]
fn two_steps_come_with_what_tells_them_apart() {
    for cause in ErrorCause::ALL {
        let steps = for_error(*cause);
        assert!(steps.len() <= 2, "{cause:?}");
        assert_eq!(steps.len() == 2, cause.tells_apart().is_some(), "{cause:?}: {steps:?}");
        assert!(!cause.label().is_empty());
    }
}

#[test]
fn what_is_not_a_credential_problem_never_leads_to_a_credential_cause() {
    const NOT_CREDENTIAL: &[&str] = &["rate-limited", "api-unavailable", "not-found", "network-unreachable"];
    for cause in ErrorCause::ALL.iter().filter(|c| matches!(c.kind(), Kind::NotAuth(_))) {
        for step in for_error(*cause) {
            assert!(NOT_CREDENTIAL.contains(&step.as_str()), "{cause:?} leads to {step}");
        }
    }
}
