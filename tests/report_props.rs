//! The help-desk report and the share link: a full report reads like a help desk needs it, and
//! for random keys of every family the key checker knows, pasted inside random text and handed
//! to every field the page fills, neither format of the report nor any share link holds a
//! credential-shaped piece of the key (8 or more consecutive characters of its secret part).

mod support;

use key_doctor::diagnose::credentials::{Generation, Input, Setup, Summary};
use key_doctor::diagnose::error_text::{KeyInPaste, Reading};
use key_doctor::diagnose::key;
use key_doctor::diagnose::outcome::{Answer, Body, CallResult, Verdict, interpret};
use key_doctor::diagnose::probe::Probe;
use key_doctor::diagnose::report::{LEFT_OUT, LiveCheck, ReportInput, build, share_link};
use key_doctor::diagnose::tree::StepId;
use key_doctor::diagnose::walk::{TrailItem, Walk};
use proptest::prelude::*;

const BASE: &str = "https://kd.example/tools/key-doctor";
const REQ: &str = "req_011CYhr1kdGzCrPHfrhibMen";
const ORG: &str = "5b1d7f0e-8c2a-4e67-9a3b-2f4c6d8e0a1b";

/// The verdict on a 401 answer to `probe`, with an `error_code` in the body's details if given.
fn answer(probe: Probe, message: &str, code: Option<&str>, request_id: &str, org: &str) -> Verdict {
    let mut error = serde_json::json!({"type": "authentication_error", "message": message});
    if let Some(code) = code {
        error["details"] = serde_json::json!({ "error_code": code });
    }
    let body = Body::from_text(&serde_json::json!({"type": "error", "error": error}).to_string());
    let headers = vec![
        ("request-id".to_string(), request_id.to_string()),
        ("anthropic-organization-id".to_string(), org.to_string()),
    ];
    interpret(&probe, &CallResult::Answered(Answer { status: 401, headers, body }), 180)
}

fn step(slug: &str) -> StepId {
    slug.parse().expect("a step id")
}

#[test]
fn a_full_report_tells_a_help_desk_what_happened() {
    let tree = support::load_tree();
    let key = format!("sk-ant-api03-{}AA", support::body(3, 93));
    let walk = Walk::from_search("?step=key-listed&tool=python&says=invalid-x-api-key&sdk=py-2");
    let input = ReportInput {
        utc_time: "2026-12-01T10:04:05Z".into(),
        version: "0.1.0".into(),
        git_hash: "3934a3c".into(),
        user_agent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0".into(),
        base_url: BASE.into(),
        key: Some(key::check(&format!("export ANTHROPIC_API_KEY=\"{key}\"\n"))),
        live: vec![
            LiveCheck::of(answer(Probe::Models, "invalid x-api-key", None, REQ, ORG)),
            LiveCheck::of(answer(Probe::ModelsBearer, "Invalid bearer token", Some("token_invalid"), REQ, ORG)),
        ],
        error: Some(Reading {
            source: Some("Python SDK (anthropic)".into()),
            version: Some("2.0.0 or later".into()),
            status: Some(401),
            error_type: Some("authentication_error".into()),
            message: Some("invalid x-api-key".into()),
            request_ids: vec![REQ.into()],
            steps: vec![step("key-revoked")],
            chars: 200,
            ..Reading::default()
        }),
        sdk: Some(Generation::Python2),
        credentials: Some(Setup::new(Generation::Python2, [Input::Key, Input::Token])),
        credentials_answer: Summary::of(&Setup::new(Generation::Python2, [Input::Key, Input::Token])),
        trail: walk.trail(&tree),
        step_title: tree.node(&step("key-listed")).map(|n| n.title().to_string()),
        walk,
    };
    let report = build(&input);
    let hint = input.key.as_ref().and_then(|k| k.hint.clone()).expect("a hint");
    for (format, out) in [("markdown", &report.markdown), ("text", &report.text)] {
        for expected in [
            "2026-12-01T10:04:05Z",
            "0.1.0 (3934a3c)",
            "Chrome/131.0",
            "Anthropic API key",
            hint.as_str(),
            "36 characters as pasted, 108 once cleaned",
            "Rejected",
            "invalid x-api-key",
            "Invalid bearer token",
            "token_invalid",
            "Live test (x-api-key, 2023-06-01)",
            "Live test (bearer, 2026-10-21)",
            REQ,
            ORG,
            "Python anthropic 2.0 or later",
            "Anthropic: ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN are both set. Using ANTHROPIC_API_KEY.",
            "https://kd.example/tools/key-doctor/step/which-tool/",
            "https://kd.example/tools/key-doctor/step/what-says/?tool=python",
            "https://kd.example/tools/key-doctor/step/key-revoked/?tool=python&says=invalid-x-api-key&sdk=py-2",
            "https://kd.example/tools/key-doctor/step/key-listed/?tool=python&says=invalid-x-api-key&sdk=py-2&gen=py-2&has=key.token",
            "https://kd.example/tools/key-doctor/which-credential/?gen=py-2&has=key.token",
        ] {
            assert!(out.contains(expected), "{format} lacks {expected:?}:\n{out}");
        }
        assert!(
            out.trim_end().lines().last().is_some_and(|l| l.contains("Left out on purpose")),
            "{format} ends with what it leaves out"
        );
        assert!(!out.contains(&key[13..]), "{format} holds the key");
        assert!(!out.contains("Rejected: Rejected"), "{format} repeats the verdict's family");
        assert!(out.contains("What sends the request to Claude? → Python SDK (anthropic)"), "{format} shows the path");
    }
    assert!(report.markdown.starts_with("# Key Doctor report\n"));
    assert!(report.markdown.contains("- **Message:** `invalid x-api-key`"));
    assert!(report.text.contains("- Message: invalid x-api-key\n"));
}

/// A key of a family the checker knows: (the key, the part after its prefix).
fn any_key() -> impl Strategy<Value = (String, String)> {
    const B64: &str = "[A-Za-z0-9_-]";
    let anthropic = prop::sample::select(vec!["api03", "admin01", "api01", "oat01", "ort01", "sid01", "xyz12"])
        .prop_flat_map(|segment| {
            (
                Just(format!("sk-ant-{segment}-")),
                prop::string::string_regex(&format!("{B64}{{8,93}}")).unwrap(),
                any::<bool>(),
            )
                .prop_map(|(prefix, body, whole)| {
                    let body = if whole { format!("{body}AA") } else { body };
                    (format!("{prefix}{body}"), body)
                })
        });
    let providers = prop::sample::select(vec![
        ("sk-proj-", 40),
        ("sk-svcacct-", 60),
        ("sk-admin-", 50),
        ("sk-or-v1-", 64),
        ("AIza", 35),
        ("ABSK", 100),
        ("bedrock-api-key-", 80),
        ("gsk_", 52),
        ("xai-", 80),
        ("pplx-", 48),
        ("hf_", 34),
        ("ghp_", 36),
        ("gho_", 36),
        ("ghs_", 36),
        ("ghu_", 36),
        ("github_pat_", 82),
    ])
    .prop_flat_map(|(prefix, len)| {
        prop::string::string_regex(&format!("{B64}{{8,{len}}}"))
            .unwrap()
            .prop_map(move |body| (format!("{prefix}{body}"), body))
    });
    let fixed = prop_oneof![
        prop::string::string_regex("[A-Z0-9]{16}").unwrap().prop_map(|b| (format!("AKIA{b}"), b)),
        prop::string::string_regex("[0-9a-f]{32}").unwrap().prop_map(|b| (format!("sk-{b}"), b)),
        prop::string::string_regex("[A-Za-z0-9]{20}").unwrap().prop_map(|b| {
            let body = format!("{b}T3BlbkFJ{b}");
            (format!("sk-{body}"), body)
        }),
    ];
    prop_oneof![3 => anthropic, 2 => providers, 1 => fixed]
}

/// The key inside a paste: a realistic wrapper, or random text around it, or twice.
fn paste_of(key: String) -> impl Strategy<Value = String> {
    let wrappers = prop::sample::select(vec![
        ("", ""),
        ("export ANTHROPIC_API_KEY=\"", "\"\n"),
        ("ANTHROPIC_API_KEY=", ""),
        ("Bearer ", ""),
        ("x-api-key: ", "\r\n"),
        ("  '", "',"),
        ("httpx.LocalProtocolError: Illegal header value b'Bearer ", "\\n'"),
        ("anthropic.AuthenticationError: Error code: 401 - {'error': {'message': 'bad key ", "'}}"),
        ("curl -H \"x-api-key: ", "\" https://api.anthropic.com/v1/models"),
        ("\u{200B}", "\u{FEFF}"),
    ]);
    let k = key.clone();
    prop_oneof![
        wrappers.prop_map(move |(before, after)| format!("{before}{k}{after}")),
        ("\\PC{0,30}", "\\PC{0,30}").prop_map(move |(before, after)| format!("{before}{key}{after}")),
    ]
}

fn adversarial_input(paste: &str, setup: Option<Setup>) -> ReportInput {
    let verdict = answer(Probe::ModelsBearer, paste, Some(paste), paste, paste);
    let walk = Walk {
        step: Some(paste.to_string()),
        answers: vec![("tool".into(), paste.into()), ("says".into(), "invalid-x-api-key".into())],
    };
    ReportInput {
        utc_time: paste.into(),
        version: paste.into(),
        git_hash: paste.into(),
        user_agent: paste.into(),
        base_url: BASE.into(),
        key: Some(key::check(paste)),
        live: vec![LiveCheck::of(verdict)],
        error: Some(Reading {
            verdict_label: paste.into(),
            headline: paste.into(),
            source: Some(paste.into()),
            version: Some(paste.into()),
            status: Some(401),
            error_type: Some(paste.into()),
            error_code: Some(paste.into()),
            message: Some(paste.into()),
            request_ids: vec![paste.into(), REQ.into()],
            organization_id: Some(paste.into()),
            keys: vec![KeyInPaste {
                family: paste.into(),
                shown_as: paste.into(),
                count: 1,
                findings: vec![paste.into()],
                step: None,
            }],
            steps: vec![step("key-revoked")],
            chars: paste.len().max(1),
            ..Reading::default()
        }),
        sdk: None,
        credentials_answer: setup.as_ref().and_then(Summary::of),
        credentials: setup,
        trail: vec![TrailItem {
            question: step("which-tool"),
            question_title: paste.into(),
            answer_label: paste.into(),
            change_link: format!("?step=which-tool&tool={paste}"),
        }],
        step_title: Some(paste.into()),
        walk,
    }
}

fn any_setup() -> impl Strategy<Value = Option<Setup>> {
    let inputs = prop::collection::vec(prop::sample::select(Input::ALL.to_vec()), 0..6);
    prop::option::of((prop::sample::select(Generation::ALL.to_vec()), inputs).prop_map(|(g, i)| Setup::new(g, i)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_report_or_share_link_holds_a_piece_of_the_key(
        (paste, body) in any_key().prop_flat_map(|(key, body)| (paste_of(key), Just(body))),
        setup in any_setup(),
    ) {
        let input = adversarial_input(&paste, setup.clone());
        let report = build(&input);
        let links = [
            share_link(BASE, &input.walk, setup.as_ref()),
            share_link(BASE, &Walk::from_search(&format!("?step={paste}&tool={paste}")), None),
        ];
        let outputs = [("markdown", report.markdown.as_str()), ("text", report.text.as_str()), ("share link", &links[0]), ("share link", &links[1])];
        let chars: Vec<char> = body.chars().collect();
        for (name, out) in outputs {
            // A run like `--------` is the report's own rule line, not a piece of the key.
            for window in chars.windows(8).filter(|w| is_telling(w)) {
                let piece: String = window.iter().collect();
                prop_assert!(!out.contains(&piece), "{} holds {:?} of the key in {:?}:\n{}", name, piece, paste, out);
            }
        }
        prop_assert!(report.text.trim_end().ends_with(LEFT_OUT));
    }
}

/// An 8-character piece that could only come from the key: letters or digits, and at least
/// three different characters.
fn is_telling(window: &[char]) -> bool {
    let mut distinct = window.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    window.iter().any(char::is_ascii_alphanumeric) && distinct.len() >= 3
}

#[test]
fn an_empty_report_still_says_what_it_leaves_out() {
    let input = ReportInput { base_url: BASE.into(), ..ReportInput::default() };
    let report = build(&input);
    assert!(report.markdown.contains("- **Time (UTC):** not given"));
    assert!(report.text.contains("- Share this step: link <https://kd.example/tools/key-doctor/>"));
    assert!(!report.text.contains("Live test") && !report.text.contains("Which credential"));
    assert!(report.text.trim_end().ends_with(LEFT_OUT));
}
