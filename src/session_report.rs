//! The help-desk report's input, read from the session's state at the moment it is asked for:
//! the key check (never the key), the finished live tests, the recognized paste (never the
//! paste), the SDK generation, the reasoner's ticks and the walk with its trail. The core builds
//! the report from it; what only the browser knows (time, user agent, address) is handed in.

use std::sync::Arc;

use leptos::prelude::*;

use crate::diagnose::key::Family;
use crate::diagnose::pages::ToolPage;
use crate::diagnose::report::{self, LiveCheck, ReportInput, known_generation};
use crate::diagnose::tree::{StepId, Tree};
use crate::http;
use crate::live_call::CallState;
use crate::router::{Location, Route};
use crate::state::{IndexState, KeyInput, LiveTests, PastedError, ReasonerAnswer, ReasonerSetup, WalkIndex};

/// Key Doctor's version, from Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The git commit it was built from (`build.rs`), or "unknown".
pub const GIT_HASH: &str = env!("KD_GIT_HASH");

/// The session's state, as the report reads it (contexts are `Copy`: taken once, read later).
#[derive(Clone, Copy)]
pub struct Session {
    key: KeyInput,
    calls: LiveTests,
    pasted: PastedError,
    reasoner: ReasonerSetup,
    answer: ReasonerAnswer,
    index: WalkIndex,
    location: Location,
}

impl Session {
    /// The session of the current reactive owner.
    pub fn from_context() -> Session {
        Session {
            key: expect_context(),
            calls: expect_context(),
            pasted: expect_context(),
            reasoner: expect_context(),
            answer: expect_context(),
            index: expect_context(),
            location: expect_context(),
        }
    }

    fn calls(&self) -> [crate::live_call::LiveCall; 3] {
        [self.calls.x_api_key, self.calls.bearer, self.calls.billing]
    }

    /// The walk's index, if the report needs it (to name the step and the answers): at hand, or
    /// fetched now (and kept for the session). `None` on the start page, or if it cannot be had.
    pub async fn index(&self) -> Option<Arc<Tree>> {
        if let IndexState::Loaded(tree) = self.index.0.get_untracked() {
            return Some(tree);
        }
        let needs = self
            .location
            .0
            .with_untracked(|r| matches!(r, Route::Walk(w) if w.step.is_some() || !w.answers.is_empty()));
        if !needs {
            return None;
        }
        let tree = Arc::new(http::fetch_walk_index().await.ok()?);
        self.index.0.set(IndexState::Loaded(tree.clone()));
        Some(tree)
    }

    /// Everything the report says, as it stands now.
    pub fn input(&self, tree: Option<&Tree>, utc_time: String, user_agent: String, base_url: String) -> ReportInput {
        let walk = self.location.0.with_untracked(Route::walk);
        let report = self.key.report.get_untracked();
        let reading = Some(self.pasted.reading.get_untracked()).filter(|r| !r.is_empty());
        let step_title = tree.and_then(|tree| {
            let id: StepId = walk.step.as_deref()?.parse().ok()?;
            tree.node(&id).map(|node| node.title().to_string())
        });
        let walk_sdk = tree.and_then(|tree| tree.sdk_of(&walk.answers));
        ReportInput {
            utc_time,
            version: VERSION.to_string(),
            git_hash: GIT_HASH.to_string(),
            user_agent,
            base_url,
            key: (report.family != Family::Empty).then_some(report),
            live: self
                .calls()
                .iter()
                .filter_map(|call| match call.state.get_untracked() {
                    CallState::Finished(verdict) => Some(LiveCheck::of(*verdict)),
                    _ => None,
                })
                .collect(),
            error: reading.clone(),
            sdk: known_generation(walk_sdk.as_ref(), reading.as_ref()),
            credentials: self.reasoner.0.get_untracked(),
            credentials_answer: self.answer.0.get_untracked(),
            trail: tree.map(|tree| walk.trail(tree)).unwrap_or_default(),
            step_title,
            walk,
        }
    }

    /// "Share this step": the current step and answers (and the reasoner's ticks), never a key
    /// or pasted text.
    pub fn share_link(&self, base_url: &str) -> String {
        let setup = self.reasoner.0.get_untracked();
        // On "Which credential wins", the link is that page with its ticks.
        if self.location.0.with_untracked(|r| *r == Route::Tool(ToolPage::WhichCredential)) {
            return report::credentials_url(base_url, &setup.unwrap_or_default());
        }
        let walk = self.location.0.with_untracked(Route::walk);
        report::share_link(base_url, &walk, setup.as_ref())
    }
}
