//! Runs one live call in the browser: abort on cancel, on timeout and when the page moves on,
//! and a ticking elapsed time for the progress display. What the answer means is the core's job.

use leptos::prelude::*;
use web_sys::AbortController;

use crate::diagnose::outcome::{self, Verdict};
use crate::diagnose::probe::{Probe, TIMEOUT_MS};
use crate::http::{self, StopReason};

/// Where one live call stands.
#[derive(Clone, Debug, PartialEq)]
pub enum CallState {
    Idle,
    Running,
    Finished(Box<Verdict>),
}

/// One live call slot (the key test, or the billing check): its state, elapsed time, and
/// the handles that stop it.
#[derive(Clone, Copy)]
pub struct LiveCall {
    /// Idle, running or finished with a verdict.
    pub state: RwSignal<CallState>,
    /// Milliseconds since the call started, updated while it runs.
    pub elapsed_ms: RwSignal<u64>,
    // `LocalStorage` is Leptos's single-threaded arena (a JS object is not `Send`), not the
    // browser's localStorage: nothing here is ever persisted.
    controller: StoredValue<Option<AbortController>, LocalStorage>,
    stop: StoredValue<StopReason>,
    timers: StoredValue<Option<(TimeoutHandle, IntervalHandle)>>,
    /// Counts calls, so the answer of a call that was reset away is dropped.
    generation: StoredValue<u32>,
}

impl LiveCall {
    /// An idle call slot; an in-flight call is aborted when the owning component goes away.
    pub fn new() -> Self {
        let call = LiveCall {
            state: RwSignal::new(CallState::Idle),
            elapsed_ms: RwSignal::new(0),
            controller: StoredValue::new_local(None),
            stop: StoredValue::new(StopReason::None),
            timers: StoredValue::new(None),
            generation: StoredValue::new(0),
        };
        on_cleanup(move || call.abort(StopReason::Cancelled));
        call
    }

    /// Sends `probe` with `key` once. Does nothing if a call is already running.
    pub fn start(self, probe: Probe, key: String) {
        if self.state.get_untracked() == CallState::Running {
            return;
        }
        let Ok(controller) = AbortController::new() else {
            self.state.set(CallState::Finished(Box::new(outcome::interpret(
                &probe,
                &outcome::CallResult::Failed(outcome::Failure::Network),
                0,
            ))));
            return;
        };
        let signal = controller.signal();
        self.generation.update_value(|g| *g = g.wrapping_add(1));
        let generation = self.generation.get_value();
        self.controller.set_value(Some(controller));
        self.stop.set_value(StopReason::None);
        self.elapsed_ms.set(0);
        self.state.set(CallState::Running);
        let started = js_sys::Date::now();
        let elapsed = move || (js_sys::Date::now() - started).max(0.0) as u64;
        let timeout = set_timeout_with_handle(
            move || self.abort(StopReason::Timeout),
            std::time::Duration::from_millis(u64::from(TIMEOUT_MS)),
        );
        let ticker =
            set_interval_with_handle(move || self.elapsed_ms.set(elapsed()), std::time::Duration::from_millis(250));
        if let (Ok(timeout), Ok(ticker)) = (timeout, ticker) {
            self.timers.set_value(Some((timeout, ticker)));
        }
        leptos::task::spawn_local(async move {
            let spec = probe.request(&key);
            drop(key);
            let result = http::send(&spec, &signal, move || self.stop.get_value()).await;
            if self.generation.try_get_value() != Some(generation) {
                return;
            }
            self.clear_timers();
            self.controller.set_value(None);
            let ms = elapsed();
            self.elapsed_ms.set(ms);
            self.state.set(CallState::Finished(Box::new(outcome::interpret(&probe, &result, ms))));
        });
    }

    /// The user's Cancel.
    pub fn cancel(self) {
        self.abort(StopReason::Cancelled);
    }

    /// Back to idle (a new key was pasted).
    pub fn reset(self) {
        self.abort(StopReason::Cancelled);
        self.generation.update_value(|g| *g = g.wrapping_add(1));
        self.state.set(CallState::Idle);
    }

    fn abort(self, reason: StopReason) {
        self.stop.set_value(reason);
        if let Some(controller) = self.controller.try_get_value().flatten() {
            controller.abort();
        }
        self.clear_timers();
    }

    fn clear_timers(self) {
        if let Some((timeout, ticker)) = self.timers.try_get_value().flatten() {
            timeout.clear();
            ticker.clear();
        }
        self.timers.try_set_value(None);
    }
}

impl Default for LiveCall {
    fn default() -> Self {
        Self::new()
    }
}
