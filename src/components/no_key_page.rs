//! Check your key without pasting it (being built).

use leptos::prelude::*;

use super::no_key_checks::NoKeyChecks;
use super::step_heading::StepHeading;

/// Check your key without pasting it.
#[component]
pub fn NoKeyPage() -> impl IntoView {
    view! {
        <article class="card">
            <StepHeading text="Check your key without pasting it".to_string()/>
            <NoKeyChecks/>
        </article>
    }
}
