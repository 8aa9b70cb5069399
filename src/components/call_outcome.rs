//! A live call's progress while it waits, then its verdict, announced when it arrives.

use leptos::prelude::*;

use super::call_progress::CallProgress;
use super::verdict_view::VerdictView;
use crate::live_call::{CallState, LiveCall};

/// The progress of `call`, then its verdict in a live region.
#[component]
pub fn CallOutcome(
    /// The call to follow.
    call: LiveCall,
) -> impl IntoView {
    view! {
        <CallProgress call=call/>
        <div aria-live="polite">
            {move || match call.state.get() {
                CallState::Finished(verdict) => Some(view! { <VerdictView verdict=*verdict/> }),
                _ => None,
            }}
        </div>
    }
}
