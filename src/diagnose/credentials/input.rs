//! The things a user can tick as "set": each one a short slug for the URL, never a value.

use super::generation::{Generation, Tool};

/// Declares [`Input`] from one table: each input with its URL slug and its label, in the order
/// the URL lists them (so the enum, `ALL`, `slug` and `label` cannot drift apart).
macro_rules! inputs {
    ($($(#[$doc:meta])* $name:ident => $slug:literal, $label:literal,)*) => {
        /// One thing that is set (a variable, an argument, a file, a login), never its value.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Input { $($(#[$doc])* $name,)* }

        impl Input {
            /// How many there are.
            pub const COUNT: usize = [$(stringify!($name),)*].len();

            /// Every input, in the order the URL lists them.
            pub const ALL: [Input; Input::COUNT] = [$(Input::$name,)*];

            /// The short slug kept in the URL (`has=key.token`).
            pub fn slug(self) -> &'static str {
                match self { $(Input::$name => $slug,)* }
            }

            /// What it is, as the checkbox and the report name it (a variable name, an argument, …).
            pub fn label(self) -> &'static str {
                match self { $(Input::$name => $label,)* }
            }
        }
    };
}

inputs! {
    /// `ANTHROPIC_API_KEY` in the environment the program starts with.
    Key => "key", "ANTHROPIC_API_KEY",
    /// `ANTHROPIC_AUTH_TOKEN` in the environment.
    Token => "token", "ANTHROPIC_AUTH_TOKEN",
    /// `ANTHROPIC_BASE_URL` in the environment.
    BaseUrl => "base", "ANTHROPIC_BASE_URL",
    /// The code passes `api_key=` / `apiKey`.
    ArgKey => "arg-key", "an api_key / apiKey argument",
    /// The code passes `auth_token=` / `authToken`.
    ArgToken => "arg-token", "an auth_token / authToken argument",
    /// The code passes `credentials=` / `credentials` (a credentials provider).
    ArgCredentials => "arg-creds", "a credentials argument",
    /// The code passes `config=` / `config`.
    ArgConfig => "arg-config", "a config argument",
    /// The code passes `profile=` / `profile`.
    ArgProfile => "arg-profile", "a profile argument",
    /// The code passes `base_url=` / `baseURL`.
    ArgBaseUrl => "arg-base", "a base_url / baseURL argument",
    /// `ANTHROPIC_PROFILE` in the environment.
    Profile => "profile", "ANTHROPIC_PROFILE",
    /// `ANTHROPIC_CONFIG_DIR` in the environment.
    ConfigDir => "config-dir", "ANTHROPIC_CONFIG_DIR",
    /// An `active_config` file naming a profile (`ant profile activate`).
    ActiveConfig => "active", "an active profile (active_config)",
    /// A profile named `default` on disk (from `ant auth login`), no `active_config`.
    DefaultProfile => "default-profile", "a default profile from ant auth login",
    /// `XDG_CONFIG_HOME` in the environment (TypeScript reads profiles under it).
    XdgConfigHome => "xdg", "XDG_CONFIG_HOME",
    /// `ANTHROPIC_IDENTITY_TOKEN` or `ANTHROPIC_IDENTITY_TOKEN_FILE`.
    IdentityToken => "id-token", "ANTHROPIC_IDENTITY_TOKEN(_FILE)",
    /// `ANTHROPIC_FEDERATION_RULE_ID`.
    FederationRule => "rule", "ANTHROPIC_FEDERATION_RULE_ID",
    /// `ANTHROPIC_ORGANIZATION_ID`.
    OrganizationId => "org", "ANTHROPIC_ORGANIZATION_ID",
    /// `ANTHROPIC_WORKSPACE_ID`.
    WorkspaceId => "workspace", "ANTHROPIC_WORKSPACE_ID",
    /// A `.env` file that holds `ANTHROPIC_API_KEY`.
    Dotenv => "dotenv", "a .env file with ANTHROPIC_API_KEY",
    /// Something loads that `.env` into the environment (`load_dotenv()`, `dotenv.config()`, direnv…).
    DotenvLoaded => "dotenv-loaded", "the .env file is loaded",
    /// …with override (`load_dotenv(override=True)`, `override: true`).
    DotenvOverride => "dotenv-override", "the .env file is loaded with override",
    /// Claude Code's `apiKeyHelper` setting.
    ApiKeyHelper => "helper", "apiKeyHelper",
    /// `CLAUDE_CODE_OAUTH_TOKEN` in the environment.
    ClaudeCodeOauthToken => "cc-token", "CLAUDE_CODE_OAUTH_TOKEN",
    /// Claude Code `/login` with a Claude subscription (claude.ai).
    LoginSubscription => "login-sub", "a /login with a Claude subscription",
    /// Claude Code `/login` with a Console account (a key saved by /login).
    LoginConsole => "login-console", "a /login with a Console account",
    /// Claude Code asked "Do you want to use this API key?" and the answer was No.
    KeyDeclined => "key-declined", "answered No to “Do you want to use this API key?”",
    /// `CLAUDE_CODE_USE_BEDROCK` (Claude Code) or the `AnthropicBedrock` client (SDKs).
    Bedrock => "bedrock", "Amazon Bedrock",
    /// `CLAUDE_CODE_USE_VERTEX` or the `AnthropicVertex` client.
    Vertex => "vertex", "Google Vertex AI",
    /// `CLAUDE_CODE_USE_FOUNDRY` or the `AnthropicFoundry` client.
    Foundry => "foundry", "Microsoft Foundry",
}

use Input::*;

impl Input {
    /// The input a slug names.
    pub fn from_slug(slug: &str) -> Option<Input> {
        Input::ALL.into_iter().find(|i| i.slug() == slug)
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
