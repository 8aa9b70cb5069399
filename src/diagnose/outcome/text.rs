//! The words of a verdict: a plain headline and a short explanation for every cause. The
//! causes named by error codes and by OAuth answers speak in [`codes`]; the comparison of the
//! two ways of sending a key in [`comparison`].

mod codes;
mod comparison;

pub(super) use comparison::describe_comparison;

use super::super::probe::{HeaderStyle, Probe, TIMEOUT_MS};
use super::body::ApiError;
use super::cause::OutcomeCause::{self, *};

/// What the words of a verdict may quote.
pub(super) struct Facts<'a> {
    pub probe: &'a Probe,
    pub status: Option<u16>,
    pub error: Option<&'a ApiError>,
    pub retry_after: Option<&'a str>,
    pub models: usize,
    pub input_tokens: Option<u64>,
    pub html: bool,
}

/// How much of the API's own message a headline quotes.
const QUOTE_CHARS: usize = 200;

impl Facts<'_> {
    /// The HTTP status as text, or "no status".
    fn status(&self) -> String {
        self.status.map_or_else(|| "no status".to_string(), |s| s.to_string())
    }

    /// `error.type`, or "no type".
    fn kind(&self) -> &str {
        self.error.and_then(|e| e.kind.as_deref()).unwrap_or("no type")
    }

    /// The API's own message, at most [`QUOTE_CHARS`] characters.
    fn message(&self) -> String {
        quote(self.error.and_then(|e| e.message.as_deref()).unwrap_or(""))
    }

    /// The message in quotes, for inside a sentence (so its own full stop goes).
    fn said(&self) -> String {
        format!("“{}”", self.message().trim_end_matches('.'))
    }

    /// The error code, at most [`QUOTE_CHARS`] characters, if the body has one.
    fn code(&self) -> Option<String> {
        self.error.and_then(ApiError::error_code).map(quote)
    }

    /// What the API answered, for an explanation: its code if it sent one, else its words.
    fn answered(&self) -> String {
        match self.code() {
            Some(code) => format!("Anthropic answered {} with the error code `{code}`", self.status()),
            None => format!("Anthropic answered {} {}", self.status(), self.said()),
        }
    }
}

/// The headline and the explanation for `cause`.
pub(super) fn describe(cause: OutcomeCause, facts: &Facts<'_>) -> (String, String) {
    let status = facts.status();
    let kind = facts.kind();
    let message = facts.message();
    let said = facts.said();
    let style = facts.probe.style();
    let (headline, explanation): (String, String) = match cause {
        Works => (
            format!("Works: the API accepts this key{}.", if style == HeaderStyle::Bearer { " sent as Bearer" } else { "" }),
            format!(
                "Anthropic answered 200 OK and listed {} the key can see, so the key itself is valid and active \
                 when sent in the `{}` header with `anthropic-version: {}`, as {} send it. If your program is still \
                 rejected, it is not sending this key, or not this way: check where it reads the key from \
                 (environment variable, .env file, another shell), and test the other way too. {}",
                plural(facts.models, "model"),
                style.header_name(),
                style.version(),
                style.senders(),
                if *facts.probe == Probe::Models {
                    "This call does not check billing; “Check billing” does."
                } else {
                    "This call does not check billing."
                }
            ),
        ),
        WorksAdmin => (
            "Works: this is an Admin key, and the API accepts it.".into(),
            "Anthropic answered 200 OK to a read-only Admin API call, so this Admin key is valid. An Admin key \
             (sk-ant-admin01-) works only with the Admin API (/v1/organizations/…): the Messages API and the \
             model endpoints do not accept it. To call Claude, create a standard API key (sk-ant-api03-) in the \
             Console."
                .into(),
        ),
        CountTokensOk => (
            "Works: the billing check passed.".into(),
            format!(
                "The free token-counting endpoint answered ({}), so the key is active and the organization was not \
                 blocked for credit or spend limits at this moment. The facts on this endpoint are partly \
                 unconfirmed: a billed request will likely work too, but that is not certain.",
                facts.input_tokens.map_or_else(|| "a token count".to_string(), |n| plural(n as usize, "input token"))
            ),
        ),
        InvalidKey => (
            "Rejected: the API does not accept this key (invalid x-api-key).".into(),
            "Anthropic answered 401 `invalid x-api-key`. It gives the same answer for a mistyped, truncated, revoked \
             or deleted key and for a value that is not an API key at all; it does not mean your account or billing \
             is at fault. Check that the key was copied whole, look in the Console whether it still exists, and if \
             in doubt create a new one."
                .into(),
        ),
        MissingKey => (
            format!("Rejected: no key reached the API ({}).", message.trim_end_matches('.')),
            format!(
                "Anthropic answered {status} {said}: the request arrived without a key. In your own program this \
                 usually means the environment variable is empty or not set where the program runs. Key Doctor sent \
                 the key in the `{}` header, so here something in between (a proxy, a gateway or a browser \
                 extension) likely removed that header.",
                style.header_name()
            ),
        ),
        BearerRejected => (
            "Rejected: a bearer token was refused (Invalid bearer token).".into(),
            "Anthropic answered 401 `Invalid bearer token`: it judged a credential sent in an `Authorization: \
             Bearer` header. Key Doctor sent this key only in `x-api-key`, so something in between (a proxy or a \
             browser extension) likely added an Authorization header. In your own code: Python ≥ 2.0 and TypeScript \
             ≥ 1.0 always send keys as Bearer, so there this wording likely means a rejected key or token; raw HTTP \
             and other clients that use `anthropic-version: 2023-06-01` send the key in `x-api-key`."
                .into(),
        ),
        KeyRejectedAsBearer => codes::key_rejected_as_bearer(facts),
        OauthNotSupported => (
            "Rejected: OAuth sign-in is not supported for this request.".into(),
            "Anthropic answered 401 `OAuth authentication is currently not supported.`: a subscription (OAuth) token \
             was used where the API expects an API key. Claude Pro and Max sign-ins work in Claude Code; your own \
             code needs an API key (sk-ant-api03-) from the Console."
                .into(),
        ),
        OauthNotAllowedForOrg => (
            "Rejected: this organization does not allow OAuth sign-in.".into(),
            format!(
                "{}: OAuth authentication is not allowed for this organization. That is the organization's policy \
                 or plan (likely an admin setting or a lapsed subscription), not a typo in a key. Ask an \
                 organization admin, or use an API key from the Console.",
                facts.answered()
            ),
        ),
        OauthExpired => (
            "Rejected: the OAuth token has expired.".into(),
            format!(
                "{}: a saved sign-in expired and could not be refreshed. Sign in again: /login in Claude Code, \
                 `ant auth login` for an Anthropic profile. It says nothing about your API keys.",
                facts.answered()
            ),
        ),
        TokenRevoked => codes::token_revoked(facts),
        OauthScopeInsufficient => codes::oauth_scope_insufficient(facts),
        OauthAppDeactivated => codes::oauth_app_deactivated(facts),
        OauthTokenIncomplete => codes::oauth_token_incomplete(facts),
        AccountNotMember => codes::account_not_member(facts),
        AccessRevoked => codes::access_revoked(facts),
        ClaudeCodeOnlyCredential => (
            "Rejected: this credential only works in Claude Code.".into(),
            "Anthropic answered `This credential is only authorized for use with Claude Code…`: a subscription \
             credential was used outside Claude Code. Other apps and your own code need an API key (sk-ant-api03-) \
             from the Console, paid for separately with prepaid credits."
                .into(),
        ),
        InvalidCredentials => (
            format!("Rejected: the API does not accept these credentials ({}).", message.trim_end_matches('.')),
            format!(
                "Anthropic answered {status} {said}. Reports link it to a revoked credential, a disabled \
                 organization or a deactivated account; which one applies here is not certain. Check in the Console \
                 that the key, the organization and your account are still active, or create a new key."
            ),
        ),
        CorsHeaderMissing => (
            "Rejected: the request lacked the browser opt-in header.".into(),
            "Anthropic answered 401 `CORS requests must set 'anthropic-dangerous-direct-browser-access' header`: \
             the request carried an `Origin` header without the opt-in header. This is not about the key. In your \
             own code, a browser app without the opt-in (`dangerouslyAllowBrowser` in the TypeScript SDK) or a \
             server that forwards the browser's `Origin` causes it; Key Doctor sends the opt-in, so here something \
             in between removed it."
                .into(),
        ),
        OrgForbidsBrowser => (
            "Rejected in the browser: this organization does not allow browser requests.".into(),
            "Anthropic answered 401 `CORS requests are not allowed for this Organization…`. That is an \
             organization setting (for example zero data retention), not a verdict on the key, which may well be \
             fine. No change in the browser fixes it: test the key from a terminal with the command below, and \
             call the API from a back end."
                .into(),
        ),
        NotFoundOrDisabled => (
            "Rejected: not found (404); the key is likely disabled or deleted.".into(),
            "Anthropic answered 404 to a request for a resource that exists. Secret scanners observe that the API \
             answers 404 for a disabled or deleted key; Anthropic does not document this, so it is likely, not \
             certain. Check the key's status in the Console; if it is disabled or gone, create a new one."
                .into(),
        ),
        PermissionDenied => (
            "Rejected: the key lacks permission (permission_error).".into(),
            format!(
                "Anthropic answered {status} `permission_error`: it recognised the credential, but it may not use \
                 this resource. The API says {said}. Check the organization's access and the key's workspace \
                 settings in the Console, or ask an admin."
            ),
        ),
        RegionOrPolicy => (
            "Rejected: request not allowed (403), likely a region or network policy.".into(),
            "The API's edge answered 403 `Request not allowed` without judging the key. It is reported when the \
             request comes from an unsupported country or region (often through a VPN exit) or through a proxy. \
             Try again from a supported region without VPN or proxy (https://docs.anthropic.com/en/api/supported-regions)."
                .into(),
        ),
        OrgDisabled => (
            "Rejected: the organization has been disabled.".into(),
            format!(
                "{}: the key belongs to an organization that can no longer use the API, so a new key in it will not \
                 help. Contact Anthropic support, or use a key from an active organization (a stale key left in an \
                 environment variable is a common cause).",
                facts.answered()
            ),
        ),
        OrganizationOnHold => codes::organization_on_hold(facts),
        KeyCreatorNotMember => codes::key_creator_not_member(facts),
        KeyScopeMissing => codes::key_scope_missing(facts),
        IpNotAllowed => codes::ip_not_allowed(facts),
        RestrictedRegime => codes::restricted_regime(facts),
        WorkspaceIdRequired => (
            "Rejected: this key needs a workspace id (anthropic-workspace-id).".into(),
            "Anthropic answered that `anthropic-workspace-id` is required: identity-linked keys (personal or \
             service-account keys) must name the workspace each request acts in. The key itself is recognised. Send \
             `anthropic-workspace-id: wrkspc_…` from your program, or use a workspace API key."
                .into(),
        ),
        CreditTooLow => (
            "Rejected: the credit balance is too low.".into(),
            "Anthropic answered `Your credit balance is too low…`: the key is recognised, but its organization has \
             no prepaid API credits. A Claude Pro or Max subscription does not include API credits. Buy credits in \
             the Console under Plans & Billing, and check that the key belongs to the organization you paid for."
                .into(),
        ),
        PaymentRequired => codes::payment_required(facts),
        Billing => (
            "Rejected: billing problem (billing_error).".into(),
            format!(
                "Anthropic answered {status} `billing_error`: the key is recognised, but the organization's billing \
                 or payment details have a problem. The API says {said}. Check Plans & Billing in the Console."
            ),
        ),
        SpendLimit => (
            "Rejected: a spend limit has been reached.".into(),
            format!(
                "{}: the organization or workspace reached a spend limit (one it set, or one of its usage tier or \
                 contract). The key is fine. Raise the limit in the Console, or wait until the date the message gives.",
                facts.answered()
            ),
        ),
        VersionHeader => (
            "Rejected: the anthropic-version header is missing or wrong.".into(),
            format!(
                "Anthropic answered about `anthropic-version`: every request must send a valid version, such as \
                 `anthropic-version: 2023-06-01` or, from Python ≥ 2.0 and TypeScript ≥ 1.0, `2026-10-21`. This is \
                 not about the key. Key Doctor sent `{}`, so here something in between changed the request.",
                style.version()
            ),
        ),
        OtherRejection => (
            if message.is_empty() {
                format!("Rejected ({status} {kind}), without a message.")
            } else {
                format!("Rejected ({status} {kind}): “{message}”")
            },
            format!(
                "Anthropic answered {status} with its own error type and message, shown here as sent; Key Doctor does \
                 not know this message yet. {}",
                type_hint(kind)
            ),
        ),
        UnknownErrorCode => codes::unknown_error_code(facts),
        RateLimited => (
            "Rate limited (429): the key is valid, but the API asks you to wait.".into(),
            format!(
                "Anthropic answered 429 `rate_limit_error`, which comes after the key was accepted: the key is valid, \
                 and this is not an authentication problem. {} If it keeps happening, check your organization's rate \
                 limits in the Console.",
                match facts.retry_after {
                    Some(wait) => format!("Wait {wait} seconds before trying again (the `retry-after` header)."),
                    None => "Wait a minute before trying again.".to_string(),
                }
            ),
        ),
        Overloaded => (
            "Couldn't tell: the API is overloaded (529).".into(),
            "Anthropic answered 529 `overloaded_error`: it is temporarily overloaded and did not judge the key. \
             Nothing is wrong on your side; try again in a minute."
                .into(),
        ),
        ServerError => (
            format!("Couldn't tell: server error ({status})."),
            format!(
                "The API answered {status} ({kind}): a fault or a timeout on its side, not a verdict on the key. \
                 Try again in a few minutes, and check Anthropic's status page if it persists."
            ),
        ),
        NotAnthropic => (
            "Couldn't tell: something other than Anthropic answered.".into(),
            format!(
                "The answer ({status}) was {}, but Anthropic always answers in JSON. A corporate proxy, firewall, VPN \
                 or captive portal (hotel or airport Wi-Fi) likely answered instead, and the key was not judged. \
                 Open https://api.anthropic.com in a tab to see who answers, or test from a terminal on another \
                 network.",
                if facts.html { "a web page" } else { "not JSON" }
            ),
        ),
        UnknownShape => (
            "Couldn't tell: the answer was not in the API's usual shape.".into(),
            format!(
                "The answer ({status}) was JSON-like, but not shaped like Anthropic's, so the key was not judged. A \
                 gateway or proxy in between may have answered, or the API changed. Try again later, or test from \
                 a terminal to see the raw answer."
            ),
        ),
        Network => (
            "Couldn't tell: the request did not get through.".into(),
            format!(
                "The browser reports only that the request failed, with no detail; this is not a verdict on the key. \
                 Likely causes: being offline (no internet connection), DNS, a firewall, VPN or corporate proxy, a \
                 browser extension (ad or privacy blocker), or an organization that blocks browser requests (the \
                 browser then hides the API's answer).{} Test from a terminal instead, with the command below: it \
                 reads the key from the environment and prints only the API's answer.",
                if style == HeaderStyle::Bearer {
                    " This test sends an `Authorization` header, which the browser sends only after the API's CORS \
                     preflight allows it, so something that blocks that preflight also ends here."
                } else {
                    ""
                }
            ),
        ),
        Timeout => (
            format!("Couldn't tell: no answer within {} seconds.", TIMEOUT_MS / 1000),
            "The API did not answer in time, so the key was not judged. A slow or filtering network, a proxy or \
             VPN that holds the connection, or an outage is likely. Try again, or test from a terminal with the \
             command below."
                .into(),
        ),
        Cancelled => (
            "Couldn't tell: you cancelled the test.".into(),
            "The request was stopped before an answer arrived, so nothing is known about the key. Run the test \
             again when you are ready."
                .into(),
        ),
    };
    (headline, with_admin_note(cause, facts.probe, explanation))
}

fn with_admin_note(cause: OutcomeCause, probe: &Probe, explanation: String) -> String {
    if *probe == Probe::AdminApiKeys && cause != WorksAdmin {
        format!("{explanation} This was checked as an Admin key (sk-ant-admin01-), with a read-only Admin API call.")
    } else {
        explanation
    }
}

fn type_hint(kind: &str) -> &'static str {
    match kind {
        "billing_error" => "A billing_error means the organization's billing or payment needs attention.",
        "authentication_error" => "An authentication_error means the API did not accept the credential.",
        "permission_error" => "A permission_error means the credential was recognised but may not do this.",
        "invalid_request_error" => {
            "An invalid_request_error means the API understood the key but not the request, or refused it for \
             an account reason the message names."
        }
        _ => "The message names the problem; search the decision tree for it.",
    }
}

/// At most [`QUOTE_CHARS`] characters of `text`, cut on a char boundary.
fn quote(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(QUOTE_CHARS).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}
