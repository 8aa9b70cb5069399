//! Reading the decision tree from its TOML sources (`src/diagnose/tree/*.toml`): for the build's
//! prerender and for the tests. The app itself reads the `tree.json` the build writes.

use std::path::{Path, PathBuf};

use crate::diagnose::tree::Tree;

/// The folder of the tree's TOML sources.
pub fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/diagnose/tree")
}

/// Reads and merges every `*.toml` in `dir` (sorted by name). Reports every file that does not
/// parse, not just the first; does not validate.
pub fn load(dir: &Path) -> Result<Tree, Vec<String>> {
    let files = sources(dir).map_err(|e| vec![e])?;
    let mut parts = Vec::new();
    let mut errors = Vec::new();
    for file in &files {
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

/// Reads the tree and refuses it if `validate()` finds any problem (all of them are reported).
pub fn load_valid(dir: &Path) -> Result<Tree, Vec<String>> {
    let tree = load(dir)?;
    let problems = tree.validate();
    if problems.is_empty() { Ok(tree) } else { Err(problems.iter().map(ToString::to_string).collect()) }
}

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
