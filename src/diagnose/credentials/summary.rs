//! What the reasoner's answer says, as labelled lines of plain text and step ids: a [`Summary`].
//!
//! The resolver (its precedence rules and the texts each tool prints) lives in the tool pages'
//! module (`src/bin/tools.rs`), not in the app's wasm that every page loads. The module hands
//! the app a `Summary` of each answer as JSON, and the report prints it; the app needs nothing
//! of the resolver to do so. Natively, `Summary::of(&setup)` gives the same value.

use super::input::Input;
use super::resolution::Request;
use super::setup::Setup;
use crate::diagnose::json::Json;
use crate::diagnose::tree::StepId;

/// What a line of the answer is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Tool,
    Set,
    Sends,
    Version,
    Beta,
    To,
    Warning,
    Error,
    Conflict,
    Note,
    Unused,
}

impl Field {
    const ALL: [Field; 11] = [
        Field::Tool,
        Field::Set,
        Field::Sends,
        Field::Version,
        Field::Beta,
        Field::To,
        Field::Warning,
        Field::Error,
        Field::Conflict,
        Field::Note,
        Field::Unused,
    ];

    /// Its label in the report.
    pub fn label(self) -> &'static str {
        match self {
            Field::Tool => "Tool",
            Field::Set => "Set",
            Field::Sends => "Sends",
            Field::Version => "anthropic-version",
            Field::Beta => "anthropic-beta",
            Field::To => "To",
            Field::Warning => "Warning",
            Field::Error => "Error",
            Field::Conflict => "Conflict",
            Field::Note => "Note",
            Field::Unused => "Not read by this tool",
        }
    }

    /// Its name on the trip from the tool pages' module to the app: stable, whatever the
    /// report calls it.
    fn id(self) -> &'static str {
        match self {
            Field::Tool => "tool",
            Field::Set => "set",
            Field::Sends => "sends",
            Field::Version => "version",
            Field::Beta => "beta",
            Field::To => "to",
            Field::Warning => "warning",
            Field::Error => "error",
            Field::Conflict => "conflict",
            Field::Note => "note",
            Field::Unused => "unused",
        }
    }

    fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// One line of the answer: a verbatim part (a message as the tool prints it, a header value),
/// words, and the step that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryLine {
    pub field: Field,
    pub code: Option<String>,
    pub text: String,
    pub step: Option<StepId>,
}

/// The reasoner's answer for a setup, line by line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub lines: Vec<SummaryLine>,
}

impl Summary {
    /// The answer for `setup`; `None` until a tool is picked.
    pub fn of(setup: &Setup) -> Option<Summary> {
        let r = setup.resolve()?;
        let mut lines = Vec::new();
        let mut add = |field, code: Option<String>, text: String, step: Option<StepId>| {
            lines.push(SummaryLine { field, code, text, step });
        };
        let likely = if r.likely { " (likely: the facts give this order as approximate)" } else { "" };
        add(Field::Tool, None, format!("{}{likely}", r.generation.label()), None);
        let ticked: Vec<&str> = setup.inputs.iter().map(|i| i.label()).collect();
        add(Field::Set, None, if ticked.is_empty() { "nothing".into() } else { ticked.join(", ") }, None);
        match &r.request {
            Some(request) => request_lines(request, &mut add),
            None => add(Field::Sends, None, "nothing: it raises an error instead".into(), None),
        }
        let said = r.warnings.iter().map(|w| (Field::Warning, w)).chain(r.errors.iter().map(|e| (Field::Error, e)));
        for (field, said) in said {
            let when = said.when.map(|w| format!(" ({w})")).unwrap_or_default();
            let likely = if said.likely { " (likely)" } else { "" };
            add(field, Some(said.line()), format!("{when}{likely}"), Some(said.cause.clone()));
        }
        for conflict in &r.conflicts {
            let likely = if conflict.likely { " (likely)" } else { "" };
            let words = format!("{}: {}{likely}", conflict.input.label(), conflict.text);
            add(Field::Conflict, None, words, Some(conflict.cause.clone()));
        }
        for note in &r.notes {
            add(Field::Note, None, note.text.clone(), Some(note.cause.clone()));
        }
        if !r.unused.is_empty() {
            let unused: Vec<&str> = r.unused.iter().copied().map(Input::label).collect();
            add(Field::Unused, None, unused.join(", "), None);
        }
        Some(Summary { lines })
    }

    /// As JSON, for the trip from the tool pages' module to the app.
    pub fn to_json(&self) -> String {
        let text = |t: Option<&str>| t.map_or(Json::Null, |t| Json::String(t.to_string()));
        let lines = self
            .lines
            .iter()
            .map(|l| {
                Json::Object(vec![
                    ("field".into(), text(Some(l.field.id()))),
                    ("code".into(), text(l.code.as_deref())),
                    ("text".into(), text(Some(&l.text))),
                    ("step".into(), text(l.step.as_ref().map(StepId::as_str))),
                ])
            })
            .collect();
        Json::Object(vec![("lines".into(), Json::Array(lines))]).to_text()
    }

    /// Reads what [`Summary::to_json`] wrote; `None` for anything else.
    pub fn from_json(text: &str) -> Option<Summary> {
        let json = Json::parse(text)?;
        let lines = json
            .get("lines")?
            .items()
            .iter()
            .map(|l| {
                Some(SummaryLine {
                    field: Field::from_id(&l.str_of("field")?)?,
                    code: l.str_of("code"),
                    text: l.str_of("text").unwrap_or_default(),
                    step: l.str_of("step").and_then(|s| s.parse().ok()),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Summary { lines })
    }
}

fn request_lines(request: &Request, add: &mut impl FnMut(Field, Option<String>, String, Option<StepId>)) {
    let sent: Vec<String> =
        request.sent.iter().map(|s| format!("{} as {}", s.credential.label(), s.header.label())).collect();
    add(Field::Sends, None, sent.join("; and "), None);
    let version = request.version.unwrap_or("chosen by the cloud platform's client");
    add(Field::Version, Some(version.into()), String::new(), None);
    if let Some(beta) = request.beta {
        add(Field::Beta, Some(beta.into()), String::new(), None);
    }
    add(Field::To, None, request.host.label().into(), None);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::credentials::{Generation, Input};

    #[test]
    fn every_answer_goes_through_json_unchanged() {
        for generation in Generation::ALL {
            for inputs in [&[][..], &[Input::Key, Input::Token], &[Input::Key, Input::Dotenv, Input::DotenvLoaded]] {
                let setup = Setup::new(generation, inputs.iter().copied());
                let summary = Summary::of(&setup).expect("a picked tool has an answer");
                assert_eq!(Summary::from_json(&summary.to_json()), Some(summary.clone()), "{setup:?}");
                assert_eq!(summary.lines[0].field, Field::Tool);
            }
        }
        assert_eq!(Summary::of(&Setup::default()), None);
        assert_eq!(Summary::from_json("{\"lines\":[{\"field\":\"Nope\"}]}"), None);
        // Fields go by their ids, not the report's labels.
        assert_eq!(Summary::from_json("{\"lines\":[{\"field\":\"Sends\"}]}"), None);
        assert!(Summary::from_json("{\"lines\":[{\"field\":\"sends\",\"text\":\"x\"}]}").is_some());
        assert_eq!(Summary::from_json("not json"), None);
    }

    #[test]
    fn a_key_and_a_token_for_python_2_name_the_conflict_and_its_step() {
        let summary = Summary::of(&Setup::new(Generation::Python2, [Input::Key, Input::Token])).unwrap();
        assert!(summary.lines.iter().any(|l| l.field == Field::Sends && l.text.contains("Bearer")), "{summary:?}");
        assert!(
            summary
                .lines
                .iter()
                .any(|l| matches!(l.field, Field::Conflict | Field::Error | Field::Warning) && l.step.is_some()),
            "{summary:?}"
        );
    }
}
