//! The four local checks in tabs, one per shell, each with its copy button and a line saying
//! what it does and prints. Only the commands follow the form; the tabs are static markup.

use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::tab_set::{Tab, TabSet};
use crate::diagnose::one_liners::{CheckSpec, OneLiner, Shell, one_liners, what_it_prints};

/// Tabs over the checks the core writes for `spec`.
#[component]
pub fn OneLinerTabs(
    /// The variable and hint the checks are for.
    spec: Memo<CheckSpec>,
) -> impl IntoView {
    let checks = Memo::new(move |_| spec.with(one_liners));
    let prints = Memo::new(move |_| spec.with(what_it_prints));
    let tabs = Shell::ALL
        .into_iter()
        .map(|shell| {
            let of = move |f: fn(&OneLiner) -> String| {
                checks.with(|all| all.iter().find(|c| c.shell == shell).map(f).unwrap_or_default())
            };
            let panel = view! {
                <figure class="snippet one-liner" data-shell=shell.slug()>
                    <figcaption>
                        <span>{move || of(|c| c.how.to_string())}</span>
                        <CopyButton label=format!("Copy the {} check", shell.label())/>
                    </figcaption>
                    <pre tabindex="0" aria-label=format!("The {} check", shell.label())>
                        <code>{move || of(|c| c.command.clone())}</code>
                    </pre>
                    <p class="note">{move || prints.get()}</p>
                </figure>
            };
            Tab { key: shell.slug().to_string(), name: shell.label().to_string(), panel }
        })
        .collect();
    view! { <TabSet id="check" label="Shell" tabs=tabs/> }
}
