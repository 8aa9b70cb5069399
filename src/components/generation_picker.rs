//! The reasoner's first question: which tool, and which generation of it.

use leptos::prelude::*;

use crate::diagnose::credentials::{Generation, Setup};

/// A radio group of every tool generation the core knows, in a fieldset with its legend.
#[component]
pub fn GenerationPicker(
    /// The reasoner's state.
    setup: RwSignal<Setup>,
) -> impl IntoView {
    let radios = Generation::ALL
        .into_iter()
        .map(|generation| {
            let id = format!("gen-{}", generation.slug());
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name="generation"
                        id=id.clone()
                        value=generation.slug()
                        prop:checked=move || setup.with(|s| s.generation == Some(generation))
                        on:change=move |_| setup.update(|s| s.generation = Some(generation))
                    />
                    <label for=id>{generation.label()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices">
            <legend>"1. Your tool and its version"</legend>
            {radios}
        </fieldset>
    }
}
