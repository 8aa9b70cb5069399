//! Key Doctor: finds out why the Anthropic API rejects a key, without the key leaving the browser.
//!
//! `diagnose` is the pure core (tested natively); `components` and `http` are the thin browser
//! shell around it. The page has one URL and keeps its place in the query (`?step=<slug>`), so
//! every step is a link that works on any static host.

pub mod components;
pub mod diagnose;
pub mod http;
pub mod live_call;
pub mod state;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;

use components::page::Page;
use state::{KeyInput, TreeAsset};

/// The whole app: meta and router contexts, the in-memory key, the lazily loaded tree.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(KeyInput::new());
    provide_context(TreeAsset::new());
    view! {
        <Router>
            <Page/>
        </Router>
    }
}
