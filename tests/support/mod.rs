//! Helpers shared by the native tests (and, by path, the benchmark). Each test crate uses
//! only some of them.
#![allow(dead_code)]

use std::path::Path;

use key_doctor::diagnose::tree::Tree;

/// Deterministic base64url characters standing in for a key body (mixed case, digits, - and _).
pub fn body(seed: u64, len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut x = seed ^ 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ALPHABET[(x >> 58) as usize] as char
        })
        .collect()
}

/// The same loading as `src/tree_files.rs`: every TOML file beside the tree, sorted, merged.
pub fn load_tree() -> Tree {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/diagnose/tree");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tree dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let parts = files.iter().map(|f| {
        let text = std::fs::read_to_string(f).expect("read");
        toml::from_str::<Tree>(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()))
    });
    Tree::merge(parts.collect::<Vec<_>>()).expect("one start")
}
