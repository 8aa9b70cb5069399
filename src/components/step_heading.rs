//! The heading of a step: names the page, takes focus when the user moves to it.

use leptos::html::H1;
use leptos::prelude::*;

use crate::router::Location;

/// The step's `<h1>`. When the user moves here from another page in place, it takes keyboard
/// focus, as a page load would put a screen reader at the top; on the page the document was
/// loaded at, focus stays where the user put it.
#[component]
pub fn StepHeading(
    /// The heading text.
    text: String,
    /// Its class (the start page's title is larger); `step-heading` by default.
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    let location = expect_context::<Location>();
    Effect::new(move |_| {
        if let Some(h1) = heading.get()
            && location.moved.get_untracked()
        {
            let _ = h1.focus();
        }
    });
    view! { <h1 class=class.unwrap_or("step-heading") tabindex="-1" node_ref=heading>{text}</h1> }
}
