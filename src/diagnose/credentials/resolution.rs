//! What the reasoner answers: the request the tool would make, what it would log or raise,
//! and what is set but not used, each linked to the tree step that explains it.

use super::generation::Generation;
use super::input::Input;
use super::wire::{Credential, Header, Host};
use crate::diagnose::tree::StepId;

/// One credential in one header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sent {
    /// Which credential.
    pub credential: Credential,
    /// In which header.
    pub header: Header,
}

/// The request the tool would make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// Every credential sent, the deciding one first (old generations send a key and a token
    /// together).
    pub sent: Vec<Sent>,
    /// The `anthropic-beta` value that goes with it, if any (`oauth-2025-04-20` on the profile,
    /// federation and credentials-provider paths).
    pub beta: Option<&'static str>,
    /// The `anthropic-version` header; `None` when a cloud platform's client decides.
    pub version: Option<&'static str>,
    /// Where it goes.
    pub host: Host,
}

/// A text the tool logs (warning) or raises (error), exactly as it prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// The exception class or logger, where known (`TypeError`, `ValueError`, …).
    pub class: Option<&'static str>,
    /// The text, exactly as the facts quote it (with `…` where they shorten a path).
    pub text: String,
    /// When it appears, where that matters ("at the first request", "in -p runs").
    pub when: Option<&'static str>,
    /// The tree step that explains it.
    pub cause: StepId,
    /// True when the facts give this text or its trigger as approximate: say "likely".
    pub likely: bool,
}

impl Said {
    /// The line as the user sees it: `TypeError: "Could not resolve …"`.
    pub fn line(&self) -> String {
        match self.class {
            Some(class) => format!("{class}: {}", self.text),
            None => self.text.clone(),
        }
    }
}

/// Something that is set but not used, or used in a way the user may not expect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The ticked input it is about.
    pub input: Input,
    /// What happens to it, in one or two plain sentences.
    pub text: String,
    /// The tree step that explains it.
    pub cause: StepId,
    /// True when this rests on approximate facts: say "likely".
    pub likely: bool,
}

/// Something worth knowing about the winning credential: what would go wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// One or two plain sentences.
    pub text: String,
    /// The tree step that explains it.
    pub cause: StepId,
}

/// The reasoner's whole answer for one tool generation and one set of ticks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// The generation reasoned about.
    pub generation: Generation,
    /// What goes out; `None` when the tool raises an error instead of sending.
    pub request: Option<Request>,
    /// What the tool logs.
    pub warnings: Vec<Said>,
    /// What the tool raises instead of sending.
    pub errors: Vec<Said>,
    /// What is set but not used (or overridden).
    pub conflicts: Vec<Conflict>,
    /// What to watch for with the winning credential.
    pub notes: Vec<Note>,
    /// Ticked inputs this tool never reads (e.g. `apiKeyHelper` for Python).
    pub unused: Vec<Input>,
    /// True when the answer as a whole rests on approximate facts (Claude Code's precedence,
    /// cloud clients): say "likely".
    pub likely: bool,
}

impl Resolution {
    /// An empty answer for `generation`.
    pub(super) fn new(generation: Generation) -> Resolution {
        Resolution {
            generation,
            request: None,
            warnings: Vec::new(),
            errors: Vec::new(),
            conflicts: Vec::new(),
            notes: Vec::new(),
            unused: Vec::new(),
            likely: false,
        }
    }

    /// Every step id this answer links to, in order, without repeats.
    pub fn causes(&self) -> Vec<&StepId> {
        let all = self.warnings.iter().chain(&self.errors).map(|s| &s.cause);
        let all = all.chain(self.conflicts.iter().map(|c| &c.cause)).chain(self.notes.iter().map(|n| &n.cause));
        let mut seen: Vec<&StepId> = Vec::new();
        for id in all {
            if !seen.contains(&id) {
                seen.push(id);
            }
        }
        seen
    }

    pub(super) fn warn(&mut self, class: Option<&'static str>, text: impl Into<String>, cause: &str) -> &mut Said {
        self.warnings.push(said(class, text.into(), cause));
        self.warnings.last_mut().expect("just pushed")
    }

    pub(super) fn fail(&mut self, class: Option<&'static str>, text: impl Into<String>, cause: &str) -> &mut Said {
        self.errors.push(said(class, text.into(), cause));
        self.errors.last_mut().expect("just pushed")
    }

    pub(super) fn conflict(&mut self, input: Input, text: impl Into<String>, cause: &str) -> &mut Conflict {
        self.conflicts.push(Conflict { input, text: text.into(), cause: step(cause), likely: false });
        self.conflicts.last_mut().expect("just pushed")
    }

    pub(super) fn note(&mut self, text: impl Into<String>, cause: &str) {
        self.notes.push(Note { text: text.into(), cause: step(cause) });
    }
}

fn said(class: Option<&'static str>, text: String, cause: &str) -> Said {
    Said { class, text, when: None, cause: step(cause), likely: false }
}

/// A cause id named in this module's code. `tests/credentials_table.rs` proves each one is a
/// step of the tree or a reserved id; a typo falls back to the list of every cause.
fn step(slug: &str) -> StepId {
    slug.parse().unwrap_or_else(|_| StepId::all_causes())
}
