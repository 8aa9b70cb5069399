//! The error recognizer as a wasm module of its own. The page fetches it the first time
//! something is pasted into an error field, and asks it to read each paste: it answers with what
//! the page shows of it ([`Reading`]) as JSON. The recognizer's tables and code stay out of the
//! app's wasm, which every visit loads (see `src/diagnose/error_text/reading.rs`).
//!
//! Built by `tools/build_recognizer.sh` (a Trunk hook) into `recognizer/` beside the pages.

use key_doctor::diagnose::error_text::{Reading, recognize};
use wasm_bindgen::prelude::wasm_bindgen;

/// What the page shows of `text`, as JSON (keys in it are already hidden).
#[wasm_bindgen]
pub fn read_paste(text: &str) -> String {
    Reading::of(&recognize(text)).to_json()
}

/// Nothing to start: the page calls [`read_paste`].
fn main() {}
