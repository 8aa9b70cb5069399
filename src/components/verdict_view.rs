//! A live call's verdict: the family, a plain headline, what it means, and the evidence.

use leptos::prelude::*;

use super::copy_button::CopyButton;
use super::prose::Prose;
use crate::diagnose::outcome::Verdict;
use crate::diagnose::route;
use crate::diagnose::walk::step_link;
use crate::site::href;

/// Works / Rejected / Couldn't tell, with the API's own words and ids as evidence.
#[component]
pub fn VerdictView(
    /// The interpreted answer.
    verdict: Verdict,
) -> impl IntoView {
    let kind_class = format!("verdict verdict-{}", verdict.kind.slug());
    let result_label = verdict.probe.result_label();
    let style = verdict.probe.style();
    let error_code = verdict.api_error.as_ref().and_then(|e| e.error_code()).map(str::to_string);
    let appeal_url = verdict.api_error.as_ref().and_then(|e| e.appeal_url()).map(str::to_string);
    let link = route::for_outcome(verdict.cause).map(|step| href(&step_link(&step, &[])));
    let api_error = verdict
        .api_error
        .clone()
        .map(|e| format!("{}: {}", e.kind.unwrap_or_else(|| "error".into()), e.message.unwrap_or_default()));
    let models = verdict.models.clone();
    let terminal = verdict.terminal_check.clone();
    view! {
        <article class=kind_class aria-label=result_label>
            <p class="verdict-kind">{verdict.kind.label()}</p>
            <p class="verdict-headline"><Prose text=verdict.headline/></p>
            <p><Prose text=verdict.explanation/></p>
            {link.map(|href| view! { <p><a href=href class="next-step">"What to do next"</a></p> })}
            <dl class="evidence">
                {verdict.status.map(|s| view! { <dt>"HTTP status"</dt><dd>{s}</dd> })}
                {api_error.map(|e| view! { <dt>"API error"</dt><dd><code>{e}</code></dd> })}
                {error_code.map(|c| view! { <dt>"Error code"</dt><dd><code class="error-code">{c}</code></dd> })}
                {appeal_url.map(|u| view! { <dt>"Appeal"</dt><dd><code>{u}</code></dd> })}
                <dt>"Sent as"</dt>
                <dd><code>{style.header_name()}</code>" with "<code>"anthropic-version: "{style.version()}</code></dd>
                {verdict.request_id.map(|id| view! { <dt>"Request id"</dt><dd><code class="request-id">{id}</code></dd> })}
                {verdict.organization_id.map(|id| view! { <dt>"Organization id"</dt><dd><code>{id}</code></dd> })}
                {verdict.retry_after.map(|s| view! { <dt>"Retry after"</dt><dd>{s}" s"</dd> })}
                {verdict.body_excerpt.map(|b| view! { <dt>"Answer began"</dt><dd><code>{b}</code></dd> })}
                <dt>"Time"</dt>
                <dd>{elapsed_text(verdict.elapsed_ms)}</dd>
                {verdict.ratelimits.into_iter().map(|(name, value)| view! {
                    <dt><code>{name}</code></dt><dd>{value}</dd>
                }).collect_view()}
            </dl>
            {terminal.map(|command| view! {
                <div class="terminal-check">
                    <p>"Test from a terminal instead (reads the key from the environment, prints only the answer):"</p>
                    <pre tabindex="0"><code>{command.clone()}</code></pre>
                    <CopyButton text=command label="Copy command"/>
                </div>
            })}
            {(!models.is_empty()).then(|| view! {
                <details class="models">
                    <summary>{format!("Models this key can see ({})", models.len())}</summary>
                    <ul>
                        {models.into_iter().map(|m| view! {
                            <li><code>{m.id.unwrap_or_default()}</code>" "{m.display_name.unwrap_or_default()}</li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
        </article>
    }
}

/// "230 ms" under a second, "3.4 s" above (no float formatting: it weighs ~10 KB of wasm).
fn elapsed_text(ms: u64) -> String {
    if ms < 1000 { format!("{ms} ms") } else { format!("{}.{} s", ms / 1000, ms % 1000 / 100) }
}
