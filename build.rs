//! Bakes the git commit Key Doctor is built from into the build, as `KD_GIT_HASH`, for the
//! help-desk report's version line: `git rev-parse --short HEAD`, or `KD_GIT_HASH` from the
//! environment when it is set (a build from a tarball that knows its commit), else "unknown"
//! (no git, or no `.git`: a clean export still builds).
//!
//! It reruns only when the commit can have moved: when HEAD, the branch it points to, or the
//! packed refs change (paths that exist only; a missing one would make Cargo rerun it on every
//! build), or when `KD_GIT_HASH` does. Without git it runs once.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=KD_GIT_HASH");
    let given = std::env::var("KD_GIT_HASH").ok().filter(|h| is_hash(h));
    let hash = given.or_else(|| git(&["rev-parse", "--short", "HEAD"]).filter(|h| is_hash(h)));
    println!("cargo:rustc-env=KD_GIT_HASH={}", hash.as_deref().unwrap_or("unknown"));
    for path in watched() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}

/// A short or full commit hash.
fn is_hash(text: &str) -> bool {
    (7..=40).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The output of a git command run in the package's folder, if git is there and succeeds.
fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok().filter(|out| out.status.success())?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// The files whose change means a new commit may be checked out (worktrees included: HEAD is
/// in the worktree's git folder, the refs in the common one).
fn watched() -> Vec<PathBuf> {
    let (Some(git_dir), Some(common)) = (git(&["rev-parse", "--git-dir"]), git(&["rev-parse", "--git-common-dir"]))
    else {
        return Vec::new();
    };
    let (git_dir, common) = (Path::new(&git_dir), Path::new(&common));
    let mut paths = vec![git_dir.join("HEAD"), common.join("packed-refs")];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        paths.push(common.join(branch));
    }
    paths.retain(|path| path.exists());
    paths
}
