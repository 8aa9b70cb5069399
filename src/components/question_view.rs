//! A question page: the question, some help, one link per answer.

use leptos::prelude::*;

use super::prose::Prose;
use super::step_heading::StepHeading;
use crate::diagnose::tree::Question;
use crate::diagnose::walk::Walk;
use crate::site::href;

/// One question, each answer a link that carries the answers so far.
#[component]
pub fn QuestionView(
    /// The question to ask.
    question: Question,
    /// Where the walk stands (the answers given so far).
    walk: Walk,
) -> impl IntoView {
    let answers = question
        .answer
        .iter()
        .map(|choice| {
            let link = href(&walk.answer(&question, choice).href());
            view! { <li><a class="answer" href=link>{choice.label.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <section class="card question">
            <StepHeading text=question.title.clone()/>
            {(!question.help.is_empty()).then(|| view! { <p class="help"><Prose text=question.help.clone()/></p> })}
            <ul class="answers">{answers}</ul>
        </section>
    }
}
