//! The tree's prose marks code with backticks, as in `load_dotenv()`; this splits it into
//! plain and code spans for the page to render.

/// A run of prose: plain text, or text that was between backticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span<'a> {
    /// True for text that was between backticks.
    pub code: bool,
    /// The text, without the backticks.
    pub text: &'a str,
}

/// Splits `text` at backticks. An unpaired backtick is kept as plain text; empty spans are dropped.
pub fn code_spans(text: &str) -> Vec<Span<'_>> {
    let mut spans = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else { break };
        spans.push(Span { code: false, text: &rest[..open] });
        spans.push(Span { code: true, text: &rest[open + 1..open + 1 + len] });
        rest = &rest[open + 2 + len..];
    }
    spans.push(Span { code: false, text: rest });
    spans.retain(|span| !span.text.is_empty());
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> String {
        code_spans(text).iter().map(|s| if s.code { format!("<{}>", s.text) } else { s.text.to_string() }).collect()
    }

    #[test]
    fn backticks_mark_code() {
        assert_eq!(render("Call `load_dotenv(override=True)` first."), "Call <load_dotenv(override=True)> first.");
        assert_eq!(render("`a` and `b`"), "<a> and <b>");
        assert_eq!(render("no code"), "no code");
        assert_eq!(render(""), "");
    }

    #[test]
    fn an_unpaired_backtick_stays_text() {
        assert_eq!(render("one ` tick"), "one ` tick");
        assert_eq!(render("`a` then `"), "<a> then `");
    }
}
