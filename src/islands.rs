//! The interactive parts of a page: its islands. Every page is static HTML, prerendered by the
//! app's own components; an island is one of those components whose root element carries
//! `data-island="<name>"`. In the browser the wasm renders each island again, live, and puts it
//! in place of its static copy (the same component and state give the same markup, so nothing
//! moves), keeping focus and caret. The rest of the page stays the HTML it was, with a few
//! behaviours added (`enhance`). Islands share the session's state through contexts provided
//! once, at boot, so the key and the verdicts survive moving from page to page.

/// The attribute that names an island on its root element.
pub const ATTR: &str = "data-island";

/// Every island the pages have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// The key field, what the key is, what is wrong with it, and the live tests (start page).
    KeyCheck,
    /// Back, Start over and the answers so far (every step of the walk).
    Trail,
    /// The "Error message" field: a pasted error recognized at once (start page).
    ErrorPaste,
    /// What a pasted error was recognized as (the steps of the walk).
    Recognition,
    /// "Copy report" and "Share this step" (start page, every cause).
    Report,
    /// The local one-liners of the no-key page.
    NoKeyChecks,
    /// "Which credential wins": the ticks and what they mean.
    CredentialReasoner,
}

impl Island {
    /// Every island.
    pub const ALL: [Island; 7] = [
        Island::KeyCheck,
        Island::Trail,
        Island::ErrorPaste,
        Island::Recognition,
        Island::Report,
        Island::NoKeyChecks,
        Island::CredentialReasoner,
    ];

    /// Its name in `data-island`.
    pub const fn name(self) -> &'static str {
        match self {
            Island::KeyCheck => "key-check",
            Island::Trail => "trail",
            Island::ErrorPaste => "error-paste",
            Island::Recognition => "recognition",
            Island::Report => "report",
            Island::NoKeyChecks => "no-key-checks",
            Island::CredentialReasoner => "credential-reasoner",
        }
    }

    /// The island with this name.
    pub fn named(name: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|island| island.name() == name)
    }
}
