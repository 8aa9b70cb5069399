//! Key Doctor: finds out why the Anthropic API rejects a key, without the key leaving the browser.
//!
//! `diagnose` is the pure core (tested natively); `components`, `router` and `http` are the thin
//! browser shell around it. Every page is prerendered at build time by these same components
//! (`prerender`, native, with Leptos's `ssr` feature); in the browser the wasm renders the same
//! page and takes over from the static one (`boot`).

#[cfg(target_arch = "wasm32")]
pub mod boot;
pub mod components;
pub mod diagnose;
pub mod http;
pub mod live_call;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod router;
pub mod site;
pub mod state;
#[cfg(feature = "tree-tool")]
pub mod tree_files;

use leptos::prelude::*;

use components::page::Page;
use router::{Location, Route};
use state::{KeyInput, TreeAsset};

/// What the app starts from: the page, the tree it has at hand, and any key typed before the
/// app took over.
pub struct Boot {
    /// The page to show.
    pub route: Route,
    /// The whole tree (prerender) or the page's seed (browser).
    pub tree: TreeAsset,
    /// The key field's text when the app took over (empty in the prerender).
    pub typed_key: String,
}

/// The whole app: the in-memory key, the tree, the current page.
#[component]
pub fn App(
    /// Where the app starts.
    boot: Boot,
) -> impl IntoView {
    provide_context(KeyInput::new(boot.typed_key));
    provide_context(boot.tree);
    provide_context(Location::new(boot.route));
    view! { <Page/> }
}
