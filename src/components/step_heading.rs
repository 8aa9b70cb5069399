//! The heading of a page.

use leptos::prelude::*;

/// The page's `<h1>`. Focusable from script (not by Tab): moving to a page in place puts the
/// focus here, as a page load would put a screen reader at the top.
#[component]
pub fn StepHeading(
    /// The heading text.
    text: String,
    /// Its class (the start page's title is larger); `step-heading` by default.
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    view! { <h1 class=class.unwrap_or("step-heading") tabindex="-1">{text}</h1> }
}
