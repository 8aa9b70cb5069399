//! The page frame: header, the start page or the current step, footer; and the document's title.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::page_not_found::PageNotFound;
use super::start_page::StartPage;
use super::step_view::StepView;
use crate::diagnose::page_meta;
use crate::diagnose::tree::{ALL_CAUSES, Tree};
use crate::diagnose::walk::{Resolved, START_LINK, Walk, fixed_link};
use crate::router::{Location, Route};
use crate::site::{self, href};
use crate::state::TreeAsset;

/// Chooses what the URL asks for: the start page, a step, or "not found".
#[component]
pub fn Page() -> impl IntoView {
    let location = expect_context::<Location>();
    if site::interactive() {
        location.follow_links();
        keep_title(location);
    }
    let route = Memo::new(move |_| location.route.get());
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href=href(START_LINK)>"Key Doctor"</a>
            <p class="privacy-line">
                "Runs in your browser. Your key is never stored or sent anywhere, except once to "
                <code>"api.anthropic.com"</code>" if you press Test."
            </p>
        </header>
        <main id="main">
            {move || match route.get() {
                Route::Walk(Walk { step: None, .. }) => EitherOf3::A(view! { <StartPage/> }),
                Route::Walk(_) => EitherOf3::B(view! { <StepView/> }),
                Route::NotFound => EitherOf3::C(view! { <PageNotFound/> }),
            }}
        </main>
        <footer class="site-footer">
            <a href=href(&fixed_link(ALL_CAUSES))>"All causes"</a>
            " · No cookies, no storage, no analytics: check the page's Content-Security-Policy."
        </footer>
    }
}

/// Keeps `document.title` in step with the page (the prerendered page starts with its own).
fn keep_title(location: Location) {
    let asset = expect_context::<TreeAsset>();
    Effect::new(move |_| {
        let meta = match location.route.get() {
            Route::NotFound => page_meta::not_found(),
            Route::Walk(walk) => {
                let tree = walk.step.as_deref().and_then(|step| asset.for_step(step));
                let empty = Tree::default();
                match walk.resolve(tree.as_deref().unwrap_or(&empty)) {
                    // Not in the seed: the title follows once the whole tree is here.
                    Resolved::NotFound(_) if tree.is_none() => return,
                    resolved => page_meta::for_step(&resolved),
                }
            }
        };
        document().set_title(&meta.title);
    });
}
