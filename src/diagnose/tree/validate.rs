//! `Tree::validate()`: every content problem of the tree at once (links and structure
//! are checked in `graph.rs`).

use std::collections::{BTreeMap, BTreeSet};

use super::secrets::{hard_codes_key, prints_secret};
use super::{Cause, Generation, PARAMS, Problem, Question, Role, Snippet, StepId, Tree, is_answer_value, stale_claim};

/// What an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Question,
    Cause,
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Reports a generation label the tree does not know.
fn check_sdk(id: &StepId, sdk: Option<&Generation>, problems: &mut Vec<Problem>) {
    if let Some(sdk) = sdk.filter(|g| !g.is_known()) {
        problems.push(Problem::UnknownSdk { id: id.clone(), sdk: sdk.clone() });
    }
}

/// Reports text that states, unqualified, what only older SDKs do. Text labelled for an older
/// generation, Claude Code or raw HTTP is qualified by its label; text labelled for today's
/// SDKs is still checked (there the claim is simply wrong).
fn check_claims(owner: Option<&StepId>, sdk: Option<&Generation>, text: &str, problems: &mut Vec<Problem>) {
    if sdk.is_some_and(|g| !matches!(g, Generation::Python2 | Generation::Typescript1)) {
        return;
    }
    if let Some(sentence) = stale_claim(text) {
        problems.push(Problem::StaleClaim { owner: owner.cloned(), sentence: sentence.to_string() });
    }
}

impl Tree {
    /// Every problem of the tree, in a stable order; empty when the tree is sound.
    ///
    /// Checks ids (unique, not a special page), links (start, answers, causes' `next`),
    /// reachability from `start`, loops among questions and among "No" chains, questions
    /// (answers, params, values), causes (sees, why, steps, a `verify` snippet, prevention),
    /// snippets (no empty code, no printed secret, no hard-coded key outside `broken`), SDK
    /// generation labels (known, on the right language, one row each) and stale claims about
    /// how the SDKs send the key (see `lint.rs`).
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
    for text in [&q.title, &q.help] {
        check_claims(Some(&q.id), None, text, problems);
    }
    let mut seen = BTreeSet::new();
    for a in &q.answer {
        check_sdk(&q.id, a.sdk.as_ref(), problems);
        check_claims(Some(&q.id), a.sdk.as_ref(), &a.label, problems);
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
    if c.sees.iter().all(|s| blank(&s.text)) {
        problems.push(Problem::NoSees(id()));
    }
    for seen in &c.sees {
        check_sdk(&c.id, seen.sdk.as_ref(), problems);
        check_claims(Some(&c.id), seen.sdk.as_ref(), &seen.text, problems);
    }
    let mut rows = BTreeSet::new();
    for row in &c.by_sdk {
        check_sdk(&c.id, Some(&row.sdk), problems);
        if !rows.insert(&row.sdk) {
            problems.push(Problem::RepeatedSdkRow { cause: id(), sdk: row.sdk.clone() });
        }
        if blank(&row.text) {
            problems.push(Problem::EmptyText { id: id(), field: "by_sdk row" });
        }
        check_claims(Some(&c.id), Some(&row.sdk), &row.text, problems);
    }
    let prose = [&c.title, &c.why].into_iter().chain(&c.steps).chain(&c.prevention);
    for text in prose {
        check_claims(Some(&c.id), None, text, problems);
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
        check_sdk(&c.id, s.sdk.as_ref(), problems);
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
    for text in [&s.code, &s.note] {
        check_claims(owner, s.sdk.as_ref(), text, problems);
    }
    let owner = owner.cloned();
    let (surface, role) = (s.surface, s.role);
    if let Some(sdk) = s.sdk.as_ref().filter(|g| g.is_known() && !g.fits(surface)) {
        problems.push(Problem::SdkOnWrongSurface { owner: owner.clone(), surface, role, sdk: sdk.clone() });
    }
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
