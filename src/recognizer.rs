//! The error recognizer, as the page reaches it: in the browser, a wasm module of its own
//! (`src/bin/recognizer.rs`, built into `recognizer/` beside the pages), run in a worker started
//! the first time it is needed and kept for the session; natively, the core itself. Either way
//! a paste comes back as a [`Reading`]: what the page shows of it.
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

/// Starts the reader (its worker, and the module inside it), if it is not started yet: for a
/// field about to be pasted into (on focus), so that the paste is read at once. Natively,
/// nothing to start.
pub fn prepare() {
    #[cfg(target_arch = "wasm32")]
    let _ = browser::reader();
}

/// Reads `text` in the reader's worker, starting it first if this is the first time.
#[cfg(target_arch = "wasm32")]
pub async fn read(text: String) -> Result<Reading, RecognizerError> {
    use wasm_bindgen::JsCast;
    let reading = browser::reader()?.read(&text);
    let answer = wasm_bindgen_futures::JsFuture::from(reading).await.map_err(|e| {
        // A module that could not be loaded is not kept: the next paste starts a new worker.
        if e.dyn_ref::<js_sys::Error>().is_some_and(|e| e.name() == "LoadError") {
            browser::drop_reader();
            return RecognizerError::Load(crate::http::error_message(&e));
        }
        RecognizerError::Answer
    })?;
    answer.as_string().and_then(|json| Reading::from_json(&json)).ok_or(RecognizerError::Answer)
}

/// In the browser the recognizer runs in a worker: a thread of its own, so that reading
/// megabytes never holds up the page. The worker is made from a `blob:` address, which makes it
/// live under the page's own Content-Security-Policy (a worker loaded from a file of the site
/// would have none unless the host sent one): the same `connect-src`, the same `script-src`.
#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::*;

    use super::RecognizerError;
    use crate::session_report::{GIT_HASH, VERSION};
    use crate::site;

    #[wasm_bindgen(inline_js = r#"
        // The worker: imports the module, starts its wasm, and answers each text with its reading.
        const WORKER = `
            let module = null;
            onmessage = async ({ data }) => {
                if (data.start) {
                    module = import(data.start.js)
                        .then((m) => m.default({ module_or_path: data.start.wasm }).then(() => m));
                    return;
                }
                let m;
                try {
                    m = await module;
                } catch (e) {
                    postMessage({ id: data.id, load: String((e && e.message) || e) });
                    return;
                }
                try {
                    postMessage({ id: data.id, json: m.read_paste(data.text) });
                } catch (e) {
                    postMessage({ id: data.id, failed: String((e && e.message) || e) });
                }
            };`;

        function failure(name, message) {
            const e = new Error(message);
            e.name = name;
            return e;
        }

        export function start_reader(js, wasm) {
            const url = URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' }));
            const worker = new Worker(url, { type: 'module', name: 'Key Doctor error reader' });
            URL.revokeObjectURL(url);
            const waiting = new Map();
            let next = 1;
            worker.onmessage = ({ data }) => {
                const w = waiting.get(data.id);
                waiting.delete(data.id);
                if (data.json !== undefined) w.resolve(data.json);
                else if (data.load !== undefined) w.reject(failure('LoadError', data.load));
                else w.reject(failure('ReadError', data.failed));
            };
            worker.onerror = (event) => {
                event.preventDefault();
                for (const w of waiting.values()) w.reject(failure('LoadError', event.message || 'the worker could not start'));
                waiting.clear();
            };
            const absolute = (path) => new URL(path, document.baseURI).href;
            worker.postMessage({ start: { js: absolute(js), wasm: absolute(wasm) } });
            return {
                read(text) {
                    const id = next++;
                    return new Promise((resolve, reject) => {
                        waiting.set(id, { resolve, reject });
                        worker.postMessage({ id, text });
                    });
                },
                stop() {
                    worker.terminate();
                },
            };
        }"#)]
    extern "C" {
        /// The reader: a worker that imports the module at `js` and starts its wasm from `wasm`.
        #[derive(Clone)]
        pub type Reader;
        #[wasm_bindgen(catch)]
        fn start_reader(js: &str, wasm: &str) -> Result<Reader, JsValue>;
        /// Resolves to the reading of `text` as JSON; rejects with a `LoadError` when the
        /// module could not be loaded, a `ReadError` when reading failed.
        #[wasm_bindgen(method)]
        pub fn read(this: &Reader, text: &str) -> js_sys::Promise;
        #[wasm_bindgen(method)]
        fn stop(this: &Reader);
    }

    thread_local! {
        /// The reader once started, kept for the session.
        static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
    }

    /// The reader, started now if it is not yet.
    pub fn reader() -> Result<Reader, RecognizerError> {
        if let Some(reader) = READER.with_borrow(Clone::clone) {
            return Ok(reader);
        }
        // The build's version in the query: a new build never runs with an old module.
        let version = format!("?v={VERSION}-{GIT_HASH}");
        let base = site::base();
        let reader = start_reader(
            &format!("{base}recognizer/recognizer.js{version}"),
            &format!("{base}recognizer/recognizer_bg.wasm{version}"),
        )
        .map_err(|e| RecognizerError::Load(crate::http::error_message(&e)))?;
        READER.with_borrow_mut(|r| *r = Some(reader.clone()));
        Ok(reader)
    }

    /// Forgets a reader whose module could not be loaded: the next paste starts a new one.
    pub fn drop_reader() {
        if let Some(reader) = READER.with_borrow_mut(Option::take) {
            reader.stop();
        }
    }
}
