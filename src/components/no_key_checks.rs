//! The no-key page's form, its one-liners and the reader of their output: the variable and the
//! Console hint (validated by the core), the checks the core writes for them, and what a pasted
//! output means.

use leptos::prelude::*;

use super::check_output::CheckOutput;
use super::one_liner_tabs::OneLinerTabs;
use super::private_field::private_field;
use crate::diagnose::one_liners::{CheckSpec, DEFAULT_VARIABLE, SpecError};
use crate::islands::Island;
use crate::site;

/// The variable and hint fields, the four checks, and the output reader. An island: the
/// prerendered page shows the checks for `ANTHROPIC_API_KEY`, usable without the wasm.
#[component]
pub fn NoKeyChecks() -> impl IntoView {
    let variable = RwSignal::new(site::typed_before("check-variable"));
    let hint = RwSignal::new(String::new());
    let hint_error = RwSignal::new(None::<SpecError>);
    on_hint(&site::typed_before("check-hint"), hint, hint_error);
    let variable_error = Memo::new(move |_| variable.with(|v| CheckSpec::new(Some(v.as_str()), None).err()));
    // An invalid name keeps the checks of the last valid one.
    let spec = Memo::new(move |last: Option<&CheckSpec>| {
        let valid_hint = hint_error.with(Option::is_none).then(|| hint.get());
        variable
            .with(|v| CheckSpec::new(Some(v.as_str()), valid_hint.as_deref()))
            .unwrap_or_else(|_| last.cloned().unwrap_or_default())
    });
    view! {
        <section class="no-key-checks" aria-labelledby="no-key-form-title" data-island=Island::NoKeyChecks.name()>
            <h2 id="no-key-form-title">"1. What your program reads"</h2>
            <div class="tool-field">
                <label class="field-label" for="check-variable">"Environment variable"</label>
                <input
                    id="check-variable"
                    class="text-input"
                    type="text"
                    {..private_field()}
                    placeholder=DEFAULT_VARIABLE
                    aria-describedby="check-variable-help"
                    aria-invalid=move || variable_error.with(Option::is_some).to_string()
                    prop:value=move || variable.get()
                    on:input=move |ev| variable.set(event_target_value(&ev))
                />
                <p id="check-variable-help" class="field-help" aria-live="polite">
                    {move || match variable_error.get() {
                        Some(error) => format!("{error}. The checks below still read {}.", spec.with(|s| s.variable().to_string())),
                        None => "Blank means ANTHROPIC_API_KEY, which the SDKs and Claude Code read.".to_string(),
                    }}
                </p>
            </div>
            <div class="tool-field">
                <label class="field-label" for="check-hint">"Console hint of the key you meant (optional)"</label>
                <input
                    id="check-hint"
                    class="text-input"
                    type="text"
                    {..private_field()}
                    placeholder="sk-ant-api03-R2D...igAA"
                    aria-describedby="check-hint-help"
                    aria-invalid=move || hint_error.with(Option::is_some).to_string()
                    prop:value=move || hint.get()
                    on:input=move |ev| {
                        let field = event_target::<web_sys::HtmlInputElement>(&ev);
                        if on_hint(&field.value(), hint, hint_error) {
                            field.set_value("");
                        }
                    }
                />
                <p id="check-hint-help" class="field-help" aria-live="polite">
                    {move || match hint_error.get() {
                        Some(error) => format!("Not used: {error}."),
                        None => "Only the hint, never the key: the check then says whether your program's key is that one.".to_string(),
                    }}
                </p>
            </div>
            <h2>"2. Run a check"</h2>
            <OneLinerTabs spec=spec/>
            <h2>"3. Paste what it printed"</h2>
            <CheckOutput/>
        </section>
    }
}

/// Takes what was typed into the hint field: kept if it is a hint (or blank), kept with its
/// error if not, refused outright if it is a key. Returns true when the field must be cleared.
fn on_hint(text: &str, hint: RwSignal<String>, error: RwSignal<Option<SpecError>>) -> bool {
    match CheckSpec::new(None, Some(text)) {
        Err(SpecError::KeyInHint) => {
            hint.set(String::new());
            error.set(Some(SpecError::KeyInHint));
            true
        }
        result => {
            hint.set(text.to_string());
            error.set(result.err());
            false
        }
    }
}
