//! The end of a successful walk.

use leptos::prelude::*;

use super::step_heading::StepHeading;
use crate::diagnose::tree::ALL_CAUSES;
use crate::diagnose::walk::{START_LINK, fixed_link};
use crate::site::href;

/// "It works now": what to keep doing so it stays that way.
#[component]
pub fn DonePage() -> impl IntoView {
    view! {
        <article class="card done">
            <StepHeading text="Fixed. Good.".to_string()/>
            <p>"To keep it that way:"</p>
            <ul>
                <li>"Keep the key in an environment variable or a secret manager, never in source code."</li>
                <li>"Keep .env files out of version control."</li>
                <li>"If a key was ever pasted somewhere public (a chat, a ticket, a repository), rotate it in Console › Settings › API keys."</li>
            </ul>
            <p><a href=href(START_LINK)>"Back to the start"</a>" · "<a href=href(&fixed_link(ALL_CAUSES))>"All causes"</a></p>
        </article>
    }
}
