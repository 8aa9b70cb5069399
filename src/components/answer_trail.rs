//! Back, Start over, and the answers given so far, each with a way to change it.

use leptos::prelude::*;

use crate::diagnose::walk::{START_LINK, Walk};
use crate::site::href;
use crate::state::{TreeAsset, TreeState};

/// The walk's navigation, one line: every step has a visible Back and Start over; the answers
/// so far fold out from the end of the line once the whole tree is at hand (a link that
/// carries answers can be opened before it is), so nothing above the step ever moves.
#[component]
pub fn AnswerTrail(
    /// Where the walk stands.
    walk: Walk,
) -> impl IntoView {
    let asset = expect_context::<TreeAsset>();
    let trail = Memo::new(move |_| match asset.state.get() {
        TreeState::Loaded(tree) => walk.trail(&tree),
        _ => Vec::new(),
    });
    let back = move || trail.with(|t| t.last().map(|item| href(&item.change_link)).unwrap_or_else(|| href(START_LINK)));
    view! {
        <nav class="trail" aria-label="Your answers">
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
