//! The optional test of an API key the way Python ≥ 2 and TypeScript ≥ 1 send it.

use leptos::prelude::*;

use super::call_outcome::CallOutcome;
use super::probe_button::ProbeButton;
use super::prose::Prose;
use crate::diagnose::probe::Probe;
use crate::live_call::LiveCall;

/// A separately consented call that sends the key as `Authorization: Bearer` with the newer API
/// version; its own progress and verdict.
#[component]
pub fn BearerTest(
    /// The call slot for the Bearer test.
    call: LiveCall,
    /// The Bearer probe.
    probe: Probe,
) -> impl IntoView {
    let what = probe.what_is_sent();
    view! {
        <div class="bearer-test">
            <h4>"Test it as Python ≥ 2 and TypeScript ≥ 1 send it (optional)"</h4>
            <p class="what-is-sent" id="what-is-sent-bearer"><Prose text=what/></p>
            <ProbeButton call=call probe=probe described_by="what-is-sent-bearer"/>
            <CallOutcome call=call/>
        </div>
    }
}
