//! Moving between pages in place, once the wasm runs: a click on a link to another page of this
//! site fetches that page's static HTML (the same file a reload would get), swaps its `<main>`
//! in, takes over its islands, and records it in the history; Back and Forward do the same. The
//! session (the key, the verdicts) lives on, and the answers so far ride along from step to
//! step. Any failure falls back to an ordinary page load.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{DomParser, Element, HtmlElement, MouseEvent, SupportedType};

use crate::boot;
use crate::enhance;
use crate::http;
use crate::router::{Location, Route};
use crate::site::{self, NOT_FOUND_ATTR, ROOT_ID};

thread_local! {
    /// Pages fetched this session, by path: Back and Forward need no network. Memory only.
    static PAGES: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Follows in-site links in place and handles Back and Forward. Call once.
pub fn install() {
    let on_click = Closure::<dyn Fn(MouseEvent)>::new(|ev: MouseEvent| {
        if let Some((path, search)) = in_site_link(&ev) {
            ev.prevent_default();
            let location = expect_context_in_session();
            let link = Route::at_absolute(&path, &search);
            // The answers so far ride along from step to step.
            let (route, url) = match (location.0.get_untracked(), link) {
                (Route::Walk(here), Route::Walk(there)) => {
                    let walk = here.then(&there);
                    let url = site::href(&walk.href());
                    (Route::Walk(walk), url)
                }
                (_, link) => (link, format!("{path}{search}")),
            };
            leptos::task::spawn_local(go(path, route, Some(url)));
        }
    });
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    let on_pop = Closure::<dyn Fn()>::new(|| {
        let here = window().location();
        let (path, search) = (here.pathname().unwrap_or_default(), here.search().unwrap_or_default());
        leptos::task::spawn_local(go(path.clone(), Route::at_absolute(&path, &search), None));
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
}

/// Moves to `link` (a link of the core, relative to the site's base, e.g. `step/<slug>/`) in
/// place, as a click on a link to it would, and records it in the history.
pub fn go_to(link: &str) {
    let url = site::href(link);
    let (path, search) = match url.split_once('?') {
        Some((path, query)) => (path.to_string(), format!("?{query}")),
        None => (url.clone(), String::new()),
    };
    let route = Route::at_absolute(&path, &search);
    leptos::task::spawn_local(go(path, route, Some(url)));
}

fn expect_context_in_session() -> Location {
    boot::in_session(expect_context::<Location>)
}

/// Shows the page whose file is at `path` as `route`; `push` is the URL to record in the history
/// (`None` when Back or Forward already moved it).
async fn go(path: String, route: Route, push: Option<String>) {
    let fallback = push.clone().unwrap_or_else(|| window().location().href().unwrap_or_default());
    let Some(incoming) = page(&path).await.and_then(|html| parse(&html)) else {
        // Let the browser load it (and say what went wrong, if anything did).
        let _ = window().location().assign(&fallback);
        return;
    };
    let doc = document();
    let (Some(main), Some(next_main)) = (doc.get_element_by_id("main"), incoming.main) else {
        let _ = window().location().assign(&fallback);
        return;
    };
    if let Some(url) = &push {
        let _ = window().history().and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)));
    }
    boot::drop_islands();
    let route = if incoming.not_found { Route::NotFound } else { route };
    boot::in_session(|| expect_context::<Location>().0.set(route));
    let next_main = doc.import_node_with_deep(&next_main, true).ok().and_then(|n| n.dyn_into::<Element>().ok());
    let Some(next_main) = next_main else { return };
    let _ = main.replace_with_with_node_1(&next_main);
    doc.set_title(&incoming.title);
    enhance::page(&next_main);
    boot::take_over(&doc, &next_main);
    boot::mark_version();
    if push.is_some() {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
    // A new page puts the reader at its heading, as a page load would put a screen reader at the top.
    if let Some(heading) = next_main.query_selector("h1").ok().flatten().and_then(|h| h.dyn_into::<HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// The page's HTML, from this session's memory or from the site.
async fn page(path: &str) -> Option<String> {
    if let Some(html) = PAGES.with(|p| p.borrow().get(path).cloned()) {
        return Some(html);
    }
    let html = http::fetch_page(path).await.ok()?;
    PAGES.with(|p| p.borrow_mut().insert(path.to_string(), html.clone()));
    Some(html)
}

/// What a fetched page brings: its `<main>`, its title, and whether it is the host's 404 page.
struct Incoming {
    main: Option<Element>,
    title: String,
    not_found: bool,
}

fn parse(html: &str) -> Option<Incoming> {
    let parsed = DomParser::new().ok()?.parse_from_string(html, SupportedType::TextHtml).ok()?;
    let not_found = parsed.get_element_by_id(ROOT_ID).is_some_and(|root| root.has_attribute(NOT_FOUND_ATTR));
    Some(Incoming { main: parsed.get_element_by_id("main"), title: parsed.title(), not_found })
}

/// The path and query of the link this click follows, if it is a plain left click on a link to
/// another page of this site; `None` leaves the click to the browser.
fn in_site_link(ev: &MouseEvent) -> Option<(String, String)> {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
        return None;
    }
    let target = ev.target()?.dyn_into::<Element>().ok()?;
    let anchor = target.closest("a[href]").ok()??;
    if anchor.has_attribute("download") || anchor.get_attribute("target").is_some_and(|t| !t.is_empty() && t != "_self")
    {
        return None;
    }
    let anchor = anchor.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    let here = window().location();
    if anchor.origin() != here.origin().ok()? {
        return None;
    }
    let (path, search) = (anchor.pathname(), anchor.search());
    // A link to a place on this very page (`#main`) is the browser's to follow.
    if path == here.pathname().ok()? && search == here.search().ok()? && !anchor.hash().is_empty() {
        return None;
    }
    match Route::at_absolute(&path, &search) {
        Route::Walk(_) | Route::Tool(_) => Some((path, search)),
        Route::NotFound => None,
    }
}
