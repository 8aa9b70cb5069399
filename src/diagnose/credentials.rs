//! "Which credential actually wins": for one tool generation and what the user says is set
//! (variables, arguments, profiles, federation, `.env`, Claude Code's logins and helpers), the
//! request the tool would make (credential, header, API version, host), what it would log or
//! raise instead, and what is set but not used, each linked to the tree step that explains it.
//!
//! The rules follow the facts files: `sdk-2026-facts.md` §1.4, 1.5, 1.9, 2.1, 2.4 and §3 (Claude
//! Code's order is approximate there, so its answers are marked likely) and
//! `anthropic-auth-facts.md` C1, C2, D1. The state lives in the URL as slugs ([`Setup`]).

mod chain;
mod claude_code;
mod env;
mod generation;
mod input;
mod resolution;
mod sdk;
mod setup;
mod summary;
pub mod texts;
mod wire;

use std::collections::BTreeSet;

pub use generation::{Generation, Tool, VERSION_2023, VERSION_2026};
pub use input::Input;
pub use resolution::{Conflict, Note, Request, Resolution, Said, Sent};
pub use setup::{GEN_PARAM, HAS_PARAM, SEPARATOR, Setup};
pub use summary::{Field, Summary, SummaryLine};
pub use wire::{Credential, Header, Host, Platform};

/// What `generation` would do with `inputs` set.
pub fn resolve(generation: Generation, inputs: &BTreeSet<Input>) -> Resolution {
    let ticked = env::Ticked(inputs);
    match generation.tool() {
        Tool::ClaudeCode => claude_code::resolve(ticked),
        Tool::Python | Tool::TypeScript => sdk::resolve(generation, ticked),
    }
}
