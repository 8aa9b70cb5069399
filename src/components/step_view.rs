//! A step of the walk (`?step=<slug>`): loads the tree on first need, then shows the question,
//! the fix card, or one of the special pages.

use std::sync::Arc;

use leptos::either::{EitherOf3, EitherOf5};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::all_causes::AllCauses;
use super::answer_trail::AnswerTrail;
use super::done_page::DonePage;
use super::fix_card::FixCard;
use super::question_view::QuestionView;
use super::step_not_found::StepNotFound;
use crate::diagnose::tree::{Node, Tree};
use crate::diagnose::walk::{Resolved, Walk};
use crate::state::{TreeAsset, TreeState};

/// The current step, read from the URL.
#[component]
pub fn StepView() -> impl IntoView {
    let asset = expect_context::<TreeAsset>();
    asset.ensure();
    let query = use_query_map();
    let walk = Memo::new(move |_| {
        query.with(|q| Walk::from_query(q.latest_values().map(|(k, v)| (k.to_string(), v.to_string()))))
    });
    move || match asset.0.get() {
        TreeState::NotLoaded | TreeState::Loading => EitherOf3::A(view! {
            <p class="loading" role="status">"Loading the causes and fixes…"</p>
        }),
        TreeState::Failed(message) => EitherOf3::B(view! {
            <div class="card error" role="alert">
                <h1 class="step-heading">"The causes could not be loaded"</h1>
                <p>{format!("Key Doctor could not load its list of causes: {message}.")}</p>
                <button type="button" class="button primary" on:click=move |_| asset.ensure()>"Try again"</button>
                " "
                <a href="./">"Back to the start"</a>
            </div>
        }),
        TreeState::Loaded(tree) => EitherOf3::C(step(tree, walk.get())),
    }
}

fn step(tree: Arc<Tree>, walk: Walk) -> impl IntoView {
    match walk.resolve(&tree) {
        Resolved::Node(Node::Question(question)) => {
            let question = question.clone();
            EitherOf5::A(view! {
                <AnswerTrail tree=tree.clone() walk=walk.clone()/>
                <QuestionView question=question walk=walk/>
            })
        }
        Resolved::Node(Node::Cause(cause)) => {
            let cause = cause.clone();
            EitherOf5::B(view! {
                <AnswerTrail tree=tree.clone() walk=walk.clone()/>
                <FixCard tree=tree cause=cause walk=walk/>
            })
        }
        Resolved::Done => EitherOf5::C(view! { <DonePage/> }),
        Resolved::AllCauses => EitherOf5::D(view! { <AllCauses tree=tree/> }),
        Resolved::Start => EitherOf5::E(view! { <StepNotFound slug=String::new()/> }),
        Resolved::NotFound(slug) => EitherOf5::E(view! { <StepNotFound slug=slug/> }),
    }
}
