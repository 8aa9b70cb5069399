//! On a step reached from a pasted error: what was recognized, and the keys found in it (being built).

use leptos::prelude::*;

use crate::islands::Island;

/// On a step reached from a pasted error: what was recognized, and the keys found in it. An island.
#[component]
pub fn RecognitionPanel() -> impl IntoView {
    view! { <section class="recognition" data-island=Island::Recognition.name()></section> }
}
