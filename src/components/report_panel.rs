//! "Copy report" and "Share this step" (being built).

use leptos::prelude::*;

use crate::islands::Island;

/// "Copy report" and "Share this step". An island.
#[component]
pub fn ReportPanel() -> impl IntoView {
    view! { <section class="report" data-island=Island::Report.name()></section> }
}
