//! The no-key page's form and its local one-liners (being built).

use leptos::prelude::*;

use crate::islands::Island;

/// The no-key page's form and its local one-liners. An island.
#[component]
pub fn NoKeyChecks() -> impl IntoView {
    view! { <section class="no-key-checks" data-island=Island::NoKeyChecks.name()></section> }
}
