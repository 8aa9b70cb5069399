//! Which page is showing, and moving between pages without a reload once the wasm runs: a
//! click on a link to another page of the site is followed in place (`history.pushState`), and
//! Back and Forward work. Every page also exists as a prerendered file, so a reload, a link from
//! elsewhere or a browser without JavaScript lands on the same page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::diagnose::walk::Walk;
use crate::site;

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start page (no step) or a step of the walk, with its answers.
    Walk(Walk),
    /// A path that is no page of the site.
    NotFound,
}

impl Route {
    /// The page at a path (relative to the site's base) and query.
    pub fn at(path: &str, search: &str) -> Route {
        Walk::from_location(path, search).map_or(Route::NotFound, Route::Walk)
    }

    /// The page at an absolute path of this site and a query (`NotFound` outside the site).
    pub fn at_absolute(path: &str, search: &str) -> Route {
        site::relative(path).map_or(Route::NotFound, |rel| Route::at(&rel, search))
    }
}

/// The page showing, as context.
#[derive(Clone, Copy)]
pub struct Location {
    /// The current page.
    pub route: RwSignal<Route>,
    /// True once the user has moved to another page in place: from then on a new page takes
    /// the focus (its heading), as a page load would; the first page leaves it where it is.
    pub moved: RwSignal<bool>,
}

impl Location {
    /// The page the document was loaded at.
    pub fn new(route: Route) -> Self {
        Location { route: RwSignal::new(route), moved: RwSignal::new(false) }
    }

    /// The walk of the current page (the start page's for a path that is no page).
    pub fn walk(&self) -> Walk {
        self.route.with(|route| match route {
            Route::Walk(walk) => walk.clone(),
            Route::NotFound => Walk::default(),
        })
    }

    /// Listens for link clicks and Back/Forward. Call once, in the browser.
    pub fn follow_links(self) {
        let doc = document();
        let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
            if let Some(href) = in_site_link(&ev) {
                ev.prevent_default();
                self.go(&href);
            }
        });
        let _ = doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
        let on_pop = Closure::<dyn Fn()>::new(move || {
            let location = window().location();
            let (path, search) = (location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
            self.moved.set(true);
            self.route.set(Route::at_absolute(&path, &search));
        });
        let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        on_pop.forget();
    }

    /// Shows the page at `href` (absolute path and query of this site) and records it in the history.
    pub fn go(self, href: &str) {
        let (path, search) = href.split_once('?').map_or((href, ""), |(p, s)| (p, s));
        let _ = window().history().and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href)));
        window().scroll_to_with_x_and_y(0.0, 0.0);
        self.moved.set(true);
        self.route.set(Route::at_absolute(path, search));
    }
}

/// The href (path and query) of the link this click follows, if it is a plain left click on a
/// link to another page of this site; `None` leaves the click to the browser.
fn in_site_link(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
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
        Route::Walk(_) => Some(format!("{path}{search}")),
        Route::NotFound => None,
    }
}
