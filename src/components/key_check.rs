//! The key check section: the field, what the key is, what is wrong with it, the live test.

use leptos::prelude::*;

use super::finding_list::FindingList;
use super::key_field::KeyField;
use super::key_verdict::KeyVerdict;
use super::live_test::LiveTest;
use crate::islands::Island;

/// Everything about the pasted key, in reading order. An island: live once the wasm runs.
#[component]
pub fn KeyCheck() -> impl IntoView {
    view! {
        <section id="key-check" class="card key-check" aria-labelledby="key-check-title" data-island=Island::KeyCheck.name()>
            <h2 id="key-check-title">"Check a key"</h2>
            <KeyField/>
            <KeyVerdict/>
            <FindingList/>
            <LiveTest/>
        </section>
    }
}
