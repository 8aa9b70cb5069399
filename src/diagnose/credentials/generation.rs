//! The tool and the generation of its credential rules: the version boundaries where what is
//! sent, and what is an error, changed.

/// A tool and the generation of its credential rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Generation {
    /// Python `anthropic` 0.97 or earlier: `api_key=` and `auth_token=` only, each falling back to
    /// its own variable; key as `X-Api-Key`, `anthropic-version: 2023-06-01`.
    Python097,
    /// Python `anthropic` 0.98 to 1.17: adds profiles, federation and `credentials=`; still
    /// `X-Api-Key` and 2023-06-01; both headers when a key and a token are both set.
    Python098,
    /// Python `anthropic` 2.0 or later: the key as `Authorization: Bearer`, 2026-10-21, at most
    /// one credential argument, the key wins over a token.
    Python2,
    /// TypeScript `@anthropic-ai/sdk` 0.92 or earlier: `apiKey` and `authToken` only.
    TypeScript092,
    /// TypeScript `@anthropic-ai/sdk` 0.93 to 0.137: adds profiles and federation.
    TypeScript093,
    /// TypeScript `@anthropic-ai/sdk` 1.0 or later: Bearer, 2026-10-21, at most one option.
    TypeScript1,
    /// Claude Code (2.1.x bundles a 0.x TypeScript SDK: `X-Api-Key`, 2023-06-01).
    ClaudeCode,
}

/// The tool, without its generation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    /// The Python SDK, `anthropic`.
    Python,
    /// The TypeScript SDK, `@anthropic-ai/sdk`.
    TypeScript,
    /// Claude Code (and the Claude Agent SDK).
    ClaudeCode,
}

/// The API version the old generations (and Claude Code) send.
pub const VERSION_2023: &str = "2023-06-01";
/// The API version Python 2.0+ and TypeScript 1.0+ send.
pub const VERSION_2026: &str = "2026-10-21";

impl Generation {
    /// Every generation, in the order a picker lists them.
    pub const ALL: [Generation; 7] = [
        Generation::Python2,
        Generation::Python098,
        Generation::Python097,
        Generation::TypeScript1,
        Generation::TypeScript093,
        Generation::TypeScript092,
        Generation::ClaudeCode,
    ];

    /// The short slug kept in the URL (`gen=py-2`).
    pub fn slug(self) -> &'static str {
        match self {
            Generation::Python097 => "py-097",
            Generation::Python098 => "py-098",
            Generation::Python2 => "py-2",
            Generation::TypeScript092 => "ts-092",
            Generation::TypeScript093 => "ts-093",
            Generation::TypeScript1 => "ts-1",
            Generation::ClaudeCode => "claude-code",
        }
    }

    /// The generation a slug names.
    pub fn from_slug(slug: &str) -> Option<Generation> {
        Generation::ALL.into_iter().find(|g| g.slug() == slug)
    }

    /// What the picker shows, e.g. "Python anthropic 2.0 or later".
    pub fn label(self) -> &'static str {
        match self {
            Generation::Python097 => "Python anthropic 0.97 or earlier",
            Generation::Python098 => "Python anthropic 0.98 to 1.17",
            Generation::Python2 => "Python anthropic 2.0 or later",
            Generation::TypeScript092 => "TypeScript @anthropic-ai/sdk 0.92 or earlier",
            Generation::TypeScript093 => "TypeScript @anthropic-ai/sdk 0.93 to 0.137",
            Generation::TypeScript1 => "TypeScript @anthropic-ai/sdk 1.0 or later",
            Generation::ClaudeCode => "Claude Code",
        }
    }

    /// The generations an answer to the tree's "which SDK version" question (`sdk=…`) may mean:
    /// `py-0` covers both sides of 0.98, `ts-0` both sides of 0.93; unknown values give none.
    pub fn for_sdk_answer(value: &str) -> &'static [Generation] {
        match value {
            "py-2" => &[Generation::Python2],
            "py-1" => &[Generation::Python098],
            "py-0" => &[Generation::Python098, Generation::Python097],
            "ts-1" => &[Generation::TypeScript1],
            "ts-0" => &[Generation::TypeScript093, Generation::TypeScript092],
            "claude-code" => &[Generation::ClaudeCode],
            _ => &[],
        }
    }

    /// The tool.
    pub fn tool(self) -> Tool {
        match self {
            Generation::Python097 | Generation::Python098 | Generation::Python2 => Tool::Python,
            Generation::TypeScript092 | Generation::TypeScript093 | Generation::TypeScript1 => Tool::TypeScript,
            Generation::ClaudeCode => Tool::ClaudeCode,
        }
    }

    /// Whether this generation reads profiles and the federation variables (Python 0.98+,
    /// TypeScript 0.93+, Claude Code).
    pub fn reads_profiles(self) -> bool {
        !matches!(self, Generation::Python097 | Generation::TypeScript092)
    }

    /// Python 2.0+ and TypeScript 1.0+: keys as Bearer, API version 2026-10-21.
    pub fn sends_bearer_keys(self) -> bool {
        matches!(self, Generation::Python2 | Generation::TypeScript1)
    }

    /// The `anthropic-version` this generation sends.
    pub fn api_version(self) -> &'static str {
        if self.sends_bearer_keys() { VERSION_2026 } else { VERSION_2023 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_fit_a_url_answer() {
        for g in Generation::ALL {
            assert_eq!(Generation::from_slug(g.slug()), Some(g));
            assert!(crate::diagnose::tree::is_answer_value(g.slug()), "{}", g.slug());
        }
        assert_eq!(Generation::from_slug("py-3"), None);
    }

    #[test]
    fn sdk_answers_map_to_generations() {
        assert_eq!(Generation::for_sdk_answer("py-0"), &[Generation::Python098, Generation::Python097]);
        assert_eq!(Generation::for_sdk_answer("raw-http"), &[] as &[Generation]);
    }
}
