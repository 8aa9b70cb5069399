//! Rows: what the SDKs and their wrappers say before or around a request. The three
//! generations of "Could not resolve authentication method" (sdk-2026-facts.md 1.2, 2.2 and
//! section 7), two credentials at once, profiles and federation (1.9, 1.10, 2.4), header bytes
//! the HTTP library refuses, exception classes, and the transport's own failures.

use super::cause::ErrorCause::*;
use super::patterns::{CI_ACTION, Pattern, api, class, kind, said, ver, warn};
use super::source::Source::*;
use super::version::Version::*;

pub(super) const ROWS: &[Pattern] = &[
    // No credential at all. The sentence alone counts only in a text about Anthropic: other
    // vendors' SDKs from the same generator print it too, with their own list of credentials.
    said("could not resolve authentication method", KeyNotSet),
    api("expected either api_key or auth_token", KeyNotSet).from(PythonSdk).shows(PyUpTo097),
    api("api_key, auth_token, or credentials to be set. or for one of the `x-api-key`", KeyNotSet)
        .from(PythonSdk)
        .shows(Py098To117),
    api("api_key, auth_token, or credentials to be set. or for the `authorization` header", KeyNotSet)
        .from(PythonSdk)
        .shows(Py2),
    api("api_key, auth_token, or credentials", KeyNotSet).from(PythonSdk).shows(Py098Plus),
    api("expected either apikey or authtoken", KeyNotSet).from(TypeScriptSdk).shows(TsUpTo092),
    api("apikey, authtoken, credentials, config, or profile to be set. or for one of the `x-api-key`", KeyNotSet)
        .from(TypeScriptSdk)
        .shows(Ts093To0137),
    api("apikey, authtoken, credentials, config, or profile to be set. or for the `authorization` header", KeyNotSet)
        .from(TypeScriptSdk)
        .shows(Ts1),
    api("apikey, authtoken, credentials, config, or profile", KeyNotSet).from(TypeScriptSdk).shows(Ts093Plus),
    api("the `apikey` function failed", KeyNotSet).from(TypeScriptSdk),
    api("the `apikey` function must return a non-empty string", KeyNotSet).from(TypeScriptSdk),
    api("missing anthropic api key", KeyNotSet).from(Litellm),
    api("no anthropic credentials found", KeyNotSet).from(GoSdk),
    said("no credentials found. tried:", KeyNotSet).from(JavaSdk),
    api("ai_loadapikeyerror", KeyNotSet).from(VercelAiSdk),
    api("anthropic api key is missing", KeyNotSet).from(VercelAiSdk),
    api("anthropic api key not found", KeyNotSet).from(Langchain),
    // Apps' own checks before any request.
    said("anthropic_api_key environment variable is required", KeyNotSet),
    said("no api key found for provider `anthropic", KeyNotSet),
    said("api key lacks required permissions", KeyScopeMissing),
    // claude-code-action in GitHub Actions.
    api("either anthropic_api_key or claude_code_oauth_token is required", CiSecretMissing)
        .ranked(GithubActions, CI_ACTION),
    api("claude_code_oauth_token is not set", CiSecretMissing).ranked(GithubActions, CI_ACTION),
    // Two credentials at once.
    api("pass at most one of `api_key=`", TwoCredentialArguments).from(PythonSdk).shows(Py2),
    api("pass at most one of `apikey`", TwoCredentialArguments).from(TypeScriptSdk).shows(Ts1),
    api("pass at most one of `credentials=`, `config=`, or `profile=`", TwoCredentialArguments)
        .from(PythonSdk)
        .shows(Py098To117),
    api("pass at most one of `profile`, `credentials`, or `config`", TwoCredentialArguments)
        .from(TypeScriptSdk)
        .shows(Ts093To0137),
    said("pass at most one of", TwoCredentialArguments),
    warn("was passed alongside `credentials=`", TwoCredentialArguments).from(PythonSdk).shows(Py098To117),
    warn("anthropic_api_key and anthropic_auth_token are both set", KeyAndTokenBothSet).shows(NewGeneration),
    warn("takes precedence over the sdk's profile / federation auto-discovery", EnvKeyShadowsProfile)
        .from(PythonSdk)
        .shows(Py098Plus),
    // Profiles.
    api("config file not found at", ProfileNotFound),
    api("is missing the `authentication` object", ProfileBadJson),
    said("is not valid json", ProfileBadJson),
    said("failed to parse config file", ProfileBadJson),
    api("unknown authentication.type", ProfileUnknownType).from(PythonSdk),
    api("expected `oidc_federation` or `user_oauth`", ProfileUnknownType),
    api("is not a known authentication type", ProfileUnknownType).from(TypeScriptSdk),
    said("is writable by group or others", ProfileFileModes).from(PythonSdk),
    said("is accessible by group or others", ProfileFileModes).from(PythonSdk),
    said("is group/world-readable", ProfileFileModes).from(TypeScriptSdk),
    said("is group/world-writable", ProfileFileModes).from(TypeScriptSdk),
    warn("anthropic-sdk: credentials file at", ProfileFileModes).from(TypeScriptSdk),
    said("credentials file not found at", ProfileCredentialsMissing),
    api("anthropic_profile names the profile", ProfileNotFound).from(TypeScriptSdk).shows(Ts093Plus),
    said("could not be resolved (no", ProfileNotFound).from(TypeScriptSdk),
    said("must not start with a dot", ProfileNotFound).from(PythonSdk),
    api("contains disallowed characters (allowed: letters, digits", ProfileNotFound).from(TypeScriptSdk),
    api("must include `refresh_token`", ProfileLoginExpired).from(PythonSdk),
    api("user_oauth refresh failed", ProfileLoginExpired).from(PythonSdk),
    api("has expired and no refresh is available", ProfileLoginExpired).from(TypeScriptSdk),
    said("invalid_grant", ProfileLoginExpired),
    api("not logged in (profile", ProfileLoginExpired).from(AntCli),
    api("configured but not logged in", ProfileLoginExpired).from(AntCli),
    warn("advisory token refresh failed", ProfileLoginExpired).from(PythonSdk),
    ver("credentialserror", Py15Plus).from(PythonSdk),
    ver("anthropicerror: config file", Py098To14).from(PythonSdk),
    // Workload identity federation.
    api("ensure your federation rule matches your identity token", FederationRuleMismatch),
    api("token exchange failed (http", FederationRuleMismatch).from(PythonSdk),
    api("token exchange failed with status", FederationRuleMismatch).from(TypeScriptSdk),
    said("token exchange failed", FederationRuleMismatch),
    api("no workspace bound to the issued token", FederationWorkspaceMissing).from(AntCli),
    api("identity token file not found at", IdentityTokenFileMissing),
    api("failed to read identity token file", IdentityTokenFileMissing).from(TypeScriptSdk),
    api("check the volume mount and the serviceaccounttoken projection audience", IdentityTokenFileMissing),
    class("identitytokenfileerror", IdentityTokenFileMissing).from(PythonSdk),
    api("oidc_federation config requires an identity token", FederationPartialEnv).from(TypeScriptSdk),
    api("base_url must use https", FederationPartialEnv).from(PythonSdk),
    kind("workloadidentityerror", FederationRuleMismatch),
    // Header bytes the HTTP library refuses (Python: h11, under APIConnectionError).
    // OpenAI's Python client prints the same for an empty key: it counts in a text about Anthropic.
    said("illegal header value b'bearer '", EmptyAuthToken).from(PythonSdk).shows(PyUpTo0121),
    api("illegal header value b'bearer sk-ant-", PasteArtefact).from(PythonSdk).shows(Py2),
    api("illegal header value b'sk-ant-", PasteArtefact).from(PythonSdk).shows(PyUpTo117),
    said("illegal header value", PasteArtefact),
    said("invalid character in header content", PasteArtefact),
    // Exception classes.
    class("paymentrequirederror", PaymentRequired).shows(NewGeneration),
    class("organizationonholderror", OrganizationOnHold).shows(NewGeneration),
    class("claudecodekeycreatornotmembererror", KeyCreatorNotMember).shows(NewGeneration),
    class("betaapikeyscopemissingerror", KeyScopeMissing).shows(NewGeneration),
    kind("authenticationerror", RejectedKey),
    kind("permissiondeniederror", PermissionDenied),
    kind("ratelimiterror", RateLimited),
    kind("overloadederror", Overloaded),
    kind("internalservererror", ServerError),
    kind("serviceunavailableerror", ServerError),
    kind("notfounderror", NotFound),
    kind("badrequesterror", InvalidRequest),
    kind("apiconnectionerror", Network),
    kind("apitimeouterror", Timeout),
    kind("apiconnectiontimeouterror", Timeout),
    kind("unauthorizedexception", RejectedKey),
    kind("permissiondeniedexception", PermissionDenied),
    kind("ratelimitexception", RateLimited),
    kind("anthropicunauthorizedexception", RejectedKey).from(CsharpSdk),
    kind("anthropicforbiddenexception", PermissionDenied).from(CsharpSdk),
    kind("anthropicratelimitexception", RateLimited).from(CsharpSdk),
    api("running in a browser-like environment", BrowserGuard).from(TypeScriptSdk),
    // The transport's own failures: the request never got an answer.
    said("connection error", Network),
    said("econnrefused", Network),
    said("enotfound", Network),
    said("getaddrinfo", Network),
    said("could not resolve host", Network),
    said("failed to establish a new connection", Network),
    said("certificate_verify_failed", Network),
    said("self signed certificate", Network),
    said("unable to get local issuer certificate", Network),
    said("econnreset", Network),
    said("socket hang up", Network),
    said("fetch failed", Network),
    said("unable to connect", Network),
    said("etimedout", Timeout),
    said("request timed out", Timeout),
    said("read timed out", Timeout),
    said("connecttimeout", Timeout),
    said("deadline exceeded", Timeout),
    said("failed to fetch", BrowserFetchFailed).from(Browser),
    said("load failed", BrowserFetchFailed).from(Browser),
    said("networkerror when attempting to fetch resource", BrowserFetchFailed).from(Browser),
    said("blocked by cors policy", BrowserCors).from(Browser),
];
