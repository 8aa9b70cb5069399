//! "Copy report" and "Share this step": the help-desk report of this session, built by the core
//! from what the page knows at the moment of the click, in Markdown or plain text, with a preview
//! of exactly what was copied; and the link of the current step and answers.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::diagnose::report;
use crate::islands::Island;
use crate::session_report::Session;
use crate::site;

/// The preview's text before anything is built (the same in the prerender and at takeover).
const NOT_BUILT: &str = "The report is built from this page as it stands when you open this or copy it.";

/// "Copy report" as Markdown or as plain text, a preview of it, and "Share this step". Static
/// text and disabled buttons until the wasm runs; copying says so in a live region. An island.
#[component]
pub fn ReportPanel() -> impl IntoView {
    let session = Session::from_context();
    let markdown = RwSignal::new(true);
    let preview = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    // Builds the report as the page stands now and shows it in the preview; copies it if asked.
    let report =
        move |copy: bool| {
            leptos::task::spawn_local(async move {
                let tree = session.index().await;
                let input = session.input(tree.as_deref(), utc_now(), user_agent(), base_url());
                let report = report::build(&input);
                let text = if markdown.get_untracked() { report.markdown } else { report.text };
                preview.set(Some(text.clone()));
                if copy {
                    status.set(match write_clipboard(&text).await {
                    true if markdown.get_untracked() => "Report copied as Markdown: the preview shows exactly what.",
                    true => "Report copied as plain text: the preview shows exactly what.",
                    false => "Your browser did not let the page copy: open the preview, select the report and copy it.",
                }
                .to_string());
                }
            });
        };
    let copy = move |as_markdown: bool| {
        status.set(String::new());
        markdown.set(as_markdown);
        report(true);
    };
    let share = move |_| {
        let link = session.share_link(&base_url());
        status.set(String::new());
        leptos::task::spawn_local(async move {
            let done = if write_clipboard(&link).await { "Link copied" } else { "Copy this link" };
            status.set(format!("{done}: {link}"));
        });
    };
    let off = !site::interactive();
    view! {
        <section class="card report" aria-labelledby="report-title" data-island=Island::Report.name()>
            <h2 id="report-title">"Report and share"</h2>
            <p class="help">
                "For a help desk, a ticket or a colleague: what this page found, with links to the steps. "
                "Never your key, nor anything you pasted."
            </p>
            <div class="report-actions">
                <button type="button" class="button primary" disabled=off on:click=move |_| copy(true)>
                    "Copy report (Markdown)"
                </button>
                <button type="button" class="button" disabled=off on:click=move |_| copy(false)>
                    "Copy report (plain text)"
                </button>
                <button type="button" class="button" disabled=off on:click=share>
                    "Share this step"
                </button>
            </div>
            <p class="report-status" role="status">{move || status.get()}</p>
            <details class="report-preview" on:toggle=move |ev| if is_open(&ev) { report(false) }>
                <summary>"Preview the report"</summary>
                <pre tabindex="0" aria-label="The report">
                    <code>{move || preview.get().unwrap_or_else(|| NOT_BUILT.to_string())}</code>
                </pre>
            </details>
        </section>
    }
}

/// Puts `text` on the clipboard; whether the browser let it.
async fn write_clipboard(text: &str) -> bool {
    JsFuture::from(window().navigator().clipboard().write_text(text)).await.is_ok()
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
