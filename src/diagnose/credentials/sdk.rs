//! The Python and TypeScript SDKs: one explicit argument, else the environment's key and token,
//! else profiles and federation ([`super::chain`]); the generation decides headers, version and
//! which combinations are errors (`sdk-2026-facts.md` §1.1–1.5, 1.9, 2.1–2.4; `anthropic-auth-facts.md` C1, C2).

use super::chain;
use super::env::{self, EnvCredentials, Federation, Ticked};
use super::generation::{Generation, Tool};
use super::input::Input::{self, *};
use super::resolution::{Request, Resolution, Sent};
use super::texts;
use super::wire::{Credential, Header, Host};

/// The credential arguments of the client's constructor, in the order the SDKs list them.
const ARGS: [Input; 5] = [ArgKey, ArgToken, ArgCredentials, ArgConfig, ArgProfile];
/// The arguments that name a credentials provider rather than a static credential.
const PROVIDER_ARGS: [Input; 3] = [ArgCredentials, ArgConfig, ArgProfile];
/// Inputs only the generations with profiles and federation read.
const PROFILE_ERA: [Input; 7] =
    [Profile, ActiveConfig, DefaultProfile, IdentityToken, FederationRule, OrganizationId, WorkspaceId];

/// What a step of the precedence chose: the credentials sent and the beta header that goes with them.
pub(super) type Chosen = (Vec<Sent>, Option<&'static str>);

/// Reasons about one SDK generation.
pub(super) fn resolve(generation: Generation, t: Ticked) -> Resolution {
    let mut r = Resolution::new(generation);
    r.unused = t.0.iter().copied().filter(|i| !i.applies_to(generation)).collect();
    let env = env::credentials(t, &mut r);
    if let Some(platform) = env::platform(t, &mut r) {
        let mut ignored =
            vec![Token, Profile, ActiveConfig, DefaultProfile, IdentityToken, FederationRule, OrganizationId];
        if env.key.is_some() {
            ignored.insert(0, env.key_input());
        }
        r.request = Some(env::cloud(platform, t, &ignored, &mut r));
        return r;
    }
    if !generation.reads_profiles() && !before_profiles(generation, t, &mut r) {
        return r;
    }
    let args: Vec<Input> =
        t.among(&ARGS).into_iter().filter(|a| generation.reads_profiles() || !PROVIDER_ARGS.contains(a)).collect();
    if too_many_arguments(generation, &args, &mut r) {
        return r;
    }
    let host = env::host(t, &mut r);
    let chosen = if !args.is_empty() {
        Some(from_arguments(generation, t, &args, env, &mut r))
    } else if env.key.is_some() || env.token {
        Some(from_environment(generation, t, env, &mut r))
    } else if generation.reads_profiles() {
        chain::resolve(generation, t, &mut r)
    } else {
        None
    };
    match chosen {
        Some((sent, beta)) => {
            notes_for_request(generation, &sent, host, &mut r);
            r.request = Some(Request { sent, beta, version: Some(generation.api_version()), host });
        }
        None if r.errors.is_empty() => no_credential(generation, t, &mut r),
        None => {}
    }
    if generation.reads_profiles() {
        partial_federation(t, &mut r);
    }
    r
}

/// Generations before profiles: profile and federation inputs do nothing, and provider
/// arguments do not exist. Returns false when the client cannot even be created.
fn before_profiles(generation: Generation, t: Ticked, r: &mut Resolution) -> bool {
    for input in t.among(&PROFILE_ERA) {
        let text = format!(
            "{} is not read by {}: profiles and federation came with Python 0.98 and TypeScript 0.93.",
            input.label(),
            generation.label()
        );
        r.conflict(input, text, "which-sdk-version");
    }
    let providers = t.among(&PROVIDER_ARGS);
    let Some(first) = providers.first() else {
        return true;
    };
    if generation.tool() == Tool::Python {
        let name = arg_name(generation, *first).trim_end_matches('=');
        let text = format!("Anthropic.__init__() got an unexpected keyword argument '{name}'");
        let error = r.fail(Some("TypeError"), text, "which-sdk-version");
        error.when = Some("when the client is created");
        error.likely = true;
        return false;
    }
    for input in providers {
        let text = format!(
            "{} is not an option of this version: likely ignored (TypeScript's type check reports it).",
            input.label()
        );
        r.conflict(input, text, "which-sdk-version").likely = true;
    }
    true
}

/// Python ≥ 2.0 and TypeScript ≥ 1.0 refuse two credential arguments; 0.98–1.17 and
/// 0.93–0.137 refuse two providers. Returns true when the constructor raises.
fn too_many_arguments(generation: Generation, args: &[Input], r: &mut Resolution) -> bool {
    let providers = args.iter().filter(|a| PROVIDER_ARGS.contains(a)).count();
    let (class, text) = match generation {
        Generation::Python2 | Generation::TypeScript1 if args.len() > 1 => {
            let names: Vec<&str> = args.iter().map(|a| arg_name(generation, *a)).collect();
            let class = if generation == Generation::Python2 { "ValueError" } else { "TypeError" };
            (Some(class), texts::at_most_one(generation, &names))
        }
        Generation::Python098 if providers > 1 => (Some("TypeError"), texts::PY_PROVIDER_TRIO.to_string()),
        Generation::TypeScript093 if providers > 1 => (None, texts::TS_PROVIDER_TRIO.to_string()),
        _ => return false,
    };
    r.fail(class, text, "two-credential-arguments").when = Some("when the client is created");
    true
}

/// Explicit arguments: before 0.98 / 0.93 each falls back to its own variable; from then on any
/// credential argument switches the environment and the profiles off.
fn from_arguments(
    generation: Generation,
    t: Ticked,
    args: &[Input],
    env: EnvCredentials,
    r: &mut Resolution,
) -> Chosen {
    let key_header = key_header(generation);
    if !generation.reads_profiles() {
        return independent_fallback(generation, args, env, r);
    }
    let ignored = environment_inputs(t, env);
    let extrapolated = generation == Generation::TypeScript093;
    for input in ignored {
        let text = format!(
            "{} is not read: a credential passed in the code switches off the environment and the profiles.",
            input.label()
        );
        r.conflict(input, text, "key-source").likely = extrapolated;
    }
    let mut statics = Vec::new();
    if args.contains(&ArgKey) {
        statics.push(Sent { credential: Credential::ArgApiKey, header: key_header });
    }
    if args.contains(&ArgToken) {
        statics.push(Sent { credential: Credential::ArgAuthToken, header: Header::Bearer });
    }
    let provider = args.iter().copied().find(|a| PROVIDER_ARGS.contains(a));
    if statics.len() == 2 {
        let text = "Both arguments are sent: the key as X-Api-Key and the token as Authorization: Bearer, and the API may reject the request for either.";
        r.conflict(ArgToken, text, "key-and-token-both-set");
    }
    if !statics.is_empty() {
        if let Some(provider) = provider {
            let warned = generation == Generation::Python098 && args.contains(&ArgKey) && provider == ArgCredentials;
            if warned {
                r.warn(None, texts::PY_STATIC_WITH_PROVIDER, "two-credential-arguments").when = Some(LOGGED_ONCE);
            }
            let text = format!("The static credential argument takes precedence: {} is not used.", provider.label());
            r.conflict(provider, text, "two-credential-arguments").likely = !warned;
        }
        return (statics, None);
    }
    let (credential, provider) = match provider {
        Some(ArgCredentials) => (Credential::ArgCredentials, ArgCredentials),
        Some(ArgConfig) => (Credential::ArgConfig, ArgConfig),
        _ => (Credential::ArgProfile, ArgProfile),
    };
    if provider == ArgProfile {
        chain::explicit_profile_note(generation, r);
    }
    (vec![Sent { credential, header: Header::Bearer }], Some(chain::OAUTH_BETA))
}

/// Python ≤ 0.97 and TypeScript ≤ 0.92: `api_key` falls back to ANTHROPIC_API_KEY and
/// `auth_token` to ANTHROPIC_AUTH_TOKEN, each on its own, so both may be sent.
fn independent_fallback(generation: Generation, args: &[Input], env: EnvCredentials, r: &mut Resolution) -> Chosen {
    let extrapolated = generation == Generation::TypeScript092;
    let mut sent = Vec::new();
    if args.contains(&ArgKey) {
        sent.push(Sent { credential: Credential::ArgApiKey, header: Header::XApiKey });
        if env.key.is_some() {
            let text = "The api_key / apiKey argument wins over ANTHROPIC_API_KEY: the variable is not used.";
            r.conflict(env.key_input(), text, "key-source");
        }
    } else if let Some(key) = env.key {
        sent.push(Sent { credential: key, header: Header::XApiKey });
    }
    if args.contains(&ArgToken) {
        sent.push(Sent { credential: Credential::ArgAuthToken, header: Header::Bearer });
        if env.token {
            let text = "The auth_token / authToken argument wins over ANTHROPIC_AUTH_TOKEN: the variable is not used.";
            r.conflict(Token, text, "key-source");
        }
    } else if env.token {
        sent.push(Sent { credential: Credential::EnvAuthToken, header: Header::Bearer });
    }
    if sent.len() == 2 {
        let input = if args.contains(&ArgToken) { ArgToken } else { Token };
        let text = "Each argument falls back to its own variable, so both are sent: the key as X-Api-Key and the token as Authorization: Bearer, and the API may reject the request for either.";
        r.conflict(input, text, "key-and-token-both-set").likely = extrapolated;
    }
    (sent, None)
}

/// ANTHROPIC_API_KEY, then ANTHROPIC_AUTH_TOKEN; from 0.98 / 0.93 they shadow profiles and
/// federation (Python warns when it notices, TypeScript never does).
fn from_environment(generation: Generation, t: Ticked, env: EnvCredentials, r: &mut Resolution) -> Chosen {
    let mut sent = Vec::new();
    if let Some(key) = env.key {
        sent.push(Sent { credential: key, header: key_header(generation) });
    }
    if env.token {
        if env.key.is_none() {
            sent.push(Sent { credential: Credential::EnvAuthToken, header: Header::Bearer });
        } else if generation.sends_bearer_keys() {
            r.warn(None, texts::BOTH_SET, "key-and-token-both-set").when = Some(LOGGED_ONCE);
            let text = "ANTHROPIC_API_KEY wins and only it is sent: ANTHROPIC_AUTH_TOKEN is ignored.";
            r.conflict(Token, text, "key-and-token-both-set");
        } else {
            sent.push(Sent { credential: Credential::EnvAuthToken, header: Header::Bearer });
            let text = "Both are sent: the key as X-Api-Key and the token as Authorization: Bearer, and the API may reject the request for either.";
            r.conflict(Token, text, "key-and-token-both-set");
        }
    }
    if generation.reads_profiles() {
        chain::shadowed_by_environment(generation, t, env, r);
    }
    (sent, None)
}

/// No step matched: the generation's "Could not resolve authentication method" error.
fn no_credential(generation: Generation, t: Ticked, r: &mut Resolution) {
    let (class, text) = match generation {
        Generation::Python097 => ("TypeError", texts::PY_NO_CREDENTIAL_097),
        Generation::Python098 => ("TypeError", texts::PY_NO_CREDENTIAL_098),
        Generation::Python2 => ("TypeError", texts::PY_NO_CREDENTIAL_2),
        Generation::TypeScript092 => ("Error", texts::TS_NO_CREDENTIAL_092),
        Generation::TypeScript093 | Generation::ClaudeCode => ("Error", texts::TS_NO_CREDENTIAL_093),
        Generation::TypeScript1 => ("Error", texts::TS_NO_CREDENTIAL_1),
    };
    let cause = if generation.reads_profiles() && env::federation(t) == Federation::Partial {
        "federation-partial-env"
    } else if t.has(Dotenv) && !t.has(DotenvLoaded) {
        "dotenv-not-loaded"
    } else {
        "key-not-set"
    };
    r.fail(Some(class), text, cause).when = Some("at the first request");
}

/// Some federation variables without the rest: no exchange happens.
fn partial_federation(t: Ticked, r: &mut Resolution) {
    if env::federation(t) != Federation::Partial || r.causes().iter().any(|c| c.as_str() == "federation-partial-env") {
        return;
    }
    let ticked = env::federation_inputs(t);
    let text = "Only part of the federation variables is set (it takes ANTHROPIC_IDENTITY_TOKEN or its _FILE, ANTHROPIC_FEDERATION_RULE_ID and ANTHROPIC_ORGANIZATION_ID together): no token exchange happens.";
    r.conflict(ticked[0], text, "federation-partial-env");
}

/// What to know about the request that goes out, given where it goes.
fn notes_for_request(generation: Generation, sent: &[Sent], host: Host, r: &mut Resolution) {
    let first = sent.first().map(|s| s.credential);
    let keys = [Credential::EnvApiKey, Credential::DotenvApiKey, Credential::ArgApiKey];
    let bearer_key = sent.iter().any(|s| s.header == Header::Bearer && keys.contains(&s.credential));
    if generation.sends_bearer_keys() && bearer_key && host != Host::Anthropic {
        r.note(
            "This generation sends the key as Authorization: Bearer with anthropic-version 2026-10-21. A proxy or gateway at the base URL that only forwards x-api-key, or rewrites Authorization, likely makes a working key fail.",
            "bearer-works-differently",
        );
    }
    if first == Some(Credential::Federation) && host != Host::Anthropic {
        r.note(
            "The token exchange (POST /v1/oauth/token) goes to the same base URL, which must use https://.",
            "federation-partial-env",
        );
    }
    let profile =
        [Credential::EnvProfile, Credential::ActiveProfile, Credential::DefaultProfile, Credential::ArgProfile];
    if host == Host::Anthropic && first.is_some_and(|c| profile.contains(&c)) {
        r.note(
            "The profile's config file may set base_url: it is used when neither the code nor ANTHROPIC_BASE_URL sets one.",
            "base-url-proxy",
        );
    }
}

/// The environment's credentials and profile sources that are ticked (what an explicit
/// argument switches off).
fn environment_inputs(t: Ticked, env: EnvCredentials) -> Vec<Input> {
    let mut inputs = Vec::new();
    if env.key.is_some() {
        inputs.push(env.key_input());
    }
    if env.token {
        inputs.push(Token);
    }
    inputs.extend(t.among(&[Profile, ActiveConfig, DefaultProfile]));
    if env::federation(t) == Federation::Complete {
        inputs.push(FederationRule);
    }
    inputs
}

/// The header an API key travels in for this generation.
fn key_header(generation: Generation) -> Header {
    if generation.sends_bearer_keys() { Header::Bearer } else { Header::XApiKey }
}

/// An argument's name as the generation's error messages spell it.
fn arg_name(generation: Generation, input: Input) -> &'static str {
    let python = generation.tool() == Tool::Python;
    match (input, python) {
        (ArgKey, true) => "api_key=",
        (ArgKey, false) => "apiKey",
        (ArgToken, true) => "auth_token=",
        (ArgToken, false) => "authToken",
        (ArgCredentials, true) => "credentials=",
        (ArgCredentials, false) => "credentials",
        (ArgConfig, true) => "config=",
        (ArgConfig, false) => "config",
        (_, true) => "profile=",
        (_, false) => "profile",
    }
}

/// When the SDK's one-shot warnings appear.
pub(super) const LOGGED_ONCE: &str = "logged once, when the client first resolves its credential";
