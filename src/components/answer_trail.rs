//! Back, Start over, and the answers given so far, each with a way to change it.

use leptos::prelude::*;

use crate::diagnose::walk::START_LINK;
use crate::islands::Island;
use crate::router::Location;
use crate::site::{self, href};
use crate::state::WalkIndex;

/// The walk's navigation, one line: every step has a visible Back and Start over. The answers
/// so far are in the URL, not in the page's HTML (one page serves every walk), so they fold out
/// from the end of the line once the app has read them and the walk's index has come, and
/// nothing above the step moves. An island.
#[component]
pub fn AnswerTrail() -> impl IntoView {
    let location = expect_context::<Location>();
    let index = expect_context::<WalkIndex>();
    let walk = Memo::new(move |_| location.walk());
    if site::interactive() && walk.with_untracked(|w| !w.answers.is_empty()) {
        index.ensure();
    }
    let trail = Memo::new(move |_| match index.get() {
        Some(tree) => walk.with(|w| w.trail(&tree)),
        None => Vec::new(),
    });
    let back = move || trail.with(|t| t.last().map(|item| href(&item.change_link)).unwrap_or_else(|| href(START_LINK)));
    view! {
        <nav class="trail" aria-label="Your answers" data-island=Island::Trail.name()>
            <a href=back rel="prev">"← Back"</a>
            <span aria-hidden="true">" · "</span>
            <a href=href(START_LINK)>"Start over"</a>
            {move || (!trail.with(Vec::is_empty)).then(|| {
                let items = trail.get();
                let count = items.len();
                view! {
                    <span aria-hidden="true">" · "</span>
                    <details class="trail-answers">
                        <summary>{format!("Your answers ({count})")}</summary>
                        <ol>
                            {items.into_iter().map(|item| {
                                let separator = if item.question_title.ends_with(['?', ':']) { " " } else { ": " };
                                let change_name = format!("Change your answer to “{}”", item.question_title);
                                view! {
                                    <li>
                                        <span class="trail-question">{item.question_title}</span>
                                        {separator}
                                        <strong>{item.answer_label}</strong>
                                        " "
                                        <a href=href(&item.change_link) class="change" aria-label=change_name>"Change"</a>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    </details>
                }
            })}
        </nav>
    }
}
