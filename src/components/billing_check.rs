//! The optional billing check after a working key.

use leptos::prelude::*;

use super::call_progress::CallProgress;
use super::verdict_view::VerdictView;
use crate::diagnose::key;
use crate::diagnose::probe::Probe;
use crate::live_call::{CallState, LiveCall};
use crate::state::KeyInput;

/// The second, separately consented step: a free `count_tokens` call that surfaces credit,
/// spend-limit, organization and workspace problems.
#[component]
pub fn BillingCheck(
    /// The call slot for the billing check.
    call: LiveCall,
    /// A model id from the key's own model list.
    model: String,
) -> impl IntoView {
    let key = expect_context::<KeyInput>();
    let probe = Probe::CountTokens { model };
    let what = probe.what_is_sent();
    view! {
        <div class="billing-check">
            <h4>"Check billing (free, optional)"</h4>
            <p class="field-help" id="billing-what">
                {what}
                " It can reveal credit, spend-limit, organization and workspace problems that listing models does not. "
                "What this endpoint reports for accounts without credits is partly unconfirmed, so read its answer as a strong hint."
            </p>
            <button
                type="button"
                class="button"
                aria-describedby="billing-what"
                disabled=move || call.state.get() == CallState::Running
                on:click=move |_| {
                    let value = key.field.with_untracked(|f| {
                        key.pasted.with_untracked(|p| key::effective_input(f, p.as_deref()).to_string())
                    });
                    call.start(probe.clone(), value)
                }
            >
                "Check billing"
            </button>
            <CallProgress call=call/>
            <div aria-live="polite">
                {move || match call.state.get() {
                    CallState::Finished(verdict) => Some(view! { <VerdictView verdict=*verdict/> }),
                    _ => None,
                }}
            </div>
        </div>
    }
}
