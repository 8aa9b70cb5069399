//! The pages beside the walk: how Key Doctor keeps the key safe, the checks to run on your own
//! machine without pasting the key, and which credential a program actually sends. Their paths
//! (relative to the site's base) and what they tell the browser and search engines.

use super::page_meta::{PageMeta, SITE_NAME};

/// A page of the site that is not a step of the walk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ToolPage {
    /// "How Key Doctor keeps your key safe".
    Privacy,
    /// Local one-liners that check the key on the user's own machine.
    NoKey,
    /// The reasoner: which credential a tool actually sends.
    WhichCredential,
}

impl ToolPage {
    /// Every such page, in the order the footer lists them.
    pub const ALL: [ToolPage; 3] = [ToolPage::WhichCredential, ToolPage::NoKey, ToolPage::Privacy];

    /// Its path, relative to the site's base, as links write it.
    pub const fn path(self) -> &'static str {
        match self {
            ToolPage::Privacy => "privacy/",
            ToolPage::NoKey => "no-key/",
            ToolPage::WhichCredential => "which-credential/",
        }
    }

    /// The page at a path relative to the site's base (`privacy/`, `privacy`, `privacy/index.html`).
    pub fn at(path: &str) -> Option<ToolPage> {
        let path = path.trim_start_matches('/');
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        ToolPage::ALL.into_iter().find(|page| page.path().trim_end_matches('/') == path)
    }

    /// Its name in links (the footer, the start page).
    pub const fn link_text(self) -> &'static str {
        match self {
            ToolPage::Privacy => "How your key stays safe",
            ToolPage::NoKey => "Check without pasting your key",
            ToolPage::WhichCredential => "Which credential wins?",
        }
    }

    /// Its title and description.
    pub fn meta(self) -> PageMeta {
        let (title, description) = match self {
            ToolPage::Privacy => (
                "How Key Doctor keeps your key safe",
                "What Key Doctor sends where and when, the Content-Security-Policy that enforces it, and how to \
                 check it yourself in DevTools or run it offline.",
            ),
            ToolPage::NoKey => (
                "Check your key without pasting it",
                "One-liners for bash, PowerShell, Python and Node that test your Anthropic API key on your own \
                 machine and print only the status, the error and the key's hint.",
            ),
            ToolPage::WhichCredential => (
                "Which credential does your program send?",
                "Tick what is set (ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN, a profile, federation, Claude Code \
                 login…) and see which credential your SDK version or Claude Code sends, and every conflict.",
            ),
        };
        PageMeta { title: format!("{title} · {SITE_NAME}"), description: description.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_back() {
        for page in ToolPage::ALL {
            assert_eq!(ToolPage::at(page.path()), Some(page));
            assert_eq!(ToolPage::at(&format!("{}index.html", page.path())), Some(page));
            assert_eq!(ToolPage::at(page.path().trim_end_matches('/')), Some(page));
        }
        assert_eq!(ToolPage::at("step/privacy/"), None);
        assert_eq!(ToolPage::at(""), None);
    }
}
