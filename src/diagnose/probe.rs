//! The live test call as data: which request a key gets, exactly what it sends (the header
//! that carries the key and the API version, per SDK generation), and which keys are never sent.

use super::key::{Family, FindingKind, KeyReport, Severity};

/// The one host a live call may reach.
pub const API_ORIGIN: &str = "https://api.anthropic.com";
/// The API version sent with a key in `x-api-key`: curl as documented, Claude Code 2.1,
/// Python ≤ 1.17 and TypeScript ≤ 0.137.
pub const API_VERSION: &str = "2023-06-01";
/// The API version Python ≥ 2.0 and TypeScript ≥ 1.0 send, with the key as `Authorization: Bearer`.
pub const BEARER_API_VERSION: &str = "2026-10-21";
/// How long a live call may take before the page gives up on it.
pub const TIMEOUT_MS: u32 = 20_000;

/// How a key travels: the header that carries it and the API version sent with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HeaderStyle {
    /// `x-api-key: <key>` with `anthropic-version: 2023-06-01`.
    XApiKey,
    /// `Authorization: Bearer <key>` with `anthropic-version: 2026-10-21`.
    Bearer,
}

impl HeaderStyle {
    /// Both styles, the long-standing one first.
    pub const ALL: [HeaderStyle; 2] = [HeaderStyle::XApiKey, HeaderStyle::Bearer];

    /// The two headers that carry `key` and the API version, exactly as sent (names lower-case).
    pub fn headers(self, key: &str) -> [(&'static str, String); 2] {
        match self {
            HeaderStyle::XApiKey => [("x-api-key", key.to_string()), ("anthropic-version", API_VERSION.to_string())],
            HeaderStyle::Bearer => {
                [("authorization", format!("Bearer {key}")), ("anthropic-version", BEARER_API_VERSION.to_string())]
            }
        }
    }

    /// The `anthropic-version` sent with this style.
    pub fn version(self) -> &'static str {
        match self {
            HeaderStyle::XApiKey => API_VERSION,
            HeaderStyle::Bearer => BEARER_API_VERSION,
        }
    }

    /// The header as people write it: `x-api-key` or `Authorization: Bearer`.
    pub fn header_name(self) -> &'static str {
        match self {
            HeaderStyle::XApiKey => "x-api-key",
            HeaderStyle::Bearer => "Authorization: Bearer",
        }
    }

    /// Who sends API keys this way (sdk-2026-facts.md §0, §1.1, §2.1, §3).
    pub fn senders(self) -> &'static str {
        match self {
            HeaderStyle::XApiKey => "curl as documented, Claude Code 2.1, Python ≤ 1.17 and TypeScript ≤ 0.137",
            HeaderStyle::Bearer => "Python ≥ 2.0 and TypeScript ≥ 1.0",
        }
    }
}

/// A read-only or free request that tells whether a key works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Probe {
    /// `GET /v1/models?limit=20` for API keys, the key in `x-api-key`: free, lists the models the key can see.
    Models,
    /// The same request with the key as `Authorization: Bearer` and `anthropic-version: 2026-10-21`,
    /// the way Python ≥ 2.0 and TypeScript ≥ 1.0 send it.
    ModelsBearer,
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
        let mut headers = Vec::from(self.style().headers(key));
        headers.push(("anthropic-dangerous-direct-browser-access", "true".to_string()));
        let (method, path, body) = match self {
            Probe::Models | Probe::ModelsBearer => (Method::Get, "/v1/models?limit=20", None),
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

    /// How this probe sends the key.
    pub fn style(&self) -> HeaderStyle {
        match self {
            Probe::ModelsBearer => HeaderStyle::Bearer,
            Probe::Models | Probe::AdminApiKeys | Probe::CountTokens { .. } => HeaderStyle::XApiKey,
        }
    }

    /// The same test sent the other way, as Python ≥ 2.0 and TypeScript ≥ 1.0 send keys; only
    /// for API keys (how those SDKs send Admin keys is not checked).
    pub fn bearer_variant(&self) -> Option<Probe> {
        (*self == Probe::Models).then_some(Probe::ModelsBearer)
    }

    /// The button that starts this probe; its name starts with "Test" or "Check" and names
    /// the way the key is sent when it is not the usual one.
    pub fn button_label(&self) -> &'static str {
        match self {
            Probe::Models => "Test key",
            Probe::ModelsBearer => "Test as Bearer (Python ≥ 2, TypeScript ≥ 1)",
            Probe::AdminApiKeys => "Test Admin key",
            Probe::CountTokens { .. } => "Check billing",
        }
    }

    /// The accessible name of this probe's verdict.
    pub fn result_label(&self) -> &'static str {
        match self {
            Probe::ModelsBearer => "Live test result (Bearer)",
            Probe::Models | Probe::AdminApiKeys | Probe::CountTokens { .. } => "Live test result",
        }
    }

    /// What the user is told before the click: what goes where, and in which header.
    pub fn what_is_sent(&self) -> String {
        let style = self.style();
        let how = match self {
            Probe::Models | Probe::ModelsBearer => format!(
                "in the `{}` header with `anthropic-version: {}`, as {} send it",
                style.header_name(),
                style.version(),
                style.senders()
            ),
            Probe::AdminApiKeys | Probe::CountTokens { .. } => {
                format!("in the `{}` header with `anthropic-version: {}`", style.header_name(), style.version())
            }
        };
        let (what, call) = match self {
            Probe::Models | Probe::ModelsBearer => ("this key once", "GET /v1/models, free"),
            Probe::AdminApiKeys => ("this Admin key once", "GET /v1/organizations/api_keys, read-only"),
            Probe::CountTokens { .. } => {
                ("this key once more", "POST /v1/messages/count_tokens with the word \"ping\", free")
            }
        };
        format!(
            "Sends {what}, directly from this browser to api.anthropic.com ({call}), {how}. Nothing else, nowhere else."
        )
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
    fn bearer_request_is_the_same_call_sent_as_the_current_sdks_send_it() {
        let spec = Probe::ModelsBearer.request("sk-ant-api03-x");
        assert_eq!(spec.method, Method::Get);
        assert_eq!(spec.url, Probe::Models.request("k").url);
        assert_eq!(
            spec.headers,
            vec![
                ("authorization", "Bearer sk-ant-api03-x".to_string()),
                ("anthropic-version", "2026-10-21".to_string()),
                ("anthropic-dangerous-direct-browser-access", "true".to_string()),
            ]
        );
        assert!(!spec.headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("x-api-key")));
        assert_eq!(spec.body, None);
    }

    #[test]
    fn only_the_api_key_test_has_a_bearer_variant() {
        assert_eq!(Probe::Models.bearer_variant(), Some(Probe::ModelsBearer));
        assert_eq!(Probe::ModelsBearer.bearer_variant(), None);
        assert_eq!(Probe::AdminApiKeys.bearer_variant(), None);
        assert_eq!(Probe::CountTokens { model: "m".into() }.bearer_variant(), None);
    }

    #[test]
    fn the_consent_text_names_exactly_the_headers_sent() {
        let probes =
            [Probe::Models, Probe::ModelsBearer, Probe::AdminApiKeys, Probe::CountTokens { model: "m".into() }];
        for probe in probes {
            let text = probe.what_is_sent();
            let spec = probe.request("KEY");
            let version = spec.headers.iter().find(|(n, _)| *n == "anthropic-version").unwrap();
            assert!(text.contains(&format!("anthropic-version: {}", version.1)), "{probe:?}: {text}");
            assert!(text.contains(probe.style().header_name()), "{probe:?}: {text}");
            assert!(text.contains("api.anthropic.com") && text.ends_with("Nothing else, nowhere else."));
        }
        assert!(Probe::ModelsBearer.what_is_sent().contains("Python ≥ 2.0 and TypeScript ≥ 1.0"));
        assert!(Probe::Models.what_is_sent().contains("Claude Code"));
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
        assert_eq!(Probe::ModelsBearer.button_label(), "Test as Bearer (Python ≥ 2, TypeScript ≥ 1)");
        assert_eq!(Probe::AdminApiKeys.button_label(), "Test Admin key");
        assert_eq!(Probe::CountTokens { model: "m".into() }.button_label(), "Check billing");
    }

    #[test]
    fn articles_read_right() {
        assert_eq!(with_article("OpenAI key"), "an OpenAI key");
        assert_eq!(with_article("Google API key"), "a Google API key");
    }
}
