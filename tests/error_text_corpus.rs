//! The recognizer against the error-text corpus: every `tests/error_corpus/*.toml` file except
//! `holdout.toml` (the held-out check, never read here), each case's text → its `[case.expect]`
//! (schema: the team's corpus-schema note, repeated in the corpus README).

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

/// What differs between the recognition and the case's expectations.
fn differences(want: &Expect, r: &Recognition) -> Vec<String> {
    let mut wrong = Vec::new();
    let mut same = |what: &str, want: &str, got: &str| {
        if want != got {
            wrong.push(format!("{what}: want {want:?}, got {got:?}"));
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
    same("cause", &want.cause, steps.first().copied().unwrap_or(""));
    if let Kind::NotAuth(what) = r.kind {
        same("not_auth", &want.not_auth, what.id());
    }
    if let Some(status) = want.status {
        if r.status != Some(status) {
            wrong.push(format!("status: want {status}, got {:?}", r.status));
        }
    }
    if !want.request_id.is_empty() && !r.request_ids.contains(&want.request_id) {
        wrong.push(format!("request_id: want {:?} among {:?}", want.request_id, r.request_ids));
    }
    for also in &want.also {
        if !steps.iter().skip(1).any(|s| s == also) {
            wrong.push(format!("also: want {also:?} after the first step, got {steps:?}"));
        }
    }
    wrong
}

#[test]
fn every_corpus_case_is_recognized_as_its_thread_confirms() {
    let cases = cases();
    assert!(!cases.is_empty(), "no corpus cases found");
    let mut failures = Vec::new();
    for (file, case) in &cases {
        let r = recognize(&case.text);
        let wrong = differences(&case.expect, &r);
        if !wrong.is_empty() {
            failures.push(format!("{file} {} ({}):\n    {}", case.id, case.url, wrong.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} corpus cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
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
