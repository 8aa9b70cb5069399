//! The walk's index: every question with its answers, and each cause's id, title and group —
//! what the browser needs to name the steps of a walk (the trail of answers, the report, the
//! user's SDK version), without the cards themselves, which every step's page already shows.

use super::{Cause, Tree};

impl Tree {
    /// The tree without its cards: questions whole, causes as id, title and group.
    pub fn walk_index(&self) -> Tree {
        Tree {
            start: self.start.clone(),
            question: self.question.clone(),
            cause: self.cause.iter().map(Cause::index_entry).collect(),
            common: Vec::new(),
        }
    }
}

impl Cause {
    /// The cause as the index lists it: id, title and group; the card's content left out.
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
