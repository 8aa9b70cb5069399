//! The "Error message" section of the start page: the field, where reading it stands, and what
//! was recognized, with the way to the cause.

use leptos::prelude::*;

use super::error_field::ErrorField;
use super::reading_progress::ReadingProgress;
use super::reading_view::ReadingView;
use crate::diagnose::walk::{ERROR_MESSAGES, fixed_link};
use crate::islands::Island;
use crate::site::href;
use crate::state::PastedError;

/// The "Error message" field and what was recognized in it, read at once in this page. An island.
#[component]
pub fn ErrorPaste() -> impl IntoView {
    let pasted = expect_context::<PastedError>();
    view! {
        <section id="error-paste" class="card error-paste" aria-labelledby="error-paste-title" data-island=Island::ErrorPaste.name()>
            <h2 id="error-paste-title">"Read an error message"</h2>
            <ErrorField/>
            <ReadingProgress/>
            {move || {
                let reading = pasted.reading.get();
                (!reading.is_empty()).then(|| view! { <ReadingView reading=reading here=None/> })
            }}
            <p class="field-help">
                "Or pick the message you see from "
                <a href=href(&fixed_link(ERROR_MESSAGES))>"the list of known messages"</a>"."
            </p>
            <noscript>
                <p class="field-help">"Reading an error message needs JavaScript. The list of messages works without it."</p>
            </noscript>
        </section>
    }
}
