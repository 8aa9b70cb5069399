//! Reading the tree: merging its files, finding a node, the snippets of a card, causes by group.

use super::{Cause, Generation, Group, Problem, Question, Role, Snippet, StepId, Tree};

/// A step of the tree: a question page or a cause page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node<'a> {
    /// A question with its answers.
    Question(&'a Question),
    /// A cause with its fix card.
    Cause(&'a Cause),
}

impl<'a> Node<'a> {
    /// The node's step id.
    pub fn id(&self) -> &'a StepId {
        match self {
            Node::Question(q) => &q.id,
            Node::Cause(c) => &c.id,
        }
    }

    /// The page heading.
    pub fn title(&self) -> &'a str {
        match self {
            Node::Question(q) => &q.title,
            Node::Cause(c) => &c.title,
        }
    }
}

impl Tree {
    /// Combines the parsed files of the tree (questions, causes, common snippets) into one,
    /// keeping file order. Fails only if two files name different starts.
    pub fn merge(parts: impl IntoIterator<Item = Tree>) -> Result<Tree, Problem> {
        let mut whole = Tree::default();
        for part in parts {
            match (&whole.start, part.start) {
                (Some(first), Some(second)) if *first != second => {
                    return Err(Problem::StartConflict(first.clone(), second));
                }
                (None, Some(start)) => whole.start = Some(start),
                _ => {}
            }
            whole.question.extend(part.question);
            whole.cause.extend(part.cause);
            whole.common.extend(part.common);
        }
        Ok(whole)
    }

    /// The question or cause with this id (the first one, if a broken tree repeats it).
    pub fn node(&self, id: &StepId) -> Option<Node<'_>> {
        self.question(id).map(Node::Question).or_else(|| self.cause(id).map(Node::Cause))
    }

    /// The question with this id.
    pub fn question(&self, id: &StepId) -> Option<&Question> {
        self.question.iter().find(|q| q.id == *id)
    }

    /// The cause with this id.
    pub fn cause(&self, id: &StepId) -> Option<&Cause> {
        self.cause.iter().find(|c| c.id == *id)
    }

    /// The snippets a cause card shows for one role: the cause's own, then the common ones
    /// of that role on surfaces the cause has no snippet of that role for.
    pub fn snippets_for<'a>(&'a self, cause: &'a Cause, role: Role) -> Vec<&'a Snippet> {
        let own: Vec<&Snippet> = cause.snippet.iter().filter(|s| s.role == role).collect();
        let shared = self.common.iter().filter(|c| c.role == role && !own.iter().any(|s| s.surface == c.surface));
        let mut all = own.clone();
        all.extend(shared);
        all
    }

    /// The SDK generation the walk's answers tell (the last answer whose choice names one),
    /// e.g. `Python2` after "Python 2.0 or later"; `None` when no answer says.
    pub fn sdk_of(&self, answers: &[(String, String)]) -> Option<Generation> {
        answers.iter().rev().find_map(|(param, value)| {
            self.question
                .iter()
                .filter(|q| q.param == *param)
                .flat_map(|q| &q.answer)
                .find(|a| a.value == *value && a.sdk.is_some())
                .and_then(|a| a.sdk.clone())
        })
    }

    /// Causes grouped for the "All causes" page: groups in [`Group::ALL`] order, empty groups
    /// left out, causes in file order within a group.
    pub fn causes_by_group(&self) -> Vec<(Group, Vec<&Cause>)> {
        Group::ALL
            .iter()
            .map(|&g| (g, self.cause.iter().filter(|c| c.group == g).collect::<Vec<_>>()))
            .filter(|(_, causes)| !causes.is_empty())
            .collect()
    }
}
