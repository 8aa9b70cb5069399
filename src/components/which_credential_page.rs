//! Which credential does your program send? (being built).

use leptos::prelude::*;

use super::credential_reasoner::CredentialReasoner;
use super::step_heading::StepHeading;

/// Which credential does your program send?.
#[component]
pub fn WhichCredentialPage() -> impl IntoView {
    view! {
        <article class="card">
            <StepHeading text="Which credential does your program send?".to_string()/>
            <CredentialReasoner/>
        </article>
    }
}
