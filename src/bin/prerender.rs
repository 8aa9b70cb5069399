//! Trunk post-build hook: writes the site into Trunk's staging folder — every page as static
//! HTML (see `key_doctor::prerender`), the walk's index `walk.json` (what the app reads), the
//! whole tree as `tree.json` (for docs and help desks), `sitemap.xml` and `robots.txt`.
//!
//! Reads `TRUNK_STAGING_DIR` (the folder, whose `index.html` is the template), `TRUNK_PUBLIC_URL`
//! (the base path) and `KD_SITE_ORIGIN` (where the site is served, for canonical links and the
//! sitemap; default `http://127.0.0.1:8080`, the address of `make serve`).

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use key_doctor::prerender::{self, Site};
use key_doctor::tree_files;

fn main() -> ExitCode {
    match run() {
        Ok(count) => {
            println!("prerender: wrote {count} files");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("prerender: {e}"));
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<usize, Vec<String>> {
    let staging = std::env::var("TRUNK_STAGING_DIR")
        .map_err(|_| vec!["TRUNK_STAGING_DIR is not set (run me as a Trunk hook)".to_string()])?;
    let staging = Path::new(&staging);
    let site = Site {
        base: std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into()),
        origin: std::env::var("KD_SITE_ORIGIN").unwrap_or_else(|_| "http://127.0.0.1:8080".into()),
    };
    let tree = Arc::new(tree_files::load_valid(&tree_files::source_dir())?);
    // The whole tree as data (for docs and help desks), and the walk's index the app reads.
    for (name, data) in [("tree.json", tree.as_ref().clone()), ("walk.json", tree.walk_index())] {
        let json = serde_json::to_string(&data).map_err(|e| vec![format!("cannot write {name}: {e}")])?;
        write(&staging.join(name), &json)?;
    }
    let template = std::fs::read_to_string(staging.join("index.html"))
        .map_err(|e| vec![format!("cannot read the template {}: {e}", staging.join("index.html").display())])?;
    let files = prerender::site_files(&tree, &template, &site).map_err(|e| vec![e.to_string()])?;
    for file in &files {
        write(&staging.join(&file.path), &file.text)?;
    }
    Ok(files.len() + 2)
}

fn write(path: &Path, text: &str) -> Result<(), Vec<String>> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| vec![format!("cannot create {}: {e}", dir.display())])?;
    }
    std::fs::write(path, text).map_err(|e| vec![format!("cannot write {}: {e}", path.display())])
}
