//! What the page shows of a recognized paste, as plain text and step ids: a [`Reading`].
//!
//! The recognizer's patterns and code are about a seventh of the app's wasm, and most visits
//! never paste an error. So the browser runs the recognizer in a wasm module of its own
//! (`src/bin/recognizer.rs`), fetched the first time something is pasted, and that module hands
//! the page a `Reading` as JSON. The page needs nothing of the recognizer's tables to show it,
//! to put it in the report, or to move to its cause. Natively, `Reading::of(&recognize(text))`
//! gives the same value without the trip through JSON.

use super::{Evidence, FoundKey, Kind, Recognition, Source, Version};
use crate::diagnose::credentials::Generation;
use crate::diagnose::json::Json;
use crate::diagnose::tree::StepId;

/// What kind of text a paste is, as the page styles it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Verdict {
    /// An Anthropic credential problem.
    Auth,
    /// Recognized, and not a credential problem.
    NotAuth,
    /// Nothing Key Doctor knows (also: nothing pasted).
    #[default]
    Unknown,
}

impl Verdict {
    /// `auth`, `not-auth` or `unknown`.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Auth => "auth",
            Verdict::NotAuth => "not-auth",
            Verdict::Unknown => "unknown",
        }
    }

    fn from_id(id: &str) -> Verdict {
        match id {
            "auth" => Verdict::Auth,
            "not-auth" => Verdict::NotAuth,
            _ => Verdict::Unknown,
        }
    }
}

/// A line of the paste that shows what was recognized.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EvidenceLine {
    /// Its 1-based line number in the paste.
    pub line: usize,
    /// What it shows: "the error", "the SDK version", "the key", "the example text", "also".
    pub shows: String,
    /// The line (keys already hidden), cut to the part around the match.
    pub text: String,
}

/// A credential found in the paste, by what stands for it (never its text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyInPaste {
    /// What kind of credential it is, e.g. "Anthropic API key".
    pub family: String,
    /// Its Console-style hint, else its prefix and `…`.
    pub shown_as: String,
    /// How many times it appears.
    pub count: usize,
    /// The key checker's findings on it, each a sentence (code in `backticks`).
    pub findings: Vec<String>,
    /// The step its findings or its kind point to.
    pub step: Option<StepId>,
}

/// A recognized paste, as the page shows it. Every text in it had its keys hidden by the
/// recognizer; the paste itself is not in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// Credential problem, something else, or not recognized.
    pub verdict: Verdict,
    /// A few words that say so, e.g. "Not a key problem: a rate limit".
    pub verdict_label: String,
    /// One or two plain sentences: what was recognized.
    pub headline: String,
    /// The steps to go to, most likely first: none, one or two.
    pub steps: Vec<StepId>,
    /// With two steps: what tells them apart.
    pub tells_apart: Option<String>,
    /// What printed it, e.g. "Python SDK (anthropic)".
    pub source: Option<String>,
    /// What its wording shows about the SDK's version.
    pub version: Option<String>,
    /// The SDK generation that wording (or the source) puts it in, if exactly one.
    pub generation: Option<Generation>,
    pub status: Option<u16>,
    pub error_type: Option<String>,
    pub error_code: Option<String>,
    pub message: Option<String>,
    pub request_ids: Vec<String>,
    pub organization_id: Option<String>,
    pub model: Option<String>,
    /// A base URL that is not Anthropic's.
    pub base_url: Option<String>,
    /// Another provider the error comes from.
    pub provider: Option<String>,
    /// The lines that show it.
    pub evidence: Vec<EvidenceLine>,
    /// The credentials in the paste: treat each as exposed.
    pub keys: Vec<KeyInPaste>,
    /// Further credentials, hidden but not listed.
    pub more_keys: usize,
    /// The warning to show when the paste holds credentials.
    pub key_warning: Option<String>,
    /// The number of characters pasted (0: nothing was).
    pub chars: usize,
}

impl Reading {
    /// What the page shows of `r`.
    pub fn of(r: &Recognition) -> Reading {
        Reading {
            verdict: match r.kind {
                Kind::Auth => Verdict::Auth,
                Kind::NotAuth(_) => Verdict::NotAuth,
                Kind::Unknown => Verdict::Unknown,
            },
            verdict_label: r.kind.label().to_string(),
            headline: r.headline.clone(),
            steps: r.steps.clone(),
            tells_apart: r.tells_apart.clone(),
            source: r.source.map(|s| s.name().to_string()),
            version: r.version.map(|v| v.meaning().to_string()),
            generation: generation_of(r),
            status: r.status,
            error_type: r.error_type.clone(),
            error_code: r.error_code.clone(),
            message: r.message.clone(),
            request_ids: r.request_ids.clone(),
            organization_id: r.organization_id.clone(),
            model: r.model.clone(),
            base_url: r.base_url.clone(),
            provider: r.provider.map(|p| p.name().to_string()),
            evidence: r.evidence.iter().map(EvidenceLine::of).collect(),
            keys: r.keys.iter().map(KeyInPaste::of).collect(),
            more_keys: r.more_keys,
            key_warning: r.key_warning(),
            chars: r.chars,
        }
    }

    /// Whether anything was pasted.
    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// The step a credential problem leads to (the most likely cause); `None` for anything else:
    /// a rate limit, another provider's error or an unknown text never moves the page to a cause.
    pub fn cause(&self) -> Option<&StepId> {
        (self.verdict == Verdict::Auth).then(|| self.steps.first()).flatten()
    }

    /// Whether it points to `step`.
    pub fn points_to(&self, step: &str) -> bool {
        self.steps.iter().any(|s| s.as_str() == step)
    }

    /// As JSON, for the trip from the recognizer's module to the page.
    pub fn to_json(&self) -> String {
        let texts = |items: &[String]| Json::Array(items.iter().map(|t| Json::String(t.clone())).collect());
        let steps = |items: &[StepId]| Json::Array(items.iter().map(|s| Json::String(s.to_string())).collect());
        Json::Object(vec![
            member("verdict", Some(self.verdict.id())),
            member("verdict_label", Some(&self.verdict_label)),
            member("headline", Some(&self.headline)),
            ("steps".into(), steps(&self.steps)),
            member("tells_apart", self.tells_apart.as_deref()),
            member("source", self.source.as_deref()),
            member("version", self.version.as_deref()),
            member("generation", self.generation.map(Generation::slug)),
            number("status", self.status.map(usize::from)),
            member("error_type", self.error_type.as_deref()),
            member("error_code", self.error_code.as_deref()),
            member("message", self.message.as_deref()),
            ("request_ids".into(), texts(&self.request_ids)),
            member("organization_id", self.organization_id.as_deref()),
            member("model", self.model.as_deref()),
            member("base_url", self.base_url.as_deref()),
            member("provider", self.provider.as_deref()),
            (
                "evidence".into(),
                Json::Array(
                    self.evidence
                        .iter()
                        .map(|e| {
                            Json::Object(vec![
                                number("line", Some(e.line)),
                                member("shows", Some(&e.shows)),
                                member("text", Some(&e.text)),
                            ])
                        })
                        .collect(),
                ),
            ),
            (
                "keys".into(),
                Json::Array(
                    self.keys
                        .iter()
                        .map(|k| {
                            Json::Object(vec![
                                member("family", Some(&k.family)),
                                member("shown_as", Some(&k.shown_as)),
                                number("count", Some(k.count)),
                                ("findings".into(), texts(&k.findings)),
                                member("step", k.step.as_ref().map(StepId::as_str)),
                            ])
                        })
                        .collect(),
                ),
            ),
            number("more_keys", Some(self.more_keys)),
            member("key_warning", self.key_warning.as_deref()),
            number("chars", Some(self.chars)),
        ])
        .to_text()
    }

    /// Reads what [`Reading::to_json`] wrote; `None` for anything else.
    pub fn from_json(text: &str) -> Option<Reading> {
        let json = Json::parse(text)?;
        let texts = |json: &Json, name: &str| -> Vec<String> {
            json.get(name).map_or(&[][..], Json::items).iter().filter_map(Json::as_str).map(str::to_string).collect()
        };
        let steps = |json: &Json, name: &str| -> Vec<StepId> {
            texts(json, name).iter().filter_map(|s| s.parse().ok()).collect()
        };
        let count = |json: &Json, name: &str| json.get(name).and_then(Json::as_u64).map(|n| n as usize);
        Some(Reading {
            verdict: Verdict::from_id(&json.str_of("verdict")?),
            verdict_label: json.str_of("verdict_label")?,
            headline: json.str_of("headline")?,
            steps: steps(&json, "steps"),
            tells_apart: json.str_of("tells_apart"),
            source: json.str_of("source"),
            version: json.str_of("version"),
            generation: json.str_of("generation").and_then(|g| Generation::from_slug(&g)),
            status: count(&json, "status").and_then(|s| u16::try_from(s).ok()),
            error_type: json.str_of("error_type"),
            error_code: json.str_of("error_code"),
            message: json.str_of("message"),
            request_ids: texts(&json, "request_ids"),
            organization_id: json.str_of("organization_id"),
            model: json.str_of("model"),
            base_url: json.str_of("base_url"),
            provider: json.str_of("provider"),
            evidence: json
                .get("evidence")?
                .items()
                .iter()
                .map(|e| EvidenceLine {
                    line: count(e, "line").unwrap_or(0),
                    shows: e.str_of("shows").unwrap_or_default(),
                    text: e.str_of("text").unwrap_or_default(),
                })
                .collect(),
            keys: json
                .get("keys")?
                .items()
                .iter()
                .map(|k| KeyInPaste {
                    family: k.str_of("family").unwrap_or_default(),
                    shown_as: k.str_of("shown_as").unwrap_or_default(),
                    count: count(k, "count").unwrap_or(1),
                    findings: texts(k, "findings"),
                    step: k.str_of("step").and_then(|s| s.parse().ok()),
                })
                .collect(),
            more_keys: count(&json, "more_keys").unwrap_or(0),
            key_warning: json.str_of("key_warning"),
            chars: count(&json, "chars")?,
        })
    }
}

impl EvidenceLine {
    fn of(e: &Evidence) -> EvidenceLine {
        EvidenceLine { line: e.line, shows: e.shows.to_string(), text: e.text.clone() }
    }
}

impl KeyInPaste {
    fn of(k: &FoundKey) -> KeyInPaste {
        KeyInPaste {
            family: k.family.name().to_string(),
            shown_as: k.shown_as.clone(),
            count: k.count,
            findings: k.findings.iter().map(|f| f.message.clone()).collect(),
            step: k.step.clone(),
        }
    }
}

fn member(name: &str, value: Option<&str>) -> (String, Json) {
    (name.to_string(), value.map_or(Json::Null, |v| Json::String(v.to_string())))
}

fn number(name: &str, value: Option<usize>) -> (String, Json) {
    (name.to_string(), value.map_or(Json::Null, |n| Json::Number(n.to_string())))
}

/// The SDK generation a recognized error shows: Claude Code (or the Agent SDK built on it) by
/// its source, else the one generation its version range falls in; `None` when the range spans
/// generations or nothing tells.
pub fn generation_of(r: &Recognition) -> Option<Generation> {
    if matches!(r.source, Some(Source::ClaudeCode | Source::AgentSdk)) {
        return Some(Generation::ClaudeCode);
    }
    Some(match r.version? {
        Version::PyUpTo097 => Generation::Python097,
        Version::Py098To117 | Version::Py098To14 => Generation::Python098,
        Version::Py2 => Generation::Python2,
        Version::TsUpTo092 => Generation::TypeScript092,
        Version::Ts093To0137 => Generation::TypeScript093,
        Version::Ts1 | Version::Ts16 => Generation::TypeScript1,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::error_text::recognize;

    const PASTES: &[&str] = &[
        "",
        "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011CYhr1kdGzCrPHfrhibMen'}",
        "httpx.LocalProtocolError: Illegal header value b'Bearer sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQr-AA\\n'",
        "Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Number of requests has exceeded your rate limit\"}}",
        "TypeError: Could not resolve authentication method. Expected either apiKey, authToken, credentials, config, or profile to be set. Or for the `Authorization` header to be explicitly omitted",
        "Invalid API key · Fix external API key",
        "the weather is \"fine\" \\ today <script>alert(1)</script>",
    ];

    #[test]
    fn crosses_json_unchanged() {
        for paste in PASTES {
            let reading = Reading::of(&recognize(paste));
            let json = reading.to_json();
            assert_eq!(Reading::from_json(&json).as_ref(), Some(&reading), "{paste}\n{json}");
        }
    }

    #[test]
    fn says_what_the_recognition_says() {
        let reading = Reading::of(&recognize(PASTES[1]));
        assert_eq!(reading.verdict, Verdict::Auth);
        assert_eq!(reading.status, Some(401));
        assert_eq!(reading.request_ids, ["req_011CYhr1kdGzCrPHfrhibMen"]);
        assert!(!reading.steps.is_empty());
        assert!(reading.points_to(reading.steps[0].as_str()));
        assert_eq!(reading.cause(), reading.steps.first());
        let rate_limit = Reading::of(&recognize(PASTES[3]));
        assert_eq!(rate_limit.cause(), None);
        assert_eq!(Reading::of(&recognize(PASTES[6])).cause(), None);
        let with_key = Reading::of(&recognize(PASTES[2]));
        assert_eq!(with_key.keys.len(), 1);
        assert!(with_key.key_warning.is_some());
        assert!(!with_key.to_json().contains("AbCdEfGhIjKlMnOpQrStUvWxYz"), "the key never crosses");
        let ts1 = Reading::of(&recognize(PASTES[4]));
        assert_eq!(ts1.generation, Some(Generation::TypeScript1));
        assert!(Reading::of(&recognize("")).is_empty());
    }

    #[test]
    fn anything_else_is_refused() {
        for text in ["", "null", "[]", "{}", "{\"verdict\": \"auth\"}", "not json"] {
            assert_eq!(Reading::from_json(text), None, "{text}");
        }
    }
}
