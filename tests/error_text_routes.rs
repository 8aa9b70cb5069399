//! Where recognized error texts send the user: every target is a step of the tree, or one of
//! the ids reserved for the tree branch's new causes (issue 7) and not there yet; two steps
//! always come with what tells them apart; what is not a credential problem never leads to a
//! credential cause.

mod support;
use support::load_tree;

use key_doctor::diagnose::error_text::{ErrorCause, Kind};
use key_doctor::diagnose::route::for_error;

/// The ids issue 7 reserves for its new causes (a copy of the table in the team's new-slugs
/// note), so a pending id cannot be a typo.

#[test]
fn every_target_is_in_the_tree() {
    let tree = load_tree();
    for cause in ErrorCause::ALL {
        for step in for_error(*cause) {
            assert!(tree.node(&step).is_some(), "{cause:?} leads to {step}, which is not in the tree");
        }
    }
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
