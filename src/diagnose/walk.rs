//! The URL state of a walk through the tree: every step has its own path, `step/<slug>/`, and
//! the answers so far ride in its query (`?tool=python&says=…`). Reading it, writing it,
//! answering, the trail of answers so far, and what the step shows.
//!
//! Links are relative to the site's base (`/`, or `/tools/key-doctor/` when the site is hosted
//! under a sub-path); the shell puts the base in front. Old links of the form `?step=<slug>`
//! are still read.

use std::fmt::Display;

use super::tree::{ALL_CAUSES, Choice, DONE, Node, PARAMS, Question, StepId, Tree, is_answer_value};
use super::url::{decode, encode, parse_query, query_string};

/// The most answers a URL keeps (the deepest walk has far fewer).
const MAX_ANSWERS: usize = 16;
/// The longest step text kept as it was given.
const MAX_STEP: usize = 64;

/// Where a walk stands: the step in the URL and the answers given so far, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Walk {
    /// The raw `?step=` text (`None` on the start page). Kept even when it names no step,
    /// so the page can say which step was not found; text that could be a key is cut to 4 characters.
    pub step: Option<String>,
    /// The answers so far as (param, value), in the order they were given.
    pub answers: Vec<(String, String)>,
}

/// One answer of the trail, with a link back to its question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrailItem {
    /// The question that was answered.
    pub question: StepId,
    /// The question's title.
    pub question_title: String,
    /// The label of the answer given.
    pub answer_label: String,
    /// The question again, with only the answers given before it.
    pub change_link: String,
}

/// What the step of a walk shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved<'a> {
    /// No step: the start page with its three ways in.
    Start,
    /// `?step=done`: the fix worked.
    Done,
    /// `?step=all-causes`: every cause, grouped.
    AllCauses,
    /// A question or a cause of the tree.
    Node(Node<'a>),
    /// The step names nothing in the tree (the text as the URL gave it, or its first characters).
    NotFound(String),
}

/// The link to a step, carrying the given answers: `step/<slug>/?<param>=<value>…`, relative
/// to the site's base. Every step link in the app is built here.
pub fn step_link(step: &StepId, answers: &[(String, String)]) -> String {
    format!("step/{step}/{}", answers_query(answers))
}

/// The link to the start page, relative to the site's base.
pub const START_LINK: &str = "";

fn answers_query(answers: &[(String, String)]) -> String {
    query_string(answers.iter().map(|(p, v)| (p.as_str(), v.as_str())))
}

/// The step the start page's "Walk me through it" opens (the tree's `start`).
pub const WALK_START: &str = "which-tool";
/// The step the start page's "I have an error message" opens: the list of known messages.
pub const ERROR_MESSAGES: &str = "what-says";

/// The link to a fixed step named in code (`WALK_START`, `StepId::ALL_CAUSES`, …), with no
/// answers. `tests/tree_valid.rs` proves each such name is a step.
pub fn fixed_link(slug: &str) -> String {
    match slug.parse::<StepId>() {
        Ok(step) => step_link(&step, &[]),
        Err(_) => START_LINK.to_string(),
    }
}

/// The step text to keep: as given when it is short and slug-like, else its first 4
/// characters (it might be a key pasted into the wrong place).
fn clean_step(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let safe = raw.len() <= MAX_STEP
        && !raw.to_ascii_lowercase().starts_with("sk-")
        && raw.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if safe { Some(raw.to_string()) } else { Some(format!("{}…", raw.chars().take(4).collect::<String>())) }
}

impl Walk {
    /// Reads a walk from query pairs: keeps `step` and the answers to known params
    /// ([`PARAMS`]) whose values are slugs; drops everything else, and repeats.
    pub fn from_query(pairs: impl IntoIterator<Item = (String, String)>) -> Walk {
        let mut walk = Walk::default();
        let mut seen_step = false;
        for (name, value) in pairs {
            if name == "step" {
                if !seen_step {
                    walk.step = clean_step(&value);
                    seen_step = true;
                }
            } else if PARAMS.contains(&name.as_str())
                && is_answer_value(&value)
                && walk.answers.len() < MAX_ANSWERS
                && !walk.answers.iter().any(|(p, _)| *p == name)
            {
                walk.answers.push((name, value));
            }
        }
        walk
    }

    /// Reads a walk from a query string alone (`?tool=…`, or an old link's `?step=…&tool=…`).
    pub fn from_search(search: &str) -> Walk {
        Walk::from_query(parse_query(search))
    }

    /// Reads a walk from a location: its path relative to the site's base (`""`,
    /// `step/<slug>/`, `step/<slug>/index.html`) and its query. `None` for a path that is no
    /// page of the walk. On the start page, an old link's `?step=<slug>` is honoured.
    pub fn from_location(path: &str, search: &str) -> Option<Walk> {
        let path = path.trim_start_matches('/');
        let path = path.strip_suffix("index.html").unwrap_or(path);
        if path.is_empty() {
            return Some(Walk::from_search(search));
        }
        let slug = path.strip_prefix("step/")?;
        let slug = slug.strip_suffix('/').unwrap_or(slug);
        if slug.is_empty() || slug.contains('/') {
            return None;
        }
        let pairs = parse_query(search).into_iter().filter(|(name, _)| name != "step");
        let mut walk = Walk::from_query(pairs);
        walk.step = clean_step(&decode(slug));
        Some(walk)
    }

    /// Reads a walk from an href as [`Walk::href`] writes it (`step/<slug>/?tool=…`).
    pub fn from_href(href: &str) -> Option<Walk> {
        let (path, search) = href.split_once('?').unwrap_or((href, ""));
        Walk::from_location(path, search)
    }

    /// The walk as an href relative to the site's base: `step/<slug>/?<param>=<value>…`, the
    /// answers in the order given; the start page is `""`.
    pub fn href(&self) -> String {
        match &self.step {
            Some(step) => format!("step/{}/{}", encode(step), answers_query(&self.answers)),
            None => START_LINK.to_string(),
        }
    }

    /// The walk after choosing `choice` on `question`: records the answer (replacing an
    /// earlier answer to the same param and dropping every answer given after that one)
    /// and moves to the choice's next step.
    pub fn answer(&self, question: &Question, choice: &Choice) -> Walk {
        let mut answers = self.answers.clone();
        if let Some(pos) = answers.iter().position(|(p, _)| *p == question.param) {
            answers.truncate(pos);
        }
        answers.push((question.param.clone(), choice.value.clone()));
        Walk { step: Some(choice.next.to_string()), answers }
    }

    /// Where following `link` from here leads. A step page's links carry only their own answer
    /// (the page is the same for every walk), so the answers so far ride along: the link's
    /// answers are given after them, an answer to a question already answered replacing that
    /// answer and dropping the ones after it, as answering again does. The start page starts afresh.
    pub fn then(&self, link: &Walk) -> Walk {
        if link.step.is_none() {
            return Walk::default();
        }
        let mut answers = self.answers.clone();
        for (param, value) in &link.answers {
            if let Some(pos) = answers.iter().position(|(p, _)| p == param) {
                answers.truncate(pos);
            }
            if answers.len() < MAX_ANSWERS {
                answers.push((param.clone(), value.clone()));
            }
        }
        Walk { step: link.step.clone(), answers }
    }

    /// The same answers, at another step (e.g. `done`, or a cause's `next`).
    pub fn goto(&self, step: impl Display) -> Walk {
        Walk { step: clean_step(&step.to_string()), answers: self.answers.clone() }
    }

    /// The answers so far, each with its question and a link to change it. Follows the
    /// walk from the tree's start; an answer off that path is matched to the first
    /// question with its param and value; an answer no question knows is left out.
    pub fn trail(&self, tree: &Tree) -> Vec<TrailItem> {
        let mut at = tree.start.clone();
        let mut items = Vec::new();
        for (i, (param, value)) in self.answers.iter().enumerate() {
            let fits = |q: &&Question| q.param == *param && q.answer.iter().any(|a| a.value == *value);
            let on_path = at.as_ref().and_then(|id| tree.question(id)).filter(fits);
            let Some(question) = on_path.or_else(|| tree.question.iter().find(fits)) else {
                continue;
            };
            let Some(choice) = question.answer.iter().find(|a| a.value == *value) else {
                continue;
            };
            items.push(TrailItem {
                question: question.id.clone(),
                question_title: question.title.clone(),
                answer_label: choice.label.clone(),
                change_link: step_link(&question.id, &self.answers[..i]),
            });
            at = Some(choice.next.clone());
        }
        items
    }

    /// What the step shows: the start page, a special page, a node, or "not found".
    pub fn resolve<'a>(&self, tree: &'a Tree) -> Resolved<'a> {
        let Some(raw) = self.step.as_deref() else {
            return Resolved::Start;
        };
        let slug = raw.trim().to_ascii_lowercase();
        match slug.as_str() {
            "" => Resolved::Start,
            DONE => Resolved::Done,
            ALL_CAUSES => Resolved::AllCauses,
            _ => match slug.parse::<StepId>().ok().and_then(|id| tree.node(&id)) {
                Some(node) => Resolved::Node(node),
                None => Resolved::NotFound(raw.to_string()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn links_are_built_in_order_and_encoded() {
        let id: StepId = "where-runs".parse().unwrap();
        assert_eq!(step_link(&id, &pairs(&[("tool", "python")])), "step/where-runs/?tool=python");
        assert_eq!(step_link(&id, &[]), "step/where-runs/");
        let odd = Walk { step: Some("a b".into()), answers: pairs(&[("says", "x&y=z")]) };
        assert_eq!(odd.href(), "step/a%20b/?says=x%26y%3Dz");
        assert_eq!(Walk::default().href(), "");
    }

    #[test]
    fn locations_read_paths_and_old_links() {
        let at = |path: &str, search: &str| Walk::from_location(path, search);
        let walk =
            |step: &str, answers: &[(&str, &str)]| Some(Walk { step: Some(step.into()), answers: pairs(answers) });
        assert_eq!(at("step/key-not-set/", "?tool=python"), walk("key-not-set", &[("tool", "python")]));
        assert_eq!(at("step/key-not-set", ""), walk("key-not-set", &[]));
        assert_eq!(at("step/key-not-set/index.html", ""), walk("key-not-set", &[]));
        assert_eq!(at("/step/done/", "?step=all-causes"), walk("done", &[]), "the path names the step");
        assert_eq!(at("", "?step=key-not-set&tool=go"), walk("key-not-set", &[("tool", "go")]), "old link");
        assert_eq!(at("index.html", ""), Some(Walk::default()));
        assert_eq!(at("step/a/b/", ""), None);
        assert_eq!(at("step//", ""), None);
        assert_eq!(at("privacy-policy/", ""), None);
        let round = Walk { step: Some("where-runs".into()), answers: pairs(&[("tool", "curl")]) };
        assert_eq!(Walk::from_href(&round.href()), Some(round));
    }

    #[test]
    fn junk_and_secrets_are_dropped() {
        let key = format!("sk-ant-api03-{}AA", "x".repeat(93));
        let walk = Walk::from_query(pairs(&[
            ("step", "key-not-set"),
            ("tool", "python"),
            ("key", key.as_str()),
            ("says", key.as_str()),
            ("utm_source", "mail"),
            ("tool", "go"),
            ("runs", "Docker Desktop"),
        ]));
        assert_eq!(walk, Walk { step: Some("key-not-set".into()), answers: pairs(&[("tool", "python")]) });
        let pasted = Walk::from_query(pairs(&[("step", key.as_str())]));
        assert_eq!(pasted.step.as_deref(), Some("sk-a…"));
        assert!(!pasted.href().contains("api03"));
        let in_path = Walk::from_location(&format!("step/{key}/"), "").unwrap();
        assert!(!in_path.href().contains("api03"));
    }

    #[test]
    fn links_carry_the_answers_so_far() {
        let here = Walk { step: Some("which-sdk-version".into()), answers: pairs(&[("tool", "python")]) };
        let link = Walk::from_href("step/what-says/?sdk=py-2").unwrap();
        let there = here.then(&link);
        assert_eq!(there.href(), "step/what-says/?tool=python&sdk=py-2");
        let again = there.then(&Walk::from_href("step/which-sdk-version/?tool=go").unwrap());
        assert_eq!(
            again.href(),
            "step/which-sdk-version/?tool=go",
            "answering an earlier question again drops the later answers"
        );
        assert_eq!(there.then(&Walk::from_href("step/done/").unwrap()).href(), "step/done/?tool=python&sdk=py-2");
        assert_eq!(there.then(&Walk::default()), Walk::default(), "Start over");
    }

    #[test]
    fn goto_keeps_answers() {
        let walk = Walk { step: Some("key-revoked".into()), answers: pairs(&[("tool", "curl")]) };
        let done = walk.goto(DONE);
        assert_eq!(done.href(), "step/done/?tool=curl");
    }
}
