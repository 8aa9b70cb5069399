//! A link to a step of the walk, named by the step's title once the walk's index is here.

use leptos::prelude::*;

use crate::diagnose::tree::StepId;
use crate::diagnose::walk::step_link;
use crate::site::href;
use crate::state::WalkIndex;

/// A link to step `id`, its text the step's title (fetched with the walk's index; a plain
/// "Why, and the fix" until then).
#[component]
pub fn CauseLink(
    /// The step.
    id: StepId,
) -> impl IntoView {
    let index = expect_context::<WalkIndex>();
    index.ensure();
    let link = href(&step_link(&id, &[]));
    let title = move || {
        index
            .get()
            .and_then(|tree| tree.node(&id).map(|n| n.title().to_string()))
            .unwrap_or_else(|| "Why, and the fix".into())
    };
    view! { <a class="cause-link" href=link>{title}</a> }
}
