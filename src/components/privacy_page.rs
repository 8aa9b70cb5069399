//! How Key Doctor keeps your key safe: what is sent where and when (the live tests' requests as
//! the core makes them), the Content-Security-Policy as the core states it (the same words the
//! browser enforces), no storage, no third parties, how to check it in DevTools, and how to run
//! it offline or host it. Static: no island.

use leptos::prelude::*;

use super::prose::Prose;
use super::step_heading::StepHeading;
use crate::diagnose::csp;
use crate::diagnose::probe::{Method, Probe};

/// What stands for the key in the requests shown.
const YOUR_KEY: &str = "<your key>";

/// How Key Doctor keeps your key safe.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <article class="card privacy">
            <StepHeading text="How Key Doctor keeps your key safe".to_string()/>
            <p class="lede">
                "Key Doctor runs in your browser. Your key and anything you paste stay in this tab's memory: "
                "nothing is stored, and nothing is sent anywhere until you press a Test button. "
                "You don't have to take our word for it: the browser enforces it, and you can watch it."
            </p>
            <WhatIsSent/>
            <Policy/>
            <NothingStored/>
            <CheckIt/>
            <RunIt/>
        </article>
    }
}

/// What is sent where, and when.
#[component]
fn WhatIsSent() -> impl IntoView {
    let probes = [
        Probe::Models,
        Probe::ModelsBearer,
        Probe::AdminApiKeys,
        Probe::CountTokens { model: "<a model your key lists>".into() },
    ];
    view! {
        <h2>"What is sent where, and when"</h2>
        <ul>
            <li>"While you paste or type a key, or paste an error message: nothing. Both are checked by code running in this page."</li>
            <li>"The report and the share link are built in this page too, and go only to your clipboard, when you press their buttons. The link holds the step and your answers, never a key or pasted text."</li>
            <li>
                "This site's own files, from the address you opened: the page you are on and each page you move to, its stylesheets, "
                "the app's JavaScript and WebAssembly, the icon, and "<code>"walk.json"</code>
                " (the walk's questions and cause titles, fetched when the walk first needs them), and the error reader in "
                <code>"recognizer/"</code>" (a second WebAssembly module, fetched the first time you paste an error; it reads the paste in a background thread of this page, under the same policy). "
                "None of them carries anything you typed."
            </li>
            <li>"Each press of a Test button sends one request, straight from this browser to "<code>"https://api.anthropic.com"</code>", without cookies, referrer or caching. These are all of them, exactly:"</li>
        </ul>
        {probes.into_iter().map(|probe| view! { <ProbeRequest probe=probe/> }).collect_view()}
        <p>
            "Before each of them the browser itself sends a preflight ("<code>"OPTIONS"</code>
            ") to the same address, which names the headers but carries no value: no key."
        </p>
    }
}

/// One live test: when it is sent and exactly what.
#[component]
fn ProbeRequest(probe: Probe) -> impl IntoView {
    let spec = probe.request(YOUR_KEY);
    let method = match spec.method {
        Method::Get => "GET",
        Method::Post => "POST",
    };
    let mut text = format!("{method} {}\n", spec.url);
    for (name, value) in &spec.headers {
        text.push_str(&format!("{name}: {value}\n"));
    }
    if let Some(body) = &spec.body {
        text.push_str(&format!("\n{body}\n"));
    }
    view! {
        <section class="request" aria-label=probe.button_label()>
            <h3>"“"{probe.button_label()}"”, the key as "<code>{probe.style().header_name()}</code></h3>
            <p><Prose text=probe.what_is_sent()/></p>
            <pre tabindex="0"><code>{text}</code></pre>
        </section>
    }
}

/// The Content-Security-Policy, quoted and explained.
#[component]
fn Policy() -> impl IntoView {
    view! {
        <h2>"The Content-Security-Policy"</h2>
        <p>
            "Every page carries this policy in a "<code>"<meta http-equiv=\"Content-Security-Policy\">"</code>
            " element (open "<code>"view-source:"</code>" to see it). The browser enforces it whatever the page's code does:"
        </p>
        <p><code class="policy">{csp::policy()}</code></p>
        <dl class="directives">
            {csp::DIRECTIVES
                .iter()
                .map(|d| view! { <dt>{d.name}</dt><dd><code>{d.value}</code>" "{d.means}</dd> })
                .collect_view()}
        </dl>
        <p>
            "The page also sends no referrer ("<code>"<meta name=\"referrer\" content=\"no-referrer\">"</code>
            "). A policy in a meta element cannot set "<code>"frame-ancestors"</code>
            "; if you host Key Doctor yourself, your server can add it as a header."
        </p>
    }
}

/// No storage, no third parties.
#[component]
fn NothingStored() -> impl IntoView {
    view! {
        <h2>"Nothing is stored"</h2>
        <p>"Key Doctor writes nothing to your browser. For this site you will find:"</p>
        <ul>
            <li>"localStorage: nothing"</li>
            <li>"sessionStorage: nothing"</li>
            <li>"cookies: none"</li>
            <li>"IndexedDB: no database"</li>
            <li>"Cache API (Cache storage): no cache, and no service worker"</li>
            <li>"the address bar and history: the step and your answers only, never a key or pasted text"</li>
        </ul>
        <p>"Reload the page or close the tab, and the key is gone. (Your browser's ordinary HTTP cache keeps this site's files, as for any site; never your key.)"</p>
        <h2>"No third parties"</h2>
        <p>"No fonts, CDNs, analytics, trackers or error reporting: every file comes from the site you opened, and the policy above would block anything else."</p>
    }
}

/// Checking it in DevTools, step by step.
#[component]
fn CheckIt() -> impl IntoView {
    view! {
        <h2>"Check it yourself in DevTools"</h2>
        <ol>
            <li>"Open DevTools (F12, or Ctrl+Shift+I; on a Mac Cmd+Option+I) and choose the Network panel."</li>
            <li>"Tick “Preserve log”, then reload the page. Only this site's own files are listed."</li>
            <li>"Paste a key into the key field, or an error message into its field. No new request appears."</li>
            <li>
                "Press Test key. Now one request to "<code>"api.anthropic.com/v1/models"</code>
                " appears, after its preflight. Click it: under Headers you see exactly the request shown above."
            </li>
            <li>
                "Open the Application panel (Storage in Firefox): Local storage, Session storage, IndexedDB, Cookies "
                "and Cache storage hold nothing for this site."
            </li>
            <li>"Open the Console: a blocked request would be reported there as a Content-Security-Policy violation."</li>
        </ol>
    }
}

/// Running it offline, or hosting it.
#[component]
fn RunIt() -> impl IntoView {
    view! {
        <h2>"Run it offline, or host it yourself"</h2>
        <p>
            "Key Doctor is plain static files in "<code>"dist/"</code>" (built by "<code>"make dist"</code>
            "). Serve them on your own machine and open the address it prints; with the network off, everything but the live test works:"
        </p>
        <pre tabindex="0"><code>"python3 tools/serve_static.py --dir dist"</code></pre>
        <p>
            "Or put "<code>"dist/"</code>" on any static host (a web server, object storage, GitHub Pages): every page is "
            "a file, so there are no rewrite rules to set. Under a sub-path, build with its public URL:"
        </p>
        <pre tabindex="0"><code>"trunk build --release --public-url /tools/key-doctor/"</code></pre>
    }
}
