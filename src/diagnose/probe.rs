//! The live test call as data: which request a key gets, exactly what it sends, and
//! which keys are never sent at all.

use super::key::{Family, FindingKind, KeyReport, Severity};

/// The one host a live call may reach.
pub const API_ORIGIN: &str = "https://api.anthropic.com";
/// The API version every SDK sends.
pub const API_VERSION: &str = "2023-06-01";
/// How long a live call may take before the page gives up on it.
pub const TIMEOUT_MS: u32 = 20_000;

/// A read-only or free request that tells whether a key works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Probe {
    /// `GET /v1/models?limit=20` for API keys: free, lists the models the key can see.
    Models,
    /// `GET /v1/organizations/api_keys?limit=1` for Admin keys (read-only).
    AdminApiKeys,
    /// `POST /v1/messages/count_tokens`: free, surfaces credit and billing problems.
    CountTokens { model: String },
}

/// An HTTP method the probes use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

/// Exactly what a probe sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestSpec {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: Option<String>,
}

impl Probe {
    /// The request this probe makes with `key`.
    pub fn request(&self, key: &str) -> RequestSpec {
        let mut headers = vec![
            ("x-api-key", key.to_string()),
            ("anthropic-version", API_VERSION.to_string()),
            ("anthropic-dangerous-direct-browser-access", "true".to_string()),
        ];
        let (method, path, body) = match self {
            Probe::Models => (Method::Get, "/v1/models?limit=20", None),
            Probe::AdminApiKeys => (Method::Get, "/v1/organizations/api_keys?limit=1", None),
            Probe::CountTokens { model } => {
                headers.push(("content-type", "application/json".to_string()));
                let body =
                    format!(r#"{{"model":"{}","messages":[{{"role":"user","content":"ping"}}]}}"#, json_escape(model));
                (Method::Post, "/v1/messages/count_tokens", Some(body))
            }
        };
        RequestSpec { method, url: format!("{API_ORIGIN}{path}"), headers, body }
    }

    /// The button that starts this probe; its name starts with "Test" or "Check".
    pub fn button_label(&self) -> &'static str {
        match self {
            Probe::Models => "Test key",
            Probe::AdminApiKeys => "Test Admin key",
            Probe::CountTokens { .. } => "Check billing",
        }
    }

    /// What the user is told before the click: what goes where.
    pub fn what_is_sent(&self) -> &'static str {
        match self {
            Probe::Models => {
                "Sends this key once, directly from this browser to api.anthropic.com (GET /v1/models, free). Nothing else, nowhere else."
            }
            Probe::AdminApiKeys => {
                "Sends this Admin key once, directly from this browser to api.anthropic.com (GET /v1/organizations/api_keys, read-only). Nothing else, nowhere else."
            }
            Probe::CountTokens { .. } => {
                "Sends this key once more, directly from this browser to api.anthropic.com (POST /v1/messages/count_tokens with the word \"ping\", free). Nothing else, nowhere else."
            }
        }
    }
}

/// Why a value is not sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotSent {
    /// Plain sentence shown instead of the button.
    pub reason: String,
    /// Whether the cleaned key could be sent instead.
    pub offer_cleaned: bool,
}

/// Decides whether `value` (checked as `report`) may be sent, and with which probe.
pub fn plan(report: &KeyReport, value: &str) -> Result<Probe, NotSent> {
    let refuse = |reason: &str| NotSent { reason: reason.to_string(), offer_cleaned: false };
    if let Some(bad) = value.chars().find(|c| c.is_whitespace() || c.is_control() || !c.is_ascii()) {
        let what = if bad.is_whitespace() { "whitespace or a line break" } else { "a hidden or non-ASCII character" };
        return Err(NotSent {
            reason: format!("Not sent: the value contains {what}, which no real key has and the API would reject."),
            offer_cleaned: report.cleaned.is_some(),
        });
    }
    if report.findings.iter().any(|f| f.severity == Severity::Blocks && f.kind != FindingKind::Placeholder) {
        return Err(NotSent {
            reason: "Not sent: fix the problems above first.".to_string(),
            offer_cleaned: report.cleaned.is_some(),
        });
    }
    match report.family {
        Family::AnthropicApiKey => Ok(Probe::Models),
        Family::AnthropicAdminKey => Ok(Probe::AdminApiKeys),
        Family::Empty => Err(refuse("Paste a key first.")),
        other => Err(refuse(&format!(
            "Not sent: this is {}, not an Anthropic API key, so a test call could only fail (and would expose it for nothing).",
            with_article(other.name())
        ))),
    }
}

fn with_article(name: &str) -> String {
    let vowel = name.chars().next().is_some_and(|c| "AEIOUaeiou".contains(c));
    format!("{} {name}", if vowel { "an" } else { "a" })
}

fn json_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_request_is_exactly_the_documented_one() {
        let spec = Probe::Models.request("sk-ant-api03-x");
        assert_eq!(spec.method, Method::Get);
        assert_eq!(spec.url, "https://api.anthropic.com/v1/models?limit=20");
        assert_eq!(
            spec.headers,
            vec![
                ("x-api-key", "sk-ant-api03-x".to_string()),
                ("anthropic-version", "2023-06-01".to_string()),
                ("anthropic-dangerous-direct-browser-access", "true".to_string()),
            ]
        );
        assert!(!spec.headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("authorization")));
        assert_eq!(spec.body, None);
    }

    #[test]
    fn count_tokens_escapes_the_model_id() {
        let spec = Probe::CountTokens { model: "a\"b".into() }.request("k");
        assert_eq!(spec.method, Method::Post);
        assert!(spec.body.unwrap().contains(r#""model":"a\"b""#));
    }

    #[test]
    fn every_button_names_its_action() {
        assert_eq!(Probe::Models.button_label(), "Test key");
        assert_eq!(Probe::AdminApiKeys.button_label(), "Test Admin key");
        assert_eq!(Probe::CountTokens { model: "m".into() }.button_label(), "Check billing");
    }

    #[test]
    fn articles_read_right() {
        assert_eq!(with_article("OpenAI key"), "an OpenAI key");
        assert_eq!(with_article("Google API key"), "a Google API key");
    }
}
