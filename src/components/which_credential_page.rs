//! Which credential does your program send? The reasoner, what it follows, and the report.

use leptos::prelude::*;

use super::credential_reasoner::CredentialReasoner;
use super::report_panel::ReportPanel;
use super::step_heading::StepHeading;

/// "Which credential wins": the tool, what is set, and what it sends.
#[component]
pub fn WhichCredentialPage() -> impl IntoView {
    view! {
        <article class="card tool-page">
            <StepHeading text="Which credential does your program send?".to_string()/>
            <p class="lede">
                "When several credentials are set (a key and a token, a .env file, a profile, a login), the SDKs and "
                "Claude Code pick one by rules that changed between versions. Pick your tool and tick what is set: "
                "this page says which credential goes out, in which header, to which host, what the tool logs, and "
                "what is set but ignored."
            </p>
            <p class="help">
                "Only names are ticked here, never values. The address of this page keeps your ticks, so you can share it."
            </p>
            <CredentialReasoner/>
        </article>
        <ReportPanel/>
    }
}
