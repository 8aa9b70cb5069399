//! The start page: three ways in, and the key check right here.

use leptos::prelude::*;

use super::error_paste::ErrorPaste;
use super::key_check::KeyCheck;
use super::report_panel::ReportPanel;
use super::step_heading::StepHeading;
use crate::diagnose::walk::{WALK_START, fixed_link};
use crate::site::href;

/// "I have an error message", "I have a key to check", "Walk me through it".
#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <StepHeading text="Why does the Anthropic API reject my key?".to_string() class="page-title"/>
        <p class="lede">
            "For "<code>"401 invalid x-api-key"</code>", "<code>"AuthenticationError"</code>
            " and their relatives. Check the key right here, test it once if you like, and follow the fix."
        </p>
        <nav class="ways" aria-label="Ways in">
            <a class="way" href="#error-paste" data-focus="error-message">
                <span class="way-title">"I have an error message"</span>
                <span class="way-text">"Paste it below: read in this page, it leads straight to its cause."</span>
            </a>
            <a class="way" href="#key-check" data-focus="api-key">
                <span class="way-title">"I have a key to check"</span>
                <span class="way-text">"Paste it below: checked in this page, never sent unless you press Test."</span>
            </a>
            <a class="way" href=href(&fixed_link(WALK_START))>
                <span class="way-title">"Walk me through it"</span>
                <span class="way-text">"A few questions about your setup lead to the likely cause."</span>
            </a>
        </nav>
        <div class="checks">
            <KeyCheck/>
            <ErrorPaste/>
        </div>
        <ReportPanel/>
    }
}
