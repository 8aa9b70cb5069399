//! The "Error message" field on the start page: a pasted error recognized at once (being built).

use leptos::prelude::*;

use crate::islands::Island;

/// The "Error message" field on the start page: a pasted error recognized at once. An island.
#[component]
pub fn ErrorPaste() -> impl IntoView {
    view! { <section class="card error-paste" data-island=Island::ErrorPaste.name()></section> }
}
