//! The tool pages' islands as a wasm module of its own: the no-key checks (the form, the four
//! one-liners, the reader of their output) and "Which credential wins" (the picker, the ticks,
//! the answer). The app imports it when a page with one of them is shown and asks it to render
//! each one live in place of its static copy (`src/tools_module.rs`); their views, the one-liners
//! and the output reader stay out of the wasm every page loads.
//!
//! The module keeps its own reactive owner for the session: the reasoner's ticks start from the
//! app's (handed in at each mount) and every change goes back to the app through `on_setup`,
//! so the report and "Share this step" read them. Built by `tools/build_modules.sh` (a Trunk
//! hook) into `tools/` beside the pages.

#[cfg(target_arch = "wasm32")]
mod module {
    use std::any::Any;
    use std::cell::RefCell;

    use key_doctor::components::credential_reasoner::CredentialReasoner;
    use key_doctor::components::no_key_checks::NoKeyChecks;
    use key_doctor::diagnose::credentials::{Setup, Summary};
    use key_doctor::islands::Island;
    use key_doctor::site;
    use key_doctor::state::{PastedCheck, ReasonerSetup, WalkIndex};
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{Element, HtmlElement};

    thread_local! {
        /// The module's session: its contexts, kept from page to page.
        static SESSION: RefCell<Option<Owner>> = const { RefCell::new(None) };
        /// The islands rendered on the current page: dropping one unmounts it.
        static MOUNTED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
    }

    /// Renders island `name` live in place of `static_copy`. `base` is the site's base path,
    /// `setup` the app's reasoner ticks as a query (`gen=…&has=…`, or empty), `on_setup` what to
    /// call with the ticks on every change. False if nothing was rendered.
    #[wasm_bindgen]
    pub fn mount_island(
        name: &str,
        static_copy: Element,
        base: &str,
        setup: &str,
        on_setup: js_sys::Function,
        on_check: js_sys::Function,
    ) -> bool {
        let Some(island) = Island::named(name) else { return false };
        site::set_base(base);
        let session = session(on_setup, on_check);
        session.with(|| {
            let reasoner = expect_context::<ReasonerSetup>();
            let from_app = Setup::from_search(setup);
            reasoner.0.set((from_app != Setup::default()).then_some(from_app));
        });
        let Some(holder) = document().create_element("div").ok().map(|el| el.unchecked_into::<HtmlElement>()) else {
            return false;
        };
        let handle: Box<dyn Any> = session.with(|| match island {
            Island::NoKeyChecks => Box::new(leptos::mount::mount_to(holder.clone(), || view! { <NoKeyChecks/> })),
            Island::CredentialReasoner => {
                Box::new(leptos::mount::mount_to(holder.clone(), || view! { <CredentialReasoner/> })) as Box<dyn Any>
            }
            _ => Box::new(()),
        });
        let Some(live) = holder.first_element_child() else { return false };
        // The field that had the focus in the static copy has it in the live one (by its id).
        let focused = document().active_element().filter(|el| static_copy.contains(Some(el))).map(|el| el.id());
        if static_copy.replace_with_with_node_1(&live).is_err() {
            return false;
        }
        let field = focused.and_then(|id| document().get_element_by_id(&id));
        if let Some(field) = field.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
            let _ = field.focus();
        }
        // Says the island is live (the browser tests wait for it).
        let _ = live.set_attribute("data-live", "");
        MOUNTED.with(|m| m.borrow_mut().push(handle));
        true
    }

    /// Unmounts every island this module rendered (the app is replacing the page).
    #[wasm_bindgen]
    pub fn unmount_islands() {
        let handles = MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut()));
        drop(handles);
    }

    /// The module's session, set up on the first mount: the executor, the contexts, and the
    /// effects that hand back to the app every change of the ticks (with the answer for them)
    /// and every pasted check output.
    fn session(on_setup: js_sys::Function, on_check: js_sys::Function) -> Owner {
        if let Some(owner) = SESSION.with(|s| s.borrow().clone()) {
            return owner;
        }
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let owner = Owner::new();
        owner.with(|| {
            let reasoner = ReasonerSetup::new();
            provide_context(reasoner);
            provide_context(WalkIndex::new());
            Effect::new(move |_| {
                let Some((query, answer)) = reasoner.0.with(|s| {
                    s.as_ref().map(|s| (s.to_query(), Summary::of(s).map(|a| a.to_json()).unwrap_or_default()))
                }) else {
                    return;
                };
                let _ = on_setup.call2(&JsValue::NULL, &JsValue::from_str(&query), &JsValue::from_str(&answer));
            });
            let check = PastedCheck::default();
            provide_context(check);
            Effect::new(move |_| {
                let output = check.0.get();
                if !output.trim().is_empty() {
                    let _ = on_check.call1(&JsValue::NULL, &JsValue::from_str(&output));
                }
            });
        });
        SESSION.with(|s| *s.borrow_mut() = Some(owner.clone()));
        owner
    }
}

/// Nothing to start: the app calls `mount_island`.
fn main() {}
