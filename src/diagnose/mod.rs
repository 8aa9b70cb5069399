//! The diagnosis core: pure Rust, no browser. Everything here would make sense in a
//! command-line version of Key Doctor, and is tested with plain `cargo test`.

pub mod error_text;
pub mod key;
pub mod outcome;
pub mod probe;
pub mod route;
pub mod tree;
pub mod walk;
