//! Where reading a pasted error stands, in a polite live region: "Reading…", what it was read
//! as (the verdict and the headline), or why it could not be read, with "Try again".

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::reading_headline::ReadingHeadline;
use crate::state::{PastedError, ReadStatus};

/// "Reading…", then the verdict and headline of the reading, announced as they arrive; a
/// failure to load the reader says so, with a way to try again.
#[component]
pub fn ReadingProgress() -> impl IntoView {
    let pasted = expect_context::<PastedError>();
    let retry = move |_| leptos::task::spawn_local(pasted.set(pasted.text.get_untracked()));
    view! {
        <div class="reading-progress" role="status" aria-live="polite">
            {move || match pasted.status.get() {
                ReadStatus::Reading => Some(EitherOf3::A(view! { <p class="loading">"Reading…"</p> })),
                ReadStatus::Failed(error) => Some(EitherOf3::B(view! {
                    <div class="read-failed">
                        <p>"Could not read it: "{error.to_string()}</p>
                        <button type="button" class="button" on:click=retry>"Try again"</button>
                    </div>
                })),
                ReadStatus::Done => {
                    let reading = pasted.reading.get();
                    (!reading.is_empty())
                        .then(|| EitherOf3::C(view! { <ReadingHeadline reading=reading/> }))
                }
            }}
        </div>
    }
}
