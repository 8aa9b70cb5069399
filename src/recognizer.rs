//! The error recognizer, as the page reaches it: in the browser, a wasm module of its own
//! (`src/bin/recognizer.rs`, built into `recognizer/` beside the pages), imported the first time
//! it is needed and kept for the session; natively, the core itself. Either way a paste comes
//! back as a [`Reading`]: what the page shows of it.
//!
//! Why a module of its own: the recognizer's tables and code would be a seventh of the app's
//! wasm, which every visit loads before the page is smart, and most visits never paste an error.

use crate::diagnose::error_text::Reading;

/// Why a paste could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecognizerError {
    #[error("the error reader could not be downloaded from this site ({0}); check the connection and paste again")]
    Load(String),
    #[error("the error reader gave an answer this page does not understand; reload the page")]
    Answer,
}

/// Reads `text`: what the page shows of it.
#[cfg(not(target_arch = "wasm32"))]
pub async fn read(text: String) -> Result<Reading, RecognizerError> {
    Ok(Reading::of(&crate::diagnose::error_text::recognize(&text)))
}

/// Starts fetching the recognizer's module, if it is not here yet: for a field about to be
/// pasted into (on focus), so that the paste is read at once. Natively, nothing to fetch.
pub fn prepare() {
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async {
        let _ = browser::module().await;
    });
}

/// Reads `text` with the recognizer's module, importing it first if this is the first time.
#[cfg(target_arch = "wasm32")]
pub async fn read(text: String) -> Result<Reading, RecognizerError> {
    use wasm_bindgen::{JsCast, JsValue};
    let module = browser::module().await?;
    let read_paste = js_sys::Reflect::get(&module, &JsValue::from_str("read_paste"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(RecognizerError::Answer)?;
    let answer = read_paste.call1(&JsValue::NULL, &JsValue::from_str(&text)).map_err(|_| RecognizerError::Answer)?;
    answer.as_string().and_then(|json| Reading::from_json(&json)).ok_or(RecognizerError::Answer)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    use super::RecognizerError;
    use crate::session_report::{GIT_HASH, VERSION};
    use crate::site;

    #[wasm_bindgen(inline_js = "
        export function import_recognizer(js, wasm) {
            return import(js).then((module) => module.default({ module_or_path: wasm }).then(() => module));
        }")]
    extern "C" {
        /// Imports the module at `js` and starts its wasm from `wasm`; resolves to the module.
        fn import_recognizer(js: &str, wasm: &str) -> js_sys::Promise;
    }

    thread_local! {
        /// The module once imported (a failed import is not kept: the next paste tries again).
        static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    }

    /// The module, imported now if it is not yet.
    pub async fn module() -> Result<JsValue, RecognizerError> {
        if let Some(module) = MODULE.with_borrow(Clone::clone) {
            return Ok(module);
        }
        // The build's version in the query: a new build never runs with an old module.
        let version = format!("?v={VERSION}-{GIT_HASH}");
        let js = format!("{}recognizer/recognizer.js{version}", site::base());
        let wasm = format!("{}recognizer/recognizer_bg.wasm{version}", site::base());
        let module = JsFuture::from(import_recognizer(&js, &wasm)).await.map_err(|e| {
            RecognizerError::Load(
                e.dyn_ref::<js_sys::Error>().map_or_else(|| "no answer".into(), |e| e.message().into()),
            )
        })?;
        MODULE.with_borrow_mut(|m| *m = Some(module.clone()));
        Ok(module)
    }
}
