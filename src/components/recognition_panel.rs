//! "From your pasted error", on the steps of the walk: what the paste was read as, compactly,
//! and the way back to edit it. Nothing visible when nothing is pasted.

use leptos::prelude::*;

use super::reading_headline::ReadingHeadline;
use super::reading_view::ReadingView;
use crate::diagnose::tree::StepId;
use crate::diagnose::walk::START_LINK;
use crate::islands::Island;
use crate::router::Location;
use crate::site::href;
use crate::state::PastedError;

/// The reading of the paste held in memory (the headline, what was found, the lines, any key
/// warning, the causes with this step named), and a link back to the start page, where the
/// field shows the paste again. Hidden when nothing is pasted. An island.
#[component]
pub fn RecognitionPanel() -> impl IntoView {
    let pasted = expect_context::<PastedError>();
    let here: Option<StepId> =
        expect_context::<Location>().0.with_untracked(|r| r.walk().step.and_then(|s| s.parse().ok()));
    let blank = move || pasted.reading.with(|r| r.is_empty());
    view! {
        <section class="card recognition" aria-labelledby="recognition-title" hidden=blank data-island=Island::Recognition.name()>
            <h2 id="recognition-title">"From your pasted error"</h2>
            {move || {
                let reading = pasted.reading.get();
                (!reading.is_empty()).then(|| view! {
                    <ReadingHeadline reading=reading.clone()/>
                    <ReadingView reading=reading here=here.clone()/>
                })
            }}
            <p class="field-help"><a href=href(START_LINK)>"Edit the pasted error"</a></p>
        </section>
    }
}
