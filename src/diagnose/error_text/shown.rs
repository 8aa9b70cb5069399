//! How the page lists a [`Reading`]: each field it found with its label, in reading order; and
//! how much of a long paste the error field shows (all of it is read either way).

use super::Reading;

/// The most bytes of a paste the error field shows: a text field holding megabytes makes the
/// browser lay out and wrap all of it on every change, and no one reads that much in a field.
pub const FIELD_LIMIT: usize = 128 * 1024;

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
/// the field shows the first 128 KB; all of it was read."; `None` when the field shows it all.
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
            Some("2.1 MB pasted: the field shows the first 128 KB; all of it was read.")
        );
        assert_eq!(size(2_200_000), "2.1 MB");
        assert_eq!(size(200 * 1024 + 1), "201 KB");
    }
}
