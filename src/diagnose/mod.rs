//! The diagnosis core: pure Rust, no browser. Everything here would make sense in a
//! command-line version of Key Doctor, and is tested with plain `cargo test`.

pub mod credentials;
pub mod csp;
pub mod error_text;
pub mod json;
pub mod key;
pub mod one_liners;
pub mod outcome;
pub mod page_meta;
pub mod pages;
pub mod probe;
pub mod report;
pub mod route;
pub mod tree;
pub mod url;
pub mod walk;
