//! The four local checks in tabs, one per shell, each with its copy button and a line saying
//! what it does and prints. The tabs are static markup (`enhance` switches them, as on fix
//! cards); only the commands follow the form.

use leptos::prelude::*;

use super::copy_button::CopyButton;
use crate::diagnose::one_liners::{CheckSpec, Shell, one_liners, what_it_prints};

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
        .enumerate()
        .map(|(i, shell)| {
            view! {
                <button
                    type="button"
                    role="tab"
                    id=format!("check-tab-{}", shell.slug())
                    class="tab"
                    aria-controls=format!("check-panel-{}", shell.slug())
                    aria-selected=if i == 0 { "true" } else { "false" }
                    tabindex=if i == 0 { "0" } else { "-1" }
                >
                    {shell.label()}
                </button>
            }
        })
        .collect_view();
    let panels = Shell::ALL
        .into_iter()
        .enumerate()
        .map(|(i, shell)| {
            let of = move |f: fn(&crate::diagnose::one_liners::OneLiner) -> String| {
                checks.with(|all| all.iter().find(|c| c.shell == shell).map(f).unwrap_or_default())
            };
            view! {
                <div
                    role="tabpanel"
                    id=format!("check-panel-{}", shell.slug())
                    aria-labelledby=format!("check-tab-{}", shell.slug())
                    class="tab-panel"
                    hidden=i != 0
                >
                    <p class="panel-name">{shell.label()}</p>
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
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="tabs">
            <div role="tablist" class="tablist" aria-label="Shell">{tabs}</div>
            {panels}
        </div>
    }
}
