//! A copy-to-clipboard button that says when it worked.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::site;

/// Copies `text` (never a key: hints, commands, code, links) and shows "Copied" for a moment.
/// In the prerendered page it is disabled until the app runs.
#[component]
pub fn CopyButton(
    /// What to copy.
    text: String,
    /// The button's text and accessible name, e.g. "Copy hint".
    #[prop(into)]
    label: String,
    /// `text` is a path of this site: copy it as a full URL, with the page's own origin.
    #[prop(optional)]
    absolute: bool,
) -> impl IntoView {
    let state = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text =
            if absolute { format!("{}{text}", window().location().origin().unwrap_or_default()) } else { text.clone() };
        leptos::task::spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            let ok = JsFuture::from(clipboard.write_text(&text)).await.is_ok();
            state.set(Some(ok));
            set_timeout(move || state.set(None), std::time::Duration::from_millis(2000));
        });
    };
    view! {
        <button type="button" class="button quiet copy" disabled=!site::interactive() on:click=copy>
            {move || match state.get() {
                None => label.clone(),
                Some(true) => "Copied".to_string(),
                Some(false) => "Copy failed: select and copy by hand".to_string(),
            }}
        </button>
    }
}
