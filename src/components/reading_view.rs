//! What was found in a pasted error, below its headline: the sections the core lays out (a key
//! warning first, the fields, the lines that show it, the cause or the way forward).

use leptos::prelude::*;

use crate::diagnose::error_text::{Item, Reading};
use crate::diagnose::tree::StepId;
use crate::site::href;

/// Each section of the reading as a titled list; every text is rendered as text (the key
/// warning is an alert). One shape for every section keeps the app's wasm small.
#[component]
pub fn ReadingView(
    /// What the recognizer read.
    reading: Reading,
    /// The step this is shown on (`None` on the start page).
    here: Option<StepId>,
) -> impl IntoView {
    let sections = reading
        .sections(here.as_ref())
        .into_iter()
        .map(|section| {
            view! {
                <div class=section.class role=section.role>
                    <p class="section-title">{section.title}</p>
                    <ul>{section.items.into_iter().map(item).collect_view()}</ul>
                </div>
            }
        })
        .collect_view();
    view! { <div class="reading">{sections}</div> }
}

fn item(item: Item) -> impl IntoView {
    view! {
        <li>
            {item.text}
            {item.code.map(|code| view! { <code>{code}</code> })}
            {item.link.map(|(link, text)| view! { <a href=href(&link)>{text}</a> })}
        </li>
    }
}
