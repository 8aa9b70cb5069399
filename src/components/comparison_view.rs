//! The two ways of sending a key, compared once both tests have answered.

use leptos::prelude::*;

use super::prose::Prose;
use crate::diagnose::outcome::compare;
use crate::diagnose::route;
use crate::diagnose::walk::step_link;
use crate::live_call::{CallState, LiveCall};
use crate::site::href;

/// Same answer, different answers, or no comparison: shown when both calls have finished.
#[component]
pub fn ComparisonView(
    /// The call that sent the key in `x-api-key`.
    x_api_key: LiveCall,
    /// The call that sent it as `Authorization: Bearer`.
    bearer: LiveCall,
) -> impl IntoView {
    move || {
        let (CallState::Finished(first), CallState::Finished(second)) = (x_api_key.state.get(), bearer.state.get())
        else {
            return None;
        };
        let comparison = compare(first.cause, second.cause);
        let link = route::for_comparison(comparison.agreement).map(|step| href(&step_link(&step, &[])));
        Some(view! {
            <section class=format!("comparison comparison-{}", comparison.agreement.slug()) aria-label="Both ways compared">
                <h4>"Both ways compared"</h4>
                <p class="comparison-headline"><Prose text=comparison.headline/></p>
                <p><Prose text=comparison.explanation/></p>
                <dl class="evidence">
                    <dt><code>"x-api-key"</code></dt>
                    <dd>{first.kind.label()}</dd>
                    <dt><code>"Authorization: Bearer"</code></dt>
                    <dd>{second.kind.label()}</dd>
                </dl>
                {link.map(|href| view! { <p><a href=href class="next-step">"What the difference means"</a></p> })}
            </section>
        })
    }
}
