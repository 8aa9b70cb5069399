//! A report as a format-free document (sections of labelled lines made of text, code and
//! links), rendered once as Markdown and once as plain text.

/// A piece of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Span {
    /// Plain words (escaped in Markdown).
    Text(String),
    /// Verbatim text: a message, an id, a hint.
    Code(String),
    /// A link.
    Link { text: String, url: String },
}

/// One bullet: an optional label, then spans; `depth` nests it under the one before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Line {
    pub depth: usize,
    pub label: Option<&'static str>,
    pub spans: Vec<Span>,
}

impl Line {
    /// `label: span`, the usual field of one span.
    pub fn one(label: &'static str, span: Span) -> Line {
        Line { depth: 0, label: Some(label), spans: vec![span] }
    }

    /// `label: spans`.
    pub fn field(label: &'static str, spans: Vec<Span>) -> Line {
        Line { depth: 0, label: Some(label), spans }
    }

    /// An unlabelled bullet at `depth`.
    pub fn item(depth: usize, spans: Vec<Span>) -> Line {
        Line { depth, label: None, spans }
    }
}

/// A titled group of lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Section {
    pub title: String,
    pub lines: Vec<Line>,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Document {
    pub title: &'static str,
    pub sections: Vec<Section>,
    /// The last line: what the report leaves out on purpose.
    pub closing: &'static str,
}

impl Document {
    /// GitHub-flavoured Markdown.
    pub fn markdown(&self) -> String {
        let mut out = format!("# {}\n", self.title);
        for section in &self.sections {
            out.push_str(&format!("\n## {}\n\n", escape(&section.title)));
            for line in &section.lines {
                out.push_str(&"  ".repeat(line.depth));
                out.push_str("- ");
                if let Some(label) = line.label {
                    out.push_str(&format!("**{}:** ", escape(label)));
                }
                for span in &line.spans {
                    out.push_str(&match span {
                        Span::Text(text) => escape(text),
                        Span::Code(code) => code_span(code),
                        Span::Link { text, url } => format!("[{}]({url})", escape(text)),
                    });
                }
                out.push('\n');
            }
        }
        out.push_str(&format!("\n---\n\n_{}_\n", escape(self.closing)));
        out
    }

    /// Plain text, for e-mail and ticket systems that show Markdown raw.
    pub fn text(&self) -> String {
        let mut out = self.title.to_ascii_uppercase();
        out.push('\n');
        for section in &self.sections {
            out.push_str(&format!("\n{}\n{}\n", section.title, "-".repeat(section.title.chars().count())));
            for line in &section.lines {
                out.push_str(&"  ".repeat(line.depth));
                out.push_str("- ");
                if let Some(label) = line.label {
                    out.push_str(&format!("{label}: "));
                }
                for span in &line.spans {
                    match span {
                        Span::Text(text) | Span::Code(text) => out.push_str(text),
                        Span::Link { text, url } => out.push_str(&format!("{text} <{url}>")),
                    }
                }
                out.push('\n');
            }
        }
        out.push_str(&format!("\n{}\n", self.closing));
        out
    }
}

/// Backslash-escapes the characters Markdown could read as formatting (a `-` or `+` only at the
/// start, where it would open a list).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if "\\`*_{}[]<>#|~".contains(c) || (i == 0 && "-+".contains(c)) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A code span whose fence is longer than any run of backticks inside it.
fn code_span(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{code}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_formats_show_the_same_lines() {
        let doc = Document {
            title: "Key Doctor report",
            sections: vec![Section {
                title: "Live test".into(),
                lines: vec![
                    Line::field("Message", vec![Span::Code("a `b` c".into())]),
                    Line::item(
                        1,
                        vec![
                            Span::Text("*not bold*".into()),
                            Span::Link { text: "step".into(), url: "https://x/step/a/".into() },
                        ],
                    ),
                ],
            }],
            closing: "Left out on purpose: the key.",
        };
        assert_eq!(
            doc.markdown(),
            "# Key Doctor report\n\n## Live test\n\n- **Message:** ``a `b` c``\n  - \\*not bold\\*[step](https://x/step/a/)\n\n---\n\n_Left out on purpose: the key._\n"
        );
        assert_eq!(
            doc.text(),
            "KEY DOCTOR REPORT\n\nLive test\n---------\n- Message: a `b` c\n  - *not bold*step <https://x/step/a/>\n\nLeft out on purpose: the key.\n"
        );
    }
}
