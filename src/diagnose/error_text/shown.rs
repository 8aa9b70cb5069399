//! How the page lists a [`Reading`]: each field it found with its label, in reading order; the
//! sections the page shows below the headline (a key warning first, what was found, the lines
//! that show it, the cause or the way forward), as plain texts and core links; and how much of a
//! long paste the error field shows (all of it is read either way).
//!
//! The page renders the sections as they come, one shape for all: what it shows is decided here.

use super::{Reading, Verdict};
use crate::diagnose::tree::StepId;
use crate::diagnose::walk::{ERROR_MESSAGES, WALK_START, fixed_link, step_link};

/// The most bytes of a paste the error field shows: a text field lays out and wraps all it holds
/// on every change, about 1.2 ms per KB in Chromium on these machines (128 KB took 150 ms, 16 KB
/// 25 ms), and 16 KB is some 150 lines of log, more than anyone reads in a field.
pub const FIELD_LIMIT: usize = 16 * 1024;

/// One line of "What was found": a label and what the paste showed for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownField {
    /// What it is, e.g. "HTTP status".
    pub label: &'static str,
    /// What the paste showed (keys already hidden by the recognizer).
    pub value: String,
    /// Whether the value is a literal from the text (an id, a type, a URL), shown as code.
    pub code: bool,
}

impl Reading {
    /// What was found, labelled, in the order the page lists it; only what the paste showed.
    pub fn fields(&self) -> Vec<ShownField> {
        let text = |label, value: &Option<String>| value.clone().map(|value| ShownField { label, value, code: false });
        let code = |label, value: &Option<String>| value.clone().map(|value| ShownField { label, value, code: true });
        let request_ids = (!self.request_ids.is_empty()).then(|| ShownField {
            label: if self.request_ids.len() == 1 { "Request id" } else { "Request ids" },
            value: self.request_ids.join(", "),
            code: true,
        });
        [
            text("Printed by", &self.source),
            text("SDK version", &self.version),
            text("Other provider", &self.provider),
            code("HTTP status", &self.status.map(|s| s.to_string())),
            code("Error type", &self.error_type),
            code("error_code", &self.error_code),
            text("Message", &self.message),
            request_ids,
            code("Organization id", &self.organization_id),
            code("Model", &self.model),
            code("Base URL (not Anthropic's)", &self.base_url),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// A part of what the page shows of a reading: a titled list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// What it is, as a class name: `key-warning`, `reading-fields`, `evidence-lines`,
    /// `cause-links` or `way-forward`.
    pub class: &'static str,
    /// `alert` for the key warning (read out at once), else none.
    pub role: Option<&'static str>,
    /// Its title.
    pub title: String,
    /// Its items, in order.
    pub items: Vec<Item>,
}

/// One item of a [`Section`]: a text, then a literal shown as code, then a link; any may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Item {
    /// Plain text.
    pub text: String,
    /// A literal from the paste (a line, an id, a key's hint), shown as code.
    pub code: Option<String>,
    /// A link of the core (relative to the site's base) and its text.
    pub link: Option<(String, String)>,
}

impl Item {
    fn text(text: impl Into<String>) -> Item {
        Item { text: text.into(), ..Item::default() }
    }

    fn link(link: String, text: &str) -> Item {
        Item { link: Some((link, text.to_string())), ..Item::default() }
    }
}

impl Reading {
    /// What the page shows below the headline, in order: the warning if the paste holds keys
    /// (each by its hint, with the key checker's findings), the fields found, the lines that show
    /// it, the cause(s) (the step the page is on, `here`, is named rather than linked; on the
    /// start page the first link is "Go to the cause"), or, for a text not recognized, the way
    /// forward. Empty when nothing was pasted.
    pub fn sections(&self, here: Option<&StepId>) -> Vec<Section> {
        let mut sections = Vec::new();
        if let Some(warning) = &self.key_warning {
            let mut items = Vec::new();
            for key in &self.keys {
                let times = if key.count > 1 { format!(", {} times", key.count) } else { String::new() };
                items.push(Item {
                    text: format!("{}{times}: ", key.family),
                    code: Some(key.shown_as.clone()),
                    link: None,
                });
                items.extend(key.findings.iter().map(|f| Item::text(f.replace('`', ""))));
                items.extend(key.step.iter().map(|step| Item::link(step_link(step, &[]), "What it means")));
            }
            if self.more_keys > 0 {
                items.push(Item::text(format!("{} more, hidden as well.", self.more_keys)));
            }
            items.push(Item::text(warning.clone()));
            let title = "Your paste holds a key: treat it as exposed".to_string();
            sections.push(Section { class: "key-warning", role: Some("alert"), title, items });
        }
        let fields: Vec<Item> = self
            .fields()
            .into_iter()
            .map(|f| match f.code {
                true => Item { text: format!("{}: ", f.label), code: Some(f.value), link: None },
                false => Item::text(format!("{}: {}", f.label, f.value)),
            })
            .collect();
        if !fields.is_empty() {
            sections.push(Section {
                class: "reading-fields",
                role: None,
                title: "What was found".into(),
                items: fields,
            });
        }
        if !self.evidence.is_empty() {
            let items = self
                .evidence
                .iter()
                .map(|e| Item {
                    text: format!("Line {}, {}: ", e.line, e.shows),
                    code: Some(e.text.clone()),
                    link: None,
                })
                .collect();
            sections.push(Section {
                class: "evidence-lines",
                role: None,
                title: "The lines that show it".into(),
                items,
            });
        }
        if !self.steps.is_empty() {
            let mut items: Vec<Item> = self
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| match (here == Some(step), i) {
                    (true, 0) => Item::text("The most likely cause is this page."),
                    (true, _) => Item::text("The other possible cause is this page."),
                    (false, 0) => Item::link(step_link(step, &[]), "Go to the cause"),
                    (false, _) => Item::link(step_link(step, &[]), "Go to the other possible cause"),
                })
                .collect();
            items.extend(self.tells_apart.iter().map(|t| Item::text(format!("What tells them apart: {t}"))));
            let title =
                if self.steps.len() == 1 { "The cause it points to" } else { "Two causes fit, most likely first" };
            sections.push(Section { class: "cause-links", role: None, title: title.into(), items });
        }
        if self.verdict == Verdict::Unknown && !self.is_empty() {
            let items = vec![
                Item::text(
                    "Key Doctor does not know this text, so it names no cause. A few questions find it instead.",
                ),
                Item::link(fixed_link(WALK_START), "Walk me through it"),
                Item::link(fixed_link(ERROR_MESSAGES), "the list of messages"),
            ];
            sections.push(Section { class: "way-forward", role: None, title: "The way forward".into(), items });
        }
        sections
    }
}

/// The start of `text` that the error field shows: at most [`FIELD_LIMIT`] bytes, cut at a
/// character boundary; all of it when it is shorter.
pub fn field_part(text: &str) -> &str {
    if text.len() <= FIELD_LIMIT {
        return text;
    }
    let mut end = FIELD_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// For a paste longer than the field shows, what the page says about it, e.g. "2.1 MB pasted:
/// the field shows the first 16 KB; all of it was read."; `None` when the field shows it all.
pub fn long_paste_note(text: &str) -> Option<String> {
    (text.len() > FIELD_LIMIT).then(|| {
        format!("{} pasted: the field shows the first {}; all of it was read.", size(text.len()), size(FIELD_LIMIT))
    })
}

/// A size in KB (whole) or MB (one decimal), 1024-based, without floating point.
fn size(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes < MB {
        return format!("{} KB", bytes.div_ceil(1024));
    }
    let tenths = (bytes * 10 + MB / 2) / MB;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::error_text::recognize;

    #[test]
    fn fields_are_labelled_in_reading_order_and_only_when_shown() {
        let reading = Reading::of(&recognize(
            "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011CYhr1kdGzCrPHfrhibMen'}",
        ));
        let shown = reading.fields();
        let fields: Vec<(&str, &str)> = shown.iter().map(|f| (f.label, f.value.as_str())).collect();
        let labels: Vec<&str> = fields.iter().map(|(label, _)| *label).collect();
        assert!(fields.contains(&("HTTP status", "401")), "{fields:?}");
        assert!(fields.contains(&("Error type", "authentication_error")), "{fields:?}");
        assert!(fields.contains(&("Request id", "req_011CYhr1kdGzCrPHfrhibMen")), "{fields:?}");
        let at = |label| labels.iter().position(|l| *l == label);
        assert!(at("HTTP status") < at("Error type") && at("Error type") < at("Request id"), "{labels:?}");
        assert!(!labels.contains(&"Model") && !labels.contains(&"Base URL (not Anthropic's)"));
        assert!(Reading::default().fields().is_empty());
        let two = Reading { request_ids: vec!["req_1".into(), "req_2".into()], ..Reading::default() };
        assert_eq!(two.fields()[0].label, "Request ids");
        assert_eq!(two.fields()[0].value, "req_1, req_2");
    }

    #[test]
    fn a_long_paste_shows_its_start_and_says_so() {
        let short = "x".repeat(FIELD_LIMIT);
        assert_eq!(field_part(&short), short);
        assert_eq!(long_paste_note(&short), None);
        // A character across the limit is left out whole.
        let long = format!("{}é{}", "x".repeat(FIELD_LIMIT - 1), "y".repeat(2 * 1024 * 1024));
        assert_eq!(field_part(&long).len(), FIELD_LIMIT - 1);
        assert_eq!(
            long_paste_note(&long).as_deref(),
            Some("2.0 MB pasted: the field shows the first 16 KB; all of it was read.")
        );
        assert_eq!(size(2_200_000), "2.1 MB");
        assert_eq!(size(200 * 1024 + 1), "201 KB");
    }

    #[test]
    fn sections_put_a_key_first_and_name_the_page_they_are_on() {
        let key = format!("sk-ant-api03-{}AA", &"R2Dx7Qk9-_Zp".repeat(8)[..86]);
        let paste = format!(
            "export ANTHROPIC_API_KEY={key}\nanthropic.AuthenticationError: Error code: 401 - {{'type': 'error', 'error': {{'type': 'authentication_error', 'message': 'invalid x-api-key'}}}}"
        );
        let reading = Reading::of(&recognize(&paste));
        let sections = reading.sections(None);
        let classes: Vec<&str> = sections.iter().map(|s| s.class).collect();
        assert_eq!(classes, ["key-warning", "reading-fields", "evidence-lines", "cause-links"]);
        assert_eq!(sections[0].role, Some("alert"));
        assert_eq!(sections[0].items[0].code.as_deref(), Some("sk-ant-api03-R2D...R2AA"));
        let all = format!("{sections:?}");
        assert!(!all.contains(&key[16..key.len() - 4]), "the key never shows");
        let cause = &sections[3].items[0];
        assert_eq!(
            cause.link.as_ref().map(|(l, t)| (l.as_str(), t.as_str())),
            Some(("step/key-listed/", "Go to the cause"))
        );
        let on_it = reading.sections(Some(&reading.steps[0]));
        assert_eq!(on_it[3].items[0].link, None);
        assert!(on_it[3].items[0].text.contains("this page"));
        let unknown = Reading::of(&recognize("Segmentation fault (core dumped)")).sections(None);
        assert_eq!(unknown.last().map(|s| s.class), Some("way-forward"));
        assert!(Reading::default().sections(None).is_empty());
    }
}
