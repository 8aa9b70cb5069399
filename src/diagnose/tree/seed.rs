//! The part of the tree one step's page needs, carried inside its prerendered HTML so the page
//! shows its step at once, before (and without) the whole tree's download.

use super::{ALL_CAUSES, Cause, DONE, StepId, Tree};

impl Tree {
    /// What the page of `step` needs: a question alone; a cause with the snippets every card
    /// shares; for "All causes", each cause's id, title and group only; nothing for "Fixed".
    /// `None` for a step that names nothing in the tree.
    pub fn seed_for(&self, step: &str) -> Option<Tree> {
        if step == DONE {
            return Some(Tree::default());
        }
        if step == ALL_CAUSES {
            let index = self.cause.iter().map(Cause::index_entry).collect();
            return Some(Tree { start: None, question: Vec::new(), cause: index, common: Vec::new() });
        }
        let id: StepId = step.parse().ok()?;
        if let Some(question) = self.question(&id) {
            return Some(Tree { start: None, question: vec![question.clone()], cause: Vec::new(), common: Vec::new() });
        }
        let cause = self.cause(&id)?;
        Some(Tree { start: None, question: Vec::new(), cause: vec![cause.clone()], common: self.common.clone() })
    }
}

impl Cause {
    /// The cause as "All causes" lists it: id, title and group; the card's content left out.
    fn index_entry(&self) -> Cause {
        Cause {
            id: self.id.clone(),
            title: self.title.clone(),
            group: self.group,
            likely: self.likely,
            sees: Vec::new(),
            why: String::new(),
            steps: Vec::new(),
            by_sdk: Vec::new(),
            snippet: Vec::new(),
            prevention: Vec::new(),
            next: None,
        }
    }
}
