//! The report's section for "Which credential actually wins": the reasoner's answer as the tool
//! pages' module summed it up (what goes out, every warning, error, conflict and note with its
//! step), and the link that opens the reasoner with the same ticks.

use super::ReportInput;
use super::document::{Line, Section, Span};
use super::links::credentials_url;
use super::sections::step_link;

/// The section, when the user used the reasoner.
pub(super) fn section(input: &ReportInput) -> Option<Section> {
    let setup = input.credentials.as_ref()?;
    setup.generation?;
    let mut lines = Vec::new();
    for line in input.credentials_answer.iter().flat_map(|a| &a.lines) {
        let mut spans = Vec::new();
        if let Some(code) = &line.code {
            spans.push(Span::Code(code.clone()));
        }
        let arrow = if line.step.is_some() { " → " } else { "" };
        let words = format!("{}{arrow}", line.text);
        if !words.is_empty() {
            spans.push(Span::Text(words));
        }
        if let Some(step) = &line.step {
            spans.push(step_link(input, step));
        }
        lines.push(Line::field(line.field.label(), spans));
    }
    let url = credentials_url(&input.base_url, setup);
    lines.push(Line::one("Open with these ticks", Span::Link { text: "which credential wins".into(), url }));
    Some(Section { title: "Which credential actually wins".into(), lines })
}
