//! Absolute links for reports and "Share this step": `<base>step/<slug>/?<answers>`, built only
//! from step ids, the tree's answer parameters with slug values, and the reasoner's slugs, so a
//! link can never carry a key or pasted text.

use super::redact::is_credential_shaped;
use crate::diagnose::credentials::Setup;
use crate::diagnose::tree::{PARAMS, StepId, is_answer_value};
use crate::diagnose::walk::Walk;

/// Where the UI serves "Which credential actually wins", relative to the base URL.
pub const CREDENTIALS_PAGE: &str = "which-credential/";

/// `base` with exactly one trailing `/` (the app's own URL: trusted, not a user's text).
fn root(base: &str) -> String {
    format!("{}/", base.trim().trim_end_matches('/'))
}

/// The answers a link may carry: known parameters with slug values that are not shaped like a
/// credential (`sk-` and 32 hexadecimal digits is a valid slug), each parameter once.
fn safe_answers(answers: &[(String, String)]) -> Vec<(&str, &str)> {
    let mut kept: Vec<(&str, &str)> = Vec::new();
    for (param, value) in answers {
        let safe = is_answer_value(value) && !is_credential_shaped(value);
        if PARAMS.contains(&param.as_str()) && safe && !kept.iter().any(|(p, _)| *p == param.as_str()) {
            kept.push((param, value));
        }
    }
    kept
}

fn with_query(mut url: String, pairs: &[(&str, &str)]) -> String {
    if !pairs.is_empty() {
        let joined: Vec<String> = pairs.iter().map(|(name, value)| format!("{name}={value}")).collect();
        url.push('?');
        url.push_str(&joined.join("&"));
    }
    url
}

/// The walk's step, if it is a step id and not shaped like a credential (`sk-` and 32
/// hexadecimal digits is a valid step id).
pub(super) fn safe_step(raw: &str) -> Option<StepId> {
    raw.parse().ok().filter(|_| !is_credential_shaped(raw))
}

/// The page of `step` with `answers`: `<base>step/<slug>/?tool=python&…`.
pub fn step_url(base: &str, step: &StepId, answers: &[(String, String)]) -> String {
    with_query(format!("{}step/{step}/", root(base)), &safe_answers(answers))
}

/// "Share this step": the current step and answers (and the reasoner's ticks, if given), or
/// the start page when the walk names no valid step; with ticks and no walk at all, the
/// reasoner's page with them (the start page would not show them).
pub fn share_link(base: &str, walk: &Walk, credentials: Option<&Setup>) -> String {
    let at_start = walk.answers.is_empty() && walk.step.as_deref().and_then(safe_step).is_none();
    if let (true, Some(setup)) = (at_start, credentials) {
        return credentials_url(base, setup);
    }
    let mut pairs = safe_answers(&walk.answers);
    let setup = credentials.map(Setup::to_pairs).unwrap_or_default();
    pairs.extend(setup.iter().map(|(name, value)| (*name, value.as_str())));
    let page = match walk.step.as_deref().and_then(safe_step) {
        Some(step) => format!("{}step/{step}/", root(base)),
        None => root(base),
    };
    with_query(page, &pairs)
}

/// The reasoner's page with these ticks: `<base>which-credential/?gen=py-2&has=key.token`.
pub fn credentials_url(base: &str, setup: &Setup) -> String {
    let pairs = setup.to_pairs();
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(name, value)| (*name, value.as_str())).collect();
    with_query(format!("{}{CREDENTIALS_PAGE}", root(base)), &pairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::credentials::{Generation, Input};

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn step_links_are_paths_with_the_answers_in_the_query() {
        let step: StepId = "key-listed".parse().unwrap();
        let answers =
            pairs(&[("tool", "python"), ("says", "invalid-x-api-key"), ("key", "sk-ant-api03-x"), ("tool", "go")]);
        let deepseek = pairs(&[("tool", "sk-0123456789abcdef0123456789abcdef"), ("says", "invalid-x-api-key")]);
        assert_eq!(
            step_url("https://example.org", &step, &deepseek),
            "https://example.org/step/key-listed/?says=invalid-x-api-key"
        );
        assert_eq!(
            step_url("https://example.org/kd", &step, &answers),
            "https://example.org/kd/step/key-listed/?tool=python&says=invalid-x-api-key"
        );
        assert_eq!(step_url("https://example.org/", &step, &[]), "https://example.org/step/key-listed/");
    }

    #[test]
    fn share_links_carry_the_step_the_answers_and_the_ticks_only() {
        let walk = Walk {
            step: Some("stray-auth-token".into()),
            answers: pairs(&[("tool", "python"), ("says", "Some Text")]),
        };
        let setup = Setup::new(Generation::Python2, [Input::Key, Input::Token]);
        assert_eq!(
            share_link("https://kd.example/", &walk, Some(&setup)),
            "https://kd.example/step/stray-auth-token/?tool=python&gen=py-2&has=key.token"
        );
        for lost in ["sk-a…", "sk-0123456789abcdef0123456789abcdef"] {
            let lost = Walk { step: Some(lost.into()), answers: Vec::new() };
            assert_eq!(share_link("https://kd.example", &lost, None), "https://kd.example/");
        }
        let nowhere = Walk::default();
        assert_eq!(
            share_link("https://kd.example", &nowhere, Some(&setup)),
            "https://kd.example/which-credential/?gen=py-2&has=key.token"
        );
        assert_eq!(share_link("https://kd.example", &nowhere, None), "https://kd.example/");
        assert_eq!(
            credentials_url("https://kd.example", &setup),
            "https://kd.example/which-credential/?gen=py-2&has=key.token"
        );
    }
}
