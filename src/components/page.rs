//! The page frame: header, the start page or the current step, footer.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::start_page::StartPage;
use super::step_view::StepView;
use crate::diagnose::tree::ALL_CAUSES;
use crate::diagnose::walk::fixed_link;

/// Chooses what the URL asks for: no `step` → the start page, else that step.
#[component]
pub fn Page() -> impl IntoView {
    let query = use_query_map();
    let on_step = Memo::new(move |_| query.with(|q| q.get_str("step").is_some()));
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="./">"Key Doctor"</a>
            <p class="privacy-line">
                "Runs in your browser. Your key is never stored or sent anywhere, except once to "
                <code>"api.anthropic.com"</code>" if you press Test."
            </p>
        </header>
        <main id="main">
            {move || if on_step.get() { Either::Left(view! { <StepView/> }) } else { Either::Right(view! { <StartPage/> }) }}
        </main>
        <footer class="site-footer">
            <a href=fixed_link(ALL_CAUSES)>"All causes"</a>
            " · No cookies, no storage, no analytics: check the page's Content-Security-Policy."
        </footer>
    }
}
