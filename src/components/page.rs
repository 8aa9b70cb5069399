//! The page frame: header, the start page or the current step, footer.

use leptos::either::EitherOf4;
use leptos::prelude::*;

use super::page_not_found::PageNotFound;
use super::start_page::StartPage;
use super::step_view::StepView;
use super::tool_page_view::ToolPageView;
use crate::diagnose::pages::ToolPage;
use crate::diagnose::tree::ALL_CAUSES;
use crate::diagnose::walk::{START_LINK, Walk, fixed_link};
use crate::router::{Location, Route};
use crate::site::href;

/// A whole page: the start page, a step, or "not found", as the URL asks.
#[component]
pub fn Page() -> impl IntoView {
    let location = expect_context::<Location>();
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href=href(START_LINK)>"Key Doctor"</a>
            <p class="privacy-line">
                "Runs in your browser. Your key is never stored or sent anywhere, except once to "
                <code>"api.anthropic.com"</code>" if you press Test. "
                <a href=href(ToolPage::Privacy.path())>"How to check"</a>
            </p>
        </header>
        <main id="main">
            {match location.0.get_untracked() {
                Route::Walk(Walk { step: None, .. }) => EitherOf4::A(view! { <StartPage/> }),
                Route::Walk(walk) => EitherOf4::B(view! { <StepView walk=walk/> }),
                Route::Tool(page) => EitherOf4::C(view! { <ToolPageView page=page/> }),
                Route::NotFound => EitherOf4::D(view! { <PageNotFound/> }),
            }}
        </main>
        <footer class="site-footer">
            <nav aria-label="More">
                <a href=href(&fixed_link(ALL_CAUSES))>"All causes"</a>
                {ToolPage::ALL.into_iter().map(|page| view! { " · " <a href=href(page.path())>{page.link_text()}</a> }).collect_view()}
            </nav>
            <p>"No cookies, no storage, no analytics: the page's Content-Security-Policy enforces it."</p>
        </footer>
    }
}
