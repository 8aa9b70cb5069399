//! "Which credential wins": the tool and the ticks, kept in the address (`?gen=…&has=…`, slugs
//! only) and in the session for the report, and what the core resolves from them.

use leptos::prelude::*;

use super::generation_picker::GenerationPicker;
use super::input_checklist::InputChecklist;
use super::resolution_view::ResolutionView;
use crate::diagnose::credentials::Setup;
use crate::islands::Island;
use crate::state::ReasonerSetup;

/// The picker, the checklist and the answer. An island: the prerendered page shows the picker
/// and says what to do; the wasm reads the address, so a shared link shows its answer.
#[component]
pub fn CredentialReasoner() -> impl IntoView {
    let session = expect_context::<ReasonerSetup>();
    // The address first (a shared link), else what this session ticked on an earlier visit.
    let from_address = Setup::from_search(&address_query());
    let initial =
        if from_address == Setup::default() { session.0.get_untracked().unwrap_or_default() } else { from_address };
    let setup = RwSignal::new(initial);
    Effect::new(move |_| {
        let current = setup.get();
        replace_address(&current.to_query());
        if current != Setup::default() {
            session.0.set(Some(current));
        }
    });
    view! {
        <section class="credential-reasoner" aria-label="Which credential wins" data-island=Island::CredentialReasoner.name()>
            <GenerationPicker setup=setup/>
            <InputChecklist setup=setup/>
            <ResolutionView setup=setup/>
        </section>
    }
}

/// This page's query string (empty in the prerender).
fn address_query() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().search().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Puts `query` in this page's address without a new history entry.
fn replace_address(query: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let path = window().location().pathname().unwrap_or_default();
        let url = if query.is_empty() { path } else { format!("{path}?{query}") };
        let _ = window()
            .history()
            .and_then(|history| history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = query;
}
