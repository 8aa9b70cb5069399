//! From a pasted error to the report: what the page shows of it becomes the report's error
//! section (never the paste, keys only by their hint), and the SDK generation the report names
//! comes from the walk's answers first, else from the error's wording.

use key_doctor::diagnose::credentials::Generation;
use key_doctor::diagnose::error_text::{Reading, recognize};
use key_doctor::diagnose::report::{Report, ReportInput, build, known_generation};
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

/// The report of a session whose only input is `paste`, read as the page reads it.
fn report_of(paste: &str) -> Report {
    let reading = Some(read(paste)).filter(|r| !r.is_empty());
    build(&ReportInput { base_url: "https://kd.example/".into(), error: reading, ..ReportInput::default() })
}

#[test]
fn a_recognized_401_becomes_the_report_fields() {
    let recognition = read(PY2_401);
    assert_eq!(recognition.steps.first().map(|s| s.as_str()), Some("key-listed"));
    let report = report_of(PY2_401);
    for expected in [
        &format!("Recognized as: {}", recognition.headline),
        "Printed by: Python SDK (anthropic)",
        "SDK version: Python SDK 2.0 or newer",
        "Status: 401",
        "Error type: authentication_error",
        "Message: Invalid bearer token",
        "Request ids: req_01ABCDEFGHIJKLMNOPQRSTUV",
        "Likely cause: step key-listed <https://kd.example/step/key-listed/>",
    ] {
        assert!(report.text.contains(expected), "lacks {expected:?}:\n{}", report.text);
    }
    assert!(!report.text.contains("Credentials in the paste"), "{}", report.text);
    assert!(!report.text.contains("anthropic==2.3.1"), "the paste itself stays out:\n{}", report.text);
}

#[test]
fn a_key_in_the_paste_is_named_by_its_hint_only() {
    let recognition = read(&key_in_header());
    let hint = recognize(&key_in_header()).keys[0].hint.clone().expect("an Anthropic key has a hint");
    assert_eq!(recognition.keys[0].shown_as, hint, "an Anthropic key is shown as its hint");
    let report = report_of(&key_in_header());
    assert!(report.text.contains(&format!("Credentials in the paste: Anthropic API key ({hint})")), "{}", report.text);
    for out in [&report.markdown, &report.text] {
        assert!(out.contains(&hint) && out.contains("treat as exposed"), "{out}");
        assert!(!out.contains(&KEY[13..]) && !out.contains(&KEY[20..40]), "the key leaked:\n{out}");
    }
}

#[test]
fn an_unrecognized_paste_says_so_and_an_empty_one_is_left_out() {
    let report = report_of(UNKNOWN);
    assert!(report.text.contains("Printed by: not recognized"), "{}", report.text);
    assert!(report.text.contains("Status: none") && !report.text.contains("Likely cause"), "{}", report.text);
    assert!(!report_of("").text.contains("Error message (recognized"));
    // An empty reading handed in by mistake is left out too.
    let empty = build(&ReportInput { error: Some(Reading::default()), ..ReportInput::default() });
    assert!(!empty.text.contains("Error message (recognized"), "{}", empty.text);
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
