//! The two ways the SDK generations send a key: the header and the API version that go together.

/// How a request carries the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuthStyle {
    /// `x-api-key: <key>` with `anthropic-version: 2023-06-01`: raw HTTP, Claude Code, Python
    /// ≤ 1.17, TypeScript ≤ 0.137.
    XApiKey,
    /// `Authorization: Bearer <key>` with `anthropic-version: 2026-10-21`: Python ≥ 2.0,
    /// TypeScript ≥ 1.0.
    Bearer,
}

impl AuthStyle {
    /// Both styles, in the order the checks try them.
    pub const ALL: [AuthStyle; 2] = [AuthStyle::XApiKey, AuthStyle::Bearer];

    /// The word the check lines use (`x-api-key`, `bearer`).
    pub fn slug(self) -> &'static str {
        match self {
            AuthStyle::XApiKey => "x-api-key",
            AuthStyle::Bearer => "bearer",
        }
    }

    /// The style a check line's word names.
    pub fn from_slug(slug: &str) -> Option<AuthStyle> {
        AuthStyle::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The `anthropic-version` sent with this style.
    pub fn version(self) -> &'static str {
        match self {
            AuthStyle::XApiKey => crate::diagnose::credentials::VERSION_2023,
            AuthStyle::Bearer => crate::diagnose::credentials::VERSION_2026,
        }
    }

    /// Which tools send this way, for the report and the page.
    pub fn label(self) -> &'static str {
        match self {
            AuthStyle::XApiKey => {
                "x-api-key with anthropic-version 2023-06-01 (curl, Claude Code, Python ≤ 1.17, TypeScript ≤ 0.137)"
            }
            AuthStyle::Bearer => {
                "Authorization: Bearer with anthropic-version 2026-10-21 (Python ≥ 2.0, TypeScript ≥ 1.0)"
            }
        }
    }
}
