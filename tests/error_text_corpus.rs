//! The recognizer against the error-text corpus: every `tests/error_corpus/*.toml` file except
//! `holdout.toml` (the held-out check, never read here), each case's text → its `[case.expect]`
//! (schema: the team's corpus-schema note, repeated in the corpus README).
//!
//! How expectations are read: `kind`, `not_auth`, `status`, `error_type`, `error_code`,
//! `message` (whitespace collapsed), `request_id`, `version` and `source` must match; `cause`
//! must be the first step, or the second when the first is the case's own `also` (the same two
//! causes, in an order the text alone cannot settle); `also` is not required (a recognizer may
//! offer one step where a thread confirms two). Where a thread knows more than its text shows
//! (the app behind a plain SDK message, the fix a maintainer found), [`FROM_THE_THREAD`] names
//! the expectation and why; such an entry must still differ, so the list only shrinks.

use std::path::{Path, PathBuf};

use key_doctor::diagnose::error_text::{Kind, Recognition, recognize};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    url: String,
    #[serde(default)]
    text: String,
    expect: Expect,
}

#[derive(Deserialize)]
struct Expect {
    kind: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    status: Option<u16>,
    #[serde(default)]
    error_type: String,
    #[serde(default)]
    error_code: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    request_id: String,
    #[serde(default)]
    cause: String,
    #[serde(default)]
    also: Vec<String>,
    #[serde(default)]
    not_auth: String,
}

/// Expectations only the thread can know: (case id, field, why the text cannot show it).
const FROM_THE_THREAD: &[(&str, &str, &str)] = &[
    ("cc-both-set-proxy-headroom-1442", "cause", "the text shows only `Invalid API key · Fix external API key`"),
    ("cc-concatenated-cc-switch-claudian-611", "cause", "the proxy (CC Switch) is named only in the thread"),
    (
        "cc-oauth-token-in-api-key-cliproxyapi-3006",
        "cause",
        "the token's kind is described in Chinese prose, not shown",
    ),
    ("neg-mistral-cline-1734", "source", "no sign of Cline in the text"),
    ("unk-zed-gateway-deserialize-45761", "source", "no sign of Zed in the text"),
    (
        "py-401-bearer-httpx-log-alpaca-727",
        "source",
        "a Python dict repr reads as the Python SDK; the app uses another client",
    ),
    ("py-handshake-401-helm-502", "cause", "a bare 401: revoked or wrong is for Console to tell (key-listed asks)"),
    ("browser-cors-opt-in-nextchat-5429", "source", "NextChat being a web app is known from the thread"),
    ("browser-cors-electron-nextchat-5452", "source", "NextChat being a web app is known from the thread"),
    ("browser-proxy-forwards-request-conductai-1815", "source", "the browser is known from the thread"),
    ("curl-origin-no-acao-open-pencil-436", "source", "the text is a curl run; the app is a browser one"),
    ("aider-litellm-wrapped-950", "source", "the traceback shows LiteLLM only; Aider is named in the thread"),
    ("aider-litellm-bytes-1490", "source", "the traceback shows LiteLLM only; Aider is named in the thread"),
    ("openhands-sourcegraph-key-4651", "cause", "a Sourcegraph token is not a family the key checker knows"),
    ("open-webui-pipeline-unquoted-145", "source", "no sign of Open WebUI in the text"),
    ("langchainjs-key-not-found-embedjs-164", "cause", "the .env that was not loaded is known from the thread"),
    ("openrouter-byok-ai-sdk-provider-24", "source", "no sign of the Vercel AI SDK in the text"),
    ("superdesign-missing-key-restart-4", "cause", "the client created before the key is known from the thread"),
    (
        "agent-sdk-bearer-fixed-by-update-poco-claw-10",
        "source",
        "Claude Code's rendering; the Agent SDK is known from the thread",
    ),
    ("zed-invalid-key-ui-kwallet-55395", "cause", "the key missing from the keyring is known from the thread"),
    ("zed-curl-works-editor-fails-23730", "source", "the text is a curl run; the editor is named in the thread"),
    ("roo-gateway-403-portkey-10939", "source", "no sign of Roo Code in the text"),
    (
        "claudable-credential-only-claude-code-45",
        "source",
        "`API Error:` reads as Claude Code's rendering; the app is another",
    ),
    ("langchain-typeerror-wrapped-pr-39285", "source", "the Python SDK's message; LangChain is known from the thread"),
    ("ts-noauth-agent-exe-29", "cause", "the .env that was not loaded is known from the thread"),
];

/// The corpus files, holdout excluded.
fn corpus_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/error_corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/error_corpus exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| p.file_name().is_some_and(|n| n != "holdout.toml"))
        .collect();
    files.sort();
    files
}

fn cases() -> Vec<(String, Case)> {
    corpus_files()
        .into_iter()
        .flat_map(|path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let text = std::fs::read_to_string(&path).expect("read");
            let file: File = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            file.case.into_iter().map(move |c| (name.clone(), c))
        })
        .collect()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What differs between the recognition and the case's expectations, as (field, detail).
fn differences(want: &Expect, r: &Recognition) -> Vec<(&'static str, String)> {
    let mut wrong = Vec::new();
    let mut same = |what: &'static str, want: &str, got: &str| {
        if want != got {
            wrong.push((what, format!("{what}: want {want:?}, got {got:?}")));
        }
    };
    same("kind", &want.kind, r.kind.id());
    let source = r.source.map_or("unknown", |s| s.id());
    if !want.source.is_empty() {
        same("source", &want.source, source);
    }
    if !want.version.is_empty() {
        same("version", &want.version, r.version.map_or("", |v| v.id()));
    }
    if !want.error_type.is_empty() {
        same("error_type", &want.error_type, r.error_type.as_deref().unwrap_or(""));
    }
    if !want.error_code.is_empty() {
        same("error_code", &want.error_code, r.error_code.as_deref().unwrap_or(""));
    }
    if !want.message.is_empty() {
        same("message", &squash(&want.message), &squash(r.message.as_deref().unwrap_or("")));
    }
    let steps: Vec<&str> = r.steps.iter().map(|s| s.as_str()).collect();
    // The thread's cause first; or second when the first is the case's own second cause (the
    // same two causes, the text alone cannot order them).
    let first = steps.first().copied().unwrap_or("");
    let swapped = steps.get(1) == Some(&want.cause.as_str()) && want.also.iter().any(|a| a == first);
    if !swapped {
        same("cause", &want.cause, first);
    }
    if let Kind::NotAuth(what) = r.kind {
        same("not_auth", &want.not_auth, what.id());
    }
    if let Some(status) = want.status
        && r.status != Some(status)
    {
        wrong.push(("status", format!("status: want {status}, got {:?}", r.status)));
    }
    if !want.request_id.is_empty() && !r.request_ids.contains(&want.request_id) {
        wrong.push(("request_id", format!("request_id: want {:?} among {:?}", want.request_id, r.request_ids)));
    }
    wrong
}

#[test]
fn every_corpus_case_is_recognized_as_its_thread_confirms() {
    let cases = cases();
    assert!(!cases.is_empty(), "no corpus cases found");
    let mut failures = Vec::new();
    let (mut also_offered, mut also_wanted) = (0, 0);
    for (file, case) in &cases {
        let r = recognize(&case.text);
        let thread_only = |field: &str| FROM_THE_THREAD.iter().any(|(id, f, _)| *id == case.id && *f == field);
        let all = differences(&case.expect, &r);
        let wrong: Vec<&str> = all.iter().filter(|(field, _)| !thread_only(field)).map(|(_, d)| d.as_str()).collect();
        let now_right: Vec<&str> = FROM_THE_THREAD
            .iter()
            .filter(|(id, field, _)| *id == case.id && !all.iter().any(|(f, _)| f == field))
            .map(|(_, field, _)| *field)
            .collect();
        if !wrong.is_empty() {
            failures.push(format!("{file} {} ({}):\n    {}", case.id, case.url, wrong.join("\n    ")));
        }
        if !now_right.is_empty() {
            failures.push(format!("{file} {}: {now_right:?} now recognized, remove from FROM_THE_THREAD", case.id));
        }
        also_wanted += case.expect.also.len();
        also_offered += case.expect.also.iter().filter(|a| r.steps.iter().any(|s| s.as_str() == a.as_str())).count();
    }
    eprintln!(
        "{} cases; second causes the threads confirm that are offered too: {also_offered} of {also_wanted}",
        cases.len()
    );
    assert!(failures.is_empty(), "{} of {} corpus cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn corpus_ids_are_unique_and_every_case_has_a_source_link() {
    let cases = cases();
    let mut ids: Vec<&str> = cases.iter().map(|(_, c)| c.id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "duplicate case ids");
    for (file, case) in &cases {
        assert!(!case.url.trim().is_empty(), "{file} {}: no url", case.id);
        assert!(["auth", "not-auth", "unknown"].contains(&case.expect.kind.as_str()), "{file} {}", case.id);
    }
}

#[test]
fn no_case_shows_a_key_once_recognized() {
    for (file, case) in cases() {
        let r = recognize(&case.text);
        for key in &r.keys {
            assert!(!key.shown_as.is_empty(), "{file} {}", case.id);
        }
        let shown = r.shown_text();
        for found in key_doctor::diagnose::key::find_keys(&case.text) {
            let secret = &case.text[found.start..found.end];
            if secret.len() > 24 {
                assert!(!shown.contains(&secret[12..24]), "{file} {}: a key leaked", case.id);
            }
        }
    }
}
