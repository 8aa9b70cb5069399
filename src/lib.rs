//! Key Doctor: finds out why the Anthropic API rejects a key, without the key leaving the browser.
//!
//! `diagnose` is the pure core (tested natively); `components` and `http` are the thin browser
//! shell around it. Every page is static HTML, prerendered at build time by these components
//! (`prerender`, native, with Leptos's `ssr` feature). In the browser the wasm takes over the
//! page's interactive parts, its `islands`, renders them live, and moves between pages in place
//! (`boot`, `navigate`), keeping the session's state.

#[cfg(target_arch = "wasm32")]
pub mod boot;
pub mod components;
pub mod diagnose;
#[cfg(target_arch = "wasm32")]
pub mod enhance;
pub mod http;
pub mod islands;
pub mod live_call;
#[cfg(target_arch = "wasm32")]
pub mod navigate;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod recognizer;
pub mod router;
pub mod session_report;
pub mod site;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod tools_module;
#[cfg(feature = "tree-tool")]
pub mod tree_files;

use leptos::prelude::*;

use std::sync::Arc;

use components::page::Page;
use diagnose::tree::Tree;
use router::{Location, Route};
use state::{KeyInput, LiveTests, PastedError, ReasonerAnswer, ReasonerSetup, WalkIndex};

/// A whole page, as the prerender writes it: the session's state as it is before the user does
/// anything, the tree, and the page for `route`. (In the browser only the islands are rendered.)
#[component]
pub fn App(
    /// The page to render.
    route: Route,
    /// The whole decision tree.
    tree: Arc<Tree>,
) -> impl IntoView {
    provide_context(KeyInput::default());
    provide_context(LiveTests::new());
    provide_context(WalkIndex::loaded(tree));
    provide_context(PastedError::new());
    provide_context(ReasonerSetup::new());
    provide_context(ReasonerAnswer::new());
    provide_context(Location::new(route));
    view! { <Page/> }
}
