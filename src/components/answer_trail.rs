//! Back, Start over, and the answers given so far, each with a way to change it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::diagnose::tree::Tree;
use crate::diagnose::walk::Walk;

/// The walk's navigation: every step has a visible Back and Start over.
#[component]
pub fn AnswerTrail(
    /// The tree, for the questions' titles and the answers' labels.
    tree: Arc<Tree>,
    /// Where the walk stands.
    walk: Walk,
) -> impl IntoView {
    let trail = walk.trail(&tree);
    let back = trail.last().map(|item| item.change_link.clone()).unwrap_or_else(|| "./".to_string());
    view! {
        <nav class="trail" aria-label="Your answers">
            <p class="trail-links">
                <a href=back rel="prev">"← Back"</a>
                " · "
                <a href="./">"Start over"</a>
            </p>
            {(!trail.is_empty()).then(|| view! {
                <ol class="trail-answers">
                    {trail.into_iter().map(|item| {
                        let separator = if item.question_title.ends_with(['?', ':']) { " " } else { ": " };
                        let change_name = format!("Change your answer to “{}”", item.question_title);
                        view! {
                            <li>
                                <span class="trail-question">{item.question_title}</span>
                                {separator}
                                <strong>{item.answer_label}</strong>
                                " "
                                <a href=item.change_link class="change" aria-label=change_name>"Change"</a>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            })}
        </nav>
    }
}
