//! Code blocks grouped in tabs, one tab per surface (Bash, PowerShell, Python, …), each with
//! a copy button.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::copy_button::CopyButton;
use super::prose::Prose;
use crate::diagnose::tree::{Snippet, Surface};

/// Tabs over `snippets`, grouped by surface in the order they first appear.
#[component]
pub fn SnippetTabs(
    /// A prefix that makes the tab ids unique on the page.
    #[prop(into)]
    id: String,
    /// The blocks to show; several per surface are shown in order (e.g. broken, then fixed).
    snippets: Vec<Snippet>,
) -> impl IntoView {
    let mut surfaces: Vec<Surface> = Vec::new();
    for snippet in &snippets {
        if !surfaces.contains(&snippet.surface) {
            surfaces.push(snippet.surface);
        }
    }
    let selected = RwSignal::new(0usize);
    let count = surfaces.len();
    let tab_id = {
        let id = id.clone();
        move |i: usize| format!("{id}-tab-{i}")
    };
    let panel_id = {
        let id = id.clone();
        move |i: usize| format!("{id}-panel-{i}")
    };
    // Arrow keys move between tabs, as in every tab widget.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let step = match ev.key().as_str() {
            "ArrowRight" => 1,
            "ArrowLeft" => count.saturating_sub(1),
            _ => return,
        };
        ev.prevent_default();
        selected.update(|s| *s = (*s + step) % count.max(1));
        let focus_id = format!("{}-tab-{}", id, selected.get_untracked());
        let tab = document().get_element_by_id(&focus_id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(tab) = tab {
            let _ = tab.focus();
        }
    };
    let tabs = surfaces
        .iter()
        .enumerate()
        .map(|(i, surface)| {
            view! {
                <button
                    type="button"
                    role="tab"
                    id=tab_id(i)
                    class="tab"
                    aria-controls=panel_id(i)
                    aria-selected=move || if selected.get() == i { "true" } else { "false" }
                    tabindex=move || if selected.get() == i { "0" } else { "-1" }
                    on:click=move |_| selected.set(i)
                >
                    {surface.label()}
                </button>
            }
        })
        .collect_view();
    let panels = surfaces
        .iter()
        .enumerate()
        .map(|(i, surface)| {
            let blocks = snippets
                .iter()
                .filter(|s| s.surface == *surface)
                .map(|s| {
                    let sdk = s.sdk.as_ref().map(|g| g.label().to_string());
                    let for_sdk = sdk.as_ref().map(|l| format!(" for {l}")).unwrap_or_default();
                    let copy_label = format!("Copy {} {}{for_sdk}", s.role.label().to_lowercase(), surface.label());
                    view! {
                        <figure class=format!("snippet role-{}", s.role.slug())>
                            <figcaption>
                                <span>
                                    <span class="role">{s.role.label()}</span>
                                    {sdk.map(|l| view! { " " <span class="sdk-label">{l}</span> })}
                                </span>
                                <CopyButton text=s.code.trim_end().to_string() label=copy_label/>
                            </figcaption>
                            // Focusable, so a keyboard can scroll a long line sideways.
                            <pre tabindex="0"><code>{s.code.trim_end().to_string()}</code></pre>
                            {(!s.note.is_empty()).then(|| view! { <p class="note"><Prose text=s.note.clone()/></p> })}
                        </figure>
                    }
                })
                .collect_view();
            view! {
                <div role="tabpanel" id=panel_id(i) aria-labelledby=tab_id(i) class="tab-panel" hidden=move || selected.get() != i>
                    {blocks}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="tabs">
            <div role="tablist" class="tablist" on:keydown=on_key>{tabs}</div>
            {panels}
        </div>
    }
}
