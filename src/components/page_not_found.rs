//! The page a static host serves for a path that is no page of the site (`404.html`).

use leptos::prelude::*;

use super::step_heading::StepHeading;
use crate::diagnose::tree::ALL_CAUSES;
use crate::diagnose::walk::{START_LINK, fixed_link};
use crate::site::href;

/// "Page not found", with the ways on.
#[component]
pub fn PageNotFound() -> impl IntoView {
    view! {
        <article class="card not-found">
            <StepHeading text="Page not found".to_string()/>
            <p>"This page of Key Doctor does not exist (any more). The step it named may have been renamed."</p>
            <p><a href=href(START_LINK)>"Go to the start"</a>" · "<a href=href(&fixed_link(ALL_CAUSES))>"See all causes"</a></p>
        </article>
    }
}
