//! The friendly answer to a link whose step does not exist (any more).

use leptos::prelude::*;

use super::step_heading::StepHeading;
use crate::diagnose::tree::ALL_CAUSES;
use crate::diagnose::walk::{START_LINK, fixed_link};
use crate::site::href;

/// "Step not found", with the way back.
#[component]
pub fn StepNotFound(
    /// The slug that was asked for, as the walk kept it (already cut short if it looked like
    /// anything but a slug); shown as text, so it is inert.
    slug: String,
) -> impl IntoView {
    view! {
        <article class="card not-found">
            <StepHeading text="Step not found".to_string()/>
            <p>
                {if slug.is_empty() {
                    "This link does not name a step.".to_string()
                } else {
                    format!("There is no step called “{slug}”. It may have been renamed.")
                }}
            </p>
            <p><a href=href(START_LINK)>"Go to the start"</a>" · "<a href=href(&fixed_link(ALL_CAUSES))>"See all causes"</a></p>
        </article>
    }
}
