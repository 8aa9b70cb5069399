//! The app's shared state, as context newtypes: the key being checked (memory only) and the
//! decision tree asset (fetched once, on first need; a prerendered step page carries the part
//! of it that its own step needs).

use std::sync::Arc;

use leptos::prelude::*;

use crate::diagnose::key::{self, KeyReport};
use crate::diagnose::tree::Tree;
use crate::http;

/// The key the user is checking. It lives only in this tab's memory: never stored, never put
/// in the URL, never logged.
#[derive(Clone, Copy)]
pub struct KeyInput {
    /// What the key field holds.
    pub field: RwSignal<String>,
    /// The raw text of the last paste, which may hold line breaks the field dropped.
    pub pasted: RwSignal<Option<String>>,
    /// The check of what was pasted or typed; recomputed on every change.
    pub report: Memo<KeyReport>,
}

impl KeyInput {
    /// Key state holding `typed`: what was in the field before the app took over the page.
    pub fn new(typed: String) -> Self {
        let field = RwSignal::new(typed);
        let pasted = RwSignal::new(None::<String>);
        let report =
            Memo::new(move |_| field.with(|f| pasted.with(|p| key::check(key::effective_input(f, p.as_deref())))));
        KeyInput { field, pasted, report }
    }

    /// The text as checked: the field, or the raw paste with the line breaks the field dropped.
    /// This, exactly, is what a live test would send.
    pub fn checked_text(&self) -> String {
        self.field.with(|f| self.pasted.with(|p| key::effective_input(f, p.as_deref()).to_string()))
    }

    /// [`KeyInput::checked_text`] without subscribing (for event handlers).
    pub fn checked_text_untracked(&self) -> String {
        self.field.with_untracked(|f| self.pasted.with_untracked(|p| key::effective_input(f, p.as_deref()).to_string()))
    }

    /// Replaces the key (typing, "Use cleaned key", "Clear").
    pub fn set(&self, value: String) {
        self.pasted.set(None);
        self.field.set(value);
    }
}

impl Default for KeyInput {
    fn default() -> Self {
        Self::new(String::new())
    }
}

/// Where the decision tree asset stands.
#[derive(Clone, Debug)]
pub enum TreeState {
    NotLoaded,
    Loading,
    Loaded(Arc<Tree>),
    Failed(String),
}

/// The part of the tree a prerendered step page carries, so it shows its step at once.
#[derive(Clone, Debug)]
pub struct Seed {
    /// The step the page was made for.
    pub step: String,
    /// Its node (and the snippets every card shares); for "All causes", every cause's title.
    pub tree: Arc<Tree>,
}

/// The decision tree, fetched from `tree.json` the first time a step needs it.
#[derive(Clone, Copy)]
pub struct TreeAsset {
    /// The whole tree's download.
    pub state: RwSignal<TreeState>,
    seed: StoredValue<Option<Seed>>,
}

impl TreeAsset {
    /// Nothing loaded yet; `seed` is what the page itself carried, if anything.
    pub fn new(seed: Option<Seed>) -> Self {
        TreeAsset { state: RwSignal::new(TreeState::NotLoaded), seed: StoredValue::new(seed) }
    }

    /// The whole tree, already at hand (the prerender).
    pub fn loaded(tree: Arc<Tree>) -> Self {
        TreeAsset { state: RwSignal::new(TreeState::Loaded(tree)), seed: StoredValue::new(None) }
    }

    /// The tree to show `step` with: the whole tree once loaded, else the page's seed if it was
    /// made for this very step. Tracks the download.
    pub fn for_step(&self, step: &str) -> Option<Arc<Tree>> {
        match self.state.get() {
            TreeState::Loaded(tree) => Some(tree),
            _ => self.seed.with_value(|seed| seed.as_ref().filter(|s| s.step == step).map(|s| s.tree.clone())),
        }
    }

    /// Starts the fetch unless the tree is loaded or loading (also the "Try again" action).
    pub fn ensure(&self) {
        let state = self.state;
        if matches!(state.get_untracked(), TreeState::Loaded(_) | TreeState::Loading) {
            return;
        }
        state.set(TreeState::Loading);
        leptos::task::spawn_local(async move {
            state.set(match http::fetch_tree().await {
                Ok(tree) => TreeState::Loaded(Arc::new(tree)),
                Err(error) => TreeState::Failed(error.to_string()),
            });
        });
    }
}
