//! The reasoner's second question: what is set, among the inputs the chosen tool reads.

use leptos::prelude::*;

use crate::diagnose::credentials::{Input, Setup};

/// A checkbox for each input that applies to the chosen generation (labels from the core), in a
/// fieldset with its legend. The list changes only with the generation, so ticking keeps focus.
#[component]
pub fn InputChecklist(
    /// The reasoner's state.
    setup: RwSignal<Setup>,
) -> impl IntoView {
    let generation = Memo::new(move |_| setup.with(|s| s.generation));
    let boxes = move || {
        let generation = generation.get()?;
        let boxes = Input::ALL
            .into_iter()
            .filter(|input| input.applies_to(generation))
            .map(|input| {
                let id = format!("has-{}", input.slug());
                let needs = input.needs();
                view! {
                    <div class="choice">
                        <input
                            type="checkbox"
                            id=id.clone()
                            value=input.slug()
                            prop:checked=move || setup.with(|s| s.has(input))
                            disabled=move || needs.is_some_and(|n| !setup.with(|s| s.has(n)))
                            on:change=move |_| setup.update(|s| s.toggle(input))
                        />
                        <label for=id>{input.label()}</label>
                    </div>
                }
            })
            .collect_view();
        Some(boxes)
    };
    view! {
        <fieldset class="choices checklist">
            <legend>"2. What is set where your program runs"</legend>
            {move || {
                generation.with(Option::is_none).then(|| view! { <p class="help">"Pick your tool first: the list depends on it."</p> })
            }}
            {boxes}
        </fieldset>
    }
}
