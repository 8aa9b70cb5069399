//! The report's sections, in order, from a [`ReportInput`]. Every text the page hands over
//! goes through [`one_line`] (redacted, one bounded line); the core's own words do not.

use super::document::{Document, Line, Section, Span};
use super::links::{safe_step, share_link, step_url};
use super::redact::one_line;
use super::{LEFT_OUT, LiveCheck, ReportInput};
use crate::diagnose::credentials::Generation;
use crate::diagnose::key::KeyReport;
use crate::diagnose::outcome::{ApiError, Verdict};
use crate::diagnose::route;
use crate::diagnose::tree::StepId;
use crate::diagnose::walk::Walk;

/// The whole report as a document.
pub(super) fn document(input: &ReportInput) -> Document {
    let mut sections = vec![about(input)];
    sections.extend(key(input));
    sections.extend(input.live.iter().map(|check| live(input, check)));
    sections.extend(error(input));
    sections.extend(sdk(input));
    sections.extend(super::reasoner::section(input));
    sections.push(path(input));
    Document { title: "Key Doctor report", sections, closing: LEFT_OUT }
}

fn text(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}

fn code(s: &str) -> Span {
    Span::Code(one_line(s))
}

/// A link to a step, carrying the walk's answers.
pub(super) fn step_link(input: &ReportInput, step: &StepId) -> Span {
    Span::Link { text: format!("step {step}"), url: step_url(&input.base_url, step, &input.walk.answers) }
}

fn or_none(value: Option<&str>) -> Span {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(value) => code(value),
        None => text("none"),
    }
}

fn about(input: &ReportInput) -> Section {
    let hash = input.git_hash.trim();
    let hash = if (7..=40).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        hash
    } else {
        "unknown build"
    };
    let given = |value: &str| if value.trim().is_empty() { text("not given") } else { text(one_line(value)) };
    Section {
        title: "About this report".into(),
        lines: vec![
            Line::field("Time (UTC)", vec![given(&input.utc_time)]),
            Line::field("Key Doctor", vec![given(&input.version), text(" ("), text(hash), text(")")]),
            Line::one("Browser", given(&input.user_agent)),
        ],
    }
}

fn key(input: &ReportInput) -> Option<Section> {
    let report = input.key.as_ref()?;
    let mut lines = vec![
        Line::one("Kind", text(report.family.name())),
        Line::one("Hint", or_none(report.hint.as_deref())),
        Line::one("Length", text(length(report))),
        Line::one("Verdict", text(one_line(&report.headline))),
    ];
    if let Some(step) = route::for_family(report.family) {
        lines.push(Line::one("About this kind of credential", step_link(input, &step)));
    }
    let count = if report.findings.is_empty() { "none".to_string() } else { report.findings.len().to_string() };
    lines.push(Line::one("Findings", text(count)));
    for finding in &report.findings {
        let mut spans =
            vec![text(format!("{} ({}): {}", finding.severity.label(), finding.kind.id(), one_line(&finding.message)))];
        if let Some(step) = route::for_finding(finding) {
            spans.extend([text(" → "), step_link(input, &step)]);
        }
        lines.push(Line::item(1, spans));
    }
    Some(Section { title: "Key (checked in the browser; the key is not in this report)".into(), lines })
}

/// The verdict's headline, led by its family ("Rejected: …") unless it already is.
fn headline(verdict: &Verdict) -> String {
    let headline = one_line(&verdict.headline);
    let label = verdict.kind.label();
    if headline.starts_with(label) { headline } else { format!("{label}: {headline}") }
}

/// The pasted length, and the key's own length when cleaning changed it (only the cleaned
/// key's length is read, never its text).
fn length(report: &KeyReport) -> String {
    match report.cleaned.as_deref().map(|key| key.chars().count()) {
        Some(key) if key != report.chars => format!("{} characters as pasted, {key} once cleaned", report.chars),
        _ => format!("{} characters", report.chars),
    }
}

fn live(input: &ReportInput, check: &LiveCheck) -> Section {
    let verdict = &check.verdict;
    let error = verdict.api_error.as_ref();
    let status = verdict.status.map_or_else(|| text("no answer"), |s| text(s.to_string()));
    let mut lines = vec![
        Line::one("Verdict", text(headline(verdict))),
        Line::one("Status", status),
        Line::one("Error type", or_none(error.and_then(|e| e.kind.as_deref()))),
        Line::one("error_code", or_none(error.and_then(ApiError::error_code))),
        Line::one("Message", or_none(error.and_then(|e| e.message.as_deref()))),
        Line::one("Request id", or_none(verdict.request_id.as_deref())),
        Line::one("Organization id", or_none(verdict.organization_id.as_deref())),
    ];
    if let Some(step) = route::for_outcome(verdict.cause) {
        lines.push(Line::one("Next step", step_link(input, &step)));
    }
    let title = match check.style {
        Some(style) => {
            lines.insert(0, Line::one("Sent as", text(style.label())));
            format!("Live test ({}, {})", style.slug(), style.version())
        }
        None => "Live test".into(),
    };
    Section { title, lines }
}

fn error(input: &ReportInput) -> Option<Section> {
    let reading = input.error.as_ref().filter(|r| !r.is_empty())?;
    let status = reading.status.map_or_else(|| text("none"), |s| text(s.to_string()));
    let ids: Vec<String> = reading.request_ids.iter().map(|id| one_line(id)).filter(|id| !id.is_empty()).collect();
    let mut lines = Vec::new();
    if !reading.headline.trim().is_empty() {
        lines.push(Line::one("Recognized as", text(one_line(&reading.headline))));
    }
    lines.push(Line::one("Printed by", text(one_line(reading.source.as_deref().unwrap_or("not recognized")))));
    if let Some(range) = &reading.version {
        lines.push(Line::one("SDK version", text(one_line(range))));
    }
    lines.extend([
        Line::one("Status", status),
        Line::one("Error type", or_none(reading.error_type.as_deref())),
        Line::one("error_code", or_none(reading.error_code.as_deref())),
        Line::one("Message", or_none(reading.message.as_deref())),
        Line::one("Request ids", if ids.is_empty() { text("none") } else { Span::Code(ids.join(", ")) }),
    ]);
    if let Some(org) = &reading.organization_id {
        lines.push(Line::one("Organization id", code(org)));
    }
    // Each credential by what stands for it (its Console-style hint, else its prefix).
    let mut keys: Vec<String> =
        reading.keys.iter().map(|key| one_line(&format!("{} ({})", key.family, key.shown_as))).collect();
    if reading.more_keys > 0 {
        keys.push(format!("{} more", reading.more_keys));
    }
    if !keys.is_empty() {
        let words = format!("{} (treat as exposed: replace, then disable the old one)", keys.join(", "));
        lines.push(Line::one("Credentials in the paste", text(words)));
    }
    for (i, cause) in reading.steps.iter().enumerate() {
        let label = if i == 0 { "Likely cause" } else { "Or" };
        lines.push(Line::one(label, step_link(input, cause)));
    }
    Some(Section { title: "Error message (recognized; the paste itself is not in this report)".into(), lines })
}

fn sdk(input: &ReportInput) -> Option<Section> {
    let answered = || {
        let value = input.walk.answers.iter().find(|(param, _)| param == "sdk").map(|(_, value)| value.as_str())?;
        Some(Generation::for_sdk_answer(value)).filter(|list| !list.is_empty())
    };
    let generations: Vec<Generation> = match input.sdk {
        Some(generation) => vec![generation],
        None => answered()?.to_vec(),
    };
    let lines = generations
        .iter()
        .map(|g| {
            let header = if g.sends_bearer_keys() { "Authorization: Bearer" } else { "x-api-key" };
            Line::item(
                0,
                vec![text(format!(
                    "{}: sends an API key as {header}, anthropic-version {}",
                    g.label(),
                    g.api_version()
                ))],
            )
        })
        .collect();
    Some(Section { title: "SDK generation".into(), lines })
}

fn path(input: &ReportInput) -> Section {
    let mut lines: Vec<Line> = input
        .trail
        .iter()
        .map(|item| {
            let before = Walk::from_href(&item.change_link).map(|w| w.answers).unwrap_or_default();
            let url = step_url(&input.base_url, &item.question, &before);
            let words = format!("{} → {}: ", one_line(&item.question_title), one_line(&item.answer_label));
            Line::item(0, vec![text(words), Span::Link { text: format!("step {}", item.question), url }])
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::item(0, vec![text("No questions answered.")]));
    }
    let current = input.walk.step.as_deref().and_then(safe_step);
    if let Some(step) = current {
        let title = input.step_title.as_deref().map(one_line).unwrap_or_else(|| step.to_string());
        lines.push(Line::field("Now at", vec![text(format!("{title} ")), step_link(input, &step)]));
    }
    let share = share_link(&input.base_url, &input.walk, input.credentials.as_ref());
    lines.push(Line::one("Share this step", Span::Link { text: "link".into(), url: share }));
    Section { title: "Path through the tree".into(), lines }
}
