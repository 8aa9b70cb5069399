//! The key field: a password input that password managers ignore, with reveal and clear.

use leptos::prelude::*;

use super::private_field::private_field;
use crate::site;
use crate::state::KeyInput;

/// The "API key" input. A single-line input silently drops the line breaks of a paste (the
/// user's own code will not), so the raw paste text is kept too and checked instead.
#[component]
pub fn KeyField() -> impl IntoView {
    let key = expect_context::<KeyInput>();
    let revealed = RwSignal::new(false);
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        let raw = ev.clipboard_data().and_then(|data| data.get_data("text/plain").ok());
        key.pasted.set(raw.filter(|text| !text.is_empty()));
    };
    view! {
        <label class="field-label" for="api-key">"API key"</label>
        <div class="key-row">
            <input
                id="api-key"
                class="key-input"
                name="kd-key-under-test"
                type=move || if revealed.get() { "text" } else { "password" }
                {..private_field()}
                aria-describedby="key-verdict key-findings"
                placeholder="sk-ant-api03-…"
                prop:value=move || key.field.get()
                on:paste=on_paste
                on:input=move |ev| key.field.set(event_target_value(&ev))
            />
            <button
                type="button"
                class="button quiet"
                aria-pressed=move || if revealed.get() { "true" } else { "false" }
                disabled=!site::interactive()
                on:click=move |_| revealed.update(|r| *r = !*r)
            >
                {move || if revealed.get() { "Hide key" } else { "Show key" }}
            </button>
            <button
                type="button"
                class="button quiet"
                disabled=move || key.field.with(String::is_empty)
                on:click=move |_| key.set(String::new())
            >
                "Clear"
            </button>
        </div>
        <p class="field-help">"Checked as you type, in this page only. Nothing is stored: reloading forgets it."</p>
        <noscript>
            <p class="field-help">"The key check runs in your browser and needs JavaScript. The causes and fixes work without it."</p>
        </noscript>
    }
}
