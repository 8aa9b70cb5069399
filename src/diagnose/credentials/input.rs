//! The things a user can tick as "set": each one a short slug for the URL, never a value.

use super::generation::{Generation, Tool};

/// One thing that is set (a variable, an argument, a file, a login), never its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Input {
    /// `ANTHROPIC_API_KEY` in the environment the program starts with.
    Key,
    /// `ANTHROPIC_AUTH_TOKEN` in the environment.
    Token,
    /// `ANTHROPIC_BASE_URL` in the environment.
    BaseUrl,
    /// The code passes `api_key=` / `apiKey`.
    ArgKey,
    /// The code passes `auth_token=` / `authToken`.
    ArgToken,
    /// The code passes `credentials=` / `credentials` (a credentials provider).
    ArgCredentials,
    /// The code passes `config=` / `config`.
    ArgConfig,
    /// The code passes `profile=` / `profile`.
    ArgProfile,
    /// The code passes `base_url=` / `baseURL`.
    ArgBaseUrl,
    /// `ANTHROPIC_PROFILE` in the environment.
    Profile,
    /// `ANTHROPIC_CONFIG_DIR` in the environment.
    ConfigDir,
    /// An `active_config` file naming a profile (`ant profile activate`).
    ActiveConfig,
    /// A profile named `default` on disk (from `ant auth login`), no `active_config`.
    DefaultProfile,
    /// `XDG_CONFIG_HOME` in the environment (TypeScript reads profiles under it).
    XdgConfigHome,
    /// `ANTHROPIC_IDENTITY_TOKEN` or `ANTHROPIC_IDENTITY_TOKEN_FILE`.
    IdentityToken,
    /// `ANTHROPIC_FEDERATION_RULE_ID`.
    FederationRule,
    /// `ANTHROPIC_ORGANIZATION_ID`.
    OrganizationId,
    /// `ANTHROPIC_WORKSPACE_ID`.
    WorkspaceId,
    /// A `.env` file that holds `ANTHROPIC_API_KEY`.
    Dotenv,
    /// Something loads that `.env` into the environment (`load_dotenv()`, `dotenv.config()`, direnv…).
    DotenvLoaded,
    /// …with override (`load_dotenv(override=True)`, `override: true`).
    DotenvOverride,
    /// Claude Code's `apiKeyHelper` setting.
    ApiKeyHelper,
    /// `CLAUDE_CODE_OAUTH_TOKEN` in the environment.
    ClaudeCodeOauthToken,
    /// Claude Code `/login` with a Claude subscription (claude.ai).
    LoginSubscription,
    /// Claude Code `/login` with a Console account (a key saved by /login).
    LoginConsole,
    /// Claude Code asked "Do you want to use this API key?" and the answer was No.
    KeyDeclined,
    /// `CLAUDE_CODE_USE_BEDROCK` (Claude Code) or the `AnthropicBedrock` client (SDKs).
    Bedrock,
    /// `CLAUDE_CODE_USE_VERTEX` or the `AnthropicVertex` client.
    Vertex,
    /// `CLAUDE_CODE_USE_FOUNDRY` or the `AnthropicFoundry` client.
    Foundry,
}

use Input::*;

impl Input {
    /// Every input, in the order the URL lists them.
    pub const ALL: [Input; 29] = [
        Key,
        Token,
        BaseUrl,
        ArgKey,
        ArgToken,
        ArgCredentials,
        ArgConfig,
        ArgProfile,
        ArgBaseUrl,
        Profile,
        ConfigDir,
        ActiveConfig,
        DefaultProfile,
        XdgConfigHome,
        IdentityToken,
        FederationRule,
        OrganizationId,
        WorkspaceId,
        Dotenv,
        DotenvLoaded,
        DotenvOverride,
        ApiKeyHelper,
        ClaudeCodeOauthToken,
        LoginSubscription,
        LoginConsole,
        KeyDeclined,
        Bedrock,
        Vertex,
        Foundry,
    ];

    /// The short slug kept in the URL (`has=key.token`).
    pub fn slug(self) -> &'static str {
        match self {
            Key => "key",
            Token => "token",
            BaseUrl => "base",
            ArgKey => "arg-key",
            ArgToken => "arg-token",
            ArgCredentials => "arg-creds",
            ArgConfig => "arg-config",
            ArgProfile => "arg-profile",
            ArgBaseUrl => "arg-base",
            Profile => "profile",
            ConfigDir => "config-dir",
            ActiveConfig => "active",
            DefaultProfile => "default-profile",
            XdgConfigHome => "xdg",
            IdentityToken => "id-token",
            FederationRule => "rule",
            OrganizationId => "org",
            WorkspaceId => "workspace",
            Dotenv => "dotenv",
            DotenvLoaded => "dotenv-loaded",
            DotenvOverride => "dotenv-override",
            ApiKeyHelper => "helper",
            ClaudeCodeOauthToken => "cc-token",
            LoginSubscription => "login-sub",
            LoginConsole => "login-console",
            KeyDeclined => "key-declined",
            Bedrock => "bedrock",
            Vertex => "vertex",
            Foundry => "foundry",
        }
    }

    /// The input a slug names.
    pub fn from_slug(slug: &str) -> Option<Input> {
        Input::ALL.into_iter().find(|i| i.slug() == slug)
    }

    /// What it is, as the checkbox and the report name it (a variable name, an argument, …).
    pub fn label(self) -> &'static str {
        match self {
            Key => "ANTHROPIC_API_KEY",
            Token => "ANTHROPIC_AUTH_TOKEN",
            BaseUrl => "ANTHROPIC_BASE_URL",
            ArgKey => "an api_key / apiKey argument",
            ArgToken => "an auth_token / authToken argument",
            ArgCredentials => "a credentials argument",
            ArgConfig => "a config argument",
            ArgProfile => "a profile argument",
            ArgBaseUrl => "a base_url / baseURL argument",
            Profile => "ANTHROPIC_PROFILE",
            ConfigDir => "ANTHROPIC_CONFIG_DIR",
            ActiveConfig => "an active profile (active_config)",
            DefaultProfile => "a default profile from ant auth login",
            XdgConfigHome => "XDG_CONFIG_HOME",
            IdentityToken => "ANTHROPIC_IDENTITY_TOKEN(_FILE)",
            FederationRule => "ANTHROPIC_FEDERATION_RULE_ID",
            OrganizationId => "ANTHROPIC_ORGANIZATION_ID",
            WorkspaceId => "ANTHROPIC_WORKSPACE_ID",
            Dotenv => "a .env file with ANTHROPIC_API_KEY",
            DotenvLoaded => "the .env file is loaded",
            DotenvOverride => "the .env file is loaded with override",
            ApiKeyHelper => "apiKeyHelper",
            ClaudeCodeOauthToken => "CLAUDE_CODE_OAUTH_TOKEN",
            LoginSubscription => "a /login with a Claude subscription",
            LoginConsole => "a /login with a Console account",
            KeyDeclined => "answered No to “Do you want to use this API key?”",
            Bedrock => "Amazon Bedrock",
            Vertex => "Google Vertex AI",
            Foundry => "Microsoft Foundry",
        }
    }

    /// Whether the tool reads this at all (the UI shows only these checkboxes). `.env` and the
    /// platform switches apply everywhere; arguments only to the SDKs; Claude Code's settings and
    /// logins only to Claude Code.
    pub fn applies_to(self, generation: Generation) -> bool {
        let tool = generation.tool();
        match self {
            ArgKey | ArgToken | ArgCredentials | ArgConfig | ArgProfile | ArgBaseUrl => tool != Tool::ClaudeCode,
            XdgConfigHome => tool != Tool::ClaudeCode && generation.reads_profiles(),
            ConfigDir => generation.reads_profiles(),
            ApiKeyHelper | ClaudeCodeOauthToken | LoginSubscription | LoginConsole | KeyDeclined => {
                tool == Tool::ClaudeCode
            }
            _ => true,
        }
    }

    /// Inputs of which at most one can be true at a time (one `/login` account); ticking one
    /// unticks the others.
    pub fn exclusive_with(self) -> &'static [Input] {
        match self {
            LoginSubscription => &[LoginConsole],
            LoginConsole => &[LoginSubscription],
            _ => &[],
        }
    }

    /// The input that must be ticked for this one to mean anything (`.env` loaded needs a `.env`).
    pub fn needs(self) -> Option<Input> {
        match self {
            DotenvLoaded => Some(Dotenv),
            DotenvOverride => Some(DotenvLoaded),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_short_and_round_trip() {
        for input in Input::ALL {
            assert_eq!(Input::from_slug(input.slug()), Some(input));
            assert!(input.slug().len() <= 16 && crate::diagnose::tree::is_answer_value(input.slug()));
        }
        let mut sorted = Input::ALL;
        sorted.sort();
        assert_eq!(sorted, Input::ALL, "ALL is in declaration order, which the URL relies on");
    }

    #[test]
    fn claude_code_has_no_arguments_and_sdks_no_logins() {
        assert!(!ArgKey.applies_to(Generation::ClaudeCode));
        assert!(!LoginSubscription.applies_to(Generation::Python2));
        assert!(!XdgConfigHome.applies_to(Generation::Python097));
        assert!(Dotenv.applies_to(Generation::ClaudeCode));
    }
}
