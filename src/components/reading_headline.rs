//! What a pasted error was read as, in a few words and a sentence or two.

use leptos::prelude::*;

use crate::diagnose::error_text::Reading;

/// The verdict ("A credential problem", "Not a key problem: a rate limit", "Not recognized")
/// above the recognizer's headline.
#[component]
pub fn ReadingHeadline(
    /// What the recognizer read.
    reading: Reading,
) -> impl IntoView {
    view! {
        <p class=format!("verdict-label verdict-{}", reading.verdict.id())>{reading.verdict_label}</p>
        <p class="reading-headline">{reading.headline}</p>
    }
}
