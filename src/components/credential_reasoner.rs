//! "Which credential wins": the ticks and what they mean (being built).

use leptos::prelude::*;

use crate::islands::Island;

/// "Which credential wins": the ticks and what they mean. An island.
#[component]
pub fn CredentialReasoner() -> impl IntoView {
    view! { <section class="credential-reasoner" data-island=Island::CredentialReasoner.name()></section> }
}
