//! "Paste what it printed": the output of a local check, read line by line by the core (a
//! verdict per line, with its step) and as a whole by the error reader (its causes).

use leptos::prelude::*;

use super::cause_link::CauseLink;
use super::private_field::private_field;
use crate::diagnose::error_text::Reading;
use crate::diagnose::one_liners::{LineVerdict, read_output};
use crate::recognizer;
use crate::site;
use crate::state::PastedCheck;

/// The output field and what each line of it means. The verdicts are in a polite live region.
#[component]
pub fn CheckOutput() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let verdicts = Memo::new(move |_| text.with(|t| read_output(t)));
    let reading = RwSignal::new(None::<Reading>);
    let latest = StoredValue::new(0u64);
    let read = move |pasted: String| {
        let ticket = latest.get_value() + 1;
        latest.set_value(ticket);
        text.set(pasted.clone());
        reading.set(None);
        // The session's copy, for the report (the tool pages' module hands it to the app).
        if let Some(shared) = use_context::<PastedCheck>() {
            shared.0.set(pasted.clone());
        }
        if read_output(&pasted).is_empty() {
            return;
        }
        // The error reader's causes for the whole output (its module is fetched the first time).
        leptos::task::spawn_local(async move {
            let answer = recognizer::read(pasted).await.ok();
            if latest.get_value() == ticket {
                reading.set(answer.filter(|r| !r.steps.is_empty()));
            }
        });
    };
    // What was pasted before the page was live is read now.
    let before = site::typed_before("check-output");
    if !before.is_empty() {
        read(before);
    }
    view! {
        <label class="field-label" for="check-output">"What the check printed"</label>
        <textarea
            id="check-output"
            class="text-input output-field"
            rows="5"
            {..private_field()}
            aria-describedby="check-output-help"
            placeholder="key-doctor-check: key var=ANTHROPIC_API_KEY set=yes length=108 …"
            on:focus=move |_| recognizer::prepare()
            prop:value=move || text.get()
            on:input=move |ev| read(event_target_value(&ev))
        ></textarea>
        <p id="check-output-help" class="field-help">
            "Only its "<code>"key-doctor-check:"</code>" lines are read; they hold no key. Read in this page, never sent."
        </p>
        <noscript><p class="field-help">"Reading the output needs JavaScript; the checks above work without it."</p></noscript>
        <div class="check-verdicts" aria-live="polite">
            {move || {
                let all = verdicts.get();
                let empty = all.is_empty() && text.with(|t| !t.trim().is_empty());
                view! {
                    {empty.then(|| view! {
                        <p class="not-sent">"No check line found: paste the lines that start with key-doctor-check:."</p>
                    })}
                    <ul class="findings">{all.into_iter().map(line_verdict).collect_view()}</ul>
                }
            }}
            {move || reading.get().map(|r| view! {
                <div class="reader-causes">
                    <p>"The error reader: "{r.headline}</p>
                    <ul>{r.steps.into_iter().map(|id| view! { <li><CauseLink id=id/></li> }).collect_view()}</ul>
                </div>
            })}
        </div>
    }
}

/// One line's verdict: its kind, what it is about, the sentence, what it reported, its step.
fn line_verdict(v: LineVerdict) -> impl IntoView {
    view! {
        <li class=format!("verdict verdict-{}", v.kind.slug())>
            <p class="verdict-kind">{v.label}</p>
            <p class="check-about">{v.about}</p>
            <p class="verdict-headline">{v.headline}</p>
            <dl class="evidence">
                {v.facts.into_iter().map(|(name, value)| view! { <dt>{name}</dt><dd><code>{value}</code></dd> }).collect_view()}
            </dl>
            {v.cause.map(|id| view! { <p>"Cause: "<CauseLink id=id/></p> })}
        </li>
    }
}
