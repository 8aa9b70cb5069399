//! The heading of a step: names the page, takes focus when the step changes.

use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::Title;

/// The step's `<h1>`: sets the document title and moves keyboard focus here on mount, so a
/// screen-reader or keyboard user lands on the new step, not at the bottom of the old one.
#[component]
pub fn StepHeading(
    /// The heading text, also used for the page title.
    text: String,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            let _ = h1.focus();
        }
    });
    view! {
        <Title text=format!("{text} · Key Doctor")/>
        <h1 class="step-heading" tabindex="-1" node_ref=heading>{text}</h1>
    }
}
