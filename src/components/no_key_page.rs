//! Check your key without pasting it: why, what the checks do, and the checks themselves.

use leptos::prelude::*;

use super::no_key_checks::NoKeyChecks;
use super::report_panel::ReportPanel;
use super::step_heading::StepHeading;

/// "I'd rather not paste my key": local checks to run on your own machine.
#[component]
pub fn NoKeyPage() -> impl IntoView {
    view! {
        <article class="card tool-page">
            <StepHeading text="Check your key without pasting it".to_string()/>
            <p class="lede">
                "Anthropic advises against pasting API keys into other sites, Key Doctor included. "
                "Run one of these checks where your program runs instead: it tests the key your program would use, "
                "on your machine, and prints only what Key Doctor needs to tell you why it is rejected."
            </p>
            <ol class="tool-steps">
                <li>"Name the environment variable your program reads (most read "<code>"ANTHROPIC_API_KEY"</code>
                    "), and if you like, the hint Console shows for the key you meant to use."</li>
                <li>"Copy the check for your shell and run it in the same terminal, container or CI job as your program."</li>
                <li>"Paste what it printed below: each line gets a verdict and a link to its cause."</li>
            </ol>
            <NoKeyChecks/>
        </article>
        <ReportPanel/>
    }
}
