//! What every tool reads the same way: the key after `.env` loading, the federation variables,
//! the platform switches and the base URL.

use std::collections::BTreeSet;

use super::input::Input::{self, *};
use super::resolution::Resolution;
use super::wire::{Credential, Host, Platform};

/// The ticked inputs.
#[derive(Clone, Copy, Debug)]
pub(super) struct Ticked<'a>(pub &'a BTreeSet<Input>);

impl Ticked<'_> {
    /// Whether `input` is ticked.
    pub fn has(&self, input: Input) -> bool {
        self.0.contains(&input)
    }

    /// The ticked inputs among `inputs`, in that order.
    pub fn among(&self, inputs: &[Input]) -> Vec<Input> {
        inputs.iter().copied().filter(|i| self.has(*i)).collect()
    }
}

/// The credentials the environment holds once `.env` loading is accounted for.
#[derive(Clone, Copy, Debug)]
pub(super) struct EnvCredentials {
    /// `ANTHROPIC_API_KEY`, and where its value comes from.
    pub key: Option<Credential>,
    /// `ANTHROPIC_AUTH_TOKEN`.
    pub token: bool,
}

impl EnvCredentials {
    /// The input that stands for the key (the shell's variable, or the `.env` file).
    pub fn key_input(&self) -> Input {
        if self.key == Some(Credential::DotenvApiKey) { Dotenv } else { Key }
    }
}

/// `ANTHROPIC_API_KEY` after `.env` loading, with a conflict for every `.env` that does not do
/// what its owner expects.
pub(super) fn credentials(t: Ticked, r: &mut Resolution) -> EnvCredentials {
    let file = t.has(Dotenv);
    let loaded = file && t.has(DotenvLoaded);
    let overrides = loaded && t.has(DotenvOverride);
    let key = match (t.has(Key), file, loaded, overrides) {
        (true, true, true, true) => {
            r.conflict(Key, "The .env file is loaded with override, so its ANTHROPIC_API_KEY replaces the one your shell had: the .env value is sent.", "dotenv-shadowed");
            Some(Credential::DotenvApiKey)
        }
        (true, true, true, false) => {
            r.conflict(Dotenv, "Your shell already has ANTHROPIC_API_KEY, and loading .env without override keeps the shell's value: the key in .env is not used.", "dotenv-shadowed");
            Some(Credential::EnvApiKey)
        }
        (true, true, false, _) => {
            r.conflict(
                Dotenv,
                "Nothing loads the .env file, so its key is not used: the shell's ANTHROPIC_API_KEY is.",
                "dotenv-not-loaded",
            );
            Some(Credential::EnvApiKey)
        }
        (true, false, ..) => Some(Credential::EnvApiKey),
        (false, true, true, _) => Some(Credential::DotenvApiKey),
        (false, true, false, _) => {
            r.conflict(
                Dotenv,
                "Nothing loads the .env file, so its key never reaches the program.",
                "dotenv-not-loaded",
            );
            None
        }
        (false, false, ..) => None,
    };
    EnvCredentials { key, token: t.has(Token) }
}

/// How far the federation variables go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Federation {
    /// None of the identity token, rule and organization is set.
    Off,
    /// All three are set: the SDKs exchange the identity token.
    Complete,
    /// Some but not all: no exchange happens.
    Partial,
}

/// The state of the federation variables.
pub(super) fn federation(t: Ticked) -> Federation {
    let set = t.among(&[IdentityToken, FederationRule, OrganizationId]).len();
    match set {
        0 => Federation::Off,
        3 => Federation::Complete,
        _ => Federation::Partial,
    }
}

/// The federation inputs that are ticked.
pub(super) fn federation_inputs(t: Ticked) -> Vec<Input> {
    t.among(&[IdentityToken, FederationRule, OrganizationId])
}

/// The cloud platform in use, if any; a second one ticked is a conflict (the first wins, likely).
pub(super) fn platform(t: Ticked, r: &mut Resolution) -> Option<Platform> {
    let ticked = t.among(&[Bedrock, Vertex, Foundry]);
    let (first, rest) = ticked.split_first()?;
    let platform = match first {
        Bedrock => Platform::Bedrock,
        Vertex => Platform::Vertex,
        _ => Platform::Foundry,
    };
    for other in rest {
        let text = format!(
            "{} is ticked too; with more than one platform the first ({}) likely wins.",
            other.label(),
            platform.name()
        );
        r.conflict(*other, text, "bedrock-vertex-credentials").likely = true;
    }
    Some(platform)
}

/// The host of a first-party request: the `base_url` argument, else `ANTHROPIC_BASE_URL`, else
/// Anthropic (SDKs: "kwarg > ANTHROPIC_BASE_URL > profile base_url > default").
pub(super) fn host(t: Ticked, r: &mut Resolution) -> Host {
    if t.has(ArgBaseUrl) {
        if t.has(BaseUrl) {
            r.conflict(
                BaseUrl,
                "The base URL passed in the code wins: ANTHROPIC_BASE_URL is not used.",
                "base-url-proxy",
            );
        }
        r.note("Requests go to the base URL given in the code, not to api.anthropic.com: any error comes from whatever answers there.", "base-url-proxy");
        Host::ArgBaseUrl
    } else if t.has(BaseUrl) {
        r.note("Requests go to ANTHROPIC_BASE_URL, not to api.anthropic.com: if that is a proxy or gateway, its own rules and messages apply.", "base-url-proxy");
        Host::EnvBaseUrl
    } else {
        Host::Anthropic
    }
}

/// The cloud platform's request, with a conflict for every Anthropic credential it ignores.
pub(super) fn cloud(
    platform: Platform,
    t: Ticked,
    ignored: &[Input],
    r: &mut Resolution,
) -> super::resolution::Request {
    use super::resolution::{Request, Sent};
    use super::wire::Header;
    r.likely = true;
    for input in t.among(ignored) {
        let text = format!(
            "{} is set, but with {} the request likely uses the platform's credentials, not this.",
            input.label(),
            platform.name()
        );
        r.conflict(input, text, "bedrock-vertex-credentials").likely = true;
    }
    r.note(
        format!(
            "{} authenticates with its cloud's credentials, not an Anthropic API key: check those first.",
            platform.name()
        ),
        "bedrock-vertex-credentials",
    );
    Request {
        sent: vec![Sent { credential: Credential::Cloud(platform), header: Header::Cloud(platform) }],
        beta: None,
        version: None,
        host: Host::Cloud(platform),
    }
}
