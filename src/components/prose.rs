//! Text from the tree, with its `backtick` spans shown as code.

use leptos::prelude::*;

use crate::diagnose::tree::code_spans;

/// Renders `text` as inline content; code spans become `<code>`. Always inert text.
#[component]
pub fn Prose(
    /// The text, as written in the tree.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    code_spans(&text)
        .into_iter()
        .map(|span| {
            let text = span.text.to_string();
            if span.code {
                leptos::either::Either::Left(view! { <code>{text}</code> })
            } else {
                leptos::either::Either::Right(text)
            }
        })
        .collect_view()
}
