//! "Copy report" and "Share this step": the help-desk report of this session, built by the core
//! from what the page knows at the moment of the click, in Markdown or plain text, with a preview
//! of exactly what is copied; and the link of the current step and answers.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::diagnose::report::{self, Report};
use crate::islands::Island;
use crate::session_report::Session;
use crate::site;

/// The report's two formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Markdown,
    Text,
}

/// What a click asked for (kept while the walk's index loads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ask {
    Copy,
    Share,
}

/// The preview's text before anything is built (the same in the prerender and at takeover).
const NOT_BUILT: &str = "The report is built from this page as it stands when you open this or copy it.";

/// What to do when the browser refuses the clipboard.
const COPY_BY_HAND: &str =
    "Your browser did not let the page copy. Open the preview below, select the report and copy it.";

/// "Copy report" (Markdown or plain text) with its preview, and "Share this step". Static text
/// and disabled controls until the wasm runs; copying says so in a live region. An island.
#[component]
pub fn ReportPanel() -> impl IntoView {
    let session = Session::from_context();
    let format = RwSignal::new(Format::Markdown);
    let preview = RwSignal::new(None::<String>);
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let waiting = RwSignal::new(None::<Ask>);
    let build = move || {
        let report = report::build(&session.input(utc_now(), user_agent(), base_url()));
        let Report { markdown, text } = report;
        if format.get_untracked() == Format::Markdown { markdown } else { text }
    };
    let run = move |ask: Ask| {
        let (text, done) = match ask {
            Ask::Copy => {
                let text = build();
                preview.set(Some(text.clone()));
                let done = match format.get_untracked() {
                    Format::Markdown => "Report copied as Markdown. The preview below shows exactly what was copied.",
                    Format::Text => "Report copied as plain text. The preview below shows exactly what was copied.",
                };
                (text, done.to_string())
            }
            Ask::Share => {
                let link = session.share_link(&base_url());
                (link.clone(), format!("Link copied: {link}"))
            }
        };
        leptos::task::spawn_local(async move {
            let copied = JsFuture::from(window().navigator().clipboard().write_text(&text)).await.is_ok();
            status.set(match (copied, ask) {
                (true, _) => done,
                (false, Ask::Copy) => COPY_BY_HAND.to_string(),
                (false, Ask::Share) => format!("Your browser did not let the page copy. The link: {text}"),
            });
        });
    };
    let ask = move |what: Ask| {
        status.set(String::new());
        if what == Ask::Copy && session.awaits_index() {
            status.set("Preparing the report…".to_string());
            waiting.set(Some(what));
        } else {
            run(what);
        }
    };
    // A copy asked for while the walk's index loaded goes ahead once it is here (or failed).
    Effect::new(move |_| {
        session.track();
        if let Some(what) = waiting.get()
            && !session.awaits_index()
        {
            waiting.set(None);
            run(what);
        }
    });
    // The open preview follows the page: a new verdict, answer or format shows at once.
    Effect::new(move |_| {
        format.track();
        session.track();
        if open.get() && waiting.get_untracked().is_none() {
            preview.set(Some(build()));
        }
    });
    let off = !site::interactive();
    view! {
        <section class="card report" aria-labelledby="report-title" data-island=Island::Report.name()>
            <h2 id="report-title">"Report and share"</h2>
            <p class="help">
                "For a help desk, a ticket or a colleague: what this page found, with links to the steps. "
                "Never your key, nor anything you pasted."
            </p>
            <fieldset class="report-format" disabled=off>
                <legend>"Report format"</legend>
                <FormatChoice format=format value=Format::Markdown label="Markdown"/>
                <FormatChoice format=format value=Format::Text label="Plain text"/>
            </fieldset>
            <div class="report-actions">
                <button type="button" class="button primary" disabled=off on:click=move |_| ask(Ask::Copy)>
                    "Copy report"
                </button>
                <button type="button" class="button" disabled=off on:click=move |_| ask(Ask::Share)>
                    "Share this step"
                </button>
            </div>
            <p class="report-status" role="status">{move || status.get()}</p>
            <details class="report-preview" on:toggle=move |ev| open.set(is_open(&ev))>
                <summary>"Preview the report"</summary>
                <pre tabindex="0" aria-label="The report"><code>{move || preview.get().unwrap_or_else(|| NOT_BUILT.to_string())}</code></pre>
            </details>
        </section>
    }
}

/// One radio button of the format choice.
#[component]
fn FormatChoice(format: RwSignal<Format>, value: Format, label: &'static str) -> impl IntoView {
    view! {
        <label class="report-format-choice">
            <input
                type="radio"
                name="report-format"
                checked=move || format.get() == value
                on:change=move |_| format.set(value)
            />
            " "{label}
        </label>
    }
}

/// Whether the `<details>` a toggle event came from is open now.
fn is_open(ev: &leptos::ev::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.has_attribute("open"))
}

/// The time now in UTC, to the second: `2026-12-01T10:04:05Z`.
fn utc_now() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}

fn user_agent() -> String {
    window().navigator().user_agent().unwrap_or_default()
}

/// The app's own absolute URL: this page's origin and the site's base.
fn base_url() -> String {
    format!("{}{}", window().location().origin().unwrap_or_default(), site::base())
}
