//! The SDK version range a text's wording shows (sdk-2026-facts.md section 7): which generation
//! of the Python or TypeScript SDK printed it, and what that means for how the key is sent.

use super::source::Source;

/// The SDK version range a text's wording shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Version {
    /// Python ≤ 0.97.
    PyUpTo097,
    /// Python 0.98–1.17.
    Py098To117,
    /// Python 0.98–1.4 (profile errors raised as plain `AnthropicError`).
    Py098To14,
    /// Python 0.98 or later.
    Py098Plus,
    /// Python 1.5 or later (`CredentialsError`).
    Py15Plus,
    /// Python ≤ 1.17 (the key sent as `X-Api-Key`).
    PyUpTo117,
    /// Python ≤ 0.121 (an empty `ANTHROPIC_AUTH_TOKEN` still sent).
    PyUpTo0121,
    /// Python 2.0 or later.
    Py2,
    /// TypeScript ≤ 0.92.
    TsUpTo092,
    /// TypeScript 0.93–0.137 (also Claude Code 2.1.x, which bundles it).
    Ts093To0137,
    /// TypeScript 0.93 or later (profiles).
    Ts093Plus,
    /// TypeScript 1.0 or later.
    Ts1,
    /// TypeScript before 1.6 (`Error: 401 {…}`).
    TsBefore16,
    /// TypeScript 1.6 or later (`AuthenticationError: 401 {…}`).
    Ts16,
    /// An SDK of the 2026-10-21 generation (Python ≥ 2.0, TypeScript ≥ 1.0, PHP ≥ 1.0), when
    /// the text does not show which.
    NewGeneration,
}

impl Version {
    /// The corpus id, e.g. `>=2.0` or `ts<1.6`.
    pub fn id(self) -> &'static str {
        use Version::*;
        match self {
            PyUpTo097 => "<=0.97",
            Py098To117 => "0.98-1.17",
            Py098To14 => "0.98-1.4",
            Py098Plus => ">=0.98",
            Py15Plus => ">=1.5",
            PyUpTo117 => "<=1.17",
            PyUpTo0121 => "<=0.121",
            Py2 => ">=2.0",
            TsUpTo092 => "ts<=0.92",
            Ts093To0137 => "ts0.93-0.137",
            Ts093Plus => "ts>=0.93",
            Ts1 => "ts>=1.0",
            TsBefore16 => "ts<1.6",
            Ts16 => "ts>=1.6",
            NewGeneration => "2026-10-21",
        }
    }

    /// What the range means for the user, in a sentence.
    pub fn meaning(self) -> &'static str {
        use Version::*;
        match self {
            PyUpTo097 => "Python SDK 0.97 or older: the key is sent as x-api-key with API version 2023-06-01.",
            Py098To117 | Py098To14 | PyUpTo117 => {
                "Python SDK 0.98 to 1.17: the key is sent as x-api-key with API version 2023-06-01; profiles and workload identity exist."
            }
            Py098Plus => "Python SDK 0.98 or newer: profiles and workload identity federation exist.",
            Py15Plus => "Python SDK 1.5 or newer: profile and federation problems raise CredentialsError.",
            PyUpTo0121 => {
                "Python SDK 0.121 or older: an empty ANTHROPIC_AUTH_TOKEN is still sent as “Bearer ”; 0.122 treats it as unset."
            }
            Py2 => "Python SDK 2.0 or newer: the key is sent as Authorization: Bearer with API version 2026-10-21.",
            TsUpTo092 => "TypeScript SDK 0.92 or older: the key is sent as x-api-key with API version 2023-06-01.",
            Ts093To0137 => {
                "TypeScript SDK 0.93 to 0.137 (or Claude Code 2.1, which bundles it): the key is sent as x-api-key with API version 2023-06-01."
            }
            Ts093Plus => "TypeScript SDK 0.93 or newer: profiles and workload identity federation exist.",
            Ts1 => "TypeScript SDK 1.0 or newer: the key is sent as Authorization: Bearer with API version 2026-10-21.",
            TsBefore16 => "TypeScript SDK older than 1.6 (errors print as “Error: 401 {…}”).",
            Ts16 => "TypeScript SDK 1.6 or newer (errors print as “AuthenticationError: 401 {…}”).",
            NewGeneration => {
                "An SDK of the 2026-10-21 generation (Python 2.0+, TypeScript 1.0+, PHP 1.0+): the key is sent as Authorization: Bearer."
            }
        }
    }

    /// Which SDK the range is about, if the wording says.
    pub(super) fn sdk(self) -> Option<Source> {
        use Version::*;
        match self {
            PyUpTo097 | Py098To117 | Py098To14 | Py098Plus | Py15Plus | PyUpTo117 | PyUpTo0121 | Py2 => {
                Some(Source::PythonSdk)
            }
            TsUpTo092 | Ts093To0137 | Ts093Plus | Ts1 | TsBefore16 | Ts16 => Some(Source::TypeScriptSdk),
            NewGeneration => None,
        }
    }

    /// How narrow the range is: a narrower one wins when a text shows several.
    pub(super) fn precision(self) -> u8 {
        use Version::*;
        match self {
            Py098To117 | Py098To14 | Ts093To0137 | PyUpTo097 | TsUpTo092 => 3,
            Py2 | Ts1 | Ts16 | TsBefore16 | Py15Plus => 2,
            NewGeneration => 0,
            _ => 1,
        }
    }

    /// Whether the SDK sends an API key as `Authorization: Bearer` (the 2026-10-21 generation).
    pub fn sends_bearer(self) -> bool {
        matches!(self, Version::Py2 | Version::Ts1 | Version::Ts16 | Version::NewGeneration)
    }

    /// The range of an exact version number of `sdk`, e.g. `2.3.1` of the Python SDK.
    pub(super) fn of_release(sdk: Source, release: (u32, u32)) -> Option<Version> {
        let (major, minor) = release;
        match sdk {
            Source::PythonSdk => Some(match (major, minor) {
                (0, 0..=97) => Version::PyUpTo097,
                (0, _) | (1, 0..=17) => Version::Py098To117,
                (1, _) => return None,
                _ => Version::Py2,
            }),
            Source::TypeScriptSdk => Some(match (major, minor) {
                (0, 0..=92) => Version::TsUpTo092,
                (0, _) => Version::Ts093To0137,
                (1, 0..=5) => Version::Ts1,
                _ => Version::Ts16,
            }),
            _ => None,
        }
    }
}
