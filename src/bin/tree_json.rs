//! Builds the `tree.json` asset: reads every `src/diagnose/tree/*.toml` (sorted), merges
//! them, refuses a tree with problems, and writes compact JSON to argv[1] (or stdout).
//!
//! `cargo run --quiet --features tree-tool --bin tree-json -- dist-staging/tree.json`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use key_doctor::diagnose::tree::Tree;

/// The tree's TOML files, sorted by name.
fn sources(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

/// Parses every file; reports every file that does not parse, not just the first.
fn load(files: &[PathBuf]) -> Result<Tree, Vec<String>> {
    let mut parts = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        let parsed = std::fs::read_to_string(file)
            .map_err(|e| e.to_string())
            .and_then(|text| toml::from_str::<Tree>(&text).map_err(|e| e.to_string()));
        match parsed {
            Ok(part) => parts.push(part),
            Err(e) => errors.push(format!("{}: {e}", file.display())),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Tree::merge(parts).map_err(|p| vec![p.to_string()])
}

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/diagnose/tree");
    let tree = match sources(&dir).map_err(|e| vec![e]).and_then(|files| load(&files)) {
        Ok(tree) => tree,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("tree-json: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let problems = tree.validate();
    if !problems.is_empty() {
        eprintln!("tree-json: the tree has {} problem(s):", problems.len());
        problems.iter().for_each(|p| eprintln!("  - {p}"));
        return ExitCode::FAILURE;
    }
    let json = match serde_json::to_string(&tree) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("tree-json: cannot write JSON: {e}");
            return ExitCode::FAILURE;
        }
    };
    match std::env::args().nth(1) {
        Some(path) => {
            if let Err(e) = std::fs::write(&path, json) {
                eprintln!("tree-json: cannot write {path}: {e}");
                return ExitCode::FAILURE;
            }
        }
        None => println!("{json}"),
    }
    ExitCode::SUCCESS
}
