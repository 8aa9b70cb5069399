//! The tree as a graph: the start, reachability, and loops among questions and "No" chains.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::validate::Kind;
use super::{Problem, StepId, Tree};

/// A loop, turned so that its smallest id comes first (so each loop is reported once).
fn normalized(mut cycle: Vec<StepId>) -> Vec<StepId> {
    if let Some(min) = cycle.iter().enumerate().min_by(|a, b| a.1.cmp(b.1)).map(|(i, _)| i) {
        cycle.rotate_left(min);
    }
    cycle
}

impl Tree {
    /// Links out of a node: a question's answers, a cause's `next`.
    fn links(&self, id: &StepId) -> Vec<&StepId> {
        if let Some(q) = self.question(id) {
            q.answer.iter().map(|a| &a.next).collect()
        } else {
            self.cause(id).and_then(|c| c.next.as_ref()).into_iter().collect()
        }
    }

    pub(super) fn check_graph(&self, kinds: &BTreeMap<&StepId, Kind>, problems: &mut Vec<Problem>) {
        match &self.start {
            None => problems.push(Problem::NoStart),
            Some(start) if !kinds.contains_key(start) => problems.push(Problem::DanglingStart(start.clone())),
            Some(start) => self.check_reachable(start, kinds, problems),
        }
        self.check_question_cycles(kinds, problems);
        self.check_cause_cycles(kinds, problems);
    }

    fn check_reachable(&self, start: &StepId, kinds: &BTreeMap<&StepId, Kind>, problems: &mut Vec<Problem>) {
        let mut seen = BTreeSet::from([start]);
        let mut queue = VecDeque::from([start]);
        while let Some(id) = queue.pop_front() {
            for next in self.links(id) {
                if kinds.contains_key(next) && seen.insert(next) {
                    queue.push_back(next);
                }
            }
        }
        let ids = self.question.iter().map(|q| &q.id).chain(self.cause.iter().map(|c| &c.id));
        let unreached: BTreeSet<&StepId> = ids.filter(|id| !seen.contains(id)).collect();
        problems.extend(unreached.into_iter().map(|id| Problem::Unreachable(id.clone())));
    }

    fn check_question_cycles(&self, kinds: &BTreeMap<&StepId, Kind>, problems: &mut Vec<Problem>) {
        let mut done = BTreeSet::new();
        let mut cycles = BTreeSet::new();
        for q in &self.question {
            let mut path = Vec::new();
            self.find_question_cycles(&q.id, kinds, &mut path, &mut done, &mut cycles);
        }
        problems.extend(cycles.into_iter().map(Problem::QuestionCycle));
    }

    fn find_question_cycles<'a>(
        &'a self,
        id: &'a StepId,
        kinds: &BTreeMap<&StepId, Kind>,
        path: &mut Vec<&'a StepId>,
        done: &mut BTreeSet<&'a StepId>,
        cycles: &mut BTreeSet<Vec<StepId>>,
    ) {
        if let Some(pos) = path.iter().position(|p| *p == id) {
            cycles.insert(normalized(path[pos..].iter().map(|s| (*s).clone()).collect()));
            return;
        }
        if done.contains(id) {
            return;
        }
        path.push(id);
        for next in self.links(id) {
            if kinds.get(next) == Some(&Kind::Question) {
                self.find_question_cycles(next, kinds, path, done, cycles);
            }
        }
        path.pop();
        done.insert(id);
    }

    fn check_cause_cycles(&self, kinds: &BTreeMap<&StepId, Kind>, problems: &mut Vec<Problem>) {
        let mut cycles = BTreeSet::new();
        for c in &self.cause {
            let mut chain = vec![&c.id];
            let mut at = c;
            while let Some(next) = at.next.as_ref().filter(|n| kinds.get(n) == Some(&Kind::Cause)) {
                if let Some(pos) = chain.iter().position(|id| *id == next) {
                    cycles.insert(normalized(chain[pos..].iter().map(|s| (*s).clone()).collect()));
                    break;
                }
                chain.push(next);
                match self.cause(next) {
                    Some(cause) => at = cause,
                    None => break,
                }
            }
        }
        problems.extend(cycles.into_iter().map(Problem::CauseCycle));
    }
}
