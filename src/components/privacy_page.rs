//! How Key Doctor keeps your key safe (being built).

use leptos::prelude::*;

use super::step_heading::StepHeading;

/// How Key Doctor keeps your key safe.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <article class="card">
            <StepHeading text="How Key Doctor keeps your key safe".to_string()/>
        </article>
    }
}
