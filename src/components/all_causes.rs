//! Every cause with its link, grouped: the page docs and help desks link to.

use std::sync::Arc;

use leptos::prelude::*;

use super::step_heading::StepHeading;
use crate::diagnose::tree::Tree;
use crate::diagnose::walk::{START_LINK, step_link};
use crate::site::href;

/// "All causes", grouped by area.
#[component]
pub fn AllCauses(
    /// The tree to list.
    tree: Arc<Tree>,
) -> impl IntoView {
    let groups = tree
        .causes_by_group()
        .into_iter()
        .map(|(group, causes)| {
            let items = causes
                .into_iter()
                .map(|c| view! { <li><a href=href(&step_link(&c.id, &[]))>{c.title.clone()}</a></li> })
                .collect_view();
            view! {
                <section class="cause-group">
                    <h2>{group.label()}</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <nav class="trail" aria-label="Back"><a href=href(START_LINK)>"← Start"</a></nav>
        <article class="card all-causes">
            <StepHeading text="All causes".to_string()/>
            <p class="help">"Every known cause of an Anthropic API authentication failure, each with its fix. Link to any of them."</p>
            {groups}
        </article>
    }
}
