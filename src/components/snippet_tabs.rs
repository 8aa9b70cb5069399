//! Code blocks grouped in tabs, one tab per surface (Bash, PowerShell, Python, …), each with
//! a copy button.

use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::prose::Prose;
use super::tab_set::{Tab, TabSet};
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
    let tabs = surfaces
        .into_iter()
        .enumerate()
        .map(|(i, surface)| Tab {
            key: i.to_string(),
            name: surface.label().to_string(),
            panel: snippets.iter().filter(|s| s.surface == surface).map(|s| snippet_figure(s, surface)).collect_view(),
        })
        .collect();
    view! { <TabSet id=id tabs=tabs/> }
}

/// One code block with its role, the SDK version it is for, its copy button and its note.
fn snippet_figure(s: &Snippet, surface: Surface) -> impl IntoView + use<> {
    let sdk = s.sdk.as_ref().map(|g| g.label().to_string());
    let for_sdk = sdk.as_ref().map(|l| format!(" for {l}")).unwrap_or_default();
    let copy_label = format!("Copy {} {}{for_sdk}", s.role.label().to_ascii_lowercase(), surface.label());
    view! {
        <figure class=format!("snippet role-{}", s.role.slug())>
            <figcaption>
                <span>
                    <span class="role">{s.role.label()}</span>
                    {sdk.map(|l| view! { " " <span class="sdk-label">{l}</span> })}
                </span>
                <CopyButton label=copy_label/>
            </figcaption>
            // Focusable, so a keyboard can scroll a long line sideways.
            <pre tabindex="0"><code>{s.code.trim_end().to_string()}</code></pre>
            {(!s.note.is_empty()).then(|| view! { <p class="note"><Prose text=s.note.clone()/></p> })}
        </figure>
    }
}
