//! Display names and fixed orders for groups, surfaces and snippet roles.

use std::fmt;

use super::{Group, Role, Surface};

impl Group {
    /// Every group, in the order the "All causes" page lists them.
    pub const ALL: [Group; 9] = [
        Group::Environment,
        Group::KeyValue,
        Group::Account,
        Group::AuthMethod,
        Group::Profile,
        Group::Browser,
        Group::Network,
        Group::ClaudeCode,
        Group::Cloud,
    ];

    /// The heading of the group on the "All causes" page.
    pub fn label(self) -> &'static str {
        match self {
            Group::Environment => "The key is not in the program’s environment",
            Group::KeyValue => "The key itself",
            Group::Account => "Account, workspace and billing",
            Group::AuthMethod => "How the key is sent",
            Group::Profile => "Profiles and workload identity federation",
            Group::Browser => "Calls from a browser",
            Group::Network => "Network, proxies and service status",
            Group::ClaudeCode => "Claude Code",
            Group::Cloud => "Cloud providers (Bedrock, Vertex AI)",
        }
    }

    /// The group's id as written in the TOML files (`key-value`, …).
    pub fn slug(self) -> &'static str {
        match self {
            Group::Environment => "environment",
            Group::KeyValue => "key-value",
            Group::Account => "account",
            Group::AuthMethod => "auth-method",
            Group::Profile => "profile",
            Group::Browser => "browser",
            Group::Network => "network",
            Group::ClaudeCode => "claude-code",
            Group::Cloud => "cloud",
        }
    }
}

impl Surface {
    /// Every surface, in the order fix-card tabs appear.
    pub const ALL: [Surface; 19] = [
        Surface::Bash,
        Surface::Fish,
        Surface::Powershell,
        Surface::Cmd,
        Surface::Python,
        Surface::Typescript,
        Surface::Go,
        Surface::Java,
        Surface::Ruby,
        Surface::Csharp,
        Surface::Docker,
        Surface::Compose,
        Surface::GithubActions,
        Surface::ClaudeCode,
        Surface::Curl,
        Surface::Json,
        Surface::Yaml,
        Surface::Dotenv,
        Surface::Text,
    ];

    /// The tab title.
    pub fn label(self) -> &'static str {
        match self {
            Surface::Bash => "Bash / zsh",
            Surface::Fish => "fish",
            Surface::Powershell => "PowerShell",
            Surface::Cmd => "Command Prompt (cmd)",
            Surface::Python => "Python",
            Surface::Typescript => "TypeScript / Node",
            Surface::Go => "Go",
            Surface::Java => "Java",
            Surface::Ruby => "Ruby",
            Surface::Csharp => "C#",
            Surface::Docker => "Docker",
            Surface::Compose => "Docker Compose",
            Surface::GithubActions => "GitHub Actions",
            Surface::ClaudeCode => "Claude Code",
            Surface::Curl => "curl",
            Surface::Json => "JSON",
            Surface::Yaml => "YAML",
            Surface::Dotenv => ".env file",
            Surface::Text => "Text",
        }
    }

    /// The surface's id as written in the TOML files (`github-actions`, …).
    pub fn slug(self) -> &'static str {
        match self {
            Surface::Bash => "bash",
            Surface::Fish => "fish",
            Surface::Powershell => "powershell",
            Surface::Cmd => "cmd",
            Surface::Python => "python",
            Surface::Typescript => "typescript",
            Surface::Go => "go",
            Surface::Java => "java",
            Surface::Ruby => "ruby",
            Surface::Csharp => "csharp",
            Surface::Docker => "docker",
            Surface::Compose => "compose",
            Surface::GithubActions => "github-actions",
            Surface::ClaudeCode => "claude-code",
            Surface::Curl => "curl",
            Surface::Json => "json",
            Surface::Yaml => "yaml",
            Surface::Dotenv => "dotenv",
            Surface::Text => "text",
        }
    }
}

impl Role {
    /// Every role, in the order a fix card shows them.
    pub const ALL: [Role; 5] = [Role::Detect, Role::Broken, Role::Fixed, Role::Workaround, Role::Verify];

    /// The heading of the snippet block.
    pub fn label(self) -> &'static str {
        match self {
            Role::Detect => "Detect",
            Role::Broken => "Broken",
            Role::Fixed => "Fixed",
            Role::Workaround => "Workaround",
            Role::Verify => "Verify the fix",
        }
    }

    /// The role's id as written in the TOML files.
    pub fn slug(self) -> &'static str {
        match self {
            Role::Detect => "detect",
            Role::Broken => "broken",
            Role::Fixed => "fixed",
            Role::Workaround => "workaround",
            Role::Verify => "verify",
        }
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl fmt::Display for Surface {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The slugs must be exactly what serde reads from the TOML files.
    #[derive(serde::Deserialize)]
    struct One<T> {
        v: T,
    }

    fn from_slug<T: serde::de::DeserializeOwned>(slug: &str) -> T {
        let json = format!("{{\"v\":\"{slug}\"}}");
        serde_json::from_str::<One<T>>(&json).expect(slug).v
    }

    #[test]
    fn slugs_match_serde_names() {
        for g in Group::ALL {
            assert_eq!(from_slug::<Group>(g.slug()), g);
        }
        for s in Surface::ALL {
            assert_eq!(from_slug::<Surface>(s.slug()), s);
        }
        for r in Role::ALL {
            assert_eq!(from_slug::<Role>(r.slug()), r);
        }
    }

    #[test]
    fn labels_are_set() {
        assert_eq!(Surface::Bash.label(), "Bash / zsh");
        assert_eq!(Surface::Powershell.label(), "PowerShell");
        assert_eq!(Surface::GithubActions.label(), "GitHub Actions");
        assert_eq!(Role::Verify.label(), "Verify the fix");
        assert!(Group::ALL.iter().all(|g| !g.label().is_empty()));
    }

    #[test]
    fn all_lists_are_complete_and_sorted() {
        assert!(Group::ALL.windows(2).all(|w| w[0] < w[1]));
        assert!(Surface::ALL.windows(2).all(|w| w[0] < w[1]));
        assert!(Role::ALL.windows(2).all(|w| w[0] < w[1]));
    }
}
