//! What each page tells the browser and search engines about itself: its `<title>` and its meta
//! description. The build writes them into every prerendered page; the app sets the title as
//! the user moves between pages.

use super::tree::{Node, code_spans};
use super::walk::Resolved;

/// The site's name, the end of every title.
pub const SITE_NAME: &str = "Key Doctor";
/// The start page's title.
pub const START_TITLE: &str = "Key Doctor: why does the Anthropic API reject my key?";
/// The start page's description (also the fallback).
pub const START_DESCRIPTION: &str = "Why does the Anthropic API say invalid x-api-key? Check your key in the browser, \
                                     test it once, and follow the fix for your SDK and setup.";
/// The most characters a description keeps (search engines show about this many).
const DESCRIPTION_CHARS: usize = 160;

/// A page's title and description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    /// The `<title>`.
    pub title: String,
    /// The `<meta name="description">`.
    pub description: String,
}

/// The title and description of a step of the walk (or of the start page).
pub fn for_step(resolved: &Resolved<'_>) -> PageMeta {
    match resolved {
        Resolved::Start => PageMeta { title: START_TITLE.into(), description: START_DESCRIPTION.into() },
        Resolved::Done => page("Fixed", "The key works now: how to keep it that way."),
        Resolved::AllCauses => page(
            "All causes",
            "Every known cause of an Anthropic API authentication error (401 invalid x-api-key and its \
             relatives), each with its fix.",
        ),
        Resolved::NotFound(_) => not_found(),
        Resolved::Node(Node::Question(q)) => {
            let help =
                if q.help.is_empty() { "Answer to find the cause of your Anthropic API key error." } else { &q.help };
            page(&q.title, help)
        }
        Resolved::Node(Node::Cause(c)) => page(&c.title, &c.why),
    }
}

/// The title and description of the "page not found" page.
pub fn not_found() -> PageMeta {
    page("Page not found", "This page of Key Doctor does not exist (any more). Start again, or see every cause.")
}

fn page(heading: &str, description: &str) -> PageMeta {
    PageMeta { title: format!("{} · {SITE_NAME}", plain(heading)), description: shorten(&plain(description)) }
}

/// Prose without its backticks, on one line.
fn plain(text: &str) -> String {
    let joined: String = code_spans(text).iter().map(|span| span.text).collect();
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first sentence that fits, else the text cut at a word with "…".
fn shorten(text: &str) -> String {
    if text.chars().count() <= DESCRIPTION_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(DESCRIPTION_CHARS).collect();
    if let Some(end) = cut.rfind(". ").filter(|end| *end > DESCRIPTION_CHARS / 2) {
        return cut[..=end].to_string();
    }
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |end| &cut[..end]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_stay_short_and_plain() {
        assert_eq!(plain("Run `load_dotenv()`\n  first."), "Run load_dotenv() first.");
        let long = "word ".repeat(60);
        let short = shorten(long.trim());
        assert!(short.chars().count() <= DESCRIPTION_CHARS + 1 && short.ends_with('…'), "{short}");
        let sentences = format!(
            "{} Second sentence goes on and on {}",
            "First sentence is long enough here.".repeat(3),
            "x ".repeat(80)
        );
        assert!(shorten(&sentences).ends_with("here."));
    }

    #[test]
    fn titles_name_the_page_and_the_site() {
        assert_eq!(for_step(&Resolved::Start).title, START_TITLE);
        assert_eq!(for_step(&Resolved::AllCauses).title, "All causes · Key Doctor");
        assert_eq!(for_step(&Resolved::NotFound("x".into())).title, "Page not found · Key Doctor");
    }
}
