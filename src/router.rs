//! Which page is showing: the start page, a step of the walk with its answers, or a path that is
//! no page. Read from the URL at boot; the in-place navigation (`navigate`) keeps it current.

use leptos::prelude::*;

use crate::diagnose::pages::ToolPage;
use crate::diagnose::walk::Walk;
use crate::site;

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start page (no step) or a step of the walk, with its answers.
    Walk(Walk),
    /// One of the pages beside the walk (privacy, no-key checks, which credential wins).
    Tool(ToolPage),
    /// A path that is no page of the site.
    NotFound,
}

impl Route {
    /// The page at a path (relative to the site's base) and query.
    pub fn at(path: &str, search: &str) -> Route {
        if let Some(page) = ToolPage::at(path) {
            return Route::Tool(page);
        }
        Walk::from_location(path, search).map_or(Route::NotFound, Route::Walk)
    }

    /// The page at an absolute path of this site and a query (`NotFound` outside the site).
    pub fn at_absolute(path: &str, search: &str) -> Route {
        site::relative(path).map_or(Route::NotFound, |rel| Route::at(&rel, search))
    }

    /// The walk of this page (the start page's for a page that is not a step).
    pub fn walk(&self) -> Walk {
        match self {
            Route::Walk(walk) => walk.clone(),
            Route::Tool(_) | Route::NotFound => Walk::default(),
        }
    }
}

/// The page showing, as context.
#[derive(Clone, Copy)]
pub struct Location(pub RwSignal<Route>);

impl Location {
    /// The page the document was loaded at.
    pub fn new(route: Route) -> Self {
        Location(RwSignal::new(route))
    }

    /// The walk of the current page (tracks it).
    pub fn walk(&self) -> Walk {
        self.0.with(Route::walk)
    }
}
