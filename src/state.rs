//! The session's state, as context newtypes, shared by every island of every page the user
//! moves through: the key being checked (memory only), the live calls, and the walk's index
//! (questions and cause titles, fetched once, when the trail first needs it).

use std::sync::Arc;

use leptos::prelude::*;

use crate::diagnose::credentials::{Setup, Summary};
use crate::diagnose::error_text::Reading;
use crate::diagnose::key::{self, KeyReport};
use crate::diagnose::tree::Tree;
use crate::http;
use crate::live_call::LiveCall;
use crate::recognizer::{self, RecognizerError};

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

/// The live calls of the session: the key as `x-api-key`, the key as Bearer, the billing check.
/// They outlive the page they were started on, so a verdict is still there for the report.
#[derive(Clone, Copy)]
pub struct LiveTests {
    /// `GET /v1/models` with `x-api-key` (or the Admin API for an Admin key).
    pub x_api_key: LiveCall,
    /// The same with `Authorization: Bearer`, as Python ≥ 2 and TypeScript ≥ 1 send it.
    pub bearer: LiveCall,
    /// The optional `count_tokens` billing check.
    pub billing: LiveCall,
}

impl LiveTests {
    /// Three idle call slots.
    pub fn new() -> Self {
        LiveTests { x_api_key: LiveCall::new(), bearer: LiveCall::new(), billing: LiveCall::new() }
    }

    /// Forgets every verdict (a new key makes them stale).
    pub fn reset(&self) {
        self.x_api_key.reset();
        self.bearer.reset();
        self.billing.reset();
    }
}

impl Default for LiveTests {
    fn default() -> Self {
        Self::new()
    }
}

/// The error message the user pasted (memory only, like the key: never stored, never in the
/// URL), and what the recognizer read in it.
#[derive(Clone, Copy)]
pub struct PastedError {
    /// The text as pasted or typed.
    pub text: RwSignal<String>,
    /// What the recognizer read in the latest text it finished (empty before anything is pasted).
    pub reading: RwSignal<Reading>,
    /// Where reading the latest text stands.
    pub status: RwSignal<ReadStatus>,
    /// Which text the latest read is for (a slower, older read never overwrites a newer one).
    latest: StoredValue<u64>,
}

/// Where reading the pasted text stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ReadStatus {
    /// Nothing to read, or the reading is of the text as it stands.
    #[default]
    Done,
    /// The recognizer is being fetched or is reading.
    Reading,
    /// It could not be read (the module could not be had).
    Failed(RecognizerError),
}

impl PastedError {
    /// Nothing pasted yet.
    pub fn new() -> Self {
        PastedError {
            text: RwSignal::new(String::new()),
            reading: RwSignal::new(Reading::default()),
            status: RwSignal::new(ReadStatus::Done),
            latest: StoredValue::new(0),
        }
    }

    /// Puts `text` in place of the paste and reads it; resolves once its reading is in
    /// [`PastedError::reading`] (or it failed, or a newer text replaced it). An empty text is
    /// read at once, without the recognizer.
    pub async fn set(self, text: String) {
        let ticket = self.latest.get_value() + 1;
        self.latest.set_value(ticket);
        // Set only when it is new: the field has often drawn it already (a paste, typing).
        if self.text.with_untracked(|t| *t != text) {
            self.text.set(text.clone());
        }
        if text.trim().is_empty() {
            self.reading.set(Reading::default());
            self.status.set(ReadStatus::Done);
            return;
        }
        self.status.set(ReadStatus::Reading);
        let result = recognizer::read(text).await;
        if self.latest.get_value() != ticket {
            return;
        }
        match result {
            Ok(reading) => {
                self.reading.set(reading);
                self.status.set(ReadStatus::Done);
            }
            Err(e) => self.status.set(ReadStatus::Failed(e)),
        }
    }

    /// Whether nothing is pasted.
    pub fn is_blank(&self) -> bool {
        self.text.with(|t| t.trim().is_empty())
    }
}

impl Default for PastedError {
    fn default() -> Self {
        Self::new()
    }
}

/// What the user ticked on "Which credential wins" (`None` until they use it), for the report.
#[derive(Clone, Copy)]
pub struct ReasonerSetup(pub RwSignal<Option<Setup>>);

/// The reasoner's answer for those ticks, as the tool pages' module summed it up (the resolver
/// itself is not in the app's wasm), for the report.
#[derive(Clone, Copy)]
pub struct ReasonerAnswer(pub RwSignal<Option<Summary>>);

impl ReasonerAnswer {
    /// No answer yet.
    pub fn new() -> Self {
        ReasonerAnswer(RwSignal::new(None))
    }
}

impl Default for ReasonerAnswer {
    fn default() -> Self {
        Self::new()
    }
}

impl ReasonerSetup {
    /// Not used yet.
    pub fn new() -> Self {
        ReasonerSetup(RwSignal::new(None))
    }
}

impl Default for ReasonerSetup {
    fn default() -> Self {
        Self::new()
    }
}

/// The output of a no-key check pasted on its page, as the tool pages' module holds it: handed
/// to the app, which reads it as a pasted error, so the report says what the check found.
#[derive(Clone, Copy, Default)]
pub struct PastedCheck(pub RwSignal<String>);

/// Where the walk's index stands.
#[derive(Clone, Debug)]
pub enum IndexState {
    NotLoaded,
    Loading,
    Loaded(Arc<Tree>),
    Failed(String),
}

/// The walk's index (`walk.json`: every question with its answers, and each cause's title): what
/// the trail of answers and the report need to name the steps. Fetched once, on first need.
#[derive(Clone, Copy)]
pub struct WalkIndex(pub RwSignal<IndexState>);

impl WalkIndex {
    /// Nothing loaded yet.
    pub fn new() -> Self {
        WalkIndex(RwSignal::new(IndexState::NotLoaded))
    }

    /// The index, already at hand (the prerender has the whole tree).
    pub fn loaded(tree: Arc<Tree>) -> Self {
        WalkIndex(RwSignal::new(IndexState::Loaded(tree)))
    }

    /// The index if loaded (tracks it).
    pub fn get(&self) -> Option<Arc<Tree>> {
        match self.0.get() {
            IndexState::Loaded(tree) => Some(tree),
            _ => None,
        }
    }

    /// Starts the fetch unless the index is loaded or loading (also the "Try again" action).
    pub fn ensure(&self) {
        let state = self.0;
        if matches!(state.get_untracked(), IndexState::Loaded(_) | IndexState::Loading) {
            return;
        }
        state.set(IndexState::Loading);
        leptos::task::spawn_local(async move {
            state.set(match http::fetch_walk_index().await {
                Ok(tree) => IndexState::Loaded(Arc::new(tree)),
                Err(error) => IndexState::Failed(error.to_string()),
            });
        });
    }
}

impl Default for WalkIndex {
    fn default() -> Self {
        Self::new()
    }
}
