//! A copy-to-clipboard button.

use leptos::prelude::*;

use crate::site;

/// Copies `text` (never a key: hints, commands, links), or, without `text`, the code block of the
/// figure it sits in; says "Copied" for a moment. The behaviour is one listener for every copy
/// button of every page (`enhance`), so the button works the same in static HTML and in an
/// island; until the wasm runs it is disabled, and without JavaScript it is not shown.
#[component]
pub fn CopyButton(
    /// What to copy; `None` copies the `pre code` of the enclosing `<figure>`.
    #[prop(optional, into)]
    text: Option<String>,
    /// The button's text and accessible name, e.g. "Copy hint".
    #[prop(into)]
    label: String,
    /// `text` is a path of this site: copy it as a full URL, with the page's own origin.
    #[prop(optional)]
    absolute: bool,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button quiet copy"
            data-copy=text
            data-copy-absolute=absolute.then_some("")
            disabled=!site::interactive()
        >
            {label}
        </button>
    }
}
