//! The button that starts a live call.

use leptos::prelude::*;

use crate::diagnose::probe::Probe;
use crate::live_call::{CallState, LiveCall};
use crate::state::KeyInput;

/// Sends `probe` with the key as checked, once per click; disabled while the call runs.
#[component]
pub fn ProbeButton(
    /// The call slot to run it in.
    call: LiveCall,
    /// What to send.
    probe: Probe,
    /// The id of the sentence that says what will be sent where.
    #[prop(into)]
    described_by: String,
    /// The page's main action (the first test) rather than a follow-up.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let key = expect_context::<KeyInput>();
    let label = probe.button_label();
    view! {
        <button
            type="button"
            class=if primary { "button primary" } else { "button" }
            aria-describedby=described_by
            disabled=move || call.state.get() == CallState::Running
            on:click=move |_| call.start(probe.clone(), key.checked_text_untracked())
        >
            {label}
        </button>
    }
}
