//! The optional billing check after a working key.

use leptos::prelude::*;

use super::call_outcome::CallOutcome;
use super::probe_button::ProbeButton;
use super::prose::Prose;
use crate::diagnose::probe::Probe;
use crate::live_call::LiveCall;

/// The second, separately consented step: a free `count_tokens` call that surfaces credit,
/// spend-limit, organization and workspace problems.
#[component]
pub fn BillingCheck(
    /// The call slot for the billing check.
    call: LiveCall,
    /// The `count_tokens` probe, with a model from the key's own list.
    probe: Probe,
) -> impl IntoView {
    let what = probe.what_is_sent();
    view! {
        <div class="billing-check">
            <h4>"Check billing (free, optional)"</h4>
            <p class="field-help" id="billing-what">
                <Prose text=what/>
                " It can reveal credit, spend-limit, organization and workspace problems that listing models does not. "
                "What this endpoint reports for accounts without credits is partly unconfirmed, so read its answer as a strong hint."
            </p>
            <ProbeButton call=call probe=probe described_by="billing-what"/>
            <CallOutcome call=call/>
        </div>
    }
}
