//! From a pasted error to the report: what the recognizer found becomes the report's error
//! summary (never the paste, keys only by their hint), and the SDK generation the report names
//! comes from the walk's answers first, else from the error's wording.

use key_doctor::diagnose::credentials::Generation;
use key_doctor::diagnose::error_text::{Reading, recognize};
use key_doctor::diagnose::report::{ErrorSummary, ReportInput, build, known_generation};
use key_doctor::diagnose::tree;

const KEY: &str =
    "sk-ant-api03-pTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa_2o76umfXfKm_r5kJP1VrT-1FJors_6ILi8IHn5kxsC7tVO_HbkQfyAA";
const PY2_401: &str = "$ pip freeze | grep anthropic\nanthropic==2.3.1\n$ python app.py\nanthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'Invalid bearer token'}, 'request_id': 'req_01ABCDEFGHIJKLMNOPQRSTUV'}";
const PY097_NO_KEY: &str = "TypeError: \"Could not resolve authentication method. Expected either api_key or auth_token to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be explicitly omitted\"";
const TS093_NO_KEY: &str = "Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for one of the \"X-Api-Key\" or \"Authorization\" headers to be explicitly omitted";
const TS1_NO_KEY: &str = "Error: Could not resolve authentication method. Expected one of apiKey, authToken, credentials, config, or profile to be set. Or for the \"Authorization\" header to be explicitly omitted";
const CLAUDE_CODE: &str = "> hello\n  ⎿  Invalid API key · Fix external API key";
const UNKNOWN: &str = "something went wrong, please try again";

/// What the page has of a paste: the recognizer's result, as its module hands it over.
fn read(paste: &str) -> Reading {
    Reading::of(&recognize(paste))
}

fn key_in_header() -> String {
    format!(
        "Traceback (most recent call last):\n  File \"/venv/lib/python3.12/site-packages/httpx2/_transports/default.py\", line 101, in map_httpcore_exceptions\nh11._util.LocalProtocolError: Illegal header value b'Bearer {KEY}\\n'\n\nThe above exception was the direct cause of the following exception:\n\nanthropic.APIConnectionError: Connection error."
    )
}

#[test]
fn a_recognized_401_becomes_the_report_fields() {
    let recognition = read(PY2_401);
    let summary = ErrorSummary::of(&recognition).expect("a paste has a summary");
    assert_eq!(summary.headline, recognition.headline);
    assert_eq!(summary.source, "Python SDK (anthropic)");
    assert!(summary.version_range.as_deref().is_some_and(|v| v.starts_with("Python SDK 2.0 or newer")));
    assert_eq!(summary.status, Some(401));
    assert_eq!(summary.error_type.as_deref(), Some("authentication_error"));
    assert_eq!(summary.message.as_deref(), Some("Invalid bearer token"));
    assert_eq!(summary.request_ids, ["req_01ABCDEFGHIJKLMNOPQRSTUV"]);
    assert_eq!(summary.causes, recognition.steps);
    assert!(summary.keys.is_empty());
    let report =
        build(&ReportInput { base_url: "https://kd.example/".into(), error: Some(summary), ..ReportInput::default() });
    for expected in [
        &format!("Recognized as: {}", recognition.headline),
        "Printed by: Python SDK (anthropic)",
        "SDK version: Python SDK 2.0 or newer",
        "Status: 401",
        "Message: Invalid bearer token",
        "Request ids: req_01ABCDEFGHIJKLMNOPQRSTUV",
        "Likely cause: step key-listed <https://kd.example/step/key-listed/>",
    ] {
        assert!(report.text.contains(expected), "lacks {expected:?}:\n{}", report.text);
    }
    assert!(!report.text.contains("anthropic==2.3.1"), "the paste itself stays out:\n{}", report.text);
}

#[test]
fn a_key_in_the_paste_is_named_by_its_hint_only() {
    let recognition = read(&key_in_header());
    let summary = ErrorSummary::of(&recognition).expect("a paste has a summary");
    let hint = recognize(&key_in_header()).keys[0].hint.clone().expect("an Anthropic key has a hint");
    assert_eq!(recognition.keys[0].shown_as, hint, "an Anthropic key is shown as its hint");
    assert_eq!(summary.keys, [format!("Anthropic API key ({hint})")]);
    let report = build(&ReportInput { error: Some(summary), ..ReportInput::default() });
    for out in [&report.markdown, &report.text] {
        assert!(out.contains(&hint) && out.contains("treat as exposed"), "{out}");
        assert!(!out.contains(&KEY[13..]) && !out.contains(&KEY[20..40]), "the key leaked:\n{out}");
    }
}

#[test]
fn an_unrecognized_paste_says_so_and_an_empty_one_is_left_out() {
    let summary = ErrorSummary::of(&read(UNKNOWN)).expect("a paste has a summary");
    assert_eq!(summary.source, "not recognized");
    assert!(summary.causes.is_empty() && summary.status.is_none());
    assert_eq!(ErrorSummary::of(&read("")), None);
}

#[test]
fn the_wording_tells_the_generation_when_it_names_one() {
    let cases: [(&str, Option<Generation>); 6] = [
        (PY2_401, Some(Generation::Python2)),
        (PY097_NO_KEY, Some(Generation::Python097)),
        (TS093_NO_KEY, Some(Generation::TypeScript093)),
        (TS1_NO_KEY, Some(Generation::TypeScript1)),
        (CLAUDE_CODE, Some(Generation::ClaudeCode)),
        (UNKNOWN, None),
    ];
    for (paste, expected) in cases {
        assert_eq!(read(paste).generation, expected, "{paste}");
    }
}

#[test]
fn the_users_answer_beats_the_wording() {
    let py2 = read(PY2_401);
    let cases: [(Option<tree::Generation>, Option<&str>, Option<Generation>); 6] = [
        (Some(tree::Generation::Typescript1), Some(PY2_401), Some(Generation::TypeScript1)),
        (Some(tree::Generation::ClaudeCode), None, Some(Generation::ClaudeCode)),
        (Some(tree::Generation::Python1), None, Some(Generation::Python098)),
        // Raw HTTP is no SDK generation: the wording decides.
        (Some(tree::Generation::RawHttp), Some(PY2_401), Some(Generation::Python2)),
        (None, Some(TS093_NO_KEY), Some(Generation::TypeScript093)),
        (None, None, None),
    ];
    for (walk, paste, expected) in cases {
        let recognition = paste.map(read);
        assert_eq!(known_generation(walk.as_ref(), recognition.as_ref()), expected, "{walk:?} {paste:?}");
    }
    assert_eq!(known_generation(None, Some(&py2)), Some(Generation::Python2));
}
