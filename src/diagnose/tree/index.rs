//! The walk's index: every question with its answers, and each cause's id, title and group —
//! what the browser needs to name the steps of a walk (the trail of answers, the report, the
//! user's SDK version), without the cards themselves, which every step's page already shows.

use super::{Cause, Choice, Generation, Group, Question, StepId, Tree};
use crate::diagnose::json::Json;

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

impl Tree {
    /// Reads the index as `walk.json` carries it (see [`Tree::walk_index`]); `None` if it is not
    /// JSON of that shape. Entries that do not read (a bad id, a missing title) are left out.
    pub fn read_index(text: &str) -> Option<Tree> {
        let json = Json::parse(text).filter(Json::is_object)?;
        let questions = json.get("question").filter(|q| matches!(q, Json::Array(_)))?;
        let causes = json.get("cause").filter(|c| matches!(c, Json::Array(_)))?;
        Some(Tree {
            start: json.str_of("start").and_then(|s| s.parse().ok()),
            question: questions.items().iter().filter_map(read_question).collect(),
            cause: causes.items().iter().filter_map(read_cause).collect(),
            common: Vec::new(),
        })
    }
}

fn read_question(json: &Json) -> Option<Question> {
    Some(Question {
        id: json.str_of("id")?.parse().ok()?,
        title: json.str_of("title")?,
        help: json.str_of("help").unwrap_or_default(),
        param: json.str_of("param")?,
        answer: json.get("answer")?.items().iter().filter_map(read_choice).collect(),
    })
}

fn read_choice(json: &Json) -> Option<Choice> {
    Some(Choice {
        value: json.str_of("value")?,
        label: json.str_of("label")?,
        next: json.str_of("next")?.parse::<StepId>().ok()?,
        sdk: json.str_of("sdk").map(Generation::from),
    })
}

fn read_cause(json: &Json) -> Option<Cause> {
    let group = json.str_of("group")?;
    let entry = Cause {
        id: json.str_of("id")?.parse().ok()?,
        title: json.str_of("title")?,
        group: Group::ALL.into_iter().find(|g| g.slug() == group)?,
        likely: json.get("likely") == Some(&Json::Bool(true)),
        ..Cause::index_entry_default()
    };
    Some(entry)
}

impl Cause {
    /// An index entry with nothing in it yet.
    fn index_entry_default() -> Cause {
        Cause {
            id: StepId::done(),
            title: String::new(),
            group: Group::Environment,
            likely: false,
            sees: Vec::new(),
            why: String::new(),
            steps: Vec::new(),
            by_sdk: Vec::new(),
            snippet: Vec::new(),
            prevention: Vec::new(),
            next: None,
        }
    }

    /// The cause as the index lists it: id, title and group; the card's content left out.
    fn index_entry(&self) -> Cause {
        Cause {
            id: self.id.clone(),
            title: self.title.clone(),
            group: self.group,
            likely: self.likely,
            ..Cause::index_entry_default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_reads_back_what_it_wrote() {
        let text = r#"{"start":"which-tool","question":[{"id":"which-tool","title":"What sends it?","param":"tool",
            "answer":[{"value":"python","label":"Python","next":"which-sdk-version"},
                      {"value":"py2","label":"Python 2","next":"what-says","sdk":"py-2"},
                      {"value":"bad","label":"Bad","next":"Not A Slug"}]}],
            "cause":[{"id":"key-not-set","title":"Not set","group":"environment"},{"id":"x","title":"X","group":"nope"}]}"#;
        let tree = Tree::read_index(text).expect("an index");
        assert_eq!(tree.start.as_ref().map(StepId::as_str), Some("which-tool"));
        let answers = &tree.question[0].answer;
        assert_eq!(answers.len(), 2, "the answer with a bad next step is left out");
        assert_eq!(answers[1].sdk, Some(Generation::from("py-2")));
        assert_eq!(tree.cause.len(), 1, "the cause with an unknown group is left out");
        assert_eq!(tree.cause[0].group, Group::Environment);
        assert_eq!(Tree::read_index("[]"), None);
        assert_eq!(Tree::read_index(r#"{"question": 5, "cause": []}"#), None);
    }
}
