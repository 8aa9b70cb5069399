//! A step of the walk (`step/<slug>/`): the question, the fix card, or one of the special pages.

use std::sync::Arc;

use leptos::either::EitherOf5;
use leptos::prelude::*;

use super::all_causes::AllCauses;
use super::answer_trail::AnswerTrail;
use super::done_page::DonePage;
use super::fix_card::FixCard;
use super::question_view::QuestionView;
use super::recognition_panel::RecognitionPanel;
use super::report_panel::ReportPanel;
use super::step_not_found::StepNotFound;
use crate::diagnose::tree::{Node, Tree};
use crate::diagnose::walk::{Resolved, Walk};
use crate::state::WalkIndex;

/// The step the walk is at, from the whole tree (the prerender has it).
#[component]
pub fn StepView(
    /// Where the walk stands.
    walk: Walk,
) -> impl IntoView {
    let tree = expect_context::<WalkIndex>().get().unwrap_or_default();
    step_page(tree, walk)
}

fn step_page(tree: Arc<Tree>, walk: Walk) -> impl IntoView {
    match walk.resolve(&tree) {
        Resolved::Node(Node::Question(question)) => {
            let question = question.clone();
            EitherOf5::A(view! {
                <AnswerTrail/>
                <RecognitionPanel/>
                <QuestionView question=question walk=walk/>
                <ReportPanel/>
            })
        }
        Resolved::Node(Node::Cause(cause)) => {
            let cause = cause.clone();
            EitherOf5::B(view! {
                <AnswerTrail/>
                <RecognitionPanel/>
                <FixCard tree=tree cause=cause walk=walk/>
                <ReportPanel/>
            })
        }
        Resolved::Done => EitherOf5::C(view! { <DonePage/> }),
        Resolved::AllCauses => EitherOf5::D(view! { <AllCauses tree=tree/> }),
        Resolved::Start => EitherOf5::E(view! { <StepNotFound slug=String::new()/> }),
        Resolved::NotFound(slug) => EitherOf5::E(view! { <StepNotFound slug=slug/> }),
    }
}
