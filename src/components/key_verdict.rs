//! What the pasted text is: the headline verdict, the Console hint, the cleaned key.

use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::prose::Prose;
use crate::diagnose::key::Family;
use crate::diagnose::route;
use crate::diagnose::walk::step_link;
use crate::site::href;
use crate::state::KeyInput;

/// The verdict in a polite live region, so it is read out as the user types or pastes.
#[component]
pub fn KeyVerdict() -> impl IntoView {
    let key = expect_context::<KeyInput>();
    let report = key.report;
    let family = Memo::new(move |_| report.with(|r| r.family));
    view! {
        <div id="key-verdict" class="key-verdict" role="status" aria-live="polite">
            <Show when=move || family.get() != Family::Empty>
                <p class="verdict-headline">{move || report.with(|r| r.headline.clone())}</p>
                <p class="family">
                    <strong>{move || family.get().name()}</strong>
                    ": "
                    {move || view! { <Prose text=family.get().explanation()/> }}
                    " "
                    {move || route::for_family(family.get()).map(|step| view! {
                        <a href=href(&step_link(&step, &[]))>"What to do"</a>
                    })}
                </p>
            </Show>
        </div>
        {move || report.with(|r| r.hint.clone()).map(|hint| view! {
            <div class="hint-row">
                <span class="hint-label">"Console hint:"</span>
                <code class="hint">{hint.clone()}</code>
                <CopyButton text=hint label="Copy hint"/>
                <p class="field-help">
                    "Look for this hint in Console › Settings › API keys to see the key's status and workspace, "
                    "without sending the key anywhere."
                </p>
            </div>
        })}
        {move || report.with(|r| r.cleaned.clone()).map(|cleaned| view! {
            <div class="cleaned-row">
                <button type="button" class="button" on:click=move |_| key.set(cleaned.clone())>
                    "Use cleaned key"
                </button>
                <span class="field-help">"Removes the paste artefacts listed below and checks again."</span>
            </div>
        })}
    }
}
