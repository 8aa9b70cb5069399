//! What a recognized text points to: one [`ErrorCause`] per distinct diagnosis, whether it is an
//! authentication problem at all, and the plain words that say so. Where it sends the user is
//! `route::for_error`.

/// What a pasted error is not, when it is not a credential problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NotAuth {
    /// 429: too many requests or tokens.
    RateLimit,
    /// 529: the API is overloaded.
    Overloaded,
    /// 5xx: a server error.
    ServerError,
    /// 404 for a model id.
    ModelNotFound,
    /// 400 or 404 about the request itself.
    InvalidRequest,
    /// Another provider's error (OpenAI, Gemini, …).
    OtherProvider,
    /// The request did not reach the API.
    Network,
    /// No answer in time.
    Timeout,
}

impl NotAuth {
    /// The corpus id, e.g. `rate-limit`.
    pub fn id(self) -> &'static str {
        match self {
            NotAuth::RateLimit => "rate-limit",
            NotAuth::Overloaded => "overloaded",
            NotAuth::ServerError => "server-error",
            NotAuth::ModelNotFound => "model-not-found",
            NotAuth::InvalidRequest => "invalid-request",
            NotAuth::OtherProvider => "other-provider",
            NotAuth::Network => "network",
            NotAuth::Timeout => "timeout",
        }
    }
}

/// Whether a text shows a credential problem, something else, or nothing known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An Anthropic authentication, authorization or billing failure, or a credential set-up
    /// problem of an SDK or tool.
    Auth,
    /// Recognized, and not a credential problem.
    NotAuth(NotAuth),
    /// Nothing Key Doctor knows: the guided questions are the way forward.
    Unknown,
}

impl Kind {
    /// The corpus id: `auth`, `not-auth` or `unknown`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Auth => "auth",
            Kind::NotAuth(_) => "not-auth",
            Kind::Unknown => "unknown",
        }
    }

    /// A few words above the headline: what kind of text it is. A text that is not about
    /// credentials says so first, so it is never read as a bad key.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Auth => "A credential problem",
            Kind::NotAuth(NotAuth::OtherProvider) => "Not an Anthropic error",
            Kind::NotAuth(NotAuth::RateLimit) => "Not a key problem: a rate limit",
            Kind::NotAuth(NotAuth::Overloaded) => "Not a key problem: an overload",
            Kind::NotAuth(NotAuth::ServerError) => "Not a key problem: a server error",
            Kind::NotAuth(NotAuth::ModelNotFound) => "Not a key problem: an unknown model",
            Kind::NotAuth(NotAuth::InvalidRequest) => "Not a key problem: the request itself",
            Kind::NotAuth(NotAuth::Network) => "Not a key problem: the API was not reached",
            Kind::NotAuth(NotAuth::Timeout) => "Not a key problem: no answer in time",
            Kind::Unknown => "Not recognized",
        }
    }
}

macro_rules! causes {
    ($($(#[$doc:meta])* $name:ident => $label:expr,)*) => {
        /// One diagnosis a text can lead to.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ErrorCause { $($(#[$doc])* $name,)* }

        impl ErrorCause {
            /// Every cause, in declaration order.
            pub const ALL: &[ErrorCause] = &[$(ErrorCause::$name,)*];

            /// One plain sentence: what the text says happened.
            pub fn label(self) -> &'static str {
                match self { $(ErrorCause::$name => $label,)* }
            }
        }
    };
}

causes! {
    /// The API rejected the key (`invalid x-api-key`, a 401 `authentication_error`).
    RejectedKey => "The API rejected the key: it is wrong, mistyped, cut off, revoked, or not the key you think the program uses.",
    /// A credential that worked was revoked (`Invalid authentication credentials`).
    RevokedCredential => "The API no longer accepts this credential: it was revoked or disabled, or its organization or account was deactivated.",
    /// `Invalid bearer token`, sender unknown.
    BearerRejected => "The API rejected a credential sent as a bearer token (Authorization: Bearer) instead of x-api-key.",
    /// `Invalid bearer token` from an SDK that always sends keys as Bearer.
    BearerRejectedNewSdk => "The API rejected the credential sent as Authorization: Bearer; this SDK sends every key that way, so the key itself is the likely problem.",
    /// `Invalid bearer token` in Claude Code.
    BearerRejectedClaudeCode => "Claude Code sent a bearer token that the API rejected, usually from ANTHROPIC_AUTH_TOKEN.",
    /// No credential reached the SDK or the API.
    KeyNotSet => "No key reached the program: the variable or setting is not set where it runs.",
    /// A CI job (GitHub Actions) has no key or token.
    CiSecretMissing => "The CI job has no key or token: the secret is not set, named differently, or not passed to the step.",
    /// No credential, and federation variables are only partly set.
    KeyNotSetFederation => "No credential was found: the key is not set, and the workload identity variables in the text are incomplete.",
    /// The key holds a line break, a space, a quote or another character that breaks the header.
    PasteArtefact => "The key holds a character that cannot go into an HTTP header (a line break, a space, a quote or an invisible character).",
    /// `Illegal header value b'Bearer '`: an empty token was sent.
    EmptyAuthToken => "An empty bearer token was sent: ANTHROPIC_AUTH_TOKEN (or the key) is set but empty.",
    /// The credit balance is too low.
    NoCredits => "The organization has no API credits left (the API is prepaid, separate from a Claude subscription).",
    /// Claude Code's `Credit balance is too low`.
    ClaudeCodeCredits => "Claude Code is billing an API key with no credits, often because ANTHROPIC_API_KEY overrides the Claude subscription login.",
    /// A spend limit you set was reached.
    SpendLimit => "A spend or usage limit set for the organization or workspace was reached.",
    /// 402 `billing_error` / `PaymentRequiredError`.
    PaymentRequired => "The API asks for payment (402): billing for the organization needs attention in Claude Console.",
    /// `This organization has been disabled.`
    OrgDisabled => "The organization that owns this key has been disabled.",
    /// Claude Code: `This organization has been disabled.`
    ClaudeCodeOrgDisabled => "The organization behind Claude Code's credential is disabled, often an old ANTHROPIC_API_KEY overriding the Claude login.",
    /// Claude Code: the env key belongs to a disabled organization.
    ClaudeCodeKeyDisabledOrg => "Claude Code uses ANTHROPIC_API_KEY, whose organization is disabled, instead of your Claude login.",
    /// `error_code: organization_on_hold`.
    OrganizationOnHold => "Anthropic has put the organization on hold (organization_on_hold); only an appeal or support can lift it.",
    /// `anthropic-workspace-id is required …`.
    WorkspaceIdRequired => "The key is identity-linked (personal or service account): requests must name a workspace with anthropic-workspace-id.",
    /// 403 `permission_error`.
    PermissionDenied => "The key is valid but may not use this resource: its workspace or organization lacks access.",
    /// 403 `Request not allowed`.
    RegionBlocked => "The request was refused before the key was checked, usually because it comes from an unsupported country or region (or a VPN or proxy exit there).",
    /// `error_code: ip_not_in_allowed_range`.
    IpNotAllowed => "The organization only accepts requests from allowed IP ranges, and this request came from outside them.",
    /// `error_code: api_key_scope_missing`.
    KeyScopeMissing => "The key lacks the scope this request needs (api_key_scope_missing).",
    /// `error_code: claude_code_key_creator_not_member`.
    KeyCreatorNotMember => "The key belongs to the Claude Code workspace, and the person who created it is no longer a member.",
    /// `Account is no longer a member of the organization`.
    OwnerLeft => "The account behind this credential is no longer a member of the organization.",
    /// `CORS requests must set 'anthropic-dangerous-direct-browser-access' header`.
    CorsHeaderMissing => "The request carried a browser's Origin header without the opt-in header for direct browser access.",
    /// A browser's console says the call was blocked by CORS.
    BrowserCors => "The browser blocked the call: a web page calling the API directly needs the opt-in header.",
    /// The TypeScript SDK's browser guard.
    BrowserGuard => "The TypeScript SDK refuses to run in a browser unless dangerouslyAllowBrowser is set.",
    /// `Failed to fetch` in a browser calling the API.
    BrowserFetchFailed => "The browser's request failed without an answer; for a web page calling the API directly, that is usually the missing opt-in header.",
    /// `CORS requests are not allowed for this Organization …`.
    OrgForbidsBrowser => "The organization does not allow calls from browsers at all: they must go through a back end.",
    /// `anthropic-version` missing or invalid.
    VersionHeader => "The anthropic-version header is missing or not a valid version.",
    /// A subscription OAuth token used as an API key, or where only Claude Code may use it.
    OauthAsKey => "A Claude subscription OAuth token was used where an API key is needed.",
    /// `OAuth authentication is currently not allowed for this organization`.
    OauthNotAllowed => "The organization does not allow OAuth (subscription) sign-in for this use.",
    /// `OAuth token does not meet scope requirement`.
    OauthScope => "The OAuth token lacks a scope the request needs.",
    /// Claude Code's saved login expired, was revoked, or cannot be refreshed.
    LoginExpired => "The saved login (OAuth token) expired, was revoked or could not be refreshed: sign in again.",
    /// Claude Code: login expired, or the Anthropic profile's login.
    LoginExpiredOrProfile => "The login expired: either Claude Code's own login or the Anthropic profile it uses.",
    /// Claude Code: `Invalid authentication credentials` after signing in.
    ClaudeCodeCredentialRefused => "The API no longer accepts Claude Code's credential: the login was revoked or expired, or its organization or account was disabled.",
    /// Claude Code: its own subscription token refused as not Claude Code's.
    ClaudeCodeOauthRefused => "Claude Code's subscription login was refused for this request; signing in again usually fixes it.",
    /// Claude Code: `Please run /login · API Error: 403 … permission_error`.
    ClaudeCodeLoginRefused => "Claude Code's login was refused (403): sign in again; if it persists, the account lacks access to the organization or workspace.",
    /// Claude Code on Bedrock or Vertex AI, but it asks for an Anthropic login.
    CloudInsteadOfLogin => "Claude Code looks for an Anthropic key or login, but you meant to use Claude on Bedrock or Vertex AI.",
    /// Claude Code is not logged in.
    ClaudeCodeNotLoggedIn => "Claude Code has no credential: it is not logged in and no key is set.",
    /// Claude Code rejects an external key (`Invalid API key · Fix external API key`).
    ClaudeCodeExternalKey => "Claude Code uses a key from outside its login (ANTHROPIC_API_KEY or apiKeyHelper), and the API rejected it.",
    /// Older Claude Code's `Invalid API key · Please run /login`: printed for a rejected key from
    /// outside the login and when there was no credential at all (sdk-2026-facts.md section 3).
    ClaudeCodeInvalidKeyOrNoLogin => "Claude Code found no credential it could use: either the key from outside its login (ANTHROPIC_API_KEY or apiKeyHelper) was rejected, or there is no key and no login.",
    /// Claude Code rejects ANTHROPIC_AUTH_TOKEN.
    ClaudeCodeAuthToken => "Claude Code uses a token from the environment (ANTHROPIC_AUTH_TOKEN), and the API rejected it.",
    /// Claude Code's apiKeyHelper fails.
    ClaudeCodeHelper => "Claude Code's apiKeyHelper script fails or returns a key the API rejects.",
    /// Claude Code: the organization disabled API key authentication.
    ClaudeCodeApiKeyAuthDisabled => "The organization has disabled API key authentication for Claude Code: sign in with your Claude account instead.",
    /// Claude Code: the organization disabled subscription access.
    ClaudeCodeSubscriptionDisabled => "The organization has disabled Claude subscription access for Claude Code: use an API key, or ask an admin.",
    /// Claude Code's named-profile messages.
    ClaudeCodeProfile => "Claude Code cannot use the Anthropic profile that ANTHROPIC_PROFILE (or the active profile) names.",
    /// Claude Code warns that an env key overrides the login.
    ClaudeCodeEnvOverride => "ANTHROPIC_API_KEY in the environment overrides Claude Code's own login.",
    /// Claude Code warns that ANTHROPIC_AUTH_TOKEN overrides the login.
    ClaudeCodeTokenOverride => "ANTHROPIC_AUTH_TOKEN in the environment overrides Claude Code's subscription login.",
    /// ANTHROPIC_AUTH_TOKEN is in use where a key was meant.
    StrayAuthToken => "A token from ANTHROPIC_AUTH_TOKEN is in use.",
    /// A gateway or proxy answered.
    Gateway => "A gateway or proxy between you and Anthropic refused the request with its own rules or keys.",
    /// Bedrock, Vertex AI or Foundry credentials.
    CloudCredentials => "The cloud platform's credentials (AWS for Bedrock, Google Cloud for Vertex AI, Azure for Foundry) are missing or rejected.",
    /// `Pass at most one of …`.
    TwoCredentialArguments => "The code passes two credentials to the client (for example api_key= and auth_token=); the SDK accepts one.",
    /// An API key and a token both set (in Claude Code, the key may be one /login saved).
    KeyAndTokenBothSet => "An API key and a token are both set (ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN, say); only one of them is used.",
    /// A key in the environment shadows a profile or federation.
    EnvKeyShadowsProfile => "A key or token in the environment takes precedence over the Anthropic profile or workload identity you meant to use.",
    /// The named profile does not exist.
    ProfileNotFound => "The Anthropic profile named by ANTHROPIC_PROFILE (or profile=) does not exist or has an invalid name.",
    /// The profile's config file is not valid.
    ProfileBadJson => "The Anthropic profile's config file is not valid JSON, or lacks its authentication object.",
    /// The profile's authentication type is unknown.
    ProfileUnknownType => "The profile's authentication.type is not oidc_federation or user_oauth (there is no API-key profile type).",
    /// The profile's files have unsafe modes.
    ProfileFileModes => "The profile's files are readable or writable by others; the SDK refuses them until their modes are fixed.",
    /// The profile's login expired or its refresh was rejected.
    ProfileLoginExpired => "The Anthropic profile's login expired or could not be refreshed: run `ant auth login` again.",
    /// The profile has no credentials file.
    ProfileCredentialsMissing => "The Anthropic profile has no credentials file: it was never logged in on this machine, or it names the wrong profile.",
    /// `Token exchange failed … Ensure your federation rule matches your identity token`.
    FederationRuleMismatch => "Workload identity federation: the token exchange was refused, so the federation rule and the identity token do not match.",
    /// The federation rule spans several workspaces and none was named.
    FederationWorkspaceMissing => "Workload identity federation: no workspace was named for a rule that spans several.",
    /// The identity token file is missing or empty.
    IdentityTokenFileMissing => "Workload identity federation: the identity token file is missing, empty or unreadable.",
    /// Only part of the federation set-up is there.
    FederationPartialEnv => "Workload identity federation is only partly set up (a variable is missing, or the base URL is not https).",
    /// 429.
    RateLimited => "A rate limit (429): too many requests or tokens for now. The key works; wait and retry.",
    /// 529.
    Overloaded => "The API is overloaded (529): a temporary problem on Anthropic's side, not your key.",
    /// 5xx.
    ServerError => "A server error on the API's side (5xx), not a problem with your key.",
    /// 404 for a model.
    ModelNotFound => "The model was not found (404): the model id is wrong for this API or not available to this key, which itself was accepted.",
    /// 404 for something else.
    NotFound => "Not found (404): the URL or resource does not exist, which is not a key problem.",
    /// 400 about the request.
    InvalidRequest => "The request itself was invalid (400): a parameter or the body is wrong, not the key.",
    /// Another provider's error.
    OtherProviderError => "This is another provider's error, not Anthropic's: the request went to that provider.",
    /// The request did not reach the API.
    Network => "The request did not reach the API (a network, DNS, proxy or TLS problem), so the key was never checked.",
    /// No answer in time.
    Timeout => "The request timed out, so nothing is known about the key.",
}

impl ErrorCause {
    /// Whether it is a credential problem, and if not, what it is.
    pub fn kind(self) -> Kind {
        use ErrorCause::*;
        match self {
            RateLimited => Kind::NotAuth(NotAuth::RateLimit),
            Overloaded => Kind::NotAuth(NotAuth::Overloaded),
            ServerError => Kind::NotAuth(NotAuth::ServerError),
            ModelNotFound => Kind::NotAuth(NotAuth::ModelNotFound),
            NotFound | InvalidRequest => Kind::NotAuth(NotAuth::InvalidRequest),
            OtherProviderError => Kind::NotAuth(NotAuth::OtherProvider),
            Network => Kind::NotAuth(NotAuth::Network),
            Timeout => Kind::NotAuth(NotAuth::Timeout),
            _ => Kind::Auth,
        }
    }

    /// For causes that lead to two steps: what tells them apart.
    pub fn tells_apart(self) -> Option<&'static str> {
        use ErrorCause::*;
        Some(match self {
            BearerRejected => {
                "If your code or app sends the API key as a bearer token (auth_token, authToken, an OpenAI-style client, a \"Bearer\" setting), send it as x-api-key instead. If ANTHROPIC_AUTH_TOKEN is set where the program runs, that token was sent: unset it."
            }
            ClaudeCodeOrgDisabled => {
                "If ANTHROPIC_API_KEY (or a key saved by /login) is set, its organization is disabled: unset it to use your Claude login. If you sign in with your Claude account, that organization itself is disabled."
            }
            ClaudeCodeCredentialRefused => {
                "Sign in again (/login) first. If the error stays, the organization or the account behind the login has been disabled."
            }
            ClaudeCodeOauthRefused => {
                "If Claude Code uses your Claude login, sign in again with /login. If a subscription token was set for another tool (CLAUDE_CODE_OAUTH_TOKEN, ANTHROPIC_AUTH_TOKEN), it only works in Claude Code itself."
            }
            ClaudeCodeLoginRefused => {
                "Sign in again (/login) first. If the 403 stays, the account lacks the role or workspace access it needs: ask an admin."
            }
            CloudInsteadOfLogin => {
                "If you meant Claude on Bedrock or Vertex AI, the app's environment lacks CLAUDE_CODE_USE_BEDROCK or CLAUDE_CODE_USE_VERTEX and the cloud credentials. If you meant an Anthropic account, log in."
            }
            BearerRejectedNewSdk => {
                "Most likely the key itself is wrong or revoked. If the same key works with curl and x-api-key, something between you and the API (a proxy or gateway) rewrites or drops the Authorization header."
            }
            KeyNotSetFederation => {
                "If you meant to use an API key, it is not set. If you meant workload identity, the federation rule, organization and identity token must all be set."
            }
            EmptyAuthToken => {
                "If you never meant to use ANTHROPIC_AUTH_TOKEN, an empty one is still set somewhere: unset it. If you meant to use a key or token, it is empty where the program runs."
            }
            NoCredits => {
                "If the organization never bought API credits, buy them in Console › Plans & Billing. If you pay for Claude Pro or Max instead, that subscription does not cover API calls."
            }
            ClaudeCodeCredits => {
                "If you meant to use your Claude subscription, ANTHROPIC_API_KEY (or a key saved by /login) is billed instead: unset it. If you meant to use that key, its organization needs credits."
            }
            ClaudeCodeKeyDisabledOrg => {
                "If you meant to use your Claude login, unset ANTHROPIC_API_KEY. If you meant that key, its organization is disabled: use a key from an active organization."
            }
            CorsHeaderMissing => {
                "If a web page, extension or webview calls the API directly, it needs the opt-in header. If your own server calls the API for a page, it forwards the browser's Origin header: drop it."
            }
            BrowserFetchFailed => {
                "If the page calls api.anthropic.com directly, the missing opt-in header hides the API's answer. If other sites fail too, the network, a proxy or an extension blocks the request."
            }
            OauthScope => {
                "In your own code or another app, a subscription token is not an API key: use a Console key. In Claude Code, sign in again to get a token with the right scopes."
            }
            LoginExpiredOrProfile => {
                "If Claude Code signs in with your Claude account, run /login. If it uses an Anthropic profile (ant auth login, ANTHROPIC_PROFILE), log that profile in again."
            }
            ClaudeCodeExternalKey => {
                "If you meant to use your Claude subscription, the key from the environment or apiKeyHelper overrides it: unset it. If you meant to use that key, it is wrong or revoked."
            }
            ClaudeCodeInvalidKeyOrNoLogin => {
                "Older Claude Code printed this message in both cases. Run /status: if it lists an API key (ANTHROPIC_API_KEY or apiKeyHelper), that key was rejected; if it lists no key and no login, sign in with /login or set a key."
            }
            ClaudeCodeTokenOverride => {
                "If ANTHROPIC_AUTH_TOKEN was meant for another tool or a gateway, unset it for Claude Code. If you meant to use it, it overrides your subscription login on purpose."
            }
            ProfileCredentialsMissing => {
                "If the profile name is right, log it in on this machine (ant auth login --profile …). If it is not, ANTHROPIC_PROFILE or the active profile names the wrong one."
            }
            FederationRuleMismatch => {
                "If the rule is scoped to one workspace, its issuer, subject or audience does not match the identity token. If it spans several workspaces, ANTHROPIC_WORKSPACE_ID must name one."
            }
            _ => return None,
        })
    }
}
