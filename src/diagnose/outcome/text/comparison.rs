//! The words for one key tested both ways: the same answer, different answers, or no comparison.

use super::super::cause::OutcomeCause::{self, *};
use super::super::cause::VerdictKind;
use super::super::compare::Agreement;

/// The headline and the explanation for comparing the `x-api-key` verdict with the Bearer one.
pub(in super::super) fn describe_comparison(
    agreement: Agreement,
    x_api_key: OutcomeCause,
    bearer: OutcomeCause,
) -> (String, String) {
    let works = |cause: OutcomeCause| cause.kind() == VerdictKind::Works;
    match agreement {
        Agreement::Inconclusive => {
            let which = match (x_api_key.kind(), bearer.kind()) {
                (VerdictKind::CouldntTell, VerdictKind::CouldntTell) => "neither test could tell",
                (VerdictKind::CouldntTell, _) => "the x-api-key test could not tell",
                _ => "the Bearer test could not tell",
            };
            (
                "Can't compare yet: at least one test said nothing about the key.".into(),
                format!(
                    "A comparison needs an answer about the key from both tests, and {which} (a network failure, a \
                     timeout, a cancel, a rate limit or an outage says nothing about the key). Run it again, or run \
                     it from a terminal with the command in its result."
                ),
            )
        }
        Agreement::Same if works(x_api_key) => (
            "Same answer both ways: the key works in `x-api-key` and as Bearer.".into(),
            "Anthropic accepts this key whether it is sent the way curl and Claude Code send it or the way Python ≥ \
             2.0 and TypeScript ≥ 1.0 send it. If one of your tools works and another fails with this same key, the \
             difference lies between that tool and the API (a gateway or proxy, for example one set in \
             ANTHROPIC_BASE_URL, that handles the Authorization header differently), or the failing tool is not \
             sending this key."
                .into(),
        ),
        Agreement::Same => (
            "Same answer both ways: how the key is sent is not the problem.".into(),
            "Both tests got the same verdict on the key, so sending it in `x-api-key` or as `Authorization: Bearer` \
             makes no difference here. Follow the next step of either result."
                .into(),
        ),
        Agreement::Differ if works(x_api_key) => (
            "The answers differ: the key works in `x-api-key` but not as Bearer.".into(),
            format!(
                "This is the “works in curl and Claude Code, fails in my Python ≥ 2 or TypeScript ≥ 1 script” case: \
                 those SDKs send keys as `Authorization: Bearer` with `anthropic-version: 2026-10-21`. {}",
                why_only_one_way_fails(bearer, "Authorization")
            ),
        ),
        Agreement::Differ if works(bearer) => (
            "The answers differ: the key works as Bearer but not in `x-api-key`.".into(),
            format!(
                "Python ≥ 2.0 and TypeScript ≥ 1.0, which send keys as Bearer, will likely work, while curl, Claude \
                 Code 2.1 and older SDKs, which send `x-api-key`, fail. {}",
                why_only_one_way_fails(x_api_key, "x-api-key")
            ),
        ),
        Agreement::Differ => (
            "The answers differ: both ways were refused, for different reasons.".into(),
            "How the key is sent changes the answer. That points at something in between (a proxy or a gateway) that \
             treats the two headers differently, or at a check made for one way only. Compare the two results: each \
             names its own next step."
                .into(),
        ),
    }
}

/// Why the way that failed did, from its verdict; `header` is the header it carried the key in.
fn why_only_one_way_fails(failed: OutcomeCause, header: &str) -> String {
    match failed {
        MissingKey => format!(
            "That test arrived without a key, so something between this browser and the API (a proxy, a gateway or \
             a browser extension) likely removed the `{header}` header."
        ),
        KeyRejectedAsBearer | BearerRejected | InvalidKey | InvalidCredentials => format!(
            "The key was refused only when sent in `{header}`: likely a proxy or gateway in between that forwards or \
             rewrites the headers differently. What Anthropic itself answers to a key sent as Bearer is unconfirmed."
        ),
        VersionHeader => "Its API version was refused: something in between likely does not accept it.".into(),
        _ => "Compare the two results: the one that failed names what differs.".into(),
    }
}
