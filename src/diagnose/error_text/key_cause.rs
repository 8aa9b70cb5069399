//! A key in the paste as the cause: when the message says the key was rejected, a key beside
//! it that is an OAuth token, another provider's key or holds a line break explains why, and
//! comes first. So does example text in a key's place (`sk-ant-api03-your-key-here`), and a
//! credential named only by its prefix or its kind (`sk-ant-oat01-…`, a setup token).

use super::refine::hit;
use super::scan::Scan;
use super::secrets::{Hidden, Place, Redacted};
use super::{ErrorCause, FoundKey};
use crate::diagnose::key::Family;
use crate::diagnose::route;
use crate::diagnose::tree::StepId;

/// How close to the clue a key must be to speak for it, in bytes.
const KEY_REACH: usize = 600;

/// Causes a key in the paste can explain better than the message.
pub(super) fn about_the_key(cause: ErrorCause) -> bool {
    use ErrorCause::*;
    matches!(
        cause,
        RejectedKey
            | RevokedCredential
            | BearerRejected
            | BearerRejectedNewSdk
            | BearerRejectedClaudeCode
            | PasteArtefact
            | ClaudeCodeExternalKey
            | ClaudeCodeInvalidKeyOrNoLogin
            | ClaudeCodeAuthToken
            | OauthAsKey
    )
}

/// What in the paste, beside the clue, explains it better than the message: where it is, the
/// step it points to, why, and what its quoted line shows.
pub(super) struct Lead {
    pub at: usize,
    pub step: Option<StepId>,
    pub why: String,
    pub shows: &'static str,
}

/// A key near the clue that points to a step of its own (Anthropic's first, the nearest);
/// else example text in a key's place (`sk-ant-api03-your-key-here`), the nearest.
pub(super) fn lead_near(red: &Redacted, at: usize) -> Option<Lead> {
    let key = near(red, at)
        .filter_map(|place| match place.hidden {
            Hidden::Listed(i) => Some((place.start, &red.keys[i])),
            Hidden::Example | Hidden::Unlisted => None,
        })
        .filter(|(_, key)| key.step.is_some())
        .min_by_key(|(start, key)| (!is_anthropic(key.family), start.abs_diff(at)));
    if let Some((start, key)) = key {
        return Some(Lead { at: start, step: key.step.clone(), why: key_reason(key), shows: "the key" });
    }
    near(red, at).filter(|place| place.hidden == Hidden::Example).min_by_key(|place| place.start.abs_diff(at)).map(
        |place| Lead {
            at: place.start,
            step: route::for_family(Family::Placeholder),
            why: example_reason(&red.text[place.start..place.end]),
            shows: "the example text",
        },
    )
}

/// Why example text beside the error explains it; `shown_as` is its hint (the prefix only).
fn example_reason(shown_as: &str) -> String {
    format!(
        "Beside the error the text shows example text where a key belongs ({shown_as}), as copied from a template or a guide: a program that sends it is refused just so. If the program sends a real key, the second step applies."
    )
}

fn near(red: &Redacted, at: usize) -> impl Iterator<Item = &Place> {
    red.places.iter().filter(move |place| place.start.abs_diff(at) <= KEY_REACH)
}

fn is_anthropic(family: Family) -> bool {
    matches!(
        family,
        Family::AnthropicApiKey
            | Family::AnthropicAdminKey
            | Family::AnthropicComplianceKey
            | Family::AnthropicOauthToken
            | Family::AnthropicRefreshToken
            | Family::AnthropicSessionCookie
            | Family::AnthropicOther
    )
}

/// Why a key's own step comes first.
fn key_reason(key: &FoundKey) -> String {
    let why = key
        .findings
        .iter()
        .find(|f| route::for_finding(f) == key.step)
        .map_or_else(|| key.family.explanation().to_string(), |f| f.message.clone());
    format!(
        "The key in the text ({}) explains the error by itself: {why} If the program sends another key, the second step applies.",
        key.shown_as
    )
}

/// A credential the text names by its prefix or its kind only (`sk-ant-oat01-…`, a setup
/// token): its kind explains a rejection as well as a whole key would. Not a subscription token
/// where the tool that printed the text sends one itself (`oauth_native`,
/// [`Source::sends_subscription_tokens`](super::source::Source::sends_subscription_tokens)).
pub(super) fn named_credential(scan: &Scan, oauth_native: bool, steps: &mut Vec<StepId>, tells: &mut Option<String>) {
    let named = [
        (
            "sk-ant-oat01",
            Family::AnthropicOauthToken,
            "a credential starting with sk-ant-oat01-: a Claude subscription OAuth token",
        ),
        ("sk-ant-admin01", Family::AnthropicAdminKey, "a credential starting with sk-ant-admin01-: an Admin key"),
        (
            "setup-token",
            Family::AnthropicOauthToken,
            "a setup token (made by claude setup-token): a Claude subscription OAuth token",
        ),
    ];
    for (needle, family, what) in named {
        if oauth_native && family == Family::AnthropicOauthToken {
            continue;
        }
        if hit(scan, needle) {
            let step = route::for_family(family);
            put_first(steps, tells, step, || {
                format!(
                    "The text names {what}, which the API does not take as an API key. If the program sends another key, the second step applies."
                )
            });
            return;
        }
    }
}

/// Puts `step` first when it differs from the message's own, with why.
pub(super) fn put_first(
    steps: &mut Vec<StepId>,
    tells: &mut Option<String>,
    step: Option<StepId>,
    why: impl FnOnce() -> String,
) {
    let Some(step) = step else { return };
    if steps.first() == Some(&step) {
        return;
    }
    steps.retain(|s| *s != step);
    steps.insert(0, step);
    steps.truncate(2);
    *tells = Some(why());
}
