//! The core stays pure: nothing under `src/diagnose/` may use a browser or UI crate, so every
//! rule can be tested natively and reused by a command-line version.

use std::fs;
use std::path::Path;

const WEB_CRATES: [&str; 6] = ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen", "serde_wasm_bindgen"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/diagnose is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Finds uses of `krate` as a path root: `use krate::…`, `krate::…` or `extern crate krate`.
fn uses_crate(source: &str, krate: &str) -> bool {
    source.lines().map(str::trim_start).filter(|line| !line.starts_with("//")).any(|line| {
        line.match_indices(krate).any(|(at, _)| {
            let before = line[..at].chars().next_back();
            let after = &line[at + krate.len()..];
            let starts_path = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            starts_path && (after.starts_with("::") || line.starts_with("extern crate"))
        })
    })
}

#[test]
fn the_core_imports_no_web_crate() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/diagnose"), &mut files);
    assert!(files.len() > 10, "expected the core's files, found {}", files.len());
    let offenders: Vec<String> = files
        .iter()
        .flat_map(|path| {
            let source = fs::read_to_string(path).expect("readable source");
            WEB_CRATES
                .iter()
                .filter(|krate| uses_crate(&source, krate))
                .map(|krate| format!("{} uses {krate}", path.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(offenders.is_empty(), "the core must stay pure Rust: {offenders:#?}");
}

#[test]
fn the_detector_sees_each_form_of_use() {
    assert!(uses_crate("use leptos::prelude::*;", "leptos"));
    assert!(uses_crate("    let w = web_sys::window();", "web_sys"));
    assert!(uses_crate("extern crate gloo;", "gloo"));
    assert!(!uses_crate("// leptos::view! is not used here", "leptos"));
    assert!(!uses_crate("let my_leptos_thing = 1;", "leptos"));
}
