//! The tool pages' islands (the no-key checks, "Which credential wins"), as the app reaches
//! them: a wasm module of its own (`src/bin/tools.rs`, built into `tools/` beside the pages),
//! imported when a page with one of them is shown, which renders them live in place of their
//! static copies. The app keeps the session: it hands the module the reasoner's ticks, and the
//! module hands back every change, and every pasted check output, for the report and "Share this
//! step".
//!
//! Why a module of its own: their views and cores would add about 50 KB (gzip) to the wasm
//! every page loads, and few visits open these two pages.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use crate::boot;
use crate::diagnose::credentials::{Setup, Summary};
use crate::islands::Island;
use crate::session_report::{GIT_HASH, VERSION};
use crate::site;
use crate::state::{PastedError, ReasonerAnswer, ReasonerSetup};

#[wasm_bindgen(inline_js = "
    export function import_tools(js, wasm) {
        return import(js).then((module) => module.default({ module_or_path: wasm }).then(() => module));
    }")]
extern "C" {
    /// Imports the module at `js` and starts its wasm from `wasm`; resolves to the module.
    fn import_tools(js: &str, wasm: &str) -> js_sys::Promise;
}

thread_local! {
    /// The module once imported (a failed import is not kept: the next page tries again).
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// What the module calls on every change with the reasoner's ticks (`gen=…&has=…`) and its
    /// answer ([`Summary`] as JSON, empty before a tool is picked).
    static ON_SETUP: Closure<dyn Fn(String, String)> = Closure::new(|query: String, answer: String| {
        boot::in_session(|| {
            expect_context::<ReasonerSetup>().0.set(Some(Setup::from_search(&query)));
            expect_context::<ReasonerAnswer>().0.set(Summary::from_json(&answer));
        });
    });
    /// What the module calls with the output of a no-key check pasted on its page: the app reads
    /// it as a pasted error (it holds no key), so the report says what the check found.
    static ON_CHECK: Closure<dyn Fn(String)> = Closure::new(|output: String| {
        let pasted = boot::in_session(expect_context::<PastedError>);
        leptos::task::spawn_local(pasted.set(output));
    });
}

/// Whether the module renders this island.
pub fn renders(island: Island) -> bool {
    matches!(island, Island::NoKeyChecks | Island::CredentialReasoner)
}

/// Imports the module (once) and has it render `island` in place of `static_copy`. If the
/// module cannot be had, the static copy stays: the page still reads, and its checks still copy.
pub fn take_over(island: Island, static_copy: Element) {
    leptos::task::spawn_local(async move {
        let Some(module) = module().await else { return };
        // The page may have moved on while the module came.
        if !static_copy.is_connected() {
            return;
        }
        let setup = boot::in_session(|| expect_context::<ReasonerSetup>().0.get_untracked());
        let query = setup.map(|s| s.to_query()).unwrap_or_default();
        let mount = js_sys::Reflect::get(&module, &JsValue::from_str("mount_island")).ok();
        let Some(mount) = mount.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else { return };
        let args = js_sys::Array::of5(
            &JsValue::from_str(island.name()),
            &static_copy,
            &JsValue::from_str(&site::base()),
            &JsValue::from_str(&query),
            &ON_SETUP.with(|f| f.as_ref().clone()),
        );
        args.push(&ON_CHECK.with(|f| f.as_ref().clone()));
        let _ = mount.apply(&JsValue::NULL, &args);
    });
}

/// Unmounts what the module rendered on this page (the page is being replaced). Held with the
/// page's islands; dropping it unmounts.
pub struct Mounted;

impl Drop for Mounted {
    fn drop(&mut self) {
        let Some(module) = MODULE.with_borrow(Clone::clone) else { return };
        let unmount = js_sys::Reflect::get(&module, &JsValue::from_str("unmount_islands")).ok();
        if let Some(unmount) = unmount.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
            let _ = unmount.call0(&JsValue::NULL);
        }
    }
}

/// The module, imported now if it is not yet.
async fn module() -> Option<JsValue> {
    if let Some(module) = MODULE.with_borrow(Clone::clone) {
        return Some(module);
    }
    // The build's version in the query: a new build never runs with an old module.
    let version = format!("?v={VERSION}-{GIT_HASH}");
    let js = format!("{}tools/tools.js{version}", site::base());
    let wasm = format!("{}tools/tools_bg.wasm{version}", site::base());
    let module = JsFuture::from(import_tools(&js, &wasm)).await.ok()?;
    MODULE.with_borrow_mut(|m| *m = Some(module.clone()));
    Some(module)
}
