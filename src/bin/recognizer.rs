//! The error recognizer as a wasm module of its own. The page fetches it the first time
//! something is pasted into an error field, and asks it to read each paste: it answers with what
//! the page shows of it ([`Reading`]) as JSON. The recognizer's tables and code stay out of the
//! app's wasm, which every visit loads (see `src/diagnose/error_text/reading.rs`).
//!
//! Built by `tools/build_modules.sh` (a Trunk hook) into `recognizer/` beside the pages.

use key_doctor::diagnose::error_text::{Reading, recognize};
use wasm_bindgen::prelude::wasm_bindgen;

/// A small log read once when the module starts, so that the first real paste runs code the
/// engine has already compiled and warmed, not code it meets for the first time.
const WARM_UP: &str = "2026-12-01T09:00:00Z INFO starting worker\n\
Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n\
anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011CWarmUp'}\n\
Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of requests has exceeded your rate limit\"}}\n";

/// What the page shows of `text`, as JSON (keys in it are already hidden).
#[wasm_bindgen]
pub fn read_paste(text: &str) -> String {
    Reading::of(&recognize(text)).to_json()
}

/// Runs when the module starts (wasm-bindgen calls a binary's `main`): reads [`WARM_UP`].
fn main() {
    std::hint::black_box(read_paste(std::hint::black_box(WARM_UP)));
}
