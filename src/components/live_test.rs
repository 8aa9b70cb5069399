//! The optional live test: says exactly what will be sent where, sends it only on a click,
//! shows progress with Cancel, then the verdict; after a working key, an optional billing check.
//! An API key can also be tested as `Authorization: Bearer`, and the two answers are compared.

use leptos::either::Either;
use leptos::prelude::*;

use super::bearer_test::BearerTest;
use super::billing_check::BillingCheck;
use super::call_progress::CallProgress;
use super::comparison_view::ComparisonView;
use super::probe_button::ProbeButton;
use super::prose::Prose;
use super::verdict_view::VerdictView;
use crate::diagnose::key::Family;
use crate::diagnose::probe;
use crate::live_call::CallState;
use crate::state::{KeyInput, LiveTests};

/// The "Test key" button and everything that follows from it.
#[component]
pub fn LiveTest() -> impl IntoView {
    let key = expect_context::<KeyInput>();
    let calls = expect_context::<LiveTests>();
    let LiveTests { x_api_key: test, bearer, billing } = calls;
    // What would be sent: the text as checked (with any line breaks the paste held).
    let value = Memo::new(move |_| key.checked_text());
    let plan = Memo::new(move |_| key.report.with(|r| value.with(|v| probe::plan(r, v))));
    // A new key makes any earlier verdict stale.
    Effect::watch(move || value.get(), move |_, _, _| calls.reset(), false);
    let is_empty = move || key.report.with(|r| r.family == Family::Empty);
    let bearer_probe = Memo::new(move |_| plan.get().ok().and_then(|probe| probe.bearer_variant()));
    view! {
        <section class="live-test" aria-labelledby="live-test-title" hidden=is_empty>
            <h3 id="live-test-title">"Test it live (optional)"</h3>
            {move || match plan.get() {
                Ok(probe) => Either::Left(view! {
                    <p class="what-is-sent" id="what-is-sent"><Prose text=probe.what_is_sent()/></p>
                    <ProbeButton call=test probe=probe described_by="what-is-sent" primary=true/>
                }),
                Err(not_sent) => {
                    let cleaned = not_sent.offer_cleaned.then(|| key.report.with_untracked(|r| r.cleaned.clone())).flatten();
                    Either::Right(view! {
                        <p class="not-sent">{not_sent.reason}</p>
                        {cleaned.map(|cleaned| view! {
                            <button type="button" class="button" on:click=move |_| key.set(cleaned.clone())>
                                "Use cleaned key"
                            </button>
                        })}
                    })
                }
            }}
            <CallProgress call=test/>
            <div class="live-result" aria-live="polite">
                {move || match test.state.get() {
                    CallState::Finished(verdict) => {
                        let billing_probe = verdict.billing_probe();
                        Some(view! {
                            <VerdictView verdict=*verdict/>
                            {billing_probe.map(|probe| view! { <BillingCheck call=billing probe=probe/> })}
                        })
                    }
                    _ => None,
                }}
            </div>
            {move || bearer_probe.get().map(|probe| view! { <BearerTest call=bearer probe=probe/> })}
            <div aria-live="polite">
                <ComparisonView x_api_key=test bearer=bearer/>
            </div>
        </section>
    }
}
