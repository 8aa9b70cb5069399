//! The report's section for "Which credential actually wins": the ticks, what goes out, and
//! every warning, error, conflict and note with its step.

use super::ReportInput;
use super::document::{Line, Section, Span};
use super::links::credentials_url;
use super::sections::step_link;
use crate::diagnose::credentials::{Input, Request};

/// The section, when the user used the reasoner.
pub(super) fn section(input: &ReportInput) -> Option<Section> {
    let setup = input.credentials.as_ref()?;
    let r = setup.resolve()?;
    let text = |s: String| Span::Text(s);
    let ticked: Vec<&str> = setup.inputs.iter().map(|i| i.label()).collect();
    let ticked = if ticked.is_empty() { "nothing".to_string() } else { ticked.join(", ") };
    let likely = if r.likely { " (likely: the facts give this order as approximate)" } else { "" };
    let mut lines =
        vec![Line::one("Tool", text(format!("{}{likely}", r.generation.label()))), Line::one("Set", text(ticked))];
    match &r.request {
        Some(request) => lines.extend(request_lines(request)),
        None => lines.push(Line::one("Sends", text("nothing: it raises an error instead".into()))),
    }
    let said = r.warnings.iter().map(|w| ("Warning", w)).chain(r.errors.iter().map(|e| ("Error", e)));
    for (label, said) in said {
        let when = said.when.map(|w| format!(" ({w})")).unwrap_or_default();
        let likely = if said.likely { " (likely)" } else { "" };
        lines.push(Line::field(
            label,
            vec![Span::Code(said.line()), text(format!("{when}{likely} → ")), step_link(input, &said.cause)],
        ));
    }
    for conflict in &r.conflicts {
        let likely = if conflict.likely { " (likely)" } else { "" };
        let words = format!("{}: {}{likely} → ", conflict.input.label(), conflict.text);
        lines.push(Line::field("Conflict", vec![text(words), step_link(input, &conflict.cause)]));
    }
    for note in &r.notes {
        lines.push(Line::field("Note", vec![text(format!("{} → ", note.text)), step_link(input, &note.cause)]));
    }
    if !r.unused.is_empty() {
        let unused: Vec<&str> = r.unused.iter().copied().map(Input::label).collect();
        lines.push(Line::one("Not read by this tool", text(unused.join(", "))));
    }
    let url = credentials_url(&input.base_url, setup);
    lines.push(Line::one("Open with these ticks", Span::Link { text: "which credential wins".into(), url }));
    Some(Section { title: "Which credential actually wins".into(), lines })
}

fn request_lines(request: &Request) -> Vec<Line> {
    let sent: Vec<String> =
        request.sent.iter().map(|s| format!("{} as {}", s.credential.label(), s.header.label())).collect();
    let mut lines = vec![Line::one("Sends", Span::Text(sent.join("; and ")))];
    let version = request.version.unwrap_or("chosen by the cloud platform's client");
    lines.push(Line::one("anthropic-version", Span::Code(version.into())));
    if let Some(beta) = request.beta {
        lines.push(Line::one("anthropic-beta", Span::Code(beta.into())));
    }
    lines.push(Line::one("To", Span::Text(request.host.label().into())));
    lines
}
