//! One key tested both ways (`x-api-key` + 2023-06-01, `Authorization: Bearer` + 2026-10-21): the
//! comparison as a table of verdict pairs, its invariants over every pair, and stories that
//! start from the API's answers.

use key_doctor::diagnose::outcome::{
    Agreement, Answer, Body, CallResult, Failure, OutcomeCause, OutcomeCause as C, VerdictKind, compare, interpret,
};
use key_doctor::diagnose::probe::Probe;
use key_doctor::diagnose::route;

/// (x-api-key verdict, Bearer verdict, agreement, words the explanation must contain)
const TABLE: &[(OutcomeCause, OutcomeCause, Agreement, &str)] = &[
    (C::Works, C::Works, Agreement::Same, "ANTHROPIC_BASE_URL"),
    (C::InvalidKey, C::KeyRejectedAsBearer, Agreement::Same, "makes no difference"),
    (C::InvalidKey, C::InvalidKey, Agreement::Same, "makes no difference"),
    (C::InvalidKey, C::InvalidCredentials, Agreement::Same, "makes no difference"),
    (C::CreditTooLow, C::CreditTooLow, Agreement::Same, "makes no difference"),
    (C::OrganizationOnHold, C::OrganizationOnHold, Agreement::Same, "makes no difference"),
    // Works in curl and Claude Code, fails in a Python 2.x script.
    (C::Works, C::MissingKey, Agreement::Differ, "removed the `Authorization` header"),
    (C::Works, C::KeyRejectedAsBearer, Agreement::Differ, "refused only when sent in `Authorization`"),
    (C::Works, C::VersionHeader, Agreement::Differ, "API version was refused"),
    (C::Works, C::PermissionDenied, Agreement::Differ, "the one that failed names what differs"),
    // The reverse.
    (C::MissingKey, C::Works, Agreement::Differ, "removed the `x-api-key` header"),
    (C::InvalidKey, C::Works, Agreement::Differ, "Python ≥ 2.0 and TypeScript ≥ 1.0"),
    (C::BearerRejected, C::Works, Agreement::Differ, "refused only when sent in `x-api-key`"),
    // Both refused, differently.
    (C::CreditTooLow, C::MissingKey, Agreement::Differ, "treats the two headers differently"),
    (C::InvalidKey, C::MissingKey, Agreement::Differ, "treats the two headers differently"),
    // Nothing to compare.
    (C::Works, C::Network, Agreement::Inconclusive, "the Bearer test could not tell"),
    (C::Timeout, C::Works, Agreement::Inconclusive, "the x-api-key test could not tell"),
    (C::RateLimited, C::Cancelled, Agreement::Inconclusive, "neither test could tell"),
    (C::InvalidKey, C::NotAnthropic, Agreement::Inconclusive, "the Bearer test could not tell"),
    (C::Overloaded, C::InvalidKey, Agreement::Inconclusive, "the x-api-key test could not tell"),
];

#[test]
fn every_row_gives_its_agreement_and_words() {
    for &(x_api_key, bearer, agreement, words) in TABLE {
        let comparison = compare(x_api_key, bearer);
        let row = format!("{x_api_key:?} / {bearer:?}");
        assert_eq!(comparison.agreement, agreement, "{row}");
        assert!(comparison.explanation.contains(words), "{row}: {}", comparison.explanation);
    }
}

#[test]
fn every_pair_of_verdicts_compares_sensibly() {
    for x_api_key in OutcomeCause::ALL {
        for bearer in OutcomeCause::ALL {
            let comparison = compare(x_api_key, bearer);
            let row = format!("{x_api_key:?} / {bearer:?}");
            let words = format!("{} {}", comparison.headline, comparison.explanation);
            assert!(!comparison.headline.is_empty() && !comparison.explanation.is_empty(), "{row}");
            // The agreement does not depend on which side is which.
            assert_eq!(compare(bearer, x_api_key).agreement, comparison.agreement, "{row}");
            let couldnt_tell =
                x_api_key.kind() == VerdictKind::CouldntTell || bearer.kind() == VerdictKind::CouldntTell;
            if couldnt_tell {
                assert_eq!(comparison.agreement, Agreement::Inconclusive, "{row}");
                let lower = words.to_lowercase();
                assert!(!lower.contains("invalid") && !lower.contains("refused"), "{row}: {words}");
            } else if x_api_key == bearer {
                assert_eq!(comparison.agreement, Agreement::Same, "{row}");
            }
            if x_api_key.kind() != bearer.kind() && !couldnt_tell {
                assert_eq!(comparison.agreement, Agreement::Differ, "{row}: works one way only");
            }
        }
    }
}

#[test]
fn only_a_difference_has_a_step_of_its_own() {
    assert_eq!(route::for_comparison(Agreement::Differ).unwrap().to_string(), "bearer-works-differently");
    assert_eq!(route::for_comparison(Agreement::Same), None);
    assert_eq!(route::for_comparison(Agreement::Inconclusive), None);
}

fn answer(status: u16, text: &str) -> CallResult {
    CallResult::Answered(Answer { status, headers: Vec::new(), body: Body::from_text(text) })
}

const MODELS: &str = r#"{"data":[{"type":"model","id":"claude-haiku-4-5-20251001","display_name":"Claude Haiku 4.5"}],"has_more":false}"#;

#[test]
fn story_a_proxy_strips_authorization_so_only_the_new_sdks_fail() {
    // The x-api-key test lists the models; the Bearer test arrives without a key.
    let x_api_key = interpret(&Probe::Models, &answer(200, MODELS), 90);
    let bearer = interpret(
        &Probe::ModelsBearer,
        &answer(
            401,
            r#"{"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"}}"#,
        ),
        90,
    );
    let comparison = compare(x_api_key.cause, bearer.cause);
    assert_eq!(comparison.agreement, Agreement::Differ);
    assert!(comparison.headline.contains("works in `x-api-key` but not as Bearer"), "{}", comparison.headline);
    assert!(comparison.explanation.contains("works in curl and Claude Code"), "{}", comparison.explanation);
}

#[test]
fn story_a_wrong_key_is_refused_both_ways_in_each_ways_wording() {
    let x_api_key = interpret(
        &Probe::Models,
        &answer(401, r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#),
        50,
    );
    let bearer = interpret(
        &Probe::ModelsBearer,
        &answer(401, r#"{"type":"error","error":{"type":"authentication_error","message":"Invalid bearer token"}}"#),
        50,
    );
    let comparison = compare(x_api_key.cause, bearer.cause);
    assert_eq!(comparison.agreement, Agreement::Same);
    assert!(comparison.headline.contains("not the problem"), "{}", comparison.headline);
}

#[test]
fn story_the_bearer_preflight_fails_so_nothing_is_concluded() {
    let x_api_key = interpret(&Probe::Models, &answer(200, MODELS), 50);
    let bearer = interpret(&Probe::ModelsBearer, &CallResult::Failed(Failure::Network), 50);
    let comparison = compare(x_api_key.cause, bearer.cause);
    assert_eq!(comparison.agreement, Agreement::Inconclusive);
    assert!(comparison.headline.starts_with("Can't compare yet"), "{}", comparison.headline);
}
