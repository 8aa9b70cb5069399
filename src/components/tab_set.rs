//! Panels in tabs: a tab list and one panel per tab, the first chosen. Static markup, the same
//! before and after the wasm: `enhance` switches the tabs (click, arrow keys, Home, End) once
//! it runs; without JavaScript the stylesheet shows every panel, each under its tab's name.

use leptos::prelude::*;

/// One tab: its name and what its panel shows.
pub struct Tab<V> {
    /// Makes the tab's and the panel's ids unique within the set (a slug, or a position).
    pub key: String,
    /// The tab's name, and the panel's heading when every panel is shown.
    pub name: String,
    pub panel: V,
}

/// The tabs, with ids `{id}-tab-{key}` and `{id}-panel-{key}`.
#[component]
pub fn TabSet<V: IntoView + 'static>(
    /// A prefix that makes the ids unique on the page.
    #[prop(into)]
    id: String,
    /// What the tabs choose between (e.g. "Shell"), for the tab list's accessible name.
    #[prop(optional)]
    label: Option<&'static str>,
    tabs: Vec<Tab<V>>,
) -> impl IntoView {
    let tab_id = |key: &str| format!("{id}-tab-{key}");
    let panel_id = |key: &str| format!("{id}-panel-{key}");
    let buttons = tabs
        .iter()
        .enumerate()
        .map(|(i, tab)| {
            view! {
                <button
                    type="button"
                    role="tab"
                    id=tab_id(&tab.key)
                    class="tab"
                    aria-controls=panel_id(&tab.key)
                    aria-selected=if i == 0 { "true" } else { "false" }
                    tabindex=if i == 0 { "0" } else { "-1" }
                >
                    {tab.name.clone()}
                </button>
            }
        })
        .collect_view();
    let panels = tabs
        .into_iter()
        .enumerate()
        .map(|(i, tab)| {
            view! {
                <div role="tabpanel" id=panel_id(&tab.key) aria-labelledby=tab_id(&tab.key) class="tab-panel" hidden=i != 0>
                    <p class="panel-name">{tab.name}</p>
                    {tab.panel}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="tabs">
            <div role="tablist" class="tablist" aria-label=label>{buttons}</div>
            {panels}
        </div>
    }
}
