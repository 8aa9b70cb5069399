//! The decision tree: questions and causes as data, their stable ids, and `validate()`.
//!
//! The content lives beside this file in `tree/*.toml` (questions, causes, common snippets).
//! It is not compiled into the app: `src/bin/tree_json.rs` merges and validates it into the
//! `tree.json` asset, which the UI fetches and parses into these types.

mod generation;
mod graph;
mod index;
mod labels;
mod lint;
mod lookup;
mod model;
mod problem;
mod prose;
mod secrets;
mod step_id;
mod validate;

pub use generation::Generation;
pub use lint::stale_claim;
pub use lookup::Node;
pub use model::{Cause, Choice, Group, PARAMS, Question, Role, SdkRow, Seen, Snippet, Surface, Tree, is_answer_value};
pub use problem::{Owner, Problem};
pub use prose::{Span, code_spans};
pub use secrets::{hard_codes_key, prints_secret};
pub use step_id::{ALL_CAUSES, BadStepId, DONE, StepId};
