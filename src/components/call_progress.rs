//! Progress of a running live call.

use leptos::prelude::*;

use crate::diagnose::probe;
use crate::live_call::{CallState, LiveCall};

/// Progress while a call runs: elapsed seconds and Cancel.
#[component]
pub fn CallProgress(
    /// The call to show.
    call: LiveCall,
) -> impl IntoView {
    view! {
        <Show when=move || call.state.get() == CallState::Running>
            <div class="progress" role="status">
                <progress aria-label="Waiting for api.anthropic.com"></progress>
                <span>
                    "Waiting for api.anthropic.com… "
                    {move || call.elapsed_ms.get() / 1000}
                    " s (gives up after "{probe::TIMEOUT_MS / 1000}" s)"
                </span>
                <button type="button" class="button" on:click=move |_| call.cancel()>"Cancel"</button>
            </div>
        </Show>
    }
}
