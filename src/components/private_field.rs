//! What every text field of the app carries: nothing the user types or pastes in it is offered,
//! kept or sent by the browser's own helpers.

use leptos::attr::Attribute;
use leptos::prelude::*;

/// The attributes of a field that may hold a key, or text with a key in it: no autofill or
/// autocapitalize, no spell check (which some browsers do on a server), and password managers
/// (LastPass, 1Password, Bitwarden, and those that read `data-form-type`) neither fill nor save
/// it. Spread on the field: `<input {..private_field()} …/>`.
pub fn private_field() -> impl Attribute {
    view! {
        <{..}
            autocomplete="off"
            spellcheck="false"
            autocapitalize="off"
            data-lpignore="true"
            data-1p-ignore="true"
            data-bwignore="true"
            data-form-type="other"
        />
    }
}
