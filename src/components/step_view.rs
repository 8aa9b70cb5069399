//! A step of the walk (`step/<slug>/`): the question, the fix card, or one of the special
//! pages. A prerendered page carries its own step; the whole tree is fetched for the rest.

use std::sync::Arc;

use leptos::either::{EitherOf3, EitherOf5};
use leptos::prelude::*;

use super::all_causes::AllCauses;
use super::answer_trail::AnswerTrail;
use super::done_page::DonePage;
use super::fix_card::FixCard;
use super::question_view::QuestionView;
use super::step_not_found::StepNotFound;
use crate::diagnose::tree::{Node, Tree};
use crate::diagnose::walk::{Resolved, START_LINK, Walk};
use crate::router::Location;
use crate::site::{self, href};
use crate::state::{TreeAsset, TreeState};

/// The current step, read from the URL.
#[component]
pub fn StepView() -> impl IntoView {
    let asset = expect_context::<TreeAsset>();
    let location = expect_context::<Location>();
    if site::interactive() {
        // The trail and the next steps need the whole tree, even where the page carried its own step.
        asset.ensure();
    }
    let walk = Memo::new(move |_| location.walk());
    move || {
        let walk = walk.get();
        let step = walk.step.clone().unwrap_or_default();
        match asset.for_step(&step) {
            Some(tree) => EitherOf3::A(step_page(tree, walk)),
            None => match asset.state.get() {
                TreeState::Failed(message) => EitherOf3::B(view! {
                    <div class="card error" role="alert">
                        <h1 class="step-heading">"The causes could not be loaded"</h1>
                        <p>{format!("Key Doctor could not load its list of causes: {message}.")}</p>
                        <button type="button" class="button primary" on:click=move |_| asset.ensure()>"Try again"</button>
                        " "
                        <a href=href(START_LINK)>"Back to the start"</a>
                    </div>
                }),
                _ => EitherOf3::C(view! { <p class="loading" role="status">"Loading the causes and fixes…"</p> }),
            },
        }
    }
}

fn step_page(tree: Arc<Tree>, walk: Walk) -> impl IntoView {
    match walk.resolve(&tree) {
        Resolved::Node(Node::Question(question)) => {
            let question = question.clone();
            EitherOf5::A(view! {
                <AnswerTrail walk=walk.clone()/>
                <QuestionView question=question walk=walk/>
            })
        }
        Resolved::Node(Node::Cause(cause)) => {
            let cause = cause.clone();
            EitherOf5::B(view! {
                <AnswerTrail walk=walk.clone()/>
                <FixCard tree=tree cause=cause walk=walk/>
            })
        }
        Resolved::Done => EitherOf5::C(view! { <DonePage/> }),
        Resolved::AllCauses => EitherOf5::D(view! { <AllCauses tree=tree/> }),
        Resolved::Start => EitherOf5::E(view! { <StepNotFound slug=String::new()/> }),
        Resolved::NotFound(slug) => EitherOf5::E(view! { <StepNotFound slug=slug/> }),
    }
}
