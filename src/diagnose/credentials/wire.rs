//! The vocabulary of a request: which credential, in which header, to which host.

/// A cloud platform that replaces Anthropic's own API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Platform {
    /// Amazon Bedrock.
    Bedrock,
    /// Google Vertex AI.
    Vertex,
    /// Microsoft Foundry.
    Foundry,
}

impl Platform {
    /// The platform's name.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Bedrock => "Amazon Bedrock",
            Platform::Vertex => "Google Vertex AI",
            Platform::Foundry => "Microsoft Foundry",
        }
    }
}

/// Which credential goes out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Credential {
    /// `ANTHROPIC_API_KEY` from the shell's environment.
    EnvApiKey,
    /// `ANTHROPIC_API_KEY` from the `.env` file.
    DotenvApiKey,
    /// `ANTHROPIC_AUTH_TOKEN`.
    EnvAuthToken,
    /// The `api_key=` / `apiKey` argument.
    ArgApiKey,
    /// The `auth_token=` / `authToken` argument.
    ArgAuthToken,
    /// A token from the `credentials=` provider.
    ArgCredentials,
    /// A token from the `config=` argument.
    ArgConfig,
    /// A token from the profile named by the `profile=` argument.
    ArgProfile,
    /// A token from the profile `ANTHROPIC_PROFILE` names.
    EnvProfile,
    /// A token exchanged for the identity token (workload identity federation).
    Federation,
    /// A token from the profile `active_config` names.
    ActiveProfile,
    /// A token from the `default` profile.
    DefaultProfile,
    /// The output of Claude Code's `apiKeyHelper`.
    ApiKeyHelper,
    /// `CLAUDE_CODE_OAUTH_TOKEN`.
    ClaudeCodeOauthToken,
    /// The API key Claude Code saved at `/login` with a Console account.
    ConsoleLoginKey,
    /// The OAuth token of a Claude subscription `/login`.
    SubscriptionLogin,
    /// The cloud platform's own credentials.
    Cloud(Platform),
}

impl Credential {
    /// A stable slug, for tables and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Credential::EnvApiKey => "env-key",
            Credential::DotenvApiKey => "dotenv-key",
            Credential::EnvAuthToken => "env-token",
            Credential::ArgApiKey => "arg-key",
            Credential::ArgAuthToken => "arg-token",
            Credential::ArgCredentials => "arg-creds",
            Credential::ArgConfig => "arg-config",
            Credential::ArgProfile => "arg-profile",
            Credential::EnvProfile => "env-profile",
            Credential::Federation => "federation",
            Credential::ActiveProfile => "active-profile",
            Credential::DefaultProfile => "default-profile",
            Credential::ApiKeyHelper => "helper",
            Credential::ClaudeCodeOauthToken => "cc-token",
            Credential::ConsoleLoginKey => "console-key",
            Credential::SubscriptionLogin => "subscription",
            Credential::Cloud(Platform::Bedrock) => "bedrock",
            Credential::Cloud(Platform::Vertex) => "vertex",
            Credential::Cloud(Platform::Foundry) => "foundry",
        }
    }

    /// What it is, in words.
    pub fn label(self) -> &'static str {
        match self {
            Credential::EnvApiKey => "ANTHROPIC_API_KEY (from the shell's environment)",
            Credential::DotenvApiKey => "ANTHROPIC_API_KEY (from the .env file)",
            Credential::EnvAuthToken => "ANTHROPIC_AUTH_TOKEN",
            Credential::ArgApiKey => "the api_key / apiKey argument",
            Credential::ArgAuthToken => "the auth_token / authToken argument",
            Credential::ArgCredentials => "a token from the credentials argument",
            Credential::ArgConfig => "a token from the config argument",
            Credential::ArgProfile => "a token from the profile named by the profile argument",
            Credential::EnvProfile => "a token from the profile ANTHROPIC_PROFILE names",
            Credential::Federation => "a token exchanged for your identity token (federation)",
            Credential::ActiveProfile => "a token from the active profile (active_config)",
            Credential::DefaultProfile => "a token from the default profile (ant auth login)",
            Credential::ApiKeyHelper => "the output of apiKeyHelper",
            Credential::ClaudeCodeOauthToken => "CLAUDE_CODE_OAUTH_TOKEN",
            Credential::ConsoleLoginKey => "the API key saved by /login (Console account)",
            Credential::SubscriptionLogin => "the Claude subscription login (/login)",
            Credential::Cloud(Platform::Bedrock) => "your AWS credentials (Amazon Bedrock)",
            Credential::Cloud(Platform::Vertex) => "your Google Cloud credentials (Vertex AI)",
            Credential::Cloud(Platform::Foundry) => "your Foundry key or Azure credentials",
        }
    }
}

/// The header a credential travels in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Header {
    /// `X-Api-Key: <credential>`.
    XApiKey,
    /// `Authorization: Bearer <credential>`.
    Bearer,
    /// Whatever the cloud platform's client signs or sends.
    Cloud(Platform),
}

impl Header {
    /// A stable slug, for tables and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Header::XApiKey => "x-api-key",
            Header::Bearer => "bearer",
            Header::Cloud(_) => "cloud",
        }
    }

    /// The header as it appears on the wire.
    pub fn label(self) -> &'static str {
        match self {
            Header::XApiKey => "X-Api-Key",
            Header::Bearer => "Authorization: Bearer",
            Header::Cloud(Platform::Bedrock) => {
                "an AWS Signature V4 Authorization header (or Authorization: Bearer with AWS_BEARER_TOKEN_BEDROCK)"
            }
            Header::Cloud(Platform::Vertex) => "Authorization: Bearer with a Google Cloud access token",
            Header::Cloud(Platform::Foundry) => "x-api-key and api-key (or an Azure AD token)",
        }
    }
}

/// Where the request goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Host {
    /// `https://api.anthropic.com`.
    Anthropic,
    /// The URL in `ANTHROPIC_BASE_URL`.
    EnvBaseUrl,
    /// The URL in the `base_url=` / `baseURL` argument.
    ArgBaseUrl,
    /// The cloud platform's endpoint.
    Cloud(Platform),
}

impl Host {
    /// A stable slug, for tables and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Host::Anthropic => "anthropic",
            Host::EnvBaseUrl => "env-base",
            Host::ArgBaseUrl => "arg-base",
            Host::Cloud(_) => "cloud",
        }
    }

    /// Where, in words.
    pub fn label(self) -> &'static str {
        match self {
            Host::Anthropic => "https://api.anthropic.com",
            Host::EnvBaseUrl => "the URL in ANTHROPIC_BASE_URL",
            Host::ArgBaseUrl => "the URL in the base_url / baseURL argument",
            Host::Cloud(Platform::Bedrock) => "Amazon Bedrock's endpoint in your AWS region",
            Host::Cloud(Platform::Vertex) => "Vertex AI's endpoint in your Google Cloud region",
            Host::Cloud(Platform::Foundry) => "your Foundry resource's endpoint",
        }
    }
}
