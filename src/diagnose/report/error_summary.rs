//! The SDK generation a report names, from the walk's answers or a pasted error's wording. (The
//! report takes what the page shows of a paste, its [`Reading`], as it is: the paste itself
//! never enters it, and every text field is redacted again when the report is built, whatever
//! the recognizer already hid.)

use crate::diagnose::credentials::Generation;
use crate::diagnose::error_text::Reading;
use crate::diagnose::tree;

/// The SDK generation a report names: the one the walk's answers give (as the walk's index reads
/// them; the user said so), else the one a pasted error's wording shows.
pub fn known_generation(from_walk: Option<&tree::Generation>, error: Option<&Reading>) -> Option<Generation> {
    let answered = from_walk.and_then(|g| match Generation::for_sdk_answer(g.slug()) {
        [one] => Some(*one),
        _ => None,
    });
    answered.or_else(|| error.and_then(|e| e.generation))
}
