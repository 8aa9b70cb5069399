//! SDK generations: families of releases that send the key the same way, with the same API
//! version, precedence and messages. Cards label the lines and snippets that hold for one
//! generation only, and the walk learns the user's from their answers.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::Surface;

/// An SDK generation, written in the TOML as `sdk = "py-2"`.
///
/// Python 2.0 and TypeScript 1.0 (2026-10-21) send the API key as `Authorization: Bearer` with
/// `anthropic-version: 2026-10-21`; older releases and Claude Code send `X-Api-Key` with
/// `2023-06-01` (see `shared/reference/sdk-2026-facts.md`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Generation {
    /// Python `anthropic` 2.0 and later (`py-2`).
    Python2,
    /// Python `anthropic` 1.17 and older, 0.x included (`py-1`).
    Python1,
    /// TypeScript `@anthropic-ai/sdk` 1.0 and later (`ts-1`).
    Typescript1,
    /// TypeScript `@anthropic-ai/sdk` 0.137 and older (`ts-0`).
    Typescript0,
    /// Claude Code, which bundles a 0.x TypeScript SDK (`claude-code`).
    ClaudeCode,
    /// Hand-written HTTP: curl, `fetch`, `requests`, an automation tool's HTTP node (`raw-http`).
    RawHttp,
    /// A label the tree does not know (as written); `validate()` reports it.
    Unknown(String),
}

impl Generation {
    /// Every known generation, in the order a card lists them.
    pub const ALL: [Generation; 6] = [
        Generation::Python2,
        Generation::Python1,
        Generation::Typescript1,
        Generation::Typescript0,
        Generation::ClaudeCode,
        Generation::RawHttp,
    ];

    /// How a user tells which generation they run.
    pub const HOW_TO_TELL: &str = "Not sure which you run? `pip show anthropic` (Python), `npm ls @anthropic-ai/sdk` (TypeScript) or `claude --version` (Claude Code) prints the version.";

    /// The id as written in the TOML files and the `sdk` URL parameter.
    pub fn slug(&self) -> &str {
        match self {
            Generation::Python2 => "py-2",
            Generation::Python1 => "py-1",
            Generation::Typescript1 => "ts-1",
            Generation::Typescript0 => "ts-0",
            Generation::ClaudeCode => "claude-code",
            Generation::RawHttp => "raw-http",
            Generation::Unknown(text) => text,
        }
    }

    /// The label a card shows, e.g. "Python ≥ 2.0".
    pub fn label(&self) -> &str {
        match self {
            Generation::Python2 => "Python ≥ 2.0",
            Generation::Python1 => "Python ≤ 1.17",
            Generation::Typescript1 => "TypeScript ≥ 1.0",
            Generation::Typescript0 => "TypeScript ≤ 0.137",
            Generation::ClaudeCode => "Claude Code",
            Generation::RawHttp => "Raw HTTP",
            Generation::Unknown(text) => text,
        }
    }

    /// Whether the tree knows this label.
    pub fn is_known(&self) -> bool {
        !matches!(self, Generation::Unknown(_))
    }

    /// Whether a snippet on `surface` can be labelled with this generation: a Python release
    /// labels only Python code, a TypeScript release only TypeScript code.
    pub fn fits(&self, surface: Surface) -> bool {
        match self {
            Generation::Python2 | Generation::Python1 => surface == Surface::Python,
            Generation::Typescript1 | Generation::Typescript0 => surface == Surface::Typescript,
            _ => true,
        }
    }
}

impl From<String> for Generation {
    fn from(text: String) -> Generation {
        Generation::ALL.into_iter().find(|g| g.slug() == text).unwrap_or(Generation::Unknown(text))
    }
}

impl From<&str> for Generation {
    fn from(text: &str) -> Generation {
        Generation::from(text.to_string())
    }
}

impl From<Generation> for String {
    fn from(g: Generation) -> String {
        g.slug().to_string()
    }
}

impl fmt::Display for Generation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_read_back_and_unknown_labels_are_kept() {
        for g in Generation::ALL {
            assert_eq!(Generation::from(g.slug()), g);
            assert!(g.is_known() && !g.label().is_empty());
        }
        assert_eq!(Generation::from("py-3"), Generation::Unknown("py-3".into()));
        assert!(!Generation::from("py-3").is_known());
    }

    #[test]
    fn serde_uses_the_slug() {
        let json = serde_json::to_string(&Generation::Typescript0).unwrap();
        assert_eq!(json, "\"ts-0\"");
        assert_eq!(serde_json::from_str::<Generation>("\"raw-http\"").unwrap(), Generation::RawHttp);
        assert_eq!(serde_json::from_str::<Generation>("\"x\"").unwrap(), Generation::Unknown("x".into()));
    }

    #[test]
    fn language_generations_fit_their_language_only() {
        assert!(Generation::Python2.fits(Surface::Python));
        assert!(!Generation::Python1.fits(Surface::Typescript));
        assert!(!Generation::Typescript1.fits(Surface::Bash));
        assert!(Generation::RawHttp.fits(Surface::Curl) && Generation::ClaudeCode.fits(Surface::Json));
    }
}
