//! The "Error message" field: a multi-line text field that password managers and spell checkers
//! leave alone, read as the user types or pastes; a long paste is read whole while the field
//! shows its start.

use leptos::html::Textarea;
use leptos::prelude::*;

use super::private_field::private_field;
use crate::diagnose::error_text::{field_part, long_paste_note};
use crate::diagnose::walk::step_link;
use crate::recognizer;
use crate::site;
use crate::state::PastedError;

/// The field, its help, "Clear", and the note on a paste longer than the field shows. A paste
/// whose reading is a credential problem moves the page to its most likely cause; typing never
/// does (the result shows in place, with a link).
#[component]
pub fn ErrorField() -> impl IntoView {
    let pasted = expect_context::<PastedError>();
    let field = NodeRef::<Textarea>::new();
    // What the field shows, set in it only when it changes: a long paste's start is drawn once.
    let shown = Memo::new(move |_| pasted.text.with(|t| field_part(t).to_string()));
    // A long paste is taken out of the browser's hands: the field gets only its start.
    // Each step of taking it in (the clipboard's text into the app, the field's start drawn, the
    // text handed to the reader) runs in a task of its own, so that none holds the tab for long.
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let Some(text) = ev.clipboard_data().and_then(|data| data.get_data("text/plain").ok()) else { return };
        if long_paste_note(&text).is_some() {
            ev.prevent_default();
            leptos::task::spawn_local(async move {
                next_task().await;
                read(pasted, text, true).await;
            });
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let from_paste = js_sys::Reflect::get(&ev, &"inputType".into())
            .ok()
            .and_then(|t| t.as_string())
            .is_some_and(|t| t == "insertFromPaste");
        leptos::task::spawn_local(read(pasted, event_target_value(&ev), from_paste));
    };
    let clear = move |_| {
        leptos::task::spawn_local(pasted.set(String::new()));
        if let Some(field) = field.get() {
            let _ = field.focus();
        }
    };
    view! {
        <label class="field-label" for="error-message">"Error message"</label>
        <textarea
            id="error-message"
            class="error-input"
            name="kd-error-message"
            rows="6"
            {..private_field()}
            aria-describedby="error-message-help"
            placeholder="anthropic.AuthenticationError: Error code: 401 - …"
            node_ref=field
            prop:value=shown
            on:focus=move |_| recognizer::prepare()
            on:paste=on_paste
            on:input=on_input
        ></textarea>
        <div class="error-row">
            <p id="error-message-help" class="field-help">
                "Paste a traceback, a log or a response body: read in this page, never sent."
            </p>
            <button
                type="button"
                class="button quiet"
                aria-label="Clear the error message"
                disabled=move || !site::interactive() || pasted.is_blank()
                on:click=clear
            >
                "Clear"
            </button>
        </div>
        <p class="field-help long-paste" hidden=move || pasted.text.with(|t| long_paste_note(t).is_none())>
            {move || pasted.text.with(|t| long_paste_note(t))}
        </p>
    }
}

/// Reads `text` as the paste; after a paste (not typing), moves to the cause if it is a
/// credential problem with a step to go to, and the text is still what the field holds.
async fn read(pasted: PastedError, text: String, from_paste: bool) {
    // The field is drawn first, in a task of its own, so that no single task holds the tab for
    // the drawing and the reading of a long paste together.
    pasted.text.set(text.clone());
    next_task().await;
    if pasted.text.with_untracked(|t| *t != text) {
        return;
    }
    pasted.set(text).await;
    let current = pasted.status.with_untracked(|s| *s == crate::state::ReadStatus::Done);
    let cause = pasted.reading.with_untracked(|r| r.cause().cloned());
    if from_paste
        && current
        && let Some(step) = cause
    {
        move_to(&step_link(&step, &[]));
    }
}

/// Resolves in a later task of the browser's event loop.
async fn next_task() {
    #[cfg(target_arch = "wasm32")]
    {
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
    }
}

/// Moves the page to `link` in place (only the wasm can).
fn move_to(link: &str) {
    #[cfg(target_arch = "wasm32")]
    crate::navigate::go_to(link);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = link;
}
