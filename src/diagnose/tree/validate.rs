//! `Tree::validate()`: every content problem of the tree at once (links and structure
//! are checked in `graph.rs`).

use std::collections::{BTreeMap, BTreeSet};

use super::secrets::{hard_codes_key, prints_secret};
use super::{Cause, PARAMS, Problem, Question, Role, Snippet, StepId, Tree, is_answer_value};

/// What an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Question,
    Cause,
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

impl Tree {
    /// Every problem of the tree, in a stable order; empty when the tree is sound.
    ///
    /// Checks ids (unique, not a special page), links (start, answers, causes' `next`),
    /// reachability from `start`, loops among questions and among "No" chains, questions
    /// (answers, params, values), causes (sees, why, steps, a `verify` snippet, prevention)
    /// and snippets (no empty code, no printed secret, no hard-coded key outside `broken`).
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let kinds = self.kinds(&mut problems);
        for q in &self.question {
            check_question(q, &kinds, &mut problems);
        }
        for c in &self.cause {
            check_cause(c, &kinds, &mut problems);
        }
        for s in &self.common {
            check_snippet(None, s, &mut problems);
        }
        self.check_graph(&kinds, &mut problems);
        problems
    }

    /// Each id and what it names (the first one wins); reports repeated and reserved ids.
    pub(super) fn kinds(&self, problems: &mut Vec<Problem>) -> BTreeMap<&StepId, Kind> {
        let mut kinds = BTreeMap::new();
        let mut repeated = BTreeSet::new();
        let ids = self
            .question
            .iter()
            .map(|q| (&q.id, Kind::Question))
            .chain(self.cause.iter().map(|c| (&c.id, Kind::Cause)));
        for (id, kind) in ids {
            if id.is_special() {
                problems.push(Problem::ReservedId(id.clone()));
            }
            if kinds.contains_key(id) {
                repeated.insert(id);
            } else {
                kinds.insert(id, kind);
            }
        }
        problems.extend(repeated.into_iter().map(|id| Problem::DuplicateId(id.clone())));
        kinds
    }
}

fn check_question(q: &Question, kinds: &BTreeMap<&StepId, Kind>, problems: &mut Vec<Problem>) {
    if blank(&q.title) {
        problems.push(Problem::EmptyText { id: q.id.clone(), field: "title" });
    }
    if !PARAMS.contains(&q.param.as_str()) {
        problems.push(Problem::UnknownParam { question: q.id.clone(), param: q.param.clone() });
    }
    if q.answer.is_empty() {
        problems.push(Problem::NoAnswers(q.id.clone()));
    }
    let mut seen = BTreeSet::new();
    for a in &q.answer {
        if !is_answer_value(&a.value) {
            problems.push(Problem::BadAnswerValue { question: q.id.clone(), value: a.value.clone() });
        }
        if !seen.insert(a.value.as_str()) {
            problems.push(Problem::DuplicateAnswer { question: q.id.clone(), value: a.value.clone() });
        }
        if blank(&a.label) {
            problems.push(Problem::EmptyText { id: q.id.clone(), field: "answer label" });
        }
        if !a.next.is_special() && !kinds.contains_key(&a.next) {
            problems.push(Problem::DanglingAnswer {
                question: q.id.clone(),
                value: a.value.clone(),
                next: a.next.clone(),
            });
        }
    }
}

fn check_cause(c: &Cause, kinds: &BTreeMap<&StepId, Kind>, problems: &mut Vec<Problem>) {
    let id = || c.id.clone();
    if blank(&c.title) {
        problems.push(Problem::EmptyText { id: id(), field: "title" });
    }
    if c.sees.iter().all(|s| blank(s)) {
        problems.push(Problem::NoSees(id()));
    }
    if blank(&c.why) {
        problems.push(Problem::EmptyWhy(id()));
    }
    if c.steps.iter().all(|s| blank(s)) {
        problems.push(Problem::NoSteps(id()));
    } else if c.steps.iter().any(|s| blank(s)) {
        problems.push(Problem::EmptyText { id: id(), field: "step" });
    }
    if c.prevention.iter().all(|s| blank(s)) {
        problems.push(Problem::NoPrevention(id()));
    }
    if !c.snippet.iter().any(|s| s.role == Role::Verify && !blank(&s.code)) {
        problems.push(Problem::NoVerify(id()));
    }
    for s in &c.snippet {
        check_snippet(Some(&c.id), s, problems);
    }
    match &c.next {
        Some(next) if next.as_str() == super::DONE => {
            problems.push(Problem::NextNotCause { cause: id(), next: next.clone() });
        }
        Some(next) if next.is_special() => {}
        Some(next) => match kinds.get(next) {
            None => problems.push(Problem::DanglingNext { cause: id(), next: next.clone() }),
            Some(Kind::Question) => problems.push(Problem::NextNotCause { cause: id(), next: next.clone() }),
            Some(Kind::Cause) => {}
        },
        None => {}
    }
}

fn check_snippet(owner: Option<&StepId>, s: &Snippet, problems: &mut Vec<Problem>) {
    let owner = owner.cloned();
    let (surface, role) = (s.surface, s.role);
    if blank(&s.code) {
        problems.push(Problem::EmptySnippet { owner, surface, role });
        return;
    }
    // A broken example may show the mistake itself; every other role is copied and run as is.
    if role == Role::Broken {
        return;
    }
    if prints_secret(&s.code) {
        problems.push(Problem::PrintsSecret { owner: owner.clone(), surface, role });
    }
    if hard_codes_key(&s.code) {
        problems.push(Problem::HardCodedKey { owner, surface, role });
    }
}
