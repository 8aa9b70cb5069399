//! The reasoner's answer, as the core resolves it: what is sent (credential, header, API
//! version, host) or the error raised instead, what the tool logs, every conflict and note with
//! its cause, and what this tool does not read.

use leptos::prelude::*;

use super::cause_link::CauseLink;
use crate::diagnose::credentials::{Request, Resolution, Said, Setup};

/// The answer for the current setup, in a polite live region.
#[component]
pub fn ResolutionView(
    /// The reasoner's state.
    setup: RwSignal<Setup>,
) -> impl IntoView {
    let resolution = Memo::new(move |_| setup.with(Setup::resolve));
    view! {
        <section class="resolution" aria-labelledby="resolution-title">
            <h2 id="resolution-title">"3. What it does"</h2>
            <div aria-live="polite">
                {move || match resolution.get() {
                    None => leptos::either::Either::Left(view! {
                        <p class="help">"Pick your tool above, then tick what is set: the answer appears here."</p>
                        <noscript><p class="help">"This needs JavaScript. Without it, All causes lists every conflict this page can find."</p></noscript>
                    }),
                    Some(r) => leptos::either::Either::Right(answer(r)),
                }}
            </div>
        </section>
    }
}

fn answer(r: Resolution) -> impl IntoView {
    let likely = r.likely.then(|| {
        view! { <p class="likely">"Likely: the facts give this tool's order as approximate."</p> }
    });
    let unused: Vec<&str> = r.unused.iter().map(|i| i.label()).collect();
    view! {
        <p class="resolution-tool">{r.generation.label()}</p>
        {likely}
        {match r.request {
            Some(request) => leptos::either::Either::Left(request_view(request)),
            None => leptos::either::Either::Right(view! {
                <p class="verdict-headline">"Sends nothing: it stops with an error before any request."</p>
            }),
        }}
        {said_list("It raises", r.errors)}
        {said_list("It logs", r.warnings)}
        {(!r.conflicts.is_empty()).then(|| view! {
            <h3>"Set, but not what you may expect"</h3>
            <ul class="conflicts">
                {r.conflicts.into_iter().map(|c| view! {
                    <li>
                        <strong>{c.input.label()}</strong>": "{c.text}{c.likely.then_some(" (likely)")}
                        " · "<CauseLink id=c.cause/>
                    </li>
                }).collect_view()}
            </ul>
        })}
        {(!r.notes.is_empty()).then(|| view! {
            <h3>"Worth knowing"</h3>
            <ul class="notes">
                {r.notes.into_iter().map(|n| view! { <li>{n.text}" · "<CauseLink id=n.cause/></li> }).collect_view()}
            </ul>
        })}
        {(!unused.is_empty()).then(|| view! { <p class="help">"Not read by this tool: "{unused.join(", ")}</p> })}
    }
}

fn request_view(request: Request) -> impl IntoView {
    let sent = request.sent.into_iter().enumerate().map(|(i, s)| {
        view! {
            <li>
                {if i == 0 { "" } else { "and also " }}<strong>{s.credential.label()}</strong>" as "<code>{s.header.label()}</code>
            </li>
        }
    });
    view! {
        <dl class="evidence request">
            <dt>"Sends"</dt>
            <dd><ul class="sent">{sent.collect_view()}</ul></dd>
            <dt>"anthropic-version"</dt>
            <dd><code>{request.version.unwrap_or("chosen by the cloud platform's client")}</code></dd>
            {request.beta.map(|beta| view! { <dt>"anthropic-beta"</dt><dd><code>{beta}</code></dd> })}
            <dt>"To"</dt>
            <dd>{request.host.label()}</dd>
        </dl>
    }
}

/// What the tool raises or logs, each quoted as the tool prints it, with its cause.
fn said_list(title: &'static str, said: Vec<Said>) -> impl IntoView {
    (!said.is_empty()).then(|| {
        view! {
            <h3>{title}</h3>
            <ul class="said">
                {said.into_iter().map(|s| view! {
                    <li>
                        <code class="said-line">{s.line()}</code>
                        {s.when.map(|w| format!(" ({w})"))}{s.likely.then_some(" (likely wording)")}
                        " · "<CauseLink id=s.cause.clone()/>
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}
