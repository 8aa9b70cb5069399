//! The list of problems found in the pasted text, worst first, each with where and what to do.

use leptos::prelude::*;

use super::prose::Prose;
use crate::diagnose::key::Finding;
use crate::diagnose::route;
use crate::diagnose::walk::step_link;
use crate::site::href;
use crate::state::KeyInput;

/// One item per finding: severity, message (which names the 1-based character positions), a
/// short excerpt, what to do, the fix page. Backtick spans in the texts show as code.
#[component]
pub fn FindingList() -> impl IntoView {
    let key = expect_context::<KeyInput>();
    let findings = Memo::new(move |_| key.report.with(|r| r.findings.clone()));
    view! {
        <ul id="key-findings" class="findings" aria-label="Problems found">
            {move || findings.get().into_iter().map(finding_item).collect_view()}
        </ul>
    }
}

fn finding_item(finding: Finding) -> impl IntoView {
    let link = route::for_finding(&finding).map(|step| href(&step_link(&step, &[])));
    view! {
        <li class=format!("finding severity-{}", finding.severity.slug())>
            <span class="severity">{finding.severity.label()}</span>
            <p class="finding-message">
                <Prose text=finding.message/>
                {finding.excerpt.map(|e| view! { " " <code class="excerpt">{e}</code> })}
            </p>
            <p class="finding-action">
                <Prose text=finding.action/>
                {link.map(|href| view! { " " <a href=href>"Why and how to fix"</a> })}
            </p>
        </li>
    }
}
